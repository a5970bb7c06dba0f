//! What the views remember between frames that is not application state: half-filled forms,
//! search boxes, which destructive button is asking for confirmation, where keyboard focus
//! goes next. Owned by `GymLogApp`, never kept in egui's temp data.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::domain::event::SetType;
use crate::domain::exercise::ExerciseKind;
use crate::domain::rest_timer::format_clock;
use crate::domain::routine::{Routine, RoutineExercise, RoutineSet};
use crate::domain::units::typed::{self, Refused};
use crate::domain::units::{Weight, WeightUnit, format_amount};
use crate::domain::usage::LibraryOrder;

pub use super::widgets::ConfirmId;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartForm {
    pub name: String,
}

/// The start screen's program section as text, worked out once per change of the history or
/// the unit (folding the followed program's sessions is not work for every frame).
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramLines {
    /// The history's version, the display unit and the language it was worked out for.
    pub key: (u64, crate::domain::units::WeightUnit, crate::i18n::Language),
    pub shown: ProgramShown,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProgramShown {
    /// The followed program's next day: its title, a line per exercise, the last outcomes.
    Next { title: String, day_name: String, exercises: Vec<String>, outcomes: Vec<String> },
    /// No program is followed.
    NotFollowing,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExercisePicker {
    pub query: String,
    pub muscle_group: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewExerciseForm {
    pub name: String,
    pub muscle_group: String,
    pub equipment: String,
    pub kind: ExerciseKind,
}

/// One target set in the routine editor, as typed; the fields used depend on the exercise's
/// kind (empty: no target).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftSet {
    pub set_type: SetType,
    pub reps: String,
    pub weight: String,
    /// `m:ss`.
    pub time: String,
    /// In the kind's distance unit (km or mi for a run, m or yd for a carry).
    pub distance: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct DraftExercise {
    pub exercise: String,
    pub kind: ExerciseKind,
    pub superset: Option<u32>,
    pub sets: Vec<DraftSet>,
}

/// A routine being edited: text fields until it is saved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoutineDraft {
    pub id: Uuid,
    pub name: String,
    pub exercises: Vec<DraftExercise>,
    pub picker: ExercisePicker,
    /// Why the last Save was refused.
    pub problem: Option<String>,
}

fn optional<T>(
    i18n: &crate::i18n::I18n,
    text: &str,
    what: &str,
    parse: impl Fn(&str, &str) -> Result<T, Refused>,
) -> Result<Option<T>, String> {
    match text.trim() {
        "" => Ok(None),
        t => parse(what, t).map(Some).map_err(|refused| super::widgets::refused(i18n, &refused)),
    }
}

impl RoutineDraft {
    pub fn new(id: Uuid) -> RoutineDraft {
        RoutineDraft { id, ..RoutineDraft::default() }
    }

    /// A draft of `routine`, amounts shown in `unit`; `kind_of` gives each exercise's kind.
    pub fn of(routine: &Routine, unit: WeightUnit, kind_of: impl Fn(&str) -> ExerciseKind) -> RoutineDraft {
        let exercises = routine
            .exercises
            .iter()
            .map(|e| {
                let kind = kind_of(&e.exercise);
                let per = kind.distance_unit(unit);
                DraftExercise {
                    exercise: e.exercise.clone(),
                    kind,
                    superset: e.superset,
                    sets: e
                        .sets
                        .iter()
                        .map(|s| DraftSet {
                            set_type: s.set_type,
                            reps: s.reps.map(|r| r.to_string()).unwrap_or_default(),
                            weight: s.weight.map(|w| format_amount(w.in_unit(unit))).unwrap_or_default(),
                            time: s.duration_s.map(|d| format_clock(d.round() as i64)).unwrap_or_default(),
                            distance: s.distance_m.map(|m| per.text(m)).unwrap_or_default(),
                        })
                        .collect(),
                }
            })
            .collect();
        RoutineDraft { id: routine.id, name: routine.name.clone(), exercises, ..RoutineDraft::default() }
    }

    /// Adds an exercise (once) with three target sets: 8 reps, or for timed and distance
    /// exercises empty targets to fill in.
    pub fn add_exercise(&mut self, exercise: &str, kind: ExerciseKind) {
        if self.exercises.iter().any(|e| e.exercise == exercise) {
            return;
        }
        let reps = if kind.uses_reps() { "8" } else { "" };
        let set = DraftSet { reps: reps.into(), ..DraftSet::default() };
        self.exercises.push(DraftExercise { exercise: exercise.to_string(), kind, superset: None, sets: vec![set; 3] });
    }

    /// Puts exercise `i` in a superset with the one before it (joining that one's superset),
    /// or takes it out of its superset.
    pub fn toggle_superset_with_previous(&mut self, i: usize) {
        if i == 0 || i >= self.exercises.len() {
            return;
        }
        if self.exercises[i].superset.is_some() {
            self.exercises[i].superset = None;
            return;
        }
        let group = self.exercises[i - 1]
            .superset
            .unwrap_or_else(|| self.exercises.iter().filter_map(|e| e.superset).max().map_or(1, |n| n + 1));
        self.exercises[i - 1].superset = Some(group);
        self.exercises[i].superset = Some(group);
    }

    /// The routine the draft describes, amounts read in `unit`; what is refused is said in
    /// `i18n`'s language.
    pub fn to_routine(&self, unit: WeightUnit, i18n: &crate::i18n::I18n) -> Result<Routine, String> {
        let exercises = self
            .exercises
            .iter()
            .map(|e| {
                let per = e.kind.distance_unit(unit);
                let sets = e
                    .sets
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let what = i18n.f(
                            "shell-routine-target",
                            &[("exercise", i18n.name(&e.exercise).into()), ("number", (i + 1).into())],
                        );
                        let field = |id: &str| format!("{what}: {}", i18n.t(id));
                        Ok(RoutineSet {
                            set_type: s.set_type,
                            reps: optional(i18n, &s.reps, &field("common-field-reps"), typed::reps)?,
                            weight: optional(i18n, &s.weight, &field("common-field-weight"), typed::weight)?
                                .map(|a| Weight::entered(a, unit)),
                            duration_s: optional(i18n, &s.time, &field("common-field-time"), typed::duration)?,
                            distance_m: optional(i18n, &s.distance, &field("common-field-distance"), typed::distance)?
                                .map(|d| d * per.metres),
                        })
                    })
                    .collect::<Result<Vec<_>, String>>()?;
                Ok(RoutineExercise { exercise: e.exercise.clone(), sets, superset: e.superset })
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Routine { id: self.id, name: self.name.trim().to_string(), exercises })
    }
}

/// The bodyweight form: the weight and the day it was measured (`YYYY-MM-DD`, empty: today).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BodyweightForm {
    pub weight: String,
    pub day: String,
}

/// The measurement form and what the section shows, until logged.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureForm {
    /// What is measured (a `Custom` one takes its name from `own_name`).
    pub site: crate::domain::measurement::Site,
    pub own_name: String,
    pub value: String,
    /// The length unit chosen (`None`: the one that goes with the weight unit).
    pub unit: Option<crate::domain::measurement::MeasureUnit>,
    pub day: String,
    /// The measurement charted (`None`: the first one measured).
    pub charted: Option<crate::domain::measurement::Site>,
    /// The entry being corrected and its value as typed.
    pub correcting: Option<(uuid::Uuid, String)>,
    /// The entry removed last, for its Undo.
    pub removed: Option<(uuid::Uuid, String)>,
}

impl Default for MeasureForm {
    fn default() -> MeasureForm {
        MeasureForm {
            site: crate::domain::measurement::Site::Waist,
            own_name: String::new(),
            value: String::new(),
            unit: None,
            day: String::new(),
            charted: None,
            correcting: None,
            removed: None,
        }
    }
}

/// The bar and plates of one unit as typed in Settings, until saved.
#[derive(Debug, Clone, PartialEq)]
pub struct PlatesForm {
    pub unit: WeightUnit,
    pub bar: String,
    pub plates: String,
    /// Why the last Save was refused.
    pub problem: Option<String>,
}

/// The Exercises screen's search, its order, and the renaming or merging under way.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LibraryView {
    pub query: String,
    pub order: LibraryOrder,
    /// (exercise, the new name typed so far).
    pub renaming: Option<(String, String)>,
    /// (exercise, the one to merge it into).
    pub merging: Option<(String, String)>,
}

/// The History screen: its search and exercise filter, the workout shown, and the list the
/// filter gives (worked out again only when the filter or the history changes).
#[derive(Debug, Clone, Default)]
pub struct HistoryView {
    pub query: String,
    pub exercise: Option<String>,
    pub selected: Option<Uuid>,
    /// The selected workout's change history is open.
    pub show_changes: bool,
    /// Saved workouts matching the filter, newest first.
    pub rows: Vec<Uuid>,
    /// Every exercise with sets in a saved workout, for the filter.
    pub exercises: Vec<String>,
    /// What `rows` was computed for: (query, exercise, history version).
    pub rows_for: Option<(String, Option<String>, u64)>,
}

/// The Progress screen: the muscle group of the weekly chart (all when `None`) and the year
/// of the heat map (this year when `None`).
#[derive(Debug, Clone, Default)]
pub struct ProgressView {
    pub group: Option<String>,
    pub year: Option<i32>,
}

/// The Insights screen: the SQL being written, the name to save it under, and the chart of the
/// answer (which columns, line or bars; `y` past the columns means "the first numeric one").
#[derive(Debug, Clone, Default)]
pub struct InsightsView {
    pub sql: String,
    /// The team dataset folder typed (or chosen) to open.
    pub team_folder: String,
    pub save_name: String,
    pub x: usize,
    pub y: usize,
    pub chart: ChartKind,
    /// The column whose values each get a line of their own (athlete, exercise), if any.
    pub split: Option<usize>,
    /// The chart's points, worked out once per answer and pair of columns (an answer of
    /// 100,000 rows is not re-read every frame).
    pub series: Option<ChartSeries>,
    /// The table's column widths for an answer (its time and row count).
    pub widths: Option<((std::time::Duration, usize), Vec<f32>)>,
}

/// The points of a chart and what they were made from.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSeries {
    /// The answer (its time and row count) and the columns: x, y, split.
    pub key: (std::time::Duration, usize, usize, usize, Option<usize>),
    /// One line (or set of bars) per value of the split column; one, unnamed, without one.
    pub lines: Vec<super::charts::ChartLine>,
    pub axis: super::charts::XAxis,
}

/// How the answer of a query is charted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ChartKind {
    #[default]
    Line,
    Bar,
    Off,
}

/// Where the last frame drew the controls an end-to-end script clicks (logical points).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Drawn {
    /// The backup reminder's "Export backup" and "Dismiss" buttons, when it is shown.
    pub banner_buttons: Option<[egui::Rect; 2]>,
}

#[derive(Debug, Clone, Default)]
pub struct UiState {
    /// Where this frame drew what a script drives (the window trace, `GYMLOG_UI_TRACE`).
    pub drawn: Drawn,
    pub start: StartForm,
    pub picker: ExercisePicker,
    pub new_exercise: NewExerciseForm,
    pub history: HistoryView,
    /// Which chart the exercise detail shows (its measure, top-set weight, session volume).
    pub exercise_chart: usize,
    pub progress: ProgressView,
    pub insights: InsightsView,
    /// Settings' team dataset export: the folder and the athlete's name being typed.
    pub team_folder: String,
    pub athlete_name: String,
    /// The button currently asking "are you sure?".
    pub confirming: Option<ConfirmId>,
    /// The weight field to focus on the next frame: (exercise block, row).
    pub focus_request: Option<(usize, usize)>,
    /// The set-table row whose text had keyboard focus last frame: leaving it applies its edits.
    pub focused_row: Option<(usize, usize)>,
    /// The reminder threshold while it is being dragged; written when the drag ends.
    pub threshold_draft: Option<u32>,
    /// How many automatic backups to keep, while it is being dragged.
    pub keep_draft: Option<u32>,
    /// The automatic backup folder while it is being typed; taken when the field is left.
    pub auto_folder_draft: Option<String>,
    /// The start screen's program section, cached (`ProgramLines`).
    pub program_lines: Option<ProgramLines>,
    /// The Programs screen's text, cached.
    pub programs: super::programs::lines::ProgramsCache,
    /// The live program day's target lines, cached, and an override being typed.
    pub program_targets: super::workout::target::ProgramTargets,
    /// This device's name in the sync folder while it is being typed.
    pub device_name_draft: Option<String>,
    /// A sync passphrase being typed, and its repetition (when encryption is turned on).
    pub sync_passphrase: String,
    pub sync_passphrase_again: String,
    /// The rest timer (by its start) whose end already asked for the window's attention.
    pub rest_alerted: Option<DateTime<Utc>>,
    /// The live workout the screen last drew (a new one puts the keyboard in the search box).
    pub live_workout: Option<Uuid>,
    /// The exercise search box takes the keyboard on the next frame.
    pub focus_picker: bool,
    /// The name to save the finished workout as a routine under.
    pub routine_name: String,
    /// The routine being edited.
    pub routine_draft: Option<RoutineDraft>,
    pub bodyweight: BodyweightForm,
    /// The Body screen's measurements: the form, the chart shown, a correction, an undo.
    pub measure: MeasureForm,
    pub library: LibraryView,
    /// An exercise's standing note being typed (live workout, records screen).
    pub note_draft: Option<NoteDraft>,
    /// The bar and plates being typed in Settings.
    pub plates: Option<PlatesForm>,
}

/// The note being typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoteDraft {
    pub exercise: String,
    pub text: String,
    /// The field takes the keyboard on the next frame (it was just opened).
    pub focus: bool,
}

impl NoteDraft {
    pub(super) fn open(exercise: &str, text: &str) -> Option<NoteDraft> {
        Some(NoteDraft { exercise: exercise.to_string(), text: text.to_string(), focus: true })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_routine_draft_reads_back_as_the_routine() {
        let mut draft = RoutineDraft::new(Uuid::from_u128(1));
        draft.name = " Push ".into();
        draft.add_exercise("Bench Press", ExerciseKind::WeightReps);
        draft.add_exercise("Bench Press", ExerciseKind::WeightReps);
        draft.add_exercise("Running", ExerciseKind::DistanceDuration);
        draft.exercises[0].sets[0].weight = "102,5".into();
        draft.exercises[1].sets[0].distance = "5".into();
        draft.exercises[1].sets[0].time = "25:00".into();
        let routine = draft.to_routine(WeightUnit::Kg, &crate::i18n::I18n::english()).unwrap();
        assert_eq!(routine.name, "Push");
        assert_eq!(routine.exercises.len(), 2, "added once");
        assert_eq!(routine.exercises[0].sets.len(), 3);
        assert_eq!(routine.exercises[0].sets[0].weight, Some(Weight::kg(102.5)));
        let run = &routine.exercises[1].sets[0];
        assert_eq!((run.reps, run.distance_m, run.duration_s), (None, Some(5000.0), Some(1500.0)));
        let kinds = |e: &str| if e == "Running" { ExerciseKind::DistanceDuration } else { ExerciseKind::WeightReps };
        assert_eq!(
            RoutineDraft::of(&routine, WeightUnit::Kg, kinds)
                .to_routine(WeightUnit::Kg, &crate::i18n::I18n::english())
                .unwrap(),
            routine
        );
        draft.exercises[0].sets[1].reps = "eight".into();
        assert!(
            draft
                .to_routine(WeightUnit::Kg, &crate::i18n::I18n::english())
                .unwrap_err()
                .contains("Bench Press target 2")
        );
    }

    #[test]
    fn supersets_join_the_exercise_before() {
        let mut draft = RoutineDraft::new(Uuid::from_u128(1));
        for e in ["A", "B", "C", "D"] {
            draft.add_exercise(e, ExerciseKind::WeightReps);
        }
        draft.toggle_superset_with_previous(1);
        draft.toggle_superset_with_previous(2);
        draft.toggle_superset_with_previous(0);
        let groups: Vec<Option<u32>> = draft.exercises.iter().map(|e| e.superset).collect();
        assert_eq!(groups, [Some(1), Some(1), Some(1), None]);
        draft.toggle_superset_with_previous(2);
        assert_eq!(draft.exercises[2].superset, None);
    }
}

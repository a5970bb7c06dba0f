//! What the screens show that is computed from the projection rather than stored: an
//! exercise's records and charts, the weekly volume and the heat map, the records of recent
//! workouts, and which sets of the live workout beat a record. Computed after the history
//! changes (once per change, in `AppState::poll`), never per frame; logging a set in the live
//! workout only recomputes the live marks.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Local, NaiveDate, Utc};
use uuid::Uuid;

use super::prefs::Screen;
use crate::domain::calendar::{DayTraining, WeekVolume, add_workout, training_days, weekly_volume};
use crate::domain::exercise::{ExerciseDef, ExerciseKind, kind_of};
use crate::domain::one_rep_max::Formula;
use crate::domain::projection::{History, Measure, Workout};
use crate::domain::records::{Beaten, ExerciseRecords};
use crate::domain::usage::Usage;

/// The lifter's day of an instant.
pub fn local_day(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Local).date_naive()
}

/// Days since 1970-01-01 (the charts' x axis).
fn chart_day(at: DateTime<Utc>) -> f64 {
    at.timestamp() as f64 / 86_400.0
}

/// One exercise's detail screen: its sessions, records and three series over time.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseDetail {
    pub exercise: String,
    pub kind: ExerciseKind,
    pub records: ExerciseRecords,
    /// What the main chart follows, by the exercise's kind.
    pub measure: Measure,
    /// `[day, value]`: the best of `measure` per session (kg, reps, s or m).
    pub best: Vec<[f64; 2]>,
    /// `[day, kg]`: the heaviest working set per session (kinds with a load).
    pub top_weight: Vec<[f64; 2]>,
    /// `[day, kg]`: each session's volume (kinds with volume).
    pub volume: Vec<[f64; 2]>,
    /// The screen "Back" returns to.
    pub return_to: Screen,
}

impl ExerciseDetail {
    pub fn of(exercise: &str, kind: ExerciseKind, history: &History, formula: Formula, return_to: Screen) -> Self {
        let records = ExerciseRecords::of(history, exercise, kind, formula, None);
        let measure = Measure::for_kind(kind);
        let best = match measure {
            Measure::E1rm => records.sessions.iter().filter_map(|s| Some([chart_day(s.at), s.best_e1rm_kg?])).collect(),
            _ => history.progress(exercise, measure).into_iter().map(|(at, v)| [chart_day(at), v]).collect(),
        };
        let top_weight = records.sessions.iter().filter_map(|s| Some([chart_day(s.at), s.top_weight_kg?])).collect();
        let volume = if kind.has_volume() {
            records.sessions.iter().map(|s| [chart_day(s.at), s.volume_kg]).collect()
        } else {
            Vec::new()
        };
        ExerciseDetail { exercise: exercise.to_string(), kind, records, measure, best, top_weight, volume, return_to }
    }
}

/// The weekly volume and the training days, for the Progress screen and the start screen,
/// and how much each exercise was done, for the exercise list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrainingCalendar {
    pub weeks: Vec<WeekVolume>,
    /// Every muscle group with volume, for the chart's choice.
    pub groups: Vec<String>,
    pub days: BTreeMap<NaiveDate, DayTraining>,
    pub usage: Usage,
}

fn group_of(library: &[ExerciseDef], exercise: &str) -> String {
    library.iter().find(|e| e.name == exercise).map_or_else(|| "Other".to_string(), |e| e.muscle_group.clone())
}

impl TrainingCalendar {
    pub fn of(history: &History, library: &[ExerciseDef]) -> TrainingCalendar {
        let weeks = weekly_volume(history, local_day, |e| group_of(library, e));
        let mut groups: Vec<String> = weeks.iter().flat_map(|w| w.by_group.keys().cloned()).collect();
        groups.sort();
        groups.dedup();
        TrainingCalendar { weeks, groups, days: training_days(history, local_day), usage: Usage::of(history) }
    }

    /// Folds in one more saved workout (as `of` would count it).
    pub fn add(&mut self, workout: &Workout, history: &History, library: &[ExerciseDef]) {
        add_workout(&mut self.weeks, &mut self.days, workout, history, local_day, |e| group_of(library, e));
        self.usage.add(workout);
        for group in self.weeks.iter().flat_map(|w| w.by_group.keys()) {
            if !self.groups.contains(group) {
                self.groups.push(group.clone());
            }
        }
        self.groups.sort();
    }
}

/// The heaviest weight (kg) of any set of `exercise` in `workout`.
pub(super) fn heaviest_in(workout: &Workout, exercise: &str) -> Option<f64> {
    workout.sets_of(exercise).filter_map(|s| s.facts.weight.map(|w| w.kg)).reduce(f64::max)
}

/// The heaviest weight (kg) of `exercise` in the saved workouts other than `live` (the typo
/// check's "more than ever before").
pub(super) fn heaviest_saved(history: &History, exercise: &str, live: Option<Uuid>) -> Option<f64> {
    history.completed().filter(|w| Some(w.id) != live).filter_map(|w| heaviest_in(w, exercise)).reduce(f64::max)
}

/// A record set in one of the last workouts.
#[derive(Debug, Clone, PartialEq)]
pub struct RecentRecord {
    pub at: DateTime<Utc>,
    pub workout_id: Uuid,
    pub exercise: String,
    pub beaten: Beaten,
}

/// The records the last `workouts` saved workouts set, newest first.
pub fn recent_records(
    history: &History,
    library: &[ExerciseDef],
    formula: Formula,
    workouts: usize,
) -> Vec<RecentRecord> {
    let recent: Vec<Uuid> = history.completed().rev().take(workouts).map(|w| w.id).collect();
    // One pass over the history, folding each workout into the records of the exercises the
    // recent workouts have (records only: no session lists).
    let mut records: HashMap<&str, ExerciseRecords> = history
        .completed()
        .rev()
        .take(workouts)
        .flat_map(|w| w.exercises.iter().map(|e| e.as_str()))
        .map(|e| (e, ExerciseRecords::records_only(e, kind_of(library, e), formula)))
        .collect();
    let mut found = Vec::new();
    for workout in history.completed() {
        let bodyweight = history.bodyweight_at(workout.started_at);
        let is_recent = recent.contains(&workout.id);
        for exercise in &workout.exercises {
            let Some(of_exercise) = records.get_mut(exercise.as_str()) else { continue };
            if is_recent {
                for beaten in of_exercise.beaten_in(workout, bodyweight) {
                    let exercise = exercise.clone();
                    found.push(RecentRecord {
                        at: workout.started_at,
                        workout_id: workout.id,
                        exercise: exercise.to_string(),
                        beaten,
                    });
                }
            }
            of_exercise.add_session(workout, bodyweight);
        }
    }
    found.sort_by(|a, b| b.at.cmp(&a.at).then(a.exercise.cmp(&b.exercise)));
    found
}

/// Below this many saved sets a recount runs inline (about 2 ms here); above it, on a worker.
#[derive(Debug, Clone, Copy)]
pub(super) struct InlineRecountSets(pub(super) usize);

impl Default for InlineRecountSets {
    fn default() -> InlineRecountSets {
        InlineRecountSets(5_000)
    }
}

/// The derived data, and whether it must be recomputed.
#[derive(Debug, Default)]
pub struct Derived {
    /// Saved workouts changed: everything is recomputed.
    pub(super) history_changed: bool,
    /// Only the live workout changed: its marks are recomputed.
    pub(super) live_changed: bool,
    /// Workouts just saved, to fold in without a full recompute.
    pub(super) saved: Vec<Uuid>,
    pub(super) detail: Option<ExerciseDetail>,
    pub(super) calendar: Option<TrainingCalendar>,
    pub(super) recent: Vec<RecentRecord>,
    /// The records of the live workout's exercises before it.
    pub(super) live_base: HashMap<String, ExerciseRecords>,
    /// The records each logged set of the live workout beats.
    pub(super) marks: HashMap<Uuid, Vec<Beaten>>,
    /// Per exercise, the heaviest weight (kg) of the saved workouts (for the typo check).
    pub(super) heaviest: HashMap<String, Option<f64>>,
    /// How many times everything was recomputed (tests check what does not need it).
    pub(super) full_recounts: u64,
    /// A change arrived while a recount ran on a worker: recount once more when it reports.
    pub(super) recount_again: bool,
    /// Histories with fewer saved sets are recounted inline (tests lower it to reach the
    /// worker path with a small history).
    pub(super) inline_recount_sets: InlineRecountSets,
}

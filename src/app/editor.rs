//! The workout being logged, as its set tables edit it: per exercise, rows whose text the
//! lifter types, the previous session's set beside each row, which rows are logged, and which
//! hold input that is not in the log yet (typed but not logged, or edited but not applied).
//! Turning a row into set facts happens here; the workout flow makes the events.
//!
//! A row remembers what it showed when it was filled, logged or applied (its baseline) and the
//! exact weight behind that text, so an untouched field never changes a stored value — not
//! even after the lifter switches between kg and lb — and an edited field stores exactly what
//! was typed, in the unit it was typed in.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::domain::event::{SetFacts, SetType};
use crate::domain::projection::{History, Workout};
use crate::domain::rest_timer::DEFAULT_REST_SECONDS;
use crate::domain::set_rules::{MAX_AMOUNT, MAX_REPS};
use crate::domain::units::{Weight, WeightUnit, format_amount};

/// What a row shows and the lifter edits.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RowValues {
    pub weight: String,
    pub reps: String,
    pub rpe: Option<f64>,
    pub set_type: SetType,
    pub note: String,
}

impl RowValues {
    fn of(facts: &SetFacts, unit: WeightUnit) -> RowValues {
        RowValues {
            weight: facts.weight.map(|w| format_amount(w.in_unit(unit))).unwrap_or_default(),
            reps: facts.reps.map(|r| r.to_string()).unwrap_or_default(),
            rpe: facts.rpe,
            set_type: facts.set_type,
            note: facts.note.clone().unwrap_or_default(),
        }
    }
}

/// One change the lifter makes to a row.
#[derive(Debug, Clone, PartialEq)]
pub enum RowEdit {
    Weight(String),
    Reps(String),
    Rpe(Option<f64>),
    SetType(SetType),
    Note(String),
}

/// One row of a set table.
#[derive(Debug, Clone, PartialEq)]
pub struct SetRow {
    /// The set's `set_index`: given when the row is made, never reused in the workout.
    pub set_index: u32,
    /// The logged set's id; `None` while the row is only planned.
    pub set_id: Option<Uuid>,
    /// The set as the log holds it (logged rows).
    stored: Option<SetFacts>,
    pub values: RowValues,
    /// What the row showed when it was filled, logged or applied.
    baseline: RowValues,
    /// The weight `baseline.weight` shows, exactly.
    exact_weight: Option<Weight>,
    /// The set at this position last session, shown beside the row.
    pub previous: Option<SetFacts>,
}

/// Parses a typed amount (`102.5` or `102,5`).
fn parse_amount(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse::<f64>().ok().filter(|x| x.is_finite())
}

impl SetRow {
    /// A planned row, filled from `source` (a target or the previous session's set); notes
    /// and RPE describe a set as done, so they are not carried over.
    fn planned(set_index: u32, source: Option<&SetFacts>, unit: WeightUnit) -> SetRow {
        let mut values = source.map(|s| RowValues::of(s, unit)).unwrap_or_default();
        values.rpe = None;
        values.note.clear();
        SetRow {
            set_index,
            set_id: None,
            stored: None,
            baseline: values.clone(),
            values,
            exact_weight: source.and_then(|s| s.weight),
            previous: None,
        }
    }

    /// A row of a set already in the log.
    fn logged(set_id: Uuid, facts: &SetFacts, unit: WeightUnit) -> SetRow {
        let values = RowValues::of(facts, unit);
        SetRow {
            set_index: facts.set_index,
            set_id: Some(set_id),
            stored: Some(facts.clone()),
            baseline: values.clone(),
            values,
            exact_weight: facts.weight,
            previous: None,
        }
    }

    pub fn is_logged(&self) -> bool {
        self.set_id.is_some()
    }

    /// The row shows something other than what it was filled with or last saved as.
    pub fn is_edited(&self) -> bool {
        self.values != self.baseline
    }

    pub fn edit(&mut self, edit: RowEdit) {
        match edit {
            RowEdit::Weight(text) => self.values.weight = text,
            RowEdit::Reps(text) => self.values.reps = text,
            RowEdit::Rpe(rpe) => self.values.rpe = rpe,
            RowEdit::SetType(set_type) => self.values.set_type = set_type,
            RowEdit::Note(text) => self.values.note = text,
        }
    }

    /// Puts back what the row showed before it was edited.
    pub fn revert(&mut self) {
        self.values = self.baseline.clone();
    }

    /// The set this row describes, weight read in `unit` where it was typed. For a logged row,
    /// `None` when it describes exactly the stored set (nothing to record).
    pub fn facts(&self, exercise: &str, unit: WeightUnit) -> Result<Option<SetFacts>, String> {
        let weight = match self.values.weight.trim() {
            "" => None,
            text if text == self.baseline.weight.trim() && self.exact_weight.is_some() => self.exact_weight,
            text => {
                let amount = parse_amount(text).ok_or_else(|| format!("weight `{text}` is not a number"))?;
                if !(0.0..=MAX_AMOUNT).contains(&amount) {
                    return Err(format!("weight {text} is out of range"));
                }
                Some(Weight::entered(amount, unit))
            }
        };
        let reps = match self.values.reps.trim() {
            "" => return Err("enter the reps".to_string()),
            text => text.parse::<u32>().map_err(|_| format!("reps `{text}` is not a whole number"))?,
        };
        if reps > MAX_REPS {
            return Err(format!("{reps} reps is out of range"));
        }
        if let Some(rpe) = self.values.rpe
            && !(6.0..=10.0).contains(&rpe)
        {
            return Err(format!("RPE {rpe} is outside 6–10"));
        }
        let facts = SetFacts {
            exercise: exercise.to_string(),
            set_index: self.set_index,
            set_type: self.values.set_type,
            weight,
            reps: Some(reps),
            rpe: self.values.rpe,
            distance_m: self.stored.as_ref().and_then(|s| s.distance_m),
            duration_s: self.stored.as_ref().and_then(|s| s.duration_s),
            note: Some(self.values.note.trim().to_string()).filter(|n| !n.is_empty()),
        };
        Ok((self.stored.as_ref() != Some(&facts)).then_some(facts))
    }

    /// The set is in the log now, as `facts`.
    pub fn saved(&mut self, set_id: Uuid, facts: SetFacts, unit: WeightUnit) {
        let previous = self.previous.take();
        *self = SetRow::logged(set_id, &facts, unit);
        self.previous = previous;
    }

    /// Shows the weights in `to` instead of `from`: untouched text is rendered again from the
    /// exact weight behind it; typed text is converted (and stays marked as typed).
    fn show_in(&mut self, from: WeightUnit, to: WeightUnit) {
        let convert = |text: &str| parse_amount(text).map(|amount| Weight::entered(amount, from));
        let untouched = self.values.weight == self.baseline.weight;
        if self.exact_weight.is_none() {
            self.exact_weight = convert(&self.baseline.weight);
        }
        self.baseline.weight = self.exact_weight.map(|w| format_amount(w.in_unit(to))).unwrap_or_default();
        if untouched {
            self.values.weight = self.baseline.weight.clone();
        } else if let Some(weight) = convert(&self.values.weight) {
            self.values.weight = format_amount(weight.in_unit(to));
        }
    }
}

/// Where a set table's rows come from: the last session of the exercise (shown beside each
/// row) and, when repeating a workout, that workout (its sets are the targets).
#[derive(Debug, Clone, Copy, Default)]
pub struct RowSources<'a> {
    pub previous: Option<&'a Workout>,
    pub targets: Option<&'a Workout>,
}

impl<'a> RowSources<'a> {
    /// The workout whose sets prefill new rows: the repeated one, else the last session.
    fn prefill(&self) -> Option<&'a Workout> {
        self.targets.or(self.previous)
    }

    fn planned_rows(&self, exercise: &str) -> usize {
        self.prefill().map_or(0, |w| w.sets_of(exercise).count()).max(1)
    }
}

/// One exercise's set table.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseBlock {
    pub exercise: String,
    pub rows: Vec<SetRow>,
    pub rest_seconds: i64,
    /// The `set_index` the next new row gets.
    next_index: u32,
}

impl ExerciseBlock {
    /// A block with one planned row per target set (or one empty row); its indexes start at
    /// `first_index`.
    pub fn new(exercise: &str, sources: RowSources<'_>, unit: WeightUnit, first_index: u32) -> ExerciseBlock {
        let mut block = ExerciseBlock {
            exercise: exercise.to_string(),
            rows: Vec::new(),
            rest_seconds: DEFAULT_REST_SECONDS,
            next_index: first_index,
        };
        for _ in 0..sources.planned_rows(exercise) {
            block.add_row(sources, unit);
        }
        block
    }

    /// Adds a planned row: it shows the previous session's set at the same position beside it,
    /// and is prefilled from the target (or previous) set at that position, else copies the
    /// last row.
    pub fn add_row(&mut self, sources: RowSources<'_>, unit: WeightUnit) {
        let position = self.rows.len();
        let at_position =
            |w: Option<&Workout>| w.and_then(|w| w.sets_of(&self.exercise).nth(position)).map(|s| s.facts.clone());
        let index = self.next_index;
        self.next_index += 1;
        let mut row = match (at_position(sources.prefill()), self.rows.last()) {
            (Some(target), _) => SetRow::planned(index, Some(&target), unit),
            (None, Some(last)) => {
                let mut values = last.values.clone();
                values.rpe = None;
                values.note.clear();
                let exact_weight = (last.values.weight == last.baseline.weight).then_some(last.exact_weight).flatten();
                SetRow {
                    set_index: index,
                    set_id: None,
                    stored: None,
                    baseline: values.clone(),
                    values,
                    exact_weight,
                    previous: None,
                }
            }
            (None, None) => SetRow::planned(index, None, unit),
        };
        row.previous = at_position(sources.previous);
        self.rows.push(row);
    }

    pub fn logged_sets(&self) -> usize {
        self.rows.iter().filter(|r| r.is_logged()).count()
    }
}

/// Input on screen that is not in the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PendingInput {
    /// Planned rows the lifter typed into but did not log.
    pub typed: usize,
    /// Logged rows edited but not applied.
    pub edited: usize,
}

impl PendingInput {
    pub fn is_empty(&self) -> bool {
        self.typed == 0 && self.edited == 0
    }

    /// "2 sets typed but not logged, 1 edit not applied".
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.typed > 0 {
            let sets = if self.typed == 1 { "set" } else { "sets" };
            parts.push(format!("{} {sets} typed but not logged", self.typed));
        }
        if self.edited > 0 {
            let edits = if self.edited == 1 { "edit" } else { "edits" };
            parts.push(format!("{} {edits} to logged sets not applied", self.edited));
        }
        parts.join(", ")
    }
}

/// The workout in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub workout_id: Uuid,
    /// The workout this one repeats, whose sets are the targets.
    pub repeat_of: Option<Uuid>,
    pub name: String,
    pub started_at: DateTime<Utc>,
    pub exercises: Vec<ExerciseBlock>,
}

impl Session {
    pub fn new(workout_id: Uuid, name: &str, started_at: DateTime<Utc>) -> Session {
        Session { workout_id, repeat_of: None, name: name.to_string(), started_at, exercises: Vec::new() }
    }

    /// Rebuilds the editor of an in-progress workout from the log (after a crash or restart):
    /// every logged set is a logged row, in index order, and the rows not logged yet come back
    /// as planned, up to the target's set count.
    pub fn resume(workout: &Workout, history: &History, unit: WeightUnit) -> Session {
        let mut session = Session::new(workout.id, workout.name.as_deref().unwrap_or(""), workout.started_at);
        session.repeat_of = workout.repeat_of;
        for exercise in &workout.exercises {
            let sources = session.row_sources(exercise, history);
            let mut block = ExerciseBlock {
                exercise: exercise.clone(),
                rows: Vec::new(),
                rest_seconds: DEFAULT_REST_SECONDS,
                next_index: workout.next_set_index(exercise),
            };
            for (i, set) in workout.sets_of(exercise).enumerate() {
                let mut row = SetRow::logged(set.set_id, &set.facts, unit);
                row.previous = sources.previous.and_then(|w| w.sets_of(exercise).nth(i)).map(|s| s.facts.clone());
                block.rows.push(row);
            }
            while block.rows.len() < sources.planned_rows(exercise) {
                block.add_row(sources, unit);
            }
            session.exercises.push(block);
        }
        session
    }

    /// Shows every weight in `to` instead of `from` (see [`SetRow`]).
    pub fn show_weights_in(&mut self, from: WeightUnit, to: WeightUnit) {
        if from == to {
            return;
        }
        for row in self.exercises.iter_mut().flat_map(|b| b.rows.iter_mut()) {
            row.show_in(from, to);
        }
    }

    /// The last session of `exercise` before this workout, and the repeated workout.
    pub fn row_sources<'h>(&self, exercise: &str, history: &'h History) -> RowSources<'h> {
        RowSources {
            previous: history.last_session_of(exercise, Some(self.workout_id)),
            targets: self.repeat_of.and_then(|id| history.workout(id)),
        }
    }

    pub fn logged_sets(&self) -> usize {
        self.exercises.iter().map(ExerciseBlock::logged_sets).sum()
    }

    pub fn has_exercise(&self, exercise: &str) -> bool {
        self.exercises.iter().any(|b| b.exercise == exercise)
    }

    pub fn row(&self, block: usize, row: usize) -> Option<&SetRow> {
        self.exercises.get(block)?.rows.get(row)
    }

    pub fn row_mut(&mut self, block: usize, row: usize) -> Option<&mut SetRow> {
        self.exercises.get_mut(block)?.rows.get_mut(row)
    }

    /// Every row holding input that is not in the log: (block, row).
    pub fn rows_with_pending_input(&self) -> Vec<(usize, usize)> {
        self.exercises
            .iter()
            .enumerate()
            .flat_map(|(b, block)| {
                block.rows.iter().enumerate().filter(|(_, r)| r.is_edited()).map(move |(r, _)| (b, r))
            })
            .collect()
    }

    pub fn pending_input(&self) -> PendingInput {
        let rows = self.exercises.iter().flat_map(|b| &b.rows).filter(|r| r.is_edited());
        let (edited, typed): (Vec<&SetRow>, Vec<&SetRow>) = rows.partition(|r| r.is_logged());
        PendingInput { typed: typed.len(), edited: edited.len() }
    }

    /// Exercises without a logged set: a saved workout does not keep them.
    pub fn exercises_without_sets(&self) -> Vec<String> {
        self.exercises.iter().filter(|b| b.logged_sets() == 0).map(|b| b.exercise.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::{Event, EventKind};
    use crate::domain::test_support::{at, facts, history_with_one_squat_session};

    fn typed(weight: &str, reps: &str) -> SetRow {
        let mut row = SetRow::planned(0, None, WeightUnit::Kg);
        row.edit(RowEdit::Weight(weight.into()));
        row.edit(RowEdit::Reps(reps.into()));
        row
    }

    #[test]
    fn rows_parse_and_validate() {
        let mut row = typed("102,5", "5");
        row.edit(RowEdit::Rpe(Some(8.5)));
        row.edit(RowEdit::Note(" ok ".into()));
        let f = row.facts("Squat", WeightUnit::Kg).unwrap().unwrap();
        assert_eq!(f.weight, Some(Weight::kg(102.5)));
        assert_eq!(f.reps, Some(5));
        assert_eq!(f.note.as_deref(), Some("ok"));
        let lb = typed("225", "5").facts("Squat", WeightUnit::Lb).unwrap().unwrap();
        assert_eq!(lb.weight.unwrap().as_entered(), 225.0);
        let bad = |w: &str, r: &str| typed(w, r).facts("S", WeightUnit::Kg);
        assert!(bad("abc", "5").unwrap_err().contains("not a number"));
        assert!(bad("100", "").unwrap_err().contains("reps"));
        assert!(bad("100", "2.5").unwrap_err().contains("whole number"));
        assert!(bad("-5", "5").unwrap_err().contains("out of range"));
        assert!(bad("inf", "5").unwrap_err().contains("not a number"));
        assert_eq!(bad("", "10").unwrap().unwrap().weight, None, "bodyweight sets have no weight");
    }

    #[test]
    fn a_logged_row_records_only_real_changes() {
        let mut row = typed("100", "5");
        let facts = row.facts("Squat", WeightUnit::Kg).unwrap().unwrap();
        row.saved(Uuid::from_u128(9), facts.clone(), WeightUnit::Kg);
        assert!(!row.is_edited());
        assert_eq!(row.facts("Squat", WeightUnit::Kg).unwrap(), None, "nothing changed");
        row.edit(RowEdit::Reps("6".into()));
        assert!(row.is_edited());
        assert_eq!(row.facts("Squat", WeightUnit::Kg).unwrap().unwrap().reps, Some(6));
        row.revert();
        assert!(!row.is_edited());
        row.edit(RowEdit::Reps("05".into()));
        assert_eq!(row.facts("Squat", WeightUnit::Kg).unwrap(), None, "the same number typed differently");
    }

    #[test]
    fn switching_units_never_rewrites_a_stored_weight() {
        let mut session = Session::new(Uuid::from_u128(1), "", at(0));
        let mut block = ExerciseBlock::new("Squat", RowSources::default(), WeightUnit::Kg, 0);
        block.rows[0].edit(RowEdit::Weight("100".into()));
        block.rows[0].edit(RowEdit::Reps("5".into()));
        let facts = block.rows[0].facts("Squat", WeightUnit::Kg).unwrap().unwrap();
        block.rows[0].saved(Uuid::from_u128(2), facts, WeightUnit::Kg);
        block.add_row(RowSources::default(), WeightUnit::Kg);
        session.exercises.push(block);

        session.show_weights_in(WeightUnit::Kg, WeightUnit::Lb);
        let row = &session.exercises[0].rows[0];
        assert_eq!(row.values.weight, "220.46");
        assert!(!row.is_edited(), "a re-rendered weight is not an edit");
        assert_eq!(row.facts("Squat", WeightUnit::Lb).unwrap(), None, "Update/Enter records nothing");
        // The copied planned row logs exactly 100 kg too, not 220.46 lb.
        let planned = session.exercises[0].rows[1].facts("Squat", WeightUnit::Lb).unwrap().unwrap();
        assert_eq!(planned.weight, Some(Weight::kg(100.0)));

        let row = session.row_mut(0, 0).unwrap();
        row.edit(RowEdit::Weight("225".into()));
        let edited = row.facts("Squat", WeightUnit::Lb).unwrap().unwrap();
        assert_eq!(edited.weight, Some(Weight::entered(225.0, WeightUnit::Lb)), "exactly what was typed, in lb");
        session.show_weights_in(WeightUnit::Lb, WeightUnit::Kg);
        assert_eq!(session.exercises[0].rows[0].values.weight, "102.06", "typed text converts, still an edit");
        assert!(session.exercises[0].rows[0].is_edited());
        session.show_weights_in(WeightUnit::Kg, WeightUnit::Lb);
        session.show_weights_in(WeightUnit::Lb, WeightUnit::Kg);
        assert_eq!(session.exercises[0].rows[1].values.weight, "100", "no drift back and forth");
    }

    #[test]
    fn indexes_are_unique_and_survive_removals() {
        let mut block = ExerciseBlock::new("Squat", RowSources::default(), WeightUnit::Kg, 0);
        block.add_row(RowSources::default(), WeightUnit::Kg);
        block.add_row(RowSources::default(), WeightUnit::Kg);
        block.rows.remove(1);
        block.add_row(RowSources::default(), WeightUnit::Kg);
        let indexes: Vec<u32> = block.rows.iter().map(|r| r.set_index).collect();
        assert_eq!(indexes, [0, 2, 3]);
    }

    #[test]
    fn new_blocks_show_and_prefill_the_previous_session() {
        let history = history_with_one_squat_session();
        let sources = RowSources { previous: history.last_session_of("Squat", None), targets: None };
        let mut block = ExerciseBlock::new("Squat", sources, WeightUnit::Kg, 0);
        assert_eq!(block.rows.len(), 2);
        assert_eq!((block.rows[1].values.weight.as_str(), block.rows[1].values.reps.as_str()), ("110", "3"));
        assert_eq!(block.rows[0].previous.as_ref().unwrap().weight, Some(Weight::kg(100.0)));
        assert!(!block.rows[0].is_logged() && !block.rows[0].is_edited());
        block.add_row(sources, WeightUnit::Kg);
        assert_eq!(block.rows[2].values.weight, "110", "past the previous session, the last row is copied");
        assert_eq!(block.rows[2].previous, None);
        let sources = RowSources { previous: history.last_session_of("Deadlift", None), targets: None };
        let fresh = ExerciseBlock::new("Deadlift", sources, WeightUnit::Kg, 0);
        assert_eq!(fresh.rows.len(), 1);
        assert_eq!(fresh.rows[0].values, RowValues::default());
    }

    #[test]
    fn a_repeated_workout_sets_the_targets_and_the_last_session_stays_beside_them() {
        let mut history = history_with_one_squat_session();
        let old = history.completed().next().unwrap().clone();
        let w = Uuid::from_u128(70);
        let later = [
            EventKind::WorkoutStarted { workout_id: w, name: None, repeat_of: None, source: None, note: None },
            EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(71), set: facts(60.0, 10, 0) },
            EventKind::WorkoutCompleted { workout_id: w },
        ];
        for (i, kind) in later.into_iter().enumerate() {
            history.apply(&Event::new(Uuid::from_u128(400 + i as u128), at(500 + i as i64), kind));
        }
        let sources = RowSources { previous: history.last_session_of("Squat", None), targets: Some(&old) };
        let block = ExerciseBlock::new("Squat", sources, WeightUnit::Kg, 0);
        assert_eq!(block.rows.len(), 2, "as many rows as the repeated workout had sets");
        assert_eq!((block.rows[0].values.weight.as_str(), block.rows[0].values.reps.as_str()), ("100", "5"));
        assert_eq!(block.rows[0].previous.as_ref().unwrap().weight, Some(Weight::kg(60.0)), "last session beside it");
        assert_eq!(block.rows[1].previous, None);
    }

    #[test]
    fn prefill_uses_the_display_unit() {
        let history = history_with_one_squat_session();
        let sources = RowSources { previous: history.last_session_of("Squat", None), targets: None };
        let block = ExerciseBlock::new("Squat", sources, WeightUnit::Lb, 0);
        assert_eq!(block.rows[0].values.weight, "220.46");
        let logged = block.rows[0].facts("Squat", WeightUnit::Lb).unwrap().unwrap();
        assert_eq!(logged.weight, Some(Weight::kg(100.0)), "the untouched target is logged exactly");
    }

    #[test]
    fn pending_input_counts_typed_rows_and_unapplied_edits() {
        let mut session = Session::new(Uuid::from_u128(1), "", at(0));
        let mut block = ExerciseBlock::new("Squat", RowSources::default(), WeightUnit::Kg, 0);
        block.add_row(RowSources::default(), WeightUnit::Kg);
        block.add_row(RowSources::default(), WeightUnit::Kg);
        session.exercises.push(block);
        assert!(session.pending_input().is_empty(), "untouched planned rows are only suggestions");
        session.row_mut(0, 0).unwrap().edit(RowEdit::Reps("5".into()));
        session.row_mut(0, 1).unwrap().edit(RowEdit::Reps("5".into()));
        let row = session.row_mut(0, 2).unwrap();
        row.edit(RowEdit::Reps("8".into()));
        let logged = row.facts("Squat", WeightUnit::Kg).unwrap().unwrap();
        row.saved(Uuid::from_u128(3), logged, WeightUnit::Kg);
        row.edit(RowEdit::SetType(SetType::WarmUp));
        let pending = session.pending_input();
        assert_eq!(pending, PendingInput { typed: 2, edited: 1 });
        assert_eq!(pending.describe(), "2 sets typed but not logged, 1 edit to logged sets not applied");
        assert_eq!(session.rows_with_pending_input(), [(0, 0), (0, 1), (0, 2)]);
    }

    #[test]
    fn a_resumed_session_has_every_logged_set_and_fresh_indexes() {
        let history = history_with_one_squat_session();
        let w = Uuid::from_u128(60);
        let mut h = history.clone();
        let events = [
            EventKind::WorkoutStarted {
                workout_id: w,
                name: Some("Legs".into()),
                repeat_of: None,
                source: None,
                note: None,
            },
            EventKind::ExerciseAdded { workout_id: w, exercise: "Squat".into() },
            EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(61), set: facts(105.0, 5, 0) },
            EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(62), set: facts(105.0, 5, 1) },
            EventKind::SetRemoved { workout_id: w, set_id: Uuid::from_u128(62) },
        ];
        for (i, kind) in events.into_iter().enumerate() {
            h.apply(&Event::new(Uuid::from_u128(300 + i as u128), at(200 + i as i64), kind));
        }
        let session = Session::resume(h.in_progress().unwrap(), &h, WeightUnit::Kg);
        assert_eq!(session.name, "Legs");
        assert_eq!(session.logged_sets(), 1);
        let rows = &session.exercises[0].rows;
        assert_eq!(rows.len(), 2, "the second planned set is back, not logged");
        assert!(!rows[1].is_logged());
        assert_eq!(rows[1].values.weight, "110");
        assert_eq!(rows[1].set_index, 2, "index 1 was used by the removed set");
        assert_eq!(rows[0].values.weight, "105");
        assert_eq!(rows[0].previous.as_ref().unwrap().weight, Some(Weight::kg(100.0)));
    }
}

//! The workout being logged, as the set tables show it: per exercise, rows of text the lifter
//! is typing, the previous session's set beside each row, and which rows are logged. Turning a
//! row into set facts (parsing, validation) happens here; events are made by the app layer.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::event::{SetFacts, SetType};
use super::projection::{History, Workout};
use super::rest_timer::DEFAULT_REST_SECONDS;
use super::units::{Weight, WeightUnit, format_amount};

/// One row of a set table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetRow {
    /// The logged set this row shows; `None` until the row is completed.
    pub set_id: Option<Uuid>,
    pub weight: String,
    pub reps: String,
    pub rpe: Option<f64>,
    pub set_type: SetType,
    pub note: String,
    /// The set at this position last session, shown beside the row.
    pub previous: Option<SetFacts>,
}

impl SetRow {
    pub fn is_logged(&self) -> bool {
        self.set_id.is_some()
    }

    /// Validates the row into set facts; weight is read in `unit`.
    pub fn to_facts(&self, exercise: &str, set_index: u32, unit: WeightUnit) -> Result<SetFacts, String> {
        let weight = match self.weight.trim() {
            "" => None,
            text => {
                let amount: f64 =
                    text.replace(',', ".").parse().map_err(|_| format!("weight `{text}` is not a number"))?;
                if !(0.0..=2000.0).contains(&amount) {
                    return Err(format!("weight {text} is out of range"));
                }
                Some(Weight::entered(amount, unit))
            }
        };
        let reps = match self.reps.trim() {
            "" => return Err("enter the reps".to_string()),
            text => text.parse::<u32>().map_err(|_| format!("reps `{text}` is not a whole number"))?,
        };
        if reps > 1000 {
            return Err(format!("{reps} reps is out of range"));
        }
        if let Some(rpe) = self.rpe
            && !(6.0..=10.0).contains(&rpe)
        {
            return Err(format!("RPE {rpe} is outside 6–10"));
        }
        Ok(SetFacts {
            exercise: exercise.to_string(),
            set_index,
            set_type: self.set_type,
            weight,
            reps: Some(reps),
            rpe: self.rpe,
            distance_m: None,
            duration_s: None,
            note: Some(self.note.trim().to_string()).filter(|n| !n.is_empty()),
        })
    }

    /// A row filled from logged facts, shown in `unit`.
    pub fn from_facts(set_id: Uuid, facts: &SetFacts, unit: WeightUnit) -> SetRow {
        SetRow {
            set_id: Some(set_id),
            weight: facts.weight.map(|w| format_amount(w.in_unit(unit))).unwrap_or_default(),
            reps: facts.reps.map(|r| r.to_string()).unwrap_or_default(),
            rpe: facts.rpe,
            set_type: facts.set_type,
            note: facts.note.clone().unwrap_or_default(),
            previous: None,
        }
    }
}

/// What the "Set" column shows for each row: `W`, `D`, `F` for warm-up, drop and failure
/// sets, and the working-set number (warm-ups not counted) for normal sets.
pub fn set_labels(rows: &[SetRow]) -> Vec<String> {
    let mut working = 0;
    rows.iter()
        .map(|row| match row.set_type {
            SetType::WarmUp => "W".to_string(),
            SetType::Drop => "D".to_string(),
            SetType::Failure => {
                working += 1;
                "F".to_string()
            }
            SetType::Normal => {
                working += 1;
                working.to_string()
            }
        })
        .collect()
}

/// The RPE values offered: 6 to 10 in half steps.
pub fn rpe_choices() -> impl Iterator<Item = f64> {
    (12..=20).map(|n| f64::from(n) / 2.0)
}

/// One exercise's set table.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseBlock {
    pub exercise: String,
    pub rows: Vec<SetRow>,
    pub rest_seconds: i64,
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
}

impl ExerciseBlock {
    /// A block with one row per target set (or one empty row), prefilled.
    pub fn new(exercise: &str, sources: RowSources<'_>, unit: WeightUnit) -> ExerciseBlock {
        let mut block =
            ExerciseBlock { exercise: exercise.to_string(), rows: Vec::new(), rest_seconds: DEFAULT_REST_SECONDS };
        let count = sources.prefill().map_or(0, |w| w.sets_of(exercise).count()).max(1);
        for _ in 0..count {
            block.add_row(sources, unit);
        }
        block
    }

    /// Adds a row: it shows the previous session's set at the same position beside it, and is
    /// prefilled from the target (or previous) set at that position, else copies the last row.
    pub fn add_row(&mut self, sources: RowSources<'_>, unit: WeightUnit) {
        let position = self.rows.len();
        let at_position =
            |w: Option<&Workout>| w.and_then(|w| w.sets_of(&self.exercise).nth(position)).map(|s| s.facts.clone());
        let prev = at_position(sources.previous);
        let mut row = match (at_position(sources.prefill()), self.rows.last()) {
            (Some(target), _) => SetRow { set_id: None, ..SetRow::from_facts(Uuid::nil(), &target, unit) },
            (None, Some(last)) => SetRow { set_id: None, ..last.clone() },
            (None, None) => SetRow::default(),
        };
        // Notes and RPE describe the set as done, so they are not carried over.
        row.note.clear();
        row.rpe = None;
        row.previous = prev;
        self.rows.push(row);
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
    /// every logged set is a completed row, and "previous" values are filled in again.
    pub fn resume(workout: &Workout, history: &History, unit: WeightUnit) -> Session {
        let mut session = Session::new(workout.id, workout.name.as_deref().unwrap_or(""), workout.started_at);
        session.repeat_of = workout.repeat_of;
        for exercise in &workout.exercises {
            let sources = session.row_sources(exercise, history);
            let previous = sources.previous;
            let mut block =
                ExerciseBlock { exercise: exercise.clone(), rows: Vec::new(), rest_seconds: DEFAULT_REST_SECONDS };
            for (i, set) in workout.sets_of(exercise).enumerate() {
                let mut row = SetRow::from_facts(set.set_id, &set.facts, unit);
                row.previous = previous.and_then(|w| w.sets_of(exercise).nth(i)).map(|s| s.facts.clone());
                block.rows.push(row);
            }
            // The rows not logged yet come back as planned: up to the target's set count.
            let planned = sources.prefill().map_or(0, |w| w.sets_of(exercise).count()).max(1);
            while block.rows.len() < planned {
                block.add_row(sources, unit);
            }
            session.exercises.push(block);
        }
        session
    }

    /// Rewrites every typed weight from `from` to `to`, so a number typed in one unit is never
    /// read in the other after the lifter switches units mid-workout. Text that is not a
    /// number is left as it is (it will be reported when the set is completed).
    pub fn convert_weights(&mut self, from: WeightUnit, to: WeightUnit) {
        if from == to {
            return;
        }
        for row in self.exercises.iter_mut().flat_map(|b| b.rows.iter_mut()) {
            if let Ok(amount) = row.weight.trim().replace(',', ".").parse::<f64>() {
                row.weight = format_amount(Weight::entered(amount, from).in_unit(to));
            }
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
        self.exercises.iter().flat_map(|b| &b.rows).filter(|r| r.is_logged()).count()
    }

    pub fn has_exercise(&self, exercise: &str) -> bool {
        self.exercises.iter().any(|b| b.exercise == exercise)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::{Event, EventKind};
    use crate::domain::test_support::{at, facts, history_with_one_squat_session};

    #[test]
    fn rows_parse_and_validate() {
        let row = SetRow {
            weight: "102,5".into(),
            reps: "5".into(),
            rpe: Some(8.5),
            note: " ok ".into(),
            ..SetRow::default()
        };
        let f = row.to_facts("Squat", 0, WeightUnit::Kg).unwrap();
        assert_eq!(f.weight, Some(Weight::kg(102.5)));
        assert_eq!(f.reps, Some(5));
        assert_eq!(f.note.as_deref(), Some("ok"));
        let lb = SetRow { weight: "225".into(), reps: "5".into(), ..SetRow::default() };
        assert_eq!(lb.to_facts("Squat", 0, WeightUnit::Lb).unwrap().weight.unwrap().as_entered(), 225.0);
        let bad = |w: &str, r: &str| {
            SetRow { weight: w.into(), reps: r.into(), ..SetRow::default() }.to_facts("S", 0, WeightUnit::Kg)
        };
        assert!(bad("abc", "5").unwrap_err().contains("not a number"));
        assert!(bad("100", "").unwrap_err().contains("reps"));
        assert!(bad("100", "2.5").unwrap_err().contains("whole number"));
        assert!(bad("-5", "5").unwrap_err().contains("out of range"));
        assert_eq!(bad("", "10").unwrap().weight, None, "bodyweight sets have no weight");
    }

    #[test]
    fn new_blocks_show_and_prefill_the_previous_session() {
        let history = history_with_one_squat_session();
        let sources = RowSources { previous: history.last_session_of("Squat", None), targets: None };
        let mut block = ExerciseBlock::new("Squat", sources, WeightUnit::Kg);
        assert_eq!(block.rows.len(), 2);
        assert_eq!((block.rows[1].weight.as_str(), block.rows[1].reps.as_str()), ("110", "3"));
        assert_eq!(block.rows[0].previous.as_ref().unwrap().weight, Some(Weight::kg(100.0)));
        assert!(!block.rows[0].is_logged());
        block.add_row(sources, WeightUnit::Kg);
        assert_eq!(block.rows[2].weight, "110", "past the previous session, the last row is copied");
        assert_eq!(block.rows[2].previous, None);
        let sources = RowSources { previous: history.last_session_of("Deadlift", None), targets: None };
        let fresh = ExerciseBlock::new("Deadlift", sources, WeightUnit::Kg);
        assert_eq!(fresh.rows, vec![SetRow::default()]);
    }

    #[test]
    fn switching_units_converts_what_was_typed() {
        let mut session = Session::new(Uuid::from_u128(1), "", at(0));
        let rows = ["100", "", "abc", "225"].map(|w| SetRow { weight: w.into(), ..SetRow::default() });
        session.exercises.push(ExerciseBlock { exercise: "Squat".into(), rows: rows.to_vec(), rest_seconds: 90 });
        session.convert_weights(WeightUnit::Kg, WeightUnit::Lb);
        let weights: Vec<&str> = session.exercises[0].rows.iter().map(|r| r.weight.as_str()).collect();
        assert_eq!(weights, ["220.46", "", "abc", "496.04"]);
        session.convert_weights(WeightUnit::Lb, WeightUnit::Kg);
        assert_eq!(session.exercises[0].rows[0].weight, "100");
    }

    #[test]
    fn warm_ups_are_not_numbered() {
        let row = |t| SetRow { set_type: t, ..SetRow::default() };
        let rows = [
            row(SetType::WarmUp),
            row(SetType::WarmUp),
            row(SetType::Normal),
            row(SetType::Failure),
            row(SetType::Drop),
            row(SetType::Normal),
        ];
        assert_eq!(set_labels(&rows), ["W", "W", "1", "F", "D", "3"]);
    }

    #[test]
    fn a_repeated_workout_sets_the_targets_and_the_last_session_stays_beside_them() {
        let mut history = history_with_one_squat_session();
        let old = history.completed().next().unwrap().clone();
        let w = Uuid::from_u128(70);
        let later = [
            EventKind::WorkoutStarted { workout_id: w, name: None, repeat_of: None },
            EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(71), set: facts(60.0, 10, 0) },
            EventKind::WorkoutCompleted { workout_id: w },
        ];
        for (i, kind) in later.into_iter().enumerate() {
            history.apply(&Event::new(Uuid::from_u128(400 + i as u128), at(500 + i as i64), kind));
        }
        let sources = RowSources { previous: history.last_session_of("Squat", None), targets: Some(&old) };
        let block = ExerciseBlock::new("Squat", sources, WeightUnit::Kg);
        assert_eq!(block.rows.len(), 2, "as many rows as the repeated workout had sets");
        assert_eq!((block.rows[0].weight.as_str(), block.rows[0].reps.as_str()), ("100", "5"));
        assert_eq!(block.rows[0].previous.as_ref().unwrap().weight, Some(Weight::kg(60.0)), "last session beside it");
        assert_eq!(block.rows[1].previous, None);
    }

    #[test]
    fn prefill_uses_the_display_unit() {
        let history = history_with_one_squat_session();
        let sources = RowSources { previous: history.last_session_of("Squat", None), targets: None };
        let block = ExerciseBlock::new("Squat", sources, WeightUnit::Lb);
        assert_eq!(block.rows[0].weight, "220.46");
    }

    #[test]
    fn a_resumed_session_has_every_logged_set() {
        let history = history_with_one_squat_session();
        let w = Uuid::from_u128(60);
        let mut h = history.clone();
        h.apply(&Event::new(
            Uuid::from_u128(300),
            at(200),
            EventKind::WorkoutStarted { workout_id: w, name: Some("Legs".into()), repeat_of: None },
        ));
        h.apply(&Event::new(
            Uuid::from_u128(301),
            at(201),
            EventKind::ExerciseAdded { workout_id: w, exercise: "Squat".into() },
        ));
        h.apply(&Event::new(
            Uuid::from_u128(302),
            at(202),
            EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(61), set: facts(105.0, 5, 0) },
        ));
        let session = Session::resume(h.in_progress().unwrap(), &h, WeightUnit::Kg);
        assert_eq!(session.name, "Legs");
        assert_eq!(session.logged_sets(), 1);
        assert_eq!(session.exercises[0].rows.len(), 2, "the second planned set is back, not logged");
        assert!(!session.exercises[0].rows[1].is_logged());
        assert_eq!(session.exercises[0].rows[1].weight, "110");
        assert_eq!(session.exercises[0].rows[0].weight, "105");
        assert_eq!(session.exercises[0].rows[0].previous.as_ref().unwrap().weight, Some(Weight::kg(100.0)));
    }
}

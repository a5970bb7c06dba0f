//! The workout being logged, as its set tables edit it: per exercise, rows whose text the
//! lifter types, the previous session's set beside each row, which rows are logged, and which
//! hold input that is not in the log yet (typed but not logged, or edited but not applied).
//! Turning a row into set facts happens here (`row.rs`); the workout flow makes the events.

mod block;
mod row;

#[cfg(test)]
mod tests;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::domain::event::SetFacts;
use crate::domain::exercise::ExerciseKind;
use crate::domain::projection::{History, Workout};
use crate::domain::units::WeightUnit;

pub use block::{ExerciseBlock, RowSources};
pub use row::{RowEdit, RowProblem, RowValues, SetRow};

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
    /// The routine it follows, whose sets are the targets.
    pub routine: Option<Uuid>,
    pub name: String,
    pub started_at: DateTime<Utc>,
    pub exercises: Vec<ExerciseBlock>,
}

impl Session {
    pub fn new(workout_id: Uuid, name: &str, started_at: DateTime<Utc>) -> Session {
        Session {
            workout_id,
            repeat_of: None,
            routine: None,
            name: name.to_string(),
            started_at,
            exercises: Vec::new(),
        }
    }

    /// Rebuilds the editor of an in-progress workout from the log (after a crash or restart):
    /// every logged set is a logged row, in index order, and the rows not logged yet come back
    /// as planned, up to the target's set count.
    pub fn resume(
        workout: &Workout,
        history: &History,
        unit: WeightUnit,
        kind_of: impl Fn(&str) -> ExerciseKind,
    ) -> Session {
        let mut session = Session::new(workout.id, workout.name.as_deref().unwrap_or(""), workout.started_at);
        session.repeat_of = workout.repeat_of;
        session.routine = workout.routine;
        for exercise in &workout.exercises {
            let sources = session.row_sources(exercise, history);
            let mut block = ExerciseBlock::new(exercise, kind_of(exercise), &RowSources::default(), unit, 0);
            block.rows.clear();
            block.next_index = workout.next_set_index(exercise);
            for set in workout.sets_of(exercise) {
                block.push_logged(SetRow::logged(set.set_id, &set.facts, unit), &sources);
            }
            block.fill_planned(&sources, unit);
            session.exercises.push(block);
        }
        session
    }

    /// Shows every amount in `to` instead of `from` (see [`SetRow`]).
    pub fn show_weights_in(&mut self, from: WeightUnit, to: WeightUnit) {
        if from == to {
            return;
        }
        for block in &mut self.exercises {
            for row in &mut block.rows {
                row.show_in(block.kind, from, to);
            }
        }
    }

    /// The last session of `exercise` before this workout, and the targets: the repeated
    /// workout's sets of it, the routine's, or the program day's prescription.
    pub fn row_sources(&self, exercise: &str, history: &History) -> RowSources {
        let sets_of = |w: &Workout| w.sets_of(exercise).map(|s| s.facts.clone()).collect::<Vec<SetFacts>>();
        let previous = history.last_session_of(exercise, Some(self.workout_id)).map(sets_of).unwrap_or_default();
        let repeated = self.repeat_of.and_then(|id| history.workout(id)).map(sets_of);
        let routine = self.routine.and_then(|id| history.routine(id)).and_then(|r| r.exercise(exercise)).map(|e| {
            e.sets
                .iter()
                .enumerate()
                .map(|(i, s)| SetFacts {
                    exercise: exercise.into(),
                    set_index: i as u32,
                    set_type: s.set_type,
                    weight: s.weight,
                    reps: s.reps,
                    distance_m: s.distance_m,
                    duration_s: s.duration_s,
                    ..SetFacts::default()
                })
                .collect()
        });
        let program = history.program_workout(self.workout_id).and_then(|p| p.target(exercise)).map(|sets| {
            sets.iter()
                .enumerate()
                .map(|(i, s)| SetFacts {
                    exercise: exercise.into(),
                    set_index: i as u32,
                    weight: s.weight,
                    reps: Some(s.reps),
                    rpe: s.rpe,
                    ..SetFacts::default()
                })
                .collect()
        });
        RowSources { previous, targets: repeated.or(routine).or(program) }
    }

    pub fn logged_sets(&self) -> usize {
        self.exercises.iter().map(ExerciseBlock::logged_sets).sum()
    }

    pub fn has_exercise(&self, exercise: &str) -> bool {
        self.exercises.iter().any(|b| b.exercise == exercise)
    }

    pub fn block_of(&self, exercise: &str) -> Option<usize> {
        self.exercises.iter().position(|b| b.exercise == exercise)
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

    /// Brings the set tables in line with the log after an undo or redo: a row whose set is no
    /// longer logged becomes a planned row with its values, a row whose set changed shows the
    /// new values, a set back in the log gets its row again (in index order), and the blocks
    /// follow the workout's exercises (`new_block` makes a missing one).
    pub fn sync(&mut self, workout: &Workout, unit: WeightUnit, mut new_block: impl FnMut(&str) -> ExerciseBlock) {
        self.exercises.retain(|b| workout.exercises.iter().any(|e| *e == b.exercise));
        for exercise in &workout.exercises {
            if !self.has_exercise(exercise) {
                let mut block = new_block(exercise);
                block.rows.retain(|r| !r.is_logged());
                self.exercises.push(block);
            }
        }
        for block in &mut self.exercises {
            for row in &mut block.rows {
                let Some(set_id) = row.set_id else { continue };
                match workout.set(set_id) {
                    None => *row = row.unlogged(unit),
                    Some(set) if row.stored() != Some(&set.facts) => row.saved(set_id, set.facts.clone(), unit),
                    Some(_) => {}
                }
            }
            for set in workout.sets_of(&block.exercise) {
                if block.rows.iter().any(|r| r.set_id == Some(set.set_id)) {
                    continue;
                }
                let logged = SetRow::logged(set.set_id, &set.facts, unit);
                let index = set.facts.set_index;
                // A planned row of the set's index stands for it (a redone log): it takes its place.
                if let Some(row) = block.rows.iter_mut().find(|r| !r.is_logged() && r.set_index == index) {
                    *row = logged;
                } else {
                    let position = block.rows.iter().position(|r| r.set_index > index).unwrap_or(block.rows.len());
                    block.rows.insert(position, logged);
                }
            }
            block.next_index = block.next_index.max(workout.next_set_index(&block.exercise));
        }
        self.arrange(&workout.exercises);
    }

    /// Puts the blocks in the order of `exercises` (the workout's order after a move).
    pub fn arrange(&mut self, exercises: &[impl AsRef<str>]) {
        self.exercises.sort_by_key(|b| exercises.iter().position(|e| e.as_ref() == b.exercise).unwrap_or(usize::MAX));
    }
}

//! The projection: folds the event log into what the screens show — workouts and their sets,
//! custom exercises (renamed, merged, deleted), remembered rest times, the bodyweight log, body
//! measurements, routines and programs (`programs.rs`). The single place where corrections are resolved.

mod programs;
mod workout;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::event::{Event, EventKind, SetFacts};
use super::exercise::{ExerciseDef, ExerciseKind};
use super::measurement::log::MeasurementLog;
use super::name::Interner;
use super::routine::Routine;
use super::units::Weight;

pub use programs::{Following, ProgramWorkout, Progress, session_result};
pub use workout::{Change, LoggedSet, Workout, WorkoutChange, WorkoutDetails, WorkoutStatus};

/// One bodyweight measurement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BodyweightEntry {
    /// The id of its `bodyweight_logged` event (what a removal names).
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub weight: Weight,
}

/// A question saved in the Insights console.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedQuery {
    pub id: Uuid,
    pub name: String,
    pub sql: String,
}

/// Everything the log describes; workouts in the order they started.
///
/// Cloning it is cheap: the workouts are shared (`Arc`), and a change to one copies that
/// workout only. A worker recounts the derived data from such a clone while the window goes on
/// folding events into its own.
#[derive(Debug, Clone, Default)]
pub struct History {
    workouts: Vec<Arc<Workout>>,
    index: HashMap<Uuid, usize>,
    custom_exercises: Vec<ExerciseDef>,
    rest_seconds: HashMap<String, i64>,
    /// Per exercise, the lifter's standing note (`None`: removed) and when it was set.
    exercise_notes: HashMap<String, (Option<String>, DateTime<Utc>)>,
    /// Oldest first.
    bodyweight: Vec<BodyweightEntry>,
    measurements: MeasurementLog,
    routines: Vec<Routine>,
    /// The Insights console's saved queries, in the order they were first saved.
    saved_queries: Vec<SavedQuery>,
    /// The lifter's own programs, the one followed, and the program days done.
    programs: programs::Programs,
    /// One shared copy of each exercise name, for every set and workout that names it.
    names: Interner,
    /// Counts the events folded in: a view's cache of something derived is stale when it
    /// changes.
    version: u64,
}

impl History {
    pub fn version(&self) -> u64 {
        self.version
    }

    pub fn from_events<'a>(events: impl IntoIterator<Item = &'a Event>) -> History {
        let mut history = History::default();
        for event in events {
            history.apply(event);
        }
        history
    }

    /// Folds one event in. Events that refer to unknown workouts or sets, or arrive after a
    /// workout was discarded or deleted, change nothing; folding an event twice changes
    /// nothing more.
    pub fn apply(&mut self, event: &Event) {
        self.version += 1;
        match &event.kind {
            EventKind::WorkoutStarted { workout_id, name, repeat_of, source, note, routine } => {
                if self.index.contains_key(workout_id) {
                    return;
                }
                let mut workout = Workout::new(*workout_id, name.clone(), event.occurred_at);
                workout.repeat_of = *repeat_of;
                workout.routine = *routine;
                workout.source = source.clone();
                workout.note = note.clone();
                // Workouts stay in the order they were done, also when old ones are imported.
                let position = self.workouts.partition_point(|w| w.started_at <= event.occurred_at);
                self.workouts.insert(position, Arc::new(workout));
                for (i, w) in self.workouts.iter().enumerate().skip(position) {
                    self.index.insert(w.id, i);
                }
            }
            EventKind::ExerciseCreated { exercise } => {
                if !self.custom_exercises.iter().any(|e| e.name == exercise.name) {
                    self.custom_exercises.push(exercise.clone());
                }
            }
            EventKind::ExerciseRenamed { from, to } | EventKind::ExercisesMerged { from, into: to } => {
                self.rename_exercise(from, to, matches!(event.kind, EventKind::ExercisesMerged { .. }))
            }
            EventKind::ExerciseDeleted { name } => self.custom_exercises.retain(|e| &e.name != name),
            EventKind::ExerciseRestSet { exercise, seconds } => {
                self.rest_seconds.insert(exercise.clone(), *seconds);
            }
            EventKind::ExerciseNoteSet { exercise, note } => {
                let note = note.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(str::to_string);
                self.exercise_notes.insert(exercise.clone(), (note, event.created_at));
            }
            EventKind::BodyweightLogged { weight } => {
                if !self.bodyweight.iter().any(|e| e.id == event.id) {
                    let position = self.bodyweight.partition_point(|e| e.at <= event.occurred_at);
                    let entry = BodyweightEntry { id: event.id, at: event.occurred_at, weight: *weight };
                    self.bodyweight.insert(position, entry);
                }
            }
            EventKind::BodyweightRemoved { entry } => self.bodyweight.retain(|e| e.id != *entry),
            EventKind::MeasurementLogged { site, reading } => {
                self.measurements.logged(event.id, event.occurred_at, site, *reading)
            }
            EventKind::MeasurementCorrected { entry, reading } => self.measurements.corrected(*entry, *reading),
            EventKind::MeasurementRemoved { entry } => self.measurements.removed(*entry),
            EventKind::RoutineSaved { routine } => match self.routines.iter_mut().find(|r| r.id == routine.id) {
                Some(existing) => *existing = routine.clone(),
                None => self.routines.push(routine.clone()),
            },
            EventKind::RoutineDeleted { routine_id } => self.routines.retain(|r| r.id != *routine_id),
            EventKind::QuerySaved { query_id, name, sql } => {
                let saved = SavedQuery { id: *query_id, name: name.clone(), sql: sql.clone() };
                match self.saved_queries.iter_mut().find(|q| q.id == *query_id) {
                    Some(existing) => *existing = saved,
                    None => self.saved_queries.push(saved),
                }
            }
            EventKind::QueryDeleted { query_id } => self.saved_queries.retain(|q| q.id != *query_id),
            EventKind::ProgramSaved { .. }
            | EventKind::ProgramDeleted { .. }
            | EventKind::ProgramStarted { .. }
            | EventKind::ProgramStopped { .. }
            | EventKind::ProgramWorkoutStarted { .. }
            | EventKind::ProgramTargetOverridden { .. } => self.programs.apply(event),
            EventKind::WorkoutEdited { workout_id, name, started_at, ended_at } => {
                let details = WorkoutDetails { name: name.clone(), started_at: *started_at, ended_at: *ended_at };
                self.edit_workout(*workout_id, details, event.created_at)
            }
            _ => self.apply_to_workout(event),
        }
    }

    /// Events of one workout.
    fn apply_to_workout(&mut self, event: &Event) {
        let Some(workout) =
            event.kind.workout_id().and_then(|id| self.index.get(&id)).map(|&i| Arc::make_mut(&mut self.workouts[i]))
        else {
            return;
        };
        if matches!(workout.status, WorkoutStatus::Discarded | WorkoutStatus::Deleted) {
            return;
        }
        match &event.kind {
            EventKind::ExerciseAdded { exercise, .. } if !workout.exercises.iter().any(|e| e == exercise) => {
                workout.exercises.push(self.names.intern_str(exercise));
            }
            EventKind::ExerciseRemoved { exercise, .. } => workout.remove_exercise(exercise),
            EventKind::SetLogged { set_id, set, .. } => {
                let set = SetFacts { exercise: self.names.intern(&set.exercise), ..set.clone() };
                if !workout.exercises.contains(&set.exercise) {
                    workout.exercises.push(set.exercise.clone());
                }
                if !workout.sets.iter().any(|s| s.set_id == *set_id) {
                    if workout.status == WorkoutStatus::Completed {
                        workout
                            .changes
                            .push(WorkoutChange { at: event.created_at, change: Change::SetAdded(set.clone()) });
                    }
                    workout.insert_set(LoggedSet { set_id: *set_id, facts: set });
                }
            }
            EventKind::SetUpdated { set_id, set, .. } => {
                let set = &SetFacts { exercise: self.names.intern(&set.exercise), ..set.clone() };
                if let Some(position) = workout.sets.iter().position(|s| s.set_id == *set_id) {
                    let mut updated = workout.sets.remove(position);
                    let change = Change::SetChanged { before: updated.facts.clone(), after: set.clone() };
                    workout.changes.push(WorkoutChange { at: event.created_at, change });
                    if !workout.exercises.contains(&set.exercise) {
                        workout.exercises.push(set.exercise.clone());
                    }
                    updated.facts = set.clone();
                    workout.insert_set(updated);
                }
            }
            EventKind::SetRemoved { set_id, .. } => {
                if let Some(position) = workout.sets.iter().position(|s| s.set_id == *set_id) {
                    let removed = workout.sets.remove(position);
                    workout
                        .changes
                        .push(WorkoutChange { at: event.created_at, change: Change::SetRemoved(removed.facts) });
                }
            }
            EventKind::ExercisesGrouped { exercises, .. } => workout.group(exercises),
            EventKind::ExercisesReordered { order, .. } => workout.reorder(order),
            EventKind::WorkoutCompleted { .. } => {
                workout.status = WorkoutStatus::Completed;
                workout.ended_at = Some(event.occurred_at);
                // Saved: its sets rarely change again. Grown one at a time, the list had up to
                // twice the room it needs — a quarter of the history's memory.
                workout.sets.shrink_to_fit();
                workout.exercises.shrink_to_fit();
                workout.changes.shrink_to_fit();
                workout.next_index.shrink_to_fit();
            }
            EventKind::WorkoutDiscarded { .. } => workout.status = WorkoutStatus::Discarded,
            EventKind::WorkoutDeleted { .. } => workout.status = WorkoutStatus::Deleted,
            _ => {}
        }
    }

    /// A workout's name and times corrected; it moves to its new place in time.
    fn edit_workout(&mut self, workout_id: Uuid, details: WorkoutDetails, recorded_at: DateTime<Utc>) {
        let Some(&i) = self.index.get(&workout_id) else { return };
        let workout = &self.workouts[i];
        if matches!(workout.status, WorkoutStatus::Discarded | WorkoutStatus::Deleted) {
            return;
        }
        let before = workout.details();
        if before == details {
            return;
        }
        let workout = Arc::make_mut(&mut self.workouts[i]);
        workout.name = details.name.clone();
        workout.started_at = details.started_at;
        workout.ended_at = details.ended_at.or(workout.ended_at);
        workout.changes.push(WorkoutChange { at: recorded_at, change: Change::Details { before, after: details } });
        if self.workouts.is_sorted_by_key(|w| w.started_at) {
            return;
        }
        let moved = self.workouts.remove(i);
        let position = self.workouts.partition_point(|w| w.started_at <= moved.started_at);
        self.workouts.insert(position, moved);
        for (j, w) in self.workouts.iter().enumerate().skip(i.min(position)) {
            self.index.insert(w.id, j);
        }
    }

    /// A custom exercise renamed (or merged into another): its definition, its sets in every
    /// workout, its rest time and its note follow (merged into an exercise with its own rest,
    /// that one stays; of two notes, or a note and a removal, the later one).
    fn rename_exercise(&mut self, from: &str, to: &str, merge: bool) {
        if merge || self.custom_exercises.iter().any(|e| e.name == to) {
            self.custom_exercises.retain(|e| e.name != from);
        } else if let Some(def) = self.custom_exercises.iter_mut().find(|e| e.name == from) {
            def.name = to.to_string();
        }
        // Only the workouts that have the exercise are changed (and copied, when shared).
        let to_name = self.names.intern_str(to);
        for workout in self.workouts.iter_mut().filter(|w| w.mentions(from)) {
            Arc::make_mut(workout).rename_exercise(from, &to_name);
        }
        if let Some(seconds) = self.rest_seconds.remove(from) {
            self.rest_seconds.entry(to.to_string()).or_insert(seconds);
        }
        if let Some(moved) = self.exercise_notes.remove(from) {
            let kept = self.exercise_notes.entry(to.to_string()).or_insert(moved.clone());
            if kept.1 < moved.1 {
                *kept = moved;
            }
        }
    }

    pub fn workout(&self, id: Uuid) -> Option<&Workout> {
        self.index.get(&id).map(|&i| &*self.workouts[i])
    }

    /// Completed workouts, oldest first.
    pub fn completed(&self) -> impl DoubleEndedIterator<Item = &Workout> {
        self.workouts.iter().map(|w| &**w).filter(|w| w.status == WorkoutStatus::Completed)
    }

    /// The workout started but neither completed nor discarded, latest first.
    pub fn in_progress(&self) -> Option<&Workout> {
        self.workouts.iter().map(|w| &**w).rev().find(|w| w.status == WorkoutStatus::InProgress)
    }

    /// The most recent completed workout with sets of `exercise`, other than `excluding`.
    pub fn last_session_of(&self, exercise: &str, excluding: Option<Uuid>) -> Option<&Workout> {
        self.completed().rev().filter(|w| Some(w.id) != excluding).find(|w| w.sets_of(exercise).next().is_some())
    }

    pub fn custom_exercises(&self) -> &[ExerciseDef] {
        &self.custom_exercises
    }

    /// The rest the lifter chose for `exercise`, if any.
    pub fn rest_seconds(&self, exercise: &str) -> Option<i64> {
        self.rest_seconds.get(exercise).copied()
    }

    /// The lifter's standing note on `exercise`, if any.
    pub fn exercise_note(&self, exercise: &str) -> Option<&str> {
        self.exercise_notes.get(exercise).and_then(|(note, _)| note.as_deref())
    }

    /// Bodyweight entries, oldest first.
    pub fn bodyweight(&self) -> &[BodyweightEntry] {
        &self.bodyweight
    }

    /// The bodyweight (kg) at `at`: the latest entry up to then, else the first one after.
    pub fn bodyweight_at(&self, at: DateTime<Utc>) -> Option<f64> {
        let before = self.bodyweight.partition_point(|e| e.at <= at);
        before.checked_sub(1).or((!self.bodyweight.is_empty()).then_some(0)).map(|i| self.bodyweight[i].weight.kg)
    }

    /// The volume of a workout, bodyweight exercises counted with the bodyweight of that day.
    pub fn volume_kg(&self, workout: &Workout) -> f64 {
        workout.volume_kg(self.bodyweight_at(workout.started_at))
    }

    /// Body measurements: logged, corrected, removed.
    pub fn measurements(&self) -> &MeasurementLog {
        &self.measurements
    }

    /// Routines, in the order they were first saved.
    pub fn routines(&self) -> &[Routine] {
        &self.routines
    }

    /// The saved queries, in the order they were first saved.
    pub fn saved_queries(&self) -> &[SavedQuery] {
        &self.saved_queries
    }

    pub fn routine(&self, id: Uuid) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == id)
    }

    /// Whether any workout (saved, or in progress) has sets of `exercise`.
    pub fn has_sets_of(&self, exercise: &str) -> bool {
        self.workouts
            .iter()
            .filter(|w| matches!(w.status, WorkoutStatus::Completed | WorkoutStatus::InProgress))
            .any(|w| w.sets_of(exercise).next().is_some())
    }

    /// The progress of `exercise`: for each completed workout with a working set of it, when
    /// the workout started and its best estimated 1RM (kg), oldest first.
    pub fn e1rm_progress(&self, exercise: &str) -> Vec<(DateTime<Utc>, f64)> {
        self.progress(exercise, Measure::E1rm)
    }

    /// For each completed workout with a working set of `exercise`, when it started and its
    /// best value of `measure`, oldest first.
    pub fn progress(&self, exercise: &str, measure: Measure) -> Vec<(DateTime<Utc>, f64)> {
        let mut points: Vec<(DateTime<Utc>, f64)> = self
            .completed()
            .filter_map(|w| {
                let best = w
                    .sets_of(exercise)
                    .filter(|s| s.facts.set_type.is_working())
                    .filter_map(|s| measure.of(s))
                    .reduce(f64::max)?;
                Some((w.started_at, best))
            })
            .collect();
        points.sort_by_key(|(at, _)| *at);
        points
    }

    /// Best estimated 1RM (kg) of `exercise` over completed workouts, other than `excluding`.
    pub fn best_e1rm(&self, exercise: &str, excluding: Option<Uuid>) -> Option<f64> {
        self.completed()
            .filter(|w| Some(w.id) != excluding)
            .flat_map(|w| w.sets_of(exercise))
            .filter_map(LoggedSet::e1rm_kg)
            .reduce(f64::max)
    }
}

/// What a progress chart follows, by the kind of exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Best estimated 1RM (kg): weight × reps.
    E1rm,
    /// Most reps in a set: bodyweight and reps-only exercises.
    Reps,
    /// Longest time (s): a plank.
    Duration,
    /// Longest distance (m): a run, a carry.
    Distance,
}

impl Measure {
    pub fn for_kind(kind: ExerciseKind) -> Measure {
        match kind {
            ExerciseKind::WeightReps => Measure::E1rm,
            ExerciseKind::BodyweightReps | ExerciseKind::RepsOnly => Measure::Reps,
            ExerciseKind::Duration => Measure::Duration,
            ExerciseKind::DistanceDuration | ExerciseKind::WeightDistance => Measure::Distance,
        }
    }

    /// The value of one set, if it has one.
    pub fn of(self, set: &LoggedSet) -> Option<f64> {
        match self {
            Measure::E1rm => set.e1rm_kg(),
            Measure::Reps => set.facts.reps.filter(|r| *r > 0).map(f64::from),
            Measure::Duration => set.facts.duration_s.filter(|d| *d > 0.0),
            Measure::Distance => set.facts.distance_m.filter(|d| *d > 0.0),
        }
    }
}

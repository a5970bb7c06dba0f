//! A workout as the log describes it after every correction: its exercises in order, its
//! supersets, and its sets — each with the volume and estimated 1RM its exercise's kind allows.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::domain::event::SetFacts;
use crate::domain::name::ExerciseName;
use crate::domain::one_rep_max::estimated_1rm;
use crate::domain::routine::Routine;

/// A set as it stands after every correction. (When it was logged is the log's to say: no
/// screen shows it, and at a million events the time of every set took 12 MiB.)
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedSet {
    pub set_id: Uuid,
    pub facts: SetFacts,
}

impl LoggedSet {
    /// The load moved, in kg × reps, for volume totals (warm-ups count too): weight × reps,
    /// and for bodyweight reps the bodyweight plus any added load. Zero for kinds without
    /// volume (a plank, a run) and for bodyweight reps when no bodyweight is known.
    pub fn volume_kg(&self, bodyweight_kg: Option<f64>) -> f64 {
        self.facts.volume_kg(bodyweight_kg)
    }

    /// Estimated 1RM in kg of a working set of a weight × reps exercise.
    pub fn e1rm_kg(&self) -> Option<f64> {
        if !self.facts.set_type.is_working() || !self.facts.kind.has_e1rm() {
            return None;
        }
        estimated_1rm(self.facts.weight?.kg, self.facts.reps?)
    }
}

/// A workout's name, start and end: what a `workout_edited` event sets.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkoutDetails {
    pub name: Option<String>,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
}

/// One correction of a workout, for its change history.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    SetAdded(SetFacts),
    SetChanged { before: SetFacts, after: SetFacts },
    SetRemoved(SetFacts),
    Details { before: WorkoutDetails, after: WorkoutDetails },
}

/// A correction and when it was recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkoutChange {
    pub at: DateTime<Utc>,
    pub change: Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkoutStatus {
    InProgress,
    Completed,
    Discarded,
    Deleted,
}

/// One workout: its exercises in the order the lifter arranged them, its supersets, and its
/// sets ordered by their `set_index` (the order of the set tables; ties in log order).
#[derive(Debug, Clone, PartialEq)]
pub struct Workout {
    pub id: Uuid,
    pub name: Option<String>,
    pub repeat_of: Option<Uuid>,
    /// The routine it was started from.
    pub routine: Option<Uuid>,
    /// The app it was imported from, if it was.
    pub source: Option<String>,
    pub note: Option<String>,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub status: WorkoutStatus,
    pub exercises: Vec<ExerciseName>,
    /// Groups of exercises done as supersets (two or more each).
    pub supersets: Vec<Vec<String>>,
    pub sets: Vec<LoggedSet>,
    /// Every correction: sets changed or removed (while logging too), sets added after the
    /// workout was saved, its name and times edited. Oldest first.
    pub changes: Vec<WorkoutChange>,
    /// Per exercise, one past the highest `set_index` ever logged in this workout, removed
    /// sets included, so a new set never reuses an index.
    pub(super) next_index: NextIndexes,
}

/// Per exercise of a workout, one past the highest `set_index` it ever had. A workout names a
/// handful of exercises, so a list searched in order answers as fast as a hash map and takes a
/// fifth of the room (a `HashMap` cost ~200 bytes a workout: 6 MiB at a million events).
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct NextIndexes(Vec<(ExerciseName, u32)>);

impl NextIndexes {
    fn get(&self, exercise: &str) -> Option<u32> {
        self.0.iter().find(|(e, _)| e == exercise).map(|(_, next)| *next)
    }

    /// Raises `exercise`'s next index to at least `next`.
    fn raise(&mut self, exercise: &ExerciseName, next: u32) {
        match self.0.iter_mut().find(|(e, _)| e == exercise.as_str()) {
            Some((_, current)) => *current = (*current).max(next),
            None => self.0.push((exercise.clone(), next)),
        }
    }

    fn remove(&mut self, exercise: &str) -> Option<u32> {
        let position = self.0.iter().position(|(e, _)| e == exercise)?;
        Some(self.0.swap_remove(position).1)
    }

    fn contains(&self, exercise: &str) -> bool {
        self.get(exercise).is_some()
    }

    pub(super) fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }
}

impl Workout {
    /// A routine of what this workout did: its exercises in order, each set as a target, its
    /// supersets kept.
    pub fn to_routine(&self, id: Uuid, name: &str) -> Routine {
        let workout = self;
        let exercises = workout
            .exercises
            .iter()
            .map(|exercise| crate::domain::routine::RoutineExercise {
                exercise: exercise.to_string(),
                sets: workout
                    .sets_of(exercise)
                    .map(|s| crate::domain::routine::RoutineSet {
                        set_type: s.facts.set_type,
                        reps: s.facts.reps,
                        weight: s.facts.weight,
                        duration_s: s.facts.duration_s,
                        distance_m: s.facts.distance_m,
                    })
                    .collect(),
                superset: workout.superset_of(exercise).map(|g| g as u32),
            })
            .collect();
        Routine { id, name: name.trim().to_string(), exercises }
    }

    pub(super) fn new(id: Uuid, name: Option<String>, started_at: DateTime<Utc>) -> Workout {
        Workout {
            id,
            name,
            repeat_of: None,
            routine: None,
            source: None,
            note: None,
            started_at,
            ended_at: None,
            status: WorkoutStatus::InProgress,
            exercises: Vec::new(),
            supersets: Vec::new(),
            sets: Vec::new(),
            changes: Vec::new(),
            next_index: NextIndexes::default(),
        }
    }

    /// The `set_index` a new set of `exercise` gets: unique within the exercise in this
    /// workout, even after removals.
    pub fn next_set_index(&self, exercise: &str) -> u32 {
        self.next_index.get(exercise).unwrap_or(0)
    }

    pub(super) fn insert_set(&mut self, set: LoggedSet) {
        let index = set.facts.set_index;
        self.next_index.raise(&set.facts.exercise, index.saturating_add(1));
        let position = self.sets.partition_point(|s| s.facts.set_index <= index);
        self.sets.insert(position, set);
    }

    /// Whether `exercise` is one of its exercises.
    pub fn has_exercise(&self, exercise: &str) -> bool {
        self.exercises.iter().any(|e| e == exercise)
    }

    /// Its exercises' names, in order, as text of their own (for events and templates).
    pub fn exercise_names(&self) -> Vec<String> {
        self.exercises.iter().map(|e| e.to_string()).collect()
    }

    pub fn sets_of<'a>(&'a self, exercise: &'a str) -> impl Iterator<Item = &'a LoggedSet> + 'a {
        self.sets.iter().filter(move |s| s.facts.exercise == exercise)
    }

    /// The volume of every set (see [`LoggedSet::volume_kg`]).
    pub fn volume_kg(&self, bodyweight_kg: Option<f64>) -> f64 {
        self.sets.iter().map(|s| s.volume_kg(bodyweight_kg)).sum()
    }

    pub fn details(&self) -> WorkoutDetails {
        WorkoutDetails { name: self.name.clone(), started_at: self.started_at, ended_at: self.ended_at }
    }

    pub fn set(&self, set_id: Uuid) -> Option<&LoggedSet> {
        self.sets.iter().find(|s| s.set_id == set_id)
    }

    pub fn duration(&self) -> Option<chrono::Duration> {
        self.ended_at.map(|end| end - self.started_at)
    }

    /// Which superset (index into `supersets`) `exercise` is part of.
    pub fn superset_of(&self, exercise: &str) -> Option<usize> {
        self.supersets.iter().position(|group| group.iter().any(|e| e == exercise))
    }

    /// Makes `exercises` one superset (taking them out of any other); one exercise alone just
    /// leaves its superset.
    pub(super) fn group(&mut self, exercises: &[String]) {
        for group in &mut self.supersets {
            group.retain(|e| !exercises.contains(e));
        }
        self.supersets.retain(|g| g.len() > 1);
        let members: Vec<String> =
            exercises.iter().filter(|e| self.exercises.iter().any(|x| x == *e)).cloned().collect();
        if members.len() > 1 {
            self.supersets.push(members);
        }
    }

    /// Puts the exercises in `order` (names it does not know are ignored, exercises it does
    /// not name keep their place after the others).
    pub(super) fn reorder(&mut self, order: &[String]) {
        let mut arranged: Vec<ExerciseName> =
            order.iter().filter_map(|name| self.exercises.iter().find(|e| *e == name)).cloned().collect();
        arranged.dedup();
        arranged.extend(self.exercises.iter().filter(|e| !order.iter().any(|name| name == *e)).cloned());
        self.exercises = arranged;
    }

    /// Takes an exercise and its sets out.
    pub(super) fn remove_exercise(&mut self, exercise: &str) {
        self.exercises.retain(|e| e != exercise);
        self.sets.retain(|s| s.facts.exercise != exercise);
        self.group(&[exercise.to_string()]);
    }

    /// Whether `exercise` appears anywhere in it (its exercises, sets, set indexes).
    pub(super) fn mentions(&self, exercise: &str) -> bool {
        self.exercises.iter().any(|e| e == exercise)
            || self.sets.iter().any(|s| s.facts.exercise == exercise)
            || self.next_index.contains(exercise)
    }

    /// An exercise's new name (a rename, or a merge into another).
    pub(super) fn rename_exercise(&mut self, from: &str, to: &ExerciseName) {
        let mut renamed = false;
        for e in &mut self.exercises {
            if e == from {
                *e = to.clone();
                renamed = true;
            }
        }
        if renamed {
            let mut seen = Vec::new();
            self.exercises.retain(|e| {
                let first = !seen.contains(e);
                seen.push(e.clone());
                first
            });
        }
        for set in &mut self.sets {
            if set.facts.exercise == from {
                set.facts.exercise = to.clone();
            }
        }
        for group in &mut self.supersets {
            for e in group.iter_mut().filter(|e| *e == from) {
                *e = to.to_string();
            }
        }
        if let Some(next) = self.next_index.remove(from) {
            self.next_index.raise(to, next);
        }
    }

    /// The name to show: the given one, else the first exercises.
    pub fn title(&self) -> String {
        match &self.name {
            Some(n) if !n.trim().is_empty() => n.clone(),
            _ if self.exercises.is_empty() => "Workout".to_string(),
            _ => self.exercises.iter().take(2).cloned().collect::<Vec<_>>().join(", "),
        }
    }
}

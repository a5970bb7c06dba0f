//! The projection: folds the event log into workouts and their sets. The single place where
//! corrections (updated / removed sets, discarded / deleted workouts) are resolved.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::event::{Event, EventKind, SetFacts, SetType};
use super::exercise::ExerciseDef;
use super::one_rep_max::estimated_1rm;

/// A set as it stands after every correction.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedSet {
    pub set_id: Uuid,
    pub facts: SetFacts,
    pub logged_at: DateTime<Utc>,
}

impl LoggedSet {
    /// Weight × reps in kg, for volume totals; warm-ups count as volume too.
    pub fn volume_kg(&self) -> f64 {
        match (self.facts.weight, self.facts.reps) {
            (Some(w), Some(r)) => w.kg * f64::from(r),
            _ => 0.0,
        }
    }

    /// Estimated 1RM in kg of a working set (not a warm-up).
    pub fn e1rm_kg(&self) -> Option<f64> {
        if self.facts.set_type == SetType::WarmUp {
            return None;
        }
        estimated_1rm(self.facts.weight?.kg, self.facts.reps?)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkoutStatus {
    InProgress,
    Completed,
    Discarded,
    Deleted,
}

/// One workout: its exercises in the order they were added, and its sets ordered by their
/// `set_index` (the order of the set tables; ties in log order).
#[derive(Debug, Clone, PartialEq)]
pub struct Workout {
    pub id: Uuid,
    pub name: Option<String>,
    pub repeat_of: Option<Uuid>,
    /// The app it was imported from, if it was.
    pub source: Option<String>,
    pub note: Option<String>,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub status: WorkoutStatus,
    pub exercises: Vec<String>,
    pub sets: Vec<LoggedSet>,
    /// Per exercise, one past the highest `set_index` ever logged in this workout, removed
    /// sets included, so a new set never reuses an index.
    next_index: HashMap<String, u32>,
}

impl Workout {
    /// The `set_index` a new set of `exercise` gets: unique within the exercise in this
    /// workout, even after removals.
    pub fn next_set_index(&self, exercise: &str) -> u32 {
        self.next_index.get(exercise).copied().unwrap_or(0)
    }

    fn insert_set(&mut self, set: LoggedSet) {
        let index = set.facts.set_index;
        let next = self.next_index.entry(set.facts.exercise.clone()).or_insert(0);
        *next = (*next).max(index.saturating_add(1));
        let position = self.sets.partition_point(|s| s.facts.set_index <= index);
        self.sets.insert(position, set);
    }

    pub fn sets_of<'a>(&'a self, exercise: &'a str) -> impl Iterator<Item = &'a LoggedSet> + 'a {
        self.sets.iter().filter(move |s| s.facts.exercise == exercise)
    }

    pub fn volume_kg(&self) -> f64 {
        self.sets.iter().map(LoggedSet::volume_kg).sum()
    }

    pub fn duration(&self) -> Option<chrono::Duration> {
        self.ended_at.map(|end| end - self.started_at)
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

/// Every workout and custom exercise the log describes; workouts in the order they started.
#[derive(Debug, Clone, Default)]
pub struct History {
    workouts: Vec<Workout>,
    index: HashMap<Uuid, usize>,
    custom_exercises: Vec<ExerciseDef>,
}

impl History {
    pub fn from_events<'a>(events: impl IntoIterator<Item = &'a Event>) -> History {
        let mut history = History::default();
        for event in events {
            history.apply(event);
        }
        history
    }

    /// Folds one event in. Events that refer to unknown workouts or sets, or arrive after a
    /// workout was discarded or deleted, change nothing.
    pub fn apply(&mut self, event: &Event) {
        if let EventKind::WorkoutStarted { workout_id, name, repeat_of, source, note } = &event.kind {
            if self.index.contains_key(workout_id) {
                return;
            }
            // Workouts stay in the order they were done, also when old ones are imported later.
            let position = self.workouts.partition_point(|w| w.started_at <= event.occurred_at);
            self.workouts.insert(
                position,
                Workout {
                    id: *workout_id,
                    name: name.clone(),
                    repeat_of: *repeat_of,
                    source: source.clone(),
                    note: note.clone(),
                    started_at: event.occurred_at,
                    ended_at: None,
                    status: WorkoutStatus::InProgress,
                    exercises: Vec::new(),
                    sets: Vec::new(),
                    next_index: HashMap::new(),
                },
            );
            for (i, w) in self.workouts.iter().enumerate().skip(position) {
                self.index.insert(w.id, i);
            }
            return;
        }
        if let EventKind::ExerciseCreated { exercise } = &event.kind {
            if !self.custom_exercises.iter().any(|e| e.name == exercise.name) {
                self.custom_exercises.push(exercise.clone());
            }
            return;
        }
        let Some(workout) = event.kind.workout_id().and_then(|id| self.index.get(&id)).map(|&i| &mut self.workouts[i])
        else {
            return;
        };
        if matches!(workout.status, WorkoutStatus::Discarded | WorkoutStatus::Deleted) {
            return;
        }
        match &event.kind {
            EventKind::ExerciseAdded { exercise, .. } => {
                if !workout.exercises.contains(exercise) {
                    workout.exercises.push(exercise.clone());
                }
            }
            EventKind::ExerciseRemoved { exercise, .. } => {
                workout.exercises.retain(|e| e != exercise);
                workout.sets.retain(|s| &s.facts.exercise != exercise);
            }
            EventKind::SetLogged { set_id, set, .. } => {
                if !workout.exercises.contains(&set.exercise) {
                    workout.exercises.push(set.exercise.clone());
                }
                if !workout.sets.iter().any(|s| s.set_id == *set_id) {
                    workout.insert_set(LoggedSet { set_id: *set_id, facts: set.clone(), logged_at: event.occurred_at });
                }
            }
            EventKind::SetUpdated { set_id, set, .. } => {
                if let Some(position) = workout.sets.iter().position(|s| s.set_id == *set_id) {
                    let mut updated = workout.sets.remove(position);
                    updated.facts = set.clone();
                    workout.insert_set(updated);
                }
            }
            EventKind::SetRemoved { set_id, .. } => workout.sets.retain(|s| s.set_id != *set_id),
            EventKind::WorkoutCompleted { .. } => {
                workout.status = WorkoutStatus::Completed;
                workout.ended_at = Some(event.occurred_at);
            }
            EventKind::WorkoutDiscarded { .. } => workout.status = WorkoutStatus::Discarded,
            EventKind::WorkoutDeleted { .. } => workout.status = WorkoutStatus::Deleted,
            EventKind::WorkoutStarted { .. } | EventKind::ExerciseCreated { .. } => unreachable!("handled above"),
        }
    }

    pub fn workout(&self, id: Uuid) -> Option<&Workout> {
        self.index.get(&id).map(|&i| &self.workouts[i])
    }

    /// Completed workouts, oldest first.
    pub fn completed(&self) -> impl DoubleEndedIterator<Item = &Workout> {
        self.workouts.iter().filter(|w| w.status == WorkoutStatus::Completed)
    }

    /// The workout started but neither completed nor discarded, latest first.
    pub fn in_progress(&self) -> Option<&Workout> {
        self.workouts.iter().rev().find(|w| w.status == WorkoutStatus::InProgress)
    }

    /// The most recent completed workout with sets of `exercise`, other than `excluding`.
    pub fn last_session_of(&self, exercise: &str, excluding: Option<Uuid>) -> Option<&Workout> {
        self.completed().rev().filter(|w| Some(w.id) != excluding).find(|w| w.sets_of(exercise).next().is_some())
    }

    pub fn custom_exercises(&self) -> &[ExerciseDef] {
        &self.custom_exercises
    }

    /// The progress of `exercise`: for each completed workout with a working set of it, when
    /// the workout started and its best estimated 1RM (kg), oldest first.
    pub fn e1rm_progress(&self, exercise: &str) -> Vec<(DateTime<Utc>, f64)> {
        let mut points: Vec<(DateTime<Utc>, f64)> = self
            .completed()
            .filter_map(|w| {
                let best = w.sets_of(exercise).filter_map(LoggedSet::e1rm_kg).reduce(f64::max)?;
                Some((w.started_at, best))
            })
            .collect();
        points.sort_by_key(|(at, _)| *at);
        points
    }

    /// The heaviest weight (kg) ever logged for `exercise` in a saved workout or the one in
    /// progress.
    pub fn heaviest_kg(&self, exercise: &str) -> Option<f64> {
        self.workouts
            .iter()
            .filter(|w| matches!(w.status, WorkoutStatus::Completed | WorkoutStatus::InProgress))
            .flat_map(|w| w.sets_of(exercise))
            .filter_map(|s| s.facts.weight.map(|w| w.kg))
            .reduce(f64::max)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::units::Weight;
    use chrono::TimeZone;

    struct Log {
        events: Vec<Event>,
        n: u128,
    }

    impl Log {
        fn new() -> Log {
            Log { events: Vec::new(), n: 1000 }
        }
        fn push(&mut self, kind: EventKind) {
            self.n += 1;
            let at = Utc.timestamp_opt(1_700_000_000 + self.n as i64 * 60, 0).unwrap();
            self.events.push(Event::new(Uuid::from_u128(self.n), at, kind));
        }
        fn history(&self) -> History {
            History::from_events(&self.events)
        }
    }

    fn w(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn set(exercise: &str, index: u32, kg: f64, reps: u32) -> SetFacts {
        SetFacts {
            exercise: exercise.into(),
            set_index: index,
            weight: Some(Weight::kg(kg)),
            reps: Some(reps),
            ..SetFacts::default()
        }
    }

    fn logged(workout: u128, set_id: u128, facts: SetFacts) -> EventKind {
        EventKind::SetLogged { workout_id: w(workout), set_id: w(set_id), set: facts }
    }

    #[test]
    fn a_completed_workout_holds_its_sets_in_order() {
        let mut log = Log::new();
        log.push(EventKind::WorkoutStarted {
            workout_id: w(1),
            name: Some("Legs".into()),
            repeat_of: None,
            source: None,
            note: None,
        });
        log.push(EventKind::ExerciseAdded { workout_id: w(1), exercise: "Squat".into() });
        log.push(logged(1, 10, set("Squat", 0, 100.0, 5)));
        log.push(logged(1, 11, set("Squat", 1, 110.0, 3)));
        log.push(EventKind::WorkoutCompleted { workout_id: w(1) });
        let h = log.history();
        let workout = h.workout(w(1)).unwrap();
        assert_eq!(workout.status, WorkoutStatus::Completed);
        assert_eq!(workout.exercises, vec!["Squat"]);
        assert_eq!(workout.sets.len(), 2);
        assert_eq!(workout.volume_kg(), 830.0);
        assert_eq!(workout.duration(), Some(chrono::Duration::minutes(4)));
        assert_eq!(h.completed().count(), 1);
        assert!(h.in_progress().is_none());
    }

    #[test]
    fn corrections_update_and_remove_sets() {
        let mut log = Log::new();
        log.push(EventKind::WorkoutStarted { workout_id: w(1), name: None, repeat_of: None, source: None, note: None });
        log.push(logged(1, 10, set("Squat", 0, 100.0, 5)));
        log.push(logged(1, 11, set("Squat", 1, 100.0, 5)));
        log.push(EventKind::SetUpdated { workout_id: w(1), set_id: w(10), set: set("Squat", 0, 102.5, 4) });
        log.push(EventKind::SetRemoved { workout_id: w(1), set_id: w(11) });
        log.push(EventKind::SetUpdated { workout_id: w(1), set_id: w(99), set: set("Squat", 5, 1.0, 1) });
        let h = log.history();
        let workout = h.in_progress().unwrap();
        assert_eq!(workout.sets.len(), 1);
        assert_eq!(workout.sets[0].facts.weight, Some(Weight::kg(102.5)));
        assert_eq!(workout.sets[0].facts.reps, Some(4));
        assert_eq!(workout.title(), "Squat");
    }

    #[test]
    fn sets_follow_their_index_and_indexes_are_never_reused() {
        let mut log = Log::new();
        log.push(EventKind::WorkoutStarted { workout_id: w(1), name: None, repeat_of: None, source: None, note: None });
        log.push(logged(1, 10, set("Squat", 0, 100.0, 5)));
        log.push(logged(1, 12, set("Squat", 2, 110.0, 3)));
        log.push(logged(1, 11, set("Squat", 1, 105.0, 4)));
        log.push(EventKind::SetRemoved { workout_id: w(1), set_id: w(12) });
        let h = log.history();
        let workout = h.workout(w(1)).unwrap();
        let indexes: Vec<u32> = workout.sets_of("Squat").map(|s| s.facts.set_index).collect();
        assert_eq!(indexes, [0, 1], "in table order, not log order");
        assert_eq!(workout.next_set_index("Squat"), 3, "the removed set's index stays used");
        assert_eq!(workout.next_set_index("Bench Press"), 0);
    }

    #[test]
    fn an_older_workout_recorded_later_takes_its_place_in_time() {
        let mut log = Log::new();
        log.push(EventKind::WorkoutStarted { workout_id: w(2), name: None, repeat_of: None, source: None, note: None });
        log.push(logged(2, 20, set("Squat", 0, 120.0, 5)));
        log.push(EventKind::WorkoutCompleted { workout_id: w(2) });
        let mut events = log.events.clone();
        // An import of last year's workout, recorded now.
        let last_year = events[0].occurred_at - chrono::Duration::days(365);
        let mut import = |n: u128, kind: EventKind| {
            let mut e = Event::new(Uuid::from_u128(n), events.last().unwrap().created_at, kind);
            e.occurred_at = last_year;
            events.push(e);
        };
        import(
            900,
            EventKind::WorkoutStarted {
                workout_id: w(1),
                name: None,
                repeat_of: None,
                source: Some("strong".into()),
                note: None,
            },
        );
        import(901, logged(1, 10, set("Squat", 0, 100.0, 5)));
        import(902, EventKind::WorkoutCompleted { workout_id: w(1) });
        let h = History::from_events(&events);
        let order: Vec<Uuid> = h.completed().map(|w| w.id).collect();
        assert_eq!(order, [w(1), w(2)]);
        assert_eq!(h.last_session_of("Squat", None).unwrap().id, w(2), "the latest session is the latest in time");
        assert_eq!(h.workout(w(2)).unwrap().sets[0].facts.weight.unwrap().kg, 120.0, "the index follows the shift");
        assert_eq!(h.workout(w(1)).unwrap().source.as_deref(), Some("strong"));
    }

    #[test]
    fn discarded_and_deleted_workouts_do_not_count() {
        let mut log = Log::new();
        log.push(EventKind::WorkoutStarted { workout_id: w(1), name: None, repeat_of: None, source: None, note: None });
        log.push(logged(1, 10, set("Squat", 0, 100.0, 5)));
        log.push(EventKind::WorkoutDiscarded { workout_id: w(1) });
        log.push(EventKind::WorkoutCompleted { workout_id: w(1) });
        log.push(EventKind::WorkoutStarted { workout_id: w(2), name: None, repeat_of: None, source: None, note: None });
        log.push(logged(2, 20, set("Squat", 0, 100.0, 5)));
        log.push(EventKind::WorkoutCompleted { workout_id: w(2) });
        log.push(EventKind::WorkoutDeleted { workout_id: w(2) });
        let h = log.history();
        assert_eq!(h.workout(w(1)).unwrap().status, WorkoutStatus::Discarded);
        assert_eq!(h.workout(w(2)).unwrap().status, WorkoutStatus::Deleted);
        assert_eq!(h.completed().count(), 0);
        assert!(h.in_progress().is_none());
        assert!(h.last_session_of("Squat", None).is_none());
    }

    #[test]
    fn last_session_and_best_e1rm_skip_the_current_workout() {
        let mut log = Log::new();
        for (id, kg) in [(1, 100.0), (2, 105.0)] {
            log.push(EventKind::WorkoutStarted {
                workout_id: w(id),
                name: None,
                repeat_of: None,
                source: None,
                note: None,
            });
            log.push(logged(id, id * 10, set("Bench Press", 0, kg, 5)));
            log.push(EventKind::WorkoutCompleted { workout_id: w(id) });
        }
        log.push(EventKind::WorkoutStarted { workout_id: w(3), name: None, repeat_of: None, source: None, note: None });
        log.push(logged(3, 30, set("Squat", 0, 140.0, 1)));
        let h = log.history();
        assert_eq!(h.last_session_of("Bench Press", None).unwrap().id, w(2));
        assert_eq!(h.last_session_of("Bench Press", Some(w(2))).unwrap().id, w(1));
        assert!(h.last_session_of("Squat", None).is_none(), "in-progress workouts are not sessions yet");
        assert_eq!(h.best_e1rm("Bench Press", None), Some(105.0 * (1.0 + 5.0 / 30.0)));
        assert_eq!(h.best_e1rm("Bench Press", Some(w(2))), Some(100.0 * (1.0 + 5.0 / 30.0)));
    }

    #[test]
    fn progress_is_the_best_e1rm_of_each_workout() {
        let mut log = Log::new();
        for (id, sets) in [(1, vec![(100.0, 5), (110.0, 3)]), (2, vec![(60.0, 0), (60.0, 30)]), (3, vec![(120.0, 1)])] {
            log.push(EventKind::WorkoutStarted {
                workout_id: w(id),
                name: None,
                repeat_of: None,
                source: None,
                note: None,
            });
            for (i, (kg, reps)) in sets.into_iter().enumerate() {
                log.push(logged(id, id * 10 + i as u128, set("Squat", i as u32, kg, reps)));
            }
            log.push(EventKind::WorkoutCompleted { workout_id: w(id) });
        }
        let progress: Vec<f64> = log.history().e1rm_progress("Squat").into_iter().map(|(_, kg)| kg).collect();
        // 100×5 → 116.67, 110×3 → 121; zero reps and 30 reps have no e1RM; 120×1 → 120.
        assert_eq!(progress.len(), 2);
        assert!((progress[0] - 121.0).abs() < 1e-9);
        assert_eq!(progress[1], 120.0);
        assert!(log.history().e1rm_progress("Deadlift").is_empty());
    }

    #[test]
    fn warm_ups_have_no_e1rm_and_duplicates_are_ignored() {
        let mut log = Log::new();
        log.push(EventKind::WorkoutStarted { workout_id: w(1), name: None, repeat_of: None, source: None, note: None });
        log.push(EventKind::WorkoutStarted {
            workout_id: w(1),
            name: Some("again".into()),
            repeat_of: None,
            source: None,
            note: None,
        });
        let mut warm = set("Squat", 0, 60.0, 5);
        warm.set_type = SetType::WarmUp;
        log.push(logged(1, 10, warm.clone()));
        log.push(logged(1, 10, warm));
        let h = log.history();
        let workout = h.workout(w(1)).unwrap();
        assert_eq!(workout.name, None);
        assert_eq!(workout.sets.len(), 1);
        assert_eq!(workout.sets[0].e1rm_kg(), None);
    }
}

//! The projection from hand-built event sequences.

use super::*;
use crate::domain::event::{Event, EventKind, SetFacts, SetType};
use crate::domain::name::ExerciseName;
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
fn every_set_and_workout_of_an_exercise_shares_one_copy_of_its_name() {
    let mut log = Log::new();
    for workout in [1, 2] {
        log.push(EventKind::workout_started(w(workout), None));
        log.push(EventKind::ExerciseAdded { workout_id: w(workout), exercise: "Squat".into() });
        for i in 0..3 {
            log.push(logged(workout, workout * 100 + i, set("Squat", i as u32, 100.0, 5)));
        }
        log.push(EventKind::WorkoutCompleted { workout_id: w(workout) });
    }
    let h = log.history();
    let first = &h.workout(w(1)).unwrap().exercises[0];
    let names = h.completed().flat_map(|w| w.exercises.iter().chain(w.sets.iter().map(|s| &s.facts.exercise)));
    let names: Vec<&ExerciseName> = names.collect();
    assert_eq!(names.len(), 8);
    assert!(names.iter().all(|n| n.is_same_copy(first)), "one allocation per exercise, not per set");
}

#[test]
fn a_completed_workout_holds_its_sets_in_order() {
    let mut log = Log::new();
    log.push(EventKind::workout_started(w(1), Some("Legs")));
    log.push(EventKind::ExerciseAdded { workout_id: w(1), exercise: "Squat".into() });
    log.push(logged(1, 10, set("Squat", 0, 100.0, 5)));
    log.push(logged(1, 11, set("Squat", 1, 110.0, 3)));
    log.push(EventKind::WorkoutCompleted { workout_id: w(1) });
    let h = log.history();
    let workout = h.workout(w(1)).unwrap();
    assert_eq!(workout.status, WorkoutStatus::Completed);
    assert_eq!(workout.exercises, vec!["Squat"]);
    assert_eq!(workout.sets.len(), 2);
    assert_eq!(workout.sets.capacity(), 2, "saved: no room kept for more sets");
    assert_eq!(workout.volume_kg(None), 830.0);
    assert_eq!(workout.duration(), Some(chrono::Duration::minutes(4)));
    assert_eq!(h.completed().count(), 1);
    assert!(h.in_progress().is_none());
}

#[test]
fn corrections_update_and_remove_sets() {
    let mut log = Log::new();
    log.push(EventKind::workout_started(w(1), None));
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
    log.push(EventKind::workout_started(w(1), None));
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
    log.push(EventKind::workout_started(w(2), None));
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
            routine: None,
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
    log.push(EventKind::workout_started(w(1), None));
    log.push(logged(1, 10, set("Squat", 0, 100.0, 5)));
    log.push(EventKind::WorkoutDiscarded { workout_id: w(1) });
    log.push(EventKind::WorkoutCompleted { workout_id: w(1) });
    log.push(EventKind::workout_started(w(2), None));
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
        log.push(EventKind::workout_started(w(id), None));
        log.push(logged(id, id * 10, set("Bench Press", 0, kg, 5)));
        log.push(EventKind::WorkoutCompleted { workout_id: w(id) });
    }
    log.push(EventKind::workout_started(w(3), None));
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
        log.push(EventKind::workout_started(w(id), None));
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
    log.push(EventKind::workout_started(w(1), None));
    log.push(EventKind::workout_started(w(1), Some("again")));
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

#[test]
fn a_clone_shares_the_workouts_and_a_change_copies_only_the_one_it_changes() {
    let mut log = Log::new();
    for id in [1, 2] {
        log.push(EventKind::workout_started(w(id), None));
        log.push(logged(id, id * 10, set("Squat", 0, 100.0, 5)));
    }
    log.push(logged(1, 11, set("Bench Press", 0, 80.0, 5)));
    let mut history = log.history();
    let snapshot = history.clone();
    let shared = |a: &History, b: &History, i: usize| Arc::ptr_eq(&a.workouts[i], &b.workouts[i]);
    assert!(shared(&history, &snapshot, 0) && shared(&history, &snapshot, 1), "a clone copies no workout");

    history.apply(&Event::new(w(500), Utc::now(), logged(2, 21, set("Squat", 1, 105.0, 5))));
    assert!(shared(&history, &snapshot, 0), "the other workout is still shared");
    assert!(!shared(&history, &snapshot, 1));
    assert_eq!((history.workout(w(2)).unwrap().sets.len(), snapshot.workout(w(2)).unwrap().sets.len()), (2, 1));

    // A rename copies only the workouts that have the exercise.
    history.apply(&Event::new(
        w(501),
        Utc::now(),
        EventKind::ExerciseRenamed { from: "Bench Press".into(), to: "Bench".into() },
    ));
    assert!(!shared(&history, &snapshot, 0));
    assert_eq!(history.workout(w(1)).unwrap().exercises, ["Squat", "Bench"]);
    assert_eq!(snapshot.workout(w(1)).unwrap().exercises, ["Squat", "Bench Press"]);
}

/// A StrongLifts A day started from the followed program, with `squat` kg squatted 5×`reps`.
fn program_day(log: &mut Log, workout: u128, day: usize, squat: f64, reps: u32, complete: bool) {
    let h = log.history();
    let next = h.program_progress().unwrap().next;
    log.push(EventKind::workout_started(w(workout), Some("StrongLifts")));
    log.push(EventKind::ProgramWorkoutStarted {
        workout_id: w(workout),
        slug: "stronglifts-5x5".into(),
        day,
        prescription: next,
    });
    for i in 0..5 {
        log.push(logged(workout, workout * 100 + i, set("Squat", i as u32, squat, reps)));
    }
    if complete {
        log.push(EventKind::WorkoutCompleted { workout_id: w(workout) });
    }
}

#[test]
fn a_followed_program_stands_where_its_completed_workouts_fold_it() {
    use crate::domain::units::WeightUnit;
    let mut log = Log::new();
    assert!(log.history().program_progress().is_none(), "nothing followed");
    let starting = [("Squat".to_string(), 100.0)].into();
    log.push(EventKind::ProgramStarted { slug: "stronglifts-5x5".into(), unit: WeightUnit::Kg, starting });
    let h = log.history();
    let progress = h.program_progress().unwrap();
    assert_eq!((progress.next.day_name.as_str(), progress.state.sessions), ("Workout A", 0));
    program_day(&mut log, 1, 0, 100.0, 5, true);
    let h = log.history();
    assert_eq!(h.program_workout(w(1)).unwrap().prescription.day_name, "Workout A");
    let progress = h.program_progress().unwrap();
    assert_eq!(progress.next.day_name, "Workout B");
    assert_eq!(progress.next.exercise("Squat").unwrap().sets[0].weight, Some(Weight::kg(102.5)));
    let words: Vec<String> = progress.last_outcomes.iter().map(|o| o.to_string()).collect();
    assert_eq!(words[0], "Squat +2.5 kg next time (102.5 kg)");
    // An unsaved B with a failed squat: its outcomes, but no change to where the program stands.
    program_day(&mut log, 2, 1, 102.5, 3, false);
    let h = log.history();
    let words: Vec<String> = h.program_outcomes(w(2)).iter().map(|o| o.to_string()).collect();
    assert!(words[0].starts_with("Squat: 102.5 kg again next time"), "{words:?}");
    assert_eq!(h.program_progress().unwrap().state.sessions, 1);
    // Deleting the first workout folds it out.
    log.push(EventKind::WorkoutDeleted { workout_id: w(1) });
    assert_eq!(log.history().program_progress().unwrap().state.sessions, 0);
    log.push(EventKind::ProgramStopped { slug: "stronglifts-5x5".into() });
    assert!(log.history().program_progress().is_none());
}

#[test]
fn the_lifters_own_program_is_its_latest_save() {
    use crate::domain::program::builtin;
    use crate::domain::units::WeightUnit;
    let mut log = Log::new();
    let mut mine = builtin::gzclp(WeightUnit::Kg).copy_as("my-gzclp", "My GZCLP");
    log.push(EventKind::ProgramSaved { program: mine.clone() });
    mine.days.truncate(2);
    log.push(EventKind::ProgramSaved { program: mine.clone() });
    let h = log.history();
    assert_eq!(h.own_programs(), [mine]);
    assert_eq!(h.find_program("my-gzclp", WeightUnit::Kg).unwrap().days.len(), 2);
    assert_eq!(h.find_program("gzclp", WeightUnit::Kg).unwrap().days.len(), 4, "the built-in");
    log.push(EventKind::ProgramDeleted { slug: "my-gzclp".into() });
    assert!(log.history().own_programs().is_empty());
}

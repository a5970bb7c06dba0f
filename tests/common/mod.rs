//! Shared helpers for the integration tests: temp data dirs and a little history.
#![allow(dead_code)]

pub mod ui;

use chrono::{DateTime, Duration, TimeZone, Utc};
use gymlog::domain::event::{Event, EventKind, SetFacts, SetType};
use gymlog::domain::units::{Weight, WeightUnit};
use gymlog::paths::Paths;
use uuid::Uuid;

pub fn temp_paths() -> (tempfile::TempDir, Paths) {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(dir.path());
    paths.create().unwrap();
    (dir, paths)
}

/// A store at `paths` holding `years` of demo training ending 2026-11-01 (the same for a seed).
pub fn demo_store(paths: &Paths, years: u32, seed: u64) -> gymlog::store::Store {
    let store = gymlog::store::Store::open(&paths.store_file()).unwrap();
    let until = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    store.append(&gymlog::demo::generate(&gymlog::demo::DemoSpec { years, seed, until, max_events: None })).unwrap();
    store
}

pub fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 1, 9, 0, 0).unwrap() + Duration::minutes(minutes)
}

/// A completed workout starting at `start` (minutes) with one exercise and `sets` sets.
pub fn workout(n: u128, start: i64, exercise: &str, kg: f64, sets: u32) -> Vec<Event> {
    let workout_id = Uuid::from_u128(n << 32);
    let mut id = (n << 32) + 1;
    let mut next = |kind: EventKind, minute: i64| {
        id += 1;
        Event::new(Uuid::from_u128(id), at(start + minute), kind)
    };
    let mut events = vec![next(EventKind::workout_started(workout_id, Some(format!("W{n}").as_str())), 0)];
    events.push(next(EventKind::ExerciseAdded { workout_id, exercise: exercise.into() }, 1));
    for i in 0..sets {
        let set = SetFacts {
            exercise: exercise.into(),
            set_index: i,
            set_type: if i == 0 { SetType::WarmUp } else { SetType::Normal },
            weight: Some(Weight::entered(kg, WeightUnit::Kg)),
            reps: Some(5),
            rpe: (i == sets - 1).then_some(8.5),
            note: (i == 1).then(|| "it's \"fine\"; really".into()),
            ..SetFacts::default()
        };
        events.push(next(
            EventKind::SetLogged { workout_id, set_id: Uuid::from_u128((n << 32) + 5000 + u128::from(i)), set },
            2 + i64::from(i),
        ));
    }
    events.push(next(EventKind::WorkoutCompleted { workout_id }, 30));
    events
}

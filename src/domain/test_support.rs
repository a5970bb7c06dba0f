//! Small fixtures shared by the domain's unit tests.

use chrono::{DateTime, TimeZone, Utc};
use uuid::Uuid;

use super::event::{Event, EventKind, SetFacts};
use super::projection::History;
use super::units::Weight;

/// `m` minutes after a fixed instant.
pub fn at(m: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_700_000_000 + m * 60, 0).unwrap()
}

pub fn facts(kg: f64, reps: u32, index: u32) -> SetFacts {
    SetFacts {
        exercise: "Squat".into(),
        set_index: index,
        weight: Some(Weight::kg(kg)),
        reps: Some(reps),
        ..SetFacts::default()
    }
}

pub fn history_with_one_squat_session() -> History {
    let w = Uuid::from_u128(1);
    let kinds = vec![
        EventKind::workout_started(w, None),
        EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(2), set: facts(100.0, 5, 0) },
        EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(3), set: facts(110.0, 3, 1) },
        EventKind::WorkoutCompleted { workout_id: w },
    ];
    let events: Vec<Event> = kinds
        .into_iter()
        .enumerate()
        .map(|(i, k)| Event::new(Uuid::from_u128(100 + i as u128), at(i as i64), k))
        .collect();
    History::from_events(&events)
}

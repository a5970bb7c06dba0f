//! The flat, typed row an event takes in the store and in a backup (one column per fact), and
//! the mapping both ways, so the store only moves rows and never decides what a column means.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::event::{EVENT_SCHEMA_VERSION, Event, EventKind, SetFacts, SetType};
use super::exercise::ExerciseDef;
use super::units::{Weight, WeightUnit};

/// The flat, typed row an event is stored as (one column each, all but the first four
/// nullable). The store's column table (`store::columns`) says which field is which column.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventRow {
    pub event_id: Uuid,
    pub created_at: DateTime<Utc>,
    pub event_type: String,
    pub schema_version: i16,
    pub occurred_at: Option<DateTime<Utc>>,
    pub workout_id: Option<Uuid>,
    pub workout_name: Option<String>,
    pub set_id: Option<Uuid>,
    pub exercise: Option<String>,
    pub set_index: Option<i32>,
    pub set_type: Option<String>,
    pub weight_kg: Option<f64>,
    pub weight_unit: Option<String>,
    pub reps: Option<i32>,
    pub rpe: Option<f64>,
    pub distance_m: Option<f64>,
    pub duration_s: Option<f64>,
    pub note: Option<String>,
    /// JSON text: whatever the event carries beyond the typed columns.
    pub payload: Option<String>,
}

/// A row that does not describe a known event.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("event {event_id} ({event_type}): {problem}")]
pub struct RowError {
    pub event_id: Uuid,
    pub event_type: String,
    pub problem: String,
}

#[derive(Serialize, Deserialize, Default)]
struct Payload {
    #[serde(skip_serializing_if = "Option::is_none")]
    repeat_of: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    muscle_group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    equipment: Option<String>,
}

impl EventRow {
    pub fn from_event(event: &Event) -> EventRow {
        let mut row = EventRow {
            event_id: event.id,
            created_at: event.created_at,
            event_type: event.kind.type_name().to_string(),
            schema_version: EVENT_SCHEMA_VERSION,
            occurred_at: Some(event.occurred_at),
            workout_id: event.kind.workout_id(),
            ..EventRow::default()
        };
        let mut payload = Payload::default();
        match &event.kind {
            EventKind::WorkoutStarted { name, repeat_of, source, note, .. } => {
                row.workout_name = name.clone();
                row.note = note.clone();
                payload.repeat_of = *repeat_of;
                payload.source = source.clone();
            }
            EventKind::ExerciseAdded { exercise, .. } | EventKind::ExerciseRemoved { exercise, .. } => {
                row.exercise = Some(exercise.clone());
            }
            EventKind::SetLogged { set_id, set, .. } | EventKind::SetUpdated { set_id, set, .. } => {
                row.set_id = Some(*set_id);
                row.exercise = Some(set.exercise.clone());
                row.set_index = Some(set.set_index as i32);
                row.set_type = Some(set.set_type.as_str().to_string());
                row.weight_kg = set.weight.map(|w| w.kg);
                row.weight_unit = set.weight.map(|w| w.entered_unit.as_str().to_string());
                row.reps = set.reps.map(|r| r as i32);
                row.rpe = set.rpe;
                row.distance_m = set.distance_m;
                row.duration_s = set.duration_s;
                row.note = set.note.clone();
            }
            EventKind::SetRemoved { set_id, .. } => row.set_id = Some(*set_id),
            EventKind::ExerciseCreated { exercise } => {
                row.exercise = Some(exercise.name.clone());
                payload.muscle_group = Some(exercise.muscle_group.clone());
                payload.equipment = Some(exercise.equipment.clone());
            }
            EventKind::WorkoutCompleted { .. }
            | EventKind::WorkoutDiscarded { .. }
            | EventKind::WorkoutDeleted { .. } => {}
        }
        let json = serde_json::to_string(&payload).expect("payload serialises");
        row.payload = (json != "{}").then_some(json);
        row
    }

    pub fn to_event(&self) -> Result<Event, RowError> {
        let fail = |problem: &str| RowError {
            event_id: self.event_id,
            event_type: self.event_type.clone(),
            problem: problem.to_string(),
        };
        let payload: Payload = match &self.payload {
            Some(text) => serde_json::from_str(text).map_err(|e| fail(&format!("payload: {e}")))?,
            None => Payload::default(),
        };
        let workout_id = || self.workout_id.ok_or_else(|| fail("missing workout_id"));
        let set_id = || self.set_id.ok_or_else(|| fail("missing set_id"));
        let exercise = || self.exercise.clone().ok_or_else(|| fail("missing exercise"));
        let set = || -> Result<SetFacts, RowError> {
            let unit = match &self.weight_unit {
                Some(u) => WeightUnit::parse(u).ok_or_else(|| fail("unknown weight_unit"))?,
                None => WeightUnit::Kg,
            };
            Ok(SetFacts {
                exercise: exercise()?,
                set_index: self.set_index.unwrap_or(0).max(0) as u32,
                set_type: match &self.set_type {
                    Some(t) => SetType::parse(t).ok_or_else(|| fail("unknown set_type"))?,
                    None => SetType::Normal,
                },
                weight: self.weight_kg.map(|kg| Weight { kg, entered_unit: unit }),
                reps: self.reps.map(|r| r.max(0) as u32),
                rpe: self.rpe,
                distance_m: self.distance_m,
                duration_s: self.duration_s,
                note: self.note.clone(),
            })
        };
        let kind = match self.event_type.as_str() {
            "workout_started" => EventKind::WorkoutStarted {
                workout_id: workout_id()?,
                name: self.workout_name.clone(),
                repeat_of: payload.repeat_of,
                source: payload.source,
                note: self.note.clone(),
            },
            "exercise_added" => EventKind::ExerciseAdded { workout_id: workout_id()?, exercise: exercise()? },
            "exercise_removed" => EventKind::ExerciseRemoved { workout_id: workout_id()?, exercise: exercise()? },
            "set_logged" => EventKind::SetLogged { workout_id: workout_id()?, set_id: set_id()?, set: set()? },
            "set_updated" => EventKind::SetUpdated { workout_id: workout_id()?, set_id: set_id()?, set: set()? },
            "set_removed" => EventKind::SetRemoved { workout_id: workout_id()?, set_id: set_id()? },
            "workout_completed" => EventKind::WorkoutCompleted { workout_id: workout_id()? },
            "workout_discarded" => EventKind::WorkoutDiscarded { workout_id: workout_id()? },
            "workout_deleted" => EventKind::WorkoutDeleted { workout_id: workout_id()? },
            "exercise_created" => EventKind::ExerciseCreated {
                exercise: ExerciseDef {
                    name: exercise()?,
                    muscle_group: payload.muscle_group.unwrap_or_default(),
                    equipment: payload.equipment.unwrap_or_default(),
                },
            },
            _ => return Err(fail("unknown event type")),
        };
        Ok(Event {
            id: self.event_id,
            created_at: self.created_at,
            occurred_at: self.occurred_at.unwrap_or(self.created_at),
            kind,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000 + s, 0).unwrap()
    }

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    #[test]
    fn every_kind_survives_the_row_round_trip() {
        let set = SetFacts {
            exercise: "Bench Press".into(),
            set_index: 2,
            set_type: SetType::Failure,
            weight: Some(Weight::entered(225.0, WeightUnit::Lb)),
            reps: Some(5),
            rpe: Some(9.5),
            distance_m: None,
            duration_s: None,
            note: Some("paused, it's \"heavy\"".into()),
        };
        let kinds = vec![
            EventKind::WorkoutStarted {
                workout_id: id(1),
                name: Some("Push".into()),
                repeat_of: Some(id(9)),
                source: Some("strong".into()),
                note: Some("felt good".into()),
            },
            EventKind::ExerciseAdded { workout_id: id(1), exercise: "Bench Press".into() },
            EventKind::ExerciseRemoved { workout_id: id(1), exercise: "Dips".into() },
            EventKind::SetLogged { workout_id: id(1), set_id: id(2), set: set.clone() },
            EventKind::SetUpdated { workout_id: id(1), set_id: id(2), set },
            EventKind::SetRemoved { workout_id: id(1), set_id: id(2) },
            EventKind::WorkoutCompleted { workout_id: id(1) },
            EventKind::WorkoutDiscarded { workout_id: id(1) },
            EventKind::WorkoutDeleted { workout_id: id(1) },
            EventKind::ExerciseCreated {
                exercise: ExerciseDef {
                    name: "Zercher Squat".into(),
                    muscle_group: "Legs".into(),
                    equipment: "Barbell".into(),
                },
            },
        ];
        for (n, kind) in kinds.into_iter().enumerate() {
            let event = Event::new(id(100 + n as u128), at(n as i64), kind);
            let row = EventRow::from_event(&event);
            assert_eq!(row.to_event().unwrap(), event, "{}", row.event_type);
        }
    }

    #[test]
    fn typed_columns_hold_the_facts() {
        let event = Event::new(
            id(1),
            at(0),
            EventKind::SetLogged {
                workout_id: id(2),
                set_id: id(3),
                set: SetFacts {
                    exercise: "Squat".into(),
                    weight: Some(Weight::kg(140.0)),
                    reps: Some(3),
                    ..SetFacts::default()
                },
            },
        );
        let row = EventRow::from_event(&event);
        assert_eq!(row.event_type, "set_logged");
        assert_eq!(row.exercise.as_deref(), Some("Squat"));
        assert_eq!(row.weight_kg, Some(140.0));
        assert_eq!(row.weight_unit.as_deref(), Some("kg"));
        assert_eq!(row.reps, Some(3));
        assert_eq!(row.set_type.as_deref(), Some("normal"));
        assert_eq!(row.payload, None);
    }

    #[test]
    fn unknown_rows_are_errors_not_panics() {
        let row = EventRow { event_type: "set_teleported".into(), ..EventRow::default() };
        assert_eq!(row.to_event().unwrap_err().problem, "unknown event type");
        let row = EventRow { event_type: "set_logged".into(), ..EventRow::default() };
        assert_eq!(row.to_event().unwrap_err().problem, "missing workout_id");
    }
}

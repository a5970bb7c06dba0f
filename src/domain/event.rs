//! The events of the log (DESIGN.md §4): what a lifter did, as facts that are only ever
//! appended. Their flat row shape (store, backup) is in `event_row`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::exercise::ExerciseDef;
use super::units::Weight;

/// Version of the event shape written by this build (the `schema_version` column).
pub const EVENT_SCHEMA_VERSION: i16 = 1;

/// The kind of a set, as lifters name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SetType {
    #[default]
    Normal,
    WarmUp,
    Drop,
    Failure,
}

impl SetType {
    pub const ALL: [SetType; 4] = [SetType::Normal, SetType::WarmUp, SetType::Drop, SetType::Failure];

    pub fn as_str(self) -> &'static str {
        match self {
            SetType::Normal => "normal",
            SetType::WarmUp => "warm_up",
            SetType::Drop => "drop",
            SetType::Failure => "failure",
        }
    }

    pub fn parse(text: &str) -> Option<SetType> {
        SetType::ALL.into_iter().find(|t| t.as_str() == text)
    }

    /// Short label for a set table: `W`, `D`, `F`, or the set number for normal sets.
    pub fn label(self) -> &'static str {
        match self {
            SetType::Normal => "Normal",
            SetType::WarmUp => "Warm-up",
            SetType::Drop => "Drop",
            SetType::Failure => "Failure",
        }
    }
}

/// The lifting facts of one set. Every field but the exercise is optional: a plank has no
/// weight, a run has distance and duration.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SetFacts {
    pub exercise: String,
    /// Position of the set within its exercise in the workout, from 0.
    pub set_index: u32,
    pub set_type: SetType,
    pub weight: Option<Weight>,
    pub reps: Option<u32>,
    /// Rate of perceived exertion, 6–10 in 0.5 steps.
    pub rpe: Option<f64>,
    pub distance_m: Option<f64>,
    pub duration_s: Option<f64>,
    pub note: Option<String>,
}

/// What happened. Corrections are events of their own; nothing is ever rewritten.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    WorkoutStarted {
        workout_id: Uuid,
        name: Option<String>,
        repeat_of: Option<Uuid>,
        /// Where the workout came from when it was imported (`strong`, `hevy`); `None` when
        /// logged in GymLog.
        source: Option<String>,
        /// The lifter's note on the whole workout.
        note: Option<String>,
    },
    ExerciseAdded {
        workout_id: Uuid,
        exercise: String,
    },
    ExerciseRemoved {
        workout_id: Uuid,
        exercise: String,
    },
    SetLogged {
        workout_id: Uuid,
        set_id: Uuid,
        set: SetFacts,
    },
    SetUpdated {
        workout_id: Uuid,
        set_id: Uuid,
        set: SetFacts,
    },
    SetRemoved {
        workout_id: Uuid,
        set_id: Uuid,
    },
    WorkoutCompleted {
        workout_id: Uuid,
    },
    WorkoutDiscarded {
        workout_id: Uuid,
    },
    WorkoutDeleted {
        workout_id: Uuid,
    },
    ExerciseCreated {
        exercise: ExerciseDef,
    },
}

impl EventKind {
    /// The `event_type` column value.
    pub fn type_name(&self) -> &'static str {
        match self {
            EventKind::WorkoutStarted { .. } => "workout_started",
            EventKind::ExerciseAdded { .. } => "exercise_added",
            EventKind::ExerciseRemoved { .. } => "exercise_removed",
            EventKind::SetLogged { .. } => "set_logged",
            EventKind::SetUpdated { .. } => "set_updated",
            EventKind::SetRemoved { .. } => "set_removed",
            EventKind::WorkoutCompleted { .. } => "workout_completed",
            EventKind::WorkoutDiscarded { .. } => "workout_discarded",
            EventKind::WorkoutDeleted { .. } => "workout_deleted",
            EventKind::ExerciseCreated { .. } => "exercise_created",
        }
    }

    pub fn workout_id(&self) -> Option<Uuid> {
        match self {
            EventKind::WorkoutStarted { workout_id, .. }
            | EventKind::ExerciseAdded { workout_id, .. }
            | EventKind::ExerciseRemoved { workout_id, .. }
            | EventKind::SetLogged { workout_id, .. }
            | EventKind::SetUpdated { workout_id, .. }
            | EventKind::SetRemoved { workout_id, .. }
            | EventKind::WorkoutCompleted { workout_id }
            | EventKind::WorkoutDiscarded { workout_id }
            | EventKind::WorkoutDeleted { workout_id } => Some(*workout_id),
            EventKind::ExerciseCreated { .. } => None,
        }
    }
}

/// One event: its identity, when it was recorded, when the fact happened, and the fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// UUID v7 (time-ordered), made by the caller: the key for idempotent restore.
    pub id: Uuid,
    /// When the event was recorded (UTC).
    pub created_at: DateTime<Utc>,
    /// When the lifting fact happened (UTC): equal to `created_at` for live logging,
    /// earlier for imported history.
    pub occurred_at: DateTime<Utc>,
    pub kind: EventKind,
}

impl Event {
    /// An event recorded at the moment it happened.
    pub fn new(id: Uuid, at: DateTime<Utc>, kind: EventKind) -> Event {
        Event { id, created_at: at, occurred_at: at, kind }
    }
}

//! The events of the log (DESIGN.md §4): what a lifter did, as facts that are only ever
//! appended. Their flat row shape (store, backup) is in `event_row`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::exercise::{ExerciseDef, ExerciseKind};
use super::measurement::{Reading, Site};
use super::name::ExerciseName;
use super::program::{NextSession, PlannedSet, Program, Starting};
use super::routine::Routine;
pub use super::set_type::SetType;
use super::units::{Weight, WeightUnit};

/// Version of the event shapes written by this build (the `schema_version` column). Version 2
/// added exercise kinds, bodyweight, routines, rest times, supersets, exercise order and the
/// renaming, merging and deleting of custom exercises; every version-1 event reads unchanged.
/// Version 3 added `workout_edited` (a saved workout's name, start and end corrected).
/// Version 4 added `query_saved` and `query_deleted` (the Insights console's saved queries).
/// Version 5 added `exercise_note_set` (the lifter's standing note on an exercise).
/// Version 6 added `measurement_logged`, `measurement_corrected` and `measurement_removed`, and
/// programs: `program_saved`, `program_deleted`, `program_started`, `program_stopped` and
/// `program_workout_started` (docs/programs.md).
/// Version 7 added `program_target_overridden` (a program day's target changed for one workout).
pub const EVENT_SCHEMA_VERSION: i16 = 7;

/// The lifting facts of one set. Every field but the exercise is optional: a plank has no
/// weight, a run has distance and duration.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SetFacts {
    pub exercise: ExerciseName,
    /// Position of the set within its exercise in the workout, from 0.
    pub set_index: u32,
    pub set_type: SetType,
    pub weight: Option<Weight>,
    pub reps: Option<u32>,
    /// Rate of perceived exertion, 6–10 in 0.5 steps.
    pub rpe: Option<f64>,
    pub distance_m: Option<f64>,
    pub duration_s: Option<f64>,
    /// A boxed `str`, not a `String`: most sets have no note, and every set pays for the field
    /// (8 bytes less a set: 6 MiB at a million events).
    pub note: Option<Box<str>>,
    /// What the exercise's sets record (weight × reps unless said otherwise).
    pub kind: ExerciseKind,
}

impl SetFacts {
    /// The load moved, in kg × reps, for volume totals (warm-ups count too): weight × reps,
    /// and for bodyweight reps the bodyweight plus any added load. Zero for kinds without
    /// volume (a plank, a run) and for bodyweight reps when no bodyweight is known.
    pub fn volume_kg(&self, bodyweight_kg: Option<f64>) -> f64 {
        let added = self.weight.map_or(0.0, |w| w.kg);
        let load = match self.kind {
            ExerciseKind::WeightReps => added,
            ExerciseKind::BodyweightReps => bodyweight_kg.map_or(0.0, |bw| bw + added),
            _ => return 0.0,
        };
        load * f64::from(self.reps.unwrap_or(0))
    }
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
        /// The routine it was started from, whose targets it follows.
        routine: Option<Uuid>,
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
    /// A workout's name, start and end, corrected (the whole new value of each).
    WorkoutEdited {
        workout_id: Uuid,
        name: Option<String>,
        started_at: DateTime<Utc>,
        ended_at: Option<DateTime<Utc>>,
    },
    ExerciseCreated {
        exercise: ExerciseDef,
    },
    /// A custom exercise's new name; its past sets go by the new name.
    ExerciseRenamed {
        from: String,
        to: String,
    },
    /// A custom exercise folded into another: its sets become sets of `into`.
    ExercisesMerged {
        from: String,
        into: String,
    },
    /// A custom exercise without sets, removed from the library.
    ExerciseDeleted {
        name: String,
    },
    /// The rest after a working set of `exercise`, remembered.
    ExerciseRestSet {
        exercise: String,
        seconds: i64,
    },
    /// The lifter's standing note on an exercise (seat height, grip, a cue), shown wherever it
    /// is logged; `None` clears it.
    ExerciseNoteSet {
        exercise: String,
        note: Option<String>,
    },
    /// These exercises of the workout form one superset (one alone leaves its superset).
    ExercisesGrouped {
        workout_id: Uuid,
        exercises: Vec<String>,
    },
    /// The workout's exercises, in a new order.
    ExercisesReordered {
        workout_id: Uuid,
        order: Vec<String>,
    },
    /// The lifter's bodyweight, measured at the event's `occurred_at`.
    BodyweightLogged {
        weight: Weight,
    },
    /// A bodyweight entry (the `bodyweight_logged` event of that id) no longer counts.
    BodyweightRemoved {
        entry: Uuid,
    },
    /// A body measurement (a girth, body fat), taken at the event's `occurred_at`.
    MeasurementLogged {
        site: Site,
        reading: Reading,
    },
    /// A measurement's value corrected (the `measurement_logged` event of that id).
    MeasurementCorrected {
        entry: Uuid,
        reading: Reading,
    },
    /// A measurement (the `measurement_logged` event of that id) no longer counts.
    MeasurementRemoved {
        entry: Uuid,
    },
    /// A routine, new or changed (the latest save of an id is the routine).
    RoutineSaved {
        routine: Routine,
    },
    RoutineDeleted {
        routine_id: Uuid,
    },
    /// A question saved in the Insights console, new or changed (the latest save of an id).
    QuerySaved {
        query_id: Uuid,
        name: String,
        sql: String,
    },
    QueryDeleted {
        query_id: Uuid,
    },
    /// A program of the lifter's own (a copy of a built-in, edited), new or changed: the
    /// latest save of a slug is the program. Built-in programs are never saved.
    ProgramSaved {
        program: Program,
    },
    ProgramDeleted {
        slug: String,
    },
    /// The lifter follows this program from now on (one at a time: a start replaces the one
    /// before), from these starting loads per track (in the program's unit). `unit` picks the
    /// built-in's unit; a lifter's own program has its own.
    ProgramStarted {
        slug: String,
        unit: WeightUnit,
        starting: Starting,
    },
    ProgramStopped {
        slug: String,
    },
    /// The workout is day `day` of the followed program, and this is what the program
    /// prescribed for it. What was lifted is in its sets: the difference is the override.
    ProgramWorkoutStarted {
        workout_id: Uuid,
        slug: String,
        day: usize,
        prescription: NextSession,
    },
    /// The lifter changed the target of one exercise of a program day, for this workout only
    /// (95 kg instead of 100 for a tweaked back): `prescribed` is what the program asked,
    /// `target` what the rows are filled with from now on (the latest override counts; one
    /// back to `prescribed` undoes it). The rule still judges the session from what was lifted.
    ProgramTargetOverridden {
        workout_id: Uuid,
        exercise: String,
        prescribed: Vec<PlannedSet>,
        target: Vec<PlannedSet>,
    },
}

impl EventKind {
    /// The `event_type` column value.
    /// A plain `workout_started`: not repeated, imported, noted or from a routine.
    pub fn workout_started(workout_id: Uuid, name: Option<&str>) -> EventKind {
        EventKind::WorkoutStarted {
            workout_id,
            name: name.map(str::to_string),
            repeat_of: None,
            source: None,
            note: None,
            routine: None,
        }
    }

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
            EventKind::WorkoutEdited { .. } => "workout_edited",
            EventKind::ExerciseCreated { .. } => "exercise_created",
            EventKind::ExerciseRenamed { .. } => "exercise_renamed",
            EventKind::ExercisesMerged { .. } => "exercises_merged",
            EventKind::ExerciseDeleted { .. } => "exercise_deleted",
            EventKind::ExerciseRestSet { .. } => "exercise_rest_set",
            EventKind::ExerciseNoteSet { .. } => "exercise_note_set",
            EventKind::ExercisesGrouped { .. } => "exercises_grouped",
            EventKind::ExercisesReordered { .. } => "exercises_reordered",
            EventKind::BodyweightLogged { .. } => "bodyweight_logged",
            EventKind::BodyweightRemoved { .. } => "bodyweight_removed",
            EventKind::MeasurementLogged { .. } => "measurement_logged",
            EventKind::MeasurementCorrected { .. } => "measurement_corrected",
            EventKind::MeasurementRemoved { .. } => "measurement_removed",
            EventKind::RoutineSaved { .. } => "routine_saved",
            EventKind::RoutineDeleted { .. } => "routine_deleted",
            EventKind::QuerySaved { .. } => "query_saved",
            EventKind::QueryDeleted { .. } => "query_deleted",
            EventKind::ProgramSaved { .. } => "program_saved",
            EventKind::ProgramDeleted { .. } => "program_deleted",
            EventKind::ProgramStarted { .. } => "program_started",
            EventKind::ProgramStopped { .. } => "program_stopped",
            EventKind::ProgramWorkoutStarted { .. } => "program_workout_started",
            EventKind::ProgramTargetOverridden { .. } => "program_target_overridden",
        }
    }

    /// What an event changes of what the screens derive from the training (records, charts,
    /// calendars): a setting (a rest time, a note, a routine, a saved query) changes none of
    /// it, and neither does a body measurement. Every kind is named here, so a new one has to
    /// be placed.
    pub fn is_setting(&self) -> bool {
        match self {
            EventKind::ExerciseRestSet { .. }
            | EventKind::ExerciseNoteSet { .. }
            | EventKind::RoutineSaved { .. }
            | EventKind::RoutineDeleted { .. }
            | EventKind::QuerySaved { .. }
            | EventKind::QueryDeleted { .. }
            | EventKind::MeasurementLogged { .. }
            | EventKind::MeasurementCorrected { .. }
            | EventKind::MeasurementRemoved { .. }
            | EventKind::ProgramSaved { .. }
            | EventKind::ProgramDeleted { .. }
            | EventKind::ProgramStarted { .. }
            | EventKind::ProgramStopped { .. }
            | EventKind::ProgramWorkoutStarted { .. }
            | EventKind::ProgramTargetOverridden { .. } => true,
            EventKind::WorkoutStarted { .. }
            | EventKind::ExerciseAdded { .. }
            | EventKind::ExerciseRemoved { .. }
            | EventKind::SetLogged { .. }
            | EventKind::SetUpdated { .. }
            | EventKind::SetRemoved { .. }
            | EventKind::WorkoutCompleted { .. }
            | EventKind::WorkoutDiscarded { .. }
            | EventKind::WorkoutDeleted { .. }
            | EventKind::WorkoutEdited { .. }
            | EventKind::ExercisesGrouped { .. }
            | EventKind::ExercisesReordered { .. }
            | EventKind::ExerciseCreated { .. }
            | EventKind::ExerciseRenamed { .. }
            | EventKind::ExercisesMerged { .. }
            | EventKind::ExerciseDeleted { .. }
            | EventKind::BodyweightLogged { .. }
            | EventKind::BodyweightRemoved { .. } => false,
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
            | EventKind::WorkoutDeleted { workout_id }
            | EventKind::WorkoutEdited { workout_id, .. }
            | EventKind::ExercisesGrouped { workout_id, .. }
            | EventKind::ExercisesReordered { workout_id, .. }
            | EventKind::ProgramWorkoutStarted { workout_id, .. }
            | EventKind::ProgramTargetOverridden { workout_id, .. } => Some(*workout_id),
            EventKind::ExerciseCreated { .. }
            | EventKind::ExerciseRenamed { .. }
            | EventKind::ExercisesMerged { .. }
            | EventKind::ExerciseDeleted { .. }
            | EventKind::ExerciseRestSet { .. }
            | EventKind::ExerciseNoteSet { .. }
            | EventKind::BodyweightLogged { .. }
            | EventKind::BodyweightRemoved { .. }
            | EventKind::MeasurementLogged { .. }
            | EventKind::MeasurementCorrected { .. }
            | EventKind::MeasurementRemoved { .. }
            | EventKind::RoutineSaved { .. }
            | EventKind::RoutineDeleted { .. }
            | EventKind::QuerySaved { .. }
            | EventKind::QueryDeleted { .. }
            | EventKind::ProgramSaved { .. }
            | EventKind::ProgramDeleted { .. }
            | EventKind::ProgramStarted { .. }
            | EventKind::ProgramStopped { .. } => None,
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

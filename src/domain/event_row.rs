//! The flat, typed row an event takes in the store and in a backup (one column per fact), and
//! the mapping both ways, so the store only moves rows and never decides what a column means.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::event::{EVENT_SCHEMA_VERSION, Event, EventKind, SetFacts, SetType};
use super::exercise::{ExerciseDef, ExerciseKind};
use super::measurement::{MeasureUnit, Reading, Side, Site};
use super::program::{NextSession, PlannedSet, Program, Starting};
use super::routine::Routine;
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

/// The `payload` JSON: whatever an event carries beyond the typed columns. Every field is
/// optional, so events of every version read with one shape.
#[derive(Serialize, Deserialize, Default)]
struct Payload {
    #[serde(skip_serializing_if = "Option::is_none")]
    repeat_of: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    routine_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    query_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sql: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    muscle_group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    equipment: Option<String>,
    /// The exercise's kind (sets, custom exercises), when not weight × reps.
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<ExerciseKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    into: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exercises: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    order: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    entry: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    routine: Option<Routine>,
    #[serde(skip_serializing_if = "Option::is_none")]
    started_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ended_at: Option<DateTime<Utc>>,
    /// A measurement's site key (`waist`, `arm`, `custom`), side and own name.
    #[serde(skip_serializing_if = "Option::is_none")]
    site: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    side: Option<Side>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    /// A measurement's value as entered, and its unit (`cm`, `in`, `%`).
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<MeasureUnit>,
    /// A program of the lifter's own (`program_saved`).
    #[serde(skip_serializing_if = "Option::is_none")]
    program: Option<Program>,
    /// The program's slug (`program_*` events).
    #[serde(skip_serializing_if = "Option::is_none")]
    program_slug: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    starting: Option<Starting>,
    /// The program day a workout is (`program_workout_started`), from 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    prescription: Option<NextSession>,
    /// A program day's sets of one exercise as prescribed, and as overridden
    /// (`program_target_overridden`).
    #[serde(skip_serializing_if = "Option::is_none")]
    prescribed: Option<Vec<PlannedSet>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<Vec<PlannedSet>>,
}

/// The kind as the payload carries it: absent for the default.
fn kind_field(kind: ExerciseKind) -> Option<ExerciseKind> {
    (kind != ExerciseKind::WeightReps).then_some(kind)
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
            EventKind::WorkoutStarted { name, repeat_of, source, note, routine, .. } => {
                row.workout_name = name.clone();
                row.note = note.clone();
                payload.repeat_of = *repeat_of;
                payload.source = source.clone();
                payload.routine_id = *routine;
            }
            EventKind::ExerciseAdded { exercise, .. } | EventKind::ExerciseRemoved { exercise, .. } => {
                row.exercise = Some(exercise.clone());
            }
            EventKind::SetLogged { set_id, set, .. } | EventKind::SetUpdated { set_id, set, .. } => {
                row.set_id = Some(*set_id);
                row.exercise = Some(set.exercise.to_string());
                row.set_index = Some(set.set_index as i32);
                row.set_type = Some(set.set_type.as_str().to_string());
                row.weight_kg = set.weight.map(|w| w.kg);
                row.weight_unit = set.weight.map(|w| w.entered_unit.as_str().to_string());
                row.reps = set.reps.map(|r| r as i32);
                row.rpe = set.rpe;
                row.distance_m = set.distance_m;
                row.duration_s = set.duration_s;
                row.note = set.note.as_deref().map(String::from);
                payload.kind = kind_field(set.kind);
            }
            EventKind::SetRemoved { set_id, .. } => row.set_id = Some(*set_id),
            EventKind::ExerciseCreated { exercise } => {
                row.exercise = Some(exercise.name.clone());
                payload.muscle_group = Some(exercise.muscle_group.clone());
                payload.equipment = Some(exercise.equipment.clone());
                payload.kind = kind_field(exercise.kind);
            }
            EventKind::ExerciseRenamed { from, to } => {
                row.exercise = Some(from.clone());
                payload.to = Some(to.clone());
            }
            EventKind::ExercisesMerged { from, into } => {
                row.exercise = Some(from.clone());
                payload.into = Some(into.clone());
            }
            EventKind::ExerciseDeleted { name } => row.exercise = Some(name.clone()),
            EventKind::ExerciseRestSet { exercise, seconds } => {
                row.exercise = Some(exercise.clone());
                row.duration_s = Some(*seconds as f64);
            }
            EventKind::ExerciseNoteSet { exercise, note } => {
                row.exercise = Some(exercise.clone());
                row.note = note.clone();
            }
            EventKind::ExercisesGrouped { exercises, .. } => payload.exercises = Some(exercises.clone()),
            EventKind::ExercisesReordered { order, .. } => payload.order = Some(order.clone()),
            EventKind::BodyweightLogged { weight } => {
                row.weight_kg = Some(weight.kg);
                row.weight_unit = Some(weight.entered_unit.as_str().to_string());
            }
            EventKind::BodyweightRemoved { entry } | EventKind::MeasurementRemoved { entry } => {
                payload.entry = Some(*entry)
            }
            EventKind::MeasurementLogged { site, reading } => {
                payload.site = Some(site.key().to_string());
                payload.side = site.side();
                payload.name = site.custom_name().map(str::to_string);
                (payload.value, payload.unit) = (Some(reading.value), Some(reading.unit));
            }
            EventKind::MeasurementCorrected { entry, reading } => {
                payload.entry = Some(*entry);
                (payload.value, payload.unit) = (Some(reading.value), Some(reading.unit));
            }
            EventKind::RoutineSaved { routine } => {
                row.workout_name = Some(routine.name.clone());
                payload.routine = Some(routine.clone());
            }
            EventKind::RoutineDeleted { routine_id } => payload.routine_id = Some(*routine_id),
            EventKind::QuerySaved { query_id, name, sql } => {
                row.workout_name = Some(name.clone());
                payload.query_id = Some(*query_id);
                payload.sql = Some(sql.clone());
            }
            EventKind::QueryDeleted { query_id } => payload.query_id = Some(*query_id),
            EventKind::ProgramSaved { program } => {
                row.workout_name = Some(program.name.clone());
                payload.program_slug = Some(program.slug.clone());
                payload.program = Some(program.clone());
            }
            EventKind::ProgramDeleted { slug } | EventKind::ProgramStopped { slug } => {
                payload.program_slug = Some(slug.clone())
            }
            EventKind::ProgramStarted { slug, unit, starting } => {
                row.weight_unit = Some(unit.as_str().to_string());
                payload.program_slug = Some(slug.clone());
                payload.starting = Some(starting.clone());
            }
            EventKind::ProgramWorkoutStarted { slug, day, prescription, .. } => {
                row.workout_name = Some(prescription.day_name.clone());
                payload.program_slug = Some(slug.clone());
                payload.day = Some(*day);
                payload.prescription = Some(prescription.clone());
            }
            EventKind::ProgramTargetOverridden { exercise, prescribed, target, .. } => {
                row.exercise = Some(exercise.clone());
                payload.prescribed = Some(prescribed.clone());
                payload.target = Some(target.clone());
            }
            EventKind::WorkoutEdited { name, started_at, ended_at, .. } => {
                row.workout_name = name.clone();
                payload.started_at = Some(*started_at);
                payload.ended_at = *ended_at;
            }
            EventKind::WorkoutCompleted { .. }
            | EventKind::WorkoutDiscarded { .. }
            | EventKind::WorkoutDeleted { .. } => {}
        }
        let json = serde_json::to_string(&payload).expect("payload serialises");
        row.payload = (json != "{}").then_some(json);
        row
    }

    /// Refuses numbers no lifting fact has: not finite (NaN, ±∞), or negative where only
    /// amounts make sense (reps, RPE, distance, time). A weight may be negative (an assisted
    /// pull-up's added load).
    pub fn check_numbers(&self) -> Result<(), RowError> {
        let fail = |problem: String| RowError { event_id: self.event_id, event_type: self.event_type.clone(), problem };
        let amounts = [("rpe", self.rpe), ("distance_m", self.distance_m), ("duration_s", self.duration_s)];
        for (name, value) in [("weight_kg", self.weight_kg)].into_iter().chain(amounts) {
            match value {
                Some(v) if !v.is_finite() => return Err(fail(format!("{name} is {v}, not a number"))),
                Some(v) if v < 0.0 && name != "weight_kg" => return Err(fail(format!("{name} {v} is negative"))),
                _ => {}
            }
        }
        match self.reps {
            Some(r) if r < 0 => Err(fail(format!("reps {r} is negative"))),
            _ => Ok(()),
        }
    }

    pub fn to_event(&self) -> Result<Event, RowError> {
        self.check_numbers()?;
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
        let unit = || match &self.weight_unit {
            Some(u) => WeightUnit::parse(u).ok_or_else(|| fail("unknown weight_unit")),
            None => Ok(WeightUnit::Kg),
        };
        let weight = || -> Result<Weight, RowError> {
            Ok(Weight { kg: self.weight_kg.ok_or_else(|| fail("missing weight_kg"))?, entered_unit: unit()? })
        };
        let kind = payload.kind.unwrap_or_default();
        let entry = || payload.entry.ok_or_else(|| fail("missing entry"));
        let reading = || match (payload.value, payload.unit) {
            (Some(value), Some(unit)) if value.is_finite() => Ok(Reading { value, unit }),
            _ => Err(fail("missing measurement value or unit")),
        };
        let set = || -> Result<SetFacts, RowError> {
            let unit = unit()?;
            Ok(SetFacts {
                exercise: exercise()?.into(),
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
                note: self.note.as_deref().map(Box::from),
                kind,
            })
        };
        let text = |value: &Option<String>, what: &str| value.clone().ok_or_else(|| fail(&format!("missing {what}")));
        let kind = match self.event_type.as_str() {
            "workout_started" => EventKind::WorkoutStarted {
                workout_id: workout_id()?,
                name: self.workout_name.clone(),
                repeat_of: payload.repeat_of,
                source: payload.source,
                note: self.note.clone(),
                routine: payload.routine_id,
            },
            "exercise_added" => EventKind::ExerciseAdded { workout_id: workout_id()?, exercise: exercise()? },
            "exercise_removed" => EventKind::ExerciseRemoved { workout_id: workout_id()?, exercise: exercise()? },
            "set_logged" => EventKind::SetLogged { workout_id: workout_id()?, set_id: set_id()?, set: set()? },
            "set_updated" => EventKind::SetUpdated { workout_id: workout_id()?, set_id: set_id()?, set: set()? },
            "set_removed" => EventKind::SetRemoved { workout_id: workout_id()?, set_id: set_id()? },
            "workout_completed" => EventKind::WorkoutCompleted { workout_id: workout_id()? },
            "workout_discarded" => EventKind::WorkoutDiscarded { workout_id: workout_id()? },
            "workout_deleted" => EventKind::WorkoutDeleted { workout_id: workout_id()? },
            "workout_edited" => EventKind::WorkoutEdited {
                workout_id: workout_id()?,
                name: self.workout_name.clone(),
                started_at: payload.started_at.ok_or_else(|| fail("missing started_at"))?,
                ended_at: payload.ended_at,
            },
            "exercise_created" => EventKind::ExerciseCreated {
                exercise: ExerciseDef {
                    name: exercise()?,
                    muscle_group: payload.muscle_group.unwrap_or_default(),
                    equipment: payload.equipment.unwrap_or_default(),
                    kind,
                },
            },
            "exercise_renamed" => EventKind::ExerciseRenamed { from: exercise()?, to: text(&payload.to, "new name")? },
            "exercises_merged" => {
                EventKind::ExercisesMerged { from: exercise()?, into: text(&payload.into, "exercise merged into")? }
            }
            "exercise_deleted" => EventKind::ExerciseDeleted { name: exercise()? },
            "exercise_rest_set" => EventKind::ExerciseRestSet {
                exercise: exercise()?,
                seconds: self.duration_s.ok_or_else(|| fail("missing duration_s"))? as i64,
            },
            "exercise_note_set" => EventKind::ExerciseNoteSet { exercise: exercise()?, note: self.note.clone() },
            "exercises_grouped" => EventKind::ExercisesGrouped {
                workout_id: workout_id()?,
                exercises: payload.exercises.ok_or_else(|| fail("missing exercises"))?,
            },
            "exercises_reordered" => EventKind::ExercisesReordered {
                workout_id: workout_id()?,
                order: payload.order.ok_or_else(|| fail("missing order"))?,
            },
            "bodyweight_logged" => EventKind::BodyweightLogged { weight: weight()? },
            "bodyweight_removed" => EventKind::BodyweightRemoved { entry: entry()? },
            "measurement_logged" => EventKind::MeasurementLogged {
                site: Site::from_parts(
                    payload.site.as_deref().unwrap_or_default(),
                    payload.side,
                    payload.name.as_deref(),
                )
                .ok_or_else(|| fail("unknown measurement site"))?,
                reading: reading()?,
            },
            "measurement_corrected" => EventKind::MeasurementCorrected { entry: entry()?, reading: reading()? },
            "measurement_removed" => EventKind::MeasurementRemoved { entry: entry()? },
            "routine_saved" => {
                EventKind::RoutineSaved { routine: payload.routine.ok_or_else(|| fail("missing routine"))? }
            }
            "routine_deleted" => {
                EventKind::RoutineDeleted { routine_id: payload.routine_id.ok_or_else(|| fail("missing routine_id"))? }
            }
            "query_saved" => EventKind::QuerySaved {
                query_id: payload.query_id.ok_or_else(|| fail("missing query_id"))?,
                name: text(&self.workout_name, "workout_name")?,
                sql: payload.sql.clone().ok_or_else(|| fail("missing sql"))?,
            },
            "query_deleted" => {
                EventKind::QueryDeleted { query_id: payload.query_id.ok_or_else(|| fail("missing query_id"))? }
            }
            "program_saved" => {
                EventKind::ProgramSaved { program: payload.program.ok_or_else(|| fail("missing program"))? }
            }
            "program_deleted" => EventKind::ProgramDeleted { slug: text(&payload.program_slug, "program_slug")? },
            "program_started" => EventKind::ProgramStarted {
                slug: text(&payload.program_slug, "program_slug")?,
                unit: unit()?,
                starting: payload.starting.clone().unwrap_or_default(),
            },
            "program_stopped" => EventKind::ProgramStopped { slug: text(&payload.program_slug, "program_slug")? },
            "program_workout_started" => EventKind::ProgramWorkoutStarted {
                workout_id: workout_id()?,
                slug: text(&payload.program_slug, "program_slug")?,
                day: payload.day.ok_or_else(|| fail("missing day"))?,
                prescription: payload.prescription.clone().ok_or_else(|| fail("missing prescription"))?,
            },
            "program_target_overridden" => EventKind::ProgramTargetOverridden {
                workout_id: workout_id()?,
                exercise: text(&self.exercise, "exercise")?,
                prescribed: payload.prescribed.clone().ok_or_else(|| fail("missing prescribed"))?,
                target: payload.target.clone().ok_or_else(|| fail("missing target"))?,
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
            kind: ExerciseKind::WeightReps,
        };
        let kinds = vec![
            EventKind::WorkoutStarted {
                workout_id: id(1),
                name: Some("Push".into()),
                repeat_of: Some(id(9)),
                source: Some("strong".into()),
                note: Some("felt good".into()),
                routine: Some(id(8)),
            },
            EventKind::ExerciseAdded { workout_id: id(1), exercise: "Bench Press".into() },
            EventKind::ExerciseRemoved { workout_id: id(1), exercise: "Dips".into() },
            EventKind::SetLogged { workout_id: id(1), set_id: id(2), set: set.clone() },
            EventKind::SetUpdated { workout_id: id(1), set_id: id(2), set },
            EventKind::SetRemoved { workout_id: id(1), set_id: id(2) },
            EventKind::WorkoutCompleted { workout_id: id(1) },
            EventKind::WorkoutDiscarded { workout_id: id(1) },
            EventKind::WorkoutDeleted { workout_id: id(1) },
            EventKind::WorkoutEdited {
                workout_id: id(1),
                name: Some("Heavy legs".into()),
                started_at: at(-3600),
                ended_at: Some(at(-60)),
            },
            EventKind::WorkoutEdited { workout_id: id(1), name: None, started_at: at(5), ended_at: None },
            EventKind::ExerciseCreated {
                exercise: ExerciseDef {
                    name: "Zercher Squat".into(),
                    muscle_group: "Legs".into(),
                    equipment: "Barbell".into(),
                    kind: ExerciseKind::WeightReps,
                },
            },
            EventKind::ExerciseCreated {
                exercise: ExerciseDef::new("Tire Flip", "Full Body", "Other", ExerciseKind::RepsOnly),
            },
            EventKind::ExerciseRenamed { from: "Tire Flip".into(), to: "Tyre Flip".into() },
            EventKind::ExercisesMerged { from: "Tyre Flip".into(), into: "Burpee".into() },
            EventKind::ExerciseDeleted { name: "Tyre Flip".into() },
            EventKind::ExerciseRestSet { exercise: "Squat".into(), seconds: 210 },
            EventKind::ExerciseNoteSet { exercise: "Leg Press".into(), note: Some("Seat 4, feet high".into()) },
            EventKind::ExerciseNoteSet { exercise: "Leg Press".into(), note: None },
            EventKind::ExercisesGrouped { workout_id: id(1), exercises: vec!["Dip".into(), "Pull-Up".into()] },
            EventKind::ExercisesReordered { workout_id: id(1), order: vec!["Pull-Up".into(), "Dip".into()] },
            EventKind::BodyweightLogged { weight: Weight::entered(181.5, WeightUnit::Lb) },
            EventKind::BodyweightRemoved { entry: id(7) },
            EventKind::MeasurementLogged { site: Site::Waist, reading: Reading::new(84.5, MeasureUnit::Cm) },
            EventKind::MeasurementLogged {
                site: Site::Forearm(Side::Right),
                reading: Reading::new(12.25, MeasureUnit::In),
            },
            EventKind::MeasurementLogged { site: Site::BodyFat, reading: Reading::new(14.2, MeasureUnit::Percent) },
            EventKind::MeasurementLogged {
                site: Site::Custom("Wrist \"left\"".into()),
                reading: Reading::new(17.0, MeasureUnit::Cm),
            },
            EventKind::MeasurementCorrected { entry: id(7), reading: Reading::new(33.0, MeasureUnit::In) },
            EventKind::MeasurementRemoved { entry: id(7) },
            EventKind::RoutineSaved {
                routine: crate::domain::routine::Routine {
                    id: id(8),
                    name: "Push".into(),
                    exercises: vec![crate::domain::routine::RoutineExercise {
                        exercise: "Bench Press".into(),
                        sets: vec![crate::domain::routine::RoutineSet {
                            reps: Some(5),
                            weight: Some(Weight::kg(100.0)),
                            ..Default::default()
                        }],
                        superset: Some(1),
                    }],
                },
            },
            EventKind::RoutineDeleted { routine_id: id(8) },
            EventKind::QuerySaved {
                query_id: id(9),
                name: "Best squat each year".into(),
                sql: "SELECT year(date), max(weight_kg) FROM sets WHERE exercise = 'Squat' GROUP BY 1".into(),
            },
            EventKind::QueryDeleted { query_id: id(9) },
            EventKind::ProgramSaved {
                program: crate::domain::program::builtin::gzclp(WeightUnit::Kg).copy_as("my-gzclp", "My GZCLP"),
            },
            EventKind::ProgramDeleted { slug: "my-gzclp".into() },
            EventKind::ProgramStarted {
                slug: "stronglifts-5x5".into(),
                unit: WeightUnit::Lb,
                starting: [("Squat".to_string(), 135.0)].into(),
            },
            EventKind::ProgramStopped { slug: "stronglifts-5x5".into() },
            EventKind::ProgramWorkoutStarted {
                workout_id: id(1),
                slug: "gzclp".into(),
                day: 1,
                prescription: {
                    let program = crate::domain::program::builtin::gzclp(WeightUnit::Kg);
                    let state = crate::domain::program::ProgramState::start(&program, &Default::default());
                    crate::domain::program::prescribe_day(&program, &state, 1)
                },
            },
            EventKind::ProgramTargetOverridden {
                workout_id: id(1),
                exercise: "Squat".into(),
                prescribed: vec![crate::domain::program::PlannedSet {
                    weight: Some(Weight::kg(100.0)),
                    reps: 5,
                    reps_up_to: None,
                    amrap: false,
                    rpe: None,
                    label: String::new(),
                }],
                target: vec![crate::domain::program::PlannedSet {
                    weight: Some(Weight::entered(95.0, WeightUnit::Kg)),
                    reps: 3,
                    reps_up_to: None,
                    amrap: true,
                    rpe: Some(8.0),
                    label: "T1".into(),
                }],
            },
            EventKind::SetLogged {
                workout_id: id(1),
                set_id: id(3),
                set: SetFacts {
                    exercise: "Running".into(),
                    distance_m: Some(5000.0),
                    duration_s: Some(1500.0),
                    kind: ExerciseKind::DistanceDuration,
                    ..SetFacts::default()
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
    fn numbers_no_lift_has_are_refused() {
        let set = |row: EventRow| EventRow { event_type: "set_logged".into(), ..row };
        let nan = set(EventRow { weight_kg: Some(f64::NAN), ..EventRow::default() });
        assert_eq!(nan.to_event().unwrap_err().problem, "weight_kg is NaN, not a number");
        let infinite = set(EventRow { distance_m: Some(f64::INFINITY), ..EventRow::default() });
        assert_eq!(infinite.check_numbers().unwrap_err().problem, "distance_m is inf, not a number");
        let negative = set(EventRow { reps: Some(-5), ..EventRow::default() });
        assert_eq!(negative.check_numbers().unwrap_err().problem, "reps -5 is negative");
        let assisted = set(EventRow { weight_kg: Some(-20.0), reps: Some(8), ..EventRow::default() });
        assert_eq!(assisted.check_numbers(), Ok(()), "an assisted pull-up's load is negative");
    }

    #[test]
    fn unknown_rows_are_errors_not_panics() {
        let row = EventRow { event_type: "set_teleported".into(), ..EventRow::default() };
        assert_eq!(row.to_event().unwrap_err().problem, "unknown event type");
        let row = EventRow { event_type: "set_logged".into(), ..EventRow::default() };
        assert_eq!(row.to_event().unwrap_err().problem, "missing workout_id");
    }
}

//! Hevy's CSV export: `title,start_time,end_time,description,exercise_title,superset_id,
//! exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe`, or with
//! `weight_lbs` / `distance_miles`. Times look like `22 Dec 2025, 08:00`; set types are
//! `normal`, `warmup`, `failure`, `dropset`; the end time gives the duration.

use std::collections::HashSet;

use super::read::{self, Columns};
use super::{ImportError, Parsed, SourceSet, WorkoutKey};
use crate::domain::event::SetType;
use crate::domain::units::{Weight, WeightUnit};

const REQUIRED: [&str; 5] = ["title", "start_time", "exercise_title", "set_type", "reps"];

const TIME_FORMATS: [&str; 4] = ["%d %b %Y, %H:%M", "%d %b %Y, %H:%M:%S", "%d %B %Y, %H:%M", "%Y-%m-%d %H:%M:%S"];

fn set_type(text: &str, line: u64) -> Result<SetType, ImportError> {
    match text.to_ascii_lowercase().as_str() {
        "normal" | "" => Ok(SetType::Normal),
        "warmup" | "warm_up" | "warm-up" => Ok(SetType::WarmUp),
        "dropset" | "drop" => Ok(SetType::Drop),
        "failure" => Ok(SetType::Failure),
        _ => Err(ImportError::at(line, format!("unknown set type `{text}`"))),
    }
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let mut reader = read::reader(bytes);
    let columns = Columns::of(&mut reader)?;
    columns.require(&REQUIRED, "Hevy")?;
    let (weight_column, unit) = match (columns.has("weight_kg"), columns.has("weight_lbs")) {
        (true, _) => ("weight_kg", WeightUnit::Kg),
        (false, true) => ("weight_lbs", WeightUnit::Lb),
        (false, false) => {
            return Err(ImportError::at(
                1,
                "this is not a Hevy export: its header has no weight_kg or weight_lbs column",
            ));
        }
    };
    let (distance_column, metres) =
        if columns.has("distance_miles") { ("distance_miles", 1609.344) } else { ("distance_km", 1000.0) };
    let mut parsed = Parsed::default();
    // Exercise notes belong to an exercise in a workout: kept on its first set.
    let mut noted: HashSet<(WorkoutKey, String)> = HashSet::new();
    for record in reader.records() {
        let record = record.map_err(read::broken)?;
        let line = read::line_of(&record);
        columns.check_sizes(&record, line)?;
        parsed.rows += 1;
        let get = |name: &str| columns.get(&record, name);
        let exercise = get("exercise_title");
        if exercise.is_empty() {
            return Err(ImportError::at(line, "the exercise title is empty"));
        }
        let started = read::datetime(get("start_time"), &TIME_FORMATS, line)?;
        let workout_seconds = match get("end_time") {
            "" => None,
            end => Some((read::datetime(end, &TIME_FORMATS, line)? - started).num_seconds().max(0)),
        };
        let workout = WorkoutKey { started, name: get("title").to_string() };
        let weight = read::weight(get(weight_column), line, false)?.filter(|w| *w > 0.0);
        let reps = read::reps(get("reps"), line)?.filter(|r| *r > 0);
        let distance_m = read::amount(get(distance_column), "distance", line, false)?.filter(|d| *d > 0.0);
        let duration_s = read::amount(get("duration_seconds"), "duration", line, false)?.filter(|s| *s > 0.0);
        if weight.is_none() && reps.is_none() && distance_m.is_none() && duration_s.is_none() {
            parsed
                .skipped
                .push(super::Skipped { line, reason: "an empty set (no weight, reps, distance or time)".into() });
            continue;
        }
        let exercise_note = Some(get("exercise_notes").to_string()).filter(|n| !n.is_empty());
        let note = exercise_note.filter(|_| noted.insert((workout.clone(), exercise.to_string())));
        parsed.sets.push(SourceSet {
            line,
            workout_note: Some(get("description").to_string()).filter(|d| !d.is_empty()),
            workout,
            workout_seconds,
            exercise: exercise.to_string(),
            set_type: set_type(get("set_type"), line)?,
            weight: weight.map(|w| Weight::entered(w, unit)),
            reps,
            rpe: read::rpe(get("rpe"), line, false)?,
            distance_m: distance_m.map(|d| d * metres),
            duration_s,
            note,
        });
    }
    Ok(parsed)
}

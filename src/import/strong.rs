//! Strong's CSV export, in every layout in use, told apart by the header row:
//! - `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE`
//!   (and the same without `Notes` / `Workout Notes`): no unit column, so the lifter says it;
//! - `Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes[;Workout Duration]`,
//!   units in the file, decimals possibly with a comma.
//!
//! `Set Order` is the set number for normal sets, `W` warm-up, `D` drop, `F` failure; "Rest
//! Timer" rows are not sets. Dates come with a 24-hour or a 12-hour clock.

use super::read::{self, Columns};
use super::{ImportError, ImportOptions, Parsed, Skipped, SourceSet, WorkoutKey};
use crate::domain::event::SetType;
use crate::domain::units::{Weight, WeightUnit};

const REQUIRED: [&str; 6] = ["Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Reps"];

const DATE_FORMATS: [&str; 6] = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %l:%M:%S %p",
];

/// Whether the file has no weight unit column (the lifter must say kg or lb).
pub fn needs_unit(bytes: &[u8]) -> bool {
    let mut reader = read::reader(bytes);
    Columns::of(&mut reader).is_ok_and(|c| !c.has("Weight Unit"))
}

fn set_type(order: &str, line: u64) -> Result<SetType, ImportError> {
    match order.to_ascii_uppercase().as_str() {
        "W" => Ok(SetType::WarmUp),
        "D" => Ok(SetType::Drop),
        "F" => Ok(SetType::Failure),
        n if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => Ok(SetType::Normal),
        _ => Err(ImportError::at(line, format!("unknown set order `{order}` (a number, W, D or F)"))),
    }
}

/// Metres in one `unit` of distance.
fn metres_per(unit: &str, line: u64) -> Result<f64, ImportError> {
    match unit.to_ascii_lowercase().as_str() {
        "km" => Ok(1000.0),
        "mi" | "mile" | "miles" => Ok(1609.344),
        "m" => Ok(1.0),
        "ft" => Ok(0.3048),
        "yd" | "yds" => Ok(0.9144),
        other => Err(ImportError::at(line, format!("unknown distance unit `{other}`"))),
    }
}

pub fn parse(bytes: &[u8], options: ImportOptions) -> Result<Parsed, ImportError> {
    let mut reader = read::reader(bytes);
    let columns = Columns::of(&mut reader)?;
    columns.require(&REQUIRED, "Strong")?;
    let unit_column = columns.has("Weight Unit");
    let decimal_comma = read::delimiter(read::without_bom(bytes)) == b';';
    if !unit_column && options.unit.is_none() {
        return Err(ImportError::file(
            "this Strong export does not say its weight unit: choose kg or lb (--unit kg or --unit lb)",
        ));
    }
    let mut parsed = Parsed::default();
    for record in reader.records() {
        let record = record.map_err(read::broken)?;
        let line = read::line_of(&record);
        columns.check_sizes(&record, line)?;
        parsed.rows += 1;
        let get = |name: &str| columns.get(&record, name);
        let (exercise, order) = (get("Exercise Name"), get("Set Order"));
        if order.eq_ignore_ascii_case("Rest Timer") || exercise.eq_ignore_ascii_case("Rest Timer") {
            parsed.skipped.push(Skipped { line, reason: "a rest timer, not a set".into() });
            continue;
        }
        if exercise.is_empty() {
            return Err(ImportError::at(line, "the exercise name is empty"));
        }
        let started = read::datetime(get("Date"), &DATE_FORMATS, line)?;
        let unit = if unit_column {
            match get("Weight Unit") {
                "" => options.unit.unwrap_or(WeightUnit::Kg),
                text => WeightUnit::parse(text)
                    .ok_or_else(|| ImportError::at(line, format!("unknown weight unit `{text}`")))?,
            }
        } else {
            options.unit.expect("checked above")
        };
        let metres = match get("Distance Unit") {
            "" if unit == WeightUnit::Lb => 1609.344,
            "" => 1000.0,
            text => metres_per(text, line)?,
        };
        let weight = read::weight(get("Weight"), line, decimal_comma)?.filter(|w| *w > 0.0);
        let reps = read::reps(get("Reps"), line)?.filter(|r| *r > 0);
        let distance_m = read::amount(get("Distance"), "distance", line, decimal_comma)?.filter(|d| *d > 0.0);
        let duration_s = read::amount(get("Seconds"), "seconds", line, decimal_comma)?.filter(|s| *s > 0.0);
        if weight.is_none() && reps.is_none() && distance_m.is_none() && duration_s.is_none() {
            parsed.skipped.push(Skipped { line, reason: "an empty set (no weight, reps, distance or time)".into() });
            continue;
        }
        let duration = match get("Duration") {
            "" => get("Workout Duration"),
            text => text,
        };
        let text = |name: &str| Some(get(name).to_string()).filter(|t| !t.is_empty());
        parsed.sets.push(SourceSet {
            line,
            workout: WorkoutKey { started, name: get("Workout Name").to_string() },
            workout_seconds: read::duration_seconds(duration, line)?,
            workout_note: text("Workout Notes"),
            exercise: exercise.to_string(),
            set_type: set_type(order, line)?,
            weight: weight.map(|w| Weight::entered(w, unit)),
            reps,
            rpe: read::rpe(get("RPE"), line, decimal_comma)?,
            distance_m: distance_m.map(|d| d * metres),
            duration_s,
            note: text("Notes"),
        });
    }
    Ok(parsed)
}

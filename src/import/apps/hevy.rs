//! Hevy's CSV export: `title,start_time,end_time,description,exercise_title,superset_id,
//! exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe`, or with
//! `weight_lbs` / `distance_miles`, columns found by name. Times come as `28 Jul 2026, 18:49` or
//! `Jul 28, 2026, 6:49 PM` (with the narrow space iOS writes); set types are `normal`,
//! `warmup`, `failure`, `dropset`; the end time gives the duration; exercises sharing a
//! `superset_id` in a workout are a superset; an exercise's notes go on its first set.

use std::collections::{BTreeMap, HashSet};

use super::super::layout::Layout;
use super::super::parsed::{Builder, SetValues, Start, WorkoutKey};
use super::super::values;
use super::super::{ImportError, Source, table};
use crate::domain::event::SetType;
use crate::domain::units::WeightUnit;

const TIME_FORMATS: [&str; 10] = [
    "%d %b %Y, %H:%M",
    "%d %b %Y, %H:%M:%S",
    "%d %B %Y, %H:%M",
    "%b %d, %Y, %I:%M %p",
    "%b %d, %Y, %I:%M:%S %p",
    "%B %d, %Y, %I:%M %p",
    "%b %d, %Y, %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
];

#[derive(Debug, Clone)]
pub struct Format {
    width: usize,
    title: usize,
    start: usize,
    end: Option<usize>,
    description: Option<usize>,
    exercise: usize,
    superset: Option<usize>,
    notes: Option<usize>,
    set_type: Option<usize>,
    weight: Option<(usize, WeightUnit)>,
    reps: usize,
    distance: Option<(usize, f64)>,
    duration: Option<usize>,
    rpe: Option<usize>,
}

pub fn sniff(text: &str) -> Option<(Layout, Format)> {
    let header = table::header(text, b',')?;
    let at = |name: &str| header.iter().position(|c| c == name);
    let weight = at("weight_kg").map(|i| (i, WeightUnit::Kg)).or_else(|| at("weight_lbs").map(|i| (i, WeightUnit::Lb)));
    let distance = at("distance_km")
        .map(|i| (i, 1000.0))
        .or_else(|| at("distance_miles").map(|i| (i, 1609.344)))
        .or_else(|| at("distance_meters").map(|i| (i, 1.0)));
    let format = Format {
        width: header.len(),
        title: at("title")?,
        start: at("start_time")?,
        end: at("end_time"),
        description: at("description"),
        exercise: at("exercise_title")?,
        superset: at("superset_id"),
        notes: at("exercise_notes"),
        set_type: at("set_type"),
        weight,
        reps: at("reps")?,
        distance,
        duration: at("duration_seconds"),
        rpe: at("rpe"),
    };
    let unit = match format.weight {
        Some((_, WeightUnit::Lb)) => "pounds",
        _ => "kilograms",
    };
    let description = format!("Hevy, {} columns, weights in {unit}", format.width);
    Some((Layout { source: Source::Hevy, id: "hevy", description, needs_unit: false }, format))
}

fn set_type(text: &str) -> Option<SetType> {
    match text.trim().to_ascii_lowercase().as_str() {
        "normal" | "" => Some(SetType::Normal),
        "warmup" | "warm_up" | "warm-up" => Some(SetType::WarmUp),
        "dropset" | "drop" | "drop_set" => Some(SetType::Drop),
        "failure" => Some(SetType::Failure),
        _ => None,
    }
}

pub fn read(text: &str, format: &Format, out: &mut Builder, progress: &mut dyn FnMut(u64)) -> Result<(), ImportError> {
    let mut reader = table::reader(text, b',', true);
    let mut record = csv::StringRecord::new();
    // Exercise notes belong to an exercise in a workout: kept on its first set.
    let mut noted: HashSet<(u32, u32)> = HashSet::new();
    let mut timed: HashSet<u32> = HashSet::new();
    let mut supersets: BTreeMap<(u32, String), Vec<u32>> = BTreeMap::new();
    let mut count = 0u64;
    while reader.read_record(&mut record).map_err(table::broken)? {
        count += 1;
        super::report(count, &record, progress);
        if table::is_blank(&record) {
            continue;
        }
        table::check_width(&record, format.width)?;
        let line = table::line_of(&record);
        let get = |i: usize| record.get(i).map_or("", str::trim);
        let opt = |i: Option<usize>| i.map_or("", get);
        let start_text = get(format.start);
        let Some(started) = values::datetime(start_text, &TIME_FORMATS) else {
            out.unreadable(line, format!("`{start_text}` is not a time Hevy writes (like 28 Jul 2026, 18:49)"));
            continue;
        };
        if !values::plausible_year(started) {
            out.unreadable(line, format!("the date {start_text} is not plausible"));
            continue;
        }
        let Some(exercise) = out.exercise(get(format.exercise), None, line) else { continue };
        let key = WorkoutKey { start: Start::Local(started), time_known: true, name: get(format.title), session: None };
        let workout = out.workout(key, line);
        if timed.insert(workout) {
            let end_text = opt(format.end);
            match values::datetime(end_text, &TIME_FORMATS) {
                Some(end) => out.workout_seconds(workout, Some((end - started).num_seconds().max(0) as f64)),
                None if end_text.is_empty() => {}
                None => out
                    .warn(line, format!("the end time `{end_text}` could not be read: the workout keeps no duration")),
            }
        }
        out.workout_note(workout, opt(format.description));
        let superset = opt(format.superset);
        if !superset.is_empty() {
            let members = supersets.entry((workout, superset.to_string())).or_default();
            if !members.contains(&exercise) {
                members.push(exercise);
            }
        }
        let mut number = |at: Option<usize>, what: &str| -> Result<Option<f64>, ()> {
            let text = opt(at);
            match values::number(text) {
                Some(v) => Ok(Some(v).filter(|v| *v != 0.0)),
                None if text.is_empty() => Ok(None),
                None => {
                    out.unreadable(line, format!("{what} `{text}` is not a number"));
                    Err(())
                }
            }
        };
        let Ok(weight) = number(format.weight.map(|(i, _)| i), "weight") else { continue };
        let Ok(reps) = number(Some(format.reps), "reps") else { continue };
        let Ok(distance) = number(format.distance.map(|(i, _)| i), "distance") else { continue };
        let Ok(duration) = number(format.duration, "duration") else { continue };
        let rpe_text = opt(format.rpe);
        let rpe = values::number(rpe_text);
        if rpe.is_none() && !rpe_text.is_empty() {
            out.warn(line, format!("RPE `{rpe_text}` is not a number: it is left out"));
        }
        let type_text = opt(format.set_type);
        let set_type = set_type(type_text).unwrap_or_else(|| {
            out.warn(line, format!("set type `{type_text}` is not one Hevy writes: read as a normal set"));
            SetType::Normal
        });
        let note = Some(opt(format.notes)).filter(|n| !n.is_empty() && noted.insert((workout, exercise)));
        let unit = format.weight.map_or(WeightUnit::Kg, |(_, u)| u);
        let values = SetValues {
            set_type,
            weight: weight.map(|w| (w, unit)),
            reps,
            rpe,
            distance_m: distance.zip(format.distance).map(|(d, (_, metres))| d * metres),
            duration_s: duration,
            note: note.map(str::to_string),
        };
        out.set(line, workout, exercise, values);
    }
    for ((workout, _), exercises) in supersets {
        out.superset(workout, exercises);
    }
    progress(text.len() as u64);
    Ok(())
}

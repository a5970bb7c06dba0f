//! Liftosaur's history CSV: `Workout DateTime,Program,Day Name,Exercise,Is Warmup Set?,Required
//! Reps,Completed Reps,Is AMRAP?,Required RPE,Completed RPE,Log RPE?,Required Weight Value,
//! Required Weight Unit,Completed Weight Value,Completed Weight Unit,Ask Weight?,Completed Reps
//! Time,Target Muscles,Synergist Muscles,Notes`. The completed values are the set (what was
//! lifted, not what the program asked for); a set with no completed reps was planned and not
//! done, so it is not a set. The workout is named by its program and day; times are UTC. An
//! exercise is written `Name, Equipment` (`Bench Press, Barbell`), read as `Name (Equipment)`;
//! its note is repeated on each of its rows and kept once.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDateTime, Utc};

use super::super::layout::Layout;
use super::super::parsed::{Builder, SetValues, Start, WorkoutKey};
use super::super::values;
use super::super::{ImportError, Source, table};
use crate::domain::event::SetType;

#[derive(Debug, Clone)]
pub struct Format {
    width: usize,
    columns: HashMap<String, usize>,
}

pub fn sniff(text: &str) -> Option<(Layout, Format)> {
    let header = table::header(text, b',')?;
    let columns: HashMap<String, usize> = header.iter().enumerate().map(|(i, c)| (c.clone(), i)).collect();
    for required in ["workout datetime", "exercise", "completed reps", "completed weight value"] {
        columns.get(required)?;
    }
    let description = format!("Liftosaur, {} columns", header.len());
    Some((
        Layout { source: Source::Liftosaur, id: "liftosaur", description, needs_unit: false },
        Format { width: header.len(), columns },
    ))
}

/// An ISO time with its offset (`2026-03-01T10:00:00.000Z`), or a plain local one.
fn start(text: &str) -> Option<Start> {
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Some(Start::Utc(at.with_timezone(&Utc)));
    }
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
        .map(Start::Local)
}

/// The equipment Liftosaur names after a comma (`Bench Press, Barbell`).
const EQUIPMENT: &[&str] = &[
    "barbell",
    "dumbbell",
    "cable",
    "machine",
    "leverage machine",
    "smith",
    "band",
    "kettlebell",
    "bodyweight",
    "ez bar",
    "trap bar",
    "medicine ball",
];

/// Liftosaur's `Name, Equipment` as `Name (Equipment)`, the form the library's matching reads
/// (`Bench Press, Barbell` is the library's Bench Press); other names as written.
fn library_form(name: &str) -> String {
    match name.rsplit_once(',') {
        Some((base, equipment)) if EQUIPMENT.contains(&equipment.trim().to_lowercase().as_str()) => {
            format!("{} ({})", base.trim(), equipment.trim())
        }
        _ => name.to_string(),
    }
}

pub fn read(text: &str, format: &Format, out: &mut Builder, progress: &mut dyn FnMut(u64)) -> Result<(), ImportError> {
    let mut reader = table::reader(text, b',', true);
    let mut record = csv::StringRecord::new();
    let mut noted: HashSet<(u32, u32)> = HashSet::new();
    let mut last_set: HashMap<u32, (Start, DateTime<Utc>)> = HashMap::new();
    let mut count = 0u64;
    while reader.read_record(&mut record).map_err(table::broken)? {
        count += 1;
        super::report(count, &record, progress);
        if table::is_blank(&record) {
            continue;
        }
        table::check_width(&record, format.width)?;
        let line = table::line_of(&record);
        let get = |name: &str| format.columns.get(name).and_then(|i| record.get(*i)).map_or("", str::trim);
        let when = get("workout datetime");
        let Some(started) = start(when).filter(|s| match s {
            Start::Utc(at) => values::plausible_year(at.naive_utc()),
            Start::Local(at) => values::plausible_year(*at),
        }) else {
            out.unreadable(line, format!("`{when}` is not a time Liftosaur writes (like 2026-03-01T10:00:00.000Z)"));
            continue;
        };
        let reps_text = get("completed reps");
        if reps_text.is_empty() {
            out.skip(line, "planned, not done (no completed reps)");
            continue;
        }
        let Some(reps) = values::number(reps_text) else {
            out.unreadable(line, format!("completed reps `{reps_text}` is not a number"));
            continue;
        };
        let (program, day) = (get("program"), get("day name"));
        let name = match (program.is_empty(), day.is_empty()) {
            (false, false) => format!("{program}: {day}"),
            (true, _) => day.to_string(),
            (false, true) => program.to_string(),
        };
        let group = get("target muscles").split(',').next().map(str::trim);
        let Some(exercise) = out.exercise(&library_form(get("exercise")), group, line) else { continue };
        let workout = out.workout(WorkoutKey { start: started, time_known: true, name: &name, session: None }, line);
        if let Ok(done) = DateTime::parse_from_rfc3339(get("completed reps time")) {
            let done = done.with_timezone(&Utc);
            last_set.entry(workout).and_modify(|(_, last)| *last = (*last).max(done)).or_insert((started, done));
        }
        let weight_text = get("completed weight value");
        let weight = match values::number(weight_text) {
            Some(w) => Some(w).filter(|w| *w != 0.0),
            None if weight_text.is_empty() => None,
            None => {
                out.unreadable(line, format!("weight `{weight_text}` is not a number"));
                continue;
            }
        };
        let unit_text = get("completed weight unit");
        let unit = match values::weight_unit(unit_text) {
            Some(unit) => unit,
            None if weight.is_none() => crate::domain::units::WeightUnit::Kg,
            None => {
                out.unreadable(line, format!("unknown weight unit `{unit_text}` (expected kg or lb)"));
                continue;
            }
        };
        let warm_up = values::flag(get("is warmup set?"));
        let note = Some(get("notes")).filter(|n| !n.is_empty() && noted.insert((workout, exercise)));
        let values = SetValues {
            set_type: if warm_up { SetType::WarmUp } else { SetType::Normal },
            weight: weight.map(|w| (w, unit)),
            reps: Some(reps).filter(|r| *r != 0.0),
            rpe: values::number(get("completed rpe")),
            note: note.map(str::to_string),
            ..SetValues::default()
        };
        out.set(line, workout, exercise, values);
    }
    // A workout lasts until its last set was done, where the file says when that was.
    for (workout, (started, done)) in last_set {
        if let Start::Utc(at) = started {
            out.workout_seconds(workout, Some((done - at).num_seconds() as f64).filter(|s| *s > 0.0));
        }
    }
    progress(text.len() as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn liftosaur_s_name_and_equipment_read_as_the_library_s_form() {
        assert_eq!(library_form("Bench Press, Barbell"), "Bench Press (Barbell)");
        assert_eq!(library_form("Lat Pulldown, cable"), "Lat Pulldown (cable)");
        assert_eq!(library_form("Curl, slow, Dumbbell"), "Curl, slow (Dumbbell)");
        assert_eq!(library_form("Press, Incline"), "Press, Incline", "not an equipment");
        assert_eq!(library_form("Push Up"), "Push Up");
    }
}

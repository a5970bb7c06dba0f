//! JEFIT's export: one file of `### SECTION ###` blocks, each a CSV of its own. The sets are
//! in `EXERCISE LOGS`, packed as `"50.0x15,50.0x15"` (weight × reps, in the lifter's unit, which
//! `SETTING`'s `mass` column names: ` kg` or ` lbs`); a log belongs to a session of `WORKOUT
//! SESSIONS` (its Unix start and end; a `belongsession` that is itself a Unix time starts one),
//! or, without one, to its day. Newer versions repeat every set in an `EXERCISE SET LOGS`
//! block: a set is counted once (the block only fills a log whose packed sets are empty).
//! A timed exercise's log packs zero-weight pieces (`0x0,0x0,0x0,0x10,0x60`): not sets.
//! `CARDIO LOGS` become time and distance sets in the workout of their day; a body weight in
//! a profile or body-stats block becomes a weigh-in (a day's repeated entry once, 0 is "not
//! measured"), and its girths and body fat become measurements (`body`). JEFIT's weights carry float noise from its own unit conversions (`64.9998`):
//! they are read to the hundredth.
mod body;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use super::super::layout::Layout;
use super::super::parsed::{Builder, SetValues, Start, WorkoutKey};
use super::super::values;
use super::super::{ImportError, ImportOptions, Source, table};
use crate::domain::event::SetType;
use crate::domain::units::{Weight, WeightUnit};

/// 2000-01-01 in Unix seconds: a session id below it is an id, not a time.
const UNIX_2000: i64 = 946_684_800;

const DATE_FORMATS: [&str; 3] = ["%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y"];

#[derive(Debug, Clone)]
pub struct Format {
    /// The unit `SETTING` names.
    unit: Option<WeightUnit>,
}

/// One block of the file: its name, the line of its header, and its text.
struct Section<'a> {
    name: String,
    header_line: u64,
    text: &'a str,
}

/// The blocks of `text`, split at the `### NAME ###` marker lines (JEFIT pads them with `#`:
/// `### SETTING ######`); rule lines of `#` alone end one.
fn sections(text: &str) -> Vec<Section<'_>> {
    let mut sections = Vec::new();
    // The open block: its name, where its text starts, and the line it starts on.
    let mut current: Option<(String, usize, u64)> = None;
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("###") {
            if let Some((name, start, first)) = current.take() {
                sections.push(Section { name, header_line: first, text: &text[start..offset] });
            }
            let name = trimmed.trim_matches('#').trim().to_uppercase();
            if !name.is_empty() {
                current = Some((name, offset + line.len(), n as u64 + 2));
            }
        }
        offset += line.len();
    }
    if let Some((name, start, first)) = current {
        sections.push(Section { name, header_line: first, text: &text[start..] });
    }
    sections
}

pub fn sniff(text: &str) -> Option<(Layout, Format)> {
    let head = &text[..text.len().min(1 << 20)];
    if !head.lines().any(|l| l.trim().starts_with("### EXERCISE LOGS")) {
        return None;
    }
    let all = sections(text);
    let unit = all.iter().find(|s| s.name == "SETTING").and_then(|s| {
        let rows = records(s);
        let header = rows.first()?;
        let mass = header.1.iter().position(|c| table::cell(c) == "mass")?;
        rows.get(1).and_then(|r| r.1.get(mass)).and_then(values::weight_unit)
    });
    let set_logs = all.iter().any(|s| s.name == "EXERCISE SET LOGS");
    let description = format!(
        "JEFIT, {} blocks{}{}",
        all.len(),
        unit.map(|u| format!(", weights in {u}")).unwrap_or_default(),
        if set_logs { ", with the set-log block" } else { "" }
    );
    Some((Layout { source: Source::Jefit, id: "jefit", description, needs_unit: unit.is_none() }, Format { unit }))
}

/// A block's rows with their lines (the header is the first).
fn records(section: &Section<'_>) -> Vec<(u64, csv::StringRecord)> {
    let mut reader = table::reader(section.text, b',', false);
    reader
        .records()
        .filter_map(Result::ok)
        .filter(|r| !table::is_blank(r))
        .map(|r| (section.header_line + table::line_of(&r) - 1, r))
        .collect()
}

/// A block as rows of named fields.
struct Block {
    columns: HashMap<String, usize>,
    rows: Vec<(u64, csv::StringRecord)>,
}

impl Block {
    fn of(section: &Section<'_>) -> Block {
        let mut rows = records(section);
        let header = if rows.is_empty() { csv::StringRecord::new() } else { rows.remove(0).1 };
        let columns = header.iter().enumerate().map(|(i, c)| (table::cell(c), i)).collect();
        Block { columns, rows }
    }

    fn get<'r>(&self, row: &'r csv::StringRecord, column: &str) -> &'r str {
        self.columns.get(column).and_then(|i| row.get(*i)).map_or("", str::trim)
    }
}

/// A Unix time (seconds), when it is one.
fn unix(text: &str) -> Option<DateTime<Utc>> {
    let seconds = values::number(text).filter(|s| *s > 0.0)? as i64;
    DateTime::from_timestamp(seconds, 0).filter(|t| values::plausible_year(t.naive_utc()))
}

fn to_hundredths(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

struct Session {
    start: Option<DateTime<Utc>>,
    seconds: Option<f64>,
}

pub fn read(
    text: &str,
    format: &Format,
    options: ImportOptions,
    out: &mut Builder,
    progress: &mut dyn FnMut(u64),
) -> Result<(), ImportError> {
    let unit = format.unit.or(options.unit).unwrap_or(WeightUnit::Kg);
    let all = sections(text);
    let block = |name: &str| all.iter().find(|s| s.name == name).map(Block::of);
    let mut sessions: HashMap<String, Session> = HashMap::new();
    if let Some(b) = block("WORKOUT SESSIONS") {
        for (_, row) in &b.rows {
            let start = unix(b.get(row, "starttime")).or_else(|| unix(b.get(row, "starttimie")));
            let end = unix(b.get(row, "endtime"));
            let seconds = values::number(b.get(row, "total_time"))
                .filter(|s| *s > 0.0)
                .or_else(|| start.zip(end).map(|(s, e)| (e - s).num_seconds() as f64).filter(|s| *s > 0.0));
            sessions.insert(b.get(row, "_id").to_string(), Session { start, seconds });
        }
    }
    progress(text.len() as u64 / 4);
    let logs = block("EXERCISE LOGS").unwrap_or(Block { columns: HashMap::new(), rows: Vec::new() });
    // The set-log block: its sets by the exercise log they repeat.
    let mut set_logs: HashMap<String, Vec<(u64, f64, f64)>> = HashMap::new();
    if let Some(b) = block("EXERCISE SET LOGS") {
        for (line, row) in &b.rows {
            let weight = values::number(b.get(row, "weight_lbs")).unwrap_or(0.0);
            let reps = values::number(b.get(row, "reps")).unwrap_or(0.0);
            set_logs.entry(b.get(row, "exercise_log_id").to_string()).or_default().push((*line, weight, reps));
        }
    }
    let mut used_set_logs: HashSet<String> = HashSet::new();
    // The workout of each day, for the cardio logs of that day (they name no session).
    let mut by_day: HashMap<NaiveDate, u32> = HashMap::new();
    for (line, row) in &logs.rows {
        let line = *line;
        let date_text = logs.get(row, "mydate");
        let session_id = logs.get(row, "belongsession");
        let known = (!session_id.is_empty() && session_id != "0").then(|| sessions.get(session_id)).flatten();
        // Without a session of that id, a Unix time there (after 2000: not a small id) is the
        // session's start.
        let unlisted = known
            .is_none()
            .then(|| unix(session_id))
            .flatten()
            .filter(|start| start.timestamp() >= UNIX_2000)
            .map(|start| Session { start: Some(start), seconds: None });
        let session = known.or(unlisted.as_ref());
        let day = values::datetime(date_text, &DATE_FORMATS).filter(|d| values::plausible_year(*d));
        let (start, time_known) = match (session.and_then(|s| s.start), day) {
            (Some(start), _) => (Start::Utc(start), true),
            (None, Some(day)) => (Start::Local(day), false),
            (None, None) => {
                out.unreadable(line, format!("`{date_text}` is not a date JEFIT writes (like 2024-01-03)"));
                continue;
            }
        };
        let Some(exercise) = out.exercise(logs.get(row, "ename"), None, line) else { continue };
        let by_session = session.map(|_| format!("jefit {session_id}"));
        let key = WorkoutKey { start, time_known, name: "", session: by_session.as_deref() };
        let workout = out.workout(key, line);
        out.workout_seconds(workout, session.and_then(|s| s.seconds));
        if let Some(day) = day {
            by_day.entry(day.date()).or_insert(workout);
        }
        let packed = logs.get(row, "logs");
        let log_id = logs.get(row, "_id");
        if packed.is_empty() {
            // Only the set-log block holds this log's sets.
            if let Some(sets) = set_logs.get(log_id) {
                used_set_logs.insert(log_id.to_string());
                for (set_line, lbs, reps) in sets {
                    let weight =
                        (*lbs != 0.0).then(|| to_hundredths(unit.from_kg(Weight::entered(*lbs, WeightUnit::Lb).kg)));
                    let values = SetValues {
                        weight: weight.map(|w| (w, unit)),
                        reps: Some(*reps).filter(|r| *r != 0.0),
                        ..SetValues::default()
                    };
                    out.set(*set_line, workout, exercise, values);
                }
            } else {
                out.skip(line, "an exercise log without sets");
            }
            continue;
        }
        // A trailing comma leaves an empty piece: not a set, not a row.
        let pieces: Vec<&str> = packed.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
        let sets: Vec<Option<(f64, f64)>> = pieces
            .iter()
            .map(|set| set.split_once(['x', 'X']).and_then(|(w, r)| Some((values::number(w)?, values::number(r)?))))
            .collect();
        if timed(&sets) {
            for _ in &sets {
                out.skip(line, format!("a timed JEFIT log (`{packed}`: cardio or stretching), not weight x reps"));
            }
            continue;
        }
        for (set, parsed) in pieces.iter().zip(sets) {
            match parsed {
                Some((weight, reps)) => {
                    let values = SetValues {
                        set_type: SetType::Normal,
                        weight: Some(to_hundredths(weight)).filter(|w| *w != 0.0).map(|w| (w, unit)),
                        reps: Some(reps).filter(|r| *r != 0.0),
                        ..SetValues::default()
                    };
                    out.set(line, workout, exercise, values);
                }
                None => out.unreadable(line, format!("`{set}` is not a set as JEFIT packs them (weight x reps)")),
            }
        }
    }
    progress(text.len() as u64 / 2);
    // The set-log rows that repeat a packed log: each accounted for once, as skipped.
    let log_lines: HashMap<&str, u64> = logs.rows.iter().map(|(line, row)| (logs.get(row, "_id"), *line)).collect();
    let mut repeated: Vec<(u64, String)> = Vec::new();
    for (log_id, sets) in &set_logs {
        if used_set_logs.contains(log_id) {
            continue;
        }
        for (line, _, _) in sets {
            let reason = match log_lines.get(log_id.as_str()) {
                Some(log_line) => format!("the same set as in the exercise log of line {log_line} (counted once)"),
                None => "a set log of no exercise log in the file".to_string(),
            };
            repeated.push((*line, reason));
        }
    }
    repeated.sort();
    for (line, reason) in repeated {
        out.skip(line, reason);
    }
    let names: HashMap<&str, &str> =
        logs.rows.iter().map(|(_, row)| (logs.get(row, "eid"), logs.get(row, "ename"))).collect();
    read_cardio(&all, unit, &names, &by_day, out);
    read_weigh_ins(&all, unit, out);
    body::read_measurements(&all, body::length_unit(&all, unit), out);
    progress(text.len() as u64);
    Ok(())
}

/// JEFIT writes a timed exercise's log (cardio, stretching) as weight × reps pieces with no
/// weight, some of them zero reps (`0x0,0x0,0x0,0x10,0x60`): not sets of reps. Bodyweight sets
/// (`0x12,0x10,0x8`) have reps in every piece.
fn timed(sets: &[Option<(f64, f64)>]) -> bool {
    let all_unweighted = sets.iter().all(|s| s.is_some_and(|(w, _)| w == 0.0));
    let some_without_reps = sets.iter().any(|s| s.is_some_and(|(_, r)| r == 0.0));
    sets.len() >= 4 && all_unweighted && some_without_reps
}

/// `CARDIO LOGS`: each a timed set, with its distance in the lifter's long unit, in the workout
/// of its day (a cardio log names no session).
fn read_cardio(
    all: &[Section<'_>],
    unit: WeightUnit,
    log_names: &HashMap<&str, &str>,
    by_day: &HashMap<NaiveDate, u32>,
    out: &mut Builder,
) {
    let Some(b) = all.iter().find(|s| s.name == "CARDIO LOGS").map(Block::of) else { return };
    // Exercise names by id: from the exercise logs, else from any block that has both (the
    // lifter's own exercises).
    let mut names: HashMap<String, String> = HashMap::new();
    for section in all.iter().filter(|s| s.name.contains("EXERCISE") && s.name != "EXERCISE LOGS") {
        let block = Block::of(section);
        if block.columns.contains_key("name") && block.columns.contains_key("_id") {
            for (_, row) in &block.rows {
                names.insert(block.get(row, "_id").to_string(), block.get(row, "name").to_string());
            }
        }
    }
    for (line, row) in &b.rows {
        let line = *line;
        let date_text = b.get(row, "mydate");
        let Some(day) = values::datetime(date_text, &DATE_FORMATS).filter(|d| values::plausible_year(*d)) else {
            out.unreadable(line, format!("`{date_text}` is not a date JEFIT writes (like 2024-01-03)"));
            continue;
        };
        let id = b.get(row, "eid");
        let name = match log_names.get(id).filter(|n| !n.is_empty()) {
            Some(name) => name.to_string(),
            None => names.get(id).cloned().unwrap_or_else(|| format!("Cardio (JEFIT exercise {id})")),
        };
        let Some(exercise) = out.exercise(&name, Some("Cardio"), line) else { continue };
        let workout = match by_day.get(&day.date()) {
            Some(workout) => *workout,
            None => {
                out.workout(WorkoutKey { start: Start::Local(day), time_known: false, name: "", session: None }, line)
            }
        };
        let distance = values::number(b.get(row, "distance")).filter(|d| *d > 0.0);
        let values = SetValues {
            duration_s: values::number(b.get(row, "duration")).filter(|d| *d > 0.0),
            distance_m: distance.map(|d| d * unit.long_distance().metres),
            ..SetValues::default()
        };
        out.set(line, workout, exercise, values);
    }
}

/// Body weights of a profile or body-stats block: weigh-ins, outside the rows of sets.
fn read_weigh_ins(all: &[Section<'_>], unit: WeightUnit, out: &mut Builder) {
    let mut seen: HashSet<(NaiveDateTime, u64)> = HashSet::new();
    for section in all.iter().filter(|s| s.name.contains("PROFILE") || s.name.contains("BODY")) {
        let block = Block::of(section);
        let weight_column =
            ["bodyweight", "body_weight", "weight"].into_iter().find(|c| block.columns.contains_key(*c));
        let date_column = ["mydate", "date", "timestamp"].into_iter().find(|c| block.columns.contains_key(*c));
        let (Some(weight_column), Some(date_column)) = (weight_column, date_column) else { continue };
        for (line, row) in &block.rows {
            let at: Option<NaiveDateTime> = values::datetime(block.get(row, date_column), &DATE_FORMATS);
            // Zero is "not measured"; JEFIT repeats a day's entry in older rows: kept once.
            let weight = values::number(block.get(row, weight_column)).filter(|w| *w > 0.0).map(to_hundredths);
            if let (Some(at), Some(weight)) = (at.filter(|a| values::plausible_year(*a)), weight)
                && seen.insert((at, weight.to_bits()))
            {
                out.weigh_in(*line, Start::Local(at), Weight::entered(weight, unit));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_found_by_their_padded_markers_with_their_header_lines() {
        let text = "### SETTING ####\n\nmass\n kg\n\n#########\n### EXERCISE LOGS ###\n_id,logs\n1,\"5x5\"\n";
        let found: Vec<(String, u64)> = sections(text).into_iter().map(|s| (s.name, s.header_line)).collect();
        assert_eq!(found, [("SETTING".to_string(), 2), ("EXERCISE LOGS".to_string(), 8)]);
        let logs = Block::of(&sections(text)[1]);
        assert_eq!(logs.rows[0].0, 9, "the row's line in the file");
    }

    #[test]
    fn a_timed_log_is_told_from_bodyweight_sets() {
        let packed = |text: &str| -> Vec<Option<(f64, f64)>> {
            text.split(',').map(|p| p.split_once('x').map(|(w, r)| (w.parse().unwrap(), r.parse().unwrap()))).collect()
        };
        assert!(timed(&packed("0x0,0x0,0x0,0x10,0x60")));
        assert!(!timed(&packed("0x12,0x10,0x8,0x6")), "bodyweight sets");
        assert!(!timed(&packed("60x0,0x0,0x0,0x10")), "a weight");
    }
}

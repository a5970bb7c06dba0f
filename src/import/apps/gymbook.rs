//! GymBook's CSV export, whose header and values are in the app's language, e.g. Italian:
//! `Data,Programma,Orario,Esercizio,Zona,…,Set / Set di riscaldamento / Set di defaticamento,
//! Ripetizioni / Tempo,Peso / Distanza,Appunti,Saltato`, with values like `"62,50 kg"`,
//! `"20 ripetizioni"`, `"90 secondi"` and day-first dates (`12/03/2024`, also `12/03/24`).
//! English and German headers are read the same way. The column of three names (`Set /
//! Warm-up set / Cool-down set`) gives each row's kind in the header's own words; a set the
//! file marks as skipped is not a set. `Orario` is the time of each set: a workout is its day
//! and program, from its first set's time to its last. A header row met again (two exports in
//! one file) is skipped. A header in another language is recognised by those `/` columns and
//! read by position.
use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};

use super::super::layout::Layout;
use super::super::parsed::{Builder, SetValues, Start, WorkoutKey};
use super::super::values::{self, TwoParts};
use super::super::{ImportError, ImportOptions, Source, table};
use crate::domain::event::SetType;

#[derive(Debug, Clone)]
pub struct Format {
    delimiter: u8,
    width: usize,
    date: usize,
    workout: Option<usize>,
    time: Option<usize>,
    exercise: usize,
    zone: Option<usize>,
    kind: usize,
    /// The header's three names of a row's kind: set, warm-up set, cool-down set.
    kinds: Vec<String>,
    reps_or_time: usize,
    weight_or_distance: usize,
    notes: Option<usize>,
    skipped: Option<usize>,
    /// The header's language, when its words are known.
    language: Option<&'static str>,
}

const WORDS: &[(&str, [&str; 8])] = &[
    // date, workout, time, exercise, zone, notes, skipped, reps
    ("Italian", ["data", "programma", "orario", "esercizio", "zona", "appunti", "saltato", "ripetizioni"]),
    ("English", ["date", "workout", "time", "exercise", "region", "notes", "skipped", "reps"]),
    ("German", ["datum", "workout", "uhrzeit", "übung", "region", "notizen", "übersprungen", "wiederholungen"]),
];

/// The words a row's count of reps comes with (`20 ripetizioni`).
const REPS_WORDS: &[&str] = &[
    "ripetizioni",
    "ripetizione",
    "rip",
    "reps",
    "rep",
    "wiederholungen",
    "wiederholung",
    "wdh",
    "répétitions",
    "repeticiones",
    "repetições",
    "x",
];

pub fn sniff(text: &str) -> Option<(Layout, Format)> {
    let delimiter = table::delimiter(text);
    let header = table::header(text, delimiter)?;
    let parts = |c: &str| c.split('/').map(|p| p.trim().to_string()).collect::<Vec<_>>();
    let kind = header.iter().position(|c| parts(c).len() == 3)?;
    let pairs: Vec<usize> = header.iter().enumerate().filter(|(_, c)| parts(c).len() == 2).map(|(i, _)| i).collect();
    let [first, second] = pairs[..] else { return None };
    let found =
        WORDS.iter().find(|(_, words)| header.iter().any(|c| c == words[0]) && header.iter().any(|c| c == words[3]));
    let format = match found {
        Some((language, words)) => {
            let at = |word: &str| header.iter().position(|c| c == word);
            let reps_first = parts(&header[first])[0] == words[7] || parts(&header[second])[0] != words[7];
            Format {
                delimiter,
                width: header.len(),
                date: at(words[0])?,
                workout: at(words[1]),
                time: at(words[2]),
                exercise: at(words[3])?,
                zone: at(words[4]),
                kind,
                kinds: parts(&header[kind]),
                reps_or_time: if reps_first { first } else { second },
                weight_or_distance: if reps_first { second } else { first },
                notes: at(words[5]),
                skipped: at(words[6]),
                language: Some(language),
            }
        }
        // Unknown words: GymBook's order of columns.
        None if header.len() >= 8 && second == first + 1 && first > kind => Format {
            delimiter,
            width: header.len(),
            date: 0,
            workout: Some(1),
            time: Some(2),
            exercise: 3,
            zone: Some(4),
            kind,
            kinds: parts(&header[kind]),
            reps_or_time: first,
            weight_or_distance: second,
            notes: (second + 1 < header.len()).then_some(second + 1),
            skipped: (second + 2 < header.len()).then_some(second + 2),
            language: None,
        },
        None => return None,
    };
    let words = match format.language {
        Some(language) => format!("header in {language}"),
        None => "the header's language has no table in GymLog, so its columns are read by position".to_string(),
    };
    let description = format!("GymBook, {} columns, units in every value; {words}", format.width);
    Some((Layout { source: Source::GymBook, id: "gymbook", description, needs_unit: false }, format))
}

/// Whether the file's slashed dates put the day first: a first number above 12 says so, a
/// second number above 12 says not; GymBook writes the day first unless told otherwise.
fn day_first(text: &str, format: &Format) -> bool {
    let mut reader = table::reader(text, format.delimiter, true);
    for record in reader.records().filter_map(Result::ok) {
        let date = record.get(format.date).unwrap_or("");
        let numbers: Vec<u32> = date.split(['/', '.', '-']).filter_map(|p| p.trim().parse().ok()).collect();
        if let [a, b, _] = numbers[..] {
            if a > 12 && a <= 31 {
                return true;
            }
            if b > 12 && b <= 31 {
                return false;
            }
        }
    }
    true
}

/// A row's kind from its cell, in the header's words.
fn kind_of(cell: &str, kinds: &[String]) -> Option<SetType> {
    let cell = table::cell(cell);
    if cell.is_empty() || cell.chars().all(|c| c.is_ascii_digit()) {
        return Some(SetType::Normal);
    }
    let types = [SetType::Normal, SetType::WarmUp, SetType::CoolDown];
    // The longest name the cell starts with (`set di riscaldamento 2` is a warm-up, not a set).
    kinds
        .iter()
        .zip(types)
        .filter(|(name, _)| !name.is_empty() && cell.starts_with(name.as_str()))
        .max_by_key(|(name, _)| name.len())
        .map(|(_, t)| t)
}

/// A date in the first of `formats` that reads it as a plausible one (`12/03/24` is not the
/// year 24 but 2024).
fn date_of(text: &str, formats: &[&str]) -> Option<NaiveDate> {
    formats.iter().find_map(|f| values::datetime(text, &[f]).filter(|d| values::plausible_year(*d))).map(|d| d.date())
}

fn time_of(text: &str) -> Option<NaiveTime> {
    ["%H:%M", "%H:%M:%S", "%I:%M %p"].iter().find_map(|f| NaiveTime::parse_from_str(text.trim(), f).ok())
}

/// The first and last time of each workout (its day and name): GymBook writes the time of
/// each set, so the workout starts at its first and lasts until its last.
fn times(text: &str, format: &Format) -> HashMap<(String, String), (NaiveTime, NaiveTime)> {
    let mut times: HashMap<(String, String), (NaiveTime, NaiveTime)> = HashMap::new();
    let mut reader = table::reader(text, format.delimiter, true);
    for record in reader.records().filter_map(Result::ok) {
        let get = |i: Option<usize>| i.and_then(|i| record.get(i)).map_or("", str::trim);
        let Some(time) = time_of(get(format.time)) else { continue };
        if values::flag(get(format.skipped)) {
            continue;
        }
        let key = (get(Some(format.date)).to_string(), get(format.workout).to_string());
        let span = times.entry(key).or_insert((time, time));
        *span = (span.0.min(time), span.1.max(time));
    }
    times
}

pub fn read(
    text: &str,
    format: &Format,
    options: ImportOptions,
    out: &mut Builder,
    progress: &mut dyn FnMut(u64),
) -> Result<(), ImportError> {
    let dates: &[&str] = if day_first(text, format) {
        &["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d.%m.%y", "%d-%m-%Y", "%Y-%m-%d", "%d %b %Y", "%b %d, %Y"]
    } else {
        &["%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%b %d, %Y", "%d %b %Y"]
    };
    let spans = times(text, format);
    let mut reader = table::reader(text, format.delimiter, true);
    let header: Vec<String> = reader.headers().map_err(table::broken)?.iter().map(table::cell).collect();
    let mut record = csv::StringRecord::new();
    let mut count = 0u64;
    while reader.read_record(&mut record).map_err(table::broken)? {
        count += 1;
        super::report(count, &record, progress);
        if table::is_blank(&record) {
            continue;
        }
        table::check_width(&record, format.width)?;
        let line = table::line_of(&record);
        if record.iter().map(table::cell).eq(header.iter().cloned()) {
            out.skip(line, "the header row again (two exports in one file?)");
            continue;
        }
        let get = |i: Option<usize>| i.and_then(|i| record.get(i)).map_or("", str::trim);
        let date_text = get(Some(format.date));
        let Some(day) = date_of(date_text, dates) else {
            out.unreadable(line, format!("`{date_text}` is not a date GymBook writes (like 12/03/2024)"));
            continue;
        };
        if values::flag(get(format.skipped)) {
            out.skip(line, "marked as skipped in GymBook");
            continue;
        }
        let Some(exercise) = out.exercise(get(Some(format.exercise)), Some(get(format.zone)), line) else { continue };
        let name = get(format.workout);
        let span = spans.get(&(date_text.to_string(), name.to_string()));
        let start = day.and_time(span.map_or(NaiveTime::MIN, |(first, _)| *first));
        let key = WorkoutKey { start: Start::Local(start), time_known: span.is_some(), name, session: None };
        let workout = out.workout(key, line);
        if let Some((first, last)) = span {
            out.workout_seconds(workout, Some((*last - *first).num_seconds() as f64).filter(|s| *s > 0.0));
        }
        let kind_text = get(Some(format.kind));
        let set_type = kind_of(kind_text, &format.kinds).unwrap_or_else(|| {
            out.warn(line, format!("`{kind_text}` is none of {}: read as a set", format.kinds.join(" / ")));
            SetType::Normal
        });
        let mut values = SetValues { set_type, ..SetValues::default() };
        let reps_text = get(Some(format.reps_or_time));
        match values::amount_and_unit(reps_text) {
            _ if reps_text.is_empty() => {}
            Some((n, unit)) if unit.is_empty() || REPS_WORDS.contains(&unit.as_str()) => values.reps = Some(n),
            _ => match values::duration_seconds(reps_text, TwoParts::MinutesSeconds) {
                Some(seconds) => values.duration_s = Some(seconds).filter(|s| *s > 0.0),
                None => {
                    out.unreadable(line, format!("`{reps_text}` is neither reps nor a time"));
                    continue;
                }
            },
        }
        let load_text = get(Some(format.weight_or_distance));
        match values::amount_and_unit(load_text) {
            _ if load_text.is_empty() => {}
            Some((n, unit)) => match (values::weight_unit(&unit), values::metres_per(&unit), options.unit) {
                (Some(u), _, _) => values.weight = Some((n, u)).filter(|(w, _)| *w != 0.0),
                (None, Some(metres), _) => values.distance_m = Some(n * metres).filter(|d| *d > 0.0),
                (None, None, Some(u)) if unit.is_empty() => values.weight = Some((n, u)).filter(|(w, _)| *w != 0.0),
                _ => {
                    out.unreadable(line, format!("`{load_text}` is neither a weight nor a distance with its unit"));
                    continue;
                }
            },
            None => {
                out.unreadable(line, format!("`{load_text}` is neither a weight nor a distance"));
                continue;
            }
        }
        values.note = Some(get(format.notes).to_string()).filter(|n| !n.is_empty());
        out.set(line, workout, exercise, values);
    }
    progress(text.len() as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_s_kind_is_read_in_the_header_s_words() {
        let kinds: Vec<String> = ["set", "set di riscaldamento", "set di defaticamento"].map(String::from).to_vec();
        assert_eq!(kind_of("Set", &kinds), Some(SetType::Normal));
        assert_eq!(kind_of("Set di riscaldamento", &kinds), Some(SetType::WarmUp));
        assert_eq!(kind_of("set di defaticamento", &kinds), Some(SetType::CoolDown));
        assert_eq!(kind_of("3", &kinds), Some(SetType::Normal));
        assert_eq!(kind_of("Superserie", &kinds), None);
    }

    #[test]
    fn a_two_digit_year_is_this_century_s_not_the_year_24() {
        let formats = ["%d/%m/%Y", "%d/%m/%y"];
        assert_eq!(date_of("12/03/24", &formats), NaiveDate::from_ymd_opt(2024, 3, 12));
        assert_eq!(date_of("12/03/2024", &formats), NaiveDate::from_ymd_opt(2024, 3, 12));
        assert_eq!(date_of("31/02/2024", &formats), None);
    }
}

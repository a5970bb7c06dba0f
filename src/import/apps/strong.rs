//! Strong's CSV export, in every layout it has written since 2015, told apart by the header:
//! - `strong-units-in-header`: `Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes`
//!   (or `lb` and `mi`): the units are the column names;
//! - `strong-notes`: `Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes[,RPE]`;
//! - `strong-durations`: `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE`,
//!   or without the two note columns, and translated (German, French, Chinese, …);
//! - `strong-numbered`: `"Workout #";"Date";"Workout Name";"Duration (sec)";…;"Weight (kg)";…;"Distance (meters)";…`,
//!   every field quoted, set orders `WARM_UP`, `FAILURE`, `DROP_SET`;
//! - `strong-units-per-row`: `Date;Workout Name;…;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;…[;Workout Duration]`.
//!
//! A header in a language without a table in `strong_words.rs`, whose columns have the shape of
//! one of these layouts, is read by position. `Set Order` is the set number, `W`/`D`/`F` (or
//! the words), or a rest timer (a row that is not a set); durations come in any language.

use std::collections::HashSet;

use super::super::layout::Layout;
use super::super::parsed::{Builder, SetValues, Start, WorkoutKey};
use super::super::values::{self, TwoParts};
use super::super::{ImportError, ImportOptions, Source, table};
use super::strong_words::{self, Role, TWELVE};
use crate::domain::event::SetType;
use crate::domain::units::WeightUnit;

const DATE_FORMATS: [&str; 9] = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y/%m/%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d",
];

/// The layouts read by position when the header's words are unknown, by id.
const SHAPES: &[(&str, &[Role])] = {
    use Role::*;
    &[
        ("strong-durations", &TWELVE),
        ("strong-durations", &[Date, WorkoutName, Duration, Exercise, SetOrder, Weight, Reps, Distance, Seconds, Rpe]),
        (
            "strong-notes",
            &[Date, WorkoutName, Exercise, SetOrder, Weight, Reps, Distance, Seconds, Notes, WorkoutNotes, Rpe],
        ),
        (
            "strong-notes",
            &[Date, WorkoutName, Exercise, SetOrder, Weight, Reps, Distance, Seconds, Notes, WorkoutNotes],
        ),
        (
            "strong-units-per-row",
            &[
                Date,
                WorkoutName,
                Exercise,
                SetOrder,
                Weight,
                WeightUnit,
                Reps,
                Rpe,
                Distance,
                DistanceUnit,
                Seconds,
                Notes,
                WorkoutNotes,
                Duration,
            ],
        ),
    ]
};

/// How to read one Strong file.
#[derive(Debug, Clone)]
pub struct Format {
    delimiter: u8,
    width: usize,
    /// The column of each role present.
    columns: Vec<(Role, usize)>,
    /// The weight unit the header names (`kg`, `Weight (lbs)`).
    header_unit: Option<WeightUnit>,
    /// Metres in one unit of the distance column, when the header names it.
    header_metres: Option<f64>,
    /// The header itself, to notice it again further down (two exports pasted together).
    header: Vec<String>,
}

impl Format {
    fn column(&self, role: Role) -> Option<usize> {
        self.columns.iter().find(|(r, _)| *r == role).map(|(_, i)| *i)
    }
}

/// A header cell's role and the unit it names, if any (`weight (kg)`, `lb`, `duration (sec)`).
fn role_and_unit(cell: &str) -> Option<(Role, Option<Unit>, &'static str)> {
    if let Some(unit) = values::weight_unit(cell) {
        return Some((Role::Weight, Some(Unit::Weight(unit)), "English"));
    }
    if let Some(metres) = values::metres_per(cell).filter(|_| cell.len() <= 3) {
        return Some((Role::Distance, Some(Unit::Metres(metres)), "English"));
    }
    let (base, unit) = match cell.rsplit_once(" (") {
        Some((base, unit)) => (base, unit.strip_suffix(')').map(str::trim)),
        None => (cell, None),
    };
    let (role, language) = strong_words::role_of(base)?;
    let unit = match unit {
        None => None,
        Some(u) => Some(match role {
            Role::Weight => Unit::Weight(values::weight_unit(u)?),
            Role::Distance => Unit::Metres(values::metres_per(u)?),
            Role::Duration | Role::Seconds if matches!(u, "sec" | "s" | "seconds") => Unit::Seconds,
            _ => return None,
        }),
    };
    Some((role, unit, language))
}

#[derive(Debug, Clone, Copy)]
enum Unit {
    Weight(WeightUnit),
    Metres(f64),
    Seconds,
}

const REQUIRED: [Role; 6] = [Role::Date, Role::WorkoutName, Role::Exercise, Role::SetOrder, Role::Weight, Role::Reps];

pub fn sniff(text: &str) -> Option<(Layout, Format)> {
    let delimiter = table::delimiter(text);
    let header = table::header(text, delimiter)?;
    let mut format = Format {
        delimiter,
        width: header.len(),
        columns: Vec::new(),
        header_unit: None,
        header_metres: None,
        header: header.clone(),
    };
    let mut languages = Vec::new();
    let mut known = true;
    for (i, cell) in header.iter().enumerate() {
        match role_and_unit(cell) {
            Some((role, unit, language)) => {
                format.columns.push((role, i));
                languages.push(language);
                match unit {
                    Some(Unit::Weight(u)) => format.header_unit = Some(u),
                    Some(Unit::Metres(m)) => format.header_metres = Some(m),
                    Some(Unit::Seconds) | None => {}
                }
            }
            None => known = false,
        }
    }
    let complete = REQUIRED.iter().all(|r| format.column(*r).is_some());
    if known && complete {
        let language = strong_words::language_of(&languages);
        let id = layout_id(&format);
        let in_language = if language == "English" { String::new() } else { format!("; header in {language}") };
        let description = format!("Strong, {} columns ({}){in_language}", format.width, describe(id));
        let needs_unit = format.header_unit.is_none() && format.column(Role::WeightUnit).is_none();
        return Some((Layout { source: Source::Strong, id, description, needs_unit }, format));
    }
    by_position(text, format)
}

fn layout_id(format: &Format) -> &'static str {
    if format.column(Role::WorkoutNumber).is_some() {
        "strong-numbered"
    } else if format.column(Role::WeightUnit).is_some() {
        "strong-units-per-row"
    } else if format.header_unit.is_some() {
        "strong-units-in-header"
    } else if format.column(Role::Duration).is_some() {
        "strong-durations"
    } else {
        "strong-notes"
    }
}

fn describe(id: &str) -> &'static str {
    match id {
        "strong-numbered" => "numbered workouts, units in the header",
        "strong-units-per-row" => "a unit on every row",
        "strong-units-in-header" => "the units as column names",
        "strong-durations" => "with workout durations, no unit",
        _ => "with notes, no unit",
    }
}

/// A header of unknown words whose columns have a known layout's shape, checked against the
/// first rows: dates where the date is, set orders and numbers where they belong.
fn by_position(text: &str, mut format: Format) -> Option<(Layout, Format)> {
    let (id, roles) = SHAPES.iter().find(|(_, roles)| roles.len() == format.width && rows_fit(text, &format, roles))?;
    format.columns = roles.iter().enumerate().map(|(i, r)| (*r, i)).collect();
    format.header_unit = None;
    format.header_metres = None;
    let description = format!(
        "Strong, {} columns ({}); the header's language has no table in GymLog, so its columns are read by \
         position",
        format.width,
        describe(id)
    );
    let needs_unit = !roles.contains(&Role::WeightUnit);
    Some((Layout { source: Source::Strong, id, description, needs_unit }, format))
}

fn rows_fit(text: &str, format: &Format, roles: &[Role]) -> bool {
    let mut reader = table::reader(text, format.delimiter, true);
    let at = |role: Role| roles.iter().position(|r| *r == role);
    let rows: Vec<csv::StringRecord> = reader.records().take(20).filter_map(Result::ok).collect();
    !rows.is_empty()
        && rows.iter().all(|row| {
            let field = |role: Role| at(role).and_then(|i| row.get(i)).unwrap_or("").trim();
            let numeric = |role: Role| field(role).is_empty() || values::number(field(role)).is_some();
            row.len() == roles.len()
                && values::datetime(field(Role::Date), &DATE_FORMATS).is_some()
                && numeric(Role::Weight)
                && numeric(Role::Reps)
                && (set_order(field(Role::SetOrder)).is_some() || !field(Role::SetOrder).is_empty())
        })
}

/// A set order: the set's number, or the letter or word of its type.
fn set_order(text: &str) -> Option<SetType> {
    match text.trim().to_ascii_uppercase().as_str() {
        "W" | "WARM_UP" | "WARMUP" | "WARM-UP" => Some(SetType::WarmUp),
        "D" | "DROP_SET" | "DROP" | "DROPSET" => Some(SetType::Drop),
        "F" | "FAILURE" => Some(SetType::Failure),
        n if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => Some(SetType::Normal),
        _ => None,
    }
}

pub fn read(
    text: &str,
    format: &Format,
    options: ImportOptions,
    out: &mut Builder,
    progress: &mut dyn FnMut(u64),
) -> Result<(), ImportError> {
    let mut reader = table::reader(text, format.delimiter, true);
    let mut record = csv::StringRecord::new();
    let col = |role: Role| format.column(role);
    let (date_at, name_at, exercise_at, order_at) =
        (col(Role::Date), col(Role::WorkoutName), col(Role::Exercise), col(Role::SetOrder));
    let duration_in_seconds = format.header.iter().any(|c| c.contains("(sec)"));
    let mut durations_read: HashSet<u32> = HashSet::new();
    let mut last_date: Option<(String, Option<chrono::NaiveDateTime>)> = None;
    let mut count = 0u64;
    while reader.read_record(&mut record).map_err(table::broken)? {
        count += 1;
        super::report(count, &record, progress);
        if table::is_blank(&record) {
            continue;
        }
        table::check_width(&record, format.width)?;
        let line = table::line_of(&record);
        let get = |at: Option<usize>| at.and_then(|i| record.get(i)).map_or("", str::trim);
        if record.len() == format.header.len() && record.iter().zip(&format.header).all(|(c, h)| table::cell(c) == *h) {
            out.skip(line, "the header row again (two exports in one file?)");
            continue;
        }
        let (exercise, order) = (get(exercise_at), get(order_at));
        let set_type = set_order(order);
        if set_type.is_none()
            && !order.is_empty()
            && (strong_words::is_rest_timer(order) || strong_words::is_rest_timer(exercise) || order == exercise)
        {
            let rest = values::number(get(col(Role::Seconds))).filter(|s| *s > 0.0);
            let reason =
                rest.map_or("a rest timer, not a set".to_string(), |s| format!("a rest timer ({s} s), not a set"));
            out.skip(line, reason);
            continue;
        }
        let date_text = get(date_at);
        let started = match &last_date {
            Some((text, at)) if text == date_text => *at,
            _ => {
                let at = values::datetime(date_text, &DATE_FORMATS);
                last_date = Some((date_text.to_string(), at));
                at
            }
        };
        let Some(started) = started else {
            out.unreadable(
                line,
                format!("`{date_text}` is not a date and time Strong writes (like 2024-01-03 18:05:00)"),
            );
            continue;
        };
        if !values::plausible_year(started) {
            out.unreadable(line, format!("the date {date_text} is not plausible"));
            continue;
        }
        let Some(exercise) = out.exercise(exercise, None, line) else { continue };
        let key = WorkoutKey { start: Start::Local(started), time_known: true, name: get(name_at), session: None };
        let workout = out.workout(key, line);
        if durations_read.insert(workout) {
            let text = get(col(Role::Duration));
            let seconds = if duration_in_seconds {
                values::number(text)
            } else {
                values::duration_seconds(text, TwoParts::HoursMinutes)
            };
            if seconds.is_none() && !text.is_empty() {
                out.warn(line, format!("the workout's duration `{text}` could not be read: it is left out"));
            }
            out.workout_seconds(workout, seconds);
        }
        out.workout_note(workout, get(col(Role::WorkoutNotes)));
        let unit = match (col(Role::WeightUnit).map(|i| get(Some(i))), format.header_unit, options.unit) {
            (Some(text), _, _) if !text.is_empty() => match values::weight_unit(text) {
                Some(unit) => unit,
                None => {
                    out.unreadable(line, format!("unknown weight unit `{text}` (expected kg or lbs)"));
                    continue;
                }
            },
            (_, Some(unit), _) | (_, None, Some(unit)) => unit,
            (_, None, None) => WeightUnit::Kg,
        };
        let mut number = |role: Role, what: &str| -> Result<Option<f64>, ()> {
            let text = get(col(role));
            match values::number(text) {
                Some(v) => Ok(Some(v).filter(|v| *v != 0.0)),
                None if text.is_empty() => Ok(None),
                None => {
                    out.unreadable(line, format!("{what} `{text}` is not a number"));
                    Err(())
                }
            }
        };
        let Ok(weight) = number(Role::Weight, "weight") else { continue };
        let Ok(reps) = number(Role::Reps, "reps") else { continue };
        let Ok(distance) = number(Role::Distance, "distance") else { continue };
        let Ok(seconds) = number(Role::Seconds, "seconds") else { continue };
        let metres = match col(Role::DistanceUnit).map(|i| get(Some(i))).filter(|t| !t.is_empty()) {
            Some(text) => values::metres_per(text).ok_or(text),
            None => Ok(format.header_metres.unwrap_or(unit.long_distance().metres)),
        };
        let distance_m = match (distance, metres) {
            (Some(d), Ok(m)) => Some(d * m),
            (Some(d), Err(text)) => {
                out.warn(line, format!("the distance {d} is in `{text}`, a unit GymLog does not know: it is left out"));
                None
            }
            (None, _) => None,
        };
        let rpe_text = get(col(Role::Rpe));
        let rpe = values::number(rpe_text);
        if rpe.is_none() && !rpe_text.is_empty() {
            out.warn(line, format!("RPE `{rpe_text}` is not a number: it is left out"));
        }
        let set_type = set_type.unwrap_or_else(|| {
            out.warn(line, format!("set order `{order}` is not one Strong writes: read as a normal set"));
            SetType::Normal
        });
        let values = SetValues {
            set_type,
            weight: weight.map(|w| (w, unit)),
            reps,
            rpe,
            distance_m,
            duration_s: seconds,
            note: Some(get(col(Role::Notes))).filter(|n| !n.is_empty()).map(str::to_string),
        };
        out.set(line, workout, exercise, values);
    }
    progress(text.len() as u64);
    Ok(())
}

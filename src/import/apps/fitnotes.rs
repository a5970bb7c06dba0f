//! FitNotes' spreadsheet export: `Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance
//! Unit,Time[,Comment]`, the weight also as `Weight (lbs)` or `Weight,Weight Unit`; the iPhone
//! app writes `Weight (kg),Weight (lbs),…,Notes,Kind` (both weights: the kilograms are read, as
//! typed). A day is a workout (FitNotes keeps no start time), the category is the muscle group
//! of an exercise the import creates, `Time` is the set's duration (`0:01:30`, `10:00`).
//! FitNotes does not always quote what it should: a comma in a comment or an exercise name
//! leaves a row with more fields than the header, and a quote at the end of a comment
//! (`"Box 24""`) leaves the field open, swallowing the rows after it. A row with too many
//! fields is put back together by finding where its numbers line up; a file whose quotes
//! swallow rows is read again with quotes taken as ordinary characters.

use super::super::layout::Layout;
use super::super::parsed::{Builder, SetValues, Start, WorkoutKey};
use super::super::values::{self, TwoParts};
use super::super::{ImportError, ImportOptions, Source, table};
use crate::domain::event::SetType;
use crate::domain::units::WeightUnit;

const DATE_FORMATS: [&str; 4] = ["%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"];

#[derive(Debug, Clone)]
pub struct Format {
    width: usize,
    date: usize,
    exercise: usize,
    category: Option<usize>,
    weight: Option<usize>,
    /// The unit the weight column's name gives (`Weight (kgs)`).
    header_unit: Option<WeightUnit>,
    weight_unit: Option<usize>,
    reps: Option<usize>,
    distance: Option<usize>,
    distance_unit: Option<usize>,
    time: Option<usize>,
    comment: Option<usize>,
}

impl Format {
    /// The columns whose fields must be numbers (or empty) in a sound row.
    fn numeric(&self) -> impl Iterator<Item = usize> + '_ {
        [self.weight, self.reps, self.distance].into_iter().flatten()
    }
}

pub fn sniff(text: &str) -> Option<(Layout, Format)> {
    let header = table::header(text, b',')?;
    let at = |name: &str| header.iter().position(|c| c == name);
    let kgs = at("weight (kgs)").or_else(|| at("weight (kg)"));
    let lbs = at("weight (lbs)").or_else(|| at("weight (lb)"));
    let (weight, header_unit) = match (kgs, lbs, at("weight")) {
        (Some(i), _, _) => (Some(i), Some(WeightUnit::Kg)),
        (None, Some(i), _) => (Some(i), Some(WeightUnit::Lb)),
        (None, None, i) => (i, None),
    };
    let format = Format {
        width: header.len(),
        date: at("date")?,
        exercise: at("exercise")?,
        category: at("category"),
        weight,
        header_unit,
        weight_unit: at("weight unit"),
        reps: Some(at("reps")?),
        distance: at("distance"),
        distance_unit: at("distance unit"),
        time: at("time"),
        comment: at("comment").or_else(|| at("notes")).or_else(|| at("note")),
    };
    // The category column and the time or distance unit tell FitNotes from a plain sheet.
    format.category?;
    if format.time.is_none() && format.distance_unit.is_none() {
        return None;
    }
    let needs_unit = format.header_unit.is_none() && format.weight_unit.is_none();
    let (id, what) = match (format.header_unit, format.weight_unit) {
        (Some(WeightUnit::Kg), _) => ("fitnotes-kgs", "weights in kilograms"),
        (Some(WeightUnit::Lb), _) => ("fitnotes-lbs", "weights in pounds"),
        (None, Some(_)) => ("fitnotes-weight-unit", "a weight unit on every row"),
        (None, None) => ("fitnotes-no-unit", "no weight unit"),
    };
    let description = format!("FitNotes, {} columns, {what}", format.width);
    Some((Layout { source: Source::FitNotes, id, description, needs_unit }, format))
}

pub fn read(
    text: &str,
    format: &Format,
    options: ImportOptions,
    out: &mut Builder,
    progress: &mut dyn FnMut(u64),
) -> Result<(), ImportError> {
    match read_rows(text, format, options, out, progress, true) {
        Ok(()) => Ok(()),
        // A quote opened in a comment and never closed: read again, quotes as characters.
        Err(_) => {
            *out = Builder::default();
            read_rows(text, format, options, out, progress, false)
        }
    }
}

fn read_rows(
    text: &str,
    format: &Format,
    options: ImportOptions,
    out: &mut Builder,
    progress: &mut dyn FnMut(u64),
    quoting: bool,
) -> Result<(), ImportError> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(true).flexible(true).quoting(quoting).from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut count = 0u64;
    while reader.read_record(&mut record).map_err(table::broken)? {
        count += 1;
        super::report(count, &record, progress);
        if table::is_blank(&record) {
            continue;
        }
        let line = table::line_of(&record);
        if quoting && let Some(swallowed) = record.iter().find_map(swallowed_row) {
            // A quote left open: the rows after it are inside this field.
            return Err(ImportError::at(
                line,
                format!("a quote opened and never closed swallows the row `{swallowed}`"),
            ));
        }
        let fields: Vec<String> = record.iter().map(str::to_string).collect();
        let Some(mut row) = aligned(fields, format) else {
            if quoting {
                return Err(ImportError::at(line, "a row FitNotes' columns do not fit"));
            }
            out.unreadable(
                line,
                format!("{} fields where the header has {}, and no reading of them fits", record.len(), format.width),
            );
            continue;
        };
        if !quoting {
            row.iter_mut().for_each(|f| *f = unquote(f));
        }
        let get = |i: Option<usize>| i.and_then(|i| row.get(i)).map_or("", |f| f.trim());
        let date_text = get(Some(format.date));
        let Some(day) = values::datetime(date_text, &DATE_FORMATS).filter(|d| values::plausible_year(*d)) else {
            out.unreadable(line, format!("`{date_text}` is not a date FitNotes writes (like 2024-01-03)"));
            continue;
        };
        let Some(exercise) = out.exercise(get(Some(format.exercise)), Some(get(format.category)), line) else {
            continue;
        };
        let workout =
            out.workout(WorkoutKey { start: Start::Local(day), time_known: false, name: "", session: None }, line);
        let unit = match get(format.weight_unit) {
            "" => format.header_unit.or(options.unit).unwrap_or(WeightUnit::Kg),
            text => match values::weight_unit(text) {
                Some(unit) => unit,
                None => {
                    out.unreadable(line, format!("unknown weight unit `{text}` (expected kgs or lbs)"));
                    continue;
                }
            },
        };
        let number = |i: Option<usize>| values::number(get(i)).filter(|v| *v != 0.0);
        let distance = number(format.distance);
        let distance_unit = get(format.distance_unit);
        let metres = if distance_unit.is_empty() {
            Some(unit.long_distance().metres)
        } else {
            values::metres_per(distance_unit)
        };
        if distance.is_some() && metres.is_none() {
            out.warn(
                line,
                format!("the distance is in `{distance_unit}`, a unit GymLog does not know: it is left out"),
            );
        }
        let time = get(format.time);
        let read_time = values::duration_seconds(time, TwoParts::MinutesSeconds);
        if read_time.is_none() && !time.is_empty() {
            out.warn(line, format!("the time `{time}` could not be read: it is left out"));
        }
        let duration = read_time.filter(|s| *s > 0.0);
        let values = SetValues {
            set_type: SetType::Normal,
            weight: number(format.weight).map(|w| (w, unit)),
            reps: number(format.reps),
            rpe: None,
            distance_m: distance.zip(metres).map(|(d, m)| d * m),
            duration_s: duration,
            note: Some(get(format.comment).to_string()).filter(|c| !c.is_empty()),
        };
        out.set(line, workout, exercise, values);
    }
    progress(text.len() as u64);
    Ok(())
}

/// The start of a FitNotes row inside `field` (a line of it beginning with a date and a
/// comma), when a quote left open has swallowed rows.
fn swallowed_row(field: &str) -> Option<&str> {
    field.lines().skip(1).find(|line| {
        line.split_once(',').is_some_and(|(date, _)| values::datetime(date.trim(), &DATE_FORMATS).is_some())
    })
}

/// A field read without quoting, its quotes taken off again.
fn unquote(field: &str) -> String {
    let trimmed = field.trim();
    let inner = trimmed.strip_prefix('"').and_then(|f| f.strip_suffix('"')).unwrap_or(trimmed);
    inner.replace("\"\"", "\"")
}

/// The row's fields put back into the header's columns. A row with more fields than the
/// header had commas in its exercise name or its comment: of the ways to give the extra fields
/// to one or the other, the first whose date and numbers read is it. A short row lacks its
/// trailing empty fields.
fn aligned(mut fields: Vec<String>, format: &Format) -> Option<Vec<String>> {
    if fields.len() <= format.width {
        fields.resize(format.width, String::new());
        return Some(fields);
    }
    let extra = fields.len() - format.width;
    let fits = |row: &[String]| {
        values::datetime(row[format.date].trim(), &DATE_FORMATS).is_some()
            && format.numeric().all(|i| row[i].trim().is_empty() || values::number(&row[i]).is_some())
            && format.category.is_none_or(|i| values::number(&row[i]).is_none())
            && format.time.is_none_or(|i| {
                row[i].trim().is_empty() || values::duration_seconds(&row[i], TwoParts::MinutesSeconds).is_some()
            })
    };
    for in_name in (0..=extra).rev() {
        let in_comment = extra - in_name;
        if in_comment > 0 && format.comment != Some(format.width - 1) {
            continue;
        }
        let mut row: Vec<String> = Vec::with_capacity(format.width);
        let mut i = 0;
        while i < fields.len() && row.len() < format.width {
            let column = row.len();
            let take = if column == format.exercise { in_name + 1 } else { 1 };
            let take = if Some(column) == format.comment { fields.len() - i } else { take };
            row.push(fields[i..(i + take).min(fields.len())].join(","));
            i += take;
        }
        if row.len() == format.width && i == fields.len() && fits(&row) {
            return Some(row);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format() -> Format {
        sniff("Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment\n").unwrap().1
    }

    #[test]
    fn unquoted_commas_in_a_name_or_a_comment_are_put_back() {
        let row = |s: &str| s.split(',').map(str::to_string).collect::<Vec<_>>();
        let fixed = aligned(row("2024-01-03,Bench Press,Chest,100.0,5,,,,felt good, slow"), &format()).unwrap();
        assert_eq!(fixed[8], "felt good, slow");
        let fixed = aligned(row("2024-01-03,Press, Incline,Chest,60.0,8,,,,"), &format()).unwrap();
        assert_eq!((fixed[1].as_str(), fixed[3].as_str()), ("Press, Incline", "60.0"));
        let short = aligned(row("2024-01-03,Squat,Legs,140.0,3"), &format()).unwrap();
        assert_eq!(short.len(), 9);
        assert_eq!(unquote("\"5\"\" bar\""), "5\" bar");
    }

    #[test]
    fn a_quote_left_open_is_noticed_by_the_rows_it_swallows() {
        assert_eq!(
            swallowed_row("Box 24\"\n2024-05-01,Deadlift,Back,335.0,3"),
            Some("2024-05-01,Deadlift,Back,335.0,3")
        );
        assert_eq!(swallowed_row("30s rest\n2s squeeze, at the top"), None, "a note of two lines");
        assert_eq!(swallowed_row("one line"), None);
    }
}

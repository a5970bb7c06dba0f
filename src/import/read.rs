//! What Strong's and Hevy's readers share: the CSV reader (byte-order mark, delimiter from the
//! header line), columns found by name, and numbers, dates and durations read strictly, each
//! failure naming its line.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use super::ImportError;
use crate::domain::set_rules::{MAX_AMOUNT, MAX_REPS};

/// The file without a UTF-8 byte-order mark.
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// `;` when the header line holds more semicolons than commas, else `,`.
pub fn delimiter(bytes: &[u8]) -> u8 {
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |c: u8| header.iter().filter(|b| **b == c).count();
    if count(b';') > count(b',') { b';' } else { b',' }
}

/// A CSV reader over `bytes` (BOM removed), with its delimiter.
pub fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    let bytes = without_bom(bytes);
    csv::ReaderBuilder::new().delimiter(delimiter(bytes)).has_headers(true).flexible(false).from_reader(bytes)
}

/// The longest workout or exercise name an import takes.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest note (or any other field) an import takes.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// The columns that hold names, in Strong's and Hevy's exports.
const NAME_COLUMNS: [&str; 4] = ["Workout Name", "Exercise Name", "title", "exercise_title"];

/// The header row's columns by name (trimmed, case-insensitive).
pub struct Columns {
    index: HashMap<String, usize>,
    names: Vec<String>,
}

impl Columns {
    pub fn of(reader: &mut csv::Reader<&[u8]>) -> Result<Columns, ImportError> {
        let headers = reader.headers().map_err(|e| ImportError::at(1, format!("the header row is not CSV: {e}")))?;
        let names: Vec<String> = headers.iter().map(|h| h.trim().to_string()).collect();
        let index = names.iter().enumerate().map(|(i, n)| (n.to_lowercase(), i)).collect();
        Ok(Columns { index, names })
    }

    pub fn has(&self, name: &str) -> bool {
        self.index.contains_key(&name.to_lowercase())
    }

    /// Fails naming the first of `required` the header lacks.
    pub fn require(&self, required: &[&str], app: &str) -> Result<(), ImportError> {
        match required.iter().find(|r| !self.has(r)) {
            None => Ok(()),
            Some(missing) => Err(ImportError::at(
                1,
                format!(
                    "this is not a {app} export: its header has no `{missing}` column (it has: {})",
                    self.shown_names()
                ),
            )),
        }
    }

    /// Refuses a record with a field longer than any real export holds: a name of more than
    /// [`MAX_NAME_CHARS`], any other text of more than [`MAX_TEXT_CHARS`] (a 1 MB cell is a
    /// broken file, not a note).
    pub fn check_sizes(&self, record: &csv::StringRecord, line: u64) -> Result<(), ImportError> {
        for (name, field) in self.names.iter().zip(record.iter()) {
            let is_name = NAME_COLUMNS.iter().any(|n| n.eq_ignore_ascii_case(name));
            let limit = if is_name { MAX_NAME_CHARS } else { MAX_TEXT_CHARS };
            // Bytes first: cheap, and never fewer than characters.
            if field.len() > limit && field.chars().count() > limit {
                return Err(ImportError::at(
                    line,
                    format!(
                        "the `{name}` field is {} characters long; GymLog takes at most {limit}",
                        field.chars().count()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The header's names for a message: the first eight, each cut to 40 characters (a binary
    /// file's "header" is one long garbage name).
    fn shown_names(&self) -> String {
        let mut shown: Vec<String> = self
            .names
            .iter()
            .take(8)
            .map(|n| {
                if n.chars().count() > 40 {
                    format!("{}…", n.chars().take(40).collect::<String>())
                } else {
                    n.clone()
                }
            })
            .collect();
        if self.names.len() > 8 {
            shown.push(format!("… {} columns in all", self.names.len()));
        }
        shown.join(", ")
    }

    /// The field `name` of `record`, trimmed; empty when the column is absent.
    pub fn get<'r>(&self, record: &'r csv::StringRecord, name: &str) -> &'r str {
        self.index.get(&name.to_lowercase()).and_then(|i| record.get(*i)).map(str::trim).unwrap_or("")
    }
}

/// The line of a record (the header is line 1).
pub fn line_of(record: &csv::StringRecord) -> u64 {
    record.position().map_or(0, |p| p.line())
}

/// A CSV error as an import error at its line.
pub fn broken(e: csv::Error) -> ImportError {
    let line = e.position().map(|p| p.line());
    let reason = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("{len} fields where the header has {expected_len} (broken quoting?)")
        }
        csv::ErrorKind::Utf8 { .. } => "text that is not UTF-8".to_string(),
        _ => format!("not valid CSV ({e})"),
    };
    ImportError { line, reason }
}

/// A non-negative number (`62.5`; with `decimal_comma`, `62,5` too); empty is `None`.
pub fn amount(text: &str, what: &str, line: u64, decimal_comma: bool) -> Result<Option<f64>, ImportError> {
    if text.is_empty() {
        return Ok(None);
    }
    let normalized = if decimal_comma { text.replace(',', ".") } else { text.to_string() };
    let value: f64 = normalized
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| ImportError::at(line, format!("{what} `{text}` is not a number")))?;
    if value < 0.0 {
        return Err(ImportError::at(line, format!("{what} {text} is negative")));
    }
    Ok(Some(value))
}

/// A weight in its unit, refused beyond any human lift.
pub fn weight(text: &str, line: u64, decimal_comma: bool) -> Result<Option<f64>, ImportError> {
    let weight = amount(text, "weight", line, decimal_comma)?;
    if let Some(w) = weight.filter(|w| *w > MAX_AMOUNT) {
        return Err(ImportError::at(line, format!("a weight of {w} is not plausible")));
    }
    Ok(weight)
}

/// A whole, non-negative count of reps; empty is `None`.
pub fn reps(text: &str, line: u64) -> Result<Option<u32>, ImportError> {
    if text.is_empty() {
        return Ok(None);
    }
    let reps: i64 = text
        .parse::<f64>()
        .ok()
        .filter(|r| r.fract() == 0.0 && r.is_finite())
        .map(|r| r as i64)
        .ok_or_else(|| ImportError::at(line, format!("reps `{text}` is not a whole number")))?;
    if reps < 0 {
        return Err(ImportError::at(line, format!("reps {reps} is negative")));
    }
    if reps > i64::from(MAX_REPS) {
        return Err(ImportError::at(line, format!("{reps} reps is not plausible")));
    }
    Ok(Some(reps as u32))
}

/// An RPE (0 or empty: none), at most 10.
pub fn rpe(text: &str, line: u64, decimal_comma: bool) -> Result<Option<f64>, ImportError> {
    let rpe = amount(text, "RPE", line, decimal_comma)?.filter(|r| *r > 0.0);
    if let Some(r) = rpe.filter(|r| *r > 10.0) {
        return Err(ImportError::at(line, format!("RPE {r} is above 10")));
    }
    Ok(rpe)
}

/// A date and time in one of `formats` (chrono's parser), refused outside 1950–2100.
pub fn datetime(text: &str, formats: &[&str], line: u64) -> Result<NaiveDateTime, ImportError> {
    let parsed = formats.iter().find_map(|f| NaiveDateTime::parse_from_str(text, f).ok());
    let at = parsed.ok_or_else(|| {
        ImportError::at(line, format!("`{text}` is not a date and time this import knows (like {})", formats[0]))
    })?;
    let year = chrono::Datelike::year(&at);
    if !(1950..=2100).contains(&year) {
        return Err(ImportError::at(line, format!("the date {text} is not plausible")));
    }
    Ok(at)
}

/// A duration: `1h 5m`, `58m`, `45s` (humantime), or plain seconds.
pub fn duration_seconds(text: &str, line: u64) -> Result<Option<i64>, ImportError> {
    if text.is_empty() {
        return Ok(None);
    }
    if let Ok(seconds) = text.parse::<f64>() {
        return Ok(Some(seconds.max(0.0) as i64));
    }
    humantime::parse_duration(text)
        .map(|d| Some(d.as_secs() as i64))
        .map_err(|_| ImportError::at(line, format!("`{text}` is not a duration (like 1h 5m)")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_longer_than_any_export_holds_is_refused_by_line() {
        let csv = format!(
            "Workout Name,Notes\nPush,{}\n{},ok\nPush,{}\n",
            "n".repeat(10_000),
            "w".repeat(201),
            "n".repeat(10_001)
        );
        let mut reader = reader(csv.as_bytes());
        let columns = Columns::of(&mut reader).unwrap();
        let results: Vec<_> = reader
            .records()
            .map(|r| {
                let record = r.unwrap();
                columns.check_sizes(&record, line_of(&record))
            })
            .collect();
        assert_eq!(results[0], Ok(()), "10,000 characters of notes are fine");
        let name = results[1].as_ref().unwrap_err();
        assert_eq!(
            (name.line, name.reason.as_str()),
            (Some(3), "the `Workout Name` field is 201 characters long; GymLog takes at most 200")
        );
        assert_eq!(results[2].as_ref().unwrap_err().line, Some(4));
    }

    #[test]
    fn numbers_and_durations_are_read_strictly() {
        assert_eq!(amount("62.5", "weight", 2, false).unwrap(), Some(62.5));
        assert_eq!(amount("62,5", "weight", 2, true).unwrap(), Some(62.5));
        assert_eq!(amount("", "weight", 2, false).unwrap(), None);
        assert_eq!(amount("abc", "weight", 7, false).unwrap_err().to_string(), "line 7: weight `abc` is not a number");
        assert!(weight("10000", 3, false).unwrap_err().reason.contains("not plausible"));
        assert_eq!(reps("-5", 4,).unwrap_err().reason, "reps -5 is negative");
        assert_eq!(reps("5.0", 4).unwrap(), Some(5));
        assert!(reps("5.5", 4).is_err());
        for (text, seconds) in [("1h 5m", 3900), ("58m", 3480), ("1h", 3600), ("45s", 45), ("3600", 3600)] {
            assert_eq!(duration_seconds(text, 1).unwrap(), Some(seconds), "{text}");
        }
        assert!(duration_seconds("a while", 9).is_err());
        assert!(datetime("1899-01-01 10:00:00", &["%Y-%m-%d %H:%M:%S"], 5).unwrap_err().reason.contains("plausible"));
    }

    #[test]
    fn the_delimiter_comes_from_the_header() {
        assert_eq!(delimiter(b"Date;Workout Name;Exercise Name\n1,2,3"), b';');
        assert_eq!(delimiter(b"Date,Workout Name,Exercise Name\n"), b',');
    }
}

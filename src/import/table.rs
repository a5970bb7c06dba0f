//! What every CSV reader shares: the delimiter from the header line, the `csv` crate's reader
//! (RFC 4180: quoted commas, quotes and newlines, CRLF), a header's cells in a comparable form,
//! and a broken file's error as a message with its line.

use super::ImportError;

/// `;` or a tab when the first line holds more of them than commas, else `,`.
pub fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let count = |c: char| header.matches(c).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas && tabs > semicolons {
        b'\t'
    } else {
        b','
    }
}

/// A reader over `text` that takes rows of any length (the caller checks them).
pub fn reader(text: &str, delimiter: u8, has_headers: bool) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().delimiter(delimiter).has_headers(has_headers).flexible(true).from_reader(text.as_bytes())
}

/// A header cell made comparable: lowercase, trimmed, inner spaces single, quotes and a
/// byte-order mark gone (`"Weight (kg)"` → `weight (kg)`).
pub fn cell(text: &str) -> String {
    text.trim_start_matches('\u{feff}')
        .trim()
        .trim_matches('"')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The header row of `text`, each cell made comparable, or `None` for an empty file.
pub fn header(text: &str, delimiter: u8) -> Option<Vec<String>> {
    let mut reader = reader(text, delimiter, false);
    let first = reader.records().next()?.ok()?;
    Some(first.iter().map(cell).collect())
}

/// The line of a record (the first line is 1).
pub fn line_of(record: &csv::StringRecord) -> u64 {
    record.position().map_or(0, |p| p.line())
}

/// A CSV error as an import error at its line.
pub fn broken(e: csv::Error) -> ImportError {
    let line = e.position().map(|p| p.line());
    let reason = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "text that is not UTF-8".to_string(),
        _ => format!("not valid CSV ({e})"),
    };
    ImportError { line, reason }
}

/// Refuses a row whose field count is not the header's: the file is damaged (a quote opened
/// and never closed swallows the rows after it), so no row after it can be trusted.
pub fn check_width(record: &csv::StringRecord, width: usize) -> Result<(), ImportError> {
    if record.len() == width || (record.len() == 1 && record.get(0).is_some_and(|f| f.trim().is_empty())) {
        return Ok(());
    }
    Err(ImportError::at(
        line_of(record),
        format!(
            "{} fields where the header has {width} (a quote opened and never closed?): the file is damaged, \
             so none of it is imported",
            record.len()
        ),
    ))
}

/// Whether a record is blank (an empty line in the middle of a file).
pub fn is_blank(record: &csv::StringRecord) -> bool {
    record.iter().all(|f| f.trim().is_empty())
}

/// The header's cells for a message: the first eight, each cut to 40 characters.
pub fn shown(cells: &[String]) -> String {
    let mut shown: Vec<String> =
        cells
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
    if cells.len() > 8 {
        shown.push(format!("… {} columns in all", cells.len()));
    }
    shown.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_comes_from_the_header() {
        assert_eq!(delimiter("Date;Workout Name;Exercise Name\n1,2,3"), b';');
        assert_eq!(delimiter("Date,Workout Name,Exercise Name\n"), b',');
        assert_eq!(delimiter("Date\tWorkout\tExercise\n"), b'\t');
        assert_eq!(cell("\u{feff}\"Weight  (kg)\" "), "weight (kg)");
    }
}

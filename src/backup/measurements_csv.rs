//! The body measurements of a CSV export: one row per measurement not removed, oldest first,
//! in a file beside the sets' (`NAME-measurements.csv` next to `NAME.csv`), written only when
//! there are measurements. A convenience, like the sets' CSV, not a backup.

use std::path::{Path, PathBuf};

use chrono::Local;

use crate::domain::projection::History;
use crate::domain::units::format_amount;

/// The header row.
pub const HEADER: [&str; 8] = ["date", "measurement", "site", "side", "value", "unit", "value_cm", "value_pct"];

/// Where the measurements of a sets CSV at `sets` go: `NAME-measurements.csv` beside it.
pub fn beside(sets: &Path) -> PathBuf {
    let stem = sets.file_stem().map_or_else(|| "gymlog".into(), |s| s.to_string_lossy().into_owned());
    sets.with_file_name(format!("{stem}-measurements.csv"))
}

/// Every measurement as CSV (RFC 4180), oldest first, and how many.
pub fn measurements_csv(history: &History) -> Result<(Vec<u8>, u64), String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER).map_err(|e| e.to_string())?;
    let entries = history.measurements().entries();
    for e in entries {
        let date = e.at.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string();
        let r = e.reading;
        writer
            .write_record([
                date.as_str(),
                &e.site.label(),
                e.site.key(),
                e.site.side().map(|s| s.as_str()).unwrap_or_default(),
                &format_amount(r.value),
                r.unit.as_str(),
                &r.cm().map(|cm| cm.to_string()).unwrap_or_default(),
                &if r.cm().is_none() { format_amount(r.value) } else { String::new() },
            ])
            .map_err(|e| e.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    Ok((bytes, entries.len() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::{Event, EventKind};
    use crate::domain::measurement::{MeasureUnit, Reading, Side, Site};
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    #[test]
    fn each_measurement_is_a_row_in_its_unit_and_in_centimetres() {
        let at = |d: i64| Utc.timestamp_opt(1_700_000_000 + d * 86_400, 0).unwrap();
        let kinds = [
            EventKind::MeasurementLogged { site: Site::Arm(Side::Left), reading: Reading::new(15.0, MeasureUnit::In) },
            EventKind::MeasurementLogged {
                site: Site::Custom("Wrist, \"bony\"".into()),
                reading: Reading::new(17.5, MeasureUnit::Cm),
            },
            EventKind::MeasurementLogged { site: Site::BodyFat, reading: Reading::new(14.5, MeasureUnit::Percent) },
        ];
        let events: Vec<Event> = kinds
            .into_iter()
            .enumerate()
            .map(|(i, k)| Event::new(Uuid::from_u128(i as u128 + 1), at(i as i64), k))
            .collect();
        let (bytes, rows) = measurements_csv(&History::from_events(&events)).unwrap();
        assert_eq!(rows, 3);
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(
            &records[0].iter().skip(1).collect::<Vec<_>>(),
            &["Left arm", "arm", "left", "15", "in", "38.1", ""]
        );
        assert_eq!(&records[1][1], "Wrist, \"bony\"");
        assert_eq!((&records[2][5], &records[2][6], &records[2][7]), ("%", "", "14.5"));
        assert_eq!(
            beside(Path::new("/t/gymlog-sets-2026-12-07.csv")),
            Path::new("/t/gymlog-sets-2026-12-07-measurements.csv")
        );
    }
}

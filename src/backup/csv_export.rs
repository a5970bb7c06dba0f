//! CSV export (`gymlog export --format csv`, and a choice in the export panel): one row per set
//! of every saved workout, in the lifter's terms, for spreadsheets. A convenience, not a
//! backup: it leaves the backup counter alone (docs/backup-format.md, "CSV export").

use std::path::Path;

use chrono::Local;

use super::durable;
use crate::domain::projection::History;
use crate::domain::units::format_amount;

/// The header row.
pub const HEADER: [&str; 13] = [
    "date",
    "workout",
    "exercise",
    "set_number",
    "set_type",
    "weight",
    "unit",
    "weight_kg",
    "reps",
    "rpe",
    "distance_m",
    "duration_s",
    "note",
];

/// The file name the export panel suggests: `gymlog-sets-YYYY-MM-DD.csv`.
pub fn default_file_name(local_date: chrono::NaiveDate) -> String {
    format!("gymlog-sets-{}.csv", local_date.format("%Y-%m-%d"))
}

/// Every set of every saved workout as CSV (RFC 4180), oldest workout first.
pub fn sets_csv(history: &History) -> Result<(Vec<u8>, u64), String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER).map_err(|e| e.to_string())?;
    let mut rows = 0u64;
    let number = |x: Option<f64>| x.map(format_amount).unwrap_or_default();
    for workout in history.completed() {
        let date = workout.started_at.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string();
        let title = workout.title();
        for exercise in &workout.exercises {
            for (n, set) in workout.sets_of(exercise).enumerate() {
                let f = &set.facts;
                writer
                    .write_record([
                        date.as_str(),
                        title.as_str(),
                        exercise.as_str(),
                        &(n + 1).to_string(),
                        f.set_type.as_str(),
                        &f.weight.map(|w| format_amount(w.as_entered())).unwrap_or_default(),
                        f.weight.map(|w| w.entered_unit.as_str()).unwrap_or_default(),
                        &f.weight.map(|w| w.kg.to_string()).unwrap_or_default(),
                        &f.reps.map(|r| r.to_string()).unwrap_or_default(),
                        &number(f.rpe),
                        &number(f.distance_m),
                        &number(f.duration_s),
                        f.note.as_deref().unwrap_or_default(),
                    ])
                    .map_err(|e| e.to_string())?;
                rows += 1;
            }
        }
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    Ok((bytes, rows))
}

/// What a CSV export wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvWritten {
    pub path: std::path::PathBuf,
    pub sets: u64,
    /// The body measurements' file beside it and its rows (none: not written).
    pub measurements: Option<(std::path::PathBuf, u64)>,
}

impl CsvWritten {
    /// `Wrote 12 sets to A (and 3 measurements to B)`.
    pub fn describe(&self) -> String {
        let measurements = match &self.measurements {
            Some((path, rows)) => format!(" and {rows} measurements to {}", path.display()),
            None => String::new(),
        };
        format!("Wrote {} sets to {}{measurements}", self.sets, self.path.display())
    }
}

/// Writes [`sets_csv`] to `dest` atomically, and the body measurements beside it when there
/// are any (`super::measurements_csv`).
pub fn export_sets_csv(history: &History, dest: &Path) -> Result<CsvWritten, String> {
    if dest.is_dir() {
        return Err(format!("choose a file name, not a folder: {}", dest.display()));
    }
    if let Some(folder) = dest.parent().filter(|p| !p.as_os_str().is_empty())
        && !folder.is_dir()
    {
        return Err(format!("the folder {} does not exist", folder.display()));
    }
    let (bytes, rows) = sets_csv(history)?;
    durable::write_atomically(dest, &bytes).map_err(|e| format!("could not write {}: {e}", dest.display()))?;
    let mut written = CsvWritten { path: dest.to_path_buf(), sets: rows, measurements: None };
    if !history.measurements().entries().is_empty() {
        let (bytes, rows) = super::measurements_csv::measurements_csv(history)?;
        let beside = super::measurements_csv::beside(dest);
        durable::write_atomically(&beside, &bytes).map_err(|e| format!("could not write {}: {e}", beside.display()))?;
        written.measurements = Some((beside, rows));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::{Event, EventKind, SetFacts, SetType};
    use crate::domain::units::{Weight, WeightUnit};
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    #[test]
    fn hostile_names_survive_a_round_trip() {
        let w = Uuid::from_u128(1);
        let at = |m: i64| Utc.timestamp_opt(1_700_000_000 + m * 60, 0).unwrap();
        let name = "Push, \"heavy\"\nday – Übung 日本";
        let exercise = "Bench, \"paused\"";
        let note = "line one\nline two, \"quoted\"; ok";
        let set = |i: u32, set_type| SetFacts {
            exercise: exercise.into(),
            set_index: i,
            set_type,
            weight: Some(Weight::entered(225.0, WeightUnit::Lb)),
            reps: Some(5),
            rpe: Some(8.5),
            note: Some(note.into()),
            ..SetFacts::default()
        };
        let events = [
            EventKind::WorkoutStarted {
                workout_id: w,
                name: Some(name.into()),
                repeat_of: None,
                source: None,
                note: None,
                routine: None,
            },
            EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(2), set: set(0, SetType::WarmUp) },
            EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(3), set: set(1, SetType::Normal) },
            EventKind::WorkoutCompleted { workout_id: w },
        ];
        let history = History::from_events(
            &events
                .into_iter()
                .enumerate()
                .map(|(i, k)| Event::new(Uuid::from_u128(10 + i as u128), at(i as i64), k))
                .collect::<Vec<_>>(),
        );
        let (bytes, rows) = sets_csv(&history).unwrap();
        assert_eq!(rows, 2);
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), HEADER);
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 2);
        let r = &records[1];
        assert_eq!((&r[1], &r[2], &r[3], &r[4]), (name, exercise, "2", "normal"));
        assert_eq!((&r[5], &r[6], &r[8], &r[9], &r[12]), ("225", "lb", "5", "8.5", note));
        assert_eq!(r[7].parse::<f64>().unwrap(), 225.0 * 0.45359237);
        assert_eq!(&records[0][4], "warm_up");
    }
}

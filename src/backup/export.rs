//! Export backup (DESIGN.md §5): every event to a Parquet file, written beside the destination
//! under a temporary name, read back and checked, then renamed into place. A failure leaves no
//! file behind; the caller resets the backup counter only on success.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::domain::event::EVENT_SCHEMA_VERSION;
use crate::domain::event_row::EventRow;
use crate::store::{CopyCount, ParquetSummary, Store};

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The file name the save dialog suggests: `gymlog-backup-YYYY-MM-DD.parquet` (local date).
pub fn default_file_name(local_date: NaiveDate) -> String {
    format!("gymlog-backup-{}.parquet", local_date.format("%Y-%m-%d"))
}

/// `2.3 MiB`, `14.0 KiB`, `512 bytes`.
pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MiB", b as f64 / (1u64 << 20) as f64),
        b if b >= 1 << 10 => format!("{:.1} KiB", b as f64 / 1024.0),
        b => format!("{b} bytes"),
    }
}

/// A finished, verified export.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportReport {
    pub path: PathBuf,
    pub events: u64,
    pub bytes: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("choose a file name for the backup, not a folder: {0}")]
    NotAFile(PathBuf),
    #[error("the folder {0} does not exist")]
    NoFolder(PathBuf),
    #[error("could not write the backup to {path}: {reason}")]
    Write { path: PathBuf, reason: String },
    #[error("the backup written to {path} did not check out ({reason}); it was deleted")]
    Verify { path: PathBuf, reason: String },
}

/// Removes the temporary file unless the export got as far as renaming it.
struct TempFile(Option<PathBuf>);

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The temporary name beside `dest`: hidden, unique to this process, same folder (so the
/// final rename is atomic).
fn temp_path_for(dest: &Path) -> PathBuf {
    let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    dest.with_file_name(format!(".{name}.{}.partial", std::process::id()))
}

/// What a backup file must show when read back: every event of the snapshot, every column of
/// the event log, zstd throughout, and its own event count in the metadata.
fn check_backup(summary: &ParquetSummary, copied: CopyCount) -> Result<(), String> {
    if summary.rows != copied.table_rows || copied.written != copied.table_rows {
        return Err(format!("{} rows in the file, {} events in the database", summary.rows, copied.table_rows));
    }
    if let Some(missing) = EventRow::COLUMNS.iter().find(|c| !summary.columns.iter().any(|have| have == *c)) {
        return Err(format!("column {missing} is missing"));
    }
    if let Some(codec) = summary.codecs.iter().find(|c| !c.eq_ignore_ascii_case("zstd")) {
        return Err(format!("a column is compressed with {codec}, not zstd"));
    }
    let count = summary.metadata.iter().find(|(k, _)| k == "gymlog_event_count").map(|(_, v)| v.as_str());
    if count != Some(copied.table_rows.to_string().as_str()) {
        return Err(format!("the file's event count metadata is {count:?}, not {}", copied.table_rows));
    }
    Ok(())
}

/// Writes every event of `store` to `dest`.
pub fn export_backup(store: &Store, dest: &Path) -> Result<ExportReport, ExportError> {
    if dest.is_dir() || dest.file_name().is_none() {
        return Err(ExportError::NotAFile(dest.to_path_buf()));
    }
    let folder = match dest.parent() {
        Some(p) if p.as_os_str().is_empty() => Path::new("."),
        Some(p) => p,
        None => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(ExportError::NoFolder(folder.to_path_buf()));
    }
    let write_error = |reason: String| ExportError::Write { path: dest.to_path_buf(), reason };
    let mut temp = TempFile(Some(temp_path_for(dest)));
    let temp_path = temp.0.clone().expect("set above");

    let metadata = |count: u64| {
        vec![
            ("gymlog_app_version", APP_VERSION.to_string()),
            ("gymlog_event_schema_version", EVENT_SCHEMA_VERSION.to_string()),
            ("gymlog_event_count", count.to_string()),
        ]
    };
    let copied = store.copy_events_to_parquet(&temp_path, metadata).map_err(|e| write_error(e.to_string()))?;

    let verify_error = |reason: String| ExportError::Verify { path: dest.to_path_buf(), reason };
    let summary = store.read_parquet_summary(&temp_path).map_err(|e| verify_error(e.to_string()))?;
    check_backup(&summary, copied).map_err(verify_error)?;
    std::fs::File::open(&temp_path).and_then(|f| f.sync_all()).map_err(|e| write_error(e.to_string()))?;
    let bytes = std::fs::metadata(&temp_path).map_err(|e| write_error(e.to_string()))?.len();
    std::fs::rename(&temp_path, dest).map_err(|e| write_error(e.to_string()))?;
    temp.0 = None; // renamed into place: nothing to clean up
    let _ = super::state::sync_dir(folder);
    Ok(ExportReport { path: dest.to_path_buf(), events: summary.rows, bytes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_sizes() {
        assert_eq!(human_size(512), "512 bytes");
        assert_eq!(human_size(14 * 1024), "14.0 KiB");
        assert_eq!(human_size(2_422_836), "2.3 MiB");
    }

    #[test]
    fn default_name_uses_the_local_date() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
        assert_eq!(default_file_name(date), "gymlog-backup-2026-03-07.parquet");
    }

    fn good_summary() -> ParquetSummary {
        ParquetSummary {
            rows: 3,
            columns: EventRow::COLUMNS.iter().map(|c| c.to_string()).collect(),
            codecs: vec!["ZSTD".into()],
            metadata: vec![("gymlog_event_count".into(), "3".into())],
        }
    }

    #[test]
    fn a_backup_must_read_back_complete() {
        let copied = CopyCount { table_rows: 3, written: 3 };
        assert_eq!(check_backup(&good_summary(), copied), Ok(()));
        let short = ParquetSummary { rows: 2, ..good_summary() };
        assert!(check_backup(&short, copied).unwrap_err().contains("2 rows in the file, 3 events"));
        let mut no_reps = good_summary();
        no_reps.columns.retain(|c| c != "reps");
        assert_eq!(check_backup(&no_reps, copied).unwrap_err(), "column reps is missing");
        let snappy = ParquetSummary { codecs: vec!["ZSTD".into(), "SNAPPY".into()], ..good_summary() };
        assert!(check_backup(&snappy, copied).unwrap_err().contains("SNAPPY"));
        let no_count = ParquetSummary { metadata: vec![], ..good_summary() };
        assert!(check_backup(&no_count, copied).unwrap_err().contains("metadata"));
        assert!(check_backup(&good_summary(), CopyCount { table_rows: 3, written: 2 }).is_err());
    }

    #[test]
    fn the_temp_file_sits_beside_the_destination() {
        let temp = temp_path_for(Path::new("/a/b/it's.parquet"));
        assert_eq!(temp.parent(), Some(Path::new("/a/b")));
        assert!(temp.file_name().unwrap().to_string_lossy().starts_with(".it's.parquet."));
    }
}

//! Export backup (DESIGN.md §5): every event of a snapshot to a Parquet file, written beside
//! the destination under a temporary name, read back and checked — its shape, its metadata
//! and the content checksum recomputed from every decoded value — and only then renamed into
//! place. A failure leaves no file behind; the caller moves the backup counter only on success.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::durable;
use crate::domain::event::EVENT_SCHEMA_VERSION;
use crate::store::columns::{COLUMNS, SqlType};
use crate::store::{CHECKSUM_ALGORITHM, ContentDigest, ParquetFile, ParquetSummary, RowOrder, Snapshot, Store};

pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The key-value metadata every backup carries (docs/backup-format.md).
pub mod meta {
    pub const APP_VERSION: &str = "gymlog_app_version";
    pub const EVENT_SCHEMA_VERSION: &str = "gymlog_event_schema_version";
    pub const EVENT_COUNT: &str = "gymlog_event_count";
    pub const CONTENT_CHECKSUM: &str = "gymlog_content_checksum";
    pub const CHECKSUM_ALGORITHM: &str = "gymlog_content_checksum_algorithm";
}

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
    /// The content checksum, as in the file's metadata.
    pub checksum: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("choose a file name for the backup, not a folder: {0}")]
    NotAFile(PathBuf),
    #[error("the folder {0} does not exist")]
    NoFolder(PathBuf),
    #[error("{0} is a file, not a folder")]
    FileAsFolder(PathBuf),
    #[error("could not write the backup to {path}: {reason}")]
    Write { path: PathBuf, reason: String },
    #[error("the backup written to {path} did not check out ({reason}); it was deleted")]
    Verify { path: PathBuf, reason: String },
}

/// The temporary file an export writes: hidden, beside the destination (so the final rename
/// is atomic), named after this process. Removed on drop unless kept.
struct TempFile {
    path: PathBuf,
    keep: bool,
}

const TEMP_MARK: &str = ".gymlog-";
const TEMP_SUFFIX: &str = ".partial";

impl TempFile {
    fn beside(dest: &Path) -> TempFile {
        let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let name = durable::shortened(&name, durable::TEMP_NAME_KEEP);
        let path = dest.with_file_name(format!(".{name}{TEMP_MARK}{}{TEMP_SUFFIX}", std::process::id()));
        TempFile { path, keep: false }
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// The process id in a temp file name of ours (`.NAME.gymlog-PID.partial`), if it is one.
fn temp_file_pid(file_name: &str) -> Option<u32> {
    let rest = file_name.strip_prefix('.')?.strip_suffix(TEMP_SUFFIX)?;
    let (name, pid) = rest.rsplit_once(TEMP_MARK)?;
    (!name.is_empty()).then_some(())?;
    pid.parse().ok()
}

/// Whether the process that made a temp file could still be writing it.
pub(crate) fn still_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(target_os = "linux")]
    return Path::new(&format!("/proc/{pid}")).exists();
    #[cfg(not(target_os = "linux"))]
    false
}

/// Removes what an export killed part-way (power cut, `kill -9`) left in `folder`: only files
/// named like our temp files, and only of processes that are gone. Returns how many.
pub fn remove_leftovers(folder: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else { return 0 };
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_str().and_then(temp_file_pid).is_some_and(|pid| !still_running(pid)))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

/// The metadata a backup of `digest` carries.
fn backup_metadata(digest: &ContentDigest) -> Vec<(&'static str, String)> {
    vec![
        (meta::APP_VERSION, APP_VERSION.to_string()),
        (meta::EVENT_SCHEMA_VERSION, EVENT_SCHEMA_VERSION.to_string()),
        (meta::EVENT_COUNT, digest.rows.to_string()),
        (meta::CONTENT_CHECKSUM, digest.checksum_hex()),
        (meta::CHECKSUM_ALGORITHM, CHECKSUM_ALGORITHM.to_string()),
    ]
}

/// Whether DuckDB's name for a column's type, read back from a Parquet file, is `sql_type`.
pub fn parquet_type_matches(sql_type: SqlType, described: &str) -> bool {
    described.eq_ignore_ascii_case(sql_type.sql())
}

/// What a backup's footer must show: `expected.rows` rows, every event column with its type,
/// zstd throughout, its event count and content checksum in the metadata.
pub fn check_summary(summary: &ParquetSummary, expected: &ContentDigest) -> Result<(), String> {
    if summary.rows != expected.rows {
        return Err(format!("{} rows in the file, {} events in the database", summary.rows, expected.rows));
    }
    for column in &COLUMNS {
        match summary.columns.iter().find(|(name, _)| name == column.name) {
            None => return Err(format!("column {} is missing", column.name)),
            Some((_, described)) if !parquet_type_matches(column.sql_type, described) => {
                return Err(format!("column {} is {described}, not {}", column.name, column.sql_type.sql()));
            }
            Some(_) => {}
        }
    }
    if let Some(codec) = summary.codecs.iter().find(|c| !c.eq_ignore_ascii_case("zstd")) {
        return Err(format!("a column is compressed with {codec}, not zstd"));
    }
    let count = summary.metadata(meta::EVENT_COUNT);
    if count != Some(expected.rows.to_string().as_str()) {
        return Err(format!("the file's event count metadata is {count:?}, not {}", expected.rows));
    }
    let checksum = summary.metadata(meta::CONTENT_CHECKSUM);
    if checksum != Some(expected.checksum_hex().as_str()) {
        return Err(format!("the file's checksum metadata is {checksum:?}, not {}", expected.checksum_hex()));
    }
    Ok(())
}

/// Why a written backup did not check out.
#[derive(Debug)]
enum Unsound {
    /// Every event is there, intact, but not in `_created_at` order.
    OutOfOrder,
    Damaged(String),
}

impl From<String> for Unsound {
    fn from(reason: String) -> Unsound {
        Unsound::Damaged(reason)
    }
}

/// Reads a written backup back completely: its footer, then every value of every row, whose
/// content checksum must be `expected`, in `_created_at` order.
fn check_written(path: &Path, expected: &ContentDigest) -> Result<(), Unsound> {
    let file = ParquetFile::open(path).map_err(|e| e.to_string())?;
    check_summary(&file.summary().map_err(|e| e.to_string())?, expected)?;
    let found = file.content().map_err(|e| e.to_string())?;
    if found.digest != *expected {
        return Err(Unsound::Damaged(format!(
            "the content read back ({} rows, checksum {}) differs from the database's ({} rows, checksum {})",
            found.digest.rows,
            found.digest.checksum_hex(),
            expected.rows,
            expected.checksum_hex()
        )));
    }
    if !found.order.ordered {
        return Err(Unsound::OutOfOrder);
    }
    Ok(())
}

/// [`check_written`] for another writer of backup-shaped files (a sync folder's event files):
/// the reason a file does not check out, out of order included.
pub(crate) fn check_written_file(path: &Path, expected: &ContentDigest) -> Result<(), String> {
    check_written(path, expected).map_err(|unsound| match unsound {
        Unsound::OutOfOrder => "its rows are not in _created_at order".to_string(),
        Unsound::Damaged(reason) => reason,
    })
}

/// The folder `dest` goes into, if `dest` can be a backup file there.
fn destination_folder(dest: &Path) -> Result<&Path, ExportError> {
    if dest.is_dir() || dest.file_name().is_none() {
        return Err(ExportError::NotAFile(dest.to_path_buf()));
    }
    let folder = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if folder.exists() && !folder.is_dir() {
        return Err(ExportError::FileAsFolder(folder.to_path_buf()));
    }
    if !folder.is_dir() {
        return Err(ExportError::NoFolder(folder.to_path_buf()));
    }
    Ok(folder)
}

/// Writes every event of `store`, as it is now, to `dest`.
pub fn export_backup(store: &Store, dest: &Path) -> Result<ExportReport, ExportError> {
    let snapshot =
        store.snapshot().map_err(|e| ExportError::Write { path: dest.to_path_buf(), reason: e.to_string() })?;
    export_snapshot(&snapshot, dest)
}

/// Writes every event of `snapshot` to `dest`, checked, or nothing at all.
pub fn export_snapshot(snapshot: &Snapshot, dest: &Path) -> Result<ExportReport, ExportError> {
    export_with(snapshot, dest, |_| {})
}

/// [`export_snapshot`], with `tamper` run on the written temp file before it is read back:
/// the fault-injection point of the tests (a damaged page, a truncated file).
#[doc(hidden)]
pub fn export_with(snapshot: &Snapshot, dest: &Path, tamper: impl FnOnce(&Path)) -> Result<ExportReport, ExportError> {
    let folder = destination_folder(dest)?;
    remove_leftovers(folder);
    let write_error = |reason: String| ExportError::Write { path: dest.to_path_buf(), reason };
    let verify_error = |reason: String| ExportError::Verify { path: dest.to_path_buf(), reason };
    let mut temp = TempFile::beside(dest);

    let mut tamper = Some(tamper);
    let mut digest = snapshot.digest().map_err(|e| write_error(e.to_string()))?;
    let mut recorded = true;
    // A log is written as things happen, so its table is nearly always in time order: then
    // the COPY needs no sort (the read-back checks the order all the same).
    let in_order = snapshot.in_time_order().map_err(|e| write_error(e.to_string()))?;
    let mut order = if in_order { RowOrder::AsStored } else { RowOrder::Sort };
    loop {
        let written = snapshot
            .copy_to_parquet(&temp.path, &backup_metadata(&digest), order)
            .map_err(|e| write_error(e.to_string()))?;
        if written != digest.rows {
            return Err(verify_error(format!("{written} rows written, {} events in the database", digest.rows)));
        }
        if let Some(tamper) = tamper.take() {
            tamper(&temp.path);
        }
        // The file goes to disk while it is read back: the flush is I/O, the check is CPU.
        let (checked, synced) = std::thread::scope(|scope| {
            let sync = scope.spawn(|| durable::sync_file(&temp.path));
            let checked = check_written(&temp.path, &digest);
            (checked, sync.join().unwrap_or_else(|_| Err(std::io::Error::other("the flush to disk failed"))))
        });
        synced.map_err(|e| write_error(format!("could not flush it to disk: {e}")))?;
        match checked {
            Ok(()) => break,
            Err(Unsound::OutOfOrder) if order == RowOrder::AsStored => {
                eprintln!(
                    "gymlog: the events were not stored in time order after all; the backup is written again, sorted"
                );
                order = RowOrder::Sort;
            }
            Err(Unsound::OutOfOrder) => {
                return Err(verify_error("its rows are not in _created_at order".into()));
            }
            // The checksum recorded by the appends was used: the file may be damaged, or the
            // record wrong. A full scan of the snapshot tells which.
            Err(Unsound::Damaged(reason)) if recorded => {
                let scanned = snapshot.scan_digest().map_err(|e| verify_error(e.to_string()))?;
                if scanned == digest {
                    return Err(verify_error(reason));
                }
                eprintln!(
                    "gymlog: the recorded checksum of the events was stale; the backup is written again with one computed from every event"
                );
                digest = scanned;
                recorded = false;
            }
            Err(Unsound::Damaged(reason)) => return Err(verify_error(reason)),
        }
    }
    let bytes = std::fs::metadata(&temp.path).map_err(|e| write_error(e.to_string()))?.len();
    crate::private_fs::like_destination(&temp.path, dest).map_err(|e| write_error(e.to_string()))?;
    std::fs::rename(&temp.path, dest).map_err(|e| write_error(e.to_string()))?;
    temp.keep = true; // renamed into place: nothing to clean up
    let _ = durable::sync_dir(folder);
    Ok(ExportReport { path: dest.to_path_buf(), events: digest.rows, bytes, checksum: digest.checksum_hex() })
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

    fn digest() -> ContentDigest {
        ContentDigest { rows: 3, sum: 0xabc }
    }

    fn good_summary() -> ParquetSummary {
        ParquetSummary {
            rows: 3,
            columns: COLUMNS.iter().map(|c| (c.name.to_string(), c.sql_type.sql().to_string())).collect(),
            codecs: vec!["ZSTD".into()],
            metadata: backup_metadata(&digest()).into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        }
    }

    #[test]
    fn a_backup_footer_must_match_the_snapshot() {
        assert_eq!(check_summary(&good_summary(), &digest()), Ok(()));
        let short = ParquetSummary { rows: 2, ..good_summary() };
        assert!(check_summary(&short, &digest()).unwrap_err().contains("2 rows in the file, 3 events"));
        let mut no_reps = good_summary();
        no_reps.columns.retain(|(c, _)| c != "reps");
        assert_eq!(check_summary(&no_reps, &digest()).unwrap_err(), "column reps is missing");
        let mut text_reps = good_summary();
        text_reps.columns.iter_mut().filter(|(c, _)| c == "reps").for_each(|(_, t)| *t = "VARCHAR".into());
        assert_eq!(check_summary(&text_reps, &digest()).unwrap_err(), "column reps is VARCHAR, not INTEGER");
        let snappy = ParquetSummary { codecs: vec!["ZSTD".into(), "SNAPPY".into()], ..good_summary() };
        assert!(check_summary(&snappy, &digest()).unwrap_err().contains("SNAPPY"));
        let no_count = ParquetSummary { metadata: vec![], ..good_summary() };
        assert!(check_summary(&no_count, &digest()).unwrap_err().contains("count metadata"));
        let other = ContentDigest { rows: 3, sum: 0xabd };
        assert!(check_summary(&good_summary(), &other).unwrap_err().contains("checksum metadata"));
    }

    #[test]
    fn the_temp_file_sits_beside_the_destination_and_is_recognised() {
        let temp = TempFile::beside(Path::new("/a/b/it's.parquet"));
        assert_eq!(temp.path.parent(), Some(Path::new("/a/b")));
        let name = temp.path.file_name().unwrap().to_str().unwrap().to_string();
        assert_eq!(name, format!(".it's.parquet.gymlog-{}.partial", std::process::id()));
        assert_eq!(temp_file_pid(&name), Some(std::process::id()));
        assert_eq!(temp_file_pid(".x.parquet.gymlog-12.partial"), Some(12));
        for foreign in
            ["x.parquet", ".x.parquet.12.partial", ".gymlog-12.partial", ".x.gymlog-abc.partial", ".x.gymlog-1.part"]
        {
            assert_eq!(temp_file_pid(foreign), None, "{foreign}");
        }
    }

    #[test]
    fn leftovers_of_dead_exports_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        // No process has this id (above Linux's pid_max).
        let dead = dir.path().join(".old.parquet.gymlog-4999999.partial");
        let ours = dir.path().join(format!(".now.parquet.gymlog-{}.partial", std::process::id()));
        let foreign = dir.path().join(".notes.partial");
        let backup = dir.path().join("gymlog-backup-2026-01-01.parquet");
        for f in [&dead, &ours, &foreign, &backup] {
            std::fs::write(f, b"x").unwrap();
        }
        assert_eq!(remove_leftovers(dir.path()), 1);
        assert!(!dead.exists());
        assert!(ours.exists() && foreign.exists() && backup.exists());
    }
}

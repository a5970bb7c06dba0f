//! Team datasets (docs/datasets.md): an athlete's events as a Hive-partitioned Parquet dataset
//! `DIR/athlete=NAME/year=YYYY/*.parquet` — zstd, the backup's columns plus `athlete_name` (the
//! name as given; the folder holds it made safe for a file system) — that DuckDB, Spark and
//! Trino read as one table of every athlete. Exporting again replaces that athlete's folder
//! whole and touches no other: the new version is written and checked in a staging folder
//! (`DIR/.gymlog-staging/`, which the engines skip) and swapped in by two renames; if a crash
//! falls between them, the next export puts the previous version back first.

use std::path::{Path, PathBuf};

use crate::store::Store;

const STAGING: &str = ".gymlog-staging";

/// A finished dataset export.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetReport {
    /// `DIR/athlete=NAME`.
    pub folder: PathBuf,
    pub events: u64,
    /// The years written, oldest first.
    pub years: Vec<i32>,
}

/// The athlete's folder name: letters, digits, `-`, `_` and `.` kept (any script), everything
/// else `_`, at most 64 characters, never empty or hidden.
pub fn folder_name(athlete: &str) -> String {
    let safe: String = athlete
        .trim()
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
        .take(64)
        .collect();
    let safe = safe.trim_start_matches('.').to_string();
    if safe.is_empty() { "athlete".to_string() } else { safe }
}

/// Writes every event of `store` as athlete `athlete`'s part of the dataset in `dir`.
pub fn export_dataset(store: &Store, dir: &Path, athlete: &str) -> Result<DatasetReport, String> {
    if athlete.trim().is_empty() {
        return Err("give the athlete a name (--athlete NAME)".into());
    }
    let failed = |what: &str, e: &dyn std::fmt::Display| format!("could not {what} in {}: {e}", dir.display());
    std::fs::create_dir_all(dir).map_err(|e| failed("create the dataset folder", &e))?;
    let partition = format!("athlete={}", folder_name(athlete));
    let live = dir.join(&partition);
    let staging = dir.join(STAGING);
    std::fs::create_dir_all(&staging).map_err(|e| failed("create the staging folder", &e))?;
    put_back_previous(&live, &staging, &partition).map_err(|e| failed("recover the previous version", &e))?;

    let new = staging.join(format!("{partition}.new-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&new);
    let snapshot = store.snapshot().map_err(|e| e.to_string())?;
    let written = snapshot.copy_by_year(&new, athlete.trim()).map_err(|e| failed("write the dataset", &e))?;
    let read_back = snapshot.count_by_year(&new).map_err(|e| failed("read the dataset back", &e))?;
    if written != snapshot.event_count() || read_back != written {
        let _ = std::fs::remove_dir_all(&new);
        return Err(format!(
            "the dataset written for {athlete} did not check out ({written} rows written, {read_back} read back, {} events); nothing was replaced",
            snapshot.event_count()
        ));
    }
    let years = years_in(&new);
    // The swap: the old version aside, the new one in, the old one gone.
    let old = staging.join(format!("{partition}.old-{}", std::process::id()));
    if live.exists() {
        std::fs::rename(&live, &old).map_err(|e| failed("set the previous version aside", &e))?;
    }
    std::fs::rename(&new, &live).map_err(|e| failed("put the new version in place", &e))?;
    let _ = super::durable::sync_dir(dir);
    let _ = std::fs::remove_dir_all(&old);
    Ok(DatasetReport { folder: live, events: written, years })
}

/// After a crash between the two renames of a swap, the athlete's folder is missing and its
/// previous version waits in staging: move it back.
fn put_back_previous(live: &Path, staging: &Path, partition: &str) -> std::io::Result<()> {
    let prefix = format!("{partition}.old-");
    for entry in std::fs::read_dir(staging)?.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&prefix) {
            if live.exists() {
                std::fs::remove_dir_all(entry.path())?;
            } else {
                std::fs::rename(entry.path(), live)?;
            }
        }
    }
    Ok(())
}

fn years_in(partition: &Path) -> Vec<i32> {
    let mut years: Vec<i32> = std::fs::read_dir(partition)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().to_str()?.strip_prefix("year=")?.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    years.sort_unstable();
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn athlete_names_become_safe_folder_names() {
        assert_eq!(folder_name("Anna Lee"), "Anna_Lee");
        assert_eq!(folder_name("  O'Brien/Jr. "), "O_Brien_Jr.");
        assert_eq!(folder_name("Zoë Ünal"), "Zoë_Ünal");
        assert_eq!(folder_name("../etc"), "_etc");
        assert_eq!(folder_name("athlete=x"), "athlete_x");
        assert_eq!(folder_name("   "), "athlete");
        assert_eq!(folder_name(&"x".repeat(100)).len(), 64);
    }

    #[test]
    fn a_crash_between_the_renames_is_undone_by_the_next_export() {
        let dir = tempfile::tempdir().unwrap();
        let staging = dir.path().join(STAGING);
        let old = staging.join("athlete=A.old-12");
        std::fs::create_dir_all(old.join("year=2020")).unwrap();
        let live = dir.path().join("athlete=A");
        put_back_previous(&live, &staging, "athlete=A").unwrap();
        assert!(live.join("year=2020").is_dir(), "the previous version is back");
        assert!(!old.exists());
    }
}

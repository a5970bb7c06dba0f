//! Automatic backups (Settings): after every saved workout or once a day, into a folder the
//! lifter chose, as `gymlog-auto-YYYY-MM-DDTHHMMSS.parquet` (local time) through the same
//! verified export as a manual backup. The newest N are kept; a file not named exactly like
//! that is never deleted.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::export::{ExportReport, export_snapshot};
use crate::store::Snapshot;

/// Automatic backups kept when the lifter chose no other number.
pub const DEFAULT_KEEP: u32 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AutoFrequency {
    /// After every saved workout.
    #[default]
    EveryWorkout,
    /// At most once a (local) day: after a saved workout or at start.
    Daily,
}

impl AutoFrequency {
    pub const ALL: [AutoFrequency; 2] = [AutoFrequency::EveryWorkout, AutoFrequency::Daily];

    pub fn label(self) -> &'static str {
        match self {
            AutoFrequency::EveryWorkout => "after every saved workout",
            AutoFrequency::Daily => "once a day",
        }
    }
}

/// The automatic backup settings (kept in `backup.json`; off until the lifter turns them on).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AutoBackup {
    pub enabled: bool,
    pub folder: PathBuf,
    pub frequency: AutoFrequency,
    /// How many automatic backups to keep.
    pub keep: u32,
}

impl Default for AutoBackup {
    fn default() -> Self {
        AutoBackup { enabled: false, folder: PathBuf::new(), frequency: AutoFrequency::default(), keep: DEFAULT_KEEP }
    }
}

/// What makes the app consider an automatic backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    WorkoutSaved,
    Startup,
}

impl AutoBackup {
    /// Whether a backup is due at `now`, the last automatic one having been made at `last`.
    pub fn is_due(&self, trigger: Trigger, last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
        let local_day = |at: DateTime<Utc>| at.with_timezone(&Local).date_naive();
        match self.frequency {
            AutoFrequency::EveryWorkout => trigger == Trigger::WorkoutSaved,
            AutoFrequency::Daily => last.is_none_or(|last| local_day(last) < local_day(now)),
        }
    }
}

const PREFIX: &str = "gymlog-auto-";
const SUFFIX: &str = ".parquet";
const STAMP: &str = "%Y-%m-%dT%H%M%S";

/// `gymlog-auto-2026-11-28T143005.parquet`.
pub fn file_name(local: NaiveDateTime) -> String {
    format!("{PREFIX}{}{SUFFIX}", local.format(STAMP))
}

/// Whether `name` is exactly an automatic backup's name (only those are ever rotated away).
pub fn is_auto_file_name(name: &str) -> bool {
    name.strip_prefix(PREFIX)
        .and_then(|rest| rest.strip_suffix(SUFFIX))
        .is_some_and(|stamp| stamp.len() == 17 && NaiveDateTime::parse_from_str(stamp, STAMP).is_ok())
}

/// Deletes the oldest automatic backups in `folder` beyond the newest `keep`; returns them.
pub fn rotate(folder: &Path, keep: u32) -> std::io::Result<Vec<PathBuf>> {
    let mut autos: Vec<PathBuf> = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| e.file_name().to_str().is_some_and(is_auto_file_name))
        .map(|e| e.path())
        .collect();
    // The names sort as their times do.
    autos.sort();
    let excess = autos.len().saturating_sub(keep.max(1) as usize);
    let old: Vec<PathBuf> = autos.into_iter().take(excess).collect();
    for path in &old {
        std::fs::remove_file(path)?;
    }
    Ok(old)
}

/// An automatic backup: the verified export of `snapshot` into the folder, then the rotation.
pub fn run(snapshot: &Snapshot, settings: &AutoBackup, now: DateTime<Utc>) -> Result<ExportReport, String> {
    if settings.folder.as_os_str().is_empty() {
        return Err("no folder is set for automatic backups".into());
    }
    if !settings.folder.is_dir() {
        return Err(format!("the folder {} does not exist", settings.folder.display()));
    }
    let dest = settings.folder.join(file_name(now.with_timezone(&Local).naive_local()));
    let report = export_snapshot(snapshot, &dest).map_err(|e| e.to_string())?;
    rotate(&settings.folder, settings.keep)
        .map_err(|e| format!("the backup was written, but old automatic backups could not be removed: {e}"))?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn at(d: u32, h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap().and_hms_opt(h, m, s).unwrap()
    }

    #[test]
    fn names_are_recognised_exactly() {
        assert_eq!(file_name(at(28, 14, 30, 5)), "gymlog-auto-2026-11-28T143005.parquet");
        assert!(is_auto_file_name("gymlog-auto-2026-11-28T143005.parquet"));
        for foreign in [
            "gymlog-backup-2026-11-28.parquet",
            "gymlog-auto-2026-11-28T143005.parquet.bak",
            "gymlog-auto-2026-11-28T1430.parquet",
            "gymlog-auto-2026-13-28T143005.parquet",
            "my gymlog-auto-2026-11-28T143005.parquet",
            "gymlog-auto-2026-11-28T143005 (copy).parquet",
        ] {
            assert!(!is_auto_file_name(foreign), "{foreign}");
        }
    }

    #[test]
    fn rotation_keeps_the_newest_and_never_touches_other_files() {
        let dir = tempfile::tempdir().unwrap();
        for d in 1..=5 {
            std::fs::write(dir.path().join(file_name(at(d, 8, 0, 0))), b"x").unwrap();
        }
        let foreign = ["notes.txt", "gymlog-backup-2026-11-01.parquet", "gymlog-auto-old.parquet"];
        for name in foreign {
            std::fs::write(dir.path().join(name), b"x").unwrap();
        }
        let removed = rotate(dir.path(), 3).unwrap();
        assert_eq!(removed.len(), 2);
        assert!(!dir.path().join(file_name(at(1, 8, 0, 0))).exists());
        assert!(!dir.path().join(file_name(at(2, 8, 0, 0))).exists());
        assert!(dir.path().join(file_name(at(5, 8, 0, 0))).exists());
        for name in foreign {
            assert!(dir.path().join(name).exists(), "{name}");
        }
    }

    #[test]
    fn due_after_every_workout_or_once_a_local_day() {
        let every = AutoBackup { frequency: AutoFrequency::EveryWorkout, ..AutoBackup::default() };
        let daily = AutoBackup { frequency: AutoFrequency::Daily, ..AutoBackup::default() };
        let now = Local.from_local_datetime(&at(28, 18, 0, 0)).unwrap().with_timezone(&Utc);
        let earlier_today = Local.from_local_datetime(&at(28, 7, 0, 0)).unwrap().with_timezone(&Utc);
        let yesterday = Local.from_local_datetime(&at(27, 22, 0, 0)).unwrap().with_timezone(&Utc);
        assert!(every.is_due(Trigger::WorkoutSaved, Some(earlier_today), now));
        assert!(!every.is_due(Trigger::Startup, None, now));
        assert!(daily.is_due(Trigger::Startup, None, now));
        assert!(daily.is_due(Trigger::WorkoutSaved, Some(yesterday), now));
        assert!(!daily.is_due(Trigger::WorkoutSaved, Some(earlier_today), now));
    }
}

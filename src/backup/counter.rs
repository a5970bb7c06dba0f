//! The backup counter as both front ends keep it: the state (`state.rs`) and the file it lives
//! in, every change saved at once. Its policy lives here and nowhere else:
//! - a saved workout counts one, and brings a dismissed reminder back;
//! - an import counts the workouts it added (they are in no backup yet); a dry run counts none;
//! - a verified backup takes off what was counted when its snapshot was taken — workouts saved
//!   while it was written keep counting;
//! - a restore counts nothing: what it adds came from a backup.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use super::auto::AutoBackup;
use super::state::{BackupState, BackupStateFile};

/// The counter changed in memory but its file could not be written.
#[derive(Debug, thiserror::Error)]
#[error("Could not save the backup counter to {}: {source}", path.display())]
pub struct CounterNotSaved {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// The backup state and its file.
#[derive(Debug, Clone)]
pub struct BackupCounter {
    file: BackupStateFile,
    state: BackupState,
}

impl BackupCounter {
    /// Reads the counter from `path`, with what was wrong with a damaged file (kept aside; the
    /// reminder then shows).
    pub fn open(path: impl Into<PathBuf>) -> (BackupCounter, Option<String>) {
        let file = BackupStateFile::new(path);
        let loaded = file.load();
        (BackupCounter { file, state: loaded.state }, loaded.problem)
    }

    pub fn state(&self) -> &BackupState {
        &self.state
    }

    /// What a backup whose snapshot is taken now holds: every workout counted so far.
    pub fn counted(&self) -> u32 {
        self.state.workouts_since_backup
    }

    /// A workout's events were committed.
    pub fn workout_saved(&mut self) -> Result<(), CounterNotSaved> {
        self.state.increment_workout_count();
        self.save()
    }

    /// An import added `new_workouts` (none on a dry run, and then nothing is written).
    pub fn imported(&mut self, new_workouts: u32, dry_run: bool) -> Result<(), CounterNotSaved> {
        if dry_run || new_workouts == 0 {
            return Ok(());
        }
        for _ in 0..new_workouts {
            self.state.increment_workout_count();
        }
        self.save()
    }

    /// A backup was verified at `now`; its snapshot held `counted_in_snapshot` workouts.
    pub fn backed_up(&mut self, now: DateTime<Utc>, counted_in_snapshot: u32) -> Result<(), CounterNotSaved> {
        self.state.reset_backup_count(now, counted_in_snapshot);
        self.save()
    }

    /// An automatic backup was verified at `at` (it counts as a backup too).
    pub fn auto_backed_up(&mut self, at: DateTime<Utc>, counted_in_snapshot: u32) -> Result<(), CounterNotSaved> {
        self.state.last_auto_backup = Some(at);
        self.backed_up(at, counted_in_snapshot)
    }

    /// The lifter dismissed the reminder until the next saved workout.
    pub fn dismiss_reminder(&mut self) -> Result<(), CounterNotSaved> {
        self.state.dismiss_reminder();
        self.save()
    }

    /// The number of workouts at which the reminder shows (at least 1); an unchanged number
    /// writes nothing.
    pub fn set_threshold(&mut self, threshold: u32) -> Result<(), CounterNotSaved> {
        let threshold = threshold.max(1);
        if self.state.threshold == threshold {
            return Ok(());
        }
        self.state.threshold = threshold;
        self.save()
    }

    pub fn set_auto_backup(&mut self, settings: AutoBackup) -> Result<(), CounterNotSaved> {
        self.state.auto_backup = settings;
        self.save()
    }

    fn save(&self) -> Result<(), CounterNotSaved> {
        self.file.save(&self.state).map_err(|source| CounterNotSaved { path: self.file.path().to_path_buf(), source })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 6, 10, 0, 0).unwrap()
    }

    fn reopened(counter: &BackupCounter) -> BackupState {
        let (again, problem) = BackupCounter::open(counter.file.path());
        assert_eq!(problem, None);
        again.state
    }

    #[test]
    fn every_change_is_on_disk_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let (mut counter, problem) = BackupCounter::open(dir.path().join("backup.json"));
        assert_eq!(problem, None);
        counter.workout_saved().unwrap();
        counter.imported(3, false).unwrap();
        assert_eq!(reopened(&counter).workouts_since_backup, 4);
        counter.imported(5, true).unwrap();
        assert_eq!(reopened(&counter).workouts_since_backup, 4, "a dry run counts nothing");
        let in_snapshot = counter.counted();
        counter.workout_saved().unwrap(); // saved while the backup was written
        counter.backed_up(now(), in_snapshot).unwrap();
        let state = reopened(&counter);
        assert_eq!(state.workouts_since_backup, 1);
        assert_eq!(state.last_backup_date, Some(now()));
    }

    #[test]
    fn an_unchanged_threshold_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("backup.json");
        let (mut counter, _) = BackupCounter::open(&path);
        counter.set_threshold(counter.state().threshold).unwrap();
        assert!(!path.exists());
        counter.set_threshold(0).unwrap();
        assert_eq!(reopened(&counter).threshold, 1);
    }

    #[test]
    fn a_counter_that_cannot_be_written_says_where() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a-file"), b"").unwrap();
        let (mut counter, _) = BackupCounter::open(dir.path().join("a-file/backup.json"));
        let before = counter.counted();
        let error = counter.workout_saved().unwrap_err();
        assert!(error.to_string().contains("a-file"), "{error}");
        assert_eq!(counter.counted(), before + 1, "the count in memory goes on");
    }
}

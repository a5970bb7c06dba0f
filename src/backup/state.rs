//! Backup state (DESIGN.md §5): how many workouts were saved since the last backup, when that
//! was, whether the reminder was dismissed, and the automatic backup settings. Kept as
//! `backup.json` in the config dir, written atomically.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::auto::AutoBackup;
use super::json_file;

/// Saved workouts after which the reminder shows, unless the user picks another number.
pub const BACKUP_THRESHOLD: u32 = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackupState {
    pub workouts_since_backup: u32,
    /// When the last verified export finished (ISO-8601), or never.
    pub last_backup_date: Option<DateTime<Utc>>,
    pub reminder_dismissed: bool,
    pub threshold: u32,
    /// Automatic backups (Settings).
    pub auto_backup: AutoBackup,
    /// When the last automatic backup was verified.
    pub last_auto_backup: Option<DateTime<Utc>>,
}

impl Default for BackupState {
    fn default() -> Self {
        BackupState {
            workouts_since_backup: 0,
            last_backup_date: None,
            reminder_dismissed: false,
            threshold: BACKUP_THRESHOLD,
            auto_backup: AutoBackup::default(),
            last_auto_backup: None,
        }
    }
}

impl BackupState {
    /// A workout's events were committed.
    pub fn increment_workout_count(&mut self) {
        self.workouts_since_backup = self.workouts_since_backup.saturating_add(1);
        self.reminder_dismissed = false;
    }

    /// An export succeeded and was verified at `now`. `in_backup` is what the counter was
    /// when the export took its snapshot: workouts saved after that are not in the backup and
    /// keep counting.
    pub fn reset_backup_count(&mut self, now: DateTime<Utc>, in_backup: u32) {
        self.workouts_since_backup = self.workouts_since_backup.saturating_sub(in_backup);
        self.last_backup_date = Some(now);
        self.reminder_dismissed = false;
    }

    /// The user dismissed the reminder: hidden until the next saved workout.
    pub fn dismiss_reminder(&mut self) {
        self.reminder_dismissed = true;
    }

    pub fn should_show_reminder(&self) -> bool {
        self.workouts_since_backup >= self.threshold.max(1) && !self.reminder_dismissed
    }

    /// The state to use when `backup.json` cannot be read: nothing is known about the last
    /// backup, so the reminder shows (never silently "backed up").
    pub fn unknown() -> BackupState {
        BackupState { workouts_since_backup: BACKUP_THRESHOLD, ..BackupState::default() }
    }
}

/// A backup state is a few hundred bytes; a file far larger is not one (and is not read whole).
const MAX_STATE_BYTES: u64 = 64 * 1024;

/// Where the state lives, and how it is read and written.
#[derive(Debug, Clone)]
pub struct BackupStateFile {
    path: PathBuf,
}

/// The state read at start, and what went wrong reading it (to tell the user).
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub state: BackupState,
    pub problem: Option<String>,
}

impl BackupStateFile {
    pub fn new(path: impl Into<PathBuf>) -> BackupStateFile {
        BackupStateFile { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the state. A missing file is the default state; an unreadable or corrupt one
    /// (empty, truncated, garbage, wrong types, absurdly large) is kept aside as
    /// `backup.json.corrupt` and reported, and the reminder shows.
    pub fn load(&self) -> Loaded {
        match json_file::read(&self.path, MAX_STATE_BYTES, "backup state") {
            json_file::Read::Missing => Loaded { state: BackupState::default(), problem: None },
            json_file::Read::Read(state) => Loaded { state, problem: None },
            json_file::Read::Unreadable(problem) => self.unreadable(problem),
            json_file::Read::Damaged { damage, kept } => self.unreadable(format!(
                "{} is damaged ({damage}); {kept} and assumed no recent backup",
                self.path.display()
            )),
        }
    }

    fn unreadable(&self, problem: String) -> Loaded {
        Loaded { state: BackupState::unknown(), problem: Some(problem) }
    }

    /// Writes the state atomically: a crash leaves the old file or the new one, never half of
    /// one.
    pub fn save(&self, state: &BackupState) -> std::io::Result<()> {
        json_file::write(&self.path, state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 26, 10, 0, 0).unwrap()
    }

    #[test]
    fn the_reminder_shows_at_the_threshold_until_dismissed() {
        let mut s = BackupState::default();
        for _ in 0..9 {
            s.increment_workout_count();
        }
        assert!(!s.should_show_reminder());
        s.increment_workout_count();
        assert!(s.should_show_reminder());
        s.dismiss_reminder();
        assert!(!s.should_show_reminder());
        s.increment_workout_count();
        assert!(s.should_show_reminder(), "the next saved workout brings it back");
        assert_eq!(s.workouts_since_backup, 11);
        s.reset_backup_count(now(), 11);
        assert_eq!(s, BackupState { last_backup_date: Some(now()), ..BackupState::default() });
        assert!(!s.should_show_reminder());
    }

    #[test]
    fn workouts_saved_after_the_snapshot_keep_counting() {
        let mut s = BackupState::default();
        for _ in 0..12 {
            s.increment_workout_count();
        }
        // The export's snapshot held 12; one more was saved while it ran.
        s.increment_workout_count();
        s.reset_backup_count(now(), 12);
        assert_eq!(s.workouts_since_backup, 1);
        assert_eq!(s.last_backup_date, Some(now()));
    }

    #[test]
    fn a_custom_threshold_is_honoured() {
        let mut s = BackupState { threshold: 3, ..BackupState::default() };
        s.increment_workout_count();
        s.increment_workout_count();
        assert!(!s.should_show_reminder());
        s.increment_workout_count();
        assert!(s.should_show_reminder());
    }

    #[test]
    fn state_survives_a_save_and_load() {
        let dir = tempfile::tempdir().unwrap();
        let file = BackupStateFile::new(dir.path().join("cfg/backup.json"));
        assert_eq!(file.load(), Loaded { state: BackupState::default(), problem: None });
        let mut s = BackupState::default();
        s.increment_workout_count();
        s.reset_backup_count(now(), 1);
        s.increment_workout_count();
        s.dismiss_reminder();
        file.save(&s).unwrap();
        assert_eq!(file.load(), Loaded { state: s, problem: None });
        let text = std::fs::read_to_string(file.path()).unwrap();
        assert!(text.contains("\"last_backup_date\": \"2026-11-26T10:00:00Z\""), "{text}");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("cfg")).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temp file left behind");
    }

    #[test]
    fn a_corrupt_file_is_reported_kept_aside_and_shows_the_reminder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("backup.json");
        std::fs::write(&path, b"{\"workouts_since_backup\": 0, \"last_b").unwrap();
        let loaded = BackupStateFile::new(&path).load();
        assert!(loaded.state.should_show_reminder());
        assert!(loaded.problem.as_deref().unwrap().contains("damaged"), "{:?}", loaded.problem);
        assert_eq!(std::fs::read(dir.path().join("backup.json.corrupt")).unwrap(), std::fs::read(&path).unwrap());
    }
}

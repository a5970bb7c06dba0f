//! Export-and-reset-counter, the use case the command line (`gymlog export`) and the window
//! (Export backup, automatic backups) share, in three steps so the window can run the middle
//! one off the UI thread: [`begin`] takes the snapshot and reads the counter beside it (on the
//! thread that saves workouts, so the count is exactly what the snapshot holds), [`BackupBegun::write`]
//! writes and verifies the file, [`BackupWritten::count`] takes what the snapshot held off the
//! counter — workouts saved meanwhile keep counting; a failed export changes nothing.

use std::path::Path;

use chrono::{DateTime, Utc};

use crate::backup::auto::{self, AutoBackup};
use crate::backup::counter::{BackupCounter, CounterNotSaved};
use crate::backup::export::{ExportError, ExportReport, export_snapshot};
use crate::store::{Snapshot, Store, StoreError};

/// A snapshot of the log and the workouts it holds, ready to be written.
pub struct BackupBegun {
    snapshot: Snapshot,
    counted: u32,
}

/// A verified backup, not yet taken off the counter.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupWritten {
    pub report: ExportReport,
    counted: u32,
    automatic: bool,
}

/// Takes the snapshot of `store` (whose writes are settled: `Recorder` hands out no other) and
/// the count of `counter` that goes with it.
pub fn begin(store: &Store, counter: &BackupCounter) -> Result<BackupBegun, StoreError> {
    Ok(BackupBegun { snapshot: store.snapshot()?, counted: counter.counted() })
}

impl BackupBegun {
    /// The events the backup will hold.
    pub fn events(&self) -> u64 {
        self.snapshot.event_count()
    }

    /// Writes the backup to `dest`, verified, or nothing at all.
    pub fn write(self, dest: &Path) -> Result<BackupWritten, ExportError> {
        let report = export_snapshot(&self.snapshot, dest)?;
        Ok(BackupWritten { report, counted: self.counted, automatic: false })
    }

    /// Writes an automatic backup into the folder of `settings`, then rotates the old ones.
    pub fn write_automatic(self, settings: &AutoBackup, now: DateTime<Utc>) -> Result<BackupWritten, String> {
        let report = auto::run(&self.snapshot, settings, now)?;
        Ok(BackupWritten { report, counted: self.counted, automatic: true })
    }
}

impl BackupWritten {
    /// Takes what the backup holds off the counter (the backup stays valid when the counter
    /// cannot be saved: the error says so).
    pub fn count(&self, counter: &mut BackupCounter, now: DateTime<Utc>) -> Result<(), CounterNotSaved> {
        if self.automatic { counter.auto_backed_up(now, self.counted) } else { counter.backed_up(now, self.counted) }
    }
}

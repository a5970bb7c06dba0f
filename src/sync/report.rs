//! What a sync did, for the lifter (`gymlog sync`, the window's Settings → Sync): the file it
//! wrote, the files it merged and what they added, the files it skipped and why, the devices
//! in the folder, and the sets changed on two devices without one seeing the other.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::skip::SkipReason;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyncReport {
    pub folder: PathBuf,
    /// The folder is encrypted (format 2): every file this sync wrote is.
    pub encrypted: bool,
    /// This device.
    pub device_id: Uuid,
    pub device_name: String,
    /// The file written with this device's new events, if it had any.
    pub written: Option<WrittenFile>,
    /// This device's files folded into one, if there were too many.
    pub compacted: Option<Compaction>,
    /// This device's plain files removed from an encrypted folder, their events being in its
    /// encrypted files (`<device id>/<file name>`, inside `GymLog/v1`).
    pub plain_removed: Vec<String>,
    pub merged: Vec<MergedFile>,
    pub skipped: Vec<SkippedFile>,
    pub devices: Vec<DeviceSeen>,
    /// Sets whose latest two edits were made on two devices, neither seeing the other's.
    pub changed_on_two_devices: Vec<ChangedOnTwoDevices>,
    /// Events in the database after the sync.
    pub events_after: u64,
    /// A problem with the local sync state (it was started afresh); nothing was lost.
    pub state_problem: Option<String>,
}

impl SyncReport {
    /// Events the merged files added to the database.
    pub fn events_added(&self) -> u64 {
        self.merged.iter().map(|m| m.added).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WrittenFile {
    /// `<device id>/<file name>`, inside `GymLog/v1`.
    pub file: String,
    pub events: u64,
    pub bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Compaction {
    pub file: String,
    pub events: u64,
    /// The files it replaced, removed once it was on disk.
    pub removed: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MergedFile {
    pub file: String,
    pub device_id: Uuid,
    pub device_name: String,
    /// Events in the file.
    pub events: u64,
    /// Of them, events the database did not have.
    pub added: u64,
    /// Events whose id the database had with other content (the database's kept).
    pub conflicts: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkippedFile {
    /// The path inside the sync folder.
    pub file: String,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeviceSeen {
    pub device_id: Uuid,
    /// From its `device.json`; its id when that cannot be read.
    pub name: String,
    pub this_device: bool,
    pub files: usize,
    /// Events in its files (some may be in another device's files too).
    pub events: u64,
    /// When its newest file was written.
    pub last_file_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChangedOnTwoDevices {
    pub workout_id: Option<Uuid>,
    pub set_id: Uuid,
    pub exercise: Option<String>,
    /// The edit that counts (the later in log order) and the one it set aside.
    pub kept: EditSeen,
    pub set_aside: EditSeen,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EditSeen {
    pub event_id: Uuid,
    pub device_id: Uuid,
    pub device_name: String,
    pub created_at: DateTime<Utc>,
}

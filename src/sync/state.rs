//! What this installation remembers of its syncs (`sync-state.json` beside the other settings):
//! per folder, the files it has merged — each by its path in the folder and its content
//! checksum, so a file is read once and a file replaced under the same name is read again —
//! what the set edits of those files replaced (for the "changed on two devices" note), and the
//! last sync; and the folder last synced, for `gymlog sync` without one. Losing it costs time,
//! never events: merging a file again adds nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::backup::json_file;

/// The file's name in the state dir.
pub const STATE_FILE: &str = "sync-state.json";

/// Far above what years of syncs with a handful of devices hold.
const MAX_STATE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SyncState {
    /// The folder of the last sync.
    pub last_folder: Option<PathBuf>,
    /// By folder (as given to the sync).
    pub folders: BTreeMap<PathBuf, FolderState>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FolderState {
    /// `<device id>/<file name>` → content checksum, of every file merged (or written here).
    pub merged: BTreeMap<String, String>,
    /// Set edits of the files merged or written: edit event id → who made it and what it
    /// replaced there.
    pub edits: BTreeMap<Uuid, EditOrigin>,
    pub last_sync: Option<DateTime<Utc>>,
    /// Events in the database after the last sync. A log only grows: a database holding fewer
    /// is another one (a reinstall that kept the settings), and every file is merged afresh.
    pub events_after: u64,
}

/// Where a `set_updated` was made and the set's event it replaced there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditOrigin {
    pub device: Uuid,
    pub replaced: Uuid,
}

impl FolderState {
    pub fn has_merged(&self, key: &str, checksum: &str) -> bool {
        self.merged.get(key).is_some_and(|c| c == checksum)
    }
}

/// The state read, and what was wrong with the file if it could not be read.
pub struct Loaded {
    pub state: SyncState,
    pub problem: Option<String>,
}

/// `sync-state.json` in a state dir.
#[derive(Debug, Clone)]
pub struct StateFile {
    path: PathBuf,
}

impl StateFile {
    pub fn in_dir(dir: &Path) -> StateFile {
        StateFile { path: dir.join(STATE_FILE) }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The state; a missing file is a fresh one. A damaged one is kept aside as
    /// `sync-state.json.corrupt` and reported, and the sync starts afresh (every file is read
    /// once more; nothing is merged twice, as merging adds only what is missing).
    pub fn load(&self) -> Loaded {
        let problem = match json_file::read(&self.path, MAX_STATE_BYTES, "sync state") {
            json_file::Read::Missing => None,
            json_file::Read::Read(state) => return Loaded { state, problem: None },
            json_file::Read::Unreadable(problem) => {
                Some(format!("{problem}; every file in the folder is checked again"))
            }
            json_file::Read::Damaged { damage, kept } => Some(format!(
                "{} is damaged ({damage}); {kept}, and every file in the folder is checked again",
                self.path.display()
            )),
        };
        Loaded { state: SyncState::default(), problem }
    }

    /// Writes the state atomically.
    pub fn save(&self, state: &SyncState) -> std::io::Result<()> {
        json_file::write(&self.path, state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_survives_a_save_and_a_damaged_one_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let file = StateFile::in_dir(dir.path());
        let fresh = file.load();
        assert_eq!((fresh.state, fresh.problem), (SyncState::default(), None));
        let mut state = SyncState { last_folder: Some("/sync".into()), ..SyncState::default() };
        let folder = state.folders.entry("/sync".into()).or_default();
        folder.merged.insert("0193/events-000001.parquet".into(), "00ff".into());
        folder
            .edits
            .insert(Uuid::from_u128(5), EditOrigin { device: Uuid::from_u128(1), replaced: Uuid::from_u128(4) });
        file.save(&state).unwrap();
        let read = file.load();
        assert_eq!((read.state.clone(), read.problem), (state.clone(), None));
        assert!(read.state.folders[Path::new("/sync")].has_merged("0193/events-000001.parquet", "00ff"));
        assert!(!read.state.folders[Path::new("/sync")].has_merged("0193/events-000001.parquet", "00fe"));

        std::fs::write(file.path(), b"{\"folders\": {\"/sync\": {\"merged\": 3").unwrap();
        let damaged = file.load();
        assert_eq!(damaged.state, SyncState::default());
        assert!(damaged.problem.unwrap().contains("checked again"));
        assert!(dir.path().join("sync-state.json.corrupt").exists());
    }
}

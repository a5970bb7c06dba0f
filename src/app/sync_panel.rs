//! Settings → Sync's state: the folder this installation syncs through (none: sync is off),
//! this device, what the last sync did, and when the next one is due. What it does is
//! `sync_flow.rs`; the protocol is `crate::sync`.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use super::sync_watch::FolderWatch;
use crate::sync::{Device, FolderStatus, SyncReport};

/// How often a sync runs on its own while the window is open (besides on start, after a saved
/// workout and when the folder changes).
pub const SYNC_EVERY: chrono::TimeDelta = chrono::TimeDelta::minutes(5);

/// A change seen in the folder waits this long for more (a sync tool delivers a file in
/// pieces, several files at once) before a sync starts.
pub const SETTLE_AFTER_CHANGE: chrono::TimeDelta = chrono::TimeDelta::seconds(3);

/// A passphrase typed in Settings → Sync, on its way to the sync folder's key: never printed
/// (its `Debug` is redacted, so an action log or a panic message cannot show it).
#[derive(Clone, PartialEq)]
pub struct Passphrase(pub String);

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// What a passphrase is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseUse {
    /// Encrypt a plain folder from now on (this device makes the folder's key).
    TurnOn,
    /// Open the key of an encrypted folder (once per device).
    Unlock,
}

/// Where the sync is.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum SyncPhase {
    /// Not syncing now.
    #[default]
    Idle,
    Syncing,
    /// Stretching a passphrase and opening or making the folder's key (about a second).
    Unlocking,
    /// The last sync could not run or finish (nothing half-merged): why.
    Failed(String),
}

#[derive(Default)]
pub struct SyncPanel {
    /// The folder synced through; `None`: sync is off.
    pub folder: Option<PathBuf>,
    /// The in-app path field, always usable (no dialog needed).
    pub folder_text: String,
    /// This installation in sync folders (loaded or made when sync is first used).
    pub device: Option<Device>,
    pub phase: SyncPhase,
    /// What the last sync that finished did.
    pub last_report: Option<SyncReport>,
    /// The folder as it was read before any sync (devices seen, what would be skipped).
    pub status: Option<FolderStatus>,
    /// When the last sync started, finished or not.
    pub(super) last_started: Option<DateTime<Utc>>,
    /// When a change in the folder was first seen, waiting to settle.
    pub(super) changed_since: Option<DateTime<Utc>>,
    /// A sync asked for while one ran: runs when it is done.
    pub(super) again: bool,
    pub(super) watch: Option<FolderWatch>,
}

impl SyncPanel {
    pub fn is_on(&self) -> bool {
        self.folder.is_some()
    }

    /// Whether the folder is watched for changes (false where the platform cannot, e.g. some
    /// network shares: the timer still syncs).
    pub fn is_watched(&self) -> bool {
        self.watch.is_some()
    }

    /// Whether the folder is encrypted (as last seen).
    pub fn is_encrypted(&self) -> bool {
        self.status.as_ref().is_some_and(|s| s.encrypted)
    }

    /// Whether the folder is encrypted and this device has not got its key.
    pub fn is_locked(&self) -> bool {
        self.status.as_ref().is_some_and(|s| s.encrypted && !s.unlocked)
    }

    /// When the last sync ran, as the sync state remembers it (read after each sync).
    pub fn last_sync(&self) -> Option<DateTime<Utc>> {
        self.status.as_ref().and_then(|s| s.last_sync)
    }
}

//! Sync through a folder (issue #36, docs/sync.md): several installations share one history
//! through a folder that a tool the lifter already trusts keeps in step (Syncthing, Nextcloud,
//! Dropbox, a USB stick). This module owns the protocol — this device's identity, the folder's
//! layout and file names, writing this device's immutable event files, reading and merging
//! every other device's, compaction, and what a sync reports. It uses `store` and `backup`,
//! never `app` or `ui`.
//!
//! The window calls [`run`] from a background job with a connection of its own
//! (`Store::try_clone`), [`status`] to show the folder without touching the database, and
//! [`Device::load_or_create`] / [`Device::rename`] for Settings → Sync.
//!
//! An encrypted folder (format 2): [`set_passphrase`] turns encryption on or opens the
//! folder's key once (a second of work: from a background job too), after which [`run`] needs
//! nothing more; [`forget_passphrase`] removes the key from this installation;
//! [`FolderStatus::encrypted`] / [`FolderStatus::unlocked`] say where a folder stands.

mod conflicts;
pub mod device;
mod incoming;
mod keyring;
pub mod layout;
mod migrate;
mod outgoing;
pub mod report;
mod run;
pub mod scan;
mod sealed;
pub mod skip;
pub mod state;
mod text;

use std::path::PathBuf;

pub use age::secrecy::SecretString;
pub use device::{Device, DeviceError};
pub use keyring::{KEYS_DIR, PassphraseOutcome, forget_passphrase, set_passphrase, unlock};
pub use report::{
    ChangedOnTwoDevices, Compaction, DeviceSeen, EditSeen, MergedFile, SkippedFile, SyncReport, WrittenFile,
};
pub use run::{FolderStatus, forget_folder, last_folder, run, run_with, status};
pub use skip::SkipReason;

/// When a device folds its files into one: more than this many.
pub const COMPACT_AFTER: usize = 20;

/// How a sync runs (the defaults but in tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncOptions {
    /// Compact this device's files when it has more than this many.
    pub compact_after: usize,
}

impl Default for SyncOptions {
    fn default() -> SyncOptions {
        SyncOptions { compact_after: COMPACT_AFTER }
    }
}

/// Why a sync could not run or finish. A file that cannot be read is never one: it is skipped
/// and reported ([`SyncReport::skipped`]).
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("the sync folder {0} does not exist (is the drive or share connected?)")]
    NoFolder(PathBuf),
    #[error("{0} is a file, not a folder")]
    NotAFolder(PathBuf),
    #[error("cannot use the sync folder {path}: {source}")]
    Folder { path: PathBuf, source: std::io::Error },
    #[error("could not write this device's events to {dir}: {reason}; nothing was changed in the folder")]
    Write { dir: PathBuf, reason: String },
    #[error("could not merge {path} into the database ({reason}); nothing of it was merged")]
    Merge { path: PathBuf, reason: String },
    #[error("could not read the database: {0}")]
    Store(#[from] crate::store::StoreError),
    #[error("could not save the sync state {path}: {source}")]
    State { path: PathBuf, source: std::io::Error },
    #[error("the sync folder {0} is encrypted: give its passphrase to sync with it (nothing was merged or written)")]
    Locked(PathBuf),
    #[error(
        "the key file of the encrypted sync folder {0} is not the one this device was given the passphrase for \
         (encryption was turned on again): give the folder's passphrase again (nothing was merged or written)"
    )]
    KeyChanged(PathBuf),
    #[error("that passphrase does not open the encrypted sync folder {0}: nothing was merged or written")]
    WrongPassphrase(PathBuf),
    #[error("the sync folder {0} is not encrypted (it has no GymLog/v2/key.age): nothing to unlock")]
    NotEncrypted(PathBuf),
    #[error("a passphrase cannot be empty")]
    EmptyPassphrase,
    #[error("the key file {path} does not read ({reason}); nothing was merged or written")]
    KeyFile { path: PathBuf, reason: String },
}

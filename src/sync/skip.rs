//! Why a file or folder found in the sync folder is not merged: one value per reason, with the
//! values that make it specific (a format number, the device that owns it, what the reader
//! said). `gymlog sync` prints the English [`Display`](std::fmt::Display); the window words
//! it in its language (`I18n::sync_skip`). A `detail` is what a library said (an I/O error, a
//! Parquet reader's message) and stays as it said it.

use serde::{Serialize, Serializer};

/// Why a sync skipped a file (nothing of it merged; it is looked at again at the next sync).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    #[error("a temporary file of a sync tool or of GymLog (still being written or arriving)")]
    StillArriving,
    #[error("a lock file")]
    LockFile,
    #[error("a conflict copy made by a sync tool (each device writes only its own files, so it holds nothing new)")]
    ConflictCopy,
    #[error("not a file of the GymLog sync format")]
    Foreign,
    #[error(
        "a plain file in an encrypted folder: not merged (anyone who can write to the folder could have put it there)"
    )]
    PlainInEncrypted,
    /// Another device's plain file in a folder this device encrypted: it goes once that
    /// device has the passphrase.
    #[error("{} (it goes once {device} is given the passphrase)", SkipReason::PlainInEncrypted)]
    PlainOfAnotherDevice { device: String },
    /// This device's plain file holding events the database has not.
    #[error(
        "this device's plain file, left in place: it holds {events} events this database does not have \
         (gymlog restore merges it)"
    )]
    OwnPlainFileWithNewEvents { events: u64 },
    #[error("this device's plain file, left in place: {detail}")]
    OwnPlainFileUnchecked { detail: String },
    #[error("not a device's folder (those are named by the device's id)")]
    NotADeviceFolder,
    #[error("a folder inside a device's folder, which the format has not")]
    FolderInDeviceFolder,
    /// `GymLog/v3` beside the folders this GymLog reads.
    #[error("{folder} is a newer sync folder format: update GymLog to sync with the devices writing it")]
    NewerFolderFormat { folder: String },
    #[error("encrypted files, but the folder has no key file (GymLog/v2/key.age still arriving, or removed)")]
    NoKeyFile,
    #[error("cannot be read ({detail})")]
    Unreadable { detail: String },
    #[error("does not decrypt: {detail}")]
    DeviceFileDoesNotDecrypt { detail: String },
    #[error("does not decrypt, nothing of it was merged: {detail}")]
    DoesNotDecrypt { detail: String },
    #[error("a device description that does not read ({detail})")]
    BadDeviceFile { detail: String },
    #[error("written in sync format {found}; this GymLog reads format {reads}")]
    NewerDeviceFile { found: u32, reads: u32 },
    /// The name in a device's `device.json` is not one a device may have.
    #[error("{detail}")]
    BadDeviceName { detail: String },
    #[error("not a readable Parquet file yet (still arriving, truncated or damaged: {detail})")]
    NotReadableYet { detail: String },
    #[error("not a GymLog sync file (no gymlog_sync_format metadata)")]
    NoSyncFormat,
    #[error("its sync format metadata is not a number")]
    SyncFormatNotANumber,
    #[error("written in sync format {found}; this GymLog reads formats up to {reads}: update GymLog")]
    NewerFile { found: u32, reads: u32 },
    #[error("it says sync format {found}, which is not this folder's (format {folder})")]
    OtherFolderFormat { found: u32, folder: u32 },
    /// The device the file says wrote it (`none` when it does not say).
    #[error("written by another device ({writer}) than the one whose folder it is in")]
    OtherDevice { writer: String },
    #[error("it has no content checksum")]
    NoChecksum,
    #[error("does not check out, nothing of it was merged (still arriving, truncated or damaged): {problems}")]
    DoesNotCheckOut { problems: String },
}

/// In `--json` and anywhere else serialised: the English sentence, as before it was a value.
impl Serialize for SkipReason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

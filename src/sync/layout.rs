//! The layout of a sync folder (docs/sync.md): format 1, plain, `<folder>/GymLog/v1/<device id>/`
//! holding the device's `device.json` and its event files `events-NNNNNN.parquet`; format 2,
//! encrypted, `<folder>/GymLog/v2/` holding the folder's `key.age` and device folders whose
//! files are the same, encrypted, with `.age` added to their names; the key-value metadata a
//! sync file carries beyond a backup's; and what every other name found there is — a sync
//! tool's temporary file or conflict copy, a lock file, something foreign — so that it is
//! skipped with a reason a lifter understands; and whether a path can be a sync folder.

use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::skip::SkipReason;

/// The plain sync folder format (`GymLog/v1`).
pub const PLAIN_FORMAT: u32 = 1;

/// The encrypted one (`GymLog/v2`): format 1 with every file encrypted.
pub const ENCRYPTED_FORMAT: u32 = 2;

/// The newest sync folder format this GymLog reads (it writes both).
pub const FORMAT: u32 = ENCRYPTED_FORMAT;

/// The encrypted folder's key, in `GymLog/v2`, encrypted with the passphrase.
pub const KEY_FILE: &str = "key.age";

/// What an encrypted file's name adds to the plain one's.
pub const SEALED_SUFFIX: &str = ".age";

/// The folder GymLog owns inside the chosen folder.
pub const ROOT: &str = "GymLog";

/// Each device's description of itself, in its folder.
pub const DEVICE_FILE: &str = "device.json";

const EVENTS_PREFIX: &str = "events-";
const EVENTS_SUFFIX: &str = ".parquet";

/// The key-value metadata of a sync file, beside the backup's (docs/backup-format.md).
pub mod meta {
    /// The sync folder format the file was written in (`1`).
    pub const SYNC_FORMAT: &str = "gymlog_sync_format";
    /// The id of the device that wrote it: the folder it must be in.
    pub const DEVICE: &str = "gymlog_sync_device";
    /// When it was written (RFC 3339, UTC).
    pub const WRITTEN_AT: &str = "gymlog_sync_written_at";
    /// JSON: `[[edit, replaced], …]` for each `set_updated` in the file, the `_event_id` of the
    /// set's event it replaced where it was made (what that device had seen of the set).
    pub const REPLACED: &str = "gymlog_sync_replaced";
}

/// The folder, made absolute (the same folder given two ways is remembered once), if it is
/// one. It is never created: a missing one is a drive not connected.
pub fn usable_folder(folder: &Path) -> Result<PathBuf, super::SyncError> {
    match std::fs::metadata(folder) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(super::SyncError::NoFolder(folder.to_path_buf())),
        Err(source) => Err(super::SyncError::Folder { path: folder.to_path_buf(), source }),
        Ok(m) if !m.is_dir() => Err(super::SyncError::NotAFolder(folder.to_path_buf())),
        Ok(_) => Ok(std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf())),
    }
}

/// `<folder>/GymLog/v1`: every device's folder of the plain format.
pub fn format_dir(folder: &Path) -> PathBuf {
    folder.join(ROOT).join(format!("v{PLAIN_FORMAT}"))
}

/// `<folder>/GymLog/v2`: the encrypted format's.
pub fn encrypted_dir(folder: &Path) -> PathBuf {
    folder.join(ROOT).join(format!("v{ENCRYPTED_FORMAT}"))
}

/// `<folder>/GymLog/v2/key.age`.
pub fn key_file(folder: &Path) -> PathBuf {
    encrypted_dir(folder).join(KEY_FILE)
}

/// `<folder>/GymLog/v1/<id>`.
pub fn device_dir(folder: &Path, id: Uuid) -> PathBuf {
    format_dir(folder).join(id.hyphenated().to_string())
}

/// `<folder>/GymLog/v2/<id>`.
pub fn encrypted_device_dir(folder: &Path, id: Uuid) -> PathBuf {
    encrypted_dir(folder).join(id.hyphenated().to_string())
}

/// The name of a device's event file number `seq`.
pub fn events_file_name(seq: u32) -> String {
    format!("{EVENTS_PREFIX}{seq:06}{EVENTS_SUFFIX}")
}

/// What a name found in a device's folder is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// An event file, its number.
    Events(u32),
    /// The device's `device.json`.
    DeviceFile,
    /// Not ours to read, and why.
    Skip(SkipReason),
}

/// What the name `name` in a device's folder is.
pub fn classify(name: &str) -> Entry {
    if name == DEVICE_FILE {
        return Entry::DeviceFile;
    }
    if let Some(seq) = events_file_seq(name) {
        return Entry::Events(seq);
    }
    let lower = name.to_lowercase();
    // Conflict copies first: Dropbox "x (Anna's conflicted copy 2026-01-02).parquet",
    // Nextcloud / ownCloud "x (conflicted copy 2026-01-02 101500).parquet", Syncthing
    // "x.sync-conflict-20260102-101500-ABCDEFG.parquet", OneDrive / Google Drive "x (1).parquet".
    let conflict = lower.contains("conflict") || lower.contains(" (1)") || has_copy_number(&lower);
    if conflict {
        return Entry::Skip(SkipReason::ConflictCopy);
    }
    if lower.starts_with("~lock") || lower.starts_with(".~lock") || lower.ends_with(".lock") {
        return Entry::Skip(SkipReason::LockFile);
    }
    // Syncthing ".syncthing.x.tmp", our ".x.gymlog-PID.partial" and ".x.tmp" (device.json),
    // Resilio "x.!sync", browsers' and rsync's ".part" / ".crdownload", "~x.tmp".
    let temporary = lower.starts_with('.')
        || lower.starts_with('~')
        || [".tmp", ".partial", ".part", ".crdownload", ".download", ".!sync", ".!qb"]
            .iter()
            .any(|s| lower.ends_with(s));
    if temporary {
        return Entry::Skip(SkipReason::StillArriving);
    }
    Entry::Skip(SkipReason::Foreign)
}

/// What the name `name` in a device's folder of the encrypted format is: the same names with
/// `.age` added; a plain `device.json` or event file there is skipped.
pub fn classify_sealed(name: &str) -> Entry {
    match name.strip_suffix(SEALED_SUFFIX).map(classify) {
        Some(entry @ (Entry::DeviceFile | Entry::Events(_))) => entry,
        _ => match classify(name) {
            Entry::DeviceFile | Entry::Events(_) => Entry::Skip(SkipReason::PlainInEncrypted),
            skip => skip,
        },
    }
}

/// `events-000042.parquet` → 42.
fn events_file_seq(name: &str) -> Option<u32> {
    let digits = name.strip_prefix(EVENTS_PREFIX)?.strip_suffix(EVENTS_SUFFIX)?;
    (digits.len() >= 6 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.parse().ok()).flatten()
}

/// "x (2).parquet": the copy numbers sync tools and file managers add.
fn has_copy_number(name: &str) -> bool {
    name.split(" (")
        .skip(1)
        .any(|rest| rest.split(')').next().is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
}

/// The device id a folder in `GymLog/v1` is named after, if it is a device's folder.
pub fn device_folder_id(name: &str) -> Option<Uuid> {
    // Only the hyphenated form GymLog writes: "id (conflicted copy)" and the like are not.
    (name.len() == 36).then(|| Uuid::parse_str(name).ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_files_are_numbered() {
        assert_eq!(events_file_name(7), "events-000007.parquet");
        assert_eq!(classify("events-000007.parquet"), Entry::Events(7));
        assert_eq!(classify(&events_file_name(1_234_567)), Entry::Events(1_234_567));
        assert_eq!(classify("device.json"), Entry::DeviceFile);
        for foreign in
            ["events-7.parquet", "events-00000x.parquet", "events-000007.parquet.bak", "notes.txt", "a.parquet"]
        {
            assert_eq!(classify(foreign), Entry::Skip(SkipReason::Foreign), "{foreign}");
        }
    }

    #[test]
    fn sync_tools_temporaries_locks_and_conflict_copies_are_named() {
        let cases = [
            (".syncthing.events-000003.parquet.tmp", SkipReason::StillArriving),
            (".events-000003.parquet.gymlog-4242.partial", SkipReason::StillArriving),
            (".device.json.Ab12Cd.tmp", SkipReason::StillArriving),
            ("events-000003.parquet.partial", SkipReason::StillArriving),
            ("events-000003.parquet.part", SkipReason::StillArriving),
            ("events-000003.parquet.!sync", SkipReason::StillArriving),
            ("~events-000003.parquet.tmp", SkipReason::StillArriving),
            ("~lock.events-000003.parquet#", SkipReason::LockFile),
            (".~lock.device.json#", SkipReason::LockFile),
            ("events-000003 (Anna's conflicted copy 2026-01-02).parquet", SkipReason::ConflictCopy),
            ("events-000003 (conflicted copy 2026-01-02 101500).parquet", SkipReason::ConflictCopy),
            ("events-000003.sync-conflict-20260102-101500-ABCDEFG.parquet", SkipReason::ConflictCopy),
            ("device.sync-conflict-20260102-101500-ABCDEFG.json", SkipReason::ConflictCopy),
            ("events-000003 (1).parquet", SkipReason::ConflictCopy),
            ("events-000003 (12).parquet", SkipReason::ConflictCopy),
        ];
        for (name, reason) in cases {
            assert_eq!(classify(name), Entry::Skip(reason), "{name}");
        }
    }

    #[test]
    fn encrypted_files_add_age_to_their_names() {
        assert_eq!(classify_sealed("events-000007.parquet.age"), Entry::Events(7));
        assert_eq!(classify_sealed("device.json.age"), Entry::DeviceFile);
        assert_eq!(classify_sealed("events-000007.parquet"), Entry::Skip(SkipReason::PlainInEncrypted));
        assert_eq!(classify_sealed("device.json"), Entry::Skip(SkipReason::PlainInEncrypted));
        assert_eq!(
            classify_sealed(".events-000007.parquet.age.gymlog-42.partial"),
            Entry::Skip(SkipReason::StillArriving)
        );
        assert_eq!(classify_sealed("events-000007 (1).parquet.age"), Entry::Skip(SkipReason::ConflictCopy));
        assert_eq!(classify_sealed("notes.age"), Entry::Skip(SkipReason::Foreign));
        // An older GymLog's plain folder takes them for foreign files, never for its own.
        assert_eq!(classify("events-000007.parquet.age"), Entry::Skip(SkipReason::Foreign));
    }

    #[test]
    fn device_folders_are_named_by_their_id() {
        let id = Uuid::from_u128(0x0193_0000_0000_7000_8000_0000_0000_0001);
        let dir = device_dir(Path::new("/sync"), id);
        assert_eq!(dir, PathBuf::from(format!("/sync/GymLog/v1/{id}")));
        assert_eq!(device_folder_id(&id.to_string()), Some(id));
        assert_eq!(device_folder_id(&format!("{id} (conflicted copy)")), None);
        assert_eq!(device_folder_id(&id.simple().to_string()), None);
        assert_eq!(device_folder_id(".stversions"), None);
    }
}

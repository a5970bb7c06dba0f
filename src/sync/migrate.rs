//! Turning encryption on for a folder that already holds plain files (docs/sync.md,
//! "Encrypted folders"): once a device syncs encrypted, every event of its database is in
//! encrypted files, so its own plain files (`GymLog/v1/<its id>/`) are removed — each only
//! after checking that the database holds every event of it — and then its plain folder.
//! Other devices' plain files are never merged nor touched: each goes when its device is
//! given the passphrase; until then it is reported.

use std::path::Path;

use super::layout::{self, DEVICE_FILE};
use super::report::SkippedFile;
use super::scan::DeviceFolder;
use super::skip::SkipReason;
use super::{Device, SyncError};
use crate::backup::{durable, restore::restore_backup};
use crate::store::Store;

/// Removes this device's plain files whose events `store` all holds and reports every other
/// plain file in `skipped`; the files removed (`<device id>/<file name>`).
pub fn plain_files(
    store: &Store,
    folder: &Path,
    device: &Device,
    plain: &[DeviceFolder],
    skipped: &mut Vec<SkippedFile>,
) -> Result<Vec<String>, SyncError> {
    let relative = |path: &Path| path.strip_prefix(folder).unwrap_or(path).display().to_string();
    let mut removed = Vec::new();
    for owner in plain {
        for file in &owner.files {
            if owner.id != device.id {
                skipped.push(SkippedFile {
                    file: relative(&file.source),
                    reason: SkipReason::PlainOfAnotherDevice { device: owner.display_name().to_string() },
                });
                continue;
            }
            match restore_backup(store, &file.source, true) {
                Ok(dry) if dry.added == 0 => {
                    if std::fs::remove_file(&file.source).is_ok() {
                        removed.push(file.key.clone());
                    }
                }
                Ok(dry) => skipped.push(SkippedFile {
                    file: relative(&file.source),
                    reason: SkipReason::OwnPlainFileWithNewEvents { events: dry.added },
                }),
                Err(e) => skipped.push(SkippedFile {
                    file: relative(&file.source),
                    reason: SkipReason::OwnPlainFileUnchecked { detail: e.to_string() },
                }),
            }
        }
    }
    let own_plain = layout::device_dir(folder, device.id);
    if !removed.is_empty() {
        let _ = durable::sync_dir(&own_plain);
    }
    let no_events = plain.iter().filter(|d| d.id == device.id).all(|d| d.files.len() == removed.len());
    if own_plain.is_dir() && no_events {
        // Nothing of this device is left in the plain format: its description goes too.
        let _ = std::fs::remove_file(own_plain.join(DEVICE_FILE));
        if std::fs::remove_dir(&own_plain).is_ok() {
            let _ = durable::sync_dir(&layout::format_dir(folder));
        }
    }
    Ok(removed)
}

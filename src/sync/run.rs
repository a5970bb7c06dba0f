//! One sync, start to end (docs/sync.md, "A sync"): (a) it merges, one file and one
//! transaction at a time, every file it has not merged before — any device's, its own
//! included, so a reinstalled device gets its history back — skipping and reporting what does
//! not check out; (b) this device writes a file with the events no file in the folder holds
//! yet; (c) it compacts its own files when there are too many. What was merged is remembered, by
//! name and checksum, after each step, so a sync killed at any point loses nothing and the next
//! one completes it. An encrypted folder is the same in `GymLog/v2`, its files decrypted into a
//! private working folder, and (d) this device's plain files from before go once their events
//! are in encrypted ones (`migrate.rs`). And [`status`]: the folder as it is, without the
//! database.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::keyring::{self, FolderMode};
use super::layout::{self, DEVICE_FILE};
use super::outgoing::{self, Choice, Written};
use super::report::{Compaction, DeviceSeen, MergedFile, SkippedFile, SyncReport, WrittenFile};
use super::scan::{self, DeviceFolder, EventFile, FolderScan};
use super::sealed::Sealed;
use super::state::{EditOrigin, FolderState, StateFile};
use super::{Device, SyncError, SyncOptions, conflicts, incoming, migrate};
use crate::backup::{durable, export::remove_leftovers};
use crate::store::Store;

/// Syncs `store` with `folder` as `device`, remembering what it merged in `state_dir` (the
/// config dir).
pub fn run(store: &Store, folder: &Path, device: &Device, state_dir: &Path) -> Result<SyncReport, SyncError> {
    run_with(store, folder, device, state_dir, &SyncOptions::default())
}

/// [`run`] with options.
pub fn run_with(
    store: &Store,
    folder: &Path,
    device: &Device,
    state_dir: &Path,
    options: &SyncOptions,
) -> Result<SyncReport, SyncError> {
    let folder = layout::usable_folder(folder)?;
    // An encrypted folder without its key stops here, before anything is read or written.
    let sealed = sealing(&folder, state_dir)?;
    let sealed = sealed.as_ref();
    let own_dir = match sealed {
        Some(_) => layout::encrypted_device_dir(&folder, device.id),
        None => layout::device_dir(&folder, device.id),
    };
    let folder_error = |source| SyncError::Folder { path: own_dir.clone(), source };
    crate::private_fs::create_dir_all(&own_dir).map_err(folder_error)?;
    describe_device(&own_dir, device, sealed).map_err(folder_error)?;
    remove_leftovers(&own_dir);
    remove_device_file_leftovers(&own_dir);

    let state_file = StateFile::in_dir(state_dir);
    let loaded = state_file.load();
    let mut state = loaded.state;
    let mut remembered = state.folders.remove(&folder).unwrap_or_default();
    if store.event_count()? < remembered.events_after {
        // Not the database these files were merged into: all of them again.
        remembered = FolderState::default();
    }
    let save = |state: &mut super::state::SyncState, remembered: &FolderState| {
        state.last_folder = Some(folder.clone());
        state.folders.insert(folder.clone(), remembered.clone());
        state_file.save(state).map_err(|source| SyncError::State { path: state_file.path().to_path_buf(), source })
    };
    let now = Utc::now();
    let first = scan::scan(&folder, sealed);
    let mut skipped = first.skipped.clone();

    // What this device's edits not yet written replaced, read before anything is merged: the
    // merges below may put another device's edit of the same set before them in the log.
    let to_merge: Vec<(&DeviceFolder, &EventFile)> = first
        .devices
        .iter()
        .flat_map(|d| d.files.iter().map(move |f| (d, f)))
        .filter(|(_, f)| !remembered.has_merged(&f.key, f.checksum()))
        .collect();
    let mut replaced = own_edits(&remembered, device);
    if !to_merge.is_empty() {
        replaced.extend(unwritten_edits(store, &first, &remembered)?);
    }

    // (a) Every file not merged before, one transaction each.
    let mut merged = Vec::new();
    for (owner, file) in to_merge {
        match incoming::merge(store, file)? {
            Ok(done) => {
                remember_merged(&mut remembered, owner.id, file);
                save(&mut state, &remembered)?;
                merged.push(MergedFile {
                    file: file.key.clone(),
                    device_id: owner.id,
                    device_name: name_of(owner, device),
                    events: done.events,
                    added: done.added,
                    conflicts: done.conflicts,
                });
            }
            Err(reason) => skipped.push(SkippedFile { file: relative(&folder, &file.source), reason }),
        }
    }

    // (b) The events no file in the folder holds: this device's new ones (and any it has that
    // reached it otherwise, a restore, an import). Merging first means events that reached
    // it through a file now replaced by another (a compaction) are not written again.
    let held = held_files(&first, &remembered);
    let choice = Choice { held: &held, kept: &[], recorded: &replaced };
    let written = match outgoing::write(store, &own_dir, device.id, &choice, sealed, now) {
        // A file removed meanwhile (another device compacting): once more, with the folder
        // as it is now.
        Err(SyncError::Write { .. }) if held_sources(&first, &remembered).iter().any(|f| !f.exists()) => {
            let held = held_files(&scan::scan(&folder, sealed), &remembered);
            outgoing::write(store, &own_dir, device.id, &Choice { held: &held, ..choice }, sealed, now)?
        }
        written => written?,
    };
    if let Some(w) = &written {
        remember_written(&mut remembered, device.id, w);
        save(&mut state, &remembered)?;
    }

    // (c) Too many files of this device: one holding all of them, then the old ones removed.
    let mut last = scan::scan(&folder, sealed);
    let own_files = last.devices.iter().find(|d| d.id == device.id).map(|d| d.files.clone()).unwrap_or_default();
    let mut compacted = None;
    if own_files.len() > options.compact_after {
        compacted = Some(compact(store, &own_dir, device, &last, &own_files, &mut remembered, sealed, now)?);
        save(&mut state, &remembered)?;
        last = scan::scan(&folder, sealed);
    }

    // (d) Encrypted: this device's plain files go once their events are in encrypted ones
    // (they are: (b) wrote every event no encrypted file holds); other devices' are skipped.
    let plain_removed = match sealed {
        Some(sealed) => {
            sealed.prune();
            migrate::plain_files(store, &folder, device, &last.plain, &mut skipped)?
        }
        None => Vec::new(),
    };

    let present: std::collections::HashSet<&str> =
        last.devices.iter().flat_map(|d| d.files.iter().map(|f| f.key.as_str())).collect();
    remembered.merged.retain(|key, _| present.contains(key.as_str()));
    remembered.last_sync = Some(now);
    let events_after = store.event_count()?;
    remembered.events_after = events_after;
    save(&mut state, &remembered)?;

    let names: BTreeMap<Uuid, String> = last.devices.iter().map(|d| (d.id, name_of(d, device))).collect();
    let name = |id: Uuid| {
        names.get(&id).cloned().unwrap_or_else(|| if id == device.id { device.name.clone() } else { id.to_string() })
    };
    let changed_on_two_devices =
        conflicts::changed_on_two_devices(&store.latest_set_edits()?, &remembered.edits, device.id, &name);
    Ok(SyncReport {
        folder: folder.clone(),
        encrypted: sealed.is_some(),
        device_id: device.id,
        device_name: device.name.clone(),
        written: written.map(|w| WrittenFile {
            file: format!("{}/{}", device.id, w.name),
            events: w.events,
            bytes: w.bytes,
        }),
        compacted,
        plain_removed,
        merged,
        skipped,
        devices: devices_seen(&last, device),
        changed_on_two_devices,
        events_after,
        state_problem: loaded.problem,
    })
}

/// The key and a working folder for an encrypted folder, `None` for a plain one; an error for
/// an encrypted one whose key this installation does not hold.
fn sealing(folder: &Path, state_dir: &Path) -> Result<Option<Sealed>, SyncError> {
    match keyring::folder_mode(folder, state_dir)? {
        FolderMode::Plain => Ok(None),
        FolderMode::Encrypted(key) => Sealed::new(key, state_dir, folder)
            .map(Some)
            .map_err(|source| SyncError::State { path: state_dir.into(), source }),
    }
}

/// Writes `device.json` (atomically; encrypted, `device.json.age`) when it is missing or names
/// the device otherwise: a sync tool then only sees it change when the lifter renames the
/// device.
fn describe_device(own_dir: &Path, device: &Device, sealed: Option<&Sealed>) -> std::io::Result<()> {
    let format = if sealed.is_some() { layout::ENCRYPTED_FORMAT } else { layout::PLAIN_FORMAT };
    let json = serde_json::json!({
        "format": format,
        "device_id": device.id,
        "name": device.name,
        "app_version": crate::backup::export::APP_VERSION,
    });
    let mut bytes = serde_json::to_vec_pretty(&json).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    let Some(sealed) = sealed else {
        let path = own_dir.join(DEVICE_FILE);
        if std::fs::read(&path).is_ok_and(|old| old == bytes) {
            return Ok(());
        }
        return durable::write_atomically(&path, &bytes);
    };
    let path = own_dir.join(format!("{DEVICE_FILE}{}", layout::SEALED_SUFFIX));
    // Its decrypted copy is kept from the last sync: no decryption to compare.
    if sealed.open(&path).is_ok_and(|copy| std::fs::read(copy).is_ok_and(|old| old == bytes)) {
        return Ok(());
    }
    durable::write_atomically(&path, &sealed.key.encrypt(&bytes)?)
}

/// Removes what a sync killed while it rewrote `device.json` left in this device's folder: the
/// atomic write's temporary files (`.device.json.XXXXXX.tmp`). This device's folder is written
/// by one sync at a time, and this one has finished its own write.
fn remove_device_file_leftovers(own_dir: &Path) {
    let prefix = format!(".{DEVICE_FILE}.");
    let Ok(entries) = std::fs::read_dir(own_dir) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&prefix) && name.ends_with(".tmp") && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Files whose events are in the folder already, soundly: every file merged or written here
/// (this device's own files included; one of them that does not check out is not, so its
/// events are written again).
fn held_files(scan: &FolderScan, remembered: &FolderState) -> Vec<PathBuf> {
    scan.devices
        .iter()
        .flat_map(|d| d.files.iter())
        .filter(|f| remembered.has_merged(&f.key, f.checksum()))
        .map(|f| f.path.clone())
        .collect()
}

/// The files in the folder behind [`held_files`].
fn held_sources(scan: &FolderScan, remembered: &FolderState) -> Vec<PathBuf> {
    scan.devices
        .iter()
        .flat_map(|d| d.files.iter())
        .filter(|f| remembered.has_merged(&f.key, f.checksum()))
        .map(|f| f.source.clone())
        .collect()
}

/// What this device's edits replaced, as recorded when they were first written.
fn own_edits(remembered: &FolderState, device: &Device) -> BTreeMap<Uuid, Uuid> {
    remembered.edits.iter().filter(|(_, o)| o.device == device.id).map(|(e, o)| (*e, o.replaced)).collect()
}

/// What the set edits of this device that no file holds yet replaced in its log as it is.
fn unwritten_edits(
    store: &Store,
    scan: &FolderScan,
    remembered: &FolderState,
) -> Result<BTreeMap<Uuid, Uuid>, SyncError> {
    let held = held_files(scan, remembered);
    let snapshot = store.snapshot()?;
    let selection = snapshot.sync_selection(&held, &[])?;
    Ok(selection.replaced_set_edits()?.into_iter().collect())
}

#[allow(clippy::too_many_arguments)]
fn compact(
    store: &Store,
    own_dir: &Path,
    device: &Device,
    scan: &FolderScan,
    own_files: &[EventFile],
    remembered: &mut FolderState,
    sealed: Option<&Sealed>,
    now: DateTime<Utc>,
) -> Result<Compaction, SyncError> {
    let held = held_files(scan, remembered);
    // Its files that checked out (one that does not stays, reported, its events written anew).
    let own_files: Vec<&EventFile> = own_files.iter().filter(|f| remembered.has_merged(&f.key, f.checksum())).collect();
    let kept: Vec<PathBuf> = own_files.iter().map(|f| f.path.clone()).collect();
    let recorded = own_edits(remembered, device);
    let choice = Choice { held: &held, kept: &kept, recorded: &recorded };
    let Some(whole) = outgoing::write(store, own_dir, device.id, &choice, sealed, now)? else {
        return Ok(Compaction { file: String::new(), events: 0, removed: Vec::new() });
    };
    remember_written(remembered, device.id, &whole);
    // The new file is on disk: the old ones go (a reader that merged them loses nothing).
    let removed: Vec<String> =
        own_files.iter().filter(|f| std::fs::remove_file(&f.source).is_ok()).map(|f| f.key.clone()).collect();
    let _ = durable::sync_dir(own_dir);
    removed.iter().for_each(|key| {
        remembered.merged.remove(key);
    });
    Ok(Compaction { file: format!("{}/{}", device.id, whole.name), events: whole.events, removed })
}

fn remember_written(remembered: &mut FolderState, device: Uuid, written: &Written) {
    remembered.merged.insert(format!("{device}/{}", written.name), written.checksum.clone());
    for (edit, replaced) in &written.replaced {
        remembered.edits.insert(*edit, EditOrigin { device, replaced: *replaced });
    }
}

fn remember_merged(remembered: &mut FolderState, device: Uuid, file: &EventFile) {
    remembered.merged.insert(file.key.clone(), file.checksum().to_string());
    for (edit, replaced) in outgoing::replaced_of(&file.summary) {
        // What an edit replaced is recorded where it was first written: a later file (a
        // compaction) repeats it, and never changes it.
        remembered.edits.entry(edit).or_insert(EditOrigin { device, replaced });
    }
}

fn name_of(folder: &DeviceFolder, device: &Device) -> String {
    if folder.id == device.id { device.name.clone() } else { folder.display_name() }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root).unwrap_or(path).display().to_string()
}

fn devices_seen(scan: &FolderScan, device: &Device) -> Vec<DeviceSeen> {
    scan.devices
        .iter()
        .map(|d| DeviceSeen {
            device_id: d.id,
            name: name_of(d, device),
            this_device: d.id == device.id,
            files: d.files.len(),
            events: d.files.iter().map(EventFile::events).sum(),
            last_file_at: d.files.iter().filter_map(EventFile::written_at).max(),
        })
        .collect()
}

/// A sync folder as it is, for a status line: its devices, the files this installation has
/// not merged yet, what would be skipped, and the last sync.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FolderStatus {
    pub folder: PathBuf,
    /// The folder is encrypted (it has `GymLog/v2/key.age`, or this installation a key for it).
    pub encrypted: bool,
    /// This installation holds the encrypted folder's key: syncs need no passphrase. While
    /// `encrypted && !unlocked`, nothing of the folder can be read (`devices` is empty).
    pub unlocked: bool,
    pub devices: Vec<DeviceSeen>,
    pub not_merged: Vec<String>,
    pub skipped: Vec<SkippedFile>,
    pub last_sync: Option<DateTime<Utc>>,
}

/// The folder as it is, read without the database (it may be open in the window).
pub fn status(folder: &Path, device: &Device, state_dir: &Path) -> Result<FolderStatus, SyncError> {
    let folder = layout::usable_folder(folder)?;
    let sealed = match sealing(&folder, state_dir) {
        Ok(sealed) => sealed,
        Err(SyncError::Locked(_) | SyncError::KeyChanged(_) | SyncError::KeyFile { .. }) => {
            let remembered = StateFile::in_dir(state_dir).load().state.folders.remove(&folder).unwrap_or_default();
            return Ok(FolderStatus {
                folder,
                encrypted: true,
                unlocked: false,
                devices: Vec::new(),
                not_merged: Vec::new(),
                skipped: Vec::new(),
                last_sync: remembered.last_sync,
            });
        }
        Err(e) => return Err(e),
    };
    let found = scan::scan(&folder, sealed.as_ref());
    let remembered = StateFile::in_dir(state_dir).load().state.folders.remove(&folder).unwrap_or_default();
    let not_merged = found
        .devices
        .iter()
        .flat_map(|d| d.files.iter())
        .filter(|f| !remembered.has_merged(&f.key, f.checksum()))
        .map(|f| f.key.clone())
        .collect();
    Ok(FolderStatus {
        encrypted: sealed.is_some(),
        unlocked: sealed.is_some(),
        devices: devices_seen(&found, device),
        not_merged,
        skipped: found.skipped,
        last_sync: remembered.last_sync,
        folder,
    })
}

/// Forgets the folder of the last sync (the window's "Stop syncing"): a later sync without a
/// folder asks for one. What each folder merged is kept, so syncing through it again later
/// merges only what is new.
pub fn forget_folder(state_dir: &Path) -> std::io::Result<()> {
    let file = StateFile::in_dir(state_dir);
    let mut state = file.load().state;
    if state.last_folder.take().is_none() {
        return Ok(());
    }
    file.save(&state)
}

/// The folder of the last sync remembered in `state_dir`, for a sync without one.
pub fn last_folder(state_dir: &Path) -> Option<PathBuf> {
    StateFile::in_dir(state_dir).load().state.last_folder
}

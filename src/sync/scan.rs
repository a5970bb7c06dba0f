//! Looking at a sync folder: every device's folder in `GymLog/v1` (or, encrypted, `GymLog/v2`,
//! each file decrypted into the sync's private working folder), its `device.json` and its
//! event files with their footers (rows, checksum, format, writer: no data page is read), and
//! everything else found there, each with the reason it is skipped. Nothing here writes to
//! the folder.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

use super::layout::{self, Entry, meta};
use super::report::SkippedFile;
use super::sealed::Sealed;
use super::skip::SkipReason;
use crate::backup::export::meta as backup_meta;
use crate::backup::json_file::read_at_most;
use crate::store::{ParquetFile, ParquetSummary};

/// An event file with a footer that reads and says it belongs where it is.
#[derive(Debug, Clone)]
pub struct EventFile {
    /// Where it is read: the file in the folder, or its decrypted copy.
    pub path: PathBuf,
    /// The file in the folder.
    pub source: PathBuf,
    /// `<device id>/<file name>`.
    pub key: String,
    pub seq: u32,
    pub summary: ParquetSummary,
}

impl EventFile {
    pub fn checksum(&self) -> &str {
        self.summary.metadata(backup_meta::CONTENT_CHECKSUM).unwrap_or("")
    }

    pub fn events(&self) -> u64 {
        self.summary.rows
    }

    pub fn written_at(&self) -> Option<DateTime<Utc>> {
        let text = self.summary.metadata(meta::WRITTEN_AT)?;
        DateTime::parse_from_rfc3339(text).ok().map(|t| t.with_timezone(&Utc))
    }
}

/// One device's folder.
#[derive(Debug, Clone)]
pub struct DeviceFolder {
    pub id: Uuid,
    /// From `device.json`, when it reads.
    pub name: Option<String>,
    /// In the order of their numbers.
    pub files: Vec<EventFile>,
}

impl DeviceFolder {
    pub fn display_name(&self) -> String {
        self.name.clone().unwrap_or_else(|| format!("device {}", &self.id.to_string()[..8]))
    }
}

/// What the folder holds.
#[derive(Debug, Clone, Default)]
pub struct FolderScan {
    /// Every device's folder, this device's included.
    pub devices: Vec<DeviceFolder>,
    /// In an encrypted folder: the device folders of the plain format left beside it (files
    /// from before encryption was turned on, or of an older GymLog). Never merged.
    pub plain: Vec<DeviceFolder>,
    pub skipped: Vec<SkippedFile>,
}

/// What the format of a folder being read allows.
#[derive(Clone, Copy)]
struct Reading<'a> {
    sealed: Option<&'a Sealed>,
    max_format: u32,
}

#[derive(Deserialize)]
struct DeviceJson {
    format: u32,
    name: String,
}

/// Reads the sync folder `root`: plain (`GymLog/v1`), or encrypted with `sealed`
/// (`GymLog/v2`, and the plain folders beside it in [`FolderScan::plain`]).
pub(crate) fn scan(root: &Path, sealed: Option<&Sealed>) -> FolderScan {
    let mut found = FolderScan::default();
    let relative = |path: &Path| path.strip_prefix(root).unwrap_or(path).display().to_string();
    if let Some(newer) = newer_formats(&root.join(layout::ROOT)) {
        found.skipped.push(SkippedFile {
            file: relative(&root.join(layout::ROOT).join(&newer)),
            reason: SkipReason::NewerFolderFormat { folder: newer },
        });
    }
    let plain = Reading { sealed: None, max_format: layout::PLAIN_FORMAT };
    match sealed {
        None => {
            found.devices = scan_dir(root, &layout::format_dir(root), plain, &mut found.skipped);
            let encrypted = layout::encrypted_dir(root);
            if sorted_entries(&encrypted)
                .iter()
                .any(|e| layout::device_folder_id(&e.file_name().to_string_lossy()).is_some())
            {
                found.skipped.push(SkippedFile { file: relative(&encrypted), reason: SkipReason::NoKeyFile });
            }
        }
        Some(sealed) => {
            let reading = Reading { sealed: Some(sealed), max_format: layout::ENCRYPTED_FORMAT };
            found.devices = scan_dir(root, &layout::encrypted_dir(root), reading, &mut found.skipped);
            found.plain = scan_dir(root, &layout::format_dir(root), plain, &mut found.skipped);
        }
    }
    found
}

/// The device folders in `format_dir` (`GymLog/v1` or `GymLog/v2`).
fn scan_dir(root: &Path, format_dir: &Path, reading: Reading<'_>, skipped: &mut Vec<SkippedFile>) -> Vec<DeviceFolder> {
    let relative = |path: &Path| path.strip_prefix(root).unwrap_or(path).display().to_string();
    let mut devices = Vec::new();
    for entry in sorted_entries(format_dir) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let mut skip = |reason: SkipReason| skipped.push(SkippedFile { file: relative(&path), reason });
        match layout::device_folder_id(&name) {
            Some(id) if path.is_dir() => devices.push(device_folder(root, id, &path, reading, skipped)),
            _ if reading.sealed.is_some() && name == layout::KEY_FILE => {}
            _ => match layout::classify(&name) {
                Entry::Skip(reason) if reason != SkipReason::Foreign => skip(reason),
                _ => skip(SkipReason::NotADeviceFolder),
            },
        }
    }
    devices
}

/// `v2`, `v3`…: folders of sync formats this GymLog does not read.
fn newer_formats(root: &Path) -> Option<String> {
    sorted_entries(root)
        .into_iter()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.strip_prefix('v').and_then(|v| v.parse::<u32>().ok()).is_some_and(|v| v > layout::FORMAT))
        .max()
}

fn sorted_entries(dir: &Path) -> Vec<std::fs::DirEntry> {
    let mut entries: Vec<_> = std::fs::read_dir(dir).map(|d| d.filter_map(Result::ok).collect()).unwrap_or_default();
    entries.sort_by_key(|e| e.file_name());
    entries
}

fn device_folder(
    root: &Path,
    id: Uuid,
    dir: &Path,
    reading: Reading<'_>,
    skipped: &mut Vec<SkippedFile>,
) -> DeviceFolder {
    let relative = |path: &Path| path.strip_prefix(root).unwrap_or(path).display().to_string();
    let mut folder = DeviceFolder { id, name: None, files: Vec::new() };
    for entry in sorted_entries(dir) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let mut skip = |reason: SkipReason| skipped.push(SkippedFile { file: relative(&path), reason });
        if !path.is_file() {
            skip(SkipReason::FolderInDeviceFolder);
            continue;
        }
        let entry = match reading.sealed {
            Some(_) => layout::classify_sealed(&name),
            None => layout::classify(&name),
        };
        match entry {
            Entry::DeviceFile => match read_device_json(&path, reading) {
                Ok(name) => folder.name = Some(name),
                Err(reason) => skip(reason),
            },
            Entry::Events(seq) => {
                let opened = match reading.sealed {
                    Some(sealed) => sealed.open(&path).map_err(|detail| SkipReason::DoesNotDecrypt { detail }),
                    None => Ok(path.clone()),
                };
                match opened.and_then(|plain| Ok((event_file(&plain, id, reading.max_format)?, plain))) {
                    Ok((summary, plain)) => folder.files.push(EventFile {
                        key: format!("{id}/{name}"),
                        path: plain,
                        source: path,
                        seq,
                        summary,
                    }),
                    Err(reason) => skip(reason),
                }
            }
            Entry::Skip(reason) => skip(reason),
        }
    }
    folder.files.sort_by_key(|f| f.seq);
    folder
}

fn read_device_json(path: &Path, reading: Reading<'_>) -> Result<String, SkipReason> {
    let unreadable = |e: std::io::Error| SkipReason::Unreadable { detail: e.to_string() };
    let mut bytes = read_at_most(path, 16 * 1024).map_err(unreadable)?;
    if let Some(sealed) = reading.sealed
        && bytes.len() <= 16 * 1024
    {
        let copy = sealed.open(path).map_err(|detail| SkipReason::DeviceFileDoesNotDecrypt { detail })?;
        bytes = read_at_most(&copy, 16 * 1024).map_err(unreadable)?;
    }
    let device: DeviceJson =
        serde_json::from_slice(&bytes).map_err(|e| SkipReason::BadDeviceFile { detail: e.to_string() })?;
    if device.format > reading.max_format {
        return Err(SkipReason::NewerDeviceFile { found: device.format, reads: reading.max_format });
    }
    super::device::check_name(&device.name).map_err(|e| SkipReason::BadDeviceName { detail: e.to_string() })
}

/// The footer of the event file at `path` in the folder of device `id`, if it is a sync file
/// of this format written by that device.
fn event_file(path: &Path, id: Uuid, max_format: u32) -> Result<ParquetSummary, SkipReason> {
    let summary = ParquetFile::open(path)
        .and_then(|f| f.summary())
        .map_err(|e| SkipReason::NotReadableYet { detail: first_line(&e.to_string()).to_string() })?;
    match summary.metadata(meta::SYNC_FORMAT).map(str::parse::<u32>) {
        None => return Err(SkipReason::NoSyncFormat),
        Some(Err(_)) => return Err(SkipReason::SyncFormatNotANumber),
        Some(Ok(found)) if found > layout::FORMAT => {
            return Err(SkipReason::NewerFile { found, reads: layout::FORMAT });
        }
        Some(Ok(found)) if found > max_format => {
            return Err(SkipReason::OtherFolderFormat { found, folder: max_format });
        }
        Some(Ok(_)) => {}
    }
    let writer = summary.metadata(meta::DEVICE).and_then(|d| Uuid::parse_str(d).ok());
    if writer != Some(id) {
        let writer = summary.metadata(meta::DEVICE).unwrap_or("none").to_string();
        return Err(SkipReason::OtherDevice { writer });
    }
    if summary.metadata(backup_meta::CONTENT_CHECKSUM).is_none() {
        return Err(SkipReason::NoChecksum);
    }
    Ok(summary)
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text)
}

//! Looking at a sync folder: every device's folder in `GymLog/v1`, its `device.json` and its
//! event files with their footers (rows, checksum, format, writer: no data page is read), and
//! everything else found there, each with the reason it is skipped. Nothing here writes.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

use super::layout::{self, Entry, meta};
use super::report::SkippedFile;
use crate::backup::export::meta as backup_meta;
use crate::backup::json_file::read_at_most;
use crate::store::{ParquetFile, ParquetSummary};

/// An event file with a footer that reads and says it belongs where it is.
#[derive(Debug, Clone)]
pub struct EventFile {
    pub path: PathBuf,
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
    pub skipped: Vec<SkippedFile>,
}

#[derive(Deserialize)]
struct DeviceJson {
    format: u32,
    name: String,
}

/// Reads the folder `format_dir` (`GymLog/v1`); `root` is the sync folder, for the names in
/// the report.
pub fn scan(root: &Path, format_dir: &Path) -> FolderScan {
    let mut found = FolderScan::default();
    let relative = |path: &Path| path.strip_prefix(root).unwrap_or(path).display().to_string();
    let skip = |found: &mut FolderScan, path: &Path, reason: String| {
        found.skipped.push(SkippedFile { file: relative(path), reason })
    };
    if let Some(newer) = newer_formats(&root.join(layout::ROOT)) {
        skip(
            &mut found,
            &root.join(layout::ROOT).join(&newer),
            format!("{newer} is a newer sync folder format: update GymLog to sync with the devices writing it"),
        );
    }
    for entry in sorted_entries(format_dir) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        match layout::device_folder_id(&name) {
            Some(id) if path.is_dir() => found.devices.push(device_folder(root, id, &path, &mut found.skipped)),
            _ => match layout::classify(&name) {
                Entry::Skip(reason) if reason != layout::FOREIGN => skip(&mut found, &path, reason.to_string()),
                _ => skip(&mut found, &path, "not a device's folder (those are named by the device's id)".into()),
            },
        }
    }
    found
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

fn device_folder(root: &Path, id: Uuid, dir: &Path, skipped: &mut Vec<SkippedFile>) -> DeviceFolder {
    let relative = |path: &Path| path.strip_prefix(root).unwrap_or(path).display().to_string();
    let mut folder = DeviceFolder { id, name: None, files: Vec::new() };
    for entry in sorted_entries(dir) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let mut skip = |reason: String| skipped.push(SkippedFile { file: relative(&path), reason });
        if !path.is_file() {
            skip("a folder inside a device's folder, which the format has not".into());
            continue;
        }
        match layout::classify(&name) {
            Entry::DeviceFile => match read_device_json(&path) {
                Ok(name) => folder.name = Some(name),
                Err(reason) => skip(reason),
            },
            Entry::Events(seq) => match event_file(&path, id) {
                Ok(summary) => folder.files.push(EventFile { key: format!("{id}/{name}"), path, seq, summary }),
                Err(reason) => skip(reason),
            },
            Entry::Skip(reason) => skip(reason.to_string()),
        }
    }
    folder.files.sort_by_key(|f| f.seq);
    folder
}

fn read_device_json(path: &Path) -> Result<String, String> {
    let bytes = read_at_most(path, 16 * 1024).map_err(|e| format!("cannot be read ({e})"))?;
    let device: DeviceJson =
        serde_json::from_slice(&bytes).map_err(|e| format!("a device description that does not read ({e})"))?;
    if device.format > layout::FORMAT {
        return Err(format!("written in sync format {}; this GymLog reads format {}", device.format, layout::FORMAT));
    }
    super::device::check_name(&device.name).map_err(|e| e.to_string())
}

/// The footer of the event file at `path` in the folder of device `id`, if it is a sync file
/// of this format written by that device.
fn event_file(path: &Path, id: Uuid) -> Result<ParquetSummary, String> {
    let summary = ParquetFile::open(path).and_then(|f| f.summary()).map_err(|e| {
        format!(
            "not a readable Parquet file yet (still arriving, truncated or damaged: {})",
            first_line(&e.to_string())
        )
    })?;
    match summary.metadata(meta::SYNC_FORMAT).map(str::parse::<u32>) {
        None => return Err("not a GymLog sync file (no gymlog_sync_format metadata)".into()),
        Some(Err(_)) => return Err("its sync format metadata is not a number".into()),
        Some(Ok(format)) if format > layout::FORMAT => {
            return Err(format!(
                "written in sync format {format}; this GymLog reads format {}: update GymLog",
                layout::FORMAT
            ));
        }
        Some(Ok(_)) => {}
    }
    let writer = summary.metadata(meta::DEVICE).and_then(|d| Uuid::parse_str(d).ok());
    if writer != Some(id) {
        return Err(format!(
            "written by another device ({}) than the one whose folder it is in",
            summary.metadata(meta::DEVICE).unwrap_or("none")
        ));
    }
    if summary.metadata(backup_meta::CONTENT_CHECKSUM).is_none() {
        return Err("it has no content checksum".into());
    }
    Ok(summary)
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text)
}

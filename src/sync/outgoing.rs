//! Writing this device's event files: the events of a snapshot that no file in the folder
//! holds yet (or, compacting, every event of this device's files), copied like a backup to a
//! hidden temporary file in the device's own folder, read back completely and checked against
//! the content checksum, flushed to disk, renamed to `events-NNNNNN.parquet` and the folder
//! flushed. A file under that name is therefore always complete; a crash leaves at most a
//! temporary file, which the next sync removes. In an encrypted folder the Parquet file is
//! made and checked in the sync's private working folder, encrypted into the temporary file,
//! decrypted back and compared, and then flushed and renamed the same way
//! (`events-NNNNNN.parquet.age`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::SyncError;
use super::layout::{self, Entry, meta};
use super::sealed::Sealed;
use crate::backup::durable;
use crate::backup::export::{APP_VERSION, check_written_file, meta as backup_meta};
use crate::domain::event::EVENT_SCHEMA_VERSION;
use crate::store::{CHECKSUM_ALGORITHM, ContentDigest, Store};

/// A file this device wrote.
#[derive(Debug, Clone)]
pub struct Written {
    pub name: String,
    pub events: u64,
    pub bytes: u64,
    pub checksum: String,
    /// What its set edits replaced (the file's `gymlog_sync_replaced`).
    pub replaced: BTreeMap<Uuid, Uuid>,
}

/// What to write.
pub struct Choice<'a> {
    /// Files whose events are not written again.
    pub held: &'a [PathBuf],
    /// Files whose events are written all the same (compaction: this device's own).
    pub kept: &'a [PathBuf],
    /// What set edits replaced, as recorded when they were first written (kept as it was:
    /// a compaction must not take what was merged since for what an edit had seen).
    pub recorded: &'a BTreeMap<Uuid, Uuid>,
}

/// The number of the next event file in `dir`: one more than any name of ours there, readable
/// or not (a damaged file's name is never reused).
pub fn next_seq(dir: &Path, sealed: bool) -> u32 {
    let names = std::fs::read_dir(dir).map(|d| d.filter_map(Result::ok).collect::<Vec<_>>()).unwrap_or_default();
    let classify = if sealed { layout::classify_sealed } else { layout::classify };
    names
        .iter()
        .filter_map(|e| match classify(&e.file_name().to_string_lossy()) {
            Entry::Events(seq) => Some(seq),
            _ => None,
        })
        .max()
        .map_or(1, |seq| seq.saturating_add(1))
}

/// The hidden temporary file a write goes through; removed unless it was renamed into place.
struct TempFile(PathBuf, bool);

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.1 {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

/// Writes the events `choice` picks from `store` (as it is now) to a new file in `dir`, this
/// device's folder (encrypted with `sealed`, if given); `None` when there are none.
pub fn write(
    store: &Store,
    dir: &Path,
    device: Uuid,
    choice: &Choice<'_>,
    sealed: Option<&Sealed>,
    now: DateTime<Utc>,
) -> Result<Option<Written>, SyncError> {
    let failed = |reason: String| SyncError::Write { dir: dir.to_path_buf(), reason };
    let store_failed = |e: crate::store::StoreError| failed(e.to_string());
    let snapshot = store.snapshot().map_err(store_failed)?;
    let selection = snapshot.sync_selection(choice.held, choice.kept).map_err(store_failed)?;
    let digest = selection.digest().map_err(store_failed)?;
    if digest.rows == 0 {
        return Ok(None);
    }
    let mut replaced: BTreeMap<Uuid, Uuid> =
        selection.replaced_set_edits().map_err(store_failed)?.into_iter().collect();
    for (edit, was) in replaced.iter_mut() {
        if let Some(recorded) = choice.recorded.get(edit) {
            *was = *recorded;
        }
    }
    let mut name = layout::events_file_name(next_seq(dir, sealed.is_some()));
    if sealed.is_some() {
        name.push_str(layout::SEALED_SUFFIX);
    }
    let path = dir.join(&name);
    let mut temp = TempFile(dir.join(format!(".{name}.gymlog-{}.partial", std::process::id())), false);
    // Plain, the Parquet file is the temporary file; encrypted, it is made in the private
    // working folder and only its encryption goes into the folder.
    let plain = match sealed {
        Some(sealed) => TempFile(sealed.work.path().join(format!("out-{name}")), false),
        None => TempFile(temp.0.clone(), true),
    };
    let metadata = metadata(&digest, device, now, &replaced, sealed.is_some());
    let rows = selection.copy_to_parquet(&plain.0, &metadata).map_err(store_failed)?;
    drop(selection);
    drop(snapshot);
    if rows != digest.rows {
        return Err(failed(format!("{rows} rows written, {} events chosen", digest.rows)));
    }
    check_written_file(&plain.0, &digest).map_err(|reason| failed(format!("the file did not check out: {reason}")))?;
    if let Some(sealed) = sealed {
        encrypt_checked(sealed, &plain.0, &temp.0).map_err(failed)?;
    }
    // Health data: the owner's alone, like a backup (the sync tool copies it as it is).
    crate::private_fs::restrict(&temp.0).map_err(|e| failed(e.to_string()))?;
    durable::sync_file(&temp.0).map_err(|e| failed(format!("could not flush it to disk: {e}")))?;
    let bytes = std::fs::metadata(&temp.0).map_err(|e| failed(e.to_string()))?.len();
    if path.exists() {
        return Err(failed(format!("{} appeared while it was being written", path.display())));
    }
    std::fs::rename(&temp.0, &path).map_err(|e| failed(e.to_string()))?;
    temp.1 = true;
    if let Some(sealed) = sealed {
        // What it decrypts to is at hand: the next scan need not decrypt it.
        sealed.keep_copy(&path, &plain.0);
    }
    durable::sync_dir(dir).map_err(|e| failed(format!("could not flush the folder: {e}")))?;
    Ok(Some(Written { name, events: digest.rows, bytes, checksum: digest.checksum_hex(), replaced }))
}

/// Encrypts `plain` into `sealed_path`, then decrypts that back and compares it with `plain`
/// byte for byte (hashes): what goes into the folder decrypts to the file that checked out.
fn encrypt_checked(sealed: &Sealed, plain: &Path, sealed_path: &Path) -> Result<(), String> {
    sealed.key.encrypt_file(plain, sealed_path).map_err(|e| format!("could not encrypt it: {e}"))?;
    let back = sealed.work.path().join("read-back");
    sealed
        .key
        .decrypt_file(sealed_path, &back)
        .map_err(|reason| format!("the encrypted file does not decrypt: {reason}"))?;
    let hash = |p: &Path| std::fs::read(p).map(|b| xxhash_rust::xxh3::xxh3_128(&b));
    let same = matches!((hash(plain), hash(&back)), (Ok(a), Ok(b)) if a == b);
    let _ = std::fs::remove_file(&back);
    match same {
        true => Ok(()),
        false => Err("the encrypted file did not decrypt to what was written".into()),
    }
}

/// A backup's metadata (docs/backup-format.md) and the sync format's (`layout::meta`).
fn metadata(
    digest: &ContentDigest,
    device: Uuid,
    now: DateTime<Utc>,
    replaced: &BTreeMap<Uuid, Uuid>,
    sealed: bool,
) -> Vec<(&'static str, String)> {
    let format = if sealed { layout::ENCRYPTED_FORMAT } else { layout::PLAIN_FORMAT };
    let replaced: Vec<[Uuid; 2]> = replaced.iter().map(|(edit, was)| [*edit, *was]).collect();
    vec![
        (backup_meta::APP_VERSION, APP_VERSION.to_string()),
        (backup_meta::EVENT_SCHEMA_VERSION, EVENT_SCHEMA_VERSION.to_string()),
        (backup_meta::EVENT_COUNT, digest.rows.to_string()),
        (backup_meta::CONTENT_CHECKSUM, digest.checksum_hex()),
        (backup_meta::CHECKSUM_ALGORITHM, CHECKSUM_ALGORITHM.to_string()),
        (meta::SYNC_FORMAT, format.to_string()),
        (meta::DEVICE, device.hyphenated().to_string()),
        (meta::WRITTEN_AT, now.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)),
        (meta::REPLACED, serde_json::to_string(&replaced).expect("ids serialise")),
    ]
}

/// The `gymlog_sync_replaced` pairs of a file's footer (nothing when it has none).
pub fn replaced_of(summary: &crate::store::ParquetSummary) -> Vec<(Uuid, Uuid)> {
    summary
        .metadata(meta::REPLACED)
        .and_then(|json| serde_json::from_str::<Vec<[Uuid; 2]>>(json).ok())
        .unwrap_or_default()
        .into_iter()
        .map(|[edit, was]| (edit, was))
        .collect()
}

//! The passphrase, given once (docs/sync.md, "Encrypted folders"): [`set_passphrase`] turns
//! encryption on for a folder (a new key, written to the folder encrypted with the
//! passphrase) or opens the folder's key with it; either way this installation keeps the key
//! in its config dir — `sync-keys/<folder>.txt`, owner-only, an age identity file that the
//! `age` tool also reads — so later syncs and the window need no passphrase.
//! [`forget_passphrase`] removes it. And what a sync needs to know first: whether the folder
//! is encrypted, and whether this installation holds its key ([`folder_mode`]).

use std::path::{Path, PathBuf};

use age::secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use super::SyncError;
use super::layout;
use super::sealed::{self, FolderKey, KeyFileError};
use crate::backup::{durable, json_file::read_at_most};

/// The folder in the config dir holding the keys of encrypted folders.
pub const KEYS_DIR: &str = "sync-keys";

/// What [`set_passphrase`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PassphraseOutcome {
    /// The folder had no key: encryption is on, with a new key this passphrase opens. The next
    /// sync writes this device's files encrypted and removes its plain ones.
    TurnedOn,
    /// The folder's key opened; this installation keeps it.
    Unlocked,
}

/// How a sync reads and writes a folder.
pub enum FolderMode {
    /// Format 1: no key file, and no key kept here.
    Plain,
    /// Format 2, with the key.
    Encrypted(FolderKey),
}

/// Turns encryption on for `folder` with `passphrase` if the folder has no key yet, else opens
/// its key with it; the key is kept in `state_dir` (the config dir). A wrong passphrase is
/// [`SyncError::WrongPassphrase`], and nothing is written anywhere. Takes about a second (the
/// passphrase is stretched with scrypt, on purpose): call it from a background job.
pub fn set_passphrase(
    folder: &Path,
    state_dir: &Path,
    passphrase: &SecretString,
) -> Result<PassphraseOutcome, SyncError> {
    let folder = layout::usable_folder(folder)?;
    check_passphrase(passphrase)?;
    let key_path = layout::key_file(&folder);
    if key_path.exists() {
        unlock_at(&folder, state_dir, passphrase)?;
        return Ok(PassphraseOutcome::Unlocked);
    }
    let key = FolderKey::generate();
    let sealed =
        sealed::seal_key(&key, passphrase).map_err(|source| SyncError::Folder { path: key_path.clone(), source })?;
    let folder_error = |source| SyncError::Folder { path: key_path.clone(), source };
    crate::private_fs::create_dir_all(&layout::encrypted_dir(&folder)).map_err(folder_error)?;
    durable::write_atomically(&key_path, &sealed).map_err(folder_error)?;
    save(&folder, state_dir, &key, &sealed)?;
    Ok(PassphraseOutcome::TurnedOn)
}

/// Opens the key of the encrypted `folder` with `passphrase` and keeps it in `state_dir`;
/// [`SyncError::NotEncrypted`] if the folder has no key (nothing is turned on).
pub fn unlock(folder: &Path, state_dir: &Path, passphrase: &SecretString) -> Result<(), SyncError> {
    let folder = layout::usable_folder(folder)?;
    check_passphrase(passphrase)?;
    unlock_at(&folder, state_dir, passphrase)
}

/// Removes the key of `folder` kept in `state_dir` (its syncs then need the passphrase
/// again), and the decrypted copies of its files; whether there was a key. The folder stays
/// encrypted.
pub fn forget_passphrase(state_dir: &Path, folder: &Path) -> Result<bool, SyncError> {
    let folder = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    let _ = std::fs::remove_dir_all(sealed::cache_dir(state_dir, &folder));
    let path = kept_key_path(state_dir, &folder);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(SyncError::State { path, source }),
    }
}

fn check_passphrase(passphrase: &SecretString) -> Result<(), SyncError> {
    match passphrase.expose_secret().trim().is_empty() {
        true => Err(SyncError::EmptyPassphrase),
        false => Ok(()),
    }
}

fn unlock_at(folder: &Path, state_dir: &Path, passphrase: &SecretString) -> Result<(), SyncError> {
    let key_path = layout::key_file(folder);
    let bytes = match read_at_most(&key_path, sealed::MAX_KEY_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(SyncError::NotEncrypted(folder.into())),
        Err(source) => return Err(SyncError::Folder { path: key_path, source }),
    };
    let key = match sealed::open_key(&bytes, passphrase) {
        Ok(key) => key,
        Err(KeyFileError::WrongPassphrase) => return Err(SyncError::WrongPassphrase(folder.into())),
        Err(KeyFileError::Damaged(reason)) => return Err(SyncError::KeyFile { path: key_path, reason }),
    };
    save(folder, state_dir, &key, &bytes)
}

/// `sync-keys/<hash of the folder's path>.txt`.
fn kept_key_path(state_dir: &Path, folder: &Path) -> PathBuf {
    state_dir.join(KEYS_DIR).join(format!("{}.txt", sealed::folder_hash(folder)))
}

/// What the kept key says of the folder's key file it came from: its xxh3-128, so a key file
/// replaced in the folder (encryption turned on again elsewhere) is noticed.
const KEY_FILE_LINE: &str = "# key file xxh3-128: ";

fn key_file_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

fn save(folder: &Path, state_dir: &Path, key: &FolderKey, key_file: &[u8]) -> Result<(), SyncError> {
    let path = kept_key_path(state_dir, folder);
    let text = SecretString::from(format!(
        "# GymLog: the key of the encrypted sync folder {folder:?} (docs/sync.md).\n\
         # Anyone with this file reads that folder: it never leaves this machine.\n\
         {KEY_FILE_LINE}{}\n{}\n",
        key_file_hash(key_file),
        key.secret().expose_secret()
    ));
    durable::write_atomically(&path, text.expose_secret().as_bytes())
        .map_err(|source| SyncError::State { path, source })
}

/// The key kept for `folder` and the hash of the key file it came from.
fn kept(folder: &Path, state_dir: &Path) -> Result<Option<(FolderKey, String)>, SyncError> {
    let path = kept_key_path(state_dir, folder);
    let bytes = match read_at_most(&path, 64 * 1024) {
        Ok(bytes) => SecretString::from(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(SyncError::State { path, source }),
    };
    let text = bytes.expose_secret();
    let hash = text.lines().find_map(|l| l.strip_prefix(KEY_FILE_LINE)).unwrap_or("").trim().to_string();
    let secret = text.lines().find(|l| !l.starts_with('#') && !l.trim().is_empty()).unwrap_or("");
    let key = FolderKey::from_secret(&SecretString::from(secret.to_string())).map_err(|e| SyncError::KeyFile {
        path: path.clone(),
        reason: format!("the key kept here does not read ({e})"),
    })?;
    Ok(Some((key, hash)))
}

/// Whether `folder` (made absolute) is encrypted and this installation holds its key: an
/// encrypted folder without it is [`SyncError::Locked`], and one whose key file is another
/// than the one the kept key came from is [`SyncError::KeyChanged`]; both before anything is
/// read or written. A kept key with no key file in the folder (removed, or not arrived back)
/// still syncs encrypted: every file of the folder is.
pub fn folder_mode(folder: &Path, state_dir: &Path) -> Result<FolderMode, SyncError> {
    let key_path = layout::key_file(folder);
    let key_file = match read_at_most(&key_path, sealed::MAX_KEY_FILE_BYTES) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(source) => return Err(SyncError::Folder { path: key_path, source }),
    };
    match (kept(folder, state_dir)?, key_file) {
        (None, None) => Ok(FolderMode::Plain),
        (None, Some(_)) => Err(SyncError::Locked(folder.into())),
        (Some((_, hash)), Some(bytes)) if hash != key_file_hash(&bytes) => Err(SyncError::KeyChanged(folder.into())),
        (Some((key, _)), _) => Ok(FolderMode::Encrypted(key)),
    }
}

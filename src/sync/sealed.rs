//! Encryption of a sync folder (docs/sync.md, "Encrypted folders", format 2), with the age
//! file format: the folder's key — an age identity made at random when encryption is turned
//! on — and every file of the folder encrypted to it. The passphrase only ever opens the key
//! file (`GymLog/v2/key.age`, age's scrypt recipient: about a second of work, on purpose);
//! data files use the key's post-quantum hybrid recipient (ML-KEM-768 + X25519), well under a
//! millisecond a file. The recipient is never written anywhere: only a holder of the key can
//! make a file that decrypts, so whoever hosts the folder can neither read nor forge one.
//!
//! Files are decrypted into private folders in the config dir ([`WorkDir`], [`Sealed`]): the
//! sync reads them there exactly as it reads plain files, and nothing plain ever lands in the
//! synced folder.

use std::cell::RefCell;
use std::collections::HashSet;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::{Decryptor, Encryptor, pq, scrypt};

/// The longest key file read: one line of a few hundred bytes, encrypted.
pub const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;

/// A folder's key.
#[derive(Clone)]
pub struct FolderKey {
    identity: pq::Identity,
    recipient: pq::Recipient,
}

/// Why the key file did not open.
#[derive(Debug)]
pub enum KeyFileError {
    WrongPassphrase,
    Damaged(String),
}

impl FolderKey {
    /// A new key, for a folder whose encryption is being turned on.
    pub fn generate() -> FolderKey {
        FolderKey::of(pq::Identity::generate())
    }

    fn of(identity: pq::Identity) -> FolderKey {
        let recipient = identity.to_public();
        FolderKey { identity, recipient }
    }

    /// The key from its text (`AGE-SECRET-KEY-PQ-1…`, as an age identity file holds it).
    pub fn from_secret(text: &SecretString) -> Result<FolderKey, String> {
        pq::Identity::from_str(text.expose_secret().trim()).map(FolderKey::of).map_err(|e| e.to_string())
    }

    /// The key as text, for the local key file.
    pub fn secret(&self) -> SecretString {
        self.identity.to_string()
    }

    fn encryptor(&self) -> Encryptor {
        Encryptor::with_recipients(std::iter::once(&self.recipient as &dyn age::Recipient))
            .expect("one native recipient always encrypts")
    }

    pub fn encrypt(&self, plain: &[u8]) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(plain.len() + 2048);
        let mut writer = self.encryptor().wrap_output(&mut out)?;
        writer.write_all(plain)?;
        writer.finish()?;
        Ok(out)
    }

    /// Encrypts the file `plain` into the new file `sealed`.
    pub fn encrypt_file(&self, plain: &Path, sealed: &Path) -> std::io::Result<()> {
        let mut input = BufReader::with_capacity(1 << 20, std::fs::File::open(plain)?);
        let output = BufWriter::with_capacity(1 << 20, std::fs::File::create_new(sealed)?);
        let mut writer = self.encryptor().wrap_output(output)?;
        std::io::copy(&mut input, &mut writer)?;
        writer.finish()?.into_inner().map_err(|e| e.into_error())?.sync_all()
    }

    fn reader<R: Read>(&self, input: R) -> Result<impl Read, String> {
        let decryptor = Decryptor::new(input).map_err(|e| decrypt_reason(&e))?;
        decryptor.decrypt(std::iter::once(&self.identity as &dyn age::Identity)).map_err(|e| decrypt_reason(&e))
    }

    #[cfg(test)]
    pub fn decrypt(&self, sealed: &[u8]) -> Result<Vec<u8>, String> {
        let mut plain = Vec::new();
        self.reader(sealed)?.read_to_end(&mut plain).map_err(|e| decrypt_reason_io(&e))?;
        Ok(plain)
    }

    /// Decrypts the file `sealed` into `plain` (replaced); the reason when it does not decrypt
    /// completely (then `plain` is removed).
    pub fn decrypt_file(&self, sealed: &Path, plain: &Path) -> Result<(), String> {
        let input = std::fs::File::open(sealed).map_err(|e| format!("cannot be read ({e})"))?;
        let result = (|| {
            let mut reader = self.reader(BufReader::with_capacity(1 << 20, input))?;
            let file =
                std::fs::File::create(plain).map_err(|e| format!("cannot decrypt it to {}: {e}", plain.display()))?;
            let mut output = BufWriter::with_capacity(1 << 20, file);
            std::io::copy(&mut reader, &mut output).map_err(|e| decrypt_reason_io(&e))?;
            output.flush().map_err(|e| e.to_string())
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(plain);
        }
        result
    }
}

/// Why a file did not decrypt, in a lifter's words.
fn decrypt_reason(e: &age::DecryptError) -> String {
    match e {
        age::DecryptError::NoMatchingKeys => "it is not encrypted with this folder's key".to_string(),
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => {
            "it is not an age-encrypted file (or its start is damaged)".to_string()
        }
        age::DecryptError::Io(io) => decrypt_reason_io(io),
        other => format!("it does not decrypt ({other})"),
    }
}

fn decrypt_reason_io(e: &std::io::Error) -> String {
    match e.kind() {
        // A chunk cut short fails its authentication like a damaged one: age cannot tell them apart.
        std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::InvalidData => {
            "it is cut short (still arriving or truncated) or damaged".to_string()
        }
        _ => format!("it cannot be read ({e})"),
    }
}

/// The key file's bytes: `key` encrypted with `passphrase` (age scrypt, this machine's work
/// factor of about a second).
pub fn seal_key(key: &FolderKey, passphrase: &SecretString) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut writer = Encryptor::with_user_passphrase(passphrase.clone()).wrap_output(&mut out)?;
    let mut text = key.secret().expose_secret().to_string();
    text.push('\n');
    writer.write_all(text.as_bytes())?;
    writer.finish()?;
    age::secrecy::zeroize::Zeroize::zeroize(&mut text);
    Ok(out)
}

/// The key in a key file's bytes, opened with `passphrase`.
pub fn open_key(bytes: &[u8], passphrase: &SecretString) -> Result<FolderKey, KeyFileError> {
    let damaged = |e: &dyn std::fmt::Display| KeyFileError::Damaged(e.to_string());
    let decryptor = Decryptor::new(bytes).map_err(|e| damaged(&e))?;
    if !decryptor.is_scrypt() {
        return Err(KeyFileError::Damaged("it is not encrypted with a passphrase".into()));
    }
    let identity = scrypt::Identity::new(passphrase.clone());
    let mut reader = match decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)) {
        Ok(reader) => reader,
        Err(age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed) => {
            return Err(KeyFileError::WrongPassphrase);
        }
        Err(e) => return Err(damaged(&e)),
    };
    let mut text = String::new();
    reader.read_to_string(&mut text).map_err(|e| damaged(&e))?;
    let text = SecretString::from(text);
    FolderKey::from_secret(&text).map_err(|e| KeyFileError::Damaged(format!("it holds no key ({e})")))
}

/// A private folder in the config dir for the plaintext of the files a sync decrypts
/// (`sync-work.<pid>`, owner-only), removed when the sync ends; one that a killed GymLog left
/// is removed by the next sync.
pub struct WorkDir {
    path: PathBuf,
}

const WORK_PREFIX: &str = "sync-work.";

impl WorkDir {
    pub fn new(state_dir: &Path) -> std::io::Result<WorkDir> {
        for entry in std::fs::read_dir(state_dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let pid = name.strip_prefix(WORK_PREFIX).and_then(|p| p.parse::<u32>().ok());
            if pid.is_some_and(|pid| !crate::backup::export::still_running(pid)) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        let path = state_dir.join(format!("{WORK_PREFIX}{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        crate::private_fs::create_dir_all(&path)?;
        Ok(WorkDir { path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// An encrypted folder's key, where this sync works, and the decrypted copies of the folder's
/// files kept from one sync to the next (`sync-cache/<folder>/`, owner-only, like the
/// database): a file is decrypted once, when it arrives, not at every sync. A copy is named by
/// the hash of the file's first 4 KiB and its length — age's header there, with its random
/// file key, differs for every file ever encrypted — and made under a temporary name, so a
/// copy is always of a file that decrypted completely. Copies of files no longer in the folder
/// are removed at the end of a sync ([`Sealed::prune`]).
pub struct Sealed {
    pub key: FolderKey,
    pub work: WorkDir,
    cache: PathBuf,
    used: RefCell<HashSet<String>>,
}

/// The folder of the decrypted copies of `folder`'s files in `state_dir`.
pub fn cache_dir(state_dir: &Path, folder: &Path) -> PathBuf {
    state_dir.join(CACHE_DIR).join(folder_hash(folder))
}

const CACHE_DIR: &str = "sync-cache";

/// What names a folder in the config dir: xxh3-64 of its path, in hex.
pub fn folder_hash(folder: &Path) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(folder.as_os_str().as_encoded_bytes()))
}

impl Sealed {
    pub fn new(key: FolderKey, state_dir: &Path, folder: &Path) -> std::io::Result<Sealed> {
        let work = WorkDir::new(state_dir)?;
        let cache = cache_dir(state_dir, folder);
        crate::private_fs::create_dir_all(&cache)?;
        Ok(Sealed { key, work, cache, used: RefCell::default() })
    }

    /// The decrypted copy of the folder's file `sealed`, made now if there is none yet; the
    /// reason when it does not decrypt completely.
    pub fn open(&self, sealed: &Path) -> Result<PathBuf, String> {
        let id = copy_name(sealed).map_err(|e| format!("cannot be read ({e})"))?;
        let copy = self.cache.join(&id);
        self.used.borrow_mut().insert(id.clone());
        if copy.is_file() {
            return Ok(copy);
        }
        let temp = self.work.path().join(&id);
        self.key.decrypt_file(sealed, &temp)?;
        std::fs::rename(&temp, &copy).map_err(|e| format!("cannot keep its decrypted copy ({e})"))?;
        Ok(copy)
    }

    /// Keeps `plain` (moved) as the decrypted copy of `sealed`, just made from it.
    pub fn keep_copy(&self, sealed: &Path, plain: &Path) {
        if let Ok(id) = copy_name(sealed)
            && std::fs::rename(plain, self.cache.join(&id)).is_ok()
        {
            self.used.borrow_mut().insert(id);
        }
    }

    /// Removes the copies of files that no scan of this sync met.
    pub fn prune(&self) {
        let used = self.used.borrow();
        for entry in std::fs::read_dir(&self.cache).into_iter().flatten().flatten() {
            if !used.contains(entry.file_name().to_string_lossy().as_ref()) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// The name of `sealed`'s decrypted copy: xxh3-128 of its first 4 KiB and its length.
fn copy_name(sealed: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(sealed)?;
    let len = file.metadata()?.len();
    let mut start = Vec::with_capacity(4096 + 8);
    (&mut file).take(4096).read_to_end(&mut start)?;
    start.extend_from_slice(&len.to_le_bytes());
    Ok(format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&start)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_round_trip_and_other_keys_or_damage_do_not_decrypt() {
        let dir = tempfile::tempdir().unwrap();
        let (key, other) = (FolderKey::generate(), FolderKey::generate());
        let plain: Vec<u8> = (0..200_000u32).flat_map(|i| i.to_le_bytes()).collect();
        std::fs::write(dir.path().join("plain"), &plain).unwrap();
        key.encrypt_file(&dir.path().join("plain"), &dir.path().join("sealed")).unwrap();
        let sealed = std::fs::read(dir.path().join("sealed")).unwrap();
        assert!(sealed.starts_with(b"age-encryption.org/v1\n"));
        assert!(!sealed.windows(16).any(|w| plain.windows(16).next() == Some(w)), "no plaintext");
        key.decrypt_file(&dir.path().join("sealed"), &dir.path().join("back")).unwrap();
        assert_eq!(std::fs::read(dir.path().join("back")).unwrap(), plain);
        assert_eq!(key.decrypt(&key.encrypt(b"device").unwrap()).unwrap(), b"device");

        assert!(other.decrypt(&sealed).unwrap_err().contains("not encrypted with this folder's key"));
        assert!(key.decrypt(&sealed[..sealed.len() - 100]).unwrap_err().contains("cut short"));
        let mut flipped = sealed.clone();
        flipped[sealed.len() / 2] ^= 1;
        std::fs::write(dir.path().join("flipped"), &flipped).unwrap();
        let reason = key.decrypt_file(&dir.path().join("flipped"), &dir.path().join("out")).unwrap_err();
        assert!(reason.contains("damaged"), "{reason}");
        assert!(!dir.path().join("out").exists(), "no half plaintext left");
        assert!(key.decrypt(&plain).unwrap_err().contains("not an age-encrypted file"));
    }

    #[test]
    fn the_key_file_opens_with_its_passphrase_only() {
        let key = FolderKey::generate();
        let sealed = seal_key(&key, &SecretString::from("correct horse".to_string())).unwrap();
        let text = String::from_utf8_lossy(&sealed);
        assert!(text.contains("-> scrypt") && !text.contains("AGE-SECRET-KEY"), "{text}");
        let opened = open_key(&sealed, &SecretString::from("correct horse".to_string())).unwrap();
        assert_eq!(opened.secret().expose_secret(), key.secret().expose_secret());
        assert!(matches!(
            open_key(&sealed, &SecretString::from("correct horsE".to_string())),
            Err(KeyFileError::WrongPassphrase)
        ));
        assert!(matches!(open_key(b"junk", &SecretString::from("x".to_string())), Err(KeyFileError::Damaged(_))));
    }
}

//! This installation's identity in sync folders: a device id made once (UUID v7) and a name the
//! lifter reads (the host name unless they choose one), kept in `sync-device.json` in the
//! config dir and written atomically. The id names the device's folder in every sync folder,
//! so it never changes by itself: a damaged file is an error to fix, never a new identity.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::backup::durable;
use crate::backup::json_file::read_at_most;

/// The shape of `sync-device.json` this GymLog writes.
const DEVICE_FILE_FORMAT: u32 = 1;

/// A device file is a few dozen bytes; one far larger is not one (and is not read whole).
const MAX_DEVICE_FILE_BYTES: u64 = 16 * 1024;

/// The longest device name, in characters.
pub const MAX_NAME_CHARS: usize = 64;

/// This installation, as other devices see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub id: Uuid,
    pub name: String,
}

/// `sync-device.json`.
#[derive(Debug, Serialize, Deserialize)]
struct DeviceFile {
    format: u32,
    id: Uuid,
    name: String,
}

#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    #[error(
        "{path} is damaged ({reason}); it holds this device's sync identity, which is never replaced on its own: \
         repair the file, or delete it to sync as a new device"
    )]
    Damaged { path: PathBuf, reason: String },
    #[error("{path} was written by a newer GymLog (format {found}); update GymLog")]
    TooNew { path: PathBuf, found: u32 },
    #[error("cannot read or write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{0}")]
    BadName(String),
}

/// A device name as the lifter typed it, trimmed; refused when empty, too long or holding
/// control characters (it is shown in lists and written into the folder).
pub fn check_name(name: &str) -> Result<String, DeviceError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(DeviceError::BadName("a device name cannot be empty".into()));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(DeviceError::BadName(format!("a device name has at most {MAX_NAME_CHARS} characters")));
    }
    if name.chars().any(char::is_control) {
        return Err(DeviceError::BadName("a device name cannot hold control characters".into()));
    }
    Ok(name.to_string())
}

/// The machine's host name, or "GymLog device" where it has none worth showing.
pub fn default_name() -> String {
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    check_name(&host).unwrap_or_else(|_| "GymLog device".to_string())
}

impl Device {
    /// This installation's identity from `path`: made (with the host name) and written if the
    /// file does not exist; an error, never a new identity, if it exists and cannot be read.
    pub fn load_or_create(path: &Path) -> Result<Device, DeviceError> {
        match Device::load(path)? {
            Some(device) => Ok(device),
            None => {
                let device = Device { id: Uuid::now_v7(), name: default_name() };
                device.save(path)?;
                Ok(device)
            }
        }
    }

    /// The identity in `path`, `None` when there is no file.
    pub fn load(path: &Path) -> Result<Option<Device>, DeviceError> {
        let bytes = match read_at_most(path, MAX_DEVICE_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(DeviceError::Io { path: path.to_path_buf(), source }),
        };
        let damaged = |reason: String| DeviceError::Damaged { path: path.to_path_buf(), reason };
        if bytes.len() as u64 > MAX_DEVICE_FILE_BYTES {
            return Err(damaged(format!("it is larger than {} KiB", MAX_DEVICE_FILE_BYTES / 1024)));
        }
        let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| damaged(e.to_string()))?;
        if let Some(found) = value.get("format").and_then(serde_json::Value::as_u64)
            && found > u64::from(DEVICE_FILE_FORMAT)
        {
            return Err(DeviceError::TooNew { path: path.to_path_buf(), found: found as u32 });
        }
        let file: DeviceFile = serde_json::from_value(value).map_err(|e| damaged(e.to_string()))?;
        let name = check_name(&file.name).map_err(|e| damaged(e.to_string()))?;
        Ok(Some(Device { id: file.id, name }))
    }

    /// Writes the identity to `path` atomically.
    pub fn save(&self, path: &Path) -> Result<(), DeviceError> {
        let file = DeviceFile { format: DEVICE_FILE_FORMAT, id: self.id, name: self.name.clone() };
        let mut json = serde_json::to_vec_pretty(&file).expect("a device serialises");
        json.push(b'\n');
        durable::write_atomically(path, &json).map_err(|source| DeviceError::Io { path: path.to_path_buf(), source })
    }

    /// Gives this device a new name (its id stays), written to `path`.
    pub fn rename(path: &Path, name: &str) -> Result<Device, DeviceError> {
        let name = check_name(name)?;
        let mut device = Device::load_or_create(path)?;
        if device.name != name {
            device.name = name;
            device.save(path)?;
        }
        Ok(device)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_identity_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cfg/sync-device.json");
        let made = Device::load_or_create(&path).unwrap();
        assert_eq!(made.name, default_name());
        assert_eq!(made.id.get_version_num(), 7);
        assert_eq!(Device::load_or_create(&path).unwrap(), made, "read back, not made again");
        let renamed = Device::rename(&path, "  Home gym laptop ").unwrap();
        assert_eq!(renamed, Device { id: made.id, name: "Home gym laptop".into() });
        assert_eq!(Device::load(&path).unwrap(), Some(renamed));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"format\": 1") && text.contains(&made.id.to_string()), "{text}");
    }

    #[test]
    fn a_damaged_file_is_an_error_and_is_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sync-device.json");
        for damage in
            [&b"{\"format\": 1, \"id\": \"0193"[..], b"", b"[]", b"{\"format\": 1, \"id\": \"x\", \"name\": \"a\"}"]
        {
            std::fs::write(&path, damage).unwrap();
            let err = Device::load_or_create(&path).unwrap_err();
            assert!(matches!(err, DeviceError::Damaged { .. }), "{err}");
            assert!(err.to_string().contains("never replaced on its own"), "{err}");
            assert_eq!(std::fs::read(&path).unwrap(), damage, "the file is untouched");
            assert!(Device::rename(&path, "x").is_err());
        }
        std::fs::write(&path, b"{\"format\": 2, \"id\": \"0193a000-0000-7000-8000-000000000000\", \"name\": \"a\"}")
            .unwrap();
        assert!(matches!(Device::load(&path), Err(DeviceError::TooNew { found: 2, .. })));
    }

    #[test]
    fn names_are_checked() {
        assert_eq!(check_name(" Desk ").unwrap(), "Desk");
        assert!(check_name("   ").is_err());
        assert!(check_name(&"x".repeat(MAX_NAME_CHARS + 1)).is_err());
        assert!(check_name("a\nb").is_err());
        assert_eq!(check_name("Лаптоп 🏋").unwrap(), "Лаптоп 🏋");
        assert!(!default_name().is_empty());
    }
}

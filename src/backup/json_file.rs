//! Small JSON files of state kept beside the database (the backup counter's `backup.json`,
//! sync's `sync-state.json`): read with a size bound, a damaged one kept aside as
//! `<name>.corrupt` so nothing the lifter had is lost, written atomically (`durable.rs`).
//! Each caller says what a damaged file means for it.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::durable;

/// What reading a state file found.
#[derive(Debug)]
pub enum Read<T> {
    /// No file: the caller's fresh state.
    Missing,
    Read(T),
    /// The file could not be opened or read (`cannot read <path>: <error>`).
    Unreadable(String),
    /// The file is there but is no state: `damage` says why, `kept` where a copy went
    /// (`kept a copy as <path>.corrupt`, or why it could not be kept).
    Damaged {
        damage: String,
        kept: String,
    },
}

/// The first `limit + 1` bytes of `path` at most: enough to tell that it is too large.
pub(crate) fn read_at_most(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(limit + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads the state in `path`: larger than `max_bytes`, empty or not a `T`, it is damaged and
/// kept aside.
pub fn read<T: DeserializeOwned>(path: &Path, max_bytes: u64, what: &str) -> Read<T> {
    let bytes = match read_at_most(path, max_bytes) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Read::Missing,
        Err(e) => return Read::Unreadable(format!("cannot read {}: {e}", path.display())),
    };
    let damage = if bytes.len() as u64 > max_bytes {
        format!("it is larger than {} KiB, which no {what} is", max_bytes / 1024)
    } else if bytes.iter().all(u8::is_ascii_whitespace) {
        "it is empty".to_string()
    } else {
        match serde_json::from_slice::<T>(&bytes) {
            Ok(state) => return Read::Read(state),
            Err(e) => e.to_string(),
        }
    };
    let aside = path.with_extension("json.corrupt");
    let kept = match std::fs::copy(path, &aside) {
        Ok(_) => format!("kept a copy as {}", aside.display()),
        Err(e) => format!("could not keep a copy ({e})"),
    };
    Read::Damaged { damage, kept }
}

/// Writes `state` to `path` atomically: a crash leaves the old file or the new one, never
/// half of one.
pub fn write<T: Serialize>(path: &Path, state: &T) -> std::io::Result<()> {
    let mut json = serde_json::to_vec_pretty(state).map_err(std::io::Error::other)?;
    json.push(b'\n');
    durable::write_atomically(path, &json)
}

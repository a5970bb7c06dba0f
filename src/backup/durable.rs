//! Making files durable on every platform: fsync a file through a handle opened for writing
//! (Windows' `FlushFileBuffers` refuses a read-only handle with "access denied"), fsync a
//! folder after a rename where the platform has that (a no-op elsewhere), and atomic writes:
//! a temp file in the same folder → write → fsync → rename → fsync the folder.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;

/// Opens an existing file so that its contents can be flushed to disk: with write access,
/// without truncating or changing it.
pub fn open_for_sync(path: &Path) -> std::io::Result<File> {
    OpenOptions::new().write(true).open(path)
}

/// Flushes a file's contents and metadata to disk.
pub fn sync_file(path: &Path) -> std::io::Result<()> {
    open_for_sync(path)?.sync_all()
}

/// Makes a rename in `dir` durable. Only Unix has (and needs) an fsync of a folder; on other
/// platforms this does nothing.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// How much of a file's name a temp file beside it repeats: enough to recognise it, short
/// enough that the temp name fits the 255-byte limit of common file systems whatever the
/// destination's name (a 250-byte name is a valid destination).
pub const TEMP_NAME_KEEP: usize = 96;

/// The first `max_bytes` of `name`, cut at a character boundary.
pub fn shortened(name: &str, max_bytes: usize) -> &str {
    let mut end = name.len().min(max_bytes);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// Replaces `path` with `bytes` atomically: a crash leaves the old file or the new one, never
/// half of one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    crate::private_fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let prefix = format!(".{}.", shortened(&name, TEMP_NAME_KEEP));
    let mut tmp = tempfile::Builder::new().prefix(&prefix).suffix(".tmp").tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    crate::private_fs::like_destination(tmp.path(), path)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sync_handle_can_write_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("backup.parquet");
        std::fs::write(&path, b"PAR1 contents PAR1").unwrap();
        let handle = open_for_sync(&path).unwrap();
        // Windows flushes only through a handle with write access. A write-only operation
        // that changes nothing proves the handle has it: setting the length it already has.
        handle.set_len(18).expect("the sync handle is opened for writing");
        handle.sync_all().unwrap();
        assert!(File::open(&path).unwrap().set_len(18).is_err(), "a read-only handle could not (the old code's)");
        sync_file(&path).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"PAR1 contents PAR1", "contents untouched");
        sync_dir(dir.path()).unwrap();
        assert!(sync_file(&dir.path().join("missing")).is_err());
    }

    #[test]
    fn names_are_shortened_at_character_boundaries() {
        assert_eq!(shortened("backup.json", 96), "backup.json");
        assert_eq!(shortened("abcdef", 3), "abc");
        assert_eq!(shortened("🏋️lift", 2), "", "never half of a character");
        assert_eq!(shortened("a🏋", 3), "a");
    }

    #[test]
    fn a_name_at_the_length_limit_can_be_written_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{}.csv", "x".repeat(250)));
        write_atomically(&path, b"sets").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"sets");
    }

    #[test]
    fn atomic_writes_replace_whole_files_and_leave_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cfg").join("backup.json");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(path.parent().unwrap()).unwrap().count(), 1);
    }
}

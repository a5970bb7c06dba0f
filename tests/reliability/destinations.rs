//! Fault 3, hostile destinations for `gymlog export` (the real binary): folders that are
//! missing, read-only or full, a folder given as the file, a file given as the folder, and
//! names with quotes, semicolons, spaces, emoji, 240 and 300 bytes. Each either works (the
//! file verifies, the counter resets) or fails with a message that says why, leaving no stray
//! file and the counter as it was.

use std::path::{Path, PathBuf};

use gymlog::paths::Paths;

use crate::support::{Tmpfs, counter, files_in, run, set_counter, skipped, small_store, stderr};

const COUNTER: u32 = 4;

/// Exports to `dest`; on success checks the file and the counter, on failure that the message
/// names the trouble (`expect`), nothing was left in `folder` and the counter is unchanged.
fn export(paths: &Paths, dest: &Path, expect: Result<(), &str>) {
    set_counter(paths, COUNTER);
    let folder = dest.parent().unwrap();
    let before = files_in(folder);
    let output = run(paths, &["export", "--out", dest.to_str().unwrap()]);
    let message = stderr(&output);
    match expect {
        Ok(()) => {
            assert!(output.status.success(), "export to {dest:?} failed: {message}");
            let verified = run(paths, &["verify", dest.to_str().unwrap()]);
            assert!(verified.status.success(), "{dest:?} verifies: {}", stderr(&verified));
            assert_eq!(counter(paths), 0, "{dest:?}: the counter resets");
            let name = dest.file_name().unwrap().to_string_lossy().into_owned();
            let mut expected = before.clone();
            if !expected.contains(&name) {
                expected.push(name);
                expected.sort();
            }
            assert_eq!(files_in(folder), expected, "only the backup was added");
        }
        Err(words) => {
            assert!(!output.status.success(), "export to {dest:?} should fail");
            assert!(message.contains(words), "the message for {dest:?} says {words:?}: {message}");
            assert_eq!(message.trim().lines().count(), 2, "the step and one line of error: {message}");
            assert!(!message.contains("panicked"), "{message}");
            assert_eq!(files_in(folder), before, "{dest:?}: nothing left behind");
            assert_eq!(counter(paths), COUNTER, "{dest:?}: the counter is unchanged");
        }
    }
}

#[test]
fn awkward_names_work() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(&dir.path().join("home"));
    small_store(&paths, COUNTER);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let long = format!("{}.parquet", "x".repeat(240));
    for name in [
        "it's.parquet",
        "say \"hi\".parquet",
        "a;b'); DROP TABLE events; --.parquet",
        "with  spaces .parquet",
        "🏋️ heavy 💪 día.parquet",
        long.as_str(),
        "no-extension",
    ] {
        export(&paths, &out.join(name), Ok(()));
    }
    // Replacing an existing backup of the same name works too.
    export(&paths, &out.join("it's.parquet"), Ok(()));
}

#[test]
fn impossible_destinations_say_why_and_leave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(&dir.path().join("home"));
    small_store(&paths, COUNTER);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("notes.txt"), b"a file, not a folder").unwrap();
    export(&paths, &out.join("missing").join("b.parquet"), Err("does not exist"));
    export(&paths, &out.join("notes.txt").join("b.parquet"), Err("is a file, not a folder"));
    export(&paths, &out, Err("not a folder"));
    export(&paths, &out.join(format!("{}.parquet", "y".repeat(300))), Err("File name too long"));
}

/// A read-only folder: a read-only mount where this test may mount (root ignores file modes),
/// else a folder without write permission.
fn read_only_folder(root: &Path) -> Option<(PathBuf, Option<Tmpfs>)> {
    if is_root() {
        match Tmpfs::mount_read_only("1m") {
            Ok(disk) => Some((disk.dir.clone(), Some(disk))),
            Err(why) => {
                skipped("export to a read-only folder", &format!("running as root, and {why}"));
                None
            }
        }
    } else {
        let folder = root.join("read-only");
        std::fs::create_dir(&folder).unwrap();
        #[cfg(unix)]
        std::fs::set_permissions(&folder, std::os::unix::fs::PermissionsExt::from_mode(0o555)).unwrap();
        Some((folder, None))
    }
}

fn is_root() -> bool {
    #[cfg(unix)]
    return unsafe { libc::geteuid() } == 0;
    #[cfg(not(unix))]
    false
}

#[test]
fn a_read_only_folder_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(&dir.path().join("home"));
    small_store(&paths, COUNTER);
    if let Some((folder, _mount)) = read_only_folder(dir.path()) {
        let words = if is_root() { "Read-only file system" } else { "Permission denied" };
        export(&paths, &folder.join("b.parquet"), Err(words));
    }
}

#[test]
fn a_full_disk_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(&dir.path().join("home"));
    small_store(&paths, COUNTER);
    match Tmpfs::mount("1m") {
        Ok(disk) => {
            disk.fill();
            export(&paths, &disk.dir.join("b.parquet"), Err("No space left on device"));
        }
        Err(why) => skipped("export to a full disk", &why),
    }
}

//! Fault 11, privacy of health data (Unix): the folders GymLog creates are `0700`; the
//! database, `backup.json`, exports (Parquet and CSV) and automatic backups it creates are
//! `0600`. What exists already keeps the mode its owner gave it. Read back from the disk after
//! the real binary (and the automatic backup code) wrote them.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use chrono::Utc;
use gymlog::backup::auto::{self, AutoBackup};
use gymlog::paths::Paths;
use gymlog::store::Store;

use crate::support::{run, stderr};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).permissions().mode() & 0o777
}

fn ok(paths: &Paths, args: &[&str]) {
    let output = run(paths, args);
    assert!(output.status.success(), "gymlog {args:?}: {}", stderr(&output));
}

#[test]
fn what_gymlog_creates_is_its_owners_alone() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(&dir.path().join("home"));
    ok(&paths, &["demo", "--years", "1"]);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let backup = out.join("b.parquet");
    let csv = out.join("sets.csv");
    ok(&paths, &["export", "--out", backup.to_str().unwrap()]);
    ok(&paths, &["export", "--format", "csv", "--out", csv.to_str().unwrap()]);
    assert_eq!(mode(&paths.data_dir), 0o700, "data folder");
    assert_eq!(mode(&paths.config_dir), 0o700, "config folder");
    assert_eq!(mode(&paths.store_file()), 0o600, "database");
    assert_eq!(mode(&paths.backup_state_file()), 0o600, "backup.json");
    assert_eq!(mode(&backup), 0o600, "Parquet backup");
    assert_eq!(mode(&csv), 0o600, "CSV export");

    // An automatic backup, as the app makes one after a saved workout.
    let store = Store::open(&paths.store_file()).unwrap();
    let settings = AutoBackup { enabled: true, folder: out.clone(), ..AutoBackup::default() };
    let report = auto::run(&store.snapshot().unwrap(), &settings, Utc::now()).unwrap();
    assert_eq!(mode(&report.path), 0o600, "automatic backup");
}

#[test]
fn existing_files_and_folders_keep_their_owners_choice() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(&dir.path().join("home"));
    ok(&paths, &["demo", "--years", "1"]);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let backup = out.join("b.parquet");
    ok(&paths, &["export", "--out", backup.to_str().unwrap()]);
    // The owner shares them on purpose.
    for (path, m) in
        [(&paths.data_dir, 0o750), (&paths.store_file(), 0o640), (&paths.backup_state_file(), 0o644), (&backup, 0o644)]
    {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(m)).unwrap();
    }
    ok(&paths, &["export", "--out", backup.to_str().unwrap()]);
    ok(&paths, &["stats"]);
    assert_eq!(mode(&paths.data_dir), 0o750);
    assert_eq!(mode(&paths.store_file()), 0o640);
    assert_eq!(mode(&paths.backup_state_file()), 0o644, "rewritten, with the owner's mode");
    assert_eq!(mode(&backup), 0o644, "replaced, with the owner's mode");
}

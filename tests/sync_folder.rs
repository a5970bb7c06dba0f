//! The sync folder protocol (docs/sync.md), from outside: what a sync writes, what it merges,
//! what it skips and why, what it remembers, how it compacts, and how it recovers from a crash
//! and a lost database. Devices are stores on temp dirs sharing one temp folder.

mod common;
mod sync_support;

use common::workout;
use gymlog::sync::SkipReason::{ConflictCopy, Foreign, LockFile, StillArriving};
use gymlog::sync::SyncOptions;
use gymlog::sync::layout;
use sync_support::{TestDevice, files_under, folder, rewrite_keeping_metadata};

#[test]
fn events_logged_on_one_device_appear_on_the_other_after_both_sync() {
    let shared = folder();
    let (laptop, desktop) = (TestDevice::new("Laptop"), TestDevice::new("Desktop"));
    let logged = workout(1, 0, "Squat", 100.0, 4);
    laptop.append(&logged);

    let sent = laptop.sync(shared.path());
    let written = sent.written.as_ref().expect("a file with the new events");
    assert_eq!(written.events, logged.len() as u64);
    assert_eq!(written.file, format!("{}/events-000001.parquet", laptop.device.id));
    assert!(laptop.dir_in(shared.path()).join("events-000001.parquet").is_file());
    assert!(laptop.dir_in(shared.path()).join("device.json").is_file());
    assert!(sent.merged.is_empty() && sent.skipped.is_empty(), "{sent:?}");

    let received = desktop.sync(shared.path());
    assert!(received.written.is_none(), "the desktop has nothing of its own");
    assert_eq!(received.merged.len(), 1);
    let merged = &received.merged[0];
    assert_eq!(
        (merged.device_name.as_str(), merged.events, merged.added),
        ("Laptop", logged.len() as u64, logged.len() as u64)
    );
    assert_eq!(desktop.everything(), laptop.everything());
    let names: Vec<(&str, bool)> = received.devices.iter().map(|d| (d.name.as_str(), d.this_device)).collect();
    assert!(names.contains(&("Laptop", false)) && names.contains(&("Desktop", true)), "{names:?}");
    let seen = received.devices.iter().find(|d| d.name == "Laptop").unwrap();
    assert_eq!((seen.files, seen.events), (1, logged.len() as u64));
    assert!(seen.last_file_at.is_some());

    // Nothing new anywhere: nothing written, nothing read again.
    for device in [&laptop, &desktop] {
        let again = device.sync(shared.path());
        assert!(again.written.is_none() && again.merged.is_empty(), "{again:?}");
    }
    // The desktop's own workout goes back, and only it: its file holds none of the laptop's.
    let its_own = workout(2, 600, "Bench Press", 80.0, 3);
    desktop.append(&its_own);
    assert_eq!(desktop.sync(shared.path()).written.unwrap().events, its_own.len() as u64);
    assert_eq!(laptop.sync(shared.path()).merged[0].added, its_own.len() as u64);
    assert_eq!(desktop.everything(), laptop.everything());
}

#[test]
fn temporaries_conflict_copies_locks_and_foreign_files_are_skipped_with_a_reason() {
    let shared = folder();
    let (laptop, desktop) = (TestDevice::new("Laptop"), TestDevice::new("Desktop"));
    laptop.append(&workout(1, 0, "Squat", 100.0, 3));
    laptop.sync(shared.path());
    let dir = laptop.dir_in(shared.path());
    let real = std::fs::read(dir.join("events-000001.parquet")).unwrap();
    let junk = [
        (".syncthing.events-000002.parquet.tmp", StillArriving),
        ("events-000002.parquet.partial", StillArriving),
        ("events-000001 (Anna's conflicted copy 2026-01-02).parquet", ConflictCopy),
        ("events-000001.sync-conflict-20260102-101500-ABCDEFG.parquet", ConflictCopy),
        ("~lock.events-000001.parquet#", LockFile),
        ("notes.txt", Foreign),
    ];
    for (name, _) in &junk {
        std::fs::write(dir.join(name), &real).unwrap();
    }
    std::fs::create_dir_all(shared.path().join("GymLog/v1/not-a-device")).unwrap();
    std::fs::create_dir_all(shared.path().join("GymLog/v3")).unwrap();

    let report = desktop.sync(shared.path());
    assert_eq!(report.merged.len(), 1, "the real file only: {report:?}");
    for (name, reason) in junk {
        let skipped = report.skipped.iter().find(|s| s.file.ends_with(name)).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(skipped.reason, reason, "{name}");
    }
    let reasons: Vec<String> = report.skipped.iter().map(|s| s.reason.to_string()).collect();
    assert!(reasons.iter().any(|r| r.contains("not a device's folder")), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("newer sync folder format")), "{reasons:?}");
    assert_eq!(desktop.everything(), laptop.everything(), "nothing of the junk counts");
}

/// A file under its final name that does not check out — truncated while a tool still copies
/// it, or damaged — is skipped, nothing of it merged, and merged once it is whole.
#[test]
fn a_truncated_or_damaged_file_is_skipped_until_it_is_whole() {
    let shared = folder();
    let (laptop, desktop) = (TestDevice::new("Laptop"), TestDevice::new("Desktop"));
    laptop.append(&workout(1, 0, "Squat", 100.0, 3));
    laptop.sync(shared.path());
    laptop.append(&workout(2, 600, "Deadlift", 140.0, 20));
    laptop.sync(shared.path());
    let second = laptop.dir_in(shared.path()).join("events-000002.parquet");
    let whole = std::fs::read(&second).unwrap();

    std::fs::write(&second, &whole[..whole.len() / 2]).unwrap();
    let truncated = desktop.sync(shared.path());
    assert_eq!(truncated.merged.len(), 1);
    let skipped = truncated.skipped.iter().find(|s| s.file.ends_with("events-000002.parquet")).unwrap();
    assert!(skipped.reason.to_string().contains("still arriving"), "{}", skipped.reason);
    assert_eq!(desktop.store.history().unwrap().completed().count(), 1, "nothing of the second file");

    // One value changed, the file otherwise perfect (what a silently damaged page reads back
    // as): the content checksum does not agree.
    std::fs::write(&second, &whole).unwrap();
    rewrite_keeping_metadata(&second, "SELECT * REPLACE (CASE WHEN reps = 5 THEN 6 ELSE reps END AS reps) FROM src");
    let report = desktop.sync(shared.path());
    assert!(report.merged.is_empty(), "{report:?}");
    assert_eq!(report.skipped.len(), 1, "{report:?}");
    assert!(report.skipped[0].reason.to_string().contains("nothing of it was merged"), "{}", report.skipped[0].reason);
    assert!(report.skipped[0].reason.to_string().contains("checksum"), "{}", report.skipped[0].reason);
    assert_eq!(desktop.store.history().unwrap().completed().count(), 1);

    std::fs::write(&second, &whole).unwrap();
    let arrived = desktop.sync(shared.path());
    assert_eq!(arrived.merged.len(), 1);
    assert_eq!(desktop.everything(), laptop.everything());
}

#[test]
fn a_file_of_a_newer_format_or_in_the_wrong_folder_is_skipped() {
    let shared = folder();
    let (laptop, desktop, third) = (TestDevice::new("Laptop"), TestDevice::new("Desktop"), TestDevice::new("Third"));
    laptop.append(&workout(1, 0, "Squat", 100.0, 3));
    laptop.sync(shared.path());
    // The laptop's file copied into another device's folder: it says who wrote it.
    let misplaced = third.dir_in(shared.path());
    std::fs::create_dir_all(&misplaced).unwrap();
    std::fs::copy(laptop.dir_in(shared.path()).join("events-000001.parquet"), misplaced.join("events-000001.parquet"))
        .unwrap();
    // A file of sync format 2 (the same events, its metadata saying so).
    let newer = laptop.dir_in(shared.path()).join("events-000002.parquet");
    let conn = duckdb::Connection::open_in_memory().unwrap();
    let source = laptop.dir_in(shared.path()).join("events-000001.parquet");
    conn.execute_batch(&format!(
        "COPY (SELECT * FROM read_parquet('{}')) TO '{}' (FORMAT parquet, COMPRESSION zstd, \
         KV_METADATA {{'gymlog_sync_format': '2', 'gymlog_sync_device': '{}', 'gymlog_content_checksum': '0'}})",
        source.display(),
        newer.display(),
        laptop.device.id
    ))
    .unwrap();

    let report = desktop.sync(shared.path());
    let reason_of = |end: &str| report.skipped.iter().find(|s| s.file.ends_with(end)).map(|s| s.reason.to_string());
    let newer_reason = reason_of(&format!("{}/events-000002.parquet", laptop.device.id)).unwrap();
    assert!(newer_reason.contains("sync format 2"), "{newer_reason}");
    let misplaced_reason = reason_of(&format!("{}/events-000001.parquet", third.device.id)).unwrap();
    assert!(misplaced_reason.contains("written by another device"), "{misplaced_reason}");
    assert_eq!(report.merged.len(), 1);
    // And a file in its own folder that it did not write is named too, never merged as its own.
    std::fs::write(desktop.dir_in(shared.path()).join("events-000001.parquet"), b"PAR1 not really").unwrap();
    let own = desktop.sync(shared.path());
    assert!(own.skipped.iter().any(|s| s.file.starts_with(&format!("GymLog/v1/{}", desktop.device.id))), "{own:?}");
}

/// Killed after its file was renamed into place but before it remembered it (here: its state
/// lost), a device writes nothing twice; a temporary file of a killed sync is removed.
#[test]
fn a_sync_killed_midway_loses_nothing_and_writes_nothing_twice() {
    let shared = folder();
    let laptop = TestDevice::new("Laptop");
    laptop.append(&workout(1, 0, "Squat", 100.0, 3));
    laptop.sync(shared.path());
    let dir = laptop.dir_in(shared.path());
    std::fs::remove_file(laptop.paths.config_dir.join("sync-state.json")).unwrap();
    let dead = dir.join(".events-000002.parquet.gymlog-4999999.partial");
    std::fs::write(&dead, b"half a file").unwrap();
    let half_device_file = dir.join(".device.json.Ab12Cd.tmp");
    std::fs::write(&half_device_file, b"{\"for").unwrap();

    let again = laptop.sync(shared.path());
    assert!(again.written.is_none(), "its events are in its own file already");
    assert_eq!(again.merged.len(), 1, "its own file, checked once");
    assert_eq!(again.merged[0].added, 0);
    assert!(!dead.exists(), "the killed sync's temporary file is gone");
    assert!(!half_device_file.exists(), "and so is a half-written device.json");
    assert_eq!(files_under(&dir).len(), 2, "{:?}", files_under(&dir));
}

/// A device reinstalled with its identity and settings but an empty database gets its history
/// back from its own files.
#[test]
fn a_device_whose_database_was_lost_gets_its_history_back() {
    let shared = folder();
    let laptop = TestDevice::new("Laptop");
    let logged = workout(1, 0, "Squat", 100.0, 3);
    laptop.append(&logged);
    laptop.sync(shared.path());
    let before = laptop.everything();
    let TestDevice { root, paths, store, device } = laptop;
    store.close().unwrap();
    std::fs::remove_file(paths.store_file()).unwrap();
    let store = gymlog::store::Store::open(&paths.store_file()).unwrap();
    let reinstalled = TestDevice { root, paths, store, device };
    let report = reinstalled.sync(shared.path());
    assert_eq!(report.merged.iter().map(|m| m.added).sum::<u64>(), logged.len() as u64);
    assert_eq!(reinstalled.everything(), before);
}

#[test]
fn a_device_with_too_many_files_folds_them_into_one_and_readers_lose_nothing() {
    let shared = folder();
    let options = SyncOptions { compact_after: 3 };
    let (laptop, desktop, late) = (TestDevice::new("Laptop"), TestDevice::new("Desktop"), TestDevice::new("Late"));
    for n in 0..3u128 {
        laptop.append(&workout(n + 1, n as i64 * 600, "Squat", 100.0, 2));
        let report = laptop.sync_with(shared.path(), &options);
        assert!(report.compacted.is_none(), "{n}");
        if n == 1 {
            desktop.sync_with(shared.path(), &options); // merges the first two files
        }
    }
    laptop.append(&workout(9, 9000, "Squat", 100.0, 2));
    let report = laptop.sync_with(shared.path(), &options);
    let compacted = report.compacted.expect("four files are too many");
    assert_eq!(compacted.removed.len(), 4);
    assert_eq!(compacted.events, laptop.store.event_count().unwrap());
    let dir = laptop.dir_in(shared.path());
    let left: Vec<String> = files_under(&dir).iter().map(|p| p.display().to_string()).collect();
    assert_eq!(left, ["device.json", &layout::events_file_name(5)], "one file, numbered after the others");

    // One that merged the old files and one that saw none both end with everything.
    for reader in [&desktop, &late] {
        reader.sync_with(shared.path(), &options);
        assert_eq!(reader.everything(), laptop.everything());
    }
    let again = laptop.sync_with(shared.path(), &options);
    assert!(again.written.is_none() && again.merged.is_empty() && again.compacted.is_none(), "{again:?}");
}

#[test]
fn a_missing_folder_is_an_error_and_nothing_is_created() {
    let laptop = TestDevice::new("Laptop");
    let gone = laptop.root.path().join("usb-stick");
    let err = gymlog::sync::run(&laptop.store, &gone, &laptop.device, &laptop.paths.config_dir).unwrap_err();
    assert!(matches!(err, gymlog::sync::SyncError::NoFolder(_)), "{err}");
    assert!(err.to_string().contains("connected"), "{err}");
    assert!(!gone.exists());
}

/// A file of its own that does not check out (damaged while the device's memory of it was
/// lost) is not counted as holding its events: they are written again, and others get them.
#[test]
fn events_of_a_damaged_own_file_are_written_again() {
    let shared = folder();
    let (laptop, desktop) = (TestDevice::new("Laptop"), TestDevice::new("Desktop"));
    let logged = workout(1, 0, "Squat", 100.0, 3);
    laptop.append(&logged);
    laptop.sync(shared.path());
    let first = laptop.dir_in(shared.path()).join("events-000001.parquet");
    rewrite_keeping_metadata(&first, "SELECT * REPLACE (CASE WHEN reps = 5 THEN 6 ELSE reps END AS reps) FROM src");
    std::fs::remove_file(laptop.paths.config_dir.join("sync-state.json")).unwrap();

    let again = laptop.sync(shared.path());
    assert!(again.skipped.iter().any(|s| s.file.ends_with("events-000001.parquet")), "{again:?}");
    assert_eq!(again.written.as_ref().map(|w| w.events), Some(logged.len() as u64), "{again:?}");
    let received = desktop.sync(shared.path());
    assert_eq!(received.merged.len(), 1, "the sound file only: {received:?}");
    assert_eq!(desktop.everything(), laptop.everything());
}

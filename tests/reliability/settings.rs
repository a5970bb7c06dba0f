//! Fault 4, a damaged `backup.json`: empty, whitespace, truncated, garbage bytes, valid JSON
//! of the wrong shape or types, and huge. The CLI (the real binary) and the window both start,
//! say what happened, keep a byte-exact copy of the bad file as `backup.json.corrupt`, and
//! show the backup reminder (nothing is known about the last backup). The next save writes a
//! sound file again.

use egui_kittest::kittest::Queryable;
use gymlog::paths::Paths;

use crate::common::ui::Fixture;
use crate::support::{counter, run, small_store, stderr};

/// The damaged files, by what is wrong with them.
fn damaged() -> Vec<(&'static str, Vec<u8>)> {
    let mut huge = b"{\"workouts_since_backup\": 3, \"padding\": \"".to_vec();
    huge.extend(std::iter::repeat_n(b'x', 20 << 20));
    huge.extend(b"\"}");
    vec![
        ("empty", Vec::new()),
        ("whitespace", b"  \n\t\n".to_vec()),
        ("truncated", b"{\"workouts_since_backup\": 3, \"last_backup_da".to_vec()),
        ("garbage", (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect()),
        ("not an object", b"[1, 2, 3]".to_vec()),
        ("null", b"null".to_vec()),
        ("wrong types", b"{\"workouts_since_backup\": \"ten\", \"reminder_dismissed\": 1}".to_vec()),
        ("negative count", b"{\"workouts_since_backup\": -4}".to_vec()),
        ("bad date", b"{\"last_backup_date\": \"yesterday\"}".to_vec()),
        ("huge", huge),
    ]
}

fn corrupt_copy(paths: &Paths) -> Vec<u8> {
    std::fs::read(paths.config_dir.join("backup.json.corrupt")).expect("a copy of the bad file is kept")
}

#[test]
fn the_cli_starts_says_what_happened_keeps_a_copy_and_shows_the_reminder() {
    for (what, bytes) in damaged() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::under(dir.path());
        small_store(&paths, 0);
        std::fs::write(paths.backup_state_file(), &bytes).unwrap();
        let output = run(&paths, &["stats", "--json"]);
        let message = stderr(&output);
        assert!(output.status.success(), "{what}: stats runs: {message}");
        assert!(message.starts_with("warning: ") && message.contains("is damaged"), "{what}: {message}");
        assert!(message.contains("backup.json.corrupt"), "{what}: names the copy: {message}");
        assert!(message.len() < 1000, "{what}: one readable line, not the file: {} bytes", message.len());
        let stats: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(stats["backup_reminder"], true, "{what}: the reminder shows");
        assert_eq!(stats["events"], crate::support::fingerprint(&paths).events, "{what}: the workouts are all there");
        assert!(corrupt_copy(&paths) == bytes, "{what}: the copy is the bad file, byte for byte");
        // An export writes a sound state again.
        let out = dir.path().join("b.parquet");
        let exported = run(&paths, &["export", "--out", out.to_str().unwrap()]);
        assert!(exported.status.success(), "{what}: {}", stderr(&exported));
        assert_eq!(counter(&paths), 0, "{what}: backup.json is sound after the export");
    }
}

#[test]
fn the_window_starts_says_what_happened_and_shows_the_reminder() {
    for (what, bytes) in damaged() {
        let fx = Fixture::new();
        std::fs::write(fx.paths.backup_state_file(), &bytes).unwrap();
        let harness = fx.open();
        assert!(harness.query_by_label_contains("is damaged").is_some(), "{what}: the window says so");
        assert!(
            harness.query_by_label_contains("workouts since your last backup").is_some(),
            "{what}: the reminder shows"
        );
        assert!(corrupt_copy(&fx.paths) == bytes, "{what}: the copy is the bad file");
    }
}

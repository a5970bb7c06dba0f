//! The `gymlog` binary as a user meets it: exit codes, one-line errors, `stats --json`,
//! `demo` and `export`.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::temp_paths;
use gymlog::paths::Paths;

fn gymlog(paths: &Paths, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gymlog"))
        .args(["--data-dir", paths.data_dir.to_str().unwrap(), "--config-dir", paths.config_dir.to_str().unwrap()])
        .args(args)
        .env_remove("GYMLOG_DATA_DIR")
        .env_remove("GYMLOG_CONFIG_DIR")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stats_json(paths: &Paths) -> serde_json::Value {
    serde_json::from_str(&stdout(&gymlog(paths, &["stats", "--json"]))).unwrap()
}

#[test]
fn stats_on_a_new_database() {
    let (_dir, paths) = temp_paths();
    let json = stats_json(&paths);
    assert_eq!(json["events"], 0);
    assert_eq!(json["workouts"], 0);
    assert_eq!(json["sets"], 0);
    assert_eq!(json["workouts_since_backup"], 0);
    assert!(json["last_backup_date"].is_null());
    assert!(paths.store_file().is_file(), "the database is created on first use");
    let text = stdout(&gymlog(&paths, &["stats"]));
    assert!(text.contains("last backup:           never"), "{text}");
}

#[test]
fn environment_variables_choose_the_directories() {
    let (_dir, paths) = temp_paths();
    let output = Command::new(env!("CARGO_BIN_EXE_gymlog"))
        .args(["stats", "--json"])
        .env("GYMLOG_DATA_DIR", &paths.data_dir)
        .env("GYMLOG_CONFIG_DIR", &paths.config_dir)
        .output()
        .unwrap();
    stdout(&output);
    assert!(paths.store_file().is_file());
}

#[test]
fn demo_is_deterministic_and_stats_count_it() {
    let (_a, first) = temp_paths();
    let (_b, second) = temp_paths();
    for paths in [&first, &second] {
        let out = stdout(&gymlog(paths, &["demo", "--years", "1", "--seed", "42"]));
        assert!(out.starts_with("wrote "), "{out}");
    }
    let events = |p: &Paths| gymlog::store::Store::open(&p.store_file()).unwrap().events().unwrap();
    let (a, b) = (events(&first), events(&second));
    assert_eq!(a.len(), b.len());
    assert!(a == b, "same seed, same events");
    let json = stats_json(&first);
    assert_eq!(json["events"], a.len());
    let workouts = json["workouts"].as_u64().unwrap();
    let sets = json["sets"].as_u64().unwrap();
    // About four lifting sessions and a Sunday run a week.
    assert!((190..=290).contains(&workouts), "{workouts}");
    assert!(sets > workouts * 15, "{sets}");
    assert!(json["first_workout"].is_string() && json["last_workout"].is_string());
}

#[test]
fn demo_refuses_a_database_with_data() {
    let (_dir, paths) = temp_paths();
    stdout(&gymlog(&paths, &["demo", "--years", "1"]));
    let again = gymlog(&paths, &["demo", "--years", "1"]);
    assert_eq!(again.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(stderr.starts_with("gymlog: the database") && stderr.contains("already holds"), "{stderr}");
}

#[test]
fn usage_errors_exit_non_zero() {
    let (_dir, paths) = temp_paths();
    let output = gymlog(&paths, &["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    let output = gymlog(&paths, &["demo", "--years", "many"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn export_writes_the_file_and_resets_the_counter() {
    let (dir, paths) = temp_paths();
    stdout(&gymlog(&paths, &["demo", "--years", "1"]));
    std::fs::write(
        paths.backup_state_file(),
        r#"{"workouts_since_backup": 12, "last_backup_date": null, "reminder_dismissed": true, "threshold": 10}"#,
    )
    .unwrap();
    let dest = dir.path().join("my backups").join("it's; \"ünïcode\".parquet");
    std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
    let out = stdout(&gymlog(&paths, &["export", "--out", dest.to_str().unwrap()]));
    assert!(out.contains("exported ") && out.contains("events"), "{out}");
    assert!(dest.is_file());
    let json = stats_json(&paths);
    assert_eq!(json["workouts_since_backup"], 0);
    assert!(json["last_backup_date"].is_string());
}

#[test]
fn a_failed_export_leaves_nothing_and_keeps_the_counter() {
    let (dir, paths) = temp_paths();
    stdout(&gymlog(&paths, &["demo", "--years", "1"]));
    let state =
        r#"{"workouts_since_backup": 12, "last_backup_date": null, "reminder_dismissed": false, "threshold": 10}"#;
    std::fs::write(paths.backup_state_file(), state).unwrap();
    let missing = dir.path().join("no such folder").join("b.parquet");
    let output = gymlog(&paths, &["export", "--out", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("does not exist"), "{stderr}");
    assert_eq!(std::fs::read_to_string(paths.backup_state_file()).unwrap(), state);
    assert!(!Path::new(&missing).exists());
}

#[test]
fn verify_restore_and_stats_agree_across_data_dirs() {
    let (dir, a) = temp_paths();
    stdout(&gymlog(&a, &["demo", "--years", "1"]));
    let backup = dir.path().join("backup.parquet");
    stdout(&gymlog(&a, &["export", "--out", backup.to_str().unwrap()]));

    let verified: serde_json::Value =
        serde_json::from_str(&stdout(&gymlog(&a, &["verify", backup.to_str().unwrap(), "--json"]))).unwrap();
    assert_eq!(verified["ok"], true);
    assert_eq!(verified["problems"], serde_json::json!([]));
    let original = stats_json(&a);
    assert_eq!(verified["events"], original["events"]);
    assert_eq!(verified["workouts"], original["workouts"]);
    for key in ["first_event_at", "last_event_at", "schema_version"] {
        assert!(!verified[key].is_null(), "{key}");
    }
    let text = stdout(&gymlog(&a, &["verify", backup.to_str().unwrap()]));
    assert!(text.contains("sound"), "{text}");

    let (_b_dir, b) = temp_paths();
    let dry: serde_json::Value =
        serde_json::from_str(&stdout(&gymlog(&b, &["restore", backup.to_str().unwrap(), "--dry-run", "--json"])))
            .unwrap();
    assert_eq!(dry["added"], original["events"]);
    assert_eq!(stats_json(&b)["events"], 0, "a dry run writes nothing");
    let restored: serde_json::Value =
        serde_json::from_str(&stdout(&gymlog(&b, &["restore", backup.to_str().unwrap(), "--json"]))).unwrap();
    assert_eq!(restored["added"], original["events"]);
    assert_eq!(restored["events_after"], original["events"]);
    let copy = stats_json(&b);
    for key in ["events", "workouts", "sets", "first_workout", "last_workout"] {
        assert_eq!(copy[key], original[key], "{key}");
    }
    let again = stdout(&gymlog(&b, &["restore", backup.to_str().unwrap()]));
    assert!(again.contains("added 0 events"), "{again}");
}

#[test]
fn verify_fails_on_a_damaged_copy_and_says_what_is_wrong() {
    let (dir, paths) = temp_paths();
    stdout(&gymlog(&paths, &["demo", "--years", "1"]));
    let backup = dir.path().join("backup.parquet");
    stdout(&gymlog(&paths, &["export", "--out", backup.to_str().unwrap()]));
    let mut bytes = std::fs::read(&backup).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle..middle + 64].iter_mut().for_each(|b| *b ^= 0x5A);
    let damaged = dir.path().join("damaged.parquet");
    std::fs::write(&damaged, bytes).unwrap();
    let output = gymlog(&paths, &["verify", damaged.to_str().unwrap(), "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["ok"], false);
    assert!(!report["problems"].as_array().unwrap().is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is not a sound GymLog backup"), "{stderr}");
    let restore = gymlog(&paths, &["restore", damaged.to_str().unwrap()]);
    assert_eq!(restore.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&restore.stderr).contains("nothing was restored"));
}

#[test]
fn csv_export_has_a_row_per_set_and_leaves_the_counter() {
    let (dir, paths) = temp_paths();
    stdout(&gymlog(&paths, &["demo", "--years", "1"]));
    let state = r#"{"workouts_since_backup": 12}"#;
    std::fs::write(paths.backup_state_file(), state).unwrap();
    let dest = dir.path().join("sets.csv");
    let out = stdout(&gymlog(&paths, &["export", "--format", "csv", "--out", dest.to_str().unwrap()]));
    assert!(out.contains("not a backup"), "{out}");
    let mut reader = csv::Reader::from_path(&dest).unwrap();
    assert_eq!(reader.headers().unwrap().iter().next(), Some("date"));
    let rows = reader.records().count() as u64;
    assert_eq!(serde_json::json!(rows), stats_json(&paths)["sets"]);
    assert_eq!(stats_json(&paths)["workouts_since_backup"], 12);
}

#[test]
fn import_from_strong_reports_every_row_and_twice_adds_nothing() {
    let (_dir, paths) = temp_paths();
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/strong_classic.csv");
    let refused = gymlog(&paths, &["import", file]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--unit"), "never guess the unit");
    let dry: serde_json::Value = serde_json::from_str(&stdout(&gymlog(
        &paths,
        &["import", "strong", file, "--unit", "kg", "--dry-run", "--json"],
    )))
    .unwrap();
    for key in [
        "source",
        "layout",
        "rows",
        "workouts",
        "sets",
        "exercises_matched",
        "exercises_created",
        "skipped",
        "warnings",
        "duplicates",
        "already_present",
    ] {
        assert!(!dry[key].is_null(), "{key}");
    }
    assert_eq!((dry["source"].as_str(), dry["layout"].as_str()), (Some("strong"), Some("strong-durations")));
    assert_eq!((dry["workouts"].as_u64(), dry["sets"].as_u64()), (Some(3), Some(11)));
    assert_eq!(dry["skipped"][0], serde_json::json!({"line": 6, "reason": "a rest timer (90 s), not a set"}));
    assert_eq!(stats_json(&paths)["events"], 0, "a dry run writes nothing");
    let text = stdout(&gymlog(&paths, &["import", "strong", file, "--unit", "kg"]));
    assert!(text.contains("imported: "), "{text}");
    let stats = stats_json(&paths);
    assert_eq!((stats["workouts"].as_u64(), stats["sets"].as_u64()), (Some(3), Some(11)));
    assert_eq!(stats["workouts_since_backup"], 3, "imported workouts wait for a backup");
    assert_eq!(stats["first_workout"], "2024-01-03");
    let again: serde_json::Value =
        serde_json::from_str(&stdout(&gymlog(&paths, &["import", "strong", file, "--unit", "kg", "--json"]))).unwrap();
    assert_eq!(again["added"], 0);
    assert_eq!(stats_json(&paths)["events"], stats["events"]);
    assert_eq!(stats_json(&paths)["workouts_since_backup"], 3);
}

#[test]
fn an_unreadable_import_names_the_line_and_writes_nothing() {
    let (_dir, paths) = temp_paths();
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/strong_bad_date.csv");
    let output = gymlog(&paths, &["import", file, "--unit", "kg"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 2: `03/01/2024` is not a date") && stderr.contains("nothing was written"),
        "{stderr}"
    );
    assert_eq!(stats_json(&paths)["events"], 0);
    // The older form, app first, still works; --from that does not fit the file says what it is.
    let hevy = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/hevy_kg.csv");
    let wrong = gymlog(&paths, &["import", hevy, "--from", "strong"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("it looks like a Hevy export"));
    let report: serde_json::Value =
        serde_json::from_str(&stdout(&gymlog(&paths, &["import", "hevy", hevy, "--json"]))).unwrap();
    assert_eq!((report["workouts"].as_u64(), report["source"].as_str()), (Some(2), Some("hevy")));
}

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
    assert!((150..=230).contains(&workouts), "{workouts}");
    assert!(sets > workouts * 20, "{sets}");
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

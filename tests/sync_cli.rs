//! `gymlog sync` as a lifter runs it: two real `gymlog` processes on two data dirs and one
//! folder end with the same history; the folder is remembered; `--status` reads the folder
//! without the database; a missing folder is a one-line error; a sync killed with SIGKILL
//! (wherever it was) loses nothing and the next one completes; an encrypted folder is turned
//! on, unlocked and shown from the command line, the passphrase never on it.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::temp_paths;
use gymlog::paths::Paths;

fn gymlog_command(paths: &Paths, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gymlog"));
    command
        .args(["--data-dir", paths.data_dir.to_str().unwrap(), "--config-dir", paths.config_dir.to_str().unwrap()])
        .args(args)
        .env_remove("GYMLOG_DATA_DIR")
        .env_remove("GYMLOG_CONFIG_DIR")
        .env_remove("GYMLOG_SYNC_PASSPHRASE");
    command
}

fn gymlog(paths: &Paths, args: &[&str]) -> Output {
    gymlog_command(paths, args).output().unwrap()
}

fn json(paths: &Paths, args: &[&str]) -> serde_json::Value {
    let output = gymlog(paths, args);
    assert!(output.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

fn stats(paths: &Paths) -> (u64, u64, u64) {
    let s = json(paths, &["stats", "--json"]);
    (s["events"].as_u64().unwrap(), s["workouts"].as_u64().unwrap(), s["sets"].as_u64().unwrap())
}

fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn two_gymlog_processes_share_one_history_through_a_folder() {
    let (_a_dir, home) = temp_paths();
    let (_b_dir, gym) = temp_paths();
    let shared = tempfile::tempdir().unwrap();
    let folder = path_str(shared.path());
    assert!(gymlog(&home, &["demo", "--years", "1"]).status.success());

    let sent = json(&home, &["sync", folder, "--name", "Home desktop", "--json"]);
    assert_eq!(sent["written"]["events"].as_u64(), Some(stats(&home).0));
    assert_eq!(sent["device_name"], "Home desktop");
    let received = json(&gym, &["sync", folder, "--name", "Gym laptop", "--json"]);
    assert_eq!(received["merged"][0]["device_name"], "Home desktop");
    assert_eq!(stats(&gym), stats(&home));

    // The folder is remembered; the name too.
    let text = gymlog(&gym, &["sync"]);
    assert!(text.status.success(), "{}", String::from_utf8_lossy(&text.stderr));
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("this device:   Gym laptop"), "{text}");
    assert!(text.contains("received:      nothing new"), "{text}");
    assert!(text.contains("Home desktop: 1 file"), "{text}");

    let status = json(&home, &["sync", "--status", "--json"]);
    let names: Vec<&str> = status["devices"].as_array().unwrap().iter().map(|d| d["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.contains(&"Gym laptop") && names.contains(&"Home desktop"));
    assert_eq!(status["not_merged"].as_array().unwrap().len(), 0);
}

#[test]
fn a_missing_folder_is_a_one_line_error() {
    let (dir, paths) = temp_paths();
    let gone = dir.path().join("usb-stick");
    let output = gymlog(&paths, &["sync", path_str(&gone)]);
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("does not exist (is the drive or share connected?)"), "{stderr}");
    assert_eq!(stderr.trim_end().lines().filter(|l| l.starts_with("gymlog: ") && !l.contains("syncing")).count(), 1);
    let none = gymlog(&paths, &["sync"]);
    assert!(String::from_utf8_lossy(&none.stderr).contains("which folder?"));
}

/// Killed as soon as it says it started (it may be choosing, writing, merging…), a sync leaves
/// the folder and the database sound: the next one completes, and both ends hold the same.
#[test]
fn a_sync_killed_midway_loses_nothing_and_the_next_one_completes() {
    let (_a_dir, home) = temp_paths();
    let (_b_dir, gym) = temp_paths();
    let shared = tempfile::tempdir().unwrap();
    let folder = path_str(shared.path());
    assert!(gymlog(&home, &["demo", "--years", "3"]).status.success());
    for paths in [&home, &gym, &home, &gym] {
        let mut child =
            gymlog_command(paths, &["sync", folder]).stderr(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
        // Wait for its own word that the sync began (no sleep), then SIGKILL.
        let mut line = String::new();
        BufReader::new(child.stderr.take().unwrap()).read_line(&mut line).unwrap();
        assert!(line.contains("syncing with"), "{line}");
        child.kill().unwrap();
        child.wait().unwrap();
    }
    for paths in [&home, &gym, &home] {
        let done = gymlog(paths, &["sync", folder]);
        assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    }
    assert_eq!(stats(&gym), stats(&home));
    let after = json(&gym, &["sync", folder, "--json"]);
    assert!(after["written"].is_null() && after["merged"].as_array().unwrap().is_empty(), "{after}");
    assert!(after["skipped"].as_array().unwrap().is_empty(), "no temporary file is left: {after}");
}

#[test]
fn an_encrypted_folder_from_the_command_line() {
    let (a_dir, home) = temp_paths();
    let (_b_dir, gym) = temp_paths();
    let shared = tempfile::tempdir().unwrap();
    let folder = path_str(shared.path());
    let pass_file = a_dir.path().join("pass");
    std::fs::write(&pass_file, "correct horse battery\n").unwrap();
    assert!(gymlog(&home, &["demo", "--years", "1"]).status.success());

    // A passphrase for a plain folder without --encrypt turns nothing on.
    let refused = gymlog(&home, &["sync", folder, "--passphrase-file", path_str(&pass_file)]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("add --encrypt"));
    assert!(!shared.path().join("GymLog/v2").exists());
    let no_flag = gymlog(&home, &["sync", folder, "--passphrase", "x"]);
    assert!(!no_flag.status.success(), "no passphrase on the command line");

    let sent = json(&home, &["sync", folder, "--encrypt", "--passphrase-file", path_str(&pass_file), "--json"]);
    assert_eq!(sent["encrypted"], true);
    assert!(sent["written"]["file"].as_str().unwrap().ends_with(".parquet.age"), "{sent}");

    // The other device: locked, then a wrong passphrase, then the right one from the environment.
    let status = json(&gym, &["sync", folder, "--status", "--json"]);
    assert_eq!((status["encrypted"].as_bool(), status["unlocked"].as_bool()), (Some(true), Some(false)));
    let locked = gymlog(&gym, &["sync", folder]);
    assert!(!locked.status.success());
    let stderr = String::from_utf8_lossy(&locked.stderr);
    assert!(stderr.contains("is encrypted: give its passphrase") && stderr.contains("--passphrase-file"), "{stderr}");
    let wrong = gymlog_command(&gym, &["sync", folder]).env("GYMLOG_SYNC_PASSPHRASE", "wrong").output().unwrap();
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("does not open"));
    assert_eq!(stats(&gym).0, 0, "nothing merged");
    let right = gymlog_command(&gym, &["sync", folder])
        .env("GYMLOG_SYNC_PASSPHRASE", "correct horse battery")
        .output()
        .unwrap();
    assert!(right.status.success(), "{}", String::from_utf8_lossy(&right.stderr));
    assert_eq!(stats(&gym), stats(&home));
    // Later: no passphrase.
    let text = gymlog(&gym, &["sync", "--status"]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("encryption:    on, unlocked"));
    assert!(gymlog(&gym, &["sync"]).status.success());
    let forgot = gymlog(&gym, &["sync", "--forget-passphrase"]);
    assert!(forgot.status.success());
    assert!(!gymlog(&gym, &["sync"]).status.success(), "locked again");
}

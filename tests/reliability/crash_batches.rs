//! Faults 2 and 9, crashes in the long commands, against the real binary on a
//! 1,000,000-event demo store: `gymlog export`, `gymlog restore` of its backup and
//! `gymlog import` of a large Strong CSV, each killed with SIGKILL at several points of a run
//! (fractions of the time an uninterrupted run took, with a random jitter). An export killed
//! part-way leaves no file at the destination and the counter as it was, and the next export
//! to that folder removes its temp file; a restore or an import is one transaction: after a
//! kill the store holds none or all of the batch, and running it again completes it.

use std::path::Path;
use std::time::{Duration, Instant};

use gymlog::paths::Paths;
use gymlog::store::{ContentDigest, Store};

use crate::support::{Rng, counter, files_in, fingerprint, gymlog, note, run, set_counter, small_store, stderr};

/// Where in a run the kills land: fractions of an uninterrupted run's time.
const KILL_AT: [f64; 5] = [0.1, 0.3, 0.5, 0.7, 0.9];

/// The store's recorded content checksum (every value of every row, kept by each append).
fn digest(paths: &Paths) -> ContentDigest {
    let store = Store::open(&paths.store_file()).expect("the store opens after SIGKILL");
    let digest = store.snapshot().unwrap().digest().unwrap();
    store.close().unwrap();
    digest
}

/// Runs `gymlog ARGS`, checks it succeeded, returns how long it took.
fn timed(paths: &Paths, args: &[&str]) -> Duration {
    let started = Instant::now();
    let output = run(paths, args);
    assert!(output.status.success(), "gymlog {args:?}: {}", stderr(&output));
    started.elapsed()
}

/// Starts `gymlog ARGS` and kills it with SIGKILL after `after`; false when it had already
/// finished by then (a run can be quicker than the timed one: then there is nothing to kill).
fn killed(paths: &Paths, args: &[&str], after: Duration) -> bool {
    let mut child = gymlog(paths)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("gymlog starts");
    std::thread::sleep(after); // the kill point, not a synchronisation
    if child.try_wait().unwrap().is_some() {
        return false;
    }
    let _ = child.kill();
    child.wait().unwrap();
    true
}

fn kill_points(rng: &mut Rng, full: Duration) -> Vec<Duration> {
    KILL_AT.iter().map(|f| full.mul_f64(*f) + Duration::from_millis(rng.below(80))).collect()
}

fn crash_during_export(rng: &mut Rng, big: &Paths, out: &Path) -> std::path::PathBuf {
    std::fs::create_dir_all(out).unwrap();
    let full = out.join("full.parquet");
    let took = timed(big, &["export", "--out", full.to_str().unwrap()]);
    let dest = out.join("killed.parquet");
    let mut partial = 0;
    for after in kill_points(rng, took) {
        set_counter(big, 7);
        if !killed(big, &["export", "--out", dest.to_str().unwrap()], after) {
            // Finished before the kill: a whole, sound backup, and the counter reset.
            assert!(run(big, &["verify", dest.to_str().unwrap()]).status.success());
            assert_eq!(counter(big), 0);
            std::fs::remove_file(&dest).unwrap();
            continue;
        }
        if dest.exists() {
            // Killed after the rename (saving the counter, closing): the file is the whole,
            // verified backup, never a partial one; the counter is reset or not yet.
            let verified = run(big, &["verify", dest.to_str().unwrap()]);
            assert!(verified.status.success(), "a killed export left a damaged file ({after:?})");
            assert!([0, 7].contains(&counter(big)));
            std::fs::remove_file(&dest).unwrap();
        } else {
            assert_eq!(counter(big), 7, "a killed export moved the counter");
        }
        let leftovers: Vec<_> = files_in(out).into_iter().filter(|n| n.ends_with(".partial")).collect();
        assert!(leftovers.iter().all(|n| n.starts_with(".killed.parquet.gymlog-")), "{leftovers:?}");
        partial += usize::from(!leftovers.is_empty());
    }
    assert!(partial >= 2, "at least two kills landed while the file was being written ({partial})");
    note(&format!("export of 1,000,000 events took {took:?}; {partial} of 5 kills left a temp file"));
    timed(big, &["export", "--out", dest.to_str().unwrap()]);
    assert_eq!(files_in(out), ["full.parquet", "killed.parquet"], "the next export cleaned up");
    assert_eq!(counter(big), 0, "a finished export resets the counter");
    let verified = run(big, &["verify", dest.to_str().unwrap()]);
    assert!(verified.status.success(), "{}", stderr(&verified));
    full
}

/// Kills `args` (a batch of events) at several points; each time the store holds the events it
/// had, or those and the whole batch. `measure` says what a store holds.
fn crash_during_batch<F: PartialEq + std::fmt::Debug + Copy>(
    rng: &mut Rng,
    what: &str,
    root: &Path,
    args: &[&str],
    measure: impl Fn(&Paths) -> F,
) {
    // An uninterrupted run on a copy of the target: its time, and what "all" looks like.
    let uninterrupted = Paths::under(&root.join("uninterrupted"));
    small_store(&uninterrupted, 0);
    let took = timed(&uninterrupted, args);
    let all = measure(&uninterrupted);
    let target = Paths::under(&root.join("target"));
    small_store(&target, 0);
    let before = measure(&target);
    let (mut none, mut whole) = (0, 0);
    for after in kill_points(rng, took) {
        let _ = killed(&target, args, after); // finished or not, none or all
        let now = measure(&target);
        assert!(now == before || now == all, "{what} killed after {after:?}: part of the batch is in the store");
        if now == before {
            none += 1;
        } else {
            whole += 1;
            // Back to the store before the batch, so the next kill also lands part-way.
            std::fs::remove_dir_all(&target.data_dir).unwrap();
            small_store(&target, 0);
        }
    }
    note(&format!("{what} took {took:?}; 5 kills: {none} left none of the batch, {whole} all of it"));
    assert!(none >= 1, "some kill landed before the commit");
    timed(&target, args);
    assert_eq!(measure(&target), all, "{what} run again completes");
    timed(&target, args);
    assert_eq!(measure(&target), all, "{what} a third time adds nothing");
}

#[test]
fn crash_during_export_restore_and_import_is_all_or_nothing() {
    let mut rng = Rng::from_env("crash during export, restore and import");
    let dir = tempfile::tempdir().unwrap();
    let big = Paths::under(&dir.path().join("big"));
    let made = run(&big, &["demo", "--events", "1000000"]);
    assert!(made.status.success(), "{}", stderr(&made));
    let backup = crash_during_export(&mut rng, &big, &dir.path().join("out"));

    let backup = backup.to_str().unwrap().to_string();
    crash_during_batch(&mut rng, "restore", &dir.path().join("restore"), &["restore", &backup], digest);

    let csv = dir.path().join("strong.csv");
    let written = run(&big, &["demo", "--years", "40", "--strong-csv", csv.to_str().unwrap()]);
    assert!(written.status.success(), "{}", stderr(&written));
    let args = ["import", "strong", csv.to_str().unwrap(), "--unit", "kg"];
    crash_during_batch(&mut rng, "import", &dir.path().join("import"), &args, fingerprint);
}

//! Fault 10, a full disk: the data and config folders on a small tmpfs that is then filled.
//! Logging a set, saving the workout, writing `backup.json` and exporting each fail with a
//! message that says the disk is full, and everything committed before is still there when
//! the disk has room again. Skipped, visibly, where no tmpfs can be mounted (not root).

use std::sync::Arc;

use gymlog::app::{Action, AppEnv, AppState, Preferences, RowEdit, Runner, startup};
use gymlog::domain::event::EventKind;
use gymlog::paths::Paths;
use gymlog::store::Store;
use gymlog::testing::{FakeDialog, TestClock, test_env};
use uuid::Uuid;

use crate::support::{Tmpfs, run, skipped, stderr};

fn env(clock: &TestClock) -> AppEnv {
    test_env(clock, &Arc::new(FakeDialog::default()), Runner::Inline)
}

fn log_set(state: &mut AppState, row: usize) -> Option<Uuid> {
    while state.session().is_some_and(|s| s.exercises[0].rows.len() <= row) {
        state.handle(Action::AddSetRow(0));
    }
    state.handle(Action::EditSet { block: 0, row, edit: RowEdit::Weight("100".into()) });
    state.handle(Action::EditSet { block: 0, row, edit: RowEdit::Reps("5".into()) });
    state.handle(Action::CompleteSet { block: 0, row });
    state.wait_for_background_work();
    state.poll();
    state.session().and_then(|s| s.row(0, row)).and_then(|r| r.set_id)
}

/// The error toasts since the last call, cleared.
fn errors(state: &mut AppState) -> Vec<String> {
    let texts: Vec<String> = state.toasts().all().iter().filter(|t| t.is_error).map(|t| t.text.clone()).collect();
    for _ in 0..state.toasts().all().len() {
        state.handle(Action::DismissToast(0));
    }
    texts
}

fn logged_sets(paths: &Paths) -> Vec<Uuid> {
    let store = Store::open(&paths.store_file()).expect("the store opens once the disk has room");
    let sets = store
        .events()
        .unwrap()
        .into_iter()
        .filter_map(|e| match e.kind {
            EventKind::SetLogged { set_id, .. } => Some(set_id),
            _ => None,
        })
        .collect();
    store.close().unwrap();
    sets
}

#[test]
fn a_full_disk_fails_each_write_clearly_and_loses_nothing() {
    let disk = match Tmpfs::mount("32m") {
        Ok(disk) => disk,
        Err(why) => return skipped("a full disk", &why),
    };
    let paths = Paths::under(&disk.dir.join("gymlog"));
    let clock = TestClock::new();
    let mut state = AppState::new(startup::open(paths.clone()).unwrap(), Preferences::default(), env(&clock)).unwrap();
    state.handle(Action::StartWorkout { name: "Legs".into(), repeat_of: None });
    state.handle(Action::AddExercise("Squat".into()));
    let committed: Vec<Uuid> = (0..2).map(|row| log_set(&mut state, row).expect("logged")).collect();
    assert!(errors(&mut state).is_empty());

    let filler = disk.fill();

    // Logging a set.
    log_set(&mut state, 2);
    let said = errors(&mut state);
    assert!(said.iter().any(|t| t.starts_with("Not saved:") && t.contains("No space left")), "{said:?}");
    // Saving the workout (the app shows the workout as the database has it: two sets).
    let logged = state.session().map_or(0, |s| s.logged_sets());
    assert_eq!(logged, 2, "the unsaved set is not shown as logged");
    state.handle(Action::Finish);
    state.handle(Action::Save);
    let said = errors(&mut state);
    assert!(said.iter().any(|t| t.contains("No space left") || t.contains("disk")), "saving says why: {said:?}");
    // backup.json.
    state.handle(Action::DismissReminder);
    let said = errors(&mut state);
    assert!(said.iter().any(|t| t.contains("backup counter") && t.contains("No space left")), "{said:?}");
    // An export onto the full disk.
    let dest = disk.dir.join("backup.parquet");
    state.handle(Action::ExportTo(dest.clone()));
    state.wait_for_background_work();
    let said = errors(&mut state);
    assert!(said.iter().any(|t| t.contains("No space left")), "exporting says why: {said:?}");
    assert!(!dest.exists(), "no partial backup");
    state.shutdown();
    drop(state);

    // The disk has room again: nothing committed before is lost, and logging works.
    std::fs::remove_file(filler).unwrap();
    let sets = logged_sets(&paths);
    for id in &committed {
        assert!(sets.contains(id), "committed set {id} is still there");
    }
    let mut state = AppState::new(startup::open(paths.clone()).unwrap(), Preferences::default(), env(&clock)).unwrap();
    state.wait_for_background_work(); // the history loads in the background
    state.poll();
    let resumed = state.session().map_or(0, |s| s.logged_sets());
    assert_eq!(resumed, 2, "the workout comes back with its committed sets");
    assert!(log_set(&mut state, 2).is_some());
    assert!(errors(&mut state).is_empty(), "logging works again");
    state.shutdown();
    drop(state);

    // The CLI: an export whose counter cannot be written says so.
    let out = tempfile::tempdir().unwrap();
    let filler = disk.fill();
    let dest = out.path().join("b.parquet");
    let output = run(&paths, &["export", "--out", dest.to_str().unwrap()]);
    let message = stderr(&output);
    assert!(!output.status.success(), "{message}");
    assert!(message.contains("No space left") || message.contains("counter"), "{message}");
    std::fs::remove_file(filler).unwrap();
    assert_eq!(logged_sets(&paths).len(), 3);
}

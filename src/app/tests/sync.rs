//! Sync from the window's side: two installations (two data dirs) and one folder, driven by
//! actions; what reaches the other one is asserted on its history and its store.

use super::*;
use crate::sync::layout;

/// The workouts saved in `app`'s history, as their exercises.
fn saved(app: &TestApp) -> Vec<Vec<String>> {
    app.state.history().completed().map(|w| w.exercises.iter().map(|e| e.to_string()).collect()).collect()
}

fn files_of(folder: &std::path::Path, app: &TestApp) -> Vec<String> {
    let device = app.state.sync().device.as_ref().expect("a device once sync is on");
    let dir = layout::device_dir(folder, device.id);
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.retain(|n| n.starts_with("events-"));
    names.sort();
    names
}

#[test]
fn a_workout_saved_on_one_device_reaches_the_other_without_touching_its_live_workout() {
    let folder = tempfile::tempdir().unwrap();
    let mut laptop = TestApp::new();
    let mut desk = TestApp::new();
    laptop.send([Action::UseSyncFolder(folder.path().into())]);
    desk.send([Action::UseSyncFolder(folder.path().into())]);
    assert_eq!(laptop.state.sync().phase, SyncPhase::Idle, "{:?}", laptop.state.sync().phase);
    assert!(laptop.state.sync().last_report.is_some());

    desk.start_with("Bench Press");
    desk.log_set(0, 0, "80", "8");
    // Saving a workout syncs it out.
    laptop.save_workout("100");
    laptop.state.wait_for_background_work();
    assert_eq!(files_of(folder.path(), &laptop).len(), 1, "the saved workout went into the folder");

    desk.send([Action::SyncNow]);
    desk.state.wait_for_background_work();
    desk.state.poll();
    assert_eq!(saved(&desk), [["Squat"]], "the laptop's workout is in the desk's history");
    let session = desk.state.session().expect("the desk's workout is still open");
    assert_eq!(session.exercises[0].exercise, "Bench Press");
    assert_eq!(session.logged_sets(), 1);
    let report = desk.state.sync().last_report.as_ref().unwrap();
    assert!(report.events_added() > 0);
    assert!(desk.state.toasts().all().iter().any(|t| t.text.starts_with("Synced ")), "the lifter is told");

    // The desk saves its workout; the laptop gets it at its next sync, due after 5 minutes.
    desk.send([Action::Finish, Action::Save]);
    desk.state.wait_for_background_work();
    laptop.clock.advance(4);
    laptop.state.poll();
    assert_eq!(saved(&laptop), [["Squat"]], "not due yet");
    laptop.clock.advance(2);
    laptop.state.poll();
    laptop.state.wait_for_background_work();
    laptop.state.poll();
    let mut both = saved(&laptop);
    both.sort();
    assert_eq!(both, [["Bench Press"], ["Squat"]]);
    let mut desks = saved(&desk);
    desks.sort();
    assert_eq!(desks, both, "one history on both");
}

#[test]
fn a_workout_in_progress_on_another_device_is_not_resumed_here() {
    let folder = tempfile::tempdir().unwrap();
    let mut laptop = TestApp::new();
    let mut desk = TestApp::new();
    laptop.send([Action::UseSyncFolder(folder.path().into())]);
    laptop.start_with("Squat");
    laptop.log_set(0, 0, "100", "5");
    laptop.send([Action::SyncNow]);
    desk.send([Action::UseSyncFolder(folder.path().into())]);
    desk.state.wait_for_background_work();
    desk.state.poll();
    assert!(desk.state.session().is_none(), "the laptop's open workout is the laptop's");
    assert!(desk.events().iter().any(|k| matches!(k, EventKind::SetLogged { .. })), "its events did arrive");
}

#[test]
fn the_folder_is_remembered_and_stop_syncing_forgets_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut app = TestApp::new();
    app.send([Action::UseSyncFolder(folder.path().into())]);
    let mut app = app.restart();
    assert_eq!(app.state.sync().folder.as_deref(), Some(folder.path()), "sync is on after a restart");
    assert!(app.state.sync().last_report.is_none(), "no sync before the first frame");
    app.send([]);
    app.state.wait_for_background_work();
    assert!(app.state.sync().last_report.is_some(), "the first frame after the history is read syncs");
    assert!(app.state.sync().last_sync().is_some());
    app.send([Action::StopSyncing]);
    assert!(!app.state.sync().is_on());
    let app = app.restart();
    assert!(!app.state.sync().is_on(), "off stays off");
}

#[test]
fn a_folder_that_is_not_there_is_refused_with_a_reason_and_sync_stays_off() {
    let mut app = TestApp::new();
    let missing = app.dest("unplugged-drive");
    app.send([Action::UseSyncFolder(missing.clone())]);
    assert!(!app.state.sync().is_on());
    assert!(matches!(&app.state.sync().phase, SyncPhase::Failed(why) if why.contains("unplugged-drive")));
    assert_eq!(app.state.sync().folder_text, missing.display().to_string(), "what was typed stays to correct");
}

#[test]
fn a_folder_that_goes_away_fails_the_sync_once_and_loses_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let shared = folder.path().join("Sync");
    std::fs::create_dir(&shared).unwrap();
    let mut app = TestApp::new();
    app.send([Action::UseSyncFolder(shared.clone())]);
    std::fs::remove_dir_all(&shared).unwrap();
    app.save_workout("100");
    app.state.wait_for_background_work();
    assert!(matches!(app.state.sync().phase, SyncPhase::Failed(_)));
    assert_eq!(app.count("workout_completed"), 1, "the workout is saved all the same");
    let failures =
        |app: &TestApp| app.state.toasts().all().iter().filter(|t| t.text.starts_with("Sync failed")).count();
    assert_eq!(failures(&app), 1);
    app.clock.advance(6);
    app.state.poll();
    app.state.wait_for_background_work();
    assert_eq!(failures(&app), 1, "the same failure is not told every five minutes");
    std::fs::create_dir(&shared).unwrap();
    app.send([Action::SyncNow]);
    app.state.wait_for_background_work();
    assert_eq!(app.state.sync().phase, SyncPhase::Idle, "back once the folder is");
    assert_eq!(files_of(&shared, &app).len(), 1, "everything went out then");
}

#[test]
fn renaming_the_device_reaches_the_folder() {
    let folder = tempfile::tempdir().unwrap();
    let mut app = TestApp::new();
    app.send([Action::UseSyncFolder(folder.path().into())]);
    app.send([Action::RenameDevice("Garage gym".into())]);
    app.state.wait_for_background_work();
    let device = app.state.sync().device.clone().unwrap();
    assert_eq!(device.name, "Garage gym");
    let json = std::fs::read_to_string(layout::device_dir(folder.path(), device.id).join(layout::DEVICE_FILE)).unwrap();
    assert!(json.contains("Garage gym"), "{json}");
}

#[test]
fn an_encrypted_folder_asks_the_other_device_once_for_its_passphrase() {
    let folder = tempfile::tempdir().unwrap();
    let mut laptop = TestApp::new();
    laptop.send([Action::UseSyncFolder(folder.path().into())]);
    laptop.send([Action::SyncPassphrase(Passphrase("correct horse battery".into()), PassphraseUse::TurnOn)]);
    laptop.state.wait_for_background_work();
    assert!(laptop.state.sync().is_encrypted() && !laptop.state.sync().is_locked(), "{:?}", laptop.state.sync().phase);
    laptop.save_workout("100");
    laptop.state.wait_for_background_work();

    let mut desk = TestApp::new();
    desk.send([Action::UseSyncFolder(folder.path().into())]);
    desk.state.wait_for_background_work();
    assert!(desk.state.sync().is_locked(), "the desk has no key yet");
    assert!(matches!(desk.state.sync().phase, SyncPhase::Failed(_)));
    assert!(saved(&desk).is_empty());
    desk.send([Action::SyncPassphrase(Passphrase("wrong horse".into()), PassphraseUse::Unlock)]);
    desk.state.wait_for_background_work();
    assert!(matches!(&desk.state.sync().phase, SyncPhase::Failed(why) if why.contains("passphrase")));
    assert!(desk.events().is_empty(), "nothing merged with a wrong passphrase");
    desk.send([Action::SyncPassphrase(Passphrase("correct horse battery".into()), PassphraseUse::Unlock)]);
    desk.state.wait_for_background_work();
    desk.state.poll();
    assert_eq!(saved(&desk), [["Squat"]], "unlocked, the desk syncs");
    assert!(!desk.state.sync().is_locked());
    let desk = desk.restart();
    assert!(desk.state.sync().device.is_some(), "and needs no passphrase after a restart");
}

#[test]
fn a_passphrase_never_shows_in_a_debug_print() {
    let action = Action::SyncPassphrase(Passphrase("hunter2 hunter2".into()), PassphraseUse::TurnOn);
    assert!(!format!("{action:?}").contains("hunter2"));
}

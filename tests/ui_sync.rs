//! Settings → Sync in the real window, headless: choose the folder, see this device and the
//! last sync, and a workout another device put in the folder arriving in History while the
//! workout being logged stays as it is.

mod common;

use common::ui::{Fixture, click, log_set_with_keyboard, settle, start_workout_with_squat, type_into};
use egui_kittest::kittest::Queryable;

#[test]
fn a_lifter_turns_sync_on_and_a_workout_from_the_other_computer_arrives_during_their_own() {
    let folder = tempfile::tempdir().unwrap();
    // The other computer: a store with one saved workout, synced into the folder.
    let (_other_dir, other) = common::temp_paths();
    other.create().unwrap();
    let store = gymlog::store::Store::open(&other.store_file()).unwrap();
    store.append(&common::workout(1, 0, "Deadlift", 180.0, 3)).unwrap();
    let laptop = gymlog::sync::Device::rename(&other.sync_device_file(), "Laptop").unwrap();
    gymlog::sync::run(&store, folder.path(), &laptop, &other.config_dir).unwrap();

    let fx = Fixture::new();
    let mut harness = fx.open();
    start_workout_with_squat(&mut harness);
    log_set_with_keyboard(&mut harness, 1, "100", "5");
    click(&mut harness, "Settings");
    type_into(&mut harness, "Sync folder:", &folder.path().display().to_string());
    harness.get_by_label("Sync through this folder").click();
    harness.step();
    settle(&mut harness);
    settle(&mut harness);
    harness.get_by_label_contains("Last sync: ");
    harness.get_by_label_contains("received 6");
    harness.get_by_label("Laptop");
    harness.get_by_label_contains("(this device)");
    harness.get_by_label("Synced 6 changes from Laptop.");
    assert_eq!(
        harness.query_all_by_label_contains("Synced ").count(),
        2,
        "the message and the status by the navigation"
    );
    harness.get_by_label("Stop syncing");

    click(&mut harness, "History");
    harness.get_by_label_contains("W1");
    click(&mut harness, "Workout (live)");
    harness.get_by_label("Squat set 1 weight");
    drop(harness);
    let history = fx.history();
    assert_eq!(history.completed().count(), 1, "the laptop's workout");
    assert!(history.in_progress().is_some(), "this computer's workout still open");
}

#[test]
fn a_folder_encrypted_on_the_other_computer_is_unlocked_with_its_passphrase() {
    let folder = tempfile::tempdir().unwrap();
    let (_other_dir, other) = common::temp_paths();
    other.create().unwrap();
    let store = gymlog::store::Store::open(&other.store_file()).unwrap();
    store.append(&common::workout(1, 0, "Deadlift", 180.0, 3)).unwrap();
    let laptop = gymlog::sync::Device::rename(&other.sync_device_file(), "Laptop").unwrap();
    let secret = gymlog::sync::SecretString::from("plates and chalk".to_string());
    gymlog::sync::run(&store, folder.path(), &laptop, &other.config_dir).unwrap();
    gymlog::sync::set_passphrase(folder.path(), &other.config_dir, &secret).unwrap();
    gymlog::sync::run(&store, folder.path(), &laptop, &other.config_dir).unwrap();

    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Settings");
    type_into(&mut harness, "Sync folder:", &folder.path().display().to_string());
    harness.get_by_label("Sync through this folder").click();
    harness.step();
    settle(&mut harness);
    harness.get_by_label_contains("This folder is encrypted.");
    harness.get_by_label("Sync locked");
    type_into(&mut harness, "Passphrase:", "plates and chalk");
    harness.get_by_label("Unlock").click();
    harness.step();
    settle(&mut harness);
    settle(&mut harness);
    settle(&mut harness);
    harness.get_by_label_contains("Encrypted: whoever hosts the folder");
    harness.get_by_label("Synced 6 changes from Laptop.");
    drop(harness);
    assert_eq!(fx.history().completed().count(), 1);
}

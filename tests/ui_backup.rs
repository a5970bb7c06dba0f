//! The backup reminder and Export backup in the window: the banner follows the counter, the
//! (faked) save dialog and the path field export, failures say why and keep the counter.

mod common;

use common::ui::*;
use egui_kittest::kittest::Queryable;
use gymlog::app::Action;

#[test]
fn the_backup_banner_follows_the_counter() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    save_workouts(&mut harness, &fx, 9);
    assert!(harness.query_by_label_contains("workouts since your last backup").is_none());
    save_workouts(&mut harness, &fx, 1);
    harness.get_by_label("10 workouts since your last backup (last: never)");

    click(&mut harness, "Dismiss");
    assert!(harness.query_by_label_contains("workouts since your last backup").is_none());
    // Dismissed survives a restart…
    drop(harness);
    let mut harness = fx.open();
    assert!(harness.query_by_label_contains("workouts since your last backup").is_none());
    // …until the next saved workout.
    save_workouts(&mut harness, &fx, 1);
    harness.get_by_label("11 workouts since your last backup (last: never)");

    // Export through the (fake) save dialog resets the counter and hides the banner.
    let dest = fx.paths.data_dir.parent().unwrap().join("my backup.parquet");
    fx.dialog.answer(Some(dest.clone()));
    harness.get_by_label("Export backup").click();
    harness.step();
    settle(&mut harness);
    assert!(dest.is_file());
    assert!(harness.query_by_label_contains("workouts since your last backup").is_none());
    harness.get_by_label_contains("Backup saved: ");
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fx.paths.backup_state_file()).unwrap()).unwrap();
    assert_eq!(state["workouts_since_backup"], 0);
    assert!(state["last_backup_date"].is_string());
}

#[test]
fn without_a_dialog_the_path_field_still_exports_and_warns_about_the_open_workout() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    start_workout_with_squat(&mut harness);
    log_set_with_keyboard(&mut harness, 1, "100", "5");
    // The dialog answers nothing (cancelled, or no portal on this desktop).
    harness.get_by_label("Export backup…").click();
    harness.step();
    settle(&mut harness);
    harness.get_by_label_contains("No file chosen");
    harness.get_by_label_contains("A workout is in progress");
    let dest = fx.paths.data_dir.parent().unwrap().join("typed.parquet");
    replace_text(&mut harness, "Save to:", dest.to_str().unwrap());
    harness.get_by_label("Export").click();
    harness.step();
    settle(&mut harness);
    assert!(dest.is_file(), "exported through the typed path");
    harness.get_by_label_contains("Backup saved: ");
}

#[test]
fn a_failed_export_says_why_and_keeps_the_counter() {
    let fx = Fixture::new();
    std::fs::write(fx.paths.backup_state_file(), r#"{"workouts_since_backup": 12}"#).unwrap();
    let mut harness = fx.open();
    harness.get_by_label("12 workouts since your last backup (last: never)");
    harness.state_mut().handle(Action::OpenExport);
    settle(&mut harness);
    harness.state_mut().handle(Action::ExportTo("/proc/nope/backup.parquet".into()));
    settle(&mut harness);
    assert!(harness.query_all_by_label_contains("Nothing was written; the reminder stays.").count() >= 1);
    harness.get_by_label("12 workouts since your last backup (last: never)");
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fx.paths.backup_state_file()).unwrap()).unwrap();
    assert_eq!(state["workouts_since_backup"], 12);
}

#[test]
fn a_corrupt_backup_state_is_reported_and_the_reminder_shows() {
    let fx = Fixture::new();
    std::fs::write(fx.paths.backup_state_file(), b"{ not json").unwrap();
    let harness = fx.open();
    harness.get_by_label_contains("is damaged");
    harness.get_by_label_contains("workouts since your last backup");
}

#[test]
fn restore_from_settings_checks_asks_and_restores() {
    // A backup of another store: a year of demo training.
    let (dir, other) = common::temp_paths();
    let store = gymlog::store::Store::open(&other.store_file()).unwrap();
    let spec = gymlog::demo::DemoSpec {
        years: 1,
        seed: 3,
        until: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        max_events: None,
    };
    store.append(&gymlog::demo::generate(&spec)).unwrap();
    let backup = dir.path().join("gymlog-backup-2026-11-01.parquet");
    gymlog::backup::export::export_backup(&store, &backup).unwrap();
    let (events, workouts) = (store.event_count().unwrap(), store.stats().unwrap().workouts);
    drop(store);

    let fx = Fixture::new();
    fx.dialog.answer(Some(backup));
    let mut harness = fx.open();
    harness.get_by_label("Your training log is empty. Start a workout, add exercises and log your sets: each set is saved the moment you log it.");
    click(&mut harness, "Settings");
    harness.get_by_label("Restore from backup…").click();
    harness.step();
    settle(&mut harness);
    harness.get_by_label_contains("The backup is sound");
    harness.get_by_label_contains(&format!("Restoring adds {events} events"));
    harness.get_by_label(&format!("Restore {events} events")).click();
    harness.step();
    settle(&mut harness);
    harness.get_by_label_contains("Restored: ");
    click(&mut harness, "Close");
    click(&mut harness, "History");
    harness.get_by_label(&format!("{workouts} workouts"));
    drop(harness);
    assert_eq!(fx.events().len() as u64, events);
}

#[test]
fn a_new_user_imports_a_strong_export_from_the_first_screen() {
    let fx = Fixture::new();
    let export = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/strong_classic.csv"));
    fx.dialog.answer(Some(export));
    let mut harness = fx.open();
    harness.get_by_label("Import from Strong, Hevy, FitNotes…").click();
    harness.step();
    settle(&mut harness);
    harness.get_by_label_contains("Found: Strong, 12 columns");
    harness.get_by_label("This file does not say its weight unit. Its weights are in:");
    harness.get_by_label("kg").click();
    harness.step();
    settle(&mut harness);
    harness.get_by_label_contains("Found: Strong — Strong, 12 columns");
    harness.get_by_label("3 workouts from 2024-01-03 to 2024-01-06: 11 sets; 1 row skipped (of 12 rows).");
    harness.get_by_label("Import 3 workouts").click();
    harness.step();
    settle(&mut harness);
    harness.get_by_label_contains("Imported 3 workouts: ");
    click(&mut harness, "Close");
    click(&mut harness, "History");
    harness.get_by_label("3 workouts");
    harness.get_by_label_contains("Push, heavy");
}

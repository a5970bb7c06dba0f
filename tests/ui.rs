//! The window, driven headless through egui_kittest (AccessKit queries by label), over a
//! temporary data dir. What the user does, and what the event store holds afterwards.

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::temp_paths;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gymlog::app::jobs::{DialogOutcome, SaveDialog};
use gymlog::app::{Action, Clock};
use gymlog::domain::event::EventKind;
use gymlog::domain::projection::WorkoutStatus;
use gymlog::paths::Paths;
use gymlog::store::Store;
use gymlog::ui::GymLogApp;

/// A clock the test moves by hand.
#[derive(Clone)]
struct TestClock(Arc<Mutex<DateTime<Utc>>>);

impl TestClock {
    fn new() -> TestClock {
        TestClock(Arc::new(Mutex::new(Utc.with_ymd_and_hms(2026, 11, 26, 17, 0, 0).unwrap())))
    }
    fn advance(&self, minutes: i64) {
        *self.0.lock().unwrap() += Duration::minutes(minutes);
    }
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

/// The save dialog, answered by the test: a path, or nothing (cancel / no portal).
struct FakeDialog(Mutex<Option<PathBuf>>);

impl SaveDialog for FakeDialog {
    fn choose(&self, _folder: &Path, _file_name: &str) -> DialogOutcome {
        match self.0.lock().unwrap().clone() {
            Some(path) => DialogOutcome::Chosen(path),
            None => DialogOutcome::NoChoice,
        }
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    paths: Paths,
    clock: TestClock,
    dialog: Arc<FakeDialog>,
}

impl Fixture {
    fn new() -> Fixture {
        let (dir, paths) = temp_paths();
        Fixture { _dir: dir, paths, clock: TestClock::new(), dialog: Arc::new(FakeDialog(Mutex::new(None))) }
    }

    fn open(&self) -> Harness<'static, GymLogApp> {
        let paths = self.paths.clone();
        let clock: Arc<dyn Clock> = Arc::new(self.clock.clone());
        let dialog: Arc<dyn SaveDialog> = self.dialog.clone();
        let mut harness = Harness::builder().with_size([1200.0, 900.0]).with_max_steps(64).build_eframe(move |cc| {
            let store = Store::open(&paths.store_file()).unwrap();
            GymLogApp::new(cc, paths, store, clock, dialog).unwrap()
        });
        settle(&mut harness);
        harness
    }

    fn events(&self) -> Vec<EventKind> {
        Store::open(&self.paths.store_file()).unwrap().events().unwrap().into_iter().map(|e| e.kind).collect()
    }

    /// The facts of every `set_logged` event, in log order.
    fn logged_sets(&self) -> Vec<gymlog::domain::event::SetFacts> {
        self.events()
            .into_iter()
            .filter_map(|k| match k {
                EventKind::SetLogged { set, .. } => Some(set),
                _ => None,
            })
            .collect()
    }
}

/// Lets background jobs report, then runs frames until the UI is idle.
fn settle(harness: &mut Harness<'static, GymLogApp>) {
    harness.state_mut().state.wait_for_background_work();
    harness.run();
}

fn type_into(harness: &mut Harness<'static, GymLogApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn start_workout_with_squat(harness: &mut Harness<'static, GymLogApp>) {
    harness.get_by_label("Start workout").click();
    harness.run();
    type_into(harness, "Search exercises:", "squa");
    harness.get_by_label("Add Squat").click();
    harness.run();
}

/// Logs a set with the keyboard: weight, Tab, reps, Enter.
fn log_set_with_keyboard(harness: &mut Harness<'static, GymLogApp>, row: usize, weight: &str, reps: &str) {
    let weight_field = format!("Squat set {row} weight");
    harness.get_by_label(&weight_field).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(&weight_field).type_text(weight);
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(harness.get_by_label(&format!("Squat set {row} reps")).is_focused(), "Tab moves to reps");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(&format!("Squat set {row} reps")).type_text(reps);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

fn finish_and_save(harness: &mut Harness<'static, GymLogApp>) {
    harness.get_by_label("Finish").click();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
}

#[test]
fn a_keyboard_logged_workout_lands_in_the_store() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    start_workout_with_squat(&mut harness);
    for (row, (weight, reps)) in [("60", "8"), ("80", "5"), ("100", "3")].into_iter().enumerate() {
        log_set_with_keyboard(&mut harness, row + 1, weight, reps);
        fx.clock.advance(3);
    }
    // The rest timer started with the last set.
    assert!(harness.query_by_label_contains("Rest ").is_some());
    finish_and_save(&mut harness);
    harness.get_by_label_contains("Workout saved.");
    drop(harness);

    let events = fx.events();
    let types: Vec<&str> = events.iter().map(EventKind::type_name).collect();
    assert_eq!(
        types,
        ["workout_started", "exercise_added", "set_logged", "set_logged", "set_logged", "workout_completed"]
    );
    let logged: Vec<(f64, u32)> =
        fx.logged_sets().iter().map(|set| (set.weight.unwrap().kg, set.reps.unwrap())).collect();
    assert_eq!(logged, [(60.0, 8), (80.0, 5), (100.0, 3)]);
}

#[test]
fn discard_leaves_no_completed_workout() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    start_workout_with_squat(&mut harness);
    log_set_with_keyboard(&mut harness, 1, "100", "5");
    harness.get_by_label("Discard workout").click();
    harness.run();
    harness.get_by_label("Yes, discard").click();
    harness.run();
    assert!(harness.query_by_label("Start workout").is_some());
    drop(harness);
    let events = fx.events();
    assert!(events.iter().any(|k| matches!(k, EventKind::WorkoutDiscarded { .. })));
    assert!(!events.iter().any(|k| matches!(k, EventKind::WorkoutCompleted { .. })));
    assert_eq!(std::fs::read_to_string(fx.paths.backup_state_file()).ok(), None, "the counter did not move");
}

#[test]
fn the_previous_session_shows_in_the_next_workout() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    start_workout_with_squat(&mut harness);
    log_set_with_keyboard(&mut harness, 1, "102.5", "5");
    finish_and_save(&mut harness);
    fx.clock.advance(60 * 48);
    start_workout_with_squat(&mut harness);
    harness.get_by_label_contains("102.5 × 5");
    assert_eq!(harness.get_by_label("Squat set 1 weight").value().as_deref(), Some("102.5"), "prefilled");
    assert_eq!(harness.get_by_label("Squat set 1 reps").value().as_deref(), Some("5"));
}

#[test]
fn an_unfinished_workout_comes_back_after_a_crash() {
    let fx = Fixture::new();
    {
        let mut harness = fx.open();
        start_workout_with_squat(&mut harness);
        log_set_with_keyboard(&mut harness, 1, "100", "5");
        log_set_with_keyboard(&mut harness, 2, "110", "3");
        // Dropped without finishing: as if the app was killed.
    }
    let mut harness = fx.open();
    harness.get_by_label_contains("Your unfinished workout is back");
    assert_eq!(harness.get_by_label("Squat set 1 weight").value().as_deref(), Some("100"));
    assert_eq!(harness.get_by_label("Squat set 2 weight").value().as_deref(), Some("110"));
    assert!(harness.query_by_label("Update Squat set 2").is_some(), "logged rows show as done");
    finish_and_save(&mut harness);
    drop(harness);
    let history = gymlog::domain::projection::History::from_events(
        &Store::open(&fx.paths.store_file()).unwrap().events().unwrap(),
    );
    let workout = history.completed().next().unwrap();
    assert_eq!(workout.status, WorkoutStatus::Completed);
    assert_eq!(workout.sets.len(), 2);
}

fn save_workouts(harness: &mut Harness<'static, GymLogApp>, fx: &Fixture, n: usize) {
    for _ in 0..n {
        start_workout_with_squat(harness);
        log_set_with_keyboard(harness, 1, "100", "5");
        finish_and_save(harness);
        fx.clock.advance(60 * 24);
    }
}

#[test]
fn the_backup_banner_follows_the_counter() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    save_workouts(&mut harness, &fx, 9);
    assert!(harness.query_by_label_contains("workouts since your last backup").is_none());
    save_workouts(&mut harness, &fx, 1);
    harness.get_by_label("10 workouts since your last backup (last: never)");

    harness.get_by_label("Dismiss").click();
    harness.run();
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
    *fx.dialog.0.lock().unwrap() = Some(dest.clone());
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
    let field = harness.get_by_label("Save to:");
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Save to:").type_text(dest.to_str().unwrap());
    harness.run();
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
    harness.state_mut().state.handle(Action::OpenExport);
    settle(&mut harness);
    harness.state_mut().state.handle(Action::ExportTo("/proc/nope/backup.parquet".into()));
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
fn sets_can_be_edited_and_removed_before_finishing() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    start_workout_with_squat(&mut harness);
    log_set_with_keyboard(&mut harness, 1, "100", "5");
    log_set_with_keyboard(&mut harness, 2, "100", "5");
    harness.get_by_label("Squat set 1 reps").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Squat set 1 reps").type_text("6");
    harness.run();
    harness.get_by_label("Update Squat set 1").click();
    harness.run();
    harness.get_by_label("Remove Squat set 2").click();
    harness.run();
    finish_and_save(&mut harness);
    drop(harness);

    let events = fx.events();
    assert!(events.iter().any(|k| matches!(k, EventKind::SetUpdated { set, .. } if set.reps == Some(6))));
    assert!(events.iter().any(|k| matches!(k, EventKind::SetRemoved { .. })));
    let history = gymlog::domain::projection::History::from_events(
        &Store::open(&fx.paths.store_file()).unwrap().events().unwrap(),
    );
    let workout = history.completed().next().unwrap();
    let sets: Vec<(f64, u32)> =
        workout.sets.iter().map(|s| (s.facts.weight.unwrap().kg, s.facts.reps.unwrap())).collect();
    assert_eq!(sets, [(100.0, 6)]);
}

#[test]
fn a_custom_exercise_is_an_event_and_joins_the_workout() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    harness.get_by_label("Start workout").click();
    harness.run();
    harness.get_by_label("Create a custom exercise").click();
    harness.run();
    type_into(&mut harness, "Name", "Belt Squat");
    type_into(&mut harness, "Muscle group", "Legs");
    type_into(&mut harness, "Equipment", "Machine");
    harness.get_by_label("Create exercise").click();
    harness.run();
    assert!(harness.query_by_label("Belt Squat set 1 weight").is_some(), "added to the workout");
    drop(harness);
    let created = fx.events().into_iter().find_map(|k| match k {
        EventKind::ExerciseCreated { exercise } => Some(exercise),
        _ => None,
    });
    let created = created.expect("an exercise_created event");
    assert_eq!(
        (created.name.as_str(), created.muscle_group.as_str(), created.equipment.as_str()),
        ("Belt Squat", "Legs", "Machine")
    );
    // Known again after a restart: searchable in the picker.
    let mut harness = fx.open();
    harness.get_by_label("Exercises").click();
    harness.run();
    harness.get_by_label("Belt Squat");
}

#[test]
fn history_lists_saved_workouts_and_repeats_them() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    start_workout_with_squat(&mut harness);
    log_set_with_keyboard(&mut harness, 1, "120", "3");
    finish_and_save(&mut harness);
    harness.get_by_label("History").click();
    harness.run();
    harness.get_by_label_contains("1 workouts");
    harness.get_by_label_contains("Squat · 1 sets · 360 kg").click();
    harness.run();
    harness.get_by_label("Squat: 120×3");
    harness.get_by_label("Repeat this workout").click();
    harness.run();
    assert_eq!(harness.get_by_label("Squat set 1 weight").value().as_deref(), Some("120"));
}

#[test]
fn pounds_are_stored_as_kilograms_exactly() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    harness.get_by_label("Settings").click();
    harness.run();
    harness.get_by_label("lb").click();
    harness.run();
    harness.get_by_label("Workout").click();
    harness.run();
    start_workout_with_squat(&mut harness);
    harness.get_by_label("lb");
    log_set_with_keyboard(&mut harness, 1, "225", "5");
    drop(harness);
    let weight = fx.logged_sets()[0].weight.unwrap();
    assert_eq!(weight.entered_unit, gymlog::domain::units::WeightUnit::Lb);
    assert!((weight.kg - 225.0 * 0.45359237).abs() < 1e-9);
    assert_eq!(weight.as_entered(), 225.0);
}

#[test]
fn the_rest_timer_counts_down_adjusts_and_skips() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    start_workout_with_squat(&mut harness);
    assert!(harness.query_by_label_contains("Rest ").is_none(), "no timer before the first set");
    log_set_with_keyboard(&mut harness, 1, "100", "5");
    harness.get_by_label("Rest 3:00"); // squats rest 3 minutes by default
    harness.get_by_label("+15 s").click();
    harness.run();
    harness.get_by_label("Rest 3:15");
    fx.clock.advance(2);
    harness.run();
    harness.get_by_label("Rest 1:15");
    fx.clock.advance(2);
    harness.run();
    harness.get_by_label("Rest over — next set!");
    harness.get_by_label("Skip rest").click();
    harness.run();
    assert!(harness.query_by_label_contains("Rest ").is_none());
}

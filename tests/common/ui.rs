//! The app driven headless through egui_kittest (AccessKit queries by label) over a temporary
//! data dir: the fixture, a clock the test moves, a save dialog the test answers, and the
//! steps a lifter takes.
#![allow(dead_code)]

use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gymlog::app::{Runner, startup};
use gymlog::domain::event::EventKind;
use gymlog::paths::Paths;
use gymlog::store::Store;
use gymlog::testing::{FakeDialog, TestClock, test_env};
use gymlog::ui::GymLogApp;

use super::temp_paths;

pub struct Fixture {
    _dir: tempfile::TempDir,
    pub paths: Paths,
    pub clock: TestClock,
    pub dialog: Arc<FakeDialog>,
}

impl Fixture {
    pub fn new() -> Fixture {
        let (dir, paths) = temp_paths();
        Fixture { _dir: dir, paths, clock: TestClock::new(), dialog: Arc::new(FakeDialog::default()) }
    }

    pub fn open(&self) -> Harness<'static, GymLogApp> {
        let paths = self.paths.clone();
        let env = test_env(&self.clock, &self.dialog, Runner::Thread);
        let mut harness = Harness::builder().with_size([1200.0, 900.0]).with_max_steps(64).build_eframe(move |cc| {
            // The same start-up as the real window.
            GymLogApp::new(cc, startup::open(paths).unwrap(), env).unwrap()
        });
        settle(&mut harness);
        harness
    }

    /// A fixture whose store holds `years` of demo training (ending 2026-11-01), and its event count.
    pub fn with_demo(years: u32, seed: u64) -> (Fixture, u64) {
        let fx = Fixture::new();
        let store = super::demo_store(&fx.paths, years, seed);
        let events = store.event_count().unwrap();
        store.close().unwrap();
        (fx, events)
    }

    pub fn events(&self) -> Vec<EventKind> {
        Store::open(&self.paths.store_file()).unwrap().events().unwrap().into_iter().map(|e| e.kind).collect()
    }

    /// The store's events folded into workouts, as the app would show them after a restart.
    pub fn history(&self) -> gymlog::domain::projection::History {
        gymlog::domain::projection::History::from_events(
            &Store::open(&self.paths.store_file()).unwrap().events().unwrap(),
        )
    }

    /// The facts of every `set_logged` event, in log order.
    pub fn logged_sets(&self) -> Vec<gymlog::domain::event::SetFacts> {
        self.events()
            .into_iter()
            .filter_map(|k| match k {
                EventKind::SetLogged { set, .. } => Some(set),
                _ => None,
            })
            .collect()
    }

    /// The facts of every `set_updated` event (a correction of a logged set), in log order.
    pub fn updated_sets(&self) -> Vec<gymlog::domain::event::SetFacts> {
        self.events()
            .into_iter()
            .filter_map(|k| match k {
                EventKind::SetUpdated { set, .. } => Some(set),
                _ => None,
            })
            .collect()
    }
}

/// Lets background jobs report, then runs frames until the UI is idle.
pub fn settle(harness: &mut Harness<'static, GymLogApp>) {
    harness.state_mut().wait_for_background_work();
    harness.run();
}

/// Scrolls the widget labelled `label` into view (egui takes no click on a widget scrolled out
/// of sight, nor does a lifter), clicks it and lets the UI settle.
pub fn click(harness: &mut Harness<'static, GymLogApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

pub fn type_into(harness: &mut Harness<'static, GymLogApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Types into the field labelled `label`, replacing what it holds.
pub fn replace_text(harness: &mut Harness<'static, GymLogApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

pub fn start_workout_with_squat(harness: &mut Harness<'static, GymLogApp>) {
    click(harness, "Start workout");
    type_into(harness, "Search exercises:", "squa");
    click(harness, "Add Squat");
}

/// Logs a set with the keyboard: weight, Tab, reps, Enter.
pub fn log_set_with_keyboard(harness: &mut Harness<'static, GymLogApp>, row: usize, weight: &str, reps: &str) {
    replace_text(harness, &format!("Squat set {row} weight"), weight);
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(harness.get_by_label(&format!("Squat set {row} reps")).is_focused(), "Tab moves to reps");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(&format!("Squat set {row} reps")).type_text(reps);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

/// Logs the first `sets` sets of `exercise` as they stand (the program's targets): Enter on
/// each row's reps.
pub fn log_sets_as_prescribed(harness: &mut Harness<'static, GymLogApp>, exercise: &str, sets: usize) {
    for row in 1..=sets {
        harness.get_by_label(&format!("{exercise} set {row} reps")).focus();
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
    }
}

/// Finishes and saves the workout, and waits until the save is on disk (the writer thread
/// writes it; the backup counter counts it then).
pub fn finish_and_save(harness: &mut Harness<'static, GymLogApp>) {
    click(harness, "Finish");
    click(harness, "Save");
    settle(harness);
}

pub fn save_workouts(harness: &mut Harness<'static, GymLogApp>, fx: &Fixture, n: usize) {
    for _ in 0..n {
        start_workout_with_squat(harness);
        log_set_with_keyboard(harness, 1, "100", "5");
        finish_and_save(harness);
        fx.clock.advance(60 * 24);
    }
}

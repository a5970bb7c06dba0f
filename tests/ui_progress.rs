//! Records, history corrections, undo and the Progress screen, as a lifter uses them: open a
//! saved workout, correct a set, see the records and chart data follow, undo and redo the
//! correction, and read the heat map.

mod common;

use common::ui::{Fixture, click, finish_and_save, log_set_with_keyboard, start_workout_with_squat, type_into};
use egui_kittest::kittest::{NodeT, Queryable};
use gymlog::domain::event::EventKind;
use gymlog::store::Store;

fn heaviest(harness: &egui_kittest::Harness<'static, gymlog::ui::GymLogApp>) -> f64 {
    harness.state().state().exercise_detail().unwrap().records.heaviest.as_ref().unwrap().value
}

#[test]
fn a_saved_workout_is_corrected_undone_and_redone_and_the_records_follow() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    start_workout_with_squat(&mut harness);
    log_set_with_keyboard(&mut harness, 1, "100", "5");
    finish_and_save(&mut harness);
    fx.clock.advance(60 * 24);
    start_workout_with_squat(&mut harness);
    log_set_with_keyboard(&mut harness, 1, "140", "5"); // A typo for 104.
    finish_and_save(&mut harness);

    click(&mut harness, "History");
    harness.get_by_label_contains("1 set · 700 kg").click();
    harness.run();
    harness.get_by_label("Squat set 1: 140×5");
    click(&mut harness, "Records of Squat");
    assert_eq!(heaviest(&harness), 140.0);
    // Back to History by the navigation: the records stay open on the Exercises screen.
    click(&mut harness, "History");

    click(&mut harness, "Edit Squat");
    type_into(&mut harness, "Squat set 1 weight", "104");
    click(&mut harness, "Save changes");
    harness.get_by_label("Squat set 1: 104×5");
    assert_eq!(heaviest(&harness), 104.0, "the open records follow");
    let detail = harness.state().state().exercise_detail().unwrap();
    assert!((detail.best[1][1] - 104.0 * 35.0 / 30.0).abs() < 1e-9, "so does the chart");
    click(&mut harness, "Change history (1)");
    harness.get_by_label_contains("Changed a set of Squat: 140×5 became 104×5");

    click(&mut harness, "Undo");
    harness.get_by_label("Squat set 1: 140×5");
    assert_eq!(heaviest(&harness), 140.0);
    // Ctrl+Shift+Z redoes (no text field has the keyboard).
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Z);
    harness.run();
    harness.get_by_label("Squat set 1: 104×5");
    harness.get_by_label_contains("Change history (3)");
    drop(harness);
    // Nothing was rewritten: the typo, its correction, the undo and the redo are all events.
    let weights: Vec<f64> = fx
        .events()
        .into_iter()
        .filter_map(|k| match k {
            EventKind::SetLogged { set, .. } | EventKind::SetUpdated { set, .. } => set.weight.map(|w| w.kg),
            _ => None,
        })
        .collect();
    assert_eq!(weights, [100.0, 140.0, 104.0, 140.0, 104.0]);
}

#[test]
fn history_is_searched_and_filtered_by_exercise() {
    let fx = Fixture::new();
    let store = Store::open(&fx.paths.store_file()).unwrap();
    for (n, exercise) in [(1, "Squat"), (2, "Bench Press"), (3, "Squat")] {
        store.append(&common::workout(n, n as i64 * 1440, exercise, 100.0, 3)).unwrap();
    }
    drop(store);
    let mut harness = fx.open();
    click(&mut harness, "History");
    harness.get_by_label("3 workouts");
    type_into(&mut harness, "Search:", "w2");
    harness.get_by_label("1 workout of 3");
    harness.get_by_label_contains("W2 · ");
    harness.get_by_label("Search:").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.key_press(egui::Key::Backspace);
    harness.run();
    click(&mut harness, "Exercise:");
    harness.get_by_label("Squat").click_accesskit();
    harness.run();
    harness.get_by_label("2 workouts of 3");
    assert!(harness.query_by_label_contains("W2 · ").is_none());
}

#[test]
fn the_heat_map_counts_the_right_days() {
    let fx = Fixture::new();
    let store = Store::open(&fx.paths.store_file()).unwrap();
    // 2025-03-01 twice (morning and afternoon), 03-03 and 03-11; the clock says 2026-11-26.
    for (n, start) in [(1, 0), (2, 300), (3, 2 * 1440), (4, 10 * 1440)] {
        store.append(&common::workout(n, start, "Squat", 100.0, 2)).unwrap();
    }
    drop(store);
    let mut harness = fx.open();
    click(&mut harness, "Progress");
    harness.get_by_label("0 training days in 2026 (0 workouts)");
    click(&mut harness, "Earlier year");
    harness.get_by_label("3 training days in 2025 (4 workouts)");
    let days = &harness.state().state().calendar().unwrap().days;
    let march_1 = days[&chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap()];
    assert_eq!((march_1.workouts, march_1.sets), (2, 4));
}

#[test]
fn the_exercise_list_shows_what_the_lifter_does_and_puts_it_first() {
    let fx = Fixture::new();
    let store = Store::open(&fx.paths.store_file()).unwrap();
    // Squat on 2025-03-01 and 03-03; Deadlift once, on 03-05.
    for (n, start, exercise) in [(1, 0, "Squat"), (2, 2 * 1440, "Squat"), (3, 4 * 1440, "Deadlift")] {
        store.append(&common::workout(n, start, exercise, 100.0, 3)).unwrap();
    }
    drop(store);
    let mut harness = fx.open();
    click(&mut harness, "Exercises");
    harness.get_by_label("Squat: 2 sessions");
    harness.get_by_label("Squat last done Mon 2025-03-03");
    let top = |harness: &egui_kittest::Harness<'static, gymlog::ui::GymLogApp>, exercise: &str| {
        harness.get_by_label(&format!("Records of {exercise}")).rect().top()
    };
    // The library's order: chest first, then legs (back further down, maybe off screen: only
    // the rows on screen are drawn).
    assert!(top(&harness, "Bench Press") < top(&harness, "Squat"));

    click(&mut harness, "Most done first");
    harness.get_by_label("Deadlift: 1 session");
    assert!(top(&harness, "Squat") < top(&harness, "Deadlift"));
    assert!(top(&harness, "Deadlift") < top(&harness, "Bench Press"), "never done comes last");

    click(&mut harness, "Last done first");
    assert!(top(&harness, "Deadlift") < top(&harness, "Squat"));
    assert!(top(&harness, "Squat") < top(&harness, "Bench Press"));

    // Adding an exercise to a new workout offers the lifter's own first.
    click(&mut harness, "Workout");
    click(&mut harness, "Start workout");
    let offered: Vec<String> = harness
        .query_all_by_label_contains("Add ")
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l != "Add exercise…")
        .take(3)
        .collect();
    assert_eq!(offered, ["Add Squat", "Add Deadlift", "Add Bench Press"]);
    type_into(&mut harness, "Search exercises:", "deadl");
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label("Records of Deadlift");
}

#[test]
fn the_exercise_list_draws_only_the_rows_on_screen_and_scrolls_to_the_rest() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Exercises");
    harness.get_by_label("Records of Bench Press");
    let last = gymlog::domain::exercise::builtin_library().last().unwrap().name.clone();
    assert!(harness.query_by_label(&format!("Records of {last}")).is_none(), "{last} is below the fold");
    // A bound on the scrolling, not a figure: rows are as tall as the theme's controls.
    for _ in 0..40 {
        harness.query_all_by_label_contains("Records of").last().unwrap().scroll_down();
        harness.run();
        if harness.query_by_label(&format!("Records of {last}")).is_some() {
            return;
        }
    }
    panic!("scrolling never reached {last}");
}

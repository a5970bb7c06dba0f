//! Every kind of training in the window, as a lifter does it: a routine built and started, a
//! plank and a run, a weigh-in that a pull-up's volume uses, a superset, the plate
//! calculator and warm-ups, and the lifter's own exercise renamed. Asserted on widgets found
//! by label and on the events in the store.

mod common;

use common::ui::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gymlog::domain::event::{EventKind, SetType};
use gymlog::ui::GymLogApp;

fn add_exercise(harness: &mut Harness<'static, GymLogApp>, search: &str, exercise: &str) {
    type_into(harness, "Search exercises:", search);
    click(harness, &format!("Add {exercise}"));
}

fn value(harness: &Harness<'static, GymLogApp>, label: &str) -> String {
    harness.get_by_label(label).value().unwrap_or_default()
}

#[test]
fn a_routine_built_in_the_editor_starts_a_workout_with_its_targets() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "New routine");
    type_into(&mut harness, "Routine name:", "Push");
    add_exercise(&mut harness, "bench", "Bench Press");
    add_exercise(&mut harness, "ohp", "Overhead Press");
    replace_text(&mut harness, "Bench Press target 1 weight", "100");
    click(&mut harness, "Move Overhead Press up in the routine");
    click(&mut harness, "Save routine");
    harness.get_by_label_contains("Routine Push saved.");
    click(&mut harness, "Start Push");
    assert_eq!(value(&harness, "Bench Press set 1 weight"), "100");
    assert_eq!(value(&harness, "Bench Press set 1 reps"), "8");
    assert_eq!(value(&harness, "Bench Press set 3 reps"), "8", "three target sets");
    drop(harness);
    let events = fx.events();
    let routine = events.iter().find_map(|k| match k {
        EventKind::RoutineSaved { routine } => Some(routine.clone()),
        _ => None,
    });
    let routine = routine.expect("a routine_saved event");
    let order: Vec<&str> = routine.exercises.iter().map(|e| e.exercise.as_str()).collect();
    assert_eq!(order, ["Overhead Press", "Bench Press"], "moved up in the editor");
    let started = events.iter().find_map(|k| match k {
        EventKind::WorkoutStarted { routine, .. } => Some(*routine),
        _ => None,
    });
    assert_eq!(started, Some(Some(routine.id)));
    let added: Vec<&str> = events
        .iter()
        .filter_map(|k| match k {
            EventKind::ExerciseAdded { exercise, .. } => Some(exercise.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(added, ["Overhead Press", "Bench Press"], "in the routine's order");
}

#[test]
fn a_plank_and_a_five_k_run_log_time_distance_and_pace() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Start workout");
    add_exercise(&mut harness, "plank", "Plank");
    assert!(harness.query_by_label("Plank set 1 weight").is_none(), "a plank has no weight");
    assert!(harness.query_by_label("Plank set 1 reps").is_none());
    replace_text(&mut harness, "Plank set 1 time", "1:30");
    harness.key_press(egui::Key::Enter);
    harness.run();
    add_exercise(&mut harness, "run", "Running");
    replace_text(&mut harness, "Running set 1 distance", "5");
    replace_text(&mut harness, "Running set 1 time", "25:00");
    harness.get_by_label("Running set 1 pace 5:00 /km");
    harness.key_press(egui::Key::Enter);
    harness.run();
    finish_and_save(&mut harness);
    click(&mut harness, "History");
    harness.get_by_label_contains("2 sets").click();
    harness.run();
    harness.get_by_label("Running set 1: 5 km in 25:00 (5:00 /km)");
    harness.get_by_label("Plank set 1: 1:30");
    drop(harness);
    type Logged = (String, Option<f64>, Option<f64>, Option<f64>);
    let logged: Vec<Logged> = fx
        .logged_sets()
        .into_iter()
        .map(|s| (s.exercise.to_string(), s.weight.map(|w| w.kg), s.distance_m, s.duration_s))
        .collect();
    assert_eq!(
        logged,
        [("Plank".into(), None, None, Some(90.0)), ("Running".into(), None, Some(5000.0), Some(1500.0))]
    );
}

#[test]
fn a_weigh_in_counts_in_a_pull_ups_volume() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    type_into(&mut harness, "Bodyweight (kg):", "80");
    click(&mut harness, "Log bodyweight");
    harness.get_by_label_contains("last: 80 kg on");
    click(&mut harness, "Start workout");
    add_exercise(&mut harness, "pull", "Pull-Up");
    replace_text(&mut harness, "Pull-Up set 1 weight", "10");
    replace_text(&mut harness, "Pull-Up set 1 reps", "5");
    harness.key_press(egui::Key::Enter);
    harness.run();
    click(&mut harness, "Finish");
    harness.get_by_label("Volume: 450 kg");
    click(&mut harness, "Save");
    click(&mut harness, "Body");
    harness.get_by_label("80 kg");
    harness.get_by_label_contains("Remove the weigh-in of").click();
    harness.run();
    assert!(harness.query_by_label("80 kg").is_none());
    drop(harness);
    let types: Vec<&str> =
        fx.events().iter().map(EventKind::type_name).filter(|t| t.starts_with("bodyweight")).collect();
    assert_eq!(types, ["bodyweight_logged", "bodyweight_removed"]);
}

#[test]
fn a_superset_moves_logging_across_its_exercises() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Start workout");
    add_exercise(&mut harness, "bench", "Bench Press");
    add_exercise(&mut harness, "bb row", "Barbell Row");
    click(&mut harness, "More for Bench Press");
    click(&mut harness, "Superset Bench Press with");
    click(&mut harness, "Superset Bench Press with Barbell Row");
    click(&mut harness, "More for Bench Press");
    harness.get_by_label("Take Bench Press out of the superset");
    click(&mut harness, "More for Bench Press"); // closes the menu again
    for (exercise, weight, reps) in [("Bench Press", "80", "8"), ("Barbell Row", "60", "10")] {
        replace_text(&mut harness, &format!("{exercise} set 1 weight"), weight);
        replace_text(&mut harness, &format!("{exercise} set 1 reps"), reps);
        harness.key_press(egui::Key::Enter);
        harness.run();
        if exercise == "Bench Press" {
            assert!(harness.get_by_label("Barbell Row set 1 weight").is_focused(), "on to the row");
            assert!(harness.query_by_label_contains("Rest ").is_none(), "no rest inside the round");
        }
    }
    assert!(harness.get_by_label("Bench Press set 2 weight").is_focused(), "back to the bench for round two");
    harness.get_by_label_contains("Rest ");
    finish_and_save(&mut harness);
    click(&mut harness, "History");
    harness.get_by_label_contains("2 sets").click();
    harness.run();
    harness.get_by_label("Bench Press set 1: 80×8");
    assert_eq!(harness.get_all_by_label("Superset A").count(), 2, "both exercises are lettered A");
    drop(harness);
    let grouped = fx.events().into_iter().any(|k| {
        matches!(k, EventKind::ExercisesGrouped { exercises, .. } if exercises == ["Barbell Row", "Bench Press"] || exercises == ["Bench Press", "Barbell Row"])
    });
    assert!(grouped, "the superset is an event");
}

#[test]
fn plates_per_side_show_for_a_barbell_set_and_warm_ups_ramp_up() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Start workout");
    add_exercise(&mut harness, "squat", "Squat");
    replace_text(&mut harness, "Squat set 1 weight", "100");
    replace_text(&mut harness, "Squat set 1 reps", "5");
    harness.get_by_label("Squat set 1 plates 25 + 15");
    click(&mut harness, "More for Squat");
    click(&mut harness, "Add warm-up sets to Squat");
    click(&mut harness, "More for Squat");
    click(&mut harness, "Add warm-up sets to Squat");
    let weights: Vec<String> = (1..=5).map(|row| value(&harness, &format!("Squat set {row} weight"))).collect();
    assert_eq!(weights, ["20", "40", "60", "80", "100"]);
    assert!(harness.query_by_label("Squat set 6 weight").is_none(), "asked for twice: one ladder");
    harness.get_by_label("Squat set 1 plates bar only");
    click(&mut harness, "Complete Squat set 1");
    harness.get_by_label("Rest 0:45");
    drop(harness);
    assert_eq!(fx.logged_sets()[0].set_type, SetType::WarmUp);
}

#[test]
fn the_lifters_own_exercise_is_renamed_and_a_taken_name_points_to_merge() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Exercises");
    click(&mut harness, "Create a custom exercise");
    type_into(&mut harness, "Name", "Belt Sqaut");
    click(&mut harness, "Create exercise");
    type_into(&mut harness, "Search exercises:", "sqaut");
    click(&mut harness, "Rename Belt Sqaut");
    replace_text(&mut harness, "New name for Belt Sqaut", "Zercher Squat");
    click(&mut harness, "Save name");
    harness.get_by_label("Zercher Squat already exists: use Merge to fold Belt Sqaut into it.");
    click(&mut harness, "Rename Belt Sqaut");
    replace_text(&mut harness, "New name for Belt Sqaut", "Belt Squat");
    click(&mut harness, "Save name");
    harness.get_by_label("Belt Sqaut is now Belt Squat.");
    assert!(harness.query_by_label("Rename Belt Sqaut").is_none());
    replace_text(&mut harness, "Search exercises:", "belt");
    harness.get_by_label("Rename Belt Squat");
    drop(harness);
    let renamed = fx.events().into_iter().filter(|k| matches!(k, EventKind::ExerciseRenamed { .. })).count();
    assert_eq!(renamed, 1);
}

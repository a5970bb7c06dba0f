//! Following a program in the window: follow a built-in, start its next day from the start
//! screen by label, log it, see what the rules make of it before saving, save, and see the
//! next day's targets. Asserted on widgets found by label and on the events in the store.

mod common;

use common::ui::*;
use egui_kittest::kittest::Queryable;
use gymlog::domain::event::EventKind;

#[test]
fn start_the_next_program_day_finish_it_and_see_the_next_targets() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Choose a program");
    click(&mut harness, "Follow StrongLifts 5×5");
    click(&mut harness, "Follow with these loads");
    click(&mut harness, "Workout");
    harness.get_by_label("Next: Workout A of StrongLifts 5×5");
    harness.get_by_label("Squat: 20 kg × 5, 20 kg × 5, 20 kg × 5, 20 kg × 5, 20 kg × 5");
    click(&mut harness, "Start Workout A");
    assert_eq!(harness.get_by_label("Squat set 1 weight").value().unwrap_or_default(), "20");
    assert_eq!(harness.get_by_label("Squat set 5 reps").value().unwrap_or_default(), "5");
    log_sets_as_prescribed(&mut harness, "Squat", 5);
    click(&mut harness, "Finish");
    harness.get_by_label("Squat +2.5 kg next time (22.5 kg)");
    harness.get_by_label("Bench Press: not done, nothing changes");
    click(&mut harness, "Save");
    settle(&mut harness);
    harness.get_by_label("Next: Workout B of StrongLifts 5×5");
    harness.get_by_label_contains("Squat: 22.5 kg × 5");
    drop(harness);
    let events = fx.events();
    let day = events.iter().find_map(|k| match k {
        EventKind::ProgramWorkoutStarted { slug, day, prescription, .. } => {
            Some((slug.clone(), *day, prescription.clone()))
        }
        _ => None,
    });
    let (slug, day, prescription) = day.expect("a program_workout_started event");
    assert_eq!((slug.as_str(), day, prescription.day_name.as_str()), ("stronglifts-5x5", 0, "Workout A"));
    assert!(events.iter().any(|k| matches!(k, EventKind::ProgramStarted { .. })));
}

#[test]
fn override_the_squat_target_log_it_and_the_rule_judges_the_weight_lifted() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Choose a program");
    click(&mut harness, "Follow StrongLifts 5×5");
    click(&mut harness, "Follow with these loads");
    click(&mut harness, "Workout");
    click(&mut harness, "Start Workout A");
    assert_eq!(harness.get_all_by_label("Target 5×5 @ 20 kg").count(), 3, "squat, bench and row");
    click(&mut harness, "Override the Squat target");
    type_into(&mut harness, "Squat target weight", "17,5");
    click(&mut harness, "Apply the Squat target");
    harness.get_by_label("Target 5×5 @ 17.5 kg (overridden; the program's: 5×5 @ 20 kg)");
    assert_eq!(harness.get_all_by_label("Target 5×5 @ 20 kg").count(), 2, "bench and row as prescribed");
    assert_eq!(harness.get_by_label("Squat set 1 weight").value().unwrap_or_default(), "17.5");
    assert_eq!(harness.get_by_label("Squat set 5 weight").value().unwrap_or_default(), "17.5");
    log_sets_as_prescribed(&mut harness, "Squat", 5);
    click(&mut harness, "Finish");
    harness.get_by_label("Squat +2.5 kg next time (20 kg)");
    click(&mut harness, "Save");
    settle(&mut harness);
    harness.get_by_label_contains("Squat: 20 kg × 5");
    drop(harness);
    let events = fx.events();
    let overridden = events.iter().find_map(|k| match k {
        EventKind::ProgramTargetOverridden { exercise, prescribed, target, .. } => {
            Some((exercise.clone(), prescribed[0].weight.unwrap().kg, target[0].weight.unwrap().kg))
        }
        _ => None,
    });
    assert_eq!(overridden, Some(("Squat".to_string(), 20.0, 17.5)), "kept with the prescription");
    let lifted: Vec<f64> =
        fx.logged_sets().iter().filter(|s| s.exercise == "Squat").filter_map(|s| s.weight.map(|w| w.kg)).collect();
    assert_eq!(lifted, [17.5; 5]);
}

//! Copying and editing a program in the window: copy StrongLifts 5×5, change the squat's
//! increment and a day's name, save, follow the copy and see its targets and outcomes use the
//! edits, then delete it. Asserted on widgets found by label and on the events in the store.

mod common;

use common::ui::*;
use egui_kittest::kittest::Queryable;
use gymlog::domain::event::EventKind;
use gymlog::domain::program::Program;

fn saved(events: &[EventKind]) -> Vec<Program> {
    events
        .iter()
        .filter_map(|k| match k {
            EventKind::ProgramSaved { program } => Some(program.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn copy_stronglifts_edit_it_save_follow_it_and_delete_it() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Choose a program");
    click(&mut harness, "Copy and edit StrongLifts 5×5");
    assert_eq!(harness.get_by_label("Program name").value().unwrap_or_default(), "StrongLifts 5×5 (copy)");
    assert_eq!(harness.get_by_label("Day 1: Squat increment").value().unwrap_or_default(), "2.5");
    replace_text(&mut harness, "Day 1: Squat increment", "5");
    replace_text(&mut harness, "Day 1 name", "Heavy A");
    // A number out of bounds is refused with its reason, and Save waits for it.
    replace_text(&mut harness, "Day 1: Squat deload %", "150");
    harness.get_by_label("Squat deload % 150 is out of range (0–100)");
    click(&mut harness, "Save program");
    harness.get_by_label("Fix this first: Squat deload % 150 is out of range (0–100).");
    assert!(saved(&fx.events()).is_empty(), "nothing saved yet");
    replace_text(&mut harness, "Day 1: Squat deload %", "10");
    click(&mut harness, "Save program");
    settle(&mut harness);
    assert!(harness.query_by_label("Save program").is_none(), "the editor closed");

    let programs = saved(&fx.events());
    assert_eq!(programs.len(), 1);
    let mine = &programs[0];
    assert_eq!((mine.slug.as_str(), mine.name.as_str()), ("stronglifts-5x5-copy", "StrongLifts 5×5 (copy)"));
    assert_eq!(mine.days[0].name, "Heavy A");
    let squats: Vec<f64> =
        mine.days.iter().flat_map(|d| &d.exercises).filter(|e| e.exercise == "Squat").map(|e| e.increment).collect();
    assert_eq!(squats, [5.0, 5.0], "the increment is the squat track's, on both days");

    // The copy is listed as the lifter's own, and followed it sets the targets.
    harness.get_by_label("Edit StrongLifts 5×5 (copy)");
    click(&mut harness, "Follow StrongLifts 5×5 (copy)");
    click(&mut harness, "Follow with these loads");
    click(&mut harness, "Workout");
    harness.get_by_label("Next: Heavy A of StrongLifts 5×5 (copy)");
    click(&mut harness, "Start Heavy A");
    log_sets_as_prescribed(&mut harness, "Squat", 5);
    click(&mut harness, "Finish");
    harness.get_by_label("Squat +5 kg next time (25 kg)");
    click(&mut harness, "Save");
    settle(&mut harness);
    harness.get_by_label_contains("Squat: 25 kg × 5");

    // Deleted (once no longer followed), after a question.
    click(&mut harness, "Stop following");
    click(&mut harness, "Programs");
    click(&mut harness, "Edit StrongLifts 5×5 (copy)");
    click(&mut harness, "Delete program");
    click(&mut harness, "Delete");
    settle(&mut harness);
    assert!(harness.query_by_label("Follow StrongLifts 5×5 (copy)").is_none());
    harness.get_by_label("Follow StrongLifts 5×5");
    drop(harness);
    let events = fx.events();
    let started = events.iter().find_map(|k| match k {
        EventKind::ProgramStarted { slug, .. } => Some(slug.as_str()),
        _ => None,
    });
    assert_eq!(started, Some("stronglifts-5x5-copy"), "the copy was followed");
    let deleted =
        events.iter().any(|k| matches!(k, EventKind::ProgramDeleted { slug } if slug == "stronglifts-5x5-copy"));
    assert!(deleted, "a program_deleted event");
}

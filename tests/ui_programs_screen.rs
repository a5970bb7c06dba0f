//! The Programs screen end to end: open it from the navigation, Follow StrongLifts with the
//! proposed squat load shown beside the set it comes from, type another (a decimal comma),
//! follow, and see it on the start screen; the coming four weeks; a replay of the lifter's
//! own workouts, prescribed next to lifted. Asserted on widgets found by label and on the
//! events in the store.

mod common;

use chrono::{TimeZone, Utc};
use common::ui::*;
use egui_kittest::kittest::{NodeT, Queryable};
use gymlog::domain::event::{Event, EventKind, SetFacts, SetType};
use gymlog::domain::units::{Weight, WeightUnit};
use gymlog::store::Store;
use uuid::Uuid;

/// A saved workout on 20 Nov 2026 (a week before the test clock): squat 5 × 100 kg × 5 and
/// bench press 5 × 70 kg × 5 — StrongLifts' Workout A, heavier than its empty-bar start.
fn seed(fx: &Fixture) {
    let workout_id = Uuid::from_u128(7 << 32);
    let at = Utc.with_ymd_and_hms(2026, 11, 20, 17, 0, 0).unwrap();
    let mut id = 7u128 << 32;
    let mut next = |kind| {
        id += 1;
        Event::new(Uuid::from_u128(id), at + chrono::Duration::minutes((id & 0xff) as i64), kind)
    };
    let mut events = vec![next(EventKind::workout_started(workout_id, Some("Legs")))];
    for (exercise, kg) in [("Squat", 100.0), ("Bench Press", 70.0)] {
        events.push(next(EventKind::ExerciseAdded { workout_id, exercise: exercise.into() }));
        for i in 0..5 {
            let set = SetFacts {
                exercise: exercise.into(),
                set_index: i,
                set_type: SetType::Normal,
                weight: Some(Weight::entered(kg, WeightUnit::Kg)),
                reps: Some(5),
                ..SetFacts::default()
            };
            let set_id = Uuid::from_u128((8 << 32) + u128::from(i) + if kg > 80.0 { 0 } else { 100 });
            events.push(next(EventKind::SetLogged { workout_id, set_id, set }));
        }
    }
    events.push(next(EventKind::WorkoutCompleted { workout_id }));
    let store = Store::open(&fx.paths.store_file()).unwrap();
    store.append(&events).unwrap();
    store.close().unwrap();
}

#[test]
fn follow_stronglifts_from_the_programs_screen_with_an_edited_squat_load() {
    let fx = Fixture::new();
    seed(&fx);
    let mut harness = fx.open();
    click(&mut harness, "Programs");
    harness.get_by_label("Rules: Mehdi Hadim, StrongLifts 5×5 (stronglifts.com)");
    click(&mut harness, "Follow StrongLifts 5×5");
    // 100 × 5 is an e1RM of 116.7 kg, a 5-rep max of 100 kg; 90 % of it is 90 kg.
    assert_eq!(harness.get_by_label("Squat starting load").value().unwrap_or_default(), "90");
    harness.get_by_label(
        "from 100 kg × 5 on 20 Nov 2026 · e1RM 116.7 kg · 90 % of the 5-rep max the best e1RM of the last 8 weeks gives",
    );
    assert_eq!(harness.get_by_label("Deadlift starting load").value().unwrap_or_default(), "20");
    assert!(
        !harness.query_all_by_label("no sets in the last 8 weeks — program default").collect::<Vec<_>>().is_empty()
    );
    // A bad entry says why and holds back following.
    replace_text(&mut harness, "Squat starting load", "heavy");
    harness.get_by_label("Squat starting load `heavy` is not a number");
    assert!(harness.get_by_label("Follow with these loads").accesskit_node().is_disabled());
    replace_text(&mut harness, "Squat starting load", "62,5");
    assert!(harness.query_by_label("Squat starting load `heavy` is not a number").is_none());
    click(&mut harness, "Follow with these loads");
    settle(&mut harness);
    assert!(harness.query_by_label("Follow with these loads").is_none(), "the panel closes");
    // The coming four weeks: the squat goes up 2.5 kg every session.
    harness.get_by_label("The coming 4 weeks of StrongLifts 5×5");
    harness.get_by_label("Week 4");
    harness.get_by_label("Squat: 5 sets of 62.5 kg × 5");
    harness.get_by_label("Squat: 5 sets of 80 kg × 5");
    click(&mut harness, "Workout");
    harness.get_by_label("Next: Workout A of StrongLifts 5×5");
    harness.get_by_label_contains("Squat: 62.5 kg × 5, 62.5 kg × 5");
    drop(harness);
    let starting = fx.events().into_iter().find_map(|k| match k {
        EventKind::ProgramStarted { slug, starting, .. } => Some((slug, starting)),
        _ => None,
    });
    let (slug, starting) = starting.expect("a program_started event");
    assert_eq!(slug, "stronglifts-5x5");
    assert_eq!((starting["Squat"], starting["Bench Press"]), (62.5, 62.5));
}

#[test]
fn replay_shows_what_a_program_would_have_prescribed_next_to_what_was_lifted() {
    let fx = Fixture::new();
    seed(&fx);
    let mut harness = fx.open();
    click(&mut harness, "Programs");
    click(&mut harness, "Replay StrongLifts 5×5");
    harness.get_by_label("What StrongLifts 5×5 would have prescribed over the last 8 weeks");
    harness.get_by_label("Fri 20 Nov 2026 · Workout A");
    // Nothing before 1 Oct to start from: the empty bar was prescribed, 100 kg lifted.
    // Squat, bench press and barbell row, each prescribed at the empty bar; no row lifted.
    assert_eq!(harness.query_all_by_label("5 sets of 20 kg × 5").count(), 3);
    harness.get_by_label("—");
    harness.get_by_label("5 sets of 100 kg × 5");
    harness.get_by_label("5 sets of 70 kg × 5");
    harness.get_by_label_contains("Squat: counted from the 100 kg lifted, not the 20 kg planned");
    click(&mut harness, "4");
    harness.get_by_label("What StrongLifts 5×5 would have prescribed over the last 4 weeks");
    harness.get_by_label("Fri 20 Nov 2026 · Workout A");
    // Copy and edit opens the editor on a copy.
    click(&mut harness, "Copy and edit StrongLifts 5×5");
    assert_eq!(harness.get_by_label("Program name").value().unwrap_or_default(), "StrongLifts 5×5 (copy)");
    drop(harness);
    assert!(!fx.events().iter().any(|k| matches!(k, EventKind::ProgramStarted { .. })), "replaying follows nothing");
}

//! Programs on real files: every program event survives a backup restored into a new store,
//! with a target overridden in it, and the followed program's next session is the same after it.

mod common;

use common::{at, temp_paths};
use gymlog::backup::export::export_backup;
use gymlog::backup::restore::restore_backup;
use gymlog::domain::event::{Event, EventKind};
use gymlog::domain::program::{builtin, prescribe};
use gymlog::domain::units::WeightUnit;
use gymlog::store::Store;
use uuid::Uuid;

#[test]
fn a_backup_restored_into_a_new_store_keeps_every_program_event_and_the_next_session() {
    let own = builtin::gzclp(WeightUnit::Kg).copy_as("my-gzclp", "My GZCLP");
    let next =
        prescribe(&own, &gymlog::domain::program::ProgramState::start(&own, &[("Squat".to_string(), 100.0)].into()));
    let workout_id = Uuid::from_u128(77);
    // The first exercise's target overridden: 95 % of the weight, one rep fewer.
    let lighter: Vec<_> = next.exercises[0]
        .sets
        .iter()
        .map(|s| gymlog::domain::program::PlannedSet {
            weight: s.weight.map(|w| gymlog::domain::units::Weight::kg(w.kg * 0.95)),
            reps: s.reps - 1,
            ..s.clone()
        })
        .collect();
    let kinds = vec![
        EventKind::ProgramSaved { program: own.clone() },
        EventKind::ProgramStarted {
            slug: "my-gzclp".into(),
            unit: WeightUnit::Kg,
            starting: [("Squat".to_string(), 100.0)].into(),
        },
        EventKind::workout_started(workout_id, Some("Day 1")),
        EventKind::ProgramWorkoutStarted { workout_id, slug: "my-gzclp".into(), day: 0, prescription: next.clone() },
        EventKind::ProgramTargetOverridden {
            workout_id,
            exercise: next.exercises[0].exercise.clone(),
            prescribed: next.exercises[0].sets.clone(),
            target: lighter.clone(),
        },
        EventKind::ProgramStopped { slug: "my-gzclp".into() },
        EventKind::ProgramDeleted { slug: "my-gzclp".into() },
    ];
    let events: Vec<Event> = kinds
        .into_iter()
        .enumerate()
        .map(|(i, k)| Event::new(Uuid::from_u128(1 + i as u128), at(i as i64), k))
        .collect();
    let (dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    store.append(&events).unwrap();
    let file = dir.path().join("backup.parquet");
    export_backup(&store, &file).unwrap();
    let (_other_dir, other_paths) = temp_paths();
    let restored = Store::open(&other_paths.store_file()).unwrap();
    restore_backup(&restored, &file, false).unwrap();
    let back = restored.events().unwrap();
    assert_eq!(back, store.events().unwrap());
    let prescription = back.iter().find_map(|e| match &e.kind {
        EventKind::ProgramWorkoutStarted { prescription, .. } => Some(prescription.clone()),
        _ => None,
    });
    assert_eq!(prescription.as_ref(), Some(&next), "the prescription comes back whole");
    assert!(back.iter().any(|e| matches!(&e.kind, EventKind::ProgramSaved { program } if *program == own)));
    let overridden = back.iter().find_map(|e| match &e.kind {
        EventKind::ProgramTargetOverridden { prescribed, target, .. } => Some((prescribed.clone(), target.clone())),
        _ => None,
    });
    assert_eq!(overridden, Some((next.exercises[0].sets.clone(), lighter)), "the override and its prescription");
    let history = restored.history().unwrap();
    let day = history.program_workout(workout_id).expect("a program day");
    assert!(day.is_overridden(&next.exercises[0].exercise), "replayed into the projection");
}

//! The hybrid logical clock at the store (docs/backup-format.md, "`_created_at` is a hybrid
//! logical clock"): an event appended after a merge of events from a clock hours ahead is
//! stored after them, so an edit made after seeing another device's edit wins; merged events
//! keep their times; appends that already follow the log are stored as given.

mod common;

use chrono::Duration;
use common::{at, temp_paths, workout};
use gymlog::backup::export::export_backup;
use gymlog::backup::restore::restore_backup;
use gymlog::domain::event::{Event, EventKind};
use gymlog::domain::hlc::TICK;
use gymlog::store::Store;
use uuid::Uuid;

fn edit(id: u128, at: chrono::DateTime<chrono::Utc>, workout: &[Event], reps: u32) -> Event {
    let (workout_id, set_id, mut set) = workout
        .iter()
        .find_map(|e| match &e.kind {
            EventKind::SetLogged { workout_id, set_id, set } => Some((*workout_id, *set_id, set.clone())),
            _ => None,
        })
        .unwrap();
    set.reps = Some(reps);
    Event::new(Uuid::from_u128(id), at, EventKind::SetUpdated { workout_id, set_id, set })
}

fn reps_of_first_set(store: &Store) -> Option<u32> {
    let history = store.history().unwrap();
    let workout = history.completed().next().unwrap();
    workout.sets.first().and_then(|s| s.facts.reps)
}

#[test]
fn an_edit_made_after_seeing_one_from_a_clock_hours_ahead_wins() {
    let (dir, a_paths) = temp_paths();
    let (_b_dir, b_paths) = temp_paths();
    let logged = workout(1, 0, "Squat", 100.0, 3);
    // Device A's clock runs three hours ahead: its edit is stamped 3 h into the future.
    let a = Store::open(&a_paths.store_file()).unwrap();
    a.append(&logged).unwrap();
    let ahead = at(40) + Duration::hours(3);
    a.append(&[edit(900, ahead, &logged, 4)]).unwrap();
    let backup = dir.path().join("a.parquet");
    export_backup(&a, &backup).unwrap();

    let b = Store::open(&b_paths.store_file()).unwrap();
    restore_backup(&b, &backup, false).unwrap();
    assert_eq!(b.latest_created_at(), Some(ahead), "merged events keep their times");
    assert_eq!(reps_of_first_set(&b), Some(4));
    // B's lifter sees 4 reps and corrects it to 6, by B's right clock, at(45).
    let wall = at(45);
    assert_eq!(b.hlc_now(wall), ahead + TICK, "the clock reading follows the merged edit");
    b.append(&[edit(901, wall, &logged, 6)]).unwrap();
    assert_eq!(reps_of_first_set(&b), Some(6), "the edit made after seeing A's wins");
    let stored = b.events().unwrap().into_iter().find(|e| e.id == Uuid::from_u128(901)).unwrap();
    assert!(stored.created_at > ahead, "stored after A's edit: {}", stored.created_at);
    assert_eq!(stored.occurred_at, wall, "the fact keeps the wall clock's time");

    // Reopened, the store finds its latest time again.
    b.close().unwrap();
    let b = Store::open(&b_paths.store_file()).unwrap();
    assert_eq!(b.latest_created_at(), Some(stored.created_at));
}

#[test]
fn appends_that_follow_the_log_are_stored_as_given_and_a_batch_keeps_its_spacing() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let first = workout(1, 0, "Squat", 100.0, 2);
    store.append(&first).unwrap();
    assert_eq!(store.events().unwrap(), first, "times as given");
    // A second workout stamped by a clock that went back an hour.
    let behind = workout(2, -60, "Bench Press", 80.0, 2);
    store.append(&behind).unwrap();
    let stored: Vec<Event> = store.events().unwrap().into_iter().skip(first.len()).collect();
    let latest_first = first.last().unwrap().created_at;
    assert_eq!(stored[0].created_at, latest_first + TICK);
    for (was, now) in behind.windows(2).zip(stored.windows(2)) {
        assert_eq!(was[1].created_at - was[0].created_at, now[1].created_at - now[0].created_at);
    }
    assert_eq!(stored.iter().map(|e| e.id).collect::<Vec<_>>(), behind.iter().map(|e| e.id).collect::<Vec<_>>());
    assert!(store.snapshot().unwrap().in_time_order().unwrap(), "the log stays in time order");
}

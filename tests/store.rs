//! The event store, end to end on a temporary data dir: round trips, migrations, the lock a
//! second process meets, and the queries the screens use.

mod common;

use common::{at, temp_paths, workout};
use gymlog::domain::event::EventKind;
use gymlog::store::Store;
use uuid::Uuid;

#[test]
fn events_round_trip_through_the_file() {
    let (_dir, paths) = temp_paths();
    let mut events = workout(1, 0, "Squat", 100.0, 3);
    events.extend(workout(2, 60 * 24, "Bench Press", 80.5, 2));
    {
        let store = Store::open(&paths.store_file()).unwrap();
        store.append(&events).unwrap();
        store.close().unwrap();
    }
    let store = Store::open(&paths.store_file()).unwrap();
    assert_eq!(store.events().unwrap(), events);
    assert_eq!(store.event_count().unwrap(), events.len() as u64);
}

#[test]
fn a_batch_is_all_or_nothing() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let events = workout(1, 0, "Squat", 100.0, 3);
    store.append(&events[..2]).unwrap();
    // The second batch repeats an id already stored: the whole batch must be refused.
    let err = store.append(&events[1..]).unwrap_err();
    assert!(err.to_string().to_lowercase().contains("constraint"), "{err}");
    assert_eq!(store.event_count().unwrap(), 2);
}

/// A logged set is one statement (the event and its checksum row); whatever is refused leaves
/// neither, so the recorded checksum always equals one computed from the events.
#[test]
fn one_event_at_a_time_keeps_the_recorded_checksum_exact() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let events = workout(1, 0, "Squat", 100.0, 4);
    for event in &events {
        store.append(std::slice::from_ref(event)).unwrap();
    }
    let err = store.append(std::slice::from_ref(&events[2])).unwrap_err();
    assert!(err.to_string().to_lowercase().contains("constraint"), "{err}");
    assert_eq!(store.event_count().unwrap(), events.len() as u64);
    let (batches, counted): (i64, i64) = store
        .baseline_connection()
        .unwrap()
        .query_row("SELECT count(*), sum(events)::BIGINT FROM event_digest", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    let stored = events.len() as i64;
    assert_eq!((batches, counted), (stored, stored), "one checksum row per stored event, none for the refused one");
    let snapshot = store.snapshot().unwrap();
    assert_eq!(snapshot.digest().unwrap(), snapshot.scan_digest().unwrap());
    drop(snapshot);
    store.close().unwrap();
    let store = Store::open(&paths.store_file()).unwrap();
    assert_eq!(store.events().unwrap(), events, "every kind of event round-trips through the one-row path");
}

#[test]
fn reopening_runs_no_migration_and_keeps_data() {
    let (_dir, paths) = temp_paths();
    let events = workout(1, 0, "Squat", 100.0, 3);
    Store::open(&paths.store_file()).unwrap().append(&events).unwrap();
    for _ in 0..2 {
        let store = Store::open(&paths.store_file()).unwrap();
        assert_eq!(store.event_count().unwrap(), events.len() as u64);
        store.close().unwrap();
    }
}

#[test]
fn a_second_process_gets_a_clear_lock_error() {
    let (_dir, paths) = temp_paths();
    let _held = Store::open(&paths.store_file()).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_gymlog"))
        .args([
            "--data-dir",
            paths.data_dir.to_str().unwrap(),
            "--config-dir",
            paths.config_dir.to_str().unwrap(),
            "stats",
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("already open in another process"), "{stderr}");
    assert!(stderr.contains(&format!("PID {}", std::process::id())), "names the holder: {stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn queries_resolve_corrections() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let first = workout(1, 0, "Squat", 100.0, 3);
    let second = workout(2, 60 * 24 * 3, "Squat", 105.0, 3);
    let deleted = workout(3, 60 * 24 * 5, "Squat", 500.0, 2);
    store.append(&first).unwrap();
    store.append(&second).unwrap();
    store.append(&deleted).unwrap();
    let deleted_id = deleted[0].kind.workout_id().unwrap();
    let removed_set = match &second[3].kind {
        EventKind::SetLogged { set_id, workout_id, .. } => {
            EventKind::SetRemoved { workout_id: *workout_id, set_id: *set_id }
        }
        other => panic!("{other:?}"),
    };
    store
        .append(&[
            gymlog::domain::event::Event::new(
                Uuid::from_u128(9_000),
                at(60 * 24 * 6),
                EventKind::WorkoutDeleted { workout_id: deleted_id },
            ),
            gymlog::domain::event::Event::new(Uuid::from_u128(9_001), at(60 * 24 * 6), removed_set),
        ])
        .unwrap();

    let history = store.history().unwrap();
    let last = history.last_session_of("Squat", None).unwrap();
    assert_eq!(last.id, second[0].kind.workout_id().unwrap(), "the deleted workout is not a session");
    assert_eq!(last.sets.len(), 2, "the removed set is gone");
    let sets: Vec<_> = history.completed().flat_map(|w| w.sets_of("Squat")).collect();
    assert_eq!(sets.len(), 5);
    assert!(sets.iter().all(|s| s.facts.weight.unwrap().kg < 200.0));
    assert!(history.last_session_of("Deadlift", None).is_none());

    assert_eq!(store.unfinished_workouts().unwrap(), 0);
    store.append(&workout(4, 60 * 24 * 8, "Squat", 100.0, 1)[..3]).unwrap();
    assert_eq!(store.unfinished_workouts().unwrap(), 1, "started, one set, not finished");

    let stats = store.stats().unwrap();
    assert_eq!((stats.workouts, stats.sets), (2, 5));
    assert_eq!(stats.events, (first.len() + second.len() + deleted.len() + 2 + 3) as u64);
    assert_eq!(stats.first_workout, Some(at(0).date_naive()));
}

#[test]
fn the_log_read_in_pages_is_the_log_in_order() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    // Three workouts appended out of time order (as a restore or an import does), and events
    // that share one instant, so pages split between equal `_created_at`s.
    let mut events = workout(3, 3000, "Squat", 100.0, 4);
    events.extend(workout(1, 0, "Bench Press", 80.0, 3));
    let mut same_instant = workout(2, 1500, "Deadlift", 140.0, 5);
    for event in &mut same_instant {
        event.created_at = at(1500);
    }
    events.extend(same_instant);
    store.append(&events).unwrap();
    let in_order = store.events().unwrap();
    for page in [1, 3, 7, 1000] {
        let mut read = Vec::new();
        store.for_each_event_in_pages(page, |e| read.push(e)).unwrap();
        assert_eq!(read, in_order, "pages of {page}");
    }
    let history = store.history().unwrap();
    assert_eq!(history.completed().count(), 3);
}

/// A log stored in time order is read as stored, without a sort; events of one instant come
/// by id, as the log order has them. A table out of time order is read in pages, and so is one
/// whose record says it is in order when it is not: the read as stored stops at the first
/// older row. The history is the log in order every time.
#[test]
fn the_log_read_as_stored_is_the_log_in_order() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let mut events = workout(1, 0, "Bench Press", 80.0, 3);
    // One instant, stored with the ids falling: the log order has them rising.
    let mut same_instant = workout(2, 1500, "Deadlift", 140.0, 5);
    for event in &mut same_instant {
        event.created_at = at(1500);
    }
    same_instant.reverse();
    events.extend(same_instant);
    store.append(&events).unwrap();
    let mut read = Vec::new();
    assert!(store.for_each_event_as_stored(|e| read.push(e)).unwrap(), "in time order: read as stored");
    assert_eq!(read, store.events().unwrap());

    // An older event stored after newer ones, as a restore of an older backup stores it.
    store.append_as_recorded(&workout(3, -600, "Squat", 100.0, 2)).unwrap();
    assert!(!store.for_each_event_as_stored(|_| panic!("out of time order: not read as stored")).unwrap());
    let in_order = |store: &Store| gymlog::domain::projection::History::from_events(&store.events().unwrap());
    assert!(store.history().unwrap().completed().eq(in_order(&store).completed()));
    store.close().unwrap();

    // A record that lies: every batch said to be in order.
    let raw = duckdb::Connection::open(paths.store_file()).unwrap();
    raw.execute_batch("UPDATE event_digest SET ordered = true, first_at = NULL, last_at = NULL").unwrap();
    drop(raw);
    let store = Store::open(&paths.store_file()).unwrap();
    let mut read = 0;
    assert!(!store.for_each_event_as_stored(|_| read += 1).unwrap(), "the older row is found");
    assert!(read < store.event_count().unwrap(), "it stops there");
    let history = store.history().unwrap();
    assert_eq!(history.completed().count(), 3);
    assert!(history.completed().eq(in_order(&store).completed()));
}

/// Turns a closed store back into what schema version 2 wrote (no time order in its digest).
fn back_to_schema_v2(file: &std::path::Path) {
    let raw = duckdb::Connection::open(file).unwrap();
    raw.execute_batch(
        "ALTER TABLE event_digest DROP COLUMN first_at; ALTER TABLE event_digest DROP COLUMN last_at;
         ALTER TABLE event_digest DROP COLUMN ordered; DELETE FROM schema_migrations WHERE version = 3;",
    )
    .unwrap();
}

/// Whether the table is in `_created_at` order (a backup then skips its sort) follows the
/// appends: logged in time order it is, one older event appended after newer ones breaks it,
/// and a store migrated from schema version 2 works it out from its rows.
#[test]
fn the_store_knows_whether_its_log_is_in_time_order() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let in_order = |store: &Store| store.snapshot().unwrap().in_time_order().unwrap();
    assert!(in_order(&store), "an empty log");
    let (first, second, third) =
        (workout(1, 0, "Squat", 100.0, 3), workout(2, 600, "Squat", 100.0, 3), workout(3, 1200, "Squat", 100.0, 3));
    store.append(&first).unwrap();
    for event in &second {
        store.append(std::slice::from_ref(event)).unwrap();
    }
    assert!(in_order(&store), "one batch, then one set at a time");
    store.close().unwrap();

    // Schema version 2 kept no order: the migration works it out from the rows.
    back_to_schema_v2(&paths.store_file());
    let store = Store::open(&paths.store_file()).unwrap();
    assert!(in_order(&store), "worked out by the migration");

    store.append(&third[..3]).unwrap();
    store.append(&first[..0]).unwrap();
    assert!(in_order(&store));
    let older = workout(4, -600, "Squat", 90.0, 2);
    store.append_as_recorded(&older).unwrap();
    assert!(!in_order(&store), "an event older than one before it");
    store.append(&third[3..]).unwrap();
    assert!(!in_order(&store), "and it stays so");
    store.close().unwrap();

    back_to_schema_v2(&paths.store_file());
    let store = Store::open(&paths.store_file()).unwrap();
    assert!(!in_order(&store), "the migration sees the older event too");
}

/// The history is read with DuckDB's memory limited, so its cache of every block the scan read
/// does not stay on top of the history. A scan the limit refuses (1 MB: it needs 2–4) is read
/// again without it — the same history — and the limit is lifted either way: an export, which
/// sorts the whole log, fails under the tiny one.
#[test]
fn a_scan_the_memory_limit_refuses_is_read_again_without_it() {
    let (dir, paths) = temp_paths();
    let store = common::demo_store(&paths, 4, 3);
    let in_order = gymlog::domain::projection::History::from_events(&store.events().unwrap());
    assert!(store.history().unwrap().completed().eq(in_order.completed()));
    store.close().unwrap();

    // Reopened, so DuckDB holds next to nothing and accepts the tiny limit.
    let store = Store::open(&paths.store_file()).unwrap();
    let refused = store.history_scanning_in(Some("1MB")).unwrap();
    assert_eq!(refused.completed().count(), in_order.completed().count());
    assert!(refused.completed().eq(in_order.completed()));

    let backup = dir.path().join("after.parquet");
    gymlog::backup::export::export_backup(&store, &backup).unwrap();
    assert!(backup.exists());
    // A limit DuckDB refuses to set (it holds more now) reads without one.
    assert!(store.history_scanning_in(Some("64KB")).unwrap().completed().eq(in_order.completed()));
}

/// The start-up read leaves DuckDB's buffer pool nearly empty: the blocks it read are dropped
/// once the history is folded (they are never read again), where an unlimited read keeps them.
#[test]
fn the_start_up_read_leaves_no_cache_behind() {
    let (_dir, paths) = temp_paths();
    let store = common::demo_store(&paths, 10, 3);
    store.close().unwrap();

    let store = Store::open(&paths.store_file()).unwrap();
    let unlimited = store.history_beside_other_work().unwrap();
    let cached = store.buffer_pool_bytes().unwrap();
    assert!(cached > 1 << 20, "an unlimited read keeps the blocks it read: {cached} bytes");
    store.close().unwrap();

    let store = Store::open(&paths.store_file()).unwrap();
    let history = store.history().unwrap();
    assert!(history.completed().eq(unlimited.completed()));
    let left = store.buffer_pool_bytes().unwrap();
    assert!(left < cached / 2, "the start-up read left {left} bytes cached (an unlimited one {cached})");
}

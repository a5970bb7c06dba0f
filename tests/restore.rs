//! Verify and restore, end to end on real files: a backup comes back exactly (same ids, same
//! `_created_at`, same projection and stats), twice adds nothing, merges with local events,
//! keeps the local side of a conflict; and every kind of junk is refused with the store
//! unchanged.

mod common;

use std::path::{Path, PathBuf};

use common::{temp_paths, workout};
use gymlog::backup::export::export_backup;
use gymlog::backup::restore::{RestoreError, restore_backup};
use gymlog::backup::verify::verify_file;
use gymlog::domain::event::{Event, EventKind};
use gymlog::domain::exercise::{ExerciseDef, ExerciseKind};
use gymlog::paths::Paths;
use gymlog::store::{ParquetFile, Store};
use uuid::Uuid;

/// A year of demo training plus the corrections a real log has: an updated and a removed set,
/// a deleted workout, a renamed custom exercise and a workout still in progress (the demo adds
/// routines, weigh-ins, supersets, planks and runs).
fn rich_store(paths: &Paths) -> Store {
    let store = Store::open(&paths.store_file()).unwrap();
    let spec = gymlog::demo::DemoSpec {
        years: 1,
        seed: 9,
        until: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        max_events: None,
    };
    store.append(&gymlog::demo::generate(&spec)).unwrap();
    let extra = workout(77, 60 * 24 * 700, "Squat", 120.0, 3);
    let w = extra[0].kind.workout_id().unwrap();
    let (set_id, mut facts) = match &extra[3].kind {
        EventKind::SetLogged { set_id, set, .. } => (*set_id, set.clone()),
        other => panic!("{other:?}"),
    };
    facts.reps = Some(4);
    let at = common::at(60 * 24 * 701);
    let mut events = extra.clone();
    events.push(Event::new(Uuid::from_u128(70_001), at, EventKind::SetUpdated { workout_id: w, set_id, set: facts }));
    events.push(Event::new(
        Uuid::from_u128(70_002),
        at,
        EventKind::ExerciseCreated {
            exercise: ExerciseDef::new("Zercher Squat", "Legs", "Barbell", ExerciseKind::WeightReps),
        },
    ));
    events.push(Event::new(
        Uuid::from_u128(70_004),
        at,
        EventKind::ExerciseRenamed { from: "Zercher Squat".into(), to: "Zercher".into() },
    ));
    let deleted = workout(78, 60 * 24 * 702, "Bench Press", 90.0, 2);
    let deleted_id = deleted[0].kind.workout_id().unwrap();
    events.extend(deleted);
    let later = common::at(60 * 24 * 710);
    events.push(Event::new(Uuid::from_u128(70_003), later, EventKind::WorkoutDeleted { workout_id: deleted_id }));
    let unfinished = workout(79, 60 * 24 * 703, "Deadlift", 180.0, 2);
    events.extend(unfinished[..4].iter().cloned());
    store.append(&events).unwrap();
    store
}

fn ids(store: &Store) -> Vec<Uuid> {
    let mut ids: Vec<Uuid> = store.events().unwrap().into_iter().map(|e| e.id).collect();
    ids.sort();
    ids
}

fn backup_of(store: &Store, dir: &Path) -> PathBuf {
    let dest = dir.join("gymlog-backup-2026-11-28.parquet");
    export_backup(store, &dest).unwrap();
    dest
}

#[test]
fn a_backup_restores_into_an_empty_store_exactly() {
    let (dir, a) = temp_paths();
    let original = rich_store(&a);
    let backup = backup_of(&original, dir.path());
    let (_b_dir, b) = temp_paths();
    let restored = Store::open(&b.store_file()).unwrap();
    let report = restore_backup(&restored, &backup, false).unwrap();
    let count = original.event_count().unwrap();
    assert_eq!((report.added, report.already_present, report.conflicts, report.events_after), (count, 0, 0, count));
    assert_eq!(restored.events().unwrap(), original.events().unwrap(), "same ids, same times, same facts");
    assert_eq!(restored.stats().unwrap(), original.stats().unwrap());
    let (h1, h2) = (original.history().unwrap(), restored.history().unwrap());
    assert_eq!(h1.completed().collect::<Vec<_>>(), h2.completed().collect::<Vec<_>>(), "the History screen's data");
    assert_eq!(h1.in_progress(), h2.in_progress());
    assert_eq!(h1.custom_exercises(), h2.custom_exercises());
    assert_eq!(h1.custom_exercises()[0].name, "Zercher", "renamed");
    assert!(!h1.routines().is_empty() && !h1.bodyweight().is_empty(), "the demo has routines and weigh-ins");
    assert_eq!(h1.routines(), h2.routines());
    assert_eq!(h1.bodyweight(), h2.bodyweight());
}

#[test]
fn restoring_twice_adds_nothing_and_a_dry_run_writes_nothing() {
    let (dir, a) = temp_paths();
    let original = rich_store(&a);
    let backup = backup_of(&original, dir.path());
    let (_b_dir, b) = temp_paths();
    let store = Store::open(&b.store_file()).unwrap();
    let dry = restore_backup(&store, &backup, true).unwrap();
    assert!(dry.dry_run && dry.added > 0);
    assert_eq!(store.event_count().unwrap(), 0, "a dry run writes nothing");
    restore_backup(&store, &backup, false).unwrap();
    let again = restore_backup(&store, &backup, false).unwrap();
    assert_eq!((again.added, again.already_present, again.conflicts), (0, dry.added, 0));
    assert_eq!(store.event_count().unwrap(), dry.added);
}

#[test]
fn a_restore_merges_with_local_events_and_keeps_the_local_side_of_a_conflict() {
    let (dir, a) = temp_paths();
    let original = rich_store(&a);
    let backup = backup_of(&original, dir.path());
    let (_b_dir, b) = temp_paths();
    let store = Store::open(&b.store_file()).unwrap();
    let local = workout(500, 60 * 24 * 900, "Front Squat", 100.0, 3);
    store.append(&local).unwrap();
    // A local event with an id the backup also has, but other content: a set with other reps.
    let mut clash =
        original.events().unwrap().into_iter().find(|e| matches!(e.kind, EventKind::SetLogged { .. })).unwrap();
    if let EventKind::SetLogged { set, .. } = &mut clash.kind {
        set.reps = Some(99);
    }
    // Stored with the backup's time (as an older restore would have), not moved after the log.
    store.append_as_recorded(std::slice::from_ref(&clash)).unwrap();

    let report = restore_backup(&store, &backup, false).unwrap();
    let total = original.event_count().unwrap();
    assert_eq!((report.added, report.conflicts), (total - 1, 1));
    assert_eq!(report.events_after, total + local.len() as u64);
    let events = store.events().unwrap();
    assert!(events.contains(&clash), "the local version is kept");
    let history = store.history().unwrap();
    assert!(history.completed().any(|w| w.exercises == ["Front Squat"]), "local workout still there");
    assert_eq!(history.completed().count(), original.history().unwrap().completed().count() + 1);
}

#[test]
fn verify_describes_a_sound_backup() {
    let (dir, a) = temp_paths();
    let original = rich_store(&a);
    let backup = backup_of(&original, dir.path());
    let report = verify_file(&backup);
    assert!(report.ok, "{:?}", report.problems);
    assert_eq!(report.events, original.event_count().unwrap());
    assert_eq!(report.workouts, original.stats().unwrap().workouts);
    assert_eq!(report.schema_version, Some(gymlog::domain::event::EVENT_SCHEMA_VERSION));
    assert_eq!(report.app_version.as_deref(), Some(env!("CARGO_PKG_VERSION")));
    assert!(report.first_event_at.unwrap() < report.last_event_at.unwrap());
}

/// Ways a file can fail to be a backup, each with a fragment of what the lifter is told.
fn junk(good: &Path, dir: &Path) -> Vec<(String, PathBuf, &'static str)> {
    let db = duckdb::Connection::open_in_memory().unwrap();
    let lit = |p: &Path| format!("'{}'", p.display().to_string().replace('\'', "''"));
    let metadata = |p: &Path| -> Vec<(String, String)> {
        db.prepare(&format!("SELECT decode(key), decode(value) FROM parquet_kv_metadata({})", lit(p)))
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    // Rewrites the good file through `select` (on `src`), keeping its metadata but `changes`.
    let rewrite = |name: &str, select: &str, changes: &[(&str, String)]| -> PathBuf {
        let dest = dir.join(name);
        let mut kv = metadata(good);
        for (k, v) in changes {
            kv.retain(|(key, _)| key != k);
            kv.push((k.to_string(), v.clone()));
        }
        let kv = kv.iter().map(|(k, v)| format!("'{k}': '{v}'")).collect::<Vec<_>>().join(", ");
        let select = select.replace("src", &format!("read_parquet({})", lit(good)));
        db.execute_batch(&format!(
            "COPY ({select}) TO {} (FORMAT parquet, COMPRESSION zstd, KV_METADATA {{{kv}}})",
            lit(&dest)
        ))
        .unwrap();
        dest
    };
    let bytes = std::fs::read(good).unwrap();
    let mut files = Vec::new();
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle..middle + 64].iter_mut().for_each(|b| *b ^= 0x5A);
    files.push(("flipped bytes", dir.join("flipped.parquet"), flipped, ""));
    files.push((
        "truncated",
        dir.join("truncated.parquet"),
        bytes[..bytes.len() / 2].to_vec(),
        "not a readable Parquet file",
    ));
    files.push((
        "CSV renamed",
        dir.join("sets.parquet"),
        b"date,exercise\n2024-01-01,Squat\n".to_vec(),
        "not a readable Parquet file",
    ));
    files.push(("empty", dir.join("empty.parquet"), Vec::new(), "is empty"));
    let mut out: Vec<(String, PathBuf, &'static str)> = files
        .into_iter()
        .map(|(what, path, contents, says)| {
            std::fs::write(&path, contents).unwrap();
            (what.to_string(), path, says)
        })
        .collect();
    let other = dir.join("other.parquet");
    db.execute_batch(&format!("COPY (SELECT 1 AS id, 'x' AS name) TO {} (FORMAT parquet)", lit(&other))).unwrap();
    out.push(("another program's Parquet".into(), other, "not a GymLog backup"));
    out.push((
        "missing column".into(),
        rewrite("no-reps.parquet", "SELECT * EXCLUDE (reps) FROM src", &[]),
        "column reps is missing",
    ));
    out.push((
        "wrong type".into(),
        rewrite("text-reps.parquet", "SELECT * REPLACE (reps::VARCHAR AS reps) FROM src", &[]),
        "column reps is VARCHAR, not INTEGER",
    ));
    // Duplicate ids, with metadata that matches the rows (so only the id check can catch it).
    let doubled = rewrite("doubled-raw.parquet", "SELECT * FROM src UNION ALL (SELECT * FROM src LIMIT 1)", &[]);
    let digest = ParquetFile::open(&doubled).unwrap().digest().unwrap();
    let dup = rewrite(
        "duplicates.parquet",
        &format!("SELECT * FROM read_parquet({})", lit(&doubled)),
        &[("gymlog_event_count", digest.rows.to_string()), ("gymlog_content_checksum", digest.checksum_hex())],
    );
    out.push(("duplicate ids".into(), dup, "appears more than once"));
    out.push((
        "newer schema".into(),
        rewrite("newer.parquet", "SELECT * FROM src", &[("gymlog_event_schema_version", "99".into())]),
        "event schema 99; this GymLog reads up to",
    ));
    out.push(("a folder".into(), dir.to_path_buf(), "is a folder"));
    out
}

#[test]
fn junk_is_refused_and_changes_nothing() {
    let (dir, a) = temp_paths();
    let original = rich_store(&a);
    let good = backup_of(&original, dir.path());
    let files = tempfile::tempdir().unwrap();
    let (_b_dir, b) = temp_paths();
    let store = Store::open(&b.store_file()).unwrap();
    store.append(&workout(600, 0, "Squat", 100.0, 3)).unwrap();
    let before = ids(&store);
    for (what, path, says) in junk(&good, files.path()) {
        let verified = verify_file(&path);
        assert!(!verified.ok, "{what}: verify must fail");
        assert!(verified.problems.iter().any(|p| p.contains(says)), "{what}: {:?}", verified.problems);
        for dry_run in [true, false] {
            let err = restore_backup(&store, &path, dry_run).unwrap_err();
            assert!(matches!(err, RestoreError::NotSound { .. }), "{what}: {err}");
            assert!(err.to_string().contains(says), "{what}: {err}");
        }
        assert_eq!(ids(&store), before, "{what}: the store is unchanged");
    }
    // The store still works: a good backup restores after all that junk.
    assert!(restore_backup(&store, &good, false).unwrap().added > 0);
}

#[test]
fn a_damaged_backup_is_named_as_such() {
    let (dir, a) = temp_paths();
    let good = backup_of(&rich_store(&a), dir.path());
    let files = tempfile::tempdir().unwrap();
    let (_, flipped, _) = junk(&good, files.path()).into_iter().next().unwrap();
    let report = verify_file(&flipped);
    assert!(!report.ok);
    let all = report.problems.join("\n");
    assert!(
        all.contains("damaged") || all.contains("not a readable Parquet file") || all.contains("not a valid event"),
        "{all}"
    );
}

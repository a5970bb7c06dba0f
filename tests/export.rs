//! Export backup, checked from outside GymLog: the Parquet file is read back with a separate
//! DuckDB connection (rows, order, codec, metadata); failures leave no file; hostile names
//! work and cannot inject SQL; the queries in docs/backup-format.md run on a real backup.

mod common;

use std::path::Path;

use common::{temp_paths, workout};
use gymlog::backup::export::{ExportError, export_backup, export_with};
use gymlog::store::{ContentDigest, ParquetFile, Store};

fn store_with_history(paths: &gymlog::paths::Paths) -> (Store, usize) {
    let store = Store::open(&paths.store_file()).unwrap();
    let mut events = Vec::new();
    for n in 0..5u128 {
        events.extend(workout(
            n + 1,
            n as i64 * 60 * 24,
            if n % 2 == 0 { "Squat" } else { "Bench Press" },
            100.0 + n as f64,
            4,
        ));
    }
    // Append out of time order: the export must still be ordered by _created_at.
    let (late, early) = events.split_at(events.len() / 2);
    store.append(early).unwrap();
    store.append_as_recorded(late).unwrap();
    (store, events.len())
}

fn reader() -> duckdb::Connection {
    duckdb::Connection::open_in_memory().unwrap()
}

fn literal(path: &Path) -> String {
    format!("'{}'", path.to_str().unwrap().replace('\'', "''"))
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn the_backup_holds_every_event_in_order_with_zstd_and_metadata() {
    let (dir, paths) = temp_paths();
    let (store, count) = store_with_history(&paths);
    let dest = dir.path().join("gymlog-backup-2026-11-26.parquet");
    let report = export_backup(&store, &dest).unwrap();
    assert_eq!(report.events, count as u64);
    assert_eq!(report.bytes, std::fs::metadata(&dest).unwrap().len());

    let db = reader();
    let file = literal(&dest);
    let rows: i64 = db.query_row(&format!("SELECT count(*) FROM read_parquet({file})"), [], |r| r.get(0)).unwrap();
    assert_eq!(rows as usize, count);
    let ordered: bool = db
        .query_row(
            &format!("SELECT bool_and(prev IS NULL OR prev <= _created_at) FROM (SELECT _created_at, lag(_created_at) OVER (ORDER BY file_row_number) AS prev FROM read_parquet({file}, file_row_number = true))"),
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(ordered, "rows are ordered by _created_at");
    let codecs: String = db
        .query_row(
            &format!("SELECT string_agg(DISTINCT compression::VARCHAR, ',') FROM parquet_metadata({file})"),
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(codecs.to_uppercase(), "ZSTD");
    for key in ["gymlog_content_checksum", "gymlog_content_checksum_algorithm", "gymlog_event_schema_version"] {
        let n: i64 = db
            .query_row(
                &format!("SELECT count(*) FROM parquet_kv_metadata({file}) WHERE decode(key) = '{key}'"),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1, "{key}");
    }
    let version: String = db
        .query_row(
            &format!("SELECT decode(value) FROM parquet_kv_metadata({file}) WHERE decode(key) = 'gymlog_app_version'"),
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
    let event_count: String = db
        .query_row(
            &format!("SELECT decode(value) FROM parquet_kv_metadata({file}) WHERE decode(key) = 'gymlog_event_count'"),
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(event_count, count.to_string());
    // The typed columns answer lifting questions without JSON parsing.
    let best: f64 = db
        .query_row(
            &format!("SELECT max(weight_kg) FROM {file} WHERE event_type = 'set_logged' AND exercise = 'Squat'"),
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(best, 104.0);
    assert_eq!(files_in(dir.path()), vec!["config", "data", "gymlog-backup-2026-11-26.parquet"], "no temp file left");
}

#[test]
fn hostile_file_names_work_and_inject_nothing() {
    let (dir, paths) = temp_paths();
    let (store, count) = store_with_history(&paths);
    let names = [
        "with space.parquet",
        "it's.parquet",
        "quote\".parquet",
        "semi;colon.parquet",
        "x'); DROP TABLE events; --.parquet",
        "Übung – Rückblick 日本.parquet",
        "back\\slash.parquet",
    ];
    for name in names {
        let dest = dir.path().join(name);
        let report = export_backup(&store, &dest).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(report.events, count as u64, "{name}");
        assert!(dest.is_file(), "{name}");
    }
    assert_eq!(store.event_count().unwrap(), count as u64, "the events table is untouched");
}

#[test]
fn failures_leave_no_file_behind() {
    let (dir, paths) = temp_paths();
    let (store, _) = store_with_history(&paths);
    let before = files_in(dir.path());

    let missing = dir.path().join("nope").join("b.parquet");
    assert!(matches!(export_backup(&store, &missing), Err(ExportError::NoFolder(_))));

    assert!(matches!(export_backup(&store, dir.path()), Err(ExportError::NotAFile(_))));

    // A folder nobody can create files in, even root: /proc.
    let unwritable = Path::new("/proc/gymlog-backup.parquet");
    let err = export_backup(&store, unwritable).unwrap_err();
    assert!(matches!(err, ExportError::Write { .. }), "{err}");
    assert!(!unwritable.exists());

    // The destination's parent is a file, not a folder.
    let file = dir.path().join("plain-file");
    std::fs::write(&file, b"x").unwrap();
    assert!(export_backup(&store, &file.join("b.parquet")).is_err());
    std::fs::remove_file(&file).unwrap();

    assert_eq!(files_in(dir.path()), before);
}

#[test]
fn an_existing_backup_is_replaced_whole() {
    let (dir, paths) = temp_paths();
    let (store, count) = store_with_history(&paths);
    let dest = dir.path().join("b.parquet");
    std::fs::write(&dest, b"old contents").unwrap();
    export_backup(&store, &dest).unwrap();
    let rows: i64 = reader()
        .query_row(&format!("SELECT count(*) FROM read_parquet({})", literal(&dest)), [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows as usize, count);
}

/// Runs the SQL block of docs/backup-format.md on a real backup: every statement must run and
/// the three example queries must return rows.
#[test]
fn the_documented_queries_run_on_a_backup() {
    let (dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let spec = gymlog::demo::DemoSpec {
        years: 1,
        seed: 5,
        until: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        max_events: None,
    };
    store.append(&gymlog::demo::generate(&spec)).unwrap();
    let dest = dir.path().join("gymlog-backup-2026-11-26.parquet");
    export_backup(&store, &dest).unwrap();

    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/backup-format.md")).unwrap();
    let sql = doc.split("```sql").nth(1).unwrap().split("```").next().unwrap();
    let sql = sql.replace("'gymlog-backup-2026-11-26.parquet'", &literal(&dest));
    let db = reader();
    let statements: Vec<&str> = sql
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty() && !s.lines().all(|l| l.trim_start().starts_with("--")))
        .collect();
    assert_eq!(statements.len(), 4, "the macro and three queries");
    db.execute_batch(&format!("{};", statements[0])).unwrap();
    for query in &statements[1..] {
        let mut stmt = db.prepare(query).unwrap();
        let rows = stmt.query_map([], |_| Ok(())).unwrap().count();
        assert!(rows > 0, "no rows from:\n{query}");
    }
    let best_squat: f64 = db
        .query_row(&format!("SELECT best_e1rm_kg FROM ({}) WHERE exercise = 'Squat'", statements[1]), [], |r| r.get(0))
        .unwrap();
    assert!(best_squat > 50.0, "{best_squat}");
}

fn demo_store(paths: &gymlog::paths::Paths) -> Store {
    let store = Store::open(&paths.store_file()).unwrap();
    let spec = gymlog::demo::DemoSpec {
        years: 1,
        seed: 5,
        until: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        max_events: None,
    };
    store.append(&gymlog::demo::generate(&spec)).unwrap();
    store
}

/// The checksum in the file's metadata is the one recomputed from its decoded rows, and the
/// one of the events in the store.
#[test]
fn the_content_checksum_is_recomputed_from_every_value() {
    let (dir, paths) = temp_paths();
    let store = demo_store(&paths);
    let dest = dir.path().join("b.parquet");
    let report = export_backup(&store, &dest).unwrap();
    let file = ParquetFile::open(&dest).unwrap();
    let summary = file.summary().unwrap();
    assert_eq!(summary.metadata("gymlog_content_checksum"), Some(report.checksum.as_str()));
    assert_eq!(summary.metadata("gymlog_content_checksum_algorithm"), Some("xxh3_64-row-sum/v1"));
    let from_file = file.digest().unwrap();
    let rows: Vec<_> = store.events().unwrap().iter().map(gymlog::domain::event_row::EventRow::from_event).collect();
    assert_eq!(from_file, ContentDigest::of_rows(&rows), "file and store agree");
    assert_eq!(from_file.checksum_hex(), report.checksum);
}

/// Bytes flipped inside a data page: Parquet readers may read such a file without an error,
/// so only the content checksum stands between it and a "verified" backup.
#[test]
fn a_damaged_file_is_refused_and_leaves_nothing_behind() {
    let (dir, paths) = temp_paths();
    let store = demo_store(&paths);
    let dest = dir.path().join("b.parquet");
    let snapshot = store.snapshot().unwrap();
    let err = export_with(&snapshot, &dest, |temp| {
        let mut bytes = std::fs::read(temp).unwrap();
        let middle = bytes.len() / 2;
        for b in &mut bytes[middle..middle + 64] {
            *b ^= 0x5A;
        }
        std::fs::write(temp, bytes).unwrap();
    })
    .unwrap_err();
    assert!(matches!(err, ExportError::Verify { .. }), "{err}");
    assert!(!dest.exists(), "the destination never appears");
    assert_eq!(files_in(dir.path()), vec!["config", "data"], "the temp file is gone");
}

/// A structurally perfect Parquet file with the right metadata but one value changed (what a
/// silently damaged page reads back as): the checksum catches it.
#[test]
fn a_valid_file_with_a_wrong_value_is_refused() {
    let (dir, paths) = temp_paths();
    let store = demo_store(&paths);
    let dest = dir.path().join("b.parquet");
    let snapshot = store.snapshot().unwrap();
    let err = export_with(&snapshot, &dest, |temp| {
        let db = reader();
        let src = literal(temp);
        let kv: Vec<(String, String)> = db
            .prepare(&format!("SELECT decode(key), decode(value) FROM parquet_kv_metadata({src})"))
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let kv = kv.iter().map(|(k, v)| format!("'{k}': '{v}'")).collect::<Vec<_>>().join(", ");
        let copy = temp.with_extension("rewritten");
        db.execute_batch(&format!(
            "COPY (SELECT * REPLACE (CASE WHEN reps = 5 THEN 6 ELSE reps END AS reps) FROM read_parquet({src})) \
             TO {} (FORMAT parquet, COMPRESSION zstd, KV_METADATA {{{kv}}})",
            literal(&copy)
        ))
        .unwrap();
        std::fs::rename(&copy, temp).unwrap();
    })
    .unwrap_err();
    let message = err.to_string();
    assert!(message.contains("differs from the database's"), "{message}");
    assert!(!dest.exists());
    assert_eq!(files_in(dir.path()), vec!["config", "data"]);
}

/// A folder on a tiny file system: DuckDB's COPY fails part-way, after it created the temp
/// file. Needs root to mount a tmpfs; elsewhere the test says it was skipped.
#[test]
fn a_copy_that_fails_part_way_leaves_nothing_behind() {
    let (dir, paths) = temp_paths();
    let store = demo_store(&paths);
    let Some(tiny) = TinyDisk::mount(&dir.path().join("tiny"), "64k") else {
        eprintln!("SKIPPED a_copy_that_fails_part_way_leaves_nothing_behind: cannot mount a tmpfs here (needs root)");
        return;
    };
    let dest = tiny.path.join("b.parquet");
    let err = export_backup(&store, &dest).unwrap_err();
    assert!(matches!(err, ExportError::Write { .. }), "{err}");
    assert!(err.to_string().to_lowercase().contains("space"), "{err}");
    assert_eq!(files_in(&tiny.path), Vec::<String>::new(), "no backup, no temp file");
}

/// A small tmpfs, unmounted on drop.
struct TinyDisk {
    path: std::path::PathBuf,
}

impl TinyDisk {
    fn mount(path: &Path, size: &str) -> Option<TinyDisk> {
        std::fs::create_dir_all(path).ok()?;
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(path)
            .stderr(std::process::Stdio::null())
            .status()
            .ok()?;
        status.success().then(|| TinyDisk { path: path.to_path_buf() })
    }
}

impl Drop for TinyDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.path).status();
    }
}

/// The docs' `sets_of` macro and e1RM query apply the same rules as the projection: removed
/// sets and exercises, updates, deletions, and no estimate beyond 12 reps.
#[test]
fn the_documented_queries_agree_with_the_projection() {
    use gymlog::domain::event::{Event, EventKind, SetFacts};
    use gymlog::domain::units::Weight;
    use uuid::Uuid;

    let (dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let w = Uuid::from_u128(1);
    let set = |exercise: &str, index: u32, kg: f64, reps: u32| SetFacts {
        exercise: exercise.into(),
        set_index: index,
        weight: Some(Weight::kg(kg)),
        reps: Some(reps),
        ..SetFacts::default()
    };
    let logged = |n: u128, s: SetFacts| EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(n), set: s };
    let kinds = vec![
        EventKind::workout_started(w, None),
        logged(10, set("Squat", 0, 100.0, 5)),
        logged(11, set("Squat", 1, 110.0, 3)),
        logged(12, set("Squat", 2, 60.0, 30)),
        logged(13, set("Squat", 3, 200.0, 1)),
        EventKind::SetRemoved { workout_id: w, set_id: Uuid::from_u128(13) },
        EventKind::SetUpdated { workout_id: w, set_id: Uuid::from_u128(11), set: set("Squat", 1, 112.5, 3) },
        logged(20, set("Bench Press", 0, 150.0, 5)),
        EventKind::ExerciseRemoved { workout_id: w, exercise: "Bench Press".into() },
        logged(21, set("Bench Press", 1, 80.0, 5)),
        EventKind::WorkoutCompleted { workout_id: w },
    ];
    let mut events: Vec<Event> = kinds
        .into_iter()
        .enumerate()
        .map(|(i, k)| Event::new(Uuid::from_u128(1000 + i as u128), common::at(i as i64), k))
        .collect();
    events.extend(workout(7, 60 * 24, "Squat", 500.0, 3));
    let deleted = events.last().unwrap().kind.workout_id().unwrap();
    events.push(Event::new(
        Uuid::from_u128(9999),
        common::at(60 * 48),
        EventKind::WorkoutDeleted { workout_id: deleted },
    ));
    store.append(&events).unwrap();
    let dest = dir.path().join("gymlog-backup-2026-11-26.parquet");
    export_backup(&store, &dest).unwrap();

    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/backup-format.md")).unwrap();
    let sql = doc.split("```sql").nth(1).unwrap().split("```").next().unwrap();
    let sql = sql.replace("'gymlog-backup-2026-11-26.parquet'", &literal(&dest));
    let statements: Vec<&str> = sql.split(';').map(str::trim).filter(|s| !s.is_empty()).collect();
    let db = reader();
    db.execute_batch(&format!("{};", statements[0])).unwrap();
    let query = |sql: &str| -> Vec<(String, f64)> {
        db.prepare(sql).unwrap().query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    let file = literal(&dest);
    let sql_sets = query(&format!(
        "SELECT exercise || ' ' || set_index, weight_kg * reps FROM sets_of({file}) ORDER BY exercise, set_index"
    ));
    let history = store.history().unwrap();
    let mut projected: Vec<(String, f64)> = history
        .completed()
        .flat_map(|w| w.sets.iter())
        .map(|s| (format!("{} {}", s.facts.exercise, s.facts.set_index), s.volume_kg(None)))
        .collect();
    projected.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(sql_sets, projected);
    assert_eq!(sql_sets.len(), 4, "squat 0, 1 (updated), 2 (30 reps); bench 1 (after the removal)");

    let e1rm_sql = statements.iter().find(|s| s.contains("best_e1rm_kg")).unwrap();
    let e1rm_sql = e1rm_sql.lines().filter(|l| !l.trim_start().starts_with("--")).collect::<Vec<_>>().join("\n");
    let best = query(&e1rm_sql);
    let expected = |exercise: &str| (history.best_e1rm(exercise, None).unwrap() * 10.0).round() / 10.0;
    assert_eq!(best, [("Squat".to_string(), expected("Squat")), ("Bench Press".to_string(), expected("Bench Press"))]);
    assert_eq!(best[0].1, 123.8, "112.5 × 3 → 123.75; the 30-rep set is no record");
}

/// The running checksum the appends record is a shortcut, not the truth: when it is wrong, the
/// export finds out from the file, recomputes it from every event, and still writes a sound
/// backup; a reopened store repairs a record that counts the wrong number of events.
#[test]
fn a_wrong_recorded_checksum_cannot_spoil_a_backup() {
    let (dir, paths) = temp_paths();
    let (store, count) = store_with_history(&paths);
    store.close().unwrap();
    let raw = duckdb::Connection::open(paths.store_file()).unwrap();
    raw.execute_batch("UPDATE event_digest SET checksum = checksum + 1").unwrap();
    drop(raw);
    let store = Store::open(&paths.store_file()).unwrap();
    let dest = dir.path().join("b.parquet");
    let report = export_backup(&store, &dest).unwrap();
    assert_eq!(report.events, count as u64);
    let rows: Vec<_> = store.events().unwrap().iter().map(gymlog::domain::event_row::EventRow::from_event).collect();
    assert_eq!(report.checksum, ContentDigest::of_rows(&rows).checksum_hex(), "the true checksum");
    assert!(gymlog::backup::verify::verify_file(&dest).ok);
    store.close().unwrap();

    let raw = duckdb::Connection::open(paths.store_file()).unwrap();
    raw.execute_batch("DELETE FROM event_digest").unwrap();
    drop(raw);
    let store = Store::open(&paths.store_file()).unwrap();
    let snapshot = store.snapshot().unwrap();
    assert_eq!(snapshot.digest().unwrap(), ContentDigest::of_rows(&rows), "rebuilt when the store was opened");
}

/// A log in time order is copied as stored (no sort); one that is not is sorted; and a record
/// that wrongly says "in order" costs a second COPY, never a backup out of order.
#[test]
fn the_backup_is_in_time_order_whatever_the_store_says_of_its_order() {
    let (dir, paths) = temp_paths();
    let in_file_order = |dest: &Path| -> bool {
        reader()
            .query_row(
                &format!(
                    "SELECT bool_and(before IS NULL OR _created_at >= before) FROM
                     (SELECT _created_at, lag(_created_at) OVER (ORDER BY file_row_number) AS before
                      FROM read_parquet({}, file_row_number = true))",
                    literal(dest)
                ),
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let store = demo_store(&paths);
    assert!(store.snapshot().unwrap().in_time_order().unwrap(), "the demo log is written in time order");
    let dest = dir.path().join("in-order.parquet");
    export_backup(&store, &dest).unwrap();
    assert!(in_file_order(&dest));
    drop(store);

    let (dir, paths) = temp_paths();
    let (store, _) = store_with_history(&paths);
    assert!(!store.snapshot().unwrap().in_time_order().unwrap(), "appended out of time order");
    store.close().unwrap();
    let raw = duckdb::Connection::open(paths.store_file()).unwrap();
    raw.execute_batch(
        "UPDATE event_digest SET ordered = true, first_at = TIMESTAMP '2000-01-01', last_at = TIMESTAMP '2000-01-01'",
    )
    .unwrap();
    drop(raw);
    let store = Store::open(&paths.store_file()).unwrap();
    assert!(store.snapshot().unwrap().in_time_order().unwrap(), "the record now says it is in order");
    let dest = dir.path().join("b.parquet");
    export_backup(&store, &dest).unwrap();
    assert!(in_file_order(&dest), "sorted after all");
    assert!(gymlog::backup::verify::verify_file(&dest).ok);
}

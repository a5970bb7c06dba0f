//! Export backup, checked from outside GymLog: the Parquet file is read back with a separate
//! DuckDB connection (rows, order, codec, metadata); failures leave no file; hostile names
//! work and cannot inject SQL; the queries in docs/backup-format.md run on a real backup.

mod common;

use std::path::Path;

use common::{temp_paths, workout};
use gymlog::backup::export::{ExportError, export_backup};
use gymlog::store::Store;

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
    store.append(late).unwrap();
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

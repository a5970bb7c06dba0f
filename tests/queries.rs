//! The views (`store/views.rs`) against the projection on hand-built histories, the read-only
//! console's refusals, and `gymlog query`'s formats.

mod common;

use std::process::Command;

use gymlog::domain::event::{Event, EventKind, SetFacts, SetType};
use gymlog::domain::exercise::ExerciseKind;
use gymlog::domain::projection::History;
use gymlog::domain::units::{Weight, WeightUnit};
use gymlog::store::Store;
use gymlog::store::query::{Cell, QueryDb, QueryError};
use uuid::Uuid;

use common::{at, temp_paths};

fn facts(exercise: &str, index: u32, weight: Option<Weight>, reps: Option<u32>, kind: ExerciseKind) -> SetFacts {
    SetFacts { exercise: exercise.into(), set_index: index, weight, reps, kind, ..SetFacts::default() }
}

/// Edits, removals, pounds, cardio, bodyweight, a rename, and workouts discarded, deleted, open.
fn history() -> Vec<Event> {
    let (a, b, c, d) = (Uuid::from_u128(0xa), Uuid::from_u128(0xb), Uuid::from_u128(0xc), Uuid::from_u128(0xd));
    let set = |n: u128| Uuid::from_u128(0x100 + n);
    let logged = |w: Uuid, n: u128, f: SetFacts| EventKind::SetLogged { workout_id: w, set_id: set(n), set: f };
    let kg = |v: f64| Some(Weight::kg(v));
    let kinds = vec![
        EventKind::BodyweightLogged { weight: Weight::kg(80.0) },
        EventKind::workout_started(a, Some("Monday")),
        logged(a, 1, facts("Squat", 0, kg(100.0), Some(5), ExerciseKind::WeightReps)),
        logged(a, 2, facts("Squat", 1, kg(110.0), Some(3), ExerciseKind::WeightReps)),
        logged(a, 3, facts("Squat", 2, kg(200.0), Some(1), ExerciseKind::WeightReps)),
        EventKind::SetRemoved { workout_id: a, set_id: set(3) },
        EventKind::SetUpdated {
            workout_id: a,
            set_id: set(2),
            set: facts("Squat", 1, kg(112.5), Some(3), ExerciseKind::WeightReps),
        },
        logged(
            a,
            4,
            facts("Bench Press", 0, Some(Weight::entered(225.0, WeightUnit::Lb)), Some(5), ExerciseKind::WeightReps),
        ),
        logged(a, 5, facts("Curl", 0, kg(20.0), Some(10), ExerciseKind::WeightReps)),
        EventKind::ExerciseRemoved { workout_id: a, exercise: "Curl".into() },
        logged(a, 6, facts("Pull-Up", 0, kg(10.0), Some(8), ExerciseKind::BodyweightReps)),
        logged(a, 7, SetFacts { duration_s: Some(90.0), ..facts("Plank", 0, None, None, ExerciseKind::Duration) }),
        logged(
            a,
            8,
            SetFacts {
                distance_m: Some(5000.0),
                duration_s: Some(1500.0),
                ..facts("Running", 0, None, None, ExerciseKind::DistanceDuration)
            },
        ),
        logged(
            a,
            9,
            SetFacts { set_type: SetType::WarmUp, ..facts("Squat", 3, kg(60.0), Some(5), ExerciseKind::WeightReps) },
        ),
        EventKind::WorkoutCompleted { workout_id: a },
        EventKind::WorkoutEdited {
            workout_id: a,
            name: Some("Leg day".into()),
            started_at: at(-30),
            ended_at: Some(at(100)),
        },
        EventKind::workout_started(b, Some("Discarded")),
        logged(b, 10, facts("Squat", 0, kg(300.0), Some(1), ExerciseKind::WeightReps)),
        EventKind::WorkoutDiscarded { workout_id: b },
        EventKind::workout_started(c, Some("Deleted")),
        logged(c, 11, facts("Squat", 0, kg(250.0), Some(1), ExerciseKind::WeightReps)),
        EventKind::WorkoutCompleted { workout_id: c },
        EventKind::WorkoutDeleted { workout_id: c },
        EventKind::ExerciseRenamed { from: "Squat".into(), to: "Back Squat".into() },
        EventKind::BodyweightLogged { weight: Weight::kg(82.0) },
        EventKind::workout_started(d, Some("Open")),
        logged(d, 12, facts("Back Squat", 0, kg(120.0), Some(5), ExerciseKind::WeightReps)),
    ];
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, k)| Event::new(Uuid::from_u128(0x1000 + i as u128), at(i as i64), k))
        .collect()
}

fn rows(db: &QueryDb, sql: &str) -> Vec<Vec<Cell>> {
    db.run(sql).unwrap_or_else(|e| panic!("{sql}: {e}")).rows
}

fn num(cell: &Cell) -> f64 {
    cell.number().unwrap_or_else(|| panic!("{cell:?} is a number"))
}

#[test]
fn the_views_show_what_the_app_shows() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let events = history();
    store.append(&events).unwrap();
    let projected = History::from_events(&events);
    let db = store.query_db().unwrap();

    // sets: one row per current set of saved workouts, with the projection's volume.
    let mut expected: Vec<(String, i64, f64)> = projected
        .completed()
        .flat_map(|w| w.sets.iter().map(move |s| (w, s)))
        .map(|(w, s)| {
            (
                s.facts.exercise.to_string(),
                i64::from(s.facts.set_index),
                s.volume_kg(projected.bodyweight_at(w.started_at)),
            )
        })
        .collect();
    expected.sort_by(|x, y| x.partial_cmp(y).unwrap());
    let got: Vec<(String, i64, f64)> =
        rows(&db, "SELECT exercise, set_index, volume_kg FROM sets ORDER BY exercise, set_index, volume_kg")
            .iter()
            .map(|r| (r[0].text(), num(&r[1]) as i64, num(&r[2])))
            .collect();
    assert_eq!(got, expected);
    let names: Vec<String> = got.iter().map(|g| g.0.clone()).collect();
    assert_eq!(names, ["Back Squat", "Back Squat", "Back Squat", "Bench Press", "Plank", "Pull-Up", "Running"]);
    assert_eq!(got[1].2, 337.5, "the update: 112.5 × 3");
    assert_eq!(got[5].2, 720.0, "pull-ups: (80 kg bodyweight + 10) × 8");

    // Units as typed, weights in kilograms exactly; pace for the run; e1RM only where it counts.
    let bench = &rows(&db, "SELECT unit, weight_kg, e1rm_kg FROM sets WHERE exercise = 'Bench Press'")[0];
    assert_eq!((bench[0].text(), num(&bench[1])), ("lb".to_string(), 225.0 * 0.45359237));
    let run = &rows(&db, "SELECT pace_s_per_km, e1rm_kg, volume_kg FROM sets WHERE exercise = 'Running'")[0];
    assert_eq!((num(&run[0]), &run[1], num(&run[2])), (300.0, &Cell::Null, 0.0));
    let warm = &rows(&db, "SELECT e1rm_kg FROM sets WHERE set_type = 'warm_up'")[0];
    assert_eq!(warm[0], Cell::Null, "no estimate from a warm-up");

    // workouts: the saved one, as edited.
    let workouts = rows(&db, "SELECT name, started_at, duration_s FROM workouts");
    let edited = projected.completed().next().unwrap();
    assert_eq!(workouts.len(), 1, "discarded, deleted and open workouts never show");
    assert_eq!(workouts[0][0].text(), "Leg day");
    assert_eq!(workouts[0][1].text(), edited.started_at.format("%Y-%m-%d %H:%M:%S").to_string());
    assert_eq!(num(&workouts[0][2]), 130.0 * 60.0);
    // Ids read as a lifter reads them (the store's own Arrow reads take them as bytes).
    let ids = rows(&db, "SELECT workout_id FROM workouts");
    assert_eq!(ids[0][0].text(), Uuid::from_u128(0xa).hyphenated().to_string());

    // records: the projection's best e1RM (Epley), the heaviest working weight.
    let records = rows(&db, "SELECT best_e1rm_kg, heaviest_kg, sessions FROM records WHERE exercise = 'Back Squat'");
    let best = projected.best_e1rm("Back Squat", None).unwrap();
    assert!((num(&records[0][0]) - best).abs() < 1e-9, "{records:?} vs {best}");
    assert_eq!((num(&records[0][1]), num(&records[0][2])), (112.5, 1.0));

    // bodyweight and exercises.
    let weights: Vec<f64> =
        rows(&db, "SELECT weight_kg FROM bodyweight ORDER BY measured_at").iter().map(|r| num(&r[0])).collect();
    let projected_weights: Vec<f64> = projected.bodyweight().iter().map(|e| e.weight.kg).collect();
    assert_eq!(weights, projected_weights);
    let squat = &rows(&db, "SELECT sets, muscle_group FROM exercises WHERE name = 'Back Squat'")[0];
    assert_eq!(num(&squat[0]), 3.0);
}

#[test]
fn only_reading_is_allowed_and_nothing_changes() {
    let (dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    store.append(&history()).unwrap();
    let before = store.snapshot().unwrap().digest().unwrap();
    let db = store.query_db().unwrap();
    let outside = dir.path().join("stolen.csv");
    let outside = outside.display();
    let refused = [
        ("DELETE FROM events", "DELETE changes data"),
        ("UPDATE sets SET reps = 100", "UPDATE changes data"),
        ("INSERT INTO events SELECT * FROM events", "INSERT changes data"),
        ("DROP TABLE events", "DROP changes the database"),
        ("CREATE TABLE x AS SELECT 1", "CREATE changes the database"),
        (&format!("COPY events TO '{outside}'"), "COPY reads or writes files"),
        (&format!("COPY (SELECT * FROM sets) TO '{outside}' (FORMAT csv)"), "COPY reads or writes files"),
        (&format!("ATTACH '{outside}.db' AS other"), "ATTACH opens other databases"),
        ("INSTALL httpfs", "INSTALL loads extensions"),
        ("LOAD httpfs", "LOAD loads extensions"),
        ("SET enable_external_access = true", "SET changes settings"),
        ("PRAGMA enable_profiling", "PRAGMA changes settings"),
        (&format!("EXPORT DATABASE '{outside}.dir'"), "EXPORT reads or writes files"),
        ("SELECT 1; DROP TABLE events", "DROP changes the database"),
        ("select * from sets;\n-- harmless?\n delete from events", "DELETE changes data"),
        ("SELECT 1; SELECT 2", "one query at a time"),
        ("", "write a query first"),
    ];
    for (sql, words) in refused {
        match db.run(sql) {
            Err(QueryError::Refused(message)) => assert!(message.contains(words), "{sql}: {message}"),
            other => panic!("{sql} was not refused: {other:?}"),
        }
    }
    // Queries that read files fail: the console's database has no file access.
    for sql in [
        "SELECT * FROM read_csv('/etc/passwd')".to_string(),
        format!("SELECT * FROM read_parquet('{}')", paths.store_file().display()),
        "SELECT * FROM glob('/*')".to_string(),
    ] {
        match db.run(&sql) {
            Err(QueryError::Failed(message)) => assert!(message.contains("disabled"), "{sql}: {message}"),
            other => panic!("{sql} read a file: {other:?}"),
        }
    }
    assert!(!std::path::Path::new(&outside.to_string()).exists());
    assert_eq!(rows(&db, "SELECT count(*) FROM events")[0][0], Cell::Int(history().len() as i64));
    assert_eq!(store.snapshot().unwrap().digest().unwrap(), before, "the store is unchanged");
    // An error says where.
    match db.run("SELECT exercise FORM sets") {
        Err(QueryError::Failed(message)) => assert!(message.contains("LINE 1") && message.contains('^'), "{message}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn gymlog_query_prints_tables_csv_and_json() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    store.append(&history()).unwrap();
    store.close().unwrap();
    let query = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_gymlog"))
            .arg("--data-dir")
            .arg(&paths.data_dir)
            .arg("--config-dir")
            .arg(&paths.config_dir)
            .arg("query")
            .args(args)
            .output()
            .unwrap()
    };
    let sql = "SELECT exercise, sum(volume_kg) AS volume FROM sets GROUP BY exercise ORDER BY exercise";
    let table = String::from_utf8(query(&[sql]).stdout).unwrap();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "exercise     volume");
    assert_eq!(lines[2], "Back Squat   1137.5");
    assert!(lines.last().unwrap().starts_with("(5 rows, "), "{table}");
    let csv = String::from_utf8(query(&[sql, "--format", "csv"]).stdout).unwrap();
    assert!(csv.starts_with("exercise,volume\nBack Squat,1137.5\nBench Press,"), "{csv}");
    let json: serde_json::Value = serde_json::from_slice(&query(&[sql, "--format", "json"]).stdout).unwrap();
    assert_eq!(json[0]["exercise"], "Back Squat");
    assert_eq!(json[0]["volume"], 1137.5);
    let failed = query(&["SELECT nope FROM sets"]);
    assert!(!failed.status.success());
    let message = String::from_utf8_lossy(&failed.stderr);
    assert!(message.contains("nope") && message.contains("LINE 1"), "{message}");
    let refused = query(&["DELETE FROM events"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("DELETE changes data"));
}

#[test]
fn every_ready_made_query_answers_on_a_demo_history() {
    let (_dir, paths) = temp_paths();
    let store = common::demo_store(&paths, 2, 1);
    let db = store.query_db().unwrap();
    for (name, sql) in gymlog::store::views::READY_QUERIES {
        let result = db.run(sql).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!result.rows.is_empty(), "{name} found nothing");
        assert!(result.columns.len() >= 2, "{name}: two columns to chart");
    }
    let streaks = db.run(gymlog::store::views::READY_QUERIES[5].1).unwrap();
    assert!(num(&streaks.rows[0][2]) >= 10.0, "the demo lifter trains every week: {:?}", streaks.rows[0]);
}

#[test]
fn saved_queries_are_events_in_the_store() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let query_id = Uuid::from_u128(77);
    let saved = EventKind::QuerySaved { query_id, name: "Squats".into(), sql: "SELECT 1".into() };
    store.append(&[Event::new(Uuid::from_u128(1), at(0), saved.clone())]).unwrap();
    store.append(&[Event::new(Uuid::from_u128(2), at(0), EventKind::QueryDeleted { query_id })]).unwrap();
    let kinds: Vec<EventKind> = store.events().unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [saved, EventKind::QueryDeleted { query_id }]);
}

/// Three athletes' stores exported into one team dataset: DuckDB reads it as one table with
/// Hive partitions, equal to the stores; exporting one athlete again replaces only that one.
#[test]
fn a_team_dataset_reads_as_one_table_and_reexports_replace_one_athlete() {
    let root = tempfile::tempdir().unwrap();
    let team = root.path().join("team");
    let gymlog = |paths: &gymlog::paths::Paths, args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_gymlog"))
            .arg("--data-dir")
            .arg(&paths.data_dir)
            .arg("--config-dir")
            .arg(&paths.config_dir)
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    };
    let athletes = ["Anna Lee", "Zoë Ünal", "O'Brien"];
    let mut counts = Vec::new();
    for (i, name) in athletes.iter().enumerate() {
        let paths = gymlog::paths::Paths::under(&root.path().join(format!("a{i}")));
        gymlog(&paths, &["demo", "--years", "1", "--seed", &(i + 1).to_string()]);
        gymlog(&paths, &["export", "--dataset", team.to_str().unwrap(), "--athlete", name]);
        let store = Store::open(&paths.store_file()).unwrap();
        counts.push((
            gymlog::backup::dataset::folder_name(name),
            name.to_string(),
            store.event_count().unwrap() as i64,
        ));
    }
    let db = duckdb::Connection::open_in_memory().unwrap();
    let glob = format!("'{}/athlete=*/year=*/*.parquet'", team.display());
    let read = |db: &duckdb::Connection| -> Vec<(String, String, i64)> {
        let sql = format!(
            "SELECT athlete, any_value(athlete_name), count(*) FROM read_parquet({glob}, hive_partitioning = true) GROUP BY athlete ORDER BY athlete"
        );
        db.prepare(&sql)
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let mut expected = counts.clone();
    expected.sort();
    assert_eq!(read(&db), expected);
    // Same columns as a backup, plus the athlete's name; years from the folders.
    let columns: Vec<String> = db
        .prepare(&format!("DESCRIBE SELECT * FROM read_parquet({glob}, hive_partitioning = true)"))
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut backup_columns: Vec<String> = gymlog::store::columns::names().map(String::from).collect();
    backup_columns.extend(["athlete_name", "athlete", "year"].map(String::from));
    assert_eq!(columns, backup_columns);

    // Anna trains again and exports again: only her folder changes.
    let other = team.join("athlete=O_Brien");
    let snapshot_of = |dir: &std::path::Path| -> Vec<(std::path::PathBuf, Vec<u8>)> {
        let mut files: Vec<_> = walk(dir).into_iter().map(|p| (p.clone(), std::fs::read(&p).unwrap())).collect();
        files.sort();
        files
    };
    let before = snapshot_of(&other);
    let anna = gymlog::paths::Paths::under(&root.path().join("a0"));
    let store = Store::open(&anna.store_file()).unwrap();
    store.append(&common::workout(900, 0, "Squat", 100.0, 3)).unwrap();
    let anna_events = store.event_count().unwrap() as i64;
    store.close().unwrap();
    gymlog(&anna, &["export", "--dataset", team.to_str().unwrap(), "--athlete", "Anna Lee"]);
    let now = read(&db);
    assert_eq!(now[0], ("Anna_Lee".to_string(), "Anna Lee".to_string(), anna_events));
    assert_eq!(snapshot_of(&other), before, "another athlete's files are untouched");
    assert!(walk(&team.join(".gymlog-staging")).is_empty(), "nothing left in staging");

    // The coach asks the folder from the command line.
    let output = Command::new(env!("CARGO_BIN_EXE_gymlog"))
        .args(["query", "--format", "csv", "--team", team.to_str().unwrap()])
        .arg("SELECT athlete, count(*) AS events FROM team_events GROUP BY athlete ORDER BY athlete")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let mut by_name: Vec<(String, i64)> = counts.iter().map(|(_, name, n)| (name.clone(), *n)).collect();
    by_name[0].1 = anna_events;
    by_name.sort();
    let expected: String = by_name.iter().map(|(name, n)| format!("{name},{n}\n")).collect::<String>();
    assert_eq!(String::from_utf8_lossy(&output.stdout), format!("athlete,events\n{expected}"));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() { files.extend(walk(&path)) } else { files.push(path) }
    }
    files
}

/// The coach's view: two athletes' datasets opened as `team_*` tables hold exactly each
/// athlete's own views (by the same SQL), and every team question answers.
#[test]
fn a_team_folder_opens_as_team_tables_equal_to_each_athletes_own_views() {
    let root = tempfile::tempdir().unwrap();
    let team = root.path().join("team");
    let until = chrono::Local::now().date_naive() - chrono::Days::new(20);
    let mut own = Vec::new();
    for (i, name) in ["Anna Lee", "Zoë O'Brien"].iter().enumerate() {
        let paths = gymlog::paths::Paths::under(&root.path().join(format!("a{i}")));
        let store = Store::open(&paths.store_file()).unwrap();
        let spec = gymlog::demo::DemoSpec { years: 1, seed: 10 + i as u64, until, max_events: None };
        store.append(&gymlog::demo::generate(&spec)).unwrap();
        gymlog::backup::dataset::export_dataset(&store, &team, name).unwrap();
        let db = store.query_db().unwrap();
        let facts = rows(
            &db,
            "SELECT (SELECT count(*) FROM sets), (SELECT round(sum(volume_kg), 3) FROM sets), (SELECT count(*) FROM workouts), (SELECT count(*) FROM records)",
        );
        own.push((name.to_string(), store.event_count().unwrap(), facts[0].clone()));
    }
    let (db, summary) = gymlog::store::team::open(&team).unwrap();
    let expected: Vec<(String, u64)> = own.iter().map(|(n, e, _)| (n.clone(), *e)).collect();
    assert_eq!(summary.athletes, expected);
    for (name, _, facts) in &own {
        let literal = gymlog::store::sql_string_literal(name);
        let team_facts = rows(
            &db,
            &format!(
                "SELECT (SELECT count(*) FROM team_sets WHERE athlete = {literal}), (SELECT round(sum(volume_kg), 3) FROM team_sets WHERE athlete = {literal}), (SELECT count(*) FROM team_workouts WHERE athlete = {literal}), (SELECT count(*) FROM team_records WHERE athlete = {literal})"
            ),
        );
        assert_eq!(&team_facts[0], facts, "{name}");
        assert!(num(&facts[0]) > 100.0, "a year of training: {facts:?}");
    }
    for (name, sql) in gymlog::store::team::TEAM_READY_QUERIES {
        let result = db.run(sql).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!result.rows.is_empty(), "{name} found nothing");
    }
    let idle = db.run(gymlog::store::team::TEAM_READY_QUERIES[2].1).unwrap();
    assert_eq!(idle.rows.len(), 2, "nobody trained in the last 20 days");
    // Read-only like the lifter's console, and no file reachable.
    assert!(matches!(db.run("DROP TABLE team_sets"), Err(QueryError::Refused(_))));
    let outside = format!("SELECT count(*) FROM read_parquet('{}/**/*.parquet')", team.display());
    assert!(matches!(db.run(&outside), Err(QueryError::Failed(_))), "file access is off once open");
    // Not a team folder: said plainly.
    let error = gymlog::store::team::open(root.path()).err().unwrap().to_string();
    assert!(error.contains("not a team dataset"), "{error}");
}

#[test]
fn the_exercises_view_follows_the_lifters_own_exercises_and_their_notes() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let w = Uuid::from_u128(0xe1);
    let own =
        |name: &str| gymlog::domain::exercise::ExerciseDef::new(name, "Legs", "Machine", ExerciseKind::WeightReps);
    let kinds = vec![
        EventKind::ExerciseCreated { exercise: own("Belt Sqaut") },
        EventKind::ExerciseNoteSet { exercise: "Belt Sqaut".into(), note: Some("Hole 3".into()) },
        EventKind::workout_started(w, None),
        EventKind::SetLogged {
            workout_id: w,
            set_id: Uuid::from_u128(0xe2),
            set: facts("Belt Sqaut", 0, Some(Weight::kg(100.0)), Some(8), ExerciseKind::WeightReps),
        },
        EventKind::WorkoutCompleted { workout_id: w },
        EventKind::ExerciseRenamed { from: "Belt Sqaut".into(), to: "Belt Squat".into() },
        EventKind::ExerciseCreated { exercise: own("Typo Press") },
        EventKind::ExerciseDeleted { name: "Typo Press".into() },
        EventKind::ExerciseCreated { exercise: own("Pendulum Squat") },
        EventKind::ExerciseNoteSet { exercise: "Pendulum Squat".into(), note: Some("Pad 2".into()) },
        EventKind::ExerciseCreated { exercise: own("Sled Push") },
        EventKind::ExerciseNoteSet { exercise: "Sled Push".into(), note: Some("Two plates".into()) },
        EventKind::ExerciseNoteSet { exercise: "Sled Push".into(), note: None },
        EventKind::ExerciseNoteSet { exercise: "Squat".into(), note: Some("Low bar".into()) },
        EventKind::ExerciseCreated { exercise: own("Hack Squat Machine") },
        EventKind::ExerciseNoteSet { exercise: "Hack Squat Machine".into(), note: Some("Feet low".into()) },
        // Merged: of the two notes, the later one stays.
        EventKind::ExercisesMerged { from: "Hack Squat Machine".into(), into: "Pendulum Squat".into() },
    ];
    let events: Vec<Event> = kinds
        .into_iter()
        .enumerate()
        .map(|(i, k)| Event::new(Uuid::from_u128(0xf00 + i as u128), at(i as i64), k))
        .collect();
    store.append(&events).unwrap();
    let projected = History::from_events(&events);
    let db = store.query_db().unwrap();

    let own_rows: Vec<Vec<Cell>> =
        rows(&db, "SELECT name, muscle_group, sets, note FROM exercises WHERE custom ORDER BY name");
    let own_rows: Vec<(String, String, f64, Option<String>)> = own_rows
        .iter()
        .map(|r| (r[0].text(), r[1].text(), num(&r[2]), (r[3] != Cell::Null).then(|| r[3].text())))
        .collect();
    let mut projected_own: Vec<(String, Option<String>)> = projected
        .custom_exercises()
        .iter()
        .map(|e| (e.name.clone(), projected.exercise_note(&e.name).map(str::to_string)))
        .collect();
    projected_own.sort();
    assert_eq!(
        own_rows,
        [
            ("Belt Squat".into(), "Legs".into(), 1.0, Some("Hole 3".into())),
            ("Pendulum Squat".into(), "Legs".into(), 0.0, Some("Feet low".into())),
            ("Sled Push".into(), "Legs".into(), 0.0, None),
        ],
        "renamed under its new name only, deleted and merged gone, a removed note gone"
    );
    let sql_own: Vec<(String, Option<String>)> = own_rows.iter().map(|r| (r.0.clone(), r.3.clone())).collect();
    assert_eq!(sql_own, projected_own, "the view and the app agree");
    let squat = rows(&db, "SELECT note FROM exercises WHERE name = 'Squat'");
    assert_eq!(squat[0][0].text(), "Low bar");
    assert_eq!(projected.exercise_note("Squat"), Some("Low bar"));
}

#[test]
fn a_bare_null_and_types_the_console_cannot_show_do_not_bring_it_down() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let db = store.query_db().unwrap();
    // duckdb-rs panicked reading a column of type NULL.
    let got = rows(&db, "SELECT NULL AS nothing, 1 AS one, NULL::INTEGER AS typed");
    assert_eq!(got, [vec![Cell::Null, Cell::Int(1), Cell::Null]]);
    let odd = rows(&db, "SELECT {'a': NULL} AS s, union_value(k := 1) AS u");
    assert!(odd[0].iter().all(|c| c.text().contains("cannot be shown: CAST it to VARCHAR")), "{odd:?}");
}

#[test]
fn durations_times_and_lists_read_as_duckdb_prints_them() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let db = store.query_db().unwrap();
    // A workout's length is an interval: "longest workout" is a lifter's first question.
    let got = rows(
        &db,
        "SELECT TIMESTAMP '2026-03-01 10:45:30' - TIMESTAMP '2026-03-01 09:15:00' AS took, INTERVAL 14 MONTH + INTERVAL 3 DAY AS span, \
         TIME '06:05:00.25' AS at, [100.0, 102.5] AS kg, {'reps': 5, 'sets': 3} AS scheme, 2::UHUGEINT AS two, DATE '2026-03-01' AS day",
    );
    let texts: Vec<String> = got[0].iter().map(Cell::text).collect();
    assert_eq!(
        texts,
        [
            "01:30:30",
            "1 year 2 months 3 days",
            "06:05:00.25",
            "[100.0, 102.5]",
            "{'reps': 5, 'sets': 3}",
            "2",
            "2026-03-01"
        ]
    );
    assert_eq!(got[0][5], Cell::Int(2));
}

/// Cancel stops a query that would run for hours: the console's Cancel and a closed Insights
/// screen reach DuckDB through `Canceller` from another thread, and the answer says so.
#[test]
fn a_running_query_is_cancelled_from_another_thread() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    store.append(&common::workout(1, 0, "Squat", 100.0, 3)).unwrap();
    let db = store.query_db().unwrap();
    let canceller = db.canceller();
    // A hundred billion rows: hours of work, unless it is interrupted.
    let running = std::thread::spawn(move || db.run("SELECT sum(i) FROM range(100000000000) t(i)"));
    // An interrupt that lands before DuckDB starts the query is forgotten when it starts, so
    // cancel until the query is over; the deadline only keeps a broken Cancel from hanging CI.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !running.is_finished() && std::time::Instant::now() < deadline {
        canceller.cancel();
        std::thread::yield_now();
    }
    assert!(running.is_finished(), "the query was still running a minute after the first cancel");
    assert_eq!(running.join().unwrap().unwrap_err(), QueryError::Cancelled);
}

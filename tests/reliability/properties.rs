//! Fault 7, property tests (proptest): arbitrary bytes and near-valid rows into the import's
//! detection and readers, randomly damaged copies of every import fixture into a store (never
//! a panic, never a partial import), arbitrary JSON and bytes into the `backup.json` reader, arbitrary event
//! sequences into the projection and the records, arbitrary imports into a store (a refused
//! one changes nothing), and export → restore of generated histories (the identity).
//! CI runs proptest's default case count; `PROPTEST_CASES=100000 cargo test --test
//! reliability properties` is the long run (docs/reliability.md), and failures found are kept
//! in `proptest-regressions/` and replayed first.

use chrono::{DateTime, Duration, TimeZone, Utc};
use gymlog::backup::state::BackupStateFile;
use gymlog::domain::event::{Event, EventKind, SetFacts, SetType};
use gymlog::domain::exercise::ExerciseKind;
use gymlog::domain::one_rep_max::Formula;
use gymlog::domain::projection::{History, Measure};
use gymlog::domain::records::ExerciseRecords;
use gymlog::domain::units::{Weight, WeightUnit};
use gymlog::import::{ImportOptions, Source};
use gymlog::paths::Paths;
use gymlog::store::Store;
use proptest::prelude::*;
use uuid::Uuid;

/// The expensive properties (a DuckDB store and a Parquet file per case) run a sixteenth of
/// the cases of the cheap ones, at least 16.
fn expensive() -> ProptestConfig {
    let cases = ProptestConfig::default().cases;
    ProptestConfig { cases: (cases / 16).max(16), ..ProptestConfig::default() }
}

const STRONG_HEADER: &str =
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
const STRONG_SEMICOLON_HEADER: &str = "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration";
const HEVY_HEADER: &str = "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe";

/// A field that is usually what the column holds and sometimes something else.
fn field(typical: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(typical).prop_map(str::to_string),
        1 => "\\PC{0,12}",
        1 => "[-0-9.,eE+ ]{0,10}",
        1 => "[\"';,\\n\\r\\t ]{0,4}",
        1 => Just(String::new()),
    ]
}

fn quote(text: &str, delimiter: char) -> String {
    if text.contains([delimiter, '"', '\n', '\r']) || text.starts_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Rows of `columns` fields; sometimes a row is broken (a field short, a quote open).
fn rows(fields: Vec<BoxedStrategy<String>>, delimiter: char, header: &'static str) -> impl Strategy<Value = String> {
    let row = (fields, 0..20u8).prop_map(move |(values, damage)| {
        let mut cells: Vec<String> = values.iter().map(|v| quote(v, delimiter)).collect();
        match damage {
            0 => {
                cells.pop();
            }
            1 => cells[0].insert(0, '"'),
            2 => cells.push("extra".into()),
            _ => {}
        }
        cells.join(&delimiter.to_string())
    });
    (proptest::collection::vec(row, 0..12), any::<bool>(), any::<bool>()).prop_map(move |(rows, bom, crlf)| {
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = if bom { "\u{feff}".to_string() } else { String::new() };
        text.push_str(header);
        for row in rows {
            text.push_str(end);
            text.push_str(&row);
        }
        text
    })
}

const DATES: &[&str] = &["2024-01-03 18:05:00", "2024-01-03 6:05:00 PM", "2023-12-31 23:59:59", "1900-01-01 00:00:00"];
const NAMES: &[&str] = &["Push", "Legs, heavy", "Pull \"A\"", "🏋️"];
const EXERCISES: &[&str] =
    &["Bench Press (Barbell)", "Squat (Barbell)", "Running", "Plank", "Rest Timer", "Bench Press"];
const ORDERS: &[&str] = &["1", "2", "W", "D", "F", "0", "-1"];
const NUMBERS: &[&str] = &["100", "62.5", "0", "", "1e3", "-5", "10000"];
const DURATIONS: &[&str] = &["1h 5m", "58m", "1h", "45s", "", "soon"];
const RPES: &[&str] = &["", "8", "8.5", "10", "11", "5"];

fn strong_csv() -> impl Strategy<Value = String> {
    let f = |t: &'static [&'static str]| field(t).boxed();
    let fields = vec![
        f(DATES),
        f(NAMES),
        f(DURATIONS),
        f(EXERCISES),
        f(ORDERS),
        f(NUMBERS),
        f(NUMBERS),
        f(NUMBERS),
        f(NUMBERS),
        f(NAMES),
        f(NAMES),
        f(RPES),
    ];
    rows(fields, ',', STRONG_HEADER)
}

fn strong_semicolon_csv() -> impl Strategy<Value = String> {
    let f = |t: &'static [&'static str]| field(t).boxed();
    let units: &'static [&'static str] = &["kg", "lbs", "km", "mi", "m", ""];
    let fields = vec![
        f(DATES),
        f(NAMES),
        f(EXERCISES),
        f(ORDERS),
        f(NUMBERS),
        f(units),
        f(NUMBERS),
        f(RPES),
        f(NUMBERS),
        f(units),
        f(NUMBERS),
        f(NAMES),
        f(NAMES),
        f(DURATIONS),
    ];
    rows(fields, ';', STRONG_SEMICOLON_HEADER)
}

fn hevy_csv() -> impl Strategy<Value = String> {
    let f = |t: &'static [&'static str]| field(t).boxed();
    let times: &'static [&'static str] =
        &["22 Dec 2025, 08:00", "22 Dec 2025, 09:05", "2025-12-22 08:00", "31 Feb 2025, 08:00"];
    let kinds: &'static [&'static str] = &["normal", "warmup", "dropset", "failure", "other"];
    let fields = vec![
        f(NAMES),
        f(times),
        f(times),
        f(NAMES),
        f(EXERCISES),
        f(&["", "0", "1"]),
        f(NAMES),
        f(&["0", "1", "2", "-1"]),
        f(kinds),
        f(NUMBERS),
        f(NUMBERS),
        f(NUMBERS),
        f(NUMBERS),
        f(RPES),
    ];
    rows(fields, ',', HEVY_HEADER)
}

/// What every parse must satisfy: it returns (never panics), a refusal names a line within
/// the file, and an accepted file accounts for every data row.
fn parse_is_sound(source: Source, text: &[u8], unit: Option<WeightUnit>) -> Result<(), TestCaseError> {
    let from = if unit.is_some() { Some(source) } else { None };
    match gymlog::import::parse(text, from, ImportOptions { unit }) {
        Ok((_, parsed)) => {
            prop_assert_eq!(parsed.sets.len() as u64 + parsed.skipped.len() as u64, parsed.rows);
        }
        Err(e) => {
            let lines = text.split(|b| *b == b'\n').count() as u64 + 1;
            prop_assert!(e.line.is_none_or(|l| l <= lines), "line {:?} of a {lines}-line file", e.line);
            prop_assert!(!e.reason.is_empty());
            prop_assert!(e.to_string().len() < 2000, "a readable message: {} bytes", e.to_string().len());
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_break_the_parsers(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        parse_is_sound(Source::Strong, &bytes, Some(WeightUnit::Kg))?;
        parse_is_sound(Source::Strong, &bytes, None)?;
        parse_is_sound(Source::Hevy, &bytes, None)?;
    }

    #[test]
    fn near_valid_strong_files_are_read_or_refused_by_line(text in strong_csv(), lb in any::<bool>()) {
        let unit = if lb { WeightUnit::Lb } else { WeightUnit::Kg };
        parse_is_sound(Source::Strong, text.as_bytes(), Some(unit))?;
    }

    #[test]
    fn near_valid_semicolon_strong_files_are_read_or_refused_by_line(text in strong_semicolon_csv()) {
        parse_is_sound(Source::Strong, text.as_bytes(), None)?;
    }

    #[test]
    fn near_valid_hevy_files_are_read_or_refused_by_line(text in hevy_csv()) {
        parse_is_sound(Source::Hevy, text.as_bytes(), None)?;
    }
}

/// Imports `file` into `store` as the window and the command line do.
fn import(
    store: &Store,
    file: &std::path::Path,
    unit: Option<WeightUnit>,
) -> Result<gymlog::app::import_file::ImportOutcome, gymlog::app::import_file::ImportFailure> {
    let request = gymlog::app::import_file::ImportRequest { from: None, unit, dry_run: false };
    gymlog::app::import_file::import_file(store, file, request, at(0), &Default::default())
}

/// Every import fixture in tests/data and tests/data/import.
fn import_fixtures() -> Vec<std::path::PathBuf> {
    let data = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data"));
    let mut files: Vec<std::path::PathBuf> = [data.to_path_buf(), data.join("import")]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    files
}

/// Any JSON value, nested a little.
fn json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_filter("JSON numbers are finite", |f| f.is_finite()).prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        let keys = prop_oneof![
            Just("workouts_since_backup".to_string()),
            Just("last_backup_date".to_string()),
            Just("reminder_dismissed".to_string()),
            Just("threshold".to_string()),
            Just("auto_backup".to_string()),
            Just("folder".to_string()),
            "[a-z_]{1,10}",
        ];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map(keys, inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Loading `bytes` as backup.json returns a state (never panics); a refused file is kept
/// aside byte for byte and the reminder shows; an accepted one saves and loads the same.
fn state_file_is_sound(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let file = BackupStateFile::new(dir.path().join("backup.json"));
    std::fs::write(file.path(), bytes).unwrap();
    let loaded = file.load();
    match &loaded.problem {
        Some(_) => {
            prop_assert!(loaded.state.should_show_reminder());
            prop_assert_eq!(std::fs::read(dir.path().join("backup.json.corrupt")).unwrap(), bytes);
        }
        None => {
            file.save(&loaded.state).unwrap();
            prop_assert_eq!(file.load().state, loaded.state);
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_json_is_read_as_a_state_or_kept_aside(value in json()) {
        state_file_is_sound(value.to_string().as_bytes())?;
    }

    #[test]
    fn any_bytes_are_read_as_a_state_or_kept_aside(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        state_file_is_sound(&bytes)?;
    }
}

fn at(minutes: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 1, 1, 8, 0, 0).unwrap() + Duration::minutes(minutes.into())
}

/// Maybe a weight, sometimes absurd.
fn any_weight() -> impl Strategy<Value = Option<Weight>> {
    proptest::option::of(absurd_weight())
}

/// A weight, sometimes absurd (negative, huge, not a number).
fn absurd_weight() -> impl Strategy<Value = Weight> {
    let kg = prop_oneof![8 => 0.0..400.0f64, 1 => -1e12..1e12f64, 1 => Just(f64::NAN), 1 => Just(f64::INFINITY)];
    (kg, any::<bool>()).prop_map(|(kg, lb)| Weight::entered(kg, if lb { WeightUnit::Lb } else { WeightUnit::Kg }))
}

/// A weight as the app records it (0–400 kg, typed in kg or lb).
fn valid_weight() -> impl Strategy<Value = Weight> {
    (0.0..400.0f64, any::<bool>()).prop_map(|(kg, lb)| {
        let unit = if lb { WeightUnit::Lb } else { WeightUnit::Kg };
        Weight::entered(unit.from_kg(kg), unit)
    })
}

/// A weight: as the app records it, or (`valid` false) sometimes absurd.
fn some_weight(valid: bool) -> BoxedStrategy<Weight> {
    if valid { valid_weight().boxed() } else { absurd_weight().boxed() }
}

fn any_facts(valid: bool) -> impl Strategy<Value = SetFacts> {
    let weight = if valid { proptest::option::of(valid_weight()).boxed() } else { any_weight().boxed() };
    let exercise = proptest::sample::select(vec!["Squat", "Bench Press", "Plank", "Running", "Pull-up", "Ünïcode 🏋️"]);
    let kind = proptest::sample::select(ExerciseKind::ALL.to_vec());
    let set_type = proptest::sample::select(vec![SetType::Normal, SetType::WarmUp, SetType::Drop, SetType::Failure]);
    let amount = proptest::option::of(0.0..100_000.0f64);
    let note = proptest::option::of(prop_oneof!["\\PC{0,20}", "[\"';,\\n ]{1,6}"]);
    (
        exercise,
        0..30u32,
        set_type,
        weight,
        proptest::option::of(0..200u32),
        proptest::option::of(12..20u32),
        amount.clone(),
        amount,
        note,
        kind,
    )
        .prop_map(|(exercise, set_index, set_type, weight, reps, rpe, distance_m, duration_s, note, kind)| {
            SetFacts {
                exercise: exercise.into(),
                set_index,
                set_type,
                weight,
                reps,
                rpe: rpe.map(|r| f64::from(r) / 2.0),
                distance_m,
                duration_s,
                note: note.map(Box::from),
                kind,
            }
        })
}

/// Any sequence of workout events over a few ids, in any order: sets of unknown workouts,
/// workouts completed twice, sets removed before they were logged.
fn any_events(valid_facts: bool) -> impl Strategy<Value = Vec<Event>> {
    let workout = (0..4u128).prop_map(|n| Uuid::from_u128(0x1000 + n));
    let set = (0..12u128).prop_map(|n| Uuid::from_u128(0x2000 + n));
    let exercise = proptest::sample::select(vec!["Squat", "Bench Press", "Plank"]).prop_map(str::to_string);
    let kind = prop_oneof![
        1 => (workout.clone(), proptest::option::of("\\PC{0,10}")).prop_map(|(w, name)| EventKind::workout_started(w, name.as_deref())),
        1 => (workout.clone(), exercise.clone()).prop_map(|(workout_id, exercise)| EventKind::ExerciseAdded { workout_id, exercise }),
        1 => (workout.clone(), exercise).prop_map(|(workout_id, exercise)| EventKind::ExerciseRemoved { workout_id, exercise }),
        3 => (workout.clone(), set.clone(), any_facts(valid_facts)).prop_map(|(workout_id, set_id, set)| EventKind::SetLogged { workout_id, set_id, set }),
        1 => (workout.clone(), set.clone(), any_facts(valid_facts)).prop_map(|(workout_id, set_id, set)| EventKind::SetUpdated { workout_id, set_id, set }),
        1 => (workout.clone(), set).prop_map(|(workout_id, set_id)| EventKind::SetRemoved { workout_id, set_id }),
        1 => workout.clone().prop_map(|workout_id| EventKind::WorkoutCompleted { workout_id }),
        1 => workout.clone().prop_map(|workout_id| EventKind::WorkoutDiscarded { workout_id }),
        1 => workout.clone().prop_map(|workout_id| EventKind::WorkoutDeleted { workout_id }),
        1 => (workout, 0..600u32, proptest::option::of(0..600u32)).prop_map(|(workout_id, start, end)| EventKind::WorkoutEdited {
            workout_id,
            name: Some("Edited".into()),
            started_at: at(start),
            ended_at: end.map(at),
        }),
        1 => some_weight(valid_facts).prop_map(|weight| EventKind::BodyweightLogged { weight }),
    ];
    proptest::collection::vec((kind, 0..100_000u32), 0..60).prop_map(|kinds| {
        kinds
            .into_iter()
            .enumerate()
            .map(|(i, (kind, minute))| Event::new(Uuid::from_u128(0x9000_0000 + i as u128), at(minute), kind))
            .collect()
    })
}

proptest! {
    #[test]
    fn any_event_sequence_folds_without_panicking(events in any_events(false)) {
        let history = History::from_events(&events);
        for workout in history.completed() {
            let _ = history.volume_kg(workout);
        }
        for exercise in ["Squat", "Bench Press", "Plank"] {
            for formula in [Formula::Epley, Formula::Brzycki] {
                let records = ExerciseRecords::of(&history, exercise, ExerciseKind::WeightReps, formula, None);
                let _ = records;
            }
            for measure in [Measure::E1rm, Measure::Reps, Measure::Duration, Measure::Distance] {
                let _ = history.progress(exercise, measure);
            }
            let _ = history.best_e1rm(exercise, None);
        }
        // Folding event by event is folding them all at once.
        let mut stepwise = History::default();
        for event in &events {
            stepwise.apply(event);
        }
        prop_assert_eq!(stepwise.completed().count(), history.completed().count());
    }
}

proptest! {
    #![proptest_config(expensive())]

    #[test]
    fn a_refused_import_changes_nothing(text in strong_csv()) {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::under(dir.path());
        let store = Store::open(&paths.store_file()).unwrap();
        store.append(&crate::common::workout(1, 0, "Squat", 100.0, 3)).unwrap();
        let file = dir.path().join("strong.csv");
        std::fs::write(&file, &text).unwrap();
        let before = store.snapshot().unwrap().digest().unwrap();
        let options = ImportOptions { unit: Some(WeightUnit::Kg) };
        let result = import(&store, &file, options.unit);
        let after = store.snapshot().unwrap().digest().unwrap();
        match result {
            Err(_) => prop_assert_eq!(after, before, "a refused import wrote something"),
            Ok(outcome) => prop_assert_eq!(after.rows, before.rows + outcome.report.added),
        }
    }

    #[test]
    fn a_damaged_fixture_never_panics_and_never_writes_part_of_an_import(
        fixture in proptest::sample::select(import_fixtures()),
        damage in proptest::collection::vec((any::<proptest::sample::Index>(), 0u8..5, any::<u8>()), 1..6),
    ) {
        let mut bytes = std::fs::read(&fixture).unwrap();
        for (at, how, byte) in damage {
            let len = bytes.len();
            let i = at.index(len.max(1));
            match how {
                0 if len > 0 => bytes[i.min(len - 1)] = byte,
                1 => bytes.insert(i.min(len), byte),
                2 if len > 0 => {
                    bytes.remove(i.min(len - 1));
                }
                3 => bytes.truncate(i),
                _ => bytes.insert(i.min(len), [b',', b'"', b'\n', b';'][usize::from(byte % 4)]),
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("gymlog.duckdb")).unwrap();
        store.append(&crate::common::workout(1, 0, "Squat", 100.0, 3)).unwrap();
        let file = dir.path().join("damaged.csv");
        std::fs::write(&file, &bytes).unwrap();
        let before = store.snapshot().unwrap().digest().unwrap();
        let result = import(&store, &file, Some(WeightUnit::Kg));
        let after = store.snapshot().unwrap().digest().unwrap();
        match result {
            Err(_) => prop_assert_eq!(after, before, "a refused import wrote something"),
            Ok(outcome) => {
                let report = outcome.report;
                prop_assert_eq!(report.rows, report.sets + report.skipped.len() as u64, "every row accounted for");
                prop_assert_eq!(after.rows, before.rows + report.added);
            }
        }
    }

    #[test]
    fn events_with_impossible_numbers_are_refused_whole(events in any_events(false)) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("gymlog.duckdb")).unwrap();
        let rows = events.iter().map(gymlog::domain::event_row::EventRow::from_event);
        let impossible = rows.clone().any(|r| r.check_numbers().is_err());
        prop_assert_eq!(store.append(&events).is_err(), impossible);
        prop_assert_eq!(store.event_count().unwrap(), if impossible { 0 } else { events.len() as u64 });
    }

    #[test]
    fn export_then_restore_is_the_identity(events in any_events(true)) {
        let dir = tempfile::tempdir().unwrap();
        let original = Store::open(&dir.path().join("a/gymlog.duckdb")).unwrap();
        original.append(&events).unwrap();
        let backup = dir.path().join("b.parquet");
        gymlog::backup::export::export_backup(&original, &backup).unwrap();
        let restored = Store::open(&dir.path().join("b/gymlog.duckdb")).unwrap();
        let report = gymlog::backup::restore::restore_backup(&restored, &backup, false).unwrap();
        prop_assert_eq!(report.added, events.len() as u64);
        prop_assert_eq!(restored.events().unwrap(), original.events().unwrap());
        let again = gymlog::backup::restore::restore_backup(&restored, &backup, false).unwrap();
        prop_assert_eq!(again.added, 0);
        prop_assert_eq!(restored.snapshot().unwrap().digest().unwrap(), original.snapshot().unwrap().digest().unwrap());
    }
}

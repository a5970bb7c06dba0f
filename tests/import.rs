//! Importing Strong and Hevy exports, from hand-written files in tests/data covering every
//! layout and quirk: exact counts per set type, pounds exact to the gram, durations, notes,
//! names, rest timers; dry runs write nothing, a second import adds nothing, and a malformed
//! file is refused by line with nothing written.

mod common;

use std::path::PathBuf;

use chrono::{NaiveDate, TimeZone, Utc};
use common::temp_paths;
use gymlog::app::import_flow::import_file;
use gymlog::domain::event::{EventKind, SetType};
use gymlog::domain::projection::{History, Workout};
use gymlog::domain::units::{KG_PER_LB, WeightUnit};
use gymlog::import::{ImportOptions, ImportReport, Source};
use gymlog::store::Store;

fn data(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data")).join(name)
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap()
}

fn kg() -> ImportOptions {
    ImportOptions { unit: Some(WeightUnit::Kg) }
}

fn import(store: &Store, source: Source, file: &str, options: ImportOptions) -> ImportReport {
    import_file(store, source, &data(file), options, false, now()).unwrap_or_else(|e| panic!("{file}: {e}")).0
}

fn by_type(report: &ImportReport) -> Vec<(String, u64)> {
    report.sets_by_type.iter().map(|(k, v)| (k.clone(), *v)).collect()
}

fn workout<'h>(history: &'h History, name: &str) -> &'h Workout {
    history.completed().find(|w| w.name.as_deref() == Some(name)).unwrap_or_else(|| panic!("no workout {name}"))
}

#[test]
fn strong_classic_layout_accounts_for_every_row() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let report = import(&store, Source::Strong, "strong_classic.csv", kg());
    assert_eq!((report.rows, report.workouts, report.sets), (12, 3, 11));
    assert_eq!(report.rows, report.sets + report.skipped.len() as u64, "every row accounted for");
    assert_eq!(report.skipped.len(), 1);
    assert_eq!((report.skipped[0].line, report.skipped[0].reason.as_str()), (6, "a rest timer, not a set"));
    let expected = [("drop", 1), ("failure", 1), ("normal", 8), ("warm_up", 1)];
    assert_eq!(by_type(&report), expected.map(|(t, n)| (t.to_string(), n)));
    assert_eq!(report.exercises_created, ["Жим ногами 🦵"]);
    let mapped: Vec<(&str, &str)> = report.exercises_matched.iter().map(|m| (m.from.as_str(), m.to.as_str())).collect();
    assert!(mapped.contains(&("Bench Press (Barbell)", "Bench Press")));
    assert!(mapped.contains(&("Triceps Pushdown (Cable - Straight Bar)", "Triceps Pushdown")));
    assert_eq!(
        (report.first_workout, report.last_workout),
        (NaiveDate::from_ymd_opt(2024, 1, 3), NaiveDate::from_ymd_opt(2024, 1, 6))
    );

    let history = store.history().unwrap();
    assert_eq!(history.completed().count(), 3);
    let push = workout(&history, "Push, heavy");
    assert_eq!(push.source.as_deref(), Some("strong"));
    assert_eq!(push.note.as_deref(), Some("Felt \"great\""));
    assert_eq!(push.duration(), Some(chrono::Duration::seconds(65 * 60)));
    assert_eq!(push.exercises, ["Bench Press", "Triceps Pushdown"]);
    let bench: Vec<(SetType, f64, u32)> = push
        .sets_of("Bench Press")
        .map(|s| (s.facts.set_type, s.facts.weight.unwrap().kg, s.facts.reps.unwrap()))
        .collect();
    assert_eq!(
        bench,
        [
            (SetType::WarmUp, 40.0, 10),
            (SetType::Normal, 100.0, 5),
            (SetType::Normal, 100.0, 5),
            (SetType::Drop, 70.0, 10)
        ]
    );
    let second = push.sets_of("Bench Press").nth(1).unwrap();
    assert_eq!((second.facts.rpe, second.facts.note.as_deref()), (Some(8.5), Some("paused, 1s")));
    let triceps: Vec<_> = push.sets_of("Triceps Pushdown").collect();
    assert_eq!(triceps[0].facts.note.as_deref(), Some("line one\nline two"), "a quoted newline survives");
    assert_eq!(triceps[1].facts.set_type, SetType::Failure);
    let legs = workout(&history, "Legs");
    let plank = legs.sets_of("Plank").next().unwrap();
    assert_eq!((plank.facts.weight, plank.facts.reps, plank.facts.duration_s), (None, None, Some(60.0)));
    assert!(legs.has_exercise("Жим ногами 🦵"), "unicode names survive unchanged");
    let run = workout(&history, "Morning run").sets_of("Running").next().unwrap().facts.clone();
    assert_eq!((run.distance_m, run.duration_s), (Some(5000.0), Some(1500.0)));
    // Imported sets are ordinary: the History, "previous values" and records use them.
    assert_eq!(history.last_session_of("Squat", None).unwrap().name.as_deref(), Some("Legs"));
    assert!(history.best_e1rm("Squat", None).unwrap() > 150.0);
    assert!(history.custom_exercises().iter().any(|e| e.name == "Жим ногами 🦵"));
}

#[test]
fn pounds_are_kept_exact_to_the_gram_and_a_unit_is_never_guessed() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let err = import_file(&store, Source::Strong, &data("strong_10col.csv"), ImportOptions::default(), false, now())
        .unwrap_err();
    assert!(err.contains("does not say its weight unit") && err.contains("--unit"), "{err}");
    assert_eq!(store.event_count().unwrap(), 0);
    let report = import(&store, Source::Strong, "strong_10col.csv", ImportOptions { unit: Some(WeightUnit::Lb) });
    assert_eq!((report.workouts, report.sets), (1, 3));
    let history = store.history().unwrap();
    let bench = history.completed().next().unwrap().sets_of("Bench Press").next().unwrap().facts.clone();
    let weight = bench.weight.unwrap();
    assert_eq!(weight.entered_unit, WeightUnit::Lb);
    assert!((weight.kg - 225.0 * KG_PER_LB).abs() < 1e-9, "{}", weight.kg);
    assert_eq!(weight.as_entered(), 225.0);
    assert_eq!(bench.rpe, Some(8.0));
}

#[test]
fn strong_semicolon_layouts_carry_their_units() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let report = import(&store, Source::Strong, "strong_semicolon.csv", ImportOptions::default());
    assert_eq!((report.workouts, report.sets), (1, 3));
    let history = store.history().unwrap();
    let upper = workout(&history, "Upper");
    let bench: Vec<_> = upper.sets_of("Bench Press").map(|s| s.facts.clone()).collect();
    assert_eq!(bench[0].weight.unwrap().entered_unit, WeightUnit::Lb);
    assert_eq!(bench[0].weight.unwrap().as_entered(), 225.0);
    assert_eq!(bench[1].weight.unwrap().kg, 102.5, "a decimal comma");
    assert_eq!((bench[1].rpe, bench[1].note.as_deref()), (Some(8.5), Some("semi; colon")));
    let row = upper.sets_of("Rowing Machine").next().unwrap().facts.clone();
    assert_eq!((row.distance_m, row.duration_s), (Some(2000.0), Some(480.0)));
    assert_eq!(upper.duration(), Some(chrono::Duration::minutes(70)));

    let report = import(&store, Source::Strong, "strong_semicolon_no_duration.csv", ImportOptions::default());
    assert_eq!((report.workouts, report.sets), (1, 2));
    assert_eq!(by_type(&report), [("normal".to_string(), 1), ("warm_up".to_string(), 1)]);
}

#[test]
fn a_bom_crlf_and_a_twelve_hour_clock_are_read() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let report = import(&store, Source::Strong, "strong_bom_crlf_12h.csv", kg());
    assert_eq!((report.rows, report.workouts, report.sets), (3, 2, 3));
    let history = store.history().unwrap();
    let local = |w: &Workout| w.started_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string();
    assert_eq!(local(workout(&history, "Evening")), "2024-01-03 18:05");
    assert_eq!(local(workout(&history, "Morning")), "2024-01-04 06:05");
    let pull_ups: Vec<_> = workout(&history, "Morning").sets_of("Pull-Up").map(|s| s.facts.clone()).collect();
    assert_eq!((pull_ups[0].weight, pull_ups[0].reps), (None, Some(8)), "bodyweight");
    assert_eq!(pull_ups[1].weight.unwrap().kg, 10.0);
    assert_eq!(pull_ups[1].note.as_deref(), Some("weighted, belt"));
}

#[test]
fn hevy_in_kilograms_and_in_pounds() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let report = import(&store, Source::Hevy, "hevy_kg.csv", ImportOptions::default());
    assert_eq!((report.rows, report.workouts, report.sets), (5, 2, 5));
    let expected = [("drop", 1), ("failure", 1), ("normal", 2), ("warm_up", 1)];
    assert_eq!(by_type(&report), expected.map(|(t, n)| (t.to_string(), n)));
    let history = store.history().unwrap();
    let push = workout(&history, "Push Day");
    assert_eq!(push.duration(), Some(chrono::Duration::minutes(65)), "from the end time");
    assert_eq!((push.note.as_deref(), push.source.as_deref()), (Some("Good one"), Some("hevy")));
    let bench: Vec<_> = push.sets_of("Bench Press").map(|s| s.facts.clone()).collect();
    assert_eq!(bench[0].note.as_deref(), Some("Elbows in"), "the exercise note, once");
    assert_eq!(bench[1].note, None);
    assert_eq!((bench[2].set_type, bench[2].rpe), (SetType::Failure, Some(10.0)));
    assert_eq!(push.sets_of("Lat Pulldown").next().unwrap().facts.set_type, SetType::Drop);
    let run = workout(&history, "Cardio").sets_of("Running").next().unwrap().facts.clone();
    assert_eq!((run.distance_m, run.duration_s), (Some(5000.0), Some(1500.0)));

    let report = import(&store, Source::Hevy, "hevy_lbs.csv", ImportOptions::default());
    assert_eq!((report.workouts, report.sets), (1, 3));
    assert_eq!(report.exercises_created, ["Walking (Treadmill)"]);
    let history = store.history().unwrap();
    let squat = workout(&history, "Legs").sets_of("Squat").next().unwrap().facts.weight.unwrap();
    assert!((squat.kg - 315.0 * KG_PER_LB).abs() < 1e-9);
    assert_eq!(squat.as_entered(), 315.0);
    let walk = workout(&history, "Legs").sets_of("Walking (Treadmill)").next().unwrap().facts.clone();
    assert!((walk.distance_m.unwrap() - 1.5 * 1609.344).abs() < 1e-9);
}

#[test]
fn a_dry_run_writes_nothing_and_a_second_import_adds_nothing() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let (dry, workouts) = import_file(&store, Source::Strong, &data("strong_classic.csv"), kg(), true, now()).unwrap();
    assert_eq!((dry.workouts, dry.added, workouts), (3, 0, 3));
    assert_eq!(store.event_count().unwrap(), 0);
    let first = import(&store, Source::Strong, "strong_classic.csv", kg());
    let events = store.event_count().unwrap();
    assert_eq!(first.added, events);
    let (again, new_workouts) =
        import_file(&store, Source::Strong, &data("strong_classic.csv"), kg(), false, now()).unwrap();
    // Every event is found again; the custom exercise is in the library now, so not planned.
    assert_eq!((again.added, again.already_present, new_workouts), (0, events - 1, 0));
    assert!(again.exercises_created.is_empty());
    assert_eq!(store.event_count().unwrap(), events);
    assert_eq!(store.history().unwrap().custom_exercises().len(), 1, "the custom exercise is created once");
}

#[test]
fn a_malformed_file_is_refused_by_line_and_nothing_is_written() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let cases = [
        (Source::Strong, "strong_bad_weight.csv", "line 3: weight `heavy` is not a number"),
        (Source::Strong, "strong_negative_reps.csv", "line 4: reps -5 is negative"),
        (Source::Strong, "strong_bad_date.csv", "line 2: `03/01/2024` is not a date"),
        (Source::Strong, "strong_absurd.csv", "line 3: a weight of 10000 is not plausible"),
        (Source::Strong, "strong_broken_quoting.csv", "line 3"),
        (Source::Strong, "unknown_header.csv", "line 1: this is not a Strong export"),
        (Source::Hevy, "strong_classic.csv", "line 1: this is not a Hevy export"),
    ];
    for (source, file, says) in cases {
        let err = import_file(&store, source, &data(file), kg(), false, now()).unwrap_err();
        assert!(err.contains(says), "{file}: {err}");
        assert!(err.contains("nothing was written"), "{file}: {err}");
        assert_eq!(store.event_count().unwrap(), 0, "{file}");
    }
}

#[test]
fn imported_events_are_ordinary_and_marked_with_their_source() {
    let (dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    import(&store, Source::Hevy, "hevy_kg.csv", ImportOptions::default());
    let started: Vec<_> = store
        .events()
        .unwrap()
        .into_iter()
        .filter_map(|e| match e.kind {
            EventKind::WorkoutStarted { source, .. } => Some(source),
            _ => None,
        })
        .collect();
    assert_eq!(started, [Some("hevy".to_string()), Some("hevy".to_string())]);
    // They back up and restore like any event.
    let backup = dir.path().join("b.parquet");
    gymlog::backup::export::export_backup(&store, &backup).unwrap();
    let (_other, elsewhere) = temp_paths();
    let restored = Store::open(&elsewhere.store_file()).unwrap();
    gymlog::backup::restore::restore_backup(&restored, &backup, false).unwrap();
    assert_eq!(restored.events().unwrap(), store.events().unwrap());
}

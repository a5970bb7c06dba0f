//! Importing Strong and Hevy exports, from hand-written files in tests/data covering every
//! layout and quirk: the app and layout found from the content, exact counts per set type,
//! pounds exact to the gram, durations in any language, notes, names, rest timers, real values
//! beyond the app's bounds kept with a warning; dry runs write nothing, a second import adds
//! nothing, a workout that already came in through another app's file is not added again, and
//! a file that is not an export, or none of whose rows can be read, is refused with nothing
//! written. Every report accounts for every row.

mod common;

use std::path::PathBuf;

use chrono::{NaiveDate, TimeZone, Utc};
use common::temp_paths;
use gymlog::app::import_file::{ImportFailure, ImportOutcome, ImportProgress, ImportRequest, import_file};
use gymlog::domain::event::{EventKind, SetFacts, SetType};
use gymlog::domain::projection::{History, Workout};
use gymlog::domain::units::{KG_PER_LB, WeightUnit};
use gymlog::import::ImportReport;
use gymlog::store::Store;

fn data(name: &str) -> PathBuf {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data"));
    if dir.join(name).exists() { dir.join(name) } else { dir.join("import").join(name) }
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap()
}

fn try_import(
    store: &Store,
    file: &str,
    unit: Option<WeightUnit>,
    dry_run: bool,
) -> Result<ImportOutcome, ImportFailure> {
    let request = ImportRequest { from: None, unit, dry_run };
    import_file(store, &data(file), request, now(), &ImportProgress::default())
}

/// Imports `file`, checking the report's arithmetic: every row is a set or skipped.
fn import(store: &Store, file: &str, unit: Option<WeightUnit>) -> ImportReport {
    let report = try_import(store, file, unit, false).unwrap_or_else(|e| panic!("{file}: {e}")).report;
    assert_eq!(report.rows, report.sets + report.skipped.len() as u64, "{file}: every row accounted for");
    report
}

fn store() -> (tempfile::TempDir, Store) {
    let (dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    (dir, store)
}

fn by_type(report: &ImportReport) -> Vec<(&str, u64)> {
    report.sets_by_type.iter().map(|(k, v)| (k.as_str(), *v)).collect()
}

fn workout<'h>(history: &'h History, name: &str) -> &'h Workout {
    history.completed().find(|w| w.name.as_deref() == Some(name)).unwrap_or_else(|| panic!("no workout {name}"))
}

fn sets<'w>(workout: &'w Workout, exercise: &'w str) -> Vec<&'w SetFacts> {
    workout.sets_of(exercise).map(|s| &s.facts).collect()
}

fn warnings(report: &ImportReport) -> Vec<(u64, &str)> {
    report.warnings.iter().map(|w| (w.line, w.message.as_str())).collect()
}

fn skipped(report: &ImportReport) -> Vec<(u64, &str)> {
    report.skipped.iter().map(|s| (s.line, s.reason.as_str())).collect()
}

#[test]
fn strong_classic_layout_accounts_for_every_row() {
    let (_dir, store) = store();
    let report = import(&store, "strong_classic.csv", Some(WeightUnit::Kg));
    assert_eq!((report.source.as_str(), report.layout.as_str()), ("strong", "strong-durations"));
    assert_eq!((report.rows, report.workouts, report.sets), (12, 3, 11));
    assert_eq!(skipped(&report), [(6, "a rest timer (90 s), not a set")]);
    assert_eq!(by_type(&report), [("drop", 1), ("failure", 1), ("normal", 8), ("warm_up", 1)]);
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
    let bench: Vec<(SetType, f64, u32)> =
        sets(push, "Bench Press").iter().map(|s| (s.set_type, s.weight.unwrap().kg, s.reps.unwrap())).collect();
    assert_eq!(
        bench,
        [
            (SetType::WarmUp, 40.0, 10),
            (SetType::Normal, 100.0, 5),
            (SetType::Normal, 100.0, 5),
            (SetType::Drop, 70.0, 10)
        ]
    );
    let second = sets(push, "Bench Press")[1];
    assert_eq!((second.rpe, second.note.as_deref()), (Some(8.5), Some("paused, 1s")));
    let triceps = sets(push, "Triceps Pushdown");
    assert_eq!(triceps[0].note.as_deref(), Some("line one\nline two"), "a quoted newline survives");
    assert_eq!(triceps[1].set_type, SetType::Failure);
    let legs = workout(&history, "Legs");
    let plank = sets(legs, "Plank")[0];
    assert_eq!((plank.weight, plank.reps, plank.duration_s), (None, None, Some(60.0)));
    assert!(legs.has_exercise("Жим ногами 🦵"), "unicode names survive unchanged");
    let run = sets(workout(&history, "Morning run"), "Running")[0].clone();
    assert_eq!((run.distance_m, run.duration_s), (Some(5000.0), Some(1500.0)));
    // Imported sets are ordinary: the History, "previous values" and records use them.
    assert_eq!(history.last_session_of("Squat", None).unwrap().name.as_deref(), Some("Legs"));
    assert!(history.best_e1rm("Squat", None).unwrap() > 150.0);
    assert!(history.custom_exercises().iter().any(|e| e.name == "Жим ногами 🦵"));
}

#[test]
fn a_unit_is_never_guessed_and_pounds_are_kept_exact_to_the_gram() {
    let (_dir, store) = store();
    let Err(ImportFailure::NeedsUnit { layout, .. }) = try_import(&store, "strong_10col.csv", None, false) else {
        panic!("a file without a unit needs one")
    };
    assert_eq!((layout.id, layout.needs_unit), ("strong-durations", true));
    assert_eq!(store.event_count().unwrap(), 0);
    let report = import(&store, "strong_10col.csv", Some(WeightUnit::Lb));
    assert_eq!((report.workouts, report.sets), (1, 3));
    let history = store.history().unwrap();
    let bench = sets(history.completed().next().unwrap(), "Bench Press")[0].clone();
    let weight = bench.weight.unwrap();
    assert_eq!(weight.entered_unit, WeightUnit::Lb);
    assert!((weight.kg - 225.0 * KG_PER_LB).abs() < 1e-9, "{}", weight.kg);
    assert_eq!(weight.as_entered(), 225.0);
    assert_eq!(bench.rpe, Some(8.0));
}

#[test]
fn the_units_strong_named_in_its_header_are_read_from_it() {
    let (_dir, store) = store();
    let report = import(&store, "strong_units_in_header_kg.csv", None);
    assert_eq!((report.layout.as_str(), report.sets), ("strong-units-in-header", 4));
    let history = store.history().unwrap();
    let a = workout(&history, "Stronglifts A");
    assert_eq!(sets(a, "Bench Press")[0].weight.unwrap().kg, 42.5);
    assert_eq!(sets(a, "Squat")[1].note.as_deref(), Some("easy"));
    assert_eq!(sets(a, "Running")[0].distance_m, Some(2500.0), "km from the header");

    let report = import(&store, "strong_units_in_header_lb.csv", None);
    assert_eq!(report.layout, "strong-units-in-header");
    let history = store.history().unwrap();
    let morning = workout(&history, "Morning");
    let deadlift = sets(morning, "Deadlift")[1].weight.unwrap();
    assert_eq!((deadlift.entered_unit, deadlift.as_entered()), (WeightUnit::Lb, 335.0));
    assert!((sets(morning, "Cycling")[0].distance_m.unwrap() - 10.0 * 1609.344).abs() < 1e-9, "miles from the header");
}

#[test]
fn strong_s_notes_layout_without_durations_asks_the_unit() {
    let (_dir, store) = store();
    assert!(matches!(try_import(&store, "strong_notes.csv", None, true), Err(ImportFailure::NeedsUnit { .. })));
    let report = import(&store, "strong_notes.csv", Some(WeightUnit::Kg));
    assert_eq!((report.layout.as_str(), report.sets), ("strong-notes", 3));
    let history = store.history().unwrap();
    let upper = workout(&history, "Upper");
    assert_eq!(upper.note.as_deref(), Some("Shoulder, fine"));
    assert_eq!(sets(upper, "Overhead Press")[1].rpe, Some(9.0));
    assert_eq!((sets(upper, "Chin-Up")[0].weight, sets(upper, "Chin-Up")[0].reps), (None, Some(8)));
}

#[test]
fn strong_s_numbered_semicolon_layout_with_words_for_set_types() {
    let (_dir, store) = store();
    let report = import(&store, "strong_numbered.csv", None);
    assert_eq!((report.layout.as_str(), report.workouts, report.sets), ("strong-numbered", 2, 6));
    assert_eq!(by_type(&report), [("drop", 1), ("failure", 1), ("normal", 3), ("warm_up", 1)]);
    let history = store.history().unwrap();
    let push = workout(&history, "Push Day");
    assert_eq!(push.duration(), Some(chrono::Duration::seconds(4500)), "Duration (sec)");
    assert_eq!(push.note.as_deref(), Some("Deload week"));
    let bench = sets(push, "Bench Press");
    let types: Vec<SetType> = bench.iter().map(|s| s.set_type).collect();
    assert_eq!(types, [SetType::WarmUp, SetType::Normal, SetType::Normal, SetType::Failure, SetType::Drop]);
    assert_eq!((bench[3].rpe, bench[4].weight.unwrap().kg), (Some(10.0), 60.0));
    let run = sets(workout(&history, "Run"), "Running")[0].clone();
    assert_eq!((run.distance_m, run.duration_s), (Some(3000.0), Some(1200.0)), "Distance (meters)");
}

#[test]
fn strong_semicolon_layouts_carry_their_units() {
    let (_dir, store) = store();
    let report = import(&store, "strong_semicolon.csv", None);
    assert_eq!((report.layout.as_str(), report.workouts, report.sets), ("strong-units-per-row", 1, 3));
    let history = store.history().unwrap();
    let upper = workout(&history, "Upper");
    let bench = sets(upper, "Bench Press");
    assert_eq!(bench[0].weight.unwrap().entered_unit, WeightUnit::Lb);
    assert_eq!(bench[0].weight.unwrap().as_entered(), 225.0);
    assert_eq!(bench[1].weight.unwrap().kg, 102.5, "a decimal comma");
    assert_eq!((bench[1].rpe, bench[1].note.as_deref()), (Some(8.5), Some("semi; colon")));
    let row = sets(upper, "Rowing Machine")[0].clone();
    assert_eq!((row.distance_m, row.duration_s), (Some(2000.0), Some(480.0)));
    assert_eq!(upper.duration(), Some(chrono::Duration::minutes(70)));

    let report = import(&store, "strong_semicolon_no_duration.csv", None);
    assert_eq!((report.workouts, report.sets), (1, 2));
    assert_eq!(by_type(&report), [("normal", 1), ("warm_up", 1)]);
}

#[test]
fn a_distance_unit_gymlog_does_not_know_loses_only_the_distance() {
    let (_dir, store) = store();
    let report = import(&store, "strong_units_per_row_odd_units.csv", None);
    assert_eq!(report.sets, 3, "no row refused");
    assert_eq!(
        warnings(&report),
        [(2, "the distance 30 is in `furlongs`, a unit GymLog does not know: it is left out")]
    );
    let history = store.history().unwrap();
    let carry = workout(&history, "Carry");
    let walks = sets(carry, "Farmer's Walk");
    assert_eq!((walks[0].distance_m, walks[0].duration_s, walks[0].weight.unwrap().kg), (None, Some(45.0), 40.0));
    assert_eq!(walks[1].distance_m, Some(40.0), "meters");
    assert!((sets(carry, "Sled Push")[0].distance_m.unwrap() - 20.0 * 0.9144).abs() < 1e-9, "yards");
    let local = carry.started_at.with_timezone(&chrono::Local).format("%H:%M").to_string();
    assert_eq!(local, "18:30", "a 12-hour clock");
}

#[test]
fn strong_in_german_french_and_chinese_is_read_by_its_words() {
    let (_dir, store) = store();
    let report = import(&store, "strong_german.csv", Some(WeightUnit::Kg));
    assert_eq!(report.layout, "strong-durations");
    assert!(report.layout_description.contains("header in German"), "{}", report.layout_description);
    assert_eq!((report.rows, report.sets), (4, 3));
    assert_eq!(skipped(&report), [(4, "a rest timer (120 s), not a set")]);
    let history = store.history().unwrap();
    let legs = workout(&history, "Beine");
    assert_eq!(legs.duration(), Some(chrono::Duration::minutes(65)), "1 Std. 5 Min.");
    let squats = sets(legs, "Kniebeuge (Langhantel)");
    assert_eq!((squats[0].set_type, squats[1].weight.unwrap().kg), (SetType::WarmUp, 102.5));
    assert_eq!((squats[1].rpe, squats[1].note.as_deref()), (Some(8.0), Some("Tiefe gut, Knie raus")));

    let report = import(&store, "strong_french.csv", Some(WeightUnit::Kg));
    assert!(report.layout_description.contains("header in French"), "{}", report.layout_description);
    assert_eq!((report.sets, report.skipped.len()), (2, 1));
    let history = store.history().unwrap();
    let upper = workout(&history, "Haut du corps");
    assert_eq!((upper.duration(), upper.note.as_deref()), (Some(chrono::Duration::minutes(58)), Some("Bonne séance")));
    assert_eq!(sets(upper, "Développé couché (Barre)")[1].set_type, SetType::Drop);

    let report = import(&store, "strong_chinese.csv", Some(WeightUnit::Kg));
    assert!(report.layout_description.contains("header in Chinese"), "{}", report.layout_description);
    let history = store.history().unwrap();
    let push = workout(&history, "推");
    assert_eq!(push.duration(), Some(chrono::Duration::minutes(73)), "1小时13分钟");
    assert_eq!(sets(push, "卧推（杠铃）")[1].set_type, SetType::Failure);
    assert_eq!(sets(push, "Plank")[0].duration_s, Some(90.0));
}

#[test]
fn a_header_in_a_language_without_a_table_is_read_by_position_and_the_report_says_so() {
    let (_dir, store) = store();
    let report = import(&store, "strong_unknown_language.csv", Some(WeightUnit::Kg));
    assert_eq!((report.source.as_str(), report.layout.as_str()), ("strong", "strong-durations"));
    assert!(report.layout_description.contains("read by position"), "{}", report.layout_description);
    assert_eq!((report.sets, report.skipped.len()), (2, 1), "the rest timer in Polish is still a rest timer");
    let history = store.history().unwrap();
    let legs = workout(&history, "Nogi");
    assert_eq!(legs.duration(), Some(chrono::Duration::minutes(62)), "1godz. 2min");
    assert_eq!(sets(legs, "Przysiad (sztanga)")[0].weight.unwrap().kg, 100.0);
}

#[test]
fn real_values_beyond_the_app_s_bounds_are_imported_as_written_and_listed() {
    let (_dir, store) = store();
    let report = import(&store, "strong_real_values.csv", Some(WeightUnit::Lb));
    assert_eq!((report.rows, report.sets, report.workouts), (6, 4, 2));
    assert_eq!(
        skipped(&report),
        [(6, "weight `heavy` is not a number"), (7, "an empty set (no weight, reps, distance or time)")]
    );
    assert_eq!(
        warnings(&report),
        [
            (2, "4500 reps: more than GymLog lets you type (1000), imported as written"),
            (3, "the workout's duration `a while` could not be read: it is left out"),
            (4, "a weight of 2500 lb: more than GymLog lets you type, imported as written"),
            (4, "RPE 11 is above 10, imported as written"),
            (5, "set order `X` is not one Strong writes: read as a normal set"),
        ]
    );
    let history = store.history().unwrap();
    let stairs = workout(&history, "Stair challenge");
    assert_eq!(sets(stairs, "Step-Up")[0].reps, Some(4500));
    let legs = workout(&history, "Legs");
    assert_eq!(legs.duration(), Some(chrono::Duration::zero()), "an unreadable duration loses only the duration");
    let press: Vec<f64> = sets(legs, "Leg Press").iter().map(|s| s.weight.unwrap().as_entered()).collect();
    assert_eq!(press, [1200.0, 2500.0, 1000.0]);
}

#[test]
fn two_exports_pasted_into_one_file_skip_the_second_header() {
    let (_dir, store) = store();
    let report = import(&store, "strong_two_exports.csv", Some(WeightUnit::Kg));
    assert_eq!((report.sets, report.workouts), (2, 2));
    assert_eq!(skipped(&report), [(3, "the header row again (two exports in one file?)")]);
}

#[test]
fn a_bom_crlf_and_a_twelve_hour_clock_are_read() {
    let (_dir, store) = store();
    let report = import(&store, "strong_bom_crlf_12h.csv", Some(WeightUnit::Kg));
    assert_eq!((report.rows, report.workouts, report.sets), (3, 2, 3));
    let history = store.history().unwrap();
    let local = |w: &Workout| w.started_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string();
    assert_eq!(local(workout(&history, "Evening")), "2024-01-03 18:05");
    assert_eq!(local(workout(&history, "Morning")), "2024-01-04 06:05");
    let pull_ups = sets(workout(&history, "Morning"), "Pull-Up");
    assert_eq!((pull_ups[0].weight, pull_ups[0].reps), (None, Some(8)), "bodyweight");
    assert_eq!(pull_ups[1].weight.unwrap().kg, 10.0);
    assert_eq!(pull_ups[1].note.as_deref(), Some("weighted, belt"));
}

#[test]
fn hevy_in_kilograms_and_in_pounds() {
    let (_dir, store) = store();
    let report = import(&store, "hevy_kg.csv", None);
    assert_eq!((report.source.as_str(), report.rows, report.workouts, report.sets), ("hevy", 5, 2, 5));
    assert_eq!(by_type(&report), [("drop", 1), ("failure", 1), ("normal", 2), ("warm_up", 1)]);
    let history = store.history().unwrap();
    let push = workout(&history, "Push Day");
    assert_eq!(push.duration(), Some(chrono::Duration::minutes(65)), "from the end time");
    assert_eq!((push.note.as_deref(), push.source.as_deref()), (Some("Good one"), Some("hevy")));
    let bench = sets(push, "Bench Press");
    assert_eq!(bench[0].note.as_deref(), Some("Elbows in"), "the exercise note, once");
    assert_eq!(bench[1].note, None);
    assert_eq!((bench[2].set_type, bench[2].rpe), (SetType::Failure, Some(10.0)));
    assert_eq!(sets(push, "Lat Pulldown")[0].set_type, SetType::Drop);
    let run = sets(workout(&history, "Cardio"), "Running")[0].clone();
    assert_eq!((run.distance_m, run.duration_s), (Some(5000.0), Some(1500.0)));

    let report = import(&store, "hevy_lbs.csv", None);
    assert_eq!((report.workouts, report.sets), (1, 3));
    assert_eq!(report.exercises_created, ["Walking (Treadmill)"]);
    let history = store.history().unwrap();
    let squat = sets(workout(&history, "Legs"), "Squat")[0].weight.unwrap();
    assert!((squat.kg - 315.0 * KG_PER_LB).abs() < 1e-9);
    assert_eq!(squat.as_entered(), 315.0);
    let walk = sets(workout(&history, "Legs"), "Walking (Treadmill)")[0].clone();
    assert!((walk.distance_m.unwrap() - 1.5 * 1609.344).abs() < 1e-9);
}

#[test]
fn hevy_s_twelve_hour_dates_supersets_and_miles() {
    let (_dir, store) = store();
    let report = import(&store, "hevy_12h_lbs_superset.csv", None);
    assert_eq!((report.workouts, report.sets), (2, 6));
    let history = store.history().unwrap();
    let upper = workout(&history, "Upper A");
    let local = upper.started_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string();
    assert_eq!(local, "2026-07-28 18:49", "Jul 28, 2026, 6:49 PM with iOS's narrow space");
    assert_eq!(upper.duration(), Some(chrono::Duration::minutes(63)));
    assert_eq!(upper.supersets, [vec!["Bench Press".to_string(), "Barbell Row".to_string()]]);
    assert_eq!(sets(upper, "Bench Press")[0].note.as_deref(), Some("Pause each rep"));
    assert_eq!((sets(upper, "Bench Press")[1].rpe, sets(upper, "Barbell Row")[1].set_type), (Some(8.5), SetType::Drop));
    let run = sets(upper, "Running")[0].clone();
    assert!((run.distance_m.unwrap() - 1.5 * 1609.344).abs() < 1e-9);
    let lower = workout(&history, "Lower");
    let local = lower.started_at.with_timezone(&chrono::Local).format("%H:%M").to_string();
    assert_eq!(local, "00:05", "12:05 AM");
}

#[test]
fn a_workout_that_came_in_through_another_app_s_file_is_added_once() {
    let (_dir, store) = store();
    import(&store, "strong_classic.csv", Some(WeightUnit::Kg));
    let events = store.event_count().unwrap();
    let dry = try_import(&store, "hevy_holds_strong_history.csv", None, true).unwrap();
    assert_eq!((dry.report.duplicates, dry.new_workouts), (1, 1));
    let duplicate = &dry.report.duplicate_workouts[0];
    assert_eq!((duplicate.line, duplicate.name.as_str()), (2, "Leg Day"));
    assert!(duplicate.same_as.starts_with("Legs on 2024-01-0"), "{}", duplicate.same_as);
    assert!(duplicate.same_as.ends_with("(imported from strong)"), "{}", duplicate.same_as);
    assert_eq!(store.event_count().unwrap(), events, "a dry run writes nothing");
    let report = import(&store, "hevy_holds_strong_history.csv", None);
    assert_eq!(report.duplicates, 1);
    let history = store.history().unwrap();
    assert_eq!(history.completed().count(), 4, "three from Strong, one new from Hevy");
    assert!(history.completed().all(|w| w.name.as_deref() != Some("Leg Day")));
}

#[test]
fn a_dry_run_writes_nothing_and_a_second_import_adds_nothing() {
    let (_dir, store) = store();
    let dry = try_import(&store, "strong_classic.csv", Some(WeightUnit::Kg), true).unwrap();
    assert_eq!((dry.report.workouts, dry.report.added, dry.new_workouts), (3, 0, 3));
    assert_eq!(store.event_count().unwrap(), 0);
    let first = import(&store, "strong_classic.csv", Some(WeightUnit::Kg));
    let events = store.event_count().unwrap();
    assert_eq!(first.added, events);
    let again = try_import(&store, "strong_classic.csv", Some(WeightUnit::Kg), false).unwrap();
    // Every event is found again; the custom exercise is in the library now, so not planned.
    assert_eq!((again.report.added, again.report.already_present, again.new_workouts), (0, events - 1, 0));
    assert_eq!(again.report.duplicates, 0, "the same file again is not another app's copy");
    assert!(again.report.exercises_created.is_empty());
    assert_eq!(store.event_count().unwrap(), events);
    assert_eq!(store.history().unwrap().custom_exercises().len(), 1, "the custom exercise is created once");
}

#[test]
fn a_file_that_is_no_export_or_none_of_whose_rows_can_be_read_is_refused_with_nothing_written() {
    let (_dir, store) = store();
    let cases = [
        ("strong_bad_date.csv", "line 2: `03/01/2024` is not a date and time Strong writes"),
        ("strong_broken_quoting.csv", "line 3"),
        ("unknown_header.csv", "line 1: this is not an export GymLog knows"),
    ];
    for (file, says) in cases {
        let err = try_import(&store, file, Some(WeightUnit::Kg), false).unwrap_err().to_string();
        assert!(err.contains(says), "{file}: {err}");
        assert!(err.contains("nothing was written"), "{file}: {err}");
        assert_eq!(store.event_count().unwrap(), 0, "{file}");
    }
    let request = ImportRequest { from: Some(gymlog::import::Source::Hevy), unit: None, dry_run: false };
    let err = import_file(&store, &data("strong_classic.csv"), request, now(), &ImportProgress::default()).unwrap_err();
    assert!(err.to_string().contains("this is not a Hevy export"), "{err}");
    assert!(err.to_string().contains("it looks like a Strong export"), "{err}");
}

#[test]
fn one_unreadable_row_among_readable_ones_is_skipped_with_its_line() {
    let (_dir, store) = store();
    let report = import(&store, "strong_bad_weight.csv", Some(WeightUnit::Kg));
    assert_eq!((report.sets, skipped(&report)), (1, vec![(3, "weight `heavy` is not a number")]));
    let report = import(&store, "strong_negative_reps.csv", Some(WeightUnit::Kg));
    assert_eq!(skipped(&report), [(4, "reps -5 is negative: not a set")]);
}

#[test]
fn imported_events_are_ordinary_and_marked_with_their_source() {
    let (dir, store) = store();
    import(&store, "hevy_kg.csv", None);
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

#[test]
fn an_endless_or_oversized_file_is_refused_before_it_is_read_whole() {
    let (_dir, store) = store();
    let request = ImportRequest { from: None, unit: Some(WeightUnit::Kg), dry_run: true };
    let zero = import_file(&store, std::path::Path::new("/dev/zero"), request, now(), &ImportProgress::default());
    let err = zero.unwrap_err().to_string();
    assert!(
        err.contains("nothing was written") && (err.contains("not a text file") || err.contains("larger")),
        "{err}"
    );
    let (dir, _) = temp_paths();
    let big = dir.path().join("big.csv");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(gymlog::import::MAX_FILE_BYTES + 1).unwrap();
    let err = import_file(&store, &big, request, now(), &ImportProgress::default()).unwrap_err().to_string();
    assert!(err.contains("larger than 128 MiB"), "{err}");
}

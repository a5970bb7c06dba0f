//! Importing FitNotes, JEFIT, Liftosaur and GymBook exports, from invented files in
//! tests/data/import that reproduce what real exports hold: FitNotes' unquoted commas and
//! quotes left open, its three ways of giving the weight unit and the iPhone's two weight
//! columns; JEFIT's blocks, packed sets with float noise, the set-log block that repeats every
//! set, sessions, cardio and body weights; Liftosaur's completed-versus-required values,
//! warm-ups and planned sets not done; GymBook's units inside the values, sets marked skipped,
//! warm-up and cool-down sets and per-set times, in Italian, English and German. Every report
//! accounts for every row, a dry run writes nothing, a second import adds nothing, and a day
//! that already came in through another app's file is not added again.

mod common;

use std::path::PathBuf;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use common::temp_paths;
use gymlog::app::import_file::{ImportFailure, ImportOutcome, ImportProgress, ImportRequest, import_file};
use gymlog::domain::event::{SetFacts, SetType};
use gymlog::domain::projection::{History, Workout};
use gymlog::domain::units::{KG_PER_LB, WeightUnit};
use gymlog::import::ImportReport;
use gymlog::store::Store;

fn data(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/import")).join(name)
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap()
}

fn store() -> (tempfile::TempDir, Store) {
    let (dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    (dir, store)
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

fn by_type(report: &ImportReport) -> Vec<(&str, u64)> {
    report.sets_by_type.iter().map(|(k, v)| (k.as_str(), *v)).collect()
}

fn skipped(report: &ImportReport) -> Vec<(u64, &str)> {
    report.skipped.iter().map(|s| (s.line, s.reason.as_str())).collect()
}

fn warnings(report: &ImportReport) -> Vec<(u64, &str)> {
    report.warnings.iter().map(|w| (w.line, w.message.as_str())).collect()
}

fn named<'h>(history: &'h History, name: &str) -> Vec<&'h Workout> {
    history.completed().filter(|w| w.name.as_deref() == Some(name)).collect()
}

/// The workout that started on `day` (the lifter's local day).
fn on<'h>(history: &'h History, day: &str) -> &'h Workout {
    let day: NaiveDate = day.parse().unwrap();
    history
        .completed()
        .find(|w| w.started_at.with_timezone(&chrono::Local).date_naive() == day)
        .unwrap_or_else(|| panic!("no workout on {day}"))
}

fn local(workout: &Workout) -> String {
    workout.started_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string()
}

fn sets<'w>(workout: &'w Workout, exercise: &'w str) -> Vec<&'w SetFacts> {
    workout.sets_of(exercise).map(|s| &s.facts).collect()
}

/// A set as (type, weight as entered and its unit, reps).
type Lifted = (SetType, Option<(f64, WeightUnit)>, Option<u32>);

fn lifted(sets: &[&SetFacts]) -> Vec<Lifted> {
    sets.iter().map(|s| (s.set_type, s.weight.map(|w| (w.as_entered(), w.entered_unit)), s.reps)).collect()
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

const KG: WeightUnit = WeightUnit::Kg;
const LB: WeightUnit = WeightUnit::Lb;

#[test]
fn fitnotes_puts_back_unquoted_commas_and_makes_each_day_a_workout() {
    let (_dir, store) = store();
    let report = import(&store, "fitnotes_kgs_unquoted_commas.csv", None);
    assert_eq!((report.source.as_str(), report.layout.as_str()), ("fitnotes", "fitnotes-kgs"));
    assert_eq!((report.rows, report.workouts, report.sets), (7, 2, 6));
    assert_eq!(skipped(&report), [(8, "an empty set (no weight, reps, distance or time)")]);
    assert_eq!(warnings(&report), []);
    assert_eq!(by_type(&report), [("normal", 6)]);
    assert_eq!(report.exercises_created, ["Cable Crossover, Low to High"]);

    let history = store.history().unwrap();
    let monday = on(&history, "2024-03-04");
    assert_eq!((monday.name.as_deref(), local(monday).as_str()), (None, "2024-03-04 00:00"), "FitNotes keeps no time");
    assert_eq!(monday.source.as_deref(), Some("fitnotes"));
    assert_eq!(monday.exercises, ["Bench Press", "Cable Crossover, Low to High", "Plank"]);
    let bench = sets(monday, "Bench Press");
    assert_eq!(
        lifted(&bench),
        [(SetType::Normal, Some((60.0, KG)), Some(8)), (SetType::Normal, Some((62.5, KG)), Some(6))]
    );
    assert_eq!(bench[1].note.as_deref(), Some("felt good, slow on the way down"), "a comma in an unquoted comment");
    let crossover = sets(monday, "Cable Crossover, Low to High");
    assert_eq!(lifted(&crossover), [(SetType::Normal, Some((15.0, KG)), Some(12))], "a comma in an unquoted name");
    let plank = sets(monday, "Plank")[0];
    assert_eq!((plank.weight, plank.reps, plank.duration_s), (None, None, Some(90.0)), "Time 0:01:30");
    let custom = history.custom_exercises().iter().find(|e| e.name == "Cable Crossover, Low to High").unwrap();
    assert_eq!(custom.muscle_group, "Chest", "FitNotes' category");

    let wednesday = on(&history, "2024-03-06");
    let run = sets(wednesday, "Running")[0];
    assert_eq!((run.distance_m, run.duration_s, run.note.as_deref()), (Some(2500.0), Some(900.0), Some("easy")));
    assert_eq!(lifted(&sets(wednesday, "Squat")), [(SetType::Normal, Some((100.0, KG)), Some(5))]);
}

#[test]
fn fitnotes_reads_a_file_again_without_quotes_when_a_comment_leaves_one_open() {
    let (_dir, store) = store();
    let report = import(&store, "fitnotes_lbs_unclosed_quote.csv", None);
    assert_eq!(report.layout, "fitnotes-lbs");
    assert_eq!((report.rows, report.workouts, report.sets), (4, 2, 4), "no row swallowed by the open quote");
    assert_eq!((skipped(&report), warnings(&report)), (vec![], vec![]));

    let history = store.history().unwrap();
    let first = on(&history, "2024-05-01");
    let deadlift = sets(first, "Deadlift");
    assert_eq!(
        lifted(&deadlift),
        [(SetType::Normal, Some((315.0, LB)), Some(5)), (SetType::Normal, Some((335.0, LB)), Some(3))]
    );
    assert!((deadlift[0].weight.unwrap().kg - 315.0 * KG_PER_LB).abs() < 1e-9);
    assert_eq!((deadlift[0].note.as_deref(), deadlift[1].note.as_deref()), (None, Some("PR, finally")));
    let box_jump = first.sets.iter().find(|s| s.facts.reps == Some(5) && s.facts.weight.is_none()).unwrap();
    assert_eq!(box_jump.facts.note.as_deref(), Some("Box 24\""), "the inch mark that left the quote open");
    let carry = &on(&history, "2024-05-02").sets[0].facts;
    assert_eq!(
        (carry.weight.map(|w| w.as_entered()), carry.distance_m, carry.duration_s),
        (Some(70.0), Some(40.0), Some(45.0))
    );
}

#[test]
fn fitnotes_with_a_weight_unit_column_reads_each_row_s_unit() {
    let (_dir, store) = store();
    let report = import(&store, "fitnotes_weight_unit_column.csv", None);
    assert_eq!(report.layout, "fitnotes-weight-unit");
    assert_eq!((report.rows, report.workouts, report.sets), (4, 1, 3));
    assert_eq!(skipped(&report), [(5, "unknown weight unit `stones` (expected kgs or lbs)")]);
    let history = store.history().unwrap();
    let day = on(&history, "2024-07-10");
    let curls = sets(day, "Hammer Curl");
    assert_eq!(
        lifted(&curls),
        [(SetType::Normal, Some((15.0, KG)), Some(10)), (SetType::Normal, Some((35.0, LB)), Some(8))]
    );
    let row = sets(day, "Rowing Machine")[0];
    assert_eq!((row.distance_m, row.duration_s), (Some(2000.0), Some(480.0)), "Time 8:00 is minutes and seconds");
}

#[test]
fn fitnotes_from_the_iphone_reads_the_kilogram_column_and_notes_of_several_lines() {
    let (_dir, store) = store();
    let report = import(&store, "fitnotes_iphone_two_weight_columns.csv", None);
    assert_eq!(report.layout, "fitnotes-kgs");
    assert_eq!((report.rows, report.workouts, report.sets), (4, 1, 4));
    assert_eq!((skipped(&report), warnings(&report)), (vec![], vec![]));
    let history = store.history().unwrap();
    let day = on(&history, "2024-09-02");
    let incline = sets(day, "Incline Bench Press")[0];
    assert_eq!(
        (incline.weight.unwrap().kg, incline.weight.unwrap().entered_unit),
        (70.0, KG),
        "not 154.32 lb converted"
    );
    let row = sets(day, "Seated Cable Row")[0];
    assert_eq!((row.reps, row.note.as_deref()), (Some(10), Some("30s rest\n2s squeeze at the top")));
    let bike = sets(day, "Cycling")[0];
    assert_eq!((bike.distance_m, bike.duration_s), (None, Some(600.0)), "a distance of 0.00 m is no distance");
    let timed: Vec<Option<f64>> = day.sets.iter().map(|s| s.facts.duration_s).collect();
    assert_eq!(timed, [None, None, Some(600.0), Some(60.0)], "the side plank's 01:00");
}

#[test]
fn jefit_packed_logs_become_sets_of_their_session_with_cardio_and_body_weights() {
    let (_dir, store) = store();
    let report = import(&store, "jefit_kg_sessions_cardio_profile.csv", None);
    assert_eq!((report.source.as_str(), report.layout.as_str()), ("jefit", "jefit"));
    assert_eq!(report.layout_description, "JEFIT, 5 blocks, weights in kg");
    assert_eq!((report.rows, report.workouts, report.sets, report.weigh_ins), (12, 4, 11, 2));
    assert_eq!(skipped(&report), [(31, "`heavyx5` is not a set as JEFIT packs them (weight x reps)")]);
    assert_eq!(by_type(&report), [("normal", 11)]);
    assert_eq!(report.exercises_created, ["Cardio (JEFIT exercise 255)"]);

    let history = store.history().unwrap();
    let first =
        history.completed().find(|w| w.started_at == utc(2024, 2, 5, 17, 0)).expect("session 501 at its Unix start");
    assert_eq!((first.source.as_deref(), first.duration()), (Some("jefit"), Some(Duration::seconds(3900))));
    assert_eq!(first.exercises, ["Bench Press", "Chin-Up", "Cardio (JEFIT exercise 255)"], "the day's cardio joins it");
    let bench = sets(first, "Bench Press");
    let expected = [(SetType::Normal, Some((60.0, KG)), Some(10)), (SetType::Normal, Some((65.0, KG)), Some(8))];
    assert_eq!(lifted(&bench), [expected[0], expected[1], expected[1]], "64.9998 read to the hundredth");
    assert_eq!(bench[1].weight.unwrap().kg, 65.0);
    assert_eq!(lifted(&sets(first, "Chin-Up")), [(SetType::Normal, None, Some(12)), (SetType::Normal, None, Some(10))]);
    let bike = sets(first, "Cardio (JEFIT exercise 255)")[0];
    assert_eq!((bike.duration_s, bike.distance_m), (Some(600.0), Some(1500.0)), "km for a kg lifter");

    let second = history.completed().find(|w| w.started_at == utc(2024, 2, 9, 17, 0)).unwrap();
    assert_eq!(second.duration(), Some(Duration::seconds(3600)), "from the end time when total_time is 0");
    assert_eq!(lifted(&sets(second, "Squat")), [(SetType::Normal, Some((100.0, KG)), Some(5)); 2]);
    let no_session = on(&history, "2024-02-10");
    assert_eq!(local(no_session), "2024-02-10 00:00", "belongsession 0: a workout of its day");
    assert_eq!(lifted(&sets(no_session, "Lateral Raise")), [(SetType::Normal, Some((20.0, KG)), Some(12)); 2]);
    let run = &on(&history, "2024-02-11").sets[0].facts;
    assert_eq!((run.duration_s, run.distance_m), (Some(1800.0), Some(5000.0)));

    let weights: Vec<(NaiveDate, f64)> =
        history.bodyweight().iter().map(|e| (e.at.with_timezone(&chrono::Local).date_naive(), e.weight.kg)).collect();
    let day = |d| NaiveDate::from_ymd_opt(2024, 2, d).unwrap();
    assert_eq!(weights, [(day(5), 82.4), (day(12), 81.9)], "a repeated row once, a 0 (not measured) left out");
    let chest: Vec<_> =
        history.measurements().entries().iter().map(|e| (e.site.label(), e.reading.shown(e.reading.unit))).collect();
    assert_eq!(chest, [("Chest".to_string(), "100 cm".to_string())], "the profile's chest, in the file's cm");
}

#[test]
fn jefit_s_set_log_block_repeats_each_set_and_it_is_counted_once() {
    let (_dir, store) = store();
    let report = import(&store, "jefit_lbs_set_logs.csv", None);
    assert_eq!(report.layout_description, "JEFIT, 4 blocks, weights in lb, with the set-log block");
    assert_eq!((report.rows, report.workouts, report.sets, report.weigh_ins), (13, 2, 6, 0));
    let timed = "a timed JEFIT log (`0x0,0x0,0x0,0x10,0x60`: cardio or stretching), not weight x reps";
    let repeated = "the same set as in the exercise log of line 11 (counted once)";
    assert_eq!(
        skipped(&report),
        [(13, timed), (13, timed), (13, timed), (13, timed), (13, timed), (18, repeated), (19, repeated)]
    );

    let history = store.history().unwrap();
    let session = history.completed().find(|w| w.started_at == utc(2025, 6, 15, 14, 0)).unwrap();
    assert_eq!(session.duration(), Some(Duration::seconds(4200)));
    assert_eq!(session.exercises, ["Bench Press", "Deadlift"]);
    let bench = sets(session, "Bench Press");
    assert_eq!(
        lifted(&bench),
        [(SetType::Normal, Some((135.0, LB)), Some(10)), (SetType::Normal, Some((185.0, LB)), Some(5))]
    );
    let deadlift = sets(session, "Deadlift");
    assert_eq!(
        lifted(&deadlift),
        [(SetType::Normal, Some((225.0, LB)), Some(5)), (SetType::Normal, Some((275.0, LB)), Some(3))],
        "an empty packed log takes its sets from the set-log block"
    );
    assert!((deadlift[0].weight.unwrap().kg - 225.0 * KG_PER_LB).abs() < 1e-9);
    let unlisted =
        history.completed().find(|w| w.started_at == utc(2025, 6, 17, 14, 0)).expect("belongsession a Unix time");
    assert_eq!(lifted(&sets(unlisted, "Overhead Press")), [(SetType::Normal, Some((95.0, LB)), Some(8)); 2]);
}

#[test]
fn a_jefit_file_without_its_settings_block_asks_the_unit_and_groups_a_log_by_its_day() {
    let (_dir, store) = store();
    let Err(ImportFailure::NeedsUnit { layout, .. }) = try_import(&store, "jefit_no_unit.csv", None, false) else {
        panic!("a JEFIT file that does not say its unit needs one")
    };
    assert_eq!((layout.id, layout.needs_unit), ("jefit", true));
    assert_eq!(store.event_count().unwrap(), 0);
    let report = import(&store, "jefit_no_unit.csv", Some(LB));
    assert_eq!((report.rows, report.workouts, report.sets), (2, 1, 2));
    let history = store.history().unwrap();
    let day = on(&history, "2023-11-20");
    assert_eq!(local(day), "2023-11-20 00:00", "session 77 is in no sessions block");
    assert_eq!(lifted(&sets(day, "Barbell Curl")), [(SetType::Normal, Some((50.0, LB)), Some(10)); 2]);
}

#[test]
fn liftosaur_s_completed_values_are_the_sets_and_warm_ups_stay_warm_ups() {
    let (_dir, store) = store();
    let report = import(&store, "liftosaur_program_warmups.csv", None);
    assert_eq!((report.source.as_str(), report.layout.as_str()), ("liftosaur", "liftosaur"));
    assert_eq!((report.rows, report.workouts, report.sets), (7, 2, 6));
    assert_eq!(skipped(&report), [(5, "planned, not done (no completed reps)")]);
    assert_eq!(warnings(&report), []);
    assert_eq!(by_type(&report), [("normal", 5), ("warm_up", 1)]);

    let history = store.history().unwrap();
    let [day_one] = named(&history, "GZCLP: Day 1")[..] else { panic!("one Day 1") };
    assert_eq!(day_one.started_at, utc(2026, 3, 1, 10, 0), "Liftosaur's times are UTC");
    assert_eq!(day_one.duration(), Some(Duration::minutes(40)), "until the last set was done");
    assert_eq!(day_one.exercises, ["Squat", "Lat Pulldown"], "`Squat, Barbell` is the library's Squat");
    let squat = sets(day_one, "Squat");
    assert_eq!(
        lifted(&squat),
        [
            (SetType::WarmUp, Some((45.0, LB)), Some(5)),
            (SetType::Normal, Some((225.0, LB)), Some(3)),
            (SetType::Normal, Some((230.0, LB)), Some(4)),
        ],
        "the completed weight and reps, not the required ones"
    );
    assert_eq!((squat[2].rpe, squat[1].rpe), (Some(9.0), None), "the completed RPE");
    let notes: Vec<Option<&str>> = squat.iter().map(|s| s.note.as_deref()).collect();
    assert_eq!(notes, [Some("Knees out, chest up"), None, None], "the exercise's note once");

    let [day_two] = named(&history, "GZCLP: Day 2")[..] else { panic!("one Day 2") };
    assert_eq!((day_two.started_at, day_two.duration()), (utc(2026, 3, 3, 18, 30), Some(Duration::minutes(30))));
    assert_eq!(lifted(&sets(day_two, "Overhead Press")), [(SetType::Normal, Some((42.5, KG)), Some(5))]);
    let push_ups = &day_two.sets[1].facts;
    assert_eq!((push_ups.weight, push_ups.reps), (None, Some(12)));
}

#[test]
fn gymbook_in_italian_reads_units_inside_values_skipped_sets_and_cool_downs() {
    let (_dir, store) = store();
    let report = import(&store, "gymbook_italian.csv", None);
    assert_eq!((report.source.as_str(), report.layout.as_str()), ("gymbook", "gymbook"));
    assert!(report.layout_description.contains("header in Italian"), "{}", report.layout_description);
    assert_eq!((report.rows, report.workouts, report.sets), (6, 2, 5));
    assert_eq!(skipped(&report), [(4, "marked as skipped in GymBook")]);
    assert_eq!(warnings(&report), []);
    assert_eq!(by_type(&report), [("cool_down", 1), ("normal", 3), ("warm_up", 1)]);
    assert_eq!(report.exercises_created, ["Panca piana", "Cyclette"]);

    let history = store.history().unwrap();
    let [push] = named(&history, "Spinta")[..] else { panic!("one Spinta") };
    assert_eq!(local(push), "2024-03-12 18:05", "day first; the time of its first set");
    assert_eq!(push.duration(), Some(Duration::minutes(30)), "until its last set");
    assert_eq!(push.exercises, ["Panca piana", "Plank", "Cyclette"]);
    let bench = sets(push, "Panca piana");
    assert_eq!(
        lifted(&bench),
        [(SetType::WarmUp, Some((40.0, KG)), Some(12)), (SetType::Normal, Some((62.5, KG)), Some(8))]
    );
    assert_eq!(bench[1].note.as_deref(), Some("Buona"));
    let plank = sets(push, "Plank")[0];
    assert_eq!((plank.reps, plank.duration_s), (None, Some(90.0)), "90 secondi");
    let bike = sets(push, "Cyclette")[0];
    assert_eq!((bike.set_type, bike.duration_s, bike.distance_m), (SetType::CoolDown, Some(600.0), Some(5000.0)));
    let groups: Vec<(&str, &str)> =
        history.custom_exercises().iter().map(|e| (e.name.as_str(), e.muscle_group.as_str())).collect();
    assert_eq!(groups, [("Panca piana", "Chest"), ("Cyclette", "Cardio")], "the zone in Italian");

    let [legs] = named(&history, "Gambe")[..] else { panic!("one Gambe") };
    assert_eq!(local(legs), "2024-03-14 07:30");
    let squat = sets(legs, "Squat")[0];
    assert_eq!(
        (squat.weight.unwrap().kg, squat.reps, squat.note.as_deref()),
        (100.0, Some(20), Some("Profondo, lento"))
    );
}

#[test]
fn gymbook_in_english_reads_two_digit_years_month_first_and_a_twelve_hour_clock() {
    let (_dir, store) = store();
    let report = import(&store, "gymbook_english_two_digit_years.csv", None);
    assert!(report.layout_description.contains("header in English"), "{}", report.layout_description);
    assert_eq!((report.rows, report.workouts, report.sets), (4, 1, 3));
    assert_eq!(skipped(&report), [(5, "marked as skipped in GymBook")]);
    assert_eq!(by_type(&report), [("cool_down", 1), ("normal", 1), ("warm_up", 1)]);
    let history = store.history().unwrap();
    let [upper] = named(&history, "Upper Body")[..] else { panic!("one Upper Body") };
    assert_eq!(local(upper), "2024-03-14 18:05", "3/14/24, 6:05 PM");
    assert_eq!(upper.duration(), Some(Duration::minutes(35)));
    let bench = sets(upper, "Bench Press");
    assert_eq!(
        lifted(&bench),
        [(SetType::WarmUp, Some((95.0, LB)), Some(10)), (SetType::Normal, Some((185.0, LB)), Some(5))]
    );
    assert_eq!(bench[1].note.as_deref(), Some("Paused"));
    let cool_down = upper.sets.iter().find(|s| s.facts.set_type == SetType::CoolDown).unwrap();
    assert_eq!(cool_down.facts.duration_s, Some(300.0));
    assert!((cool_down.facts.distance_m.unwrap() - 0.5 * 1609.344).abs() < 1e-9, "0.50 mi");
}

#[test]
fn gymbook_in_german_skips_its_header_row_again_and_splits_workouts_by_day() {
    let (_dir, store) = store();
    let report = import(&store, "gymbook_german_header_again.csv", None);
    assert!(report.layout_description.contains("header in German"), "{}", report.layout_description);
    assert_eq!((report.rows, report.workouts, report.sets), (5, 2, 4));
    assert_eq!(skipped(&report), [(4, "the header row again (two exports in one file?)")]);
    assert_eq!(by_type(&report), [("cool_down", 1), ("normal", 2), ("warm_up", 1)]);
    let history = store.history().unwrap();
    let back = named(&history, "Rücken");
    let starts: Vec<String> = back.iter().map(|w| local(w)).collect();
    assert_eq!(starts, ["2024-04-02 17:00", "2024-04-05 17:30"]);
    let durations: Vec<Option<Duration>> = back.iter().map(|w| w.duration()).collect();
    assert_eq!(durations, [Some(Duration::minutes(6)), Some(Duration::minutes(15))]);
    let deadlift = sets(back[0], "Kreuzheben");
    assert_eq!(
        lifted(&deadlift),
        [(SetType::WarmUp, Some((60.0, KG)), Some(8)), (SetType::Normal, Some((142.5, KG)), Some(5))]
    );
    assert_eq!(deadlift[1].note.as_deref(), Some("Gurt, Kreide"));
    let stretch = back[1].sets.iter().find(|s| s.facts.set_type == SetType::CoolDown).unwrap();
    assert_eq!(stretch.facts.duration_s, Some(120.0), "2 Minuten");
}

#[test]
fn a_fitnotes_day_that_came_in_through_a_gymbook_file_is_recognised_and_added_once() {
    let (_dir, store) = store();
    import(&store, "gymbook_italian.csv", None);
    let events = store.event_count().unwrap();
    let dry = try_import(&store, "fitnotes_same_as_gymbook.csv", None, true).unwrap();
    assert_eq!((dry.report.workouts, dry.report.duplicates, dry.new_workouts), (2, 1, 1));
    let duplicate = &dry.report.duplicate_workouts[0];
    assert_eq!((duplicate.line, duplicate.date), (2, NaiveDate::from_ymd_opt(2024, 3, 12).unwrap()));
    assert!(duplicate.same_as.starts_with("Spinta on 2024-03-1"), "{}", duplicate.same_as);
    assert!(duplicate.same_as.ends_with("(imported from gymbook)"), "{}", duplicate.same_as);
    assert_eq!(by_type(&dry.report), [("normal", 1)], "only the new day's set is counted as added");
    assert_eq!(store.event_count().unwrap(), events, "a dry run writes nothing");

    let report = import(&store, "fitnotes_same_as_gymbook.csv", None);
    assert_eq!(report.duplicates, 1);
    let history = store.history().unwrap();
    assert_eq!(history.completed().count(), 3, "two from GymBook, one new day from FitNotes");
    let fitnotes: Vec<String> =
        history.completed().filter(|w| w.source.as_deref() == Some("fitnotes")).map(local).collect();
    assert_eq!(fitnotes, ["2024-03-16 00:00"]);
}

#[test]
fn every_fixture_s_dry_run_writes_nothing_and_a_second_import_adds_nothing() {
    let fixtures = [
        ("fitnotes_kgs_unquoted_commas.csv", None),
        ("fitnotes_lbs_unclosed_quote.csv", None),
        ("fitnotes_weight_unit_column.csv", None),
        ("fitnotes_iphone_two_weight_columns.csv", None),
        ("fitnotes_same_as_gymbook.csv", None),
        ("jefit_kg_sessions_cardio_profile.csv", None),
        ("jefit_lbs_set_logs.csv", None),
        ("jefit_no_unit.csv", Some(KG)),
        ("liftosaur_program_warmups.csv", None),
        ("gymbook_italian.csv", None),
        ("gymbook_english_two_digit_years.csv", None),
        ("gymbook_german_header_again.csv", None),
    ];
    for (file, unit) in fixtures {
        let (_dir, store) = store();
        let dry = try_import(&store, file, unit, true).unwrap_or_else(|e| panic!("{file}: {e}"));
        let report = &dry.report;
        assert_eq!(report.rows, report.sets + report.skipped.len() as u64, "{file}: every row accounted for");
        assert_eq!(report.sets, report.sets_by_type.values().sum::<u64>(), "{file}: every set has a type");
        assert_eq!((report.added, store.event_count().unwrap()), (0, 0), "{file}: a dry run writes nothing");
        assert_eq!(dry.new_workouts as u64, report.workouts, "{file}");

        let first = try_import(&store, file, unit, false).unwrap();
        let events = store.event_count().unwrap();
        assert_eq!(first.report.added, events, "{file}");
        assert_eq!(first.report.rows, report.rows, "{file}: the dry run's report is the import's");
        let again = try_import(&store, file, unit, false).unwrap();
        assert_eq!((again.report.added, again.new_workouts, again.report.duplicates), (0, 0, 0), "{file}");
        assert_eq!(store.event_count().unwrap(), events, "{file}: the same file again adds nothing");
    }
}

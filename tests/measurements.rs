//! Body measurements end to end on real files: the `measurements` view after logging,
//! correcting and removing; the CSV export's measurement file; a backup restored into a new
//! store keeping them; and JEFIT's profile measurements imported once, in inches.

mod common;

use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use common::{at, temp_paths};
use gymlog::app::import_file::{ImportProgress, ImportRequest, import_file};
use gymlog::backup::csv_export::export_sets_csv;
use gymlog::backup::export::export_backup;
use gymlog::backup::restore::restore_backup;
use gymlog::domain::event::{Event, EventKind};
use gymlog::domain::measurement::{MeasureUnit, Reading, Side, Site};
use gymlog::store::Store;
use gymlog::store::query::Cell;
use uuid::Uuid;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

/// A waist in cm corrected to inches, a left arm removed, a right arm and body fat.
fn measured() -> Vec<Event> {
    let logged = |n: u128, minutes: i64, site: Site, value: f64, unit| {
        Event::new(id(n), at(minutes), EventKind::MeasurementLogged { site, reading: Reading::new(value, unit) })
    };
    vec![
        logged(1, 0, Site::Waist, 86.0, MeasureUnit::Cm),
        logged(2, 1, Site::Arm(Side::Left), 38.0, MeasureUnit::Cm),
        logged(3, 2, Site::Arm(Side::Right), 15.0, MeasureUnit::In),
        logged(4, 3, Site::BodyFat, 18.5, MeasureUnit::Percent),
        Event::new(
            id(5),
            at(10),
            EventKind::MeasurementCorrected { entry: id(1), reading: Reading::new(34.0, MeasureUnit::In) },
        ),
        Event::new(
            id(6),
            at(11),
            EventKind::MeasurementCorrected { entry: id(1), reading: Reading::new(33.5, MeasureUnit::In) },
        ),
        Event::new(id(7), at(12), EventKind::MeasurementRemoved { entry: id(2) }),
    ]
}

fn text(cell: &Cell) -> String {
    match cell {
        Cell::Null => String::new(),
        other => other.text(),
    }
}

#[test]
fn the_measurements_view_has_one_row_per_live_entry_with_its_latest_value() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    store.append(&measured()).unwrap();
    let db = store.query_db().unwrap();
    let rows = db
        .run("SELECT entry_id, site, side, label, value, unit, round(value_cm, 3), value_pct FROM measurements ORDER BY measured_at")
        .unwrap()
        .rows;
    let got: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(text).collect()).collect();
    let row = |n: u128, cells: [&str; 7]| {
        std::iter::once(id(n).hyphenated().to_string()).chain(cells.map(String::from)).collect::<Vec<_>>()
    };
    assert_eq!(
        got,
        [
            row(1, ["waist", "", "Waist", "33.5", "in", "85.09", ""]),
            row(3, ["arm", "right", "Right arm", "15", "in", "38.1", ""]),
            row(4, ["body_fat", "", "Body fat", "18.5", "%", "", "18.5"]),
        ]
    );
    let projected = gymlog::domain::projection::History::from_events(&measured());
    assert_eq!(projected.measurements().entries().len(), rows.len(), "the view and the projection agree");
}

#[test]
fn a_csv_export_writes_the_measurements_beside_the_sets() {
    let (dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    store.append(&measured()).unwrap();
    let dest = dir.path().join("gymlog-sets.csv");
    let written = export_sets_csv(&store.history().unwrap(), &dest).unwrap();
    let (beside, rows) = written.measurements.clone().expect("measurements written");
    assert_eq!((beside.clone(), rows), (dir.path().join("gymlog-sets-measurements.csv"), 3));
    let bytes = std::fs::read_to_string(beside).unwrap();
    assert!(bytes.starts_with("date,measurement,site,side,value,unit,value_cm,value_pct\n"), "{bytes}");
    assert!(bytes.contains(",Waist,waist,,33.5,in,85.09"), "{bytes}");
    assert!(bytes.contains(",Right arm,arm,right,15,in,38.1"), "{bytes}");
    assert!(bytes.contains(",Body fat,body_fat,,18.5,%,,18.5\n"), "{bytes}");
    assert!(!bytes.contains("Left arm"), "a removed entry is not exported");
    assert!(written.describe().contains("and 3 measurements to"));
}

#[test]
fn a_backup_restored_into_a_new_store_keeps_every_measurement() {
    let (dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    store.append(&measured()).unwrap();
    let file = dir.path().join("backup.parquet");
    export_backup(&store, &file).unwrap();
    let (_other_dir, other_paths) = temp_paths();
    let restored = Store::open(&other_paths.store_file()).unwrap();
    restore_backup(&restored, &file, false).unwrap();
    assert_eq!(restored.events().unwrap(), store.events().unwrap());
    assert_eq!(restored.history().unwrap().measurements(), store.history().unwrap().measurements());
}

#[test]
fn jefit_profile_measurements_are_imported_once_in_the_files_unit() {
    let (_dir, paths) = temp_paths();
    let store = Store::open(&paths.store_file()).unwrap();
    let file = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/import/jefit_inch_body_stats.csv"));
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap();
    let request = ImportRequest { from: None, unit: None, dry_run: false };
    let report = import_file(&store, &file, request, now, &ImportProgress::default()).unwrap().report;
    assert_eq!((report.weigh_ins, report.measurements), (1, 12), "ten on the first day (once), two on the second");
    let history = store.history().unwrap();
    let log = history.measurements();
    let right_arm: Vec<f64> = log.of_site(&Site::Arm(Side::Right)).map(|e| e.reading.value).collect();
    assert_eq!(right_arm, [15.5, 15.75]);
    let waist = log.trend(&Site::Waist, &[20]).unwrap();
    assert_eq!((waist.latest.reading, waist.changes[0].1), (Reading::new(35.5, MeasureUnit::In), Some(-0.5)));
    assert_eq!(log.of_site(&Site::BodyFat).next().unwrap().reading, Reading::new(22.0, MeasureUnit::Percent));
    assert_eq!(log.of_site(&Site::Neck).count(), 1, "a zero is not measured");
    let again = import_file(&store, &file, request, now, &ImportProgress::default()).unwrap().report;
    assert_eq!(again.added, 0, "a second import adds nothing");
    assert_eq!(store.history().unwrap().measurements().entries().len(), 12);
}

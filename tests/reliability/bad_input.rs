//! Fault 5, bad backups and bad imports through the real binary: truncated, garbage, empty,
//! foreign and bit-flipped Parquet files for `gymlog restore`; for `gymlog import`, CSV files
//! with broken quoting, unknown headers, binary garbage or no readable row, each refused with a
//! message that says what and where and the store unchanged (the same event count and the same
//! checksum of every event id) — and rows no set can have (negative reps, 10⁹ kg, dates in 1900
//! and 2200, a 1 MB name) among good ones, each skipped with its line while the rest comes in.

use std::path::{Path, PathBuf};

use gymlog::paths::Paths;

use crate::support::{fingerprint, run, small_store, stderr};

fn refused(paths: &Paths, args: &[&str], words: &[&str]) {
    let before = fingerprint(paths);
    let output = run(paths, args);
    let message = stderr(&output);
    assert!(!output.status.success(), "{args:?} should be refused");
    for word in words {
        assert!(message.contains(word), "{args:?}: the message says {word:?}: {message}");
    }
    assert!(!message.contains("panicked"), "{message}");
    assert!(message.len() < 2000, "{args:?}: a readable message, not a dump ({} bytes)", message.len());
    assert_eq!(fingerprint(paths), before, "{args:?}: the store is unchanged");
}

/// A sound backup of a small store, and broken variants of it.
fn bad_backups(dir: &Path) -> Vec<(&'static str, PathBuf, &'static str)> {
    // A year of training: the middle of the file is data pages, not the footer.
    let source = Paths::under(&dir.join("source"));
    assert!(run(&source, &["demo", "--years", "1"]).status.success());
    let good = dir.join("good.parquet");
    assert!(run(&source, &["export", "--out", good.to_str().unwrap()]).status.success());
    let bytes = std::fs::read(&good).unwrap();
    let write = |name: &str, content: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        path
    };
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle..middle + 16].iter_mut().for_each(|b| *b ^= 0x5a);
    let foreign = dir.join("foreign.parquet");
    let db = duckdb::Connection::open_in_memory().unwrap();
    db.execute_batch(&format!(
        "COPY (SELECT range AS id, 'x' AS name FROM range(10)) TO '{}' (FORMAT parquet)",
        foreign.display()
    ))
    .unwrap();
    vec![
        ("empty", write("empty.parquet", b""), "empty.parquet is empty"),
        ("truncated", write("truncated.parquet", &bytes[..bytes.len() / 2]), "not a readable Parquet file"),
        ("garbage", write("garbage.parquet", &[0x42; 5000]), "not a readable Parquet file"),
        ("a CSV", write("sets.parquet", b"Date,Workout Name\n2024-01-01,Push\n"), "not a readable Parquet file"),
        ("another program's Parquet", foreign, "not a GymLog backup"),
        ("16 bytes flipped", write("flipped.parquet", &flipped), "(counting from 1) cannot be read"),
        ("missing", dir.join("nowhere.parquet"), "nowhere.parquet does not exist"),
    ]
}

#[test]
fn bad_backups_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(&dir.path().join("home"));
    small_store(&paths, 0);
    for (what, file, words) in bad_backups(dir.path()) {
        let file = file.to_str().unwrap();
        let verified = run(&paths, &["verify", file]);
        assert!(!verified.status.success(), "verify refuses {what}");
        refused(&paths, &["restore", file], &[words, "nothing was restored"]);
        refused(&paths, &["restore", "--dry-run", file], &[words]);
    }
}

/// A Strong CSV of the classic layout with one bad row (line 3), or other bad content.
fn strong_with(row: &str) -> String {
    let header =
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
    let good = "2024-01-03 18:05:00,Push,1h,Bench Press (Barbell),1,100,5,0,0,,,";
    format!("{header}\n{good}\n{row}\n{good}\n")
}

#[test]
fn bad_imports_say_where_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(&dir.path().join("home"));
    small_store(&paths, 0);
    let bad_only = |row: &str| strong_with(row).lines().take(1).chain([row]).collect::<Vec<_>>().join("\n");
    let cases: Vec<(&str, String, Vec<&str>)> = vec![
        (
            "broken quoting",
            strong_with("2024-01-03 18:05:00,\"Push,1h,Bench Press (Barbell),2,100,5,0,0,,,"),
            vec!["line 3", "the file is damaged"],
        ),
        (
            "only a bad date",
            bad_only("03/01/2024,Push,1h,Bench Press (Barbell),2,100,5,0,0,,,"),
            vec!["line 2", "not a date"],
        ),
        ("an unknown header", "Day,What,How much\n2024-01-03,Bench,100\n".to_string(), vec!["header"]),
        ("an empty file", String::new(), vec!["empty"]),
        (
            "binary garbage",
            String::from_utf8_lossy(&[0xff, 0x00, 0x13, 0x37].repeat(1000)).into_owned(),
            vec!["not a text file"],
        ),
    ];
    for (what, content, words) in cases {
        let file = dir.path().join(format!("{what}.csv"));
        std::fs::write(&file, content).unwrap();
        let file = file.to_str().unwrap();
        let mut expected = words.clone();
        expected.push("nothing was written");
        refused(&paths, &["import", file, "--unit", "kg"], &expected);
        refused(&paths, &["import", file, "--unit", "kg", "--dry-run"], &words);
    }
}

/// A row that cannot be a set, among good ones, is skipped with its line and reason; the good
/// rows come in. A value that is only beyond what the app lets a lifter type is imported.
#[test]
fn a_bad_row_among_good_ones_is_skipped_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let huge_cell = "x".repeat(1 << 20);
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "negative reps",
            "2024-01-03 18:05:00,Push,1h,Bench Press (Barbell),2,100,-5,0,0,,,".into(),
            "reps -5 is negative",
        ),
        (
            "a billion kilograms",
            "2024-01-03 18:05:00,Push,1h,Bench Press (Barbell),2,1000000000,5,0,0,,,".into(),
            "a weight of 1000000000 kg cannot be a set",
        ),
        ("the year 1900", "1900-01-03 18:05:00,Push,1h,Bench Press (Barbell),2,100,5,0,0,,,".into(), "1900"),
        ("the year 2200", "2200-01-03 18:05:00,Push,1h,Bench Press (Barbell),2,100,5,0,0,,,".into(), "2200"),
        (
            "a 1 MB exercise name",
            format!("2024-01-03 18:05:00,Push,1h,{huge_cell},2,100,5,0,0,,,"),
            "an exercise name of 1048576 characters",
        ),
    ];
    for (what, row, reason) in cases {
        let paths = Paths::under(&dir.path().join(what));
        let file = dir.path().join(format!("{what}.csv"));
        std::fs::write(&file, strong_with(&row)).unwrap();
        let output = run(&paths, &["import", file.to_str().unwrap(), "--unit", "kg", "--json"]);
        assert!(output.status.success(), "{what}: {}", stderr(&output));
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!((report["rows"].as_u64(), report["sets"].as_u64()), (Some(3), Some(2)), "{what}");
        assert_eq!(report["skipped"][0]["line"], 3, "{what}");
        assert!(report["skipped"][0]["reason"].as_str().unwrap().contains(reason), "{what}: {}", report["skipped"]);
    }
    // A 1 MB note is kept, cut to 10,000 characters, and said so.
    let paths = Paths::under(&dir.path().join("note"));
    let file = dir.path().join("note.csv");
    std::fs::write(
        &file,
        strong_with(&format!("2024-01-03 18:05:00,Push,1h,Bench Press (Barbell),2,100,5,0,0,{huge_cell},,")),
    )
    .unwrap();
    let output = run(&paths, &["import", file.to_str().unwrap(), "--unit", "kg", "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["sets"], 3);
    assert_eq!(report["warnings"][0]["line"], 3);
}

//! Whether a file is a sound GymLog backup (`gymlog verify`, and the first step of every
//! restore): a Parquet file with every event column and its type, the `gymlog_*` metadata, as
//! many rows as the metadata says, a content checksum recomputed from every value equal to the
//! one in the metadata, unique event ids, and every row a valid event this GymLog knows.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::export::{meta, parquet_type_matches};
use crate::domain::event::EVENT_SCHEMA_VERSION;
use crate::store::columns::COLUMNS;
use crate::store::{CHECKSUM_ALGORITHM, ContentDigest, Staged};

/// What `gymlog verify` prints (and `--json` writes).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct VerifyReport {
    pub ok: bool,
    pub events: u64,
    pub workouts: u64,
    pub first_event_at: Option<DateTime<Utc>>,
    pub last_event_at: Option<DateTime<Utc>>,
    pub schema_version: Option<i16>,
    pub app_version: Option<String>,
    pub problems: Vec<String>,
}

/// A backup written by a newer GymLog: refused, naming both versions.
pub fn too_new(found: i16) -> String {
    format!(
        "the backup was written by a newer GymLog (event schema {found}; this GymLog reads up to {EVENT_SCHEMA_VERSION}): update GymLog to restore it"
    )
}

/// Checks the file at `path` without touching any store.
pub fn verify_file(path: &Path) -> VerifyReport {
    if let Some(problem) = not_a_file(path) {
        return VerifyReport { problems: vec![problem], ..VerifyReport::default() };
    }
    match Staged::file(path) {
        Ok(staged) => check(&staged),
        Err(e) => VerifyReport { problems: vec![unreadable(&e.to_string())], ..VerifyReport::default() },
    }
}

/// Why `path` cannot be a backup before it is even opened: missing, a folder, empty.
pub fn not_a_file(path: &Path) -> Option<String> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(format!("{} does not exist", path.display())),
        Err(e) => Some(format!("cannot read {}: {e}", path.display())),
        Ok(m) if m.is_dir() => Some(format!("{} is a folder, not a backup file", path.display())),
        Ok(m) if m.len() == 0 => Some(format!("{} is empty", path.display())),
        Ok(_) => None,
    }
}

pub fn unreadable(error: &str) -> String {
    let first_line = error.lines().next().unwrap_or(error);
    format!("not a readable Parquet file ({first_line})")
}

/// Checks a staged file: its footer first, then (if the footer is sound) every row.
pub fn check(staged: &Staged<'_>) -> VerifyReport {
    let summary = staged.summary();
    let mut report = VerifyReport {
        events: summary.rows,
        app_version: summary.metadata(meta::APP_VERSION).map(str::to_string),
        schema_version: summary.metadata(meta::EVENT_SCHEMA_VERSION).and_then(|v| v.parse().ok()),
        ..VerifyReport::default()
    };
    report.problems = check_footer(staged);
    if report.problems.is_empty()
        && let Err(e) = check_rows(staged, &mut report)
    {
        // The footer is sound, so this was a backup: its data pages are damaged. Where?
        let problem = match staged.unreadable_rows() {
            Some((first, last, reason)) => format!(
                "the file is damaged: rows {} to {} (counting from 1) cannot be read ({reason})",
                first + 1,
                last + 1
            ),
            None => {
                format!("the file is damaged: its rows cannot be read ({})", e.to_string().lines().next().unwrap_or(""))
            }
        };
        report.problems.push(problem);
    }
    report.ok = report.problems.is_empty();
    report
}

fn check_footer(staged: &Staged<'_>) -> Vec<String> {
    let summary = staged.summary();
    let mut problems = Vec::new();
    let keys = [
        meta::APP_VERSION,
        meta::EVENT_SCHEMA_VERSION,
        meta::EVENT_COUNT,
        meta::CONTENT_CHECKSUM,
        meta::CHECKSUM_ALGORITHM,
    ];
    if keys.iter().all(|k| summary.metadata(k).is_none()) {
        return vec!["not a GymLog backup: the file has none of the gymlog_* metadata".to_string()];
    }
    for key in keys.iter().filter(|k| summary.metadata(k).is_none()) {
        problems.push(format!("the {key} metadata is missing"));
    }
    match summary.metadata(meta::EVENT_SCHEMA_VERSION).map(|v| v.parse::<i16>()) {
        Some(Ok(v)) if v > EVENT_SCHEMA_VERSION => problems.push(too_new(v)),
        Some(Err(_)) => problems.push("the event schema version in the metadata is not a number".to_string()),
        _ => {}
    }
    if let Some(algorithm) = summary.metadata(meta::CHECKSUM_ALGORITHM).filter(|a| *a != CHECKSUM_ALGORITHM) {
        problems.push(format!("unknown checksum algorithm {algorithm}"));
    }
    for column in &COLUMNS {
        match summary.columns.iter().find(|(name, _)| name == column.name) {
            None => problems.push(format!("column {} is missing", column.name)),
            Some((_, found)) if !parquet_type_matches(column.sql_type, found) => {
                problems.push(format!("column {} is {found}, not {}", column.name, column.sql_type.sql()))
            }
            Some(_) => {}
        }
    }
    if let Some(count) = summary.metadata(meta::EVENT_COUNT)
        && count != summary.rows.to_string()
    {
        problems.push(format!("the metadata says {count} events, the file holds {} rows", summary.rows));
    }
    problems
}

fn check_rows(staged: &Staged<'_>, report: &mut VerifyReport) -> crate::store::Result<()> {
    staged.load()?;
    let mut first_bad: Option<String> = None;
    let digest = staged.scan(|position, row| {
        if first_bad.is_some() {
            return Ok(());
        }
        let problem = match row {
            Err(e) => Some(e),
            Ok(row) if row.schema_version > EVENT_SCHEMA_VERSION => Some(too_new(row.schema_version)),
            Ok(row) => row.to_event().err().map(|e| format!("id {}: {} ({})", row.event_id, e.problem, row.event_type)),
        };
        if let Some(problem) = problem {
            first_bad = Some(format!("row {} of the file is not a valid event: {problem}", position + 1));
        }
        Ok(())
    })?;
    report.problems.extend(first_bad);
    let stored = staged.summary().metadata(meta::CONTENT_CHECKSUM).and_then(ContentDigest::parse_checksum);
    if stored != Some(digest.sum) {
        report.problems.push(format!(
            "the content checksum of the rows ({}) differs from the file's ({}): the file is damaged",
            digest.checksum_hex(),
            staged.summary().metadata(meta::CONTENT_CHECKSUM).unwrap_or("none")
        ));
    }
    if let Some((id, first, second)) = staged.first_duplicate_id()? {
        report.problems.push(format!("event id {id} appears more than once (rows {} and {})", first + 1, second + 1));
    }
    let (first, last) = staged.created_range()?;
    report.first_event_at = first;
    report.last_event_at = last;
    report.workouts = staged.completed_workouts()?;
    Ok(())
}

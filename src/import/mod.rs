//! Importing years of history from Strong and Hevy CSV exports: the file's layout is found
//! from its header row (never by position), every row is either a set or a skipped row with
//! its line and reason, exercise names are mapped onto the library, and the workouts become
//! ordinary events whose ids are derived from their content — importing the same file twice
//! finds the same ids. Pure: bytes in, events and a report out (the time and the time zone
//! are passed in); the caller appends the events in one transaction.

mod hevy;
pub mod names;
mod plan;
mod read;
mod strong;

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::domain::event::SetType;
use crate::domain::units::{Weight, WeightUnit};

pub use plan::{ImportPlan, plan};

/// The apps GymLog imports from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Strong,
    Hevy,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Strong => "strong",
            Source::Hevy => "hevy",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Source::Strong => "Strong",
            Source::Hevy => "Hevy",
        }
    }
}

/// What the lifter tells the import that the file does not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportOptions {
    /// The weight unit of a file without a unit column (Strong's comma layouts). Never guessed.
    pub unit: Option<WeightUnit>,
}

/// A workout as the file names it: when it started (local time) and its name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WorkoutKey {
    pub started: NaiveDateTime,
    pub name: String,
}

/// One set read from a file, in GymLog's terms.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSet {
    /// The set's line in the file (the header is line 1).
    pub line: u64,
    pub workout: WorkoutKey,
    /// How long the workout took, when the file says.
    pub workout_seconds: Option<i64>,
    pub workout_note: Option<String>,
    /// The exercise as the file names it.
    pub exercise: String,
    pub set_type: SetType,
    pub weight: Option<Weight>,
    pub reps: Option<u32>,
    pub rpe: Option<f64>,
    pub distance_m: Option<f64>,
    pub duration_s: Option<f64>,
    pub note: Option<String>,
}

/// A row that is not a set, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub line: u64,
    pub reason: String,
}

/// Everything read from a file: its sets and the rows skipped. `rows` counts the data rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    pub rows: u64,
    pub sets: Vec<SourceSet>,
    pub skipped: Vec<Skipped>,
}

/// A file that cannot be imported at all: nothing of it is written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{reason}", .line.map(|l| format!("line {l}: ")).unwrap_or_default())]
pub struct ImportError {
    pub line: Option<u64>,
    pub reason: String,
}

impl ImportError {
    pub fn at(line: u64, reason: impl Into<String>) -> ImportError {
        ImportError { line: Some(line), reason: reason.into() }
    }

    pub fn file(reason: impl Into<String>) -> ImportError {
        ImportError { line: None, reason: reason.into() }
    }
}

/// An exercise name of the file and the library exercise it became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mapping {
    pub from: String,
    pub to: String,
}

/// What an import holds (and, after writing, what it added): accounts for every row.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ImportReport {
    pub source: String,
    /// Data rows in the file: sets + skipped.
    pub rows: u64,
    pub workouts: u64,
    pub sets: u64,
    /// Sets by type (`normal`, `warm_up`, `drop`, `failure`).
    pub sets_by_type: BTreeMap<String, u64>,
    pub exercises_matched: Vec<Mapping>,
    pub exercises_created: Vec<String>,
    pub skipped: Vec<Skipped>,
    /// Events of this import the store already had (an earlier import of the same file).
    pub already_present: u64,
    /// Events written (0 for a dry run).
    pub added: u64,
    pub first_workout: Option<NaiveDate>,
    pub last_workout: Option<NaiveDate>,
}

/// Reads a file of `source` into sets and skipped rows.
pub fn parse(source: Source, bytes: &[u8], options: ImportOptions) -> Result<Parsed, ImportError> {
    match source {
        Source::Strong => strong::parse(bytes, options),
        Source::Hevy => hevy::parse(bytes),
    }
}

/// Whether a Strong file needs the lifter to say its weight unit (it has no unit column).
pub fn needs_unit(source: Source, bytes: &[u8]) -> bool {
    source == Source::Strong && strong::needs_unit(bytes)
}

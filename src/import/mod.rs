//! Importing years of history from other apps' exports — Strong (every layout and language),
//! Hevy, FitNotes, JEFIT, Liftosaur and GymBook. The app and its layout are found from the
//! file's content (header row, delimiter, section markers), never from its name. Every data row
//! is a set or a skipped row with its line and reason; a real value the app would not let a
//! lifter type (4,500 reps, a 1,200 lb leg press) is imported as written and listed among the
//! warnings. Exercise names are mapped onto the library, workouts that already came in through
//! another file are recognised, and the workouts become ordinary events whose ids are derived
//! from their content, so importing the same file twice finds the same ids. Pure: bytes in,
//! events and a report out (the time and the time zone are passed in); the caller appends the
//! events in one transaction.

mod apps;
mod detect;
mod duplicates;
mod layout;
pub mod names;
mod parsed;
mod plan;
mod table;
mod text;
mod values;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::units::WeightUnit;

pub use detect::{Detected, detect};
pub use layout::Layout;
pub use parsed::{Parsed, SourceExercise, SourceSet, SourceWorkout, Start, WeighIn};
pub use plan::{ImportPlan, Library, plan};
pub use text::{MAX_FILE_BYTES, check_size, check_text};

/// The apps GymLog imports from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Strong,
    Hevy,
    FitNotes,
    Jefit,
    Liftosaur,
    GymBook,
}

impl Source {
    pub const ALL: [Source; 6] =
        [Source::Strong, Source::Hevy, Source::FitNotes, Source::Jefit, Source::Liftosaur, Source::GymBook];

    /// The name in reports, ids and `--from`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Strong => "strong",
            Source::Hevy => "hevy",
            Source::FitNotes => "fitnotes",
            Source::Jefit => "jefit",
            Source::Liftosaur => "liftosaur",
            Source::GymBook => "gymbook",
        }
    }

    pub fn parse(text: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.as_str().eq_ignore_ascii_case(text.trim()))
    }

    /// The app's name as it spells it.
    pub fn label(self) -> &'static str {
        match self {
            Source::Strong => "Strong",
            Source::Hevy => "Hevy",
            Source::FitNotes => "FitNotes",
            Source::Jefit => "JEFIT",
            Source::Liftosaur => "Liftosaur",
            Source::GymBook => "GymBook",
        }
    }

    /// Where the app writes the export a lifter brings (docs/import.md has the details).
    pub fn export_hint(self) -> &'static str {
        match self {
            Source::Strong => "Strong: Settings → Export Strong Data",
            Source::Hevy => "Hevy: Profile → Settings → Export & Import Data → Export Workouts",
            Source::FitNotes => "FitNotes: Settings → Spreadsheet Export → Workout Data",
            Source::Jefit => "JEFIT: jefit.com → My Jefit → Settings → Data Controls → Export Data",
            Source::Liftosaur => "Liftosaur: Me → Export history to CSV",
            Source::GymBook => "GymBook: Settings → Export → Workouts (CSV)",
        }
    }
}

/// What the lifter tells the import that the file may not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportOptions {
    /// The weight unit of a file that does not say its own. Never guessed; a unit the file
    /// states wins over it.
    pub unit: Option<WeightUnit>,
}

/// A row that is not a set, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub line: u64,
    pub reason: String,
}

/// A value imported as written that deserves a look (beyond what the app lets a lifter type,
/// a duration that could not be read), with its line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub line: u64,
    pub message: String,
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

/// A workout of the file that GymLog already holds from another file (another app's export,
/// or an earlier export of the same history): it is not added a second time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Duplicate {
    /// The workout's first line in the file.
    pub line: u64,
    pub date: NaiveDate,
    pub name: String,
    /// The workout it is, in words (`Push (imported from Strong)`).
    pub same_as: String,
}

/// What an import holds (and, after writing, what it added): accounts for every row.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ImportReport {
    /// The app the file came from (`strong`, `hevy`, …).
    pub source: String,
    /// The layout of that app's export (a stable id, see docs/import.md).
    pub layout: String,
    /// The layout in words, with the header's language and whether it was read by position.
    pub layout_description: String,
    /// Data rows in the file: `sets` + `skipped`. For JEFIT's packed logs, each packed set.
    pub rows: u64,
    pub workouts: u64,
    pub sets: u64,
    /// Sets by type (`normal`, `warm_up`, `cool_down`, `drop`, `failure`).
    pub sets_by_type: BTreeMap<String, u64>,
    /// Bodyweight entries read (JEFIT's profile), outside `rows`.
    pub weigh_ins: u64,
    /// Body measurements read (JEFIT's profile), outside `rows`.
    pub measurements: u64,
    pub exercises_matched: Vec<Mapping>,
    pub exercises_created: Vec<String>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
    /// Workouts already in GymLog from another file: not added again.
    pub duplicates: u64,
    pub duplicate_workouts: Vec<Duplicate>,
    /// Events of this import the store already had (an earlier import of the same file).
    pub already_present: u64,
    /// Events written (0 for a dry run).
    pub added: u64,
    pub first_workout: Option<NaiveDate>,
    pub last_workout: Option<NaiveDate>,
}

/// Reads a file of a known app and layout into sets, skipped rows and warnings. `progress`
/// is told how many bytes of the text are behind (of `detected.text_len()`).
pub fn read(
    bytes: &[u8],
    detected: &Detected,
    options: ImportOptions,
    progress: &mut dyn FnMut(u64),
) -> Result<Parsed, ImportError> {
    let text = text::decode(bytes)?;
    apps::read(&text.text, &detected.layout, &detected.format, options, progress)
}

/// Detects and reads `bytes` in one step (`from` overrides the detection): for tests and tools.
pub fn parse(bytes: &[u8], from: Option<Source>, options: ImportOptions) -> Result<(Detected, Parsed), ImportError> {
    let detected = detect(bytes, from)?;
    let parsed = read(bytes, &detected, options, &mut |_| {})?;
    Ok((detected, parsed))
}

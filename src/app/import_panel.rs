//! The import panel's state: the path field, the unit asked for, where the check or import
//! is and how far. What it does is `import_flow.rs`; the import itself `import_file.rs`.

use std::path::PathBuf;

use super::import_file::{ImportOutcome, ImportProgress};
use crate::domain::units::WeightUnit;
use crate::import::Layout;

/// Where the import panel is.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum ImportPhase {
    /// Waiting for a file.
    #[default]
    Idle,
    /// Reading the file (a dry run).
    Checking,
    /// The file does not say its weight unit: the lifter must say kg or lb.
    NeedsUnit(Layout),
    /// Read: what importing `path` would add, waiting for the go-ahead.
    Checked {
        path: PathBuf,
        outcome: ImportOutcome,
    },
    Importing,
    Done(ImportOutcome),
    /// The file was refused (nothing was written).
    Failed(String),
}

#[derive(Debug, Clone, Default)]
pub struct ImportPanel {
    pub visible: bool,
    /// The in-app path field, always usable (no dialog needed).
    pub path_text: String,
    /// The weight unit the lifter chose for a file without one.
    pub unit: Option<WeightUnit>,
    pub phase: ImportPhase,
    /// How far the running check or import is.
    pub progress: ImportProgress,
    /// The lifter chose no file in the dialog (or none could be shown): the path field is the
    /// way, said quietly rather than as an error.
    pub no_choice: bool,
}

/// What a dry run of an import found.
#[derive(Debug)]
pub enum ImportCheck {
    Planned(Box<ImportOutcome>),
    NeedsUnit(Layout),
    Refused(String),
}

//! The restore panel's state: the path field and where the check or restore is. What it does
//! is `restore_flow.rs`.

use std::path::PathBuf;

use crate::backup::restore::RestoreReport;

/// Where the restore panel is.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum RestorePhase {
    /// Waiting for a file.
    #[default]
    Idle,
    /// Verifying the file and counting what it would add.
    Checking,
    /// Checked: what restoring `path` would do, waiting for the go-ahead.
    Checked {
        path: PathBuf,
        report: RestoreReport,
    },
    Restoring,
    Done(RestoreReport),
    /// The file was refused (nothing was written), or no file was chosen.
    Failed(String),
}

#[derive(Debug, Clone, Default)]
pub struct RestorePanel {
    pub visible: bool,
    /// The in-app path field, always usable (no dialog needed).
    pub path_text: String,
    pub phase: RestorePhase,
}

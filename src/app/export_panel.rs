//! The export panel's state: the format, the path field, what the last attempt said. The
//! export itself is `backup_flow.rs`.

use super::file_dialog::{CSV, FileFilter, PARQUET};

/// What the export panel writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    /// Every event, as a verified Parquet backup.
    #[default]
    Backup,
    /// Every set of every saved workout, for spreadsheets (not a backup).
    Csv,
}

impl ExportFormat {
    /// The message id of its label (`assets/i18n/*/backup.ftl`).
    pub fn label_id(self) -> &'static str {
        match self {
            ExportFormat::Backup => "backup-format-backup",
            ExportFormat::Csv => "backup-format-csv",
        }
    }

    pub(super) fn filter(self) -> FileFilter {
        match self {
            ExportFormat::Backup => PARQUET,
            ExportFormat::Csv => CSV,
        }
    }
}

/// The export panel as the view shows it.
#[derive(Debug, Clone, Default)]
pub struct ExportPanel {
    pub visible: bool,
    pub format: ExportFormat,
    /// The in-app path field: prefilled, editable, always usable.
    pub path_text: String,
    /// What the last attempt said (shown in the panel).
    pub status: Option<String>,
}

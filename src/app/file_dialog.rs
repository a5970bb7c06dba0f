//! The native file dialogs as the app layer sees them: a trait, so the window uses rfd (on a
//! background thread) while tests and machines without a desktop portal answer without one.
//! Every dialog has a fallback in the app: a path field next to its Browse… button.

use std::path::{Path, PathBuf};

/// What a dialog answered.
#[derive(Debug, Clone, PartialEq)]
pub enum DialogOutcome {
    Chosen(PathBuf),
    /// Cancelled, or no dialog could be shown (rfd cannot tell the two apart).
    NoChoice,
}

/// What the dialog is for, so its answer goes to the right place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Where to write a backup (or a CSV of sets).
    Export,
    /// Which backup to restore.
    Restore,
    /// The folder automatic backups go to.
    AutoBackupFolder,
    /// Which other app's export to import.
    Import,
    /// Which team dataset folder the console opens.
    TeamFolder,
    /// The folder sync goes through.
    SyncFolder,
}

/// The kinds of file a dialog filters for; the dialog shows the name (`name_id`, a message
/// id) in the lifter's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileFilter {
    pub name_id: &'static str,
    pub extensions: &'static [&'static str],
}

pub const PARQUET: FileFilter = FileFilter { name_id: "shell-dialog-filter-backup", extensions: &["parquet"] };
pub const CSV: FileFilter = FileFilter { name_id: "shell-dialog-filter-csv", extensions: &["csv"] };
/// Other apps' exports: CSV (JEFIT's and GymBook's too), and the text files some save.
pub const EXPORTS: FileFilter = FileFilter { name_id: "shell-dialog-filter-exports", extensions: &["csv", "txt"] };
/// Every filter, so the window can word them all once per language.
pub const FILTERS: [FileFilter; 3] = [PARQUET, CSV, EXPORTS];

/// The native dialogs. Each blocks until the lifter has chosen; they run on a background thread.
pub trait FileDialog: Send + Sync {
    /// Where to save `file_name`, starting in `folder`.
    fn save(&self, folder: &Path, file_name: &str, filter: FileFilter) -> DialogOutcome;
    /// Which existing file to open, starting in `folder`.
    fn open(&self, folder: &Path, filter: FileFilter) -> DialogOutcome;
    /// Which folder, starting in `folder`.
    fn pick_folder(&self, folder: &Path) -> DialogOutcome;
}

/// What a native dialog is asked.
pub(super) enum DialogRequest {
    Save { folder: PathBuf, name: String, filter: FileFilter },
    Open { folder: PathBuf, filter: FileFilter },
    Folder { folder: PathBuf },
}

/// Documents, else home, else the current folder.
pub(super) fn default_folder() -> PathBuf {
    directories::UserDirs::new()
        .map(|d| d.document_dir().unwrap_or(d.home_dir()).to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."))
}

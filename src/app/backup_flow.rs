//! Export backup from the window: the panel with its path field, the native save dialog and
//! the export on background threads, and the counter reset after a verified export.

use std::path::{Path, PathBuf};

use chrono::Local;

use super::AppState;
use super::jobs::{self, DialogOutcome, Job};
use crate::backup::export::{ExportReport, default_file_name, human_size};

/// The state of the export panel.
#[derive(Default)]
pub struct ExportPanel {
    pub visible: bool,
    /// The in-app path field: prefilled, editable, always usable.
    pub path_text: String,
    dialog: Option<Job<DialogOutcome>>,
    running: Option<Job<Result<ExportReport, String>>>,
    /// What the last attempt said (shown in the panel).
    pub status: Option<String>,
}

impl ExportPanel {
    pub fn dialog_open(&self) -> bool {
        self.dialog.is_some()
    }

    pub fn running(&self) -> bool {
        self.running.is_some()
    }
}

/// Documents, else home, else the current folder.
fn default_folder() -> PathBuf {
    directories::UserDirs::new()
        .map(|d| d.document_dir().unwrap_or(d.home_dir()).to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."))
}

impl AppState {
    fn export_folder(&self) -> PathBuf {
        self.prefs.last_export_folder.clone().filter(|p| p.is_dir()).unwrap_or_else(default_folder)
    }

    /// `gymlog-backup-YYYY-MM-DD.parquet` for today's local date.
    fn default_backup_name(&self) -> String {
        default_file_name(self.now().with_timezone(&Local).date_naive())
    }

    /// A workout still being logged goes into the backup as unfinished.
    pub fn in_progress_warning(&self) -> Option<&'static str> {
        self.session
            .as_ref()
            .map(|_| "A workout is in progress: the backup will hold it as unfinished. The export goes ahead.")
    }

    /// Shows the panel with today's default path and opens the save dialog. While an export
    /// runs, only shows the panel (with its progress).
    pub(super) fn open_export(&mut self) {
        self.export.visible = true;
        if self.export.running() || self.export.dialog_open() {
            return;
        }
        self.export.status = None;
        self.export.path_text = self.export_folder().join(self.default_backup_name()).display().to_string();
        self.browse_export_path();
    }

    pub(super) fn browse_export_path(&mut self) {
        if self.export.dialog_open() || self.export.running() {
            return;
        }
        let folder = Path::new(&self.export.path_text)
            .parent()
            .filter(|p| p.is_dir())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.export_folder());
        let name = Path::new(&self.export.path_text)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.default_backup_name());
        let dialog = self.dialog.clone();
        let wake = self.wake.clone();
        self.export.dialog = Some(Job::spawn(move || dialog.choose(&folder, &name), move || wake()));
    }

    pub(super) fn start_export(&mut self, path: PathBuf) {
        if self.export.running() {
            return;
        }
        let store = match self.store.try_clone() {
            Ok(store) => store,
            Err(e) => return self.export_failed(format!("could not start the export: {e}")),
        };
        if let Some(warning) = self.in_progress_warning() {
            self.info(warning);
        }
        self.export.path_text = path.display().to_string();
        self.export.status = Some(format!("Exporting to {} …", path.display()));
        let wake = self.wake.clone();
        self.export.running = Some(Job::spawn(move || jobs::export(store, path), move || wake()));
    }

    pub(super) fn poll_export(&mut self) {
        if let Some(outcome) = self.export.dialog.as_ref().and_then(Job::poll) {
            self.export.dialog = None;
            self.dialog_answered(outcome);
        }
        if let Some(result) = self.export.running.as_ref().and_then(Job::poll) {
            self.export.running = None;
            self.export_finished(result.and_then(|r| r));
        }
    }

    pub(super) fn wait_for_export(&mut self) {
        if let Some(job) = self.export.dialog.take() {
            self.dialog_answered(job.wait());
        }
        if let Some(job) = self.export.running.take() {
            self.export_finished(job.wait().and_then(|r| r));
        }
    }

    fn dialog_answered(&mut self, outcome: Result<DialogOutcome, String>) {
        match outcome {
            Ok(DialogOutcome::Chosen(path)) => self.start_export(path),
            Ok(DialogOutcome::NoChoice) => {
                self.export.status =
                    Some("No file chosen. Type a path above and press Export, or Browse… again.".to_string())
            }
            Err(e) => self.export.status = Some(format!("The save dialog failed ({e}); type a path above instead.")),
        }
    }

    fn export_finished(&mut self, result: Result<ExportReport, String>) {
        match result {
            Ok(report) => {
                let now = self.now();
                self.backup.reset_backup_count(now);
                self.save_backup_state();
                self.prefs.last_export_folder = report.path.parent().map(Path::to_path_buf);
                let text = format!(
                    "Backup saved: {} events, {} to {}",
                    report.events,
                    human_size(report.bytes),
                    report.path.display()
                );
                self.export.status = Some(text.clone());
                self.export.visible = false;
                self.info(text);
            }
            Err(e) => self.export_failed(e),
        }
    }

    fn export_failed(&mut self, reason: String) {
        let text = format!("Backup failed: {reason}. Nothing was written; the reminder stays.");
        self.export.status = Some(text.clone());
        self.error(text);
    }
}

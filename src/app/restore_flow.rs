//! Restore from the window (Settings → "Restore from backup…"): choose a file (native dialog,
//! or the path field), a dry run that verifies it and says what a restore would do, the
//! lifter's go-ahead, the restore itself in the background, then the History reloads. A
//! workout in progress is never touched: a restore only adds events.

use std::path::PathBuf;

use super::file_dialog::{DialogOutcome, DialogPurpose, DialogRequest, PARQUET, default_folder};
use super::jobs::JobKind;
use super::restore_panel::RestorePhase;
use super::state::AppState;
use super::state::{Done, done};
use crate::backup::restore::{RestoreReport, restore_backup};

impl AppState {
    pub(super) fn open_restore(&mut self) {
        self.restore.visible = true;
        if self.jobs.is_running(JobKind::Restore) {
            return;
        }
        self.restore.phase = RestorePhase::Idle;
        self.browse_restore_path();
    }

    pub(super) fn browse_restore_path(&mut self) {
        if self.jobs.is_running(JobKind::Restore) {
            return;
        }
        let folder = self.prefs.last_export_folder.clone().filter(|p| p.is_dir()).unwrap_or_else(default_folder);
        if let Err(busy) = self.ask_dialog(DialogPurpose::Restore, DialogRequest::Open { folder, filter: PARQUET }) {
            self.restore.phase = RestorePhase::Failed(busy);
        }
    }

    pub(super) fn restore_file_chosen(&mut self, outcome: DialogOutcome) {
        match outcome {
            DialogOutcome::Chosen(path) => self.check_restore(path),
            DialogOutcome::NoChoice => {
                self.restore.phase = RestorePhase::Failed(self.i18n.t("backup-restore-no-choice").to_string())
            }
        }
    }

    /// A dry run: verifies `path` and counts what restoring it would add. Writes nothing.
    pub(super) fn check_restore(&mut self, path: PathBuf) {
        self.restore.path_text = path.display().to_string();
        let store = match self.reader() {
            Ok(store) => store,
            Err(e) => return self.restore.phase = RestorePhase::Failed(e.to_string()),
        };
        let job = move || {
            let result = restore_backup(&store, &path, true).map_err(|e| e.to_string());
            let checked: Done = Box::new(move |app| app.restore_checked(path, result));
            checked
        };
        match self.start_job(JobKind::Restore, job) {
            Ok(()) => self.restore.phase = RestorePhase::Checking,
            Err(busy) => self.restore.phase = RestorePhase::Failed(busy),
        }
    }

    pub(super) fn restore_checked(&mut self, path: PathBuf, result: Result<RestoreReport, String>) {
        self.restore.phase = match result {
            Ok(report) => RestorePhase::Checked { path, report },
            Err(e) => RestorePhase::Failed(e),
        };
    }

    /// Restores the checked file (the lifter saw what it would do).
    pub(super) fn confirm_restore(&mut self) {
        let RestorePhase::Checked { path, .. } = &self.restore.phase else { return };
        let path = path.clone();
        let store = match self.reader() {
            Ok(store) => store,
            Err(e) => return self.restore.phase = RestorePhase::Failed(e.to_string()),
        };
        let job =
            move || done(AppState::restore_finished, restore_backup(&store, &path, false).map_err(|e| e.to_string()));
        match self.start_job(JobKind::Restore, job) {
            Ok(()) => self.restore.phase = RestorePhase::Restoring,
            Err(busy) => self.restore.phase = RestorePhase::Failed(busy),
        }
    }

    pub(super) fn restore_finished(&mut self, result: Result<RestoreReport, String>) {
        match result {
            Ok(report) => {
                let text = self.i18n.f(
                    "backup-restored",
                    &[("added", report.added.into()), ("present", report.already_present.into())],
                );
                self.info(text);
                self.restore.phase = RestorePhase::Done(report);
                self.reload_history();
            }
            Err(e) => {
                let text = self.i18n.f("backup-restore-failed", &[("detail", e.as_str().into())]);
                self.error(text);
                self.restore.phase = RestorePhase::Failed(e);
            }
        }
    }
}

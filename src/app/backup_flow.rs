//! Export from the window: the panel with its format and path field, the native dialogs and the
//! export as background jobs, the counter reset after a verified backup, and automatic backups.
//! A backup's snapshot is taken on the thread that saves workouts, so the counter read beside
//! it counts exactly the workouts inside the backup; those saved while it runs keep counting.

use std::path::{Path, PathBuf};

use chrono::Local;

use super::export_backup::{self, BackupBegun, BackupWritten};
use super::export_panel::ExportFormat;
use super::file_dialog::{DialogOutcome, DialogPurpose, DialogRequest, default_folder};
use super::jobs::JobKind;
use super::state::AppState;
use super::state::{Done, done};
use crate::backup::auto::{AutoBackup, Trigger};
use crate::backup::csv_export;
use crate::backup::export::{default_file_name, human_size};

impl AppState {
    fn export_folder(&self) -> PathBuf {
        self.prefs.last_export_folder.clone().filter(|p| p.is_dir()).unwrap_or_else(default_folder)
    }

    /// Today's default file name for the panel's format.
    fn default_export_name(&self) -> String {
        let today = self.now().with_timezone(&Local).date_naive();
        match self.export.format {
            ExportFormat::Backup => default_file_name(today),
            ExportFormat::Csv => csv_export::default_file_name(today),
        }
    }

    /// A workout still being logged goes into the backup as unfinished.
    pub fn in_progress_warning(&self) -> Option<&str> {
        self.live.session.as_ref().map(|_| self.i18n.t("backup-in-progress"))
    }

    /// Opens a native dialog on a background thread; its answer comes back as
    /// `AppState::dialog_answered` for `purpose`.
    pub(super) fn ask_dialog(&mut self, purpose: DialogPurpose, ask: DialogRequest) -> Result<(), String> {
        let dialog = self.env.dialog.clone();
        self.start_job(JobKind::FileDialog, move || {
            let outcome = match ask {
                DialogRequest::Save { folder, name, filter } => dialog.save(&folder, &name, filter),
                DialogRequest::Open { folder, filter } => dialog.open(&folder, filter),
                DialogRequest::Folder { folder } => dialog.pick_folder(&folder),
            };
            let answered: Done = Box::new(move |app| app.dialog_answered(purpose, outcome));
            answered
        })
    }

    pub(super) fn dialog_answered(&mut self, purpose: DialogPurpose, outcome: DialogOutcome) {
        if self.closing {
            return;
        }
        match (purpose, outcome) {
            (DialogPurpose::Export, DialogOutcome::Chosen(path)) => self.start_export(path),
            (DialogPurpose::Export, DialogOutcome::NoChoice) => {
                self.export.status = Some(self.i18n.t("backup-export-no-choice").to_string())
            }
            (DialogPurpose::Restore, outcome) => self.restore_file_chosen(outcome),
            (DialogPurpose::AutoBackupFolder, DialogOutcome::Chosen(folder)) => {
                let settings = AutoBackup { folder, ..self.backup().auto_backup.clone() };
                self.set_auto_backup(settings);
            }
            (DialogPurpose::AutoBackupFolder, DialogOutcome::NoChoice) => {}
            (DialogPurpose::Import, outcome) => self.import_file_chosen(outcome),
            (DialogPurpose::TeamFolder, DialogOutcome::Chosen(folder)) => self.open_team_folder(folder),
            (DialogPurpose::TeamFolder, DialogOutcome::NoChoice) => {}
            (DialogPurpose::SyncFolder, outcome) => self.sync_folder_chosen(outcome),
        }
    }

    /// Shows the panel with today's default path and opens the save dialog. While an export
    /// runs, only shows the panel (with its progress).
    pub(super) fn open_export(&mut self) {
        self.export.visible = true;
        if self.is_exporting() || self.dialog_open() {
            return;
        }
        self.export.status = None;
        self.export.path_text = self.export_folder().join(self.default_export_name()).display().to_string();
        self.browse_export_path();
    }

    pub(super) fn set_export_format(&mut self, format: ExportFormat) {
        if self.export.format == format {
            return;
        }
        self.export.format = format;
        let typed = PathBuf::from(&self.export.path_text);
        let folder = typed.parent().map(Path::to_path_buf).unwrap_or_else(|| self.export_folder());
        self.export.path_text = folder.join(self.default_export_name()).display().to_string();
    }

    pub(super) fn browse_export_path(&mut self) {
        if self.is_exporting() {
            return;
        }
        let typed = Path::new(&self.export.path_text);
        let folder =
            typed.parent().filter(|p| p.is_dir()).map(Path::to_path_buf).unwrap_or_else(|| self.export_folder());
        let name =
            typed.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| self.default_export_name());
        let filter = self.export.format.filter();
        if let Err(busy) = self.ask_dialog(DialogPurpose::Export, DialogRequest::Save { folder, name, filter }) {
            self.export.status = Some(busy);
        }
    }

    pub(super) fn start_export(&mut self, path: PathBuf) {
        if self.is_exporting() {
            self.export.status = Some(self.i18n.t("backup-export-running").to_string());
            return;
        }
        if self.export.format == ExportFormat::Csv {
            return self.start_csv_export(path);
        }
        let begun = match self.begin_backup() {
            Ok(begun) => begun,
            Err(e) => {
                let reason = self.i18n.f("backup-export-cannot-start", &[("detail", e.into())]);
                return self.export_failed(reason);
            }
        };
        if let Some(warning) = self.in_progress_warning().map(str::to_string) {
            self.info(warning);
        }
        self.export.path_text = path.display().to_string();
        let status = self.i18n.f("backup-exporting-to", &[("path", path.display().to_string().into())]);
        self.export.status = Some(status);
        let started = self.start_job(JobKind::Export, move || {
            done(AppState::export_finished, begun.write(&path).map_err(|e| e.to_string()))
        });
        if let Err(e) = started {
            self.export_failed(e);
        }
    }

    fn start_csv_export(&mut self, path: PathBuf) {
        let history = self.logbook.history.clone();
        self.export.path_text = path.display().to_string();
        self.export.status = Some(self.i18n.f("backup-writing", &[("path", path.display().to_string().into())]));
        let started = self.start_job(JobKind::Export, move || {
            done(AppState::csv_exported, csv_export::export_sets_csv(&history, &path))
        });
        if let Err(e) = started {
            self.export.status = Some(e);
        }
    }

    /// Settles what is on its way, then takes the snapshot and the count that goes with it.
    fn begin_backup(&mut self) -> Result<BackupBegun, String> {
        let store = self.reader()?;
        export_backup::begin(&store, &self.backup).map_err(|e| e.to_string())
    }

    pub(super) fn export_finished(&mut self, result: Result<BackupWritten, String>) {
        match result {
            Ok(written) => {
                self.backed_up(&written);
                let report = written.report;
                self.prefs.last_export_folder = report.path.parent().map(Path::to_path_buf);
                let text = self.i18n.f(
                    "backup-saved",
                    &[
                        ("events", report.events.into()),
                        ("size", self.i18n.localise_number(human_size(report.bytes)).into()),
                        ("path", report.path.display().to_string().into()),
                    ],
                );
                self.export.status = Some(text.clone());
                self.export.visible = false;
                self.info(text);
            }
            Err(e) => self.export_failed(e),
        }
    }

    /// Writes the lifter's part of a team dataset in the background (the export slot: one
    /// export at a time).
    pub(super) fn export_dataset(&mut self, folder: PathBuf, athlete: String) {
        let store = match self.reader() {
            Ok(store) => store,
            Err(e) => {
                let text = self.i18n.f("backup-team-cannot", &[("detail", e.to_string().into())]);
                return self.error(text);
            }
        };
        let started = self.start_job(JobKind::Export, move || {
            done(AppState::dataset_exported, crate::backup::dataset::export_dataset(&store, &folder, &athlete))
        });
        if let Err(busy) = started {
            self.error(busy);
        }
    }

    pub(super) fn dataset_exported(&mut self, result: Result<crate::backup::dataset::DatasetReport, String>) {
        match result {
            Ok(report) => {
                let text = self.i18n.f(
                    "backup-team-written",
                    &[("events", report.events.into()), ("path", report.folder.display().to_string().into())],
                );
                self.info(text)
            }
            Err(e) => {
                let text = self.i18n.f("backup-team-failed", &[("detail", e.into())]);
                self.error(text)
            }
        }
    }

    pub(super) fn csv_exported(&mut self, result: Result<csv_export::CsvWritten, String>) {
        match result {
            Ok(written) => {
                self.prefs.last_export_folder = written.path.parent().map(Path::to_path_buf);
                let text = self.i18n.f("backup-csv-written", &[("detail", written.describe().into())]);
                self.export.status = Some(text.clone());
                self.export.visible = false;
                self.info(text);
            }
            Err(e) => {
                let text = self.i18n.f("backup-csv-failed", &[("detail", e.into())]);
                self.export.status = Some(text.clone());
                self.error(text);
            }
        }
    }

    fn export_failed(&mut self, reason: String) {
        let reason = reason.trim_end_matches('.');
        let text = self.i18n.f("backup-failed", &[("detail", reason.into())]);
        self.export.status = Some(text.clone());
        self.error(text);
    }

    /// A verified backup (manual or automatic) holds the workouts counted at its snapshot.
    fn backed_up(&mut self, written: &BackupWritten) {
        let now = self.now();
        let counted = written.count(&mut self.backup, now);
        self.counter_saved(counted);
    }

    /// Changes the automatic backup settings; turning them on needs an existing folder.
    pub(super) fn set_auto_backup(&mut self, settings: AutoBackup) {
        if settings.enabled && !settings.folder.is_dir() {
            let path = settings.folder.display().to_string();
            let text = self.i18n.f("backup-auto-no-folder", &[("path", path.into())]);
            self.error(text);
            let saved = self.backup.set_auto_backup(AutoBackup { enabled: false, ..settings });
            self.counter_saved(saved);
        } else {
            let saved = self.backup.set_auto_backup(AutoBackup { keep: settings.keep.max(1), ..settings });
            self.counter_saved(saved);
        }
    }

    pub(super) fn choose_auto_backup_folder(&mut self) {
        let folder =
            Some(self.backup().auto_backup.folder.clone()).filter(|f| f.is_dir()).unwrap_or_else(default_folder);
        if let Err(busy) = self.ask_dialog(DialogPurpose::AutoBackupFolder, DialogRequest::Folder { folder }) {
            self.error(busy);
        }
    }

    /// Starts an automatic backup if the settings say one is due. Never delays a save: it
    /// runs after the workout is committed, in the background.
    pub(super) fn maybe_auto_backup(&mut self, trigger: Trigger) {
        let settings = self.backup().auto_backup.clone();
        let now = self.now();
        if !settings.enabled || self.jobs.is_running(JobKind::AutoBackup) {
            return;
        }
        if !settings.is_due(trigger, self.backup().last_auto_backup, now) {
            return;
        }
        let begun = match self.begin_backup() {
            Ok(begun) => begun,
            Err(e) => return self.auto_backup_failed(e),
        };
        let started = self.start_job(JobKind::AutoBackup, move || {
            done(AppState::auto_backup_finished, begun.write_automatic(&settings, now))
        });
        if let Err(e) = started {
            self.auto_backup_failed(e);
        }
    }

    pub(super) fn auto_backup_finished(&mut self, result: Result<BackupWritten, String>) {
        match result {
            Ok(written) => {
                self.backed_up(&written);
                let report = written.report;
                let path = report.path.display().to_string();
                let text =
                    self.i18n.f("backup-auto-last-file", &[("path", path.into()), ("events", report.events.into())]);
                self.auto_status = Some(text);
            }
            Err(e) => self.auto_backup_failed(e),
        }
    }

    fn auto_backup_failed(&mut self, reason: String) {
        let text = self.i18n.f("backup-auto-failed", &[("detail", reason.into())]);
        self.auto_status = Some(text.clone());
        self.error(text);
    }
}

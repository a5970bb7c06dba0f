//! Importing in the window: one "Choose file…" (or a file dropped on the window), a dry run
//! shows what was detected and what would be added (asking the weight unit only when the file
//! does not say it), the lifter confirms, the import runs in the background with a progress
//! bar, the History reloads and the backup counter counts the new workouts. The import itself
//! is `import_file.rs`, shared with the command line.

use std::path::{Path, PathBuf};

use super::file_dialog::{DialogOutcome, DialogPurpose, DialogRequest, EXPORTS, default_folder};
use super::import_file::{ImportFailure, ImportOutcome, ImportProgress, ImportRequest, import_file};
use super::import_panel::{ImportCheck, ImportPhase};
use super::jobs::JobKind;
use super::state::AppState;
use super::state::Done;
use crate::domain::units::WeightUnit;
use crate::import::Source;

impl AppState {
    pub(super) fn open_import(&mut self) {
        self.import.visible = true;
        if self.jobs.is_running(JobKind::Import) {
            return;
        }
        self.import.unit = None;
        self.import.phase = ImportPhase::Idle;
        self.browse_import_path();
    }

    /// A file dropped on the window: the import panel opens on it.
    pub(super) fn import_dropped(&mut self, path: PathBuf) {
        self.import.visible = true;
        if self.jobs.is_running(JobKind::Import) {
            return;
        }
        self.import.unit = None;
        self.check_import(path);
    }

    pub(super) fn browse_import_path(&mut self) {
        if self.jobs.is_running(JobKind::Import) {
            return;
        }
        self.import.no_choice = false;
        let folder = Path::new(&self.import.path_text)
            .parent()
            .filter(|p| p.is_dir())
            .map(Path::to_path_buf)
            .unwrap_or_else(default_folder);
        if let Err(busy) = self.ask_dialog(DialogPurpose::Import, DialogRequest::Open { folder, filter: EXPORTS }) {
            self.import.phase = ImportPhase::Failed(busy);
        }
    }

    pub(super) fn import_file_chosen(&mut self, outcome: DialogOutcome) {
        match outcome {
            DialogOutcome::Chosen(path) => {
                self.import.unit = None;
                self.check_import(path)
            }
            DialogOutcome::NoChoice => self.import.no_choice = true,
        }
    }

    /// A dry run: reads the file and says what importing it would add. Writes nothing.
    pub(super) fn check_import(&mut self, path: PathBuf) {
        self.import.path_text = path.display().to_string();
        self.import.no_choice = false;
        let store = match self.reader() {
            Ok(store) => store,
            Err(e) => return self.import.phase = ImportPhase::Failed(e.to_string()),
        };
        let request = ImportRequest { from: None, unit: self.import.unit, dry_run: true };
        let (now, progress) = (self.now(), ImportProgress::default());
        self.import.progress = progress.clone();
        let job = move || {
            let outcome = match import_file(&store, &path, request, now, &progress) {
                Ok(outcome) => ImportCheck::Planned(Box::new(outcome)),
                Err(ImportFailure::NeedsUnit { layout, .. }) => ImportCheck::NeedsUnit(layout),
                Err(e) => ImportCheck::Refused(e.to_string()),
            };
            let checked: Done = Box::new(move |app| app.import_checked(path, outcome));
            checked
        };
        match self.start_job(JobKind::Import, job) {
            Ok(()) => self.import.phase = ImportPhase::Checking,
            Err(busy) => self.import.phase = ImportPhase::Failed(busy),
        }
    }

    pub(super) fn import_checked(&mut self, path: PathBuf, outcome: ImportCheck) {
        self.import.phase = match outcome {
            ImportCheck::Planned(outcome) => ImportPhase::Checked { path, outcome: *outcome },
            ImportCheck::NeedsUnit(layout) => ImportPhase::NeedsUnit(layout),
            ImportCheck::Refused(reason) => ImportPhase::Failed(reason),
        };
    }

    /// The lifter said the file's weight unit: read it again with it.
    pub(super) fn set_import_unit(&mut self, unit: WeightUnit) {
        self.import.unit = Some(unit);
        if !self.import.path_text.trim().is_empty() {
            let path = PathBuf::from(self.import.path_text.trim());
            self.check_import(path);
        }
    }

    /// Imports the checked file (the lifter saw what it would add).
    pub(super) fn confirm_import(&mut self) {
        let ImportPhase::Checked { path, .. } = &self.import.phase else { return };
        let path = path.clone();
        let store = match self.reader() {
            Ok(store) => store,
            Err(e) => return self.import.phase = ImportPhase::Failed(e.to_string()),
        };
        let request = ImportRequest { from: None, unit: self.import.unit, dry_run: false };
        let (now, progress) = (self.now(), ImportProgress::default());
        self.import.progress = progress.clone();
        let job = move || {
            super::state::done(
                AppState::import_finished,
                import_file(&store, &path, request, now, &progress).map_err(|e| e.to_string()),
            )
        };
        match self.start_job(JobKind::Import, job) {
            Ok(()) => self.import.phase = ImportPhase::Importing,
            Err(busy) => self.import.phase = ImportPhase::Failed(busy),
        }
    }

    pub(super) fn import_finished(&mut self, result: Result<ImportOutcome, String>) {
        match result {
            Ok(outcome) => {
                let new_workouts = outcome.new_workouts;
                // Imported workouts are new data, in no backup yet.
                let counted = outcome.count(&mut self.backup);
                self.counter_saved(counted);
                let app = match Source::parse(&outcome.report.source) {
                    Some(source) => source.label().to_string(),
                    None => self.i18n.t("import-the-file").to_string(),
                };
                let text = self.i18n.f(
                    "import-imported",
                    &[
                        ("count", new_workouts.into()),
                        ("app", app.into()),
                        ("added", outcome.report.added.into()),
                        ("present", outcome.report.already_present.into()),
                        ("duplicates", outcome.report.duplicates.into()),
                    ],
                );
                self.info(text);
                self.import.phase = ImportPhase::Done(outcome);
                self.reload_history();
            }
            Err(e) => {
                let text = self.i18n.f("import-failed", &[("detail", e.as_str().into())]);
                self.error(text);
                self.import.phase = ImportPhase::Failed(e);
            }
        }
    }
}

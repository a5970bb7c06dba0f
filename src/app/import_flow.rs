//! Importing another app's export, for the command line and the window alike: read the file
//! (refused before it is read whole when it is larger than any export), find its app and
//! layout, read its rows, plan the events against what GymLog holds, and append the ones the
//! store lacks in one transaction (or, dry run, none), completing the report with what was
//! added. In the window: one "Choose file…" (or a file dropped on the window), a dry run shows
//! what was detected and what would be added (asking the weight unit only when the file does
//! not say it), the lifter confirms, the import runs in the background with a progress bar,
//! the History reloads and the backup counter counts the new workouts.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{DateTime, Local, NaiveDateTime, TimeZone, Utc};

use super::backup_flow::{DialogRequest, default_folder};
use super::file_dialog::{DialogOutcome, DialogPurpose, EXPORTS};
use super::jobs::JobKind;
use super::state::AppState;
use super::state::Done;
use crate::domain::units::WeightUnit;
use crate::import::{self, ImportError, ImportOptions, ImportReport, Layout, Library, Source};
use crate::store::{Store, StoreError};

/// A local time of the file as UTC, in this machine's time zone (the earlier of two at a DST
/// change; a time skipped by one is read as UTC).
pub fn local_to_utc(at: NaiveDateTime) -> DateTime<Utc> {
    Local.from_local_datetime(&at).earliest().map_or_else(|| Utc.from_utc_datetime(&at), |t| t.with_timezone(&Utc))
}

/// What an import is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportRequest {
    /// The app, when the lifter says it (else it is found from the file).
    pub from: Option<Source>,
    /// The weight unit of a file that does not say its own.
    pub unit: Option<WeightUnit>,
    /// Report only; write nothing.
    pub dry_run: bool,
}

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportFailure {
    #[error("cannot read {}: {source}, nothing was written", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{} was not imported, nothing was written: {error}", path.display())]
    Refused { path: PathBuf, error: ImportError },
    /// The file does not say its weight unit and the request did not either.
    #[error(
        "{} was not imported, nothing was written: this {} export does not say its weight unit: choose kg or lb \
         (--unit kg or --unit lb)",
        path.display(),
        layout.source.label()
    )]
    NeedsUnit { path: PathBuf, layout: Layout },
    #[error("the import failed, nothing was written: {0}")]
    Store(#[from] StoreError),
}

/// What an import did (or, dry run, would do).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOutcome {
    pub report: ImportReport,
    /// Workouts added (or that would be): new data for the backup counter.
    pub new_workouts: u32,
}

/// How far an import is, for a progress bar: a thousandth of the way at a time.
#[derive(Debug, Clone, Default)]
pub struct ImportProgress(Arc<AtomicU32>);

impl ImportProgress {
    /// From 0 to 1.
    pub fn fraction(&self) -> f32 {
        self.0.load(Ordering::Relaxed) as f32 / 1000.0
    }

    fn set(&self, fraction: f64) {
        self.0.store((fraction.clamp(0.0, 1.0) * 1000.0) as u32, Ordering::Relaxed);
    }
}

/// The file's bytes, refused when it is larger than any export (an endless one, such as
/// `/dev/zero`, too) before memory runs out.
fn read_export(path: &Path) -> Result<Vec<u8>, ImportFailure> {
    let failed = |source| ImportFailure::Read { path: path.to_path_buf(), source };
    let refused = |error| ImportFailure::Refused { path: path.to_path_buf(), error };
    let file = std::fs::File::open(path).map_err(failed)?;
    let length = file.metadata().map_err(failed)?.len();
    import::check_size(length).map_err(refused)?;
    let mut bytes = Vec::with_capacity(length as usize);
    let mut file = file.take(import::MAX_FILE_BYTES + 1);
    // The start first: a file that is not text is refused before the rest is read.
    (&mut file).take(64 * 1024).read_to_end(&mut bytes).map_err(failed)?;
    import::check_text(&bytes).map_err(refused)?;
    file.read_to_end(&mut bytes).map_err(failed)?;
    import::check_size(bytes.len() as u64).map_err(refused)?;
    Ok(bytes)
}

/// Imports `path` into `store`; `progress` goes from 0 to 1 as it reads and writes.
pub fn import_file(
    store: &Store,
    path: &Path,
    request: ImportRequest,
    now: DateTime<Utc>,
    progress: &ImportProgress,
) -> Result<ImportOutcome, ImportFailure> {
    let refused = |error| ImportFailure::Refused { path: path.to_path_buf(), error };
    let bytes = read_export(path)?;
    let detected = import::detect(&bytes, request.from).map_err(refused)?;
    if detected.layout.needs_unit && request.unit.is_none() {
        return Err(ImportFailure::NeedsUnit { path: path.to_path_buf(), layout: detected.layout });
    }
    let total = bytes.len().max(1) as f64;
    let options = ImportOptions { unit: request.unit };
    let parsed = import::read(&bytes, &detected, options, &mut |read| progress.set(0.4 * read as f64 / total))
        .map_err(refused)?;
    drop(bytes);
    // The window may be exporting meanwhile: no memory limit on the store (`Store::history`).
    let library = Library::of(&store.history_beside_other_work()?);
    let plan = import::plan(&detected.layout, parsed, &library, now, local_to_utc);
    drop(library);
    let events = plan.event_count().max(1) as f64;
    let present = store.append_missing(plan.events(), request.dry_run, &mut |done| {
        progress.set(0.4 + 0.6 * done as f64 / events);
    })?;
    progress.set(1.0);
    let new_workouts = plan.completed_ids().filter(|id| !present.contains(id)).count() as u32;
    let mut report = plan.report.clone();
    report.already_present = present.len() as u64;
    report.added = if request.dry_run { 0 } else { plan.event_count() - report.already_present };
    Ok(ImportOutcome { report, new_workouts })
}

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
        match self.jobs.start(JobKind::Import, job) {
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
        match self.jobs.start(JobKind::Import, job) {
            Ok(()) => self.import.phase = ImportPhase::Importing,
            Err(busy) => self.import.phase = ImportPhase::Failed(busy),
        }
    }

    pub(super) fn import_finished(&mut self, result: Result<ImportOutcome, String>) {
        match result {
            Ok(outcome) => {
                let new_workouts = outcome.new_workouts;
                // Imported workouts are new data, in no backup yet.
                for _ in 0..new_workouts {
                    self.backup.increment_workout_count();
                }
                if new_workouts > 0 {
                    self.save_backup_state();
                }
                let app = Source::parse(&outcome.report.source).map_or("the file", Source::label);
                self.info(format!(
                    "Imported {new_workouts} workouts from {app} ({} events added, {} already here, {} workouts \
                     already in GymLog from another file).",
                    outcome.report.added, outcome.report.already_present, outcome.report.duplicates
                ));
                self.import.phase = ImportPhase::Done(outcome);
                self.reload_history();
            }
            Err(e) => {
                self.error(format!("Import failed: {e}"));
                self.import.phase = ImportPhase::Failed(e);
            }
        }
    }
}

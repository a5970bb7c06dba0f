//! Importing a Strong or Hevy file, for the command line and the window alike: read, parse,
//! plan the events against the library, and append the ones the store lacks in one
//! transaction (or, dry run, none), completing the report with what was added. In the window:
//! choose the app and the file, a dry run shows the report (asking the weight unit when the
//! file has none), the lifter confirms, the import runs in the background, the History reloads
//! and the backup counter counts the new workouts.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDateTime, TimeZone, Utc};

use super::backup_flow::{DialogRequest, default_folder};
use super::file_dialog::{CSV, DialogOutcome, DialogPurpose};
use super::jobs::{JobDone, JobKind};
use super::state::AppState;
use crate::domain::event::EventKind;
use crate::domain::exercise::builtin_library;
use crate::domain::units::WeightUnit;
use crate::import::{self, ImportError, ImportOptions, ImportReport, Source};
use crate::store::Store;

/// A local time of the file as UTC, in this machine's time zone (the earlier of two at a DST
/// change; a time skipped by one is read as UTC).
pub fn local_to_utc(at: NaiveDateTime) -> DateTime<Utc> {
    Local.from_local_datetime(&at).earliest().map_or_else(|| Utc.from_utc_datetime(&at), |t| t.with_timezone(&Utc))
}

/// Imports `path` into `store`. Returns the report; `report.added` events were written, and
/// the workouts among them are new data for the backup counter (`workouts_added`).
pub fn import_file(
    store: &Store,
    source: Source,
    path: &Path,
    options: ImportOptions,
    dry_run: bool,
    now: DateTime<Utc>,
) -> Result<(ImportReport, u32), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let parsed = import::parse(source, &bytes, options)
        .map_err(|e: ImportError| format!("{} was not imported, nothing was written: {e}", path.display()))?;
    // The window may be exporting meanwhile: no memory limit on the store (`Store::history`).
    let history = store.history_beside_other_work().map_err(|e| e.to_string())?;
    let mut library = builtin_library();
    library.extend(history.custom_exercises().iter().cloned());
    let plan = import::plan(source, parsed, &library, now, local_to_utc);
    let present = store.append_missing(&plan.events, dry_run).map_err(|e| e.to_string())?;
    let mut report = plan.report;
    report.already_present = present.len() as u64;
    report.added = if dry_run { 0 } else { plan.events.len() as u64 - report.already_present };
    let new_workouts = plan
        .events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::WorkoutCompleted { .. }) && !present.contains(&e.id))
        .count() as u32;
    Ok((report, new_workouts))
}

/// Where the import panel is.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum ImportPhase {
    /// Waiting for a file.
    #[default]
    Idle,
    /// Reading the file (a dry run).
    Checking,
    /// A Strong export without a unit column: the lifter must say kg or lb.
    NeedsUnit,
    /// Read: what importing `path` would add, waiting for the go-ahead.
    Checked {
        path: PathBuf,
        report: ImportReport,
        workouts: u32,
    },
    Importing,
    Done(ImportReport),
    /// The file was refused (nothing was written), or no file was chosen.
    Failed(String),
}

#[derive(Debug, Clone)]
pub struct ImportPanel {
    pub visible: bool,
    pub source: Source,
    /// The in-app path field, always usable (no dialog needed).
    pub path_text: String,
    /// The weight unit the lifter chose for a file without one.
    pub unit: Option<WeightUnit>,
    pub phase: ImportPhase,
}

impl Default for ImportPanel {
    fn default() -> Self {
        ImportPanel {
            visible: false,
            source: Source::Strong,
            path_text: String::new(),
            unit: None,
            phase: ImportPhase::Idle,
        }
    }
}

/// What a dry run of an import found.
#[derive(Debug)]
pub enum ImportCheck {
    /// What importing would add, and how many workouts are new.
    Planned(ImportReport, u32),
    NeedsUnit,
    Refused(String),
}

impl AppState {
    pub(super) fn open_import(&mut self, source: Source) {
        self.import.visible = true;
        if self.jobs.is_running(JobKind::Import) {
            return;
        }
        self.import.source = source;
        self.import.unit = None;
        self.import.phase = ImportPhase::Idle;
        self.browse_import_path();
    }

    pub(super) fn browse_import_path(&mut self) {
        if self.jobs.is_running(JobKind::Import) {
            return;
        }
        let folder = Path::new(&self.import.path_text)
            .parent()
            .filter(|p| p.is_dir())
            .map(Path::to_path_buf)
            .unwrap_or_else(default_folder);
        if let Err(busy) = self.ask_dialog(DialogPurpose::Import, DialogRequest::Open { folder, filter: CSV }) {
            self.import.phase = ImportPhase::Failed(busy);
        }
    }

    pub(super) fn import_file_chosen(&mut self, outcome: DialogOutcome) {
        match outcome {
            DialogOutcome::Chosen(path) => self.check_import(path),
            DialogOutcome::NoChoice => {
                self.import.phase = ImportPhase::Failed(
                    "No file chosen. Type the export's path above and press Check, or Browse… again.".into(),
                )
            }
        }
    }

    /// A dry run: reads the file and says what importing it would add. Writes nothing.
    pub(super) fn check_import(&mut self, path: PathBuf) {
        self.import.path_text = path.display().to_string();
        let store = match self.store.try_clone() {
            Ok(store) => store,
            Err(e) => return self.import.phase = ImportPhase::Failed(e.to_string()),
        };
        let (source, unit, now) = (self.import.source, self.import.unit, self.now());
        let job = move || {
            let outcome = match std::fs::read(&path) {
                Ok(bytes) if unit.is_none() && import::needs_unit(source, &bytes) => ImportCheck::NeedsUnit,
                Ok(_) => match import_file(&store, source, &path, ImportOptions { unit }, true, now) {
                    Ok((report, workouts)) => ImportCheck::Planned(report, workouts),
                    Err(e) => ImportCheck::Refused(e),
                },
                Err(e) => ImportCheck::Refused(format!("cannot read {}: {e}", path.display())),
            };
            JobDone::ImportChecked { path, outcome }
        };
        match self.jobs.start(JobKind::Import, job) {
            Ok(()) => self.import.phase = ImportPhase::Checking,
            Err(busy) => self.import.phase = ImportPhase::Failed(busy),
        }
    }

    pub(super) fn import_checked(&mut self, path: PathBuf, outcome: ImportCheck) {
        self.import.phase = match outcome {
            ImportCheck::Planned(report, workouts) => ImportPhase::Checked { path, report, workouts },
            ImportCheck::NeedsUnit => ImportPhase::NeedsUnit,
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
        let store = match self.store.try_clone() {
            Ok(store) => store,
            Err(e) => return self.import.phase = ImportPhase::Failed(e.to_string()),
        };
        let (source, options, now) = (self.import.source, ImportOptions { unit: self.import.unit }, self.now());
        let job = move || JobDone::ImportFinished(import_file(&store, source, &path, options, false, now));
        match self.jobs.start(JobKind::Import, job) {
            Ok(()) => self.import.phase = ImportPhase::Importing,
            Err(busy) => self.import.phase = ImportPhase::Failed(busy),
        }
    }

    pub(super) fn import_finished(&mut self, result: Result<(ImportReport, u32), String>) {
        match result {
            Ok((report, new_workouts)) => {
                // Imported workouts are new data, in no backup yet.
                for _ in 0..new_workouts {
                    self.backup.increment_workout_count();
                }
                if new_workouts > 0 {
                    self.save_backup_state();
                }
                self.info(format!(
                    "Imported {new_workouts} workouts from {} ({} events added, {} already here).",
                    self.import.source.label(),
                    report.added,
                    report.already_present
                ));
                self.import.phase = ImportPhase::Done(report);
                self.reload_history();
            }
            Err(e) => {
                self.error(format!("Import failed: {e}"));
                self.import.phase = ImportPhase::Failed(e);
            }
        }
    }
}

//! Importing another app's export, the one use case the command line (`gymlog import`) and
//! the window share: read the file (refused before it is read whole when it is larger than any
//! export), find its app and layout, read its rows, plan the events against what GymLog holds,
//! and append the ones the store lacks in one transaction (or, dry run, none), completing the
//! report with what was added. [`ImportOutcome::count`] then counts the workouts it added on
//! the backup counter, the same for both front ends.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{DateTime, Local, NaiveDateTime, TimeZone, Utc};

use crate::backup::counter::{BackupCounter, CounterNotSaved};
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
    /// Nothing was written.
    pub dry_run: bool,
}

impl ImportOutcome {
    /// Counts the workouts the import added on the backup counter (a dry run counts none):
    /// they are in no backup yet.
    pub fn count(&self, counter: &mut BackupCounter) -> Result<(), CounterNotSaved> {
        counter.imported(self.new_workouts, self.dry_run)
    }
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
    Ok(ImportOutcome { report, new_workouts, dry_run: request.dry_run })
}

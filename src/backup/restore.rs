//! Restore (`gymlog restore`, Settings → "Restore from backup…"): a backup is verified from the
//! very rows it is merged from, then merged into the store by `_event_id` in one transaction.
//! Events the store has are skipped (so restoring twice adds nothing), new ones appended; an id
//! the store has with other content is a conflict: the store's event is kept, and counted.
//! Junk changes nothing.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::verify::{self, VerifyReport};
use crate::store::Store;

/// What a restore did (or, dry run, would do).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RestoreReport {
    pub added: u64,
    pub already_present: u64,
    pub conflicts: u64,
    pub events_after: u64,
    pub dry_run: bool,
    /// What the backup holds.
    #[serde(skip)]
    pub backup: VerifyReport,
}

#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error("{path} is not a sound GymLog backup, nothing was restored: {}", .problems.join("; "))]
    NotSound { path: PathBuf, problems: Vec<String> },
    #[error("could not restore {path}, nothing was restored: {reason}")]
    Failed { path: PathBuf, reason: String },
}

/// Verifies `path` and merges it into `store` (unless `dry_run`).
pub fn restore_backup(store: &Store, path: &Path, dry_run: bool) -> Result<RestoreReport, RestoreError> {
    let not_sound = |problems: Vec<String>| RestoreError::NotSound { path: path.to_path_buf(), problems };
    let failed = |e: crate::store::StoreError| RestoreError::Failed { path: path.to_path_buf(), reason: e.to_string() };
    if let Some(problem) = verify::not_a_file(path) {
        return Err(not_sound(vec![problem]));
    }
    let staged = store.stage(path).map_err(|e| not_sound(vec![verify::unreadable(&e.to_string())]))?;
    let backup = verify::check(&staged);
    if !backup.ok {
        return Err(not_sound(backup.problems));
    }
    let counts = staged.merge_counts().map_err(failed)?;
    let events_after =
        if dry_run { store.event_count().map_err(failed)? + counts.added } else { staged.merge().map_err(failed)? };
    Ok(RestoreReport {
        added: counts.added,
        already_present: counts.already_present,
        conflicts: counts.conflicts,
        events_after,
        dry_run,
        backup,
    })
}

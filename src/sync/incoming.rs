//! Merging another device's event file: exactly a restore (`backup::restore`) — the file is
//! verified from the very rows it is merged from (shape, metadata, every row a valid event of
//! a known version, unique ids, the content checksum recomputed from every value) and merged
//! by `_event_id` in one transaction, all of it or nothing. A file that does not check out is
//! skipped with the verifier's words; only a failure of the database stops the sync.

use super::SyncError;
use super::scan::EventFile;
use super::skip::SkipReason;
use crate::backup::restore::{RestoreError, restore_backup};
use crate::store::Store;

/// What merging one file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merged {
    pub events: u64,
    pub added: u64,
    pub conflicts: u64,
}

/// Merges `file` into `store`: `Ok(Err(reason))` when the file was skipped (nothing of it is
/// merged), `Err` when the database failed.
pub fn merge(store: &Store, file: &EventFile) -> Result<Result<Merged, SkipReason>, SyncError> {
    match restore_backup(store, &file.path, false) {
        Ok(report) => Ok(Ok(Merged { events: report.backup.events, added: report.added, conflicts: report.conflicts })),
        Err(RestoreError::NotSound { problems, .. }) => {
            Ok(Err(SkipReason::DoesNotCheckOut { problems: problems.join("; ") }))
        }
        Err(RestoreError::Failed { path, reason }) => Err(SyncError::Merge { path, reason }),
    }
}

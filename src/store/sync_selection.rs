//! The events a sync file carries (docs/sync.md), chosen in a snapshot: those no file already
//! in the folder holds (`held`), plus — when a device compacts its files into one — those its
//! own files hold (`kept`). The ids of those files are read once into temporary tables of the
//! snapshot's transaction, so the content checksum and the `COPY` see the very same events.

use std::path::PathBuf;

use uuid::Uuid;

use super::digest::ContentDigest;
use super::snapshot::{path_literal, sql_string_literal};
use super::{Result, Snapshot, StoreError, log_digest};

/// The chosen events, as a relation of the snapshot's connection.
const CHOSEN: &str = "(SELECT * FROM events e
     WHERE EXISTS (SELECT 1 FROM sync_kept k WHERE k._event_id = e._event_id)
        OR NOT EXISTS (SELECT 1 FROM sync_held h WHERE h._event_id = e._event_id)) AS chosen";

/// Some events of a snapshot, chosen for a sync file. Dropping it drops its tables.
pub struct SyncSelection<'s> {
    snapshot: &'s Snapshot,
}

impl Snapshot {
    /// Chooses the events of the snapshot that none of the Parquet files `held` holds, and
    /// every event that one of `kept` holds (by `_event_id`).
    pub fn sync_selection(&self, held: &[PathBuf], kept: &[PathBuf]) -> Result<SyncSelection<'_>> {
        let selection = SyncSelection { snapshot: self };
        for (table, files) in [("sync_held", held), ("sync_kept", kept)] {
            let source = match files {
                [] => "(SELECT NULL::UUID AS _event_id WHERE false)".to_string(),
                files => {
                    let list = files.iter().map(|f| path_literal(f)).collect::<Result<Vec<_>>>()?.join(", ");
                    format!("(SELECT _event_id FROM read_parquet([{list}]))")
                }
            };
            self.conn
                .execute_batch(&format!("CREATE TEMP TABLE {table} AS SELECT DISTINCT _event_id FROM {source}"))?;
        }
        Ok(selection)
    }
}

impl SyncSelection<'_> {
    /// The content checksum (and count) of the chosen events.
    pub fn digest(&self) -> Result<ContentDigest> {
        log_digest::scan(&self.snapshot.conn, CHOSEN)
    }

    /// Writes the chosen events in log order to a zstd Parquet file at `path` with `metadata`
    /// as its key-value metadata, like a backup; returns the rows written.
    pub fn copy_to_parquet(&self, path: &std::path::Path, metadata: &[(&str, String)]) -> Result<u64> {
        let kv = metadata
            .iter()
            .map(|(k, v)| format!("{}: {}", sql_string_literal(k), sql_string_literal(v)))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "COPY (SELECT * FROM {CHOSEN} ORDER BY _created_at, _event_id) TO {} \
             (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 3, KV_METADATA {{{kv}}})",
            path_literal(path)?
        );
        Ok(self.snapshot.conn.execute(&sql, [])? as u64)
    }

    /// For every `set_updated` among the chosen events, the event it replaced in this log: the
    /// set's `set_logged` or `set_updated` just before it in log order (what the device that
    /// made the edit had seen of the set). Pairs of (edit, replaced).
    pub fn replaced_set_edits(&self) -> Result<Vec<(Uuid, Uuid)>> {
        let mut stmt = self.snapshot.conn.prepare(&format!(
            "WITH edits AS (
                 SELECT _event_id, event_type,
                        lag(_event_id) OVER (PARTITION BY set_id ORDER BY _created_at, _event_id) AS replaced
                 FROM events WHERE event_type IN ('set_logged', 'set_updated'))
             SELECT edits._event_id::VARCHAR, edits.replaced::VARCHAR FROM edits
             JOIN {CHOSEN} USING (_event_id)
             WHERE edits.event_type = 'set_updated' AND edits.replaced IS NOT NULL
             ORDER BY 1"
        ))?;
        let pairs = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        let parse = |t: &str| Uuid::parse_str(t).map_err(|e| StoreError::Invalid(e.to_string()));
        pairs.iter().map(|(edit, replaced)| Ok((parse(edit)?, parse(replaced)?))).collect()
    }
}

impl Drop for SyncSelection<'_> {
    fn drop(&mut self) {
        let _ = self.snapshot.conn.execute_batch("DROP TABLE IF EXISTS sync_held; DROP TABLE IF EXISTS sync_kept;");
    }
}

//! A snapshot of the event log for a backup: a read transaction on its own connection, so the
//! content checksum and the Parquet `COPY` see exactly the same events, whatever is appended
//! meanwhile. Paths go into SQL only as quoted string literals.

use std::path::Path;

use duckdb::Connection;

use super::digest::ContentDigest;
use super::{Result, Store, StoreError, log_digest};

/// A consistent view of every event, taken at [`Store::snapshot`]. Dropping it ends the
/// (read-only) transaction.
pub struct Snapshot {
    pub(super) conn: Connection,
    events: u64,
    /// The running checksum recorded by the appends, as of the snapshot.
    recorded: ContentDigest,
}

/// A SQL string literal holding `text`: single quotes doubled, so no path can end the literal.
/// (DuckDB string literals have no backslash escapes.)
pub fn sql_string_literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

pub(super) fn path_literal(path: &Path) -> Result<String> {
    let text = path
        .to_str()
        .ok_or_else(|| StoreError::Invalid(format!("the path {} is not valid Unicode", path.display())))?;
    Ok(sql_string_literal(text))
}

/// How a backup's `COPY` puts the rows in `_created_at` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowOrder {
    /// `ORDER BY _created_at`.
    Sort,
    /// As the table stores them: for a table known to be in time order already (no sort of a
    /// million rows); the read-back checks the file's order.
    AsStored,
}

/// The `COPY` a backup is made with (DESIGN.md §5), plus the file's key-value metadata.
pub fn backup_copy_sql(file_literal: &str, metadata: &[(&str, String)], order: RowOrder) -> String {
    let kv = metadata
        .iter()
        .map(|(k, v)| format!("{}: {}", sql_string_literal(k), sql_string_literal(v)))
        .collect::<Vec<_>>()
        .join(", ");
    let kv = if kv.is_empty() { String::new() } else { format!(", KV_METADATA {{{kv}}}") };
    let order_by = match order {
        RowOrder::Sort => " ORDER BY _created_at",
        RowOrder::AsStored => "",
    };
    format!(
        "COPY (SELECT * FROM events{order_by}) TO {file_literal} \
         (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 3{kv})"
    )
}

impl Store {
    /// Takes a snapshot: a transaction on a new connection, pinned by a first read, so events
    /// appended after this call returns are not in it.
    pub fn snapshot(&self) -> Result<Snapshot> {
        let conn = self.conn.try_clone()?;
        conn.execute_batch("BEGIN TRANSACTION")?;
        // DuckDB fixes a transaction's view at its first read, not at BEGIN.
        let events: i64 = conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
        let recorded = log_digest::stored(&conn)?;
        Ok(Snapshot { conn, events: events as u64, recorded })
    }
}

impl Snapshot {
    /// How many events the snapshot holds.
    pub fn event_count(&self) -> u64 {
        self.events
    }

    /// The content checksum of every event in the snapshot, as the appends recorded it (no
    /// event is read). Where the record cannot cover the snapshot (it counts other events), the
    /// events are read.
    pub fn digest(&self) -> Result<ContentDigest> {
        if self.recorded.rows == self.events {
            return Ok(self.recorded);
        }
        self.scan_digest()
    }

    /// Whether the snapshot's events are stored in `_created_at` order, as the appends
    /// recorded it (a backup of them then needs no sort).
    pub fn in_time_order(&self) -> Result<bool> {
        log_digest::in_time_order(&self.conn)
    }

    /// The content checksum of every event in the snapshot, from a full scan of the events.
    pub fn scan_digest(&self) -> Result<ContentDigest> {
        log_digest::scan(&self.conn, "events")
    }

    /// Writes every event, with the column `athlete_name`, to a Hive-partitioned folder
    /// `dir/year=YYYY/*.parquet` (zstd; the year the fact happened); returns the rows written.
    /// Ids and the JSON payload are written as text: Spark and Trino's Hive connector refuse
    /// Parquet's UUID type.
    pub fn copy_by_year(&self, dir: &Path, athlete_name: &str) -> Result<u64> {
        let sql = format!(
            "COPY (SELECT {}, {} AS athlete_name, year(coalesce(occurred_at, _created_at)) AS year \
             FROM events ORDER BY _created_at) TO {} \
             (FORMAT parquet, PARTITION_BY (year), COMPRESSION zstd, COMPRESSION_LEVEL 3)",
            super::columns::text_typed_list(),
            sql_string_literal(athlete_name),
            path_literal(dir)?
        );
        Ok(self.conn.execute(&sql, [])? as u64)
    }

    /// The rows of the Parquet files `dir/year=*/*.parquet` (a dataset partition read back).
    pub fn count_by_year(&self, dir: &Path) -> Result<u64> {
        let glob = path_literal(&dir.join("year=*").join("*.parquet"))?;
        let rows: i64 = self.conn.query_row(&format!("SELECT count(*) FROM read_parquet({glob})"), [], |r| r.get(0))?;
        Ok(rows as u64)
    }

    /// Writes every event, in `_created_at` order (sorted, or as stored), to a zstd Parquet
    /// file at `path` with `metadata` as its key-value metadata; returns the rows written.
    pub fn copy_to_parquet(&self, path: &Path, metadata: &[(&str, String)], order: RowOrder) -> Result<u64> {
        let sql = backup_copy_sql(&path_literal(path)?, metadata, order);
        Ok(self.conn.execute(&sql, [])? as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_doubled() {
        assert_eq!(sql_string_literal("a'b"), "'a''b'");
        assert_eq!(sql_string_literal("x'); DROP TABLE events; --"), "'x''); DROP TABLE events; --'");
    }

    #[test]
    fn the_copy_carries_the_metadata() {
        let sql = backup_copy_sql("'/tmp/b.parquet'", &[("gymlog_event_count", "3".into())], RowOrder::Sort);
        assert!(sql.starts_with("COPY (SELECT * FROM events ORDER BY _created_at) TO '/tmp/b.parquet'"), "{sql}");
        let stored = backup_copy_sql("'/tmp/b.parquet'", &[], RowOrder::AsStored);
        assert!(stored.starts_with("COPY (SELECT * FROM events) TO '/tmp/b.parquet'"), "{stored}");
        assert!(
            sql.contains("COMPRESSION zstd, COMPRESSION_LEVEL 3, KV_METADATA {'gymlog_event_count': '3'}"),
            "{sql}"
        );
    }
}

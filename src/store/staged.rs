//! A backup file staged for checking and restoring: its rows read once into a temporary table
//! (`incoming`) of a DuckDB — an in-memory one to verify a file, the store's own inside one
//! transaction to restore it — so every check and the merge see the very same rows. A staged
//! restore commits all of its new events or none.

use std::path::Path;

use chrono::{DateTime, Utc};
use duckdb::Connection;

use super::digest::{self, ContentDigest};
use super::parquet::{ParquetSummary, read_footer};
use super::snapshot::path_literal;
use super::{Result, Store, StoreError, arrow_rows::BatchColumns, columns, log_digest, open_config};
use crate::domain::event_row::EventRow;

/// The first and last of some times, if there are any.
pub type TimeRange = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

/// How a restore would change the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeCounts {
    /// Events of the file the store does not have.
    pub added: u64,
    /// Events the store already has, identical.
    pub already_present: u64,
    /// Events whose id the store has with other content (the store's version is kept).
    pub conflicts: u64,
}

/// A backup file's footer, and after [`Staged::load`] its rows in a temporary table.
pub struct Staged<'c> {
    conn: StagedConn<'c>,
    file: String,
    path: std::path::PathBuf,
    summary: ParquetSummary,
    committed: bool,
}

enum StagedConn<'c> {
    /// An in-memory DuckDB of its own (verifying a file).
    Own(Connection),
    /// The store's connection, inside a transaction (restoring a file).
    Store(&'c Store),
}

/// Loads every event column of `file` into `incoming`, keeping each row's position.
fn load(conn: &Connection, file: &str) -> Result<()> {
    conn.execute_batch(&format!(
        "CREATE TEMP TABLE incoming AS \
         SELECT file_row_number AS _position, {} FROM read_parquet({file}, file_row_number = true)",
        columns::name_list()
    ))?;
    Ok(())
}

impl Staged<'static> {
    /// Opens `path` in an in-memory DuckDB of its own and reads its footer: checking a file
    /// never touches the store.
    pub fn file(path: &Path) -> Result<Staged<'static>> {
        let conn = Connection::open_in_memory_with_flags(open_config()?)?;
        let file = path_literal(path)?;
        let summary = read_footer(path).map_err(StoreError::Invalid)?;
        Ok(Staged { conn: StagedConn::Own(conn), file, path: path.to_path_buf(), summary, committed: false })
    }
}

impl Store {
    /// Opens `path` for a restore into this store and reads its footer; a transaction starts
    /// here and ends with [`Staged::merge`], or rolls back when the stage is dropped.
    pub fn stage(&self, path: &Path) -> Result<Staged<'_>> {
        let file = path_literal(path)?;
        let summary = read_footer(path).map_err(StoreError::Invalid)?;
        self.conn.execute_batch("BEGIN TRANSACTION")?;
        Ok(Staged { conn: StagedConn::Store(self), file, path: path.to_path_buf(), summary, committed: false })
    }
}

impl Staged<'_> {
    fn conn(&self) -> &Connection {
        match &self.conn {
            StagedConn::Own(conn) => conn,
            StagedConn::Store(store) => &store.conn,
        }
    }

    /// The file's footer.
    pub fn summary(&self) -> &ParquetSummary {
        &self.summary
    }

    /// The rows of the first part of the file whose pages cannot be decoded (first row, last
    /// row, the decoder's words), found by reading one row group after another.
    pub fn unreadable_rows(&self) -> Option<(u64, u64, String)> {
        super::parquet::first_unreadable_rows(&self.path)
    }

    /// Reads every row (every event column; the footer must list them) into the temporary
    /// table the other methods work on.
    pub fn load(&self) -> Result<()> {
        load(self.conn(), &self.file)
    }

    /// Every row decoded, in file order, with its position (from 0), and the content checksum
    /// of all of them. `visit` may stop the scan by returning an error, which is returned.
    pub fn scan(
        &self,
        mut visit: impl FnMut(u64, Result<EventRow, String>) -> Result<(), String>,
    ) -> Result<ContentDigest> {
        let sql = format!("SELECT {} FROM incoming ORDER BY _position", columns::name_list());
        let mut stmt = self.conn().prepare(&sql)?;
        let mut digest = ContentDigest::default();
        let mut position = 0u64;
        for batch in stmt.stream_arrow([])? {
            let batch = batch?;
            digest::add_batch(&batch, &mut digest).map_err(StoreError::Invalid)?;
            let rows = BatchColumns::of(&batch).map_err(StoreError::Invalid)?;
            for i in 0..rows.rows() {
                visit(position, rows.read(i)).map_err(StoreError::Invalid)?;
                position += 1;
            }
        }
        Ok(digest)
    }

    /// The first event id that appears more than once: the id and its first two positions.
    pub fn first_duplicate_id(&self) -> Result<Option<(String, u64, u64)>> {
        let sql = "SELECT _event_id::VARCHAR, min(_position), max(_position) FROM (
                       SELECT _event_id, _position, count(*) OVER (PARTITION BY _event_id) AS n FROM incoming)
                   WHERE n > 1 GROUP BY _event_id ORDER BY min(_position) LIMIT 1";
        let mut stmt = self.conn().prepare(sql)?;
        let mut rows = stmt.query([])?;
        Ok(match rows.next()? {
            Some(row) => Some((row.get(0)?, row.get::<_, i64>(1)? as u64, row.get::<_, i64>(2)? as u64)),
            None => None,
        })
    }

    /// The first and last `_created_at`.
    pub fn created_range(&self) -> Result<TimeRange> {
        let (first, last): (Option<i64>, Option<i64>) = self.conn().query_row(
            "SELECT epoch_us(min(_created_at)), epoch_us(max(_created_at)) FROM incoming",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((first.and_then(DateTime::from_timestamp_micros), last.and_then(DateTime::from_timestamp_micros)))
    }

    /// Saved workouts: completed, not deleted or discarded.
    pub fn completed_workouts(&self) -> Result<u64> {
        let n: i64 = self.conn().query_row(
            "SELECT count(*) FROM (
                SELECT workout_id FROM incoming WHERE event_type = 'workout_completed'
                EXCEPT
                SELECT workout_id FROM incoming WHERE event_type IN ('workout_deleted', 'workout_discarded'))",
            [],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// How the rows compare with the store's events, by `_event_id`.
    pub fn merge_counts(&self) -> Result<MergeCounts> {
        let StagedConn::Store(_) = self.conn else {
            return Err(StoreError::Invalid("a file staged for checking cannot be merged".into()));
        };
        let same = columns::COLUMNS
            .iter()
            .skip(1)
            .map(|c| format!("i.{0} IS NOT DISTINCT FROM e.{0}", c.name))
            .collect::<Vec<_>>()
            .join(" AND ");
        let (total, present, identical): (i64, i64, i64) = self.conn().query_row(
            &format!(
                "SELECT (SELECT count(*) FROM incoming), count(*), count(*) FILTER (WHERE {same})
                 FROM incoming i JOIN events e USING (_event_id)"
            ),
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        Ok(MergeCounts {
            added: (total - present) as u64,
            already_present: identical as u64,
            conflicts: (present - identical) as u64,
        })
    }

    /// Appends the events the store does not have and commits; returns the events it holds now.
    pub fn merge(mut self) -> Result<u64> {
        let StagedConn::Store(store) = self.conn else {
            return Err(StoreError::Invalid("a file staged for checking cannot be merged".into()));
        };
        let names = columns::name_list();
        let new_rows =
            "(SELECT * FROM incoming i WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e._event_id = i._event_id))";
        let added_rows = format!("{new_rows} AS added");
        let added = log_digest::scan(&store.conn, &added_rows)?;
        let order = log_digest::order_of(&store.conn, &added_rows, "_position")?;
        store.conn.execute_batch(&format!(
            "INSERT INTO events ({names}) SELECT {names} FROM {new_rows} ORDER BY _position;"
        ))?;
        log_digest::record(&store.conn, added, order)?;
        store.conn.execute_batch("DROP TABLE incoming; COMMIT;")?;
        self.committed = true;
        // The merged events keep their times; new ones made here follow them.
        let latest = order.span.and_then(|(_, latest)| DateTime::from_timestamp_micros(latest));
        store.clock.recorded(latest);
        store.checkpoint()?;
        store.event_count()
    }
}

impl Drop for Staged<'_> {
    fn drop(&mut self) {
        if let StagedConn::Store(store) = &self.conn
            && !self.committed
        {
            let _ = store.conn.execute_batch("ROLLBACK");
        }
    }
}

//! The DuckDB event store: opening the file (and explaining a lock held by another process),
//! the column table and schema migrations, appending and reading events, the queries the
//! screens need, snapshots for backups and reading Parquet files back with their content
//! checksum. The only module that speaks SQL.

mod arrow_batch;
mod arrow_rows;
pub mod columns;
pub mod digest;
mod events;
mod log_clock;
mod log_digest;
mod parquet;
mod queries;
pub mod query;
mod schema;
mod set_edits;
mod snapshot;
mod staged;
mod sync_selection;
pub mod team;
mod time_order;
pub mod views;

use std::path::{Path, PathBuf};

use duckdb::{Config, Connection};

pub use digest::{CHECKSUM_ALGORITHM, ContentDigest};
pub use parquet::{ParquetFile, ParquetSummary};
pub use queries::StoreStats;
pub use set_edits::LatestSetEdits;
pub use snapshot::{RowOrder, Snapshot, sql_string_literal};
pub use staged::{MergeCounts, Staged};
pub use sync_selection::SyncSelection;

/// What can go wrong with the store, in words a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the GymLog database {path} is already open in another process{}; close that GymLog (or wait for it to finish) and try again",
        .holder.as_ref().map(|h| format!(" ({h})")).unwrap_or_default()
    )]
    Locked { path: PathBuf, holder: Option<String> },
    #[error("cannot open the GymLog database {path}: {source}")]
    Open { path: PathBuf, source: duckdb::Error },
    #[error(
        "the database was written by a newer GymLog (schema {found}, this build knows up to {known}); update GymLog"
    )]
    TooNew { found: i32, known: i32 },
    #[error("database error: {0}")]
    Sql(#[from] duckdb::Error),
    #[error("{0}")]
    BadRow(#[from] crate::domain::event_row::RowError),
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open event store. DuckDB checkpoints the WAL into the file when the last connection
/// closes; [`Store::close`] does it explicitly and reports errors.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The latest `_created_at` of the log: new events follow it (`log_clock.rs`).
    clock: log_clock::LogClock,
}

/// Prepared statements kept per connection: a logged set's INSERT has a shape per set of
/// columns with a value (`events.rs`), and each shape is planned once.
const STATEMENT_CACHE: usize = 64;

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent() {
            crate::private_fs::create_dir_all(parent)
                .map_err(|e| StoreError::Invalid(format!("cannot create {}: {e}", parent.display())))?;
        }
        let is_new = !path.exists();
        let config = store_config().map_err(|e| match e {
            StoreError::Sql(source) => StoreError::Open { path: path.to_path_buf(), source },
            other => other,
        })?;
        let conn = Connection::open_with_flags(path, config).map_err(|source| classify_open_error(path, source))?;
        if is_new {
            // Health data: a database GymLog creates is its owner's alone (an existing one
            // keeps the mode its owner gave it).
            crate::private_fs::restrict(path)
                .map_err(|e| StoreError::Invalid(format!("cannot restrict access to {}: {e}", path.display())))?;
        }
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        let mut changed = schema::migrate(&conn)? > 0;
        let clock = log_clock::LogClock::of(&conn)?;
        let store = Store { conn, path: path.to_path_buf(), clock };
        changed |= store.check_recorded_digest()?;
        if changed {
            store.checkpoint()?;
        }
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A private, read-only database for questions: a copy of the events now, with the
    /// views (`query.rs`).
    pub fn query_db(&self) -> Result<query::QueryDb> {
        query::QueryDb::of_snapshot(&self.snapshot()?)
    }

    /// A second connection to the same database, for a background thread.
    pub fn try_clone(&self) -> Result<Store> {
        let conn = self.conn.try_clone()?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        Ok(Store { conn, path: self.path.clone(), clock: self.clock.clone() })
    }

    /// Rebuilds the running content checksum if it does not count the events the table holds
    /// (a store written by code that did not keep it); returns whether it did.
    fn check_recorded_digest(&self) -> Result<bool> {
        let recorded = log_digest::stored(&self.conn)?;
        if recorded.rows == self.event_count()? {
            return Ok(false);
        }
        self.conn.execute_batch("BEGIN TRANSACTION")?;
        match log_digest::rebuild(&self.conn) {
            Ok(_) => self.conn.execute_batch("COMMIT")?,
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        }
        Ok(true)
    }

    /// A plain DuckDB connection to the same database, for the performance harness's
    /// baselines (DuckDB alone, next to GymLog on the same store) and for tests that look at
    /// the tables themselves. Nothing in the app uses it.
    #[doc(hidden)]
    pub fn baseline_connection(&self) -> Result<duckdb::Connection> {
        Ok(self.conn.try_clone()?)
    }

    /// Writes the WAL into the database file. Called after large batches and on close.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn.execute_batch("CHECKPOINT")?;
        Ok(())
    }

    /// Checkpoints and closes, reporting errors that a drop would swallow.
    pub fn close(self) -> Result<()> {
        self.checkpoint()?;
        let Store { conn, .. } = self;
        conn.close().map_err(|(_, e)| StoreError::Sql(e))
    }
}

/// The settings of every DuckDB GymLog opens: nothing is ever downloaded or loaded at run
/// time (Parquet and JSON are compiled in).
/// Nothing is fetched at run time (no extension is installed or loaded on demand).
fn open_config() -> Result<Config> {
    Ok(Config::default().enable_autoload_extension(false)?.with("autoinstall_known_extensions", "false")?)
}

/// The event store's configuration: [`open_config`], and Arrow batches that carry UUIDs as
/// their 16 bytes rather than as text. Every Arrow reader of the event table (`arrow_rows.rs`)
/// takes both; skipping DuckDB's formatting and our parsing of three ids per event reads a
/// million events 15–25 % faster (best of five: 0.89–1.15 s instead of 1.34–1.40 s). The
/// Insights console's own database keeps text: its answers show ids as a lifter reads them.
fn store_config() -> Result<Config> {
    Ok(open_config()?.with("arrow_lossless_conversion", "true")?)
}

/// DuckDB refuses a second process with "Could not set lock on file … Conflicting lock is
/// held in <program> (PID <n>)": turn that into [`StoreError::Locked`].
fn classify_open_error(path: &Path, source: duckdb::Error) -> StoreError {
    match lock_holder(&source.to_string()) {
        Some(holder) => StoreError::Locked { path: path.to_path_buf(), holder },
        None => StoreError::Open { path: path.to_path_buf(), source },
    }
}

/// `Some(holder)` when `message` is DuckDB's lock conflict; the holder names the process.
fn lock_holder(message: &str) -> Option<Option<String>> {
    if !message.contains("Could not set lock") {
        return None;
    }
    Some(message.split("Conflicting lock is held in ").nth(1).map(|rest| {
        let rest = rest.split(". See also").next().unwrap_or(rest);
        rest.trim().trim_end_matches('.').to_string()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_messages_name_the_holder() {
        let message = "IO Error: Could not set lock on file \"/x/gymlog.duckdb\": Conflicting lock is held in /usr/bin/gymlog (PID 4242) by user me. See also https://duckdb.org/docs/stable/connect/concurrency";
        let holder = lock_holder(message).unwrap();
        assert_eq!(holder.as_deref(), Some("/usr/bin/gymlog (PID 4242) by user me"));
        let err = StoreError::Locked { path: "/x/gymlog.duckdb".into(), holder };
        assert!(err.to_string().contains("already open in another process (/usr/bin/gymlog (PID 4242)"));
        assert_eq!(lock_holder("IO Error: disk on fire"), None);
    }
}

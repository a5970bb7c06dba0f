//! The running content checksum of the event table: every append records the checksum of the
//! rows it adds (one row of `event_digest` per batch, in the same transaction), so a snapshot
//! knows the checksum of every event it holds without reading them — the backup's metadata is
//! ready before its `COPY` starts. Inserts never conflict, so appends from several connections
//! (the window, a restore) keep it right. A full scan recomputes it where it cannot be trusted.

use duckdb::Connection;

use super::digest::{self, ContentDigest};
use super::{Result, StoreError, columns};

pub(super) const CREATE: &str = "CREATE TABLE event_digest (events BIGINT NOT NULL, checksum UBIGINT NOT NULL)";

/// Adds the checksum of a batch just appended (inside its transaction).
pub(super) fn record(conn: &Connection, added: ContentDigest) -> Result<()> {
    if added.rows > 0 {
        conn.prepare_cached("INSERT INTO event_digest VALUES (?, ?)")?
            .execute(duckdb::params![added.rows as i64, added.sum])?;
    }
    Ok(())
}

/// The checksum of every event, as recorded by the appends.
pub(super) fn stored(conn: &Connection) -> Result<ContentDigest> {
    let (rows, sum): (i64, u64) = conn.query_row(
        "SELECT coalesce(sum(events), 0)::BIGINT,
                (coalesce(sum(checksum::HUGEINT), 0) % 18446744073709551616)::UBIGINT
         FROM event_digest",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(ContentDigest { rows: rows as u64, sum })
}

/// The checksum of the rows `relation` selects (event columns in table order), by a full scan.
pub(super) fn scan(conn: &Connection, relation: &str) -> Result<ContentDigest> {
    let mut stmt = conn.prepare(&format!("SELECT {} FROM {relation}", columns::name_list()))?;
    let mut digest = ContentDigest::default();
    for batch in stmt.stream_arrow([])? {
        digest::add_batch(&batch?, &mut digest).map_err(StoreError::Invalid)?;
    }
    Ok(digest)
}

/// Replaces the record by one computed from every event (migration, or a record found stale).
pub(super) fn rebuild(conn: &Connection) -> Result<ContentDigest> {
    let digest = scan(conn, "events")?;
    conn.execute_batch("DELETE FROM event_digest")?;
    record(conn, digest)?;
    Ok(digest)
}

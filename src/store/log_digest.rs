//! The running content checksum of the event table: every append records the checksum of the
//! rows it adds (one row of `event_digest` per batch, in the same transaction), so a snapshot
//! knows the checksum of every event it holds without reading them — the backup's metadata is
//! ready before its `COPY` starts. Inserts never conflict, so appends from several connections
//! (the window, a restore) keep it right. A full scan recomputes it where it cannot be trusted.
//! Each row also says how the batch's times run (`time_order.rs`): whether the whole table is
//! in `_created_at` order follows from the rows in the order they were committed.

use duckdb::Connection;
use duckdb::types::Value;

use super::digest::{self, ContentDigest};
use super::time_order::TimeOrder;
use super::{Result, StoreError, columns};

/// Schema version 2: the table (its rows then held only `events` and `checksum`).
pub(super) const CREATE: &str = "CREATE TABLE event_digest (events BIGINT NOT NULL, checksum UBIGINT NOT NULL)";

/// Schema version 3: each batch's earliest and latest `_created_at`, and whether it was in
/// time order. NULL in rows written before: an order not known, taken as not in order.
pub(super) const ADD_TIME_ORDER: &str = "ALTER TABLE event_digest ADD COLUMN first_at TIMESTAMP;
     ALTER TABLE event_digest ADD COLUMN last_at TIMESTAMP;
     ALTER TABLE event_digest ADD COLUMN ordered BOOLEAN;";

/// The checksum row's columns, and the placeholders of all but `events` ([`record_values`]).
const RECORD_INTO: &str = "INSERT INTO event_digest (events, checksum, first_at, last_at, ordered)";
const RECORD_SLOTS: &str = "?::UBIGINT, make_timestamp(?::BIGINT), make_timestamp(?::BIGINT), ?::BOOLEAN";

/// Adds the checksum and time order of a batch just appended (inside its transaction).
pub(super) fn record(conn: &Connection, added: ContentDigest, order: TimeOrder) -> Result<()> {
    if added.rows > 0 {
        let mut values = vec![Value::BigInt(added.rows as i64)];
        values.extend(record_values(added, order));
        conn.prepare_cached(&format!("{RECORD_INTO} VALUES (?, {RECORD_SLOTS})"))?
            .execute(duckdb::params_from_iter(values))?;
    }
    Ok(())
}

/// The statement that runs `insert` (an `INSERT INTO events` without `RETURNING`) and adds
/// its checksum row, counting the rows it added, in one statement. Its last parameters are
/// [`record_values`].
pub(super) fn record_counting(insert: &str) -> String {
    format!("WITH added AS ({insert} RETURNING 1) {RECORD_INTO} SELECT count(*), {RECORD_SLOTS} FROM added")
}

/// The checksum and time order of a batch: the parameters of [`RECORD_SLOTS`].
pub(super) fn record_values(added: ContentDigest, order: TimeOrder) -> [Value; 4] {
    let (first, last) = order.span.unzip();
    let micros = |t: Option<i64>| t.map_or(Value::Null, Value::BigInt);
    [Value::UBigInt(added.sum), micros(first), micros(last), Value::Boolean(order.ordered)]
}

/// Schema version 2's record of every event (its migration step, kept as it was released).
pub(super) fn record_v2(conn: &Connection) -> Result<()> {
    let digest = scan(conn, "events")?;
    if digest.rows > 0 {
        conn.execute(
            "INSERT INTO event_digest (events, checksum) VALUES (?, ?)",
            duckdb::params![digest.rows as i64, digest.sum],
        )?;
    }
    Ok(())
}

/// Whether the event table is in `_created_at` order, as the appends recorded it: every
/// batch in order, none starting before an earlier-committed one ended. `false` where a
/// batch's order is not known.
pub(super) fn in_time_order(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT coalesce(bool_and(coalesce(ordered, false) AND (ended IS NULL OR first_at >= ended)), true)
         FROM (SELECT ordered, first_at,
                      max(last_at) OVER (ORDER BY rowid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ended
               FROM event_digest)",
        [],
        |r| r.get(0),
    )?)
}

/// The time order of the rows `relation` selects, in the order `position` gives.
pub(super) fn order_of(conn: &Connection, relation: &str, position: &str) -> Result<TimeOrder> {
    let (first, last, ordered): (Option<i64>, Option<i64>, bool) = conn.query_row(
        &format!(
            "SELECT epoch_us(min(_created_at)), epoch_us(max(_created_at)),
                    coalesce(bool_and(before IS NULL OR _created_at >= before), true)
             FROM (SELECT _created_at, lag(_created_at) OVER (ORDER BY {position}) AS before FROM {relation})"
        ),
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    Ok(TimeOrder { span: first.zip(last), ordered })
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
    let order = order_of(conn, "events", "rowid")?;
    conn.execute_batch("DELETE FROM event_digest")?;
    record(conn, digest, order)?;
    Ok(digest)
}

//! Appending events (one row in one statement, a few in one transaction of cached inserts, a
//! batch through DuckDB's Appender; each with its checksum row) and reading them back in log
//! order. Columns come from the column table (`columns.rs`), never by position.

use std::collections::HashSet;
use std::ops::ControlFlow;

use uuid::Uuid;

use super::arrow_rows::BatchColumns;
use super::digest::ContentDigest;
use super::time_order::TimeOrder;
use super::{Result, Store, StoreError, columns, log_digest};
use crate::domain::event::Event;
use crate::domain::event_row::EventRow;

/// Log order: when recorded, ties broken by the time-ordered id.
pub(super) const LOG_ORDER: &str = "ORDER BY _created_at, _event_id";

/// Events read per query when the whole log is read.
const PAGE: usize = 25_000;

/// Events appended per batch by [`Store::append_missing`].
const APPEND_BATCH: usize = 16_384;

impl Store {
    /// Appends `events`, new events, atomically: all of them are committed, or none. Their
    /// `_created_at` is the hybrid logical clock (`domain::hlc`): events not after the latest
    /// in the log (one merged from a device whose clock runs ahead) are moved, all by the same
    /// amount, to just after it. Their `occurred_at` stays what the caller said.
    pub fn append(&self, events: &[Event]) -> Result<()> {
        self.append_rows(events.iter().map(EventRow::from_event))
    }

    /// [`Store::append`] of rows, with their content checksum (`log_digest.rs`). A row with a
    /// number no lifting fact has (NaN, a negative rep count) is refused, and nothing is written.
    pub fn append_rows(&self, rows: impl IntoIterator<Item = EventRow>) -> Result<()> {
        let mut rows: Vec<EventRow> = rows.into_iter().collect();
        self.clock.lift(&mut rows, chrono::Duration::zero());
        self.append_as_recorded_rows(rows)
    }

    /// Appends events with the `_created_at` they carry, never moved: what a restore writes.
    /// Tests use it to make a log out of time order, as a restore of older events does.
    #[doc(hidden)]
    pub fn append_as_recorded(&self, events: &[Event]) -> Result<()> {
        self.append_as_recorded_rows(events.iter().map(EventRow::from_event).collect())
    }

    fn append_as_recorded_rows(&self, rows: Vec<EventRow>) -> Result<()> {
        rows.iter().try_for_each(EventRow::check_numbers)?;
        match &rows[..] {
            [row] => self.append_one(row)?,
            _ => self.in_transaction(true, || self.append_in_transaction(&rows))?,
        }
        self.clock.recorded(rows.iter().map(|r| r.created_at).max());
        Ok(())
    }

    /// The `_created_at` for an event made at wall time `wall`: `max(wall, latest + 1 µs)`
    /// over the log and every time handed out before (`domain::hlc`). Stamping new events with
    /// it gives them the very times [`Store::append`] would move them to, so a caller that
    /// keeps its own copy of what it appended (the window's projection) holds the stored times.
    pub fn hlc_now(&self, wall: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
        self.clock.now(wall)
    }

    /// The latest `_created_at` in the log (`None` for an empty one), as kept by the appends
    /// and merges (no query).
    pub fn latest_created_at(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.clock.latest()
    }

    /// Appends the events of `events` whose ids the store does not have, a batch at a time,
    /// all in one transaction (or, dry run, none); returns the ids it already had. Imports
    /// use it: their ids come from their content (and never repeat within one import), so a
    /// second import of a file adds nothing; their events are made as they are written, so
    /// a million of them never sit in memory at once. `progress` is told the events handled.
    pub fn append_missing(
        &self,
        events: impl Iterator<Item = Event> + Send,
        dry_run: bool,
        progress: &mut dyn FnMut(u64),
    ) -> Result<HashSet<Uuid>> {
        // Making the rows (the events themselves, their JSON) runs on a second thread while
        // DuckDB appends the batch before: on two cores a ten-year import took 20% less.
        let (send, batches) = std::sync::mpsc::sync_channel::<Vec<EventRow>>(2);
        std::thread::scope(|scope| {
            scope.spawn(move || {
                let mut events = events.peekable();
                while events.peek().is_some() {
                    let batch: Vec<EventRow> =
                        events.by_ref().take(APPEND_BATCH).map(|e| EventRow::from_event(&e)).collect();
                    if send.send(batch).is_err() {
                        break; // the append failed: nothing more is wanted
                    }
                }
            });
            let mut latest = None;
            let present = self.in_transaction(!dry_run, || {
                // Owned here: a failed append drops it, and the making thread stops.
                let batches = batches;
                // An empty store holds none of them: no look-up needed.
                let empty = self.event_count()? == 0;
                let mut present = HashSet::new();
                let mut done = 0u64;
                // New events follow the log (the clock's rule, as in `append`), the whole
                // import moved by one amount.
                let mut shift = chrono::Duration::zero();
                for mut batch in batches.iter() {
                    batch.iter().try_for_each(EventRow::check_numbers)?;
                    done += batch.len() as u64;
                    if !empty {
                        let had = self.present_ids(batch.iter().map(|r| r.event_id))?;
                        batch.retain(|r| !had.contains(&r.event_id));
                        present.extend(had);
                    }
                    shift = self.clock.lift(&mut batch, shift);
                    latest = latest.max(batch.iter().map(|r| r.created_at).max());
                    if !dry_run {
                        self.append_in_transaction(&batch)?;
                    }
                    progress(done);
                }
                Ok(present)
            })?;
            if !dry_run {
                self.clock.recorded(latest);
            }
            Ok(present)
        })
    }

    /// Which of `ids` the store has (inside the caller's transaction).
    fn present_ids(&self, ids: impl Iterator<Item = Uuid>) -> Result<HashSet<Uuid>> {
        self.conn.execute_batch("CREATE TEMP TABLE candidate_ids (id UUID)")?;
        {
            let mut appender = self.conn.appender("candidate_ids")?;
            for id in ids {
                appender.append_row([id.hyphenated().to_string()])?;
            }
            appender.flush()?;
        }
        let mut stmt =
            self.conn.prepare("SELECT c.id::VARCHAR FROM candidate_ids c JOIN events e ON e._event_id = c.id")?;
        let texts = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
        self.conn.execute_batch("DROP TABLE candidate_ids")?;
        texts.iter().map(|t| Uuid::parse_str(t).map_err(|e| StoreError::Invalid(e.to_string()))).collect()
    }

    /// Inserts one row with a cached statement that DuckDB plans once.
    fn insert_one(&self, row: &EventRow) -> Result<()> {
        let (insert, values) = insert_statement(row);
        self.conn.prepare_cached(&insert)?.execute(duckdb::params_from_iter(values))?;
        Ok(())
    }

    /// Appends one row (a logged set) and its checksum row in one statement, committed on its
    /// own: the insert runs as a data-modifying CTE whose result the checksum row counts, so
    /// both are written or neither. DuckDB plans every statement it runs, prepared or not, and
    /// an explicit transaction is two statements more: one statement instead of four
    /// (`BEGIN`, two inserts, `COMMIT`) took a logged set from 2.66 to 1.99 ms (p50, measured
    /// interleaved on a 1,000,000-event store, where it is CPU-bound; a bare one-row insert:
    /// 1.57 ms).
    fn append_one(&self, row: &EventRow) -> Result<()> {
        let (insert, mut values) = insert_statement(row);
        let rows = std::slice::from_ref(row);
        values.extend(log_digest::record_values(ContentDigest::of_rows(rows), time_order(rows)));
        self.conn.prepare_cached(&log_digest::record_counting(&insert))?.execute(duckdb::params_from_iter(values))?;
        Ok(())
    }

    /// Appends `rows` and their checksum inside the caller's transaction.
    fn append_in_transaction(&self, rows: &[EventRow]) -> Result<()> {
        if rows.len() <= 4 {
            // A set or two (logging): one cached INSERT is cheaper than an appender.
            for row in rows {
                self.insert_one(row)?;
            }
            return log_digest::record(&self.conn, ContentDigest::of_rows(rows), time_order(rows));
        }
        // Whole columns through the Arrow appender: a value per cell through the row appender
        // took 5.5 µs a row (an import of ten years spent 60% of its time there).
        let batch = super::arrow_batch::record_batch(rows).map_err(StoreError::Invalid)?;
        let mut appender = self.conn.appender("events")?;
        appender.append_record_batch(batch)?;
        // Flush explicitly: a drop would swallow a constraint violation.
        appender.flush()?;
        drop(appender);
        log_digest::record(&self.conn, ContentDigest::of_rows(rows), time_order(rows))
    }

    /// Runs `work` in a transaction, committed if it succeeds and `commit` (a dry run rolls a
    /// successful one back), rolled back if it fails.
    fn in_transaction<T>(&self, commit: bool, work: impl FnOnce() -> Result<T>) -> Result<T> {
        self.conn.prepare_cached("BEGIN TRANSACTION")?.execute([])?;
        match work() {
            Ok(value) => {
                self.conn.prepare_cached(if commit { "COMMIT" } else { "ROLLBACK" })?.execute([])?;
                Ok(value)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Every event, in log order.
    pub fn events(&self) -> Result<Vec<Event>> {
        self.query_events(&format!("SELECT {} FROM events {LOG_ORDER}", columns::select_list()), [])
    }

    pub fn event_count(&self) -> Result<u64> {
        let n: i64 = self.conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
        Ok(n as u64)
    }

    /// Hands every event to `each`, in log order, one at a time: the log is never held in
    /// memory as a whole (a million events would take hundreds of MiB).
    pub fn for_each_event(&self, each: impl FnMut(Event)) -> Result<()> {
        self.for_each_event_in_pages(PAGE, each)
    }

    /// Hands every event to `each` in log order straight from the table as stored — no sort,
    /// no pages — when the appends recorded the table in time order (nearly always: a log is
    /// written as things happen; `log_digest.rs`). Events of one time are handed over by id,
    /// as the log order has them. Checks the order as it reads and stops at the first row
    /// earlier than the one before, returning `false`: the caller starts over with
    /// [`Store::for_each_event`]. `false` without reading when the record says the table is
    /// not in time order.
    pub fn for_each_event_as_stored(&self, mut each: impl FnMut(Event)) -> Result<bool> {
        if !log_digest::in_time_order(&self.conn)? {
            return Ok(false);
        }
        // The events at the time of the last one read, not yet handed over.
        let mut tied: Vec<Event> = Vec::new();
        let mut hand_over = |tied: &mut Vec<Event>| {
            tied.sort_by_key(|e| e.id);
            tied.drain(..).for_each(&mut each);
        };
        let read = self.stream_events(&format!("SELECT {} FROM events", columns::name_list()), |event| {
            match tied.last().map(|last| event.created_at.cmp(&last.created_at)) {
                Some(std::cmp::Ordering::Less) => return ControlFlow::Break(()),
                Some(std::cmp::Ordering::Greater) => hand_over(&mut tied),
                _ => {}
            }
            tied.push(event);
            ControlFlow::Continue(())
        })?;
        hand_over(&mut tied);
        Ok(read.is_continue())
    }

    /// [`Store::for_each_event`] with pages of `page` events (small pages in tests).
    #[doc(hidden)]
    pub fn for_each_event_in_pages(&self, page: usize, mut each: impl FnMut(Event)) -> Result<()> {
        // In pages of the log order, each streamed batch by batch: sorting the whole table at
        // once would hold every row in DuckDB's memory (hundreds of MiB at a million events).
        // The page bounds come from sorting the keys alone.
        let mut bounds: Vec<(i64, String)> = Vec::new();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT epoch_us(_created_at), _event_id::VARCHAR FROM (
                 SELECT _created_at, _event_id, row_number() OVER ({LOG_ORDER}) AS n FROM events)
             WHERE n % {page} = 0 ORDER BY n"
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            bounds.push((row.get(0)?, row.get(1)?));
        }
        let list = columns::name_list();
        let key = |(us, id): &(i64, String), above: bool| {
            // Our own timestamps and ids as constants, so DuckDB prunes row groups by time.
            let at = format!("make_timestamp({us}::BIGINT)");
            match above {
                true => format!("_created_at >= {at} AND (_created_at > {at} OR _event_id > '{id}'::UUID)"),
                false => format!("_created_at <= {at} AND (_created_at < {at} OR _event_id <= '{id}'::UUID)"),
            }
        };
        for page in 0..=bounds.len() {
            let lower = page.checked_sub(1).map(|i| key(&bounds[i], true));
            let upper = bounds.get(page).map(|b| key(b, false));
            let filter = match (lower, upper) {
                (Some(l), Some(u)) => format!("WHERE {l} AND {u}"),
                (Some(l), None) => format!("WHERE {l}"),
                (None, Some(u)) => format!("WHERE {u}"),
                (None, None) => String::new(),
            };
            let sql = format!("SELECT {list} FROM events {filter} {LOG_ORDER}");
            let _never_breaks = self.stream_events(&sql, |event| {
                each(event);
                ControlFlow::Continue(())
            })?;
        }
        Ok(())
    }

    /// Streams the events a query of the event columns selects (Arrow batches, decoded row by
    /// row) to `each` until it breaks; says whether it did.
    fn stream_events(&self, sql: &str, mut each: impl FnMut(Event) -> ControlFlow<()>) -> Result<ControlFlow<()>> {
        let mut stmt = self.conn.prepare(sql)?;
        for batch in stmt.stream_arrow([])? {
            let batch = batch?;
            let rows = BatchColumns::of(&batch).map_err(StoreError::Invalid)?;
            for i in 0..rows.rows() {
                if each(rows.read(i).map_err(StoreError::Invalid)?.to_event()?).is_break() {
                    return Ok(ControlFlow::Break(()));
                }
            }
        }
        Ok(ControlFlow::Continue(()))
    }

    /// Runs a query whose select list is [`columns::select_list`] and maps every row to an
    /// event.
    fn query_events<P: duckdb::Params>(&self, sql: &str, params: P) -> Result<Vec<Event>> {
        let mut stmt = self.conn.prepare(sql)?;
        let mut rows = stmt.query(params)?;
        let indexes = column_indexes(rows.as_ref().expect("a query has a statement"))?;
        let mut events = Vec::new();
        while let Some(source) = rows.next()? {
            let mut row = EventRow::default();
            for (column, &index) in columns::COLUMNS.iter().zip(&indexes) {
                column.read(source, index, &mut row).map_err(StoreError::Invalid)?;
            }
            events.push(row.to_event()?);
        }
        Ok(events)
    }
}

/// Where each column of the column table is in a result, found by name.
fn column_indexes(stmt: &duckdb::Statement<'_>) -> Result<Vec<usize>> {
    columns::COLUMNS
        .iter()
        .map(|c| stmt.column_index(c.name).map_err(|_| StoreError::Invalid(format!("column {} is missing", c.name))))
        .collect()
}

/// `INSERT INTO events` of one row, naming only the columns that have a value, and its
/// values. DuckDB plans a cached statement again whenever a value's type differs from its
/// parameter's, so a NULL (typeless) is left out, and the UUID and JSON columns take text
/// through a VARCHAR parameter. (With one `?` per column, every logged set was planned from
/// scratch: ~1.5 ms of a 4.5 ms append, measured.)
fn insert_statement(row: &EventRow) -> (String, Vec<duckdb::types::Value>) {
    let (mut names, mut slots, mut values) = (Vec::new(), Vec::new(), Vec::new());
    for column in &columns::COLUMNS {
        let value = column.value(row);
        if value == duckdb::types::Value::Null {
            continue;
        }
        names.push(column.name);
        slots.push(match column.sql_type {
            columns::SqlType::Uuid | columns::SqlType::Json => "CAST(? AS VARCHAR)",
            _ => "?",
        });
        values.push(value);
    }
    (format!("INSERT INTO events ({}) VALUES ({})", names.join(", "), slots.join(", ")), values)
}

/// The time order of rows about to be appended, in their order.
fn time_order(rows: &[EventRow]) -> TimeOrder {
    TimeOrder::of(rows.iter().map(|r| r.created_at.timestamp_micros()))
}

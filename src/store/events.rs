//! Appending events (one transaction per batch, through DuckDB's Appender) and reading them
//! back in log order.

use chrono::{DateTime, Utc};
use duckdb::types::Value;
use uuid::Uuid;

use super::{Result, Store, StoreError};
use crate::domain::event::Event;
use crate::domain::event_row::EventRow;

/// The select list that reads an [`EventRow`] (UUIDs as text, the JSON payload as text).
/// Timestamps are read as microseconds since the epoch (UTC), so no time zone is involved.
pub(super) const ROW_SELECT: &str = "_event_id::VARCHAR, epoch_us(_created_at), event_type, schema_version, epoch_us(occurred_at), \
     workout_id::VARCHAR, workout_name, set_id::VARCHAR, exercise, set_index, set_type, weight_kg, weight_unit, \
     reps, rpe, distance_m, duration_s, note, payload::VARCHAR";

/// Log order: when recorded, ties broken by the time-ordered id.
pub(super) const LOG_ORDER: &str = "ORDER BY _created_at, _event_id";

impl Store {
    /// Appends `events` atomically: all of them are committed, or none.
    pub fn append(&self, events: &[Event]) -> Result<()> {
        self.append_rows(events.iter().map(EventRow::from_event))
    }

    /// Appends rows atomically (restores and imports hand rows over directly).
    pub fn append_rows(&self, rows: impl IntoIterator<Item = EventRow>) -> Result<()> {
        self.conn.execute_batch("BEGIN TRANSACTION")?;
        let appended = (|| -> Result<()> {
            let mut appender = self.conn.appender("events")?;
            for row in rows {
                appender.append_row(row_values(&row))?;
            }
            // Flush explicitly: a drop would swallow a constraint violation.
            appender.flush()?;
            Ok(())
        })();
        match appended {
            Ok(()) => {
                self.conn.execute_batch("COMMIT")?;
                Ok(())
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Every event, in log order.
    pub fn events(&self) -> Result<Vec<Event>> {
        self.query_events(&format!("SELECT {ROW_SELECT} FROM events {LOG_ORDER}"), [])
    }

    pub fn event_count(&self) -> Result<u64> {
        let n: i64 = self.conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
        Ok(n as u64)
    }

    pub(super) fn query_events<P: duckdb::Params>(&self, sql: &str, params: P) -> Result<Vec<Event>> {
        let mut stmt = self.conn.prepare(sql)?;
        let mut rows = stmt.query(params)?;
        let mut events = Vec::new();
        while let Some(row) = rows.next()? {
            events.push(read_row(row)?.to_event()?);
        }
        Ok(events)
    }
}

fn uuid_value(id: Option<Uuid>) -> Value {
    id.map_or(Value::Null, |id| Value::Text(id.hyphenated().to_string()))
}

fn time_value(at: Option<DateTime<Utc>>) -> Value {
    at.map_or(Value::Null, |at| Value::Timestamp(duckdb::types::TimeUnit::Microsecond, at.timestamp_micros()))
}

fn text(value: &Option<String>) -> Value {
    value.clone().map_or(Value::Null, Value::Text)
}

fn row_values(row: &EventRow) -> [Value; 19] {
    [
        uuid_value(Some(row.event_id)),
        time_value(Some(row.created_at)),
        Value::Text(row.event_type.clone()),
        Value::SmallInt(row.schema_version),
        time_value(row.occurred_at),
        uuid_value(row.workout_id),
        text(&row.workout_name),
        uuid_value(row.set_id),
        text(&row.exercise),
        row.set_index.map_or(Value::Null, Value::Int),
        text(&row.set_type),
        row.weight_kg.map_or(Value::Null, Value::Double),
        text(&row.weight_unit),
        row.reps.map_or(Value::Null, Value::Int),
        row.rpe.map_or(Value::Null, Value::Double),
        row.distance_m.map_or(Value::Null, Value::Double),
        row.duration_s.map_or(Value::Null, Value::Double),
        text(&row.note),
        text(&row.payload),
    ]
}

fn micros_to_time(micros: i64) -> Result<DateTime<Utc>> {
    DateTime::from_timestamp_micros(micros)
        .ok_or_else(|| StoreError::Invalid(format!("timestamp out of range: {micros} µs")))
}

fn parse_uuid(text: Option<String>) -> Result<Option<Uuid>> {
    text.map(|t| Uuid::parse_str(&t).map_err(|e| StoreError::Invalid(format!("bad UUID {t}: {e}")))).transpose()
}

fn read_row(row: &duckdb::Row<'_>) -> Result<EventRow> {
    Ok(EventRow {
        event_id: parse_uuid(row.get(0)?)?.ok_or_else(|| StoreError::Invalid("event without id".into()))?,
        created_at: micros_to_time(row.get(1)?)?,
        event_type: row.get(2)?,
        schema_version: row.get(3)?,
        occurred_at: row.get::<_, Option<i64>>(4)?.map(micros_to_time).transpose()?,
        workout_id: parse_uuid(row.get(5)?)?,
        workout_name: row.get(6)?,
        set_id: parse_uuid(row.get(7)?)?,
        exercise: row.get(8)?,
        set_index: row.get(9)?,
        set_type: row.get(10)?,
        weight_kg: row.get(11)?,
        weight_unit: row.get(12)?,
        reps: row.get(13)?,
        rpe: row.get(14)?,
        distance_m: row.get(15)?,
        duration_s: row.get(16)?,
        note: row.get(17)?,
        payload: row.get(18)?,
    })
}

//! Questions a lifter asks their own history (the Insights console, `gymlog query`): SQL run
//! in a private, in-memory DuckDB that holds a copy of the events and the views
//! (`views.rs`), never on the store's connection. Read-only, always, twice over:
//! - only one statement, and only a query (`SELECT`, `WITH … SELECT`, `VALUES`, `FROM …`) is
//!   run; anything else is refused by name before it runs (DuckDB's own parser decides, via
//!   `json_serialize_sql`, which serialises queries only);
//! - the private database has file access switched off and its settings locked, so even a
//!   query cannot read or write a file, attach a database or load an extension.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use duckdb::arrow::datatypes::DataType;
use duckdb::types::{Value, ValueRef};
use duckdb::{Connection, InterruptHandle};

use super::snapshot::path_literal;
use super::{Result, Snapshot, StoreError, views};

/// The most rows a result keeps (the rest are counted, not held).
pub const MAX_ROWS: usize = 200_000;

/// One value of a result, as the table and the chart need it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Float(f64),
    Text(String),
}

impl Cell {
    /// The number a chart plots, if the value is one.
    pub fn number(&self) -> Option<f64> {
        match self {
            Cell::Int(i) => Some(*i as f64),
            Cell::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The text a table or a CSV file shows.
    pub fn text(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Int(i) => i.to_string(),
            Cell::Float(f) => {
                let rounded = (f * 1e6).round() / 1e6;
                if rounded == rounded.trunc() && rounded.abs() < 1e15 {
                    format!("{rounded:.0}")
                } else {
                    rounded.to_string()
                }
            }
            Cell::Text(t) => t.clone(),
        }
    }
}

/// What a query answered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryResult {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Rows the query returned beyond [`MAX_ROWS`] (not held).
    pub more_rows: u64,
    pub elapsed: Duration,
}

impl QueryResult {
    /// The answer as RFC 4180 CSV with a header row (the console's Copy, `gymlog query --format csv`).
    pub fn to_csv(&self) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let _ = writer.write_record(&self.columns);
        for row in &self.rows {
            let _ = writer.write_record(row.iter().map(Cell::text));
        }
        String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

/// Why a query did not run, in words for the lifter.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum QueryError {
    #[error("{0}")]
    Refused(String),
    /// DuckDB's message, with the line and the caret pointing at the position.
    #[error("{0}")]
    Failed(String),
    #[error("the query was cancelled")]
    Cancelled,
}

/// Cancels the query running on a [`QueryDb`] (DuckDB's interrupt), from any thread.
#[derive(Clone)]
pub struct Canceller(Arc<InterruptHandle>);

impl Canceller {
    pub fn cancel(&self) {
        self.0.interrupt();
    }
}

/// The private database the questions run in.
pub struct QueryDb {
    conn: Connection,
}

impl QueryDb {
    /// A copy of the snapshot's events, with the views, in a database of its own.
    pub fn of_snapshot(snapshot: &Snapshot) -> Result<QueryDb> {
        let dir = tempfile::tempdir().map_err(|e| StoreError::Invalid(format!("no temporary folder: {e}")))?;
        let file = dir.path().join("events.parquet");
        snapshot.copy_to_parquet(&file, &[], super::snapshot::RowOrder::Sort)?;
        QueryDb::of_parquet(&format!("read_parquet({})", path_literal(&file)?))
    }

    /// The events of a backup file, with the views.
    pub fn of_backup(path: &Path) -> Result<QueryDb> {
        QueryDb::of_parquet(&format!("read_parquet({})", path_literal(path)?))
    }

    /// `source`: a DuckDB relation with the backup's columns (read before file access ends).
    fn of_parquet(source: &str) -> Result<QueryDb> {
        let (db, ()) = QueryDb::build(|conn| {
            conn.execute_batch(&format!("CREATE TABLE events AS SELECT * FROM {source}"))?;
            Ok(views::create(conn, views::Made::Tables)?)
        })?;
        Ok(db)
    }

    /// A private database filled by `setup` (the only code that may read files), then
    /// closed to the file system and locked.
    pub(super) fn build<T>(setup: impl FnOnce(&Connection) -> Result<T>) -> Result<(QueryDb, T)> {
        let conn = Connection::open_in_memory_with_flags(super::open_config()?)?;
        // DuckDB's `current_date`/`today()` live in the ICU extension, which is not bundled:
        // `today()` is the local date here (the machine's UTC offset when the database is made).
        let offset_s = chrono::Local::now().offset().local_minus_utc();
        conn.execute_batch(&format!(
            "CREATE MACRO today() AS CAST(CAST(get_current_timestamp() AS TIMESTAMP) + to_seconds({offset_s}) AS DATE)"
        ))?;
        let made = setup(&conn)?;
        conn.execute_batch("SET enable_external_access = false; SET lock_configuration = true;")?;
        Ok((QueryDb { conn }, made))
    }

    /// What stops the query running on this database, from another thread.
    pub fn canceller(&self) -> Canceller {
        Canceller(self.conn.interrupt_handle())
    }

    /// Runs one read-only query.
    pub fn run(&self, sql: &str) -> std::result::Result<QueryResult, QueryError> {
        let started = Instant::now();
        check_read_only(&self.conn, sql)?;
        let mut statement = self.conn.prepare(sql).map_err(failed)?;
        let mut rows = statement.query([]).map_err(failed)?;
        let mut result = QueryResult::default();
        let mut types: Option<Vec<DataType>> = None;
        while let Some(row) = rows.next().map_err(failed)? {
            if result.rows.len() >= MAX_ROWS {
                result.more_rows += 1;
                continue;
            }
            let types = types.get_or_insert_with(|| {
                let statement = row.as_ref();
                (0..statement.column_count()).map(|i| statement.column_type(i)).collect()
            });
            let cells = types
                .iter()
                .enumerate()
                .map(|(i, t)| match t {
                    DataType::Null => Cell::Null,
                    t if !readable(t) => Cell::Text(format!("({t} cannot be shown: CAST it to VARCHAR)")),
                    _ => cell(row.get_ref(i).unwrap_or(ValueRef::Null)),
                })
                .collect();
            result.rows.push(cells);
        }
        drop(rows);
        result.columns = statement.column_names();
        result.elapsed = started.elapsed();
        Ok(result)
    }
}

/// Whether duckdb-rs reads a value of Arrow type `t` (its `value_ref_internal`): on any other
/// it panics — `SELECT NULL` (a column of type NULL) brought the console down.
fn readable(t: &DataType) -> bool {
    use duckdb::arrow::datatypes::{IntervalUnit, TimeUnit};
    match t {
        DataType::Utf8
        | DataType::LargeUtf8
        | DataType::Binary
        | DataType::LargeBinary
        | DataType::FixedSizeBinary(_)
        | DataType::Boolean
        | DataType::Int8
        | DataType::Int16
        | DataType::Int32
        | DataType::Int64
        | DataType::UInt8
        | DataType::UInt16
        | DataType::UInt32
        | DataType::UInt64
        | DataType::Float16
        | DataType::Float32
        | DataType::Float64
        | DataType::Decimal32(..)
        | DataType::Decimal64(..)
        | DataType::Decimal128(..)
        | DataType::Timestamp(..)
        | DataType::Date32
        | DataType::Time64(TimeUnit::Microsecond)
        | DataType::Interval(IntervalUnit::MonthDayNano) => true,
        DataType::List(item) | DataType::LargeList(item) | DataType::FixedSizeList(item, _) => {
            readable(item.data_type())
        }
        DataType::Struct(fields) => fields.iter().all(|f| readable(f.data_type())),
        DataType::Map(entries, _) => readable(entries.data_type()),
        DataType::Dictionary(_, values) => readable(values),
        _ => false,
    }
}

fn cell(value: ValueRef<'_>) -> Cell {
    use ValueRef as V;
    match value {
        V::Null => Cell::Null,
        V::Boolean(b) => Cell::Text(b.to_string()),
        V::TinyInt(i) => Cell::Int(i.into()),
        V::SmallInt(i) => Cell::Int(i.into()),
        V::Int(i) => Cell::Int(i.into()),
        V::BigInt(i) => Cell::Int(i),
        V::HugeInt(i) => i64::try_from(i).map_or(Cell::Float(i as f64), Cell::Int),
        V::UTinyInt(i) => Cell::Int(i.into()),
        V::USmallInt(i) => Cell::Int(i.into()),
        V::UInt(i) => Cell::Int(i.into()),
        V::UBigInt(i) => i64::try_from(i).map_or(Cell::Float(i as f64), Cell::Int),
        V::Float(f) => Cell::Float(f.into()),
        V::Double(f) => Cell::Float(f),
        V::Decimal(d) => d.to_string().parse().map_or_else(|_| Cell::Text(d.to_string()), Cell::Float),
        V::Text(bytes) => Cell::Text(String::from_utf8_lossy(bytes).into_owned()),
        other => match other.to_owned() {
            Value::UHugeInt(i) => i64::try_from(i).map_or(Cell::Float(i as f64), Cell::Int),
            Value::Timestamp(unit, value) => timestamp_text(unit.to_micros(value)).map_or(Cell::Null, Cell::Text),
            value => Cell::Text(value_text(&value)),
        },
    }
}

/// `2026-03-14 18:05:00` (UTC, as stored).
fn timestamp_text(micros: i64) -> Option<String> {
    chrono::DateTime::from_timestamp_micros(micros).map(|t| t.naive_utc().format("%Y-%m-%d %H:%M:%S").to_string())
}

/// A value as DuckDB's own shell shows it: dates, times, intervals (`1 day 01:30:00`), lists
/// (`[1, 2]`), structs (`{'a': 1}`), maps (`{a=1}`); a blob by its size.
fn value_text(value: &Value) -> String {
    let join = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(", ");
    match value {
        Value::Null => "NULL".into(),
        Value::Boolean(b) => b.to_string(),
        Value::TinyInt(i) => i.to_string(),
        Value::SmallInt(i) => i.to_string(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(i) => i.to_string(),
        Value::HugeInt(i) => i.to_string(),
        Value::UHugeInt(i) => i.to_string(),
        Value::UTinyInt(i) => i.to_string(),
        Value::USmallInt(i) => i.to_string(),
        Value::UInt(i) => i.to_string(),
        Value::UBigInt(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Double(f) => f.to_string(),
        Value::Decimal(d) => d.to_string(),
        Value::Text(t) | Value::Enum(t) => t.clone(),
        Value::Blob(b) | Value::Geometry(b) => format!("({} bytes)", b.len()),
        Value::Date32(days) => (chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid day")
            + chrono::TimeDelta::days(i64::from(*days)))
        .to_string(),
        Value::Timestamp(unit, v) => timestamp_text(unit.to_micros(*v)).unwrap_or_else(|| "NULL".into()),
        Value::Time64(unit, v) => clock_text(unit.to_micros(*v)),
        Value::Interval { months, days, nanos } => interval_text(*months, *days, *nanos),
        Value::List(items) | Value::Array(items) => format!("[{}]", join(&mut items.iter().map(value_text))),
        Value::Struct(fields) => {
            format!("{{{}}}", join(&mut fields.iter().map(|(k, v)| format!("'{k}': {}", value_text(v)))))
        }
        Value::Map(entries) => {
            format!("{{{}}}", join(&mut entries.iter().map(|(k, v)| format!("{}={}", value_text(k), value_text(v)))))
        }
        Value::Union(inner) => value_text(inner),
        other => format!("{other:?}"),
    }
}

/// `01:30:00`, or `01:30:00.25` with a fraction of a second; negative with a `-`.
fn clock_text(micros: i64) -> String {
    let sign = if micros < 0 { "-" } else { "" };
    let micros = micros.unsigned_abs();
    let (seconds, fraction) = (micros / 1_000_000, micros % 1_000_000);
    let clock = format!("{sign}{:02}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
    if fraction == 0 { clock } else { format!("{clock}.{}", format!("{fraction:06}").trim_end_matches('0')) }
}

/// `1 year 2 months 3 days 01:30:00`, as DuckDB prints an interval.
fn interval_text(months: i32, days: i32, nanos: i64) -> String {
    let plural = |n: i32, word: &str| format!("{n} {word}{}", if n.abs() == 1 { "" } else { "s" });
    let mut parts = Vec::new();
    if months / 12 != 0 {
        parts.push(plural(months / 12, "year"));
    }
    if months % 12 != 0 {
        parts.push(plural(months % 12, "month"));
    }
    if days != 0 {
        parts.push(plural(days, "day"));
    }
    if nanos != 0 || parts.is_empty() {
        parts.push(clock_text(nanos / 1000));
    }
    parts.join(" ")
}

/// The statement kinds a console refuses, by their first word, and why.
fn refusal(keyword: &str) -> String {
    let what = match keyword {
        "DELETE" | "UPDATE" | "INSERT" | "TRUNCATE" | "MERGE" => "changes data",
        "DROP" | "CREATE" | "ALTER" | "COMMENT" => "changes the database's tables",
        "COPY" | "EXPORT" | "IMPORT" => "reads or writes files",
        "ATTACH" | "DETACH" | "USE" => "opens other databases",
        "INSTALL" | "LOAD" | "FORCE" => "loads extensions",
        "SET" | "RESET" | "PRAGMA" | "CALL" => "changes settings",
        "BEGIN" | "COMMIT" | "ROLLBACK" | "CHECKPOINT" | "VACUUM" => "manages transactions or storage",
        _ => "is not a query",
    };
    format!(
        "{keyword} {what}; the console only reads: one SELECT (or WITH … SELECT) over sets, workouts, exercises, bodyweight, measurements, records, programs, planned_sets and events"
    )
}

/// DuckDB's error as the lifter reads it: an interrupt (Cancel, at whatever step it lands) is
/// "cancelled", anything else DuckDB's own message.
fn failed(e: duckdb::Error) -> QueryError {
    let text = e.to_string();
    if text.contains("INTERRUPT") || text.contains("Interrupted") {
        QueryError::Cancelled
    } else {
        QueryError::Failed(text)
    }
}

/// Refuses anything but one query, naming what it found.
fn check_read_only(conn: &Connection, sql: &str) -> std::result::Result<(), QueryError> {
    let keywords: Vec<String> = sql
        .split(';')
        .map(|s| strip_comments(s).split_whitespace().next().unwrap_or("").to_ascii_uppercase())
        .filter(|k| !k.is_empty())
        .collect();
    if keywords.is_empty() {
        return Err(QueryError::Refused("write a query first, e.g. SELECT * FROM sets LIMIT 10".into()));
    }
    let serialized: String =
        conn.query_row("SELECT json_serialize_sql(?::VARCHAR)", [sql], |r| r.get(0)).map_err(failed)?;
    let parsed: serde_json::Value =
        serde_json::from_str(&serialized).map_err(|e| QueryError::Failed(format!("the query's parse: {e}")))?;
    let error = parsed["error"].as_bool().unwrap_or(true);
    if error {
        let kind = parsed["error_type"].as_str().unwrap_or("");
        if kind == "parser" || kind == "syntax" {
            // DuckDB's own words, with the position, come from running it.
            return match conn.prepare(sql) {
                Err(e) => Err(failed(e)),
                Ok(_) => Err(QueryError::Refused(refusal(&keywords[0]))),
            };
        }
        let culprit = keywords.iter().find(|k| !is_query_keyword(k)).unwrap_or(&keywords[0]);
        return Err(QueryError::Refused(refusal(culprit)));
    }
    let statements = parsed["statements"].as_array().map_or(0, Vec::len);
    if statements != 1 || keywords.len() != 1 {
        if let Some(culprit) = keywords.iter().find(|k| !is_query_keyword(k)) {
            return Err(QueryError::Refused(refusal(culprit)));
        }
        return Err(QueryError::Refused("one query at a time: remove the other statements".into()));
    }
    Ok(())
}

fn is_query_keyword(keyword: &str) -> bool {
    matches!(keyword, "SELECT" | "WITH" | "FROM" | "VALUES" | "(" | "TABLE") || keyword.starts_with('(')
}

/// `text` without `-- …` line comments and `/* … */` block comments (for naming the first word).
fn strip_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("--") {
            rest = after.find('\n').map_or("", |i| &after[i..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |i| &after[i + 2..]);
        } else {
            let c = rest.chars().next().expect("not empty");
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_do_not_hide_the_first_word() {
        assert_eq!(strip_comments("-- note\nDELETE /* x */ FROM sets").trim(), "DELETE  FROM sets");
        assert_eq!(refusal("DROP").split(';').next().unwrap(), "DROP changes the database's tables");
    }

    #[test]
    fn the_csv_quotes_what_needs_quoting() {
        let result = QueryResult {
            columns: vec!["x".into(), "y".into()],
            rows: vec![vec![Cell::Text("Push, heavy".into()), Cell::Float(1.5)], vec![Cell::Null, Cell::Int(2)]],
            ..QueryResult::default()
        };
        assert_eq!(result.to_csv(), "x,y\n\"Push, heavy\",1.5\n,2\n");
    }

    #[test]
    fn cells_print_like_numbers() {
        assert_eq!(Cell::Float(123.75).text(), "123.75");
        assert_eq!(Cell::Float(100.0).text(), "100");
        assert_eq!(Cell::Float(1.0 / 3.0).text(), "0.333333");
        assert_eq!(Cell::Int(-4).number(), Some(-4.0));
        assert_eq!(Cell::Text("x".into()).number(), None);
    }
}

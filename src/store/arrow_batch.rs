//! Event rows as one Arrow batch in the event table's column order, for DuckDB's Arrow
//! appender: a bulk append (an import, a restore's merge) hands DuckDB whole columns instead
//! of one boxed value per cell. Built from [`COLUMNS`], so a new column is appended too.

use std::sync::Arc;

use duckdb::arrow::array::{
    ArrayRef, FixedSizeBinaryBuilder, Float64Builder, Int16Builder, Int32Builder, RecordBatch, StringBuilder,
    TimestampMicrosecondBuilder,
};
use duckdb::arrow::datatypes::{DataType, Field, Schema, TimeUnit};

use super::columns::{Access, COLUMNS, Column, SqlType};
use crate::domain::event_row::EventRow;

/// The extension type DuckDB reads a 16-byte column as a UUID by.
const UUID_EXTENSION: (&str, &str) = ("ARROW:extension:name", "arrow.uuid");

/// `rows` as one batch (nullable columns; the table's `NOT NULL` is checked by DuckDB).
pub(super) fn record_batch(rows: &[EventRow]) -> Result<RecordBatch, String> {
    let fields: Vec<Field> = COLUMNS.iter().map(field).collect();
    let arrays: Vec<ArrayRef> = COLUMNS.iter().map(|c| column_array(c, rows)).collect::<Result<_, _>>()?;
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays).map_err(|e| e.to_string())
}

fn field(column: &Column) -> Field {
    let data_type = match column.sql_type {
        SqlType::Uuid => DataType::FixedSizeBinary(16),
        SqlType::Timestamp => DataType::Timestamp(TimeUnit::Microsecond, None),
        SqlType::Varchar | SqlType::Json => DataType::Utf8,
        SqlType::SmallInt => DataType::Int16,
        SqlType::Integer => DataType::Int32,
        SqlType::Double => DataType::Float64,
    };
    let field = Field::new(column.name, data_type, true);
    match column.sql_type {
        SqlType::Uuid => field.with_metadata(std::collections::HashMap::from([(
            UUID_EXTENSION.0.to_string(),
            UUID_EXTENSION.1.to_string(),
        )])),
        _ => field,
    }
}

fn column_array(column: &Column, rows: &[EventRow]) -> Result<ArrayRef, String> {
    let n = rows.len();
    let array: ArrayRef = match (column.access, column.sql_type) {
        (Access::Uuid(get, _), _) => {
            let mut b = FixedSizeBinaryBuilder::with_capacity(n, 16);
            for row in rows {
                match get(row) {
                    Some(id) => b.append_value(id.as_bytes()).map_err(|e| e.to_string())?,
                    None => b.append_null(),
                }
            }
            Arc::new(b.finish())
        }
        (Access::Time(get, _), _) => {
            let mut b = TimestampMicrosecondBuilder::with_capacity(n);
            rows.iter().for_each(|row| b.append_option(get(row).map(|at| at.timestamp_micros())));
            Arc::new(b.finish())
        }
        (Access::Text(get, _), _) => {
            let bytes = rows.iter().filter_map(get).map(str::len).sum();
            let mut b = StringBuilder::with_capacity(n, bytes);
            rows.iter().for_each(|row| b.append_option(get(row)));
            Arc::new(b.finish())
        }
        (Access::Int(get, _), SqlType::SmallInt) => {
            let mut b = Int16Builder::with_capacity(n);
            rows.iter().for_each(|row| b.append_option(get(row).map(|v| v as i16)));
            Arc::new(b.finish())
        }
        (Access::Int(get, _), _) => {
            let mut b = Int32Builder::with_capacity(n);
            rows.iter().for_each(|row| b.append_option(get(row).map(|v| v as i32)));
            Arc::new(b.finish())
        }
        (Access::Double(get, _), _) => {
            let mut b = Float64Builder::with_capacity(n);
            rows.iter().for_each(|row| b.append_option(get(row)));
            Arc::new(b.finish())
        }
    };
    Ok(array)
}

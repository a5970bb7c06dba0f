//! The event columns of an Arrow batch (from the table, a snapshot, or a Parquet file read by
//! DuckDB or by the parquet crate), typed once per batch: each row can be encoded for the
//! content checksum or read into an [`EventRow`], by the column table, without going through
//! text.

use chrono::DateTime;
use duckdb::arrow::array::{
    Array, ArrayRef, AsArray, DictionaryArray, FixedSizeBinaryArray, LargeStringArray, PrimitiveArray, RecordBatch,
    StringArray,
};
use duckdb::arrow::buffer::NullBuffer;
use duckdb::arrow::datatypes::{DataType, Float64Type, Int16Type, Int32Type, TimeUnit, TimestampMicrosecondType};
use uuid::Uuid;

use super::columns::{Access, COLUMNS, Column, SqlType};
use crate::domain::event_row::EventRow;

/// One column of a batch.
enum Cells<'a> {
    /// UUIDs as their 16 bytes (Parquet, and DuckDB with `arrow_lossless_conversion`).
    UuidBytes(&'a FixedSizeBinaryArray),
    /// UUIDs as text (DuckDB's default Arrow export).
    UuidText(&'a StringArray),
    Time(&'a PrimitiveArray<TimestampMicrosecondType>),
    Text(&'a StringArray),
    LargeText(&'a LargeStringArray),
    /// Text kept dictionary-encoded as the Parquet file has it (decoded faster, nothing copied).
    DictText(&'a DictionaryArray<Int32Type>, &'a StringArray),
    SmallInt(&'a PrimitiveArray<Int16Type>),
    Integer(&'a PrimitiveArray<Int32Type>),
    Double(&'a PrimitiveArray<Float64Type>),
}

impl<'a> Cells<'a> {
    fn of(array: &'a dyn Array, column: &Column) -> Result<Cells<'a>, String> {
        let cells = match (column.sql_type, array.data_type()) {
            (SqlType::Uuid, DataType::FixedSizeBinary(16)) => array.as_fixed_size_binary_opt().map(Cells::UuidBytes),
            (SqlType::Uuid, DataType::Utf8) => array.as_string_opt::<i32>().map(Cells::UuidText),
            (SqlType::Timestamp, DataType::Timestamp(TimeUnit::Microsecond, _)) => {
                array.as_primitive_opt::<TimestampMicrosecondType>().map(Cells::Time)
            }
            (SqlType::Varchar | SqlType::Json, DataType::Utf8) => array.as_string_opt::<i32>().map(Cells::Text),
            (SqlType::Varchar | SqlType::Json, DataType::LargeUtf8) => {
                array.as_string_opt::<i64>().map(Cells::LargeText)
            }
            (SqlType::Varchar | SqlType::Json, DataType::Dictionary(key, value))
                if **key == DataType::Int32 && **value == DataType::Utf8 =>
            {
                array
                    .as_dictionary_opt::<Int32Type>()
                    .and_then(|d| d.values().as_string_opt::<i32>().map(|values| Cells::DictText(d, values)))
            }
            (SqlType::SmallInt, DataType::Int16) => array.as_primitive_opt::<Int16Type>().map(Cells::SmallInt),
            (SqlType::Integer, DataType::Int32) => array.as_primitive_opt::<Int32Type>().map(Cells::Integer),
            (SqlType::Double, DataType::Float64) => array.as_primitive_opt::<Float64Type>().map(Cells::Double),
            _ => None,
        };
        cells.ok_or_else(|| {
            format!("column {} has type {}, not {}", column.name, array.data_type(), column.sql_type.sql())
        })
    }

    fn nulls(&self) -> Option<&'a NullBuffer> {
        match *self {
            Cells::UuidBytes(a) => a.nulls(),
            Cells::UuidText(a) | Cells::Text(a) => a.nulls(),
            Cells::LargeText(a) => a.nulls(),
            Cells::DictText(a, _) => a.nulls(),
            Cells::Time(a) => a.nulls(),
            Cells::SmallInt(a) => a.nulls(),
            Cells::Integer(a) => a.nulls(),
            Cells::Double(a) => a.nulls(),
        }
    }

    /// The encoded size of a fixed-width value.
    fn width(&self) -> usize {
        match self {
            Cells::UuidBytes(_) | Cells::UuidText(_) => 16,
            Cells::Time(_) | Cells::Double(_) => 8,
            Cells::SmallInt(_) => 2,
            Cells::Integer(_) => 4,
            Cells::Text(_) | Cells::LargeText(_) | Cells::DictText(..) => 0,
        }
    }

    fn is_null(&self, i: usize) -> bool {
        match self {
            Cells::UuidBytes(a) => a.is_null(i),
            Cells::UuidText(a) | Cells::Text(a) => a.is_null(i),
            Cells::LargeText(a) => a.is_null(i),
            Cells::DictText(a, _) => a.is_null(i),
            Cells::Time(a) => a.is_null(i),
            Cells::SmallInt(a) => a.is_null(i),
            Cells::Integer(a) => a.is_null(i),
            Cells::Double(a) => a.is_null(i),
        }
    }

    fn uuid(&self, i: usize) -> Result<Uuid, String> {
        match self {
            Cells::UuidBytes(a) => Uuid::from_slice(a.value(i)).map_err(|e| e.to_string()),
            Cells::UuidText(a) => Uuid::parse_str(a.value(i)).map_err(|e| format!("bad UUID {}: {e}", a.value(i))),
            _ => Err("not a UUID column".into()),
        }
    }

    fn text(&self, i: usize) -> &'a str {
        match self {
            Cells::Text(a) | Cells::UuidText(a) => a.value(i),
            Cells::LargeText(a) => a.value(i),
            Cells::DictText(keys, values) => values.value(keys.keys().value(i) as usize),
            _ => "",
        }
    }

    fn int(&self, i: usize) -> i64 {
        match self {
            Cells::SmallInt(a) => i64::from(a.value(i)),
            Cells::Integer(a) => i64::from(a.value(i)),
            Cells::Time(a) => a.value(i),
            _ => 0,
        }
    }
}

/// Writes one column's cells at each row's cursor: the tag byte, then (not null) the value.
#[inline]
fn write_column(
    bytes: &mut [u8],
    cursors: &mut [usize],
    nulls: Option<&NullBuffer>,
    value: impl Fn(usize, &mut [u8]) -> usize,
) {
    for (i, at) in cursors.iter_mut().enumerate() {
        if nulls.is_some_and(|n| n.is_null(i)) {
            bytes[*at] = 0;
            *at += 1;
        } else {
            bytes[*at] = 1;
            *at += 1 + value(i, &mut bytes[*at + 1..]);
        }
    }
}

#[inline]
fn put(out: &mut [u8], value: &[u8]) -> usize {
    out[..value.len()].copy_from_slice(value);
    value.len()
}

#[inline]
fn put_text(out: &mut [u8], text: &[u8]) -> usize {
    out[..4].copy_from_slice(&(text.len() as u32).to_le_bytes());
    4 + put(&mut out[4..], text)
}

/// Buffers [`BatchColumns::digest`] reuses from batch to batch.
#[derive(Default)]
pub(super) struct DigestScratch {
    starts: Vec<usize>,
    cursors: Vec<usize>,
    bytes: Vec<u8>,
}

/// The event columns of one batch, in table order.
pub(super) struct BatchColumns<'a> {
    cells: Vec<Cells<'a>>,
    rows: usize,
}

impl<'a> BatchColumns<'a> {
    /// A batch whose columns are the event columns, in table order.
    pub(super) fn of(batch: &'a RecordBatch) -> Result<BatchColumns<'a>, String> {
        if batch.num_columns() != COLUMNS.len() {
            return Err(format!("{} columns, expected {}", batch.num_columns(), COLUMNS.len()));
        }
        Self::of_arrays(batch.columns(), batch.num_rows())
    }

    /// The event columns, in table order.
    pub(super) fn of_arrays(arrays: &'a [ArrayRef], rows: usize) -> Result<BatchColumns<'a>, String> {
        let cells = COLUMNS
            .iter()
            .zip(arrays)
            .map(|(column, array)| Cells::of(array.as_ref(), column))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(BatchColumns { cells, rows })
    }

    pub(super) fn rows(&self) -> usize {
        self.rows
    }

    /// The `_created_at` of every row, in microseconds (a NULL, which no event has, as the
    /// earliest time).
    pub(super) fn created_at_micros(&self) -> Result<impl Iterator<Item = i64> + '_, String> {
        let at = COLUMNS.iter().position(|c| c.name == "_created_at").and_then(|i| self.cells.get(i));
        match at {
            Some(Cells::Time(times)) => {
                Ok((0..self.rows).map(|i| if times.is_null(i) { i64::MIN } else { times.value(i) }))
            }
            _ => Err("column _created_at is not a timestamp".into()),
        }
    }

    /// The content hash of every row of the batch, in order (the content checksum sums them,
    /// `digest.rs`). The rows are encoded column by column into one buffer (each row's place
    /// computed first), so every column is one typed loop with no per-cell dispatch or
    /// reallocation; then each row's bytes are hashed.
    pub(super) fn row_hashes(&self, scratch: &mut DigestScratch, mut each: impl FnMut(u64)) -> Result<(), String> {
        let n = self.rows;
        let DigestScratch { starts, cursors, bytes } = scratch;
        // Where each row's encoding starts: one tag byte per cell, plus the value if not null.
        starts.clear();
        starts.resize(n + 1, 0);
        for cells in &self.cells {
            let nulls = cells.nulls();
            let valid = |i: usize| nulls.is_none_or(|n| n.is_valid(i));
            match cells {
                Cells::Text(a) => {
                    (0..n).for_each(|i| starts[i + 1] += 1 + if valid(i) { 4 + a.value(i).len() } else { 0 })
                }
                Cells::LargeText(a) => {
                    (0..n).for_each(|i| starts[i + 1] += 1 + if valid(i) { 4 + a.value(i).len() } else { 0 })
                }
                Cells::DictText(keys, values) => {
                    let keys = keys.keys();
                    (0..n).for_each(|i| {
                        starts[i + 1] += 1 + if valid(i) { 4 + values.value(keys.value(i) as usize).len() } else { 0 }
                    })
                }
                fixed => {
                    let width = fixed.width();
                    (0..n).for_each(|i| starts[i + 1] += 1 + if valid(i) { width } else { 0 })
                }
            }
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        bytes.clear();
        bytes.resize(starts[n], 0);
        cursors.clear();
        cursors.extend_from_slice(&starts[..n]);
        for (column, cells) in COLUMNS.iter().zip(&self.cells) {
            let nulls = cells.nulls();
            let (bytes, cursors) = (&mut bytes[..], &mut cursors[..]);
            match cells {
                Cells::UuidBytes(a) => write_column(bytes, cursors, nulls, |i, out| put(out, a.value(i))),
                Cells::UuidText(_) => {
                    for i in 0..n {
                        if nulls.is_some_and(|n| n.is_null(i)) {
                            bytes[cursors[i]] = 0;
                            cursors[i] += 1;
                        } else {
                            let id = cells.uuid(i).map_err(|e| format!("column {}: {e}", column.name))?;
                            bytes[cursors[i]] = 1;
                            cursors[i] += 1 + put(&mut bytes[cursors[i] + 1..], id.as_bytes());
                        }
                    }
                }
                Cells::Time(a) => write_column(bytes, cursors, nulls, |i, out| put(out, &a.value(i).to_le_bytes())),
                Cells::Text(a) => write_column(bytes, cursors, nulls, |i, out| put_text(out, a.value(i).as_bytes())),
                Cells::LargeText(a) => {
                    write_column(bytes, cursors, nulls, |i, out| put_text(out, a.value(i).as_bytes()))
                }
                Cells::DictText(keys, values) => {
                    let keys = keys.keys();
                    write_column(bytes, cursors, nulls, |i, out| {
                        put_text(out, values.value(keys.value(i) as usize).as_bytes())
                    })
                }
                Cells::SmallInt(a) => write_column(bytes, cursors, nulls, |i, out| put(out, &a.value(i).to_le_bytes())),
                Cells::Integer(a) => write_column(bytes, cursors, nulls, |i, out| put(out, &a.value(i).to_le_bytes())),
                Cells::Double(a) => {
                    write_column(bytes, cursors, nulls, |i, out| put(out, &a.value(i).to_bits().to_le_bytes()))
                }
            }
        }
        for row in starts.windows(2) {
            each(xxhash_rust::xxh3::xxh3_64(&bytes[row[0]..row[1]]));
        }
        Ok(())
    }

    /// Row `i` as an [`EventRow`]; an empty required column is an error.
    pub(super) fn read(&self, i: usize) -> Result<EventRow, String> {
        let mut row = EventRow::default();
        for (column, cells) in COLUMNS.iter().zip(&self.cells) {
            if cells.is_null(i) {
                if column.required {
                    return Err(format!("column {} is empty", column.name));
                }
                continue;
            }
            let fail = |e: String| format!("column {}: {e}", column.name);
            match column.access {
                Access::Uuid(_, set) => set(&mut row, cells.uuid(i).map_err(fail)?),
                Access::Time(_, set) => set(
                    &mut row,
                    DateTime::from_timestamp_micros(cells.int(i))
                        .ok_or_else(|| fail("timestamp out of range".into()))?,
                ),
                Access::Text(_, set) => set(&mut row, cells.text(i).to_string()),
                Access::Int(_, set) => set(&mut row, cells.int(i)),
                Access::Double(_, set) => match cells {
                    Cells::Double(a) => set(&mut row, a.value(i)),
                    _ => return Err(fail("not a number".into())),
                },
            }
        }
        Ok(row)
    }
}

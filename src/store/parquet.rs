//! Reading a Parquet backup file back with the parquet crate — an independent reader, not the
//! DuckDB that wrote it: its footer (rows, column types, codecs, key-value metadata), and its
//! content checksum from every data page of every row group, spread over the cores.

use std::path::{Path, PathBuf};

use duckdb::arrow::array::ArrayRef;
use std::sync::Arc;

use duckdb::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::arrow_reader::{ArrowReaderOptions, ParquetRecordBatchReaderBuilder};
use parquet::basic::LogicalType;
use parquet::schema::types::ColumnDescriptor;

use super::arrow_rows::{BatchColumns, DigestScratch};
use super::digest::ContentDigest;
use super::time_order::TimeOrder;
use super::{Result, StoreError, columns};

/// What a Parquet file's footer says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ParquetSummary {
    pub rows: u64,
    /// Column names and their types as DuckDB reads them, in file order.
    pub columns: Vec<(String, String)>,
    pub codecs: Vec<String>,
    /// Key-value metadata of the file (keys and values as text).
    pub metadata: Vec<(String, String)>,
}

impl ParquetSummary {
    pub fn metadata(&self, key: &str) -> Option<&str> {
        self.metadata.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// A Parquet file opened for reading.
pub struct ParquetFile {
    path: PathBuf,
}

impl ParquetFile {
    pub fn open(path: &Path) -> Result<ParquetFile> {
        Ok(ParquetFile { path: path.to_path_buf() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the footer: rows, columns, codecs, metadata. Decodes no data page.
    pub fn summary(&self) -> Result<ParquetSummary> {
        read_footer(&self.path).map_err(StoreError::Invalid)
    }

    /// The content checksum of every row, decoding every data page.
    pub fn digest(&self) -> Result<ContentDigest> {
        Ok(self.content()?.digest)
    }

    /// The content checksum of every row and the time order of the rows, decoding every
    /// data page once.
    pub fn content(&self) -> Result<FileContent> {
        file_content(&self.path).map_err(StoreError::Invalid)
    }
}

/// What reading every row of a file found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileContent {
    pub digest: ContentDigest,
    /// The `_created_at` of the rows, in file order.
    pub order: TimeOrder,
}

/// A column's type under the name DuckDB gives it, from the Parquet schema.
fn type_name(field: &duckdb::arrow::datatypes::Field, column: &ColumnDescriptor) -> String {
    use duckdb::arrow::datatypes::{DataType, TimeUnit};
    match field.data_type() {
        DataType::FixedSizeBinary(16) if matches!(column.logical_type_ref(), Some(LogicalType::Uuid)) => "UUID".into(),
        DataType::Timestamp(TimeUnit::Microsecond, None) => "TIMESTAMP".into(),
        DataType::Utf8 | DataType::LargeUtf8 if matches!(column.logical_type_ref(), Some(LogicalType::Json)) => {
            "JSON".into()
        }
        DataType::Utf8 | DataType::LargeUtf8 => "VARCHAR".into(),
        DataType::Int16 => "SMALLINT".into(),
        DataType::Int32 => "INTEGER".into(),
        DataType::Int64 => "BIGINT".into(),
        DataType::Float64 => "DOUBLE".into(),
        other => other.to_string(),
    }
}

/// Reads the footer of the Parquet file at `path` (no data page is decoded).
pub fn read_footer(path: &Path) -> std::result::Result<ParquetSummary, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).map_err(|e| e.to_string())?;
    let metadata = builder.metadata();
    let schema = metadata.file_metadata().schema_descr();
    let fields = builder.schema().fields();
    if fields.len() != schema.num_columns() {
        return Err("the file has nested columns, which no GymLog backup has".into());
    }
    let columns = fields.iter().zip(schema.columns()).map(|(f, c)| (f.name().clone(), type_name(f, c))).collect();
    let mut codecs: Vec<String> = metadata
        .row_groups()
        .iter()
        .flat_map(|g| {
            g.columns().iter().map(|c| format!("{:?}", c.compression()).split('(').next().unwrap_or("").to_string())
        })
        .collect();
    codecs.sort();
    codecs.dedup();
    let kv = metadata
        .file_metadata()
        .key_value_metadata()
        .map(|kv| kv.iter().map(|e| (e.key.clone(), e.value.clone().unwrap_or_default())).collect())
        .unwrap_or_default();
    Ok(ParquetSummary { rows: metadata.file_metadata().num_rows().max(0) as u64, columns, codecs, metadata: kv })
}

/// The content checksum of the event columns of the Parquet file at `path` and the time order
/// of its rows, read with the parquet crate, its row groups shared out between the cores.
pub fn file_content(path: &Path) -> std::result::Result<FileContent, String> {
    let open = || -> std::result::Result<ParquetRecordBatchReaderBuilder<std::fs::File>, String> {
        let file = || std::fs::File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()));
        let plain = ParquetRecordBatchReaderBuilder::try_new(file()?).map_err(|e| e.to_string())?;
        // Text read dictionary-encoded, as DuckDB wrote it: a third faster than decoding every
        // string (measured on a million events), same values.
        let options = ArrowReaderOptions::new().with_schema(dictionary_text(plain.schema()));
        Ok(ParquetRecordBatchReaderBuilder::try_new_with_options(file()?, options).unwrap_or(plain))
    };
    let groups = open()?.metadata().num_row_groups();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, groups.max(1));
    let digests = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let mine: Vec<usize> = (t..groups).step_by(threads).collect();
                scope.spawn(move || digest_row_groups(open()?, mine))
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|_| Err("a reader thread failed".into())))
            .collect::<Vec<_>>()
    });
    let (mut digest, mut orders) = (ContentDigest::default(), Vec::new());
    for part in digests {
        let (d, o) = part?;
        digest = digest.combine(d);
        orders.extend(o);
    }
    // Row groups in file order: the file is in order if each is, and each starts where the
    // one before ended.
    orders.sort_by_key(|(group, _)| *group);
    let order = orders.into_iter().fold(TimeOrder::EMPTY, |whole, (_, group)| whole.then(group));
    Ok(FileContent { digest, order })
}

/// Where a file whose pages do not decode is damaged: the first row group that cannot be read,
/// as (first row, last row, what the decoder said); `None` when every row group reads.
pub fn first_unreadable_rows(path: &Path) -> Option<(u64, u64, String)> {
    let open = || ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(path).ok()?).ok();
    let groups: Vec<i64> = open()?.metadata().row_groups().iter().map(|g| g.num_rows()).collect();
    let mut first = 0u64;
    for (group, rows) in groups.iter().enumerate() {
        let last = first + (*rows).max(1) as u64 - 1;
        let failure = match open()?.with_row_groups(vec![group]).build() {
            Err(e) => Some(e.to_string()),
            Ok(reader) => reader.filter_map(|batch| batch.err()).map(|e| e.to_string()).next(),
        };
        if let Some(reason) = failure {
            return Some((first, last, reason));
        }
        first += (*rows).max(0) as u64;
    }
    None
}

/// `schema` with its text columns as dictionaries of text.
fn dictionary_text(schema: &SchemaRef) -> SchemaRef {
    let fields: Vec<Field> = schema
        .fields()
        .iter()
        .map(|f| match f.data_type() {
            // VARCHAR columns (the JSON payload stays as it is).
            DataType::Utf8
                if columns::COLUMNS.iter().any(|c| c.name == f.name() && c.sql_type == columns::SqlType::Varchar) =>
            {
                f.as_ref()
                    .clone()
                    .with_data_type(DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8)))
            }
            _ => f.as_ref().clone(),
        })
        .collect();
    Arc::new(Schema::new_with_metadata(fields, schema.metadata().clone()))
}

/// The checksum of `row_groups` (in ascending order) and the time order of each.
fn digest_row_groups(
    builder: ParquetRecordBatchReaderBuilder<std::fs::File>,
    row_groups: Vec<usize>,
) -> std::result::Result<(ContentDigest, Vec<(usize, TimeOrder)>), String> {
    let sizes: Vec<(usize, u64)> =
        row_groups.iter().map(|&g| (g, builder.metadata().row_group(g).num_rows().max(0) as u64)).collect();
    let reader = builder.with_row_groups(row_groups).with_batch_size(8192).build().map_err(|e| e.to_string())?;
    let mut digest = ContentDigest::default();
    let mut scratch = DigestScratch::default();
    // A batch may run on from one row group into the next: the rows are counted off.
    let mut groups = sizes.into_iter().map(|(group, rows)| (group, rows, TimeOrder::EMPTY)).collect::<Vec<_>>();
    let mut current = 0;
    for batch in reader {
        let batch = batch.map_err(|e| e.to_string())?;
        // The event columns by name, in table order, wherever they are in the file.
        let arrays = columns::names()
            .map(|name| batch.column_by_name(name).cloned().ok_or_else(|| format!("column {name} is missing")))
            .collect::<std::result::Result<Vec<ArrayRef>, String>>()?;
        let rows = BatchColumns::of_arrays(&arrays, batch.num_rows())?;
        digest = digest.combine(ContentDigest::of_batch(&rows, &mut scratch)?);
        for time in rows.created_at_micros()? {
            while groups.get(current).is_some_and(|(_, left, _)| *left == 0) {
                current += 1;
            }
            let (_, left, order) = groups.get_mut(current).ok_or("more rows than the row groups hold")?;
            order.push(time);
            *left -= 1;
        }
    }
    Ok((digest, groups.into_iter().map(|(group, _, order)| (group, order)).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;
    use crate::store::snapshot::{RowOrder, path_literal};

    /// A year of demo training as a backup writes it (one row group), the same rows rewritten
    /// in row groups of 2,048 rows, and without the `reps` column; and the snapshot's digest.
    fn files(dir: &Path) -> (PathBuf, PathBuf, PathBuf, ContentDigest) {
        let store = Store::open(&dir.join("gymlog.duckdb")).unwrap();
        let spec = crate::demo::DemoSpec {
            years: 1,
            seed: 3,
            until: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            max_events: None,
        };
        store.append(&crate::demo::generate(&spec)).unwrap();
        let snapshot = store.snapshot().unwrap();
        let whole = dir.join("backup.parquet");
        snapshot.copy_to_parquet(&whole, &[], RowOrder::Sort).unwrap();
        let expected = snapshot.digest().unwrap();
        let (groups, no_reps) = (dir.join("groups.parquet"), dir.join("no-reps.parquet"));
        let conn = duckdb::Connection::open_in_memory().unwrap();
        let source = path_literal(&whole).unwrap();
        conn.execute_batch(&format!(
            "COPY (FROM read_parquet({source})) TO {} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2048);
             COPY (SELECT * EXCLUDE (reps) FROM read_parquet({source})) TO {} (FORMAT parquet, COMPRESSION zstd);",
            path_literal(&groups).unwrap(),
            path_literal(&no_reps).unwrap()
        ))
        .unwrap();
        (whole, groups, no_reps, expected)
    }

    #[test]
    fn row_groups_shared_out_between_threads_count_every_row_once_in_file_order() {
        let dir = tempfile::tempdir().unwrap();
        let (whole, groups, _, expected) = files(dir.path());
        assert!(expected.rows > 3 * 2048, "{expected:?}");
        let builder = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&groups).unwrap()).unwrap();
        assert!(builder.metadata().num_row_groups() > 3, "several row groups");
        let (one, many) = (file_content(&whole).unwrap(), file_content(&groups).unwrap());
        assert_eq!((one.digest, many.digest), (expected, expected));
        assert_eq!(one.order, many.order);
        assert!(one.order.ordered && one.order.span.is_some(), "{:?}", one.order);
    }

    #[test]
    fn a_missing_column_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let (_, _, no_reps, _) = files(dir.path());
        assert_eq!(file_content(&no_reps).unwrap_err(), "column reps is missing");
    }
}

//! The Parquet side of a backup: `COPY` of the event table into a file, and reading a file
//! back to check it. Paths go into SQL only as properly quoted string literals.

use std::path::Path;

use super::{Result, Store, StoreError};

/// What a Parquet file holds, read back through DuckDB's reader.
#[derive(Debug, Clone, PartialEq)]
pub struct ParquetSummary {
    pub rows: u64,
    pub columns: Vec<String>,
    pub codecs: Vec<String>,
    /// Key-value metadata of the file (keys and values as text).
    pub metadata: Vec<(String, String)>,
}

/// Rows in the table and rows the `COPY` wrote, from the same snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CopyCount {
    pub table_rows: u64,
    pub written: u64,
}

/// A SQL string literal holding `text`: single quotes doubled, so no path can end the literal.
/// (DuckDB string literals have no backslash escapes.)
pub fn sql_string_literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn path_literal(path: &Path) -> Result<String> {
    let text = path
        .to_str()
        .ok_or_else(|| StoreError::Invalid(format!("the path {} is not valid Unicode", path.display())))?;
    Ok(sql_string_literal(text))
}

impl Store {
    /// Copies every event, ordered by `_created_at`, to a zstd-compressed Parquet file at
    /// `path`. `metadata` gets the event count and returns the key-value metadata to embed.
    /// Count and copy run in one transaction, so they see the same events.
    pub fn copy_events_to_parquet(
        &self,
        path: &Path,
        metadata: impl FnOnce(u64) -> Vec<(&'static str, String)>,
    ) -> Result<CopyCount> {
        let file = path_literal(path)?;
        self.conn.execute_batch("BEGIN TRANSACTION")?;
        let copied = (|| -> Result<CopyCount> {
            let table_rows = self.event_count()?;
            let kv = metadata(table_rows)
                .iter()
                .map(|(k, v)| format!("{}: {}", sql_string_literal(k), sql_string_literal(v)))
                .collect::<Vec<_>>()
                .join(", ");
            let kv = if kv.is_empty() { String::new() } else { format!(", KV_METADATA {{{kv}}}") };
            let written = self.conn.execute(
                &format!(
                    "COPY (SELECT * FROM events ORDER BY _created_at) TO {file} \
                     (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 3{kv})"
                ),
                [],
            )? as u64;
            Ok(CopyCount { table_rows, written })
        })();
        let _ = self.conn.execute_batch(if copied.is_ok() { "COMMIT" } else { "ROLLBACK" });
        copied
    }

    /// Reads a Parquet file back: row count, column names, codecs and key-value metadata.
    /// Fails if the file does not parse.
    pub fn read_parquet_summary(&self, path: &Path) -> Result<ParquetSummary> {
        let file = path_literal(path)?;
        let rows: i64 = self.conn.query_row(&format!("SELECT count(*) FROM read_parquet({file})"), [], |r| r.get(0))?;
        let columns =
            self.strings(&format!("SELECT name FROM parquet_schema({file}) WHERE name <> 'duckdb_schema'"))?;
        let codecs = self.strings(&format!("SELECT DISTINCT compression::VARCHAR FROM parquet_metadata({file})"))?;
        let mut stmt =
            self.conn.prepare(&format!("SELECT decode(key), decode(value) FROM parquet_kv_metadata({file})"))?;
        let metadata = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ParquetSummary { rows: rows as u64, columns, codecs, metadata })
    }

    fn strings(&self, sql: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(sql)?;
        let values = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
        Ok(values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_doubled() {
        assert_eq!(sql_string_literal("a'b"), "'a''b'");
        assert_eq!(sql_string_literal("x'); DROP TABLE events; --"), "'x''); DROP TABLE events; --'");
    }
}

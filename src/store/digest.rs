//! The content checksum of a set of events (docs/backup-format.md, "Content checksum"): every
//! row is encoded canonically, column by column in table order, hashed with XXH3-64, and the
//! row hashes are summed modulo 2^64. The sum does not depend on row order, is the same
//! whether computed from rows in memory, from the DuckDB table or from a Parquet file, and
//! anyone can recompute it (pyarrow + xxhash: `scripts/backup_checksum.py`).
//!
//! Parquet has no checksums of its own as DuckDB writes it (bytes flipped inside a data page
//! read back silently wrong), so this digest is what proves a backup holds what was exported.

use duckdb::arrow::array::RecordBatch;
use xxhash_rust::xxh3::xxh3_64;

use super::arrow_rows::{BatchColumns, DigestScratch};
use super::columns::{Access, COLUMNS, SqlType};
use crate::domain::event_row::EventRow;

/// The name of the algorithm, stored next to the checksum in a backup's metadata.
pub const CHECKSUM_ALGORITHM: &str = "xxh3_64-row-sum/v1";

/// The content checksum of some rows: how many, and the sum of their row hashes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ContentDigest {
    pub rows: u64,
    pub sum: u64,
}

impl ContentDigest {
    /// The checksum of every row of an Arrow batch of event columns.
    pub(super) fn of_batch(columns: &BatchColumns<'_>, scratch: &mut DigestScratch) -> Result<ContentDigest, String> {
        let mut digest = ContentDigest::default();
        columns.row_hashes(scratch, |hash| digest.add_row_hash(hash))?;
        Ok(digest)
    }

    pub fn add_row_hash(&mut self, hash: u64) {
        self.rows += 1;
        self.sum = self.sum.wrapping_add(hash);
    }

    /// The digest of two disjoint sets of rows together.
    pub fn combine(self, other: ContentDigest) -> ContentDigest {
        ContentDigest { rows: self.rows + other.rows, sum: self.sum.wrapping_add(other.sum) }
    }

    pub fn of_rows<'a>(rows: impl IntoIterator<Item = &'a EventRow>) -> ContentDigest {
        let mut digest = ContentDigest::default();
        let mut encoder = Canonical::default();
        for row in rows {
            encoder.clear();
            encoder.row(row);
            digest.add_row_hash(encoder.hash());
        }
        digest
    }

    /// The checksum as written into a backup: 16 lowercase hex digits.
    pub fn checksum_hex(&self) -> String {
        format!("{:016x}", self.sum)
    }

    pub fn parse_checksum(text: &str) -> Option<u64> {
        (text.len() == 16).then(|| u64::from_str_radix(text, 16).ok()).flatten()
    }
}

/// The canonical encoding of one row. Per column, in table order: `0x00` for NULL, else
/// `0x01` and the value — UUID: its 16 bytes (RFC 4122 order); TIMESTAMP: microseconds since
/// 1970-01-01 as i64; SMALLINT / INTEGER: i16 / i32; DOUBLE: its IEEE-754 bits; VARCHAR and
/// JSON: the byte length as u32, then the UTF-8 bytes. Numbers are little-endian.
#[derive(Default)]
pub(super) struct Canonical(Vec<u8>);

impl Canonical {
    pub(super) fn clear(&mut self) {
        self.0.clear();
    }

    pub(super) fn hash(&self) -> u64 {
        xxh3_64(&self.0)
    }

    pub(super) fn null(&mut self) {
        self.0.push(0);
    }

    pub(super) fn uuid(&mut self, bytes: &[u8]) {
        self.0.push(1);
        self.0.extend_from_slice(bytes);
    }

    pub(super) fn time(&mut self, micros: i64) {
        self.0.push(1);
        self.0.extend_from_slice(&micros.to_le_bytes());
    }

    pub(super) fn text(&mut self, bytes: &[u8]) {
        self.0.push(1);
        self.0.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        self.0.extend_from_slice(bytes);
    }

    pub(super) fn integer(&mut self, sql_type: SqlType, n: i64) {
        self.0.push(1);
        match sql_type {
            SqlType::SmallInt => self.0.extend_from_slice(&(n as i16).to_le_bytes()),
            _ => self.0.extend_from_slice(&(n as i32).to_le_bytes()),
        }
    }

    pub(super) fn double(&mut self, x: f64) {
        self.0.push(1);
        self.0.extend_from_slice(&x.to_bits().to_le_bytes());
    }

    fn row(&mut self, row: &EventRow) {
        for column in &COLUMNS {
            match column.access {
                Access::Uuid(get, _) => match get(row) {
                    Some(id) => self.uuid(id.as_bytes()),
                    None => self.null(),
                },
                Access::Time(get, _) => match get(row) {
                    Some(at) => self.time(at.timestamp_micros()),
                    None => self.null(),
                },
                Access::Text(get, _) => match get(row) {
                    Some(text) => self.text(text.as_bytes()),
                    None => self.null(),
                },
                Access::Int(get, _) => match get(row) {
                    Some(n) => self.integer(column.sql_type, n),
                    None => self.null(),
                },
                Access::Double(get, _) => match get(row) {
                    Some(x) => self.double(x),
                    None => self.null(),
                },
            }
        }
    }
}

/// Adds every row of `batch` (its columns are the event columns, in table order) to `digest`.
pub(super) fn add_batch(batch: &RecordBatch, digest: &mut ContentDigest) -> Result<(), String> {
    *digest = digest.combine(ContentDigest::of_batch(&BatchColumns::of(batch)?, &mut DigestScratch::default())?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    fn row(n: u128) -> EventRow {
        EventRow {
            event_id: Uuid::from_u128(n),
            created_at: Utc.timestamp_opt(1_700_000_000 + n as i64, 0).unwrap(),
            event_type: "set_logged".into(),
            schema_version: 1,
            weight_kg: Some(100.0),
            reps: Some(5),
            note: Some("ü".into()),
            ..EventRow::default()
        }
    }

    #[test]
    fn the_sum_ignores_order_and_sees_every_value() {
        let rows = [row(1), row(2), row(3)];
        let forward = ContentDigest::of_rows(&rows);
        let backward = ContentDigest::of_rows(rows.iter().rev());
        assert_eq!(forward, backward);
        assert_eq!(forward.rows, 3);
        let mut changed = rows.clone();
        changed[1].reps = Some(6);
        assert_ne!(ContentDigest::of_rows(&changed), forward);
        let mut nulled = rows.clone();
        nulled[2].note = None;
        assert_ne!(ContentDigest::of_rows(&nulled), forward);
        // A value moving to the next column is a different row.
        let mut shifted = rows.clone();
        shifted[0].note = None;
        shifted[0].workout_name = Some("ü".into());
        assert_ne!(ContentDigest::of_rows(&shifted), forward);
    }

    #[test]
    fn digests_combine_like_their_rows() {
        let rows = [row(1), row(2), row(3)];
        let whole = ContentDigest::of_rows(&rows);
        let parts = ContentDigest::of_rows(&rows[..1]).combine(ContentDigest::of_rows(&rows[1..]));
        assert_eq!(whole, parts);
    }

    #[test]
    fn the_encoding_is_pinned() {
        // The definition in docs/backup-format.md, written out by hand for one row: if this
        // changes, every existing backup's checksum stops matching.
        let mut expected = Vec::new();
        expected.push(1);
        expected.extend_from_slice(Uuid::from_u128(1).as_bytes());
        expected.push(1);
        expected.extend_from_slice(&1_700_000_001_000_000i64.to_le_bytes());
        expected.push(1);
        expected.extend_from_slice(&10u32.to_le_bytes());
        expected.extend_from_slice(b"set_logged");
        expected.push(1);
        expected.extend_from_slice(&1i16.to_le_bytes());
        expected.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0]); // occurred_at … set_type
        expected.push(1);
        expected.extend_from_slice(&100f64.to_bits().to_le_bytes());
        expected.push(0); // weight_unit
        expected.push(1);
        expected.extend_from_slice(&5i32.to_le_bytes());
        expected.extend_from_slice(&[0, 0, 0]); // rpe, distance_m, duration_s
        expected.push(1);
        expected.extend_from_slice(&2u32.to_le_bytes());
        expected.extend_from_slice("ü".as_bytes());
        expected.push(0); // payload
        let mut encoder = Canonical::default();
        encoder.row(&row(1));
        assert_eq!(encoder.0, expected);
        assert_eq!(ContentDigest::of_rows([&row(1)]).sum, xxh3_64(&expected));
        assert_eq!(
            ContentDigest::parse_checksum(&ContentDigest::of_rows([&row(1)]).checksum_hex()),
            Some(xxh3_64(&expected))
        );
        assert_eq!(ContentDigest::parse_checksum("xyz"), None);
    }
}

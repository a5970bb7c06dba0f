//! Durability: the backup counter and reminder state, the verified Parquet export of the
//! event log, automatic backups, verifying and restoring backups, the CSV export of sets and
//! body measurements, and
//! the file-system primitives they rely on.

pub mod auto;
pub mod counter;
pub mod csv_export;
pub mod dataset;
pub mod durable;
pub mod export;
pub mod json_file;
pub mod measurements_csv;
pub mod restore;
pub mod state;
pub mod verify;

//! Durability: the backup counter and reminder state, and the Parquet export of the event log.

pub mod export;
pub mod state;

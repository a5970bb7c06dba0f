//! GymLog: an offline desktop workout logger whose truth is an append-only event log in DuckDB.
//! Layers (DESIGN.md §2), dependencies pointing down: `ui` → `app` → `backup`, `store` → `domain`.

pub mod app;
pub mod backup;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod i18n;
pub mod import;
pub mod memory;
pub mod paths;
pub mod private_fs;
pub mod store;
pub mod sync;
#[doc(hidden)]
pub mod testing;
pub mod ui;

//! The reliability suite (docs/reliability.md): tests that kill, corrupt and starve the real
//! program and check that nothing a lifter logged is lost. One test binary, so DuckDB is
//! linked once; the slow faults print what they do on stderr.

#[path = "../common/mod.rs"]
mod common;

mod bad_input;
mod crash_batches;
mod crash_logging;
mod destinations;
mod disk_full;
mod privacy;
mod properties;
#[cfg(unix)]
mod second_instance;
mod settings;
mod support;

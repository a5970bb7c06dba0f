//! The harness itself (shared with the smoke test, tests/perf_smoke.rs): options, the table of
//! figures, and the order they are measured in.

pub mod app_logging;
pub mod frames;
pub mod programs;
pub mod stores;
pub mod table;
pub mod window;

use std::path::PathBuf;

use chrono::NaiveDate;
use gymlog::demo::{DemoSpec, generate};
use gymlog::domain::event::Event;

pub use table::{Limit, Line, Table};

/// What to measure and how hard.
#[derive(Debug, Clone)]
pub struct Options {
    /// Events of the stress history (1,000,000).
    pub stress_events: u64,
    /// Years of the reference history (10).
    pub reference_years: u32,
    /// Sets logged for the latency percentiles (each by GymLog and by the baseline).
    pub log_samples: usize,
    /// Runs of each export, restore and import (each by GymLog and by the baseline).
    pub runs: usize,
    /// Frames timed per screen.
    pub frames: usize,
    /// Histories of the scale curve (events).
    pub scale: Vec<u64>,
    /// This program, to run the real window as a child (none: window figures skipped).
    pub window_program: Option<PathBuf>,
    pub json: Option<PathBuf>,
    /// Only the frame lines (`--frames`), on the full reference history.
    pub frames_only: bool,
}

impl Options {
    pub fn full() -> Options {
        Options {
            stress_events: 1_000_000,
            reference_years: 10,
            log_samples: 4000,
            runs: 9,
            frames: 200,
            scale: vec![65_000, 250_000, 1_000_000],
            window_program: None,
            json: None,
            frames_only: false,
        }
    }

    /// Tiny histories and few samples: checks that every line is produced.
    pub fn quick() -> Options {
        Options {
            stress_events: 400,
            reference_years: 1,
            log_samples: 20,
            runs: 2,
            frames: 5,
            scale: vec![200, 400],
            window_program: None,
            json: None,
            frames_only: false,
        }
    }
}

/// The app's surroundings for a headless run: the wall clock, jobs and the writer on threads,
/// no dialogs, no sound.
pub fn headless_env() -> gymlog::app::AppEnv {
    use std::sync::Arc;
    gymlog::app::AppEnv {
        clock: Arc::new(gymlog::app::SystemClock),
        dialog: Arc::new(gymlog::testing::FakeDialog::default()),
        wake: Arc::new(|| {}),
        runner: gymlog::app::Runner::Thread,
        chime: Arc::new(gymlog::testing::CountingChime::default()),
        system_locale: None,
    }
}

/// The demo history of `years` (up to `max_events`), ending on a fixed day so runs compare.
pub fn demo(years: u32, max_events: Option<u64>) -> Vec<Event> {
    let until = NaiveDate::from_ymd_opt(2026, 11, 1).expect("a valid day");
    generate(&DemoSpec { years, seed: 1, until, max_events })
}

/// Measures everything, prints the table, writes the JSON if asked.
pub fn run(options: &Options) -> anyhow::Result<Table> {
    let mut table = Table::new();
    let dir = tempfile::tempdir()?;
    println!("generating the histories…");
    let reference = demo(options.reference_years, None);
    if options.frames_only {
        println!("reference history: {} events", reference.len());
        frames::frames(&mut table, dir.path(), &reference, options)?;
        table.print();
        return Ok(table);
    }
    let stress = demo(10, Some(options.stress_events));
    println!("stress history: {} events; reference history: {} events", stress.len(), reference.len());

    stores::log_a_set(&mut table, dir.path(), &stress, options)?;
    app_logging::lines(&mut table, dir.path(), &dir.path().join("stress"), options)?;
    stores::export(&mut table, dir.path(), &stress, options)?;
    stores::restore(&mut table, dir.path(), options)?;
    stores::import(&mut table, dir.path(), &reference, &stress, options)?;
    frames::frames(&mut table, dir.path(), &reference, options)?;
    programs::lines(&mut table, &reference, options);
    window::window_lines(&mut table, dir.path(), &reference, options)?;

    table.print();
    if let Some(path) = &options.json {
        std::fs::write(path, serde_json::to_string_pretty(&table.to_json())?)?;
        println!("written: {}", path.display());
    }
    Ok(table)
}

//! Benchmarks for the performance budget (DESIGN.md §7), on generated histories:
//!
//!   cargo run --example bench -- [EVENTS]      (default 1,000,000: the stress history)
//!
//! Prints: demo generation + load time, p50/p99 of logging one set (append + commit),
//! loading and folding the whole history, and Export backup against a bare DuckDB COPY.

use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use gymlog::backup::export::export_backup;
use gymlog::demo::{DemoSpec, generate};
use gymlog::domain::event::{Event, EventKind, SetFacts};
use gymlog::domain::units::Weight;
use gymlog::store::Store;
use uuid::Uuid;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() -> anyhow::Result<()> {
    let target: u64 = std::env::args().nth(1).map(|a| a.parse()).transpose()?.unwrap_or(1_000_000);
    let dir = tempfile::tempdir()?;
    let store = Store::open(&dir.path().join("gymlog.duckdb"))?;

    let t = Instant::now();
    let spec =
        DemoSpec { years: 10, seed: 1, until: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(), max_events: Some(target) };
    let events = generate(&spec);
    let generated = t.elapsed();
    let t = Instant::now();
    store.append(&events)?;
    store.checkpoint()?;
    println!("history: {} events; generated in {:.2?}, appended in {:.2?}", events.len(), generated, t.elapsed());

    let workout_id = Uuid::now_v7();
    let mut samples = Vec::new();
    for i in 0..300u32 {
        let set = SetFacts {
            exercise: "Squat".into(),
            set_index: i,
            weight: Some(Weight::kg(100.0)),
            reps: Some(5),
            ..SetFacts::default()
        };
        let event =
            Event::new(Uuid::now_v7(), Utc::now(), EventKind::SetLogged { workout_id, set_id: Uuid::now_v7(), set });
        let t = Instant::now();
        store.append(std::slice::from_ref(&event))?;
        samples.push(t.elapsed());
    }
    samples.sort();
    println!(
        "log one set: p50 {:.2?}, p99 {:.2?} (budget p99 < 10 ms)",
        percentile(&samples, 0.5),
        percentile(&samples, 0.99)
    );

    let t = Instant::now();
    let history = store.history()?;
    println!("read + fold the whole log: {:.2?} ({} completed workouts)", t.elapsed(), history.completed().count());

    let raw = dir.path().join("raw.parquet");
    let t = Instant::now();
    store.snapshot()?.copy_to_parquet(&raw, &[])?;
    let copy = t.elapsed();
    let dest = dir.path().join("backup.parquet");
    let t = Instant::now();
    let report = export_backup(&store, &dest)?;
    let export = t.elapsed();
    println!(
        "export: {:.2?} for {} events, {} bytes; bare COPY {:.2?}; ratio {:.2} (budget ≤ 1.2)",
        export,
        report.events,
        report.bytes,
        copy,
        export.as_secs_f64() / copy.as_secs_f64()
    );
    Ok(())
}

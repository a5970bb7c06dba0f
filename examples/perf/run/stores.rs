//! The store's figures, each run interleaved with DuckDB doing the same work alone on the same
//! database (A B A B …), so a noisy machine moves both alike: logging a set, exporting,
//! restoring, importing.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::Utc;
use gymlog::app::import_file::{ImportProgress, ImportRequest, import_file};
use gymlog::backup::export::export_backup;
use gymlog::backup::restore::restore_backup;
use gymlog::domain::event::{Event, EventKind, SetFacts};
use gymlog::domain::projection::History;
use gymlog::domain::units::{Weight, WeightUnit};
use gymlog::store::Store;
use uuid::Uuid;

use super::{Limit, Line, Options, Table};

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    percentile(values, 0.5)
}

/// The path as a SQL string literal (the harness's own temp paths).
fn literal(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "''"))
}

/// A store holding `events`, checkpointed.
pub fn store_with(path: &Path, events: &[Event]) -> anyhow::Result<Store> {
    let store = Store::open(path)?;
    for chunk in events.chunks(200_000) {
        store.append(chunk)?;
    }
    store.checkpoint()?;
    Ok(store)
}

fn a_set(workout_id: Uuid, i: usize) -> Event {
    let set = SetFacts {
        exercise: "Squat".into(),
        set_index: i as u32,
        weight: Some(Weight::kg(100.0)),
        reps: Some(5),
        ..SetFacts::default()
    };
    Event::new(Uuid::now_v7(), Utc::now(), EventKind::SetLogged { workout_id, set_id: Uuid::now_v7(), set })
}

/// Logging a set (append + commit, as the app does) against a bare one-row INSERT + commit
/// on a second connection, interleaved.
pub fn log_a_set(table: &mut Table, dir: &Path, stress: &[Event], options: &Options) -> anyhow::Result<()> {
    println!("logging sets on the {}-event store…", stress.len());
    let store = store_with(&gymlog::paths::Paths::under(&dir.join("stress")).store_file(), stress)?;
    let baseline = store.baseline_connection()?;
    baseline.execute_batch(
        "CREATE TABLE perf_insert (_event_id UUID PRIMARY KEY, _created_at TIMESTAMP, event_type VARCHAR,
                                   exercise VARCHAR, weight_kg DOUBLE, reps INTEGER)",
    )?;
    let mut insert =
        baseline.prepare("INSERT INTO perf_insert VALUES (?, now()::TIMESTAMP, 'set_logged', 'Squat', 100.0, 5)")?;
    let workout_id = Uuid::now_v7();
    let (mut gymlog, mut bare) = (Vec::new(), Vec::new());
    for i in 0..options.log_samples {
        let event = a_set(workout_id, i);
        let t = Instant::now();
        store.append(std::slice::from_ref(&event))?;
        gymlog.push(ms(t.elapsed()));
        let t = Instant::now();
        insert.execute([Uuid::now_v7().to_string()])?;
        bare.push(ms(t.elapsed()));
    }
    table.samples("log_set_ms", gymlog.clone());
    table.samples("log_set_baseline_ms", bare.clone());
    gymlog.sort_by(f64::total_cmp);
    bare.sort_by(f64::total_cmp);
    let n = gymlog.len();
    table.push(Line::new("log a set p50", "ms", Some(percentile(&gymlog, 0.5))).baseline(percentile(&bare, 0.5)));
    table.push(
        Line::new("log a set p99", "ms", Some(percentile(&gymlog, 0.99)))
            .baseline(percentile(&bare, 0.99))
            .budget(Limit::Max(10.0))
            .note(format!("{n} sets on a {}-event store", stress.len())),
    );
    table.push(Line::new("log a set max", "ms", gymlog.last().copied()).baseline(*bare.last().unwrap_or(&0.0)));
    Ok(())
}

/// Export backup (temp file, full read-back check, rename) against a bare COPY on a plain
/// connection, interleaved, after one warm-up run of each.
pub fn export(table: &mut Table, dir: &Path, stress: &[Event], options: &Options) -> anyhow::Result<()> {
    println!("exporting…");
    let store = Store::open(&gymlog::paths::Paths::under(&dir.join("stress")).store_file())?;
    let baseline = store.baseline_connection()?;
    let (mut gymlog, mut bare) = (Vec::new(), Vec::new());
    let mut bytes = 0;
    for run in 0..=options.runs {
        let dest = dir.join(format!("export-{run}.parquet"));
        let t = Instant::now();
        let report = export_backup(&store, &dest)?;
        let took = t.elapsed().as_secs_f64();
        bytes = report.bytes;
        let raw = dir.join(format!("copy-{run}.parquet"));
        let t = Instant::now();
        baseline.execute_batch(&format!(
            "COPY (SELECT * FROM events ORDER BY _created_at) TO {} (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 3)",
            literal(&raw)
        ))?;
        let copy = t.elapsed().as_secs_f64();
        std::fs::remove_file(&raw)?;
        if run > 0 {
            gymlog.push(took);
            bare.push(copy);
        }
        // The last export is the backup the restore figures read.
        if run < options.runs {
            std::fs::remove_file(&dest)?;
        } else {
            std::fs::rename(&dest, dir.join("backup.parquet"))?;
        }
    }
    let events = store.event_count()?;
    table.push(
        Line::new("export backup", "s", Some(median(&mut gymlog)))
            .baseline(median(&mut bare))
            .budget(Limit::Ratio(1.2))
            .target(Limit::Ratio(1.1))
            .note(format!("median of {} runs, {events} events", options.runs)),
    );
    table.push(Line::new("backup size per event", "B", Some(bytes as f64 / events.max(1) as f64)));
    let _ = stress;
    Ok(())
}

/// Restoring the backup into an empty store against DuckDB's own INSERT … SELECT FROM
/// read_parquet of the same file, interleaved.
pub fn restore(table: &mut Table, dir: &Path, options: &Options) -> anyhow::Result<()> {
    println!("restoring…");
    let backup = dir.join("backup.parquet");
    let (mut gymlog, mut bare) = (Vec::new(), Vec::new());
    let mut events = 0;
    for run in 0..options.runs {
        let store = Store::open(&dir.join(format!("restore-{run}/gymlog.duckdb")))?;
        let t = Instant::now();
        let report = restore_backup(&store, &backup, false)?;
        gymlog.push(t.elapsed().as_secs_f64());
        events = report.added;
        drop(store);
        let empty = Store::open(&dir.join(format!("restore-bare-{run}/gymlog.duckdb")))?;
        let conn = empty.baseline_connection()?;
        let t = Instant::now();
        conn.execute_batch(&format!("INSERT INTO events SELECT * FROM read_parquet({})", literal(&backup)))?;
        bare.push(t.elapsed().as_secs_f64());
        drop((conn, empty));
        std::fs::remove_dir_all(dir.join(format!("restore-{run}")))?;
        std::fs::remove_dir_all(dir.join(format!("restore-bare-{run}")))?;
    }
    let (g, b) = (median(&mut gymlog), median(&mut bare));
    table.push(Line::new("restore backup into an empty store", "s", Some(g)).baseline(b).note(format!(
        "{:.0} events/s vs {:.0}",
        events as f64 / g,
        events as f64 / b
    )));
    Ok(())
}

/// Imports `file` into a new store at `root` as the app does (kilograms).
fn import_into(root: &Path, file: &Path) -> anyhow::Result<u64> {
    let store = Store::open(&root.join("gymlog.duckdb"))?;
    let rows = import_into_store(&store, file)?;
    store.close()?;
    Ok(rows)
}

/// Imports `file` into the open `store` as the window does (kilograms): committed, not
/// checkpointed (as DuckDB's `CREATE TABLE … AS` it is measured against).
fn import_into_store(store: &Store, file: &Path) -> anyhow::Result<u64> {
    let request = ImportRequest { from: None, unit: Some(WeightUnit::Kg), dry_run: false };
    let outcome = import_file(store, file, request, Utc::now(), &ImportProgress::default())?;
    Ok(outcome.report.rows)
}

/// The child of the memory line: imports `file` into a store under `root` and writes its peak
/// resident memory (VmHWM) and time to `out`.
pub fn import_child(root: &Path, file: &Path, out: &Path) -> anyhow::Result<()> {
    gymlog::memory::limit_arenas();
    let t = Instant::now();
    let rows = import_into(root, file)?;
    let seconds = t.elapsed().as_secs_f64();
    let status = std::fs::read_to_string("/proc/self/status")?;
    let hwm_kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| anyhow::anyhow!("no VmHWM in /proc/self/status"))?;
    std::fs::write(
        out,
        serde_json::to_string(&serde_json::json!({"rows": rows, "seconds": seconds, "vm_hwm_kib": hwm_kib}))?,
    )?;
    Ok(())
}

/// Importing a Strong CSV of the reference history against DuckDB's read_csv of the file; a
/// Strong CSV of the stress history (a million rows) for time and, in a child process of its
/// own, peak memory.
pub fn import(
    table: &mut Table,
    dir: &Path,
    reference: &[Event],
    stress: &[Event],
    options: &Options,
) -> anyhow::Result<()> {
    println!("importing…");
    let (csv, rows) = gymlog::demo::strong_csv(&History::from_events(reference));
    let file = dir.join("strong.csv");
    std::fs::write(&file, csv)?;
    let (mut gymlog, mut bare) = (Vec::new(), Vec::new());
    for run in 0..options.runs {
        // Both start from an open empty store (as the window imports into its open store).
        let root = dir.join(format!("import-{run}"));
        let store = Store::open(&root.join("gymlog.duckdb"))?;
        let t = Instant::now();
        import_into_store(&store, &file)?;
        gymlog.push(t.elapsed().as_secs_f64());
        drop(store);
        let empty = Store::open(&dir.join(format!("import-bare-{run}/gymlog.duckdb")))?;
        let conn = empty.baseline_connection()?;
        let t = Instant::now();
        conn.execute_batch(&format!("CREATE TABLE strong AS SELECT * FROM read_csv({})", literal(&file)))?;
        bare.push(t.elapsed().as_secs_f64());
        drop((conn, empty));
        std::fs::remove_dir_all(root)?;
        std::fs::remove_dir_all(dir.join(format!("import-bare-{run}")))?;
    }
    let (g, b) = (median(&mut gymlog), median(&mut bare));
    table.samples("import_strong_s", gymlog.clone());
    table.push(Line::new("import Strong CSV", "s", Some(g)).baseline(b).budget(Limit::Ratio(3.0)).note(format!(
        "{rows} rows: {:.0} rows/s vs {:.0}",
        rows as f64 / g,
        rows as f64 / b
    )));

    let (csv, rows) = gymlog::demo::strong_csv(&History::from_events(stress));
    let big = dir.join("strong-big.csv");
    std::fs::write(&big, &csv)?;
    let size_mb = csv.len() as f64 / 1e6;
    drop(csv);
    let t = Instant::now();
    import_into(&dir.join("import-big"), &big)?;
    let seconds = t.elapsed().as_secs_f64();
    std::fs::remove_dir_all(dir.join("import-big"))?;
    table.push(
        Line::new("import the stress history's Strong CSV", "s", Some(seconds))
            .note(format!("{rows} rows, {size_mb:.0} MB, {:.0} rows/s", rows as f64 / seconds)),
    );
    let peak =
        Line::new("memory peak, importing the stress history's Strong CSV", "MiB", None).budget(Limit::Max(300.0));
    let peak = match &options.window_program {
        Some(program) => {
            let out = dir.join("import-peak.json");
            let status = std::process::Command::new(program)
                .arg("--import-peak")
                .arg(dir.join("import-peak"))
                .arg(&big)
                .arg(&out)
                .status()?;
            anyhow::ensure!(status.success(), "the import child exited with {status}");
            let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out)?)?;
            let hwm = json["vm_hwm_kib"].as_f64().unwrap_or(f64::NAN) / 1024.0;
            Line { measured: Some(hwm), ..peak }
                .note(format!("{rows} rows, {size_mb:.0} MB, VmHWM of a process that only imports"))
        }
        None => peak.note("needs this program as a child (cargo run --example perf)"),
    };
    table.push(peak);
    Ok(())
}

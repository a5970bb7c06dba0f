//! The command line: `gymlog` opens the window; subcommands work on the same data without it.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use chrono::{Local, Utc};
use clap::{Parser, Subcommand};

use crate::app::export_backup;
use crate::app::import_file::{ImportProgress, ImportRequest};
use crate::backup::counter::BackupCounter;
use crate::backup::csv_export;
use crate::backup::export::{default_file_name, human_size};
use crate::backup::restore::restore_backup;
use crate::backup::verify::{VerifyReport, verify_file};
use crate::demo::{DemoSpec, generate};
use crate::domain::units::WeightUnit;
use crate::import::{ImportReport, Source};
use crate::paths::{CONFIG_DIR_ENV, DATA_DIR_ENV, Paths};
use crate::store::Store;
use crate::store::query::{Cell, QueryDb, QueryResult};
use crate::sync;

#[derive(Debug, Parser)]
#[command(name = "gymlog", version, about = "GymLog: an offline workout logger. Without a subcommand, opens the app.")]
pub struct Cli {
    /// Folder of the workout database (default: the platform data dir)
    #[arg(long, global = true, env = DATA_DIR_ENV, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Folder of the settings and backup state (default: the platform config dir)
    #[arg(long, global = true, env = CONFIG_DIR_ENV, value_name = "DIR")]
    pub config_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print what the database holds and the backup state
    Stats {
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Fill an empty database with a realistic, deterministic training history: four routines,
    /// lifting with warm-ups and a superset, planks, Sunday runs, weekly weigh-ins
    Demo {
        /// Years of history, ending yesterday (so no workout lies in the future)
        #[arg(long, default_value_t = 10)]
        years: u32,
        /// Seed of the generator: the same seed gives the same history
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Generate about this many events (for stress tests), going back as far as needed
        #[arg(long)]
        events: Option<u64>,
        /// Write the history as a Strong CSV export to this file instead of into the database
        #[arg(long, value_name = "FILE")]
        strong_csv: Option<PathBuf>,
    },
    /// Write every event to a Parquet backup file and reset the backup counter (or, with
    /// --format csv, every set of every saved workout to a CSV file, counter untouched)
    Export {
        /// Where to write (default: gymlog-backup-YYYY-MM-DD.parquet, or gymlog-sets-YYYY-MM-DD.csv,
        /// in the current folder)
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// parquet: a complete backup; csv: one row per set, for spreadsheets (not a backup)
        #[arg(long, value_enum, default_value_t = ExportFormat::Parquet)]
        format: ExportFormat,
        /// Write (or replace) this athlete's part of a team dataset in DIR instead:
        /// DIR/athlete=NAME/year=YYYY/*.parquet, for DuckDB, Spark and Trino (docs/datasets.md)
        #[arg(long, value_name = "DIR", requires = "athlete", conflicts_with_all = ["out", "format"])]
        dataset: Option<PathBuf>,
        /// The athlete's name in the team dataset
        #[arg(long, value_name = "NAME", requires = "dataset")]
        athlete: Option<String>,
    },
    /// Check a backup file (without touching the database); exit 0 only when it is sound
    Verify {
        file: PathBuf,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Import history from another app's export: Strong, Hevy, FitNotes, JEFIT, Liftosaur or
    /// GymBook, found from the file's content (docs/import.md)
    Import {
        /// The export file (the older form `import strong FILE` / `import hevy FILE` still works)
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(value_name = "FILE", hide = true)]
        then_file: Option<PathBuf>,
        /// The app that wrote the file, when detection should not decide
        #[arg(long, value_enum)]
        from: Option<FromArg>,
        /// The weight unit of an export that does not say its own (never guessed)
        #[arg(long, value_enum)]
        unit: Option<UnitArg>,
        /// Report what would be imported and write nothing
        #[arg(long)]
        dry_run: bool,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Ask your history anything in SQL (read-only): the views sets, workouts, exercises,
    /// bodyweight, measurements, records, programs, planned_sets and the raw events (docs/queries.md)
    Query {
        /// One SELECT, e.g. "SELECT date, max(weight_kg) FROM sets WHERE exercise = 'Squat' GROUP BY date"
        sql: String,
        #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
        format: QueryFormat,
        /// Ask a backup file instead of the database (works while the app is open)
        #[arg(long, value_name = "FILE", conflicts_with = "team")]
        backup: Option<PathBuf>,
        /// Ask a team dataset folder (team_sets, team_workouts, team_bodyweight, team_records, team_events)
        #[arg(long, value_name = "DIR")]
        team: Option<PathBuf>,
    },
    /// Sync with your other devices through a folder a sync tool keeps in step (Syncthing,
    /// Nextcloud, Dropbox, a USB stick): send this device's new events, merge every other
    /// device's (docs/sync.md)
    Sync {
        /// The sync folder (default: the one synced last)
        #[arg(value_name = "FOLDER")]
        folder: Option<PathBuf>,
        /// Name this device in the folder (kept for later syncs; default: the host name)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Show the folder's devices and files without syncing (works while the app is open)
        #[arg(long)]
        status: bool,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
        /// The folder's passphrase, read from the first line of FILE (or from the environment
        /// variable GYMLOG_SYNC_PASSPHRASE): opens an encrypted folder's key once, after which
        /// syncs need no passphrase; with --encrypt it turns encryption on
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
        /// Turn encryption on for the folder with the passphrase (docs/sync.md, "Encrypted folders")
        #[arg(long, conflicts_with = "forget_passphrase")]
        encrypt: bool,
        /// Remove this device's copy of the folder's key (the folder stays encrypted)
        #[arg(long, conflicts_with_all = ["passphrase_file", "status"])]
        forget_passphrase: bool,
    },
    /// Merge a backup into the database: events already there are skipped, new ones added
    Restore {
        file: PathBuf,
        /// Report what would happen and write nothing
        #[arg(long)]
        dry_run: bool,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FromArg {
    Strong,
    Hevy,
    Fitnotes,
    Jefit,
    Liftosaur,
    Gymbook,
}

impl FromArg {
    fn source(self) -> Source {
        match self {
            FromArg::Strong => Source::Strong,
            FromArg::Hevy => Source::Hevy,
            FromArg::Fitnotes => Source::FitNotes,
            FromArg::Jefit => Source::Jefit,
            FromArg::Liftosaur => Source::Liftosaur,
            FromArg::Gymbook => Source::GymBook,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum UnitArg {
    Kg,
    Lb,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum QueryFormat {
    /// Aligned columns, for reading
    Table,
    /// RFC 4180 CSV with a header row, for spreadsheets
    Csv,
    /// An array of objects, for scripts
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Parquet,
    Csv,
}

impl Cli {
    /// The folders to use; they are created when something is written there.
    pub fn paths(&self) -> Result<Paths> {
        Paths::resolve(self.data_dir.clone(), self.config_dir.clone())
    }
}

/// Runs a subcommand, printing to `out`.
pub fn run(command: &Command, paths: &Paths, out: &mut dyn Write) -> Result<()> {
    match command {
        Command::Stats { json } => stats(paths, *json, out),
        Command::Demo { years, seed, events, strong_csv: None } => demo(paths, *years, *seed, *events, out),
        Command::Demo { years, seed, events, strong_csv: Some(file) } => {
            demo_strong_csv(*years, *seed, *events, file, out)
        }
        Command::Export { dataset: Some(dir), athlete, .. } => {
            export_dataset(paths, dir, athlete.as_deref().unwrap_or_default(), out)
        }
        Command::Export { out: dest, format: ExportFormat::Parquet, .. } => export(paths, dest.clone(), out),
        Command::Export { out: dest, format: ExportFormat::Csv, .. } => export_csv(paths, dest.clone(), out),
        Command::Verify { file, json } => verify(file, *json, out),
        Command::Restore { file, dry_run, json } => restore(paths, file, *dry_run, *json, out),
        Command::Sync { folder, name, status, json, passphrase_file, encrypt, forget_passphrase } => {
            let request = SyncRequest {
                name: name.as_deref(),
                status: *status,
                json: *json,
                passphrase_file: passphrase_file.as_deref(),
                encrypt: *encrypt,
                forget_passphrase: *forget_passphrase,
            };
            sync(paths, folder.as_deref(), request, out)
        }
        Command::Query { sql, format, backup, team } => {
            let source = match (backup, team) {
                (Some(file), _) => QuerySource::Backup(file),
                (None, Some(dir)) => QuerySource::Team(dir),
                (None, None) => QuerySource::Store,
            };
            query(paths, sql, *format, source, out)
        }
        Command::Import { file, then_file, from, unit, dry_run, json } => {
            // `import strong FILE`: the app first, as before.
            let (file, from) = match then_file {
                None => (file.clone(), from.map(|f| f.source())),
                Some(then) => match Source::parse(&file.to_string_lossy()) {
                    Some(source) => (then.clone(), Some(source)),
                    None => {
                        bail!("`{}` is not an app GymLog imports from: gymlog import FILE [--from APP]", file.display())
                    }
                },
            };
            let unit = unit.map(|u| match u {
                UnitArg::Kg => WeightUnit::Kg,
                UnitArg::Lb => WeightUnit::Lb,
            });
            import(paths, &file, ImportRequest { from, unit, dry_run: *dry_run }, *json, out)
        }
    }
}

fn open_store(paths: &Paths) -> Result<Store> {
    Ok(Store::open(&paths.store_file())?)
}

/// The backup counter, saying on stderr what was wrong with a damaged `backup.json` (it is kept
/// aside, and the counter assumes no recent backup).
fn open_counter(paths: &Paths) -> BackupCounter {
    let (counter, problem) = BackupCounter::open(paths.backup_state_file());
    if let Some(problem) = problem {
        eprintln!("warning: {problem}");
    }
    counter
}

/// A step of a long command, on stderr (stdout carries the result, and `--json`).
fn progress(step: std::fmt::Arguments<'_>) {
    eprintln!("gymlog: {step}");
}

fn stats(paths: &Paths, json: bool, out: &mut dyn Write) -> Result<()> {
    let store = open_store(paths)?;
    let stats = store.stats()?;
    let counter = open_counter(paths);
    let backup = counter.state();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
    if json {
        let value = serde_json::json!({
            "events": stats.events,
            "workouts": stats.workouts,
            "sets": stats.sets,
            "first_workout": date(stats.first_workout),
            "last_workout": date(stats.last_workout),
            "workouts_since_backup": backup.workouts_since_backup,
            "last_backup_date": backup.last_backup_date.map(|d| d.to_rfc3339()),
            "backup_reminder": backup.should_show_reminder(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
    } else {
        let or_none = |d: Option<String>| d.unwrap_or_else(|| "—".into());
        writeln!(out, "database:              {}", store.path().display())?;
        writeln!(out, "events:                {}", stats.events)?;
        writeln!(out, "workouts:              {}", stats.workouts)?;
        writeln!(out, "sets:                  {}", stats.sets)?;
        writeln!(out, "first workout:         {}", or_none(date(stats.first_workout)))?;
        writeln!(out, "last workout:          {}", or_none(date(stats.last_workout)))?;
        writeln!(out, "workouts since backup: {}", backup.workouts_since_backup)?;
        if backup.should_show_reminder() {
            writeln!(out, "reminder:              time for a backup (gymlog export)")?;
        }
        let last = backup.last_backup_date.map(|d| d.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string());
        writeln!(out, "last backup:           {}", last.unwrap_or_else(|| "never".into()))?;
    }
    store.close()?;
    Ok(())
}

fn demo(paths: &Paths, years: u32, seed: u64, events: Option<u64>, out: &mut dyn Write) -> Result<()> {
    let store = open_store(paths)?;
    let existing = store.event_count()?;
    if existing > 0 {
        bail!(
            "the database {} already holds {existing} events; demo data only goes into an empty one (use --data-dir)",
            store.path().display()
        );
    }
    let started = std::time::Instant::now();
    let yesterday = Local::now().date_naive() - chrono::Days::new(1);
    let spec = DemoSpec { years, seed, until: yesterday, max_events: events };
    let generated = generate(&spec);
    store.append(&generated).context("writing the demo history")?;
    store.close()?;
    writeln!(out, "wrote {} demo events in {:.1} s", generated.len(), started.elapsed().as_secs_f64())?;
    Ok(())
}

fn demo_strong_csv(
    years: u32,
    seed: u64,
    events: Option<u64>,
    file: &std::path::Path,
    out: &mut dyn Write,
) -> Result<()> {
    let yesterday = Local::now().date_naive() - chrono::Days::new(1);
    let generated = generate(&DemoSpec { years, seed, until: yesterday, max_events: events });
    let (csv, rows) = crate::demo::strong_csv(&crate::domain::projection::History::from_events(&generated));
    crate::backup::durable::write_atomically(file, &csv).with_context(|| format!("writing {}", file.display()))?;
    writeln!(out, "wrote a Strong export of {rows} rows to {}", file.display())?;
    Ok(())
}

fn export(paths: &Paths, dest: Option<PathBuf>, out: &mut dyn Write) -> Result<()> {
    let dest = dest.unwrap_or_else(|| PathBuf::from(default_file_name(Local::now().date_naive())));
    let store = match open_store(paths) {
        Err(e) if matches!(e.downcast_ref(), Some(crate::store::StoreError::Locked { .. })) => {
            return Err(e.context(
                "cannot export while GymLog is open: use Export backup in its window, or close it and run this again",
            ));
        }
        opened => opened?,
    };
    let mut counter = open_counter(paths);
    if store.unfinished_workouts()? > 0 {
        eprintln!("warning: a workout is in progress; the backup holds it as unfinished");
    }
    let begun = export_backup::begin(&store, &counter)?;
    progress(format_args!("exporting {} events to {}", begun.events(), dest.display()));
    let written = begun.write(&dest)?;
    written.count(&mut counter, Utc::now()).context("the backup is written, but the backup counter was not reset")?;
    store.close()?;
    let report = &written.report;
    writeln!(out, "exported {} events ({}) to {}", report.events, human_size(report.bytes), report.path.display())?;
    Ok(())
}

fn export_dataset(paths: &Paths, dir: &std::path::Path, athlete: &str, out: &mut dyn Write) -> Result<()> {
    let store = open_store(paths)?;
    progress(format_args!("exporting {} events of {athlete} to the dataset {}", store.event_count()?, dir.display()));
    let report = crate::backup::dataset::export_dataset(&store, dir, athlete).map_err(anyhow::Error::msg)?;
    store.close()?;
    let years = match (report.years.first(), report.years.last()) {
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => "no years".to_string(),
    };
    writeln!(
        out,
        "exported {} events ({years}) to {} (a dataset is not a backup: the backup counter is unchanged)",
        report.events,
        report.folder.display()
    )?;
    Ok(())
}

fn export_csv(paths: &Paths, dest: Option<PathBuf>, out: &mut dyn Write) -> Result<()> {
    let dest = dest.unwrap_or_else(|| PathBuf::from(csv_export::default_file_name(Local::now().date_naive())));
    let store = open_store(paths)?;
    let history = store.history()?;
    store.close()?;
    let written = csv_export::export_sets_csv(&history, &dest).map_err(anyhow::Error::msg)?;
    let measurements = match &written.measurements {
        Some((path, rows)) => format!(" and {rows} measurements to {}", path.display()),
        None => String::new(),
    };
    writeln!(
        out,
        "exported {} sets to {}{measurements} (a CSV is not a backup: the backup counter is unchanged)",
        written.sets,
        dest.display()
    )?;
    Ok(())
}

fn time(at: Option<chrono::DateTime<Utc>>) -> String {
    at.map_or_else(|| "—".to_string(), |at| at.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string())
}

fn write_backup_summary(report: &VerifyReport, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "events:         {}", report.events)?;
    writeln!(out, "workouts:       {}", report.workouts)?;
    writeln!(out, "first event:    {}", time(report.first_event_at))?;
    writeln!(out, "last event:     {}", time(report.last_event_at))?;
    let or_unknown = |v: Option<String>| v.unwrap_or_else(|| "unknown".into());
    writeln!(out, "schema version: {}", or_unknown(report.schema_version.map(|v| v.to_string())))?;
    writeln!(out, "app version:    {}", or_unknown(report.app_version.clone()))?;
    Ok(())
}

fn verify(file: &std::path::Path, json: bool, out: &mut dyn Write) -> Result<()> {
    let report = verify_file(file);
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        writeln!(out, "backup:         {}", file.display())?;
        write_backup_summary(&report, out)?;
        if report.ok {
            writeln!(out, "sound: every column, every event and the content checksum check out")?;
        } else {
            writeln!(out, "NOT SOUND:")?;
            for problem in &report.problems {
                writeln!(out, "  - {problem}")?;
            }
        }
    }
    if !report.ok {
        bail!("{} is not a sound GymLog backup: {}", file.display(), report.problems.join("; "));
    }
    Ok(())
}

/// What `gymlog query` asks.
enum QuerySource<'a> {
    Store,
    Backup(&'a std::path::Path),
    Team(&'a std::path::Path),
}

fn query(paths: &Paths, sql: &str, format: QueryFormat, source: QuerySource<'_>, out: &mut dyn Write) -> Result<()> {
    let db = match source {
        QuerySource::Backup(file) => {
            QueryDb::of_backup(file).with_context(|| format!("cannot read {}", file.display()))?
        }
        QuerySource::Team(dir) => crate::store::team::open(dir)?.0,
        QuerySource::Store => {
            let store = open_store(paths)?;
            let db = store.query_db()?;
            store.close()?;
            db
        }
    };
    let result = db.run(sql)?;
    match format {
        QueryFormat::Table => write_table(&result, out)?,
        QueryFormat::Csv => out.write_all(result.to_csv().as_bytes())?,
        QueryFormat::Json => {
            let rows: Vec<serde_json::Value> = result
                .rows
                .iter()
                .map(|row| {
                    let object = result.columns.iter().zip(row).map(|(name, cell)| {
                        let value = match cell {
                            Cell::Null => serde_json::Value::Null,
                            Cell::Int(i) => (*i).into(),
                            Cell::Float(f) => (*f).into(),
                            Cell::Text(t) => t.clone().into(),
                        };
                        (name.clone(), value)
                    });
                    serde_json::Value::Object(object.collect())
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
        }
    }
    if result.more_rows > 0 {
        eprintln!(
            "gymlog: {} more rows not shown (at most {} are kept)",
            result.more_rows,
            crate::store::query::MAX_ROWS
        );
    }
    Ok(())
}

/// Aligned columns, each at most 40 characters wide, and the row count.
fn write_table(result: &QueryResult, out: &mut dyn Write) -> Result<()> {
    let clip = |text: String| {
        if text.chars().count() > 40 { format!("{}…", text.chars().take(39).collect::<String>()) } else { text }
    };
    let cells: Vec<Vec<String>> = result.rows.iter().map(|r| r.iter().map(|c| clip(c.text())).collect()).collect();
    let widths: Vec<usize> = result
        .columns
        .iter()
        .enumerate()
        .map(|(i, name)| cells.iter().map(|r| r[i].chars().count()).chain([name.chars().count()]).max().unwrap_or(0))
        .collect();
    let line = |values: Vec<String>| -> String {
        let padded: Vec<String> = values.iter().zip(&widths).map(|(v, w)| format!("{v:<w$}")).collect();
        padded.join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(result.columns.clone()))?;
    writeln!(out, "{}", line(widths.iter().map(|w| "-".repeat(*w)).collect()))?;
    for row in cells {
        writeln!(out, "{}", line(row))?;
    }
    let rows = result.rows.len() as u64 + result.more_rows;
    writeln!(out, "({rows} {}, {} ms)", if rows == 1 { "row" } else { "rows" }, result.elapsed.as_millis())?;
    Ok(())
}

fn restore(paths: &Paths, file: &std::path::Path, dry_run: bool, json: bool, out: &mut dyn Write) -> Result<()> {
    let store = open_store(paths)?;
    if store.unfinished_workouts()? > 0 && !json {
        eprintln!("note: a workout is in progress; the restore only adds events and leaves it as it is");
    }
    progress(format_args!("checking and merging {}", file.display()));
    let report = restore_backup(&store, file, dry_run)?;
    store.close()?;
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        return Ok(());
    }
    writeln!(out, "backup:         {}", file.display())?;
    write_backup_summary(&report.backup, out)?;
    let verb = if dry_run { "would add" } else { "added" };
    writeln!(
        out,
        "{verb} {} events; {} already here; {} conflicts (the database's version kept); {} events {}",
        report.added,
        report.already_present,
        report.conflicts,
        report.events_after,
        if dry_run { "after a restore (dry run: nothing was written)" } else { "in the database now" }
    )?;
    Ok(())
}

/// The environment variable `gymlog sync` reads a passphrase from (never a command-line
/// value: that lands in shell history and in `ps`).
pub const PASSPHRASE_ENV: &str = "GYMLOG_SYNC_PASSPHRASE";

struct SyncRequest<'a> {
    name: Option<&'a str>,
    status: bool,
    json: bool,
    passphrase_file: Option<&'a std::path::Path>,
    encrypt: bool,
    forget_passphrase: bool,
}

/// The passphrase from `--passphrase-file` (its first line, without the line ending) or the
/// environment.
fn passphrase(file: Option<&std::path::Path>) -> Result<Option<sync::SecretString>> {
    if let Some(file) = file {
        let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
        let line = text.lines().next().unwrap_or("").to_string();
        return Ok(Some(sync::SecretString::from(line)));
    }
    match std::env::var(PASSPHRASE_ENV) {
        Ok(text) => Ok(Some(sync::SecretString::from(text))),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(e) => bail!("{PASSPHRASE_ENV}: {e}"),
    }
}

fn sync(paths: &Paths, folder: Option<&std::path::Path>, request: SyncRequest<'_>, out: &mut dyn Write) -> Result<()> {
    let SyncRequest { name, status, json, .. } = request;
    let Some(folder) = folder.map(std::path::Path::to_path_buf).or_else(|| sync::last_folder(&paths.config_dir)) else {
        bail!("which folder? gymlog sync FOLDER (later syncs remember it)");
    };
    if request.forget_passphrase {
        let forgotten = sync::forget_passphrase(&paths.config_dir, &folder)?;
        let what = if forgotten { "removed this device's key of" } else { "this device held no key of" };
        writeln!(out, "{what} {} (the folder stays encrypted)", folder.display())?;
        return Ok(());
    }
    let device_file = paths.sync_device_file();
    let device = match name {
        Some(name) => sync::Device::rename(&device_file, name)?,
        None => sync::Device::load_or_create(&device_file)?,
    };
    match (passphrase(request.passphrase_file)?, request.encrypt) {
        (Some(passphrase), true) => {
            progress(format_args!("stretching the passphrase (about a second)"));
            match sync::set_passphrase(&folder, &paths.config_dir, &passphrase)? {
                sync::PassphraseOutcome::TurnedOn => {
                    progress(format_args!("encryption turned on for {}", folder.display()))
                }
                sync::PassphraseOutcome::Unlocked => {
                    progress(format_args!("the folder was encrypted already: unlocked"))
                }
            }
        }
        (Some(passphrase), false) => {
            progress(format_args!("stretching the passphrase (about a second)"));
            match sync::unlock(&folder, &paths.config_dir, &passphrase) {
                Err(sync::SyncError::NotEncrypted(_)) => bail!(
                    "{} is not encrypted: add --encrypt to turn encryption on with this passphrase",
                    folder.display()
                ),
                unlocked => unlocked?,
            }
            progress(format_args!("unlocked: later syncs of this folder need no passphrase"));
        }
        (None, true) => bail!("--encrypt needs a passphrase: --passphrase-file FILE or {PASSPHRASE_ENV}"),
        (None, false) => {}
    }
    if status {
        let status = sync::status(&folder, &device, &paths.config_dir)?;
        if json {
            writeln!(out, "{}", serde_json::to_string_pretty(&status)?)?;
        } else {
            status.write_text(out)?;
        }
        return Ok(());
    }
    let store = match open_store(paths) {
        Err(e) if matches!(e.downcast_ref(), Some(crate::store::StoreError::Locked { .. })) => {
            return Err(e.context("cannot sync while GymLog is open: close it and run this again"));
        }
        opened => opened?,
    };
    progress(format_args!("syncing with {}", folder.display()));
    let report = match sync::run(&store, &folder, &device, &paths.config_dir) {
        Err(e @ (sync::SyncError::Locked(_) | sync::SyncError::KeyChanged(_))) => {
            bail!("{e}\ngive it once: gymlog sync --passphrase-file FILE (or set {PASSPHRASE_ENV})");
        }
        report => report?,
    };
    store.close()?;
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        report.write_text(out)?;
    }
    Ok(())
}

fn import(
    paths: &Paths,
    file: &std::path::Path,
    request: ImportRequest,
    json: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let store = open_store(paths)?;
    progress(format_args!("reading and importing {}", file.display()));
    let outcome = crate::app::import_file::import_file(&store, file, request, Utc::now(), &ImportProgress::default())?;
    store.close()?;
    if !request.dry_run {
        let mut counter = open_counter(paths);
        outcome.count(&mut counter).context("the import is written, but the backup counter was not updated")?;
    }
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&outcome.report)?)?;
    } else {
        write_import_report(&outcome.report, request.dry_run, out)?;
    }
    Ok(())
}

fn write_import_report(report: &ImportReport, dry_run: bool, out: &mut dyn Write) -> Result<()> {
    let or_none = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "—".to_string(), |d| d.to_string());
    writeln!(out, "source:     {}", report.source)?;
    writeln!(out, "layout:     {} ({})", report.layout, report.layout_description)?;
    writeln!(out, "rows:       {} ({} sets, {} skipped)", report.rows, report.sets, report.skipped.len())?;
    writeln!(
        out,
        "workouts:   {} ({} to {})",
        report.workouts,
        or_none(report.first_workout),
        or_none(report.last_workout)
    )?;
    let by_type: Vec<String> = report.sets_by_type.iter().map(|(t, n)| format!("{n} {t}")).collect();
    writeln!(out, "sets:       {} ({})", report.sets, by_type.join(", "))?;
    writeln!(out, "exercises:  {} matched, {} new", report.exercises_matched.len(), report.exercises_created.len())?;
    for m in report.exercises_matched.iter().filter(|m| m.from != m.to) {
        writeln!(out, "  {} → {}", m.from, m.to)?;
    }
    for name in &report.exercises_created {
        writeln!(out, "  new: {name}")?;
    }
    // Skipped rows by reason, with their first lines (all of them are in --json).
    let mut reasons: Vec<(&str, Vec<u64>)> = Vec::new();
    for skipped in &report.skipped {
        match reasons.iter_mut().find(|(r, _)| *r == skipped.reason) {
            Some((_, lines)) => lines.push(skipped.line),
            None => reasons.push((&skipped.reason, vec![skipped.line])),
        }
    }
    for (reason, lines) in reasons {
        let shown: Vec<String> = lines.iter().take(8).map(u64::to_string).collect();
        let more = if lines.len() > 8 { format!(", … ({} in all)", lines.len()) } else { String::new() };
        writeln!(out, "skipped:    {reason}: line {}{more}", shown.join(", "))?;
    }
    if report.weigh_ins > 0 {
        writeln!(out, "weigh-ins:  {}", report.weigh_ins)?;
    }
    if report.measurements > 0 {
        writeln!(out, "measurements: {}", report.measurements)?;
    }
    for warning in report.warnings.iter().take(20) {
        writeln!(out, "warning:    line {}: {}", warning.line, warning.message)?;
    }
    if report.warnings.len() > 20 {
        writeln!(out, "warning:    … {} warnings in all (--json lists every one)", report.warnings.len())?;
    }
    if report.duplicates > 0 {
        writeln!(
            out,
            "duplicates: {} workouts already in GymLog from another file, not added again",
            report.duplicates
        )?;
        for d in report.duplicate_workouts.iter().take(8) {
            writeln!(out, "  line {}: {} {} is {}", d.line, d.date, d.name, d.same_as)?;
        }
    }
    if dry_run {
        writeln!(out, "dry run: nothing was written ({} events already here)", report.already_present)?;
    } else {
        writeln!(out, "imported: {} events added, {} already here", report.added, report.already_present)?;
    }
    Ok(())
}

//! Logging a set as the app does it, through `AppState` with the writer thread: the time the
//! UI thread spends (the action, and the next frame's bookkeeping) and the time until the set
//! is on disk ("saved"). Also with every fsync made 20 ms slower — a laptop with an encrypted
//! or network home folder — by an LD_PRELOAD shim built here with the system's C compiler.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use gymlog::app::{Action, AppState, Preferences, RowEdit, startup};
use gymlog::paths::Paths;

use super::stores::percentile;
use super::{Limit, Line, Options, Table};

/// The shim: every fsync and fdatasync waits 20 ms first.
const SLOW_FSYNC_C: &str = r#"
#define _GNU_SOURCE
#include <dlfcn.h>
#include <time.h>
static void wait20(void) { struct timespec t = {0, 20 * 1000 * 1000}; nanosleep(&t, 0); }
int fsync(int fd) { static int (*real)(int); if (!real) real = dlsym(RTLD_NEXT, "fsync"); wait20(); return real(fd); }
int fdatasync(int fd) { static int (*real)(int); if (!real) real = dlsym(RTLD_NEXT, "fdatasync"); wait20(); return real(fd); }
"#;

/// UI-thread ms per logged set, ms until it was saved, and UI-thread ms of each start of a
/// workout with Squat added.
type Samples = (Vec<f64>, Vec<f64>, Vec<f64>);

/// Logs `samples` sets in workouts of 20 on the store under `root`.
pub fn measure(root: &Path, samples: usize) -> anyhow::Result<Samples> {
    let env = super::headless_env();
    let mut state = AppState::new(startup::open(Paths::under(root))?, Preferences::default(), env)?;
    state.wait_for_background_work();
    let (mut ui, mut saved, mut starts) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..samples {
        let row = i % 20;
        if row == 0 {
            if state.session().is_some() {
                state.handle(Action::Discard);
            }
            let t = Instant::now();
            state.handle(Action::StartWorkout { name: String::new(), repeat_of: None });
            state.handle(Action::AddExercise("Squat".into()));
            state.poll();
            starts.push(t.elapsed().as_secs_f64() * 1000.0);
            // The lifter types the first set meanwhile: Squat's record baseline is counted.
            state.wait_for_background_work();
            state.poll();
        }
        state.handle(Action::EditSet { block: 0, row, edit: RowEdit::Weight("100".into()) });
        state.handle(Action::EditSet { block: 0, row, edit: RowEdit::Reps("5".into()) });
        let t = Instant::now();
        state.handle(Action::CompleteSet { block: 0, row });
        state.poll();
        let on_ui = t.elapsed();
        let set_id = state.session().and_then(|s| s.row(0, row)).and_then(|r| r.set_id);
        let t = Instant::now();
        state.wait_for_background_work();
        anyhow::ensure!(set_id.is_some_and(|id| !state.is_saving(id)), "set {i} was not saved");
        ui.push(on_ui.as_secs_f64() * 1000.0);
        saved.push((on_ui + t.elapsed()).as_secs_f64() * 1000.0);
    }
    Ok((ui, saved, starts))
}

/// The child process's side: measures and writes the samples as JSON.
pub fn child(root: &Path, samples: usize, out: &Path) -> anyhow::Result<()> {
    let (ui, saved, starts) = measure(root, samples)?;
    std::fs::write(out, serde_json::json!({"ui_ms": ui, "saved_ms": saved, "start_ms": starts}).to_string())?;
    Ok(())
}

/// The shim built into `dir`, if there is a C compiler.
fn slow_fsync_shim(dir: &Path) -> Option<PathBuf> {
    let source = dir.join("slow_fsync.c");
    let lib = dir.join("slow_fsync.so");
    std::fs::write(&source, SLOW_FSYNC_C).ok()?;
    let built = Command::new("cc").args(["-shared", "-fPIC", "-O2", "-o"]).arg(&lib).arg(&source).arg("-ldl").status();
    built.ok()?.success().then_some(lib)
}

fn run_child(program: &Path, root: &Path, samples: usize, preload: Option<&Path>) -> anyhow::Result<Samples> {
    let out = root.join("logging.json");
    let mut command = Command::new(program);
    command.arg("--log-sets").arg(root).arg(samples.to_string()).arg(&out);
    if let Some(lib) = preload {
        command.env("LD_PRELOAD", lib);
    }
    let status = command.status()?;
    anyhow::ensure!(status.success(), "the logging child exited with {status}");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out)?)?;
    let list = |key: &str| -> Vec<f64> {
        json[key].as_array().map(|a| a.iter().filter_map(|v| v.as_f64()).collect()).unwrap_or_default()
    };
    Ok((list("ui_ms"), list("saved_ms"), list("start_ms")))
}

fn push_lines(table: &mut Table, what: &str, mut ui: Vec<f64>, mut saved: Vec<f64>, samples_name: &str) {
    table.samples(&format!("{samples_name}_ui_ms"), ui.clone());
    table.samples(&format!("{samples_name}_saved_ms"), saved.clone());
    ui.sort_by(f64::total_cmp);
    saved.sort_by(f64::total_cmp);
    table.push(
        Line::new(format!("UI-thread time per logged set p50{what}"), "ms", Some(percentile(&ui, 0.5)))
            .target(Limit::Max(0.5))
            .note(format!("p99 {:.2} ms, {} sets", percentile(&ui, 0.99), ui.len())),
    );
    // No budget of its own: the commit is the "log a set" line's (p99 < 10 ms); this is what
    // the lifter waits for the row to say "saved", off the UI thread.
    table.push(
        Line::new(format!("logged set on disk (\"saved\") p99{what}"), "ms", Some(percentile(&saved, 0.99)))
            .note(format!("p50 {:.2} ms", percentile(&saved, 0.5))),
    );
}

/// The app-level logging lines, on the store under `root` (the stress history).
pub fn lines(table: &mut Table, dir: &Path, root: &Path, options: &Options) -> anyhow::Result<()> {
    println!("logging sets through the app…");
    let samples = options.log_samples.min(1000);
    let (ui, saved, starts) = match &options.window_program {
        Some(program) => run_child(program, root, samples, None)?,
        None => measure(root, samples)?,
    };
    push_lines(table, "", ui, saved, "app_log_set");
    // The first start counts Squat's record baseline (on a worker) and appends two events.
    let first = starts.first().copied();
    let later = starts.get(1..).map(|s| s.iter().sum::<f64>() / s.len().max(1) as f64).unwrap_or(0.0);
    table.push(
        Line::new("UI-thread time to start a workout with Squat, first", "ms", first)
            .note(format!("mean of the later ones {later:.2} ms (two events appended and committed)")),
    );
    let shim = options.window_program.as_ref().and_then(|p| slow_fsync_shim(dir).map(|lib| (p.clone(), lib)));
    match shim {
        Some((program, lib)) => {
            println!("…and with every fsync 20 ms slower…");
            let (ui, saved, _) = run_child(&program, root, samples.min(300), Some(&lib))?;
            push_lines(table, ", fsync +20 ms", ui, saved, "slow_fsync_log_set");
        }
        None => {
            let why = if options.window_program.is_none() { "not in this run" } else { "no C compiler for the shim" };
            table.push(Line::new("UI-thread time per logged set p50, fsync +20 ms", "ms", None).note(why));
            table.push(Line::new("logged set on disk (\"saved\") p99, fsync +20 ms", "ms", None).note(why));
        }
    }
    Ok(())
}

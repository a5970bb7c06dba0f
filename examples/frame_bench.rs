//! Frame CPU time (of the drawing thread) of every screen on the reference history (DESIGN.md
//! §7: under 8 ms):
//!
//!   cargo run --example frame_bench
//!
//! Runs the real app headless (egui_kittest, which adds its AccessKit bookkeeping to every
//! frame, so these are upper bounds) on ten years of demo history and times 200 frames of each
//! screen, of a live workout repeated from the last one, of each routine's workout, and of
//! the exercise records and charts, of History with a workout open and being corrected; prints PASS or FAIL against the budget (and fails on a FAIL).

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Local;
use egui_kittest::Harness;
use gymlog::app::{Action, AppEnv, Runner, Screen, SystemClock, startup};
use gymlog::demo::{DemoSpec, generate};
use gymlog::domain::one_rep_max::Formula;
use gymlog::paths::Paths;
use gymlog::store::Store;
use gymlog::testing::{CountingChime, FakeDialog};
use gymlog::ui::GymLogApp;

/// CPU time of this thread (a frame is drawn on it), so that time the scheduler gives to other
/// programs does not count. Wall time where there is no such clock.
#[cfg(unix)]
fn cpu_time() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec for the call to fill in.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

#[cfg(not(unix))]
fn cpu_time() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// The budget per frame (DESIGN.md §7), checked against the 99th percentile.
const BUDGET: Duration = Duration::from_millis(8);

/// Times 200 frames and prints them with PASS or FAIL; returns whether the p99 fits the budget.
fn time_frames(harness: &mut Harness<'_, GymLogApp>, label: &str) -> bool {
    for _ in 0..5 {
        harness.step();
    }
    let mut frames: Vec<Duration> = (0..200)
        .map(|_| {
            let t = cpu_time();
            harness.step();
            cpu_time() - t
        })
        .collect();
    frames.sort();
    let pass = frames[197] <= BUDGET;
    let verdict = if pass { "PASS" } else { "FAIL" };
    println!(
        "{label:<22} p50 {:>8.2?}  p99 {:>8.2?}  max {:>8.2?}  {verdict} (budget {BUDGET:?})",
        frames[100], frames[197], frames[199]
    );
    pass
}

fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let paths = Paths::under(dir.path());
    paths.create()?;
    let spec = DemoSpec { years: 10, seed: 1, until: Local::now().date_naive(), max_events: None };
    let events = generate(&spec);
    Store::open(&paths.store_file())?.append(&events)?;
    println!("reference history: {} events", events.len());

    let started = Instant::now();
    let app_paths = paths.clone();
    let mut harness = Harness::builder().with_size([1280.0, 800.0]).with_max_steps(10_000).build_eframe(move |cc| {
        let boot = startup::open(app_paths).expect("store opens");
        let env = AppEnv {
            clock: Arc::new(SystemClock),
            dialog: Arc::new(FakeDialog::default()),
            wake: Arc::new(|| {}),
            runner: Runner::Thread,
            chime: Arc::new(CountingChime::default()),
        };
        let app = GymLogApp::new(cc, boot, env).expect("app starts");
        println!("store opened and app created after {:.2?}", started.elapsed());
        app
    });
    // (egui_kittest runs frames while building the harness, until the UI settles.)
    println!("harness built after {:.2?}", started.elapsed());
    harness.step();
    let loading = if harness.state().state().is_loading() { "history still loading" } else { "history loaded" };
    println!("first frame after {:.2?} ({loading})", started.elapsed());
    harness.state_mut().state_mut().wait_for_background_work();
    println!("history loaded after {:.2?}", started.elapsed());

    let mut failed = Vec::new();
    let mut check = |harness: &mut Harness<'_, GymLogApp>, label: &str| {
        if !time_frames(harness, label) {
            failed.push(label.to_string());
        }
    };
    for screen in Screen::ALL {
        harness.state_mut().state_mut().handle(Action::Show(screen));
        check(&mut harness, screen.label());
    }
    harness.state_mut().state_mut().handle(Action::ShowExercise(Some("Squat".to_string())));
    check(&mut harness, "squat records");
    harness.state_mut().state_mut().handle(Action::ShowExercise(None));
    // History with the newest workout open, then being corrected.
    let newest = harness.state().state().history().completed().last().map(|w| w.id);
    harness.state_mut().state_mut().handle(Action::Show(Screen::History));
    harness.state_mut().view_mut().history.selected = newest;
    check(&mut harness, "history workout");
    if let Some(id) = newest {
        harness.state_mut().state_mut().handle(Action::EditWorkout(id));
        check(&mut harness, "history editing");
        harness.state_mut().state_mut().handle(Action::CloseWorkoutEdit);
    }
    harness.state_mut().state_mut().handle(Action::Show(Screen::Workout));
    let last = harness.state().state().history().completed().last().map(|w| (w.id, w.name.clone().unwrap_or_default()));
    if let Some((id, name)) = last {
        harness.state_mut().state_mut().handle(Action::StartWorkout { name, repeat_of: Some(id) });
        check(&mut harness, "live workout");
        harness.state_mut().state_mut().handle(Action::Discard);
    }
    // A routine's workout: barbell sets with plates, a superset or a plank, the session bar.
    let routines: Vec<_> =
        harness.state().state().history().routines().iter().map(|r| (r.id, r.name.clone())).collect();
    for (id, name) in routines {
        harness.state_mut().state_mut().handle(Action::StartRoutine(id));
        check(&mut harness, &format!("routine {name}"));
        harness.state_mut().state_mut().handle(Action::Discard);
    }
    harness.state_mut().state_mut().handle(Action::ShowExercise(Some("Running".to_string())));
    check(&mut harness, "running records");
    // What a change costs the frame after it, on top of drawing: saving a workout folds it in
    // (incremental); a correction or a setting recomputes records and calendar in full.
    let mut saves = Vec::new();
    for _ in 0..10 {
        let last = harness.state().state().history().completed().last().map(|w| w.id);
        harness.state_mut().state_mut().handle(Action::StartWorkout { name: String::new(), repeat_of: last });
        harness.step();
        harness.state_mut().state_mut().handle(Action::CompleteSet { block: 0, row: 0 });
        harness.step();
        let state = harness.state_mut().state_mut();
        state.handle(Action::Finish);
        state.handle(Action::Save);
        let t = cpu_time();
        harness.step();
        saves.push(cpu_time() - t);
    }
    saves.sort();
    let mut full = Vec::new();
    for formula in [Formula::Brzycki, Formula::Epley].into_iter().cycle().take(10) {
        harness.state_mut().state_mut().handle(Action::SetFormula(formula));
        let t = cpu_time();
        harness.step();
        full.push(cpu_time() - t);
    }
    full.sort();
    println!("{:<22} p50 {:>8.2?}  max {:>8.2?}  (once per save)", "frame after a save", saves[5], saves[9]);
    println!("{:<22} p50 {:>8.2?}  max {:>8.2?}  (once per correction)", "frame after a recount", full[5], full[9]);
    let saved = harness.state().state().history().completed().count();
    println!("(saved workouts now: {saved})");
    if failed.is_empty() {
        println!("PASS: every screen within {BUDGET:?} per frame (p99)");
        Ok(())
    } else {
        anyhow::bail!("FAIL: over {BUDGET:?} per frame (p99): {}", failed.join(", "))
    }
}

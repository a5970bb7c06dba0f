//! Frame CPU time of every screen on the reference history (DESIGN.md §7: under 8 ms):
//!
//!   cargo run --example frame_bench
//!
//! Runs the real app headless (egui_kittest, which adds its AccessKit bookkeeping to every
//! frame, so these are upper bounds) on ten years of demo history and times 200 frames of each
//! screen, and of a live workout repeated from the last one.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Local;
use egui_kittest::Harness;
use gymlog::app::{Action, AppEnv, Runner, Screen, SystemClock, startup};
use gymlog::demo::{DemoSpec, generate};
use gymlog::paths::Paths;
use gymlog::store::Store;
use gymlog::testing::FakeDialog;
use gymlog::ui::GymLogApp;

fn time_frames(harness: &mut Harness<'_, GymLogApp>, label: &str) {
    for _ in 0..5 {
        harness.step();
    }
    let mut frames: Vec<Duration> = (0..200)
        .map(|_| {
            let t = Instant::now();
            harness.step();
            t.elapsed()
        })
        .collect();
    frames.sort();
    println!("{label:<16} p50 {:>8.2?}  p99 {:>8.2?}  max {:>8.2?}", frames[100], frames[197], frames[199]);
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

    for screen in Screen::ALL {
        harness.state_mut().state_mut().handle(Action::Show(screen));
        time_frames(&mut harness, screen.label());
    }
    harness.state_mut().state_mut().handle(Action::Show(Screen::Exercises));
    harness.state_mut().state_mut().handle(Action::ShowProgress(Some("Squat".to_string())));
    time_frames(&mut harness, "squat chart");
    harness.state_mut().state_mut().handle(Action::Show(Screen::Workout));
    let last = harness.state().state().history().completed().last().map(|w| (w.id, w.name.clone().unwrap_or_default()));
    if let Some((id, name)) = last {
        harness.state_mut().state_mut().handle(Action::StartWorkout { name, repeat_of: Some(id) });
        time_frames(&mut harness, "live workout");
    }
    Ok(())
}

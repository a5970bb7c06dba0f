//! CPU time of a frame (of the drawing thread) of every screen on the reference history,
//! headless (egui_kittest, which adds its AccessKit bookkeeping to every frame, so these are
//! upper bounds): median and p99 against the 8 ms budget and the 4 ms target.

use std::path::Path;
use std::time::Duration;

use egui_kittest::Harness;
use gymlog::app::{Action, ProgramPanelAction, Screen, startup};
use gymlog::domain::event::Event;
use gymlog::domain::one_rep_max::Formula;
use gymlog::paths::Paths;
use gymlog::ui::GymLogApp;

use super::stores::{percentile, store_with};
use super::{Limit, Line, Options, Table};

/// CPU time of this thread (a frame is drawn on it), so that time the scheduler gives to other
/// programs does not count. Wall time where there is no such clock.
#[cfg(unix)]
pub fn cpu_time() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec for the call to fill in.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

#[cfg(not(unix))]
pub fn cpu_time() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

const PROGRAMS_FOLLOWING: &str = "Programs: following StrongLifts, plan ahead and replay";

fn time_frames(harness: &mut Harness<'_, GymLogApp>, frames: usize) -> Vec<f64> {
    for _ in 0..5 {
        harness.step();
    }
    let mut times: Vec<f64> = (0..frames)
        .map(|_| {
            let t = cpu_time();
            harness.step();
            (cpu_time() - t).as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times
}

pub fn frames(table: &mut Table, dir: &Path, reference: &[Event], options: &Options) -> anyhow::Result<()> {
    println!("drawing frames…");
    let root = dir.join("frames");
    let paths = Paths::under(&root);
    paths.create()?;
    drop(store_with(&paths.store_file(), reference)?);
    let mut harness = Harness::builder().with_size([1280.0, 800.0]).with_max_steps(10_000).build_eframe(move |cc| {
        GymLogApp::new(cc, startup::open(paths).expect("store opens"), super::headless_env()).expect("app starts")
    });
    harness.state_mut().wait_for_background_work();
    harness.step();
    let mut screens: Vec<(String, Vec<Action>)> =
        Screen::ALL.iter().map(|s| (s.label().to_string(), vec![Action::Show(*s)])).collect();
    screens.push(("Exercises: Squat records".into(), vec![Action::ShowExercise(Some("Squat".into()))]));
    let newest = harness.state().state().history().completed().last().map(|w| w.id);
    screens.push((
        "History: a workout being corrected".into(),
        vec![Action::ShowExercise(None), Action::Show(Screen::History)],
    ));
    // The Programs screen following a program: its next weeks and the replay of the last 8
    // weeks of real workouts open beside the list (issue #37); held to the 4 ms target.
    screens.push((
        PROGRAMS_FOLLOWING.into(),
        vec![
            Action::FollowProgram { slug: "stronglifts-5x5".into(), starting: None },
            Action::Show(Screen::Programs),
            Action::Programs(ProgramPanelAction::ReplayOf("stronglifts-5x5".into())),
        ],
    ));
    let repeat = newest.map(|id| Action::StartWorkout { name: String::new(), repeat_of: Some(id) });
    let mut repeat: Vec<Action> = repeat.into_iter().collect();
    repeat.insert(0, Action::StopProgram);
    screens.push(("Workout: live, repeating the last".into(), repeat));
    // The console's table is virtualised: an answer of 100,000 rows draws only what is seen.
    let rows = "SELECT s.* FROM sets s, range(3) LIMIT 100000".to_string();
    screens.push((
        "Insights: a 100,000-row answer".into(),
        vec![Action::Discard, Action::Show(Screen::Insights), Action::RunQuery(rows)],
    ));
    for (label, actions) in screens {
        for action in actions {
            harness.state_mut().handle(action);
        }
        if label.starts_with("History: a workout") {
            harness.state_mut().view_mut().history.selected = newest;
            if let Some(id) = newest {
                harness.state_mut().handle(Action::EditWorkout(id));
            }
        }
        harness.state_mut().wait_for_background_work();
        let mut extra = String::new();
        if label == PROGRAMS_FOLLOWING {
            let app = harness.state().state();
            anyhow::ensure!(app.program_progress().is_some(), "StrongLifts is not followed");
            let replayed = app.replay_program().map_or(0, |(_, _, r)| r.rows.len());
            extra = format!("; {replayed} workouts replayed, the first frame (cache filled) not counted");
        }
        let times = time_frames(&mut harness, options.frames);
        let budget = if label == PROGRAMS_FOLLOWING { 4.0 } else { 8.0 };
        table.push(
            Line::new(format!("frame: {label} p99"), "ms", Some(percentile(&times, 0.99)))
                .budget(Limit::Max(budget))
                .target(Limit::Max(4.0))
                .note(format!("median {:.2} ms{extra}", percentile(&times, 0.5))),
        );
        table.samples(&format!("frame_ms: {label}"), times);
    }
    harness.state_mut().handle(Action::Discard);
    harness.state_mut().handle(Action::Show(Screen::Workout));
    after_changes(table, &mut harness, options);
    while_syncing(table, &mut harness, dir, options)?;
    Ok(())
}

/// Frames drawn while a sync runs (issue #36): another device's whole history (a second demo
/// of the reference's size) waits in the sync folder; turning sync on merges it on a worker,
/// then the history is read again beside the window. Every frame from the click until both
/// are done, on the Workout screen.
fn while_syncing(
    table: &mut Table,
    harness: &mut Harness<'_, GymLogApp>,
    dir: &Path,
    options: &Options,
) -> anyhow::Result<()> {
    let other = Paths::under(&dir.join("sync-other"));
    other.create()?;
    let folder = dir.join("sync-folder");
    std::fs::create_dir_all(&folder)?;
    let until = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).expect("a valid day");
    let years = options.reference_years;
    let events = gymlog::demo::generate(&gymlog::demo::DemoSpec { years, seed: 7, until, max_events: None });
    let store = store_with(&other.store_file(), &events)?;
    let device = gymlog::sync::Device::rename(&other.sync_device_file(), "Other computer")?;
    gymlog::sync::run(&store, &folder, &device, &other.config_dir)?;
    drop(store);
    harness.state_mut().handle(Action::Show(Screen::Workout));
    harness.step();
    let wall = std::time::Instant::now();
    harness.state_mut().handle(Action::UseSyncFolder(folder));
    let mut times = Vec::new();
    // The sync starts with the click; the history's read again once it reports.
    let busy = |h: &Harness<'_, GymLogApp>| h.state().state().is_syncing() || h.state().state().is_loading();
    while busy(harness) || times.len() < 10 {
        let t = cpu_time();
        harness.step();
        times.push((cpu_time() - t).as_secs_f64() * 1000.0);
        anyhow::ensure!(times.len() < 200_000, "the sync did not finish");
    }
    let took = wall.elapsed().as_secs_f64();
    let received = harness.state().state().sync().last_report.as_ref().map_or(0, |r| r.events_added());
    anyhow::ensure!(received as usize == events.len(), "the sync merged {received} of {} events", events.len());
    times.sort_by(f64::total_cmp);
    table.push(
        Line::new("frame while a sync runs p99", "ms", Some(percentile(&times, 0.99)))
            .budget(Limit::Max(8.0))
            .target(Limit::Max(4.0))
            .note(format!(
                "median {:.2} ms, max {:.2} ms over {} frames; {received} events merged and read in {took:.2} s",
                percentile(&times, 0.5),
                times[times.len() - 1],
                times.len()
            )),
    );
    table.samples("frame_ms: while a sync runs", times);
    Ok(())
}

/// The frame after a change to saved workouts: saving one folds it in; a correction (here: the
/// e1RM formula) recounts records and calendar in full, on a worker (the reference history is
/// above the inline size): the frame's part, and the wall time until the figures are in.
fn after_changes(table: &mut Table, harness: &mut Harness<'_, GymLogApp>, options: &Options) {
    let runs = options.runs.max(3) * 2;
    let mut saves = Vec::new();
    for _ in 0..runs {
        let last = harness.state().state().history().completed().last().map(|w| w.id);
        harness.state_mut().handle(Action::StartWorkout { name: String::new(), repeat_of: last });
        harness.step();
        harness.state_mut().handle(Action::CompleteSet { block: 0, row: 0 });
        harness.step();
        let app = harness.state_mut();
        app.handle(Action::Finish);
        app.handle(Action::Save);
        let t = cpu_time();
        harness.step();
        saves.push((cpu_time() - t).as_secs_f64() * 1000.0);
    }
    let (mut recounts, mut counted) = (Vec::new(), Vec::new());
    for formula in [Formula::Brzycki, Formula::Epley].into_iter().cycle().take(runs) {
        harness.state_mut().handle(Action::SetFormula(formula));
        let (t, wall) = (cpu_time(), std::time::Instant::now());
        harness.step();
        recounts.push((cpu_time() - t).as_secs_f64() * 1000.0);
        // The recount's figures reach the screen in the frame after it reports.
        harness.state_mut().wait_for_background_work();
        harness.step();
        counted.push(wall.elapsed().as_secs_f64() * 1000.0);
        assert!(!harness.state().state().is_recounting());
    }
    saves.sort_by(f64::total_cmp);
    recounts.sort_by(f64::total_cmp);
    counted.sort_by(f64::total_cmp);
    table.push(
        Line::new("frame after saving a workout (median)", "ms", Some(percentile(&saves, 0.5)))
            .budget(Limit::Max(8.0))
            .note(format!("max {:.2} ms", saves[saves.len() - 1])),
    );
    table.push(
        Line::new("frame after a correction (median)", "ms", Some(percentile(&recounts, 0.5)))
            .target(Limit::Max(8.0))
            .note("the window's part: the recount runs on a worker"),
    );
    table.push(
        Line::new("correction: recounted figures on screen (median)", "ms", Some(percentile(&counted, 0.5)))
            .note("wall time from the change to the frame that shows the recount"),
    );
}

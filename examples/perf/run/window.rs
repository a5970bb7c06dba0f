//! The real window's figures: start-up to first frame and to history ready, resident memory
//! (steady VmRSS and peak VmHWM) with an empty store and with the reference history, and the
//! scale curve. Each run is this program again (`--window ROOT`) with `GYMLOG_PROBE` set, under
//! the display it finds, else a private Xvfb started here.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use gymlog::app::startup;
use gymlog::backup::export::export_backup;
use gymlog::domain::event::Event;
use gymlog::paths::Paths;

use super::stores::store_with;
use super::{Limit, Line, Options, Table, demo};

/// The child: the app's own window on the store under `root`.
pub fn child(root: &Path) -> anyhow::Result<()> {
    gymlog::memory::limit_arenas();
    gymlog::ui::run_window(startup::open(Paths::under(root))?)
}

/// What the window reported.
#[derive(Debug, Clone, Copy)]
struct Probe {
    first_frame_ms: f64,
    ready_ms: f64,
    rss_mib: f64,
    hwm_mib: f64,
}

/// A private X display, stopped when dropped.
struct Xvfb(Child);

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The display to use: `$DISPLAY`, else a private Xvfb; `None` when there is neither.
fn display() -> anyhow::Result<Option<(String, Option<Xvfb>)>> {
    if let Ok(display) = std::env::var("DISPLAY") {
        return Ok(Some((display, None)));
    }
    let Some(n) = (90..200).find(|n| !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()) else { return Ok(None) };
    let spawned = Command::new("Xvfb")
        .args([format!(":{n}").as_str(), "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let Ok(child) = spawned else { return Ok(None) };
    let xvfb = Xvfb(child);
    let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
    let started = Instant::now();
    // Waiting for another program's socket to appear: polling is all there is.
    while !socket.exists() {
        if started.elapsed() > Duration::from_secs(10) {
            anyhow::bail!("Xvfb :{n} did not start");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(Some((format!(":{n}"), Some(xvfb))))
}

fn now_us() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_micros() as f64)
}

/// Runs the window on the store under `root` until it reports, and reads its report.
fn run_window(program: &Path, display: &str, root: &Path) -> anyhow::Result<Probe> {
    let report = root.join("probe.json");
    let _ = std::fs::remove_file(&report);
    let spawned_us = now_us();
    let status = Command::new(program)
        .arg("--window")
        .arg(root)
        .env("DISPLAY", display)
        .env("GYMLOG_PROBE", &report)
        .stdout(Stdio::null())
        .status()?;
    anyhow::ensure!(status.success(), "the window exited with {status}");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&report)?)?;
    let us = |key: &str| json[key].as_f64().ok_or_else(|| anyhow::anyhow!("the probe report lacks {key}"));
    Ok(Probe {
        first_frame_ms: (us("first_frame_us")? - spawned_us) / 1000.0,
        ready_ms: (us("ready_us")? - spawned_us) / 1000.0,
        rss_mib: us("vm_rss_kib")? / 1024.0,
        hwm_mib: us("vm_hwm_kib")? / 1024.0,
    })
}

/// Median of two runs of the window (start-up varies with the page cache).
fn median_run(program: &Path, display: &str, root: &Path) -> anyhow::Result<Probe> {
    let a = run_window(program, display, root)?;
    let b = run_window(program, display, root)?;
    let mid = |x: f64, y: f64| (x + y) / 2.0;
    Ok(Probe {
        first_frame_ms: mid(a.first_frame_ms, b.first_frame_ms),
        ready_ms: mid(a.ready_ms, b.ready_ms),
        rss_mib: mid(a.rss_mib, b.rss_mib),
        hwm_mib: a.hwm_mib.max(b.hwm_mib),
    })
}

const FIGURES: [&str; 8] = [
    "start-up to first frame (reference)",
    "start-up to history ready (reference)",
    "memory steady, empty store",
    "memory peak, empty store",
    "memory steady (reference)",
    "memory peak (reference)",
    "the history's own memory, steady",
    "the history's own memory, peak",
];

fn scale_figures(events: u64) -> [String; 4] {
    [
        format!("scale {events}: first frame"),
        format!("scale {events}: history ready"),
        format!("scale {events}: memory peak"),
        format!("scale {events}: export"),
    ]
}

/// Every figure's name, measured or not (the smoke test checks them all).
pub fn figure_names(options: &Options) -> Vec<String> {
    let mut names: Vec<String> = FIGURES.iter().map(|f| f.to_string()).collect();
    names.extend(options.scale.iter().flat_map(|n| scale_figures(*n)));
    names
}

pub fn window_lines(table: &mut Table, dir: &Path, reference: &[Event], options: &Options) -> anyhow::Result<()> {
    let found = match &options.window_program {
        Some(program) => display()?.map(|d| (program.clone(), d)),
        None => None,
    };
    let Some((program, (display, _xvfb))) = found else {
        let why = if options.window_program.is_none() { "no window in this run" } else { "no display and no Xvfb" };
        for name in figure_names(options) {
            let unit = if name.contains("memory") {
                "MiB"
            } else if name.contains("export") {
                "s"
            } else {
                "ms"
            };
            table.push(Line::new(name, unit, None).note(why));
        }
        return Ok(());
    };
    println!("opening the real window on {display}…");
    let empty_root = dir.join("window-empty");
    Paths::under(&empty_root).create()?;
    let empty = median_run(&program, &display, &empty_root)?;
    let reference_root = dir.join("window-reference");
    let paths = Paths::under(&reference_root);
    paths.create()?;
    drop(store_with(&paths.store_file(), reference)?);
    let full = median_run(&program, &display, &reference_root)?;
    let [first, ready, empty_rss, empty_hwm, rss, hwm, own_rss, own_hwm] = FIGURES;
    table.push(Line::new(first, "ms", Some(full.first_frame_ms)).budget(Limit::Max(1000.0)).target(Limit::Max(300.0)));
    table.push(Line::new(ready, "ms", Some(full.ready_ms)).note(format!("{} events", reference.len())));
    table.push(Line::new(empty_rss, "MiB", Some(empty.rss_mib)).note("Mesa's software GL included"));
    table.push(Line::new(empty_hwm, "MiB", Some(empty.hwm_mib)));
    table.push(Line::new(rss, "MiB", Some(full.rss_mib)));
    table.push(Line::new(hwm, "MiB", Some(full.hwm_mib)).budget(Limit::Max(200.0)));
    table.push(Line::new(own_rss, "MiB", Some(full.rss_mib - empty.rss_mib)).target(Limit::Max(10.0)));
    table.push(Line::new(own_hwm, "MiB", Some(full.hwm_mib - empty.hwm_mib)).target(Limit::Max(20.0)));

    let largest = options.scale.iter().copied().max().unwrap_or(0);
    let mut curve = Vec::new();
    for &events in &options.scale {
        println!("scale: {events} events…");
        let root = dir.join(format!("window-{events}"));
        let paths = Paths::under(&root);
        paths.create()?;
        let store = store_with(&paths.store_file(), &demo(10, Some(events)))?;
        let t = Instant::now();
        export_backup(&store, &root.join("export.parquet"))?;
        let export_s = t.elapsed().as_secs_f64();
        drop(store);
        let probe = run_window(&program, &display, &root)?;
        let [first, ready, peak, export] = scale_figures(events);
        let at_scale = events == largest && events >= 1_000_000;
        table.push(Line::new(first, "ms", Some(probe.first_frame_ms)).budget(Limit::Max(1000.0)));
        let mut ready = Line::new(ready, "ms", Some(probe.ready_ms));
        let mut peak = Line::new(peak, "MiB", Some(probe.hwm_mib));
        if at_scale {
            ready = ready.budget(Limit::Max(5000.0)).target(Limit::Max(2000.0));
            peak = peak.budget(Limit::Max(600.0)).target(Limit::Max(300.0));
        }
        table.push(ready);
        table.push(peak.note(format!("steady {:.0} MiB", probe.rss_mib)));
        table.push(Line::new(export, "s", Some(export_s)));
        curve.extend([events as f64, probe.first_frame_ms, probe.ready_ms, probe.hwm_mib, probe.rss_mib, export_s]);
        std::fs::remove_dir_all(&root)?;
    }
    table.samples("scale: events, first frame ms, ready ms, peak MiB, steady MiB, export s", curve);
    Ok(())
}

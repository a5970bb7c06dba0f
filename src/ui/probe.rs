//! A measuring probe for the performance harness (`examples/perf`): when `GYMLOG_PROBE` names a
//! file, the real window notes when its first frame was drawn and when the history was ready,
//! lets the app run a few more seconds, writes those instants (µs since the Unix epoch) and its
//! resident memory (VmRSS, VmHWM from /proc) as JSON to that file, and closes. Unset, it does
//! nothing at all.

use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How long the app runs after the history is ready before memory is read (steady state).
const SETTLE: Duration = Duration::from_secs(2);

pub struct Probe {
    out: PathBuf,
    first_frame_us: Option<u128>,
    ready_us: Option<u128>,
    ready_at: Option<Instant>,
    done: bool,
}

fn now_us() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_micros())
}

/// A line of /proc/self/status in KiB (Linux).
fn status_kib(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

impl Probe {
    pub fn from_env() -> Option<Probe> {
        let out = std::env::var_os("GYMLOG_PROBE")?;
        Some(Probe { out: out.into(), first_frame_us: None, ready_us: None, ready_at: None, done: false })
    }

    /// Called at the end of every frame.
    pub fn frame(&mut self, ctx: &egui::Context, history_ready: bool) {
        if self.done {
            return;
        }
        self.first_frame_us.get_or_insert_with(now_us);
        if history_ready && self.ready_us.is_none() {
            self.ready_us = Some(now_us());
            self.ready_at = Some(Instant::now());
        }
        // No frames of its own while the history loads: the loader and the recount wake the
        // window when they are done, as they do without a probe, and a frame drawn by software
        // GL takes a core the loading needs (a probe redrawing ten times a second made a
        // million events ready 0.5–0.9 s later than the app alone). A slow fallback only.
        let Some(ready_at) = self.ready_at else {
            ctx.request_repaint_after(Duration::from_secs(1));
            return;
        };
        if ready_at.elapsed() < SETTLE {
            ctx.request_repaint_after(SETTLE.saturating_sub(ready_at.elapsed()));
            return;
        }
        let report = serde_json::json!({
            "first_frame_us": self.first_frame_us.map(|t| t as u64),
            "ready_us": self.ready_us.map(|t| t as u64),
            "vm_rss_kib": status_kib("VmRSS:"),
            "vm_hwm_kib": status_kib("VmHWM:"),
        });
        if let Err(e) = std::fs::write(&self.out, report.to_string()) {
            eprintln!("gymlog: could not write the probe report: {e}");
        }
        self.done = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

//! The window trace for end-to-end scripts (`scripts/e2e_window.sh`): when `GYMLOG_UI_TRACE`
//! names a file, the real window writes there — whenever it changes — what it shows that a
//! script checks and clicks: whether the backup reminder is on screen and where its buttons
//! are (in window pixels), the messages shown, whether an export runs. Written atomically (a
//! temp file renamed), so a reader never sees half of it.

use std::path::PathBuf;

use crate::app::AppState;

use super::state::Drawn;

pub struct UiTrace {
    out: PathBuf,
    last: String,
}

impl UiTrace {
    pub fn from_env() -> Option<UiTrace> {
        let out = std::env::var_os("GYMLOG_UI_TRACE")?;
        Some(UiTrace { out: out.into(), last: String::new() })
    }

    /// Called at the end of every frame.
    pub fn frame(&mut self, ctx: &egui::Context, state: &AppState, drawn: &Drawn) {
        let scale = ctx.pixels_per_point();
        let centre = |r: egui::Rect| [(r.center().x * scale).round(), (r.center().y * scale).round()];
        let report = serde_json::json!({
            "banner": drawn.banner_buttons.is_some(),
            "export_button": drawn.banner_buttons.map(|[export, _]| centre(export)),
            "dismiss_button": drawn.banner_buttons.map(|[_, dismiss]| centre(dismiss)),
            "exporting": state.is_exporting(),
            "export_panel": state.export().visible,
            "workouts_since_backup": state.backup().workouts_since_backup,
            "toasts": state.toasts().all().iter().map(|t| t.text.clone()).collect::<Vec<_>>(),
        })
        .to_string();
        if report == self.last {
            return;
        }
        let temp = self.out.with_extension("tmp");
        let written = std::fs::write(&temp, &report).and_then(|()| std::fs::rename(&temp, &self.out));
        if let Err(e) = written {
            eprintln!("gymlog: could not write the window trace: {e}");
        }
        self.last = report;
    }
}

//! The egui views: draw the application state and turn clicks into [`Action`]s. The only
//! module that knows egui.

mod dialog;
mod export;
mod history;
mod library;
mod settings;
mod shell;
mod widgets;
mod workout;

use std::sync::Arc;

use anyhow::{Result, anyhow};

use crate::app::jobs::SaveDialog;
use crate::app::{Action, AppState, Clock, Preferences, SystemClock};
use crate::paths::Paths;
use crate::store::Store;

pub use dialog::RfdSaveDialog;

const PREFS_KEY: &str = "gymlog_preferences";

/// The window: the application state plus the actions the last frame produced.
pub struct GymLogApp {
    pub state: AppState,
    actions: Vec<Action>,
    /// The real save dialog, which needs the window as its parent (None in tests).
    native_dialog: Option<Arc<RfdSaveDialog>>,
}

impl GymLogApp {
    /// Builds the app for a creation context (the real window, or egui_kittest's harness).
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        paths: Paths,
        store: Store,
        clock: Arc<dyn Clock>,
        dialog: Arc<dyn SaveDialog>,
    ) -> Result<GymLogApp> {
        let prefs: Preferences = cc.storage.and_then(|s| eframe::get_value(s, PREFS_KEY)).unwrap_or_default();
        let ctx = cc.egui_ctx.clone();
        let wake = Arc::new(move || ctx.request_repaint());
        let state = AppState::new(paths, store, prefs, clock, dialog, wake)?;
        Ok(GymLogApp { state, actions: Vec::new(), native_dialog: None })
    }

    fn apply_actions(&mut self) {
        for action in std::mem::take(&mut self.actions) {
            self.state.handle(action);
        }
    }
}

impl eframe::App for GymLogApp {
    fn logic(&mut self, _ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.state.poll();
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if let Some(dialog) = &self.native_dialog {
            dialog.set_parent(frame);
        }
        let actions = &mut self.actions;
        let state = &mut self.state;
        shell::show(ui, state, actions);
        self.apply_actions();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.state.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.state.shutdown();
    }
}

/// Opens the window on the user's database.
pub fn run_app(paths: Paths) -> Result<()> {
    let store = match Store::open(&paths.store_file()) {
        Ok(store) => store,
        Err(e) => {
            // Started from a desktop menu, nobody reads stderr: say it in a window too.
            let _ = rfd::MessageDialog::new()
                .set_title("GymLog cannot open your workouts")
                .set_description(e.to_string())
                .set_level(rfd::MessageLevel::Error)
                .show();
            return Err(e.into());
        }
    };
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        persist_window: true,
        persistence_path: Some(paths.config_dir.join("window.ron")),
        viewport: egui::ViewportBuilder::default()
            .with_title("GymLog")
            .with_app_id("gymlog")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    let mut store = Some(store);
    eframe::run_native(
        "GymLog",
        options,
        Box::new(move |cc| {
            let store = store.take().expect("the app is created once");
            let dialog = Arc::new(RfdSaveDialog::default());
            let mut app = GymLogApp::new(cc, paths, store, Arc::new(SystemClock), dialog.clone())?;
            app.native_dialog = Some(dialog);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| {
        anyhow!(
            "could not open the window: {e} (GymLog needs a display; the command line works without one: gymlog --help)"
        )
    })
}

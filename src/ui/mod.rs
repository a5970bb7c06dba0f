//! The egui views: draw the application state (read only) and turn clicks into [`Action`]s,
//! which `GymLogApp` hands to the app layer after each frame. The only module that knows egui.
//! Form state lives in [`UiState`], owned here, not in egui's temp data.

mod bodyweight;
mod charts;
mod dialog;
mod empty;
mod exercise;
mod exercise_note;
mod exercise_picker;
mod export;
mod fonts;
mod history;
mod history_edit;
mod icons;
mod import;
mod insights;
mod library;
mod measurements;
mod probe;
mod program_editor;
mod programs;
mod progress;
mod restore;
mod routines;
mod set_fields;
mod settings;
mod shell;
mod state;
mod sync;
mod theme;
mod trace;
mod widgets;
mod workout;

use std::sync::Arc;

use anyhow::{Result, anyhow};

use crate::app::startup::Boot;
use crate::app::{Action, AppEnv, AppState, Preferences, Runner, SystemChime, SystemClock, Theme};

pub use dialog::{RfdFileDialog, show_startup_error};
pub use state::{ChartKind, UiState};

const PREFS_KEY: &str = "gymlog_preferences";

/// The window: the application state, the views' own state, and the actions of the last frame.
pub struct GymLogApp {
    state: AppState,
    view: UiState,
    /// The real save dialog, which needs the window as its parent (None in tests).
    native_dialog: Option<Arc<RfdFileDialog>>,
    /// Start-up and memory measurements for the performance harness (`GYMLOG_PROBE`).
    probe: Option<probe::Probe>,
    /// What the window shows, for end-to-end scripts (`GYMLOG_UI_TRACE`).
    trace: Option<trace::UiTrace>,
}

impl GymLogApp {
    /// Builds the app for a creation context (the real window, or egui_kittest's harness).
    /// `env.wake` is replaced by one that repaints this window.
    pub fn new(cc: &eframe::CreationContext<'_>, boot: Boot, mut env: AppEnv) -> Result<GymLogApp> {
        let prefs: Preferences = cc.storage.and_then(|s| eframe::get_value(s, PREFS_KEY)).unwrap_or_default();
        let ctx = cc.egui_ctx.clone();
        install_look(&ctx);
        env.wake = Arc::new(move || ctx.request_repaint());
        let state = AppState::new(boot, prefs, env)?;
        Ok(GymLogApp { state, view: UiState::default(), native_dialog: None, probe: None, trace: None })
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The views' own state, for benchmarks that open a screen in a given state.
    #[doc(hidden)]
    pub fn view_mut(&mut self) -> &mut UiState {
        &mut self.view
    }

    /// Handles an action as the window does after each frame (for tests and benchmarks that
    /// drive the app directly). Views never change the state: they read `&AppState`.
    #[doc(hidden)]
    pub fn handle(&mut self, action: Action) {
        self.state.handle(action);
    }

    /// Waits until the background jobs under way have reported and been handled.
    #[doc(hidden)]
    pub fn wait_for_background_work(&mut self) {
        self.state.wait_for_background_work();
    }
}

impl eframe::App for GymLogApp {
    fn logic(&mut self, _ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.state.poll();
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if let Some(dialog) = &self.native_dialog {
            dialog.set_parent(frame);
            dialog.set_language(self.state.i18n());
        }
        let mut actions = Vec::new();
        if ui.ctx().input(|i| i.viewport().close_requested()) {
            actions.push(Action::CloseRequested);
        }
        apply_theme(ui.ctx(), self.state.prefs().theme);
        undo_shortcuts(ui.ctx(), &mut actions);
        shell::show(ui, &self.state, &mut self.view, &mut actions);
        for action in actions {
            self.state.handle(action);
        }
        if let Some(probe) = self.probe.as_mut() {
            // Ready: the history loaded and what is derived from it counted.
            probe.frame(ui.ctx(), !self.state.is_loading() && !self.state.is_recounting());
        }
        if let Some(trace) = self.trace.as_mut() {
            trace.frame(ui.ctx(), &self.state, &self.view.drawn);
        }
        // Closing waits for a running export; the window closes itself once it is done.
        if self.state.is_closing() {
            let command =
                if self.state.may_close() { egui::ViewportCommand::Close } else { egui::ViewportCommand::CancelClose };
            ui.ctx().send_viewport_cmd(command);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, self.state.prefs());
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.state.shutdown();
    }
}

/// The look of GymLog on a context: the theme's type scale and shapes, and the icon font (the
/// window's, and every test harness's, so the views are tested as they are drawn).
pub fn install_look(ctx: &egui::Context) {
    theme::install(ctx);
    icons::install(ctx);
}

/// A test harness for a view, with GymLog's look installed.
#[cfg(test)]
pub(crate) fn harness<'a, S>(app: impl FnMut(&mut egui::Ui, &mut S) + 'a, state: S) -> egui_kittest::Harness<'a, S> {
    egui_kittest::Harness::builder().with_context_setup(install_look).build_ui_state(app, state)
}

/// Light, dark, or the system's (egui follows the system when asked).
fn apply_theme(ctx: &egui::Context, theme: Theme) {
    let wanted = match theme {
        Theme::System => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    };
    if ctx.options(|o| o.theme_preference) != wanted {
        ctx.set_theme(wanted);
    }
}

/// Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes a change to a workout — unless a text
/// field has the keyboard, where they undo typing.
fn undo_shortcuts(ctx: &egui::Context, actions: &mut Vec<Action>) {
    if ctx.memory(|m| m.focused().is_some()) {
        return;
    }
    let redo = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Z);
    let redo_y = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Y);
    let undo = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Z);
    // The longer shortcut first: Ctrl+Shift+Z also matches Ctrl+Z.
    if ctx.input_mut(|i| i.consume_shortcut(&redo) || i.consume_shortcut(&redo_y)) {
        actions.push(Action::Redo);
    } else if ctx.input_mut(|i| i.consume_shortcut(&undo)) {
        actions.push(Action::Undo);
    }
}

/// Opens the window on a started store. Only window options are decided here.
/// GymLog's icon (packaging/icons, rendered from its SVG by scripts/make_icons.sh), for the
/// window and the task bar; the desktop entry names the same icon, `gymlog`.
pub fn window_icon() -> egui::IconData {
    const PNG: &[u8] = include_bytes!("../../packaging/icons/gymlog-256.png");
    eframe::icon_data::from_png_bytes(PNG).unwrap_or_default()
}

pub fn run_window(boot: Boot) -> Result<()> {
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        persist_window: true,
        persistence_path: Some(boot.paths.config_dir.join("window.ron")),
        viewport: egui::ViewportBuilder::default()
            .with_title("GymLog")
            .with_app_id("gymlog")
            .with_icon(Arc::new(window_icon()))
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "GymLog",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            let dialog = Arc::new(RfdFileDialog::default());
            let env = AppEnv {
                clock: Arc::new(SystemClock),
                dialog: dialog.clone(),
                wake: Arc::new(|| {}),
                runner: Runner::Thread,
                chime: Arc::new(SystemChime),
                system_locale: crate::i18n::language::system_locale(),
            };
            let mut app = GymLogApp::new(cc, boot, env)?;
            app.native_dialog = Some(dialog);
            app.probe = probe::Probe::from_env();
            app.trace = trace::UiTrace::from_env();
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| {
        // Said in the system's language: the window that would have the lifter's choice is not open.
        let i18n = crate::i18n::I18n::for_choice(crate::i18n::LanguageChoice::System);
        anyhow!(i18n.f("shell-window-failed", &[("detail", e.to_string().into())]))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_is_gymlogs_256_pixel_png() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        let opaque = icon.rgba.chunks(4).filter(|p| p[3] == 255).count();
        assert!(opaque > 256 * 256 / 2, "mostly opaque, with transparent rounded corners: {opaque}");
        assert_eq!(icon.rgba[3], 0, "the corner is transparent");
    }
}

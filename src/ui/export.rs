//! The export panel: the path field (prefilled, always usable), Browse… for the native save
//! dialog, Export, and progress while the export runs.

use std::path::PathBuf;

use crate::app::{Action, AppState};

pub fn show(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    if !state.export.visible {
        return;
    }
    let mut open = true;
    egui::Window::new("Export backup")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(520.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            ui.label("Every workout you have logged goes into one Parquet file.");
            if let Some(warning) = state.in_progress_warning() {
                ui.colored_label(ui.visuals().warn_fg_color, warning);
            }
            ui.add_space(6.0);
            let busy = state.export.running();
            ui.horizontal(|ui| {
                let label = ui.label("Save to:");
                ui.add_enabled(!busy, egui::TextEdit::singleline(&mut state.export.path_text).desired_width(340.0))
                    .labelled_by(label.id);
                let browse = egui::Button::new("Browse…");
                if ui.add_enabled(!busy && !state.export.dialog_open(), browse).clicked() {
                    actions.push(Action::BrowseExportPath);
                }
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let path = state.export.path_text.trim();
                let ready = !busy && !path.is_empty();
                if ui.add_enabled(ready, egui::Button::new("Export")).clicked() {
                    actions.push(Action::ExportTo(PathBuf::from(path)));
                }
                if busy {
                    ui.spinner();
                    ui.label("Exporting…");
                } else if state.export.dialog_open() {
                    ui.spinner();
                    ui.label("Waiting for the save dialog…");
                }
            });
            if let Some(status) = &state.export.status {
                ui.add_space(4.0);
                ui.label(status);
            }
        });
    if !open {
        actions.push(Action::CloseExport);
    }
}

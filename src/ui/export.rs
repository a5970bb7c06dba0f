//! The export panel: the path field (prefilled, always usable), Browse… for the native save
//! dialog, Export, and progress while the export runs.

use std::path::PathBuf;

use crate::app::{Action, AppState, ExportFormat};

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let panel = state.export();
    if !panel.visible {
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
            let busy = state.is_exporting();
            for format in [ExportFormat::Backup, ExportFormat::Csv] {
                if ui.add_enabled(!busy, egui::RadioButton::new(panel.format == format, format.label())).clicked() {
                    actions.push(Action::SetExportFormat(format));
                }
            }
            match panel.format {
                ExportFormat::Backup => {
                    ui.label("Every workout you have logged goes into one Parquet file, checked before it counts.");
                    if let Some(warning) = state.in_progress_warning() {
                        ui.colored_label(ui.visuals().warn_fg_color, warning);
                    }
                }
                ExportFormat::Csv => {
                    ui.label("One row per set of every saved workout. A CSV is not a backup: the reminder stays.");
                }
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label("Save to:");
                let mut path = panel.path_text.clone();
                let field = egui::TextEdit::singleline(&mut path).desired_width(340.0);
                if ui.add_enabled(!busy, field).labelled_by(label.id).changed() {
                    actions.push(Action::SetExportPath(path));
                }
                if ui.add_enabled(!busy && !state.dialog_open(), egui::Button::new("Browse…")).clicked() {
                    actions.push(Action::BrowseExportPath);
                }
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let path = panel.path_text.trim();
                // The history's start-up read limits DuckDB's memory (`app/jobs.rs`).
                let loading = state.is_loading();
                let export = ui.add_enabled(!busy && !loading && !path.is_empty(), egui::Button::new("Export"));
                if export.clicked() {
                    actions.push(Action::ExportTo(PathBuf::from(path)));
                }
                if busy {
                    ui.spinner();
                    ui.label("Exporting…");
                } else if loading {
                    ui.label("Your history is still loading: the export can start once it is on screen.");
                } else if state.dialog_open() {
                    ui.spinner();
                    ui.label("Waiting for the save dialog…");
                }
            });
            if let Some(status) = &panel.status {
                ui.add_space(4.0);
                ui.label(status);
            }
        });
    if !open {
        actions.push(Action::CloseExport);
    }
}

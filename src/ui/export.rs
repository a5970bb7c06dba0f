//! The export panel: the path field (prefilled, always usable), Browse… for the native save
//! dialog, Export, and progress while the export runs.

use std::path::PathBuf;

use crate::app::{Action, AppState, ExportFormat};

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let panel = state.export();
    if !panel.visible {
        return;
    }
    let i18n = state.i18n();
    let mut open = true;
    egui::Window::new(i18n.t("backup-export-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(520.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            let busy = state.is_exporting();
            for format in [ExportFormat::Backup, ExportFormat::Csv] {
                if ui
                    .add_enabled(!busy, egui::RadioButton::new(panel.format == format, i18n.t(format.label_id())))
                    .clicked()
                {
                    actions.push(Action::SetExportFormat(format));
                }
            }
            match panel.format {
                ExportFormat::Backup => {
                    ui.label(i18n.t("backup-export-backup-intro"));
                    if let Some(warning) = state.in_progress_warning() {
                        ui.colored_label(ui.visuals().warn_fg_color, warning);
                    }
                }
                ExportFormat::Csv => {
                    ui.label(i18n.t("backup-export-csv-intro"));
                }
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label(i18n.t("backup-save-to"));
                let mut path = panel.path_text.clone();
                let field = egui::TextEdit::singleline(&mut path).desired_width(340.0);
                if ui.add_enabled(!busy, field).labelled_by(label.id).changed() {
                    actions.push(Action::SetExportPath(path));
                }
                if ui.add_enabled(!busy && !state.dialog_open(), egui::Button::new(i18n.t("backup-browse"))).clicked() {
                    actions.push(Action::BrowseExportPath);
                }
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let path = panel.path_text.trim();
                // The history's start-up read limits DuckDB's memory (`app/jobs.rs`).
                let loading = state.is_loading();
                let export =
                    ui.add_enabled(!busy && !loading && !path.is_empty(), egui::Button::new(i18n.t("backup-export")));
                if export.clicked() {
                    actions.push(Action::ExportTo(PathBuf::from(path)));
                }
                if busy {
                    ui.spinner();
                    ui.label(i18n.t("backup-exporting"));
                } else if loading {
                    ui.label(i18n.t("backup-export-loading"));
                } else if state.dialog_open() {
                    ui.spinner();
                    ui.label(i18n.t("backup-waiting-save-dialog"));
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

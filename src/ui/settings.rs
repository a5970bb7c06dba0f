//! Settings: weight unit, backup reminder threshold, where the data lives, export.

use crate::app::{Action, AppState};
use crate::domain::units::WeightUnit;

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.heading("Settings");
    ui.horizontal(|ui| {
        ui.label("Weight unit:");
        for unit in [WeightUnit::Kg, WeightUnit::Lb] {
            if ui.selectable_label(state.prefs.unit == unit, unit.as_str()).clicked() {
                actions.push(Action::SetUnit(unit));
            }
        }
    });
    ui.add_space(8.0);
    ui.heading("Backup");
    let mut threshold = state.backup.threshold;
    ui.horizontal(|ui| {
        let label = ui.label("Remind me after this many workouts without a backup:");
        if ui.add(egui::DragValue::new(&mut threshold).range(1..=100)).labelled_by(label.id).changed() {
            actions.push(Action::SetReminderThreshold(threshold));
        }
    });
    let last = state
        .backup
        .last_backup_date
        .map(|d| d.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| "never".into());
    ui.label(format!("Workouts since the last backup: {} (last backup: {last})", state.backup.workouts_since_backup));
    if ui.add_enabled(!state.export.running(), egui::Button::new("Export backup now…")).clicked() {
        actions.push(Action::OpenExport);
    }
    ui.add_space(8.0);
    ui.heading("Where your data lives");
    ui.label(format!("Database: {}", state.paths.store_file().display()));
    ui.label(format!("Backup state: {}", state.paths.backup_state_file().display()));
}

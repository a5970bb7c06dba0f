//! The restore panel: the path field (always usable) with Browse…, Check (a dry run that says
//! what a restore would do), then "Restore N events" after the lifter has read that, progress
//! while it runs, and the outcome.

use std::path::PathBuf;

use super::widgets::count;
use crate::app::{Action, AppState, RestorePhase};

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let panel = state.restore();
    if !panel.visible {
        return;
    }
    let mut open = true;
    egui::Window::new("Restore from backup")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(560.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            ui.label(
                "A restore adds the backup's events that this database does not have. \
                 Nothing you logged here is changed or removed.",
            );
            let busy = matches!(panel.phase, RestorePhase::Checking | RestorePhase::Restoring);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label("Backup file:");
                let mut path = panel.path_text.clone();
                let field = egui::TextEdit::singleline(&mut path).desired_width(340.0);
                if ui.add_enabled(!busy, field).labelled_by(label.id).changed() {
                    actions.push(Action::SetRestorePath(path));
                }
                if ui.add_enabled(!busy && !state.dialog_open(), egui::Button::new("Browse…")).clicked() {
                    actions.push(Action::BrowseRestorePath);
                }
                let typed = panel.path_text.trim();
                if ui.add_enabled(!busy && !typed.is_empty(), egui::Button::new("Check")).clicked() {
                    actions.push(Action::CheckRestore(PathBuf::from(typed)));
                }
            });
            ui.add_space(6.0);
            match &panel.phase {
                RestorePhase::Idle if state.dialog_open() => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label("Waiting for the file dialog…");
                    });
                }
                RestorePhase::Idle => {}
                RestorePhase::Checking => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label("Checking the backup: every value, its checksum, every event…");
                    });
                }
                RestorePhase::Checked { report, .. } => {
                    let b = &report.backup;
                    let day = |at: Option<chrono::DateTime<chrono::Utc>>| {
                        at.map_or("—".to_string(), |at| {
                            at.with_timezone(&chrono::Local).format("%Y-%m-%d").to_string()
                        })
                    };
                    ui.label(format!(
                        "The backup is sound: {}, {}, {} to {} (written by GymLog {}).",
                        count(b.events as usize, "event", "events"),
                        count(b.workouts as usize, "saved workout", "saved workouts"),
                        day(b.first_event_at),
                        day(b.last_event_at),
                        b.app_version.as_deref().unwrap_or("?")
                    ));
                    ui.label(format!(
                        "Restoring adds {}; {} already here; {} (your version is kept).",
                        count(report.added as usize, "event", "events"),
                        count(report.already_present as usize, "is", "are"),
                        count(report.conflicts as usize, "conflict", "conflicts")
                    ));
                    if let Some(warning) = state.session().map(|_| "Your workout in progress is not touched.") {
                        ui.label(warning);
                    }
                    ui.horizontal(|ui| {
                        let label = format!("Restore {}", count(report.added as usize, "event", "events"));
                        if ui.add_enabled(report.added > 0, egui::Button::new(label)).clicked() {
                            actions.push(Action::ConfirmRestore);
                        }
                        if ui.button("Cancel").clicked() {
                            actions.push(Action::CloseRestore);
                        }
                    });
                }
                RestorePhase::Restoring => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label("Restoring: adding the events in one transaction…");
                    });
                }
                RestorePhase::Done(report) => {
                    ui.label(format!(
                        "Restored: {} added; the database now holds {}.",
                        count(report.added as usize, "event", "events"),
                        count(report.events_after as usize, "event", "events")
                    ));
                    if ui.button("Close").clicked() {
                        actions.push(Action::CloseRestore);
                    }
                }
                RestorePhase::Failed(reason) => {
                    ui.colored_label(ui.visuals().error_fg_color, reason);
                }
            }
        });
    if !open {
        actions.push(Action::CloseRestore);
    }
}

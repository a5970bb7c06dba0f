//! The restore panel: the path field (always usable) with Browse…, Check (a dry run that says
//! what a restore would do), then "Restore N events" after the lifter has read that, progress
//! while it runs, and the outcome.

use std::path::PathBuf;

use crate::app::{Action, AppState, RestorePhase};

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let panel = state.restore();
    if !panel.visible {
        return;
    }
    let i18n = state.i18n();
    let mut open = true;
    egui::Window::new(i18n.t("backup-restore-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(560.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            ui.label(i18n.t("backup-restore-intro"));
            let busy = matches!(panel.phase, RestorePhase::Checking | RestorePhase::Restoring);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label(i18n.t("backup-restore-file"));
                let mut path = panel.path_text.clone();
                let field = egui::TextEdit::singleline(&mut path).desired_width(340.0);
                if ui.add_enabled(!busy, field).labelled_by(label.id).changed() {
                    actions.push(Action::SetRestorePath(path));
                }
                if ui.add_enabled(!busy && !state.dialog_open(), egui::Button::new(i18n.t("backup-browse"))).clicked() {
                    actions.push(Action::BrowseRestorePath);
                }
                let typed = panel.path_text.trim();
                if ui.add_enabled(!busy && !typed.is_empty(), egui::Button::new(i18n.t("backup-check"))).clicked() {
                    actions.push(Action::CheckRestore(PathBuf::from(typed)));
                }
            });
            ui.add_space(6.0);
            match &panel.phase {
                RestorePhase::Idle if state.dialog_open() => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(i18n.t("backup-waiting-file-dialog"));
                    });
                }
                RestorePhase::Idle => {}
                RestorePhase::Checking => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(i18n.t("backup-checking"));
                    });
                }
                RestorePhase::Checked { report, .. } => {
                    let b = &report.backup;
                    let day = |at: Option<chrono::DateTime<chrono::Utc>>| {
                        at.map_or("—".to_string(), |at| i18n.date(at.with_timezone(&chrono::Local).date_naive()))
                    };
                    let events = |n: u64| i18n.f("backup-count-events", &[("count", n.into())]);
                    let workouts = i18n.f("backup-count-saved-workouts", &[("count", b.workouts.into())]);
                    ui.label(i18n.f(
                        "backup-sound",
                        &[
                            ("events", events(b.events).into()),
                            ("workouts", workouts.into()),
                            ("from", day(b.first_event_at).into()),
                            ("to", day(b.last_event_at).into()),
                            ("version", b.app_version.as_deref().unwrap_or("?").into()),
                        ],
                    ));
                    ui.label(i18n.f(
                        "backup-would-add",
                        &[
                            ("events", events(report.added).into()),
                            ("present", report.already_present.into()),
                            ("conflicts", report.conflicts.into()),
                        ],
                    ));
                    if state.session().is_some() {
                        ui.label(i18n.t("backup-session-untouched"));
                    }
                    ui.horizontal(|ui| {
                        let label = i18n.f("backup-restore-events", &[("events", events(report.added).into())]);
                        if ui.add_enabled(report.added > 0, egui::Button::new(label)).clicked() {
                            actions.push(Action::ConfirmRestore);
                        }
                        if ui.button(i18n.t("backup-cancel")).clicked() {
                            actions.push(Action::CloseRestore);
                        }
                    });
                }
                RestorePhase::Restoring => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(i18n.t("backup-restoring"));
                    });
                }
                RestorePhase::Done(report) => {
                    let events = |n: u64| i18n.f("backup-count-events", &[("count", n.into())]);
                    ui.label(i18n.f(
                        "backup-restored-panel",
                        &[("added", events(report.added).into()), ("total", events(report.events_after).into())],
                    ));
                    if ui.button(i18n.t("backup-close")).clicked() {
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

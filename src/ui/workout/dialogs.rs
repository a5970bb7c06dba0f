//! The live workout's modal questions: a set that looks like a typo, input not in the log at
//! Finish, and the summary before saving (where the workout can also become a routine).

use crate::app::{Action, AppState, Prompt};
use crate::domain::rest_timer::format_clock;
use crate::ui::exercise::{record_label, value_text};
use crate::ui::state::{ConfirmId, UiState};
use crate::ui::theme;

/// The question the app is asking: a set that looks like a typo, or input not in the log at
/// Finish.
pub fn prompt_window(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(prompt) = state.prompt() else { return };
    let i18n = state.i18n();
    egui::Modal::new(egui::Id::unique("prompt")).show(ui.ctx(), |ui| match prompt {
        Prompt::Doubtful { block, row, doubts } => {
            theme::screen_title(ui, i18n.t("workout-check-set"));
            for doubt in doubts {
                ui.label(doubt);
            }
            ui.horizontal(|ui| {
                if ui.button(i18n.t("workout-log-anyway")).clicked() {
                    actions.push(Action::ConfirmSet { block: *block, row: *row });
                }
                if ui.button(i18n.t("workout-let-me-fix")).clicked() {
                    actions.push(Action::ResumeEditing);
                }
            });
        }
        Prompt::PendingInput(pending) => {
            theme::screen_title(ui, i18n.t("workout-not-in-log"));
            let mut parts = Vec::new();
            if pending.typed > 0 {
                parts.push(i18n.f("workout-pending-typed", &[("count", pending.typed.into())]));
            }
            if pending.edited > 0 {
                parts.push(i18n.f("workout-pending-edited", &[("count", pending.edited.into())]));
            }
            let parts = parts.join(i18n.t("workout-list-separator"));
            ui.label(i18n.f("workout-pending", &[("pending", parts.into())]));
            ui.horizontal(|ui| {
                if ui.button(i18n.t("workout-log-and-finish")).clicked() {
                    actions.push(Action::FinishLoggingPending);
                }
                if ui.button(i18n.t("workout-drop-and-finish")).clicked() {
                    actions.push(Action::FinishDroppingPending);
                }
                if ui.button(i18n.t("workout-keep-logging")).clicked() {
                    actions.push(Action::ResumeEditing);
                }
            });
        }
    });
}

pub fn summary_window(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(summary) = state.summary() else { return };
    let unit = state.prefs().unit;
    let i18n = state.i18n();
    // Modal: the set tables behind it cannot be changed while deciding to save.
    egui::Modal::new(egui::Id::unique("workout_summary")).show(ui.ctx(), |ui| {
        theme::screen_title(ui, i18n.t("workout-summary"));
        let duration = format_clock(summary.duration.num_seconds());
        ui.label(i18n.f("workout-summary-duration", &[("duration", duration.into())]));
        ui.label(i18n.f("workout-summary-sets", &[("count", summary.sets.into())]));
        let volume = i18n.amount(unit.from_kg(summary.volume_kg).round());
        ui.label(i18n.f("workout-summary-volume", &[("volume", volume.into()), ("unit", unit.to_string().into())]));
        if summary.records.is_empty() {
            ui.label(i18n.t("workout-no-new-records"));
        } else {
            ui.strong(i18n.f("workout-new-records", &[("count", summary.records.len().into())]));
            for (exercise, beaten) in &summary.records {
                let kind = state.kind_of(exercise);
                let now = value_text(i18n, beaten.kind, beaten.value, kind, unit);
                let was = value_text(i18n, beaten.kind, beaten.previous, kind, unit);
                let args = [
                    ("exercise", i18n.name(exercise).into()),
                    ("record", record_label(i18n, beaten.kind).into()),
                    ("now", now.into()),
                    ("was", was.into()),
                ];
                ui.label(i18n.f("workout-record-line", &args));
            }
        }
        super::super::programs::outcomes(ui, state);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(i18n.t("common-save")).clicked() {
                actions.push(Action::Save);
            }
            if ui.button(i18n.t("workout-keep-logging")).clicked() {
                actions.push(Action::ResumeEditing);
            }
            if ui.button(i18n.t("workout-discard-ask")).clicked() {
                // Back to the workout, where the discard asks for confirmation.
                actions.push(Action::ResumeEditing);
                view.confirming = Some(ConfirmId::DiscardWorkout);
            }
        });
        if let Some(session) = state.session() {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let label = ui.label(i18n.t("workout-save-as-routine"));
                ui.add(
                    egui::TextEdit::singleline(&mut view.routine_name)
                        .hint_text(session.name.clone())
                        .desired_width(160.0),
                )
                .labelled_by(label.id);
                if ui.button(i18n.t("workout-save-routine")).clicked() {
                    let name = std::mem::take(&mut view.routine_name);
                    actions.push(Action::SaveWorkoutAsRoutine { workout_id: session.workout_id, name });
                }
            });
        }
    });
}

//! The live workout's modal questions: a set that looks like a typo, input not in the log at
//! Finish, and the summary before saving (where the workout can also become a routine).

use crate::app::{Action, AppState, Prompt};
use crate::domain::rest_timer::format_clock;
use crate::domain::units::format_amount;
use crate::ui::state::{ConfirmId, UiState};
use crate::ui::theme;

/// The question the app is asking: a set that looks like a typo, or input not in the log at
/// Finish.
pub fn prompt_window(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(prompt) = state.prompt() else { return };
    egui::Modal::new(egui::Id::unique("prompt")).show(ui.ctx(), |ui| match prompt {
        Prompt::Doubtful { block, row, doubts } => {
            theme::screen_title(ui, "Check this set");
            for doubt in doubts {
                ui.label(doubt);
            }
            ui.horizontal(|ui| {
                if ui.button("Log it anyway").clicked() {
                    actions.push(Action::ConfirmSet { block: *block, row: *row });
                }
                if ui.button("Let me fix it").clicked() {
                    actions.push(Action::ResumeEditing);
                }
            });
        }
        Prompt::PendingInput(pending) => {
            theme::screen_title(ui, "Not in your log yet");
            ui.label(format!("{}.", pending.describe()));
            ui.horizontal(|ui| {
                if ui.button("Log them and finish").clicked() {
                    actions.push(Action::FinishLoggingPending);
                }
                if ui.button("Drop them and finish").clicked() {
                    actions.push(Action::FinishDroppingPending);
                }
                if ui.button("Keep logging").clicked() {
                    actions.push(Action::ResumeEditing);
                }
            });
        }
    });
}

pub fn summary_window(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(summary) = state.summary() else { return };
    let unit = state.prefs().unit;
    // Modal: the set tables behind it cannot be changed while deciding to save.
    egui::Modal::new(egui::Id::unique("workout_summary")).show(ui.ctx(), |ui| {
        theme::screen_title(ui, "Workout summary");
        ui.label(format!("Duration: {}", format_clock(summary.duration.num_seconds())));
        ui.label(format!("Sets: {}", summary.sets));
        ui.label(format!("Volume: {} {unit}", format_amount(unit.from_kg(summary.volume_kg).round())));
        if summary.records.is_empty() {
            ui.label("No new records this time.");
        } else {
            ui.strong(format!("New records ({}):", summary.records.len()));
            for (exercise, beaten) in &summary.records {
                let kind = state.kind_of(exercise);
                let now = beaten.kind.value_text(beaten.value, kind, unit);
                let was = beaten.kind.value_text(beaten.previous, kind, unit);
                ui.label(format!("{exercise} — {}: {now} (was {was})", beaten.kind.label()));
            }
        }
        super::super::programs::outcomes(ui, state);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                actions.push(Action::Save);
            }
            if ui.button("Keep logging").clicked() {
                actions.push(Action::ResumeEditing);
            }
            if ui.button("Discard…").clicked() {
                // Back to the workout, where the discard asks for confirmation.
                actions.push(Action::ResumeEditing);
                view.confirming = Some(ConfirmId::DiscardWorkout);
            }
        });
        if let Some(session) = state.session() {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let label = ui.label("Save as a routine named:");
                ui.add(
                    egui::TextEdit::singleline(&mut view.routine_name)
                        .hint_text(session.name.clone())
                        .desired_width(160.0),
                )
                .labelled_by(label.id);
                if ui.button("Save routine").clicked() {
                    let name = std::mem::take(&mut view.routine_name);
                    actions.push(Action::SaveWorkoutAsRoutine { workout_id: session.workout_id, name });
                }
            });
        }
    });
}

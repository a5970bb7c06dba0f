//! The live workout's bar, on top of every screen while a workout runs: its name and clock,
//! sets logged, the rest timer (which alerts wherever the lifter is), "Add exercise" and
//! Finish — so none of them scrolls away in a long workout.

use egui::RichText;

use crate::app::{Action, AppState, Screen};
use crate::domain::rest_timer::format_clock;
use crate::ui::state::UiState;

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(session) = state.session() else { return };
    let elapsed = (state.now() - session.started_at).num_seconds();
    ui.horizontal(|ui| {
        let title = if session.name.is_empty() { "Workout" } else { session.name.as_str() };
        ui.heading(title);
        ui.label(RichText::new(format_clock(elapsed)).monospace());
        let sets = session.logged_sets();
        ui.label(format!("{sets} {} logged", if sets == 1 { "set" } else { "sets" }));
        ui.separator();
        rest_timer(ui, state, view, actions);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Finish").clicked() {
                actions.push(Action::Show(Screen::Workout));
                actions.push(Action::Finish);
            }
            if ui.button("Add exercise…").clicked() {
                actions.push(Action::Show(Screen::Workout));
                view.focus_picker = true;
            }
        });
    });
    // The workout clock ticks; nothing else needs a repaint.
    ui.ctx().request_repaint_after(std::time::Duration::from_millis(500));
}

/// The rest left, ±15 s and Skip; at zero the window asks for attention, once per rest.
fn rest_timer(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(rest) = state.rest() else { return };
    let left = rest.remaining_seconds(state.now());
    if left > 0 {
        ui.label(RichText::new(format!("Rest {}", format_clock(left))).size(18.0).strong());
    } else {
        ui.label(RichText::new("Rest over — next set!").size(18.0).strong().color(ui.visuals().warn_fg_color));
        if view.rest_alerted != Some(rest.started_at) {
            view.rest_alerted = Some(rest.started_at);
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(egui::UserAttentionType::Informational));
        }
    }
    for (text, action) in
        [("-15 s", Action::AdjustRest(-1)), ("+15 s", Action::AdjustRest(1)), ("Skip rest", Action::SkipRest)]
    {
        if ui.button(text).clicked() {
            actions.push(action);
        }
    }
}

//! The live workout's bar, on top of every screen while a workout runs: its name and clock,
//! sets logged, the rest timer (which alerts wherever the lifter is), "Add exercise" and
//! Finish — so none of them scrolls away in a long workout.

use egui::RichText;

use crate::app::{Action, AppState, Screen};
use crate::domain::rest_timer::format_clock;
use crate::ui::state::UiState;
use crate::ui::widgets::name;
use crate::ui::{icons, theme};

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(session) = state.session() else { return };
    let elapsed = (state.now() - session.started_at).num_seconds();
    let i18n = state.i18n();
    ui.horizontal(|ui| {
        let title = if session.name.is_empty() { i18n.t("workout-untitled") } else { session.name.as_str() };
        ui.label(RichText::new(title).text_style(theme::text::section()).strong());
        ui.label(theme::number(format_clock(elapsed)).color(theme::palette(ui).muted));
        let sets = session.logged_sets();
        ui.label(i18n.f("workout-sets-logged", &[("count", sets.into())]));
        ui.separator();
        rest_timer(ui, state, view, actions);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let finish = theme::primary_button(ui, icons::with_icon(icons::DONE, i18n.t("workout-finish")));
            name(ui, &finish, i18n.t("workout-finish"));
            if finish.clicked() {
                actions.push(Action::Show(Screen::Workout));
                actions.push(Action::Finish);
            }
            let add = icons::button(ui, icons::ADD, i18n.t("workout-add-exercise-bar"));
            if add.clicked() {
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
    let i18n = state.i18n();
    let palette = theme::palette(ui);
    // Read from across the room: the rest left in large tabular figures, in the accent colour.
    if left > 0 {
        // One label, "Rest 2:58", its figures large.
        let mut rest = egui::text::LayoutJob::default();
        let style = ui.style();
        let format = |text_style: egui::TextStyle| egui::TextFormat {
            font_id: text_style.resolve(style),
            color: palette.accent,
            valign: egui::Align::Center,
            ..Default::default()
        };
        rest.append(&format!("{} ", i18n.t("workout-rest")), 0.0, format(theme::text::section()));
        rest.append(&format_clock(left), 0.0, format(theme::text::big_number()));
        ui.label(rest);
    } else {
        let text = RichText::new(i18n.t("workout-rest-over")).text_style(theme::text::section()).strong();
        ui.label(text.color(palette.warning));
        if view.rest_alerted != Some(rest.started_at) {
            view.rest_alerted = Some(rest.started_at);
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(egui::UserAttentionType::Informational));
        }
    }
    let buttons = [
        ("workout-rest-minus", Action::AdjustRest(-1)),
        ("workout-rest-plus", Action::AdjustRest(1)),
        ("workout-skip-rest", Action::SkipRest),
    ];
    for (id, action) in buttons {
        if ui.button(i18n.t(id)).clicked() {
            actions.push(action);
        }
    }
}

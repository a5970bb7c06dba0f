//! Bodyweight: a quick weigh-in on the start screen, and the Body page: the weigh-in form
//! (weight and day), a chart over time and every entry (removable), then the body measurements
//! (`measurements.rs`). Amounts follow the unit setting.

use super::state::UiState;
use super::theme;
use super::widgets::name;
use crate::app::{Action, AppState};

/// The weigh-in field and the latest entry.
pub fn quick_entry(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let unit = state.prefs().unit;
    let i18n = state.i18n();
    ui.horizontal(|ui| {
        let label = ui.label(i18n.f("body-bodyweight-field", &[("unit", unit.as_str().into())]));
        let field =
            ui.add(egui::TextEdit::singleline(&mut view.bodyweight.weight).desired_width(60.0)).labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(i18n.t("body-log-bodyweight")).clicked() || enter) && !view.bodyweight.weight.trim().is_empty() {
            actions.push(Action::LogBodyweight {
                weight: std::mem::take(&mut view.bodyweight.weight),
                day: String::new(),
            });
        }
        if let Some(last) = state.history().bodyweight().last() {
            let day = i18n.date(last.at.with_timezone(&chrono::Local).date_naive());
            let weight = i18n.amount(last.weight.in_unit(unit));
            let text =
                i18n.f("body-last", &[("weight", weight.into()), ("unit", unit.as_str().into()), ("day", day.into())]);
            ui.label(egui::RichText::new(text).weak());
        }
    });
}

/// The Body page: bodyweight, then measurements.
pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    theme::screen_title(ui, state.i18n().t("screen-body"));
    weigh_ins(ui, state, view, actions);
    super::measurements::show(ui, state, &mut view.measure, actions);
}

fn weigh_ins(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let unit = state.prefs().unit;
    let i18n = state.i18n();
    theme::section(ui, i18n.t("body-bodyweight"));
    ui.horizontal(|ui| {
        let label = ui.label(i18n.f("body-weight-field", &[("unit", unit.as_str().into())]));
        ui.add(egui::TextEdit::singleline(&mut view.bodyweight.weight).desired_width(60.0)).labelled_by(label.id);
        let label = ui.label(i18n.t("body-day"));
        let day =
            egui::TextEdit::singleline(&mut view.bodyweight.day).hint_text(i18n.t("body-today")).desired_width(100.0);
        ui.add(day).labelled_by(label.id).on_hover_text(i18n.t("body-day-hover"));
        if ui.button(i18n.t("body-log-bodyweight")).clicked() {
            let form = std::mem::take(&mut view.bodyweight);
            actions.push(Action::LogBodyweight { weight: form.weight, day: form.day });
        }
    });
    let entries = state.history().bodyweight();
    if entries.is_empty() {
        super::empty::show(ui, super::icons::BODYWEIGHT, i18n.t("body-no-weigh-ins"), i18n.t("body-no-weigh-ins-hint"));
        return;
    }
    let points: Vec<[f64; 2]> =
        entries.iter().map(|e| [e.at.timestamp() as f64 / 86_400.0, e.weight.in_unit(unit)]).collect();
    super::charts::date_chart(
        ui,
        "bodyweight",
        &i18n.f("body-bodyweight-chart", &[("unit", unit.as_str().into())]),
        points,
        180.0,
    );
    // Years of weekly weigh-ins: only the visible rows are drawn.
    let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    let scroll =
        egui::ScrollArea::vertical().max_height(150.0).id_salt("bodyweight_entries").auto_shrink([false, true]);
    scroll.show_rows(ui, row_height, entries.len(), |ui, rows| {
        for entry in rows.map(|i| &entries[entries.len() - 1 - i]) {
            ui.horizontal(|ui| {
                let day = i18n.weekday_date(entry.at.with_timezone(&chrono::Local).date_naive());
                ui.add_sized([110.0, row_height - 4.0], egui::Label::new(day.as_str()));
                ui.add_sized(
                    [70.0, row_height - 4.0],
                    egui::Label::new(format!("{} {unit}", i18n.amount(entry.weight.in_unit(unit)))),
                );
                let remove = ui.small_button(i18n.t("body-remove"));
                name(ui, &remove, &i18n.f("body-remove-weigh-in", &[("day", day.into())]));
                if remove.clicked() {
                    actions.push(Action::RemoveBodyweight(entry.id));
                }
            });
        }
    });
}

//! The measurements part of the Body screen: the form (what is measured — left or right where
//! it matters, or a name of one's own —, the value, cm or in, the day), a card per measurement
//! with its latest value and its change over 30 and 90 days, the chart of the one chosen and
//! its entries, each correctable and removable, with an undo of the last removal.

use egui::RichText;

use super::state::MeasureForm;
use super::theme;
use super::widgets::name;
use crate::app::{Action, AppState, MeasureAction};
use crate::domain::measurement::log::MeasurementLog;
use crate::domain::measurement::{MeasureUnit, Side, Site};
use crate::i18n::I18n;

/// The sites the picker offers, one per kind (a sided one by its left side), then the
/// lifter's own names, then a new name of their own.
fn choices(state: &AppState, log: &MeasurementLog) -> Vec<(String, Site)> {
    let mut all: Vec<(String, Site)> = Site::built_in()
        .into_iter()
        .filter(|s| s.side() != Some(Side::Right))
        .map(|s| (state.measurement_kind(&s).to_string(), s))
        .collect();
    all.extend(log.custom_names().into_iter().map(|n| (n.clone(), Site::Custom(n))));
    all.push((state.i18n().t("body-own").to_string(), Site::Custom(String::new())));
    all
}

fn same_kind(a: &Site, b: &Site) -> bool {
    a.key() == b.key() && a.custom_name() == b.custom_name()
}

fn with_side(site: &Site, side: Side) -> Site {
    match site {
        Site::Arm(_) => Site::Arm(side),
        Site::Forearm(_) => Site::Forearm(side),
        Site::Thigh(_) => Site::Thigh(side),
        Site::Calf(_) => Site::Calf(side),
        other => other.clone(),
    }
}

/// The section.
pub fn show(ui: &mut egui::Ui, state: &AppState, form: &mut MeasureForm, actions: &mut Vec<Action>) {
    let log = state.history().measurements();
    let length = form.unit.unwrap_or_else(|| MeasureUnit::length_for(state.prefs().unit));
    let i18n = state.i18n();
    ui.add_space(theme::SECTION_GAP);
    theme::section(ui, i18n.t("body-measurements"));
    entry_form(ui, state, log, length, form, actions);
    if let Some((entry, what)) = form.removed.clone() {
        ui.horizontal(|ui| {
            let text = i18n.f("body-removed", &[("what", what.into())]);
            ui.label(RichText::new(text).color(theme::palette(ui).muted));
            if ui.button(i18n.t("body-undo-remove")).clicked() {
                actions.push(Action::Measure(MeasureAction::UndoRemove(entry)));
                form.removed = None;
            }
        });
    }
    let sites = log.sites();
    if sites.is_empty() {
        super::empty::show(
            ui,
            super::icons::MEASUREMENT,
            i18n.t("body-no-measurements"),
            i18n.t("body-no-measurements-hint"),
        );
        return;
    }
    let charted = form.charted.clone().filter(|s| sites.contains(s)).unwrap_or_else(|| sites[0].clone());
    summary_cards(ui, state, log, &sites, &charted, length, form);
    chart_and_entries(ui, state, log, &charted, length, form, actions);
}

fn entry_form(
    ui: &mut egui::Ui,
    state: &AppState,
    log: &MeasurementLog,
    length: MeasureUnit,
    form: &mut MeasureForm,
    actions: &mut Vec<Action>,
) {
    let i18n = state.i18n();
    ui.horizontal_wrapped(|ui| {
        ui.label(i18n.t("body-measure"));
        let combo = egui::ComboBox::from_id_salt("measurement_site")
            .height(480.0)
            .selected_text(state.measurement_kind(&form.site))
            .show_ui(ui, |ui| {
                for (text, site) in choices(state, log) {
                    let chosen = same_kind(&form.site, &site);
                    if ui.selectable_label(chosen, text).clicked() && !chosen {
                        let side = form.site.side().unwrap_or(Side::Left);
                        form.site = with_side(&site, side);
                    }
                }
            });
        name(ui, &combo.response, i18n.t("body-measurement"));
        if let Some(side) = form.site.side() {
            for (s, text) in [(Side::Left, "body-left"), (Side::Right, "body-right")] {
                if ui.selectable_label(side == s, i18n.t(text)).clicked() {
                    form.site = with_side(&form.site, s);
                }
            }
        }
        if form.site.custom_name() == Some("") {
            let label = ui.label(i18n.t("body-name"));
            let field =
                egui::TextEdit::singleline(&mut form.own_name).hint_text(i18n.t("body-name-hint")).desired_width(110.0);
            ui.add(field).labelled_by(label.id);
        }
        let unit = form.site.unit_for(length);
        let label = ui.label(i18n.f("body-value", &[("unit", unit.as_str().into())]));
        ui.add(egui::TextEdit::singleline(&mut form.value).desired_width(60.0)).labelled_by(label.id);
        if !form.site.is_percent() {
            for u in [MeasureUnit::Cm, MeasureUnit::In] {
                let chip = ui.selectable_label(length == u, u.as_str());
                name(ui, &chip, &i18n.f("body-measure-in", &[("unit", u.as_str().into())]));
                if chip.clicked() {
                    form.unit = Some(u);
                }
            }
        }
        let label = ui.label(i18n.t("body-day"));
        let day = egui::TextEdit::singleline(&mut form.day).hint_text(i18n.t("body-today")).desired_width(100.0);
        ui.add(day).labelled_by(label.id).on_hover_text(i18n.t("body-day-hover"));
        if ui.button(i18n.t("body-log-measurement")).clicked() {
            let site = match &form.site {
                Site::Custom(n) if n.is_empty() => Site::named(&form.own_name).unwrap_or(Site::Custom(String::new())),
                site => site.clone(),
            };
            let value = std::mem::take(&mut form.value);
            let day = std::mem::take(&mut form.day);
            form.charted = Some(site.clone());
            actions.push(Action::Measure(MeasureAction::Log { site, value, unit, day }));
        }
    });
}

fn change_text(i18n: &I18n, change: Option<f64>, unit: MeasureUnit) -> String {
    match change {
        Some(c) if c.abs() < 0.05 => format!("±0 {unit}"),
        Some(c) => {
            format!("{}{} {unit}", if c > 0.0 { "+" } else { "−" }, i18n.amount((c.abs() * 10.0).round() / 10.0))
        }
        None => "–".to_string(),
    }
}

fn summary_cards(
    ui: &mut egui::Ui,
    state: &AppState,
    log: &MeasurementLog,
    sites: &[Site],
    charted: &Site,
    length: MeasureUnit,
    form: &mut MeasureForm,
) {
    let i18n = state.i18n();
    ui.horizontal_wrapped(|ui| {
        for site in sites {
            let Some(trend) = log.trend(site, &[30, 90]) else { continue };
            let unit = site.unit_for(length);
            let latest = i18n.localise_number(trend.latest.reading.shown(unit));
            let label = state.measurement_name(site);
            // Changes in the display unit: the trend's are in the latest entry's own unit.
            let factor = trend.latest.reading.unit;
            let shown = |c: Option<f64>| {
                let change = c.map(|c| crate::domain::measurement::Reading::new(c, factor).in_unit(unit));
                change_text(i18n, change, unit)
            };
            let (d30, d90) = (shown(trend.changes[0].1), shown(trend.changes[1].1));
            theme::card(ui).show(ui, |ui| {
                ui.set_width(theme::RECORD_CARD_WIDTH);
                ui.vertical(|ui| {
                    let title = ui.selectable_label(site == charted, RichText::new(label).strong());
                    name(ui, &title, &i18n.f("body-chart-site", &[("site", label.into())]));
                    if title.clicked() {
                        form.charted = Some(site.clone());
                    }
                    let value = ui.label(theme::number(latest.clone()).text_style(theme::text::big_number()));
                    super::widgets::describe(ui, &value, &format!("{label}: {latest}"));
                    theme::hint(ui, i18n.f("body-changes", &[("d30", d30.into()), ("d90", d90.into())]));
                });
            });
        }
    });
}

fn chart_and_entries(
    ui: &mut egui::Ui,
    state: &AppState,
    log: &MeasurementLog,
    site: &Site,
    length: MeasureUnit,
    form: &mut MeasureForm,
    actions: &mut Vec<Action>,
) {
    let i18n = state.i18n();
    let unit = site.unit_for(length);
    let label = state.measurement_name(site);
    ui.add_space(theme::GAP);
    theme::section(ui, i18n.f("body-over-time", &[("site", label.into())]));
    let points: Vec<[f64; 2]> =
        log.of_site(site).map(|e| [e.at.timestamp() as f64 / 86_400.0, e.reading.in_unit(unit)]).collect();
    super::charts::date_chart(ui, "measurement_chart", &format!("{label} ({unit})"), points, 200.0);
    let entries: Vec<_> = log.of_site(site).rev().collect();
    let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    let scroll =
        egui::ScrollArea::vertical().max_height(240.0).id_salt("measurement_entries").auto_shrink([false, true]);
    scroll.show_rows(ui, row_height, entries.len(), |ui, rows| {
        for entry in rows.map(|i| entries[i]) {
            ui.horizontal(|ui| {
                let day = i18n.weekday_date(entry.at.with_timezone(&chrono::Local).date_naive());
                ui.add_sized([110.0, row_height - 4.0], egui::Label::new(day.clone()));
                match form.correcting.as_mut().filter(|(id, _)| *id == entry.id) {
                    Some((_, text)) => {
                        let field = ui.add(egui::TextEdit::singleline(text).desired_width(60.0));
                        let args =
                            [("site", label.into()), ("day", day.as_str().into()), ("unit", unit.as_str().into())];
                        name(ui, &field, &i18n.f("body-corrected-field", &args));
                        let save = ui.small_button(i18n.t("body-save"));
                        name(ui, &save, &i18n.f("body-save-correction", &[("day", day.as_str().into())]));
                        if save.clicked() {
                            if let Some((entry, value)) = form.correcting.take() {
                                actions.push(Action::Measure(MeasureAction::Correct { entry, value, unit }));
                            }
                        } else if ui.small_button(i18n.t("body-cancel")).clicked() {
                            form.correcting = None;
                        }
                    }
                    None => {
                        let shown = i18n.localise_number(entry.reading.shown(unit));
                        ui.add_sized([80.0, row_height - 4.0], egui::Label::new(shown.as_str()));
                        let what = [("site", label.into()), ("day", day.as_str().into())];
                        let correct = ui.small_button(i18n.t("body-correct"));
                        name(ui, &correct, &i18n.f("body-correct-entry", &what));
                        if correct.clicked() {
                            let value = i18n.amount((entry.reading.in_unit(unit) * 10.0).round() / 10.0);
                            form.correcting = Some((entry.id, value));
                        }
                        let remove = ui.small_button(i18n.t("body-remove"));
                        name(ui, &remove, &i18n.f("body-remove-entry", &what));
                        if remove.clicked() {
                            actions.push(Action::Measure(MeasureAction::Remove(entry.id)));
                            let args = [("site", label.into()), ("value", shown.as_str().into()), ("day", day.into())];
                            form.removed = Some((entry.id, i18n.f("body-removed-what", &args)));
                        }
                    }
                }
            });
        }
    });
}

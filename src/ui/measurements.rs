//! The measurements part of the Body screen: the form (what is measured — left or right where
//! it matters, or a name of one's own —, the value, cm or in, the day), a card per measurement
//! with its latest value and its change over 30 and 90 days, the chart of the one chosen and
//! its entries, each correctable and removable, with an undo of the last removal.

use egui::RichText;

use super::state::MeasureForm;
use super::theme;
use super::widgets::{local_date, name};
use crate::app::{Action, AppState, MeasureAction};
use crate::domain::measurement::log::MeasurementLog;
use crate::domain::measurement::{MeasureUnit, Side, Site};
use crate::domain::units::format_amount;

/// The sites the picker offers, one per kind (a sided one by its left side), then the
/// lifter's own names, then a new name of their own.
fn choices(log: &MeasurementLog) -> Vec<(String, Site)> {
    let mut all: Vec<(String, Site)> =
        Site::built_in().into_iter().filter(|s| s.side() != Some(Side::Right)).map(|s| (kind_label(&s), s)).collect();
    all.extend(log.custom_names().into_iter().map(|n| (n.clone(), Site::Custom(n))));
    all.push(("Your own…".to_string(), Site::Custom(String::new())));
    all
}

/// A site without its side: `Arm`, `Waist`.
fn kind_label(site: &Site) -> String {
    match site.side() {
        Some(_) => {
            let label = site.label();
            let base = label.split_once(' ').map_or(label.as_str(), |(_, b)| b);
            let mut chars = base.chars();
            chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
        }
        None if site.custom_name() == Some("") => "Your own…".to_string(),
        None => site.label(),
    }
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
    ui.add_space(theme::SECTION_GAP);
    theme::section(ui, "Measurements");
    entry_form(ui, log, length, form, actions);
    if let Some((entry, what)) = form.removed.clone() {
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("Removed {what}.")).color(theme::palette(ui).muted));
            if ui.button("Undo remove").clicked() {
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
            "No measurements yet",
            "Log a girth (waist, arms, thighs …) or your body fat above: each gets a chart and its change over 30 and 90 days.",
        );
        return;
    }
    let charted = form.charted.clone().filter(|s| sites.contains(s)).unwrap_or_else(|| sites[0].clone());
    summary_cards(ui, log, &sites, &charted, length, form);
    chart_and_entries(ui, log, &charted, length, form, actions);
}

fn entry_form(
    ui: &mut egui::Ui,
    log: &MeasurementLog,
    length: MeasureUnit,
    form: &mut MeasureForm,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Measure:");
        let combo = egui::ComboBox::from_id_salt("measurement_site")
            .height(480.0)
            .selected_text(kind_label(&form.site))
            .show_ui(ui, |ui| {
                for (text, site) in choices(log) {
                    let chosen = same_kind(&form.site, &site);
                    if ui.selectable_label(chosen, text).clicked() && !chosen {
                        let side = form.site.side().unwrap_or(Side::Left);
                        form.site = with_side(&site, side);
                    }
                }
            });
        name(ui, &combo.response, "Measurement");
        if let Some(side) = form.site.side() {
            for (s, text) in [(Side::Left, "Left"), (Side::Right, "Right")] {
                if ui.selectable_label(side == s, text).clicked() {
                    form.site = with_side(&form.site, s);
                }
            }
        }
        if form.site.custom_name() == Some("") {
            let label = ui.label("Name:");
            let field =
                egui::TextEdit::singleline(&mut form.own_name).hint_text("wrist, glutes …").desired_width(110.0);
            ui.add(field).labelled_by(label.id);
        }
        let unit = form.site.unit_for(length);
        let label = ui.label(format!("Value ({unit}):"));
        ui.add(egui::TextEdit::singleline(&mut form.value).desired_width(60.0)).labelled_by(label.id);
        if !form.site.is_percent() {
            for u in [MeasureUnit::Cm, MeasureUnit::In] {
                let chip = ui.selectable_label(length == u, u.as_str());
                name(ui, &chip, &format!("Measure in {u}"));
                if chip.clicked() {
                    form.unit = Some(u);
                }
            }
        }
        let label = ui.label("Day:");
        let day = egui::TextEdit::singleline(&mut form.day).hint_text("today").desired_width(100.0);
        ui.add(day).labelled_by(label.id).on_hover_text("Empty for today, or a past day as YYYY-MM-DD");
        if ui.button("Log measurement").clicked() {
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

fn change_text(change: Option<f64>, unit: MeasureUnit) -> String {
    match change {
        Some(c) if c.abs() < 0.05 => format!("±0 {unit}"),
        Some(c) => {
            format!("{}{} {unit}", if c > 0.0 { "+" } else { "−" }, format_amount((c.abs() * 10.0).round() / 10.0))
        }
        None => "–".to_string(),
    }
}

fn summary_cards(
    ui: &mut egui::Ui,
    log: &MeasurementLog,
    sites: &[Site],
    charted: &Site,
    length: MeasureUnit,
    form: &mut MeasureForm,
) {
    ui.horizontal_wrapped(|ui| {
        for site in sites {
            let Some(trend) = log.trend(site, &[30, 90]) else { continue };
            let unit = site.unit_for(length);
            let latest = trend.latest.reading.shown(unit);
            // Changes in the display unit: the trend's are in the latest entry's own unit.
            let factor = trend.latest.reading.unit;
            let shown = |c: Option<f64>| {
                change_text(c.map(|c| crate::domain::measurement::Reading::new(c, factor).in_unit(unit)), unit)
            };
            let (d30, d90) = (shown(trend.changes[0].1), shown(trend.changes[1].1));
            theme::card(ui).show(ui, |ui| {
                ui.set_width(theme::RECORD_CARD_WIDTH);
                ui.vertical(|ui| {
                    let title = ui.selectable_label(site == charted, RichText::new(site.label()).strong());
                    name(ui, &title, &format!("Chart {}", site.label()));
                    if title.clicked() {
                        form.charted = Some(site.clone());
                    }
                    let value = ui.label(theme::number(latest.clone()).text_style(theme::text::big_number()));
                    super::widgets::describe(ui, &value, &format!("{}: {latest}", site.label()));
                    theme::hint(ui, format!("30 d: {d30} · 90 d: {d90}"));
                });
            });
        }
    });
}

fn chart_and_entries(
    ui: &mut egui::Ui,
    log: &MeasurementLog,
    site: &Site,
    length: MeasureUnit,
    form: &mut MeasureForm,
    actions: &mut Vec<Action>,
) {
    let unit = site.unit_for(length);
    let label = site.label();
    ui.add_space(theme::GAP);
    theme::section(ui, format!("{label} over time"));
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
                let day = local_date(entry.at, "%a %Y-%m-%d");
                ui.add_sized([110.0, row_height - 4.0], egui::Label::new(day.clone()));
                match form.correcting.as_mut().filter(|(id, _)| *id == entry.id) {
                    Some((_, text)) => {
                        let field = ui.add(egui::TextEdit::singleline(text).desired_width(60.0));
                        name(ui, &field, &format!("Corrected {label} of {day} ({unit})"));
                        let save = ui.small_button("Save");
                        name(ui, &save, &format!("Save the correction of {day}"));
                        if save.clicked() {
                            let (entry, value) = form.correcting.take().expect("being corrected");
                            actions.push(Action::Measure(MeasureAction::Correct { entry, value, unit }));
                        } else if ui.small_button("Cancel").clicked() {
                            form.correcting = None;
                        }
                    }
                    None => {
                        let shown = entry.reading.shown(unit);
                        ui.add_sized([80.0, row_height - 4.0], egui::Label::new(shown.clone()));
                        let correct = ui.small_button("Correct");
                        name(ui, &correct, &format!("Correct the {label} of {day}"));
                        if correct.clicked() {
                            let value = format_amount((entry.reading.in_unit(unit) * 10.0).round() / 10.0);
                            form.correcting = Some((entry.id, value));
                        }
                        let remove = ui.small_button("Remove");
                        name(ui, &remove, &format!("Remove the {label} of {day}"));
                        if remove.clicked() {
                            actions.push(Action::Measure(MeasureAction::Remove(entry.id)));
                            form.removed = Some((entry.id, format!("{label} {shown} of {day}")));
                        }
                    }
                }
            });
        }
    });
}

//! The Follow panel: per track the proposed starting load in a field (decimal comma or
//! point), what kind of load it is, and the set it comes from; a refused entry says why beside
//! its field and holds back "Follow with these loads"; Cancel closes the panel.

use super::super::theme;
use super::super::widgets::{name, text_field};
use super::lines::ProgramsCache;
use super::text::load_kind;
use crate::app::{Action, AppState, ProgramPanelAction};

pub fn show(ui: &mut egui::Ui, state: &AppState, cache: &mut ProgramsCache, actions: &mut Vec<Action>) {
    let Some(panel) = state.program_panel().follow() else { return };
    let sources = cache.follow(state);
    let i18n = state.i18n();
    egui::Frame::group(ui.style()).inner_margin(theme::GAP).show(ui, |ui| {
        ui.set_min_width(ui.available_width());
        theme::section(ui, i18n.f("programs-follow-named", &[("program", panel.name.as_str().into())]));
        ui.label(i18n.t("programs-follow-hint"));
        egui::Grid::new("follow_loads").num_columns(3).spacing([theme::GAP, 4.0]).show(ui, |ui| {
            for (i, load) in panel.loads.iter().enumerate() {
                let exercise = i18n.name(&load.exercise);
                let label = i18n.f("programs-starting-load", &[("exercise", exercise.into())]);
                ui.strong(exercise);
                ui.horizontal(|ui| {
                    let (_, changed) = text_field(ui, &load.text, 70.0, &label, false);
                    if let Some(text) = changed {
                        let track = load.track.clone();
                        actions.push(Action::Programs(ProgramPanelAction::EditLoad { track, text }));
                    }
                    ui.label(panel.unit.to_string());
                    if let Some(p) = &load.proposal {
                        ui.label(egui::RichText::new(load_kind(i18n, p.proposed)).weak());
                    }
                });
                ui.vertical(|ui| {
                    if let Some(source) = sources.get(i) {
                        ui.label(egui::RichText::new(source).weak());
                    }
                    if let Err(refused) = &load.parsed {
                        ui.colored_label(ui.visuals().error_fg_color, i18n.refused_as(refused, &label));
                    }
                });
                ui.end_row();
            }
        });
        let starting = panel.starting();
        ui.horizontal(|ui| {
            let with_these = i18n.t("programs-follow-with-loads");
            let follow = ui.add_enabled(starting.is_some(), egui::Button::new(with_these));
            name(ui, &follow, with_these);
            if follow.clicked() {
                actions.push(Action::FollowProgram { slug: panel.slug.clone(), starting });
            }
            if ui.button(i18n.t("common-cancel")).clicked() {
                actions.push(Action::Programs(ProgramPanelAction::CloseFollow));
            }
        });
    });
}

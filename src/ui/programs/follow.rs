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
    egui::Frame::group(ui.style()).inner_margin(theme::GAP).show(ui, |ui| {
        ui.set_min_width(ui.available_width());
        theme::section(ui, format!("Follow {}", panel.name));
        ui.label("Starting loads, proposed from your own sets; change any before following.");
        egui::Grid::new("follow_loads").num_columns(3).spacing([theme::GAP, 4.0]).show(ui, |ui| {
            for (i, load) in panel.loads.iter().enumerate() {
                ui.strong(&load.exercise);
                ui.horizontal(|ui| {
                    let label = format!("{} starting load", load.exercise);
                    let (_, changed) = text_field(ui, &load.text, 70.0, &label, false);
                    if let Some(text) = changed {
                        let track = load.track.clone();
                        actions.push(Action::Programs(ProgramPanelAction::EditLoad { track, text }));
                    }
                    ui.label(panel.unit.to_string());
                    if let Some(p) = &load.proposal {
                        ui.label(egui::RichText::new(load_kind(p.proposed)).weak());
                    }
                });
                ui.vertical(|ui| {
                    if let Some(source) = sources.get(i) {
                        ui.label(egui::RichText::new(source).weak());
                    }
                    if let Err(problem) = &load.parsed {
                        ui.colored_label(ui.visuals().error_fg_color, problem);
                    }
                });
                ui.end_row();
            }
        });
        let starting = panel.starting();
        ui.horizontal(|ui| {
            let follow = ui.add_enabled(starting.is_some(), egui::Button::new("Follow with these loads"));
            name(ui, &follow, "Follow with these loads");
            if follow.clicked() {
                actions.push(Action::FollowProgram { slug: panel.slug.clone(), starting });
            }
            if ui.button("Cancel").clicked() {
                actions.push(Action::Programs(ProgramPanelAction::CloseFollow));
            }
        });
    });
}

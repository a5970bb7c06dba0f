//! The Programs screen: the programs to follow (built-ins and the lifter's own, each with its
//! days and where its rules come from), the Follow panel (`follow.rs`), the coming weeks of the
//! followed program, and a replay of any program over the lifter's last weeks (`replay.rs`).
//! Its text is cached in [`ProgramsCache`] (`lines.rs`); the words are built in `text.rs`.
//! `next.rs` is the start screen's short version (the next day, Start).

mod follow;
pub(super) mod lines;
mod next;
mod replay;
mod text;

pub use lines::ProgramsCache;
pub use next::{outcomes, section};

use super::theme;
use super::widgets::name;
use crate::app::{Action, AppState, ProgramPanelAction};

/// The list on the left, the Follow panel, the followed program's weeks and the replay on the
/// right; each side scrolls on its own.
pub fn show(ui: &mut egui::Ui, state: &AppState, cache: &mut ProgramsCache, actions: &mut Vec<Action>) {
    egui::Panel::left("program_list").resizable(true).default_size(LIST_WIDTH).show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt("program_list_scroll").auto_shrink(false).show(ui, |ui| {
            theme::screen_title(ui, state.i18n().t("screen-programs"));
            list(ui, state, cache, actions);
        });
    });
    egui::ScrollArea::vertical().id_salt("program_details").auto_shrink(false).show(ui, |ui| {
        if state.program_panel().follow().is_some() {
            follow::show(ui, state, cache, actions);
        }
        following(ui, state, cache, actions);
        replay::show(ui, state, cache, actions);
    });
}

const LIST_WIDTH: f32 = 360.0;

/// The followed program and its coming weeks, a column a week.
fn following(ui: &mut egui::Ui, state: &AppState, cache: &mut ProgramsCache, actions: &mut Vec<Action>) {
    let Some(title) = cache.list(state).following.clone() else { return };
    let i18n = state.i18n();
    theme::section(ui, title);
    ui.horizontal(|ui| {
        if ui.button(i18n.t("programs-start-next-day")).clicked() {
            actions.push(Action::StartProgramDay);
        }
        if ui.button(i18n.t("programs-stop-following")).clicked() {
            actions.push(Action::StopProgram);
        }
    });
    let Some(plan) = cache.plan(state) else { return };
    theme::section(ui, &plan.title);
    ui.label(egui::RichText::new(&plan.note).weak());
    ui.columns(plan.weeks.len().max(1), |columns| {
        for (column, week) in columns.iter_mut().zip(&plan.weeks) {
            column.strong(&week.title);
            for (day, exercises) in &week.days {
                column.label(egui::RichText::new(day).underline());
                for line in exercises {
                    column.label(egui::RichText::new(line).small());
                }
            }
        }
    });
}

/// Every program with its days, its source, Follow and Copy and edit.
fn list(ui: &mut egui::Ui, state: &AppState, cache: &mut ProgramsCache, actions: &mut Vec<Action>) {
    let i18n = state.i18n();
    for card in &cache.list(state).cards {
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            ui.strong(&card.name);
            ui.label(egui::RichText::new(&card.origin).weak());
            if card.followed {
                ui.label(egui::RichText::new(i18n.t("programs-following-mark")).weak());
            }
        });
        for day in &card.days {
            ui.label(day);
        }
        ui.label(egui::RichText::new(&card.source).weak().small());
        ui.horizontal(|ui| {
            let program = || card.name.as_str().into();
            let follow = ui.button(i18n.t("programs-follow"));
            name(ui, &follow, &i18n.f("programs-follow-named", &[("program", program())]));
            if follow.clicked() {
                actions.push(Action::Programs(ProgramPanelAction::OpenFollow(card.slug.clone())));
            }
            let replay = ui.button(i18n.t("programs-replay"));
            name(ui, &replay, &i18n.f("programs-replay-named", &[("program", program())]));
            if replay.clicked() {
                actions.push(Action::Programs(ProgramPanelAction::ReplayOf(card.slug.clone())));
            }
            super::program_editor::list_buttons(ui, state, &card.name, &card.slug, actions);
        });
    }
}

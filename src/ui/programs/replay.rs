//! The replay: what a program would have prescribed for each of the lifter's workouts of the
//! last 4, 8 or 12 weeks, next to what they lifted, and what its rules made of it. Only the rows
//! on screen are drawn.

use super::super::theme;
use super::super::widgets::cell;
use super::lines::{ProgramsCache, ReplayLine};
use crate::app::{Action, AppState, ProgramPanelAction, REPLAY_WEEKS};

const ROW_HEIGHT: f32 = 20.0;

pub fn show(ui: &mut egui::Ui, state: &AppState, cache: &mut ProgramsCache, actions: &mut Vec<Action>) {
    let Some(replay) = cache.replay(state) else { return };
    let i18n = state.i18n();
    theme::section(ui, &replay.title);
    ui.horizontal(|ui| {
        ui.label(i18n.t("programs-replay-weeks"));
        for weeks in REPLAY_WEEKS {
            let chosen = state.program_panel().replay_weeks() == weeks;
            if ui.selectable_label(chosen, weeks.to_string()).clicked() && !chosen {
                actions.push(Action::Programs(ProgramPanelAction::ReplayWeeks(weeks)));
            }
        }
    });
    ui.label(egui::RichText::new(&replay.note).weak());
    if replay.lines.is_empty() {
        return;
    }
    ui.horizontal(|ui| {
        for (heading, width) in [
            ("programs-replay-exercise", 160.0),
            ("programs-replay-prescribed", 300.0),
            ("programs-replay-lifted", 300.0),
        ] {
            cell(ui, [width, ROW_HEIGHT], egui::RichText::new(i18n.t(heading)).strong());
        }
    });
    let scroll = egui::ScrollArea::vertical().id_salt("program_replay").max_height(360.0).auto_shrink([false, true]);
    scroll.show_rows(ui, ROW_HEIGHT, replay.lines.len(), |ui, rows| {
        for line in &replay.lines[rows] {
            match line {
                ReplayLine::Session(title) => {
                    cell(ui, [ui.available_width(), ROW_HEIGHT], egui::RichText::new(title).strong());
                }
                ReplayLine::Exercise([exercise, prescribed, lifted]) => {
                    ui.horizontal(|ui| {
                        cell(ui, [160.0, ROW_HEIGHT], exercise.as_str());
                        cell(ui, [300.0, ROW_HEIGHT], prescribed.as_str());
                        cell(ui, [300.0, ROW_HEIGHT], lifted.as_str());
                    });
                }
                ReplayLine::Outcome(text) => {
                    cell(ui, [ui.available_width(), ROW_HEIGHT], egui::RichText::new(text).weak().small());
                }
            }
        }
    });
}

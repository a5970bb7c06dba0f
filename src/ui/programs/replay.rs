//! The replay: what a program would have prescribed for each of the lifter's workouts of the
//! last 4, 8 or 12 weeks, next to what they lifted, and what its rules made of it. Only the rows
//! on screen are drawn.

use super::super::theme;
use super::super::widgets::cell;
use super::lines::{ProgramsCache, ReplayLine};
use crate::app::{Action, AppState, ProgramPanelAction, REPLAY_WEEKS};

const ROW_HEIGHT: f32 = 20.0;
/// The share of the width each column takes (exercise, prescribed, lifted): the table fits the
/// panel at any window size, a long line is cut with its whole text on hover.
const COLUMN_SHARES: [f32; 3] = [0.2, 0.4, 0.4];

/// The columns' widths in `ui`'s width, less the spacing between them.
fn column_widths(ui: &egui::Ui) -> [f32; 3] {
    let spacing = ui.spacing().item_spacing.x * 2.0;
    let width = (ui.available_width() - spacing).max(0.0);
    COLUMN_SHARES.map(|share| (width * share).floor())
}

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
    let widths = column_widths(ui);
    ui.horizontal(|ui| {
        let headings = ["programs-replay-exercise", "programs-replay-prescribed", "programs-replay-lifted"];
        for (heading, width) in headings.into_iter().zip(widths) {
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
                ReplayLine::Exercise(columns) => {
                    ui.horizontal(|ui| {
                        for (text, width) in columns.iter().zip(widths) {
                            cell(ui, [width, ROW_HEIGHT], text.as_str());
                        }
                    });
                }
                ReplayLine::Outcome(text) => {
                    cell(ui, [ui.available_width(), ROW_HEIGHT], egui::RichText::new(text).weak().small());
                }
            }
        }
    });
}

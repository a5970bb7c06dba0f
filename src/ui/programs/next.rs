//! The program section of the start screen: the followed program's next day with each
//! target set ("Next: Workout B of StrongLifts 5×5", "Start Workout B", "Stop following"),
//! or a word that none is followed; either way a way to the Programs screen.

use super::super::state::{ProgramLines, ProgramShown};
use super::super::theme;
use super::text::{self, planned_set};
use crate::app::{Action, AppState, Screen};

pub fn section(ui: &mut egui::Ui, state: &AppState, cache: &mut Option<ProgramLines>, actions: &mut Vec<Action>) {
    let i18n = state.i18n();
    theme::section(ui, i18n.t("programs-section"));
    let key = (state.history().version(), state.prefs().unit, i18n.language());
    let lines = match cache {
        Some(lines) if lines.key == key => lines,
        other => other.insert(ProgramLines { key, shown: lines_of(state) }),
    };
    match &lines.shown {
        ProgramShown::Next { title, day_name, exercises, outcomes } => {
            ui.strong(title);
            for line in exercises {
                ui.label(line);
            }
            for outcome in outcomes {
                ui.label(egui::RichText::new(outcome).weak());
            }
            ui.horizontal(|ui| {
                if ui.button(i18n.f("programs-start-day", &[("day", day_name.as_str().into())])).clicked() {
                    actions.push(Action::StartProgramDay);
                }
                if ui.button(i18n.t("programs-stop-following")).clicked() {
                    actions.push(Action::StopProgram);
                }
                if ui.button(i18n.t("programs-all")).clicked() {
                    actions.push(Action::Show(Screen::Programs));
                }
            });
        }
        ProgramShown::NotFollowing => {
            ui.horizontal(|ui| {
                ui.label(i18n.t("programs-none-followed"));
                if ui.button(i18n.t("programs-choose")).clicked() {
                    actions.push(Action::Show(Screen::Programs));
                }
            });
        }
    }
}

/// The section's text: the followed program's next day, or that none is followed.
fn lines_of(state: &AppState) -> ProgramShown {
    let i18n = state.i18n();
    let Some(progress) = state.program_progress() else { return ProgramShown::NotFollowing };
    let exercises = progress
        .next
        .exercises
        .iter()
        .map(|e| {
            let sets = e.sets.iter().map(|s| planned_set(i18n, s)).collect::<Vec<_>>().join(", ");
            text::exercise_line(i18n, &e.exercise, sets)
        })
        .collect();
    let day_name = i18n.program_day(&progress.program, &progress.next.day_name);
    ProgramShown::Next {
        title: i18n.f(
            "programs-next",
            &[("day", day_name.as_str().into()), ("program", progress.program.name.as_str().into())],
        ),
        day_name,
        exercises,
        outcomes: progress.last_outcomes.iter().map(|o| text::outcome(i18n, o)).collect(),
    }
}

/// What the live workout changes of the program, for the summary.
pub fn outcomes(ui: &mut egui::Ui, state: &AppState) {
    let outcomes = state.program_outcome_list();
    if outcomes.is_empty() {
        return;
    }
    let i18n = state.i18n();
    ui.strong(i18n.t("programs-next-time"));
    for outcome in &outcomes {
        ui.label(text::outcome(i18n, outcome));
    }
}

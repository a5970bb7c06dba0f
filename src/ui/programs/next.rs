//! The program section of the start screen: the followed program's next day with each
//! target set ("Next: Workout B of StrongLifts 5×5", "Start Workout B", "Stop following"),
//! or a word that none is followed; either way a way to the Programs screen.

use super::super::state::{ProgramLines, ProgramShown};
use super::super::theme;
use super::text::planned_set;
use crate::app::{Action, AppState, Screen};

pub fn section(ui: &mut egui::Ui, state: &AppState, cache: &mut Option<ProgramLines>, actions: &mut Vec<Action>) {
    theme::section(ui, "Program");
    let key = (state.history().version(), state.prefs().unit);
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
                if ui.button(format!("Start {day_name}")).clicked() {
                    actions.push(Action::StartProgramDay);
                }
                if ui.button("Stop following").clicked() {
                    actions.push(Action::StopProgram);
                }
                if ui.button("All programs").clicked() {
                    actions.push(Action::Show(Screen::Programs));
                }
            });
        }
        ProgramShown::NotFollowing => {
            ui.horizontal(|ui| {
                ui.label("No program followed: a program gives every day its target sets.");
                if ui.button("Choose a program").clicked() {
                    actions.push(Action::Show(Screen::Programs));
                }
            });
        }
    }
}

/// The section's text: the followed program's next day, or that none is followed.
fn lines_of(state: &AppState) -> ProgramShown {
    let Some(progress) = state.program_progress() else { return ProgramShown::NotFollowing };
    let exercises = progress
        .next
        .exercises
        .iter()
        .map(|e| format!("{}: {}", e.exercise, e.sets.iter().map(planned_set).collect::<Vec<_>>().join(", ")))
        .collect();
    ProgramShown::Next {
        title: format!("Next: {} of {}", progress.next.day_name, progress.program.name),
        day_name: progress.next.day_name.clone(),
        exercises,
        outcomes: progress.last_outcomes.iter().map(ToString::to_string).collect(),
    }
}

/// What the live workout changes of the program, for the summary.
pub fn outcomes(ui: &mut egui::Ui, state: &AppState) {
    let outcomes = state.program_outcomes();
    if outcomes.is_empty() {
        return;
    }
    ui.strong("Next time:");
    for outcome in outcomes {
        ui.label(outcome);
    }
}

//! The program section of the start screen: the followed program's next day with each
//! target set ("Next: Workout B of StrongLifts 5×5", "Start Workout B", "Stop following"),
//! or the programs to follow (built-ins and the lifter's own) with "Follow".

use super::state::{ProgramLines, ProgramShown};
use super::theme;
use super::widgets::name;
use crate::app::{Action, AppState};
use crate::domain::program::PlannedSet;
use crate::domain::program::outcome::shown;

/// `100 kg × 5+ @8`, one planned set.
fn describe(set: &PlannedSet) -> String {
    let weight = set.weight.as_ref().map_or("? ×".to_string(), |w| format!("{} ×", shown(w)));
    let reps = match (set.reps_up_to, set.amrap) {
        (Some(top), _) => format!("{}–{top}", set.reps),
        (None, true) => format!("{}+", set.reps),
        (None, false) => set.reps.to_string(),
    };
    let rpe = set.rpe.map_or(String::new(), |r| format!(" @{r}"));
    format!("{weight} {reps}{rpe}")
}

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
            });
        }
        ProgramShown::Choices(programs) => {
            for (program, slug, days) in programs {
                ui.horizontal(|ui| {
                    ui.strong(program);
                    let follow = ui.button("Follow");
                    name(ui, &follow, &format!("Follow {program}"));
                    if follow.clicked() {
                        actions.push(Action::FollowProgram { slug: slug.clone(), starting: None });
                    }
                    super::program_editor::list_buttons(ui, state, program, slug, actions);
                    ui.label(egui::RichText::new(days).weak());
                });
            }
        }
    }
}

/// The section's text: the followed program's next day, or the programs to follow.
fn lines_of(state: &AppState) -> ProgramShown {
    if let Some(progress) = state.program_progress() {
        let exercises = progress
            .next
            .exercises
            .iter()
            .map(|e| format!("{}: {}", e.exercise, e.sets.iter().map(describe).collect::<Vec<_>>().join(", ")))
            .collect();
        return ProgramShown::Next {
            title: format!("Next: {} of {}", progress.next.day_name, progress.program.name),
            day_name: progress.next.day_name.clone(),
            exercises,
            outcomes: progress.last_outcomes.iter().map(ToString::to_string).collect(),
        };
    }
    let programs = state.programs().into_iter();
    ProgramShown::Choices(
        programs
            .map(|p| {
                let days: Vec<&str> = p.days.iter().map(|d| d.name.as_str()).collect();
                (p.name.clone(), p.slug.clone(), days.join(", "))
            })
            .collect(),
    )
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

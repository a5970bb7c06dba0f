//! The program section of the start screen: the followed program's next day with each
//! target set ("Next: Workout B of StrongLifts 5×5", "Start Workout B", "Stop following"),
//! or the programs to follow (built-ins and the lifter's own) with "Follow".

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

pub fn section(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    theme::section(ui, "Program");
    if let Some(progress) = state.program_progress() {
        ui.strong(format!("Next: {} of {}", progress.next.day_name, progress.program.name));
        for exercise in &progress.next.exercises {
            let sets: Vec<String> = exercise.sets.iter().map(describe).collect();
            ui.label(format!("{}: {}", exercise.exercise, sets.join(", ")));
        }
        for outcome in &progress.last_outcomes {
            ui.label(egui::RichText::new(outcome.to_string()).weak());
        }
        ui.horizontal(|ui| {
            let start = ui.button(format!("Start {}", progress.next.day_name));
            if start.clicked() {
                actions.push(Action::StartProgramDay);
            }
            if ui.button("Stop following").clicked() {
                actions.push(Action::StopProgram);
            }
        });
        return;
    }
    for program in state.programs() {
        ui.horizontal(|ui| {
            ui.strong(&program.name);
            let follow = ui.button("Follow");
            name(ui, &follow, &format!("Follow {}", program.name));
            if follow.clicked() {
                actions.push(Action::FollowProgram { slug: program.slug.clone(), starting: None });
            }
            let days: Vec<&str> = program.days.iter().map(|d| d.name.as_str()).collect();
            ui.label(egui::RichText::new(days.join(", ")).weak());
        });
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

//! The history screen: completed workouts, newest first, with their sets; repeat or delete one.

use super::state::{ConfirmId, UiState};
use super::widgets::confirm_button;
use crate::app::{Action, AppState};
use crate::domain::set_rules::describe_set;
use crate::domain::units::format_amount;

/// Workouts drawn at once; older ones are behind "Show more".
const PAGE: usize = 30;

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    ui.heading("History");
    let total = state.history().completed().count();
    if total == 0 {
        ui.label("No workouts yet. Start one on the Workout screen.");
        return;
    }
    let unit = state.prefs().unit;
    let shown = view.history_shown.max(PAGE);
    ui.label(format!("{total} workouts"));
    for workout in state.history().completed().rev().take(shown) {
        let date = workout.started_at.with_timezone(&chrono::Local).format("%a %Y-%m-%d %H:%M");
        let header = format!(
            "{date} — {} · {} sets · {} {unit}",
            workout.title(),
            workout.sets.len(),
            format_amount(unit.from_kg(state.history().volume_kg(workout)).round())
        );
        egui::CollapsingHeader::new(header).id_salt(workout.id).show(ui, |ui| {
            for exercise in &workout.exercises {
                let sets: Vec<String> = workout.sets_of(exercise).map(|s| describe_set(&s.facts, unit)).collect();
                match workout.superset_of(exercise) {
                    Some(g) => ui.label(format!("{exercise} (superset {}): {}", superset_letter(g), sets.join(", "))),
                    None => ui.label(format!("{exercise}: {}", sets.join(", "))),
                };
            }
            ui.horizontal(|ui| {
                if ui.button("Repeat this workout").clicked() {
                    actions.push(Action::StartWorkout {
                        name: workout.name.clone().unwrap_or_default(),
                        repeat_of: Some(workout.id),
                    });
                }
                let save = ui.button("Save as routine");
                super::widgets::name(ui, &save, &format!("Save {} as a routine", workout.title()));
                if save.clicked() {
                    actions.push(Action::SaveWorkoutAsRoutine { workout_id: workout.id, name: workout.title() });
                }
                // Deleting is an event: the workout stays in the log (and backups) as deleted.
                let id = ConfirmId::DeleteWorkout(workout.id);
                if confirm_button(
                    ui,
                    &mut view.confirming,
                    id,
                    "Delete workout…",
                    "Delete this workout?",
                    "Yes, delete",
                ) {
                    actions.push(Action::DeleteWorkout(workout.id));
                }
            });
        });
    }
    if shown < total && ui.button("Show more").clicked() {
        view.history_shown = shown + PAGE;
    }
}

/// Supersets are lettered A, B, C… in a workout, as on the set tables.
pub fn superset_letter(group: usize) -> char {
    (b'A' + (group % 26) as u8) as char
}

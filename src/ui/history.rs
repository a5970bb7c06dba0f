//! The history screen: completed workouts, newest first, with their sets; repeat one.

use crate::app::{Action, AppState};
use crate::domain::units::format_amount;

use super::widgets::Confirm;

/// Workouts drawn at once; older ones are behind "Show more".
const PAGE: usize = 30;

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.heading("History");
    let total = state.history.completed().count();
    if total == 0 {
        ui.label("No workouts yet. Start one on the Workout screen.");
        return;
    }
    let unit = state.prefs.unit;
    let shown = ui.ctx().data(|d| d.get_temp::<usize>(egui::Id::unique("history_shown"))).unwrap_or(PAGE);
    ui.label(format!("{total} workouts"));
    for workout in state.history.completed().rev().take(shown) {
        let date = workout.started_at.with_timezone(&chrono::Local).format("%a %Y-%m-%d %H:%M");
        let header = format!(
            "{date} — {} · {} sets · {} {unit}",
            workout.title(),
            workout.sets.len(),
            format_amount(unit.from_kg(workout.volume_kg()).round())
        );
        egui::CollapsingHeader::new(header).id_salt(workout.id).show(ui, |ui| {
            for exercise in &workout.exercises {
                let sets: Vec<String> = workout
                    .sets_of(exercise)
                    .map(|s| {
                        let weight =
                            s.facts.weight.map(|w| format_amount(w.in_unit(unit))).unwrap_or_else(|| "BW".into());
                        format!("{weight}×{}", s.facts.reps.unwrap_or(0))
                    })
                    .collect();
                ui.label(format!("{exercise}: {}", sets.join(", ")));
            }
            ui.horizontal(|ui| {
                if ui.button("Repeat this workout").clicked() {
                    actions.push(Action::StartWorkout {
                        name: workout.name.clone().unwrap_or_default(),
                        repeat_of: Some(workout.id),
                    });
                }
                // Deleting is an event: the workout stays in the log (and backups) as deleted.
                let confirm = Confirm::new(egui::Id::unique("confirm_delete").with(workout.id));
                if confirm.show(ui, "Delete workout…", "Delete this workout?", "Yes, delete") {
                    actions.push(Action::DeleteWorkout(workout.id));
                }
            });
        });
    }
    if shown < total && ui.button("Show more").clicked() {
        ui.ctx().data_mut(|d| d.insert_temp(egui::Id::unique("history_shown"), shown + PAGE));
    }
}

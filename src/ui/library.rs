//! The exercise library: the built-in exercises and the lifter's own, a form to create one,
//! and an exercise's progress chart.

use super::state::{NewExerciseForm, UiState};
use super::widgets::name;
use crate::app::{Action, AppState, ExerciseProgress};
use crate::domain::exercise::ExerciseDef;
use crate::domain::units::WeightUnit;

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    ui.heading("Exercises");
    if let Some(progress) = state.progress() {
        progress_chart(ui, progress, state.prefs().unit, actions);
    }
    create_form(ui, &mut view.new_exercise, actions);
    ui.separator();
    egui::Grid::new("library").striped(true).num_columns(4).show(ui, |ui| {
        ui.strong("Name");
        ui.strong("Muscle group");
        ui.strong("Equipment");
        ui.label("");
        ui.end_row();
        for e in state.library() {
            ui.label(&e.name);
            ui.label(&e.muscle_group);
            ui.label(&e.equipment);
            let button = ui.small_button("Progress");
            name(ui, &button, &format!("Progress of {}", e.name));
            if button.clicked() {
                actions.push(Action::ShowProgress(Some(e.name.clone())));
            }
            ui.end_row();
        }
    });
}

/// Best estimated 1RM per workout over time, in the display unit.
fn progress_chart(ui: &mut egui::Ui, progress: &ExerciseProgress, unit: WeightUnit, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.strong(format!("{}: best estimated 1RM per workout ({unit})", progress.exercise));
        if ui.small_button("Close chart").clicked() {
            actions.push(Action::ShowProgress(None));
        }
    });
    if progress.points.is_empty() {
        ui.label("No working sets of this exercise yet.");
        return;
    }
    let points: Vec<[f64; 2]> = progress.points.iter().map(|[day, kg]| [*day, unit.from_kg(*kg)]).collect();
    let date = |day: f64| {
        chrono::DateTime::from_timestamp((day * 86_400.0) as i64, 0)
            .map_or(String::new(), |d| d.format("%Y-%m").to_string())
    };
    egui_plot::Plot::new("e1rm_progress")
        .height(260.0)
        .x_axis_formatter(move |mark, _| date(mark.value))
        .label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint { position, .. } => {
                Some(format!("{}\n{:.1}", date(position.x), position.y))
            }
            _ => None,
        })
        .allow_scroll(false)
        .show(ui, |plot| plot.line(egui_plot::Line::new(progress.exercise.clone(), points)));
    ui.add_space(8.0);
}

/// The "create a custom exercise" form; shared with the workout screen's picker.
pub fn create_form(ui: &mut egui::Ui, form: &mut NewExerciseForm, actions: &mut Vec<Action>) {
    ui.collapsing("Create a custom exercise", |ui| {
        for (label, value) in
            [("Name", &mut form.name), ("Muscle group", &mut form.muscle_group), ("Equipment", &mut form.equipment)]
        {
            ui.horizontal(|ui| {
                let l = ui.label(label);
                ui.text_edit_singleline(value).labelled_by(l.id);
            });
        }
        if ui.button("Create exercise").clicked() {
            let form = std::mem::take(form);
            actions.push(Action::CreateExercise(ExerciseDef {
                name: form.name.trim().to_string(),
                muscle_group: form.muscle_group.trim().to_string(),
                equipment: form.equipment.trim().to_string(),
            }));
        }
    });
}

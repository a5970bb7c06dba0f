//! The exercise library: the built-in exercises and the lifter's own, and a form to create one.

use crate::app::{Action, AppState};
use crate::domain::exercise::ExerciseDef;

#[derive(Clone, Default)]
struct NewExercise {
    name: String,
    muscle_group: String,
    equipment: String,
}

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.heading("Exercises");
    create_form(ui, actions);
    ui.separator();
    egui::Grid::new("library").striped(true).num_columns(3).show(ui, |ui| {
        ui.strong("Name");
        ui.strong("Muscle group");
        ui.strong("Equipment");
        ui.end_row();
        for e in &state.library {
            ui.label(&e.name);
            ui.label(&e.muscle_group);
            ui.label(&e.equipment);
            ui.end_row();
        }
    });
}

/// The "create a custom exercise" form; shared with the workout screen's picker.
pub fn create_form(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let id = egui::Id::unique("new_exercise");
    let mut form: NewExercise = ui.ctx().data(|d| d.get_temp(id)).unwrap_or_default();
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
            actions.push(Action::CreateExercise(ExerciseDef {
                name: form.name.trim().to_string(),
                muscle_group: form.muscle_group.trim().to_string(),
                equipment: form.equipment.trim().to_string(),
            }));
            form = NewExercise::default();
        }
    });
    ui.ctx().data_mut(|d| d.insert_temp(id, form));
}

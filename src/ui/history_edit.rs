//! Correcting a saved workout (History → Edit workout): its name, start and duration, and
//! every set — values in the fields its exercise's kind takes, type, RPE, note — with sets
//! added and removed. Nothing is recorded until "Save changes", which Undo takes back.

use super::theme;
use egui::RichText;

use super::set_fields;
use super::widgets::{name, text_field};
use crate::app::{Action, AppState, EditField};
use crate::domain::set_rules::set_labels;

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(editor) = state.editing() else { return };
    let unit = state.prefs().unit;
    theme::screen_title(ui, "Correct this workout");
    ui.label(RichText::new("Changes are recorded as new events when you save: the original stays in the log, and Undo takes them back.").weak());
    ui.add_space(4.0);
    egui::Grid::new("edit_workout_fields").num_columns(2).show(ui, |ui| {
        type Field<'a> = (&'a str, &'a str, f32, fn(String) -> EditField);
        let fields: [Field<'_>; 3] = [
            ("Workout name", &editor.name, 220.0, EditField::Name),
            ("Start (YYYY-MM-DD HH:MM)", &editor.start, 140.0, EditField::Start),
            ("Duration (minutes)", &editor.duration, 60.0, EditField::Duration),
        ];
        for (label, text, width, make) in fields {
            ui.label(label);
            let (_, changed) = text_field(ui, text, width, label, false);
            if let Some(text) = changed {
                actions.push(Action::EditWorkoutField(make(text)));
            }
            ui.end_row();
        }
    });
    for (b, block) in editor.blocks.iter().enumerate() {
        ui.add_space(8.0);
        ui.label(RichText::new(&block.exercise).text_style(super::theme::text::section()).strong());
        let kind = block.kind;
        let mut columns = vec!["Set".to_string()];
        columns.extend(set_fields::amount_headings(kind, unit));
        columns.extend(["RPE", "Type", "Note", ""].map(String::from));
        egui::Grid::new(("edit_sets", b)).num_columns(columns.len()).spacing([8.0, 4.0]).show(ui, |ui| {
            for heading in &columns {
                ui.label(RichText::new(heading).weak());
            }
            ui.end_row();
            let labels = set_labels(block.rows.iter().map(|r| r.values.set_type));
            for (r, row) in block.rows.iter().enumerate() {
                let who = format!("{} set {}", block.exercise, r + 1);
                let label =
                    if row.is_edited() || !row.is_logged() { format!("{} •", labels[r]) } else { labels[r].clone() };
                ui.label(label);
                let amounts = set_fields::amounts(ui, row, kind, &who, false);
                let choices = set_fields::choices(ui, ("edit", b, r), row, &who);
                let (_, note) = set_fields::note(ui, row, &who, 120.0);
                let edits = amounts.edits.into_iter().chain(choices).chain(note);
                actions.extend(edits.map(|edit| Action::EditSavedSet { block: b, row: r, edit }));
                let remove = ui.small_button("Remove");
                name(ui, &remove, &format!("Remove {who}"));
                if remove.clicked() {
                    actions.push(Action::RemoveSavedSet { block: b, row: r });
                }
                ui.end_row();
            }
        });
        let add = ui.small_button("+ Add set");
        name(ui, &add, &format!("Add a set of {}", block.exercise));
        if add.clicked() {
            actions.push(Action::AddSavedSet(b));
        }
    }
    ui.add_space(8.0);
    if let Some(problem) = &editor.problem {
        ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
    }
    ui.horizontal(|ui| {
        if ui.button("Save changes").clicked() {
            actions.push(Action::SaveWorkoutEdit);
        }
        if ui.button("Cancel").clicked() {
            actions.push(Action::CloseWorkoutEdit);
        }
    });
}

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
    let i18n = state.i18n();
    theme::screen_title(ui, i18n.t("history-edit-title"));
    ui.label(RichText::new(i18n.t("history-edit-hint")).weak());
    ui.add_space(4.0);
    egui::Grid::new("edit_workout_fields").num_columns(2).show(ui, |ui| {
        type Field<'a> = (&'a str, &'a str, f32, fn(String) -> EditField);
        let fields: [Field<'_>; 3] = [
            (i18n.t("history-edit-name"), &editor.name, 220.0, EditField::Name),
            (i18n.t("history-edit-start"), &editor.start, 140.0, EditField::Start),
            (i18n.t("history-edit-duration"), &editor.duration, 60.0, EditField::Duration),
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
        let exercise = i18n.name(&block.exercise);
        ui.label(RichText::new(exercise).text_style(super::theme::text::section()).strong());
        let kind = block.kind;
        let mut columns = vec![i18n.t("history-set").to_string()];
        columns.extend(set_fields::amount_headings(kind, unit));
        columns
            .extend([i18n.t("history-rpe"), i18n.t("history-type"), i18n.t("history-set-note"), ""].map(String::from));
        egui::Grid::new(("edit_sets", b)).num_columns(columns.len()).spacing([8.0, 4.0]).show(ui, |ui| {
            for heading in &columns {
                ui.label(RichText::new(heading).weak());
            }
            ui.end_row();
            let labels = set_labels(block.rows.iter().map(|r| r.values.set_type));
            for (r, row) in block.rows.iter().enumerate() {
                let who = i18n.f("history-set-of", &[("exercise", exercise.into()), ("number", (r + 1).into())]);
                let label =
                    if row.is_edited() || !row.is_logged() { format!("{} •", labels[r]) } else { labels[r].clone() };
                ui.label(label);
                let amounts = set_fields::amounts(ui, row, kind, &who, false);
                let choices = set_fields::choices(ui, ("edit", b, r), row, &who);
                let (_, note) = set_fields::note(ui, row, &who, 120.0);
                let edits = amounts.edits.into_iter().chain(choices).chain(note);
                actions.extend(edits.map(|edit| Action::EditSavedSet { block: b, row: r, edit }));
                let remove = ui.small_button(i18n.t("history-edit-remove"));
                name(ui, &remove, &i18n.f("history-edit-remove-named", &[("set", who.as_str().into())]));
                if remove.clicked() {
                    actions.push(Action::RemoveSavedSet { block: b, row: r });
                }
                ui.end_row();
            }
        });
        let add = ui.small_button(i18n.t("history-edit-add-set"));
        name(ui, &add, &i18n.f("history-edit-add-set-named", &[("exercise", exercise.into())]));
        if add.clicked() {
            actions.push(Action::AddSavedSet(b));
        }
    }
    ui.add_space(8.0);
    if let Some(problem) = &editor.problem {
        ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
    }
    ui.horizontal(|ui| {
        if ui.button(i18n.t("history-edit-save")).clicked() {
            actions.push(Action::SaveWorkoutEdit);
        }
        if ui.button(i18n.t("history-edit-cancel")).clicked() {
            actions.push(Action::CloseWorkoutEdit);
        }
    });
}

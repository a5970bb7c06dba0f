//! The exercise library: the built-in exercises and the lifter's own (search, kind, how much
//! and how lately each was done, in library order or the lifter's most or last done first),
//! a form to create one, and renaming, merging or deleting the lifter's own. An exercise's
//! records and charts open here (`exercise.rs`).

use super::state::{ConfirmId, NewExerciseForm, UiState};
use super::theme;
use egui::RichText;

use super::widgets::{cell, confirm_button, count, describe, local_date, name};
use crate::app::{Action, AppState};
use crate::domain::exercise::{ExerciseDef, ExerciseKind, muscle_groups, search};
use crate::domain::usage::{LibraryOrder, sort_by_usage};

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    if let Some(detail) = state.exercise_detail() {
        super::exercise::show(ui, state, view, detail, actions);
        return;
    }
    theme::screen_title(ui, "Exercises");
    create_form(ui, &mut view.new_exercise, &muscle_groups(state.library()), actions);
    ui.separator();
    ui.horizontal(|ui| {
        let label = ui.label("Search exercises:");
        let field = egui::TextEdit::singleline(&mut view.library.query).hint_text("name, muscle, or ohp, rdl…");
        ui.add(field).labelled_by(label.id);
        ui.separator();
        ui.label("Order:");
        for order in LibraryOrder::ALL {
            ui.selectable_value(&mut view.library.order, order, order.label());
        }
    });
    let custom: Vec<&str> = state.history().custom_exercises().iter().map(|e| e.name.as_str()).collect();
    let mut found = search(state.library(), &view.library.query, None);
    // Counted with the calendar, once per change of the history (absent while it loads).
    let usage = state.calendar().map(|c| &c.usage);
    if let Some(usage) = usage {
        sort_by_usage(&mut found, usage, view.library.order);
    }
    if found.is_empty() {
        let hint = format!(
            "Nothing in the library is called \"{}\" (names, muscles and abbreviations like ohp or rdl are searched). \
             Create it with \"Create a custom exercise\" above.",
            view.library.query.trim()
        );
        super::empty::show(ui, super::icons::EXERCISES, "No exercise matches", &hint);
        return;
    }
    // Only the rows on screen are drawn: a library of a hundred exercises, seven columns each,
    // cost more than the 4 ms a frame may take (the rows off screen take their space).
    let widths = [180.0, 100.0, 80.0, 150.0, 70.0, 150.0];
    let row_height = ui.spacing().interact_size.y;
    ui.horizontal(|ui| {
        for (heading, width) in
            ["Exercise", "Muscle group", "Equipment", "Logged as", "Sessions", "Last done"].into_iter().zip(widths)
        {
            cell(ui, [width, row_height], RichText::new(heading).strong());
        }
    });
    for (i, e) in found.into_iter().enumerate() {
        let row = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(ui.available_width(), row_height));
        if !ui.is_rect_visible(row) {
            ui.allocate_space(row.size());
            continue;
        }
        if i % 2 == 0 {
            ui.painter().rect_filled(row, 0.0, ui.visuals().faint_bg_color);
        }
        ui.allocate_ui_with_layout(row.size(), egui::Layout::left_to_right(egui::Align::Center), |ui| {
            ui.set_min_size(row.size());
            let [name_w, group_w, equipment_w, kind_w, sessions_w, last_w] = widths;
            cell(ui, [name_w, row_height], &e.name);
            cell(ui, [group_w, row_height], &e.muscle_group);
            cell(ui, [equipment_w, row_height], &e.equipment);
            cell(ui, [kind_w, row_height], e.kind.label());
            match usage.and_then(|u| u.of_exercise(&e.name)) {
                Some(done) => {
                    let sessions = cell(ui, [sessions_w, row_height], theme::number(done.sessions.to_string()));
                    let times = count(done.sessions as usize, "session", "sessions");
                    describe(ui, &sessions, &format!("{}: {times}", e.name));
                    let day = local_date(done.last_done, "%a %Y-%m-%d");
                    let last = cell(ui, [last_w, row_height], theme::number(&day))
                        .on_hover_text(format!("{} in all", count(done.sets as usize, "set", "sets")));
                    describe(ui, &last, &format!("{} last done {day}", e.name));
                }
                None => {
                    cell(ui, [sessions_w, row_height], RichText::new("—").weak());
                    cell(ui, [last_w, row_height], RichText::new("—").weak());
                }
            }
            let button = super::icons::icon_button(ui, super::icons::RECORD, &format!("Records of {}", e.name));
            if button.clicked() {
                actions.push(Action::ShowExercise(Some(e.name.clone())));
            }
            if custom.contains(&e.name.as_str()) {
                own_exercise_tools(ui, state, view, i, e, actions);
            }
        });
    }
}

/// Rename, merge into another exercise, or delete (only without sets) — for the lifter's own.
fn own_exercise_tools(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut UiState,
    row: usize,
    exercise: &ExerciseDef,
    actions: &mut Vec<Action>,
) {
    let library = &mut view.library;
    match (&mut library.renaming, &mut library.merging) {
        (Some((from, to)), _) if *from == exercise.name => {
            let field = ui.add(egui::TextEdit::singleline(to).desired_width(130.0));
            name(ui, &field, &format!("New name for {from}"));
            if ui.small_button("Save name").clicked() {
                actions.push(Action::RenameExercise { from: from.clone(), to: to.clone() });
                library.renaming = None;
            } else if ui.small_button("Cancel").clicked() {
                library.renaming = None;
            }
            return;
        }
        (_, Some((from, into))) if *from == exercise.name => {
            let combo = egui::ComboBox::from_id_salt(("merge_into", row))
                .selected_text(if into.is_empty() { "choose…" } else { into.as_str() })
                .show_ui(ui, |ui| {
                    for other in state.library().iter().filter(|o| o.name != exercise.name && o.kind == exercise.kind) {
                        ui.selectable_value(into, other.name.clone(), &other.name);
                    }
                });
            name(ui, &combo.response, &format!("Merge {from} into"));
            let merge = ui.add_enabled(!into.is_empty(), egui::Button::new("Merge").small());
            if merge.clicked() {
                actions.push(Action::MergeExercise { from: from.clone(), into: into.clone() });
                library.merging = None;
            } else if ui.small_button("Cancel").clicked() {
                library.merging = None;
            }
            return;
        }
        _ => {}
    }
    let rename = ui.small_button("Rename");
    name(ui, &rename, &format!("Rename {}", exercise.name));
    if rename.clicked() {
        library.renaming = Some((exercise.name.clone(), exercise.name.clone()));
        library.merging = None;
    }
    let merge = ui.small_button("Merge…");
    name(ui, &merge, &format!("Merge {} into another exercise", exercise.name));
    if merge.clicked() {
        library.merging = Some((exercise.name.clone(), String::new()));
        library.renaming = None;
    }
    if !state.history().has_sets_of(&exercise.name) {
        let question = format!("Delete {}?", exercise.name);
        if confirm_button(ui, &mut view.confirming, ConfirmId::DeleteExercise(row), "Delete", &question, "Yes, delete")
        {
            actions.push(Action::DeleteExercise(exercise.name.clone()));
        }
    }
}

/// The "create a custom exercise" form; shared with the workout screen's picker. The muscle
/// group is picked from `groups` (the library's), so "legs" and "Legs" never become two.
pub fn create_form(ui: &mut egui::Ui, form: &mut NewExerciseForm, groups: &[String], actions: &mut Vec<Action>) {
    ui.collapsing("Create a custom exercise", |ui| {
        for (label, value, hint) in
            [("Name", &mut form.name, "e.g. Belt Squat"), ("Equipment", &mut form.equipment, "e.g. Machine")]
        {
            ui.horizontal(|ui| {
                let l = ui.label(label);
                ui.add(egui::TextEdit::singleline(value).hint_text(hint)).labelled_by(l.id);
            });
        }
        ui.horizontal(|ui| {
            let l = ui.label("Muscle group");
            let shown = if form.muscle_group.is_empty() { "choose…" } else { form.muscle_group.as_str() };
            let combo = egui::ComboBox::from_id_salt("new_exercise_group").selected_text(shown).show_ui(ui, |ui| {
                let other = (!groups.iter().any(|g| g == "Other")).then(|| "Other".to_string());
                for group in groups.iter().chain(other.as_ref()) {
                    ui.selectable_value(&mut form.muscle_group, group.clone(), group);
                }
            });
            combo.response.labelled_by(l.id);
        });
        ui.horizontal(|ui| {
            let l = ui.label("Records");
            let combo =
                egui::ComboBox::from_id_salt("new_exercise_kind").selected_text(form.kind.label()).show_ui(ui, |ui| {
                    for kind in ExerciseKind::ALL {
                        ui.selectable_value(&mut form.kind, kind, kind.label());
                    }
                });
            combo.response.labelled_by(l.id);
        });
        if ui.button("Create exercise").clicked() {
            let form = std::mem::take(form);
            let def = ExerciseDef::new(form.name.trim(), &form.muscle_group, form.equipment.trim(), form.kind);
            actions.push(Action::CreateExercise(def));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn the_form_creates_an_exercise_of_the_chosen_kind() {
        let mut harness = crate::ui::harness(
            |ui, (form, actions): &mut (NewExerciseForm, Vec<Action>)| {
                create_form(ui, form, &["Back".to_string(), "Legs".to_string()], actions)
            },
            (NewExerciseForm::default(), Vec::new()),
        );
        harness.get_by_label("Create a custom exercise").click();
        harness.run();
        harness.get_by_label("Name").focus();
        harness.run();
        harness.get_by_label("Name").type_text("Sled Push");
        harness.run();
        harness.get_by_label("Muscle group").click();
        harness.run();
        harness.get_by_label("Legs").click();
        harness.run();
        harness.get_by_label("Records").click();
        harness.run();
        harness.get_by_label("Weight + distance").click();
        harness.run();
        harness.get_by_label("Create exercise").click();
        harness.run();
        let (form, actions) = harness.state();
        let expected = ExerciseDef::new("Sled Push", "Legs", "", ExerciseKind::WeightDistance);
        assert_eq!(actions, &[Action::CreateExercise(expected)]);
        assert_eq!(form, &NewExerciseForm::default());
    }
}

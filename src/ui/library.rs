//! The exercise library: the built-in exercises and the lifter's own (search, kind, how much
//! and how lately each was done, in library order or the lifter's most or last done first),
//! a form to create one, and renaming, merging or deleting the lifter's own. An exercise's
//! records and charts open here (`exercise.rs`).

use super::state::{ConfirmId, NewExerciseForm, UiState};
use super::theme;
use egui::RichText;

use super::widgets::{cell, confirm_button, describe, name};
use crate::app::{Action, AppState};
use crate::domain::exercise::{ExerciseDef, ExerciseKind, OTHER, muscle_groups, search_in};
use crate::domain::usage::{LibraryOrder, sort_by_usage};
use crate::i18n::I18n;

/// What a set of an exercise of `kind` records, in the window's language.
pub fn kind_label(i18n: &I18n, kind: ExerciseKind) -> &str {
    i18n.t(match kind {
        ExerciseKind::WeightReps => "exercises-kind-weight-reps",
        ExerciseKind::BodyweightReps => "exercises-kind-bodyweight-reps",
        ExerciseKind::RepsOnly => "exercises-kind-reps-only",
        ExerciseKind::Duration => "exercises-kind-duration",
        ExerciseKind::DistanceDuration => "exercises-kind-distance-duration",
        ExerciseKind::WeightDistance => "exercises-kind-weight-distance",
    })
}

fn order_label(i18n: &I18n, order: LibraryOrder) -> &str {
    i18n.t(match order {
        LibraryOrder::Library => "exercises-order-library",
        LibraryOrder::MostDone => "exercises-order-most-done",
        LibraryOrder::LastDone => "exercises-order-last-done",
    })
}

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    if let Some(detail) = state.exercise_detail() {
        super::exercise::show(ui, state, view, detail, actions);
        return;
    }
    let i18n = state.i18n();
    theme::screen_title(ui, i18n.t("screen-exercises"));
    create_form(ui, i18n, &mut view.new_exercise, &muscle_groups(state.library()), actions);
    ui.separator();
    ui.horizontal(|ui| {
        let label = ui.label(i18n.t("exercises-search"));
        let field = egui::TextEdit::singleline(&mut view.library.query).hint_text(i18n.t("exercises-library-hint"));
        ui.add(field).labelled_by(label.id);
        ui.separator();
        ui.label(i18n.t("exercises-order"));
        for order in LibraryOrder::ALL {
            ui.selectable_value(&mut view.library.order, order, order_label(i18n, order));
        }
    });
    let custom: Vec<&str> = state.history().custom_exercises().iter().map(|e| e.name.as_str()).collect();
    let mut found = search_in(state.library(), &view.library.query, None, |n| i18n.name(n));
    // Counted with the calendar, once per change of the history (absent while it loads).
    let usage = state.calendar().map(|c| &c.usage);
    if let Some(usage) = usage {
        sort_by_usage(&mut found, usage, view.library.order);
    }
    if found.is_empty() {
        let hint = i18n.f("exercises-nothing-called", &[("query", view.library.query.trim().into())]);
        super::empty::show(ui, super::icons::EXERCISES, i18n.t("exercises-no-match"), &hint);
        return;
    }
    // Only the rows on screen are drawn: a library of a hundred exercises, seven columns each,
    // cost more than the 4 ms a frame may take (the rows off screen take their space).
    let widths = [180.0, 100.0, 80.0, 150.0, 70.0, 150.0];
    let row_height = ui.spacing().interact_size.y;
    ui.horizontal(|ui| {
        let headings = [
            "exercises-column-exercise",
            "exercises-column-muscle-group",
            "exercises-column-equipment",
            "exercises-column-logged-as",
            "exercises-column-sessions",
            "exercises-column-last-done",
        ];
        for (heading, width) in headings.into_iter().zip(widths) {
            cell(ui, [width, row_height], RichText::new(i18n.t(heading)).strong());
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
            let shown = i18n.name(&e.name);
            cell(ui, [name_w, row_height], shown);
            cell(ui, [group_w, row_height], i18n.name(&e.muscle_group));
            cell(ui, [equipment_w, row_height], i18n.name(&e.equipment));
            cell(ui, [kind_w, row_height], kind_label(i18n, e.kind));
            match usage.and_then(|u| u.of_exercise(&e.name)) {
                Some(done) => {
                    let sessions = cell(ui, [sessions_w, row_height], theme::number(done.sessions.to_string()));
                    let times = i18n.f("exercises-sessions", &[("count", done.sessions.into())]);
                    describe(ui, &sessions, &format!("{shown}: {times}"));
                    let day = i18n.weekday_date(done.last_done.with_timezone(&chrono::Local).date_naive());
                    let last = cell(ui, [last_w, row_height], theme::number(&day))
                        .on_hover_text(i18n.f("exercises-sets-in-all", &[("count", done.sets.into())]));
                    let described = i18n.f("exercises-last-done-on", &[("name", shown.into()), ("day", day.into())]);
                    describe(ui, &last, &described);
                }
                None => {
                    cell(ui, [sessions_w, row_height], RichText::new("—").weak());
                    cell(ui, [last_w, row_height], RichText::new("—").weak());
                }
            }
            let records = i18n.f("exercises-records-of", &[("name", shown.into())]);
            let button = super::icons::icon_button(ui, super::icons::RECORD, &records);
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
    let i18n = state.i18n();
    let library = &mut view.library;
    match (&mut library.renaming, &mut library.merging) {
        (Some((from, to)), _) if *from == exercise.name => {
            let field = ui.add(egui::TextEdit::singleline(to).desired_width(130.0));
            name(ui, &field, &i18n.f("exercises-new-name-for", &[("name", from.as_str().into())]));
            if ui.small_button(i18n.t("exercises-save-name")).clicked() {
                actions.push(Action::RenameExercise { from: from.clone(), to: to.clone() });
                library.renaming = None;
            } else if ui.small_button(i18n.t("exercises-cancel")).clicked() {
                library.renaming = None;
            }
            return;
        }
        (_, Some((from, into))) if *from == exercise.name => {
            let shown = if into.is_empty() { i18n.t("exercises-choose") } else { i18n.name(into) }.to_string();
            let combo = egui::ComboBox::from_id_salt(("merge_into", row)).selected_text(shown).show_ui(ui, |ui| {
                for other in state.library().iter().filter(|o| o.name != exercise.name && o.kind == exercise.kind) {
                    ui.selectable_value(into, other.name.clone(), i18n.name(&other.name));
                }
            });
            name(ui, &combo.response, &i18n.f("exercises-merge-into", &[("name", from.as_str().into())]));
            let merge = ui.add_enabled(!into.is_empty(), egui::Button::new(i18n.t("exercises-merge")).small());
            if merge.clicked() {
                actions.push(Action::MergeExercise { from: from.clone(), into: into.clone() });
                library.merging = None;
            } else if ui.small_button(i18n.t("exercises-cancel")).clicked() {
                library.merging = None;
            }
            return;
        }
        _ => {}
    }
    let own = [("name", exercise.name.as_str().into())];
    let rename = ui.small_button(i18n.t("exercises-rename"));
    name(ui, &rename, &i18n.f("exercises-rename-named", &own));
    if rename.clicked() {
        library.renaming = Some((exercise.name.clone(), exercise.name.clone()));
        library.merging = None;
    }
    let merge = ui.small_button(i18n.t("exercises-merge-ellipsis"));
    name(ui, &merge, &i18n.f("exercises-merge-named", &own));
    if merge.clicked() {
        library.merging = Some((exercise.name.clone(), String::new()));
        library.renaming = None;
    }
    if !state.history().has_sets_of(&exercise.name) {
        let question = i18n.f("exercises-delete-question", &own);
        let (delete, yes) = (i18n.t("exercises-delete"), i18n.t("exercises-delete-yes"));
        if confirm_button(ui, &mut view.confirming, ConfirmId::DeleteExercise(row), delete, &question, yes) {
            actions.push(Action::DeleteExercise(exercise.name.clone()));
        }
    }
}

/// The "create a custom exercise" form; shared with the workout screen's picker. The muscle
/// group is picked from `groups` (the library's, English: shown in the window's language), so
/// "legs" and "Legs" never become two.
pub fn create_form(
    ui: &mut egui::Ui,
    i18n: &I18n,
    form: &mut NewExerciseForm,
    groups: &[String],
    actions: &mut Vec<Action>,
) {
    ui.collapsing(i18n.t("exercises-create-custom"), |ui| {
        let fields = [
            ("exercises-form-name", &mut form.name, "exercises-form-name-hint"),
            ("exercises-form-equipment", &mut form.equipment, "exercises-form-equipment-hint"),
        ];
        for (label, value, hint) in fields {
            ui.horizontal(|ui| {
                let l = ui.label(i18n.t(label));
                ui.add(egui::TextEdit::singleline(value).hint_text(i18n.t(hint))).labelled_by(l.id);
            });
        }
        ui.horizontal(|ui| {
            let l = ui.label(i18n.t("exercises-form-muscle-group"));
            let shown =
                if form.muscle_group.is_empty() { i18n.t("exercises-choose") } else { i18n.name(&form.muscle_group) };
            let combo = egui::ComboBox::from_id_salt("new_exercise_group").selected_text(shown).show_ui(ui, |ui| {
                // "Other" (stored in English, like every built-in group) when the library lacks it.
                let other = (!groups.iter().any(|g| g == OTHER)).then(|| OTHER.to_string());
                for group in groups.iter().chain(other.as_ref()) {
                    ui.selectable_value(&mut form.muscle_group, group.clone(), i18n.name(group));
                }
            });
            combo.response.labelled_by(l.id);
        });
        ui.horizontal(|ui| {
            let l = ui.label(i18n.t("exercises-form-records"));
            let combo = egui::ComboBox::from_id_salt("new_exercise_kind")
                .selected_text(kind_label(i18n, form.kind))
                .show_ui(ui, |ui| {
                    for kind in ExerciseKind::ALL {
                        ui.selectable_value(&mut form.kind, kind, kind_label(i18n, kind));
                    }
                });
            combo.response.labelled_by(l.id);
        });
        if ui.button(i18n.t("exercises-form-create")).clicked() {
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
                create_form(ui, &I18n::english(), form, &["Back".to_string(), "Legs".to_string()], actions)
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

//! Routines: the list on the start screen (start, edit, delete, new) and the editor — name,
//! exercises in order (add, remove, move), and each one's target sets (type, reps, weight).
//! The editor works on a draft of text fields; Save turns it into a routine.

use super::theme;
use uuid::Uuid;

use super::exercise_picker::exercise_picker;
use super::state::{ConfirmId, RoutineDraft, UiState};
use super::widgets::{confirm_button, name};
use crate::app::{Action, AppState};
use crate::domain::event::SetType;
use crate::domain::exercise::ExerciseKind;

pub fn list(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    theme::section(ui, "Routines");
    let routines = state.history().routines();
    if routines.is_empty() {
        super::empty::show(
            ui,
            super::icons::WORKOUT,
            "No routines yet",
            "A routine is a workout you do again: build one below, or save a finished workout as one from History.",
        );
    }
    let unit = state.prefs().unit;
    for routine in routines {
        ui.horizontal(|ui| {
            ui.strong(&routine.name);
            let start = ui.button("Start");
            name(ui, &start, &format!("Start {}", routine.name));
            if start.clicked() {
                actions.push(Action::StartRoutine(routine.id));
            }
            let edit = ui.button("Edit");
            name(ui, &edit, &format!("Edit {}", routine.name));
            if edit.clicked() {
                view.routine_draft = Some(RoutineDraft::of(routine, unit, |e| state.kind_of(e)));
            }
            let id = ConfirmId::DeleteRoutine(routine.id);
            let question = format!("Delete the routine {}?", routine.name);
            if confirm_button(ui, &mut view.confirming, id, "Delete…", &question, "Yes, delete") {
                actions.push(Action::DeleteRoutine(routine.id));
            }
            // What it holds, cut to the width left (all of it on hover).
            let text = routine.describe();
            ui.add(egui::Label::new(egui::RichText::new(&text).weak()).truncate()).on_hover_text(&text);
        });
    }
    if ui.button("New routine").clicked() {
        view.routine_draft = Some(RoutineDraft::new(Uuid::now_v7()));
    }
    editor(ui, state, view, actions);
}

/// The routine editor, in a window while a draft is open.
fn editor(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(draft) = view.routine_draft.as_mut() else { return };
    let unit = state.prefs().unit;
    let mut open = true;
    let mut close = false;
    egui::Window::new("Routine").open(&mut open).default_width(560.0).show(ui.ctx(), |ui| {
        ui.horizontal(|ui| {
            let label = ui.label("Routine name:");
            ui.text_edit_singleline(&mut draft.name).labelled_by(label.id);
        });
        let count = draft.exercises.len();
        let mut remove = None;
        let mut swap = None;
        let mut superset = None;
        for (i, exercise) in draft.exercises.iter_mut().enumerate() {
            ui.separator();
            ui.horizontal(|ui| {
                ui.strong(&exercise.exercise);
                if let Some(group) = exercise.superset {
                    ui.label(egui::RichText::new(format!("superset {group}")).weak());
                }
                for (text, step, label) in [("⏶", -1isize, "up"), ("⏷", 1, "down")] {
                    let enabled = if step < 0 { i > 0 } else { i + 1 < count };
                    let button = ui.add_enabled(enabled, egui::Button::new(text).small());
                    name(ui, &button, &format!("Move {} {label} in the routine", exercise.exercise));
                    if button.clicked() {
                        swap = Some((i, (i as isize + step) as usize));
                    }
                }
                if i > 0 {
                    let text = if exercise.superset.is_some() { "Leave superset" } else { "Superset with above" };
                    let button = ui.small_button(text);
                    name(ui, &button, &format!("{text}: {}", exercise.exercise));
                    if button.clicked() {
                        superset = Some(i);
                    }
                }
                let button = ui.small_button("Remove");
                name(ui, &button, &format!("Remove {} from the routine", exercise.exercise));
                if button.clicked() {
                    remove = Some(i);
                }
            });
            let kind = exercise.kind;
            let per = kind.distance_unit(unit);
            let mut remove_set = None;
            for (s, set) in exercise.sets.iter_mut().enumerate() {
                ui.horizontal(|ui| {
                    let who = format!("{} target {}", exercise.exercise, s + 1);
                    let combo = egui::ComboBox::from_id_salt(("routine_type", i, s))
                        .width(72.0)
                        .selected_text(set.set_type.label())
                        .show_ui(ui, |ui| {
                            for t in SetType::ALL {
                                ui.selectable_value(&mut set.set_type, t, t.label());
                            }
                        });
                    name(ui, &combo.response, &format!("{who} type"));
                    let field = |ui: &mut egui::Ui, text: &mut String, width: f32, what: &str, after: &str| {
                        let field = ui.add(egui::TextEdit::singleline(text).desired_width(width));
                        name(ui, &field, &format!("{who} {what}"));
                        ui.label(after);
                    };
                    if kind.uses_reps() {
                        field(ui, &mut set.reps, 40.0, "reps", "reps");
                    }
                    if kind.uses_weight() {
                        let after =
                            if kind == ExerciseKind::BodyweightReps { format!("+{unit}") } else { unit.to_string() };
                        field(ui, &mut set.weight, 56.0, "weight", &after);
                    }
                    if kind.uses_distance() {
                        field(ui, &mut set.distance, 56.0, "distance", per.label);
                    }
                    if kind.uses_duration() {
                        field(ui, &mut set.time, 56.0, "time", "m:ss");
                    }
                    let button = ui.small_button("×");
                    name(ui, &button, &format!("Remove {who}"));
                    if button.clicked() {
                        remove_set = Some(s);
                    }
                });
            }
            if let Some(s) = remove_set {
                exercise.sets.remove(s);
            }
            let add = ui.small_button("+ Target set");
            name(ui, &add, &format!("Add a target set of {}", exercise.exercise));
            if add.clicked() {
                let last = exercise.sets.last().cloned().unwrap_or_default();
                exercise.sets.push(last);
            }
        }
        if let Some(i) = remove {
            draft.exercises.remove(i);
        }
        if let Some((a, b)) = swap {
            draft.exercises.swap(a, b);
        }
        if let Some(i) = superset {
            draft.toggle_superset_with_previous(i);
        }
        ui.separator();
        if let Some(exercise) =
            exercise_picker(ui, state.library(), state.calendar().map(|c| &c.usage), &mut draft.picker, false)
        {
            draft.add_exercise(&exercise, state.kind_of(&exercise));
        }
        ui.horizontal(|ui| {
            if ui.button("Save routine").clicked() {
                match draft.to_routine(unit) {
                    Ok(routine) => {
                        actions.push(Action::SaveRoutine(routine));
                        close = true;
                    }
                    Err(problem) => draft.problem = Some(problem),
                }
            }
            if ui.button("Cancel").clicked() {
                close = true;
            }
        });
        if let Some(problem) = &draft.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
    });
    if !open || close {
        view.routine_draft = None;
    }
}

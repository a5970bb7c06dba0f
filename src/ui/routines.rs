//! Routines: the list on the start screen (start, edit, delete, new) and the editor — name,
//! exercises in order (add, remove, move), and each one's target sets (type, reps, weight).
//! The editor works on a draft of text fields; Save turns it into a routine.

use super::theme;
use uuid::Uuid;

use super::exercise_picker::exercise_picker;
use super::state::{ConfirmId, RoutineDraft, UiState};
use super::widgets::{confirm_button, name, set_type_id};
use crate::app::{Action, AppState};
use crate::domain::event::SetType;
use crate::domain::exercise::ExerciseKind;

pub fn list(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let i18n = state.i18n();
    theme::section(ui, i18n.t("shell-routines"));
    let routines = state.history().routines();
    if routines.is_empty() {
        super::empty::show(
            ui,
            super::icons::WORKOUT,
            i18n.t("shell-routines-empty"),
            i18n.t("shell-routines-empty-hint"),
        );
    }
    let unit = state.prefs().unit;
    for routine in routines {
        ui.horizontal(|ui| {
            ui.strong(&routine.name);
            let named = [("name", routine.name.as_str().into())];
            let start = ui.button(i18n.t("common-start"));
            name(ui, &start, &i18n.f("shell-routine-start", &named));
            if start.clicked() {
                actions.push(Action::StartRoutine(routine.id));
            }
            let edit = ui.button(i18n.t("common-edit"));
            name(ui, &edit, &i18n.f("shell-routine-edit", &named));
            if edit.clicked() {
                view.routine_draft = Some(RoutineDraft::of(routine, unit, |e| state.kind_of(e)));
            }
            let id = ConfirmId::DeleteRoutine(routine.id);
            let question = i18n.f("shell-routine-delete-question", &named);
            let (delete, yes) = (i18n.t("common-delete"), i18n.t("common-yes-delete"));
            if confirm_button(ui, &mut view.confirming, id, delete, &question, yes) {
                actions.push(Action::DeleteRoutine(routine.id));
            }
            // What it holds, cut to the width left (all of it on hover).
            let text = describe(routine, i18n);
            ui.add(egui::Label::new(egui::RichText::new(&text).weak()).truncate()).on_hover_text(&text);
        });
    }
    if ui.button(i18n.t("shell-routine-new")).clicked() {
        view.routine_draft = Some(RoutineDraft::new(Uuid::now_v7()));
    }
    editor(ui, state, view, actions);
}

/// The routine editor, in a window while a draft is open.
fn editor(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(draft) = view.routine_draft.as_mut() else { return };
    let unit = state.prefs().unit;
    let i18n = state.i18n();
    let mut open = true;
    let mut close = false;
    egui::Window::new(i18n.t("shell-routine-window"))
        .id(egui::Id::unique("routine_editor"))
        .open(&mut open)
        .default_width(560.0)
        .show(ui.ctx(), |ui| {
            ui.horizontal(|ui| {
                let label = ui.label(i18n.t("shell-routine-name"));
                ui.text_edit_singleline(&mut draft.name).labelled_by(label.id);
            });
            let count = draft.exercises.len();
            let mut remove = None;
            let mut swap = None;
            let mut superset = None;
            for (i, exercise) in draft.exercises.iter_mut().enumerate() {
                ui.separator();
                ui.horizontal(|ui| {
                    let shown = i18n.name(&exercise.exercise);
                    let named = [("exercise", shown.into())];
                    ui.strong(shown);
                    if let Some(group) = exercise.superset {
                        let text = i18n.f("shell-routine-superset", &[("group", group.into())]);
                        ui.label(egui::RichText::new(text).weak());
                    }
                    for (text, step, label) in
                        [("⏶", -1isize, "shell-routine-move-up"), ("⏷", 1, "shell-routine-move-down")]
                    {
                        let enabled = if step < 0 { i > 0 } else { i + 1 < count };
                        let button = ui.add_enabled(enabled, egui::Button::new(text).small());
                        name(ui, &button, &i18n.f(label, &named));
                        if button.clicked() {
                            swap = Some((i, (i as isize + step) as usize));
                        }
                    }
                    if i > 0 {
                        let text = if exercise.superset.is_some() {
                            i18n.t("shell-routine-leave-superset")
                        } else {
                            i18n.t("shell-routine-superset-with-above")
                        };
                        let button = ui.small_button(text);
                        name(ui, &button, &format!("{text}: {shown}"));
                        if button.clicked() {
                            superset = Some(i);
                        }
                    }
                    let button = ui.small_button(i18n.t("common-remove"));
                    name(ui, &button, &i18n.f("shell-routine-remove-exercise", &named));
                    if button.clicked() {
                        remove = Some(i);
                    }
                });
                let kind = exercise.kind;
                let per = kind.distance_unit(unit);
                let mut remove_set = None;
                for (s, set) in exercise.sets.iter_mut().enumerate() {
                    ui.horizontal(|ui| {
                        let who = i18n.f(
                            "shell-routine-target",
                            &[("exercise", i18n.name(&exercise.exercise).into()), ("number", (s + 1).into())],
                        );
                        let combo = egui::ComboBox::from_id_salt(("routine_type", i, s))
                            .width(72.0)
                            .selected_text(i18n.t(set_type_id(set.set_type)))
                            .show_ui(ui, |ui| {
                                for t in SetType::ALL {
                                    ui.selectable_value(&mut set.set_type, t, i18n.t(set_type_id(t)));
                                }
                            });
                        name(ui, &combo.response, &format!("{who} {}", i18n.t("common-field-type")));
                        let field = |ui: &mut egui::Ui, text: &mut String, width: f32, what: &str, after: &str| {
                            let field = ui.add(egui::TextEdit::singleline(text).desired_width(width));
                            name(ui, &field, &format!("{who} {what}"));
                            ui.label(after);
                        };
                        if kind.uses_reps() {
                            field(
                                ui,
                                &mut set.reps,
                                40.0,
                                i18n.t("common-field-reps"),
                                i18n.t("shell-routine-reps-unit"),
                            );
                        }
                        if kind.uses_weight() {
                            let after = if kind == ExerciseKind::BodyweightReps {
                                format!("+{unit}")
                            } else {
                                unit.to_string()
                            };
                            field(ui, &mut set.weight, 56.0, i18n.t("common-field-weight"), &after);
                        }
                        if kind.uses_distance() {
                            field(ui, &mut set.distance, 56.0, i18n.t("common-field-distance"), per.label);
                        }
                        if kind.uses_duration() {
                            field(ui, &mut set.time, 56.0, i18n.t("common-field-time"), "m:ss");
                        }
                        let button = ui.small_button("×");
                        name(ui, &button, &i18n.f("shell-routine-remove-target", &[("target", who.as_str().into())]));
                        if button.clicked() {
                            remove_set = Some(s);
                        }
                    });
                }
                if let Some(s) = remove_set {
                    exercise.sets.remove(s);
                }
                let add = ui.small_button(i18n.t("shell-routine-add-target"));
                let named = [("exercise", i18n.name(&exercise.exercise).into())];
                name(ui, &add, &i18n.f("shell-routine-add-target-named", &named));
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
            if let Some(exercise) = exercise_picker(
                ui,
                state.i18n(),
                state.library(),
                state.calendar().map(|c| &c.usage),
                &mut draft.picker,
                false,
            ) {
                draft.add_exercise(&exercise, state.kind_of(&exercise));
            }
            ui.horizontal(|ui| {
                if ui.button(i18n.t("shell-routine-save")).clicked() {
                    match draft.to_routine(unit, i18n) {
                        Ok(routine) => {
                            actions.push(Action::SaveRoutine(routine));
                            close = true;
                        }
                        Err(problem) => draft.problem = Some(problem),
                    }
                }
                if ui.button(i18n.t("common-cancel")).clicked() {
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

/// `Squat 5×5, Bench Press 3×8`, built-in exercises named in the window's language.
fn describe(routine: &crate::domain::routine::Routine, i18n: &crate::i18n::I18n) -> String {
    let mut text = String::new();
    for (n, e) in routine.exercises.iter().enumerate() {
        if n > 0 {
            text.push_str(", ");
        }
        let shown = i18n.name(&e.exercise);
        let mut working = e.sets.iter().filter(|s| s.set_type.is_working());
        let count = working.clone().count();
        match working.next().and_then(|s| s.reps) {
            Some(reps) => text.push_str(&format!("{shown} {count}×{reps}")),
            None => text.push_str(&format!("{shown} ×{}", e.sets.len())),
        }
    }
    text
}

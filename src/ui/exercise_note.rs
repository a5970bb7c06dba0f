//! The lifter's standing note on an exercise (seat height, grip, a cue): shown under the
//! exercise in the live workout and on its records screen, added and edited in place.

use egui::RichText;

use super::state::NoteDraft;
use super::widgets::{describe, i18n, name};
use crate::app::Action;

/// "+ Note", for an exercise without a note (its editor opens below, in [`show`]).
pub fn add_button(ui: &mut egui::Ui, exercise: &str, note: Option<&str>, draft: &mut Option<NoteDraft>) {
    if note.is_some() || draft.as_ref().is_some_and(|d| d.exercise == exercise) {
        return;
    }
    let i18n = i18n(ui);
    let add = ui.small_button(super::icons::with_icon(super::icons::NOTE, i18n.t("shell-note")));
    name(ui, &add, &i18n.f("shell-note-add", &[("exercise", i18n.name(exercise).into())]));
    if add.clicked() {
        *draft = NoteDraft::open(exercise, "");
    }
}

/// The note and "Edit note", or the editor when it is open: Enter or "Save note" records it
/// (emptied: removed), Escape or "Cancel" leaves it as it was.
pub fn show(
    ui: &mut egui::Ui,
    exercise: &str,
    note: Option<&str>,
    draft: &mut Option<NoteDraft>,
    actions: &mut Vec<Action>,
) {
    let i18n = i18n(ui);
    match draft {
        Some(editing) if editing.exercise == exercise => {
            let mut done = None;
            ui.horizontal(|ui| {
                let field = ui.add(
                    egui::TextEdit::singleline(&mut editing.text)
                        .id_salt(("exercise_note", exercise))
                        .hint_text(i18n.t("shell-note-hint"))
                        .desired_width(360.0),
                );
                name(ui, &field, &i18n.f("shell-note-field", &[("exercise", i18n.name(exercise).into())]));
                if std::mem::take(&mut editing.focus) {
                    field.request_focus();
                }
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let escaped = ui.input(|i| i.key_pressed(egui::Key::Escape));
                if ui.small_button(i18n.t("shell-note-save")).clicked() || entered {
                    done = Some(true);
                } else if ui.small_button(i18n.t("common-cancel")).clicked() || escaped {
                    done = Some(false);
                }
            });
            if let Some(save) = done {
                if save {
                    actions
                        .push(Action::SetExerciseNote { exercise: exercise.to_string(), note: editing.text.clone() });
                }
                *draft = None;
            }
        }
        _ => {
            let Some(note) = note else { return };
            ui.horizontal(|ui| {
                let shown = ui.label(RichText::new(note).italics().weak());
                describe(
                    ui,
                    &shown,
                    &i18n.f("shell-note-shown", &[("exercise", i18n.name(exercise).into()), ("note", note.into())]),
                );
                let edit = ui.small_button(i18n.t("shell-note-edit"));
                name(ui, &edit, &i18n.f("shell-note-edit-named", &[("exercise", i18n.name(exercise).into())]));
                if edit.clicked() {
                    *draft = NoteDraft::open(exercise, note);
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    type State = (Option<String>, Option<NoteDraft>, Vec<Action>);

    fn note_harness(note: Option<&str>) -> Harness<'static, State> {
        crate::ui::harness(
            |ui, (note, draft, actions): &mut State| {
                ui.horizontal(|ui| add_button(ui, "Leg Press", note.as_deref(), draft));
                show(ui, "Leg Press", note.as_deref(), draft, actions);
            },
            (note.map(str::to_string), None, Vec::new()),
        )
    }

    #[test]
    fn a_note_is_added_with_enter_and_edited_in_place() {
        let mut harness = note_harness(None);
        harness.get_by_label("Add a note to Leg Press").click();
        harness.run();
        assert!(harness.get_by_label("Note on Leg Press").is_focused(), "the field takes the keyboard");
        harness.get_by_label("Note on Leg Press").type_text("Seat 4");
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
        let (_, draft, actions) = harness.state();
        assert_eq!(draft, &None);
        assert_eq!(actions, &[Action::SetExerciseNote { exercise: "Leg Press".into(), note: "Seat 4".into() }]);

        let mut harness = note_harness(Some("Seat 4"));
        harness.get_by_label("Leg Press note: Seat 4");
        assert!(harness.query_by_label("Add a note to Leg Press").is_none());
        harness.get_by_label("Edit the note on Leg Press").click();
        harness.run();
        harness.get_by_label("Note on Leg Press");
        harness.get_by_label("Cancel").click();
        harness.run();
        let (_, draft, actions) = harness.state();
        assert_eq!((draft, actions.len()), (&None, 0), "cancelled: nothing recorded");
    }
}

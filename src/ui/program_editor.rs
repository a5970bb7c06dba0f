//! The program editor window, over whichever screen is open: the program's name, each day
//! as a card (its name, its exercises with their kind of rule, increment and every number of
//! the rule, an "add exercise" field completing from the library), Add day, and Save /
//! Cancel / Delete. It draws the editor's view (worked out in the app layer once per change)
//! and turns every edit into an [`EditorAction`].

use egui::RichText;

use super::widgets::{name, text_field};
use super::{icons, theme};
use crate::app::{
    Action, AppState, Buttons, DayView, EditorAction, ExerciseView, Field, FieldView, ParamValue, ProgramEditor,
    RuleKind,
};
use crate::i18n::I18n;

const NUMBER_WIDTH: f32 = 48.0;

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(editor) = state.program_editor() else { return };
    let mut out = Vec::new();
    let mut open = true;
    let delete = egui::Window::new(editor.view().title.as_str())
        .id(egui::Id::unique("program_editor"))
        .open(&mut open)
        .collapsible(false)
        .default_size([720.0, 620.0])
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| window(ui, state.i18n(), editor, &mut out))
        .and_then(|shown| shown.inner);
    if !open {
        out.push(EditorAction::Cancel);
    }
    actions.extend(out.into_iter().map(Action::ProgramEditor));
    if delete == Some(true) {
        actions.push(Action::DeleteProgram { slug: editor.draft().slug.clone() });
    }
}

/// The editor's content; true once the lifter confirmed deleting the program.
fn window(ui: &mut egui::Ui, i18n: &I18n, editor: &ProgramEditor, out: &mut Vec<EditorAction>) -> bool {
    let view = editor.view();
    ui.horizontal(|ui| {
        ui.label(i18n.t("programs-editor-name"));
        let (_, changed) = text_field(ui, &editor.draft().name, 320.0, i18n.t("programs-editor-program-name"), false);
        if let Some(name) = changed {
            out.push(EditorAction::Rename(name));
        }
    });
    theme::hint(ui, i18n.f("programs-editor-unit", &[("unit", view.unit.as_str().into())]));
    ui.add_space(theme::GAP);
    let footer_height = 72.0;
    egui::ScrollArea::vertical().max_height(ui.available_height() - footer_height).auto_shrink([false, true]).show(
        ui,
        |ui| {
            for (d, day) in view.days.iter().enumerate() {
                day_card(ui, i18n, d, day, view.days.len(), out);
                ui.add_space(theme::GAP);
            }
            if icons::button(ui, icons::ADD, i18n.t("programs-editor-add-day")).clicked() {
                out.push(EditorAction::AddDay);
            }
        },
    );
    ui.separator();
    footer(ui, i18n, editor, out)
}

/// Move up, move down and remove, for a day or an exercise at `at` of `len`.
fn order_buttons(ui: &mut egui::Ui, buttons: &Buttons, at: usize, len: usize) -> Option<Option<isize>> {
    let mut asked = None;
    for (icon, label, step, enabled) in
        [(icons::MOVE_UP, &buttons.up, -1, at > 0), (icons::MOVE_DOWN, &buttons.down, 1, at + 1 < len)]
    {
        if ui.add_enabled_ui(enabled, |ui| icons::icon_button(ui, icon, label)).inner.clicked() {
            asked = Some(Some(step));
        }
    }
    if icons::icon_button(ui, icons::REMOVE, &buttons.remove).clicked() {
        asked = Some(None);
    }
    asked
}

fn day_card(ui: &mut egui::Ui, i18n: &I18n, d: usize, day: &DayView, days: usize, out: &mut Vec<EditorAction>) {
    theme::card(ui).show(ui, |ui| {
        ui.set_min_width(ui.available_width());
        ui.horizontal(|ui| {
            let (_, changed) = text_field(ui, &day.name, 220.0, &day.name_label, false);
            if let Some(name) = changed {
                out.push(EditorAction::RenameDay { day: d, name });
            }
            match order_buttons(ui, &day.buttons, d, days) {
                Some(Some(step)) => out.push(EditorAction::MoveDay { day: d, step }),
                Some(None) => out.push(EditorAction::RemoveDay(d)),
                None => {}
            }
        });
        for (x, exercise) in day.exercises.iter().enumerate() {
            ui.separator();
            exercise_rows(ui, i18n, (d, x), exercise, day.exercises.len(), out);
        }
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(i18n.t("programs-editor-add-exercise"));
            let (_, changed) = text_field(ui, &day.query, 200.0, &day.add_label, false);
            if let Some(text) = changed {
                out.push(EditorAction::AddQuery { day: d, text });
            }
        });
        ui.horizontal_wrapped(|ui| {
            for (exercise, label) in &day.completions {
                let button = ui.button(i18n.name(exercise));
                name(ui, &button, label);
                if button.clicked() {
                    out.push(EditorAction::AddExercise { day: d, exercise: exercise.clone() });
                }
            }
        });
    });
}

fn exercise_rows(
    ui: &mut egui::Ui,
    i18n: &I18n,
    (d, x): (usize, usize),
    e: &ExerciseView,
    len: usize,
    out: &mut Vec<EditorAction>,
) {
    ui.push_id(&e.tag, |ui| {
        ui.horizontal(|ui| {
            ui.strong(&e.exercise);
            let mut kind = e.kind;
            let combo = egui::ComboBox::from_id_salt("rule").selected_text(i18n.t(kind.label_id())).show_ui(ui, |ui| {
                for k in RuleKind::ALL {
                    ui.selectable_value(&mut kind, k, i18n.t(k.label_id()));
                }
            });
            name(ui, &combo.response, &e.rule_label);
            if kind != e.kind {
                out.push(EditorAction::SetKind { day: d, exercise: x, kind });
            }
            number_field(ui, &e.increment, Field::Increment { day: d, exercise: x }, out);
            match order_buttons(ui, &e.buttons, x, len) {
                Some(Some(step)) => out.push(EditorAction::MoveExercise { day: d, exercise: x, step }),
                Some(None) => out.push(EditorAction::RemoveExercise { day: d, exercise: x }),
                None => {}
            }
        });
        if let Some(shared) = &e.shared {
            theme::hint(ui, shared);
        }
        let lines = e.params.last().map_or(0, |p| p.line + 1);
        for line in 0..lines {
            let on_line = e.params.iter().enumerate().filter(|(_, p)| p.line == line);
            ui.horizontal_wrapped(|ui| param_line(ui, d, x, on_line, out));
        }
        if let Some([(add, add_label), (remove, remove_label)]) = &e.groups {
            ui.horizontal(|ui| {
                let button = ui.small_button(add);
                name(ui, &button, add_label);
                if button.clicked() {
                    out.push(EditorAction::AddGroup { day: d, exercise: x });
                }
                let button = ui.small_button(remove);
                name(ui, &button, remove_label);
                if button.clicked() {
                    out.push(EditorAction::RemoveGroup { day: d, exercise: x });
                }
            });
        }
        let danger = theme::palette(ui).danger;
        let problems = e.params.iter().chain([&e.increment]).filter_map(|p| p.problem.as_deref());
        for problem in problems.chain(e.problem.as_deref()) {
            ui.label(RichText::new(problem).color(danger));
        }
    });
}

/// One line of a rule's numbers and switches.
fn param_line<'a>(
    ui: &mut egui::Ui,
    d: usize,
    x: usize,
    params: impl Iterator<Item = (usize, &'a FieldView)>,
    out: &mut Vec<EditorAction>,
) {
    for (index, param) in params {
        match param.value {
            ParamValue::Flag(on) => {
                let mut checked = on;
                let response = ui.checkbox(&mut checked, param.name.as_str());
                name(ui, &response, &param.label);
                if checked != on {
                    out.push(EditorAction::SetFlag { day: d, exercise: x, index, on: checked });
                }
            }
            ParamValue::Text(_) => number_field(ui, param, Field::Param { day: d, exercise: x, index }, out),
        }
    }
}

/// A number typed as text, its short name before it; red-framed when refused.
fn number_field(ui: &mut egui::Ui, field: &FieldView, key: Field, out: &mut Vec<EditorAction>) {
    let ParamValue::Text(text) = &field.value else { return };
    ui.label(RichText::new(&field.name).weak());
    ui.push_id(&field.label, |ui| {
        if field.problem.is_some() {
            ui.visuals_mut().selection.stroke.color = theme::palette(ui).danger;
            ui.visuals_mut().widgets.inactive.bg_stroke = egui::Stroke::new(1.0, theme::palette(ui).danger);
        }
        let (_, changed) = text_field(ui, text, NUMBER_WIDTH, &field.label, false);
        if let Some(text) = changed {
            out.push(EditorAction::SetText { field: key, text });
        }
    });
}

/// Save, Cancel and (for a program saved before) Delete, asked first; true once confirmed.
fn footer(ui: &mut egui::Ui, i18n: &I18n, editor: &ProgramEditor, out: &mut Vec<EditorAction>) -> bool {
    if let Some(error) = editor.error() {
        ui.label(RichText::new(error).color(theme::palette(ui).danger));
    }
    let mut delete = false;
    ui.horizontal(|ui| {
        let save_program = i18n.t("programs-editor-save");
        let save = theme::primary_button(ui, icons::with_icon(icons::DONE, save_program));
        name(ui, &save, save_program);
        if save.clicked() {
            out.push(EditorAction::Save);
        }
        if ui.button(i18n.t("common-cancel")).clicked() {
            out.push(EditorAction::Cancel);
        }
        if !editor.saved_before() {
            return;
        }
        ui.separator();
        if !editor.confirming_delete() {
            if icons::button(ui, icons::REMOVE, i18n.t("programs-editor-delete")).clicked() {
                out.push(EditorAction::AskDelete(true));
            }
            return;
        }
        let danger = theme::palette(ui).danger;
        ui.label(RichText::new(i18n.t("programs-editor-delete-question")).color(danger));
        delete = ui.button(RichText::new(i18n.t("programs-editor-delete-yes")).color(danger)).clicked();
        if ui.button(i18n.t("common-keep-it")).clicked() {
            out.push(EditorAction::AskDelete(false));
        }
    });
    delete
}

/// "Copy and edit" beside a program of the list, and "Edit" for the lifter's own.
pub fn list_buttons(ui: &mut egui::Ui, state: &AppState, program: &str, slug: &str, actions: &mut Vec<Action>) {
    let i18n = state.i18n();
    let copy = ui.button(icons::with_icon(icons::COPY, i18n.t("programs-copy-and-edit")));
    name(ui, &copy, &i18n.f("programs-copy-and-edit-named", &[("program", program.into())]));
    if copy.clicked() {
        actions.push(Action::CopyProgram { slug: slug.to_string() });
    }
    if state.history().own_programs().iter().any(|p| p.slug == slug) {
        let edit = ui.button(icons::with_icon(icons::EDIT, i18n.t("common-edit")));
        name(ui, &edit, &i18n.f("programs-edit-named", &[("program", program.into())]));
        if edit.clicked() {
            actions.push(Action::EditProgram { slug: slug.to_string() });
        }
    }
}

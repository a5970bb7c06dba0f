//! Small widgets the screens share: accessible names, text fields that select their content
//! on focus, and buttons that ask before they act.

use std::sync::{Arc, LazyLock};

use uuid::Uuid;

use crate::domain::event::SetType;
use crate::i18n::I18n;

/// Where the window's language is kept for the shared widgets, which are drawn without the
/// application state (the shell puts it there each frame, see [`set_i18n`]).
const I18N_KEY: &str = "gymlog_i18n";

/// English, for a view drawn in a test harness without the shell.
static ENGLISH: LazyLock<Arc<I18n>> = LazyLock::new(|| Arc::new(I18n::english()));

/// English, whatever the window's language (the notice about a missing Chinese font, which
/// Chinese glyphs could not draw).
pub fn english() -> Arc<I18n> {
    ENGLISH.clone()
}

/// Keeps the window's language where the shared widgets read it: loaded again only when the
/// language changes (a frame otherwise only compares the language).
pub fn set_i18n(ctx: &egui::Context, i18n: &I18n) {
    let id = egui::Id::unique(I18N_KEY);
    let current = ctx.data(|d| d.get_temp::<Arc<I18n>>(id));
    if current.is_some_and(|c| c.language() == i18n.language()) {
        return;
    }
    let loaded = if i18n.language() == crate::i18n::Language::English {
        english()
    } else {
        Arc::new(I18n::new(i18n.language(), None))
    };
    ctx.data_mut(|d| d.insert_temp(id, loaded));
}

/// The window's language for a widget drawn without the state (English in a harness that
/// draws one view without the shell).
pub fn i18n(ui: &egui::Ui) -> Arc<I18n> {
    ui.ctx().data(|d| d.get_temp::<Arc<I18n>>(egui::Id::unique(I18N_KEY))).unwrap_or_else(english)
}

/// Why a typed amount was refused, in `i18n`'s language (`common-refused-*`).
pub fn refused(i18n: &I18n, refused: &crate::domain::units::typed::Refused) -> String {
    i18n.refused(refused)
}

/// The catalogue id of a set type's name (`set-type-warm-up`).
pub fn set_type_id(set_type: SetType) -> &'static str {
    match set_type {
        SetType::Normal => "set-type-normal",
        SetType::WarmUp => "set-type-warm-up",
        SetType::Drop => "set-type-drop",
        SetType::Failure => "set-type-failure",
        SetType::CoolDown => "set-type-cool-down",
    }
}

/// The destructive buttons that ask before they act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmId {
    DiscardWorkout,
    RemoveExercise(usize),
    DeleteWorkout(Uuid),
    DeleteRoutine(Uuid),
    DeleteExercise(usize),
}

/// Gives a widget an accessible name (screen readers, and egui_kittest's `get_by_label`).
pub fn name(ui: &egui::Ui, response: &egui::Response, label: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_label(label));
}

/// A one-line text field showing `text`, named `label` for accessibility. Focusing it (click,
/// Tab, or `focus` asked by the caller) selects its content, so typing replaces a prefilled
/// value instead of appending to it. Returns the response and the new text if it changed.
pub fn text_field(
    ui: &mut egui::Ui,
    text: &str,
    width: f32,
    label: &str,
    focus: bool,
) -> (egui::Response, Option<String>) {
    let mut buffer = text.to_string();
    let output =
        egui::TextEdit::singleline(&mut buffer).desired_width(width).min_size(egui::vec2(width, 22.0)).show(ui);
    let response = output.response.response;
    if focus {
        // Focus asked for after this frame's input: `gained_focus` will not fire for it.
        response.request_focus();
    }
    if focus || response.gained_focus() {
        let mut state = output.state;
        state.cursor.set_char_range(Some(egui::text::CCursorRange::select_all_str(&buffer)));
        state.store(ui.ctx(), response.id);
    }
    name(ui, &response, label);
    let changed = (buffer != text).then_some(buffer);
    (response, changed)
}

/// Describes a label for screen readers (and egui_kittest): AccessKit reads a label's value.
pub fn describe(ui: &egui::Ui, response: &egui::Response, text: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| node.set_value(text));
}

/// A number field whose value is committed once: when a drag ends, or at once when typed or
/// stepped with the keyboard. While dragging, `draft` holds the number shown. Returns the
/// response and the committed value, if any.
pub fn committed_number(
    ui: &mut egui::Ui,
    saved: u32,
    draft: &mut Option<u32>,
    range: std::ops::RangeInclusive<u32>,
) -> (egui::Response, Option<u32>) {
    let mut value = draft.unwrap_or(saved);
    let response = ui.add(egui::DragValue::new(&mut value).range(range));
    let committed = if response.dragged() {
        *draft = Some(value);
        None
    } else if draft.is_some() || response.changed() {
        *draft = None;
        Some(value)
    } else {
        None
    };
    (response, committed)
}

/// A destructive button that asks first: `label`, then `question` with `yes` and "Keep it".
/// Returns true on the click that confirms.
pub fn confirm_button(
    ui: &mut egui::Ui,
    confirming: &mut Option<ConfirmId>,
    id: ConfirmId,
    label: &str,
    question: &str,
    yes: &str,
) -> bool {
    if *confirming != Some(id) {
        if ui.button(label).clicked() {
            *confirming = Some(id);
        }
        return false;
    }
    ui.label(egui::RichText::new(question).color(ui.visuals().error_fg_color));
    if ui.button(yes).clicked() {
        *confirming = None;
        return true;
    }
    if ui.button(i18n(ui).t("common-keep-it")).clicked() {
        *confirming = None;
    }
    false
}

/// The RPE of a set (– for none), named `label`; returns the new choice if it changed.
pub fn rpe_combo(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    current: Option<f64>,
    label: &str,
) -> Option<Option<f64>> {
    let i18n = i18n(ui);
    let mut rpe = current;
    let combo = egui::ComboBox::from_id_salt(id_salt)
        .width(48.0)
        .selected_text(rpe.map_or("–".to_string(), |v| i18n.amount(v)))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut rpe, None, "–");
            for v in crate::domain::set_rules::rpe_choices() {
                ui.selectable_value(&mut rpe, Some(v), i18n.amount(v));
            }
        });
    name(ui, &combo.response, label);
    (rpe != current).then_some(rpe)
}

/// The type of a set (normal, warm-up, drop, failure), named `label`; returns the new choice if
/// it changed.
pub fn set_type_combo(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    current: SetType,
    label: &str,
) -> Option<SetType> {
    let i18n = i18n(ui);
    let mut set_type = current;
    let combo = egui::ComboBox::from_id_salt(id_salt).width(72.0).selected_text(i18n.t(set_type_id(set_type))).show_ui(
        ui,
        |ui| {
            for t in SetType::ALL {
                ui.selectable_value(&mut set_type, t, i18n.t(set_type_id(t)));
            }
        },
    );
    name(ui, &combo.response, label);
    (set_type != current).then_some(set_type)
}

/// A left-aligned column of a fixed width; text too long for it is cut with "…". Returns the
/// label's response.
pub fn cell(ui: &mut egui::Ui, size: [f32; 2], text: impl Into<egui::WidgetText>) -> egui::Response {
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(size.into(), layout, |ui| {
        ui.set_min_size(size.into());
        ui.add(egui::Label::new(text).truncate())
    })
    .inner
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn a_confirm_button_asks_then_acts_once() {
        let mut harness = crate::ui::harness(
            |ui, (confirming, confirmed): &mut (Option<ConfirmId>, usize)| {
                if confirm_button(ui, confirming, ConfirmId::DiscardWorkout, "Discard", "Sure?", "Yes") {
                    *confirmed += 1;
                }
            },
            (None, 0),
        );
        harness.get_by_label("Discard").click();
        harness.run();
        harness.get_by_label("Keep it").click();
        harness.run();
        assert_eq!(*harness.state(), (None, 0));
        harness.get_by_label("Discard").click();
        harness.run();
        harness.get_by_label("Yes").click();
        harness.run();
        assert_eq!(*harness.state(), (None, 1));
    }

    #[test]
    fn focusing_a_field_selects_its_text_so_typing_replaces_it() {
        let mut harness = crate::ui::harness(
            |ui, text: &mut String| {
                let (_, changed) = text_field(ui, text, 60.0, "reps", false);
                if let Some(new) = changed {
                    *text = new;
                }
            },
            "10".to_string(),
        );
        harness.get_by_label("reps").focus();
        harness.run();
        harness.get_by_label("reps").type_text("8");
        harness.run();
        assert_eq!(harness.state(), "8", "not 108");
    }
}

//! The fields of one set, shown the same way wherever a set is edited — the live workout's
//! tables (`workout/table.rs`) and corrections of a saved workout (`history_edit.rs`): the
//! amounts its exercise's kind takes (weight or added load, reps, distance, time) under the
//! same headings, the RPE and set-type pickers, and the note. Each field is named for
//! AccessKit as "`<exercise> set <n>` weight", "… RPE", "… note", so tests find it by label.
//! The widget only reports the edits; the screen decides what they do.

use egui::Response;

use super::widgets::{i18n, rpe_combo, set_type_combo, set_type_id, text_field};
use crate::app::RowEdit;
use crate::app::editor::SetRow;
use crate::domain::exercise::ExerciseKind;
use crate::domain::units::WeightUnit;

/// The headings of the amount columns of a table of `kind`, in the order [`amounts`] shows
/// the fields (English: [`amount_headings_in`] gives them in the window's language).
pub fn amount_headings(kind: ExerciseKind, unit: WeightUnit) -> Vec<String> {
    amount_headings_in(&super::widgets::english(), kind, unit)
}

/// The headings of [`amount_headings`] in `i18n`'s language.
pub fn amount_headings_in(i18n: &crate::i18n::I18n, kind: ExerciseKind, unit: WeightUnit) -> Vec<String> {
    let mut headings = Vec::new();
    if kind.uses_weight() {
        let added = if kind == ExerciseKind::BodyweightReps { "+" } else { "" };
        headings.push(format!("{added}{unit}"));
    }
    if kind.uses_reps() {
        headings.push(i18n.t("common-reps").into());
    }
    if kind.uses_distance() {
        headings.push(kind.distance_unit(unit).label.to_string());
    }
    if kind.uses_duration() {
        headings.push(i18n.t("common-time").into());
    }
    headings
}

/// The edits one row's fields made this frame, and the fields' responses (for focus and
/// Enter).
#[derive(Default)]
pub struct Edited {
    pub edits: Vec<RowEdit>,
    pub fields: Vec<Response>,
}

/// The amount fields of `row` for an exercise of `kind`, one grid cell each; the first takes
/// the keyboard focus when `focus`.
pub fn amounts(ui: &mut egui::Ui, row: &SetRow, kind: ExerciseKind, who: &str, focus: bool) -> Edited {
    let i18n = i18n(ui);
    let mut edited = Edited::default();
    let values = &row.values;
    // Shown or not, the text, the width, the field's name, the edit it makes.
    type Field<'a> = (bool, &'a str, f32, &'a str, fn(String) -> RowEdit);
    let fields: [Field<'_>; 4] = [
        (kind.uses_weight(), &values.weight, 64.0, i18n.t("common-field-weight"), RowEdit::Weight),
        (kind.uses_reps(), &values.reps, 44.0, i18n.t("common-field-reps"), RowEdit::Reps),
        (kind.uses_distance(), &values.distance, 56.0, i18n.t("common-field-distance"), RowEdit::Distance),
        (kind.uses_duration(), &values.time, 56.0, i18n.t("common-field-time"), RowEdit::Time),
    ];
    for (i, (used, text, width, what, make)) in fields.into_iter().enumerate() {
        if !used {
            continue;
        }
        let first = edited.fields.is_empty();
        // Weight and distance in the locale's numbers (`82,5`); a comma or a point is read back.
        let shown = if i == 0 || i == 2 { i18n.localise_number(text.to_string()) } else { text.to_string() };
        let (response, changed) = text_field(ui, &shown, width, &format!("{who} {what}"), focus && first);
        edited.edits.extend(changed.map(make));
        edited.fields.push(response);
    }
    edited
}

/// The RPE and set-type pickers of `row`, two grid cells; `id` tells this row's pickers from
/// every other's.
pub fn choices(
    ui: &mut egui::Ui,
    id: impl std::hash::Hash + std::fmt::Debug + Copy,
    row: &SetRow,
    who: &str,
) -> Vec<RowEdit> {
    let values = &row.values;
    let label = format!("{who} {}", i18n(ui).t("common-field-type"));
    [rpe(ui, id, row, who), set_type_combo(ui, ("type", id), values.set_type, &label).map(RowEdit::SetType)]
        .into_iter()
        .flatten()
        .collect()
}

/// The RPE picker of `row`, one grid cell.
pub fn rpe(
    ui: &mut egui::Ui,
    id: impl std::hash::Hash + std::fmt::Debug + Copy,
    row: &SetRow,
    who: &str,
) -> Option<RowEdit> {
    rpe_combo(ui, ("rpe", id), row.values.rpe, &format!("{who} RPE")).map(RowEdit::Rpe)
}

/// The set types as a list to pick from (inside a row's menu, where a combo box would open
/// a second popup), each named "`<who>` as Warm-up" and so on.
pub fn set_type_list(ui: &mut egui::Ui, row: &SetRow, who: &str) -> Option<RowEdit> {
    let i18n = i18n(ui);
    let current = row.values.set_type;
    let mut picked = current;
    for t in crate::domain::event::SetType::ALL {
        let label = i18n.t(set_type_id(t));
        let choice = ui.radio_value(&mut picked, t, label);
        super::widgets::name(ui, &choice, &i18n.f("common-field-as", &[("who", who.into()), ("type", label.into())]));
    }
    (picked != current).then_some(RowEdit::SetType(picked))
}

/// The note field of `row`, one grid cell.
pub fn note(ui: &mut egui::Ui, row: &SetRow, who: &str, width: f32) -> (Response, Option<RowEdit>) {
    let label = format!("{who} {}", i18n(ui).t("common-field-note"));
    let (response, changed) = text_field(ui, &row.values.note, width, &label, false);
    (response, changed.map(RowEdit::Note))
}

//! The exercise picker: a search box that understands abbreviations (`ohp`, `db press`, `rdl`),
//! a muscle-group filter, the matching exercises as buttons; Enter adds the top match, and the
//! box takes the keyboard when a workout starts or "Add exercise" is pressed.

use crate::domain::exercise::{ExerciseDef, muscle_groups};
use crate::domain::usage::{Usage, search_lifters_first};
use crate::i18n::I18n;
use crate::ui::library::kind_label;
use crate::ui::state::ExercisePicker;
use crate::ui::widgets::name;

/// The search box, the filter and the hits (the lifter's most done first among equal matches,
/// when `usage` is known); returns the exercise picked (clicked, or the top match on Enter).
/// `focus`: take the keyboard (and scroll here). Built-in names show in the window's language
/// and are found by it, English and the abbreviations; the name returned is the English one.
pub fn exercise_picker(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &[ExerciseDef],
    usage: Option<&Usage>,
    picker: &mut ExercisePicker,
    focus: bool,
) -> Option<String> {
    let mut picked = None;
    ui.horizontal(|ui| {
        let label = ui.label(i18n.t("exercises-search"));
        let field = ui
            // A fixed id: adding an exercise puts a table above the box, and an id from the
            // position would change and drop the keyboard focus.
            .add(
                egui::TextEdit::singleline(&mut picker.query)
                    .id_salt("exercise_search")
                    .hint_text(i18n.t("exercises-picker-hint")),
            )
            .labelled_by(label.id);
        if focus {
            field.request_focus();
            field.scroll_to_me(Some(egui::Align::Center));
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) && !picker.query.trim().is_empty() {
            if let Some(top) =
                search_lifters_first(library, &picker.query, picker.muscle_group.as_deref(), usage, |n| i18n.name(n))
                    .first()
            {
                picked = Some(top.name.clone());
                picker.query.clear();
            }
            field.request_focus();
        }
        let group = &mut picker.muscle_group;
        let shown = group.as_deref().map_or(i18n.t("exercises-all-muscle-groups"), |g| i18n.name(g)).to_string();
        let combo = egui::ComboBox::from_id_salt("muscle_group").selected_text(shown).show_ui(ui, |ui| {
            ui.selectable_value(group, None, i18n.t("exercises-all-muscle-groups"));
            // In the language's alphabetical order; the filter keeps the English group.
            let mut groups = muscle_groups(library);
            groups.sort_by_cached_key(|g| i18n.name(g).to_lowercase());
            for g in groups {
                let shown = i18n.name(&g).to_string();
                ui.selectable_value(group, Some(g), shown);
            }
        });
        name(ui, &combo.response, i18n.t("exercises-filter-muscle-group"));
    });
    let hits = search_lifters_first(library, &picker.query, picker.muscle_group.as_deref(), usage, |n| i18n.name(n));
    ui.horizontal_wrapped(|ui| {
        for exercise in hits.iter().take(12) {
            let shown = i18n.name(&exercise.name);
            let (group, equipment) = (i18n.name(&exercise.muscle_group), i18n.name(&exercise.equipment));
            let hover = format!("{group} · {equipment} · {}", kind_label(i18n, exercise.kind));
            let button = ui.button(shown).on_hover_text(hover);
            name(ui, &button, &i18n.f("exercises-add", &[("name", shown.into())]));
            if button.clicked() {
                picked = Some(exercise.name.clone());
                picker.query.clear();
            }
        }
        if hits.len() > 12 {
            ui.label(i18n.f("exercises-more", &[("count", (hits.len() - 12).into())]));
        }
        if hits.is_empty() {
            ui.label(i18n.t("exercises-none-create"));
        }
    });
    picked
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    fn harness() -> Harness<'static, (ExercisePicker, Vec<String>)> {
        let library = crate::domain::exercise::builtin_library();
        let i18n = I18n::english();
        crate::ui::harness(
            move |ui, (picker, picked): &mut (ExercisePicker, Vec<String>)| {
                picked.extend(exercise_picker(ui, &i18n, &library, None, picker, false))
            },
            (ExercisePicker::default(), Vec::new()),
        )
    }

    #[test]
    fn the_picker_adds_the_clicked_exercise_and_clears_the_search() {
        let mut harness = harness();
        harness.get_by_label("Search exercises:").focus();
        harness.run();
        harness.get_by_label("Search exercises:").type_text("squa");
        harness.run();
        assert!(harness.query_by_label("Add Bench Press").is_none(), "filtered");
        harness.get_by_label("Add Front Squat").click();
        harness.run();
        let (picker, picked) = harness.state();
        assert_eq!(picked, &["Front Squat"]);
        assert!(picker.query.is_empty());
    }

    #[test]
    fn ohp_and_enter_add_the_overhead_press() {
        let mut harness = harness();
        harness.get_by_label("Search exercises:").focus();
        harness.run();
        harness.get_by_label("Search exercises:").type_text("ohp");
        harness.run();
        harness.get_by_label("Add Overhead Press");
        harness.key_press(egui::Key::Enter);
        harness.run();
        assert_eq!(harness.state().1, ["Overhead Press"]);
        assert!(harness.get_by_label("Search exercises:").is_focused(), "ready for the next one");
    }
}

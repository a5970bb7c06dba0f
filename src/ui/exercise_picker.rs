//! The exercise picker: a search box that understands abbreviations (`ohp`, `db press`, `rdl`),
//! a muscle-group filter, the matching exercises as buttons; Enter adds the top match, and the
//! box takes the keyboard when a workout starts or "Add exercise" is pressed.

use crate::domain::exercise::{ExerciseDef, muscle_groups};
use crate::domain::usage::{Usage, search_lifters_first};
use crate::ui::state::ExercisePicker;
use crate::ui::widgets::name;

/// The search box, the filter and the hits (the lifter's most done first among equal matches,
/// when `usage` is known); returns the exercise picked (clicked, or the top match on Enter).
/// `focus`: take the keyboard (and scroll here).
pub fn exercise_picker(
    ui: &mut egui::Ui,
    library: &[ExerciseDef],
    usage: Option<&Usage>,
    picker: &mut ExercisePicker,
    focus: bool,
) -> Option<String> {
    let mut picked = None;
    ui.horizontal(|ui| {
        let label = ui.label("Search exercises:");
        let field = ui
            // A fixed id: adding an exercise puts a table above the box, and an id from the
            // position would change and drop the keyboard focus.
            .add(
                egui::TextEdit::singleline(&mut picker.query)
                    .id_salt("exercise_search")
                    .hint_text("e.g. bench, ohp, db press"),
            )
            .labelled_by(label.id);
        if focus {
            field.request_focus();
            field.scroll_to_me(Some(egui::Align::Center));
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) && !picker.query.trim().is_empty() {
            if let Some(top) =
                search_lifters_first(library, &picker.query, picker.muscle_group.as_deref(), usage).first()
            {
                picked = Some(top.name.clone());
                picker.query.clear();
            }
            field.request_focus();
        }
        let group = &mut picker.muscle_group;
        let combo = egui::ComboBox::from_id_salt("muscle_group")
            .selected_text(group.clone().unwrap_or_else(|| "All muscle groups".into()))
            .show_ui(ui, |ui| {
                ui.selectable_value(group, None, "All muscle groups");
                for g in muscle_groups(library) {
                    ui.selectable_value(group, Some(g.clone()), g);
                }
            });
        name(ui, &combo.response, "Filter by muscle group");
    });
    let hits = search_lifters_first(library, &picker.query, picker.muscle_group.as_deref(), usage);
    ui.horizontal_wrapped(|ui| {
        for exercise in hits.iter().take(12) {
            let hover = format!("{} · {} · {}", exercise.muscle_group, exercise.equipment, exercise.kind.label());
            let button = ui.button(&exercise.name).on_hover_text(hover);
            name(ui, &button, &format!("Add {}", exercise.name));
            if button.clicked() {
                picked = Some(exercise.name.clone());
                picker.query.clear();
            }
        }
        if hits.len() > 12 {
            ui.label(format!("and {} more — keep typing", hits.len() - 12));
        }
        if hits.is_empty() {
            ui.label("No exercise matches. Create it:");
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
        crate::ui::harness(
            move |ui, (picker, picked): &mut (ExercisePicker, Vec<String>)| {
                picked.extend(exercise_picker(ui, &library, None, picker, false))
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

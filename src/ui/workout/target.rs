//! A program exercise's target in the live workout ("Target 5×5 @ 100 kg", and the
//! prescription beside it once overridden) with **Override target**: a weight and/or reps for
//! every set of it, this session only. The lines are worked out once per change of the
//! history, not every frame.

use uuid::Uuid;

use crate::app::{Action, AppState};
use crate::domain::program::PlannedSet;
use crate::domain::program::outcome::shown;
use crate::i18n::{I18n, Language};
use crate::ui::theme;
use crate::ui::widgets::name;

/// The target lines of the live program day, cached, and the override being typed.
#[derive(Debug, Clone, Default)]
pub struct ProgramTargets {
    /// The history's version, the workout and the language the lines were worked out for.
    key: Option<(u64, Uuid, Language)>,
    /// Per exercise of the day: its target line.
    lines: Vec<(String, String)>,
    pub form: Option<TargetForm>,
}

/// An override being typed: empty keeps the target's weight or reps.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TargetForm {
    pub exercise: String,
    pub weight: String,
    pub reps: String,
}

impl ProgramTargets {
    fn refresh(&mut self, state: &AppState, workout_id: Uuid) {
        let i18n = state.i18n();
        let key = (state.history().version(), workout_id, i18n.language());
        if self.key == Some(key) {
            return;
        }
        self.key = Some(key);
        self.lines = state.history().program_workout(workout_id).map_or_else(Vec::new, |day| {
            day.prescription
                .exercises
                .iter()
                .filter_map(|e| {
                    let target = day.target(&e.exercise)?;
                    let line = if day.is_overridden(&e.exercise) {
                        overridden_line(i18n, target, &e.sets)
                    } else {
                        target_line(i18n, target)
                    };
                    Some((e.exercise.clone(), line))
                })
                .collect()
        });
    }
}

/// `Target 5×5 @ 100 kg`.
pub fn target_line(i18n: &I18n, sets: &[PlannedSet]) -> String {
    i18n.f("workout-target", &[("sets", sets_text(i18n, sets).into())])
}

/// `Target 5×5 @ 95 kg (overridden; the program's: 5×5 @ 100 kg)`.
pub fn overridden_line(i18n: &I18n, target: &[PlannedSet], prescribed: &[PlannedSet]) -> String {
    let (target, program) = (sets_text(i18n, target), sets_text(i18n, prescribed));
    i18n.f("workout-target-overridden", &[("target", target.into()), ("program", program.into())])
}

/// `5×5 @ 100 kg`, `4×3 @ 100 kg, 1×3+ @ 100 kg`: runs of equal sets as sets × reps.
fn sets_text(i18n: &I18n, sets: &[PlannedSet]) -> String {
    let mut runs: Vec<(usize, &PlannedSet)> = Vec::new();
    for set in sets {
        match runs.last_mut() {
            Some((n, last)) if same(last, set) => *n += 1,
            _ => runs.push((1, set)),
        }
    }
    let run = |(n, set): &(usize, &PlannedSet)| {
        let reps = match (set.reps_up_to, set.amrap) {
            (Some(top), _) => format!("{}–{top}", set.reps),
            (None, true) => format!("{}+", set.reps),
            (None, false) => set.reps.to_string(),
        };
        let rpe = set.rpe.map_or(String::new(), |r| format!(" @RPE {}", i18n.amount(r)));
        let weight = set.weight.as_ref().map_or(String::new(), |w| format!(" @ {}", i18n.localise_number(shown(w))));
        format!("{n}×{reps}{rpe}{weight}")
    };
    runs.iter().map(run).collect::<Vec<_>>().join(i18n.t("workout-list-separator"))
}

fn same(a: &PlannedSet, b: &PlannedSet) -> bool {
    (a.weight.map(|w| w.kg), a.reps, a.reps_up_to, a.amrap, a.rpe)
        == (b.weight.map(|w| w.kg), b.reps, b.reps_up_to, b.amrap, b.rpe)
}

/// The accessible names of the override's controls.
fn control_name(i18n: &I18n, what: &str, exercise: &str) -> String {
    let id = match what {
        "open" => "workout-override-named",
        "weight" => "workout-target-weight-named",
        "reps" => "workout-target-reps-named",
        _ => "workout-apply-named",
    };
    i18n.f(id, &[("exercise", i18n.name(exercise).into())])
}

/// The target line of `exercise` in the live program day (nothing for an exercise the
/// program does not set), and its override.
pub fn show(
    ui: &mut egui::Ui,
    state: &AppState,
    targets: &mut ProgramTargets,
    workout_id: Uuid,
    exercise: &str,
    actions: &mut Vec<Action>,
) {
    targets.refresh(state, workout_id);
    let Some(line) = targets.lines.iter().find(|(e, _)| e == exercise).map(|(_, line)| line.as_str()) else {
        return;
    };
    let i18n = state.i18n();
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(line).color(theme::palette(ui).accent));
        let form = targets.form.as_mut().filter(|f| f.exercise == exercise);
        let Some(form) = form else {
            let open = ui.small_button(i18n.t("workout-override-target"));
            name(ui, &open, &control_name(i18n, "open", exercise));
            if open.clicked() {
                targets.form = Some(TargetForm { exercise: exercise.to_string(), ..TargetForm::default() });
            }
            return;
        };
        let unit = state.prefs().unit;
        ui.label(i18n.f("workout-target-weight", &[("unit", unit.to_string().into())]));
        let same = i18n.t("workout-target-same");
        let weight = ui.add(egui::TextEdit::singleline(&mut form.weight).desired_width(56.0).hint_text(same));
        name(ui, &weight, &control_name(i18n, "weight", exercise));
        ui.label(i18n.t("workout-target-reps"));
        let reps = ui.add(egui::TextEdit::singleline(&mut form.reps).desired_width(40.0).hint_text(same));
        name(ui, &reps, &control_name(i18n, "reps", exercise));
        let apply = ui.small_button(i18n.t("workout-apply"));
        name(ui, &apply, &control_name(i18n, "apply", exercise));
        let entered = (weight.lost_focus() || reps.lost_focus()) && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if apply.clicked() || entered {
            let form = targets.form.take().unwrap_or_default();
            actions.push(Action::OverrideProgramTarget {
                exercise: form.exercise,
                weight: form.weight,
                reps: form.reps,
            });
        } else if ui.small_button(i18n.t("common-cancel")).clicked() {
            targets.form = None;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::units::Weight;

    fn set(kg: f64, reps: u32, amrap: bool) -> PlannedSet {
        PlannedSet { weight: Some(Weight::kg(kg)), reps, reps_up_to: None, amrap, rpe: None, label: String::new() }
    }

    #[test]
    fn runs_of_equal_sets_read_as_sets_by_reps() {
        let en = I18n::english();
        assert_eq!(target_line(&en, &vec![set(100.0, 5, false); 5]), "Target 5×5 @ 100 kg");
        let t1 = [set(100.0, 3, false), set(100.0, 3, false), set(100.0, 3, true)];
        assert_eq!(target_line(&en, &t1), "Target 2×3 @ 100 kg, 1×3+ @ 100 kg");
        assert_eq!(
            overridden_line(&en, &vec![set(95.0, 5, false); 5], &vec![set(100.0, 5, false); 5]),
            "Target 5×5 @ 95 kg (overridden; the program's: 5×5 @ 100 kg)"
        );
        let de = I18n::new(Language::German, None);
        assert_eq!(target_line(&de, &vec![set(102.5, 5, false); 3]), "Ziel 3×5 @ 102,5 kg");
    }
}

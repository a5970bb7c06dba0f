//! Overriding a program day's target in the live workout: the lifter types another weight or
//! reps for one exercise (95 kg for a tweaked back), which is recorded with the prescription
//! as `program_target_overridden` and prefills the rows not yet logged or typed in. Undo takes
//! it back like any other change to the workout; the rule still judges what was lifted.

use uuid::Uuid;

use super::state::AppState;
use crate::domain::event::EventKind;
use crate::domain::program::PlannedSet;
use crate::domain::units::{Weight, typed};

impl AppState {
    /// Sets the target of `exercise` in the live program day: every set at `weight` and/or
    /// `reps` (typed in the display unit; empty keeps the current target's).
    pub(super) fn override_program_target(&mut self, exercise: String, weight: String, reps: String) {
        let Some(workout_id) = self.live.session.as_ref().map(|s| s.workout_id) else { return };
        let Some(day) = self.logbook.history.program_workout(workout_id) else {
            return self.error(self.i18n.t("program-messages-not-a-program-day").to_string());
        };
        let shown = self.i18n.name(&exercise).to_string();
        let of_exercise = || [("exercise", shown.as_str().into())];
        let Some(prescribed) = day.prescription.exercise(&exercise).map(|e| e.sets.clone()) else {
            return self.error(self.i18n.f("program-messages-no-target", &of_exercise()));
        };
        let current = day.target(&exercise).unwrap_or(&prescribed).to_vec();
        let unit = self.prefs.unit;
        // A refused number is named like its field in the window ("Squat target weight").
        let refused = |id: &str, refused| self.i18n.refused_as(&refused, &self.i18n.f(id, &of_exercise()));
        let weight = match weight.trim() {
            "" => None,
            text => match typed::weight("", text) {
                Ok(amount) => Some(Weight::entered(amount, unit)),
                Err(e) => return self.error(refused("workout-target-weight-named", e)),
            },
        };
        let reps = match reps.trim() {
            "" => None,
            text => match typed::reps("", text) {
                Ok(reps) => Some(reps),
                Err(e) => return self.error(refused("workout-target-reps-named", e)),
            },
        };
        if weight.is_none() && reps.is_none() {
            return self.error(self.i18n.t("program-messages-weight-or-reps").to_string());
        }
        let target = overridden(&current, weight, reps);
        if target == current {
            return;
        }
        let kind = EventKind::ProgramTargetOverridden { workout_id, exercise: exercise.clone(), prescribed, target };
        let label = self.i18n.f("program-messages-undo-override-target", &of_exercise());
        if self.record_undoable(label, vec![kind]) {
            self.retarget_program_rows(workout_id);
        }
    }

    /// The live program day's rows not logged or typed in follow the targets again (after
    /// an override, or its undo or redo).
    pub(super) fn retarget_program_rows(&mut self, workout_id: Uuid) {
        let history = &self.logbook.history;
        if history.program_workout(workout_id).is_none() {
            return;
        }
        let unit = self.prefs.unit;
        let Some(session) = self.live.session.as_mut().filter(|s| s.workout_id == workout_id) else { return };
        let sources: Vec<_> = session.exercises.iter().map(|b| session.row_sources(&b.exercise, history)).collect();
        for (block, sources) in session.exercises.iter_mut().zip(&sources) {
            block.retarget(sources, unit);
        }
    }
}

/// `current` with every set at `weight` and/or `reps` (a rep range whose top is reached
/// loses its top).
fn overridden(current: &[PlannedSet], weight: Option<Weight>, reps: Option<u32>) -> Vec<PlannedSet> {
    current
        .iter()
        .map(|set| PlannedSet {
            weight: weight.or(set.weight),
            reps: reps.unwrap_or(set.reps),
            reps_up_to: set.reps_up_to.filter(|top| reps.is_none_or(|r| *top > r)),
            ..set.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_override_sets_every_set_and_keeps_the_rest_of_the_plan() {
        let planned = |kg: f64, reps: u32, top: Option<u32>, amrap: bool| PlannedSet {
            weight: Some(Weight::kg(kg)),
            reps,
            reps_up_to: top,
            amrap,
            rpe: None,
            label: "T1".into(),
        };
        let current = [planned(100.0, 3, None, false), planned(100.0, 3, None, true)];
        let lighter = overridden(&current, Some(Weight::kg(95.0)), None);
        assert_eq!(lighter, [planned(95.0, 3, None, false), planned(95.0, 3, None, true)]);
        let range = [planned(60.0, 8, Some(12), false)];
        assert_eq!(overridden(&range, None, Some(10)), [planned(60.0, 10, Some(12), false)]);
        assert_eq!(overridden(&range, None, Some(12)), [planned(60.0, 12, None, false)]);
    }
}

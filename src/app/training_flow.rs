//! Everything around the sets themselves: routines (start, save, edit, delete), bodyweight
//! entries, warm-up ramps, rest times, supersets, the order of exercises, and renaming,
//! merging or deleting the lifter's own exercises. Each change is an event.

use uuid::Uuid;

use super::state::AppState;
use crate::domain::event::EventKind;
use crate::domain::routine::Routine;
use crate::domain::units::Weight;

impl AppState {
    /// Starts a workout following a routine.
    pub(super) fn start_routine(&mut self, routine_id: Uuid) {
        let Some(name) = self.logbook.history.routine(routine_id).map(|r| r.name.clone()) else {
            return self.error(self.i18n.t("shell-routine-gone").to_string());
        };
        self.start_workout(name, None, Some(routine_id));
    }

    /// Saves a routine, new or changed (an empty name or no exercise is refused).
    pub(super) fn save_routine(&mut self, routine: Routine) {
        if routine.name.trim().is_empty() {
            return self.error(self.i18n.t("shell-routine-needs-name").to_string());
        }
        if routine.exercises.is_empty() {
            return self.error(self.i18n.t("shell-routine-needs-exercise").to_string());
        }
        let name = routine.name.clone();
        if self.record(vec![EventKind::RoutineSaved { routine }]) {
            self.info(self.i18n.f("shell-routine-saved", &[("name", name.as_str().into())]));
        }
    }

    /// Saves what a workout did as a new routine.
    pub(super) fn save_workout_as_routine(&mut self, workout_id: Uuid, name: String) {
        let Some(workout) = self.logbook.history.workout(workout_id) else { return };
        let name = if name.trim().is_empty() { workout.title() } else { name };
        let routine = workout.to_routine(Uuid::now_v7(), &name);
        self.save_routine(routine);
    }

    pub(super) fn delete_routine(&mut self, routine_id: Uuid) {
        if self.record(vec![EventKind::RoutineDeleted { routine_id }]) {
            self.info(self.i18n.t("shell-routine-deleted").to_string());
        }
    }

    /// Records a bodyweight typed in the display unit, measured on `day` (`YYYY-MM-DD`; empty
    /// means now). A weight outside 20–400 kg, a malformed day or a future day is refused.
    pub(super) fn log_bodyweight(&mut self, text: &str, day: &str) {
        let amount = match crate::domain::units::typed::bodyweight(text, self.prefs.unit) {
            Ok(amount) => amount,
            Err(refused) => return self.error(format!("{refused}.")),
        };
        let measured = match self.measured_at(day) {
            Ok(at) => at,
            Err(e) => return self.error(e),
        };
        let now = self.now();
        let weight = Weight::entered(amount, self.prefs.unit);
        let event = crate::domain::event::Event {
            id: Uuid::now_v7(),
            created_at: self.event_time(now),
            occurred_at: measured,
            kind: EventKind::BodyweightLogged { weight },
        };
        self.record_events(vec![event]);
    }

    pub(super) fn remove_bodyweight(&mut self, entry: Uuid) {
        self.record(vec![EventKind::BodyweightRemoved { entry }]);
    }

    /// Adds a warm-up ramp (bar, 40 %, 60 %, 80 %) before the next working set of a barbell
    /// exercise, from the plates set in Settings.
    pub(super) fn add_warm_ups(&mut self, block: usize) {
        let unit = self.prefs.unit;
        let plates = self.prefs.plates(unit).clone();
        let Some(b) = self.live.session.as_mut().and_then(|s| s.exercises.get_mut(block)) else { return };
        let Some(working) = b.next_working_weight() else {
            return self.error(self.i18n.t("shell-warm-ups-need-weight").to_string());
        };
        let ramp = plates.warm_up_ramp(working);
        if ramp.is_empty() {
            return self.info(self.i18n.t("shell-warm-ups-not-needed").to_string());
        }
        if b.insert_warm_ups(&ramp, unit) == 0 {
            self.info(self.i18n.t("shell-warm-ups-already").to_string());
        }
    }

    /// The rest after working sets of a block's exercise, remembered for next time.
    pub(super) fn set_rest(&mut self, block: usize, seconds: i64) {
        let seconds = seconds.clamp(0, 3600);
        let Some(exercise) =
            self.live.session.as_ref().and_then(|s| s.exercises.get(block)).map(|b| b.exercise.clone())
        else {
            return;
        };
        if self.record(vec![EventKind::ExerciseRestSet { exercise, seconds }])
            && let Some(b) = self.live.session.as_mut().and_then(|s| s.exercises.get_mut(block))
        {
            b.rest_seconds = seconds;
        }
    }

    /// The lifter's standing note on an exercise (seat height, grip, a cue); empty clears it.
    /// Recorded only when it changes.
    pub(super) fn set_exercise_note(&mut self, exercise: &str, note: &str) {
        let note = note.trim();
        if self.logbook.history.exercise_note(exercise).unwrap_or("") == note {
            return;
        }
        let note = (!note.is_empty()).then(|| note.to_string());
        self.record(vec![EventKind::ExerciseNoteSet { exercise: exercise.into(), note }]);
    }

    /// Puts two exercises of the workout in one superset (joining the superset `with` is in).
    pub(super) fn superset(&mut self, block: usize, with: usize) {
        let Some(session) = self.live.session.as_ref() else { return };
        let (Some(a), Some(b)) = (session.exercises.get(block), session.exercises.get(with)) else { return };
        if block == with {
            return;
        }
        let workout_id = session.workout_id;
        let mut group: Vec<String> = self
            .logbook
            .history
            .workout(workout_id)
            .and_then(|w| w.superset_of(&b.exercise).map(|g| w.supersets[g].clone()))
            .unwrap_or_else(|| vec![b.exercise.clone()]);
        if !group.contains(&a.exercise) {
            group.push(a.exercise.clone());
        }
        self.record_undoable(
            self.i18n.t("shell-undo-make-superset").to_string(),
            vec![EventKind::ExercisesGrouped { workout_id, exercises: group }],
        );
    }

    pub(super) fn leave_superset(&mut self, block: usize) {
        let Some(session) = self.live.session.as_ref() else { return };
        let Some(b) = session.exercises.get(block) else { return };
        let kind = EventKind::ExercisesGrouped { workout_id: session.workout_id, exercises: vec![b.exercise.clone()] };
        self.record_undoable(self.i18n.t("shell-undo-leave-superset").to_string(), vec![kind]);
    }

    /// Moves an exercise one place up (`-1`) or down (`+1`) in the workout.
    pub(super) fn move_exercise(&mut self, block: usize, step: isize) {
        let Some(session) = self.live.session.as_ref() else { return };
        let target = block as isize + step;
        if block >= session.exercises.len() || !(0..session.exercises.len() as isize).contains(&target) {
            return;
        }
        let mut order: Vec<String> = session.exercises.iter().map(|b| b.exercise.clone()).collect();
        order.swap(block, target as usize);
        let workout_id = session.workout_id;
        if self.record_undoable(
            self.i18n.t("shell-undo-move-exercise").to_string(),
            vec![EventKind::ExercisesReordered { workout_id, order: order.clone() }],
        ) && let Some(session) = self.live.session.as_mut()
        {
            session.arrange(&order);
        }
    }

    fn is_custom(&self, name: &str) -> bool {
        self.logbook.history.custom_exercises().iter().any(|e| e.name == name)
    }

    /// Renames one of the lifter's own exercises; its past sets follow.
    pub(super) fn rename_exercise(&mut self, from: &str, to: &str) {
        let to = to.trim();
        if !self.is_custom(from) {
            return self.error(self.i18n.t("shell-exercise-rename-own-only").to_string());
        }
        if to.is_empty() {
            return self.error(self.i18n.t("shell-exercise-needs-name").to_string());
        }
        if let Some(existing) = self.library.iter().find(|e| e.name.eq_ignore_ascii_case(to) && e.name != from) {
            let existing = self.i18n.name(&existing.name).to_string();
            let args = [("existing", existing.as_str().into()), ("name", from.into())];
            return self.error(self.i18n.f("shell-exercise-exists", &args));
        }
        if self.record(vec![EventKind::ExerciseRenamed { from: from.into(), to: to.into() }]) {
            self.exercises_changed(from, to);
        }
    }

    /// Folds one of the lifter's own exercises into another: its sets become the other's.
    pub(super) fn merge_exercise(&mut self, from: &str, into: &str) {
        if !self.is_custom(from) || from == into || !self.library.iter().any(|e| e.name == into) {
            return self.error(self.i18n.t("shell-exercise-merge-own-only").to_string());
        }
        if self.record(vec![EventKind::ExercisesMerged { from: from.into(), into: into.into() }]) {
            self.exercises_changed(from, into);
        }
    }

    /// Deletes one of the lifter's own exercises that has no sets.
    pub(super) fn delete_exercise(&mut self, name: &str) {
        if !self.is_custom(name) {
            return self.error(self.i18n.t("shell-exercise-delete-own-only").to_string());
        }
        if self.logbook.history.has_sets_of(name) {
            return self.error(self.i18n.f("shell-exercise-has-sets", &[("name", name.into())]));
        }
        if self.record(vec![EventKind::ExerciseDeleted { name: name.into() }]) {
            self.library.retain(|e| e.name != name);
            self.info(self.i18n.f("shell-exercise-deleted", &[("name", name.into())]));
        }
    }

    /// The library and an open workout follow a renamed or merged exercise.
    fn exercises_changed(&mut self, from: &str, to: &str) {
        let merged = self.library.iter().any(|e| e.name == to);
        if merged {
            self.library.retain(|e| e.name != from);
        } else if let Some(def) = self.library.iter_mut().find(|e| e.name == from) {
            def.name = to.to_string();
        }
        if let Some(session) = self.live.session.as_mut() {
            for block in session.exercises.iter_mut().filter(|b| b.exercise == from) {
                block.exercise = to.to_string();
            }
        }
        let to = self.i18n.name(to).to_string();
        self.info(self.i18n.f("shell-exercise-renamed", &[("from", from.into()), ("to", to.as_str().into())]));
    }
}

//! Undo and redo of every change to a workout — live or saved — as compensating events
//! (`domain::undo`): undoing records the events that take the workout back, redoing records
//! the change again. The log keeps the original, the undo and the redo; the workout's change
//! history shows each. Saving, discarding and deleting a workout are not undone this way.

use uuid::Uuid;

use super::state::AppState;
use super::undo_stack::{DEPTH, UndoStep};
use crate::domain::event::EventKind;
use crate::domain::undo::compensation;

impl AppState {
    /// Records a change to a workout that Undo can take back. Returns whether it is in the log.
    pub(super) fn record_undoable(&mut self, label: String, kinds: Vec<EventKind>) -> bool {
        let backward = compensation(&self.logbook.history, &kinds);
        let workout_id = kinds.first().and_then(EventKind::workout_id);
        let forward = kinds.clone();
        if !self.record(kinds) {
            return false;
        }
        if let (Some(backward), Some(workout_id)) = (backward, workout_id) {
            self.undo.done.push(UndoStep { label, workout_id, forward, backward });
            if self.undo.done.len() > DEPTH {
                self.undo.done.remove(0);
            }
            self.undo.undone.clear();
        }
        true
    }

    pub(super) fn undo(&mut self) {
        let Some(step) = self.undo.done.pop() else {
            return self.info(self.i18n.t("shell-nothing-to-undo").to_string());
        };
        if self.record(step.backward.clone()) {
            self.after_undo_or_redo(step.workout_id);
            self.info(self.i18n.f("shell-undone", &[("label", step.label.as_str().into())]));
            self.undo.undone.push(step);
        } else {
            self.undo.done.push(step);
        }
    }

    pub(super) fn redo(&mut self) {
        let Some(mut step) = self.undo.undone.pop() else {
            return self.info(self.i18n.t("shell-nothing-to-redo").to_string());
        };
        // The workout is as it was before the change: what undoes it is worked out again.
        let backward = compensation(&self.logbook.history, &step.forward);
        if self.record(step.forward.clone()) {
            step.backward = backward.unwrap_or(step.backward);
            self.after_undo_or_redo(step.workout_id);
            self.info(self.i18n.f("shell-redone", &[("label", step.label.as_str().into())]));
            self.undo.done.push(step);
        } else {
            self.undo.undone.push(step);
        }
    }

    /// The set tables of the live workout, or the open correction of a saved one, follow
    /// the log again.
    fn after_undo_or_redo(&mut self, workout_id: Uuid) {
        self.live.prompt = None;
        if self.live.session.as_ref().is_some_and(|s| s.workout_id == workout_id) {
            let unit = self.prefs.unit;
            let Some(workout) = self.logbook.history.workout(workout_id).cloned() else { return };
            let mut session = self.live.session.take().expect("checked above");
            let mut stub = super::editor::Session::new(workout_id, "", session.started_at);
            stub.repeat_of = session.repeat_of;
            stub.routine = session.routine;
            session.sync(&workout, unit, |exercise| self.new_block(&stub, exercise));
            self.live.session = Some(session);
            self.retarget_program_rows(workout_id);
        }
        if self.editing.as_ref().is_some_and(|e| e.workout_id == workout_id) {
            self.open_workout_edit(workout_id);
        }
    }
}

//! Correcting a saved workout: its name, start and duration, and every set (values, type,
//! RPE, note; sets added and removed). The editing model holds the typed text (the set rows
//! are the live workout's `SetRow`s, so parsing and units behave the same); Save turns the
//! difference into events — `workout_edited`, `set_updated`, `set_logged`, `set_removed` — in
//! one batch that Undo takes back as one step.

use uuid::Uuid;

use super::editor::{RowEdit, RowSources};
use super::state::AppState;
use super::workout_editor::{EditField, WorkoutEditor};
use crate::domain::exercise::kind_of;
use crate::domain::projection::WorkoutStatus;

impl AppState {
    /// Opens a saved workout for correcting (again, after an undo or redo of it).
    pub(super) fn open_workout_edit(&mut self, workout_id: Uuid) {
        let Some(workout) = self.logbook.history.workout(workout_id).filter(|w| w.status == WorkoutStatus::Completed)
        else {
            self.editing = None;
            return;
        };
        let library = &self.library;
        self.editing = Some(WorkoutEditor::of(workout, self.prefs.unit, |e| kind_of(library, e)));
    }

    pub(super) fn edit_workout_field(&mut self, field: EditField) {
        let Some(editor) = self.editing.as_mut() else { return };
        match field {
            EditField::Name(text) => editor.name = text,
            EditField::Start(text) => editor.start = text,
            EditField::Duration(text) => editor.duration = text,
        }
    }

    pub(super) fn edit_saved_set(&mut self, block: usize, row: usize, edit: RowEdit) {
        if let Some(r) = self.editing.as_mut().and_then(|e| e.blocks.get_mut(block)).and_then(|b| b.rows.get_mut(row)) {
            r.edit(edit);
        }
    }

    /// A new set at the end of an exercise, a copy of its last one.
    pub(super) fn add_saved_set(&mut self, block: usize) {
        let unit = self.prefs.unit;
        if let Some(b) = self.editing.as_mut().and_then(|e| e.blocks.get_mut(block)) {
            b.add_row(&RowSources::default(), unit);
        }
    }

    pub(super) fn remove_saved_set(&mut self, block: usize, row: usize) {
        let Some(editor) = self.editing.as_mut() else { return };
        let Some(b) = editor.blocks.get_mut(block) else { return };
        if row >= b.rows.len() {
            return;
        }
        if let Some(set_id) = b.rows.remove(row).set_id {
            editor.removed.push(set_id);
        }
    }

    /// Records the corrections as one undoable change.
    pub(super) fn save_workout_edit(&mut self) {
        let Some(editor) = self.editing.as_ref() else { return };
        let Some(workout) = self.logbook.history.workout(editor.workout_id) else { return };
        let kinds = match editor.changes(workout, self.prefs.unit, self.now(), &self.i18n) {
            Ok(kinds) => kinds,
            Err(problem) => {
                if let Some(editor) = self.editing.as_mut() {
                    editor.problem = Some(problem);
                }
                return;
            }
        };
        if kinds.is_empty() {
            self.editing = None;
            let nothing = self.i18n.t("history-nothing-changed").to_string();
            return self.info(nothing);
        }
        let label = self.i18n.f("history-undo-correct", &[("workout", workout.title().into())]);
        if self.record_undoable(label, kinds) {
            self.editing = None;
            let corrected = self.i18n.t("history-corrected").to_string();
            self.info(corrected);
        }
    }
}

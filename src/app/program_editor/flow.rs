//! The program editor in the app: copying a program into a draft, opening an own program,
//! carrying out the editor's actions, saving (a `program_saved` event) and deleting (a
//! `program_deleted` event, refused for the followed program). Every event goes through the
//! one recorder.

use super::{EditorAction, ProgramEditor};
use crate::app::state::AppState;
use crate::domain::event::EventKind;

impl AppState {
    /// Opens a copy of a built-in or own program in the editor (saved only on Save).
    pub(in crate::app) fn copy_program(&mut self, slug: String) {
        let Some(program) = self.logbook.history.find_program(&slug, self.prefs.unit) else {
            return self.error(self.i18n.t("program-messages-gone").to_string());
        };
        self.program_editor = Some(ProgramEditor::copy_of(&program, &self.programs(), &self.i18n));
    }

    /// Opens one of the lifter's own programs in the editor.
    pub(in crate::app) fn edit_program(&mut self, slug: String) {
        let Some(program) = self.logbook.history.own_programs().iter().find(|p| p.slug == slug) else {
            return self.error(self.i18n.t("program-messages-only-own-edited").to_string());
        };
        self.program_editor = Some(ProgramEditor::edit(program, &self.i18n));
    }

    /// Deletes one of the lifter's own programs, unless it is the one followed.
    pub(in crate::app) fn delete_program(&mut self, slug: String) {
        let Some(program) = self.logbook.history.own_programs().iter().find(|p| p.slug == slug).cloned() else {
            return self.error(self.i18n.t("program-messages-only-own-deleted").to_string());
        };
        if self.logbook.history.following().is_some_and(|f| f.slug == slug) {
            if let Some(editor) = self.program_editor.as_mut() {
                editor.apply(EditorAction::AskDelete(false), &[], &self.i18n);
            }
            let args = [("program", program.name.as_str().into())];
            return self.error(self.i18n.f("program-messages-stop-before-deleting", &args));
        }
        if self.record(vec![EventKind::ProgramDeleted { slug: slug.clone() }]) {
            if self.program_editor.as_ref().is_some_and(|e| e.draft().slug == slug) {
                self.program_editor = None;
            }
            self.info(self.i18n.f("program-messages-deleted", &[("program", program.name.as_str().into())]));
        }
    }

    /// An action of the open editor.
    pub(in crate::app) fn program_editor_action(&mut self, action: EditorAction) {
        let Some(editor) = self.program_editor.as_mut() else { return };
        match action {
            EditorAction::Cancel => self.program_editor = None,
            EditorAction::Save => {
                let Ok(program) = editor.finish(&self.i18n) else { return };
                let name = program.name.clone();
                if self.record(vec![EventKind::ProgramSaved { program }]) {
                    self.program_editor = None;
                    self.info(self.i18n.f("program-messages-saved", &[("program", name.into())]));
                }
            }
            other => editor.apply(other, &self.library, &self.i18n),
        }
    }
}

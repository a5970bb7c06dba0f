//! Reading the whole log into the history in the background (at start-up and after a
//! restore), folding in what was recorded meanwhile, and resuming an unfinished workout.

use super::editor::Session;
use super::jobs::JobKind;
use super::state::{AppState, WORKOUT_RESUMED};
use crate::domain::projection::History;
use crate::store::Store;

/// Whether a read of the log resumes the workout in progress it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resume {
    InProgress,
    No,
}

impl AppState {
    /// A reload: an export or a query begun before it may still run, so the read does not
    /// limit DuckDB's memory as the start-up read does.
    fn load_history(&mut self, loader: Store, resume: Resume) -> Result<(), String> {
        let read = move || super::startup::read_history(loader, Store::history_beside_other_work);
        self.start_job(JobKind::LoadHistory, move || {
            let read = read();
            let loaded: super::state::Done = Box::new(move |app| app.history_read_resuming(read, resume));
            loaded
        })
    }

    /// Reads the whole log again in the background (after a restore, an import or a sync
    /// added events). A workout in progress it holds is not resumed: one a sync brought in
    /// is open on another device.
    pub(super) fn reload_history(&mut self) {
        self.reload(Resume::No);
    }

    /// Reads the log again and shows its workout in progress, as stored (after the writer
    /// thread could not write part of it).
    pub(super) fn reload_history_resuming(&mut self) {
        self.reload(Resume::InProgress);
    }

    fn reload(&mut self, resume: Resume) {
        let started = self.reader().and_then(|loader| self.load_history(loader, resume));
        if let Err(e) = started {
            let message = self.i18n.f("history-refresh-failed", &[("detail", e.into())]);
            self.error(message);
        }
    }

    /// The start-up read: resumes an unfinished workout.
    pub(super) fn history_read(&mut self, read: Result<History, String>) {
        self.history_read_resuming(read, Resume::InProgress);
    }

    fn history_read_resuming(&mut self, read: Result<History, String>, resume: Resume) {
        match read {
            Ok(history) => self.history_loaded(history, resume),
            Err(e) => self.error(e),
        }
    }

    fn history_loaded(&mut self, history: History, resume: Resume) {
        for custom in history.custom_exercises() {
            if !self.library.iter().any(|e| e.name == custom.name) {
                self.library.push(custom.clone());
            }
        }
        // What was recorded meanwhile is folded in by the logbook.
        let first_load = self.logbook.loaded(history);
        if resume == Resume::InProgress
            && self.live.session.is_none()
            && let Some(workout) = self.logbook.history.in_progress()
        {
            let library = &self.library;
            let mut session = Session::resume(workout, &self.logbook.history, self.prefs.unit, |e| {
                crate::domain::exercise::kind_of(library, e)
            });
            for block in &mut session.exercises {
                block.rest_seconds = self.rest_for(&block.exercise);
            }
            self.live.session = Some(session);
            self.info(WORKOUT_RESUMED);
        }
        self.logbook.derived.history_changed = true;
        if first_load {
            self.maybe_auto_backup(crate::backup::auto::Trigger::Startup);
        }
    }
}

//! Reading the whole log into the history in the background (at start-up and after a
//! restore), folding in what was recorded meanwhile, and resuming an unfinished workout.

use super::editor::Session;
use super::jobs::JobKind;
use super::state::{AppState, WORKOUT_RESUMED, done};
use crate::domain::projection::History;
use crate::store::Store;

impl AppState {
    /// A reload: an export or a query begun before it may still run, so the read does not
    /// limit DuckDB's memory as the start-up read does.
    fn load_history(&mut self, loader: Store) -> Result<(), String> {
        let read = move || super::startup::read_history(loader, Store::history_beside_other_work);
        self.jobs.start(JobKind::LoadHistory, move || done(AppState::history_read, read()))
    }

    /// Reads the whole log again in the background (after a restore added events).
    pub(super) fn reload_history(&mut self) {
        let started = self.reader().and_then(|loader| self.load_history(loader));
        if let Err(e) = started {
            self.error(format!("Could not refresh the history: {e}"));
        }
    }

    pub(super) fn history_read(&mut self, read: Result<History, String>) {
        match read {
            Ok(history) => self.history_loaded(history),
            Err(e) => self.error(e),
        }
    }

    fn history_loaded(&mut self, history: History) {
        for custom in history.custom_exercises() {
            if !self.library.iter().any(|e| e.name == custom.name) {
                self.library.push(custom.clone());
            }
        }
        // What was recorded meanwhile is folded in by the logbook.
        let first_load = self.logbook.loaded(history);
        if self.live.session.is_none()
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

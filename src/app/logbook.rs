//! The logbook, one part of `AppState`: the history as the log holds it (folded from every
//! event) and what is derived from it (records, charts, calendars; `derived.rs`), kept in step.
//! It owns the one invariant of a background read: events recorded while the history is read
//! again may be missing from what the read returns, so they are kept and folded into it when it
//! arrives (folding an event twice changes nothing).

use super::derived::Derived;
use crate::domain::event::Event;
use crate::domain::projection::History;

#[derive(Default)]
pub(super) struct Logbook {
    pub(super) history: History,
    /// Records, charts and calendars computed from the history.
    pub(super) derived: Derived,
    /// Events recorded while the history (re)loads in the background.
    recorded_while_loading: Vec<Event>,
    /// The history has been loaded at least once (start-up work happens once).
    loaded_once: bool,
}

impl Logbook {
    /// Folds events just recorded into the history; while a read of the whole log is under way
    /// (`loading`), keeps them for the history it returns.
    pub(super) fn fold(&mut self, events: Vec<Event>, loading: bool) {
        for event in &events {
            self.history.apply(event);
        }
        if loading {
            self.recorded_while_loading.extend(events);
        }
    }

    /// Takes the history a background read returned, with what was recorded meanwhile folded
    /// in; true the first time.
    pub(super) fn loaded(&mut self, mut history: History) -> bool {
        for event in std::mem::take(&mut self.recorded_while_loading) {
            history.apply(&event);
        }
        self.history = history;
        let first = !self.loaded_once;
        self.loaded_once = true;
        first
    }

    pub(super) fn loaded_once(&self) -> bool {
        self.loaded_once
    }
}

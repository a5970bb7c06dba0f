//! The app's side of the recorder (`record.rs`): stamping events, folding what was recorded
//! into the projection and noting what of the derived data it changes, taking in what settled
//! on the writer thread, and handing the settled store to readers.

use uuid::Uuid;

use super::record::{Recorded, Settled};
use super::state::AppState;
use crate::domain::event::{Event, EventKind};
use crate::store::Store;

impl AppState {
    /// Records events happening now: the one way the window writes (the recorder decides
    /// whether through the writer thread), folded into the projection. On failure nothing
    /// changes and the lifter is told.
    pub(super) fn record(&mut self, kinds: Vec<EventKind>) -> bool {
        let events = self.stamp(kinds);
        self.record_events(events)
    }

    /// Events of `kinds` happening now, one microsecond apart, so the log order of a batch
    /// never depends on its ids; recorded at the log's clock (after any event merged from a
    /// device whose clock runs ahead: an edit made after seeing it wins).
    fn stamp(&self, kinds: Vec<EventKind>) -> Vec<Event> {
        let now = self.now();
        kinds
            .into_iter()
            .enumerate()
            .map(|(i, kind)| Event {
                id: Uuid::now_v7(),
                created_at: self.event_time(now),
                occurred_at: now + chrono::Duration::microseconds(i as i64),
                kind,
            })
            .collect()
    }

    /// The `_created_at` of an event made at `wall` (record.rs).
    pub(super) fn event_time(&self, wall: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
        self.recorder.event_time(wall)
    }

    /// [`AppState::record`] of events made by the caller (one that happened at another time
    /// than now).
    pub(super) fn record_events(&mut self, events: Vec<Event>) -> bool {
        // The live workout: the session's, or the one these events start (before its session
        // exists).
        let started = events.iter().find_map(|e| match e.kind {
            EventKind::WorkoutStarted { workout_id, .. } => Some(workout_id),
            _ => None,
        });
        let live = self.live.session.as_ref().map(|s| s.workout_id).or(started);
        let (settled, written) = self.recorder.write(&events, live);
        for settled in settled {
            self.on_settled(settled);
        }
        match written {
            Ok(recorded) => {
                self.fold_recorded(events, live);
                if let Recorded::OnDisk { saved_workout: Some(_) } = recorded {
                    self.workout_saved();
                }
                true
            }
            Err(e) => {
                let text = self.i18n.f("jobs-not-saved", &[("detail", e.to_string().into())]);
                self.error(text);
                false
            }
        }
    }

    /// The store, for anything that reads it, once every event on its way is in it (what
    /// settled meanwhile is taken in first: a saved workout is counted before a backup's
    /// snapshot reads the counter).
    pub(super) fn store(&mut self) -> &Store {
        loop {
            let (settled, _) = self.recorder.settle();
            if settled.is_empty() {
                break;
            }
            for settled in settled {
                self.on_settled(settled);
            }
        }
        self.recorder.settle().1
    }

    /// A connection of its own to the settled store, for a job.
    pub(super) fn reader(&mut self) -> Result<Store, String> {
        self.store().try_clone().map_err(|e| e.to_string())
    }

    /// Folds events just recorded into the projection, and notes what of the derived data they
    /// change: the live workout's marks only, one saved workout to fold in, or everything.
    fn fold_recorded(&mut self, events: Vec<Event>, live: Option<Uuid>) {
        let of_live = |e: &Event| e.kind.workout_id().is_some_and(|id| Some(id) == live);
        let live_only = events.iter().all(|e| {
            of_live(e) && !matches!(e.kind, EventKind::WorkoutCompleted { .. } | EventKind::WorkoutEdited { .. })
        });
        // Saving the live workout (its empty exercises dropped) adds one workout to what is
        // derived: folded in incrementally. Anything else recomputes it all.
        let saves_live = events.iter().any(|e| matches!(e.kind, EventKind::WorkoutCompleted { .. }))
            && events.iter().all(|e| {
                of_live(e) && matches!(e.kind, EventKind::WorkoutCompleted { .. } | EventKind::ExerciseRemoved { .. })
            });
        let settings_only = events.iter().all(|e| e.kind.is_setting());
        match (settings_only, live_only, saves_live, live) {
            (true, ..) => {}
            (false, true, ..) => self.logbook.derived.live_changed = true,
            (false, false, true, Some(id)) => self.logbook.derived.saved.push(id),
            _ => self.logbook.derived.history_changed = true,
        }
        let loading = self.is_loading();
        self.logbook.fold(events, loading);
    }

    /// Writes that were on their way have settled: a saved workout counts for the backup
    /// reminder; a failed one reads the workout back as the store has it.
    pub(super) fn on_settled(&mut self, settled: Settled) {
        match settled {
            Settled::WorkoutSaved(_) => self.workout_saved(),
            Settled::Failed(reason) => {
                let text = self.i18n.f("jobs-not-saved-reloaded", &[("detail", reason.to_string().into())]);
                self.error(text);
                self.live.close();
                self.reload_history_resuming();
            }
        }
    }

    /// Whether the saving of a workout is still on its way to disk.
    pub fn is_saving_workout(&self, workout_id: Uuid) -> bool {
        self.recorder.is_saving_workout(workout_id)
    }

    /// Whether a logged set is still on its way to disk.
    pub fn is_saving(&self, set_id: Uuid) -> bool {
        self.recorder.is_saving(set_id)
    }
}

#[cfg(test)]
impl AppState {
    /// Puts another writer in place of the writer thread (tests of what goes through it).
    pub(super) fn replace_writer_for_test(&mut self, make: impl FnOnce(Store) -> super::writer::Writer) {
        self.recorder.replace_writer(make);
    }

    /// Every event in the store, after what is on its way.
    pub(super) fn store_events_for_test(&mut self) -> Vec<Event> {
        self.store().events().unwrap()
    }

    /// The store as it is (tests that run jobs inline: nothing is on its way).
    pub(super) fn store_as_is(&self) -> &Store {
        self.recorder.store_as_is()
    }
}

//! The recorder: the one way the window writes events, and the one door to the store for
//! whatever reads it.
//!
//! Writing: events of the live workout (starting it, adding an exercise, logging or removing
//! a set, saving it) go through the writer thread, so logging never waits for the disk's
//! fsync; everything else is written on the spot, after what is on its way. The recorder
//! decides which, from the events themselves. A write holding `workout_completed` reports
//! [`Settled::WorkoutSaved`] once it is on disk, never before: that is what the backup counter
//! counts.
//!
//! Reading: the store is only handed out by [`Recorder::settle`], which first waits for every
//! batch on its way — so a snapshot, a query, an export, a dataset or a restore check never
//! misses a set the lifter saw logged (issue #34: an export started by a dialog's answer did).

use std::sync::Arc;

use uuid::Uuid;

use super::jobs::Runner;
use super::writer::{Writer, Written};
use crate::domain::event::{Event, EventKind};
use crate::store::Store;

/// What became of writes that were on their way.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Settled {
    /// The batch saving this workout is on disk.
    WorkoutSaved(Uuid),
    /// A batch could not be written; the ones after it were dropped.
    Failed(String),
}

/// How a write went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Recorded {
    /// Written on the spot; it saved this workout, if any.
    OnDisk { saved_workout: Option<Uuid> },
    /// Handed to the writer thread; it reports through [`Recorder::poll`].
    OnItsWay,
}

/// The store, the writer thread and the batches on their way.
pub(super) struct Recorder {
    store: Store,
    /// `None`: every write is on the spot (jobs run inline: tests, the CLI).
    writer: Option<Writer>,
    saving: Vec<OnItsWay>,
}

/// A batch handed to the writer thread that has not reported yet.
struct OnItsWay {
    batch: u64,
    /// The sets it logs or corrects (shown as "saving" until it is on disk).
    set_ids: Vec<Uuid>,
    /// The workout it saves: counted for the backup reminder once on disk.
    saves_workout: Option<Uuid>,
}

impl Recorder {
    /// Opens the recorder on `store`; with threads, its writer runs on a second connection.
    pub(super) fn new(store: Store, runner: Runner, wake: Arc<dyn Fn() + Send + Sync>) -> anyhow::Result<Recorder> {
        let writer = match runner {
            Runner::Thread => Some(Writer::start(store.try_clone()?, wake)),
            Runner::Inline => None,
        };
        Ok(Recorder { store, writer, saving: Vec::new() })
    }

    /// Writes `events`; `live` is the workout being logged. Returns what settled meanwhile
    /// (an on-the-spot write first waits for what is on its way) and how the write went.
    pub(super) fn write(&mut self, events: &[Event], live: Option<Uuid>) -> (Vec<Settled>, Result<Recorded, String>) {
        let saves_workout = events.iter().find_map(|e| match e.kind {
            EventKind::WorkoutCompleted { workout_id } => Some(workout_id),
            _ => None,
        });
        let of_live = live.is_some() && events.iter().all(|e| e.kind.workout_id() == live);
        if let Some(writer) = self.writer.as_mut().filter(|_| of_live) {
            let set_ids = events
                .iter()
                .filter_map(|e| match &e.kind {
                    EventKind::SetLogged { set_id, .. } | EventKind::SetUpdated { set_id, .. } => Some(*set_id),
                    _ => None,
                })
                .collect();
            let batch = writer.submit(events.to_vec());
            self.saving.push(OnItsWay { batch, set_ids, saves_workout });
            return (Vec::new(), Ok(Recorded::OnItsWay));
        }
        let settled = self.settle_writer();
        let written = self.store.append(events).map(|()| Recorded::OnDisk { saved_workout: saves_workout });
        (settled, written.map_err(|e| e.to_string()))
    }

    /// The `_created_at` of an event made at `wall`: the log's hybrid logical clock
    /// (`domain::hlc`), after everything in the log — merged from other devices too — and
    /// everything stamped before, so what the window keeps is what the store holds.
    pub(super) fn event_time(&self, wall: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
        self.store.hlc_now(wall)
    }

    /// What the writer thread has written since the last call (once a frame).
    pub(super) fn poll(&mut self) -> Vec<Settled> {
        let written = self.writer.as_mut().map(Writer::poll).unwrap_or_default();
        self.settled(written)
    }

    /// Waits for every batch on its way, then hands out the store: the one way to read it.
    pub(super) fn settle(&mut self) -> (Vec<Settled>, &Store) {
        let settled = self.settle_writer();
        (settled, &self.store)
    }

    fn settle_writer(&mut self) -> Vec<Settled> {
        let written = match self.writer.as_mut().filter(|w| w.is_busy()) {
            Some(writer) => writer.flush(),
            None => return Vec::new(),
        };
        self.settled(written)
    }

    fn settled(&mut self, written: Vec<Written>) -> Vec<Settled> {
        let mut settled = Vec::new();
        for written in written {
            match written {
                Written::Durable(batch) => {
                    let position = self.saving.iter().position(|w| w.batch == batch);
                    if let Some(id) = position.and_then(|i| self.saving.remove(i).saves_workout) {
                        settled.push(Settled::WorkoutSaved(id));
                    }
                }
                Written::Failed(_, reason) => {
                    // What follows a failed batch builds on it: dropped, and read back as stored.
                    self.saving.clear();
                    if let Some(writer) = self.writer.as_mut() {
                        writer.flush();
                    }
                    settled.push(Settled::Failed(reason));
                    break;
                }
            }
        }
        settled
    }

    /// Whether a logged set is still on its way to disk.
    pub(super) fn is_saving(&self, set_id: Uuid) -> bool {
        self.saving.iter().any(|w| w.set_ids.contains(&set_id))
    }

    /// Whether the saving of a workout is still on its way to disk.
    pub(super) fn is_saving_workout(&self, workout_id: Uuid) -> bool {
        self.saving.iter().any(|w| w.saves_workout == Some(workout_id))
    }

    /// The store as it is, whatever is on its way (tests that run jobs inline: nothing is).
    #[cfg(test)]
    pub(super) fn store_as_is(&self) -> &Store {
        &self.store
    }

    /// Puts another writer in place of the writer thread (tests of what goes through it).
    #[cfg(test)]
    pub(super) fn replace_writer(&mut self, make: impl FnOnce(Store) -> Writer) {
        self.writer = Some(make(self.store.try_clone().expect("a second connection")));
    }
}

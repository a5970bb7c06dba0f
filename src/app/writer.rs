//! Writes logged sets to the store off the UI thread. Logging a set folds it into the
//! projection at once and hands its event to the writer thread, which appends and commits it
//! (an fsync: 1–3 ms on this disk, 10–50 ms on an encrypted or network home folder) and reports
//! back; the row shows the set as saved only then, so a crash after "saved" loses nothing.
//! Starting a workout, adding an exercise to it and saving it go the same way (a failed batch
//! reads the workout back as stored; a saved workout counts for the backup reminder once it is
//! on disk). Batches are written in the order they were handed over. Everything else the app
//! records (corrections, settings, routines) is written on the spot, after the writer has
//! caught up (`Recorder::settle`, record.rs), so nothing that reads the store — an
//! export's snapshot, a restore — can miss a set on its way.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use crate::domain::event::Event;
use crate::store::Store;

/// A batch's fate.
#[derive(Debug)]
pub enum Written {
    Durable(u64),
    Failed(u64, String),
}

struct Batch {
    id: u64,
    events: Vec<Event>,
}

/// The writer thread and the batches handed to it that have not reported yet.
pub struct Writer {
    sender: Option<Sender<Batch>>,
    results: Receiver<Written>,
    pending: VecDeque<u64>,
    next: u64,
    thread: Option<JoinHandle<()>>,
    /// A held writer's gate (tests): closed until the first flush.
    #[cfg(test)]
    gate: Option<Gate>,
}

#[cfg(test)]
type Gate = Arc<(std::sync::Mutex<bool>, std::sync::Condvar)>;

impl Writer {
    /// Starts the thread on its own connection to the store; `wake` is called after each batch.
    pub fn start(store: Store, wake: Arc<dyn Fn() + Send + Sync>) -> Writer {
        let (sender, batches) = channel::<Batch>();
        let (report, results) = channel();
        let thread = std::thread::Builder::new()
            .name("gymlog-writer".into())
            .spawn(move || {
                for batch in batches {
                    let written = match store.append(&batch.events) {
                        Ok(()) => Written::Durable(batch.id),
                        Err(e) => Written::Failed(batch.id, e.to_string()),
                    };
                    if report.send(written).is_err() {
                        break;
                    }
                    wake();
                }
            })
            .expect("the writer thread starts");
        Writer {
            sender: Some(sender),
            results,
            pending: VecDeque::new(),
            next: 0,
            thread: Some(thread),
            #[cfg(test)]
            gate: None,
        }
    }

    /// A writer whose every batch fails (tests of what the app does then).
    #[cfg(test)]
    pub fn failing() -> Writer {
        let (sender, batches) = channel::<Batch>();
        let (report, results) = channel();
        let thread = std::thread::spawn(move || {
            for batch in batches {
                let _ = report.send(Written::Failed(batch.id, "disk full (a test's writer)".into()));
            }
        });
        Writer {
            sender: Some(sender),
            results,
            pending: VecDeque::new(),
            next: 0,
            thread: Some(thread),
            #[cfg(test)]
            gate: None,
        }
    }

    /// A writer that holds every batch until it is flushed (tests of what reads the store
    /// while sets are on their way): its thread writes only once `flush` opens the gate.
    #[cfg(test)]
    pub fn held(store: Store) -> Writer {
        let gate = Arc::new((std::sync::Mutex::new(false), std::sync::Condvar::new()));
        let (sender, batches) = channel::<Batch>();
        let (report, results) = channel();
        let opened = gate.clone();
        let thread = std::thread::spawn(move || {
            for batch in batches {
                let (open, ready) = &*opened;
                drop(ready.wait_while(open.lock().unwrap(), |open| !*open).unwrap());
                let written = match store.append(&batch.events) {
                    Ok(()) => Written::Durable(batch.id),
                    Err(e) => Written::Failed(batch.id, e.to_string()),
                };
                let _ = report.send(written);
            }
        });
        Writer {
            sender: Some(sender),
            results,
            pending: VecDeque::new(),
            next: 0,
            thread: Some(thread),
            gate: Some(gate),
        }
    }

    /// Hands a batch over; returns its id.
    pub fn submit(&mut self, events: Vec<Event>) -> u64 {
        let id = self.next;
        self.next += 1;
        let sent = self.sender.as_ref().is_some_and(|s| s.send(Batch { id, events }).is_ok());
        self.pending.push_back(id);
        if !sent {
            // The thread is gone: report the batch as failed on the next poll.
            self.orphaned(id);
        }
        id
    }

    fn orphaned(&mut self, id: u64) {
        let (report, results) = channel();
        let _ = report.send(Written::Failed(id, "the writer thread stopped".into()));
        self.results = results;
    }

    /// Whether batches are still on their way.
    pub fn is_busy(&self) -> bool {
        !self.pending.is_empty()
    }

    /// What has been written since the last call.
    pub fn poll(&mut self) -> Vec<Written> {
        let mut done = Vec::new();
        while let Ok(written) = self.results.try_recv() {
            self.settle(&written);
            done.push(written);
        }
        done
    }

    /// Waits until every batch handed over has been written (or failed).
    pub fn flush(&mut self) -> Vec<Written> {
        #[cfg(test)]
        if let Some((open, ready)) = self.gate.as_deref() {
            *open.lock().unwrap() = true;
            ready.notify_all();
        }
        let mut done = self.poll();
        while self.is_busy() {
            match self.results.recv() {
                Ok(written) => {
                    self.settle(&written);
                    done.push(written);
                }
                Err(_) => {
                    let lost: Vec<u64> = self.pending.drain(..).collect();
                    done.extend(lost.into_iter().map(|id| Written::Failed(id, "the writer thread stopped".into())));
                }
            }
        }
        done
    }

    fn settle(&mut self, written: &Written) {
        let id = match written {
            Written::Durable(id) | Written::Failed(id, _) => *id,
        };
        self.pending.retain(|p| *p != id);
    }
}

impl Drop for Writer {
    /// Lets the thread write what it was given, then stops it.
    fn drop(&mut self) {
        self.sender = None;
        #[cfg(test)]
        if let Some((open, ready)) = self.gate.as_deref() {
            *open.lock().unwrap() = true;
            ready.notify_all();
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

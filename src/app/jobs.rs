//! Background work the window must never wait for: loading the history, the native save
//! dialog, and the export itself. Each job is a thread that reports once over a channel.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::backup::export::{ExportReport, export_backup};
use crate::domain::projection::History;
use crate::store::Store;

/// What the save dialog answered.
#[derive(Debug, Clone, PartialEq)]
pub enum DialogOutcome {
    Chosen(PathBuf),
    /// Cancelled, or no dialog could be shown (rfd cannot tell the two apart).
    NoChoice,
}

/// Shows a native save dialog. Behind a trait so tests (and machines without a desktop
/// portal) can answer without one.
pub trait SaveDialog: Send + Sync {
    /// Blocks until the user has chosen; runs on a background thread.
    fn choose(&self, folder: &Path, file_name: &str) -> DialogOutcome;
}

/// A job running on its own thread, reporting one value.
pub struct Job<T> {
    receiver: Receiver<T>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a thread; `wake` is called when it is done (to repaint the window).
    pub fn spawn(work: impl FnOnce() -> T + Send + 'static, wake: impl Fn() + Send + 'static) -> Job<T> {
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let _ = sender.send(work());
            wake();
        });
        Job { receiver }
    }

    /// The result, if the job has finished. A job whose thread died reports `Err`.
    pub fn poll(&self) -> Option<Result<T, String>> {
        match self.receiver.try_recv() {
            Ok(value) => Some(Ok(value)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the background task stopped unexpectedly".into())),
        }
    }

    /// Waits for the result (tests, and shutdown).
    pub fn wait(self) -> Result<T, String> {
        self.receiver.recv().map_err(|_| "the background task stopped unexpectedly".to_string())
    }
}

pub fn load_history(store: Store) -> Result<History, String> {
    store.history().map_err(|e| format!("could not read the workout history: {e}"))
}

pub fn export(store: Store, dest: PathBuf) -> Result<ExportReport, String> {
    export_backup(&store, &dest).map_err(|e| e.to_string())
}

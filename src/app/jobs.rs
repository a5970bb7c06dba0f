//! Background work the window must never wait for (loading the history, the native file
//! dialogs, exports, automatic backups, restores, imports), one named job of each kind at a
//! time. A job is a closure and its result, of the type `T` the owner of [`Jobs`] chooses (the
//! app: what to do with the result, written by the flow that started it), so this file knows
//! nothing of the flows. A job either runs on its own thread (the app) or inline, its result
//! held until the next poll (deterministic tests).

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// How jobs run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runner {
    /// Each job on its own thread; the window is woken when it is done.
    Thread,
    /// Right away on the caller's thread; the result waits for the next poll.
    Inline,
}

/// The kinds of background work; at most one of each runs at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    LoadHistory,
    FileDialog,
    /// A backup or a CSV export the lifter asked for.
    Export,
    AutoBackup,
    /// Checking or restoring a backup.
    Restore,
    /// Checking or importing another app's export.
    Import,
    /// A question in the Insights console.
    Query,
    /// Records and calendar counted again from a snapshot of the history.
    Recount,
    /// A sync through the sync folder.
    Sync,
}

/// Why a job did not start. The window words it in the lifter's language
/// (`AppState::start_job`, `jobs-*` messages); `Display` is the English of logs and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotStarted {
    /// A job of this kind is still running.
    Busy(JobKind),
    /// An export, a restore, an import, a query or a sync waits for the history's read.
    HistoryLoading,
    /// The system gave no thread.
    NoThread(String),
}

impl std::fmt::Display for NotStarted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotStarted::Busy(kind) => write!(f, "{kind:?} is already running."),
            NotStarted::HistoryLoading => write!(f, "The history is still loading."),
            NotStarted::NoThread(e) => write!(f, "could not start a background task: {e}"),
        }
    }
}

impl JobKind {
    /// Jobs that copy or write the whole store wait for the start-up read of the history: that
    /// read runs with DuckDB's memory limited (`Store::history`), a limit DuckDB sets for the
    /// whole database, and an export begun beside it failed with "Out of Memory".
    fn waits_for_the_history(self) -> bool {
        matches!(self, JobKind::Export | JobKind::Restore | JobKind::Import | JobKind::Query | JobKind::Sync)
    }

    /// The message id saying that a job of this kind is already running.
    pub fn busy_id(self) -> &'static str {
        match self {
            JobKind::LoadHistory => "jobs-busy-history",
            JobKind::FileDialog => "jobs-busy-file-dialog",
            JobKind::Export => "jobs-busy-export",
            JobKind::AutoBackup => "jobs-busy-auto-backup",
            JobKind::Restore => "jobs-busy-restore",
            JobKind::Import => "jobs-busy-import",
            JobKind::Query => "jobs-busy-query",
            JobKind::Recount => "jobs-busy-recount",
            JobKind::Sync => "jobs-busy-sync",
        }
    }

    /// Every kind, for the catalogue test.
    pub const ALL: [JobKind; 9] = [
        JobKind::LoadHistory,
        JobKind::FileDialog,
        JobKind::Export,
        JobKind::AutoBackup,
        JobKind::Restore,
        JobKind::Import,
        JobKind::Query,
        JobKind::Recount,
        JobKind::Sync,
    ];
}

/// A finished job: what its work returned, or that its thread panicked.
#[derive(Debug)]
pub enum Finished<T> {
    Done(T),
    Crashed { kind: JobKind, message: String },
}

/// The jobs under way.
pub struct Jobs<T> {
    runner: Runner,
    sender: Sender<(JobKind, Finished<T>)>,
    receiver: Receiver<(JobKind, Finished<T>)>,
    running: Vec<JobKind>,
    wake: Arc<dyn Fn() + Send + Sync>,
}

impl<T: Send + 'static> Jobs<T> {
    pub fn new(runner: Runner, wake: Arc<dyn Fn() + Send + Sync>) -> Jobs<T> {
        let (sender, receiver) = channel();
        Jobs { runner, sender, receiver, running: Vec::new(), wake }
    }

    pub fn is_running(&self, kind: JobKind) -> bool {
        self.running.contains(&kind)
    }

    /// Starts `work` unless a job of the same kind is still running, or the job reads or
    /// writes the whole store while the history is loading (then says so).
    pub fn start(&mut self, kind: JobKind, work: impl FnOnce() -> T + Send + 'static) -> Result<(), NotStarted> {
        if self.is_running(kind) {
            return Err(NotStarted::Busy(kind));
        }
        if kind.waits_for_the_history() && self.is_running(JobKind::LoadHistory) {
            return Err(NotStarted::HistoryLoading);
        }
        self.running.push(kind);
        let sender = self.sender.clone();
        let wake = self.wake.clone();
        let run = move || {
            let done = std::panic::catch_unwind(AssertUnwindSafe(work)).map(Finished::Done).unwrap_or_else(|panic| {
                let message = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown error".into());
                Finished::Crashed { kind, message }
            });
            // Send first, then wake: the woken frame must find the result.
            let _ = sender.send((kind, done));
            wake();
        };
        match self.runner {
            Runner::Thread => {
                std::thread::Builder::new()
                    .name(format!("gymlog {kind:?}"))
                    .spawn(run)
                    .map_err(|e| NotStarted::NoThread(e.to_string()))?;
            }
            Runner::Inline => run(),
        }
        Ok(())
    }

    /// The jobs that have finished since the last poll.
    pub fn poll(&mut self) -> Vec<Finished<T>> {
        let mut done = Vec::new();
        while let Ok(finished) = self.receiver.try_recv() {
            done.push(self.finished(finished));
        }
        done
    }

    /// Waits for every running job (tests, and shutdown).
    pub fn wait_all(&mut self) -> Vec<Finished<T>> {
        let mut done = self.poll();
        while !self.running.is_empty() {
            match self.receiver.recv() {
                Ok(finished) => done.push(self.finished(finished)),
                Err(_) => break,
            }
        }
        done
    }

    /// Waits until no job of `kind` runs (shutdown waits for an export this way).
    pub fn wait_for(&mut self, kind: JobKind) -> Vec<Finished<T>> {
        let mut done = self.poll();
        while self.is_running(kind) {
            match self.receiver.recv() {
                Ok(finished) => done.push(self.finished(finished)),
                Err(_) => break,
            }
        }
        done
    }

    fn finished(&mut self, (kind, done): (JobKind, Finished<T>)) -> Finished<T> {
        if let Some(i) = self.running.iter().position(|k| *k == kind) {
            self.running.remove(i);
        }
        done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dialog_done() -> &'static str {
        "answered"
    }

    #[test]
    fn a_second_job_of_a_kind_is_refused_until_the_first_reports() {
        let mut jobs = Jobs::<&str>::new(Runner::Inline, Arc::new(|| {}));
        jobs.start(JobKind::Export, dialog_done).unwrap();
        assert!(jobs.is_running(JobKind::Export), "running until polled");
        let refused = jobs.start(JobKind::Export, || panic!("must not run")).unwrap_err();
        assert_eq!(refused, NotStarted::Busy(JobKind::Export));
        jobs.start(JobKind::FileDialog, dialog_done).expect("another kind may start");
        assert_eq!(jobs.poll().len(), 2);
        assert!(!jobs.is_running(JobKind::Export));
        jobs.start(JobKind::Export, dialog_done).expect("free again");
    }

    #[test]
    fn every_refusal_and_filter_has_its_message() {
        let english = crate::i18n::I18n::english();
        let ids = JobKind::ALL.map(JobKind::busy_id);
        let filters = super::super::file_dialog::FILTERS.map(|f| f.name_id);
        for id in ids.iter().chain(&filters).chain(&["jobs-history-loading", "jobs-no-thread", "jobs-crashed"]) {
            assert!(english.has(id), "{id}");
        }
    }

    #[test]
    fn exports_restores_imports_and_queries_wait_for_the_history_to_load() {
        let mut jobs = Jobs::<&str>::new(Runner::Inline, Arc::new(|| {}));
        jobs.start(JobKind::LoadHistory, || "loaded").unwrap();
        for kind in [JobKind::Export, JobKind::Restore, JobKind::Import, JobKind::Query] {
            let refused = jobs.start(kind, || panic!("must not run while the history loads")).unwrap_err();
            assert_eq!(refused, NotStarted::HistoryLoading, "{kind:?}");
        }
        jobs.start(JobKind::FileDialog, dialog_done).expect("a file dialog does not touch the store");
        assert_eq!(jobs.poll().len(), 2);
        jobs.start(JobKind::Export, dialog_done).expect("loaded: an export may start");
    }

    #[test]
    fn threads_wake_the_window_after_sending_and_a_panic_is_reported() {
        let (woken, wakes) = channel::<()>();
        let woken = std::sync::Mutex::new(woken);
        let mut jobs = Jobs::<&str>::new(Runner::Thread, Arc::new(move || woken.lock().unwrap().send(()).unwrap()));
        jobs.start(JobKind::LoadHistory, || panic!("disk on fire")).unwrap();
        jobs.start(JobKind::FileDialog, dialog_done).unwrap();
        for _ in 0..2 {
            wakes.recv().unwrap();
            // Woken: the result is already there to be polled.
            assert!(!jobs.poll().is_empty());
        }
        assert!(!jobs.is_running(JobKind::LoadHistory) && !jobs.is_running(JobKind::FileDialog));
    }

    #[test]
    fn a_panicking_job_is_reported_not_lost() {
        let mut jobs = Jobs::<&str>::new(Runner::Inline, Arc::new(|| {}));
        jobs.start(JobKind::LoadHistory, || panic!("disk on fire")).unwrap();
        let done = jobs.poll();
        assert!(
            matches!(&done[..], [Finished::Crashed { kind: JobKind::LoadHistory, message }] if message == "disk on fire")
        );
    }
}

//! Start-up wiring, shared by the window, the tests and the benchmarks: resolve nothing more
//! than the paths say, open (and migrate) the store, start reading the history, and hand them
//! to the app.

use std::thread::JoinHandle;

use anyhow::Result;

use crate::domain::projection::History;
use crate::paths::Paths;
use crate::store::Store;

/// What the app starts from: its folders, the open store, and the history being read.
pub struct Boot {
    pub paths: Paths,
    pub store: Store,
    pub(super) history: EarlyHistory,
}

/// Creates the folders, opens the store and starts reading the history on a thread of its
/// own. A store locked by another GymLog, or written by a newer one, is an error the caller
/// shows (main.rs puts it in a message box as well).
pub fn open(paths: Paths) -> Result<Boot> {
    paths.create()?;
    let store = Store::open(&paths.store_file())?;
    let history = EarlyHistory::start(&store)?;
    Ok(Boot { paths, store, history })
}

/// The start-up read of the history, begun as soon as the store is open: the window takes
/// 0.15–0.2 s to open (software GL here), time the read — seconds at a million events — need
/// not wait for. The app takes it over as its history-loading job.
pub(super) struct EarlyHistory(JoinHandle<Result<History, String>>);

impl EarlyHistory {
    fn start(store: &Store) -> Result<EarlyHistory> {
        let loader = store.try_clone()?;
        let read = move || read_history(loader, Store::history);
        let thread = std::thread::Builder::new().name("gymlog history".into()).spawn(read)?;
        Ok(EarlyHistory(thread))
    }

    /// The history, once read.
    pub(super) fn wait(self) -> Result<History, String> {
        self.0.join().unwrap_or_else(|_| Err("reading the workout history failed".into()))
    }
}

/// Reads the whole history through `loader` with `read` (`Store::history` at start-up, when
/// nothing else runs on the store), then hands the memory the read freed back to the system
/// (`memory.rs`).
pub(super) fn read_history(
    loader: Store,
    read: impl FnOnce(&Store) -> crate::store::Result<History>,
) -> Result<History, String> {
    let history = read(&loader).map_err(|e| format!("could not read the workout history: {e}"));
    drop(loader);
    crate::memory::release_freed();
    history
}

//! Start-up wiring, shared by the window, the tests and the benchmarks: resolve nothing more
//! than the paths say, open (and migrate) the store, and hand both to the app.

use anyhow::Result;

use crate::paths::Paths;
use crate::store::Store;

/// What the app starts from: its folders and the open store.
pub struct Boot {
    pub paths: Paths,
    pub store: Store,
}

/// Creates the folders and opens the store. A store locked by another GymLog, or written by
/// a newer one, is an error the caller shows (main.rs puts it in a message box as well).
pub fn open(paths: Paths) -> Result<Boot> {
    paths.create()?;
    let store = Store::open(&paths.store_file())?;
    Ok(Boot { paths, store })
}

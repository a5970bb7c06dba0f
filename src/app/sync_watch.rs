//! Watching the sync folder (`notify`: inotify, FSEvents, ReadDirectoryChanges) so that files
//! another device's sync tool delivers are merged soon after they land. The watcher only notes
//! that something changed and wakes the window; the sync itself starts from `sync_flow.rs`
//! once the change has settled. Changes to this device's own folder (its own sync writing)
//! are not changes to act on.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use notify::{RecursiveMode, Watcher};

/// A watch on one sync folder, alive as long as this value.
pub struct FolderWatch {
    changed: Arc<AtomicBool>,
    _watcher: notify::RecommendedWatcher,
}

impl FolderWatch {
    /// Watches `folder` (and everything below it), ignoring `own` (this device's folders in it:
    /// the plain and the encrypted format's); `wake` is called on every change that counts.
    pub fn start(folder: &Path, own: Vec<PathBuf>, wake: Arc<dyn Fn() + Send + Sync>) -> notify::Result<FolderWatch> {
        let changed = Arc::new(AtomicBool::new(false));
        let flag = changed.clone();
        let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if counts(&event, &own) {
                flag.store(true, Ordering::Release);
                wake();
            }
        })?;
        watcher.watch(folder, RecursiveMode::Recursive)?;
        Ok(FolderWatch { changed, _watcher: watcher })
    }

    /// Whether something changed since the last call.
    pub fn take_changed(&self) -> bool {
        self.changed.swap(false, Ordering::AcqRel)
    }
}

/// Whether `event` is a change to act on: not a read, not only in this device's folders `own`.
fn counts(event: &notify::Result<notify::Event>, own: &[PathBuf]) -> bool {
    match event {
        Ok(event) => !event.kind.is_access() && event.paths.iter().any(|p| !own.iter().any(|own| p.starts_with(own))),
        // A watch that overflowed or broke: look at the folder to be sure.
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc::channel;

    use super::*;

    #[test]
    fn only_changes_outside_this_devices_folder_count() {
        use notify::event::{AccessKind, CreateKind, EventKind};
        let own = [PathBuf::from("/sync/GymLog/v1/me"), PathBuf::from("/sync/GymLog/v2/me")];
        let own = &own[..];
        let event = |kind, path: &str| Ok(notify::Event::new(kind).add_path(PathBuf::from(path)));
        let created = EventKind::Create(CreateKind::File);
        assert!(!counts(&event(created, "/sync/GymLog/v1/me/events-000002.parquet"), own));
        assert!(counts(&event(created, "/sync/GymLog/v1/other/events-000001.parquet"), own));
        assert!(counts(&event(created, "/sync/GymLog/v1/new-device"), own));
        assert!(!counts(&event(created, "/sync/GymLog/v2/me/events-000003.parquet.age"), own));
        let read = EventKind::Access(AccessKind::Read);
        assert!(!counts(&event(read, "/sync/GymLog/v1/other/events-000001.parquet"), own));
        assert!(counts(&Err(notify::Error::generic("queue overflow")), own));
    }

    #[test]
    fn a_file_landing_in_the_folder_wakes_the_window() {
        let dir = tempfile::tempdir().unwrap();
        let own = dir.path().join("GymLog/v1/me");
        std::fs::create_dir_all(&own).unwrap();
        let (woken, wakes) = channel::<()>();
        let woken = std::sync::Mutex::new(woken);
        let watch = FolderWatch::start(
            dir.path(),
            vec![own.clone()],
            Arc::new(move || {
                let _ = woken.lock().unwrap().send(());
            }),
        )
        .unwrap();
        std::fs::create_dir_all(dir.path().join("GymLog/v1/other")).unwrap();
        std::fs::write(dir.path().join("GymLog/v1/other/events-000001.parquet"), b"theirs").unwrap();
        wakes.recv().unwrap();
        assert!(watch.take_changed());
        assert!(!watch.take_changed(), "taken once");
    }
}

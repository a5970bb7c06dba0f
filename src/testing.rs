//! Test doubles shared by the unit tests, the integration tests and the benchmarks (as rerun
//! shares its `viewer_test_utils`): a clock the test moves, file dialogs the test answers,
//! and an app environment built from them with jobs run inline or on threads.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::app::{AppEnv, Clock, DialogOutcome, FileDialog, FileFilter, Runner};

/// A clock that stands still until the test moves it.
#[derive(Clone)]
pub struct TestClock(Arc<Mutex<DateTime<Utc>>>);

impl TestClock {
    /// 2026-11-26 17:00 UTC.
    pub fn new() -> TestClock {
        TestClock(Arc::new(Mutex::new(Utc.with_ymd_and_hms(2026, 11, 26, 17, 0, 0).unwrap())))
    }

    pub fn advance(&self, minutes: i64) {
        *self.0.lock().unwrap() += Duration::minutes(minutes);
    }
}

impl Default for TestClock {
    fn default() -> Self {
        TestClock::new()
    }
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

/// The file dialogs, answered by the test: a path, or nothing (cancel / no portal).
#[derive(Default)]
pub struct FakeDialog(pub Mutex<Option<PathBuf>>);

impl FakeDialog {
    /// What every dialog answers from now on.
    pub fn answer(&self, path: Option<PathBuf>) {
        *self.0.lock().unwrap() = path;
    }

    fn outcome(&self) -> DialogOutcome {
        match self.0.lock().unwrap().clone() {
            Some(path) => DialogOutcome::Chosen(path),
            None => DialogOutcome::NoChoice,
        }
    }
}

impl FileDialog for FakeDialog {
    fn save(&self, _folder: &Path, _file_name: &str, _filter: FileFilter) -> DialogOutcome {
        self.outcome()
    }

    fn open(&self, _folder: &Path, _filter: FileFilter) -> DialogOutcome {
        self.outcome()
    }

    fn pick_folder(&self, _folder: &Path) -> DialogOutcome {
        self.outcome()
    }
}

/// An environment for tests: the test's clock and dialog, no window to wake.
pub fn test_env(clock: &TestClock, dialog: &Arc<FakeDialog>, runner: Runner) -> AppEnv {
    AppEnv {
        clock: Arc::new(clock.clone()),
        dialog: dialog.clone(),
        wake: Arc::new(|| {}),
        runner,
        chime: Arc::new(CountingChime::default()),
        system_locale: None,
    }
}

/// A chime that counts how often it played instead of making a sound.
#[derive(Default, Clone)]
pub struct CountingChime(Arc<std::sync::atomic::AtomicUsize>);

impl CountingChime {
    pub fn plays(&self) -> usize {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl crate::app::Chime for CountingChime {
    fn play(&self) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
}

//! Application state and what user actions do to it: the event appends, the projection cache,
//! the backup counter and background jobs. No egui here, so it is tested without a window.

mod backup_flow;
pub mod jobs;
mod workout_flow;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::backup::state::{BackupState, BackupStateFile};
use crate::domain::event::{Event, EventKind};
use crate::domain::exercise::{ExerciseDef, builtin_library};
use crate::domain::projection::History;
use crate::domain::rest_timer::RestTimer;
use crate::domain::session::Session;
use crate::domain::summary::Summary;
use crate::domain::units::WeightUnit;
use crate::paths::Paths;
use crate::store::Store;

pub use backup_flow::ExportPanel;
use jobs::{Job, SaveDialog};

/// Where time comes from: the wall clock in the app, a fixed one in tests.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Screen {
    #[default]
    Workout,
    History,
    Exercises,
    Settings,
}

impl Screen {
    pub const ALL: [Screen; 4] = [Screen::Workout, Screen::History, Screen::Exercises, Screen::Settings];

    pub fn label(self) -> &'static str {
        match self {
            Screen::Workout => "Workout",
            Screen::History => "History",
            Screen::Exercises => "Exercises",
            Screen::Settings => "Settings",
        }
    }
}

/// Preferences kept between runs (by the window's persistence).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub unit: WeightUnit,
    pub screen: Screen,
    /// Folder of the last export, where the save dialog opens next time.
    pub last_export_folder: Option<PathBuf>,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences { unit: WeightUnit::Kg, screen: Screen::Workout, last_export_folder: None }
    }
}

/// A message at the bottom of the window. Errors stay until dismissed; the rest fade after
/// [`TOAST_SECONDS`].
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub text: String,
    pub is_error: bool,
    pub shown_at: DateTime<Utc>,
}

pub const TOAST_SECONDS: i64 = 8;

/// Everything a click can ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Show(Screen),
    SetUnit(WeightUnit),
    StartWorkout {
        name: String,
        repeat_of: Option<Uuid>,
    },
    AddExercise(String),
    CreateExercise(ExerciseDef),
    RemoveExercise(usize),
    /// Logs (or, if already logged, updates) a row of a set table.
    CompleteSet {
        block: usize,
        row: usize,
    },
    AddSetRow(usize),
    RemoveSetRow {
        block: usize,
        row: usize,
    },
    AdjustRest(i64),
    SkipRest,
    Finish,
    ResumeEditing,
    Save,
    Discard,
    /// Deletes a saved workout (a `workout_deleted` event).
    DeleteWorkout(Uuid),
    DismissReminder,
    SetReminderThreshold(u32),
    /// Opens the export panel and the native save dialog.
    OpenExport,
    /// Opens the native save dialog again from the export panel.
    BrowseExportPath,
    /// Exports to the path in the export panel's field.
    ExportTo(PathBuf),
    CloseExport,
    DismissToast(usize),
    /// Shows the progress chart of an exercise (`None` closes it).
    ShowProgress(Option<String>),
}

/// The progress chart of one exercise: x is the workout's day (days since 1970-01-01, UTC),
/// y its best estimated 1RM in kg. Computed on request and after each saved workout, never
/// per frame.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseProgress {
    pub exercise: String,
    pub points: Vec<[f64; 2]>,
}

impl ExerciseProgress {
    fn of(exercise: &str, history: &History) -> ExerciseProgress {
        let day = |at: DateTime<Utc>| at.timestamp() as f64 / 86_400.0;
        let points = history.e1rm_progress(exercise).into_iter().map(|(at, kg)| [day(at), kg]).collect();
        ExerciseProgress { exercise: exercise.to_string(), points }
    }
}

/// The application: the store, the cached projection, the session and the backup state.
pub struct AppState {
    pub paths: Paths,
    store: Store,
    clock: Arc<dyn Clock>,
    dialog: Arc<dyn SaveDialog>,
    wake: Arc<dyn Fn() + Send + Sync>,
    pub history: History,
    history_job: Option<Job<Result<History, String>>>,
    pub library: Vec<ExerciseDef>,
    pub session: Option<Session>,
    /// The summary shown after Finish, before Save or Discard.
    pub summary: Option<Summary>,
    pub rest: Option<RestTimer>,
    pub prefs: Preferences,
    pub backup: BackupState,
    backup_file: BackupStateFile,
    pub export: ExportPanel,
    pub toasts: Vec<Toast>,
    pub progress: Option<ExerciseProgress>,
}

impl AppState {
    /// Opens the app on an open store; the history loads in the background.
    pub fn new(
        paths: Paths,
        store: Store,
        prefs: Preferences,
        clock: Arc<dyn Clock>,
        dialog: Arc<dyn SaveDialog>,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> anyhow::Result<AppState> {
        let backup_file = BackupStateFile::new(paths.backup_state_file());
        let loaded = backup_file.load();
        let mut toasts = Vec::new();
        if let Some(problem) = loaded.problem {
            toasts.push(Toast { text: problem, is_error: true, shown_at: clock.now() });
        }
        let loader = store.try_clone()?;
        let waker = wake.clone();
        let history_job = Job::spawn(move || jobs::load_history(loader), move || waker());
        Ok(AppState {
            paths,
            store,
            clock,
            dialog,
            wake,
            history: History::default(),
            history_job: Some(history_job),
            library: builtin_library(),
            session: None,
            summary: None,
            rest: None,
            prefs,
            backup: loaded.state,
            backup_file,
            export: ExportPanel::default(),
            toasts,
            progress: None,
        })
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn is_loading(&self) -> bool {
        self.history_job.is_some()
    }

    /// Takes in whatever background jobs have finished. Called once per frame.
    pub fn poll(&mut self) {
        if let Some(result) = self.history_job.as_ref().and_then(Job::poll) {
            self.history_job = None;
            match result.and_then(|r| r) {
                Ok(history) => self.history_loaded(history),
                Err(e) => self.error(e),
            }
        }
        self.poll_export();
        let now = self.now();
        self.toasts.retain(|t| t.is_error || (now - t.shown_at).num_seconds() < TOAST_SECONDS);
    }

    /// Blocks until every background job has reported (tests; never called by the UI).
    pub fn wait_for_background_work(&mut self) {
        if let Some(job) = self.history_job.take() {
            match job.wait().and_then(|r| r) {
                Ok(history) => self.history_loaded(history),
                Err(e) => self.error(e),
            }
        }
        self.wait_for_export();
    }

    fn history_loaded(&mut self, history: History) {
        for custom in history.custom_exercises() {
            if !self.library.iter().any(|e| e.name == custom.name) {
                self.library.push(custom.clone());
            }
        }
        self.history = history;
        if self.session.is_none()
            && let Some(workout) = self.history.in_progress()
        {
            let mut session = Session::resume(workout, &self.history, self.prefs.unit);
            for block in &mut session.exercises {
                let def = self.library.iter().find(|e| e.name == block.exercise);
                block.rest_seconds = crate::domain::rest_timer::default_rest_seconds(def);
            }
            self.session = Some(session);
            self.info("Your unfinished workout is back, with every logged set.");
        }
    }

    pub fn handle(&mut self, action: Action) {
        match action {
            Action::Show(screen) => self.prefs.screen = screen,
            Action::SetUnit(unit) => {
                if let Some(session) = self.session.as_mut() {
                    session.convert_weights(self.prefs.unit, unit);
                }
                self.prefs.unit = unit;
            }
            Action::DismissReminder => {
                self.backup.dismiss_reminder();
                self.save_backup_state();
            }
            Action::SetReminderThreshold(n) => {
                self.backup.threshold = n.max(1);
                self.save_backup_state();
            }
            Action::OpenExport => self.open_export(),
            Action::BrowseExportPath => self.browse_export_path(),
            Action::ExportTo(path) => self.start_export(path),
            Action::CloseExport => self.export.visible = false,
            Action::ShowProgress(exercise) => {
                self.progress = exercise.map(|e| ExerciseProgress::of(&e, &self.history));
            }
            Action::DismissToast(i) => {
                if i < self.toasts.len() {
                    self.toasts.remove(i);
                }
            }
            other => self.handle_workout(other),
        }
    }

    /// Appends events and folds them into the cached projection. On failure nothing changes
    /// and the user is told.
    fn record(&mut self, kinds: Vec<EventKind>) -> bool {
        let now = self.now();
        let events: Vec<Event> = kinds.into_iter().map(|kind| Event::new(Uuid::now_v7(), now, kind)).collect();
        match self.store.append(&events) {
            Ok(()) => {
                for event in &events {
                    self.history.apply(event);
                }
                true
            }
            Err(e) => {
                self.error(format!("Not saved: {e}"));
                false
            }
        }
    }

    fn save_backup_state(&mut self) {
        if let Err(e) = self.backup_file.save(&self.backup) {
            self.error(format!("Could not save the backup state to {}: {e}", self.backup_file.path().display()));
        }
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.toast(text.into(), false);
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.toast(text.into(), true);
    }

    /// Shows a message; the same text again replaces the older one.
    fn toast(&mut self, text: String, is_error: bool) {
        self.toasts.retain(|t| t.text != text);
        let shown_at = self.now();
        self.toasts.push(Toast { text, is_error, shown_at });
    }

    /// Recomputes the open progress chart (the history changed).
    fn refresh_progress(&mut self) {
        if let Some(progress) = &self.progress {
            self.progress = Some(ExerciseProgress::of(&progress.exercise, &self.history));
        }
    }

    /// Checkpoints the store (on exit).
    pub fn shutdown(&mut self) {
        if let Err(e) = self.store.checkpoint() {
            eprintln!("gymlog: checkpoint on exit failed: {e}");
        }
    }
}

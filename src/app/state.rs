//! The application state: the store, the cached projection of the log, the workout being
//! logged, the backup counter and the jobs under way. Views read it through the accessors
//! below; only actions (handle.rs) and finished jobs (`on_job_done`) change it.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::clock::Clock;
use super::derived::{ExerciseDetail, RecentRecord, TrainingCalendar};
use super::editor::Session;
use super::export_panel::ExportPanel;
use super::file_dialog::FileDialog;
use super::import_panel::ImportPanel;
use super::jobs::{Finished, JobKind, Jobs, NotStarted, Runner};
use super::live_workout::LiveWorkout;
use super::logbook::Logbook;
use super::prefs::Preferences;
use super::record::Recorder;
use super::restore_panel::RestorePanel;
use super::startup::Boot;
use super::toast::Toasts;
use crate::backup::counter::{BackupCounter, CounterNotSaved};
use crate::backup::state::BackupState;
use crate::domain::exercise::{ExerciseDef, builtin_library};
use crate::domain::projection::History;
use crate::domain::rest_timer::RestTimer;
use crate::domain::summary::Summary;
use crate::i18n::{I18n, Language};
use crate::paths::Paths;

/// What a finished job does to the app: handed back by the job, written by the flow that
/// started it (so `jobs.rs` knows nothing of the flows).
pub(super) type Done = Box<dyn FnOnce(&mut AppState) + Send>;

/// The [`Done`] of a job whose result goes to `handler`.
pub(super) fn done<R: Send + 'static>(handler: fn(&mut AppState, R), result: R) -> Done {
    Box::new(move |app| handler(app, result))
}

/// The message that an unfinished workout was resumed; taken back once it is saved or discarded.
pub(super) const WORKOUT_RESUMED: &str = "Your unfinished workout is back, with every logged set.";

/// What the app needs from its surroundings: the clock, the file dialog, a way to wake the
/// window when a job is done, and how jobs run.
#[derive(Clone)]
pub struct AppEnv {
    pub clock: Arc<dyn Clock>,
    pub dialog: Arc<dyn FileDialog>,
    pub wake: Arc<dyn Fn() + Send + Sync>,
    pub runner: Runner,
    /// Plays the rest-end chime.
    pub chime: Arc<dyn super::sound::Chime>,
    /// The system's locale (`de_DE.UTF-8`) the language follows unless Settings picks one;
    /// `None` in tests, so they read English whatever the machine's locale.
    pub system_locale: Option<String>,
}

pub use super::live_workout::Prompt;

/// How many of the last saved workouts the start screen's records come from.
pub(super) const RECENT: usize = 10;

pub struct AppState {
    pub(super) paths: Paths,
    /// Writes every event and hands out the store to readers (record.rs).
    pub(super) recorder: Recorder,
    pub(super) env: AppEnv,
    pub(super) jobs: Jobs<Done>,
    /// The history and what is derived from it.
    pub(super) logbook: Logbook,
    pub(super) library: Vec<ExerciseDef>,
    /// The workout being logged, its summary, question and rest timer.
    pub(super) live: LiveWorkout,
    pub(super) prefs: Preferences,
    /// The window's language: its messages, numbers and dates (follows `prefs.language`).
    pub(super) i18n: I18n,
    /// The backup counter and its file (`backup::counter` owns its policy).
    pub(super) backup: BackupCounter,
    pub(super) export: ExportPanel,
    pub(super) restore: RestorePanel,
    pub(super) import: ImportPanel,
    pub(super) insights: super::insights_panel::InsightsPanel,
    /// Settings → Sync: the folder, this device, the last sync.
    pub(super) sync: super::sync_panel::SyncPanel,
    /// How the last automatic backup went, for Settings.
    pub(super) auto_status: Option<String>,
    pub(super) toasts: Toasts,
    /// Changes that can be undone and redone.
    pub(super) undo: super::undo_stack::UndoStack,
    /// A saved workout being corrected.
    pub(super) editing: Option<super::workout_editor::WorkoutEditor>,
    /// The window asked to close while an export ran: close once it is done.
    pub(super) closing: bool,
    /// The Programs screen: the Follow panel and the replay's choices.
    pub(super) program_panel: super::program_panel::ProgramPanel,
    /// A program being copied or edited.
    pub(super) program_editor: Option<super::program_editor::ProgramEditor>,
}

impl AppState {
    /// Opens the app on a started store; the history loads in the background.
    pub fn new(boot: Boot, prefs: Preferences, env: AppEnv) -> anyhow::Result<AppState> {
        let Boot { paths, store, history: early } = boot;
        let (backup, counter_problem) = BackupCounter::open(paths.backup_state_file());
        let recorder = Recorder::new(store, env.runner, env.wake.clone())?;
        let mut state = AppState {
            paths,
            recorder,
            jobs: Jobs::new(env.runner, env.wake.clone()),
            env,
            logbook: Logbook::default(),
            library: builtin_library(),
            live: LiveWorkout::default(),
            i18n: I18n::english(),
            prefs,
            backup,
            export: ExportPanel::default(),
            restore: RestorePanel::default(),
            import: ImportPanel::default(),
            insights: Default::default(),
            sync: Default::default(),
            auto_status: None,
            toasts: Toasts::default(),
            undo: Default::default(),
            editing: None,
            closing: false,
            program_panel: Default::default(),
            program_editor: None,
        };
        state.load_language();
        if let Some(problem) = counter_problem {
            state.error(problem);
        }
        state.open_sync();
        state
            .jobs
            .start(JobKind::LoadHistory, move || done(AppState::history_read, early.wait()))
            .map_err(anyhow::Error::msg)?;
        Ok(state)
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.env.clock.now()
    }

    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    pub fn history(&self) -> &History {
        &self.logbook.history
    }

    pub fn library(&self) -> &[ExerciseDef] {
        &self.library
    }

    pub fn session(&self) -> Option<&Session> {
        self.live.session.as_ref()
    }

    pub fn summary(&self) -> Option<&Summary> {
        self.live.summary.as_ref()
    }

    pub fn prompt(&self) -> Option<&Prompt> {
        self.live.prompt.as_ref()
    }

    pub fn rest(&self) -> Option<&RestTimer> {
        self.live.rest.as_ref()
    }

    pub fn prefs(&self) -> &Preferences {
        &self.prefs
    }

    /// The window's language: `state.i18n().t("screen-history")`.
    pub fn i18n(&self) -> &I18n {
        &self.i18n
    }

    /// The language the system asks for, for "System language (Deutsch)".
    pub fn system_language(&self) -> Option<Language> {
        self.env.system_locale.as_deref().and_then(Language::from_locale)
    }

    /// Loads the catalogue `prefs.language` resolves to (on start-up and when Settings changes it).
    pub(super) fn load_language(&mut self) {
        let (language, region) = crate::i18n::language::resolve(self.prefs.language, self.env.system_locale.as_deref());
        if self.i18n.language() != language {
            self.i18n = I18n::new(language, region);
            if let Some(editor) = self.program_editor.as_mut() {
                editor.relabel(&self.i18n);
            }
        }
    }

    pub fn backup(&self) -> &BackupState {
        self.backup.state()
    }

    pub fn export(&self) -> &ExportPanel {
        &self.export
    }

    pub fn toasts(&self) -> &Toasts {
        &self.toasts
    }

    /// The exercise detail screen's data, when one is open.
    pub fn exercise_detail(&self) -> Option<&ExerciseDetail> {
        self.logbook.derived.detail.as_ref()
    }

    /// Weekly volume and training days (once the history is loaded).
    pub fn calendar(&self) -> Option<&TrainingCalendar> {
        self.logbook.derived.calendar.as_ref()
    }

    /// Records set in the last saved workouts, newest first.
    pub fn recent_records(&self) -> &[RecentRecord] {
        &self.logbook.derived.recent
    }

    /// The records a logged set of the live workout beats.
    pub fn records_beaten_by(&self, set_id: Uuid) -> &[crate::domain::records::Beaten] {
        self.logbook.derived.marks.get(&set_id).map_or(&[], Vec::as_slice)
    }

    /// The program being copied or edited, if any.
    pub fn program_editor(&self) -> Option<&super::program_editor::ProgramEditor> {
        self.program_editor.as_ref()
    }

    /// The saved workout being corrected, if any.
    pub fn editing(&self) -> Option<&super::workout_editor::WorkoutEditor> {
        self.editing.as_ref()
    }

    pub fn undo_stack(&self) -> &super::undo_stack::UndoStack {
        &self.undo
    }

    pub fn restore(&self) -> &RestorePanel {
        &self.restore
    }

    pub fn auto_status(&self) -> Option<&str> {
        self.auto_status.as_deref()
    }

    pub fn sync(&self) -> &super::sync_panel::SyncPanel {
        &self.sync
    }

    pub fn import(&self) -> &ImportPanel {
        &self.import
    }

    pub fn is_importing(&self) -> bool {
        self.jobs.is_running(JobKind::Import)
    }

    pub fn is_restoring(&self) -> bool {
        self.jobs.is_running(JobKind::Restore)
    }

    pub fn is_loading(&self) -> bool {
        self.jobs.is_running(JobKind::LoadHistory)
    }

    pub fn is_exporting(&self) -> bool {
        self.jobs.is_running(JobKind::Export)
    }

    pub fn dialog_open(&self) -> bool {
        self.jobs.is_running(JobKind::FileDialog)
    }

    /// The window asked to close and waits for an export to finish.
    pub fn is_closing(&self) -> bool {
        self.closing
    }

    /// The window may close now (nothing it must wait for is running).
    pub fn may_close(&self) -> bool {
        !self.is_exporting()
    }

    /// Takes in whatever background jobs have finished. Called once per frame.
    pub fn poll(&mut self) {
        for settled in self.recorder.poll() {
            self.on_settled(settled);
        }
        for done in self.jobs.poll() {
            self.on_job_done(done);
        }
        let now = self.now();
        self.toasts.expire(now);
        self.chime_at_rest_end(now);
        self.refresh_derived();
        self.sync_tick(now);
    }

    /// The chime, once per rest, when it runs out (on any screen; off in Settings).
    fn chime_at_rest_end(&mut self, now: DateTime<Utc>) {
        if self.live.rest_ran_out(now) && self.prefs.rest_sound {
            self.env.chime.play();
        }
    }

    /// Blocks until every background job has reported (tests; never called by the UI).
    /// Finished jobs may start others (a dialog's answer starts an export, a restore reloads
    /// the history): waits for those too.
    pub fn wait_for_background_work(&mut self) {
        self.store();
        loop {
            let finished = self.jobs.wait_all();
            if finished.is_empty() {
                break;
            }
            for done in finished {
                self.on_job_done(done);
            }
        }
    }

    /// Takes in a finished job: its flow's handler, or the report of its crash.
    pub(super) fn on_job_done(&mut self, done: Finished<Done>) {
        match done {
            Finished::Done(done) => done(self),
            Finished::Crashed { kind, message } => {
                let text =
                    self.i18n.f("jobs-crashed", &[("task", format!("{kind:?}").into()), ("detail", message.into())]);
                self.error(text);
            }
        }
    }

    /// Tells the lifter when a change of the backup counter did not reach its file.
    pub(super) fn counter_saved(&mut self, saved: Result<(), CounterNotSaved>) {
        if let Err(e) = saved {
            self.error(e.to_string());
        }
    }

    /// Starts a background job, or says in the lifter's language why it cannot start now.
    pub(super) fn start_job(
        &mut self,
        kind: JobKind,
        work: impl FnOnce() -> Done + Send + 'static,
    ) -> Result<(), String> {
        self.jobs.start(kind, work).map_err(|refused| match refused {
            NotStarted::Busy(kind) => self.i18n.t(kind.busy_id()).to_string(),
            NotStarted::HistoryLoading => self.i18n.t("jobs-history-loading").to_string(),
            NotStarted::NoThread(detail) => self.i18n.f("jobs-no-thread", &[("detail", detail.into())]),
        })
    }

    pub(super) fn info(&mut self, text: impl Into<String>) {
        let now = self.now();
        self.toasts.push(text.into(), false, now);
    }

    pub(super) fn error(&mut self, text: impl Into<String>) {
        let now = self.now();
        self.toasts.push(text.into(), true, now);
    }

    /// On exit: lets a running export finish (its temp file never stays behind), then
    /// checkpoints the store.
    pub fn shutdown(&mut self) {
        self.closing = true;
        self.store();
        for done in self.jobs.wait_for(JobKind::Export) {
            self.on_job_done(done);
        }
        if let Err(e) = self.store().checkpoint() {
            eprintln!("gymlog: checkpoint on exit failed: {e}");
        }
    }
}

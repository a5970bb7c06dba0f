//! The application state: the store, the cached projection of the log, the workout being
//! logged, the backup counter and the jobs under way. Views read it through the accessors
//! below; only actions (handle.rs) and finished jobs (`on_job_done`) change it.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::backup_flow::ExportPanel;
use super::clock::Clock;
use super::derived::{Derived, ExerciseDetail, RecentRecord, TrainingCalendar, heaviest_in, heaviest_saved};
use super::editor::Session;
use super::file_dialog::FileDialog;
use super::import_flow::ImportPanel;
use super::jobs::{Finished, JobKind, Jobs, Runner};
use super::prefs::Preferences;
use super::record::{Recorded, Recorder, Settled};
use super::restore_flow::RestorePanel;
use super::startup::Boot;
use super::toast::Toasts;
use crate::backup::state::{BackupState, BackupStateFile};
use crate::domain::event::{Event, EventKind};
use crate::domain::exercise::{ExerciseDef, builtin_library};
use crate::domain::projection::History;
use crate::domain::rest_timer::RestTimer;
use crate::domain::summary::Summary;
use crate::paths::Paths;
use crate::store::Store;

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
}

/// A question the app is asking before it goes on.
#[derive(Debug, Clone, PartialEq)]
pub enum Prompt {
    /// A set whose values look like a typo: log it anyway?
    Doubtful { block: usize, row: usize, doubts: Vec<String> },
    /// Finish was pressed with input that is not in the log: what to do with it.
    PendingInput(super::editor::PendingInput),
}

/// How many of the last saved workouts the start screen's records come from.
const RECENT: usize = 10;

pub struct AppState {
    pub(super) paths: Paths,
    /// Writes every event and hands out the store to readers (record.rs).
    pub(super) recorder: Recorder,
    pub(super) env: AppEnv,
    pub(super) jobs: Jobs<Done>,
    pub(super) history: History,
    pub(super) library: Vec<ExerciseDef>,
    pub(super) session: Option<Session>,
    /// The summary shown after Finish, before Save or Discard.
    pub(super) summary: Option<Summary>,
    pub(super) prompt: Option<Prompt>,
    pub(super) rest: Option<RestTimer>,
    /// The rest (by its start) whose end already chimed.
    pub(super) rest_chimed: Option<DateTime<Utc>>,
    pub(super) prefs: Preferences,
    pub(super) backup: BackupState,
    pub(super) backup_file: BackupStateFile,
    pub(super) export: ExportPanel,
    pub(super) restore: RestorePanel,
    pub(super) import: ImportPanel,
    pub(super) insights: super::insights_flow::InsightsPanel,
    /// How the last automatic backup went, for Settings.
    pub(super) auto_status: Option<String>,
    pub(super) toasts: Toasts,
    /// Records, charts and calendars computed from the history.
    pub(super) derived: Derived,
    /// Changes that can be undone and redone.
    pub(super) undo: super::undo::UndoStack,
    /// A saved workout being corrected.
    pub(super) editing: Option<super::workout_edit::WorkoutEditor>,
    /// The window asked to close while an export ran: close once it is done.
    pub(super) closing: bool,
    /// Events recorded while the history (re)loads in the background: folded into the loaded
    /// history, which may not have seen them.
    pub(super) recorded_while_loading: Vec<Event>,
    /// The history has been loaded at least once (start-up work happens once).
    pub(super) loaded_once: bool,
}

impl AppState {
    /// Opens the app on a started store; the history loads in the background.
    pub fn new(boot: Boot, prefs: Preferences, env: AppEnv) -> anyhow::Result<AppState> {
        let Boot { paths, store, history: early } = boot;
        let backup_file = BackupStateFile::new(paths.backup_state_file());
        let loaded = backup_file.load();
        let recorder = Recorder::new(store, env.runner, env.wake.clone())?;
        let mut state = AppState {
            paths,
            recorder,
            jobs: Jobs::new(env.runner, env.wake.clone()),
            env,
            history: History::default(),
            library: builtin_library(),
            session: None,
            summary: None,
            prompt: None,
            rest: None,
            rest_chimed: None,
            prefs,
            backup: loaded.state,
            backup_file,
            export: ExportPanel::default(),
            restore: RestorePanel::default(),
            import: ImportPanel::default(),
            insights: Default::default(),
            auto_status: None,
            toasts: Toasts::default(),
            derived: Derived::default(),
            undo: Default::default(),
            editing: None,
            closing: false,
            recorded_while_loading: Vec::new(),
            loaded_once: false,
        };
        if let Some(problem) = loaded.problem {
            state.error(problem);
        }
        state
            .jobs
            .start(JobKind::LoadHistory, move || done(AppState::history_read, early.wait()))
            .map_err(anyhow::Error::msg)?;
        Ok(state)
    }

    /// A reload: an export or a query begun before it may still run, so the read does not
    /// limit DuckDB's memory as the start-up read does.
    fn load_history(&mut self, loader: Store) -> Result<(), String> {
        let read = move || super::startup::read_history(loader, Store::history_beside_other_work);
        self.jobs.start(JobKind::LoadHistory, move || done(AppState::history_read, read()))
    }

    /// Reads the whole log again in the background (after a restore added events).
    pub(super) fn reload_history(&mut self) {
        let started = self.reader().and_then(|loader| self.load_history(loader));
        if let Err(e) = started {
            self.error(format!("Could not refresh the history: {e}"));
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.env.clock.now()
    }

    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn library(&self) -> &[ExerciseDef] {
        &self.library
    }

    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    pub fn summary(&self) -> Option<&Summary> {
        self.summary.as_ref()
    }

    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    pub fn rest(&self) -> Option<&RestTimer> {
        self.rest.as_ref()
    }

    pub fn prefs(&self) -> &Preferences {
        &self.prefs
    }

    pub fn backup(&self) -> &BackupState {
        &self.backup
    }

    pub fn export(&self) -> &ExportPanel {
        &self.export
    }

    pub fn toasts(&self) -> &Toasts {
        &self.toasts
    }

    /// The exercise detail screen's data, when one is open.
    pub fn exercise_detail(&self) -> Option<&ExerciseDetail> {
        self.derived.detail.as_ref()
    }

    /// Weekly volume and training days (once the history is loaded).
    pub fn calendar(&self) -> Option<&TrainingCalendar> {
        self.derived.calendar.as_ref()
    }

    /// Records set in the last saved workouts, newest first.
    pub fn recent_records(&self) -> &[RecentRecord] {
        &self.derived.recent
    }

    /// The records a logged set of the live workout beats.
    pub fn records_beaten_by(&self, set_id: Uuid) -> &[crate::domain::records::Beaten] {
        self.derived.marks.get(&set_id).map_or(&[], Vec::as_slice)
    }

    /// The saved workout being corrected, if any.
    pub fn editing(&self) -> Option<&super::workout_edit::WorkoutEditor> {
        self.editing.as_ref()
    }

    pub fn undo_stack(&self) -> &super::undo::UndoStack {
        &self.undo
    }

    pub fn restore(&self) -> &RestorePanel {
        &self.restore
    }

    pub fn auto_status(&self) -> Option<&str> {
        self.auto_status.as_deref()
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
    }

    /// The chime, once per rest, when it runs out (on any screen; off in Settings).
    fn chime_at_rest_end(&mut self, now: DateTime<Utc>) {
        let Some(rest) = &self.rest else { return };
        if rest.is_done(now) && self.rest_chimed != Some(rest.started_at) {
            self.rest_chimed = Some(rest.started_at);
            if self.prefs.rest_sound {
                self.env.chime.play();
            }
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
                self.error(format!("A background task ({kind:?}) failed: {message}"));
            }
        }
    }

    fn history_read(&mut self, read: Result<History, String>) {
        match read {
            Ok(history) => self.history_loaded(history),
            Err(e) => self.error(e),
        }
    }

    fn history_loaded(&mut self, mut history: History) {
        let first_load = !self.loaded_once;
        self.loaded_once = true;
        // What was recorded meanwhile may be missing from the loaded history; folding an event
        // twice changes nothing.
        for event in std::mem::take(&mut self.recorded_while_loading) {
            history.apply(&event);
        }
        for custom in history.custom_exercises() {
            if !self.library.iter().any(|e| e.name == custom.name) {
                self.library.push(custom.clone());
            }
        }
        self.history = history;
        if self.session.is_none()
            && let Some(workout) = self.history.in_progress()
        {
            let library = &self.library;
            let mut session = Session::resume(workout, &self.history, self.prefs.unit, |e| {
                crate::domain::exercise::kind_of(library, e)
            });
            for block in &mut session.exercises {
                block.rest_seconds = self.rest_for(&block.exercise);
            }
            self.session = Some(session);
            self.info(WORKOUT_RESUMED);
        }
        self.derived.history_changed = true;
        if first_load {
            self.maybe_auto_backup(crate::backup::auto::Trigger::Startup);
        }
    }

    /// Records events happening now: the one way the window writes (the recorder decides
    /// whether through the writer thread), folded into the projection. On failure nothing
    /// changes and the lifter is told.
    pub(super) fn record(&mut self, kinds: Vec<EventKind>) -> bool {
        let events = self.stamp(kinds);
        self.record_events(events)
    }

    /// Events of `kinds` happening now, one microsecond apart, so the log order of a batch
    /// never depends on its ids.
    fn stamp(&self, kinds: Vec<EventKind>) -> Vec<Event> {
        let now = self.now();
        kinds
            .into_iter()
            .enumerate()
            .map(|(i, kind)| Event::new(Uuid::now_v7(), now + chrono::Duration::microseconds(i as i64), kind))
            .collect()
    }

    /// [`AppState::record`] of events made by the caller (one that happened at another time
    /// than now).
    pub(super) fn record_events(&mut self, events: Vec<Event>) -> bool {
        // The live workout: the session's, or the one these events start (before its session
        // exists).
        let started = events.iter().find_map(|e| match e.kind {
            EventKind::WorkoutStarted { workout_id, .. } => Some(workout_id),
            _ => None,
        });
        let live = self.session.as_ref().map(|s| s.workout_id).or(started);
        let (settled, written) = self.recorder.write(&events, live);
        for settled in settled {
            self.on_settled(settled);
        }
        match written {
            Ok(recorded) => {
                self.fold_recorded(events, live);
                if let Recorded::OnDisk { saved_workout: Some(_) } = recorded {
                    self.workout_saved();
                }
                true
            }
            Err(e) => {
                self.error(format!("Not saved: {e}"));
                false
            }
        }
    }

    /// The store, for anything that reads it, once every event on its way is in it (what
    /// settled meanwhile is taken in first: a saved workout is counted before a backup's
    /// snapshot reads the counter).
    pub(super) fn store(&mut self) -> &Store {
        loop {
            let (settled, _) = self.recorder.settle();
            if settled.is_empty() {
                break;
            }
            for settled in settled {
                self.on_settled(settled);
            }
        }
        self.recorder.settle().1
    }

    /// A connection of its own to the settled store, for a job.
    pub(super) fn reader(&mut self) -> Result<Store, String> {
        self.store().try_clone().map_err(|e| e.to_string())
    }

    /// Folds events just recorded into the projection, and notes what of the derived data they
    /// change: the live workout's marks only, one saved workout to fold in, or everything.
    fn fold_recorded(&mut self, events: Vec<Event>, live: Option<Uuid>) {
        let of_live = |e: &Event| e.kind.workout_id().is_some_and(|id| Some(id) == live);
        let live_only = events.iter().all(|e| {
            of_live(e) && !matches!(e.kind, EventKind::WorkoutCompleted { .. } | EventKind::WorkoutEdited { .. })
        });
        // Saving the live workout (its empty exercises dropped) adds one workout to what is
        // derived: folded in incrementally. Anything else recomputes it all.
        let saves_live = events.iter().any(|e| matches!(e.kind, EventKind::WorkoutCompleted { .. }))
            && events.iter().all(|e| {
                of_live(e) && matches!(e.kind, EventKind::WorkoutCompleted { .. } | EventKind::ExerciseRemoved { .. })
            });
        let settings_only = events.iter().all(|e| e.kind.is_setting());
        match (settings_only, live_only, saves_live, live) {
            (true, ..) => {}
            (false, true, ..) => self.derived.live_changed = true,
            (false, false, true, Some(id)) => self.derived.saved.push(id),
            _ => self.derived.history_changed = true,
        }
        for event in &events {
            self.history.apply(event);
        }
        if self.is_loading() {
            self.recorded_while_loading.extend(events);
        }
    }

    /// Writes that were on their way have settled: a saved workout counts for the backup
    /// reminder; a failed one reads the workout back as the store has it.
    fn on_settled(&mut self, settled: Settled) {
        match settled {
            Settled::WorkoutSaved(_) => self.workout_saved(),
            Settled::Failed(reason) => {
                self.error(format!(
                    "Not saved: {reason}. Your workout is shown again as the database has it: check the last sets."
                ));
                self.session = None;
                self.summary = None;
                self.prompt = None;
                self.reload_history();
            }
        }
    }

    /// Whether the saving of a workout is still on its way to disk.
    pub fn is_saving_workout(&self, workout_id: Uuid) -> bool {
        self.recorder.is_saving_workout(workout_id)
    }

    /// Whether a logged set is still on its way to disk.
    pub fn is_saving(&self, set_id: Uuid) -> bool {
        self.recorder.is_saving(set_id)
    }

    pub(super) fn save_backup_state(&mut self) {
        if let Err(e) = self.backup_file.save(&self.backup) {
            self.error(format!("Could not save the backup state to {}: {e}", self.backup_file.path().display()));
        }
    }

    pub(super) fn info(&mut self, text: impl Into<String>) {
        let now = self.now();
        self.toasts.push(text.into(), false, now);
    }

    pub(super) fn error(&mut self, text: impl Into<String>) {
        let now = self.now();
        self.toasts.push(text.into(), true, now);
    }

    /// Opens an exercise's detail on the Exercises screen (from wherever the lifter is), or
    /// closes it and goes back.
    pub(super) fn show_exercise(&mut self, exercise: Option<String>) {
        match exercise {
            Some(exercise) => {
                let back = match &self.derived.detail {
                    Some(open) => open.return_to,
                    None => self.prefs.screen,
                };
                let kind = self.kind_of(&exercise);
                let detail = ExerciseDetail::of(&exercise, kind, &self.history, self.prefs.formula, back);
                self.derived.detail = Some(detail);
                self.prefs.screen = super::prefs::Screen::Exercises;
            }
            None => {
                if let Some(detail) = self.derived.detail.take() {
                    self.prefs.screen = detail.return_to;
                }
            }
        }
    }

    /// A workout just saved, folded into what is derived without going over the history again:
    /// its day and week, the records it set (against the records before it, which the live
    /// marks already hold), the open exercise if it has sets of it.
    fn fold_saved_workout(&mut self, workout_id: Uuid) {
        let formula = self.prefs.formula;
        let Some(workout) = self.history.workout(workout_id) else { return };
        let bodyweight = self.history.bodyweight_at(workout.started_at);
        if let Some(calendar) = self.derived.calendar.as_mut() {
            calendar.add(workout, &self.history, &self.library);
        }
        let mut found = Vec::new();
        for exercise in &workout.exercises {
            let kind = crate::domain::exercise::kind_of(&self.library, exercise);
            let before = self.derived.live_base.remove(exercise.as_str()).unwrap_or_else(|| {
                crate::domain::records::ExerciseRecords::before(
                    &self.history,
                    exercise,
                    kind,
                    formula,
                    Some(workout_id),
                )
            });
            for beaten in before.beaten_in(workout, bodyweight) {
                found.push(RecentRecord { at: workout.started_at, workout_id, exercise: exercise.to_string(), beaten });
            }
            // What the next workout's sets are compared with: these records and this workout.
            let mut after = before;
            after.add_session(workout, bodyweight);
            self.derived.live_base.insert(exercise.to_string(), after);
            if let Some(heaviest) = self.derived.heaviest.get_mut(exercise.as_str()) {
                *heaviest = heaviest.iter().copied().chain(heaviest_in(workout, exercise)).reduce(f64::max);
            }
        }
        found.append(&mut self.derived.recent);
        let recent: Vec<Uuid> = self.history.completed().rev().take(RECENT).map(|w| w.id).collect();
        found.retain(|r| recent.contains(&r.workout_id));
        found.sort_by(|a, b| b.at.cmp(&a.at).then(a.exercise.cmp(&b.exercise)));
        self.derived.recent = found;
        if let Some((exercise, back)) = self.derived.detail.as_ref().map(|d| (d.exercise.clone(), d.return_to))
            && workout.has_exercise(&exercise)
        {
            let kind = self.kind_of(&exercise);
            self.derived.detail = Some(ExerciseDetail::of(&exercise, kind, &self.history, formula, back));
        }
        self.derived.live_changed = true;
    }

    /// The heaviest weight (kg) ever logged for `exercise`: saved workouts (worked out once,
    /// not per set: at a million events that scan took 15 ms) and the live one.
    pub(super) fn heaviest_kg(&mut self, exercise: &str) -> Option<f64> {
        let live = self.session.as_ref().map(|s| s.workout_id);
        let history = &self.history;
        let weights = |w| heaviest_in(w, exercise);
        let saved = *self
            .derived
            .heaviest
            .entry(exercise.to_string())
            .or_insert_with(|| heaviest_saved(history, exercise, live));
        let in_live = live.and_then(|id| history.workout(id)).and_then(weights);
        saved.into_iter().chain(in_live).reduce(f64::max)
    }

    /// Recomputes what the history changed (see `derived.rs`): once per change, not per frame.
    pub(super) fn refresh_derived(&mut self) {
        if self.is_loading() && !self.loaded_once {
            return;
        }
        let saved = std::mem::take(&mut self.derived.saved);
        if !saved.is_empty() && !self.derived.history_changed {
            if self.is_recounting() {
                // The running recount's snapshot lacks them, and would overwrite the fold.
                self.derived.recount_again = true;
            } else {
                for workout_id in saved {
                    self.fold_saved_workout(workout_id);
                }
            }
        }
        if std::mem::take(&mut self.derived.history_changed) {
            self.recount(RECENT);
        }
        if std::mem::take(&mut self.derived.live_changed) {
            self.mark_live_sets();
        }
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

#[cfg(test)]
impl AppState {
    /// Puts another writer in place of the writer thread (tests of what goes through it).
    pub(super) fn replace_writer_for_test(&mut self, make: impl FnOnce(Store) -> super::writer::Writer) {
        self.recorder.replace_writer(make);
    }

    /// Every event in the store, after what is on its way.
    pub(super) fn store_events_for_test(&mut self) -> Vec<Event> {
        self.store().events().unwrap()
    }

    /// The store as it is (tests that run jobs inline: nothing is on its way).
    pub(super) fn store_as_is(&self) -> &Store {
        self.recorder.store_as_is()
    }
}

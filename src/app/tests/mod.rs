//! The app layer driven by actions alone, without a window: every action, asserted on the
//! state and on the events in the store. Jobs run inline, so nothing here waits on a thread.

mod history;
mod measure;
mod panels;
mod program_editor;
mod programs;
mod recount;
mod sync;
mod training;

use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::domain::event::{EventKind, SetType};
use crate::domain::units::{Weight, WeightUnit};
use crate::paths::Paths;
use crate::testing::{CountingChime, FakeDialog, TestClock, test_env};

struct TestApp {
    dir: tempfile::TempDir,
    state: AppState,
    clock: TestClock,
    dialog: Arc<FakeDialog>,
    chime: CountingChime,
}

impl TestApp {
    fn new() -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let clock = TestClock::new();
        let dialog = Arc::new(FakeDialog::default());
        let chime = CountingChime::default();
        let state = open(dir.path(), &clock, &dialog, &chime);
        TestApp { dir, state, clock, dialog, chime }
    }

    /// The app after a restart on the same folders.
    fn restart(self) -> TestApp {
        let TestApp { dir, state, clock, dialog, chime } = self;
        drop(state);
        let state = open(dir.path(), &clock, &dialog, &chime);
        TestApp { dir, state, clock, dialog, chime }
    }

    fn send(&mut self, actions: impl IntoIterator<Item = Action>) {
        for action in actions {
            self.state.handle(action);
        }
        self.state.poll();
    }

    fn events(&self) -> Vec<EventKind> {
        self.state.store_as_is().events().unwrap().into_iter().map(|e| e.kind).collect()
    }

    fn count(&self, type_name: &str) -> usize {
        self.events().iter().filter(|k| k.type_name() == type_name).count()
    }

    fn type_set(&mut self, block: usize, row: usize, weight: &str, reps: &str) {
        self.send([
            Action::EditSet { block, row, edit: RowEdit::Weight(weight.into()) },
            Action::EditSet { block, row, edit: RowEdit::Reps(reps.into()) },
        ]);
    }

    fn log_set(&mut self, block: usize, row: usize, weight: &str, reps: &str) {
        self.type_set(block, row, weight, reps);
        self.send([Action::CompleteSet { block, row }]);
    }

    fn start_with(&mut self, exercise: &str) {
        self.send([
            Action::StartWorkout { name: String::new(), repeat_of: None },
            Action::AddExercise(exercise.into()),
        ]);
    }

    fn save_workout(&mut self, kg: &str) {
        self.start_with("Squat");
        self.log_set(0, 0, kg, "5");
        self.send([Action::Finish, Action::Save]);
        self.clock.advance(60 * 24);
    }

    fn backup_file(&self) -> serde_json::Value {
        let text = std::fs::read_to_string(self.state.paths.backup_state_file()).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    fn dest(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn row(&self, block: usize, row: usize) -> &editor::SetRow {
        self.state.session().unwrap().row(block, row).unwrap()
    }
}

fn open(root: &std::path::Path, clock: &TestClock, dialog: &Arc<FakeDialog>, chime: &CountingChime) -> AppState {
    let boot = startup::open(Paths::under(root)).unwrap();
    let env = AppEnv { chime: Arc::new(chime.clone()), ..test_env(clock, dialog, Runner::Inline) };
    let mut state = AppState::new(boot, Preferences::default(), env).unwrap();
    state.wait_for_background_work();
    state
}

#[test]
fn start_add_log_finish_save_records_the_workout() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    assert_eq!(app.state.prefs().screen, Screen::Workout);
    app.log_set(0, 0, "100", "5");
    assert!(app.row(0, 0).is_logged());
    assert_eq!(app.state.session().unwrap().exercises[0].rows.len(), 2, "a next row appears");
    assert!(app.state.rest().is_some(), "the rest timer starts");
    app.send([Action::Finish]);
    let summary = app.state.summary().unwrap();
    assert_eq!((summary.sets, summary.volume_kg), (1, 500.0));
    app.send([Action::Save]);
    assert!(app.state.session().is_none() && app.state.summary().is_none() && app.state.rest().is_none());
    let types: Vec<&str> = app.events().iter().map(EventKind::type_name).collect();
    assert_eq!(types, ["workout_started", "exercise_added", "set_logged", "workout_completed"]);
    assert_eq!(app.state.backup().workouts_since_backup, 1);
    assert_eq!(app.backup_file()["workouts_since_backup"], 1);
}

#[test]
fn a_saved_workout_keeps_no_exercise_without_a_logged_set() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.send([Action::AddExercise("Bench Press".into())]);
    app.log_set(0, 0, "100", "5");
    app.send([Action::Finish, Action::Save]);
    let removed: Vec<String> = app
        .events()
        .into_iter()
        .filter_map(|k| match k {
            EventKind::ExerciseRemoved { exercise, .. } => Some(exercise),
            _ => None,
        })
        .collect();
    assert_eq!(removed, ["Bench Press"]);
    assert_eq!(app.state.history().completed().next().unwrap().exercises, ["Squat"]);
}

#[test]
fn an_edit_is_applied_once_and_an_unchanged_row_records_nothing() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    app.send([Action::CompleteSet { block: 0, row: 0 }]);
    assert_eq!(app.count("set_updated"), 0);
    app.send([
        Action::EditSet { block: 0, row: 0, edit: RowEdit::SetType(SetType::WarmUp) },
        Action::EditSet { block: 0, row: 0, edit: RowEdit::Note("easy".into()) },
    ]);
    assert!(app.row(0, 0).is_edited(), "marked until applied");
    app.send([Action::CompleteSet { block: 0, row: 0 }]);
    assert!(!app.row(0, 0).is_edited());
    let updates: Vec<_> = app
        .events()
        .into_iter()
        .filter_map(|k| match k {
            EventKind::SetUpdated { set, .. } => Some(set),
            _ => None,
        })
        .collect();
    assert_eq!(updates.len(), 1);
    assert_eq!((updates[0].set_type, updates[0].note.as_deref()), (SetType::WarmUp, Some("easy")));
}

#[test]
fn switching_units_records_nothing_and_edits_store_what_was_typed() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    app.send([Action::SetUnit(WeightUnit::Lb)]);
    assert_eq!(app.row(0, 0).values.weight, "220.46");
    app.send([Action::CompleteSet { block: 0, row: 0 }]);
    assert_eq!(app.count("set_updated"), 0, "an unchanged row never produces an event");
    app.send([Action::EditSet { block: 0, row: 0, edit: RowEdit::Weight("225".into()) }]);
    app.send([Action::CompleteSet { block: 0, row: 0 }]);
    let stored = app.state.history().in_progress().unwrap().sets[0].facts.weight.unwrap();
    assert_eq!(stored, Weight::entered(225.0, WeightUnit::Lb));
    assert_eq!(stored.as_entered(), 225.0);
}

#[test]
fn set_indexes_stay_unique_after_a_removal() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    app.log_set(0, 1, "100", "5");
    app.send([Action::RemoveSetRow { block: 0, row: 1 }]);
    app.log_set(0, 1, "100", "5");
    // The last logged set (index 2) is removed too: its index stays used.
    app.send([Action::RemoveSetRow { block: 0, row: 1 }]);
    let indexes: Vec<u32> = app
        .events()
        .into_iter()
        .filter_map(|k| match k {
            EventKind::SetLogged { set, .. } => Some(set.set_index),
            _ => None,
        })
        .collect();
    assert_eq!(indexes, [0, 1, 2], "never reused while the table lives");
    // After a restart the next row continues after every index used, the removed ones too.
    let mut app = app.restart();
    let rows: Vec<u32> = app.state.session().unwrap().exercises[0].rows.iter().map(|r| r.set_index).collect();
    assert_eq!(rows, [0]);
    app.send([Action::AddSetRow(0)]);
    assert_eq!(app.row(0, 1).set_index, 3);
}

#[test]
fn removing_an_exercise_removes_its_sets() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    app.log_set(0, 1, "100", "5");
    app.send([Action::RemoveExercise(0)]);
    assert!(app.state.session().unwrap().exercises.is_empty());
    assert!(app.state.history().in_progress().unwrap().sets.is_empty());
    assert_eq!(app.count("exercise_removed"), 1);
}

#[test]
fn finish_asks_about_input_that_is_not_in_the_log() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    app.type_set(0, 1, "105", "5");
    app.send([Action::EditSet { block: 0, row: 0, edit: RowEdit::Reps("6".into()) }]);
    app.send([Action::Finish]);
    assert_eq!(app.state.prompt(), Some(&Prompt::PendingInput(PendingInput { typed: 1, edited: 1 })));
    assert!(app.state.summary().is_none());
    app.send([Action::ResumeEditing]);
    assert!(app.state.prompt().is_none());

    app.send([Action::Finish, Action::FinishLoggingPending]);
    assert!(app.state.summary().is_some());
    assert_eq!(app.state.summary().unwrap().sets, 2);
    assert_eq!((app.count("set_logged"), app.count("set_updated")), (2, 1));
}

#[test]
fn finish_can_drop_what_was_not_logged() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    app.type_set(0, 1, "105", "5");
    app.send([Action::Finish, Action::FinishDroppingPending]);
    assert_eq!(app.state.summary().unwrap().sets, 1);
    assert_eq!(app.count("set_logged"), 1);
}

#[test]
fn a_typo_is_asked_about_before_it_is_logged() {
    let mut app = TestApp::new();
    app.save_workout("100");
    app.start_with("Squat");
    app.log_set(0, 0, "100", "108");
    assert!(
        matches!(app.state.prompt(), Some(Prompt::Doubtful { block: 0, row: 0, doubts }) if doubts[0].contains("108 reps"))
    );
    assert!(!app.row(0, 0).is_logged());
    app.send([Action::ResumeEditing]);
    app.log_set(0, 0, "1000", "8");
    assert!(matches!(app.state.prompt(), Some(Prompt::Doubtful { doubts, .. }) if doubts[0].contains("far above")));
    app.send([Action::ConfirmSet { block: 0, row: 0 }]);
    assert!(app.row(0, 0).is_logged(), "logged once confirmed");
    assert!(app.state.prompt().is_none());
}

#[test]
fn discard_records_it_and_the_counter_stays() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    app.send([Action::Discard]);
    assert!(app.state.session().is_none());
    assert_eq!(app.count("workout_discarded"), 1);
    assert_eq!(app.state.backup().workouts_since_backup, 0);
}

#[test]
fn delete_a_saved_workout() {
    let mut app = TestApp::new();
    app.save_workout("100");
    let id = app.state.history().completed().next().unwrap().id;
    app.send([Action::DeleteWorkout(id)]);
    assert_eq!(app.state.history().completed().count(), 0);
    assert_eq!(app.count("workout_deleted"), 1);
}

#[test]
fn custom_exercises_join_the_library_and_the_workout() {
    let mut app = TestApp::new();
    app.send([Action::StartWorkout { name: "Legs".into(), repeat_of: None }]);
    let def = crate::domain::exercise::ExerciseDef::new(" Belt Squat ", "Legs", "Machine", Default::default());
    app.send([Action::CreateExercise(def.clone())]);
    assert!(app.state.library().iter().any(|e| e.name == "Belt Squat"));
    assert!(app.state.session().unwrap().has_exercise("Belt Squat"));
    app.send([Action::CreateExercise(def)]);
    assert!(app.state.toasts().all().iter().any(|t| t.is_error && t.text.contains("already")));
    assert_eq!(app.count("exercise_created"), 1);
}

#[test]
fn the_rest_timer_adjusts_and_skips() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    let now = app.state.now();
    assert_eq!(app.state.rest().unwrap().remaining_seconds(now), 180);
    app.send([Action::AdjustRest(1)]);
    assert_eq!(app.state.rest().unwrap().remaining_seconds(now), 195);
    app.send([Action::SkipRest]);
    assert!(app.state.rest().is_none());
}

#[test]
fn the_reminder_is_dismissed_and_the_threshold_written_once() {
    let mut app = TestApp::new();
    for _ in 0..3 {
        app.save_workout("100");
    }
    app.send([Action::SetReminderThreshold(3)]);
    assert!(app.state.backup().should_show_reminder());
    assert_eq!(app.backup_file()["threshold"], 3);
    std::fs::remove_file(app.state.paths.backup_state_file()).unwrap();
    app.send([Action::SetReminderThreshold(3)]);
    assert!(!app.state.paths.backup_state_file().exists(), "an unchanged threshold writes nothing");
    app.send([Action::DismissReminder]);
    assert!(!app.state.backup().should_show_reminder());
    assert_eq!(app.backup_file()["reminder_dismissed"], true);
}

#[test]
fn an_export_resets_the_counter_and_remembers_the_folder() {
    let mut app = TestApp::new();
    app.save_workout("100");
    app.save_workout("105");
    let dest = app.dest("b.parquet");
    app.dialog.answer(Some(dest.clone()));
    app.send([Action::OpenExport]);
    app.state.wait_for_background_work();
    assert!(dest.is_file());
    assert_eq!(app.state.backup().workouts_since_backup, 0);
    assert!(app.state.backup().last_backup_date.is_some());
    assert_eq!(app.state.prefs().last_export_folder.as_deref(), Some(app.dir.path()));
    assert!(!app.state.export().visible);
}

#[test]
fn a_workout_saved_while_an_export_runs_still_counts() {
    let mut app = TestApp::new();
    for kg in ["100", "105", "110"] {
        app.save_workout(kg);
    }
    // The export takes its snapshot and runs (inline: done, but not yet reported)…
    app.state.handle(Action::ExportTo(app.dest("b.parquet")));
    assert!(app.state.is_exporting());
    // …while the lifter saves another workout.
    app.save_workout("115");
    app.state.wait_for_background_work();
    assert!(app.dest("b.parquet").is_file());
    assert_eq!(app.state.backup().workouts_since_backup, 1, "the workout saved after the snapshot is not backed up");
    assert_eq!(app.backup_file()["workouts_since_backup"], 1);
}

#[test]
fn a_busy_job_is_refused_in_the_lifters_language() {
    let mut app = TestApp::new();
    app.state.handle(Action::SetLanguage(crate::i18n::LanguageChoice::Fixed(crate::i18n::Language::German)));
    app.save_workout("100");
    app.state.handle(Action::ExportTo(app.dest("a.parquet")));
    app.state.handle(Action::ExportTo(app.dest("b.parquet")));
    assert_eq!(app.state.export().status.as_deref(), Some("Ein Export läuft bereits."));
    app.state.wait_for_background_work();
    assert!(!app.dest("b.parquet").exists());
}

#[test]
fn a_second_export_is_refused_while_one_runs() {
    let mut app = TestApp::new();
    app.save_workout("100");
    app.state.handle(Action::ExportTo(app.dest("a.parquet")));
    app.state.handle(Action::ExportTo(app.dest("b.parquet")));
    assert_eq!(app.state.export().status.as_deref(), Some("An export is already running."));
    app.state.wait_for_background_work();
    assert!(app.dest("a.parquet").is_file());
    assert!(!app.dest("b.parquet").exists());
}

#[test]
fn a_failed_export_keeps_the_counter_and_says_why() {
    let mut app = TestApp::new();
    app.save_workout("100");
    app.send([Action::ExportTo(app.dest("missing/b.parquet"))]);
    app.state.wait_for_background_work();
    assert_eq!(app.state.backup().workouts_since_backup, 1);
    let status = app.state.export().status.clone().unwrap();
    assert!(status.contains("does not exist") && status.contains("the reminder stays"), "{status}");
}

#[test]
fn no_dialog_answer_leaves_the_path_field_and_it_can_be_edited() {
    let mut app = TestApp::new();
    app.send([Action::OpenExport]);
    app.state.wait_for_background_work();
    assert!(app.state.export().status.as_deref().unwrap().starts_with("No file chosen"));
    assert!(app.state.export().path_text.ends_with(".parquet"));
    let typed = app.dest("typed.parquet").display().to_string();
    app.send([Action::SetExportPath(typed.clone()), Action::ExportTo(typed.clone().into())]);
    app.state.wait_for_background_work();
    assert!(app.dest("typed.parquet").is_file());
    // Browse… asks the dialog again, starting from the typed path.
    app.dialog.answer(Some(app.dest("browsed.parquet")));
    app.send([Action::BrowseExportPath]);
    app.state.wait_for_background_work();
    assert!(app.dest("browsed.parquet").is_file());
    app.send([Action::CloseExport]);
    assert!(!app.state.export().visible);
}

#[test]
fn closing_waits_for_a_running_export() {
    let mut app = TestApp::new();
    app.save_workout("100");
    app.state.handle(Action::ExportTo(app.dest("b.parquet")));
    app.state.handle(Action::CloseRequested);
    assert!(app.state.is_closing() && !app.state.may_close());
    app.state.wait_for_background_work();
    assert!(app.state.may_close());
    assert!(app.dest("b.parquet").is_file());
    let leftovers = std::fs::read_dir(app.dir.path()).unwrap().filter_map(Result::ok);
    assert!(leftovers.into_iter().all(|e| !e.file_name().to_string_lossy().ends_with(".partial")));
    assert_eq!(app.state.backup().workouts_since_backup, 0);
}

#[test]
fn progress_follows_saved_workouts_and_toasts_are_dismissed() {
    let mut app = TestApp::new();
    app.save_workout("100");
    app.send([Action::Show(Screen::History), Action::ShowExercise(Some("Squat".into()))]);
    assert_eq!(app.state.exercise_detail().unwrap().best.len(), 1);
    assert_eq!(app.state.prefs().screen, Screen::Exercises);
    app.save_workout("105");
    assert_eq!(app.state.exercise_detail().unwrap().best.len(), 2);
    app.send([Action::ShowExercise(None)]);
    assert!(app.state.exercise_detail().is_none());
    assert_eq!(app.state.prefs().screen, Screen::History, "back where it was opened from");
    app.send([Action::AddExercise("Squat".into())]);
    let before = app.state.toasts().all().len();
    assert!(app.state.toasts().all().iter().any(|t| t.text == "Start a workout first."));
    app.send([Action::DismissToast(before - 1)]);
    assert_eq!(app.state.toasts().all().len(), before - 1);
    app.send([Action::Show(Screen::History)]);
    assert_eq!(app.state.prefs().screen, Screen::History);
}

fn auto_settings(
    folder: PathBuf,
    frequency: crate::backup::auto::AutoFrequency,
    keep: u32,
) -> crate::backup::auto::AutoBackup {
    crate::backup::auto::AutoBackup { enabled: true, folder, frequency, keep }
}

fn auto_files(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| crate::backup::auto::is_auto_file_name(n))
        .collect();
    names.sort();
    names
}

#[test]
fn automatic_backups_rotate_reset_the_counter_and_spare_other_files() {
    use crate::backup::auto::AutoFrequency;
    let mut app = TestApp::new();
    let folder = app.dest("auto");
    std::fs::create_dir(&folder).unwrap();
    for foreign in ["notes.txt", "gymlog-backup-2026-01-01.parquet"] {
        std::fs::write(folder.join(foreign), b"mine").unwrap();
    }
    app.send([Action::SetAutoBackup(auto_settings(folder.clone(), AutoFrequency::EveryWorkout, 2))]);
    assert_eq!(app.backup_file()["auto_backup"]["keep"], 2, "the settings are kept in backup.json");
    for kg in ["100", "105", "110"] {
        app.save_workout(kg);
        app.state.wait_for_background_work();
    }
    let autos = auto_files(&folder);
    assert_eq!(autos.len(), 2, "{autos:?}");
    assert!(folder.join("notes.txt").exists() && folder.join("gymlog-backup-2026-01-01.parquet").exists());
    assert_eq!(app.state.backup().workouts_since_backup, 0, "an automatic backup counts like a manual one");
    assert!(app.state.backup().last_auto_backup.is_some());
    let newest = crate::backup::verify::verify_file(&folder.join(&autos[1]));
    assert!(newest.ok, "{:?}", newest.problems);
    assert_eq!(newest.workouts, 3);
}

#[test]
fn a_failing_automatic_backup_is_shown_and_keeps_the_counter() {
    use crate::backup::auto::AutoFrequency;
    let mut app = TestApp::new();
    let folder = app.dest("auto");
    std::fs::create_dir(&folder).unwrap();
    app.send([Action::SetAutoBackup(auto_settings(folder.clone(), AutoFrequency::EveryWorkout, 10))]);
    std::fs::remove_dir(&folder).unwrap();
    app.save_workout("100");
    app.state.wait_for_background_work();
    assert_eq!(app.state.backup().workouts_since_backup, 1);
    let status = app.state.auto_status().unwrap();
    assert!(status.starts_with("Automatic backup failed") && status.contains("does not exist"), "{status}");
    assert!(app.state.toasts().all().iter().any(|t| t.is_error && t.text.starts_with("Automatic backup failed")));
}

#[test]
fn automatic_backups_need_a_folder_and_daily_ones_run_once_a_day() {
    use crate::backup::auto::AutoFrequency;
    let mut app = TestApp::new();
    app.send([Action::SetAutoBackup(auto_settings(app.dest("nowhere"), AutoFrequency::Daily, 10))]);
    assert!(!app.state.backup().auto_backup.enabled, "refused without an existing folder");
    let folder = app.dest("auto");
    std::fs::create_dir(&folder).unwrap();
    app.dialog.answer(Some(folder.clone()));
    app.send([Action::ChooseAutoBackupFolder]);
    app.state.wait_for_background_work();
    assert_eq!(app.state.backup().auto_backup.folder, folder, "chosen in the folder dialog");
    let mut settings = app.state.backup().auto_backup.clone();
    settings.enabled = true;
    app.send([Action::SetAutoBackup(settings)]);
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    app.send([Action::Finish, Action::Save]);
    app.state.wait_for_background_work();
    app.clock.advance(60);
    app.send([Action::StartWorkout { name: String::new(), repeat_of: None }, Action::AddExercise("Squat".into())]);
    app.log_set(0, 0, "100", "5");
    app.send([Action::Finish, Action::Save]);
    app.state.wait_for_background_work();
    assert_eq!(auto_files(&folder).len(), 1, "one a day");
    // The next start, a day later, makes the day's backup.
    app.clock.advance(60 * 24);
    let mut app = app.restart();
    app.state.wait_for_background_work();
    assert_eq!(auto_files(&folder).len(), 2);
}

#[test]
fn a_restore_is_checked_first_then_adds_events_and_refreshes_the_history() {
    // A backup from another store with two saved workouts.
    let other = TestApp::new();
    let mut other = other;
    other.save_workout("140");
    other.save_workout("145");
    let backup = app_backup(&other);

    let mut app = TestApp::new();
    app.save_workout("100");
    app.start_with("Bench Press");
    app.log_set(0, 0, "80", "5");
    app.dialog.answer(Some(backup.clone()));
    app.send([Action::OpenRestore]);
    app.state.wait_for_background_work();
    let RestorePhase::Checked { report, .. } = &app.state.restore().phase else {
        panic!("{:?}", app.state.restore().phase);
    };
    assert_eq!((report.added, report.already_present, report.conflicts), (other.events().len() as u64, 0, 0));
    assert_eq!(report.backup.workouts, 2);
    assert_eq!(app.state.history().completed().count(), 1, "a check writes nothing");

    app.send([Action::ConfirmRestore]);
    app.state.wait_for_background_work();
    assert!(matches!(app.state.restore().phase, RestorePhase::Done(_)));
    assert_eq!(app.state.history().completed().count(), 3, "the History shows the restored workouts");
    let session = app.state.session().unwrap();
    assert_eq!((session.exercises[0].exercise.as_str(), session.logged_sets()), ("Bench Press", 1), "untouched");
    assert_eq!(app.state.backup().workouts_since_backup, 1, "restored workouts are not new training");
    // The workout in progress goes on as usual.
    app.send([Action::Finish, Action::Save]);
    assert_eq!(app.state.history().completed().count(), 4);
}

fn app_backup(app: &TestApp) -> PathBuf {
    let dest = app.dest("other-backup.parquet");
    crate::backup::export::export_backup(app.state.store_as_is(), &dest).unwrap();
    dest
}

#[test]
fn junk_offered_for_restore_is_refused_in_the_panel() {
    let mut app = TestApp::new();
    app.save_workout("100");
    let junk = app.dest("junk.parquet");
    std::fs::write(&junk, b"date,exercise\n").unwrap();
    app.send([Action::CheckRestore(junk)]);
    app.state.wait_for_background_work();
    let RestorePhase::Failed(reason) = &app.state.restore().phase else { panic!() };
    assert!(reason.contains("not a sound GymLog backup"), "{reason}");
    app.send([Action::CloseRestore]);
    assert!(!app.state.restore().visible);
}

#[test]
fn the_export_panel_writes_a_csv_of_sets_without_touching_the_counter() {
    let mut app = TestApp::new();
    app.save_workout("100");
    app.send([Action::OpenExport, Action::SetExportFormat(ExportFormat::Csv)]);
    app.state.wait_for_background_work();
    assert!(app.state.export().path_text.ends_with(".csv"), "{}", app.state.export().path_text);
    let dest = app.dest("sets.csv");
    app.send([Action::ExportTo(dest.clone())]);
    app.state.wait_for_background_work();
    let text = std::fs::read_to_string(&dest).unwrap();
    assert_eq!(text.lines().count(), 2, "header and one set:\n{text}");
    assert_eq!(app.state.backup().workouts_since_backup, 1);
}

fn test_data(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data")).join(name)
}

#[test]
fn an_import_asks_the_unit_shows_the_report_then_adds_the_workouts() {
    let mut app = TestApp::new();
    app.save_workout("100");
    app.dialog.answer(Some(test_data("strong_10col.csv")));
    app.send([Action::OpenImport]);
    app.state.wait_for_background_work();
    let ImportPhase::NeedsUnit(layout) = &app.state.import().phase else {
        panic!("never guess kilograms: {:?}", app.state.import().phase);
    };
    assert_eq!((layout.source, layout.id), (crate::import::Source::Strong, "strong-durations"), "found from the file");
    app.send([Action::SetImportUnit(WeightUnit::Lb)]);
    app.state.wait_for_background_work();
    let ImportPhase::Checked { outcome, .. } = &app.state.import().phase else {
        panic!("{:?}", app.state.import().phase);
    };
    assert_eq!((outcome.report.workouts, outcome.report.sets, outcome.new_workouts), (1, 3, 1));
    assert_eq!(app.state.history().completed().count(), 1, "a check writes nothing");
    app.send([Action::ConfirmImport]);
    app.state.wait_for_background_work();
    assert!(matches!(app.state.import().phase, ImportPhase::Done(_)));
    assert_eq!(app.state.history().completed().count(), 2);
    let imported = app.state.history().completed().next().unwrap();
    assert_eq!(imported.source.as_deref(), Some("strong"), "the 2023 workout comes first, by date");
    assert_eq!(app.state.backup().workouts_since_backup, 2, "imported workouts are new data");
    // Importing again adds nothing.
    app.send([Action::CheckImport(test_data("strong_10col.csv"))]);
    app.state.wait_for_background_work();
    let ImportPhase::Checked { outcome, .. } = &app.state.import().phase else { panic!() };
    assert_eq!(outcome.new_workouts, 0);
    app.send([Action::CloseImport]);
    assert!(!app.state.import().visible);
}

#[test]
fn a_file_that_is_no_export_is_refused_in_the_import_panel() {
    let mut app = TestApp::new();
    app.send([Action::CheckImport(test_data("hevy_kg.csv"))]);
    app.state.wait_for_background_work();
    assert!(matches!(app.state.import().phase, ImportPhase::Checked { .. }));
    app.send([Action::SetImportPath("x".into()), Action::CheckImport(test_data("unknown_header.csv"))]);
    app.state.wait_for_background_work();
    let ImportPhase::Failed(reason) = &app.state.import().phase else { panic!("{:?}", app.state.import().phase) };
    assert!(reason.contains("line 1") && reason.contains("nothing was written"), "{reason}");
    assert!(reason.contains("Strong, Hevy, FitNotes, JEFIT, Liftosaur or GymBook"), "{reason}");
    assert_eq!(app.count("workout_started"), 0);
}

#[test]
fn a_file_dropped_on_the_window_opens_the_import_panel_on_it() {
    let mut app = TestApp::new();
    app.send([Action::ImportFileDropped(test_data("hevy_kg.csv"))]);
    app.state.wait_for_background_work();
    assert!(app.state.import().visible);
    let ImportPhase::Checked { outcome, .. } = &app.state.import().phase else {
        panic!("{:?}", app.state.import().phase);
    };
    assert_eq!((outcome.report.source.as_str(), outcome.new_workouts), ("hevy", 2));
    assert_eq!(app.count("workout_started"), 0, "a check writes nothing");
}

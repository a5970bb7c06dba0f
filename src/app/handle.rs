//! The one place actions are carried out: a match that hands each to the flow it belongs to.

use super::action::Action;
use super::state::AppState;

impl AppState {
    pub fn handle(&mut self, action: Action) {
        match action {
            Action::Show(screen) => self.prefs.screen = screen,
            Action::BrowseSyncFolder => self.browse_sync_folder(),
            Action::SetSyncFolderText(text) => self.sync.folder_text = text,
            Action::UseSyncFolder(folder) => self.use_sync_folder(folder),
            Action::SyncNow => self.sync_now(),
            Action::StopSyncing => self.stop_syncing(),
            Action::RenameDevice(name) => self.rename_device(name),
            Action::SyncPassphrase(passphrase, purpose) => self.use_sync_passphrase(passphrase, purpose),
            Action::SetUnit(unit) => self.set_unit(unit),
            Action::StartWorkout { name, repeat_of } => self.start_workout(name, repeat_of, None),
            Action::AddExercise(exercise) => self.add_exercise(&exercise),
            Action::CreateExercise(def) => self.create_exercise(def),
            Action::RemoveExercise(block) => self.remove_exercise(block),
            Action::EditSet { block, row, edit } => self.edit_set(block, row, edit),
            Action::CompleteSet { block, row } => {
                self.complete_set(block, row, false);
            }
            Action::ConfirmSet { block, row } => {
                self.complete_set(block, row, true);
            }
            Action::AddSetRow(block) => self.add_set_row(block),
            Action::RemoveSetRow { block, row } => self.remove_set_row(block, row),
            Action::AdjustRest(steps) => self.adjust_rest(steps),
            Action::SkipRest => self.live.rest = None,
            Action::Finish => self.finish(),
            Action::FinishLoggingPending => self.finish_logging_pending(),
            Action::FinishDroppingPending => self.finish_dropping_pending(),
            Action::ResumeEditing => self.live.back_to_logging(),
            Action::Save => self.save(),
            Action::Discard => self.discard(),
            Action::DeleteWorkout(workout_id) => self.delete_workout(workout_id),
            Action::StartRoutine(id) => self.start_routine(id),
            Action::SaveRoutine(routine) => self.save_routine(routine),
            Action::SaveWorkoutAsRoutine { workout_id, name } => self.save_workout_as_routine(workout_id, name),
            Action::DeleteRoutine(id) => self.delete_routine(id),
            Action::FollowProgram { slug, starting } => self.follow_program(slug, starting),
            Action::StopProgram => self.stop_program(),
            Action::Programs(action) => self.program_panel_action(action),
            // The program editor is another part of issue #37; until it lands, say so.
            Action::StartProgramDay => self.start_program_day(),
            Action::CopyProgram { slug } => self.copy_program(slug),
            Action::EditProgram { slug } => self.edit_program(slug),
            Action::DeleteProgram { slug } => self.delete_program(slug),
            Action::ProgramEditor(action) => self.program_editor_action(action),
            Action::OverrideProgramTarget { exercise, weight, reps } => {
                self.override_program_target(exercise, weight, reps)
            }
            Action::ExportDataset { folder, athlete } => self.export_dataset(folder, athlete),
            Action::RunQuery(sql) => self.run_query(sql),
            Action::CancelQuery => self.cancel_query(),
            Action::SaveQuery { name, sql } => self.save_query(name, sql),
            Action::DeleteQuery(id) => self.delete_query(id),
            Action::OpenTeamFolder(folder) => self.open_team_folder(folder),
            Action::BrowseTeamFolder { start } => self.browse_team_folder(start),
            Action::CloseTeamFolder => self.close_team_folder(),
            Action::LogBodyweight { weight, day } => self.log_bodyweight(&weight, &day),
            Action::RemoveBodyweight(entry) => self.remove_bodyweight(entry),
            Action::Measure(action) => self.measure(action),
            Action::AddWarmUps(block) => self.add_warm_ups(block),
            Action::SetRest { block, seconds } => self.set_rest(block, seconds),
            Action::Superset { block, with } => self.superset(block, with),
            Action::LeaveSuperset(block) => self.leave_superset(block),
            Action::MoveExercise { block, step } => self.move_exercise(block, step),
            Action::RenameExercise { from, to } => self.rename_exercise(&from, &to),
            Action::MergeExercise { from, into } => self.merge_exercise(&from, &into),
            Action::DeleteExercise(name) => self.delete_exercise(&name),
            Action::SetExerciseNote { exercise, note } => self.set_exercise_note(&exercise, &note),
            Action::SetPlates(plates) => match plates.unit {
                crate::domain::units::WeightUnit::Kg => self.prefs.plates_kg = plates,
                crate::domain::units::WeightUnit::Lb => self.prefs.plates_lb = plates,
            },
            Action::SetRestSound(on) => self.prefs.rest_sound = on,
            Action::DismissReminder => {
                let saved = self.backup.dismiss_reminder();
                self.counter_saved(saved);
            }
            Action::SetReminderThreshold(n) => {
                let saved = self.backup.set_threshold(n);
                self.counter_saved(saved);
            }
            Action::OpenExport => self.open_export(),
            Action::BrowseExportPath => self.browse_export_path(),
            Action::SetExportPath(text) => self.export.path_text = text,
            Action::SetExportFormat(format) => self.set_export_format(format),
            Action::ExportTo(path) => self.start_export(path),
            Action::CloseExport => self.export.visible = false,
            Action::OpenRestore => self.open_restore(),
            Action::BrowseRestorePath => self.browse_restore_path(),
            Action::SetRestorePath(text) => self.restore.path_text = text,
            Action::CheckRestore(path) => self.check_restore(path),
            Action::ConfirmRestore => self.confirm_restore(),
            Action::CloseRestore => self.restore.visible = false,
            Action::OpenImport => self.open_import(),
            Action::ImportFileDropped(path) => self.import_dropped(path),
            Action::BrowseImportPath => self.browse_import_path(),
            Action::SetImportPath(text) => self.import.path_text = text,
            Action::SetImportUnit(unit) => self.set_import_unit(unit),
            Action::CheckImport(path) => self.check_import(path),
            Action::ConfirmImport => self.confirm_import(),
            Action::CloseImport => self.import.visible = false,
            Action::SetAutoBackup(settings) => self.set_auto_backup(settings),
            Action::ChooseAutoBackupFolder => self.choose_auto_backup_folder(),
            Action::DismissToast(i) => self.toasts.dismiss(i),
            Action::ShowExercise(exercise) => self.show_exercise(exercise),
            Action::SetFormula(formula) => {
                self.prefs.formula = formula;
                self.logbook.derived.history_changed = true;
            }
            Action::SetTheme(theme) => self.prefs.theme = theme,
            Action::SetLanguage(choice) => {
                self.prefs.language = choice;
                self.load_language();
            }
            Action::EditWorkout(id) => self.open_workout_edit(id),
            Action::EditWorkoutField(field) => self.edit_workout_field(field),
            Action::EditSavedSet { block, row, edit } => self.edit_saved_set(block, row, edit),
            Action::AddSavedSet(block) => self.add_saved_set(block),
            Action::RemoveSavedSet { block, row } => self.remove_saved_set(block, row),
            Action::SaveWorkoutEdit => self.save_workout_edit(),
            Action::CloseWorkoutEdit => self.editing = None,
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::CloseRequested => self.closing = !self.may_close(),
        }
    }
}

//! Everything the lifter can ask for, as values: views push [`Action`]s, and
//! `AppState::handle` (handle.rs) is the one place that carries them out.

use std::path::PathBuf;

use uuid::Uuid;

use super::editor::RowEdit;
use super::export_panel::ExportFormat;
use super::prefs::{Screen, Theme};
use super::workout_editor::EditField;
use crate::backup::auto::AutoBackup;
use crate::domain::exercise::ExerciseDef;
use crate::domain::one_rep_max::Formula;
use crate::domain::plates::PlateSet;
use crate::domain::routine::Routine;
use crate::domain::units::WeightUnit;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Opens the native folder dialog for the sync folder.
    BrowseSyncFolder,
    /// The text of Settings → Sync's folder field.
    SetSyncFolderText(String),
    /// Syncs through this folder from now on.
    UseSyncFolder(PathBuf),
    SyncNow,
    StopSyncing,
    /// Names this device in the sync folder.
    RenameDevice(String),
    /// Encrypts the sync folder, or opens its key, with this passphrase.
    SyncPassphrase(super::sync_panel::Passphrase, super::sync_panel::PassphraseUse),
    Show(Screen),
    SetUnit(WeightUnit),
    StartWorkout {
        name: String,
        repeat_of: Option<Uuid>,
    },
    AddExercise(String),
    CreateExercise(ExerciseDef),
    /// Removes an exercise and its logged sets (the view asks first).
    RemoveExercise(usize),
    /// A change typed or picked in a row of a set table.
    EditSet {
        block: usize,
        row: usize,
        edit: RowEdit,
    },
    /// Logs a planned row, or applies the edits of a logged one.
    CompleteSet {
        block: usize,
        row: usize,
    },
    /// Logs a row whose values looked like a typo, after the lifter confirmed them.
    ConfirmSet {
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
    /// Finish, logging the rows typed but not logged and applying unapplied edits first.
    FinishLoggingPending,
    /// Finish, dropping the rows typed but not logged and unapplied edits.
    FinishDroppingPending,
    /// Back to the set tables from the summary or a question.
    ResumeEditing,
    Save,
    Discard,
    /// Starts a workout following a routine.
    StartRoutine(Uuid),
    /// Saves a routine, new or edited.
    SaveRoutine(Routine),
    /// Saves what a workout did as a routine of that name.
    SaveWorkoutAsRoutine {
        workout_id: Uuid,
        name: String,
    },
    DeleteRoutine(Uuid),
    /// Follows the program of this slug from now, from these starting loads (`None`: the
    /// ones proposed from the lifter's records).
    FollowProgram {
        slug: String,
        starting: Option<crate::domain::program::Starting>,
    },
    StopProgram,
    /// The Programs screen's Follow panel and replay (`program_panel`).
    Programs(super::program_panel::ProgramPanelAction),
    /// Starts the followed program's next day.
    StartProgramDay,
    /// Opens a copy of a built-in or own program in the program editor.
    CopyProgram {
        slug: String,
    },
    /// Opens one of the lifter's own programs in the program editor.
    EditProgram {
        slug: String,
    },
    /// Deletes one of the lifter's own programs (not the followed one).
    DeleteProgram {
        slug: String,
    },
    /// An edit, Save or Cancel in the program editor.
    ProgramEditor(super::program_editor::EditorAction),
    /// Overrides the live program day's target of `exercise`: every set at `weight` and/or
    /// `reps`, typed in the display unit (empty: as it was).
    OverrideProgramTarget {
        exercise: String,
        weight: String,
        reps: String,
    },
    /// A bodyweight typed in the display unit, on a day typed as `YYYY-MM-DD` (empty: today).
    LogBodyweight {
        weight: String,
        day: String,
    },
    RemoveBodyweight(Uuid),
    /// Body measurements: log, correct, remove, undo a removal (`measure_flow`).
    Measure(super::measure_flow::MeasureAction),
    /// Adds warm-up sets before the next working set of a barbell exercise.
    AddWarmUps(usize),
    /// The rest after an exercise's working sets, remembered.
    SetRest {
        block: usize,
        seconds: i64,
    },
    /// Puts an exercise in a superset with another (and that one's superset).
    Superset {
        block: usize,
        with: usize,
    },
    LeaveSuperset(usize),
    /// Moves an exercise up (-1) or down (+1) in the workout.
    MoveExercise {
        block: usize,
        step: isize,
    },
    /// Renames one of the lifter's own exercises.
    RenameExercise {
        from: String,
        to: String,
    },
    /// Folds one of the lifter's own exercises into another.
    MergeExercise {
        from: String,
        into: String,
    },
    /// Deletes one of the lifter's own exercises (without sets).
    DeleteExercise(String),
    /// The lifter's standing note on an exercise (empty: none).
    SetExerciseNote {
        exercise: String,
        note: String,
    },
    /// The bar and plates at hand for one unit.
    SetPlates(PlateSet),
    /// The chime at the end of a rest, on or off.
    SetRestSound(bool),
    /// Deletes a saved workout (a `workout_deleted` event).
    DeleteWorkout(Uuid),
    DismissReminder,
    SetReminderThreshold(u32),
    /// Opens the export panel and the native save dialog.
    OpenExport,
    /// Opens the native save dialog again from the export panel.
    BrowseExportPath,
    /// The text of the export panel's path field.
    SetExportPath(String),
    /// A backup, or the sets as CSV.
    SetExportFormat(ExportFormat),
    /// Exports to this path.
    ExportTo(PathBuf),
    CloseExport,
    /// Opens the restore panel and the native open dialog.
    OpenRestore,
    BrowseRestorePath,
    /// The text of the restore panel's path field.
    SetRestorePath(String),
    /// Verifies a backup and says what restoring it would do (writes nothing).
    CheckRestore(PathBuf),
    /// Restores the checked backup.
    ConfirmRestore,
    CloseRestore,
    /// Opens the import panel and the native open dialog.
    OpenImport,
    /// A file dropped on the window: the import panel checks it.
    ImportFileDropped(PathBuf),
    /// The native open dialog again.
    BrowseImportPath,
    /// The text of the import panel's path field.
    SetImportPath(String),
    /// The weight unit of a file that does not say it.
    SetImportUnit(WeightUnit),
    /// Reads an export and says what importing it would add (writes nothing).
    CheckImport(PathBuf),
    /// Imports the checked export.
    ConfirmImport,
    CloseImport,
    /// New automatic backup settings.
    SetAutoBackup(AutoBackup),
    /// Opens the native folder dialog for automatic backups.
    ChooseAutoBackupFolder,
    DismissToast(usize),
    /// Opens an exercise's records and charts (`None` goes back where it was opened from).
    ShowExercise(Option<String>),
    /// How estimated 1RMs are computed.
    SetFormula(Formula),
    SetTheme(Theme),
    /// Settings → Language: the window speaks it from the next frame, no restart.
    SetLanguage(crate::i18n::LanguageChoice),
    /// Opens a saved workout for correcting.
    EditWorkout(Uuid),
    /// A change to the corrected workout's name, start or duration.
    EditWorkoutField(EditField),
    /// A change typed or picked in a set of the corrected workout.
    EditSavedSet {
        block: usize,
        row: usize,
        edit: RowEdit,
    },
    AddSavedSet(usize),
    RemoveSavedSet {
        block: usize,
        row: usize,
    },
    /// Records the corrections (one step of Undo).
    SaveWorkoutEdit,
    CloseWorkoutEdit,
    /// Takes back the last change to a workout (compensating events).
    /// Writes (or replaces) the lifter's part of a team dataset in `folder`.
    ExportDataset {
        folder: std::path::PathBuf,
        athlete: String,
    },
    /// Runs one read-only query in the Insights console.
    RunQuery(String),
    CancelQuery,
    /// Saves a query under a name (replacing one of that name).
    SaveQuery {
        name: String,
        sql: String,
    },
    DeleteQuery(uuid::Uuid),
    /// Opens a team dataset folder (read-only) for the console's team questions.
    OpenTeamFolder(std::path::PathBuf),
    /// Chooses a team dataset folder in the native dialog.
    BrowseTeamFolder {
        start: std::path::PathBuf,
    },
    /// Back to the lifter's own history.
    CloseTeamFolder,
    Undo,
    /// Does the last undone change again.
    Redo,
    /// The window is asked to close: it waits for a running export first.
    CloseRequested,
}

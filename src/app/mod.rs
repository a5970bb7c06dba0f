//! The application layer: state, the actions that change it, and the background jobs they
//! start, with no egui types, so it is tested without a window (tests/). Nothing here imports
//! a file that imports it back (`../shared/tools/import_circles.py src` prints nothing).
//!
//! The map, one line a file:
//! - `state` — `AppState`: the parts it composes, their accessors for the views, `poll`.
//! - `action` — everything the lifter can ask for, as values; `handle` — the one match that
//!   hands each action to its flow.
//! - `record` — the recorder: the one way events are written (writer thread or not is its
//!   call) and the one door to the store, opened only once what is on its way is written.
//! - `recording` — the app's side of it: stamping, folding what was recorded into the
//!   history, taking in what settled; `writer` — the writer thread.
//! - `logbook` — the history and what is derived from it (the part); `history_flow` —
//!   reading the log in the background; `derived` / `derived_flow` /
//!   `recount` — records, charts and calendars from the history, kept in step with it.
//! - `live_workout` — the workout being logged, its summary, question and rest (the part);
//!   `editor` — its editing model; `workout_flow` — logging a workout;
//!   `training_flow` — routines, bodyweight, rest, supersets, exercise renames;
//!   `measure_flow` — body measurements (log, correct, remove, undo a removal).
//! - `program_flow` — following programs; `program_editor` — copying and editing a program
//!   (the draft, its rule parameters, and its flow).
//! - `workout_editor` / `workout_edit` — correcting a saved workout (model / flow);
//!   `undo_stack` / `undo` — undo and redo as compensating events (stacks / flow).
//! - `export_backup` — export-and-count, the use case the CLI shares; `export_panel` /
//!   `backup_flow` — export, counter reset, automatic backups in the window (state / flow);
//!   `restore_panel` / `restore_flow` — restore with a dry run (state / flow);
//!   `import_panel` / `import_flow` — import in the window (state / flow), `import_file` — the
//!   import use case the CLI shares; `insights_panel` / `insights_flow` — the SQL console.
//! - `sync_panel` / `sync_flow` — Settings → Sync and the background syncs (state / flow);
//!   `sync_watch` — noticing files arriving in the sync folder.
//! - `jobs` — background work as closures and their results, knowing nothing of the flows;
//!   `file_dialog` — the native dialogs as a trait; `startup` — opening the store.
//! - `program_flow` — following, stopping and starting program days, plan ahead and replay;
//!   `program_panel` — the Programs screen's Follow panel and replay choices (the part).
//! - `program_flow` — following a program, starting its day; `program_target` — overriding
//!   a day's target in the live workout.
//! - `prefs`, `toast`, `clock`, `sound` — preferences, messages, time, the rest chime.

mod action;
mod backup_flow;
mod clock;
mod derived;
mod derived_flow;
pub mod editor;
pub mod export_backup;
mod export_panel;
mod file_dialog;
mod handle;
mod history_flow;
pub mod import_file;
mod import_flow;
mod import_panel;
mod insights_flow;
mod insights_panel;
pub mod jobs;
mod live_workout;
mod logbook;
mod measure_flow;
mod prefs;
mod program_editor;
mod program_flow;
mod program_panel;
mod program_target;
mod record;
mod recording;
mod recount;
mod restore_flow;
mod restore_panel;
mod sound;
pub mod startup;
mod state;
mod sync_flow;
mod sync_panel;
mod sync_watch;
mod toast;
mod training_flow;
mod undo;
mod undo_stack;
mod workout_edit;
mod workout_editor;
mod workout_flow;
mod writer;

#[cfg(test)]
mod tests;

pub use action::Action;
pub use clock::{Clock, SystemClock};
pub use derived::{ExerciseDetail, RecentRecord, TrainingCalendar, local_day};
pub use editor::{PendingInput, RowEdit, Session};
pub use export_panel::{ExportFormat, ExportPanel};
pub use file_dialog::{DialogOutcome, DialogPurpose, FILTERS as FILE_FILTERS, FileDialog, FileFilter};
pub use import_panel::{ImportPanel, ImportPhase};
pub use insights_flow::{Cell, QueryResult};
pub use insights_panel::{InsightsPanel, TeamFolder};
pub use jobs::Runner;
pub use measure_flow::MeasureAction;
pub use prefs::{Preferences, Screen, Theme};
pub use program_editor::params::{ParamValue, RuleKind};
pub use program_editor::{Buttons, DayView, EditorAction, EditorView, ExerciseView, Field, FieldView, ProgramEditor};
pub use program_panel::{FollowPanel, ProgramPanel, ProgramPanelAction, REPLAY_WEEKS, StartLoad};
pub use restore_panel::{RestorePanel, RestorePhase};
pub use sound::{Chime, SystemChime};
pub use state::{AppEnv, AppState, Prompt};
pub use sync_panel::{Passphrase, PassphraseUse, SyncPanel, SyncPhase};
pub use toast::{TOAST_SECONDS, Toast, Toasts};
pub use undo_stack::UndoStack;
pub use workout_editor::{EditField, WorkoutEditor};

//! The application layer: state, the actions that change it, and the background jobs they
//! start, with no egui types, so it is tested without a window (tests.rs). Files by role:
//! `state` (AppState and its accessors), `action` (what can be asked), `handle` (the one match
//! that carries actions out), `workout_flow` / `backup_flow` / `restore_flow` (what they do),
//! `editor` (the set tables' editing model), `jobs` (background work), `file_dialog` (the
//! native dialogs as a trait), `startup` (opening the store), `derived` (records, charts and
//! calendars computed from the history), `workout_edit` (correcting a saved workout), `undo`
//! (compensating events), `writer` (logged sets written off the UI thread), `recount` (the
//! full recount of the derived data, on a worker for a large history).

mod action;
mod backup_flow;
mod clock;
mod derived;
pub mod editor;
mod file_dialog;
mod handle;
pub mod import_flow;
mod insights_flow;
pub mod jobs;
mod prefs;
mod record;
mod recount;
mod restore_flow;
mod sound;
pub mod startup;
mod state;
mod toast;
mod training_flow;
mod undo;
mod workout_edit;
mod workout_flow;
mod writer;

#[cfg(test)]
mod tests;

pub use action::Action;
pub use backup_flow::{ExportFormat, ExportPanel};
pub use clock::{Clock, SystemClock};
pub use derived::{ExerciseDetail, RecentRecord, TrainingCalendar, local_day};
pub use editor::{PendingInput, RowEdit, Session};
pub use file_dialog::{DialogOutcome, DialogPurpose, FileDialog, FileFilter};
pub use import_flow::{ImportPanel, ImportPhase};
pub use insights_flow::{Cell, InsightsPanel, QueryResult, TeamFolder};
pub use jobs::Runner;
pub use prefs::{Preferences, Screen, Theme};
pub use restore_flow::{RestorePanel, RestorePhase};
pub use sound::{Chime, SystemChime};
pub use state::{AppEnv, AppState, Prompt};
pub use toast::{TOAST_SECONDS, Toast, Toasts};
pub use undo::UndoStack;
pub use workout_edit::{EditField, WorkoutEditor};

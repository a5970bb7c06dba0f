//! What the views remember between frames that is not application state: half-filled forms,
//! search boxes, which destructive button is asking for confirmation, where keyboard focus
//! goes next. Owned by `GymLogApp`, never kept in egui's temp data.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The destructive buttons that ask before they act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmId {
    DiscardWorkout,
    RemoveExercise(usize),
    DeleteWorkout(Uuid),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartForm {
    pub name: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExercisePicker {
    pub query: String,
    pub muscle_group: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewExerciseForm {
    pub name: String,
    pub muscle_group: String,
    pub equipment: String,
}

#[derive(Debug, Clone, Default)]
pub struct UiState {
    pub start: StartForm,
    pub picker: ExercisePicker,
    pub new_exercise: NewExerciseForm,
    /// Saved workouts listed on the History screen (more behind "Show more").
    pub history_shown: usize,
    /// The button currently asking "are you sure?".
    pub confirming: Option<ConfirmId>,
    /// The weight field to focus on the next frame: (exercise block, row).
    pub focus_request: Option<(usize, usize)>,
    /// The set-table row whose text had keyboard focus last frame: leaving it applies its edits.
    pub focused_row: Option<(usize, usize)>,
    /// The reminder threshold while it is being dragged; written when the drag ends.
    pub threshold_draft: Option<u32>,
    /// How many automatic backups to keep, while it is being dragged.
    pub keep_draft: Option<u32>,
    /// The automatic backup folder while it is being typed; taken when the field is left.
    pub auto_folder_draft: Option<String>,
    /// The rest timer (by its start) whose end already asked for the window's attention.
    pub rest_alerted: Option<DateTime<Utc>>,
}

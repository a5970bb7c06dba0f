//! The undo and redo stacks: each change that can be undone, as the events that made it and
//! the events that take it back. Recording them is `undo.rs`.

use uuid::Uuid;

use crate::domain::event::EventKind;

/// How many changes can be undone.
pub(super) const DEPTH: usize = 200;

/// One change that can be undone.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoStep {
    /// What it did, for the button's tooltip and the message: "change a set of Squat".
    pub label: String,
    pub workout_id: Uuid,
    pub(super) forward: Vec<EventKind>,
    pub(super) backward: Vec<EventKind>,
}

/// Changes done (newest last) and undone (most recently undone last).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UndoStack {
    pub(super) done: Vec<UndoStep>,
    pub(super) undone: Vec<UndoStep>,
}

impl UndoStack {
    /// What Undo would take back.
    pub fn next_undo(&self) -> Option<&str> {
        self.done.last().map(|s| s.label.as_str())
    }

    /// What Redo would do again.
    pub fn next_redo(&self) -> Option<&str> {
        self.undone.last().map(|s| s.label.as_str())
    }
}

//! The kind of a set (normal, warm-up, drop, failure, cool-down): a fact of a logged set and
//! of a routine's target, so it lives apart from both.

use serde::{Deserialize, Serialize};

/// The kind of a set, as lifters name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SetType {
    #[default]
    Normal,
    WarmUp,
    Drop,
    Failure,
    /// A light set after the work (GymBook's "cool-down set"): like a warm-up, it sets no record.
    CoolDown,
}

impl SetType {
    pub const ALL: [SetType; 5] =
        [SetType::Normal, SetType::WarmUp, SetType::Drop, SetType::Failure, SetType::CoolDown];

    /// Whether the set is part of the work: warm-ups and cool-downs are not (no records, no
    /// e1RM, not counted as working sets).
    pub fn is_working(self) -> bool {
        !matches!(self, SetType::WarmUp | SetType::CoolDown)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SetType::Normal => "normal",
            SetType::WarmUp => "warm_up",
            SetType::Drop => "drop",
            SetType::Failure => "failure",
            SetType::CoolDown => "cool_down",
        }
    }

    pub fn parse(text: &str) -> Option<SetType> {
        SetType::ALL.into_iter().find(|t| t.as_str() == text)
    }

    /// Short label for a set table: `W`, `D`, `F`, or the set number for normal sets.
    pub fn label(self) -> &'static str {
        match self {
            SetType::Normal => "Normal",
            SetType::WarmUp => "Warm-up",
            SetType::Drop => "Drop",
            SetType::Failure => "Failure",
            SetType::CoolDown => "Cool-down",
        }
    }
}

//! What the app remembers between runs besides the log: the screen shown, the weight unit,
//! where the last backup went. Kept by the window's persistence (`window.ron`).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::domain::units::WeightUnit;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Screen {
    #[default]
    Workout,
    History,
    Exercises,
    Settings,
}

impl Screen {
    pub const ALL: [Screen; 4] = [Screen::Workout, Screen::History, Screen::Exercises, Screen::Settings];

    pub fn label(self) -> &'static str {
        match self {
            Screen::Workout => "Workout",
            Screen::History => "History",
            Screen::Exercises => "Exercises",
            Screen::Settings => "Settings",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub unit: WeightUnit,
    pub screen: Screen,
    /// Folder of the last export, where the save dialog opens next time.
    pub last_export_folder: Option<PathBuf>,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences { unit: WeightUnit::Kg, screen: Screen::Workout, last_export_folder: None }
    }
}

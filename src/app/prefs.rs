//! What the app remembers between runs besides the log: the screen shown, the weight unit,
//! where the last backup went, the bar and plates at hand, the e1RM formula, the theme. Kept by the window's persistence
//! (`window.ron`).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::domain::one_rep_max::Formula;
use crate::domain::plates::PlateSet;
use crate::domain::units::WeightUnit;
use crate::i18n::LanguageChoice;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Screen {
    #[default]
    Workout,
    Programs,
    History,
    Progress,
    Insights,
    Exercises,
    Bodyweight,
    Settings,
}

impl Screen {
    pub const ALL: [Screen; 8] = [
        Screen::Workout,
        Screen::Programs,
        Screen::History,
        Screen::Progress,
        Screen::Insights,
        Screen::Exercises,
        Screen::Bodyweight,
        Screen::Settings,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Screen::Workout => "Workout",
            Screen::Programs => "Programs",
            Screen::History => "History",
            Screen::Progress => "Progress",
            Screen::Insights => "Insights",
            Screen::Exercises => "Exercises",
            Screen::Bodyweight => "Body",
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
    /// The bar and plates at hand, for the plate calculator and warm-up ramps, in kg…
    pub plates_kg: PlateSet,
    /// …and in lb.
    pub plates_lb: PlateSet,
    /// A chime when a rest runs out.
    pub rest_sound: bool,
    /// How estimated 1RMs are computed (records, charts, the summary).
    pub formula: Formula,
    pub theme: Theme,
    /// The window's language: the system's, or one picked in Settings.
    pub language: LanguageChoice,
}

/// Light or dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Follow the system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            unit: WeightUnit::Kg,
            screen: Screen::Workout,
            last_export_folder: None,
            plates_kg: PlateSet::standard(WeightUnit::Kg),
            plates_lb: PlateSet::standard(WeightUnit::Lb),
            rest_sound: true,
            formula: Formula::Epley,
            theme: Theme::System,
            language: LanguageChoice::System,
        }
    }
}

impl Preferences {
    /// The plates of `unit`.
    pub fn plates(&self, unit: WeightUnit) -> &PlateSet {
        match unit {
            WeightUnit::Kg => &self.plates_kg,
            WeightUnit::Lb => &self.plates_lb,
        }
    }
}

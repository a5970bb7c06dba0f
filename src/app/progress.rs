//! The progress chart of one exercise, computed from the cached projection when it is opened
//! and after each saved workout — never per frame.

use chrono::{DateTime, Utc};

use crate::domain::projection::History;

/// x is the workout's day (days since 1970-01-01, UTC), y its best estimated 1RM in kg.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseProgress {
    pub exercise: String,
    pub points: Vec<[f64; 2]>,
}

impl ExerciseProgress {
    pub fn of(exercise: &str, history: &History) -> ExerciseProgress {
        let day = |at: DateTime<Utc>| at.timestamp() as f64 / 86_400.0;
        let points = history.e1rm_progress(exercise).into_iter().map(|(at, kg)| [day(at), kg]).collect();
        ExerciseProgress { exercise: exercise.to_string(), points }
    }
}

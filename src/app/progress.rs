//! The progress chart of one exercise, computed from the cached projection when it is opened
//! and after each saved workout — never per frame. What it follows depends on the exercise's
//! kind: estimated 1RM, most reps, longest time or longest distance.

use chrono::{DateTime, Utc};

use crate::domain::exercise::ExerciseKind;
use crate::domain::projection::{History, Measure};

/// x is the workout's day (days since 1970-01-01, UTC), y its best value of `measure` in
/// stored units (kg, reps, seconds, metres).
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseProgress {
    pub exercise: String,
    pub measure: Measure,
    pub points: Vec<[f64; 2]>,
}

impl ExerciseProgress {
    pub fn of(exercise: &str, kind: ExerciseKind, history: &History) -> ExerciseProgress {
        let day = |at: DateTime<Utc>| at.timestamp() as f64 / 86_400.0;
        let measure = Measure::for_kind(kind);
        let points = history.progress(exercise, measure).into_iter().map(|(at, v)| [day(at), v]).collect();
        ExerciseProgress { exercise: exercise.to_string(), measure, points }
    }
}

//! The summary shown when a workout is finished: duration, sets, volume, and the records
//! (best estimated 1RM per exercise) it beat.

use chrono::{DateTime, Utc};

use super::projection::{History, Workout};

/// What a finished workout achieved, for the summary before saving.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub duration: chrono::Duration,
    pub sets: usize,
    pub volume_kg: f64,
    /// Exercises whose best e1RM beat every earlier workout: (exercise, new e1RM kg, old).
    pub records: Vec<(String, f64, Option<f64>)>,
}

impl Summary {
    pub fn of(workout: &Workout, history: &History, now: DateTime<Utc>) -> Summary {
        let mut records = Vec::new();
        for exercise in &workout.exercises {
            let best = workout.sets_of(exercise).filter_map(|s| s.e1rm_kg()).reduce(f64::max);
            let before = history.best_e1rm(exercise, Some(workout.id));
            if let Some(best) = best
                && before.is_none_or(|b| best > b + 1e-9)
            {
                records.push((exercise.clone(), best, before));
            }
        }
        Summary {
            duration: now - workout.started_at,
            sets: workout.sets.len(),
            volume_kg: history.volume_kg(workout),
            records,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::{Event, EventKind};
    use crate::domain::test_support::{at, facts, history_with_one_squat_session};
    use uuid::Uuid;

    #[test]
    fn summary_counts_records_against_earlier_workouts() {
        let history = history_with_one_squat_session();
        let mut log = vec![];
        let w = Uuid::from_u128(50);
        log.push(Event::new(Uuid::from_u128(200), at(100), EventKind::workout_started(w, None)));
        log.push(Event::new(
            Uuid::from_u128(201),
            at(110),
            EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(51), set: facts(120.0, 3, 0) },
        ));
        let mut h = history.clone();
        for e in &log {
            h.apply(e);
        }
        let workout = h.in_progress().unwrap().clone();
        let summary = Summary::of(&workout, &h, at(130));
        assert_eq!(summary.duration, chrono::Duration::minutes(30));
        assert_eq!(summary.sets, 1);
        assert_eq!(summary.volume_kg, 360.0);
        assert_eq!(summary.records.len(), 1);
        assert_eq!(summary.records[0].0, "Squat");
        assert!((summary.records[0].1 - 132.0).abs() < 1e-9);
    }
}

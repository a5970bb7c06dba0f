//! The summary shown when a workout is finished: duration, sets, volume, and every record it
//! beat (estimated 1RM, heaviest weight, rep maxes, reps at a weight, set and session volume,
//! most reps, longest time or distance).

use chrono::{DateTime, Utc};

use super::exercise::ExerciseKind;
use super::one_rep_max::Formula;
use super::projection::{History, Workout};
use super::records::{Beaten, ExerciseRecords};

/// What a finished workout achieved, for the summary before saving.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub duration: chrono::Duration,
    pub sets: usize,
    pub volume_kg: f64,
    /// The records it beat, by exercise in workout order, against every earlier workout.
    pub records: Vec<(String, Beaten)>,
}

impl Summary {
    pub fn of(
        workout: &Workout,
        history: &History,
        now: DateTime<Utc>,
        formula: Formula,
        kind_of: impl Fn(&str) -> ExerciseKind,
    ) -> Summary {
        let bodyweight = history.bodyweight_at(workout.started_at);
        let mut records = Vec::new();
        for exercise in &workout.exercises {
            let before = ExerciseRecords::before(history, exercise, kind_of(exercise), formula, Some(workout.id));
            records.extend(before.beaten_in(workout, bodyweight).into_iter().map(|b| (exercise.to_string(), b)));
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
        let summary = Summary::of(&workout, &h, at(130), Formula::Epley, |_| ExerciseKind::WeightReps);
        assert_eq!(summary.duration, chrono::Duration::minutes(30));
        assert_eq!(summary.sets, 1);
        assert_eq!(summary.volume_kg, 360.0);
        // 120 × 3 beats the e1RM (132 > 116.7), the heaviest (110), the 3RM (110); its 360 kg
        // is less than the 500 kg of 100 × 5, and so is the session's.
        let kinds: Vec<_> = summary.records.iter().map(|(e, b)| (e.as_str(), b.kind)).collect();
        use crate::domain::records::RecordKind::*;
        assert_eq!(kinds, [("Squat", E1rm), ("Squat", Heaviest), ("Squat", RepMax(3))]);
        assert!((summary.records[0].1.value - 132.0).abs() < 1e-9);
        assert_eq!(summary.records[1].1.previous, 110.0);
    }
}

//! Replaying a program over real sessions: which day each past workout was (the day whose
//! exercises it did most of), what the program would have prescribed for it given everything
//! before, what was actually lifted, and what the program would have made of it — so a
//! lifter can see a program against their own last weeks before starting it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Program;
use super::outcome::Outcome;
use super::session::{ExerciseResult, LiftedSet, NextSession, SessionResult};
use super::state::{ProgramState, Starting, prescribe, prescribe_day};

/// A past workout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PastSession {
    pub date: NaiveDate,
    pub exercises: Vec<ExerciseResult>,
}

/// One past workout, replayed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplayRow {
    pub date: NaiveDate,
    /// The prescription for the day it matched, from the state before it.
    pub prescribed: NextSession,
    /// What was lifted of that day's exercises.
    pub lifted: Vec<ExerciseResult>,
    pub outcomes: Vec<Outcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Replay {
    pub rows: Vec<ReplayRow>,
    /// Where the program would stand now.
    pub state: ProgramState,
    /// What it would prescribe next.
    pub next: NextSession,
}

/// The program day a workout of `exercises` was: the one sharing the most exercises with
/// counted sets; on a tie, the first from the state's next day on. `None` when it shares none.
pub fn match_day(program: &Program, state: &ProgramState, exercises: &[ExerciseResult]) -> Option<usize> {
    let done = |name: &str| exercises.iter().any(|e| e.exercise == name && e.sets.iter().any(LiftedSet::counts));
    let days = program.days.len();
    let order = (0..days).map(|i| (state.next_day + i) % days);
    let scored = order.map(|d| (program.days[d].exercises.iter().filter(|e| done(&e.exercise)).count(), d));
    let best = scored.fold(None, |best: Option<(usize, usize)>, (score, d)| match best {
        Some((top, _)) if top >= score => best,
        _ => Some((score, d)),
    });
    best.filter(|(score, _)| *score > 0).map(|(_, d)| d)
}

/// Runs `program` from `starting` over the `sessions` dated `since` or later (in date order),
/// skipping workouts that match no day.
pub fn replay(program: &Program, starting: &Starting, sessions: &[PastSession], since: NaiveDate) -> Replay {
    let mut sessions: Vec<&PastSession> = sessions.iter().filter(|s| s.date >= since).collect();
    sessions.sort_by_key(|s| s.date);
    let mut state = ProgramState::start(program, starting);
    let mut rows = Vec::new();
    for session in sessions {
        let Some(day) = match_day(program, &state, &session.exercises) else { continue };
        let prescribed = prescribe_day(program, &state, day);
        let in_day = |e: &&ExerciseResult| program.days[day].exercises.iter().any(|p| p.exercise == e.exercise);
        let lifted: Vec<ExerciseResult> = session.exercises.iter().filter(in_day).cloned().collect();
        let (next, outcomes) = state.advance(program, &SessionResult { day, exercises: lifted.clone() });
        state = next;
        rows.push(ReplayRow { date: session.date, prescribed, lifted, outcomes });
    }
    let next = prescribe(program, &state);
    Replay { rows, state, next }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::builtin;
    use crate::domain::units::{Weight, WeightUnit};

    fn exercise(name: &str, kg: f64, reps: &[u32]) -> ExerciseResult {
        ExerciseResult {
            exercise: name.into(),
            sets: reps.iter().map(|&r| LiftedSet::done(Weight::kg(kg), r)).collect(),
        }
    }

    #[test]
    fn past_workouts_replayed_against_stronglifts() {
        let program = builtin::stronglifts(WeightUnit::Kg);
        let date = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let sessions = [
            // A (squat, bench), then B (squat, press, deadlift) with a missed squat set, then
            // a run that is no day, then an old session before the window.
            PastSession {
                date: date(2),
                exercises: vec![exercise("Squat", 100.0, &[5; 5]), exercise("Bench Press", 70.0, &[5; 5])],
            },
            PastSession {
                date: date(4),
                exercises: vec![
                    exercise("Squat", 102.5, &[5, 5, 5, 5, 3]),
                    exercise("Overhead Press", 45.0, &[5; 5]),
                    exercise("Deadlift", 120.0, &[5]),
                ],
            },
            PastSession { date: date(5), exercises: vec![exercise("Running", 0.0, &[])] },
            PastSession {
                date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                exercises: vec![exercise("Squat", 60.0, &[5; 5])],
            },
        ];
        let starting = Starting::from([("Squat".to_string(), 100.0), ("Bench Press".to_string(), 70.0)]);
        let replay = replay(&program, &starting, &sessions, date(1));
        assert_eq!(replay.rows.len(), 2);
        assert_eq!(replay.rows[0].prescribed.day_name, "Workout A");
        assert_eq!(replay.rows[1].prescribed.day_name, "Workout B");
        let squat = replay.rows[1].prescribed.exercise("Squat").unwrap();
        assert_eq!(squat.sets[0].amount(WeightUnit::Kg), Some(102.5), "100 made → 102.5 prescribed");
        // The press had no starting weight: the empty bar was prescribed, 45 kg was lifted.
        let outcomes: Vec<String> = replay.rows[1].outcomes.iter().map(|o| o.to_string()).collect();
        assert!(outcomes.contains(&"Overhead Press: counted from the 45 kg lifted, not the 20 kg planned".to_string()));
        assert!(outcomes.contains(&"Squat: 102.5 kg again next time (missed 1 of 3 before a deload)".to_string()));
        assert_eq!(replay.next.day_name, "Workout A");
        assert_eq!(replay.next.exercise("Barbell Row").unwrap().sets[0].amount(WeightUnit::Kg), Some(20.0));
        assert_eq!(replay.state.track("Overhead Press").unwrap().load, Some(47.5));
    }
}

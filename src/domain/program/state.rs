//! The progression state of a program, derived — never stored — by folding the lifter's
//! completed sessions over the program from a starting point: per track its load, stage,
//! failure count and week, and the next day. A week without sessions folds nothing, so it
//! changes nothing. [`prescribe`] turns a state into the next session's sets.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::lift::{Lift, Lifted, lightest};
use super::outcome::Outcome;
use super::session::{LiftedSet, NextSession, PlannedExercise, SessionResult};
use super::{Program, ProgramExercise};

/// Starting loads per track, in the program's unit: a working weight, a training max or an
/// e1RM as the track's rule takes it ([`super::rule::StartsFrom`]). [`super::history`]
/// proposes them from the lifter's records.
pub type Starting = BTreeMap<String, f64>;

/// Where one track stands.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TrackState {
    /// What the prescription is computed from, in the program's unit: the working weight
    /// (linear, double progression, stages, AMRAP), the training max (waves) or the e1RM
    /// (RPE, %1RM). `None` until known.
    pub load: Option<f64>,
    /// The stage of a stage rule, from 0.
    pub stage: usize,
    /// Failed sessions in a row (linear), or sessions with missed reps this cycle (waves).
    pub failures: u32,
    /// The week of a wave, from 0.
    pub week: usize,
    /// The weight of the last session at a stage rule's first stage (GZCLP T2's reset).
    pub first_stage_weight: Option<f64>,
}

/// Where a program stands: each track, and the day that comes next.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ProgramState {
    pub next_day: usize,
    /// Sessions folded in so far.
    pub sessions: u32,
    pub tracks: BTreeMap<String, TrackState>,
}

/// A track never seen: its starting load, or the rule's default (the empty bar for weights;
/// unknown for a training max or an e1RM).
fn fresh(program: &Program, exercise: &ProgramExercise, starting: &Starting) -> TrackState {
    let default = match exercise.rule.starts_from() {
        super::lift::StartsFrom::WorkingWeight { .. } => Some(exercise.rounding.minimum(program.unit)),
        _ => None,
    };
    TrackState { load: starting.get(&exercise.track).copied().or(default), ..TrackState::default() }
}

impl ProgramState {
    /// Day one, every track at its starting load.
    pub fn start(program: &Program, starting: &Starting) -> ProgramState {
        let tracks = program.tracks();
        let tracks = tracks.into_iter().map(|(name, e)| (name.to_string(), fresh(program, e, starting))).collect();
        ProgramState { next_day: 0, sessions: 0, tracks }
    }

    /// The state after `sessions`, in order, from `starting`.
    pub fn from_sessions(program: &Program, starting: &Starting, sessions: &[SessionResult]) -> ProgramState {
        let start = ProgramState::start(program, starting);
        sessions.iter().fold(start, |state, session| state.advance(program, session).0)
    }

    pub fn track(&self, track: &str) -> Option<&TrackState> {
        self.tracks.get(track)
    }

    /// The state after `result`, and what changed. A session of no day of the program, or
    /// without a counted set of the day's exercises, changes nothing.
    pub fn advance(&self, program: &Program, result: &SessionResult) -> (ProgramState, Vec<Outcome>) {
        let Some(day) = program.days.get(result.day) else {
            return (self.clone(), Vec::new());
        };
        let lifted_any = day.exercises.iter().any(|e| result.sets_of(&e.exercise).iter().any(LiftedSet::counts));
        if !lifted_any {
            return (self.clone(), Vec::new());
        }
        let mut next = self.clone();
        let mut outcomes = Vec::new();
        for exercise in &day.exercises {
            let lift = Lift::of(program, exercise);
            let track = self.tracks.get(&exercise.track).cloned();
            let track = track.unwrap_or_else(|| fresh(program, exercise, &Starting::new()));
            let lifted = Lifted::from_sets(result.sets_of(&exercise.exercise), program.unit);
            if lifted.is_empty() {
                outcomes.push(Outcome::NotDone { exercise: exercise.exercise.clone() });
                continue;
            }
            if exercise.rule.progresses_from_lifted_weight() {
                let planned = exercise.rule.sets(&lift, &track);
                let lifted_weight = lightest(&lifted, planned.len());
                if let Some(planned_weight) = planned.first().and_then(|p| p.amount(program.unit))
                    && (lifted_weight - planned_weight).abs() > 1e-6
                {
                    outcomes.push(Outcome::CountedAsLifted {
                        exercise: exercise.exercise.clone(),
                        planned: lift.weight(planned_weight),
                        lifted: lift.weight(lifted_weight),
                    });
                }
            }
            let (track, mut changes) = exercise.rule.advance(&lift, &track, &lifted);
            next.tracks.insert(exercise.track.clone(), track);
            outcomes.append(&mut changes);
        }
        next.next_day = (result.day + 1) % program.days.len();
        next.sessions += 1;
        (next, outcomes)
    }
}

/// The next session: the state's next day with every exercise's planned sets.
pub fn prescribe(program: &Program, state: &ProgramState) -> NextSession {
    prescribe_day(program, state, state.next_day % program.days.len().max(1))
}

/// The sets of `day` (e.g. the lifter picked another day) in `state`. An unknown day plans
/// nothing.
pub fn prescribe_day(program: &Program, state: &ProgramState, day: usize) -> NextSession {
    let Some(program_day) = program.days.get(day) else {
        return NextSession { day, day_name: String::new(), exercises: Vec::new() };
    };
    let exercises = program_day
        .exercises
        .iter()
        .map(|e| {
            let track = state.tracks.get(&e.track).cloned().unwrap_or_else(|| fresh(program, e, &Starting::new()));
            let sets = e.rule.sets(&Lift::of(program, e), &track);
            PlannedExercise { exercise: e.exercise.clone(), track: e.track.clone(), sets }
        })
        .collect();
    NextSession { day, day_name: program_day.name.clone(), exercises }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::builtin;
    use crate::domain::program::session::ExerciseResult;
    use crate::domain::units::{Weight, WeightUnit};

    fn five_by_five(kg: f64) -> Vec<LiftedSet> {
        (0..5).map(|_| LiftedSet::done(Weight::kg(kg), 5)).collect()
    }

    fn session(day: usize, exercises: &[(&str, Vec<LiftedSet>)]) -> SessionResult {
        let exercises =
            exercises.iter().map(|(e, sets)| ExerciseResult { exercise: e.to_string(), sets: sets.clone() });
        SessionResult { day, exercises: exercises.collect() }
    }

    #[test]
    fn sessions_without_counted_sets_change_nothing() {
        let program = builtin::stronglifts(WeightUnit::Kg);
        let start = ProgramState::start(&program, &Starting::from([("Squat".to_string(), 100.0)]));
        let not_done: Vec<LiftedSet> =
            five_by_five(100.0).into_iter().map(|s| LiftedSet { done: false, ..s }).collect();
        let warm_ups: Vec<LiftedSet> = five_by_five(60.0)
            .into_iter()
            .map(|s| LiftedSet { set_type: crate::domain::set_type::SetType::WarmUp, ..s })
            .collect();
        for result in [
            session(0, &[]),
            session(0, &[("Squat", not_done)]),
            session(0, &[("Squat", warm_ups)]),
            session(0, &[("Running", five_by_five(0.0))]),
            session(7, &[("Squat", five_by_five(100.0))]),
        ] {
            let (after, outcomes) = start.advance(&program, &result);
            assert_eq!(after, start, "{result:?}");
            assert!(outcomes.is_empty());
        }
    }

    #[test]
    fn the_lifter_may_do_another_day_and_skip_an_exercise() {
        let program = builtin::stronglifts(WeightUnit::Kg);
        let start = ProgramState::start(&program, &Starting::from([("Squat".to_string(), 100.0)]));
        assert_eq!(prescribe(&program, &start).day_name, "Workout A");
        // B instead of A, without the deadlift.
        let result = session(1, &[("Squat", five_by_five(100.0)), ("Overhead Press", five_by_five(20.0))]);
        let (after, outcomes) = start.advance(&program, &result);
        let words: Vec<String> = outcomes.iter().map(|o| o.to_string()).collect();
        assert_eq!(
            words,
            [
                "Squat +2.5 kg next time (102.5 kg)",
                "Overhead Press +2.5 kg next time (22.5 kg)",
                "Deadlift: not done, nothing changes"
            ]
        );
        assert_eq!((after.next_day, after.sessions), (0, 1), "A follows B");
        assert_eq!(after.track("Deadlift"), start.track("Deadlift"));
        let next = prescribe(&program, &after);
        assert_eq!(next.exercise("Squat").unwrap().sets[0].amount(WeightUnit::Kg), Some(102.5));
        assert_eq!(prescribe_day(&program, &after, 1).exercise("Overhead Press").unwrap().sets.len(), 5);
        assert!(prescribe_day(&program, &after, 9).exercises.is_empty());
    }

    #[test]
    fn an_override_is_worded_and_the_state_is_a_fold() {
        let program = builtin::stronglifts(WeightUnit::Kg);
        let starting = Starting::from([("Squat".to_string(), 100.0)]);
        let sessions = [session(0, &[("Squat", five_by_five(105.0))]), session(1, &[("Squat", five_by_five(107.5))])];
        let (one, outcomes) = ProgramState::start(&program, &starting).advance(&program, &sessions[0]);
        assert_eq!(outcomes[0].to_string(), "Squat: counted from the 105 kg lifted, not the 100 kg planned");
        assert_eq!(outcomes[1].to_string(), "Squat +2.5 kg next time (107.5 kg)");
        let folded = ProgramState::from_sessions(&program, &starting, &sessions);
        assert_eq!(folded, one.advance(&program, &sessions[1]).0);
        assert_eq!(folded.track("Squat").unwrap().load, Some(110.0));
        let json = serde_json::to_string(&folded).unwrap();
        assert_eq!(serde_json::from_str::<ProgramState>(&json).unwrap(), folded);
    }

    #[test]
    fn pounds_programs_prescribe_in_pounds() {
        let program = builtin::stronglifts(WeightUnit::Lb);
        let state = ProgramState::start(&program, &Starting::new());
        let squat = &prescribe(&program, &state).exercises[0].sets[0];
        assert_eq!(squat.weight, Some(Weight::entered(45.0, WeightUnit::Lb)), "the empty 45 lb bar");
        let lifted: Vec<LiftedSet> =
            (0..5).map(|_| LiftedSet::done(Weight::entered(45.0, WeightUnit::Lb), 5)).collect();
        let (after, outcomes) = state.advance(&program, &session(0, &[("Squat", lifted)]));
        assert_eq!(after.track("Squat").unwrap().load, Some(50.0));
        assert_eq!(outcomes[0].to_string(), "Squat +5 lb next time (50 lb)");
    }
}

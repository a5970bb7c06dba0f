//! Planning ahead: the sessions a program prescribes next if the lifter makes every set, by
//! advancing [`ProgramState`] with all-sets-made results — what the Programs screen shows as
//! "the coming 4 weeks".

use super::Program;
use super::session::{ExerciseResult, LiftedSet, NextSession, PlannedSet, SessionResult};
use super::state::{ProgramState, prescribe};

/// Programs carry no training frequency, so a week is one round of the program's days
/// (StrongLifts: A and B; 5/3/1: its four lift days).
pub fn days_per_week(program: &Program) -> usize {
    program.days.len().max(1)
}

/// The sessions of `weeks` weeks ahead ([`days_per_week`] each) from `state`.
pub fn weeks_ahead(program: &Program, state: &ProgramState, weeks: usize) -> Vec<NextSession> {
    plan_ahead(program, state, weeks * days_per_week(program))
}

/// The next `sessions` sessions from `state`, each day's prescription computed from the state
/// after every earlier one was made in full: every planned set lifted as planned, a rep range
/// at its top, an AMRAP set at its target reps, an RPE target at that RPE. A set the program
/// cannot weigh yet (a training max or e1RM not known) is not lifted, so its track waits; a
/// day with nothing to weigh still passes.
pub fn plan_ahead(program: &Program, state: &ProgramState, sessions: usize) -> Vec<NextSession> {
    if program.days.is_empty() {
        return Vec::new();
    }
    let mut state = state.clone();
    let mut plan = Vec::with_capacity(sessions);
    for _ in 0..sessions {
        let next = prescribe(program, &state);
        let (mut after, _) = state.advance(program, &all_made(&next));
        if after == state {
            // Nothing on it could be weighed: the day still passes.
            after.next_day = (next.day + 1) % program.days.len();
        }
        state = after;
        plan.push(next);
    }
    plan
}

/// `session` lifted exactly as planned.
fn all_made(session: &NextSession) -> SessionResult {
    let made = |set: &PlannedSet| {
        let weight = set.weight?;
        let reps = set.reps_up_to.unwrap_or(set.reps);
        Some(LiftedSet { rpe: set.rpe, ..LiftedSet::done(weight, reps) })
    };
    let exercises = session
        .exercises
        .iter()
        .map(|e| ExerciseResult { exercise: e.exercise.clone(), sets: e.sets.iter().filter_map(made).collect() })
        .collect();
    SessionResult { day: session.day, exercises }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::{Starting, builtin};
    use crate::domain::units::WeightUnit;

    fn first_weight(session: &NextSession, exercise: &str) -> Option<f64> {
        session.exercise(exercise)?.sets.first()?.amount(WeightUnit::Kg)
    }

    #[test]
    fn stronglifts_squat_goes_up_every_session() {
        let program = builtin::stronglifts(WeightUnit::Kg);
        let state = ProgramState::start(&program, &Starting::from([("Squat".to_string(), 60.0)]));
        let plan = weeks_ahead(&program, &state, 4);
        assert_eq!(days_per_week(&program), 2);
        assert_eq!(plan.len(), 8);
        let days: Vec<&str> = plan.iter().map(|s| s.day_name.as_str()).collect();
        assert_eq!(days[..4], ["Workout A", "Workout B", "Workout A", "Workout B"]);
        let squats: Vec<f64> = plan.iter().filter_map(|s| first_weight(s, "Squat")).collect();
        assert_eq!(squats, [60.0, 62.5, 65.0, 67.5, 70.0, 72.5, 75.0, 77.5]);
        // The bench press is only on A: +2.5 kg each time it comes round.
        let bench: Vec<f64> = plan.iter().filter_map(|s| first_weight(s, "Bench Press")).collect();
        assert_eq!(bench, [20.0, 22.5, 25.0, 27.5]);
        assert_eq!(state, ProgramState::start(&program, &Starting::from([("Squat".to_string(), 60.0)])));
    }

    #[test]
    fn five_three_one_week_four_is_the_deload_then_the_training_max_goes_up() {
        let program = builtin::five_three_one_bbb(WeightUnit::Kg);
        let starting = Starting::from([("Squat".to_string(), 100.0)]);
        let state = ProgramState::start(&program, &starting);
        let plan = weeks_ahead(&program, &state, 5);
        assert_eq!(plan.len(), 20);
        let squat_days: Vec<&NextSession> = plan.iter().filter(|s| s.day_name == "Squat day").collect();
        assert_eq!(squat_days.len(), 5);
        let labels: Vec<&str> = squat_days.iter().map(|s| s.exercises[0].sets[0].label.as_str()).collect();
        assert_eq!(labels, ["Week 1", "Week 2", "Week 3", "Deload", "Week 1"]);
        let deload = &squat_days[3].exercises[0].sets;
        assert_eq!(deload.len(), 3, "no Boring But Big in the deload");
        assert!(deload.iter().all(|s| !s.amrap));
        // Week 1 at 65 % of 100, then of the new training max 105 (+5 kg a cycle).
        assert_eq!(first_weight(squat_days[0], "Squat"), Some(65.0));
        assert_eq!(first_weight(squat_days[4], "Squat"), Some(67.5));
    }

    #[test]
    fn a_rep_range_made_at_its_top_and_an_empty_program_plans_nothing() {
        let program = builtin::push_pull_legs(WeightUnit::Kg);
        let state = ProgramState::start(&program, &Starting::new());
        let plan = plan_ahead(&program, &state, days_per_week(&program) * 2);
        let first = &plan[0].exercises[0];
        let again = plan.iter().skip(1).find(|s| s.day == plan[0].day).unwrap().exercise(&first.exercise).unwrap();
        assert!(again.sets[0].amount(WeightUnit::Kg) > first.sets[0].amount(WeightUnit::Kg), "{first:?} {again:?}");
        let empty = Program { days: Vec::new(), ..program };
        assert!(plan_ahead(&empty, &ProgramState::default(), 4).is_empty());
    }
}

//! Double progression: sets in a rep range at one weight; the lifter adds reps session by
//! session and, once every set reaches the top of the range, the weight actually lifted goes
//! up by the increment (and the reps start again from the bottom).

use serde::{Deserialize, Serialize};

use super::lift::{Lift, Lifted, check_sets, lightest};
use super::outcome::Outcome;
use super::problem::RuleProblem;
use super::session::PlannedSet;
use super::state::TrackState;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DoubleProgressionRule {
    pub sets: u32,
    pub min_reps: u32,
    pub max_reps: u32,
}

impl DoubleProgressionRule {
    pub fn check(&self) -> Result<(), RuleProblem> {
        check_sets(self.sets, self.min_reps)?;
        if self.max_reps < self.min_reps {
            return Err(RuleProblem::RangeUpsideDown);
        }
        Ok(())
    }

    pub fn sets(&self, lift: &Lift, state: &TrackState) -> Vec<PlannedSet> {
        let mut sets = lift.straight_sets(state.load, self.sets, self.min_reps, false);
        sets.iter_mut().for_each(|s| s.reps_up_to = Some(self.max_reps));
        sets
    }

    pub fn advance(&self, lift: &Lift, state: &TrackState, lifted: &[Lifted]) -> (TrackState, Vec<Outcome>) {
        let weight = lightest(lifted, self.sets as usize);
        let exercise = lift.exercise.to_string();
        let top_reached =
            lifted.len() >= self.sets as usize && lifted[..self.sets as usize].iter().all(|l| l.reps >= self.max_reps);
        if top_reached {
            let to = lift.round(weight + lift.increment);
            let next = TrackState { load: Some(to), ..state.clone() };
            return (next, vec![Outcome::WeightUp { exercise, by: lift.weight(to - weight), to: lift.weight(to) }]);
        }
        let next = TrackState { load: Some(weight), ..state.clone() };
        (next, vec![Outcome::SameWeight { exercise, weight: lift.weight(weight), failures: 0, deload_after: 0 }])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::Rounding;
    use crate::domain::units::WeightUnit;

    const EIGHT_TO_TWELVE: DoubleProgressionRule = DoubleProgressionRule { sets: 3, min_reps: 8, max_reps: 12 };

    fn lifted(weight: f64, reps: &[u32]) -> Vec<Lifted> {
        reps.iter().map(|&reps| Lifted { weight, reps, rpe: None }).collect()
    }

    #[test]
    fn the_weight_goes_up_only_when_every_set_reaches_the_top() {
        let step = Rounding::step(2.0);
        let lift = Lift { exercise: "Dumbbell Row", label: "", unit: WeightUnit::Kg, increment: 2.0, rounding: &step };
        let at_30 = TrackState { load: Some(30.0), ..TrackState::default() };
        let planned = EIGHT_TO_TWELVE.sets(&lift, &at_30);
        assert_eq!((planned.len(), planned[0].reps, planned[0].reps_up_to), (3, 8, Some(12)));
        let (next, _) = EIGHT_TO_TWELVE.advance(&lift, &at_30, &lifted(30.0, &[12, 12, 11]));
        assert_eq!(next.load, Some(30.0), "11 is not the top");
        let (next, outcomes) = EIGHT_TO_TWELVE.advance(&lift, &at_30, &lifted(30.0, &[12, 12, 12]));
        assert_eq!(next.load, Some(32.0));
        assert_eq!(outcomes[0].to_string(), "Dumbbell Row +2 kg next time (32 kg)");
    }
}

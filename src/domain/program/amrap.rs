//! AMRAP threshold (GZCLP's T3): straight sets whose last set is as many reps as possible; the
//! weight actually lifted goes up once that last set reaches `raise_at` reps (25 in GZCLP).

use serde::{Deserialize, Serialize};

use super::lift::{Lift, Lifted, check_sets, lightest};
use super::outcome::Outcome;
use super::problem::RuleProblem;
use super::session::PlannedSet;
use super::state::TrackState;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AmrapRule {
    pub sets: u32,
    pub reps: u32,
    /// The reps of the last set that earn the increment.
    pub raise_at: u32,
}

impl AmrapRule {
    pub fn check(&self) -> Result<(), RuleProblem> {
        check_sets(self.sets, self.reps)?;
        if self.raise_at < self.reps {
            return Err(RuleProblem::RaiseBelowReps);
        }
        Ok(())
    }

    pub fn sets(&self, lift: &Lift, state: &TrackState) -> Vec<PlannedSet> {
        lift.straight_sets(state.load, self.sets, self.reps, true)
    }

    pub fn advance(&self, lift: &Lift, state: &TrackState, lifted: &[Lifted]) -> (TrackState, Vec<Outcome>) {
        let weight = lightest(lifted, self.sets as usize);
        let exercise = lift.exercise.to_string();
        let last = lifted.get(self.sets as usize - 1);
        if last.is_some_and(|l| l.reps >= self.raise_at) {
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

    #[test]
    fn gzclp_t3_goes_up_when_the_last_set_reaches_25() {
        // GZCLP T3: 3×15+, "when you hit 25 reps on the last set, add weight".
        let rule = AmrapRule { sets: 3, reps: 15, raise_at: 25 };
        let stack = Rounding::step(2.5);
        let lift =
            Lift { exercise: "Lat Pulldown", label: "T3", unit: WeightUnit::Kg, increment: 2.5, rounding: &stack };
        let at_40 = TrackState { load: Some(40.0), ..TrackState::default() };
        let planned = rule.sets(&lift, &at_40);
        assert_eq!(planned.iter().map(|s| s.amrap).collect::<Vec<_>>(), [false, false, true]);
        assert_eq!(planned[2].label, "T3");
        let sets = |last| [15, 15, last].map(|reps| Lifted { weight: 40.0, reps, rpe: None });
        assert_eq!(rule.advance(&lift, &at_40, &sets(24)).0.load, Some(40.0));
        assert_eq!(rule.advance(&lift, &at_40, &sets(25)).0.load, Some(42.5));
        assert_eq!(rule.advance(&lift, &at_40, &sets(25)[..2]).0.load, Some(40.0), "no last set, no raise");
    }
}

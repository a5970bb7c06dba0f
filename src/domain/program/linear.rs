//! Linear progression (StrongLifts 5×5, Starting Strength): sets × reps at one weight; after a
//! session in which every working set reached its reps, the weight *actually lifted* plus the
//! increment — not the planned weight plus the increment, so a lifter who changed the weight
//! on the day progresses from the bar they lifted. After `failures_before_deload` failed
//! sessions in a row, the weight drops by `deload_percent`.

use serde::{Deserialize, Serialize};

use super::lift::{Lift, Lifted, all_reached, check_percent, check_sets, lightest};
use super::outcome::Outcome;
use super::problem::{RuleProblem, Share};
use super::session::PlannedSet;
use super::state::TrackState;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinearRule {
    pub sets: u32,
    pub reps: u32,
    #[serde(default)]
    pub last_set_amrap: bool,
    /// Failed sessions in a row before a deload; 0 for never.
    pub failures_before_deload: u32,
    pub deload_percent: f64,
}

impl LinearRule {
    pub fn check(&self) -> Result<(), RuleProblem> {
        check_sets(self.sets, self.reps)?;
        check_percent(Share::Deload, self.deload_percent)
    }

    pub fn sets(&self, lift: &Lift, state: &TrackState) -> Vec<PlannedSet> {
        lift.straight_sets(state.load, self.sets, self.reps, self.last_set_amrap)
    }

    pub fn advance(&self, lift: &Lift, state: &TrackState, lifted: &[Lifted]) -> (TrackState, Vec<Outcome>) {
        let planned = self.sets(lift, state);
        let weight = lightest(lifted, planned.len());
        let exercise = lift.exercise.to_string();
        if all_reached(&planned, lifted) {
            let to = lift.round(weight + lift.increment);
            let next = TrackState { load: Some(to), failures: 0, ..state.clone() };
            return (next, vec![Outcome::WeightUp { exercise, by: lift.weight(to - weight), to: lift.weight(to) }]);
        }
        let failures = state.failures + 1;
        if self.failures_before_deload > 0 && failures >= self.failures_before_deload {
            let to = lift.round(weight * (1.0 - self.deload_percent / 100.0));
            let next = TrackState { load: Some(to), failures: 0, ..state.clone() };
            return (next, vec![Outcome::Deload { exercise, to: lift.weight(to) }]);
        }
        let next = TrackState { load: Some(weight), failures, ..state.clone() };
        let deload_after = self.failures_before_deload;
        (next, vec![Outcome::SameWeight { exercise, weight: lift.weight(weight), failures, deload_after }])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::Rounding;
    use crate::domain::units::WeightUnit;

    const FIVE_BY_FIVE: LinearRule =
        LinearRule { sets: 5, reps: 5, last_set_amrap: false, failures_before_deload: 3, deload_percent: 10.0 };

    fn squat(rounding: &Rounding) -> Lift<'_> {
        Lift { exercise: "Squat", label: "", unit: WeightUnit::Kg, increment: 2.5, rounding }
    }

    fn sets(weight: f64, reps: &[u32]) -> Vec<Lifted> {
        reps.iter().map(|&reps| Lifted { weight, reps, rpe: None }).collect()
    }

    fn at(load: f64, failures: u32) -> TrackState {
        TrackState { load: Some(load), failures, ..TrackState::default() }
    }

    #[test]
    fn five_by_five_made_adds_the_increment() {
        let bar = Rounding::barbell(WeightUnit::Kg);
        let (next, outcomes) = FIVE_BY_FIVE.advance(&squat(&bar), &at(100.0, 0), &sets(100.0, &[5; 5]));
        assert_eq!(next.load, Some(102.5));
        assert_eq!(outcomes[0].to_string(), "Squat +2.5 kg next time (102.5 kg)");
    }

    #[test]
    fn progression_starts_from_the_weight_actually_lifted() {
        // Planned 100 kg, the lifter put 105 kg on the bar and made every rep (liftosaur#345):
        // next time is 107.5 kg, not 102.5 kg.
        let bar = Rounding::barbell(WeightUnit::Kg);
        let (next, _) = FIVE_BY_FIVE.advance(&squat(&bar), &at(100.0, 0), &sets(105.0, &[5; 5]));
        assert_eq!(next.load, Some(107.5));
        // Planned 100 kg, lifted 90 kg for every rep: 92.5 kg next, not 102.5 kg.
        let (next, _) = FIVE_BY_FIVE.advance(&squat(&bar), &at(100.0, 0), &sets(90.0, &[5; 5]));
        assert_eq!(next.load, Some(92.5));
    }

    #[test]
    fn three_failures_in_a_row_deload_ten_percent() {
        let bar = Rounding::barbell(WeightUnit::Kg);
        let missed = sets(100.0, &[5, 5, 5, 4, 3]);
        let (one, _) = FIVE_BY_FIVE.advance(&squat(&bar), &at(100.0, 0), &missed);
        assert_eq!((one.load, one.failures), (Some(100.0), 1));
        let (two, _) = FIVE_BY_FIVE.advance(&squat(&bar), &one, &missed);
        assert_eq!((two.load, two.failures), (Some(100.0), 2));
        let (three, outcomes) = FIVE_BY_FIVE.advance(&squat(&bar), &two, &missed);
        assert_eq!((three.load, three.failures), (Some(90.0), 0));
        assert_eq!(outcomes[0].to_string(), "Squat: deload to 90 kg");
        // A success in between starts the count again.
        let (made, _) = FIVE_BY_FIVE.advance(&squat(&bar), &two, &sets(100.0, &[5; 5]));
        assert_eq!((made.load, made.failures), (Some(102.5), 0));
        // Four sets of five are not five.
        let (short, _) = FIVE_BY_FIVE.advance(&squat(&bar), &at(100.0, 0), &sets(100.0, &[5; 4]));
        assert_eq!(short.failures, 1);
    }

    #[test]
    fn deloads_round_to_the_plates() {
        // 10 % off 67.5 kg is 60.75 kg: the plates make 60 kg.
        let bar = Rounding::barbell(WeightUnit::Kg);
        let (next, _) = FIVE_BY_FIVE.advance(&squat(&bar), &at(67.5, 2), &sets(67.5, &[3; 5]));
        assert_eq!(next.load, Some(60.0));
    }
}

//! Targets from a one-rep max: "5 @ RPE 8" from the lifter's own recent e1RM through Mike
//! Tuchscherer's RPE chart (Reactive Training Systems), and plain %1RM targets. The e1RM a
//! track carries is re-estimated from every session: for RPE targets from each counted set's
//! logged RPE (the planned RPE when none was logged) through the same chart, so a lifter who
//! rates a set easier than planned gets heavier targets; for %1RM targets it only rises, when
//! a session's Epley estimate beats it.

use serde::{Deserialize, Serialize};

use super::lift::{Lift, Lifted, check_percent, check_sets};
use super::outcome::Outcome;
use super::problem::{RuleProblem, Share};
use super::session::PlannedSet;
use super::state::TrackState;
use crate::domain::one_rep_max::Formula;

/// The percentages of 1RM along the chart's diagonal: a set of `reps` at `rpe` sits at
/// index `2 × (reps − 1) + 2 × (10 − rpe)` (each rep in reserve costs as much as a rep
/// done). RPE 10 reads 100, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9 for 1–10 reps.
const CHART: [f64; 27] = [
    100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7, 82.4, 81.1, 79.9, 78.6, 77.4, 76.2, 75.1, 73.9,
    72.3, 70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6,
];

/// The reps the chart covers.
pub const CHART_REPS: std::ops::RangeInclusive<u32> = 1..=10;

/// The share of 1RM (in %) that `reps` at `rpe` is: RPE 6–10 in half steps, 1–10 reps.
pub fn percent_of_1rm(reps: u32, rpe: f64) -> Option<f64> {
    let half_steps = (10.0 - rpe) * 2.0;
    if !CHART_REPS.contains(&reps) || !(0.0..=8.0).contains(&half_steps) || half_steps.fract() != 0.0 {
        return None;
    }
    Some(CHART[2 * (reps as usize - 1) + half_steps as usize])
}

/// The e1RM a set of `weight` × `reps` at `rpe` says.
pub fn e1rm(weight: f64, reps: u32, rpe: f64) -> Option<f64> {
    percent_of_1rm(reps, rpe).map(|p| weight * 100.0 / p)
}

/// An e1RM kept to a tenth, so outcomes read cleanly.
fn tidy(e1rm: f64) -> f64 {
    (e1rm * 10.0).round() / 10.0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RpeRule {
    /// In order: e.g. a top set `1 × 5 @ 8`, then back-off sets `2 × 5 @ 7`.
    pub sets: Vec<RpeSets>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RpeSets {
    pub sets: u32,
    pub reps: u32,
    pub rpe: f64,
}

impl RpeRule {
    pub fn check(&self) -> Result<(), RuleProblem> {
        if self.sets.is_empty() {
            return Err(RuleProblem::NoSets);
        }
        for s in &self.sets {
            check_sets(s.sets, s.reps)?;
            percent_of_1rm(s.reps, s.rpe).ok_or(RuleProblem::OffTheRpeChart)?;
        }
        Ok(())
    }

    pub fn sets(&self, lift: &Lift, state: &TrackState) -> Vec<PlannedSet> {
        let mut planned = Vec::new();
        for group in &self.sets {
            let weight = state.load.zip(percent_of_1rm(group.reps, group.rpe)).map(|(e1rm, p)| e1rm * p / 100.0);
            let set = PlannedSet { rpe: Some(group.rpe), ..lift.set(weight, group.reps) };
            planned.extend(std::iter::repeat_n(set, group.sets as usize));
        }
        planned
    }

    pub fn advance(&self, lift: &Lift, state: &TrackState, lifted: &[Lifted]) -> (TrackState, Vec<Outcome>) {
        let planned = self.sets(lift, state);
        let planned_rpe = |i: usize| planned.get(i).or(planned.last()).and_then(|p| p.rpe).unwrap_or(10.0);
        let estimates =
            lifted.iter().enumerate().filter_map(|(i, l)| e1rm(l.weight, l.reps, l.rpe.unwrap_or(planned_rpe(i))));
        let best = estimates.fold(None, |best: Option<f64>, e| Some(best.map_or(e, |b| b.max(e))));
        let load = best.map(tidy).or(state.load);
        let outcomes = load.map(|e| Outcome::E1rm { exercise: lift.exercise.to_string(), e1rm: lift.weight(e) });
        (TrackState { load, ..state.clone() }, outcomes.into_iter().collect())
    }
}

/// `reps` at `percent` of the one-rep max the track carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PercentRule {
    pub sets: Vec<PercentSets>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PercentSets {
    pub sets: u32,
    pub reps: u32,
    pub percent: f64,
}

impl PercentRule {
    pub fn check(&self) -> Result<(), RuleProblem> {
        if self.sets.is_empty() {
            return Err(RuleProblem::NoSets);
        }
        self.sets.iter().try_for_each(|s| check_sets(s.sets, s.reps).and(check_percent(Share::Percent, s.percent)))
    }

    pub fn sets(&self, lift: &Lift, state: &TrackState) -> Vec<PlannedSet> {
        let mut planned = Vec::new();
        for group in &self.sets {
            let set = lift.set(state.load.map(|max| max * group.percent / 100.0), group.reps);
            planned.extend(std::iter::repeat_n(set, group.sets as usize));
        }
        planned
    }

    pub fn advance(&self, lift: &Lift, state: &TrackState, lifted: &[Lifted]) -> (TrackState, Vec<Outcome>) {
        let best = lifted.iter().filter_map(|l| Formula::Epley.estimate(l.weight, l.reps)).map(tidy);
        let load = best.chain(state.load).reduce(f64::max);
        let outcomes = load.map(|e| Outcome::E1rm { exercise: lift.exercise.to_string(), e1rm: lift.weight(e) });
        (TrackState { load, ..state.clone() }, outcomes.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::Rounding;
    use crate::domain::units::WeightUnit;

    #[test]
    fn the_chart_reads_as_published() {
        // Tuchscherer's chart: 1 @ 10 = 100 %, 1 @ 8 = 92.2 %, 3 @ 8 = 86.3 %, 5 @ 8 = 81.1 %,
        // 8 @ 9 = 76.2 %, 10 @ 6 = 62.6 %.
        let cases = [(1, 10.0, 100.0), (1, 8.0, 92.2), (3, 8.0, 86.3), (5, 8.0, 81.1), (8, 9.0, 76.2), (10, 6.0, 62.6)];
        for (reps, rpe, percent) in cases {
            assert_eq!(percent_of_1rm(reps, rpe), Some(percent), "{reps} @ {rpe}");
        }
        assert_eq!(percent_of_1rm(5, 9.5), Some(85.0));
        assert_eq!(percent_of_1rm(11, 8.0), None);
        assert_eq!(percent_of_1rm(5, 5.5), None);
        assert_eq!(percent_of_1rm(5, 8.25), None);
    }

    #[test]
    fn five_at_rpe_8_from_a_150_kg_e1rm() {
        // 150 × 81.1 % = 121.65 → 122.5 kg on a 20 kg bar with 1.25 kg plates.
        let rule =
            RpeRule { sets: vec![RpeSets { sets: 1, reps: 5, rpe: 8.0 }, RpeSets { sets: 2, reps: 5, rpe: 7.0 }] };
        let bar = Rounding::barbell(WeightUnit::Kg);
        let lift = Lift { exercise: "Squat", label: "", unit: WeightUnit::Kg, increment: 0.0, rounding: &bar };
        let state = TrackState { load: Some(150.0), ..TrackState::default() };
        let planned = rule.sets(&lift, &state);
        // 5 @ 7 = 78.6 %: 117.9 → 117.5 kg.
        let amounts: Vec<_> = planned.iter().map(|s| (s.amount(WeightUnit::Kg).unwrap(), s.rpe.unwrap())).collect();
        assert_eq!(amounts, [(122.5, 8.0), (117.5, 7.0), (117.5, 7.0)]);
        // 122.5 × 5 logged at RPE 7 (easier than planned): e1RM 122.5 / 0.786 = 155.9 kg.
        let lifted = [Lifted { weight: 122.5, reps: 5, rpe: Some(7.0) }];
        let (next, outcomes) = rule.advance(&lift, &state, &lifted);
        assert_eq!(next.load, Some(155.9));
        assert_eq!(outcomes[0].to_string(), "Squat: next weights from an e1RM of 155.9 kg");
        // No RPE logged: taken as planned, so the estimate stays close to where it was.
        let (next, _) = rule.advance(&lift, &state, &[Lifted { weight: 122.5, reps: 5, rpe: None }]);
        assert_eq!(next.load, Some(151.0));
        // No e1RM yet: the lifter picks the weight.
        assert_eq!(rule.sets(&lift, &TrackState::default())[0].weight, None);
    }

    #[test]
    fn percent_targets_of_a_max_that_only_rises() {
        let rule = PercentRule { sets: vec![PercentSets { sets: 3, reps: 5, percent: 80.0 }] };
        let bar = Rounding::barbell(WeightUnit::Kg);
        let lift = Lift { exercise: "Bench Press", label: "", unit: WeightUnit::Kg, increment: 0.0, rounding: &bar };
        let state = TrackState { load: Some(100.0), ..TrackState::default() };
        assert_eq!(rule.sets(&lift, &state)[0].amount(WeightUnit::Kg), Some(80.0));
        let weak = [Lifted { weight: 80.0, reps: 3, rpe: None }];
        assert_eq!(rule.advance(&lift, &state, &weak).0.load, Some(100.0));
        // 90 × 5 → Epley 105.
        let strong = [Lifted { weight: 90.0, reps: 5, rpe: None }];
        assert_eq!(rule.advance(&lift, &state, &strong).0.load, Some(105.0));
    }
}

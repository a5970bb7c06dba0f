//! Stage-based progression on failure (GZCLP's T1 and T2): the weight goes up after every
//! session in which all the reps of the current stage were made; a failed session keeps the
//! weight and moves to the next stage (more sets of fewer reps: T1 5×3+ → 6×2+ → 10×1+,
//! T2 3×10 → 3×8 → 3×6); failing the last stage starts over at the first, at a reset weight.

use serde::{Deserialize, Serialize};

use super::lift::{Lift, Lifted, all_reached, check_percent, check_sets, lightest, scheme};
use super::outcome::Outcome;
use super::problem::{RuleProblem, Share};
use super::session::PlannedSet;
use super::state::TrackState;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageRule {
    pub stages: Vec<Stage>,
    pub reset: Reset,
}

/// Sets × reps of one stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    pub sets: u32,
    pub reps: u32,
    #[serde(default)]
    pub last_set_amrap: bool,
}

impl Stage {
    /// `5×3+`.
    pub fn scheme(&self) -> String {
        scheme(self.sets, self.reps, None, self.last_set_amrap)
    }
}

/// The weight the first stage starts again from after the last stage failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reset {
    /// A share of the weight failed at (GZCLP T1: 85 %, standing in for "85 % of a new 5RM"
    /// when no 5RM is tested).
    PercentOfFailed { percent: f64 },
    /// The weight of the last session at the first stage plus an amount (GZCLP T2: "15–20 lb
    /// heavier than the last 3×10").
    FirstStagePlus { amount: f64 },
}

impl StageRule {
    pub fn check(&self) -> Result<(), RuleProblem> {
        if self.stages.is_empty() {
            return Err(RuleProblem::NoStages);
        }
        for stage in &self.stages {
            check_sets(stage.sets, stage.reps)?;
        }
        match self.reset {
            Reset::PercentOfFailed { percent } => check_percent(Share::Reset, percent),
            Reset::FirstStagePlus { amount } if amount < 0.0 => Err(RuleProblem::NegativeReset),
            Reset::FirstStagePlus { .. } => Ok(()),
        }
    }

    fn stage(&self, state: &TrackState) -> &Stage {
        &self.stages[state.stage.min(self.stages.len() - 1)]
    }

    pub fn sets(&self, lift: &Lift, state: &TrackState) -> Vec<PlannedSet> {
        let stage = self.stage(state);
        lift.straight_sets(state.load, stage.sets, stage.reps, stage.last_set_amrap)
    }

    pub fn advance(&self, lift: &Lift, state: &TrackState, lifted: &[Lifted]) -> (TrackState, Vec<Outcome>) {
        let planned = self.sets(lift, state);
        let weight = lightest(lifted, planned.len());
        let exercise = lift.exercise.to_string();
        let stage = state.stage.min(self.stages.len() - 1);
        let first_stage_weight = if stage == 0 { Some(weight) } else { state.first_stage_weight };
        let next = TrackState { first_stage_weight, failures: 0, ..state.clone() };
        if all_reached(&planned, lifted) {
            let to = lift.round(weight + lift.increment);
            let outcome = Outcome::WeightUp { exercise, by: lift.weight(to - weight), to: lift.weight(to) };
            return (TrackState { load: Some(to), stage, ..next }, vec![outcome]);
        }
        if stage + 1 < self.stages.len() {
            let scheme = self.stages[stage + 1].scheme();
            let outcome = Outcome::NextStage { exercise, stage: stage + 2, scheme, weight: lift.weight(weight) };
            return (TrackState { load: Some(weight), stage: stage + 1, ..next }, vec![outcome]);
        }
        let to = match self.reset {
            Reset::PercentOfFailed { percent } => lift.round(weight * percent / 100.0),
            Reset::FirstStagePlus { amount } => lift.round(state.first_stage_weight.unwrap_or(weight) + amount),
        };
        let outcome = Outcome::Reset { exercise, scheme: self.stages[0].scheme(), weight: lift.weight(to) };
        (TrackState { load: Some(to), stage: 0, ..next }, vec![outcome])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::Rounding;
    use crate::domain::program::builtin::{gzclp_t1, gzclp_t2};
    use crate::domain::units::WeightUnit;

    fn lifted(weight: f64, reps: &[u32]) -> Vec<Lifted> {
        reps.iter().map(|&reps| Lifted { weight, reps, rpe: None }).collect()
    }

    fn at(load: f64, stage: usize) -> TrackState {
        TrackState { load: Some(load), stage, ..TrackState::default() }
    }

    #[test]
    fn gzclp_t1_moves_down_the_stages_and_resets_at_85_percent() {
        let rule = gzclp_t1(WeightUnit::Kg);
        let bar = Rounding::barbell(WeightUnit::Kg);
        let lift = Lift { exercise: "Squat", label: "T1", unit: WeightUnit::Kg, increment: 5.0, rounding: &bar };
        // 5×3+ at 100 made: 105 next time, still 5×3+.
        let (next, _) = rule.advance(&lift, &at(100.0, 0), &lifted(100.0, &[3, 3, 3, 3, 6]));
        assert_eq!((next.load, next.stage), (Some(105.0), 0));
        // 5×3+ at 100 failed: 6×2+ at 100.
        let (next, outcomes) = rule.advance(&lift, &at(100.0, 0), &lifted(100.0, &[3, 3, 3, 2, 2]));
        assert_eq!((next.load, next.stage), (Some(100.0), 1));
        assert_eq!(outcomes[0].to_string(), "Squat: stage 2 (6×2+) next time, at 100 kg");
        let planned = rule.sets(&lift, &next);
        assert_eq!((planned.len(), planned[0].reps, planned[5].amrap), (6, 2, true));
        // 6×2+ failed: 10×1+ at 100.
        let (next, _) = rule.advance(&lift, &next, &lifted(100.0, &[2, 2, 2, 2, 1, 1]));
        assert_eq!((next.load, next.stage), (Some(100.0), 2));
        assert_eq!(rule.sets(&lift, &next).len(), 10);
        // 10×1+ failed: back to 5×3+ at 85 % of 100.
        let (next, outcomes) = rule.advance(&lift, &next, &lifted(100.0, &[1; 9]));
        assert_eq!((next.load, next.stage), (Some(85.0), 0));
        assert_eq!(outcomes[0].to_string(), "Squat: reset to 5×3+ at 85 kg");
    }

    #[test]
    fn gzclp_t2_resets_to_the_last_3x10_plus_the_reset_amount() {
        let rule = gzclp_t2(WeightUnit::Kg);
        let bar = Rounding::barbell(WeightUnit::Kg);
        let lift = Lift { exercise: "Bench Press", label: "T2", unit: WeightUnit::Kg, increment: 2.5, rounding: &bar };
        let (s1, _) = rule.advance(&lift, &at(60.0, 0), &lifted(60.0, &[10, 10, 8]));
        assert_eq!((s1.load, s1.stage, s1.first_stage_weight), (Some(60.0), 1, Some(60.0)));
        let (s1, _) = rule.advance(&lift, &s1, &lifted(60.0, &[8, 8, 8]));
        assert_eq!((s1.load, s1.stage), (Some(62.5), 1), "a made stage goes up and stays");
        let (s2, _) = rule.advance(&lift, &s1, &lifted(62.5, &[8, 8, 7]));
        assert_eq!((s2.load, s2.stage), (Some(62.5), 2));
        let (reset, _) = rule.advance(&lift, &s2, &lifted(62.5, &[6, 5, 5]));
        // The last 3×10 was at 60 kg: 60 + 7.5 = 67.5 kg at 3×10.
        assert_eq!((reset.load, reset.stage), (Some(67.5), 0));
    }
}

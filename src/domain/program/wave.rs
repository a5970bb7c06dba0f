//! Training-max waves (Jim Wendler's 5/3/1): each week prescribes percentages of a training
//! max (TM), the last main set as many reps as possible; the week moves on each time the lift
//! is done, and after the last week (the deload) the TM goes up by the increment — or, if
//! prescribed reps were missed during the cycle, down by `reset_percent`. An optional
//! supplemental block (Boring But Big: 5×10 at 50–60 % of the TM) follows the main sets.

use serde::{Deserialize, Serialize};

use super::lift::{Lift, Lifted, check_percent, check_sets};
use super::outcome::Outcome;
use super::problem::{RuleProblem, Share};
use super::session::PlannedSet;
use super::state::TrackState;
use crate::domain::one_rep_max::Formula;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaveRule {
    pub weeks: Vec<WaveWeek>,
    #[serde(default)]
    pub supplemental: Option<Supplemental>,
    /// What comes off the TM at the end of a cycle in which reps were missed.
    pub reset_percent: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaveWeek {
    pub name: String,
    pub sets: Vec<PercentSet>,
    /// Whether the supplemental block is done this week (not in the deload).
    pub with_supplemental: bool,
}

/// `reps` at `percent` of the TM.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PercentSet {
    pub percent: f64,
    pub reps: u32,
    #[serde(default)]
    pub amrap: bool,
}

/// Sets × reps at a percentage of the TM after the main sets (`BBB` 5×10 @ 50 %).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Supplemental {
    pub label: String,
    pub sets: u32,
    pub reps: u32,
    pub percent: f64,
}

/// The share of the best e1RM a training max is (Wendler: 90 %).
pub const TRAINING_MAX_SHARE: f64 = 0.9;

impl WaveRule {
    pub fn check(&self) -> Result<(), RuleProblem> {
        if self.weeks.is_empty() || self.weeks.iter().any(|w| w.sets.is_empty()) {
            return Err(RuleProblem::EmptyWeek);
        }
        for set in self.weeks.iter().flat_map(|w| &w.sets) {
            check_sets(1, set.reps)?;
            check_percent(Share::WeekPercent, set.percent)?;
        }
        if let Some(s) = &self.supplemental {
            check_sets(s.sets, s.reps)?;
            check_percent(Share::SupplementalPercent, s.percent)?;
        }
        check_percent(Share::Reset, self.reset_percent)
    }

    fn week<'a>(&'a self, state: &TrackState) -> &'a WaveWeek {
        &self.weeks[state.week % self.weeks.len()]
    }

    pub fn sets(&self, lift: &Lift, state: &TrackState) -> Vec<PlannedSet> {
        let week = self.week(state);
        let at = |percent: f64| state.load.map(|tm| tm * percent / 100.0);
        let mut planned: Vec<PlannedSet> = week
            .sets
            .iter()
            .map(|s| PlannedSet { amrap: s.amrap, label: week.name.clone(), ..lift.set(at(s.percent), s.reps) })
            .collect();
        if let Some(extra) = self.supplemental.as_ref().filter(|_| week.with_supplemental) {
            let set = PlannedSet { label: extra.label.clone(), ..lift.set(at(extra.percent), extra.reps) };
            planned.extend(std::iter::repeat_n(set, extra.sets as usize));
        }
        planned
    }

    pub fn advance(&self, lift: &Lift, state: &TrackState, lifted: &[Lifted]) -> (TrackState, Vec<Outcome>) {
        let exercise = lift.exercise.to_string();
        let week = self.week(state);
        let mut outcomes = Vec::new();
        let tm = match state.load {
            Some(tm) => tm,
            None => {
                let best = lifted.iter().filter_map(|l| Formula::Epley.estimate(l.weight, l.reps)).fold(0.0, f64::max);
                let tm = lift.round(best * TRAINING_MAX_SHARE);
                outcomes.push(Outcome::TrainingMaxSet { exercise: exercise.clone(), to: lift.weight(tm) });
                tm
            }
        };
        // The main sets come first; each must reach its reps (the AMRAP its minimum).
        let missed = week.sets.iter().enumerate().any(|(i, s)| lifted.get(i).is_none_or(|l| l.reps < s.reps));
        let failures = state.failures + u32::from(missed && state.load.is_some());
        let next_week = state.week % self.weeks.len() + 1;
        if next_week < self.weeks.len() {
            outcomes.push(Outcome::NextWeek { exercise, week: next_week + 1, weeks: self.weeks.len() });
            return (TrackState { load: Some(tm), week: next_week, failures, ..state.clone() }, outcomes);
        }
        let (to, outcome) = if failures > 0 {
            let to = tm * (1.0 - self.reset_percent / 100.0);
            (to, Outcome::TrainingMaxDown { exercise, to: lift.weight(to) })
        } else {
            let to = tm + lift.increment;
            (to, Outcome::TrainingMaxUp { exercise, by: lift.weight(lift.increment), to: lift.weight(to) })
        };
        outcomes.push(outcome);
        (TrackState { load: Some(to), week: 0, failures: 0, ..state.clone() }, outcomes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::Rounding;
    use crate::domain::program::builtin::five_three_one_wave;
    use crate::domain::units::WeightUnit;

    fn weights(sets: &[PlannedSet]) -> Vec<(f64, u32, bool, &str)> {
        sets.iter().map(|s| (s.amount(WeightUnit::Kg).unwrap(), s.reps, s.amrap, s.label.as_str())).collect()
    }

    fn week(n: usize) -> TrackState {
        TrackState { load: Some(100.0), week: n, ..TrackState::default() }
    }

    #[test]
    fn five_three_one_weeks_with_a_100_kg_training_max() {
        let rule = five_three_one_wave(true);
        let bar = Rounding::barbell(WeightUnit::Kg);
        let lift = Lift { exercise: "Squat", label: "", unit: WeightUnit::Kg, increment: 5.0, rounding: &bar };
        // Week 1: 65/75/85 % × 5, 5, 5+, then BBB 5×10 at 50 %.
        let w1 = rule.sets(&lift, &week(0));
        assert_eq!(w1.len(), 8);
        assert_eq!(
            weights(&w1[..3]),
            [(65.0, 5, false, "Week 1"), (75.0, 5, false, "Week 1"), (85.0, 5, true, "Week 1")]
        );
        assert!(w1[3..].iter().all(|s| s.amount(WeightUnit::Kg) == Some(50.0) && s.reps == 10 && s.label == "BBB"));
        // Week 2: 70/80/90 % × 3, 3, 3+.
        let w2: Vec<_> = weights(&rule.sets(&lift, &week(1))[..3]).iter().map(|w| (w.0, w.1)).collect();
        assert_eq!(w2, [(70.0, 3), (80.0, 3), (90.0, 3)]);
        // Week 3: 75/85/95 % × 5, 3, 1+.
        let w3: Vec<_> = weights(&rule.sets(&lift, &week(2))[..3]).iter().map(|w| (w.0, w.1)).collect();
        assert_eq!(w3, [(75.0, 5), (85.0, 3), (95.0, 1)]);
        // Week 4, the deload: 40/50/60 % × 5 and no BBB.
        let w4 = rule.sets(&lift, &week(3));
        assert_eq!(weights(&w4).iter().map(|w| w.0).collect::<Vec<_>>(), [40.0, 50.0, 60.0]);
    }

    #[test]
    fn percentages_round_to_the_plates() {
        // TM 107.5 kg, week 1: 69.875 → 70, 80.625 → 80, 91.375 → 92.5.
        let rule = five_three_one_wave(false);
        let bar = Rounding::barbell(WeightUnit::Kg);
        let lift = Lift { exercise: "Bench Press", label: "", unit: WeightUnit::Kg, increment: 2.5, rounding: &bar };
        let state = TrackState { load: Some(107.5), ..TrackState::default() };
        let planned: Vec<f64> = rule.sets(&lift, &state).iter().filter_map(|s| s.amount(WeightUnit::Kg)).collect();
        assert_eq!(planned, [70.0, 80.0, 92.5]);
    }

    #[test]
    fn the_training_max_goes_up_after_the_deload_and_down_after_missed_reps() {
        let rule = five_three_one_wave(false);
        let bar = Rounding::barbell(WeightUnit::Kg);
        let lift = Lift { exercise: "Squat", label: "", unit: WeightUnit::Kg, increment: 5.0, rounding: &bar };
        let made = |state: &TrackState| -> Vec<Lifted> {
            let planned = rule.sets(&lift, state);
            planned
                .iter()
                .map(|p| Lifted { weight: p.amount(WeightUnit::Kg).unwrap(), reps: p.reps, rpe: None })
                .collect()
        };
        let mut state = week(0);
        for expected_week in [1, 2, 3] {
            state = rule.advance(&lift, &state, &made(&state)).0;
            assert_eq!((state.week, state.load), (expected_week, Some(100.0)));
        }
        let (after, outcomes) = rule.advance(&lift, &state, &made(&state));
        assert_eq!((after.week, after.load), (0, Some(105.0)));
        assert_eq!(outcomes[0].to_string(), "Squat: training max +5 kg (105 kg)");
        // Week 3's 1+ at 95 kg missed: after the deload the TM goes to 90 kg, not 105 kg.
        let mut missed = made(&week(2));
        missed[2].reps = 0;
        let state = rule.advance(&lift, &week(2), &missed).0;
        let (after, _) = rule.advance(&lift, &state, &made(&state));
        assert_eq!(after.load, Some(90.0));
    }
}

//! The rule families of a program as one plain-data enum, dispatching to each family's file;
//! what the families share is `lift.rs`.

use serde::{Deserialize, Serialize};

use super::amrap::AmrapRule;
use super::double::DoubleProgressionRule;
pub use super::lift::StartsFrom;
use super::lift::{Lift, Lifted};
use super::linear::LinearRule;
use super::outcome::Outcome;
use super::problem::RuleProblem;
use super::rpe::{PercentRule, RpeRule};
use super::session::PlannedSet;
use super::stages::StageRule;
use super::state::TrackState;
use super::wave::WaveRule;

/// How an exercise progresses; each family's parameters are its own struct.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "family", rename_all = "snake_case")]
pub enum Rule {
    /// Sets × reps at one weight; up after a session with every rep, deload after failures.
    Linear(LinearRule),
    /// A rep range; up when every set reaches its top.
    DoubleProgression(DoubleProgressionRule),
    /// Weeks of percentages of a training max (5/3/1), the max up each cycle.
    Wave(WaveRule),
    /// Stages of sets × reps taken one after another on failure (GZCLP T1, T2).
    Stages(StageRule),
    /// Sets with an AMRAP last set; up when it reaches a rep count (GZCLP T3).
    Amrap(AmrapRule),
    /// Reps at a target RPE, the weight from the lifter's recent e1RM.
    Rpe(RpeRule),
    /// Reps at percentages of a one-rep max.
    PercentOfMax(PercentRule),
}

impl Rule {
    /// Whether the numbers make sense; what is wrong otherwise.
    pub fn check(&self) -> Result<(), RuleProblem> {
        match self {
            Rule::Linear(r) => r.check(),
            Rule::DoubleProgression(r) => r.check(),
            Rule::Wave(r) => r.check(),
            Rule::Stages(r) => r.check(),
            Rule::Amrap(r) => r.check(),
            Rule::Rpe(r) => r.check(),
            Rule::PercentOfMax(r) => r.check(),
        }
    }

    /// The sets planned for a track in `state`; none for a rule that fails [`Rule::check`]
    /// (an edited program not validated yet).
    pub fn sets(&self, lift: &Lift, state: &TrackState) -> Vec<PlannedSet> {
        if self.check().is_err() {
            return Vec::new();
        }
        match self {
            Rule::Linear(r) => r.sets(lift, state),
            Rule::DoubleProgression(r) => r.sets(lift, state),
            Rule::Wave(r) => r.sets(lift, state),
            Rule::Stages(r) => r.sets(lift, state),
            Rule::Amrap(r) => r.sets(lift, state),
            Rule::Rpe(r) => r.sets(lift, state),
            Rule::PercentOfMax(r) => r.sets(lift, state),
        }
    }

    /// The track after a session in which `lifted` (never empty) was lifted; unchanged for a
    /// rule that fails [`Rule::check`].
    pub fn advance(&self, lift: &Lift, state: &TrackState, lifted: &[Lifted]) -> (TrackState, Vec<Outcome>) {
        if self.check().is_err() || lifted.is_empty() {
            return (state.clone(), Vec::new());
        }
        match self {
            Rule::Linear(r) => r.advance(lift, state, lifted),
            Rule::DoubleProgression(r) => r.advance(lift, state, lifted),
            Rule::Wave(r) => r.advance(lift, state, lifted),
            Rule::Stages(r) => r.advance(lift, state, lifted),
            Rule::Amrap(r) => r.advance(lift, state, lifted),
            Rule::Rpe(r) => r.advance(lift, state, lifted),
            Rule::PercentOfMax(r) => r.advance(lift, state, lifted),
        }
    }

    pub fn starts_from(&self) -> StartsFrom {
        match self {
            Rule::Linear(r) => StartsFrom::WorkingWeight { reps: r.reps },
            Rule::DoubleProgression(r) => StartsFrom::WorkingWeight { reps: r.min_reps },
            Rule::Stages(r) => StartsFrom::WorkingWeight { reps: r.stages.first().map_or(5, |s| s.reps) },
            Rule::Amrap(r) => StartsFrom::WorkingWeight { reps: r.reps },
            Rule::Wave(_) => StartsFrom::TrainingMax,
            Rule::Rpe(_) | Rule::PercentOfMax(_) => StartsFrom::OneRepMax,
        }
    }

    /// Whether the rule progresses from the weight lifted (so a weight other than the planned
    /// one is worth a word); waves, RPE and %1RM progress from a max instead.
    pub fn progresses_from_lifted_weight(&self) -> bool {
        matches!(self.starts_from(), StartsFrom::WorkingWeight { .. })
    }

    /// Rules of one family can share a track (an RPE squat of 5s and of 3s share the e1RM).
    pub fn same_family(&self, other: &Rule) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

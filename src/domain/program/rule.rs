//! The rule families of a program as one plain-data enum, and what every family shares: the
//! exercise it runs on ([`Lift`]), the sets that count ([`Lifted`]), and how planned sets
//! are checked against lifted ones (in order, reps at least the target).

use serde::{Deserialize, Serialize};

use super::amrap::AmrapRule;
use super::double::DoubleProgressionRule;
use super::linear::LinearRule;
use super::outcome::Outcome;
use super::rpe::{PercentRule, RpeRule};
use super::session::{LiftedSet, PlannedSet};
use super::stages::StageRule;
use super::state::TrackState;
use super::wave::WaveRule;
use super::{Program, ProgramExercise, Rounding};
use crate::domain::units::{Weight, WeightUnit};

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

/// What the number a track carries means, and so what a starting point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StartsFrom {
    /// A working weight for that many reps.
    WorkingWeight {
        reps: u32,
    },
    TrainingMax,
    OneRepMax,
}

impl Rule {
    /// Whether the numbers make sense; the reason in words otherwise.
    pub fn check(&self) -> Result<(), String> {
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

/// The exercise a rule runs on: its name and label, the program's unit, the increment and
/// the rounding.
#[derive(Debug, Clone, Copy)]
pub struct Lift<'a> {
    pub exercise: &'a str,
    pub label: &'a str,
    pub unit: WeightUnit,
    pub increment: f64,
    pub rounding: &'a Rounding,
}

impl<'a> Lift<'a> {
    pub fn of(program: &Program, exercise: &'a ProgramExercise) -> Lift<'a> {
        Lift {
            exercise: &exercise.exercise,
            label: &exercise.label,
            unit: program.unit,
            increment: exercise.increment,
            rounding: &exercise.rounding,
        }
    }

    /// The loadable weight nearest `amount`.
    pub fn round(&self, amount: f64) -> f64 {
        self.rounding.round(amount, self.unit)
    }

    /// An amount of the program's unit as a weight.
    pub fn weight(&self, amount: f64) -> Weight {
        Weight::entered(amount, self.unit)
    }

    /// A straight set of `reps` at `amount` (rounded), labelled with the exercise's label.
    pub fn set(&self, amount: Option<f64>, reps: u32) -> PlannedSet {
        PlannedSet {
            weight: amount.map(|a| self.weight(self.round(a))),
            reps,
            reps_up_to: None,
            amrap: false,
            rpe: None,
            label: self.label.to_string(),
        }
    }

    /// `sets` straight sets, the last one AMRAP if `last_amrap`.
    pub fn straight_sets(&self, amount: Option<f64>, sets: u32, reps: u32, last_amrap: bool) -> Vec<PlannedSet> {
        let mut planned: Vec<PlannedSet> = (0..sets).map(|_| self.set(amount, reps)).collect();
        if let Some(last) = planned.last_mut() {
            last.amrap = last_amrap;
        }
        planned
    }
}

/// A set that counts for progression, its weight in the program's unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lifted {
    pub weight: f64,
    pub reps: u32,
    pub rpe: Option<f64>,
}

impl Lifted {
    /// The sets that count ([`LiftedSet::counts`]), in order.
    pub fn from_sets(sets: &[LiftedSet], unit: WeightUnit) -> Vec<Lifted> {
        let counted = sets.iter().filter(|s| s.counts());
        counted.map(|s| Lifted { weight: s.weight.in_unit(unit), reps: s.reps, rpe: s.rpe }).collect()
    }
}

/// Whether every planned set has a lifted set in its place with at least its reps.
pub fn all_reached(planned: &[PlannedSet], lifted: &[Lifted]) -> bool {
    lifted.len() >= planned.len() && planned.iter().zip(lifted).all(|(p, l)| l.reps >= p.reps)
}

/// The weight actually lifted for `planned` sets: the lightest of the sets in their places
/// (the first `planned` lifted sets; all of them if there are fewer).
pub fn lightest(lifted: &[Lifted], planned: usize) -> f64 {
    let paired = &lifted[..planned.max(1).min(lifted.len())];
    paired.iter().map(|l| l.weight).fold(f64::INFINITY, f64::min)
}

/// `5×5`, `3×8–12`, `5×3+`.
pub fn scheme(sets: u32, reps: u32, up_to: Option<u32>, amrap: bool) -> String {
    let top = up_to.map_or(String::new(), |t| format!("–{t}"));
    format!("{sets}×{reps}{top}{}", if amrap { "+" } else { "" })
}

/// Checks shared by the families: at least one set of at least one rep.
pub fn check_sets(sets: u32, reps: u32) -> Result<(), String> {
    if sets == 0 || reps == 0 {
        return Err("needs at least one set of at least one rep".into());
    }
    Ok(())
}

/// A percentage share of a whole (`0 < p ≤ 100`).
pub fn check_percent(what: &str, percent: f64) -> Result<(), String> {
    if !(percent > 0.0 && percent <= 100.0) {
        return Err(format!("{what} must be above 0 and at most 100 %"));
    }
    Ok(())
}

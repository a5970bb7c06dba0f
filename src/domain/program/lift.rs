//! What every rule family shares: the exercise a rule runs on ([`Lift`]), the sets that count
//! ([`Lifted`]), and how planned sets are checked against lifted ones (in order, reps at least
//! the target). Apart from `rule.rs`, which dispatches to the families, so that no family
//! imports the file that imports it.

use serde::{Deserialize, Serialize};

use super::problem::{RuleProblem, Share};
use super::session::{LiftedSet, PlannedSet};
use super::{Program, ProgramExercise, Rounding};
use crate::domain::units::{Weight, WeightUnit};

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
pub fn check_sets(sets: u32, reps: u32) -> Result<(), RuleProblem> {
    if sets == 0 || reps == 0 {
        return Err(RuleProblem::NoSetOrRep);
    }
    Ok(())
}

/// A percentage share of a whole (`0 < p ≤ 100`).
pub fn check_percent(what: Share, percent: f64) -> Result<(), RuleProblem> {
    if !(percent > 0.0 && percent <= 100.0) {
        return Err(RuleProblem::PercentOutOfRange(what));
    }
    Ok(())
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

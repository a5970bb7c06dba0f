//! What passes between a program and a workout: the sets the lifter actually lifted in a
//! session (the input of progression) and the sets a program plans for the next one.

use serde::{Deserialize, Serialize};

use crate::domain::set_type::SetType;
use crate::domain::units::{Weight, WeightUnit};

/// One set as lifted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiftedSet {
    pub weight: Weight,
    pub reps: u32,
    pub set_type: SetType,
    pub rpe: Option<f64>,
    /// Ticked off as done; a set left open counts as not lifted.
    pub done: bool,
}

impl LiftedSet {
    /// A normal set, done.
    pub fn done(weight: Weight, reps: u32) -> LiftedSet {
        LiftedSet { weight, reps, set_type: SetType::Normal, rpe: None, done: true }
    }

    /// Whether progression looks at it: done, and a normal or failure set (warm-ups,
    /// cool-downs and drop sets are not the work a rule judges).
    pub fn counts(&self) -> bool {
        self.done && matches!(self.set_type, SetType::Normal | SetType::Failure)
    }
}

/// The sets of one exercise in a session, in the order lifted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseResult {
    pub exercise: String,
    pub sets: Vec<LiftedSet>,
}

/// A completed session of a program. What was lifted is what counts: a lifter who overrode a
/// planned weight (heavier, lighter, more sets) progresses from the weight on the bar, and
/// the outcome says so ([`super::Outcome::CountedAsLifted`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionResult {
    /// The program day done (the lifter may pick another than the one proposed).
    pub day: usize,
    pub exercises: Vec<ExerciseResult>,
}

impl SessionResult {
    pub fn sets_of(&self, exercise: &str) -> &[LiftedSet] {
        self.exercises.iter().find(|e| e.exercise == exercise).map_or(&[], |e| &e.sets)
    }
}

/// One planned set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedSet {
    /// `None`: the program cannot say yet (an RPE target with no e1RM known, a training max
    /// not set): the lifter picks it and the rule learns from what they lift.
    pub weight: Option<Weight>,
    /// The reps to reach (the bottom of a range).
    pub reps: u32,
    /// The top of a rep range (double progression).
    pub reps_up_to: Option<u32>,
    /// As many reps as possible, at least `reps`.
    pub amrap: bool,
    pub rpe: Option<f64>,
    /// `T1`, `BBB`, `Week 2`, …; empty for none.
    pub label: String,
}

impl PlannedSet {
    /// The planned weight as an amount in `unit`.
    pub fn amount(&self, unit: WeightUnit) -> Option<f64> {
        self.weight.map(|w| w.in_unit(unit))
    }
}

/// The sets of one exercise of the next session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedExercise {
    pub exercise: String,
    pub track: String,
    pub sets: Vec<PlannedSet>,
}

/// The next session of a program.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NextSession {
    pub day: usize,
    pub day_name: String,
    pub exercises: Vec<PlannedExercise>,
}

impl NextSession {
    pub fn exercise(&self, name: &str) -> Option<&PlannedExercise> {
        self.exercises.iter().find(|e| e.exercise == name)
    }
}

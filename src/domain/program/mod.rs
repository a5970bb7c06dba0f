//! Training programs: a sequence of days (each a list of exercises) and, per exercise, a rule
//! that turns what the lifter actually lifted into what comes next. Everything here is plain
//! data (serde, no closures) so a lifter can copy a built-in program and edit its days,
//! exercises, increments and rules; the progression state is never stored but derived by
//! folding completed sessions over the program ([`state`]), so the event log stays the truth.
//!
//! Map: [`rule`] (the families and what they share), one file per family ([`linear`],
//! [`double`], [`wave`], [`stages`], [`amrap`], [`rpe`]), [`problem`] (why a rule's numbers
//! cannot run, as facts the window words), [`session`] (what was lifted, what is
//! planned), [`state`] (the fold and the prescription), [`outcome`] (what changed, in words),
//! [`builtin`], [`history`] (starting points from the lifter's records), [`replay`] and [`plan`]
//! (the coming weeks if every set is made).
//! docs/programs.md names the source of every built-in program's rules.

pub mod amrap;
pub mod builtin;
pub mod double;
pub mod history;
pub mod lift;
pub mod linear;
pub mod outcome;
pub mod plan;
pub mod problem;
pub mod replay;
pub mod rpe;
pub mod rule;
pub mod session;
pub mod stages;
pub mod state;
pub mod wave;

#[cfg(test)]
mod simulation;
#[cfg(test)]
mod simulation_tables;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::plates::PlateSet;
use super::units::WeightUnit;

pub use outcome::Outcome;
pub use problem::{RuleProblem, Share};
pub use rule::Rule;
pub use session::{ExerciseResult, LiftedSet, NextSession, PlannedExercise, PlannedSet, SessionResult};
pub use state::{ProgramState, Starting, TrackState, prescribe, prescribe_day};

/// A program: days done in order, round and round.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Program {
    /// A stable short name (`stronglifts-5x5`); a lifter's copy gets its own.
    pub slug: String,
    pub name: String,
    /// The unit of every amount in the program: increments, steps, starting weights.
    pub unit: WeightUnit,
    pub days: Vec<ProgramDay>,
    /// Where the rules come from, in a line (the long form is in docs/programs.md).
    pub source: String,
}

/// One day of a program (a routine with rules).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgramDay {
    pub name: String,
    pub exercises: Vec<ProgramExercise>,
}

/// One exercise of a day and how it progresses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgramExercise {
    /// The exercise's name, as in the library (`Squat`).
    pub exercise: String,
    /// What progresses together: the same track on several days shares one weight
    /// (StrongLifts' squat on A and B); GZCLP's squat as T1 and as T2 are two tracks.
    pub track: String,
    /// A label for its sets (`T1`, `T2`); empty for none.
    #[serde(default)]
    pub label: String,
    pub rule: Rule,
    /// What a success adds to the working weight (or a cycle to the training max), in the
    /// program's unit. RPE and %1RM rules do not use it.
    pub increment: f64,
    /// What the weights round to.
    pub rounding: Rounding,
}

/// What a prescribed weight rounds to: what the bar and plates make, or a fixed step
/// (dumbbells, machines).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    Plates(PlateSet),
    Step { step: f64, minimum: f64 },
}

impl Rounding {
    /// The standard bar and plates of `unit` (a 20 kg bar and 1.25 kg plates, or 45 lb and 2.5 lb).
    pub fn barbell(unit: WeightUnit) -> Rounding {
        Rounding::Plates(PlateSet::standard(unit))
    }

    /// Steps of `step` from zero (dumbbells, cable stacks).
    pub fn step(step: f64) -> Rounding {
        Rounding::Step { step, minimum: 0.0 }
    }

    /// The weight nearest `amount` (in `unit`) that can be loaded, in `unit`.
    pub fn round(&self, amount: f64, unit: WeightUnit) -> f64 {
        match self {
            Rounding::Plates(plates) if plates.unit == unit => plates.loadable(amount),
            Rounding::Plates(plates) => {
                unit.from_kg(plates.unit.to_kg(plates.loadable(plates.unit.from_kg(unit.to_kg(amount)))))
            }
            Rounding::Step { step, minimum } if *step > 0.0 => ((amount / step).round() * step).max(*minimum),
            Rounding::Step { minimum, .. } => amount.max(*minimum),
        }
    }

    /// The lightest weight there is: the empty bar, or the step's minimum.
    pub fn minimum(&self, unit: WeightUnit) -> f64 {
        match self {
            Rounding::Plates(plates) => unit.from_kg(plates.unit.to_kg(plates.bar)),
            Rounding::Step { minimum, .. } => *minimum,
        }
    }
}

/// Why a program cannot be run as edited, as facts (the window words them in the lifter's
/// language; `Display` is English, for the CLI and the tests).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProgramError {
    #[error("the program has no days")]
    NoDays,
    #[error("day “{0}” has no exercises")]
    EmptyDay(String),
    #[error("day “{day}” has exercise “{exercise}” twice")]
    ExerciseTwice { day: String, exercise: String },
    #[error("day “{day}” has track “{track}” twice")]
    TrackTwice { day: String, track: String },
    #[error("track “{0}” has rules of different kinds or increments on different days")]
    TrackRulesDiffer(String),
    #[error("{exercise}: {problem}")]
    BadRule { exercise: String, problem: RuleProblem },
}

impl Program {
    /// The first exercise of each track: its rule, increment and rounding are the track's.
    pub fn tracks(&self) -> BTreeMap<&str, &ProgramExercise> {
        let mut tracks = BTreeMap::new();
        for exercise in self.days.iter().flat_map(|d| &d.exercises) {
            tracks.entry(exercise.track.as_str()).or_insert(exercise);
        }
        tracks
    }

    /// Whether the program can be run: days with exercises, each exercise and track once a
    /// day, one kind of rule and one increment per track, rules with sensible numbers.
    pub fn validate(&self) -> Result<(), ProgramError> {
        if self.days.is_empty() {
            return Err(ProgramError::NoDays);
        }
        let tracks = self.tracks();
        for day in &self.days {
            if day.exercises.is_empty() {
                return Err(ProgramError::EmptyDay(day.name.clone()));
            }
            for (i, e) in day.exercises.iter().enumerate() {
                let earlier = &day.exercises[..i];
                if earlier.iter().any(|o| o.exercise == e.exercise) {
                    return Err(ProgramError::ExerciseTwice { day: day.name.clone(), exercise: e.exercise.clone() });
                }
                if earlier.iter().any(|o| o.track == e.track) {
                    return Err(ProgramError::TrackTwice { day: day.name.clone(), track: e.track.clone() });
                }
                let first = tracks[e.track.as_str()];
                if !first.rule.same_family(&e.rule) || first.increment != e.increment {
                    return Err(ProgramError::TrackRulesDiffer(e.track.clone()));
                }
                let bad = |problem| ProgramError::BadRule { exercise: e.exercise.clone(), problem };
                e.rule.check().map_err(bad)?;
                if !(e.increment.is_finite() && e.increment >= 0.0) {
                    return Err(bad(RuleProblem::NegativeIncrement));
                }
            }
        }
        Ok(())
    }

    /// The lifter's own bar and plates for every barbell exercise (Settings' plate set).
    pub fn use_plates(&mut self, plates: &PlateSet) {
        for exercise in self.days.iter_mut().flat_map(|d| &mut d.exercises) {
            if let Rounding::Plates(own) = &mut exercise.rounding {
                *own = plates.clone();
            }
        }
    }

    /// A copy for the lifter to edit: the same days and rules under a new slug and name.
    pub fn copy_as(&self, slug: &str, name: &str) -> Program {
        Program { slug: slug.to_string(), name: name.to_string(), ..self.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_to_plates_and_steps() {
        let kg = Rounding::barbell(WeightUnit::Kg);
        assert_eq!(kg.round(66.3, WeightUnit::Kg), 67.5);
        assert_eq!(kg.round(10.0, WeightUnit::Kg), 20.0, "never below the empty bar");
        assert_eq!(kg.minimum(WeightUnit::Kg), 20.0);
        let dumbbells = Rounding::step(2.0);
        assert_eq!(dumbbells.round(17.1, WeightUnit::Kg), 18.0);
        // A program in kg on a gym's pound plates: 100 kg is 220.46 lb, loadable 220 lb.
        let lb = Rounding::barbell(WeightUnit::Lb);
        assert!((lb.round(100.0, WeightUnit::Kg) - 220.0 * 0.453_592_37).abs() < 1e-9);
    }

    #[test]
    fn an_edited_copy_is_checked() {
        let mut program = builtin::stronglifts(WeightUnit::Kg).copy_as("mine", "My 5×5");
        assert_eq!(program.validate(), Ok(()));
        program.days[0].exercises[0].increment = 5.0;
        assert_eq!(program.validate(), Err(ProgramError::TrackRulesDiffer("Squat".into())));
        program.days[1].exercises.clear();
        assert!(matches!(program.validate(), Err(ProgramError::EmptyDay(_)) | Err(ProgramError::TrackRulesDiffer(_))));
        // A broken rule plans nothing and changes nothing instead of panicking.
        program.days[0].exercises[0].rule =
            Rule::Stages(stages::StageRule { stages: vec![], reset: stages::Reset::FirstStagePlus { amount: 0.0 } });
        assert!(matches!(program.validate(), Err(ProgramError::BadRule { .. }) | Err(ProgramError::EmptyDay(_))));
        let state = ProgramState::start(&program, &Starting::new());
        assert!(prescribe_day(&program, &state, 0).exercises[0].sets.is_empty());
        let json = serde_json::to_string(&program).unwrap();
        assert_eq!(serde_json::from_str::<Program>(&json).unwrap(), program, "plain data round-trips");
    }
}

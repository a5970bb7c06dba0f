//! What a session changed, one fact per exercise, worded in plain English for the lifter
//! ("Squat +2.5 kg next time (102.5 kg)", "Bench Press: stage 2 (6×2+) next time, at 100 kg").

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::units::{Weight, format_amount};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    WeightUp {
        exercise: String,
        by: Weight,
        to: Weight,
    },
    /// The same weight again; `failures` of `deload_after` (0: this rule never deloads).
    SameWeight {
        exercise: String,
        weight: Weight,
        failures: u32,
        deload_after: u32,
    },
    Deload {
        exercise: String,
        to: Weight,
    },
    /// Stage `stage` (from 1) of a stage rule, its sets × reps, at `weight`.
    NextStage {
        exercise: String,
        stage: usize,
        scheme: String,
        weight: Weight,
    },
    /// Back to the first stage after failing the last.
    Reset {
        exercise: String,
        scheme: String,
        weight: Weight,
    },
    /// Week `week` (from 1) of `weeks` next time.
    NextWeek {
        exercise: String,
        week: usize,
        weeks: usize,
    },
    TrainingMaxUp {
        exercise: String,
        by: Weight,
        to: Weight,
    },
    /// Reps were missed in the cycle: the training max goes down.
    TrainingMaxDown {
        exercise: String,
        to: Weight,
    },
    /// No training max was known: one is set from the session (90 % of its best e1RM).
    TrainingMaxSet {
        exercise: String,
        to: Weight,
    },
    /// The e1RM the next targets come from.
    E1rm {
        exercise: String,
        e1rm: Weight,
    },
    /// The exercise had no counted sets: its track is unchanged.
    NotDone {
        exercise: String,
    },
    /// The lifter lifted another weight than planned: progression starts from what was lifted.
    CountedAsLifted {
        exercise: String,
        planned: Weight,
        lifted: Weight,
    },
}

impl Outcome {
    pub fn exercise(&self) -> &str {
        match self {
            Outcome::WeightUp { exercise, .. }
            | Outcome::SameWeight { exercise, .. }
            | Outcome::Deload { exercise, .. }
            | Outcome::NextStage { exercise, .. }
            | Outcome::Reset { exercise, .. }
            | Outcome::NextWeek { exercise, .. }
            | Outcome::TrainingMaxUp { exercise, .. }
            | Outcome::TrainingMaxDown { exercise, .. }
            | Outcome::TrainingMaxSet { exercise, .. }
            | Outcome::E1rm { exercise, .. }
            | Outcome::NotDone { exercise }
            | Outcome::CountedAsLifted { exercise, .. } => exercise,
        }
    }
}

/// `102.5 kg`, in the unit the weight is in.
pub fn shown(weight: &Weight) -> String {
    format!("{} {}", format_amount(weight.as_entered()), weight.entered_unit)
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::WeightUp { exercise, by, to } => write!(f, "{exercise} +{} next time ({})", shown(by), shown(to)),
            Outcome::SameWeight { exercise, weight, failures, deload_after } if *deload_after > 0 && *failures > 0 => {
                write!(
                    f,
                    "{exercise}: {} again next time (missed {failures} of {deload_after} before a deload)",
                    shown(weight)
                )
            }
            Outcome::SameWeight { exercise, weight, .. } => write!(f, "{exercise}: {} again next time", shown(weight)),
            Outcome::Deload { exercise, to } => write!(f, "{exercise}: deload to {}", shown(to)),
            Outcome::NextStage { exercise, stage, scheme, weight } => {
                write!(f, "{exercise}: stage {stage} ({scheme}) next time, at {}", shown(weight))
            }
            Outcome::Reset { exercise, scheme, weight } => {
                write!(f, "{exercise}: reset to {scheme} at {}", shown(weight))
            }
            Outcome::NextWeek { exercise, week, weeks } => write!(f, "{exercise}: week {week} of {weeks} next time"),
            Outcome::TrainingMaxUp { exercise, by, to } => {
                write!(f, "{exercise}: training max +{} ({})", shown(by), shown(to))
            }
            Outcome::TrainingMaxDown { exercise, to } => {
                write!(f, "{exercise}: training max down to {} (reps were missed this cycle)", shown(to))
            }
            Outcome::TrainingMaxSet { exercise, to } => {
                write!(f, "{exercise}: training max set to {} from this session", shown(to))
            }
            Outcome::E1rm { exercise, e1rm } => write!(f, "{exercise}: next weights from an e1RM of {}", shown(e1rm)),
            Outcome::NotDone { exercise } => write!(f, "{exercise}: not done, nothing changes"),
            Outcome::CountedAsLifted { exercise, planned, lifted } => {
                write!(f, "{exercise}: counted from the {} lifted, not the {} planned", shown(lifted), shown(planned))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::units::WeightUnit;

    #[test]
    fn outcomes_read_as_a_lifter_would_say_them() {
        let kg = Weight::kg;
        let squat = || "Squat".to_string();
        let cases = [
            (Outcome::WeightUp { exercise: squat(), by: kg(2.5), to: kg(102.5) }, "Squat +2.5 kg next time (102.5 kg)"),
            (
                Outcome::SameWeight { exercise: squat(), weight: kg(100.0), failures: 1, deload_after: 3 },
                "Squat: 100 kg again next time (missed 1 of 3 before a deload)",
            ),
            (Outcome::Deload { exercise: squat(), to: kg(80.0) }, "Squat: deload to 80 kg"),
            (
                Outcome::NextStage { exercise: "Bench".into(), stage: 2, scheme: "6×2+".into(), weight: kg(100.0) },
                "Bench: stage 2 (6×2+) next time, at 100 kg",
            ),
            (Outcome::NextWeek { exercise: "Press".into(), week: 2, weeks: 4 }, "Press: week 2 of 4 next time"),
            (Outcome::NotDone { exercise: squat() }, "Squat: not done, nothing changes"),
        ];
        for (outcome, text) in cases {
            assert_eq!(outcome.to_string(), text);
        }
        let lb = Outcome::TrainingMaxUp {
            exercise: "Press".into(),
            by: Weight::entered(5.0, WeightUnit::Lb),
            to: Weight::entered(135.0, WeightUnit::Lb),
        };
        assert_eq!(lb.to_string(), "Press: training max +5 lb (135 lb)");
    }
}

//! Why a rule's numbers make no sense, as facts: each family's `check` returns one of these,
//! `Program::validate` names the exercise it is on, and the window words them in the lifter's
//! language (`i18n/program.rs`, `program-messages.ftl`). `Display` is the English the CLI and
//! the tests read.

/// Which share of a weight a percentage is, for the lifter to find the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    /// What a linear rule's deload takes off.
    Deload,
    /// What a stage rule starts again from, or what comes off a training max after a cycle
    /// with missed reps.
    Reset,
    /// A percentage of a 5/3/1 week.
    WeekPercent,
    /// The percentage of the supplemental sets (Boring But Big).
    SupplementalPercent,
    /// A percentage of a one-rep max.
    Percent,
}

impl std::fmt::Display for Share {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Share::Deload => "the deload",
            Share::Reset => "the reset",
            Share::WeekPercent => "a week's percentage",
            Share::SupplementalPercent => "the supplemental percentage",
            Share::Percent => "a percentage",
        })
    }
}

/// Why a rule cannot run as its numbers stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RuleProblem {
    /// A group of sets with no sets or no reps.
    #[error("needs at least one set of at least one rep")]
    NoSetOrRep,
    /// An RPE or %1RM rule without a single group of sets.
    #[error("needs at least one set")]
    NoSets,
    /// A stage rule without a stage.
    #[error("needs at least one stage")]
    NoStages,
    /// A wave with no weeks, or a week without sets.
    #[error("every week needs at least one set")]
    EmptyWeek,
    /// An AMRAP rule whose last-set reps that raise the weight are below its target reps.
    #[error("the reps that raise the weight are below the target reps")]
    RaiseBelowReps,
    /// A double progression whose top is below its bottom.
    #[error("the top of the rep range is below its bottom")]
    RangeUpsideDown,
    /// Reps and RPE the RPE chart does not cover.
    #[error("the RPE chart covers 1–10 reps at RPE 6–10 in half steps")]
    OffTheRpeChart,
    /// A percentage not above 0 and at most 100.
    #[error("{0} must be above 0 and at most 100 %")]
    PercentOutOfRange(Share),
    /// A stage rule's reset amount below zero.
    #[error("the reset amount is negative")]
    NegativeReset,
    /// An increment below zero (or not a number).
    #[error("the increment must be zero or more")]
    NegativeIncrement,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::amrap::AmrapRule;
    use crate::domain::program::double::DoubleProgressionRule;
    use crate::domain::program::linear::LinearRule;
    use crate::domain::program::rpe::{PercentRule, PercentSets, RpeRule, RpeSets};
    use crate::domain::program::stages::{Reset, Stage, StageRule};
    use crate::domain::program::wave::{PercentSet, Supplemental, WaveRule, WaveWeek};
    use crate::domain::program::{Program, Rule, builtin};
    use crate::domain::units::WeightUnit;

    fn linear(sets: u32, deload_percent: f64) -> LinearRule {
        LinearRule { sets, reps: 5, last_set_amrap: false, failures_before_deload: 3, deload_percent }
    }

    #[test]
    fn each_family_names_what_is_wrong() {
        assert_eq!(linear(0, 10.0).check(), Err(RuleProblem::NoSetOrRep));
        assert_eq!(linear(5, 0.0).check(), Err(RuleProblem::PercentOutOfRange(Share::Deload)));
        assert_eq!(linear(5, 10.0).check(), Ok(()));
        let range = |min_reps, max_reps| DoubleProgressionRule { sets: 3, min_reps, max_reps };
        assert_eq!(range(12, 8).check(), Err(RuleProblem::RangeUpsideDown));
        assert_eq!(range(0, 8).check(), Err(RuleProblem::NoSetOrRep));
        assert_eq!(AmrapRule { sets: 3, reps: 15, raise_at: 10 }.check(), Err(RuleProblem::RaiseBelowReps));
        let stages = |stages: Vec<Stage>, reset| StageRule { stages, reset };
        let five_by_three = Stage { sets: 5, reps: 3, last_set_amrap: true };
        assert_eq!(stages(vec![], Reset::FirstStagePlus { amount: 5.0 }).check(), Err(RuleProblem::NoStages));
        assert_eq!(
            stages(vec![five_by_three.clone()], Reset::FirstStagePlus { amount: -5.0 }).check(),
            Err(RuleProblem::NegativeReset)
        );
        assert_eq!(
            stages(vec![five_by_three], Reset::PercentOfFailed { percent: 120.0 }).check(),
            Err(RuleProblem::PercentOutOfRange(Share::Reset))
        );
    }

    #[test]
    fn waves_rpe_and_percent_rules_name_what_is_wrong() {
        let week = |percent| WaveWeek {
            name: "Week 1".into(),
            sets: vec![PercentSet { percent, reps: 5, amrap: true }],
            with_supplemental: true,
        };
        let wave = |weeks, supplemental, reset_percent| WaveRule { weeks, supplemental, reset_percent };
        let bbb = |percent| Some(Supplemental { label: "BBB".into(), sets: 5, reps: 10, percent });
        assert_eq!(wave(vec![], None, 10.0).check(), Err(RuleProblem::EmptyWeek));
        assert_eq!(wave(vec![week(0.0)], None, 10.0).check(), Err(RuleProblem::PercentOutOfRange(Share::WeekPercent)));
        assert_eq!(
            wave(vec![week(85.0)], bbb(150.0), 10.0).check(),
            Err(RuleProblem::PercentOutOfRange(Share::SupplementalPercent))
        );
        assert_eq!(wave(vec![week(85.0)], bbb(50.0), 0.0).check(), Err(RuleProblem::PercentOutOfRange(Share::Reset)));
        assert_eq!(wave(vec![week(85.0)], bbb(50.0), 10.0).check(), Ok(()));
        assert_eq!(RpeRule { sets: vec![] }.check(), Err(RuleProblem::NoSets));
        let rpe = |reps, rpe| RpeRule { sets: vec![RpeSets { sets: 1, reps, rpe }] };
        assert_eq!(rpe(12, 8.0).check(), Err(RuleProblem::OffTheRpeChart));
        assert_eq!(rpe(5, 8.0).check(), Ok(()));
        assert_eq!(PercentRule { sets: vec![] }.check(), Err(RuleProblem::NoSets));
        let percent = |percent| PercentRule { sets: vec![PercentSets { sets: 3, reps: 5, percent }] };
        assert_eq!(percent(101.0).check(), Err(RuleProblem::PercentOutOfRange(Share::Percent)));
        assert_eq!(Rule::PercentOfMax(percent(80.0)).check(), Ok(()));
    }

    #[test]
    fn validate_names_the_exercise_and_the_problem() {
        use crate::domain::program::ProgramError;
        let mut program: Program = builtin::stronglifts(WeightUnit::Kg).copy_as("mine", "Mine");
        for exercise in program.days.iter_mut().flat_map(|d| &mut d.exercises).filter(|e| e.track == "Squat") {
            exercise.increment = -2.5;
        }
        let negative = ProgramError::BadRule { exercise: "Squat".into(), problem: RuleProblem::NegativeIncrement };
        assert_eq!(program.validate(), Err(negative.clone()));
        assert_eq!(negative.to_string(), "Squat: the increment must be zero or more");
        let percent = RuleProblem::PercentOutOfRange(Share::Deload);
        assert_eq!(percent.to_string(), "the deload must be above 0 and at most 100 %");
        let mut twice = builtin::stronglifts(WeightUnit::Kg);
        let squat = twice.days[0].exercises[0].clone();
        twice.days[0].exercises.push(squat);
        assert_eq!(
            twice.validate(),
            Err(ProgramError::ExerciseTwice { day: "Workout A".into(), exercise: "Squat".into() })
        );
        assert_eq!(twice.validate().unwrap_err().to_string(), "day “Workout A” has exercise “Squat” twice");
    }
}

//! Why a program or one of its rules cannot run, in the window's language
//! (`program-messages.ftl`): the words for `domain::program`'s [`ProgramError`] and
//! [`RuleProblem`], and a built-in program's day names, for the app's toasts and the program
//! editor. Exercise names come translated (`I18n::name`); program names stay as written.

use fluent_bundle::FluentValue;

use super::{I18n, name_id};
use crate::domain::program::{Program, ProgramError, RuleProblem, Share, builtin};

impl I18n {
    /// Why a program cannot be run: `Kniebeuge: braucht mindestens einen Satz …`.
    pub fn program_error(&self, error: &ProgramError) -> String {
        let text = |s: &str| -> FluentValue<'_> { s.to_string().into() };
        match error {
            ProgramError::NoDays => self.t("program-messages-no-days").to_string(),
            ProgramError::EmptyDay(day) => self.f("program-messages-empty-day", &[("day", text(day))]),
            ProgramError::ExerciseTwice { day, exercise } => self
                .f("program-messages-exercise-twice", &[("day", text(day)), ("exercise", text(self.name(exercise)))]),
            ProgramError::TrackTwice { day, track } => {
                self.f("program-messages-track-twice", &[("day", text(day)), ("track", text(self.name(track)))])
            }
            ProgramError::TrackRulesDiffer(track) => {
                self.f("program-messages-track-rules-differ", &[("track", text(self.name(track)))])
            }
            ProgramError::BadRule { exercise, problem } => self.f(
                "program-messages-bad-rule",
                &[("exercise", text(self.name(exercise))), ("problem", self.rule_problem(problem).into())],
            ),
        }
    }

    /// Why a rule's numbers cannot run: `needs at least one set of at least one rep`.
    pub fn rule_problem(&self, problem: &RuleProblem) -> String {
        let id = match problem {
            RuleProblem::NoSetOrRep => "program-messages-rule-no-set-or-rep",
            RuleProblem::NoSets => "program-messages-rule-no-sets",
            RuleProblem::NoStages => "program-messages-rule-no-stages",
            RuleProblem::EmptyWeek => "program-messages-rule-empty-week",
            RuleProblem::RaiseBelowReps => "program-messages-rule-raise-below-reps",
            RuleProblem::RangeUpsideDown => "program-messages-rule-range-upside-down",
            RuleProblem::OffTheRpeChart => "program-messages-rule-off-the-rpe-chart",
            RuleProblem::PercentOutOfRange(Share::Deload) => "program-messages-rule-deload-percent",
            RuleProblem::PercentOutOfRange(Share::Reset) => "program-messages-rule-reset-percent",
            RuleProblem::PercentOutOfRange(Share::WeekPercent) => "program-messages-rule-week-percent",
            RuleProblem::PercentOutOfRange(Share::SupplementalPercent) => "program-messages-rule-supplemental-percent",
            RuleProblem::PercentOutOfRange(Share::Percent) => "program-messages-rule-percent",
            RuleProblem::NegativeReset => "program-messages-rule-negative-reset",
            RuleProblem::NegativeIncrement => "program-messages-rule-negative-increment",
        };
        self.t(id).to_string()
    }

    /// A day of `program` by name: a built-in program's in this language (`Workout A`,
    /// `Training A`), the lifter's own as typed.
    pub fn program_day(&self, program: &Program, day: &str) -> String {
        self.day_name(builtin::is_builtin(program), day)
    }

    /// A day's name, translated if it is a `builtin` program's (`programs-day-*`).
    pub fn day_name(&self, builtin: bool, day: &str) -> String {
        let id = name_id("programs-day-", day);
        if builtin && self.has(&id) { self.t(&id).to_string() } else { day.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::units::WeightUnit;
    use crate::i18n::Language;

    #[test]
    fn rule_problems_read_in_english_as_their_display_and_in_german_as_german() {
        let english = I18n::english();
        let german = I18n::new(Language::German, None);
        let problems = [
            RuleProblem::NoSetOrRep,
            RuleProblem::NoSets,
            RuleProblem::NoStages,
            RuleProblem::EmptyWeek,
            RuleProblem::RaiseBelowReps,
            RuleProblem::RangeUpsideDown,
            RuleProblem::OffTheRpeChart,
            RuleProblem::PercentOutOfRange(Share::Deload),
            RuleProblem::PercentOutOfRange(Share::Reset),
            RuleProblem::PercentOutOfRange(Share::WeekPercent),
            RuleProblem::PercentOutOfRange(Share::SupplementalPercent),
            RuleProblem::PercentOutOfRange(Share::Percent),
            RuleProblem::NegativeReset,
            RuleProblem::NegativeIncrement,
        ];
        for problem in problems {
            assert_eq!(english.rule_problem(&problem), problem.to_string());
            assert_ne!(german.rule_problem(&problem), problem.to_string(), "{problem:?} in German");
        }
        let bad = ProgramError::BadRule { exercise: "Squat".into(), problem: RuleProblem::NoSetOrRep };
        assert_eq!(english.program_error(&bad), bad.to_string());
        assert_eq!(german.program_error(&bad), "Kniebeuge: braucht mindestens einen Satz mit mindestens einer Wdh.");
        let twice = ProgramError::ExerciseTwice { day: "Heavy".into(), exercise: "Bench Press".into() };
        assert_eq!(english.program_error(&twice), twice.to_string());
        assert_eq!(german.program_error(&twice), "Tag „Heavy“ hat die Übung „Bankdrücken“ zweimal");
        for error in [
            ProgramError::NoDays,
            ProgramError::EmptyDay("Day 3".into()),
            ProgramError::TrackTwice { day: "A".into(), track: "Squat T1".into() },
            ProgramError::TrackRulesDiffer("Squat".into()),
        ] {
            assert_eq!(english.program_error(&error), error.to_string());
        }
    }

    #[test]
    fn a_built_in_programs_days_are_translated_and_an_own_programs_are_not() {
        let german = I18n::new(Language::German, None);
        let stronglifts = builtin::stronglifts(WeightUnit::Kg);
        assert_eq!(german.program_day(&stronglifts, "Workout A"), "Training A");
        let mine = stronglifts.copy_as("mine", "Mine");
        assert_eq!(german.program_day(&mine, "Workout A"), "Workout A");
    }
}

//! The built-in programs, in kg or lb (increments of 2.5/5 kg or 5/10 lb): StrongLifts 5×5,
//! Starting Strength, GZCLP, 5/3/1 with Boring But Big, a push/pull/legs double-progression
//! plan and a 3-day full-body RPE plan. Where each rule comes from is in docs/programs.md; a
//! lifter copies one ([`super::Program::copy_as`]) to change it.

use super::amrap::AmrapRule;
use super::double::DoubleProgressionRule;
use super::linear::LinearRule;
use super::rpe::{RpeRule, RpeSets};
use super::stages::{Reset, Stage, StageRule};
use super::wave::{PercentSet, Supplemental, WaveRule, WaveWeek};
use super::{Program, ProgramDay, ProgramExercise, Rounding, Rule};
use crate::domain::units::WeightUnit;

/// Whether `program` is one of the built-in programs (or a built-in program's slug reused):
/// its day names are translated, the lifter's own keep theirs as typed.
pub fn is_builtin(program: &Program) -> bool {
    all(WeightUnit::Kg).iter().any(|b| b.slug == program.slug)
}

/// Every built-in program.
pub fn all(unit: WeightUnit) -> Vec<Program> {
    vec![
        stronglifts(unit),
        starting_strength(unit),
        gzclp(unit),
        five_three_one_bbb(unit),
        push_pull_legs(unit),
        full_body_rpe(unit),
    ]
}

/// The usual small and large jumps: 2.5 / 5 kg, 5 / 10 lb.
fn small(unit: WeightUnit) -> f64 {
    match unit {
        WeightUnit::Kg => 2.5,
        WeightUnit::Lb => 5.0,
    }
}

fn large(unit: WeightUnit) -> f64 {
    2.0 * small(unit)
}

fn day(name: &str, exercises: Vec<ProgramExercise>) -> ProgramDay {
    ProgramDay { name: name.to_string(), exercises }
}

/// A barbell exercise on its own track, on the standard bar and plates.
fn barbell(unit: WeightUnit, exercise: &str, rule: Rule, increment: f64) -> ProgramExercise {
    ProgramExercise {
        exercise: exercise.to_string(),
        track: exercise.to_string(),
        label: String::new(),
        rule,
        increment,
        rounding: Rounding::barbell(unit),
    }
}

/// A dumbbell, cable or machine exercise: weights in steps of `step`, up by one step.
fn stepped(exercise: &str, rule: Rule, step: f64) -> ProgramExercise {
    ProgramExercise {
        exercise: exercise.to_string(),
        track: exercise.to_string(),
        label: String::new(),
        rule,
        increment: step,
        rounding: Rounding::step(step),
    }
}

fn linear(sets: u32, reps: u32) -> Rule {
    Rule::Linear(LinearRule { sets, reps, last_set_amrap: false, failures_before_deload: 3, deload_percent: 10.0 })
}

/// StrongLifts 5×5 (Mehdi Hadim): A and B alternating, +2.5 kg a session (deadlift +5 kg),
/// three failed sessions in a row deload 10 %.
pub fn stronglifts(unit: WeightUnit) -> Program {
    let (s, l) = (small(unit), large(unit));
    let lift = |name, sets, increment| barbell(unit, name, linear(sets, 5), increment);
    Program {
        slug: "stronglifts-5x5".into(),
        name: "StrongLifts 5×5".into(),
        unit,
        days: vec![
            day("Workout A", vec![lift("Squat", 5, s), lift("Bench Press", 5, s), lift("Barbell Row", 5, s)]),
            day("Workout B", vec![lift("Squat", 5, s), lift("Overhead Press", 5, s), lift("Deadlift", 1, l)]),
        ],
        source: "Mehdi Hadim, StrongLifts 5×5 (stronglifts.com)".into(),
    }
}

/// Starting Strength's novice progression (Mark Rippetoe): 3×5 squat every session, press
/// and bench alternating, deadlift 1×5 and power clean 5×3 alternating.
pub fn starting_strength(unit: WeightUnit) -> Program {
    let (s, l) = (small(unit), large(unit));
    let lift = |name, sets, reps, increment| barbell(unit, name, linear(sets, reps), increment);
    Program {
        slug: "starting-strength".into(),
        name: "Starting Strength".into(),
        unit,
        days: vec![
            day("Workout A", vec![lift("Squat", 3, 5, s), lift("Overhead Press", 3, 5, s), lift("Deadlift", 1, 5, l)]),
            day("Workout B", vec![lift("Squat", 3, 5, s), lift("Bench Press", 3, 5, s), lift("Power Clean", 5, 3, s)]),
        ],
        source: "Mark Rippetoe, Starting Strength: Basic Barbell Training, 3rd ed. (2011), the novice program".into(),
    }
}

/// GZCLP's T1: 5×3+ → 6×2+ → 10×1+, then 5×3+ again at 85 %.
pub fn gzclp_t1(_unit: WeightUnit) -> Rule {
    let stage = |sets, reps| Stage { sets, reps, last_set_amrap: true };
    Rule::Stages(StageRule {
        stages: vec![stage(5, 3), stage(6, 2), stage(10, 1)],
        reset: Reset::PercentOfFailed { percent: 85.0 },
    })
}

/// GZCLP's T2: 3×10 → 3×8 → 3×6, then 3×10 at the last 3×10 plus 7.5 kg / 15 lb.
pub fn gzclp_t2(unit: WeightUnit) -> Rule {
    let stage = |sets, reps| Stage { sets, reps, last_set_amrap: false };
    let amount = 3.0 * small(unit);
    Rule::Stages(StageRule {
        stages: vec![stage(3, 10), stage(3, 8), stage(3, 6)],
        reset: Reset::FirstStagePlus { amount },
    })
}

/// GZCLP (Cody Lefever): four days of a T1, a T2 and a T3 lift.
pub fn gzclp(unit: WeightUnit) -> Program {
    let (s, l) = (small(unit), large(unit));
    let tier = |name: &str, tier: &str, rule: Rule, increment| ProgramExercise {
        track: format!("{name} {tier}"),
        label: tier.to_string(),
        ..barbell(unit, name, rule, increment)
    };
    let t1 = |name, increment| tier(name, "T1", gzclp_t1(unit), increment);
    let t2 = |name, increment| tier(name, "T2", gzclp_t2(unit), increment);
    let t3 = |name: &str| ProgramExercise {
        track: format!("{name} T3"),
        label: "T3".into(),
        ..stepped(name, Rule::Amrap(AmrapRule { sets: 3, reps: 15, raise_at: 25 }), s)
    };
    Program {
        slug: "gzclp".into(),
        name: "GZCLP".into(),
        unit,
        days: vec![
            day("Day 1", vec![t1("Squat", l), t2("Bench Press", s), t3("Lat Pulldown")]),
            day("Day 2", vec![t1("Overhead Press", s), t2("Deadlift", l), t3("Dumbbell Row")]),
            day("Day 3", vec![t1("Bench Press", s), t2("Squat", l), t3("Lat Pulldown")]),
            day("Day 4", vec![t1("Deadlift", l), t2("Overhead Press", s), t3("Dumbbell Row")]),
        ],
        source: "Cody Lefever (GZCL), GZCLP as posted on Reddit and in \"The GZCL Method, Simplified\"".into(),
    }
}

/// 5/3/1's four weeks (5s, 3s, 5/3/1, deload), with Boring But Big (5×10 at 50 % of the
/// TM) outside the deload if `bbb`.
pub fn five_three_one_wave(bbb: bool) -> Rule {
    let set = |percent, reps, amrap| PercentSet { percent, reps, amrap };
    let week =
        |name: &str, sets: Vec<PercentSet>, with_supplemental| WaveWeek { name: name.into(), sets, with_supplemental };
    Rule::Wave(WaveRule {
        weeks: vec![
            week("Week 1", vec![set(65.0, 5, false), set(75.0, 5, false), set(85.0, 5, true)], true),
            week("Week 2", vec![set(70.0, 3, false), set(80.0, 3, false), set(90.0, 3, true)], true),
            week("Week 3", vec![set(75.0, 5, false), set(85.0, 3, false), set(95.0, 1, true)], true),
            week("Deload", vec![set(40.0, 5, false), set(50.0, 5, false), set(60.0, 5, false)], false),
        ],
        supplemental: bbb.then(|| Supplemental { label: "BBB".into(), sets: 5, reps: 10, percent: 50.0 }),
        reset_percent: 10.0,
    })
}

/// 5/3/1 Boring But Big (Jim Wendler): one main lift a day, TM +5 lb upper / +10 lb lower a
/// cycle (2.5 / 5 kg).
pub fn five_three_one_bbb(unit: WeightUnit) -> Program {
    let (s, l) = (small(unit), large(unit));
    let main = |name, increment| barbell(unit, name, five_three_one_wave(true), increment);
    Program {
        slug: "531-bbb".into(),
        name: "5/3/1 Boring But Big".into(),
        unit,
        days: vec![
            day("Press day", vec![main("Overhead Press", s)]),
            day("Deadlift day", vec![main("Deadlift", l)]),
            day("Bench day", vec![main("Bench Press", s)]),
            day("Squat day", vec![main("Squat", l)]),
        ],
        source: "Jim Wendler, 5/3/1 (2nd ed., 2011) and Boring But Big".into(),
    }
}

fn range(sets: u32, min_reps: u32, max_reps: u32) -> Rule {
    Rule::DoubleProgression(DoubleProgressionRule { sets, min_reps, max_reps })
}

/// Push, pull, legs, every exercise on double progression.
pub fn push_pull_legs(unit: WeightUnit) -> Program {
    let (s, l) = (small(unit), large(unit));
    let bar = |name, rule, increment| barbell(unit, name, rule, increment);
    let dumbbell = match unit {
        WeightUnit::Kg => 2.0,
        WeightUnit::Lb => 5.0,
    };
    Program {
        slug: "ppl-double-progression".into(),
        name: "Push/Pull/Legs (double progression)".into(),
        unit,
        days: vec![
            day(
                "Push",
                vec![
                    bar("Bench Press", range(3, 6, 10), s),
                    bar("Overhead Press", range(3, 8, 12), s),
                    stepped("Lateral Raise", range(3, 12, 20), dumbbell),
                    stepped("Triceps Pushdown", range(3, 10, 15), s),
                ],
            ),
            day(
                "Pull",
                vec![
                    bar("Barbell Row", range(3, 6, 10), s),
                    stepped("Lat Pulldown", range(3, 8, 12), s),
                    stepped("Face Pull", range(3, 12, 20), s),
                    stepped("Dumbbell Curl", range(3, 8, 12), dumbbell),
                ],
            ),
            day(
                "Legs",
                vec![
                    bar("Squat", range(3, 6, 10), l),
                    bar("Romanian Deadlift", range(3, 8, 12), l),
                    stepped("Leg Press", range(3, 10, 15), l),
                    stepped("Standing Calf Raise", range(3, 10, 15), l),
                ],
            ),
        ],
        source: "Double progression (a rep range, weight up when every set reaches the top), as in the accessory \
                 rule of Metallicadpa's Reddit PPL (3×8–12)"
            .into(),
    }
}

fn rpe(groups: &[(u32, u32, f64)]) -> Rule {
    Rule::Rpe(RpeRule { sets: groups.iter().map(|&(sets, reps, rpe)| RpeSets { sets, reps, rpe }).collect() })
}

/// Three full-body days of RPE targets: a top set at RPE 8 and back-off sets at RPE 7.
pub fn full_body_rpe(unit: WeightUnit) -> Program {
    let lift = |name, rule| barbell(unit, name, rule, 0.0);
    Program {
        slug: "full-body-rpe".into(),
        name: "Full body, 3 days (RPE)".into(),
        unit,
        days: vec![
            day(
                "Day 1",
                vec![
                    lift("Squat", rpe(&[(1, 5, 8.0), (2, 5, 7.0)])),
                    lift("Bench Press", rpe(&[(1, 5, 8.0), (2, 5, 7.0)])),
                    lift("Barbell Row", rpe(&[(3, 8, 8.0)])),
                ],
            ),
            day(
                "Day 2",
                vec![
                    lift("Deadlift", rpe(&[(1, 4, 8.0), (2, 4, 7.0)])),
                    lift("Overhead Press", rpe(&[(3, 6, 8.0)])),
                    lift("Romanian Deadlift", rpe(&[(3, 8, 7.0)])),
                ],
            ),
            day(
                "Day 3",
                vec![
                    lift("Squat", rpe(&[(3, 3, 8.0)])),
                    lift("Bench Press", rpe(&[(3, 8, 8.0)])),
                    lift("Barbell Row", rpe(&[(3, 10, 8.0)])),
                ],
            ),
        ],
        source: "GymLog's own plan; the RPE → %1RM chart is Mike Tuchscherer's (Reactive Training Systems)".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_program_is_valid_with_library_exercises_in_both_units() {
        let library = crate::domain::exercise::builtin_library();
        for unit in [WeightUnit::Kg, WeightUnit::Lb] {
            for program in all(unit) {
                assert_eq!(program.validate(), Ok(()), "{}", program.name);
                for e in program.days.iter().flat_map(|d| &d.exercises) {
                    assert!(library.iter().any(|l| l.name == e.exercise), "{}: {}", program.name, e.exercise);
                }
            }
        }
        // With no starting loads: the empty bar, or a weight the lifter picks (TM, e1RM unknown).
        for program in all(WeightUnit::Kg) {
            let state = crate::domain::program::ProgramState::start(&program, &Default::default());
            for day in 0..program.days.len() {
                for e in crate::domain::program::prescribe_day(&program, &state, day).exercises {
                    let unknown = e.sets.iter().all(|s| s.weight.is_none());
                    let starts_unknown = program.name.contains("5/3/1") || program.name.contains("RPE");
                    assert_eq!(unknown, starts_unknown, "{}: {}", program.name, e.exercise);
                    assert!(!e.sets.is_empty());
                }
            }
        }
        let slugs: std::collections::BTreeSet<_> = all(WeightUnit::Kg).into_iter().map(|p| p.slug).collect();
        assert_eq!(slugs.len(), 6);
    }
}

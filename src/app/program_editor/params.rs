//! The numbers of a rule as the editor shows them: every parameter of every rule family as a
//! flat list of named slots (sets, reps, a rep range, deload %, stages, percentages, RPE
//! targets), each read and written in one place, typed text parsed by `domain::units::typed`.
//! The kinds of rule, with the default a lifter starts from when switching to one.

use crate::domain::program::amrap::AmrapRule;
use crate::domain::program::double::DoubleProgressionRule;
use crate::domain::program::linear::LinearRule;
use crate::domain::program::rpe::{PercentRule, PercentSets, RpeRule, RpeSets};
use crate::domain::program::stages::{Reset, Stage};
use crate::domain::program::{Rule, builtin};
use crate::domain::units::{WeightUnit, typed};
use crate::i18n::{I18n, name_id};

/// The rule families, for the editor's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    Linear,
    DoubleProgression,
    Wave,
    Stages,
    Amrap,
    Rpe,
    PercentOfMax,
}

impl RuleKind {
    pub const ALL: [RuleKind; 7] = [
        RuleKind::Linear,
        RuleKind::DoubleProgression,
        RuleKind::Stages,
        RuleKind::Amrap,
        RuleKind::Wave,
        RuleKind::Rpe,
        RuleKind::PercentOfMax,
    ];

    pub fn of(rule: &Rule) -> RuleKind {
        match rule {
            Rule::Linear(_) => RuleKind::Linear,
            Rule::DoubleProgression(_) => RuleKind::DoubleProgression,
            Rule::Wave(_) => RuleKind::Wave,
            Rule::Stages(_) => RuleKind::Stages,
            Rule::Amrap(_) => RuleKind::Amrap,
            Rule::Rpe(_) => RuleKind::Rpe,
            Rule::PercentOfMax(_) => RuleKind::PercentOfMax,
        }
    }

    /// The catalogue id of the kind's name (`programs-rule-linear`: "Linear (sets × reps)").
    pub fn label_id(self) -> &'static str {
        match self {
            RuleKind::Linear => "programs-rule-linear",
            RuleKind::DoubleProgression => "programs-rule-double-progression",
            RuleKind::Wave => "programs-rule-wave",
            RuleKind::Stages => "programs-rule-stages",
            RuleKind::Amrap => "programs-rule-amrap",
            RuleKind::Rpe => "programs-rule-rpe",
            RuleKind::PercentOfMax => "programs-rule-percent-of-max",
        }
    }

    /// Where a lifter switching to this kind starts.
    pub fn default_rule(self, unit: WeightUnit) -> Rule {
        match self {
            RuleKind::Linear => Rule::Linear(LinearRule {
                sets: 3,
                reps: 5,
                last_set_amrap: false,
                failures_before_deload: 3,
                deload_percent: 10.0,
            }),
            RuleKind::DoubleProgression => {
                Rule::DoubleProgression(DoubleProgressionRule { sets: 3, min_reps: 8, max_reps: 12 })
            }
            RuleKind::Wave => builtin::five_three_one_wave(false),
            RuleKind::Stages => builtin::gzclp_t1(unit),
            RuleKind::Amrap => Rule::Amrap(AmrapRule { sets: 3, reps: 15, raise_at: 25 }),
            RuleKind::Rpe => Rule::Rpe(RpeRule { sets: vec![RpeSets { sets: 3, reps: 5, rpe: 8.0 }] }),
            RuleKind::PercentOfMax => {
                Rule::PercentOfMax(PercentRule { sets: vec![PercentSets { sets: 3, reps: 5, percent: 80.0 }] })
            }
        }
    }

    /// Whether the rule is a list the lifter can grow and shrink (stages, groups of sets).
    pub fn has_groups(self) -> bool {
        matches!(self, RuleKind::Stages | RuleKind::Rpe | RuleKind::PercentOfMax)
    }
}

/// A place in a rule that holds one number or switch.
enum Slot<'a> {
    /// Sets, reps, failures: a whole number.
    Whole(&'a mut u32),
    /// A share in per cent.
    Percent(&'a mut f64),
    Rpe(&'a mut f64),
    /// An amount in the program's unit.
    Amount(&'a mut f64),
    Flag(&'a mut bool),
}

/// A parameter of a rule as shown: its name, and its value as text (or a switch).
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub value: ParamValue,
    /// The line it is shown on: one per stage, week or group of sets.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParamValue {
    Text(String),
    Flag(bool),
}

/// The slots of a rule, in order, each with its name (in `i18n`'s language) and the line it
/// is shown on.
fn slots<'a>(rule: &'a mut Rule, i18n: &I18n) -> Vec<(String, Slot<'a>, usize)> {
    use Slot::*;
    let t = |id: &str| i18n.t(id).to_string();
    let named = |id: &str, slot| (t(id), slot, 0);
    // A stage's or a group's: `stage 2 reps`.
    let nth = |id: &str, n: usize| i18n.f(id, &[("number", n.into())]);
    match rule {
        Rule::Linear(r) => vec![
            named("programs-param-sets", Whole(&mut r.sets)),
            named("programs-param-reps", Whole(&mut r.reps)),
            named("programs-param-last-set-amrap", Flag(&mut r.last_set_amrap)),
            (t("programs-param-failures-before-deload"), Whole(&mut r.failures_before_deload), 1),
            (t("programs-param-deload-percent"), Percent(&mut r.deload_percent), 1),
        ],
        Rule::DoubleProgression(r) => vec![
            named("programs-param-sets", Whole(&mut r.sets)),
            named("programs-param-reps-from", Whole(&mut r.min_reps)),
            named("programs-param-reps-up-to", Whole(&mut r.max_reps)),
        ],
        Rule::Amrap(r) => vec![
            named("programs-param-sets", Whole(&mut r.sets)),
            named("programs-param-reps", Whole(&mut r.reps)),
            named("programs-param-raise-at", Whole(&mut r.raise_at)),
        ],
        Rule::Stages(r) => {
            let mut all = Vec::new();
            for (i, stage) in r.stages.iter_mut().enumerate() {
                let n = i + 1;
                all.push((nth("programs-param-stage-sets", n), Whole(&mut stage.sets), i));
                all.push((nth("programs-param-stage-reps", n), Whole(&mut stage.reps), i));
                all.push((nth("programs-param-stage-amrap", n), Flag(&mut stage.last_set_amrap), i));
            }
            let last = all.len() / 3;
            let reset = match &mut r.reset {
                Reset::PercentOfFailed { percent } => named("programs-param-restart-percent", Percent(percent)),
                Reset::FirstStagePlus { amount } => named("programs-param-restart-plus", Amount(amount)),
            };
            all.push((reset.0, reset.1, last));
            all
        }
        Rule::Wave(r) => {
            let mut all = Vec::new();
            let weeks = r.weeks.len();
            for (w, week) in r.weeks.iter_mut().enumerate() {
                // 5/3/1's `Week 1` … `Deload`, in this language when the catalogue has it.
                let id = name_id("programs-wave-", &week.name);
                let name = if i18n.has(&id) { t(&id) } else { week.name.clone() };
                for (j, set) in week.sets.iter_mut().enumerate() {
                    let of = |id: &str| i18n.f(id, &[("week", name.as_str().into()), ("number", (j + 1).into())]);
                    all.push((of("programs-param-week-set-percent"), Percent(&mut set.percent), w));
                    all.push((of("programs-param-week-set-reps"), Whole(&mut set.reps), w));
                    all.push((of("programs-param-week-set-amrap"), Flag(&mut set.amrap), w));
                }
            }
            if let Some(extra) = &mut r.supplemental {
                let of = |id: &str| i18n.f(id, &[("label", extra.label.as_str().into())]);
                let (sets, reps, percent) = (
                    of("programs-param-extra-sets"),
                    of("programs-param-extra-reps"),
                    of("programs-param-extra-percent"),
                );
                all.push((sets, Whole(&mut extra.sets), weeks));
                all.push((reps, Whole(&mut extra.reps), weeks));
                all.push((percent, Percent(&mut extra.percent), weeks));
            }
            let reset = named("programs-param-training-max-down", Percent(&mut r.reset_percent));
            all.push((reset.0, reset.1, weeks + 1));
            all
        }
        Rule::Rpe(r) => {
            let groups =
                r.sets.iter_mut().map(|g| (&mut g.sets, &mut g.reps, ("programs-param-group-rpe", Rpe(&mut g.rpe))));
            group_slots(groups, nth)
        }
        Rule::PercentOfMax(r) => {
            let groups = r
                .sets
                .iter_mut()
                .map(|g| (&mut g.sets, &mut g.reps, ("programs-param-group-percent", Percent(&mut g.percent))));
            group_slots(groups, nth)
        }
    }
}

/// The slots of groups of sets, a line each: sets, reps and what sets the load (an RPE, a
/// share of the max), named by the group's number.
fn group_slots<'a>(
    groups: impl Iterator<Item = (&'a mut u32, &'a mut u32, (&'static str, Slot<'a>))>,
    nth: impl Fn(&str, usize) -> String,
) -> Vec<(String, Slot<'a>, usize)> {
    let mut all = Vec::new();
    for (i, (sets, reps, (load_id, load))) in groups.enumerate() {
        let n = i + 1;
        all.push((nth("programs-param-group-sets", n), Slot::Whole(sets), i));
        all.push((nth("programs-param-group-reps", n), Slot::Whole(reps), i));
        all.push((nth(load_id, n), load, i));
    }
    all
}

/// The rule's parameters, in order (the index is the one [`set_text`] and [`set_flag`] take),
/// named in `i18n`'s language; numbers as that language writes them.
pub fn params(rule: &Rule, i18n: &I18n) -> Vec<Param> {
    let mut rule = rule.clone();
    slots(&mut rule, i18n)
        .into_iter()
        .map(|(name, slot, line)| {
            let value = match slot {
                Slot::Whole(v) => ParamValue::Text(v.to_string()),
                Slot::Percent(v) | Slot::Rpe(v) | Slot::Amount(v) => ParamValue::Text(i18n.amount(*v)),
                Slot::Flag(v) => ParamValue::Flag(*v),
            };
            Param { name, value, line }
        })
        .collect()
}

/// Writes typed `text` into parameter `index`, or says why it is refused in `i18n`'s language
/// (`what` names the field in the message). A switch takes no text.
pub fn set_text(rule: &mut Rule, index: usize, what: &str, text: &str, i18n: &I18n) -> Result<(), String> {
    let mut slots = slots(rule, i18n);
    let Some((_, slot, _)) = slots.get_mut(index) else {
        return Err(i18n.f("programs-editor-field-gone", &[("what", what.into())]));
    };
    let refused = |e: typed::Refused| i18n.refused(&e);
    match slot {
        Slot::Whole(v) => **v = typed::reps(what, text).map_err(refused)?,
        Slot::Percent(v) => **v = typed::percent(what, text).map_err(refused)?,
        Slot::Rpe(v) => **v = typed::rpe_typed(what, text).map_err(refused)?,
        Slot::Amount(v) => **v = typed::weight(what, text).map_err(refused)?,
        Slot::Flag(_) => return Err(i18n.f("programs-editor-field-switch", &[("what", what.into())])),
    }
    Ok(())
}

/// Turns switch `index` on or off (nothing for a number).
pub fn set_flag(rule: &mut Rule, index: usize, on: bool, i18n: &I18n) {
    if let Some((_, Slot::Flag(v), _)) = slots(rule, i18n).get_mut(index) {
        **v = on;
    }
}

/// One more stage or group of sets, like the last one.
pub fn add_group(rule: &mut Rule) {
    match rule {
        Rule::Stages(r) => {
            let last = r.stages.last().cloned().unwrap_or(Stage { sets: 3, reps: 5, last_set_amrap: false });
            r.stages.push(last);
        }
        Rule::Rpe(r) => {
            let last = r.sets.last().copied().unwrap_or(RpeSets { sets: 1, reps: 5, rpe: 8.0 });
            r.sets.push(last);
        }
        Rule::PercentOfMax(r) => {
            let last = r.sets.last().copied().unwrap_or(PercentSets { sets: 1, reps: 5, percent: 80.0 });
            r.sets.push(last);
        }
        _ => {}
    }
}

/// The last stage or group of sets off, keeping at least one.
pub fn remove_group(rule: &mut Rule) {
    let keep_one = |len: usize| len > 1;
    match rule {
        Rule::Stages(r) if keep_one(r.stages.len()) => drop(r.stages.pop()),
        Rule::Rpe(r) if keep_one(r.sets.len()) => drop(r.sets.pop()),
        Rule::PercentOfMax(r) if keep_one(r.sets.len()) => drop(r.sets.pop()),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_valid_default_with_parameters_to_edit() {
        let english = I18n::english();
        for kind in RuleKind::ALL {
            let rule = kind.default_rule(WeightUnit::Kg);
            assert_eq!(RuleKind::of(&rule), kind);
            assert_eq!(rule.check(), Ok(()), "{kind:?}");
            assert!(!params(&rule, &english).is_empty(), "{kind:?}");
        }
    }

    #[test]
    fn typed_parameters_are_parsed_and_bounded() {
        let english = I18n::english();
        let mut rule = RuleKind::Linear.default_rule(WeightUnit::Kg);
        let names: Vec<String> = params(&rule, &english).into_iter().map(|p| p.name).collect();
        assert_eq!(names[0], "sets");
        set_text(&mut rule, 4, "Squat deload %", "12,5", &english).unwrap();
        set_text(&mut rule, 0, "Squat sets", "5", &english).unwrap();
        let Rule::Linear(linear) = &rule else { panic!() };
        assert_eq!((linear.sets, linear.deload_percent), (5, 12.5));
        let refused = set_text(&mut rule, 4, "Squat deload %", "150", &english).unwrap_err();
        assert_eq!(refused, "Squat deload % 150 is out of range (0–100)");
        assert_eq!(
            set_text(&mut rule, 1, "Squat reps", "five", &english).unwrap_err(),
            "Squat reps `five` is not a whole number"
        );
        set_flag(&mut rule, 2, true, &english);
        assert_eq!(params(&rule, &english)[2].value, ParamValue::Flag(true));
        let mut rpe = RuleKind::Rpe.default_rule(WeightUnit::Kg);
        assert!(set_text(&mut rpe, 2, "RPE", "11", &english).is_err());
        add_group(&mut rpe);
        assert_eq!(params(&rpe, &english).len(), 6);
        remove_group(&mut rpe);
        remove_group(&mut rpe);
        assert_eq!(params(&rpe, &english).len(), 3, "one group stays");
    }
}

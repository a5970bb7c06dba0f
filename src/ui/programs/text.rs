//! The Programs screen's words, each built here once in the window's language: planned and
//! lifted sets in short, where a proposed starting load comes from, what a session changed,
//! the built-in programs' day names, dates. The screen's caches (`lines.rs`) call these when
//! the history, the unit, the language or a choice changes, never per frame.

use crate::domain::program::history::{StartFrom, StartProposal};
use crate::domain::program::outcome::Outcome;
use crate::domain::program::rule::StartsFrom;
use crate::domain::program::{LiftedSet, PlannedSet};
use crate::domain::units::Weight;
use crate::i18n::{Arg, I18n};

/// `102.5 kg` / `102,5 kg`, in the unit the weight is in.
pub fn shown(i18n: &I18n, weight: &Weight) -> String {
    format!("{} {}", i18n.amount(weight.as_entered()), weight.entered_unit)
}

/// ` @8`, ` @7,5`: a set's RPE, if it has one.
fn rpe(i18n: &I18n, rpe: Option<f64>) -> String {
    rpe.map_or(String::new(), |r| format!(" @{}", i18n.amount(r)))
}

/// `100 kg × 5+ @8`, one planned set.
pub fn planned_set(i18n: &I18n, set: &PlannedSet) -> String {
    let weight = set.weight.as_ref().map_or("? ×".to_string(), |w| format!("{} ×", shown(i18n, w)));
    let reps = match (set.reps_up_to, set.amrap) {
        (Some(top), _) => format!("{}–{top}", set.reps),
        (None, true) => format!("{}+", set.reps),
        (None, false) => set.reps.to_string(),
    };
    format!("{weight} {reps}{}", rpe(i18n, set.rpe))
}

/// `100 kg × 5 @8`, one lifted set.
pub fn lifted_set(i18n: &I18n, set: &LiftedSet) -> String {
    format!("{} × {}{}", shown(i18n, &set.weight), set.reps, rpe(i18n, set.rpe))
}

/// Sets in short: runs of the same set as `5 sets of 100 kg × 5`, the rest one by one.
pub fn grouped(i18n: &I18n, sets: impl IntoIterator<Item = String>) -> String {
    let mut runs: Vec<(String, usize)> = Vec::new();
    for set in sets {
        match runs.last_mut() {
            Some((last, n)) if *last == set => *n += 1,
            _ => runs.push((set, 1)),
        }
    }
    if runs.is_empty() {
        return "—".to_string();
    }
    let runs = runs.into_iter().map(|(set, n)| {
        if n == 1 { set } else { i18n.f("programs-sets-of", &[("count", n.into()), ("set", set.into())]) }
    });
    runs.collect::<Vec<_>>().join(", ")
}

pub fn planned(i18n: &I18n, sets: &[PlannedSet]) -> String {
    grouped(i18n, sets.iter().map(|s| planned_set(i18n, s)))
}

/// The sets a rule judges (done, normal or failure), in short.
pub fn lifted(i18n: &I18n, sets: &[LiftedSet]) -> String {
    grouped(i18n, sets.iter().filter(|s| s.counts()).map(|s| lifted_set(i18n, s)))
}

/// `Squat: 5 sets of 100 kg × 5`, an exercise of a day and its sets.
pub fn exercise_line(i18n: &I18n, exercise: &str, sets: String) -> String {
    i18n.f("programs-exercise-line", &[("exercise", i18n.name(exercise).into()), ("sets", sets.into())])
}

/// What a starting load is for the rule: `working weight`, `training max`, `e1RM`.
pub fn load_kind(i18n: &I18n, kind: StartsFrom) -> &str {
    match kind {
        StartsFrom::WorkingWeight { .. } => i18n.t("programs-kind-working-weight"),
        StartsFrom::TrainingMax => i18n.t("programs-kind-training-max"),
        StartsFrom::OneRepMax => "e1RM",
    }
}

/// Where a proposed starting load comes from: `from 100 kg × 5 on 20 Nov 2026 · e1RM 116.7 kg
/// · 90 % of the best e1RM of the last 8 weeks`; or that there was nothing to go on.
pub fn proposal_source(i18n: &I18n, proposal: Option<&StartProposal>, from: &StartFrom) -> String {
    let weeks = || ("weeks", from.weeks.into());
    let Some(p) = proposal else {
        return i18n.f("programs-source-none", &[weeks()]);
    };
    let set = &p.from;
    let e1rm = format!("{} {}", i18n.amount((p.e1rm.as_entered() * 10.0).round() / 10.0), p.e1rm.entered_unit);
    let share = i18n.amount(from.share * 100.0);
    let how = match p.proposed {
        StartsFrom::WorkingWeight { reps } => {
            i18n.f("programs-source-working-weight", &[("share", share.into()), ("reps", reps.into()), weeks()])
        }
        StartsFrom::TrainingMax => i18n.f("programs-source-training-max", &[("share", share.into()), weeks()]),
        StartsFrom::OneRepMax => i18n.f("programs-source-one-rep-max", &[weeks()]),
    };
    let lifted = format!("{} × {}{}", shown(i18n, &set.weight), set.reps, rpe(i18n, set.rpe));
    i18n.f(
        "programs-source",
        &[
            ("set", lifted.into()),
            ("date", i18n.day_month_year(set.date).into()),
            ("e1rm", e1rm.into()),
            ("how", how.into()),
        ],
    )
}

/// What a session changed, in a line: `Squat +2.5 kg next time (102.5 kg)`.
pub fn outcome(i18n: &I18n, outcome: &Outcome) -> String {
    let w = |weight: &Weight| shown(i18n, weight);
    let exercise = i18n.name(outcome.exercise());
    let (id, mut args): (&str, Vec<Arg<'_>>) = match outcome {
        Outcome::WeightUp { by, to, .. } => {
            ("programs-outcome-weight-up", vec![("by", w(by).into()), ("to", w(to).into())])
        }
        Outcome::SameWeight { weight, failures, deload_after, .. } if *deload_after > 0 && *failures > 0 => (
            "programs-outcome-same-weight-missed",
            vec![("weight", w(weight).into()), ("failures", (*failures).into()), ("deload", (*deload_after).into())],
        ),
        Outcome::SameWeight { weight, .. } => ("programs-outcome-same-weight", vec![("weight", w(weight).into())]),
        Outcome::Deload { to, .. } => ("programs-outcome-deload", vec![("to", w(to).into())]),
        Outcome::NextStage { stage, scheme, weight, .. } => (
            "programs-outcome-next-stage",
            vec![("stage", (*stage).into()), ("scheme", scheme.as_str().into()), ("weight", w(weight).into())],
        ),
        Outcome::Reset { scheme, weight, .. } => {
            ("programs-outcome-reset", vec![("scheme", scheme.as_str().into()), ("weight", w(weight).into())])
        }
        Outcome::NextWeek { week, weeks, .. } => {
            ("programs-outcome-next-week", vec![("week", (*week).into()), ("weeks", (*weeks).into())])
        }
        Outcome::TrainingMaxUp { by, to, .. } => {
            ("programs-outcome-training-max-up", vec![("by", w(by).into()), ("to", w(to).into())])
        }
        Outcome::TrainingMaxDown { to, .. } => ("programs-outcome-training-max-down", vec![("to", w(to).into())]),
        Outcome::TrainingMaxSet { to, .. } => ("programs-outcome-training-max-set", vec![("to", w(to).into())]),
        Outcome::E1rm { e1rm, .. } => ("programs-outcome-e1rm", vec![("e1rm", w(e1rm).into())]),
        Outcome::NotDone { .. } => ("programs-outcome-not-done", vec![]),
        Outcome::CountedAsLifted { planned, lifted, .. } => {
            ("programs-outcome-counted-as-lifted", vec![("lifted", w(lifted).into()), ("planned", w(planned).into())])
        }
    };
    args.push(("exercise", exercise.into()));
    i18n.f(id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::history::PastSet;
    use crate::domain::set_type::SetType;
    use crate::domain::units::Weight;
    use chrono::NaiveDate;

    #[test]
    fn sets_in_short_and_where_a_load_comes_from() {
        let five = PlannedSet {
            weight: Some(Weight::kg(100.0)),
            reps: 5,
            reps_up_to: None,
            amrap: false,
            rpe: None,
            label: String::new(),
        };
        let top = PlannedSet { amrap: true, ..five.clone() };
        let english = I18n::english();
        assert_eq!(planned(&english, &[five.clone(), five.clone(), top]), "2 sets of 100 kg × 5, 100 kg × 5+");
        assert_eq!(lifted(&english, &[]), "—");
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let proposal = StartProposal {
            track: "Squat".into(),
            exercise: "Squat".into(),
            proposed: StartsFrom::TrainingMax,
            load: Weight::kg(105.0),
            e1rm: Weight::kg(116.666),
            from: PastSet {
                date: day,
                exercise: "Squat".into(),
                weight: Weight::kg(100.0),
                reps: 5,
                set_type: SetType::Normal,
                rpe: None,
            },
            sets_considered: 5,
        };
        let from = StartFrom::recent(day);
        assert_eq!(
            proposal_source(&english, Some(&proposal), &from),
            "from 100 kg × 5 on 20 Nov 2026 · e1RM 116.7 kg · 90 % of the best e1RM of the last 8 weeks"
        );
        assert_eq!(proposal_source(&english, None, &from), "no sets in the last 8 weeks — program default");
        let german = I18n::new(crate::i18n::Language::German, None);
        assert_eq!(planned(&german, &[PlannedSet { weight: Some(Weight::kg(62.5)), ..five }]), "62,5 kg × 5");
        let dates: Vec<String> =
            [crate::i18n::Language::English, crate::i18n::Language::German, crate::i18n::Language::ChineseSimplified]
                .into_iter()
                .map(|l| I18n::new(l, None).weekday_day_month_year(day))
                .collect();
        assert_eq!(dates, ["Fri 20 Nov 2026", "Fr 20. Nov 2026", "2026年11月20日 星期五"]);
    }
}

//! The Programs screen's words, each built here once: planned and lifted sets in short, where
//! a proposed starting load comes from, dates. The screen's caches (`lines.rs`) call these
//! when the history, the unit or a choice changes, never per frame.

use chrono::NaiveDate;

use crate::domain::program::history::{StartFrom, StartProposal};
use crate::domain::program::outcome::shown;
use crate::domain::program::rule::StartsFrom;
use crate::domain::program::{LiftedSet, PlannedSet};
use crate::domain::units::format_amount;

/// `100 kg × 5+ @8`, one planned set.
pub fn planned_set(set: &PlannedSet) -> String {
    let weight = set.weight.as_ref().map_or("? ×".to_string(), |w| format!("{} ×", shown(w)));
    let reps = match (set.reps_up_to, set.amrap) {
        (Some(top), _) => format!("{}–{top}", set.reps),
        (None, true) => format!("{}+", set.reps),
        (None, false) => set.reps.to_string(),
    };
    let rpe = set.rpe.map_or(String::new(), |r| format!(" @{r}"));
    format!("{weight} {reps}{rpe}")
}

/// `100 kg × 5 @8`, one lifted set.
pub fn lifted_set(set: &LiftedSet) -> String {
    let rpe = set.rpe.map_or(String::new(), |r| format!(" @{r}"));
    format!("{} × {}{rpe}", shown(&set.weight), set.reps)
}

/// Sets in short: runs of the same set as `5 sets of 100 kg × 5`, the rest one by one.
pub fn grouped(sets: impl IntoIterator<Item = String>) -> String {
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
    let runs = runs.into_iter().map(|(set, n)| if n == 1 { set } else { format!("{n} sets of {set}") });
    runs.collect::<Vec<_>>().join(", ")
}

pub fn planned(sets: &[PlannedSet]) -> String {
    grouped(sets.iter().map(planned_set))
}

/// The sets a rule judges (done, normal or failure), in short.
pub fn lifted(sets: &[LiftedSet]) -> String {
    grouped(sets.iter().filter(|s| s.counts()).map(lifted_set))
}

/// `20 Nov 2026`.
pub fn date(day: NaiveDate) -> String {
    day.format("%-d %b %Y").to_string()
}

/// What a starting load is for the rule: `working weight`, `training max`, `e1RM`.
pub fn load_kind(kind: StartsFrom) -> &'static str {
    match kind {
        StartsFrom::WorkingWeight { .. } => "working weight",
        StartsFrom::TrainingMax => "training max",
        StartsFrom::OneRepMax => "e1RM",
    }
}

/// Where a proposed starting load comes from: `from 100 kg × 5 on 20 Nov 2026 · e1RM 116.7 kg
/// · 90 % of the best e1RM of the last 8 weeks`; or that there was nothing to go on.
pub fn proposal_source(proposal: Option<&StartProposal>, from: &StartFrom) -> String {
    let weeks = from.weeks;
    let Some(p) = proposal else {
        return format!("no sets in the last {weeks} weeks — program default");
    };
    let set = &p.from;
    let rpe = set.rpe.map_or(String::new(), |r| format!(" @{r}"));
    let e1rm = format!("{} {}", format_amount((p.e1rm.as_entered() * 10.0).round() / 10.0), p.e1rm.entered_unit);
    let share = format_amount(from.share * 100.0);
    let how = match p.proposed {
        StartsFrom::WorkingWeight { reps } => {
            format!("{share} % of the {reps}-rep max the best e1RM of the last {weeks} weeks gives")
        }
        StartsFrom::TrainingMax => format!("{share} % of the best e1RM of the last {weeks} weeks"),
        StartsFrom::OneRepMax => format!("the best e1RM of the last {weeks} weeks"),
    };
    format!("from {} × {}{rpe} on {} · e1RM {e1rm} · {how}", shown(&set.weight), set.reps, date(set.date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::history::PastSet;
    use crate::domain::set_type::SetType;
    use crate::domain::units::Weight;

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
        assert_eq!(planned(&[five.clone(), five.clone(), top]), "2 sets of 100 kg × 5, 100 kg × 5+");
        assert_eq!(lifted(&[]), "—");
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
            proposal_source(Some(&proposal), &from),
            "from 100 kg × 5 on 20 Nov 2026 · e1RM 116.7 kg · 90 % of the best e1RM of the last 8 weeks"
        );
        assert_eq!(proposal_source(None, &from), "no sets in the last 8 weeks — program default");
    }
}

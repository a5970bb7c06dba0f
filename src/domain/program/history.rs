//! Starting a program from the lifter's own history: for each track, the best e1RM of the
//! recent weeks (the RPE chart where the set has an RPE, Epley otherwise) and what it means
//! for the track's rule — a working weight for the rule's reps, a training max, or the e1RM
//! itself — returned with the set it comes from, so the window can show why.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::lift::Lift;
use super::rule::StartsFrom;
use super::state::Starting;
use super::{Program, rpe};
use crate::domain::one_rep_max::Formula;
use crate::domain::set_type::SetType;
use crate::domain::units::Weight;

/// A set from the lifter's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PastSet {
    pub date: NaiveDate,
    pub exercise: String,
    pub weight: Weight,
    pub reps: u32,
    pub set_type: SetType,
    pub rpe: Option<f64>,
}

/// A starting load for one track and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StartProposal {
    pub track: String,
    pub exercise: String,
    /// What the load is: a working weight, a training max or an e1RM.
    pub proposed: StartsFrom,
    /// The starting load, rounded to what can be loaded (an e1RM is not rounded).
    pub load: Weight,
    /// The best e1RM of the period.
    pub e1rm: Weight,
    /// The set that e1RM comes from.
    pub from: PastSet,
    /// How many sets of the exercise the period held.
    pub sets_considered: usize,
}

/// How far back to look and how much of it to start from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StartFrom {
    pub today: NaiveDate,
    pub weeks: u32,
    /// The share of the best e1RM a start takes (0.9: Wendler's training max).
    pub share: f64,
}

impl StartFrom {
    /// The last 8 weeks up to `today`, at 90 %.
    pub fn recent(today: NaiveDate) -> StartFrom {
        StartFrom { today, weeks: 8, share: 0.9 }
    }
}

/// The e1RM a past set says: through the RPE chart when it has an RPE the chart covers,
/// Epley otherwise (1–12 reps); `None` for sets that say nothing (warm-ups, 0 or 13+ reps).
pub fn e1rm_of(set: &PastSet, unit: crate::domain::units::WeightUnit) -> Option<f64> {
    if !matches!(set.set_type, SetType::Normal | SetType::Failure) {
        return None;
    }
    let weight = set.weight.in_unit(unit);
    set.rpe.and_then(|r| rpe::e1rm(weight, set.reps, r)).or_else(|| Formula::Epley.estimate(weight, set.reps))
}

/// A proposal per track whose exercise has sets in the period; tracks without any are left
/// out (they start at the rule's default: the empty bar, or a weight the lifter picks).
pub fn propose_start(program: &Program, history: &[PastSet], from: StartFrom) -> Vec<StartProposal> {
    let since = from.today.checked_sub_days(Days::new(7 * u64::from(from.weeks))).unwrap_or(NaiveDate::MIN);
    let unit = program.unit;
    let mut proposals = Vec::new();
    for (track, exercise) in program.tracks() {
        let recent: Vec<&PastSet> = history
            .iter()
            .filter(|s| s.exercise == exercise.exercise && s.date >= since && s.date <= from.today)
            .collect();
        let best = recent.iter().filter_map(|s| e1rm_of(s, unit).map(|e| (e, *s))).max_by(|a, b| a.0.total_cmp(&b.0));
        let Some((e1rm, set)) = best else { continue };
        let lift = Lift::of(program, exercise);
        let proposed = exercise.rule.starts_from();
        let load = match proposed {
            StartsFrom::WorkingWeight { reps } => {
                // The weight the e1RM says is a max for `reps` (Epley backwards), times the share.
                let max_for_reps = if reps <= 1 { e1rm } else { e1rm / (1.0 + f64::from(reps) / 30.0) };
                lift.round(max_for_reps * from.share)
            }
            StartsFrom::TrainingMax => lift.round(e1rm * from.share),
            StartsFrom::OneRepMax => (e1rm * 10.0).round() / 10.0,
        };
        proposals.push(StartProposal {
            track: track.to_string(),
            exercise: exercise.exercise.clone(),
            proposed,
            load: lift.weight(load),
            e1rm: lift.weight(e1rm),
            from: set.clone(),
            sets_considered: recent.len(),
        });
    }
    proposals
}

/// The starting loads of accepted proposals, for [`super::ProgramState::start`].
pub fn starting(program: &Program, proposals: &[StartProposal]) -> Starting {
    proposals.iter().map(|p| (p.track.clone(), p.load.in_unit(program.unit))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::builtin;
    use crate::domain::units::WeightUnit;

    fn set(day: u32, exercise: &str, kg: f64, reps: u32, rpe: Option<f64>) -> PastSet {
        PastSet {
            date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            exercise: exercise.into(),
            weight: Weight::kg(kg),
            reps,
            set_type: SetType::Normal,
            rpe,
        }
    }

    #[test]
    fn a_training_max_of_90_percent_of_the_best_recent_e1rm_with_its_set() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let history = [
            set(1, "Squat", 120.0, 5, None),  // Epley 140
            set(20, "Squat", 125.0, 3, None), // Epley 137.5
            set(20, "Squat", 150.0, 1, None), // 150: the best
            PastSet { set_type: SetType::WarmUp, ..set(20, "Squat", 170.0, 1, None) },
            PastSet { date: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(), ..set(1, "Squat", 200.0, 1, None) },
            set(21, "Bench Press", 90.0, 5, Some(8.0)), // 90 / 81.1 % = 110.97
        ];
        let program = builtin::five_three_one_bbb(WeightUnit::Kg);
        let proposals = propose_start(&program, &history, StartFrom::recent(today));
        let squat = proposals.iter().find(|p| p.track == "Squat").unwrap();
        assert_eq!(squat.proposed, StartsFrom::TrainingMax);
        assert_eq!(squat.load.kg, 135.0, "90 % of 150");
        assert_eq!((squat.from.weight.kg, squat.from.reps), (150.0, 1));
        assert_eq!(squat.sets_considered, 4, "the 200 kg single is older than 8 weeks");
        let bench = proposals.iter().find(|p| p.track == "Bench Press").unwrap();
        assert_eq!(bench.load.kg, 100.0, "90 % of 110.97 = 99.9, on the plates 100");
        assert!(!proposals.iter().any(|p| p.track == "Deadlift"), "no deadlift history, no proposal");
        assert_eq!(starting(&program, &proposals)["Squat"], 135.0);
    }

    #[test]
    fn working_weights_for_the_rules_reps() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let program = builtin::stronglifts(WeightUnit::Kg);
        // 100 × 5 is an e1RM of 116.7; its 5-rep max is 100; 90 % is 90 kg.
        let proposals = propose_start(&program, &[set(25, "Squat", 100.0, 5, None)], StartFrom::recent(today));
        assert_eq!(proposals[0].proposed, StartsFrom::WorkingWeight { reps: 5 });
        assert_eq!(proposals[0].load.kg, 90.0);
    }
}

//! Rules about single sets that every screen shares: how the set column numbers them, the RPE
//! scale, the limits a set must respect, and the values worth a second look before logging
//! (a typo such as 108 reps or 625 kg).

use super::event::{SetFacts, SetType};
use super::exercise::ExerciseKind;
use super::rest_timer::format_clock;
use super::units::{WeightUnit, format_amount, pace, typed};

/// What the "Set" column shows for each set: `W`, `D`, `F`, `C` for warm-up, drop, failure
/// and cool-down sets, and the working-set number (warm-ups and drops not counted) for normal sets.
pub fn set_labels(types: impl IntoIterator<Item = SetType>) -> Vec<String> {
    let mut working = 0;
    types
        .into_iter()
        .map(|set_type| match set_type {
            SetType::WarmUp => "W".to_string(),
            SetType::Drop => "D".to_string(),
            SetType::CoolDown => "C".to_string(),
            SetType::Failure => {
                working += 1;
                "F".to_string()
            }
            SetType::Normal => {
                working += 1;
                working.to_string()
            }
        })
        .collect()
}

/// The RPE values offered: the scale in half steps.
pub fn rpe_choices() -> impl Iterator<Item = f64> {
    let (low, high) = (*typed::RPE.start() * 2.0, *typed::RPE.end() * 2.0);
    (low as u32..=high as u32).map(|n| f64::from(n) / 2.0)
}

/// Reps above this are asked about before logging.
pub const PLAUSIBLE_REPS: u32 = 50;
/// A weight above this multiple of the heaviest weight ever logged for the exercise is asked
/// about before logging.
pub const PLAUSIBLE_JUMP: f64 = 1.5;

/// Why a valid set still deserves a second look, in words for the lifter.
pub fn doubts(facts: &SetFacts, typed_weight: Option<&str>, heaviest_before_kg: Option<f64>) -> Vec<String> {
    let mut doubts = Vec::new();
    if let Some(reps) = facts.reps.filter(|r| *r > PLAUSIBLE_REPS) {
        doubts.push(format!("{reps} reps is a lot for one set"));
    }
    if let (Some(weight), Some(best)) = (facts.weight, heaviest_before_kg)
        && best > 0.0
        && weight.kg > best * PLAUSIBLE_JUMP
    {
        doubts.push(format!(
            "{} {} is far above your heaviest {} so far ({} {})",
            super::units::format_amount(weight.as_entered()),
            weight.entered_unit,
            facts.exercise,
            super::units::format_amount(weight.entered_unit.from_kg(best)),
            weight.entered_unit
        ));
    }
    if let Some(text) = typed_weight
        && typed::decimal_places(text) > 2
    {
        doubts.push(format!("{} has more decimals than any plate", text.trim()));
    }
    doubts
}

/// A logged set in a few characters, as its kind records it, amounts in `unit`:
/// `100×5`, `BW+10×8`, `20 reps`, `1:00`, `5 km in 25:00 (5:00 /km)`, `50 kg for 40 m`.
pub fn describe_set(facts: &SetFacts, unit: WeightUnit) -> String {
    let weight = facts.weight.map(|w| format_amount(w.in_unit(unit)));
    let reps = facts.reps.unwrap_or(0);
    let clock = |s: f64| format_clock(s.round() as i64);
    match facts.kind {
        ExerciseKind::WeightReps => format!("{}×{reps}", weight.unwrap_or_else(|| "0".into())),
        ExerciseKind::BodyweightReps => match weight.filter(|_| facts.weight.is_some_and(|w| w.kg > 0.0)) {
            Some(added) => format!("BW+{added}×{reps}"),
            None => format!("BW×{reps}"),
        },
        ExerciseKind::RepsOnly => format!("{reps} reps"),
        ExerciseKind::Duration => clock(facts.duration_s.unwrap_or(0.0)),
        ExerciseKind::DistanceDuration => {
            let metres = facts.distance_m.unwrap_or(0.0);
            let per = facts.kind.distance_unit(unit);
            let distance = per.text(metres);
            match facts.duration_s.filter(|d| *d > 0.0) {
                Some(seconds) => {
                    let pace = pace(seconds, metres, per).map(|p| format!(" ({p})")).unwrap_or_default();
                    format!("{distance} {} in {}{pace}", per.label, clock(seconds))
                }
                None => format!("{distance} {}", per.label),
            }
        }
        ExerciseKind::WeightDistance => {
            let per = facts.kind.distance_unit(unit);
            let distance = per.text(facts.distance_m.unwrap_or(0.0));
            format!("{} {unit} for {distance} {}", weight.unwrap_or_else(|| "0".into()), per.label)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::units::{Weight, WeightUnit};

    #[test]
    fn warm_ups_are_not_numbered() {
        use SetType::*;
        let labels = set_labels([WarmUp, WarmUp, Normal, Failure, Drop, Normal]);
        assert_eq!(labels, ["W", "W", "1", "F", "D", "3"]);
    }

    fn set(kg: f64, reps: u32) -> SetFacts {
        SetFacts { exercise: "Squat".into(), weight: Some(Weight::kg(kg)), reps: Some(reps), ..SetFacts::default() }
    }

    #[test]
    fn typos_raise_doubts_and_ordinary_sets_do_not() {
        assert!(doubts(&set(100.0, 5), Some("100"), Some(140.0)).is_empty());
        assert!(doubts(&set(100.0, 5), Some("100"), None).is_empty(), "a first set has nothing to compare");
        let many = doubts(&set(62.5, 108), Some("62.5"), Some(100.0));
        assert_eq!(many, ["108 reps is a lot for one set"]);
        let heavy = doubts(&set(625.0, 5), Some("625"), Some(140.0));
        assert_eq!(heavy, ["625 kg is far above your heaviest Squat so far (140 kg)"]);
        let odd = doubts(&set(62.565, 5), Some("62.565"), Some(100.0));
        assert_eq!(odd, ["62.565 has more decimals than any plate"]);
        let pounds = SetFacts { weight: Some(Weight::entered(500.0, WeightUnit::Lb)), reps: Some(3), ..set(0.0, 0) };
        assert_eq!(
            doubts(&pounds, Some("500"), Some(100.0)),
            ["500 lb is far above your heaviest Squat so far (220.46 lb)"]
        );
    }

    #[test]
    fn each_kind_of_set_reads_as_it_is_recorded() {
        use crate::domain::units::Weight;
        let set = |kind, weight: Option<f64>, reps: Option<u32>, distance_m: Option<f64>, duration_s: Option<f64>| {
            SetFacts { kind, weight: weight.map(Weight::kg), reps, distance_m, duration_s, ..SetFacts::default() }
        };
        let kg = WeightUnit::Kg;
        assert_eq!(describe_set(&set(ExerciseKind::WeightReps, Some(102.5), Some(5), None, None), kg), "102.5×5");
        assert_eq!(describe_set(&set(ExerciseKind::BodyweightReps, None, Some(8), None, None), kg), "BW×8");
        assert_eq!(describe_set(&set(ExerciseKind::BodyweightReps, Some(10.0), Some(8), None, None), kg), "BW+10×8");
        assert_eq!(describe_set(&set(ExerciseKind::RepsOnly, None, Some(20), None, None), kg), "20 reps");
        assert_eq!(describe_set(&set(ExerciseKind::Duration, None, None, None, Some(75.0)), kg), "1:15");
        let run = set(ExerciseKind::DistanceDuration, None, None, Some(5000.0), Some(1500.0));
        assert_eq!(describe_set(&run, kg), "5 km in 25:00 (5:00 /km)");
        assert_eq!(describe_set(&run, WeightUnit::Lb), "3.11 mi in 25:00 (8:03 /mi)");
        let carry = set(ExerciseKind::WeightDistance, Some(50.0), None, Some(40.0), None);
        assert_eq!(describe_set(&carry, kg), "50 kg for 40 m");
        let yards = SetFacts { weight: Some(Weight::entered(100.0, WeightUnit::Lb)), distance_m: Some(45.72), ..carry };
        assert_eq!(describe_set(&yards, WeightUnit::Lb), "100 lb for 50 yd");
    }
}

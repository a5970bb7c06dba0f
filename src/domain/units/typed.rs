//! Amounts as the lifter types them, read in one place for every field that takes a number:
//! the live workout, corrections of a saved one, routine targets, bodyweight, plates. A
//! decimal comma reads as a decimal point (`102,5` is `102.5`), blanks around a number are
//! ignored, and each kind of amount has its bounds here — what a field refuses, and the words
//! it refuses it with, are the same on every screen.
//!
//! Files of other apps are read elsewhere (`import::values`): they may group thousands
//! (`1.234,5`), which nothing typed into a field does.

use std::ops::RangeInclusive;

use super::WeightUnit;

/// The largest weight a set may have, in the unit it was entered in.
pub const MAX_AMOUNT: f64 = 2000.0;
/// The most reps a set may have.
pub const MAX_REPS: u32 = 1000;
/// The RPE scale.
pub const RPE: RangeInclusive<f64> = 6.0..=10.0;
/// The bodyweights GymLog takes, in kilograms.
pub const BODYWEIGHT_KG: RangeInclusive<f64> = 20.0..=400.0;
/// The heaviest bar or plate, in its unit.
pub const MAX_PLATE: f64 = 500.0;

/// Why a typed amount was refused, in words for the lifter. `what` names the field
/// (`weight`, `Bench Press target 2: reps`).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Refused {
    #[error("{what} `{text}` is not a number")]
    NotANumber { what: String, text: String },
    #[error("{what} `{text}` is not a whole number")]
    NotWhole { what: String, text: String },
    #[error("{what} `{text}` is not a time (m:ss)")]
    NotATime { what: String, text: String },
    #[error("{what} {text} is out of range ({range})")]
    OutOfRange { what: String, text: String, range: String },
}

impl Refused {
    fn not_a_number(what: &str, text: &str) -> Refused {
        Refused::NotANumber { what: what.to_string(), text: text.to_string() }
    }

    fn out_of_range(what: &str, text: &str, range: String) -> Refused {
        Refused::OutOfRange { what: what.to_string(), text: text.to_string(), range }
    }
}

/// A decimal number with a point or a comma (`102.5`, `102,5`), finite; `None` otherwise.
pub fn decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.matches([',', '.']).count() > 1 {
        return None;
    }
    text.replace(',', ".").parse::<f64>().ok().filter(|x| x.is_finite())
}

/// The digits after the decimal point or comma (`102,25` has 2).
pub fn decimal_places(text: &str) -> usize {
    text.trim().split_once([',', '.']).map_or(0, |(_, decimals)| decimals.len())
}

fn bounded(what: &str, text: &str, range: RangeInclusive<f64>) -> Result<f64, Refused> {
    let text = text.trim();
    let amount = decimal(text).ok_or_else(|| Refused::not_a_number(what, text))?;
    if !range.contains(&amount) {
        let shown = format!("{}–{}", super::format_amount(*range.start()), super::format_amount(*range.end()));
        return Err(Refused::out_of_range(what, text, shown));
    }
    Ok(amount)
}

/// A set's weight in the unit it is typed in: 0 (bodyweight, an empty bar) to [`MAX_AMOUNT`].
pub fn weight(what: &str, text: &str) -> Result<f64, Refused> {
    bounded(what, text, 0.0..=MAX_AMOUNT)
}

/// A set's reps: a whole number from 0 to [`MAX_REPS`].
pub fn reps(what: &str, text: &str) -> Result<u32, Refused> {
    let text = text.trim();
    let reps = text.parse::<u32>().map_err(|_| Refused::NotWhole { what: what.to_string(), text: text.to_string() })?;
    if reps > MAX_REPS {
        return Err(Refused::out_of_range(what, text, format!("0–{MAX_REPS}")));
    }
    Ok(reps)
}

/// An RPE, as picked or typed: on the scale [`RPE`].
pub fn rpe(value: f64) -> Result<f64, Refused> {
    if !RPE.contains(&value) {
        let text = super::format_amount(value);
        return Err(Refused::out_of_range("RPE", &text, format!("{}–{}", RPE.start(), RPE.end())));
    }
    Ok(value)
}

/// An RPE as typed (`8`, `8,5`): on the scale [`RPE`].
pub fn rpe_typed(what: &str, text: &str) -> Result<f64, Refused> {
    bounded(what, text, RPE)
}

/// A share in per cent as typed (a deload, a percentage of a max): above 0, at most 100.
pub fn percent(what: &str, text: &str) -> Result<f64, Refused> {
    let amount = bounded(what, text, 0.0..=100.0)?;
    if amount == 0.0 {
        return Err(Refused::out_of_range(what, text.trim(), "above 0, up to 100".to_string()));
    }
    Ok(amount)
}

/// A distance in the unit it is typed in (km, mi, m, yd): above 0.
pub fn distance(what: &str, text: &str) -> Result<f64, Refused> {
    let text = text.trim();
    let amount = decimal(text).ok_or_else(|| Refused::not_a_number(what, text))?;
    if amount <= 0.0 {
        return Err(Refused::out_of_range(what, text, "above 0".to_string()));
    }
    Ok(amount)
}

/// A time as typed: `1:30` (m:ss), `1:02:05` (h:mm:ss) or `90` (seconds), in seconds;
/// `None` for anything else (minutes or seconds of 60 and more after the first part).
pub fn clock(text: &str) -> Option<f64> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    if parts.len() > 3 || parts.iter().any(|p| p.trim().is_empty()) {
        return None;
    }
    let mut seconds = 0.0;
    for (i, part) in parts.iter().enumerate() {
        let value = decimal(part).filter(|v| *v >= 0.0)?;
        // Minutes and seconds after the first part stay below 60.
        if i > 0 && value >= 60.0 {
            return None;
        }
        seconds = seconds * 60.0 + value;
    }
    Some(seconds)
}

/// A set's time in seconds ([`clock`]): above 0.
pub fn duration(what: &str, text: &str) -> Result<f64, Refused> {
    let text = text.trim();
    let seconds = clock(text).ok_or_else(|| Refused::NotATime { what: what.to_string(), text: text.to_string() })?;
    if seconds <= 0.0 {
        return Err(Refused::out_of_range(what, text, "above 0:00".to_string()));
    }
    Ok(seconds)
}

/// A bodyweight in `unit`: within [`BODYWEIGHT_KG`] once in kilograms.
pub fn bodyweight(text: &str, unit: WeightUnit) -> Result<f64, Refused> {
    let text = text.trim();
    let amount = decimal(text).ok_or_else(|| Refused::not_a_number("bodyweight", text))?;
    if !BODYWEIGHT_KG.contains(&unit.to_kg(amount)) {
        let shown = |kg: f64| super::format_amount(unit.from_kg(kg).round());
        let range = format!("{}–{} {unit}", shown(*BODYWEIGHT_KG.start()), shown(*BODYWEIGHT_KG.end()));
        return Err(Refused::out_of_range("bodyweight", text, range));
    }
    Ok(amount)
}

/// A bar or plate weight in its unit: above 0, up to [`MAX_PLATE`].
pub fn plate(what: &str, text: &str) -> Result<f64, Refused> {
    let amount = bounded(what, text, 0.0..=MAX_PLATE)?;
    if amount == 0.0 {
        return Err(Refused::out_of_range(what, text.trim(), format!("above 0, up to {MAX_PLATE}")));
    }
    Ok(amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_comma_reads_as_a_point() {
        assert_eq!(decimal(" 102,5 "), Some(102.5));
        assert_eq!(decimal("102.5"), Some(102.5));
        assert_eq!(decimal("100"), Some(100.0));
        assert_eq!(decimal("1.000,5"), None, "a typed field groups no thousands");
        assert_eq!(decimal("1,2,3"), None);
        assert_eq!(decimal("inf"), None);
        assert_eq!(decimal("NaN"), None);
        assert_eq!(decimal(""), None);
        assert_eq!(decimal_places("102,25"), 2);
        assert_eq!(decimal_places("100"), 0);
    }

    #[test]
    fn each_amount_has_its_bounds_and_its_words() {
        assert_eq!(weight("weight", "102,5"), Ok(102.5));
        assert_eq!(weight("weight", "0"), Ok(0.0));
        assert_eq!(weight("weight", "-5").unwrap_err().to_string(), "weight -5 is out of range (0–2000)");
        assert_eq!(weight("weight", "heavy").unwrap_err().to_string(), "weight `heavy` is not a number");
        assert_eq!(reps("reps", " 8 "), Ok(8));
        assert_eq!(reps("reps", "8.5").unwrap_err().to_string(), "reps `8.5` is not a whole number");
        assert_eq!(reps("reps", "1001").unwrap_err().to_string(), "reps 1001 is out of range (0–1000)");
        assert_eq!(rpe(8.5), Ok(8.5));
        assert_eq!(rpe(11.0).unwrap_err().to_string(), "RPE 11 is out of range (6–10)");
        assert_eq!(distance("distance", "5,2"), Ok(5.2));
        assert!(distance("distance", "0").is_err());
        assert_eq!(duration("time", "25:00"), Ok(1500.0));
        assert_eq!(duration("time", "1:75").unwrap_err().to_string(), "time `1:75` is not a time (m:ss)");
        assert!(duration("time", "0:00").is_err());
        assert_eq!(plate("the bar", "20"), Ok(20.0));
        assert!(plate("the bar", "0").is_err());
        assert!(plate("the bar", "501").is_err());
        assert_eq!(rpe_typed("RPE", "8,5"), Ok(8.5));
        assert_eq!(rpe_typed("RPE", "5").unwrap_err().to_string(), "RPE 5 is out of range (6–10)");
        assert_eq!(percent("deload %", "12,5"), Ok(12.5));
        assert_eq!(percent("deload %", "150").unwrap_err().to_string(), "deload % 150 is out of range (0–100)");
        assert!(percent("deload %", "0").is_err());
    }

    #[test]
    fn a_bodyweight_is_bounded_in_kilograms_whatever_its_unit() {
        assert_eq!(bodyweight("80,5", WeightUnit::Kg), Ok(80.5));
        assert_eq!(bodyweight("180", WeightUnit::Lb), Ok(180.0));
        assert!(bodyweight("19", WeightUnit::Kg).is_err());
        assert!(bodyweight("44", WeightUnit::Lb).is_err(), "44 lb is below 20 kg");
        assert_eq!(
            bodyweight("900", WeightUnit::Lb).unwrap_err().to_string(),
            "bodyweight 900 is out of range (44–882 lb)"
        );
    }

    #[test]
    fn clock_times() {
        assert_eq!(clock("1:30"), Some(90.0));
        assert_eq!(clock("25:00"), Some(1500.0));
        assert_eq!(clock("1:02:05"), Some(3725.0));
        assert_eq!(clock("45"), Some(45.0));
        assert_eq!(clock("1:75"), None);
        assert_eq!(clock("abc"), None);
        assert_eq!(clock(""), None);
    }
}

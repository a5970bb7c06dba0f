//! Weight units and the stored weight: kilograms exactly as entered plus the unit the lifter
//! typed, so a set entered in pounds is shown in pounds again without drift; distance units
//! and pace; and (`typed`) the one reader of amounts typed into a field.

pub mod typed;

use serde::{Deserialize, Serialize};

/// Kilograms in one international avoirdupois pound (exact by definition).
pub const KG_PER_LB: f64 = 0.453_592_37;

/// The unit a weight was entered in, or is displayed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeightUnit {
    #[default]
    Kg,
    Lb,
}

impl WeightUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            WeightUnit::Kg => "kg",
            WeightUnit::Lb => "lb",
        }
    }

    pub fn parse(text: &str) -> Option<WeightUnit> {
        match text.trim().to_ascii_lowercase().as_str() {
            "kg" | "kgs" | "kilograms" => Some(WeightUnit::Kg),
            "lb" | "lbs" | "pounds" => Some(WeightUnit::Lb),
            _ => None,
        }
    }

    /// Converts an amount in this unit to kilograms.
    pub fn to_kg(self, amount: f64) -> f64 {
        match self {
            WeightUnit::Kg => amount,
            WeightUnit::Lb => amount * KG_PER_LB,
        }
    }

    /// Converts kilograms to this unit.
    pub fn from_kg(self, kg: f64) -> f64 {
        match self {
            WeightUnit::Kg => kg,
            WeightUnit::Lb => kg / KG_PER_LB,
        }
    }
}

impl std::fmt::Display for WeightUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The unit a distance is typed and shown in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DistanceUnit {
    pub label: &'static str,
    /// Metres in one of it.
    pub metres: f64,
}

impl DistanceUnit {
    pub const KM: DistanceUnit = DistanceUnit { label: "km", metres: 1000.0 };
    pub const MILE: DistanceUnit = DistanceUnit { label: "mi", metres: 1609.344 };
    pub const METRE: DistanceUnit = DistanceUnit { label: "m", metres: 1.0 };
    pub const YARD: DistanceUnit = DistanceUnit { label: "yd", metres: 0.9144 };

    /// `metres` in this unit, without trailing zeros.
    pub fn text(self, metres: f64) -> String {
        format_amount(metres / self.metres)
    }
}

impl WeightUnit {
    /// Long distances (runs, rows) go with the weight unit: km with kg, miles with lb.
    pub fn long_distance(self) -> DistanceUnit {
        match self {
            WeightUnit::Kg => DistanceUnit::KM,
            WeightUnit::Lb => DistanceUnit::MILE,
        }
    }

    /// Short distances (carries, sled pushes): metres with kg, yards with lb.
    pub fn short_distance(self) -> DistanceUnit {
        match self {
            WeightUnit::Kg => DistanceUnit::METRE,
            WeightUnit::Lb => DistanceUnit::YARD,
        }
    }
}

/// `5:00 /km`: the time per distance unit of a run or a row.
pub fn pace(duration_s: f64, distance_m: f64, per: DistanceUnit) -> Option<String> {
    let units = distance_m / per.metres;
    (units > 0.0 && duration_s > 0.0).then(|| {
        let per_unit = (duration_s / units).round() as i64;
        format!("{}:{:02} /{}", per_unit / 60, per_unit % 60, per.label)
    })
}

/// A weight as stored: kilograms plus the unit it was entered in.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Weight {
    pub kg: f64,
    pub entered_unit: WeightUnit,
}

impl Weight {
    /// A weight typed by the lifter: `amount` in `unit`.
    pub fn entered(amount: f64, unit: WeightUnit) -> Weight {
        Weight { kg: unit.to_kg(amount), entered_unit: unit }
    }

    pub fn kg(kg: f64) -> Weight {
        Weight { kg, entered_unit: WeightUnit::Kg }
    }

    /// The amount in `unit`, rounded to 1/1000 so a value entered in that unit reads back
    /// exactly as typed (225 lb → kg → 225 lb).
    pub fn in_unit(&self, unit: WeightUnit) -> f64 {
        (unit.from_kg(self.kg) * 1000.0).round() / 1000.0
    }

    /// The amount in the unit it was entered in.
    pub fn as_entered(&self) -> f64 {
        self.in_unit(self.entered_unit)
    }
}

/// Formats an amount without trailing zeros: `100`, `102.5`, `33.75`.
pub fn format_amount(amount: f64) -> String {
    let rounded = (amount * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pounds_round_trip_exactly() {
        for lb in [45.0, 135.0, 225.0, 315.0, 402.5, 2.5] {
            let w = Weight::entered(lb, WeightUnit::Lb);
            assert_eq!(w.as_entered(), lb);
            assert_eq!(w.in_unit(WeightUnit::Lb), lb);
        }
    }

    #[test]
    fn conversion_matches_definition() {
        let w = Weight::entered(100.0, WeightUnit::Lb);
        assert!((w.kg - 45.359237).abs() < 1e-12);
        assert_eq!(Weight::kg(100.0).in_unit(WeightUnit::Lb), 220.462);
    }

    #[test]
    fn pace_per_kilometre_and_per_mile() {
        assert_eq!(pace(1500.0, 5000.0, DistanceUnit::KM).as_deref(), Some("5:00 /km"));
        assert_eq!(pace(1500.0, 5000.0, DistanceUnit::MILE).as_deref(), Some("8:03 /mi"));
        assert_eq!(pace(1500.0, 0.0, DistanceUnit::KM), None);
    }

    #[test]
    fn parses_units_and_formats_amounts() {
        assert_eq!(WeightUnit::parse(" LBS "), Some(WeightUnit::Lb));
        assert_eq!(WeightUnit::parse("kg"), Some(WeightUnit::Kg));
        assert_eq!(WeightUnit::parse("stone"), None);
        assert_eq!(format_amount(100.0), "100");
        assert_eq!(format_amount(102.5), "102.5");
        assert_eq!(format_amount(33.75), "33.75");
    }
}

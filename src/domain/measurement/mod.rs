//! Body measurements: what is measured (a [`Site`], left or right where it matters, body fat,
//! or a name of the lifter's own), the value as entered with its unit (centimetres, inches or
//! per cent), and the bounds a typed value must keep. The log of entries — logged, corrected,
//! removed — is [`log`].

pub mod log;

use serde::{Deserialize, Serialize};

use super::units::format_amount;
use super::units::typed::{Refused, decimal};

/// Left or right, for the sites measured on each side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }

    pub fn parse(text: &str) -> Option<Side> {
        match text {
            "left" => Some(Side::Left),
            "right" => Some(Side::Right),
            _ => None,
        }
    }
}

/// What a measurement measures. The derived order is the order of the picker and the summary.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Site {
    Neck,
    Shoulders,
    Chest,
    Waist,
    Hips,
    /// The upper arm (biceps), flexed or not as the lifter always does it.
    Arm(Side),
    Forearm(Side),
    Thigh(Side),
    Calf(Side),
    BodyFat,
    /// A measurement of the lifter's own (wrist, glutes), by its [`custom_name`] form.
    Custom(String),
}

/// The longest name of one's own measurement.
pub const MAX_NAME_CHARS: usize = 40;

impl Site {
    /// Every built-in site, in picker order (both sides of the sided ones).
    pub fn built_in() -> Vec<Site> {
        let sided = |site: fn(Side) -> Site| [site(Side::Left), site(Side::Right)];
        let mut all = vec![Site::Neck, Site::Shoulders, Site::Chest, Site::Waist, Site::Hips];
        for site in [Site::Arm as fn(Side) -> Site, Site::Forearm, Site::Thigh, Site::Calf] {
            all.extend(sided(site));
        }
        all.push(Site::BodyFat);
        all
    }

    /// The site's key, as stored (`payload.site`) and in the `measurements` view's `site`.
    pub fn key(&self) -> &'static str {
        match self {
            Site::Neck => "neck",
            Site::Shoulders => "shoulders",
            Site::Chest => "chest",
            Site::Waist => "waist",
            Site::Hips => "hips",
            Site::Arm(_) => "arm",
            Site::Forearm(_) => "forearm",
            Site::Thigh(_) => "thigh",
            Site::Calf(_) => "calf",
            Site::BodyFat => "body_fat",
            Site::Custom(_) => "custom",
        }
    }

    pub fn side(&self) -> Option<Side> {
        match self {
            Site::Arm(side) | Site::Forearm(side) | Site::Thigh(side) | Site::Calf(side) => Some(*side),
            _ => None,
        }
    }

    /// The name of one's own measurement.
    pub fn custom_name(&self) -> Option<&str> {
        match self {
            Site::Custom(name) => Some(name),
            _ => None,
        }
    }

    /// The site of stored parts (`key`, side, name); `None` for parts that do not make one.
    pub fn from_parts(key: &str, side: Option<Side>, name: Option<&str>) -> Option<Site> {
        let sided = |site: fn(Side) -> Site| side.map(site);
        let site = match key {
            "neck" => Site::Neck,
            "shoulders" => Site::Shoulders,
            "chest" => Site::Chest,
            "waist" => Site::Waist,
            "hips" => Site::Hips,
            "arm" => sided(Site::Arm)?,
            "forearm" => sided(Site::Forearm)?,
            "thigh" => sided(Site::Thigh)?,
            "calf" => sided(Site::Calf)?,
            "body_fat" => Site::BodyFat,
            "custom" => Site::Custom(custom_name(name?)?),
            _ => return None,
        };
        Some(site)
    }

    /// The site in words: `Waist`, `Left arm`, `Body fat`, or the lifter's own name.
    pub fn label(&self) -> String {
        let base = match self {
            Site::Neck => "Neck",
            Site::Shoulders => "Shoulders",
            Site::Chest => "Chest",
            Site::Waist => "Waist",
            Site::Hips => "Hips",
            Site::Arm(_) => "arm",
            Site::Forearm(_) => "forearm",
            Site::Thigh(_) => "thigh",
            Site::Calf(_) => "calf",
            Site::BodyFat => "Body fat",
            Site::Custom(name) => return name.clone(),
        };
        match self.side() {
            Some(Side::Left) => format!("Left {base}"),
            Some(Side::Right) => format!("Right {base}"),
            None => base.to_string(),
        }
    }

    /// What the lifter types for a site: a built-in one by its label in any case (`left arm`),
    /// else a name of their own, tidied ([`custom_name`]). `None` for an empty name.
    pub fn named(text: &str) -> Option<Site> {
        let name = custom_name(text)?;
        Some(Site::built_in().into_iter().find(|s| s.label().eq_ignore_ascii_case(&name)).unwrap_or(Site::Custom(name)))
    }

    /// Body fat is a percentage; everything else is a length.
    pub fn is_percent(&self) -> bool {
        *self == Site::BodyFat
    }

    /// The unit a value of this site takes when the lifter measures lengths in `length`.
    pub fn unit_for(&self, length: MeasureUnit) -> MeasureUnit {
        if self.is_percent() { MeasureUnit::Percent } else { length }
    }
}

/// A name of one's own measurement as it is kept: blanks trimmed and runs of them made one,
/// the first letter a capital, at most [`MAX_NAME_CHARS`] characters. `None` when empty.
pub fn custom_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined: String = words.join(" ").chars().take(MAX_NAME_CHARS).collect();
    let mut chars = joined.trim_end().chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// The unit a measurement was entered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum MeasureUnit {
    #[default]
    #[serde(rename = "cm")]
    Cm,
    #[serde(rename = "in")]
    In,
    #[serde(rename = "%")]
    Percent,
}

/// Centimetres in an inch (exact).
pub const CM_PER_INCH: f64 = 2.54;

impl MeasureUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            MeasureUnit::Cm => "cm",
            MeasureUnit::In => "in",
            MeasureUnit::Percent => "%",
        }
    }

    pub fn parse(text: &str) -> Option<MeasureUnit> {
        match text.trim().to_ascii_lowercase().as_str() {
            "cm" => Some(MeasureUnit::Cm),
            "in" | "inch" | "inches" | "\"" => Some(MeasureUnit::In),
            "%" | "pct" | "percent" => Some(MeasureUnit::Percent),
            _ => None,
        }
    }

    /// The length unit that goes with a weight unit: cm with kg, inches with pounds.
    pub fn length_for(weight: super::units::WeightUnit) -> MeasureUnit {
        match weight {
            super::units::WeightUnit::Kg => MeasureUnit::Cm,
            super::units::WeightUnit::Lb => MeasureUnit::In,
        }
    }
}

impl std::fmt::Display for MeasureUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A measured value exactly as entered, with its unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    pub value: f64,
    pub unit: MeasureUnit,
}

impl Reading {
    pub fn new(value: f64, unit: MeasureUnit) -> Reading {
        Reading { value, unit }
    }

    /// The value in `unit`: lengths convert between cm and inches; a percentage stays one.
    pub fn in_unit(&self, unit: MeasureUnit) -> f64 {
        match (self.unit, unit) {
            (MeasureUnit::In, MeasureUnit::Cm) => self.value * CM_PER_INCH,
            (MeasureUnit::Cm, MeasureUnit::In) => self.value / CM_PER_INCH,
            _ => self.value,
        }
    }

    /// The length in centimetres (`None` for a percentage).
    pub fn cm(&self) -> Option<f64> {
        (self.unit != MeasureUnit::Percent).then(|| self.in_unit(MeasureUnit::Cm))
    }

    /// `84.5 cm`, `12 %`, shown in `unit` (to a tenth).
    pub fn shown(&self, unit: MeasureUnit) -> String {
        let unit = if self.unit == MeasureUnit::Percent { MeasureUnit::Percent } else { unit };
        format!("{} {unit}", format_amount((self.in_unit(unit) * 10.0).round() / 10.0))
    }
}

/// The lengths GymLog takes, in centimetres (a wrist to a chest, with room either side).
pub const LENGTH_CM: std::ops::RangeInclusive<f64> = 5.0..=300.0;
/// The body fat percentages GymLog takes.
pub const BODY_FAT_PERCENT: std::ops::RangeInclusive<f64> = 1.0..=75.0;

/// A value typed for `site` in `unit` (decimal point or comma), within its bounds: a length
/// in [`LENGTH_CM`] once in centimetres, body fat in [`BODY_FAT_PERCENT`]. Body fat is always
/// per cent and a length never is, whatever `unit` says.
pub fn typed(site: &Site, text: &str, unit: MeasureUnit) -> Result<Reading, Refused> {
    let text = text.trim();
    let what = site.label().to_lowercase();
    let value = decimal(text).ok_or_else(|| Refused::NotANumber { what: what.clone(), text: text.to_string() })?;
    let unit = match (site.is_percent(), unit) {
        (true, _) => MeasureUnit::Percent,
        (false, MeasureUnit::Percent) => MeasureUnit::Cm,
        (false, unit) => unit,
    };
    let reading = Reading::new(value, unit);
    let (inside, range) = match reading.cm() {
        None => (BODY_FAT_PERCENT.contains(&value), BODY_FAT_PERCENT),
        Some(cm) => (LENGTH_CM.contains(&cm), LENGTH_CM),
    };
    if !inside {
        let shown = |x: f64| format_amount((Reading::new(x, MeasureUnit::Cm).in_unit(unit) * 10.0).round() / 10.0);
        let range = format!("{}–{} {unit}", shown(*range.start()), shown(*range.end()));
        return Err(Refused::OutOfRange { what, text: text.to_string(), range });
    }
    Ok(reading)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_site_survives_its_stored_parts() {
        let mut all = Site::built_in();
        all.push(Site::Custom("Wrist".into()));
        assert_eq!(all.len(), 15, "five single sites, four on each side, body fat, one own");
        for site in all {
            assert_eq!(Site::from_parts(site.key(), site.side(), site.custom_name()), Some(site.clone()), "{site:?}");
        }
        assert_eq!(Site::from_parts("arm", None, None), None, "an arm is left or right");
        assert_eq!(Site::from_parts("custom", None, Some("  ")), None);
        assert_eq!(Site::from_parts("elbow", None, None), None);
    }

    #[test]
    fn labels_say_the_side_and_typed_names_find_built_in_sites() {
        assert_eq!(Site::Arm(Side::Left).label(), "Left arm");
        assert_eq!(Site::Calf(Side::Right).label(), "Right calf");
        assert_eq!(Site::BodyFat.label(), "Body fat");
        assert_eq!(Site::named("  left   ARM "), Some(Site::Arm(Side::Left)));
        assert_eq!(Site::named("waist"), Some(Site::Waist));
        assert_eq!(Site::named("  wrist   (left) "), Some(Site::Custom("Wrist (left)".into())));
        assert_eq!(Site::named(" "), None);
        assert_eq!(custom_name(&"x".repeat(60)).unwrap().chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn a_reading_keeps_its_unit_and_converts_for_display() {
        let arm = Reading::new(15.5, MeasureUnit::In);
        assert_eq!(arm.cm(), Some(15.5 * 2.54));
        assert_eq!(arm.shown(MeasureUnit::Cm), "39.4 cm");
        assert_eq!(arm.shown(MeasureUnit::In), "15.5 in");
        let fat = Reading::new(14.0, MeasureUnit::Percent);
        assert_eq!((fat.cm(), fat.shown(MeasureUnit::In)), (None, "14 %".to_string()));
    }

    #[test]
    fn typed_values_read_a_comma_and_keep_their_bounds() {
        assert_eq!(typed(&Site::Waist, "84,5", MeasureUnit::Cm), Ok(Reading::new(84.5, MeasureUnit::Cm)));
        assert_eq!(typed(&Site::Waist, " 33.5 ", MeasureUnit::In), Ok(Reading::new(33.5, MeasureUnit::In)));
        assert_eq!(typed(&Site::BodyFat, "14", MeasureUnit::Cm), Ok(Reading::new(14.0, MeasureUnit::Percent)));
        assert_eq!(typed(&Site::Neck, "40", MeasureUnit::Percent).unwrap().unit, MeasureUnit::Cm);
        assert_eq!(
            typed(&Site::Waist, "wide", MeasureUnit::Cm).unwrap_err().to_string(),
            "waist `wide` is not a number"
        );
        assert_eq!(
            typed(&Site::Arm(Side::Left), "200", MeasureUnit::In).unwrap_err().to_string(),
            "left arm 200 is out of range (2–118.1 in)"
        );
        assert!(typed(&Site::BodyFat, "0", MeasureUnit::Percent).is_err());
        assert!(typed(&Site::BodyFat, "80", MeasureUnit::Percent).is_err());
        assert!(typed(&Site::Chest, "NaN", MeasureUnit::Cm).is_err());
    }
}

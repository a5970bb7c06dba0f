//! Loading a barbell: which plates go on each side for a weight, the nearest weight the plates
//! make, and a warm-up ramp up to a working weight. Amounts are in the plate set's own unit
//! (a kg set of plates, or a lb one).

use serde::{Deserialize, Serialize};

use super::units::WeightUnit;

/// Plates of one size, and how many pairs there are.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PlatePair {
    pub size: f64,
    pub pairs: u32,
}

/// A bar and its plates, in `unit`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlateSet {
    pub unit: WeightUnit,
    pub bar: f64,
    /// Largest first.
    pub plates: Vec<PlatePair>,
}

/// How to load a bar for a target.
#[derive(Debug, Clone, PartialEq)]
pub struct Loading {
    /// The plates on each side, largest first.
    pub per_side: Vec<f64>,
    /// What the bar weighs loaded like that.
    pub total: f64,
    /// The target is met exactly.
    pub exact: bool,
}

const EPSILON: f64 = 1e-6;

impl PlateSet {
    /// A commercial gym's: a 20 kg bar with 25 … 1.25 kg plates, or a 45 lb bar with 45 … 2.5 lb.
    pub fn standard(unit: WeightUnit) -> PlateSet {
        let plates = |sizes: &[(f64, u32)]| sizes.iter().map(|&(size, pairs)| PlatePair { size, pairs }).collect();
        match unit {
            WeightUnit::Kg => PlateSet {
                unit,
                bar: 20.0,
                plates: plates(&[(25.0, 8), (20.0, 4), (15.0, 4), (10.0, 4), (5.0, 4), (2.5, 4), (1.25, 4)]),
            },
            WeightUnit::Lb => PlateSet {
                unit,
                bar: 45.0,
                plates: plates(&[(45.0, 8), (35.0, 4), (25.0, 4), (10.0, 4), (5.0, 4), (2.5, 4)]),
            },
        }
    }

    /// The smallest change of a loaded bar: a pair of the smallest plates.
    pub fn step(&self) -> f64 {
        self.plates.iter().map(|p| p.size).fold(f64::INFINITY, f64::min).min(1000.0) * 2.0
    }

    /// The plates per side for `target` (largest first, as many as there are). Below the bar,
    /// the bar alone.
    pub fn load(&self, target: f64) -> Loading {
        let mut remaining = ((target - self.bar) / 2.0).max(0.0);
        let mut per_side = Vec::new();
        let mut plates = self.plates.clone();
        plates.sort_by(|a, b| b.size.total_cmp(&a.size));
        for plate in plates {
            let mut left = plate.pairs;
            while left > 0 && remaining + EPSILON >= plate.size {
                per_side.push(plate.size);
                remaining -= plate.size;
                left -= 1;
            }
        }
        let total = self.bar + 2.0 * per_side.iter().sum::<f64>();
        Loading { per_side, total, exact: (total - target).abs() < EPSILON }
    }

    /// The weight nearest `target` that this set of plates can make (a multiple of the step
    /// above the bar; the bar itself at least).
    pub fn loadable(&self, target: f64) -> f64 {
        let step = self.step();
        let above = ((target - self.bar) / step).round().max(0.0);
        self.bar + above * step
    }

    /// Warm-up sets up to `working`: the bar for 10, then 40 %, 60 % and 80 % for 5, 3 and 2,
    /// each loadable, none repeated, all below the working weight.
    pub fn warm_up_ramp(&self, working: f64) -> Vec<(f64, u32)> {
        let mut ramp: Vec<(f64, u32)> = vec![(self.bar, 10)];
        for (share, reps) in [(0.4, 5), (0.6, 3), (0.8, 2)] {
            let weight = self.loadable(working * share);
            if weight > ramp.last().map_or(0.0, |(w, _)| *w) + EPSILON && weight < working - EPSILON {
                ramp.push((weight, reps));
            }
        }
        ramp.retain(|(w, _)| *w < working - EPSILON);
        ramp
    }
}

impl PlateSet {
    /// The plates as a lifter writes them: `25×8, 20×4, 1.25×4` (size × pairs).
    pub fn inventory_text(&self) -> String {
        let pair = |p: &PlatePair| format!("{}×{}", super::units::format_amount(p.size), p.pairs);
        self.plates.iter().map(pair).collect::<Vec<_>>().join(", ")
    }

    /// A bar and plates as typed in Settings: the bar weight, and `size×pairs` items separated
    /// by commas or semicolons (`x` for `×` too; a size alone means one pair; decimals with a
    /// point, since the comma separates).
    pub fn parse(unit: WeightUnit, bar: &str, plates: &str) -> Result<PlateSet, String> {
        let number = |text: &str, what: &str| super::units::typed::plate(what, text).map_err(|e| e.to_string());
        let bar = number(bar, "the bar")?;
        let mut pairs = Vec::new();
        for item in plates.split([',', ';']).map(str::trim).filter(|i| !i.is_empty()) {
            let (size, count) = match item.split_once(['×', 'x', 'X', '*']) {
                Some((size, count)) => (size, count.trim()),
                None => (item, "1"),
            };
            let size = number(size, "the plate")?;
            let count = count.parse::<u32>().ok().filter(|c| (1..=50).contains(c));
            let count = count.ok_or_else(|| format!("`{item}`: the number of pairs is not a whole number"))?;
            pairs.push(PlatePair { size, pairs: count });
        }
        if pairs.is_empty() {
            return Err("list at least one plate size, e.g. 20×4, 10×2".to_string());
        }
        pairs.sort_by(|a, b| b.size.total_cmp(&a.size));
        Ok(PlateSet { unit, bar, plates: pairs })
    }
}

/// `20 + 10 + 2.5` (per side), or `bar only`.
pub fn describe(loading: &Loading) -> String {
    if loading.per_side.is_empty() {
        return "bar only".to_string();
    }
    loading.per_side.iter().map(|p| super::units::format_amount(*p)).collect::<Vec<_>>().join(" + ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hundred_kilos_on_a_twenty_kilo_bar() {
        let kg = PlateSet::standard(WeightUnit::Kg);
        let loading = kg.load(100.0);
        assert_eq!(loading.per_side, [25.0, 15.0]);
        assert!(loading.exact);
        assert_eq!(describe(&loading), "25 + 15");
        assert_eq!(kg.load(102.5).per_side, [25.0, 15.0, 1.25]);
        assert_eq!(describe(&kg.load(20.0)), "bar only");
        assert!(!kg.load(101.0).exact, "1 kg cannot be made with 1.25 kg plates");
    }

    #[test]
    fn two_twenty_five_pounds_on_a_forty_five_pound_bar() {
        let lb = PlateSet::standard(WeightUnit::Lb);
        let loading = lb.load(225.0);
        assert_eq!(loading.per_side, [45.0, 45.0]);
        assert!(loading.exact);
        assert_eq!(lb.load(315.0).per_side, [45.0, 45.0, 45.0]);
        assert_eq!(lb.load(135.0).per_side, [45.0]);
    }

    #[test]
    fn targets_round_to_what_the_plates_make() {
        let lb = PlateSet::standard(WeightUnit::Lb);
        // 67.5 kg is 148.81 lb: the nearest loadable weight is 150 lb.
        assert_eq!(lb.loadable(148.81), 150.0);
        assert_eq!(lb.loadable(30.0), 45.0, "never below the bar");
        let kg = PlateSet::standard(WeightUnit::Kg);
        assert_eq!(kg.loadable(101.2), 100.0);
        assert_eq!(kg.loadable(101.3), 102.5);
    }

    #[test]
    fn a_warm_up_ramp_climbs_to_the_working_weight() {
        let kg = PlateSet::standard(WeightUnit::Kg);
        assert_eq!(kg.warm_up_ramp(100.0), [(20.0, 10), (40.0, 5), (60.0, 3), (80.0, 2)]);
        assert_eq!(kg.warm_up_ramp(40.0), [(20.0, 10), (25.0, 3), (32.5, 2)]);
        assert!(kg.warm_up_ramp(20.0).is_empty(), "nothing below the empty bar");
    }

    #[test]
    fn a_plate_inventory_reads_back_as_written() {
        let kg = PlateSet::standard(WeightUnit::Kg);
        assert_eq!(kg.inventory_text(), "25×8, 20×4, 15×4, 10×4, 5×4, 2.5×4, 1.25×4");
        assert_eq!(PlateSet::parse(WeightUnit::Kg, "20", &kg.inventory_text()).unwrap(), kg);
        let home = PlateSet::parse(WeightUnit::Kg, "15", "10x2; 20 x 2, 1.25").unwrap();
        assert_eq!(home.bar, 15.0);
        assert_eq!(home.inventory_text(), "20×2, 10×2, 1.25×1");
        assert_eq!(home.load(75.0).per_side, [20.0, 10.0]);
        assert!(PlateSet::parse(WeightUnit::Kg, "bar", "20×2").unwrap_err().contains("the bar"));
        assert!(PlateSet::parse(WeightUnit::Kg, "20", "20×two").unwrap_err().contains("pairs"));
        assert!(PlateSet::parse(WeightUnit::Kg, "20", " ").unwrap_err().contains("at least one"));
    }
}

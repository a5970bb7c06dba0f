//! Estimated one-rep max (e1RM) from a set of weight × reps, only where an estimate means
//! something: 1 to 12 reps (a set of 30 says little about a single). Two formulas, the
//! lifter's choice in Settings: Epley (the default) and Brzycki.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};

/// The rep counts an e1RM is estimated from (docs/backup-format.md uses the same range).
pub const E1RM_REPS: RangeInclusive<u32> = 1..=12;

/// How an e1RM is estimated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Formula {
    /// `w × (1 + reps / 30)`.
    #[default]
    Epley,
    /// `w × 36 / (37 − reps)`.
    Brzycki,
}

impl Formula {
    pub const ALL: [Formula; 2] = [Formula::Epley, Formula::Brzycki];

    pub fn label(self) -> &'static str {
        match self {
            Formula::Epley => "Epley",
            Formula::Brzycki => "Brzycki",
        }
    }

    /// The estimate of `weight` × `reps`; `None` outside [`E1RM_REPS`]. One rep is the
    /// weight itself under both formulas.
    pub fn estimate(self, weight: f64, reps: u32) -> Option<f64> {
        if !E1RM_REPS.contains(&reps) {
            return None;
        }
        Some(match (self, reps) {
            (_, 1) => weight,
            (Formula::Epley, _) => epley(weight, reps),
            (Formula::Brzycki, _) => weight * 36.0 / (37.0 - f64::from(reps)),
        })
    }
}

/// Epley: `w × (1 + reps / 30)`; one rep is the weight itself.
pub fn epley(weight: f64, reps: u32) -> f64 {
    if reps == 1 { weight } else { weight * (1.0 + f64::from(reps) / 30.0) }
}

/// The Epley estimate; `None` outside [`E1RM_REPS`].
pub fn estimated_1rm(weight: f64, reps: u32) -> Option<f64> {
    Formula::Epley.estimate(weight, reps)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn epley_against_hand_computed_values() {
        // 100 × (1 + 5/30) = 116.666…
        assert!(close(estimated_1rm(100.0, 5), 116.666_666_666_666_67));
        // 140 × (1 + 3/30) = 154
        assert!(close(estimated_1rm(140.0, 3), 154.0));
        assert!(close(estimated_1rm(180.0, 1), 180.0));
        // 60 × (1 + 12/30) = 84
        assert!(close(estimated_1rm(60.0, 12), 84.0));
    }

    #[test]
    fn brzycki_against_hand_computed_values() {
        // 100 × 36 / 32 = 112.5
        assert!(close(Formula::Brzycki.estimate(100.0, 5), 112.5));
        // 90 × 36 / 27 = 120
        assert!(close(Formula::Brzycki.estimate(90.0, 10), 120.0));
        assert!(close(Formula::Brzycki.estimate(180.0, 1), 180.0));
        assert_eq!(Formula::Brzycki.estimate(60.0, 13), None);
    }

    #[test]
    fn no_estimate_outside_one_to_twelve_reps() {
        assert_eq!(estimated_1rm(100.0, 0), None);
        assert_eq!(estimated_1rm(60.0, 13), None);
        // The set that used to become a "120 kg" record.
        assert_eq!(estimated_1rm(60.0, 30), None);
    }
}

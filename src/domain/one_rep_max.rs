//! Estimated one-rep max (e1RM) from a set of weight × reps (the Epley formula), only where an
//! estimate means something: 1 to 12 reps. A set of 30 says little about a single.

use std::ops::RangeInclusive;

/// The rep counts an e1RM is estimated from (docs/backup-format.md uses the same range).
pub const E1RM_REPS: RangeInclusive<u32> = 1..=12;

/// Epley: `w × (1 + reps / 30)`; one rep is the weight itself.
pub fn epley(weight: f64, reps: u32) -> f64 {
    if reps == 1 { weight } else { weight * (1.0 + f64::from(reps) / 30.0) }
}

/// The estimate GymLog shows and ranks records by; `None` outside [`E1RM_REPS`].
pub fn estimated_1rm(weight: f64, reps: u32) -> Option<f64> {
    E1RM_REPS.contains(&reps).then(|| epley(weight, reps))
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
    fn no_estimate_outside_one_to_twelve_reps() {
        assert_eq!(estimated_1rm(100.0, 0), None);
        assert_eq!(estimated_1rm(60.0, 13), None);
        // The set that used to become a "120 kg" record.
        assert_eq!(estimated_1rm(60.0, 30), None);
    }
}

//! Estimated one-rep max (e1RM) from a set of weight × reps: the Epley and Brzycki formulas.

/// Epley: `w × (1 + reps / 30)`; one rep is the weight itself.
pub fn epley(weight: f64, reps: u32) -> Option<f64> {
    match reps {
        0 => None,
        1 => Some(weight),
        r => Some(weight * (1.0 + f64::from(r) / 30.0)),
    }
}

/// Brzycki: `w × 36 / (37 − reps)`; undefined from 37 reps on, and unreliable past ~12.
pub fn brzycki(weight: f64, reps: u32) -> Option<f64> {
    match reps {
        0 | 37.. => None,
        r => Some(weight * 36.0 / (37.0 - f64::from(r))),
    }
}

/// The estimate GymLog shows and ranks records by: Epley, which stays defined at high reps.
pub fn estimated_1rm(weight: f64, reps: u32) -> Option<f64> {
    epley(weight, reps)
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
        assert!(close(epley(100.0, 5), 116.666_666_666_666_67));
        // 140 × (1 + 3/30) = 154
        assert!(close(epley(140.0, 3), 154.0));
        assert!(close(epley(180.0, 1), 180.0));
        assert_eq!(epley(100.0, 0), None);
    }

    #[test]
    fn brzycki_against_hand_computed_values() {
        // 100 × 36 / 32 = 112.5
        assert!(close(brzycki(100.0, 5), 112.5));
        // 60 × 36 / 27 = 80
        assert!(close(brzycki(60.0, 10), 80.0));
        assert!(close(brzycki(180.0, 1), 180.0));
        assert_eq!(brzycki(100.0, 37), None);
        assert_eq!(brzycki(100.0, 0), None);
    }
}

//! The same workout arriving from two files — a Hevy export that already holds the Strong
//! history Hevy imported, or two exports of the same app that overlap after a rename — is
//! recognised by what was lifted, not by names (each app names exercises its own way): two
//! workouts are the same when their sets are the same (reps, weight to the kilogram, distance
//! to 10 m, time to the second, in any order) and they started within 14 hours of each other
//! (an app may have moved the time by a time zone; a file without times starts at midnight).

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::domain::event::SetFacts;
use crate::domain::projection::Workout;

/// A set, as much of it as any two apps agree on.
type SetSign = (u32, i64, i64, i64);

fn sign(reps: Option<u32>, kg: Option<f64>, metres: Option<f64>, seconds: Option<f64>) -> SetSign {
    let round = |v: Option<f64>, per: f64| v.map_or(0, |v| (v / per).round() as i64);
    (reps.unwrap_or(0), round(kg, 1.0), round(metres, 10.0), round(seconds, 1.0))
}

/// What makes a workout recognisable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub start: DateTime<Utc>,
    /// Whether the start has its time of day (not only the date).
    pub time_known: bool,
    sets: Vec<SetSign>,
}

impl Fingerprint {
    pub fn new(start: DateTime<Utc>, time_known: bool, mut sets: Vec<SetSign>) -> Fingerprint {
        sets.sort_unstable();
        Fingerprint { start, time_known, sets }
    }

    pub fn of_facts<'a>(
        start: DateTime<Utc>,
        time_known: bool,
        sets: impl Iterator<Item = &'a SetFacts>,
    ) -> Fingerprint {
        let signs = sets.map(|f| sign(f.reps, f.weight.map(|w| w.kg), f.distance_m, f.duration_s)).collect();
        Fingerprint::new(start, time_known, signs)
    }

    pub fn set_sign(reps: Option<u32>, kg: Option<f64>, metres: Option<f64>, seconds: Option<f64>) -> SetSign {
        sign(reps, kg, metres, seconds)
    }

    fn same_as(&self, other: &Fingerprint) -> bool {
        let apart = (self.start - other.start).abs();
        let window = if self.time_known && other.time_known { Duration::hours(14) } else { Duration::hours(38) };
        apart <= window && self.sets == other.sets
    }
}

/// A workout GymLog already holds.
#[derive(Debug, Clone)]
pub struct Known {
    pub id: Uuid,
    /// In words, for the report: `Push (imported from strong)`.
    pub label: String,
    fingerprint: Fingerprint,
}

/// The workouts GymLog holds, found by their sets.
#[derive(Debug, Clone, Default)]
pub struct KnownWorkouts {
    by_sets: HashMap<(usize, u64), Vec<Known>>,
}

impl KnownWorkouts {
    pub fn of<'a>(workouts: impl Iterator<Item = &'a Workout>) -> KnownWorkouts {
        let mut known = KnownWorkouts::default();
        for w in workouts.filter(|w| !w.sets.is_empty()) {
            let fingerprint = Fingerprint::of_facts(w.started_at, true, w.sets.iter().map(|s| &s.facts));
            let from = w.source.as_deref().map(|s| format!(" (imported from {s})")).unwrap_or_default();
            let label = format!("{} on {}{from}", w.title(), w.started_at.format("%Y-%m-%d"));
            known.add(Known { id: w.id, label, fingerprint });
        }
        known
    }

    fn key(f: &Fingerprint) -> (usize, u64) {
        (f.sets.len(), f.sets.iter().map(|s| u64::from(s.0)).sum())
    }

    fn add(&mut self, known: Known) {
        self.by_sets.entry(Self::key(&known.fingerprint)).or_default().push(known);
    }

    /// The workout held that `fingerprint` is, other than `id` (the file's own, imported
    /// before).
    pub fn find(&self, fingerprint: &Fingerprint, id: Uuid) -> Option<&Known> {
        self.by_sets.get(&Self::key(fingerprint))?.iter().find(|k| k.id != id && k.fingerprint.same_as(fingerprint))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 1, 3, hour, 5, 0).unwrap()
    }

    #[test]
    fn the_same_sets_near_the_same_time_are_the_same_workout() {
        let sets = || vec![sign(Some(5), Some(102.058), None, None), sign(Some(5), Some(102.06), None, None)];
        let a = Fingerprint::new(at(18), true, sets());
        assert!(a.same_as(&Fingerprint::new(at(19), true, sets().into_iter().rev().collect())));
        assert!(a.same_as(&Fingerprint::new(at(8), true, sets())), "a time zone apart");
        assert!(!a.same_as(&Fingerprint::new(at(18) + Duration::days(2), true, sets())), "two days apart");
        let other = vec![sign(Some(5), Some(100.0), None, None), sign(Some(5), Some(102.0), None, None)];
        assert!(!a.same_as(&Fingerprint::new(at(18), true, other)), "other weights");
    }
}

//! The hybrid logical clock that an event's `_created_at` is (DESIGN.md §9, docs/sync.md):
//! a new event is recorded at the wall clock's time unless the log already holds an event at
//! or after it — one merged from a device whose clock runs ahead — and then one microsecond
//! after the latest. So an event made after seeing another (on any device, whatever its
//! clock) always sorts after it in the log order `(_created_at, _event_id)` every projection
//! uses, and an edit made after seeing another device's edit wins. Pure: the wall time and
//! the latest time of the log are passed in.

use chrono::{DateTime, Duration, Utc};

/// The clock's step: `_created_at` is a TIMESTAMP of microseconds.
pub const TICK: Duration = Duration::microseconds(1);

/// The `_created_at` of an event made at wall time `wall` in a log whose latest `_created_at`
/// is `latest`: `max(wall, latest + 1 µs)`.
pub fn next(wall: DateTime<Utc>, latest: Option<DateTime<Utc>>) -> DateTime<Utc> {
    match latest {
        Some(latest) if wall <= latest => latest + TICK,
        _ => wall,
    }
}

/// How far a batch of new events whose earliest `_created_at` is `earliest` has to move so that
/// it follows `latest`: nothing when it already does. Moving the whole batch by one amount
/// keeps its own order and spacing (a workout's events stay one microsecond apart).
pub fn lift(earliest: DateTime<Utc>, latest: Option<DateTime<Utc>>) -> Duration {
    next(earliest, latest) - earliest
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(seconds: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 5, 1, 12, 0, 0).unwrap() + Duration::seconds(seconds)
    }

    #[test]
    fn the_wall_clock_is_used_when_it_is_ahead_of_the_log() {
        assert_eq!(next(at(10), None), at(10), "an empty log");
        assert_eq!(next(at(10), Some(at(9))), at(10));
    }

    #[test]
    fn a_log_ahead_of_the_wall_clock_is_followed_by_one_microsecond() {
        // Another device's clock ran three hours ahead; its edit was merged here.
        let ahead = at(3 * 3600);
        assert_eq!(next(at(10), Some(ahead)), ahead + TICK);
        assert_eq!(next(at(10), Some(at(10))), at(10) + TICK, "the same microsecond is not after it");
    }

    #[test]
    fn made_after_seeing_means_later_in_the_log_whatever_the_clocks() {
        // Each device records an event after seeing the other's, its own clock skewed.
        let skews = [0, 7200, -3600, 5, -5];
        let mut latest = None;
        for (step, skew) in skews.iter().cycle().take(40).enumerate() {
            let made = next(at(step as i64 + skew), latest);
            assert!(latest.is_none_or(|l| made > l), "step {step}: {made} after {latest:?}");
            latest = Some(made);
        }
    }

    #[test]
    fn a_batch_moves_as_a_whole_or_not_at_all() {
        assert_eq!(lift(at(10), Some(at(5))), Duration::zero());
        assert_eq!(lift(at(10), None), Duration::zero());
        assert_eq!(lift(at(10), Some(at(70))), Duration::seconds(60) + TICK);
        let batch = [at(10), at(10) + TICK, at(10) + TICK * 2];
        let shift = lift(batch[0], Some(at(70)));
        let moved: Vec<_> = batch.iter().map(|t| *t + shift).collect();
        assert_eq!(moved, [at(70) + TICK, at(70) + TICK * 2, at(70) + TICK * 3]);
    }
}

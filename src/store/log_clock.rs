//! The store's side of the hybrid logical clock (`domain::hlc`): the latest `_created_at` the
//! log holds, read once when the store opens and kept up to date by every append and merge
//! (shared by every connection of one store, so the writer thread and a sync see the same),
//! and the rule applied where every new event passes: an append whose events are not after
//! the latest is moved, as a whole, to just after it. Events merged from a backup or another
//! device keep their times: they were recorded elsewhere.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, Utc};
use duckdb::Connection;

use super::Result;
use crate::domain::event_row::EventRow;
use crate::domain::hlc;

/// No time yet (an empty log).
const NONE: i64 = i64::MIN;

/// The latest `_created_at` of the log, and the latest handed out by [`LogClock::now`] (so
/// events stamped before the ones before them reach the log still follow them).
#[derive(Debug, Clone)]
pub(super) struct LogClock(Arc<Times>);

#[derive(Debug)]
struct Times {
    stored: AtomicI64,
    issued: AtomicI64,
}

fn time(micros: i64) -> Option<DateTime<Utc>> {
    (micros != NONE).then(|| DateTime::from_timestamp_micros(micros)).flatten()
}

impl LogClock {
    /// The clock of the log in `conn`: one look at its latest `_created_at`.
    pub(super) fn of(conn: &Connection) -> Result<LogClock> {
        let latest: Option<i64> = conn.query_row("SELECT epoch_us(max(_created_at)) FROM events", [], |r| r.get(0))?;
        let latest = latest.unwrap_or(NONE);
        Ok(LogClock(Arc::new(Times { stored: AtomicI64::new(latest), issued: AtomicI64::new(latest) })))
    }

    /// The latest `_created_at` in the log.
    pub(super) fn latest(&self) -> Option<DateTime<Utc>> {
        time(self.0.stored.load(Ordering::Acquire))
    }

    /// The `_created_at` for an event made now (`wall`): after everything in the log and
    /// everything handed out before.
    pub(super) fn now(&self, wall: DateTime<Utc>) -> DateTime<Utc> {
        let mut handed_out = wall;
        let _ = self.0.issued.fetch_update(Ordering::AcqRel, Ordering::Acquire, |issued| {
            let latest = self.0.stored.load(Ordering::Acquire).max(issued);
            handed_out = hlc::next(wall, time(latest));
            Some(handed_out.timestamp_micros())
        });
        handed_out
    }

    /// Moves `rows`, new events about to be appended, to just after the log's latest time if
    /// they are not after it already; `at_least` is a shift the caller already applied to
    /// earlier rows of the same write (it never shrinks, so the write keeps its order).
    /// Returns the shift applied.
    pub(super) fn lift(&self, rows: &mut [EventRow], at_least: chrono::Duration) -> chrono::Duration {
        let Some(earliest) = rows.iter().map(|r| r.created_at).min() else { return at_least };
        let shift = hlc::lift(earliest, self.latest()).max(at_least);
        if !shift.is_zero() {
            rows.iter_mut().for_each(|r| r.created_at += shift);
        }
        shift
    }

    /// Events up to `latest` are in the log now (an append or a merge committed).
    pub(super) fn recorded(&self, latest: Option<DateTime<Utc>>) {
        if let Some(latest) = latest {
            self.0.stored.fetch_max(latest.timestamp_micros(), Ordering::AcqRel);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn at(seconds: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 5, 1, 12, 0, 0).unwrap() + Duration::seconds(seconds)
    }

    fn clock(latest: Option<DateTime<Utc>>) -> LogClock {
        let micros = latest.map_or(NONE, |t| t.timestamp_micros());
        LogClock(Arc::new(Times { stored: AtomicI64::new(micros), issued: AtomicI64::new(micros) }))
    }

    #[test]
    fn times_handed_out_follow_the_log_and_each_other() {
        let clock = clock(Some(at(100)));
        assert_eq!(clock.now(at(200)), at(200));
        // Stamped before the first reached the log: still after it.
        assert_eq!(clock.now(at(5)), at(200) + hlc::TICK);
        assert_eq!(clock.latest(), Some(at(100)), "handing out records nothing");
        clock.recorded(Some(at(300)));
        assert_eq!(clock.now(at(5)), at(300) + hlc::TICK);
        clock.recorded(Some(at(50)));
        assert_eq!(clock.latest(), Some(at(300)), "a merge of older events moves nothing back");
    }

    #[test]
    fn a_write_not_after_the_log_moves_as_a_whole() {
        let clock = clock(Some(at(100)));
        let row = |s: i64| EventRow { created_at: at(s), ..EventRow::default() };
        let mut after = [row(101), row(102)];
        assert!(clock.lift(&mut after, Duration::zero()).is_zero());
        assert_eq!(after[0].created_at, at(101));
        let mut behind = [row(10), row(11)];
        let shift = clock.lift(&mut behind, Duration::zero());
        assert_eq!([behind[0].created_at, behind[1].created_at], [at(100) + hlc::TICK, at(101) + hlc::TICK]);
        // A later part of the same write is moved at least as far.
        let mut rest = [row(12)];
        assert_eq!(clock.lift(&mut rest, shift), shift);
        assert_eq!(rest[0].created_at, at(102) + hlc::TICK);
        assert!(clock.lift(&mut [], shift) == shift);
    }
}

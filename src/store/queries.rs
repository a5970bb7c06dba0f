//! The read queries the screens and the CLI need. SQL narrows the events down to the workouts
//! concerned; the domain projection then resolves corrections, so the rules live in one place.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Result, Store};
use crate::domain::projection::{History, Workout};

/// Counts for `gymlog stats`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoreStats {
    pub events: u64,
    pub workouts: u64,
    pub sets: u64,
    pub first_workout: Option<NaiveDate>,
    pub last_workout: Option<NaiveDate>,
}

impl Store {
    /// The whole log folded into workouts, event by event as it is read.
    /// The log folded into workouts: read as stored when it is in log order (a third faster
    /// at a million events than sorting it in pages), else in pages of the log order.
    pub fn history(&self) -> Result<History> {
        let mut history = History::default();
        if self.for_each_event_as_stored(|event| history.apply(&event))? {
            return Ok(history);
        }
        let mut history = History::default();
        self.for_each_event(|event| history.apply(&event))?;
        Ok(history)
    }

    pub fn stats(&self) -> Result<StoreStats> {
        let history = self.history()?;
        let completed: Vec<&Workout> = history.completed().collect();
        Ok(StoreStats {
            events: self.event_count()?,
            workouts: completed.len() as u64,
            sets: completed.iter().map(|w| w.sets.len() as u64).sum(),
            first_workout: completed.iter().map(|w| w.started_at.date_naive()).min(),
            last_workout: completed.iter().map(|w| w.started_at.date_naive()).max(),
        })
    }

    /// How many workouts were started and not yet completed, discarded or deleted.
    pub fn unfinished_workouts(&self) -> Result<u64> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM (
                SELECT workout_id FROM events WHERE event_type = 'workout_started'
                EXCEPT
                SELECT workout_id FROM events
                WHERE event_type IN ('workout_completed', 'workout_discarded', 'workout_deleted'))",
            [],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }
}

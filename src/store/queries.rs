//! The read queries the screens and the CLI need. SQL narrows the events down to the workouts
//! concerned; the domain projection then resolves corrections, so the rules live in one place.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::events::{LOG_ORDER, ROW_SELECT};
use super::{Result, Store};
use crate::domain::projection::{History, LoggedSet, Workout};

/// Counts for `gymlog stats`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoreStats {
    pub events: u64,
    pub workouts: u64,
    pub sets: u64,
    pub first_workout: Option<NaiveDate>,
    pub last_workout: Option<NaiveDate>,
}

/// One set of an exercise with the workout it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseSet {
    pub workout_id: uuid::Uuid,
    pub workout_started_at: DateTime<Utc>,
    pub set: LoggedSet,
}

impl Store {
    /// The whole log folded into workouts.
    pub fn history(&self) -> Result<History> {
        Ok(History::from_events(&self.events()?))
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

    /// Completed workouts started in `[from, to)`, oldest first.
    pub fn workouts_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Workout>> {
        let history = self.fold_workouts_where(
            "SELECT workout_id FROM events
             WHERE event_type = 'workout_started' AND occurred_at >= make_timestamp(?) AND occurred_at < make_timestamp(?)",
            [from.timestamp_micros(), to.timestamp_micros()],
        )?;
        let mut workouts: Vec<Workout> = history.completed().cloned().collect();
        workouts.sort_by_key(|w| w.started_at);
        Ok(workouts)
    }

    /// Every set of `exercise` in completed workouts, oldest first.
    pub fn sets_of_exercise(&self, exercise: &str) -> Result<Vec<ExerciseSet>> {
        let history = self.fold_workouts_where(
            "SELECT workout_id FROM events WHERE exercise = ? AND event_type IN ('set_logged', 'set_updated')",
            [exercise],
        )?;
        let mut sets: Vec<ExerciseSet> = history
            .completed()
            .flat_map(|w| {
                w.sets_of(exercise).map(|s| ExerciseSet {
                    workout_id: w.id,
                    workout_started_at: w.started_at,
                    set: s.clone(),
                })
            })
            .collect();
        sets.sort_by_key(|s| (s.workout_started_at, s.set.facts.set_index));
        Ok(sets)
    }

    /// The most recent completed workout with sets of `exercise`.
    pub fn last_session_of(&self, exercise: &str) -> Result<Option<Workout>> {
        // The latest few candidates, so a session whose sets were all removed is skipped.
        let history = self.fold_workouts_where(
            "SELECT workout_id FROM events
             WHERE exercise = ? AND event_type = 'set_logged'
               AND workout_id IN (SELECT workout_id FROM events WHERE event_type = 'workout_completed')
             GROUP BY workout_id ORDER BY max(occurred_at) DESC LIMIT 5",
            [exercise],
        )?;
        Ok(history.last_session_of(exercise, None).cloned())
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

    /// Every event of the workouts `selection` (a query of `workout_id`s) picks, folded.
    fn fold_workouts_where<P: duckdb::Params>(&self, selection: &str, params: P) -> Result<History> {
        let sql = format!("SELECT {ROW_SELECT} FROM events WHERE workout_id IN ({selection}) {LOG_ORDER}");
        Ok(History::from_events(&self.query_events(&sql, params)?))
    }
}

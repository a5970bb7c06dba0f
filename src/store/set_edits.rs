//! For the "changed on two devices" note (docs/sync.md): of every set edited at least once,
//! its latest two `set_logged` / `set_updated` events in log order — the edit that counts and
//! the one before it.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{Result, Store, StoreError};

/// One set's latest two events.
#[derive(Debug, Clone, PartialEq)]
pub struct LatestSetEdits {
    pub set_id: Uuid,
    pub workout_id: Option<Uuid>,
    pub exercise: Option<String>,
    /// The edit that counts, and when.
    pub latest: (Uuid, DateTime<Utc>),
    /// The event before it (the set as logged, or an earlier edit).
    pub before: (Uuid, DateTime<Utc>),
}

impl Store {
    /// The latest two events of every set that has a `set_updated`, by set id.
    pub fn latest_set_edits(&self) -> Result<Vec<LatestSetEdits>> {
        let mut stmt = self.conn.prepare(
            "WITH ranked AS (
                 SELECT set_id, workout_id, exercise, _event_id, _created_at,
                        row_number() OVER (PARTITION BY set_id ORDER BY _created_at DESC, _event_id DESC) AS n
                 FROM events
                 WHERE event_type IN ('set_logged', 'set_updated')
                   AND set_id IN (SELECT set_id FROM events WHERE event_type = 'set_updated'))
             SELECT l.set_id::VARCHAR, l.workout_id::VARCHAR, l.exercise, l._event_id::VARCHAR,
                    epoch_us(l._created_at), b._event_id::VARCHAR, epoch_us(b._created_at)
             FROM ranked l JOIN ranked b ON b.set_id = l.set_id AND b.n = 2
             WHERE l.n = 1 ORDER BY l.set_id",
        )?;
        type Row = (String, Option<String>, Option<String>, String, i64, String, i64);
        let rows: Vec<Row> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))?
            .collect::<Result<_, _>>()?;
        let id = |t: &str| Uuid::parse_str(t).map_err(|e| StoreError::Invalid(e.to_string()));
        let at = |us: i64| DateTime::from_timestamp_micros(us).ok_or_else(|| StoreError::Invalid(format!("time {us}")));
        rows.into_iter()
            .map(|(set, workout, exercise, latest, latest_at, before, before_at)| {
                Ok(LatestSetEdits {
                    set_id: id(&set)?,
                    workout_id: workout.as_deref().map(id).transpose()?,
                    exercise,
                    latest: (id(&latest)?, at(latest_at)?),
                    before: (id(&before)?, at(before_at)?),
                })
            })
            .collect()
    }
}

//! The read queries the screens and the CLI need. SQL narrows the events down to the workouts
//! concerned; the domain projection then resolves corrections, so the rules live in one place.

use chrono::NaiveDate;
use serde::Serialize;

use std::sync::mpsc::{SyncSender, sync_channel};

use super::{Result, Store, StoreError};
use crate::domain::event::Event;
use crate::domain::projection::{History, Workout};

/// Events handed from the reading thread to the folding one per message (4,096 and four in
/// flight measured the same speed and 5 MiB more peak memory at a million events).
const FOLD_BATCH: usize = 1024;

/// DuckDB's memory while it scans the whole log for the history: room for the blocks the
/// scan has pinned (it needs 2–4 MB), not for a cache of every block it read (see
/// [`Store::with_memory_limit`]).
const SCAN_MEMORY: &str = "16MB";

/// The limit set for a moment after the scan, so that DuckDB evicts what the scan left cached.
const EVICT_MEMORY: &str = "1MB";

/// What the folding thread is told.
enum Fold {
    Events(Vec<Event>),
    /// Forget what was folded: the log is read again from its start.
    StartOver,
}

/// Events read, on their way to the folding thread in batches.
struct Batches {
    events: Vec<Event>,
    send: SyncSender<Fold>,
}

impl Batches {
    fn push(&mut self, event: Event) {
        self.events.push(event);
        if self.events.len() == FOLD_BATCH {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if !self.events.is_empty() {
            let events = std::mem::replace(&mut self.events, Vec::with_capacity(FOLD_BATCH));
            // A folder gone has panicked: its join reports it.
            let _ = self.send.send(Fold::Events(events));
        }
    }

    fn start_over(&mut self) {
        self.events.clear();
        let _ = self.send.send(Fold::StartOver);
    }
}

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
    /// The log folded into workouts: read as stored when it is in log order (a third faster
    /// at a million events than sorting it in pages), else in pages of the log order.
    ///
    /// Reading (DuckDB's scan and the decoding of rows into events) and folding run on two
    /// threads, the events handed over in batches of 1,024 (two in flight: about 1 MiB): each
    /// takes about a second at a million events, and the window's thread is idle meanwhile.
    ///
    /// The scan runs with DuckDB's memory limited ([`Store::with_memory_limit`]), a setting of
    /// the whole database: call it when nothing else runs on the store (start-up, the CLI).
    pub fn history(&self) -> Result<History> {
        self.history_scanning_in(Some(SCAN_MEMORY))
    }

    /// [`Store::history`] without the memory limit, for a read while other work may run on the
    /// store (the window's reload after a restore or an import, beside an export).
    pub fn history_beside_other_work(&self) -> Result<History> {
        self.history_scanning_in(None)
    }

    /// [`Store::history`] with DuckDB's memory limited to `scan_memory` during the scan (a
    /// limit too small for it in tests), or not limited.
    #[doc(hidden)]
    pub fn history_scanning_in(&self, scan_memory: Option<&str>) -> Result<History> {
        std::thread::scope(|scope| {
            let (send, receive) = sync_channel::<Fold>(2);
            let folder = std::thread::Builder::new()
                .name("gymlog fold".into())
                .spawn_scoped(scope, move || {
                    let mut history = History::default();
                    for message in receive {
                        match message {
                            Fold::Events(events) => events.iter().for_each(|e| history.apply(e)),
                            Fold::StartOver => history = History::default(),
                        }
                    }
                    history
                })
                .map_err(|e| StoreError::Invalid(format!("could not start folding the log: {e}")))?;
            let mut batches = Batches { events: Vec::with_capacity(FOLD_BATCH), send };
            let mut scan = || self.for_each_event_as_stored(|event| batches.push(event));
            let as_stored = match scan_memory {
                Some(limit) => self.with_memory_limit(limit, scan),
                None => scan(),
            };
            let read = as_stored.and_then(|in_order| {
                if !in_order {
                    batches.start_over();
                    self.for_each_event(|event| batches.push(event))?;
                }
                Ok(())
            });
            batches.flush();
            drop(batches);
            let history = folder.join().map_err(|_| StoreError::Invalid("folding the log failed".into()))?;
            read.map(|()| history)
        })
    }

    /// Runs a scan of the whole log as stored with DuckDB's memory limited to `limit`, then
    /// has DuckDB drop what it still caches and lifts the limit (GymLog sets no other). DuckDB
    /// keeps every block a scan reads in its buffer pool until it needs the room — 45 MiB at a
    /// million events, on top of the history folded from them, for nothing: the log is read
    /// once. Limited, it drops blocks as the scan passes them. A scan the limit refuses (DuckDB's "out of memory") is not an error of the
    /// log: it answers `false`, so the caller forgets what was read and reads the log again in
    /// pages without the limit (as for a log not in time order).
    fn with_memory_limit(&self, limit: &str, scan: impl FnOnce() -> Result<bool>) -> Result<bool> {
        // DuckDB refuses a limit below what it holds now (blocks pinned by another
        // connection's work): then the scan runs without one.
        if self.conn.execute_batch(&format!("SET memory_limit = '{limit}'")).is_err() {
            return scan();
        }
        let scanned = scan();
        // Lowered for a moment, DuckDB drops the blocks it still caches (up to the limit: 14 MiB
        // less resident at a million events); refused if it holds more pinned, which is fine.
        let _ = self.conn.execute_batch(&format!("SET memory_limit = '{EVICT_MEMORY}'"));
        self.conn.execute_batch("RESET memory_limit")?;
        match scanned {
            Err(StoreError::Sql(e)) if e.to_string().contains("Out of Memory") => Ok(false),
            other => other,
        }
    }

    /// The bytes DuckDB holds in its buffer pool now (cached and pinned blocks), for tests of
    /// what a read leaves behind.
    #[doc(hidden)]
    pub fn buffer_pool_bytes(&self) -> Result<u64> {
        let bytes: i64 = self.conn.query_row(
            "SELECT coalesce(sum(memory_usage_bytes), 0)::BIGINT FROM duckdb_memory()",
            [],
            |r| r.get(0),
        )?;
        Ok(bytes as u64)
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

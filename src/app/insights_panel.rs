//! The Insights console's state: what runs, what it answered, the team folder open, and the
//! query databases its jobs share. What it does is `insights_flow.rs`.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::store::query::{Canceller, QueryDb, QueryResult};
use crate::store::team::{TEAM_READY_QUERIES, TeamSummary};
use crate::store::views::READY_QUERIES;

/// The query database of a history version, shared with the job that runs a query.
pub(super) type Cached = Arc<Mutex<Option<(u64, QueryDb)>>>;

/// The console's state: what runs, what it answered.
#[derive(Default)]
pub struct InsightsPanel {
    pub running: bool,
    /// The SQL of the last answer or error.
    pub ran_sql: String,
    pub result: Option<QueryResult>,
    /// DuckDB's message (with the position), a refusal, or "cancelled".
    pub error: Option<String>,
    pub(super) db: Cached,
    /// The team folder open (queries run over it), and its database.
    pub team: Option<TeamFolder>,
    pub(super) team_db: Arc<Mutex<Option<QueryDb>>>,
    /// A team folder being opened.
    pub opening_team: Option<PathBuf>,
    /// Stops the query running now (set by the job once its database exists).
    pub(super) interrupt: Arc<Mutex<Option<Canceller>>>,
}

impl InsightsPanel {
    /// The ready-made queries (name, SQL) for what the console queries now: the lifter's own
    /// views, or the team's tables while a team folder is open.
    pub fn ready_queries(&self) -> &'static [(&'static str, &'static str)] {
        if self.team.is_some() { &TEAM_READY_QUERIES } else { &READY_QUERIES }
    }
}

/// A team dataset folder open in the console.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamFolder {
    pub folder: PathBuf,
    pub summary: TeamSummary,
}

//! The Insights console: a lifter's own SQL over the views (`store::query`), run off the UI
//! thread one query at a time, cancellable; saved queries are events (backed up with the
//! rest). The private query database is built from a snapshot the first time a query runs and
//! again only when the history changed since (the history's version). A coach opens a team
//! dataset folder instead (`store::team`, off the UI thread too): queries then run over the
//! team tables until the folder is closed.

use std::path::PathBuf;
use std::sync::Mutex;

use uuid::Uuid;

use super::jobs::JobKind;
use super::state::AppState;
use super::state::Done;
use crate::domain::event::EventKind;
use crate::store::Store;
use crate::store::query::{Canceller, QueryDb, QueryError};
use crate::store::team::TeamSummary;

use super::insights_panel::{Cached, InsightsPanel, TeamFolder};
/// An answer as the console shows it (the views read it from here, not from `store`).
pub use crate::store::query::{Cell, QueryResult};

/// Runs `sql` on the open team folder's database; `closed` says (in the window's language)
/// that it was closed meanwhile.
fn answer_team(
    team_db: &Mutex<Option<QueryDb>>,
    interrupt: &Mutex<Option<Canceller>>,
    sql: &str,
    closed: String,
) -> Result<QueryResult, QueryError> {
    let team = team_db.lock().unwrap_or_else(|e| e.into_inner());
    let db = team.as_ref().ok_or(QueryError::Failed(closed))?;
    run_cancellable(db, interrupt, sql)
}

/// Runs `sql` on `db`, Cancel reaching it through `interrupt` meanwhile.
fn run_cancellable(db: &QueryDb, interrupt: &Mutex<Option<Canceller>>, sql: &str) -> Result<QueryResult, QueryError> {
    *interrupt.lock().unwrap_or_else(|e| e.into_inner()) = Some(db.canceller());
    db.run(sql)
}

/// Runs `sql` on the cached database, building it first from `store` if `version` is newer;
/// `read_failed` begins (in the window's language) the error of a history it cannot read.
fn answer(
    store: &Store,
    db: &Cached,
    interrupt: &Mutex<Option<Canceller>>,
    version: u64,
    sql: &str,
    read_failed: String,
) -> Result<QueryResult, QueryError> {
    let mut cached = db.lock().unwrap_or_else(|e| e.into_inner());
    if cached.as_ref().is_none_or(|(v, _)| *v != version) {
        let fresh = store.query_db().map_err(|e| QueryError::Failed(format!("{read_failed}: {e}")))?;
        *cached = Some((version, fresh));
    }
    let (_, query_db) = cached.as_ref().expect("just built");
    run_cancellable(query_db, interrupt, sql)
}

impl AppState {
    pub fn insights(&self) -> &InsightsPanel {
        &self.insights
    }

    pub(super) fn run_query(&mut self, sql: String) {
        if self.insights.running || self.insights.opening_team.is_some() {
            return;
        }
        let interrupt = self.insights.interrupt.clone();
        let job_sql = sql.clone();
        let started = if self.insights.team.is_some() {
            let team_db = self.insights.team_db.clone();
            let closed = self.i18n.t("insights-team-closed").to_string();
            self.start_job(JobKind::Query, move || {
                let result = answer_team(&team_db, &interrupt, &job_sql, closed);
                let answered: Done = Box::new(move |app| app.query_finished(job_sql, result));
                answered
            })
        } else {
            let store = match self.reader() {
                Ok(store) => store,
                Err(e) => {
                    let message = self.i18n.f("insights-run-failed", &[("detail", e.to_string().into())]);
                    return self.error(message);
                }
            };
            let (db, version) = (self.insights.db.clone(), self.logbook.history.version());
            let read_failed = self.i18n.t("insights-read-failed").to_string();
            self.start_job(JobKind::Query, move || {
                let result = answer(&store, &db, &interrupt, version, &job_sql, read_failed);
                let answered: Done = Box::new(move |app| app.query_finished(job_sql, result));
                answered
            })
        };
        match started {
            Ok(()) => {
                self.insights.running = true;
                self.insights.error = None;
            }
            Err(busy) => self.insights.error = Some(busy),
        }
        self.insights.ran_sql = sql;
    }

    pub(super) fn cancel_query(&mut self) {
        if let Some(canceller) = self.insights.interrupt.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            canceller.cancel();
        }
    }

    pub(super) fn query_finished(&mut self, sql: String, result: Result<QueryResult, QueryError>) {
        self.insights.running = false;
        self.insights.ran_sql = sql;
        match result {
            Ok(answer) => {
                self.insights.result = Some(answer);
                self.insights.error = None;
            }
            Err(e) => self.insights.error = Some(e.to_string()),
        }
    }

    /// Saves `sql` as `name` (replacing a saved query of that name).
    pub(super) fn save_query(&mut self, name: String, sql: String) {
        let name = name.trim().to_string();
        if name.is_empty() || sql.trim().is_empty() {
            let message = self.i18n.t("insights-save-needs-name").to_string();
            return self.error(message);
        }
        let existing = self.logbook.history.saved_queries().iter().find(|q| q.name == name).map(|q| q.id);
        let query_id = existing.unwrap_or_else(Uuid::now_v7);
        if self.record(vec![EventKind::QuerySaved { query_id, name: name.clone(), sql }]) {
            let message = self.i18n.f("insights-query-saved", &[("name", name.into())]);
            self.info(message);
        }
    }

    pub(super) fn delete_query(&mut self, query_id: Uuid) {
        if self.record(vec![EventKind::QueryDeleted { query_id }]) {
            let message = self.i18n.t("insights-query-deleted").to_string();
            self.info(message);
        }
    }
}

impl AppState {
    /// Opens a team dataset folder off the UI thread; queries then run over it.
    pub(super) fn open_team_folder(&mut self, folder: PathBuf) {
        if self.insights.running || self.insights.opening_team.is_some() {
            return;
        }
        let team_db = self.insights.team_db.clone();
        let job_folder = folder.clone();
        let started = self.start_job(JobKind::Query, move || {
            let result = match crate::store::team::open(&job_folder) {
                Ok((db, summary)) => {
                    *team_db.lock().unwrap_or_else(|e| e.into_inner()) = Some(db);
                    Ok(summary)
                }
                Err(e) => Err(e.to_string()),
            };
            let opened: Done = Box::new(move |app| app.team_opened(job_folder, result));
            opened
        });
        match started {
            Ok(()) => {
                self.insights.opening_team = Some(folder);
                self.insights.error = None;
            }
            Err(busy) => self.insights.error = Some(busy),
        }
    }

    pub(super) fn browse_team_folder(&mut self, start: PathBuf) {
        let folder = if start.is_dir() { start } else { super::file_dialog::default_folder() };
        let ask = super::file_dialog::DialogRequest::Folder { folder };
        if let Err(busy) = self.ask_dialog(super::file_dialog::DialogPurpose::TeamFolder, ask) {
            self.insights.error = Some(busy);
        }
    }

    pub(super) fn team_opened(&mut self, folder: PathBuf, result: Result<TeamSummary, String>) {
        self.insights.opening_team = None;
        match result {
            Ok(summary) => {
                let names: Vec<&str> = summary.athletes.iter().map(|(name, _)| name.as_str()).collect();
                let names = names.join(self.i18n.t("history-change-separator"));
                let message = self.i18n.f("insights-team-opened", &[("athletes", names.into())]);
                self.info(message);
                self.insights.team = Some(TeamFolder { folder, summary });
                self.insights.result = None;
                self.insights.error = None;
            }
            Err(e) => self.insights.error = Some(self.i18n.f("insights-team-open-failed", &[("detail", e.into())])),
        }
    }

    /// Back to the lifter's own history (the team's database is dropped).
    pub(super) fn close_team_folder(&mut self) {
        if self.insights.running || self.insights.opening_team.is_some() {
            return;
        }
        self.insights.team = None;
        *self.insights.team_db.lock().unwrap_or_else(|e| e.into_inner()) = None;
        self.insights.result = None;
        self.insights.error = None;
    }
}

//! A coach's view (docs/datasets.md): a team dataset folder — `DIR/athlete=NAME/year=YYYY/*.parquet`
//! as `gymlog export --dataset` writes it — opened read-only in a private query database as
//! `team_sets`, `team_workouts`, `team_bodyweight`, `team_records` (the lifter's views of
//! `views.rs`, one row per athlete's row, with an `athlete` column) and `team_events` (every
//! event as stored). Each athlete's views are worked out by the very SQL of the lifter's own
//! (over that athlete's events only, so ids never meet across athletes), then the file access
//! is switched off and the settings locked, as for the lifter's own console.

use std::path::Path;

use duckdb::Connection;

use super::columns;
use super::query::QueryDb;
use super::snapshot::path_literal;
use super::{Result, StoreError, sql_string_literal, views};

/// The team tables, each the union over the athletes of the lifter's view of the same name.
const TEAM_VIEWS: [&str; 4] = ["sets", "workouts", "bodyweight", "records"];

/// Who is in a team folder.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamSummary {
    /// Athletes by name (as they gave it), with their events; sorted by name.
    pub athletes: Vec<(String, u64)>,
}

impl TeamSummary {
    pub fn events(&self) -> u64 {
        self.athletes.iter().map(|(_, n)| n).sum()
    }
}

/// Opens the team dataset in `dir` as a query database with the team tables.
pub fn open(dir: &Path) -> Result<(QueryDb, TeamSummary)> {
    if !dir.is_dir() {
        return Err(StoreError::Invalid(format!("{} is not a folder", dir.display())));
    }
    let has_athletes = std::fs::read_dir(dir)
        .map_err(|e| StoreError::Invalid(format!("could not read {}: {e}", dir.display())))?
        .filter_map(std::result::Result::ok)
        .any(|e| e.file_name().to_string_lossy().starts_with("athlete=") && e.path().is_dir());
    if !has_athletes {
        return Err(StoreError::Invalid(format!(
            "{} holds no athlete=NAME folders: it is not a team dataset (each athlete writes theirs with Settings -> Team dataset, or gymlog export --dataset)",
            dir.display()
        )));
    }
    let glob = path_literal(&dir.join("athlete=*").join("year=*").join("*.parquet"))?;
    QueryDb::build(|conn| {
        // Ids and payloads are text in a dataset (for Spark and Trino): typed again here, so the
        // lifter's views run unchanged.
        conn.execute_batch(&format!(
            "CREATE TABLE team_events AS
             SELECT coalesce(athlete_name, athlete) AS athlete, {}
             FROM read_parquet({glob}, hive_partitioning = true, union_by_name = true,
                               hive_types = {{'athlete': VARCHAR, 'year': INTEGER}})",
            columns::typed_list()
        ))
        .map_err(|e| StoreError::Invalid(format!("could not read the team folder {}: {e}", dir.display())))?;
        let summary = summary(conn)?;
        if summary.athletes.is_empty() {
            return Err(StoreError::Invalid("the team folder holds no events".into()));
        }
        for (i, (athlete, _)) in summary.athletes.iter().enumerate() {
            athlete_views(conn, i, athlete)?;
        }
        for view in TEAM_VIEWS {
            let parts: Vec<String> = (summary.athletes.iter().enumerate())
                .map(|(i, (athlete, _))| {
                    format!("SELECT {} AS athlete, * FROM athlete_{i}.{view}", sql_string_literal(athlete))
                })
                .collect();
            conn.execute_batch(&format!("CREATE TABLE team_{view} AS {}", parts.join(" UNION ALL BY NAME ")))?;
        }
        for i in 0..summary.athletes.len() {
            conn.execute_batch(&format!("DROP SCHEMA athlete_{i} CASCADE"))?;
        }
        Ok(summary)
    })
}

fn summary(conn: &Connection) -> duckdb::Result<TeamSummary> {
    let mut statement = conn.prepare(
        "SELECT athlete, count(*) FROM team_events WHERE athlete IS NOT NULL GROUP BY athlete ORDER BY athlete",
    )?;
    let athletes = statement
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64)))?
        .collect::<duckdb::Result<Vec<_>>>()?;
    Ok(TeamSummary { athletes })
}

/// The lifter's views over one athlete's events, as tables in schema `athlete_{i}`.
fn athlete_views(conn: &Connection, i: usize, athlete: &str) -> duckdb::Result<()> {
    let name = sql_string_literal(athlete);
    conn.execute_batch(&format!(
        "CREATE SCHEMA athlete_{i};
         CREATE TABLE athlete_{i}.events AS SELECT * EXCLUDE (athlete) FROM main.team_events WHERE athlete = {name};
         USE athlete_{i};"
    ))?;
    let made = views::create(conn, views::Made::Tables);
    conn.execute_batch("USE main")?;
    made
}

/// Ready-made questions a coach asks of a team folder (the Insights console, docs/datasets.md).
pub const TEAM_READY_QUERIES: [(&str, &str); 5] = [
    (
        "Weekly volume per athlete",
        "SELECT date_trunc('week', date)::DATE AS week, athlete, count(DISTINCT workout_id) AS workouts,\n       count(*) AS sets, round(sum(volume_kg)) AS volume_kg\nFROM team_sets\nGROUP BY ALL\nORDER BY week, athlete",
    ),
    (
        "e1RM trend per athlete",
        "SELECT date_trunc('month', date)::DATE AS month, athlete, exercise, round(max(e1rm_kg), 1) AS best_e1rm_kg\nFROM team_sets\nWHERE exercise IN ('Squat', 'Bench Press', 'Deadlift')\nGROUP BY ALL\nORDER BY athlete, exercise, month",
    ),
    (
        "Who has not trained this week",
        "SELECT athlete, max(date) AS last_workout, today() - max(date) AS days_since\nFROM team_workouts\nGROUP BY athlete\nHAVING max(date) < date_trunc('week', today())\nORDER BY last_workout",
    ),
    (
        "Best lifts per athlete",
        "SELECT athlete, exercise, round(best_e1rm_kg, 1) AS best_e1rm_kg, best_e1rm_date, heaviest_kg\nFROM team_records\nWHERE exercise IN ('Squat', 'Bench Press', 'Deadlift', 'Overhead Press')\nORDER BY exercise, best_e1rm_kg DESC NULLS LAST",
    ),
    (
        "Workouts per athlete per month",
        "SELECT date_trunc('month', date)::DATE AS month, athlete, count(*) AS workouts,\n       round(avg(duration_s) / 60) AS average_minutes\nFROM team_workouts\nGROUP BY ALL\nORDER BY month, athlete",
    ),
];

//! The documented read-only views over the event log (docs/queries.md), defined once here:
//! `sets`, `workouts`, `exercises`, `bodyweight`, `measurements`, `records`, `programs`,
//! `planned_sets`. Each is SQL over a relation named
//! `events` with the backup's columns, so the same text runs on the store, on a backup file
//! (`CREATE VIEW events AS FROM read_parquet(…)`) and on a team dataset. They apply the
//! projection's rules (`domain/projection`): only saved workouts (completed, not discarded or
//! deleted); a set's latest edit; removed sets and exercises gone; workout edits (name, start,
//! end); exercise renames and merges; bodyweight entries not removed; bodyweight exercises
//! counted with the weigh-in before the workout. The built-in exercise library is a table,
//! `library`, made from the app's list.

use duckdb::Connection;

use crate::domain::exercise::builtin_library;
use crate::domain::program::builtin;
use crate::domain::units::WeightUnit;

/// The views, in the order they are created (later ones use earlier ones).
pub const VIEWS: [(&str, &str); 8] = [
    ("bodyweight", BODYWEIGHT),
    ("measurements", MEASUREMENTS),
    ("workouts", WORKOUTS),
    ("sets", SETS),
    ("exercises", EXERCISES),
    ("records", RECORDS),
    ("programs", PROGRAMS),
    ("planned_sets", PLANNED_SETS),
];

/// The built-in programs (the table `builtin_programs`, from `domain::program::builtin`) and
/// the lifter's own (their latest `program_saved`, unless deleted after it); `following`: the
/// one the latest `program_started` / `program_stopped` leaves followed.
const PROGRAMS: &str = "
WITH own AS (
  SELECT payload->>'program_slug' AS slug, workout_name AS name,
         json_array_length(payload->'program'->'days')::INTEGER AS days,
         payload->'program'->>'source' AS source, _created_at AS saved_at
  FROM events WHERE event_type = 'program_saved'
  QUALIFY row_number() OVER (PARTITION BY payload->>'program_slug' ORDER BY _created_at DESC, _event_id DESC) = 1),
deleted AS (
  SELECT payload->>'program_slug' AS slug, max(_created_at) AS at FROM events
  WHERE event_type = 'program_deleted' GROUP BY ALL),
latest AS (
  SELECT payload->>'program_slug' AS slug, event_type = 'program_started' AS following FROM events
  WHERE event_type IN ('program_started', 'program_stopped')
  QUALIFY row_number() OVER (ORDER BY _created_at DESC, _event_id DESC) = 1),
started AS (
  SELECT payload->>'program_slug' AS slug, count(*) AS workouts FROM events
  WHERE event_type = 'program_workout_started' GROUP BY ALL),
every AS (
  SELECT slug, name, days, source, true AS builtin FROM builtin_programs
  UNION ALL
  SELECT o.slug, o.name, o.days, o.source, false FROM own o LEFT JOIN deleted d USING (slug)
  WHERE d.at IS NULL OR d.at < o.saved_at)
SELECT e.slug, e.name, e.days, e.source, e.builtin, coalesce(l.following, false) AS following,
       coalesce(s.workouts, 0) AS workouts_started
FROM every e LEFT JOIN latest l USING (slug) LEFT JOIN started s USING (slug)";

/// Every set a program prescribed for a workout started from it (`program_workout_started`'s
/// prescription), next to the target the lifter overrode it with (the latest
/// `program_target_overridden` of the exercise, unless back to the prescription) and the set
/// lifted in its place: the n-th working set of the exercise in the saved workout (warm-ups
/// are not in a prescription).
const PLANNED_SETS: &str = "
WITH started AS (
  SELECT workout_id, payload->>'program_slug' AS program, (payload->>'day')::INTEGER AS day,
         workout_name AS day_name,
         unnest(from_json(payload->'prescription'->'exercises',
           '[{\"exercise\": \"VARCHAR\", \"track\": \"VARCHAR\", \"sets\": [{\"weight\": {\"kg\": \"DOUBLE\"}, \"reps\": \"INTEGER\", \"reps_up_to\": \"INTEGER\", \"amrap\": \"BOOLEAN\", \"rpe\": \"DOUBLE\", \"label\": \"VARCHAR\"}]}]')) AS ex
  FROM events WHERE event_type = 'program_workout_started'),
planned AS (
  SELECT workout_id, program, day, day_name, ex.exercise AS exercise, ex.track AS track,
         generate_subscripts(ex.sets, 1) AS set_number, unnest(ex.sets) AS s
  FROM started),
overridden AS (
  SELECT workout_id, exercise, generate_subscripts(t, 1) AS set_number, unnest(t) AS t
  FROM (SELECT workout_id, exercise,
               from_json(payload->'target', '[{\"weight\": {\"kg\": \"DOUBLE\"}, \"reps\": \"INTEGER\"}]') AS t,
               (payload->'target')::VARCHAR <> (payload->'prescribed')::VARCHAR AS differs
        FROM events WHERE event_type = 'program_target_overridden'
        QUALIFY row_number() OVER (PARTITION BY workout_id, exercise ORDER BY _created_at DESC, _event_id DESC) = 1)
  WHERE differs),
lifted AS (
  SELECT workout_id, exercise, weight_kg, reps, rpe,
         row_number() OVER (PARTITION BY workout_id, exercise ORDER BY set_index) AS set_number
  FROM sets WHERE set_type <> 'warm_up')
SELECT p.workout_id, w.date, p.program, p.day, p.day_name, p.exercise, p.track, p.set_number,
       p.s.label AS label, p.s.weight.kg AS planned_kg, p.s.reps AS planned_reps,
       p.s.reps_up_to AS planned_reps_up_to, p.s.amrap AS amrap, p.s.rpe AS planned_rpe,
       l.weight_kg AS lifted_kg, l.reps AS lifted_reps, l.rpe AS lifted_rpe,
       w.workout_id IS NOT NULL AS saved,
       CASE WHEN o.workout_id IS NULL THEN p.s.weight.kg ELSE o.t.weight.kg END AS target_kg,
       CASE WHEN o.workout_id IS NULL THEN p.s.reps ELSE o.t.reps END AS target_reps,
       o.workout_id IS NOT NULL AS overridden
FROM planned p
LEFT JOIN workouts w USING (workout_id)
LEFT JOIN overridden o ON o.workout_id = p.workout_id AND o.exercise = p.exercise AND o.set_number = p.set_number
LEFT JOIN lifted l ON l.workout_id = p.workout_id AND l.exercise = p.exercise AND l.set_number = p.set_number";

const BODYWEIGHT: &str = "
SELECT _event_id AS entry_id, occurred_at AS measured_at, occurred_at::DATE AS date,
       weight_kg, weight_unit AS unit
FROM events
WHERE event_type = 'bodyweight_logged'
  AND _event_id NOT IN (SELECT (payload->>'entry')::UUID FROM events
                        WHERE event_type = 'bodyweight_removed' AND (payload->>'entry') IS NOT NULL)";

/// One row per measurement not removed, with its latest correction's value.
const MEASUREMENTS: &str = "
WITH corrected AS (
  SELECT (payload->>'entry')::UUID AS entry_id, (payload->>'value')::DOUBLE AS value, (payload->>'unit') AS unit
  FROM events WHERE event_type = 'measurement_corrected' AND (payload->>'entry') IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY (payload->>'entry') ORDER BY _created_at DESC, _event_id DESC) = 1),
logged AS (
  SELECT _event_id AS entry_id, occurred_at AS measured_at, occurred_at::DATE AS date, (payload->>'site') AS site,
         (payload->>'side') AS side, (payload->>'name') AS name,
         (payload->>'value')::DOUBLE AS value, (payload->>'unit') AS unit
  FROM events WHERE event_type = 'measurement_logged'
    AND _event_id NOT IN (SELECT (payload->>'entry')::UUID FROM events
                          WHERE event_type = 'measurement_removed' AND (payload->>'entry') IS NOT NULL)),
current AS (
  SELECT l.entry_id, l.measured_at, l.date, l.site, l.side, l.name,
         coalesce(c.value, l.value) AS value, coalesce(c.unit, l.unit) AS unit
  FROM logged l LEFT JOIN corrected c USING (entry_id))
SELECT entry_id, measured_at, date, site, side, name,
       CASE WHEN site = 'custom' THEN name
            WHEN site = 'body_fat' THEN 'Body fat'
            WHEN side IS NOT NULL THEN upper(side[1]) || side[2:] || ' ' || site
            ELSE upper(site[1]) || site[2:] END AS label,
       value, unit,
       CASE unit WHEN 'cm' THEN value WHEN 'in' THEN value * 2.54 END AS value_cm,
       CASE WHEN unit = '%' THEN value END AS value_pct
FROM current";

const WORKOUTS: &str = "
WITH started AS (
  SELECT workout_id, workout_name AS name, occurred_at AS started_at, (payload->>'source') AS source,
         (payload->>'routine')::UUID AS routine_id
  FROM events WHERE event_type = 'workout_started'
  QUALIFY row_number() OVER (PARTITION BY workout_id ORDER BY _created_at, _event_id) = 1),
completed AS (
  SELECT workout_id, max(occurred_at) AS ended_at FROM events
  WHERE event_type = 'workout_completed' GROUP BY workout_id),
edited AS (
  SELECT workout_id, workout_name AS name,
         (payload->>'started_at')::TIMESTAMPTZ::TIMESTAMP AS started_at,
         (payload->>'ended_at')::TIMESTAMPTZ::TIMESTAMP AS ended_at
  FROM events WHERE event_type = 'workout_edited'
  QUALIFY row_number() OVER (PARTITION BY workout_id ORDER BY _created_at DESC, _event_id DESC) = 1)
SELECT s.workout_id,
       CASE WHEN e.workout_id IS NULL THEN s.name ELSE e.name END AS name,
       coalesce(e.started_at, s.started_at) AS started_at,
       CASE WHEN e.workout_id IS NULL THEN c.ended_at ELSE e.ended_at END AS ended_at,
       coalesce(e.started_at, s.started_at)::DATE AS date,
       date_diff('second', coalesce(e.started_at, s.started_at),
                 CASE WHEN e.workout_id IS NULL THEN c.ended_at ELSE e.ended_at END) AS duration_s,
       s.source, s.routine_id
FROM started s
JOIN completed c USING (workout_id)
LEFT JOIN edited e USING (workout_id)
WHERE s.workout_id NOT IN (SELECT workout_id FROM events
                           WHERE event_type IN ('workout_discarded', 'workout_deleted')
                             AND workout_id IS NOT NULL)";

const SETS: &str = "
WITH RECURSIVE
logged AS (
  SELECT set_id, min(_created_at) AS logged_at FROM events
  WHERE event_type = 'set_logged' GROUP BY set_id),
latest AS (
  SELECT * FROM events WHERE event_type IN ('set_logged', 'set_updated')
  QUALIFY row_number() OVER (PARTITION BY set_id ORDER BY _created_at DESC, _event_id DESC) = 1),
current AS (
  SELECT latest.*, logged.logged_at FROM latest JOIN logged USING (set_id)
  WHERE latest.workout_id IN (SELECT workout_id FROM workouts)
    AND set_id NOT IN (SELECT set_id FROM events WHERE event_type = 'set_removed' AND set_id IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM events r
                    WHERE r.event_type = 'exercise_removed' AND r.workout_id = latest.workout_id
                      AND r.exercise = latest.exercise AND r._created_at > logged.logged_at)),
renames AS (
  SELECT exercise AS from_name, coalesce((payload->>'to'), (payload->>'into')) AS to_name, _created_at AS renamed_at
  FROM events WHERE event_type IN ('exercise_renamed', 'exercises_merged')),
named(set_id, exercise, since, step) AS (
  SELECT set_id, exercise, _created_at, 0 FROM current
  UNION ALL
  SELECT n.set_id, r.to_name, r.renamed_at, n.step + 1
  FROM named n JOIN renames r ON r.from_name = n.exercise AND r.renamed_at > n.since
  WHERE n.step < 32),
final_name AS (
  SELECT set_id, arg_max(exercise, step) AS exercise FROM named GROUP BY set_id),
weighed AS (
  -- the weigh-in before each workout, else the first one (few rows: an ASOF join per
  -- workout, not per set)
  SELECT w.*, coalesce(b.weight_kg, (SELECT weight_kg FROM bodyweight ORDER BY measured_at LIMIT 1))
         AS bodyweight_kg
  FROM workouts w
  ASOF LEFT JOIN bodyweight b ON w.started_at >= b.measured_at),
facts AS (
  SELECT c.set_id, c.workout_id, w.name AS workout_name, w.started_at, w.date, f.exercise,
         coalesce((c.payload->>'kind'), 'weight_reps') AS kind, c.set_index, c.set_type,
         c.weight_kg, c.weight_unit AS unit, c.reps, c.rpe, c.distance_m, c.duration_s, c.note,
         c.logged_at, w.bodyweight_kg
  FROM current c JOIN final_name f USING (set_id) JOIN weighed w USING (workout_id))
SELECT s.*,
       CASE WHEN s.kind = 'weight_reps' AND s.set_type <> 'warm_up' AND s.weight_kg > 0 AND s.reps = 1
              THEN s.weight_kg
            WHEN s.kind = 'weight_reps' AND s.set_type <> 'warm_up' AND s.weight_kg > 0 AND s.reps BETWEEN 2 AND 12
              THEN s.weight_kg * (1 + s.reps / 30.0)
       END AS e1rm_kg,
       CASE s.kind WHEN 'weight_reps' THEN coalesce(s.weight_kg, 0) * coalesce(s.reps, 0)
                   WHEN 'bodyweight_reps' THEN coalesce(s.bodyweight_kg + coalesce(s.weight_kg, 0), 0) * coalesce(s.reps, 0)
                   ELSE 0 END AS volume_kg,
       CASE WHEN s.distance_m > 0 AND s.duration_s > 0 THEN s.duration_s / (s.distance_m / 1000) END AS pace_s_per_km
FROM facts s";

const EXERCISES: &str = "
WITH RECURSIVE renames AS (
  SELECT exercise AS from_name, coalesce((payload->>'to'), (payload->>'into')) AS to_name,
         event_type = 'exercises_merged' AS merge, _created_at AS renamed_at
  FROM events WHERE event_type IN ('exercise_renamed', 'exercises_merged')),
created AS (
  SELECT exercise AS name, (payload->>'muscle_group') AS muscle_group, (payload->>'equipment') AS equipment,
         coalesce((payload->>'kind'), 'weight_reps') AS kind, _created_at AS created_at
  FROM events WHERE event_type = 'exercise_created'),
-- each creation under the names it took since, until a merge folded it into another
followed(origin, origin_at, name, since, merged, step) AS (
  SELECT name, created_at, name, created_at, false, 0 FROM created
  UNION ALL
  SELECT f.origin, f.origin_at, r.to_name, r.renamed_at, r.merge, f.step + 1
  FROM followed f JOIN renames r ON r.from_name = f.name AND r.renamed_at > f.since
  WHERE f.step < 32 AND NOT f.merged),
latest AS (
  SELECT origin, origin_at, arg_max(name, step) AS name, max(since) AS since, bool_or(merged) AS merged
  FROM followed GROUP BY origin, origin_at),
deleted AS (
  SELECT exercise AS name, max(_created_at) AS deleted_at FROM events WHERE event_type = 'exercise_deleted' GROUP BY exercise),
own AS (
  -- created again under a name it has: the first one stays, as in the projection
  SELECT l.name, c.muscle_group, c.equipment, c.kind, true AS custom
  FROM latest l JOIN created c ON c.name = l.origin AND c.created_at = l.origin_at
  WHERE NOT l.merged AND NOT EXISTS (SELECT 1 FROM deleted d WHERE d.name = l.name AND d.deleted_at > l.since)
  QUALIFY row_number() OVER (PARTITION BY l.name ORDER BY l.origin_at) = 1),
known AS (
  SELECT name, muscle_group, equipment, kind, false AS custom FROM library
  WHERE name NOT IN (SELECT name FROM own)
  UNION ALL SELECT * FROM own),
-- a note follows renames and merges; of the notes (and removals) that reach a name, the latest
noted(name, note, set_at, since, step) AS (
  SELECT exercise, nullif(trim(note), ''), _created_at, _created_at, 0 FROM events WHERE event_type = 'exercise_note_set'
  UNION ALL
  SELECT r.to_name, n.note, n.set_at, r.renamed_at, n.step + 1
  FROM noted n JOIN renames r ON r.from_name = n.name AND r.renamed_at > n.since
  WHERE n.step < 32),
notes AS (
  SELECT name, note FROM (
    SELECT name, note, row_number() OVER (PARTITION BY name ORDER BY set_at DESC, step DESC) AS newest
    FROM noted)
  WHERE newest = 1 AND note IS NOT NULL),
used AS (
  SELECT exercise AS name, any_value(kind) AS kind, count(*) AS sets, count(DISTINCT workout_id) AS sessions,
         min(date) AS first_date, max(date) AS last_date
  FROM sets GROUP BY exercise)
SELECT coalesce(k.name, u.name) AS name, k.muscle_group, k.equipment, coalesce(k.kind, u.kind) AS kind,
       coalesce(k.custom, true) AS custom, coalesce(u.sets, 0) AS sets, coalesce(u.sessions, 0) AS sessions,
       u.first_date, u.last_date, n.note
FROM known k FULL JOIN used u ON u.name = k.name
LEFT JOIN notes n ON n.name = coalesce(k.name, u.name)";

const RECORDS: &str = "
SELECT exercise,
       max(e1rm_kg) AS best_e1rm_kg, arg_max(date, e1rm_kg) AS best_e1rm_date,
       max(weight_kg) FILTER (WHERE set_type <> 'warm_up') AS heaviest_kg,
       arg_max(date, weight_kg) FILTER (WHERE set_type <> 'warm_up') AS heaviest_date,
       max(reps) AS most_reps, arg_max(date, reps) AS most_reps_date,
       max(volume_kg) AS best_set_volume_kg, arg_max(date, volume_kg) AS best_set_volume_date,
       max(duration_s) AS longest_s, max(distance_m) AS farthest_m,
       count(*) AS sets, count(DISTINCT workout_id) AS sessions
FROM sets GROUP BY exercise";

/// How the views are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Made {
    /// Views, computed by each query (over a relation that changes: the store, a file).
    Views,
    /// Tables computed once (over a snapshot that never changes): every query is fast.
    Tables,
}

/// Creates the `library` table and the views in `conn`, over its relation `events`.
pub fn create(conn: &Connection, made: Made) -> duckdb::Result<()> {
    conn.execute_batch(
        "CREATE OR REPLACE TABLE library (name VARCHAR, muscle_group VARCHAR, equipment VARCHAR, kind VARCHAR)",
    )?;
    {
        // In the schema in use (a team folder makes one per athlete).
        let schema: String = conn.query_row("SELECT current_schema()", [], |r| r.get(0))?;
        let mut appender = conn.appender_to_db("library", &schema)?;
        for def in builtin_library() {
            appender.append_row([def.name, def.muscle_group, def.equipment, def.kind.as_str().to_string()])?;
        }
        appender.flush()?;
    }
    conn.execute_batch(
        "CREATE OR REPLACE TABLE builtin_programs (slug VARCHAR, name VARCHAR, days INTEGER, source VARCHAR)",
    )?;
    {
        let schema: String = conn.query_row("SELECT current_schema()", [], |r| r.get(0))?;
        let mut appender = conn.appender_to_db("builtin_programs", &schema)?;
        for program in builtin::all(WeightUnit::Kg) {
            appender.append_row(duckdb::params![
                program.slug,
                program.name,
                program.days.len() as i32,
                program.source
            ])?;
        }
        appender.flush()?;
    }
    for (name, sql) in VIEWS {
        let kind = match made {
            Made::Views => "VIEW",
            Made::Tables => "TABLE",
        };
        conn.execute_batch(&format!("CREATE OR REPLACE {kind} {name} AS {sql}"))?;
    }
    Ok(())
}

/// Ready-made questions for the Insights console (and the docs), each over the views.
pub const READY_QUERIES: [(&str, &str); 11] = [
    (
        "Best squat each year",
        "SELECT year(date) AS year,\n       max(weight_kg) FILTER (WHERE set_type <> 'warm_up') AS heaviest_kg,\n       round(max(e1rm_kg), 1) AS best_e1rm_kg\nFROM sets\nWHERE exercise = 'Squat'\nGROUP BY year\nORDER BY year",
    ),
    (
        "Weekly volume per muscle group",
        "SELECT date_trunc('week', s.date)::DATE AS week, coalesce(e.muscle_group, 'Other') AS muscle_group,\n       round(sum(s.volume_kg)) AS volume_kg\nFROM sets s LEFT JOIN exercises e ON e.name = s.exercise\nGROUP BY ALL\nORDER BY week, muscle_group",
    ),
    (
        "e1RM trend of the big lifts",
        "SELECT date_trunc('month', date)::DATE AS month, exercise, round(max(e1rm_kg), 1) AS best_e1rm_kg\nFROM sets\nWHERE exercise IN ('Squat', 'Bench Press', 'Deadlift', 'Overhead Press')\nGROUP BY ALL\nORDER BY month, exercise",
    ),
    (
        "All records",
        "SELECT exercise, round(best_e1rm_kg, 1) AS best_e1rm_kg, best_e1rm_date,\n       heaviest_kg, heaviest_date, most_reps, best_set_volume_kg, sessions\nFROM records\nORDER BY best_e1rm_kg DESC NULLS LAST, sessions DESC",
    ),
    (
        "Training days per month",
        "SELECT date_trunc('month', date)::DATE AS month, count(DISTINCT date) AS training_days\nFROM workouts\nGROUP BY month\nORDER BY month",
    ),
    (
        "Longest streaks (weeks in a row)",
        "WITH weeks AS (SELECT DISTINCT date_trunc('week', date)::DATE AS week FROM workouts),\nruns AS (SELECT week, week - 7 * CAST(row_number() OVER (ORDER BY week) AS INTEGER) AS run FROM weeks)\nSELECT min(week) AS first_week, max(week) AS last_week, count(*) AS weeks\nFROM runs\nGROUP BY run\nORDER BY weeks DESC, first_week DESC\nLIMIT 10",
    ),
    (
        "Volume by set type",
        "SELECT set_type, count(*) AS sets, round(sum(volume_kg)) AS volume_kg\nFROM sets\nGROUP BY set_type\nORDER BY volume_kg DESC",
    ),
    (
        "Workouts, volume and time per year",
        "WITH volume AS (SELECT year(date) AS year, sum(volume_kg) AS volume_kg FROM sets GROUP BY year)\nSELECT year(w.date) AS year, count(*) AS workouts, round(any_value(v.volume_kg)) AS volume_kg,\n       round(avg(w.duration_s) / 60) AS average_minutes\nFROM workouts w LEFT JOIN volume v ON v.year = year(w.date)\nGROUP BY ALL\nORDER BY year",
    ),
    (
        "Bodyweight per month",
        "SELECT date_trunc('month', date)::DATE AS month, round(avg(weight_kg), 1) AS average_kg,\n       min(weight_kg) AS lowest_kg, max(weight_kg) AS highest_kg\nFROM bodyweight\nGROUP BY month\nORDER BY month",
    ),
    (
        "Measurements: first, latest and change",
        "SELECT label, arg_min(coalesce(value_cm, value_pct), measured_at) AS first,\n       arg_max(coalesce(value_cm, value_pct), measured_at) AS latest,\n       round(arg_max(coalesce(value_cm, value_pct), measured_at) - arg_min(coalesce(value_cm, value_pct), measured_at), 1) AS change,\n       any_value(CASE WHEN unit = '%' THEN '%' ELSE 'cm' END) AS unit, count(*) AS entries, max(date) AS last_date\nFROM measurements\nGROUP BY label\nORDER BY label",
    ),
    (
        "Running distance and pace per month",
        "SELECT date_trunc('month', date)::DATE AS month, round(sum(distance_m) / 1000, 1) AS km,\n       round(sum(duration_s) / (sum(distance_m) / 1000)) AS pace_s_per_km\nFROM sets\nWHERE kind = 'distance_duration' AND distance_m > 0\nGROUP BY month\nORDER BY month",
    ),
];

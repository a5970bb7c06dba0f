-- The coach's weekly report over a team dataset (docs/datasets.md): per athlete and week,
-- saved workouts, sets and tonnage (weight × reps of every set with a weight). Standard SQL
-- that DuckDB and Spark both run unchanged, over a table `events` with the dataset's columns
-- (the backup's, plus the partitions `athlete` and `year`). The rules are GymLog's: a workout
-- counts once completed and unless discarded or deleted; a set counts in its latest version,
-- unless removed, or its exercise was removed from the workout after it was logged.
WITH started AS (
  SELECT s.athlete, s.workout_id, CAST(date_trunc('WEEK', s.occurred_at) AS DATE) AS week
  FROM events s
  WHERE s.event_type = 'workout_started'),
saved AS (
  SELECT st.athlete, st.workout_id, st.week
  FROM started st
  WHERE EXISTS (SELECT 1 FROM events c
                WHERE c.event_type = 'workout_completed' AND c.workout_id = st.workout_id)
    AND NOT EXISTS (SELECT 1 FROM events g
                    WHERE g.event_type IN ('workout_discarded', 'workout_deleted')
                      AND g.workout_id = st.workout_id)),
versions AS (
  SELECT v.set_id, v.workout_id, v.exercise, v.weight_kg, v.reps,
         row_number() OVER (PARTITION BY v.set_id ORDER BY v._created_at DESC, v._event_id DESC) AS newest,
         min(v._created_at) OVER (PARTITION BY v.set_id) AS logged_at
  FROM events v
  WHERE v.event_type IN ('set_logged', 'set_updated')),
current_sets AS (
  SELECT cs.set_id, cs.workout_id, cs.weight_kg, cs.reps
  FROM versions cs
  WHERE cs.newest = 1
    AND NOT EXISTS (SELECT 1 FROM events r WHERE r.event_type = 'set_removed' AND r.set_id = cs.set_id)
    AND NOT EXISTS (SELECT 1 FROM events x
                    WHERE x.event_type = 'exercise_removed' AND x.workout_id = cs.workout_id
                      AND x.exercise = cs.exercise AND x._created_at > cs.logged_at))
SELECT d.athlete, d.week,
       count(DISTINCT d.workout_id) AS workouts,
       count(cs.set_id) AS sets,
       round(sum(coalesce(cs.weight_kg, 0) * coalesce(cs.reps, 0)), 1) AS tonnage_kg
FROM saved d
LEFT JOIN current_sets cs ON cs.workout_id = d.workout_id
GROUP BY d.athlete, d.week
ORDER BY d.athlete, d.week

//! Versioned schema migrations. Each migration runs once, in its own transaction, and is
//! recorded in `schema_migrations`; re-running `migrate` on an up-to-date store is a no-op.

use duckdb::Connection;

use super::{Result, StoreError};

/// The migrations, in order. Never edit a released one: append a new one.
const MIGRATIONS: &[(i32, &str)] = &[(
    1,
    "CREATE TABLE events (
        _event_id      UUID        NOT NULL PRIMARY KEY,
        _created_at    TIMESTAMP   NOT NULL,
        event_type     VARCHAR     NOT NULL,
        schema_version SMALLINT    NOT NULL,
        occurred_at    TIMESTAMP,
        workout_id     UUID,
        workout_name   VARCHAR,
        set_id         UUID,
        exercise       VARCHAR,
        set_index      INTEGER,
        set_type       VARCHAR,
        weight_kg      DOUBLE,
        weight_unit    VARCHAR,
        reps           INTEGER,
        rpe            DOUBLE,
        distance_m     DOUBLE,
        duration_s     DOUBLE,
        note           VARCHAR,
        payload        JSON
    );",
)];

pub const LATEST_VERSION: i32 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// Brings the schema up to [`LATEST_VERSION`]; returns how many migrations ran.
pub fn migrate(conn: &Connection) -> Result<usize> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)",
    )?;
    let current: i32 =
        conn.query_row("SELECT coalesce(max(version), 0) FROM schema_migrations", [], |row| row.get(0))?;
    if current > LATEST_VERSION {
        return Err(StoreError::TooNew { found: current, known: LATEST_VERSION });
    }
    let mut ran = 0;
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > current) {
        conn.execute_batch(&format!(
            "BEGIN TRANSACTION; {sql} INSERT INTO schema_migrations (version) VALUES ({version}); COMMIT;"
        ))
        .inspect_err(|_| {
            let _ = conn.execute_batch("ROLLBACK");
        })?;
        ran += 1;
    }
    Ok(ran)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrating_twice_is_a_no_op() {
        let conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&conn).unwrap(), MIGRATIONS.len());
        assert_eq!(migrate(&conn).unwrap(), 0);
        let versions: i64 = conn.query_row("SELECT count(*) FROM schema_migrations", [], |r| r.get(0)).unwrap();
        assert_eq!(versions, MIGRATIONS.len() as i64);
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let conn = Connection::open_in_memory().unwrap();
        migrate(&conn).unwrap();
        conn.execute_batch("INSERT INTO schema_migrations (version) VALUES (999)").unwrap();
        assert!(matches!(migrate(&conn), Err(StoreError::TooNew { found: 999, .. })));
    }
}

//! Versioned schema migrations. Each migration runs once, in its own transaction, and is
//! recorded in `schema_migrations`; re-running `migrate` on an up-to-date store is a no-op.
//! The event table itself is created from the column table (`columns.rs`); a column added
//! there later is added to existing stores by [`add_missing_columns`].

use duckdb::Connection;

use super::{Result, StoreError, columns, log_digest};

/// One schema change. Never edit a released one: append a new one.
enum Step {
    /// `CREATE TABLE events` with the columns of the column table.
    CreateEvents,
    /// The running content checksum (`log_digest.rs`), computed for the events already there.
    CreateEventDigest,
    /// The time order of each appended batch beside its checksum (`time_order.rs`); the
    /// record is computed again, with the order, from the events already there.
    TrackTimeOrder,
}

impl Step {
    /// Makes the change (inside the migration's transaction).
    fn apply(&self, conn: &Connection) -> Result<()> {
        match self {
            Step::CreateEvents => conn.execute_batch(&columns::create_table_sql())?,
            Step::CreateEventDigest => {
                conn.execute_batch(log_digest::CREATE)?;
                log_digest::record_v2(conn)?;
            }
            Step::TrackTimeOrder => {
                conn.execute_batch(log_digest::ADD_TIME_ORDER)?;
                log_digest::rebuild(conn)?;
            }
        }
        Ok(())
    }
}

const MIGRATIONS: &[(i32, Step)] = &[(1, Step::CreateEvents), (2, Step::CreateEventDigest), (3, Step::TrackTimeOrder)];

pub const LATEST_VERSION: i32 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// Brings the schema up to [`LATEST_VERSION`]; returns how many changes were made.
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
    for (version, step) in MIGRATIONS.iter().filter(|(v, _)| *v > current) {
        conn.execute_batch("BEGIN TRANSACTION")?;
        let applied = step.apply(conn).and_then(|()| {
            Ok(conn.execute_batch(&format!("INSERT INTO schema_migrations (version) VALUES ({version}); COMMIT;"))?)
        });
        if let Err(e) = applied {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e);
        }
        ran += 1;
    }
    Ok(ran + add_missing_columns(conn)?)
}

/// Adds the columns of the column table that the store's `events` table lacks (new optional
/// facts); returns how many. A missing required column cannot be added to existing rows.
fn add_missing_columns(conn: &Connection) -> Result<usize> {
    let mut stmt = conn.prepare("SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")?;
    let present: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    let mut added = 0;
    for column in columns::COLUMNS.iter().filter(|c| !present.iter().any(|p| p == c.name)) {
        if column.required {
            return Err(StoreError::Invalid(format!("the events table lacks its required column {}", column.name)));
        }
        in_transaction(conn, &format!("ALTER TABLE events ADD COLUMN {};", column.definition()))?;
        added += 1;
    }
    Ok(added)
}

fn in_transaction(conn: &Connection, sql: &str) -> Result<()> {
    conn.execute_batch(&format!("BEGIN TRANSACTION; {sql} COMMIT;")).inspect_err(|_| {
        let _ = conn.execute_batch("ROLLBACK");
    })?;
    Ok(())
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

    #[test]
    fn a_column_added_to_the_column_table_reaches_existing_stores() {
        let conn = Connection::open_in_memory().unwrap();
        migrate(&conn).unwrap();
        conn.execute_batch("ALTER TABLE events DROP COLUMN note").unwrap();
        assert_eq!(migrate(&conn).unwrap(), 1, "the missing column is added");
        let types: String = conn
            .query_row(
                "SELECT data_type FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'note'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(types, "VARCHAR");
    }
}

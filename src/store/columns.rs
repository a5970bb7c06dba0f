//! The event table's columns (DESIGN.md §4), listed once: name, SQL type, and how each is
//! written from and read into an [`EventRow`]. The table's DDL, the select list, the appender
//! row, the backup checks and the content checksum are all derived from [`COLUMNS`], so adding
//! a column is one edit here (the migration adds it to existing stores).

use chrono::{DateTime, Utc};
use duckdb::types::{TimeUnit, Value};
use uuid::Uuid;

use crate::domain::event_row::EventRow;

/// The SQL types the event table uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SqlType {
    Uuid,
    Timestamp,
    Varchar,
    Json,
    SmallInt,
    Integer,
    Double,
}

impl SqlType {
    /// The type as DuckDB spells it.
    pub fn sql(self) -> &'static str {
        match self {
            SqlType::Uuid => "UUID",
            SqlType::Timestamp => "TIMESTAMP",
            SqlType::Varchar => "VARCHAR",
            SqlType::Json => "JSON",
            SqlType::SmallInt => "SMALLINT",
            SqlType::Integer => "INTEGER",
            SqlType::Double => "DOUBLE",
        }
    }
}

/// How a column's value is taken from an [`EventRow`] and put back. Setters are only called
/// with non-null values; a null leaves the field at its default (`None`).
#[derive(Clone, Copy)]
pub enum Access {
    Uuid(fn(&EventRow) -> Option<Uuid>, fn(&mut EventRow, Uuid)),
    Time(fn(&EventRow) -> Option<DateTime<Utc>>, fn(&mut EventRow, DateTime<Utc>)),
    Text(fn(&EventRow) -> Option<&str>, fn(&mut EventRow, String)),
    Int(fn(&EventRow) -> Option<i64>, fn(&mut EventRow, i64)),
    Double(fn(&EventRow) -> Option<f64>, fn(&mut EventRow, f64)),
}

/// One column of the event table.
#[derive(Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub sql_type: SqlType,
    /// `NOT NULL` in the table; a backup row without it is invalid.
    pub required: bool,
    pub access: Access,
}

const fn col(name: &'static str, sql_type: SqlType, required: bool, access: Access) -> Column {
    Column { name, sql_type, required, access }
}

use SqlType as T;

/// The event table, in column order. The first column is the primary key.
pub const COLUMNS: [Column; 19] = [
    col("_event_id", T::Uuid, true, Access::Uuid(|r| Some(r.event_id), |r, v| r.event_id = v)),
    col("_created_at", T::Timestamp, true, Access::Time(|r| Some(r.created_at), |r, v| r.created_at = v)),
    col("event_type", T::Varchar, true, Access::Text(|r| Some(r.event_type.as_str()), |r, v| r.event_type = v)),
    col(
        "schema_version",
        T::SmallInt,
        true,
        Access::Int(|r| Some(i64::from(r.schema_version)), |r, v| r.schema_version = v as i16),
    ),
    col("occurred_at", T::Timestamp, false, Access::Time(|r| r.occurred_at, |r, v| r.occurred_at = Some(v))),
    col("workout_id", T::Uuid, false, Access::Uuid(|r| r.workout_id, |r, v| r.workout_id = Some(v))),
    col(
        "workout_name",
        T::Varchar,
        false,
        Access::Text(|r| r.workout_name.as_deref(), |r, v| r.workout_name = Some(v)),
    ),
    col("set_id", T::Uuid, false, Access::Uuid(|r| r.set_id, |r, v| r.set_id = Some(v))),
    col("exercise", T::Varchar, false, Access::Text(|r| r.exercise.as_deref(), |r, v| r.exercise = Some(v))),
    col(
        "set_index",
        T::Integer,
        false,
        Access::Int(|r| r.set_index.map(i64::from), |r, v| r.set_index = Some(v as i32)),
    ),
    col("set_type", T::Varchar, false, Access::Text(|r| r.set_type.as_deref(), |r, v| r.set_type = Some(v))),
    col("weight_kg", T::Double, false, Access::Double(|r| r.weight_kg, |r, v| r.weight_kg = Some(v))),
    col("weight_unit", T::Varchar, false, Access::Text(|r| r.weight_unit.as_deref(), |r, v| r.weight_unit = Some(v))),
    col("reps", T::Integer, false, Access::Int(|r| r.reps.map(i64::from), |r, v| r.reps = Some(v as i32))),
    col("rpe", T::Double, false, Access::Double(|r| r.rpe, |r, v| r.rpe = Some(v))),
    col("distance_m", T::Double, false, Access::Double(|r| r.distance_m, |r, v| r.distance_m = Some(v))),
    col("duration_s", T::Double, false, Access::Double(|r| r.duration_s, |r, v| r.duration_s = Some(v))),
    col("note", T::Varchar, false, Access::Text(|r| r.note.as_deref(), |r, v| r.note = Some(v))),
    col("payload", T::Json, false, Access::Text(|r| r.payload.as_deref(), |r, v| r.payload = Some(v))),
];

/// The column names, in table order.
pub fn names() -> impl Iterator<Item = &'static str> {
    COLUMNS.iter().map(|c| c.name)
}

/// Every column for a team dataset (docs/datasets.md): ids and the JSON payload as text, since
/// Spark and Trino's Hive connector refuse Parquet's UUID type. [`typed_list`] undoes it.
pub fn text_typed_list() -> String {
    list_with(|c| match c.sql_type {
        SqlType::Uuid | SqlType::Json => Some(format!("{0}::VARCHAR AS {0}", c.name)),
        _ => None,
    })
}

/// Every column of a team dataset typed again as the store has it (older files may lack newer
/// columns: read them with `union_by_name`).
pub fn typed_list() -> String {
    list_with(|c| match c.sql_type {
        SqlType::Uuid => Some(format!("TRY_CAST({0} AS UUID) AS {0}", c.name)),
        SqlType::Json => Some(format!("{0}::JSON AS {0}", c.name)),
        _ => None,
    })
}

/// Every column in table order, each as `cast(column)` where it gives one, else by name.
fn list_with(cast: impl Fn(&Column) -> Option<String>) -> String {
    COLUMNS.iter().map(|c| cast(c).unwrap_or_else(|| c.name.to_string())).collect::<Vec<_>>().join(", ")
}

/// `a, b, c`: every column, in table order (for `SELECT` from a table or a backup file).
pub fn name_list() -> String {
    names().collect::<Vec<_>>().join(", ")
}

/// The `CREATE TABLE events` statement.
pub fn create_table_sql() -> String {
    let columns: Vec<String> = COLUMNS.iter().map(Column::definition).collect();
    format!("CREATE TABLE events (\n    {},\n    PRIMARY KEY ({})\n)", columns.join(",\n    "), COLUMNS[0].name)
}

/// The select list that reads every column in a form [`Column::read`] takes: UUIDs and JSON
/// as text, timestamps as microseconds since the epoch (so no time zone is involved). Each
/// expression is aliased to its column's name.
pub fn select_list() -> String {
    COLUMNS.iter().map(Column::select_expr).collect::<Vec<_>>().join(", ")
}

impl Column {
    /// `name TYPE [NOT NULL]`, as in the DDL.
    pub fn definition(&self) -> String {
        format!("{} {}{}", self.name, self.sql_type.sql(), if self.required { " NOT NULL" } else { "" })
    }

    fn select_expr(&self) -> String {
        match self.sql_type {
            T::Uuid | T::Json => format!("{0}::VARCHAR AS {0}", self.name),
            T::Timestamp => format!("epoch_us({0}) AS {0}", self.name),
            _ => self.name.to_string(),
        }
    }

    /// The value to append for `row`.
    pub fn value(&self, row: &EventRow) -> Value {
        let value = match self.access {
            Access::Uuid(get, _) => get(row).map(|id| Value::Text(id.hyphenated().to_string())),
            Access::Time(get, _) => get(row).map(|at| Value::Timestamp(TimeUnit::Microsecond, at.timestamp_micros())),
            Access::Text(get, _) => get(row).map(|text| Value::Text(text.to_string())),
            Access::Int(get, _) => get(row).map(|n| match self.sql_type {
                T::SmallInt => Value::SmallInt(n as i16),
                _ => Value::Int(n as i32),
            }),
            Access::Double(get, _) => get(row).map(Value::Double),
        };
        value.unwrap_or(Value::Null)
    }

    /// Reads this column (at `index` of a [`select_list`] query) into `row`.
    pub fn read(&self, source: &duckdb::Row<'_>, index: usize, row: &mut EventRow) -> Result<(), String> {
        let sql = |e: duckdb::Error| format!("column {}: {e}", self.name);
        let present = match self.access {
            Access::Uuid(_, set) => source.get::<_, Option<String>>(index).map_err(sql)?.map(|text| {
                let id = Uuid::parse_str(&text).map_err(|e| format!("column {}: bad UUID {text}: {e}", self.name))?;
                set(row, id);
                Ok::<_, String>(())
            }),
            Access::Time(_, set) => source.get::<_, Option<i64>>(index).map_err(sql)?.map(|micros| {
                let at = DateTime::from_timestamp_micros(micros)
                    .ok_or_else(|| format!("column {}: timestamp out of range ({micros} µs)", self.name))?;
                set(row, at);
                Ok(())
            }),
            Access::Text(_, set) => source.get::<_, Option<String>>(index).map_err(sql)?.map(|text| {
                set(row, text);
                Ok(())
            }),
            Access::Int(_, set) => source.get::<_, Option<i64>>(index).map_err(sql)?.map(|n| {
                set(row, n);
                Ok(())
            }),
            Access::Double(_, set) => source.get::<_, Option<f64>>(index).map_err(sql)?.map(|x| {
                set(row, x);
                Ok(())
            }),
        };
        match present {
            Some(result) => result,
            None if self.required => Err(format!("column {} is empty", self.name)),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_the_key_comes_first() {
        let mut names: Vec<&str> = names().collect();
        assert_eq!(names[0], "_event_id");
        names.sort();
        names.dedup();
        assert_eq!(names.len(), COLUMNS.len());
    }

    #[test]
    fn the_ddl_lists_every_column_with_its_type() {
        let ddl = create_table_sql();
        assert!(ddl.contains("_event_id UUID NOT NULL"), "{ddl}");
        assert!(ddl.contains("payload JSON,"), "{ddl}");
        assert!(ddl.contains("PRIMARY KEY (_event_id)"), "{ddl}");
        assert_eq!(ddl.matches(',').count(), COLUMNS.len(), "one comma per column (and the key)");
    }
}

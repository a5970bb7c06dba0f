//! A saved workout being corrected: the typed text of its name, start, duration and set rows
//! (the live workout's `SetRow`s, so parsing and units behave the same), and the events that
//! the difference makes. Opening and saving it is `workout_edit.rs`.

use chrono::{DateTime, Local, NaiveDateTime, TimeZone, Utc};
use uuid::Uuid;

use super::editor::ExerciseBlock;
use crate::domain::event::EventKind;
use crate::domain::projection::{Workout, WorkoutDetails};
use crate::domain::units::WeightUnit;
use crate::i18n::I18n;

/// How a start is typed: local time.
pub const START_FORMAT: &str = "%Y-%m-%d %H:%M";

/// A saved workout being corrected.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkoutEditor {
    pub workout_id: Uuid,
    pub name: String,
    /// Local time, `YYYY-MM-DD HH:MM`.
    pub start: String,
    /// Whole minutes (empty: unknown).
    pub duration: String,
    /// One table per exercise, in the workout's order.
    pub blocks: Vec<ExerciseBlock>,
    /// Logged sets removed in the editor.
    pub(super) removed: Vec<Uuid>,
    /// Why the last Save was refused.
    pub problem: Option<String>,
}

/// A field of the workout itself.
#[derive(Debug, Clone, PartialEq)]
pub enum EditField {
    Name(String),
    Start(String),
    Duration(String),
}

/// `at` as typed in the start field.
pub fn start_text(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format(START_FORMAT).to_string()
}

impl WorkoutEditor {
    pub fn of(
        workout: &Workout,
        unit: WeightUnit,
        kind_of: impl Fn(&str) -> crate::domain::exercise::ExerciseKind,
    ) -> Self {
        let blocks = workout
            .exercises
            .iter()
            .map(|e| {
                let sets: Vec<_> = workout.sets_of(e).collect();
                ExerciseBlock::of_logged(e, kind_of(e), &sets, workout.next_set_index(e), unit)
            })
            .collect();
        WorkoutEditor {
            workout_id: workout.id,
            name: workout.name.clone().unwrap_or_default(),
            start: start_text(workout.started_at),
            duration: workout.duration().map(|d| d.num_minutes().to_string()).unwrap_or_default(),
            blocks,
            removed: Vec::new(),
            problem: None,
        }
    }

    /// The workout's name and times as typed.
    fn details(&self, now: DateTime<Utc>, i18n: &I18n) -> Result<WorkoutDetails, String> {
        let start = || [("start", self.start.trim().into())];
        let naive = NaiveDateTime::parse_from_str(self.start.trim(), START_FORMAT)
            .map_err(|_| i18n.f("history-start-invalid", &start()))?;
        let started_at = Local
            .from_local_datetime(&naive)
            .earliest()
            .ok_or_else(|| i18n.f("history-start-not-on-clock", &start()))?
            .with_timezone(&Utc);
        if started_at > now {
            return Err(i18n.t("history-start-in-future").to_string());
        }
        let ended_at = match self.duration.trim() {
            "" => None,
            text => {
                let minutes: i64 = text
                    .parse()
                    .ok()
                    .filter(|m| (0..=24 * 60).contains(m))
                    .ok_or_else(|| i18n.f("history-duration-invalid", &[("duration", text.into())]))?;
                Some(started_at + chrono::Duration::minutes(minutes))
            }
        };
        let name = Some(self.name.trim().to_string()).filter(|n| !n.is_empty());
        Ok(WorkoutDetails { name, started_at, ended_at })
    }

    /// The events that make `workout` what the editor shows; empty when nothing changed. A
    /// refusal is worded in `i18n`'s language.
    pub fn changes(
        &self,
        workout: &Workout,
        unit: WeightUnit,
        now: DateTime<Utc>,
        i18n: &I18n,
    ) -> Result<Vec<EventKind>, String> {
        let workout_id = workout.id;
        let mut kinds = Vec::new();
        let details = self.details(now, i18n)?;
        let before = workout.details();
        // A duration left empty keeps the end the workout has.
        let details = WorkoutDetails { ended_at: details.ended_at.or(before.ended_at), ..details };
        if details != before {
            kinds.push(EventKind::WorkoutEdited {
                workout_id,
                name: details.name,
                started_at: details.started_at,
                ended_at: details.ended_at,
            });
        }
        kinds.extend(self.removed.iter().map(|&set_id| EventKind::SetRemoved { workout_id, set_id }));
        for block in &self.blocks {
            for (i, row) in block.rows.iter().enumerate() {
                let facts = row.facts(&block.exercise, block.kind, unit).map_err(|problem| {
                    let exercise = i18n.name(&block.exercise);
                    let args = [
                        ("exercise", exercise.into()),
                        ("number", (i + 1).into()),
                        ("problem", problem.to_string().into()),
                    ];
                    i18n.f("history-set-problem", &args)
                })?;
                let Some(set) = facts else { continue };
                kinds.push(match row.set_id {
                    Some(set_id) => EventKind::SetUpdated { workout_id, set_id, set },
                    None => EventKind::SetLogged { workout_id, set_id: Uuid::now_v7(), set },
                });
            }
        }
        Ok(kinds)
    }
}

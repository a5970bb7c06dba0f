//! Body measurements from the window: logging one (a site, a value typed in cm, in or %, a
//! day), correcting its value, removing it, and undoing a removal (the entry logged again as it
//! was, at the time it was measured). Each is an event, through the one recorder.

use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::state::AppState;
use crate::domain::event::{Event, EventKind};
use crate::domain::measurement::{self, MeasureUnit, Site};

/// What the Body screen asks of measurements.
#[derive(Debug, Clone, PartialEq)]
pub enum MeasureAction {
    /// A value typed for `site` in `unit`, on a day typed as `YYYY-MM-DD` (empty: today).
    Log {
        site: Site,
        value: String,
        unit: MeasureUnit,
        day: String,
    },
    /// An entry's value, typed again.
    Correct {
        entry: Uuid,
        value: String,
        unit: MeasureUnit,
    },
    Remove(Uuid),
    /// Undoes the removal of an entry: it is logged again, as it was.
    UndoRemove(Uuid),
}

impl AppState {
    pub(super) fn measure(&mut self, action: MeasureAction) {
        match action {
            MeasureAction::Log { site, value, unit, day } => self.log_measurement(site, &value, unit, &day),
            MeasureAction::Correct { entry, value, unit } => self.correct_measurement(entry, &value, unit),
            MeasureAction::Remove(entry) => {
                let Some(label) = self.logbook.history.measurements().entry(entry).map(|e| e.site.label()) else {
                    return;
                };
                if self.record(vec![EventKind::MeasurementRemoved { entry }]) {
                    self.info(format!("Removed a measurement of {label}."));
                }
            }
            MeasureAction::UndoRemove(entry) => self.undo_measurement_removal(entry),
        }
    }

    fn log_measurement(&mut self, site: Site, value: &str, unit: MeasureUnit, day: &str) {
        if let Site::Custom(name) = &site
            && measurement::custom_name(name).is_none()
        {
            return self.error("Name your own measurement first.");
        }
        let reading = match measurement::typed(&site, value, unit) {
            Ok(reading) => reading,
            Err(refused) => return self.error(format!("{refused}.")),
        };
        let measured = match self.measured_at(day) {
            Ok(at) => at,
            Err(e) => return self.error(e),
        };
        let now = self.now();
        let event = Event {
            id: Uuid::now_v7(),
            created_at: now,
            occurred_at: measured,
            kind: EventKind::MeasurementLogged { site, reading },
        };
        self.record_events(vec![event]);
    }

    fn correct_measurement(&mut self, entry: Uuid, value: &str, unit: MeasureUnit) {
        let Some(site) = self.logbook.history.measurements().entry(entry).map(|e| e.site.clone()) else {
            return self.error("That measurement is no longer there.");
        };
        match measurement::typed(&site, value, unit) {
            Ok(reading) => {
                if self.record(vec![EventKind::MeasurementCorrected { entry, reading }]) {
                    self.info(format!("{} corrected to {}.", site.label(), reading.shown(reading.unit)));
                }
            }
            Err(refused) => self.error(format!("{refused}.")),
        }
    }

    fn undo_measurement_removal(&mut self, entry: Uuid) {
        let Some(removed) = self.logbook.history.measurements().removed_entry(entry).cloned() else {
            return self.info("Nothing to undo.");
        };
        let kind = EventKind::MeasurementLogged { site: removed.site.clone(), reading: removed.reading };
        let event = Event { id: Uuid::now_v7(), created_at: self.now(), occurred_at: removed.at, kind };
        if self.record_events(vec![event]) {
            self.info(format!("The measurement of {} is back.", removed.site.label()));
        }
    }

    /// When something measured on `day` (`YYYY-MM-DD`; empty: now) was measured: a past day
    /// at its local noon. A malformed or future day is refused, in words for the lifter.
    pub(super) fn measured_at(&self, day: &str) -> Result<DateTime<Utc>, String> {
        let now = self.now();
        let today = now.with_timezone(&Local).date_naive();
        let day = match day.trim() {
            "" => return Ok(now),
            text => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                Ok(day) if day <= today => day,
                Ok(_) => return Err(format!("{text} has not happened yet.")),
                Err(_) => return Err(format!("`{text}` is not a day: write it as YYYY-MM-DD.")),
            },
        };
        if day == today {
            return Ok(now);
        }
        Ok(Local
            .from_local_datetime(&day.and_hms_opt(12, 0, 0).expect("noon exists"))
            .earliest()
            .map_or(now, |t| t.with_timezone(&Utc)))
    }
}

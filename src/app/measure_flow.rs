//! Body measurements from the window: logging one (a site, a value typed in cm, in or %, a
//! day), correcting its value, removing it, and undoing a removal (the entry logged again as it
//! was, at the time it was measured). Each is an event, through the one recorder.

use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::state::AppState;
use crate::domain::event::{Event, EventKind};
use crate::domain::measurement::{self, MeasureUnit, Side, Site};
use crate::domain::units::typed::Refused;

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
    /// Why a typed measurement was refused, the site named in the window's language:
    /// `Taille: „breit“ ist keine Zahl.`
    fn refused_measurement(&self, site: &Site, refused: &Refused) -> String {
        format!("{}.", self.i18n.refused_as(refused, self.measurement_name(site)))
    }

    /// A measurement site in the window's language (`Left arm`, `Linker Oberarm`); the
    /// lifter's own names as they are. The events keep the domain's English.
    pub fn measurement_name<'a>(&'a self, site: &'a Site) -> &'a str {
        let id = match site {
            Site::Neck => "body-measure-neck",
            Site::Shoulders => "body-measure-shoulders",
            Site::Chest => "body-measure-chest",
            Site::Waist => "body-measure-waist",
            Site::Hips => "body-measure-hips",
            Site::Arm(Side::Left) => "body-measure-left-arm",
            Site::Arm(Side::Right) => "body-measure-right-arm",
            Site::Forearm(Side::Left) => "body-measure-left-forearm",
            Site::Forearm(Side::Right) => "body-measure-right-forearm",
            Site::Thigh(Side::Left) => "body-measure-left-thigh",
            Site::Thigh(Side::Right) => "body-measure-right-thigh",
            Site::Calf(Side::Left) => "body-measure-left-calf",
            Site::Calf(Side::Right) => "body-measure-right-calf",
            Site::BodyFat => "body-measure-body-fat",
            Site::Custom(name) => return name,
        };
        self.i18n.t(id)
    }

    /// A site without its side (`Arm`, `Waist`), for the picker; a new name of one's own is
    /// `Your own…`.
    pub fn measurement_kind<'a>(&'a self, site: &'a Site) -> &'a str {
        match site {
            Site::Arm(_) => self.i18n.t("body-measure-arm"),
            Site::Forearm(_) => self.i18n.t("body-measure-forearm"),
            Site::Thigh(_) => self.i18n.t("body-measure-thigh"),
            Site::Calf(_) => self.i18n.t("body-measure-calf"),
            Site::Custom(name) if name.is_empty() => self.i18n.t("body-own"),
            other => self.measurement_name(other),
        }
    }

    pub(super) fn measure(&mut self, action: MeasureAction) {
        match action {
            MeasureAction::Log { site, value, unit, day } => self.log_measurement(site, &value, unit, &day),
            MeasureAction::Correct { entry, value, unit } => self.correct_measurement(entry, &value, unit),
            MeasureAction::Remove(entry) => {
                let Some(site) = self.logbook.history.measurements().entry(entry).map(|e| e.site.clone()) else {
                    return;
                };
                if self.record(vec![EventKind::MeasurementRemoved { entry }]) {
                    let text = self.i18n.f("body-removed-toast", &[("site", self.measurement_name(&site).into())]);
                    self.info(text);
                }
            }
            MeasureAction::UndoRemove(entry) => self.undo_measurement_removal(entry),
        }
    }

    fn log_measurement(&mut self, site: Site, value: &str, unit: MeasureUnit, day: &str) {
        if let Site::Custom(name) = &site
            && measurement::custom_name(name).is_none()
        {
            return self.error(self.i18n.t("body-name-first").to_string());
        }
        let reading = match measurement::typed(&site, value, unit) {
            Ok(reading) => reading,
            Err(refused) => return self.error(self.refused_measurement(&site, &refused)),
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
            return self.error(self.i18n.t("body-gone").to_string());
        };
        match measurement::typed(&site, value, unit) {
            Ok(reading) => {
                if self.record(vec![EventKind::MeasurementCorrected { entry, reading }]) {
                    let value = self.i18n.localise_number(reading.shown(reading.unit));
                    let name = self.measurement_name(&site);
                    let text = self.i18n.f("body-corrected", &[("site", name.into()), ("value", value.into())]);
                    self.info(text);
                }
            }
            Err(refused) => self.error(self.refused_measurement(&site, &refused)),
        }
    }

    fn undo_measurement_removal(&mut self, entry: Uuid) {
        let Some(removed) = self.logbook.history.measurements().removed_entry(entry).cloned() else {
            return self.info(self.i18n.t("body-nothing-to-undo").to_string());
        };
        let kind = EventKind::MeasurementLogged { site: removed.site.clone(), reading: removed.reading };
        let event = Event { id: Uuid::now_v7(), created_at: self.now(), occurred_at: removed.at, kind };
        if self.record_events(vec![event]) {
            let text = self.i18n.f("body-back", &[("site", self.measurement_name(&removed.site).into())]);
            self.info(text);
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
                Ok(_) => return Err(self.i18n.f("body-not-yet", &[("day", text.into())])),
                Err(_) => return Err(self.i18n.f("body-not-a-day", &[("day", text.into())])),
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

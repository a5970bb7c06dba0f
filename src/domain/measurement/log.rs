//! The measurement log as the projection folds it: entries logged, corrected (the latest
//! correction is the value) and removed (kept aside, so a removal can be undone by logging the
//! entry again), oldest first; and what the Body screen asks of it — the sites measured, an
//! entry's history, the latest value and its change over a span of days.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use super::{Reading, Site};

/// One live measurement.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasurementEntry {
    /// The id of its `measurement_logged` event (what a correction or removal names).
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub site: Site,
    /// The value as last entered (the logged one, or its latest correction).
    pub reading: Reading,
}

/// Every measurement, oldest first, and the removed ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MeasurementLog {
    entries: Vec<MeasurementEntry>,
    removed: Vec<MeasurementEntry>,
}

/// The latest value of a site and how it changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub latest: MeasurementEntry,
    /// The latest value minus the value of the entry nearest before `days` ago (in the latest
    /// entry's unit), per span asked for; `None` when nothing was measured that long before.
    pub changes: Vec<(i64, Option<f64>)>,
}

impl MeasurementLog {
    /// A `measurement_logged` event (twice the same id changes nothing).
    pub fn logged(&mut self, id: Uuid, at: DateTime<Utc>, site: &Site, reading: Reading) {
        if self.entries.iter().chain(&self.removed).any(|e| e.id == id) {
            return;
        }
        let position = self.entries.partition_point(|e| e.at <= at);
        self.entries.insert(position, MeasurementEntry { id, at, site: site.clone(), reading });
    }

    /// A `measurement_corrected` event: the entry's new value (of an unknown entry: nothing).
    pub fn corrected(&mut self, entry: Uuid, reading: Reading) {
        if let Some(e) = self.entries.iter_mut().chain(&mut self.removed).find(|e| e.id == entry) {
            e.reading = reading;
        }
    }

    /// A `measurement_removed` event.
    pub fn removed(&mut self, entry: Uuid) {
        if let Some(i) = self.entries.iter().position(|e| e.id == entry) {
            self.removed.push(self.entries.remove(i));
        }
    }

    /// Every live entry, oldest first.
    pub fn entries(&self) -> &[MeasurementEntry] {
        &self.entries
    }

    pub fn entry(&self, id: Uuid) -> Option<&MeasurementEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// A removed entry, as it was when removed.
    pub fn removed_entry(&self, id: Uuid) -> Option<&MeasurementEntry> {
        self.removed.iter().find(|e| e.id == id)
    }

    /// The sites with at least one entry, in picker order.
    pub fn sites(&self) -> Vec<Site> {
        self.entries.iter().map(|e| e.site.clone()).collect::<BTreeSet<_>>().into_iter().collect()
    }

    /// The names of one's own measurements, for the picker.
    pub fn custom_names(&self) -> Vec<String> {
        let names: BTreeSet<&str> = self.entries.iter().filter_map(|e| e.site.custom_name()).collect();
        names.into_iter().map(str::to_string).collect()
    }

    /// The entries of one site, oldest first.
    pub fn of_site<'a>(&'a self, site: &'a Site) -> impl DoubleEndedIterator<Item = &'a MeasurementEntry> + 'a {
        self.entries.iter().filter(move |e| &e.site == site)
    }

    /// The latest entry of `site` and its change over each span of `days` up to it.
    pub fn trend(&self, site: &Site, days: &[i64]) -> Option<Trend> {
        let latest = self.of_site(site).next_back()?.clone();
        let unit = latest.reading.unit;
        let changes = days
            .iter()
            .map(|&d| {
                let since = latest.at - Duration::days(d);
                let before = self.of_site(site).rfind(|e| e.at <= since);
                (d, before.map(|b| latest.reading.value - b.reading.in_unit(unit)))
            })
            .collect();
        Some(Trend { latest, changes })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{MeasureUnit, Side};
    use super::*;
    use chrono::TimeZone;

    fn day(d: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 8, 0, 0).unwrap() + Duration::days(d)
    }

    fn cm(value: f64) -> Reading {
        Reading::new(value, MeasureUnit::Cm)
    }

    #[test]
    fn entries_are_logged_in_time_order_corrected_and_removed() {
        let mut log = MeasurementLog::default();
        let (a, b, c) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        log.logged(a, day(30), &Site::Waist, cm(86.0));
        log.logged(b, day(0), &Site::Waist, cm(88.0));
        log.logged(c, day(10), &Site::Arm(Side::Left), cm(38.0));
        log.logged(a, day(40), &Site::Waist, cm(1.0));
        assert_eq!(log.entries().iter().map(|e| e.id).collect::<Vec<_>>(), [b, c, a], "oldest first, once");
        log.corrected(a, Reading::new(33.5, MeasureUnit::In));
        assert_eq!(log.entry(a).unwrap().reading, Reading::new(33.5, MeasureUnit::In));
        log.removed(c);
        assert_eq!(log.sites(), [Site::Waist]);
        assert_eq!(log.removed_entry(c).unwrap().reading, cm(38.0), "kept aside for an undo");
        log.corrected(Uuid::from_u128(9), cm(1.0));
        assert_eq!(log.entries().len(), 2);
    }

    #[test]
    fn a_trend_compares_the_latest_with_the_entry_before_each_span() {
        let mut log = MeasurementLog::default();
        for (i, (d, v)) in [(0, 90.0), (45, 88.0), (80, 87.0), (100, 86.0)].into_iter().enumerate() {
            log.logged(Uuid::from_u128(i as u128), day(d), &Site::Waist, cm(v));
        }
        let trend = log.trend(&Site::Waist, &[30, 90, 365]).unwrap();
        assert_eq!(trend.latest.reading, cm(86.0));
        assert_eq!(trend.changes, [(30, Some(-2.0)), (90, Some(-4.0)), (365, None)]);
        assert_eq!(log.trend(&Site::Neck, &[30]), None);
    }
}

//! The demo's body measurements: on the first Monday of each month, a tape-measure round
//! (neck, shoulders, chest, waist, hips, both arms, forearms, thighs and calves) and body fat,
//! changing slowly over the decade as a lifter's do — arms, chest and thighs up, waist and
//! body fat down — with a little noise. The noise and the ids come from the day, not from the
//! demo's random stream, so the training it generates stays the same as without them.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

use super::Writer;
use crate::domain::event::{Event, EventKind};
use crate::domain::measurement::{MeasureUnit, Reading, Side, Site};

/// Each site: its value at the start, its change over ten years (cm, or points of body fat).
fn plan() -> Vec<(Site, f64, f64)> {
    let mut all = vec![
        (Site::Neck, 37.5, 2.5),
        (Site::Shoulders, 112.0, 9.0),
        (Site::Chest, 98.0, 8.0),
        (Site::Waist, 86.0, -5.0),
        (Site::Hips, 97.0, 1.0),
    ];
    for side in [Side::Left, Side::Right] {
        // The right side a little bigger, as most are.
        let bias = if side == Side::Right { 0.4 } else { 0.0 };
        all.push((Site::Arm(side), 33.5 + bias, 5.0));
        all.push((Site::Forearm(side), 28.0 + bias, 2.5));
        all.push((Site::Thigh(side), 55.0 + bias, 5.5));
        all.push((Site::Calf(side), 36.5 + bias, 1.5));
    }
    all.push((Site::BodyFat, 20.0, -6.0));
    all
}

/// A deterministic number in [0, 1) from two integers (SplitMix64).
fn noise(a: u64, b: u64) -> f64 {
    let mut z = a.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(b).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
}

/// On the first Monday of a month, the month's measurements (`decade`: the share of ten
/// years gone, 0 to 1), just after the weigh-in. The seed makes another lifter: other values
/// and other ids (two demo stores of different seeds share no event).
pub(super) fn write_measurements(w: &mut Writer, seed: u64, monday: NaiveDate, decade: f64) {
    if monday.day() > 7 {
        return;
    }
    let month = ((monday.year() as u64) * 12 + u64::from(monday.month())) ^ seed.rotate_left(24);
    let at: DateTime<Utc> = Utc.from_utc_datetime(&monday.and_hms_opt(5, 50, 0).expect("valid time"));
    for (i, (site, start, change)) in plan().into_iter().enumerate() {
        let spread = if site.is_percent() { 0.8 } else { 0.6 };
        let value = start + change * decade.min(1.0) + (noise(month, i as u64) - 0.5) * spread;
        let reading = Reading::new((value * 10.0).round() / 10.0, site.unit_for(MeasureUnit::Cm));
        let at = match w.events.last() {
            Some(last) if last.created_at >= at => last.created_at + Duration::microseconds(1),
            _ => at,
        };
        let random: [u8; 10] = {
            let bits = noise(month, 1000 + i as u64).to_bits().to_le_bytes();
            let mut r = [0u8; 10];
            r[..8].copy_from_slice(&bits);
            r[8] = i as u8;
            r[9] = (month % 251) as u8;
            r
        };
        let id: Uuid = uuid::Builder::from_unix_timestamp_millis(at.timestamp_millis() as u64, &random).into_uuid();
        w.events.push(Event::new(id, at, EventKind::MeasurementLogged { site, reading }));
    }
}

#[cfg(test)]
mod tests {
    use super::super::{DemoSpec, generate};
    use crate::domain::measurement::{Side, Site};
    use crate::domain::projection::History;

    #[test]
    fn the_demo_measures_monthly_waist_down_and_arms_up() {
        let until = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let events = generate(&DemoSpec { years: 10, seed: 3, until, max_events: None });
        let history = History::from_events(&events);
        let log = history.measurements();
        assert_eq!(log.sites().len(), 14);
        let waist: Vec<f64> = log.of_site(&Site::Waist).map(|e| e.reading.value).collect();
        assert!((118..=122).contains(&waist.len()), "{} months", waist.len());
        assert!(waist[waist.len() - 1] < waist[0] - 3.0, "{waist:?}");
        let arm: Vec<f64> = log.of_site(&Site::Arm(Side::Left)).map(|e| e.reading.value).collect();
        assert!(arm[arm.len() - 1] > arm[0] + 3.0, "{arm:?}");
        let ids: std::collections::HashSet<_> = events.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), events.len(), "every id once");
    }
}

//! "Changed on two devices": a set whose latest two edits were made on two devices without the
//! later one having seen the earlier. Both edits stay in the log and in the change history; the
//! later in log order `(_created_at, _event_id)` counts, the same on every device — this only
//! finds the sets worth a note. Each sync file records, for every `set_updated` it carries,
//! which event of the set it replaced where it was made (`gymlog_sync_replaced`): an edit made
//! after seeing the one before it replaced exactly that one, so a different one means the two
//! were made apart. Pure: the latest edits and what is known of them are passed in.

use std::collections::BTreeMap;

use uuid::Uuid;

use super::report::{ChangedOnTwoDevices, EditSeen};
use super::state::EditOrigin;
use crate::store::LatestSetEdits;

/// The sets of `latest` whose latest edit replaced, where it was made, another event than the
/// one before it in the log. `origins` says where synced edits were made; an edit it does not
/// know was made here (or restored here) — by `this_device`. `name_of` names a device.
pub fn changed_on_two_devices(
    latest: &[LatestSetEdits],
    origins: &BTreeMap<Uuid, EditOrigin>,
    this_device: Uuid,
    name_of: &dyn Fn(Uuid) -> String,
) -> Vec<ChangedOnTwoDevices> {
    let seen = |(event_id, created_at): (Uuid, chrono::DateTime<chrono::Utc>)| {
        let device_id = origins.get(&event_id).map_or(this_device, |o| o.device);
        EditSeen { event_id, device_id, device_name: name_of(device_id), created_at }
    };
    latest
        .iter()
        .filter(|set| {
            // An edit made here, after the latest it could see, replaced the one before it.
            origins.get(&set.latest.0).is_some_and(|origin| origin.replaced != set.before.0)
        })
        .map(|set| ChangedOnTwoDevices {
            workout_id: set.workout_id,
            set_id: set.set_id,
            exercise: set.exercise.clone(),
            kept: seen(set.latest),
            set_aside: seen(set.before),
        })
        .filter(|note| note.kept.device_id != note.set_aside.device_id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, TimeZone, Utc};

    fn at(s: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 5, 1, 12, 0, 0).unwrap() + chrono::Duration::seconds(s)
    }

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn set(latest: u128, before: u128) -> LatestSetEdits {
        LatestSetEdits {
            set_id: id(100),
            workout_id: Some(id(200)),
            exercise: Some("Squat".into()),
            latest: (id(latest), at(20)),
            before: (id(before), at(10)),
        }
    }

    const LAPTOP: Uuid = Uuid::from_u128(1);
    const DESKTOP: Uuid = Uuid::from_u128(2);

    fn name(device: Uuid) -> String {
        if device == LAPTOP { "Laptop".into() } else { "Desktop".into() }
    }

    #[test]
    fn edits_made_apart_on_two_devices_get_a_note() {
        // Logged as event 10; the laptop (11) and the desktop (12) each edited it from 10.
        let origins = BTreeMap::from([
            (id(11), EditOrigin { device: LAPTOP, replaced: id(10) }),
            (id(12), EditOrigin { device: DESKTOP, replaced: id(10) }),
        ]);
        let notes = changed_on_two_devices(&[set(12, 11)], &origins, LAPTOP, &name);
        assert_eq!(notes.len(), 1);
        assert_eq!(
            (notes[0].kept.device_name.as_str(), notes[0].set_aside.device_name.as_str()),
            ("Desktop", "Laptop")
        );
        assert_eq!((notes[0].kept.event_id, notes[0].set_aside.event_id), (id(12), id(11)));
    }

    #[test]
    fn an_edit_made_after_seeing_the_other_gets_none() {
        let origins = BTreeMap::from([
            (id(11), EditOrigin { device: LAPTOP, replaced: id(10) }),
            (id(12), EditOrigin { device: DESKTOP, replaced: id(11) }),
        ]);
        assert!(changed_on_two_devices(&[set(12, 11)], &origins, LAPTOP, &name).is_empty());
    }

    #[test]
    fn edits_of_one_device_and_edits_not_yet_synced_get_none() {
        // Two edits made apart on one device (its files written on two days) are its own.
        let origins = BTreeMap::from([
            (id(11), EditOrigin { device: LAPTOP, replaced: id(10) }),
            (id(12), EditOrigin { device: LAPTOP, replaced: id(10) }),
        ]);
        assert!(changed_on_two_devices(&[set(12, 11)], &origins, DESKTOP, &name).is_empty());
        // The latest edit made here and not written yet: it saw everything here.
        assert!(changed_on_two_devices(&[set(13, 12)], &origins, DESKTOP, &name).is_empty());
    }

    #[test]
    fn an_edit_set_aside_that_was_never_synced_counts_as_this_devices() {
        // 11 was made here (restored, say); the desktop's 12 replaced 10, never seeing 11.
        let origins = BTreeMap::from([(id(12), EditOrigin { device: DESKTOP, replaced: id(10) })]);
        let notes = changed_on_two_devices(&[set(12, 11)], &origins, LAPTOP, &name);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].set_aside.device_id, LAPTOP);
    }
}

//! Same history everywhere (issue #36 item 2, DESIGN.md §9): devices that have seen every file
//! hold the same events and show the same figures, whatever order the files arrived in; an edit
//! made after seeing another device's wins even if that device's clock runs hours ahead; two
//! edits made apart resolve the same on both and get a "changed on two devices" note; two
//! workouts logged at the same moment are both kept; a delete and an edit end the same. Each
//! device has its own copy of the folder; a stand-in for the sync tool carries files between
//! the copies in the order a test chooses.

mod common;
mod sync_support;

use std::path::Path;

use chrono::Duration;
use common::{at, workout};
use gymlog::domain::event::{Event, EventKind};
use gymlog::sync::SyncOptions;
use proptest::prelude::*;
use sync_support::{TestDevice, carry, edit, files_under, first_set, folder};
use uuid::Uuid;

/// Mirrors `owner`'s folder from its copy of the sync folder into `to` (new files, and files
/// it removed), in the order `order` gives the files.
fn spread(owner: &TestDevice, from: &Path, to: &Path, order: impl Fn(&mut Vec<std::path::PathBuf>)) {
    let (source, target) = (owner.dir_in(from), owner.dir_in(to));
    let mut names = files_under(&source);
    names.extend(files_under(&target).into_iter().filter(|n| !source.join(n).exists()));
    names.dedup();
    order(&mut names);
    for name in names {
        carry(&name, &source, &target);
    }
}

/// Carries every file everywhere and syncs every device with its copy, until a round of syncs
/// after everything was carried changes nothing.
fn settle(devices: &[&TestDevice], copies: &[&Path]) {
    settle_with(devices, copies, &SyncOptions::default());
}

fn settle_with(devices: &[&TestDevice], copies: &[&Path], options: &SyncOptions) {
    for _ in 0..6 {
        for owner in 0..devices.len() {
            for to in (0..copies.len()).filter(|&to| copies[to] != copies[owner]) {
                spread(devices[owner], copies[owner], copies[to], |_| {});
            }
        }
        let mut changed = false;
        for (device, copy) in devices.iter().zip(copies) {
            let report = device.sync_with(copy, options);
            changed |= report.written.is_some() || !report.merged.is_empty() || report.compacted.is_some();
        }
        if !changed {
            return;
        }
    }
    panic!("the devices never settled");
}

fn assert_same_everywhere(devices: &[&TestDevice]) {
    let first = devices[0].everything();
    assert!(!first.0.is_empty());
    for device in &devices[1..] {
        assert_eq!(device.everything(), first, "{} differs from {}", device.device.name, devices[0].device.name);
    }
}

#[test]
fn files_arriving_in_any_order_give_the_same_history_everywhere() {
    let names = ["Laptop", "Desktop", "Gym PC"];
    let devices: Vec<TestDevice> = names.iter().map(|n| TestDevice::new(n)).collect();
    let copies: Vec<_> = names.iter().map(|_| folder()).collect();
    // Each logs two workouts on two days, syncing with its own copy after each.
    for (i, device) in devices.iter().enumerate() {
        for day in 0..2u128 {
            device.append(&workout(10 * i as u128 + day + 1, (day as i64) * 1440 + i as i64 * 7, "Squat", 100.0, 3));
            device.sync(copies[i].path());
        }
    }
    // The sync tool brings the laptop's files to the desktop newest first, the gym PC's oldest
    // first, and to the gym PC the other way round; each syncs after every file.
    let newest_first = |n: &mut Vec<std::path::PathBuf>| n.sort_by(|a, b| b.cmp(a));
    let oldest_first = |n: &mut Vec<std::path::PathBuf>| n.sort();
    for (owner, to, newest) in [(0, 1, true), (2, 1, false), (1, 2, false), (0, 2, true)] {
        let (source, target) = (devices[owner].dir_in(copies[owner].path()), devices[owner].dir_in(copies[to].path()));
        let mut files = files_under(&source);
        if newest {
            newest_first(&mut files)
        } else {
            oldest_first(&mut files)
        }
        for file in files {
            carry(&file, &source, &target);
            devices[to].sync(copies[to].path());
        }
    }
    let all: Vec<&TestDevice> = devices.iter().collect();
    let paths: Vec<&Path> = copies.iter().map(|c| c.path()).collect();
    settle(&all, &paths);
    assert_same_everywhere(&all);
    assert_eq!(devices[0].store.history().unwrap().completed().count(), 6);
}

#[test]
fn an_edit_made_after_seeing_one_from_a_clock_hours_ahead_wins_on_both() {
    let shared = folder();
    let (ahead, right) = (TestDevice::new("Clock ahead"), TestDevice::new("Clock right"));
    let logged = workout(1, 0, "Squat", 100.0, 3);
    right.append(&logged);
    right.sync(shared.path());
    ahead.sync(shared.path());
    // Its clock runs three hours ahead: its edit is stamped three hours from now.
    ahead.append(&[edit(Uuid::from_u128(901), at(40) + Duration::hours(3), &logged, 4)]);
    ahead.sync(shared.path());
    right.sync(shared.path());
    let (_, set_id, _) = first_set(&logged);
    assert_eq!(right.reps_of(set_id), Some(4), "the other device's edit arrived");
    // Seeing 4, the lifter corrects it to 6 (by this device's right clock, at(45)).
    right.append(&[edit(Uuid::from_u128(902), at(45), &logged, 6)]);
    right.sync(shared.path());
    ahead.sync(shared.path());
    assert_eq!(right.reps_of(set_id), Some(6));
    assert_eq!(ahead.reps_of(set_id), Some(6), "the later edit wins there too");
    assert_same_everywhere(&[&ahead, &right]);
    for device in [&ahead, &right] {
        assert!(device.sync(shared.path()).changed_on_two_devices.is_empty(), "made after seeing: no note");
    }
}

#[test]
fn two_edits_made_apart_resolve_the_same_on_both_and_get_a_note() {
    let shared = folder();
    let (laptop, desktop) = (TestDevice::new("Laptop"), TestDevice::new("Desktop"));
    let logged = workout(1, 0, "Squat", 100.0, 3);
    laptop.append(&logged);
    laptop.sync(shared.path());
    desktop.sync(shared.path());
    // Offline from each other, both correct the same set.
    laptop.append(&[edit(Uuid::from_u128(901), at(50), &logged, 7)]);
    desktop.append(&[edit(Uuid::from_u128(902), at(51), &logged, 8)]);
    laptop.sync(shared.path());
    let desktop_report = desktop.sync(shared.path());
    let laptop_report = laptop.sync(shared.path());

    let (_, set_id, _) = first_set(&logged);
    // The later in (_created_at, _event_id) counts on both: the desktop's.
    assert_eq!(laptop.reps_of(set_id), Some(8));
    assert_eq!(desktop.reps_of(set_id), Some(8));
    assert_same_everywhere(&[&laptop, &desktop]);
    let edits = laptop.store.events().unwrap().into_iter().filter(|e| matches!(e.kind, EventKind::SetUpdated { .. }));
    assert_eq!(edits.count(), 2, "both edits stay in the log");
    for report in [&laptop_report, &desktop_report] {
        assert_eq!(report.changed_on_two_devices.len(), 1, "{report:?}");
        let note = &report.changed_on_two_devices[0];
        assert_eq!(note.set_id, set_id);
        assert_eq!((note.kept.device_name.as_str(), note.set_aside.device_name.as_str()), ("Desktop", "Laptop"));
        assert_eq!((note.kept.event_id, note.set_aside.event_id), (Uuid::from_u128(902), Uuid::from_u128(901)));
    }
    // The laptop, having seen both, corrects it once more: that settles it, and the note goes.
    laptop.append(&[edit(Uuid::from_u128(903), at(60), &logged, 9)]);
    assert!(laptop.sync(shared.path()).changed_on_two_devices.is_empty());
    assert!(desktop.sync(shared.path()).changed_on_two_devices.is_empty());
    assert_eq!(desktop.reps_of(set_id), Some(9));
}

#[test]
fn two_workouts_logged_at_the_same_moment_on_two_devices_are_both_kept() {
    let shared = folder();
    let (laptop, desktop) = (TestDevice::new("Laptop"), TestDevice::new("Desktop"));
    let (one, other) = (workout(1, 0, "Squat", 100.0, 3), workout(2, 0, "Squat", 100.0, 3));
    assert_eq!(one[0].created_at, other[0].created_at, "the same moment");
    laptop.append(&one);
    desktop.append(&other);
    settle(&[&laptop, &desktop], &[shared.path(), shared.path()]);
    assert_same_everywhere(&[&laptop, &desktop]);
    assert_eq!(laptop.store.history().unwrap().completed().count(), 2);
}

#[test]
fn a_delete_on_one_device_and_an_edit_on_the_other_end_the_same_on_both() {
    let shared = folder();
    let (laptop, desktop) = (TestDevice::new("Laptop"), TestDevice::new("Desktop"));
    let logged = workout(1, 0, "Squat", 100.0, 3);
    laptop.append(&logged);
    settle(&[&laptop, &desktop], &[shared.path(), shared.path()]);
    let (workout_id, _, _) = first_set(&logged);
    laptop.append(&[Event::new(Uuid::from_u128(950), at(60), EventKind::WorkoutDeleted { workout_id })]);
    desktop.append(&[edit(Uuid::from_u128(951), at(61), &logged, 12)]);
    settle(&[&laptop, &desktop], &[shared.path(), shared.path()]);
    assert_same_everywhere(&[&laptop, &desktop]);
    // A deleted workout stays deleted: an edit of one of its sets does not bring it back.
    assert_eq!(desktop.store.history().unwrap().completed().count(), 0);
}

/// What a device does in a step of the property test.
#[derive(Debug, Clone)]
enum Step {
    Log { device: usize },
    Edit { device: usize, pick: usize, reps: u32 },
    Delete { device: usize, pick: usize },
    Sync { device: usize },
    Carry { owner: usize, to: usize, newest_first: bool },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..3usize).prop_map(|device| Step::Log { device }),
        (0..3usize, 0..8usize, 1..20u32).prop_map(|(device, pick, reps)| Step::Edit { device, pick, reps }),
        (0..3usize, 0..8usize).prop_map(|(device, pick)| Step::Delete { device, pick }),
        (0..3usize).prop_map(|device| Step::Sync { device }),
        (0..3usize, 0..3usize, any::<bool>()).prop_map(|(owner, to, newest_first)| Step::Carry {
            owner,
            to,
            newest_first
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    /// Three devices with skewed clocks (one two hours ahead, one an hour behind) log, edit
    /// and delete while syncing now and then and the sync tool carries files in random orders;
    /// once every file has reached everyone, all hold the same events and views. Devices
    /// compact their files often, so files disappear while others have not read them yet.
    #[test]
    fn devices_doing_anything_in_any_order_converge(steps in proptest::collection::vec(step(), 4..14)) {
        let skew = [0i64, 120, -60];
        // Compacting after three files, so files vanish while others still read them.
        let compact_often = SyncOptions { compact_after: 3 };
        let devices: Vec<TestDevice> = ["A", "B", "C"].iter().map(|n| TestDevice::new(n)).collect();
        let copies: Vec<_> = (0..3).map(|_| folder()).collect();
        for (n, step) in steps.iter().enumerate() {
            let minute = n as i64 * 10;
            let id = Uuid::from_u128(0xABCD_0000 + n as u128);
            match *step {
                Step::Log { device } => {
                    let events = workout(100 * (device as u128 + 1) + n as u128, minute + skew[device], "Squat", 100.0, 2);
                    devices[device].append(&events);
                }
                Step::Edit { device, pick, reps } => {
                    let history = devices[device].store.history().unwrap();
                    let sets: Vec<_> = history.completed().flat_map(|w| w.sets.iter().map(move |s| (w.id, s.clone()))).collect();
                    if let Some((workout_id, set)) = sets.get(pick % sets.len().max(1)) {
                        let mut facts = set.facts.clone();
                        facts.reps = Some(reps);
                        let kind = EventKind::SetUpdated { workout_id: *workout_id, set_id: set.set_id, set: facts };
                        devices[device].append(&[Event::new(id, at(minute + skew[device]), kind)]);
                    }
                }
                Step::Delete { device, pick } => {
                    let history = devices[device].store.history().unwrap();
                    let ids: Vec<Uuid> = history.completed().map(|w| w.id).collect();
                    if let Some(workout_id) = ids.get(pick % ids.len().max(1)) {
                        let kind = EventKind::WorkoutDeleted { workout_id: *workout_id };
                        devices[device].append(&[Event::new(id, at(minute + skew[device]), kind)]);
                    }
                }
                Step::Sync { device } => {
                    devices[device].sync_with(copies[device].path(), &compact_often);
                }
                Step::Carry { owner, to, newest_first } if owner != to => {
                    spread(&devices[owner], copies[owner].path(), copies[to].path(), |names| {
                        names.sort();
                        if newest_first { names.reverse() }
                    });
                }
                Step::Carry { .. } => {}
            }
        }
        let all: Vec<&TestDevice> = devices.iter().collect();
        let paths: Vec<&Path> = copies.iter().map(|c| c.path()).collect();
        settle_with(&all, &paths, &compact_often);
        let first = devices[0].everything();
        for device in &devices[1..] {
            prop_assert_eq!(&device.everything(), &first);
        }
    }
}

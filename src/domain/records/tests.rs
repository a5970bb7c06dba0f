//! Records from hand-built event sequences: edits, removals, deletions, sets entered in
//! pounds, imported (back-dated) workouts, warm-ups and formulas.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::*;
use crate::domain::event::{Event, EventKind, SetType};
use crate::domain::test_support::{at, facts};
use crate::domain::units::{Weight, WeightUnit};

struct Log {
    events: Vec<Event>,
}

impl Log {
    fn new() -> Log {
        Log { events: Vec::new() }
    }

    fn push_at(&mut self, when: DateTime<Utc>, kind: EventKind) {
        let n = self.events.len() as u128;
        self.events.push(Event { id: Uuid::from_u128(10_000 + n), created_at: at(100_000), occurred_at: when, kind });
    }

    /// A saved workout `w` on day `day` with these sets (set ids `w * 100 + i`).
    fn workout(&mut self, w: u128, day: i64, sets: Vec<SetFacts>) {
        let start = at(day * 1440);
        self.push_at(start, EventKind::workout_started(Uuid::from_u128(w), None));
        for (i, set) in sets.into_iter().enumerate() {
            let set_id = Uuid::from_u128(w * 100 + i as u128);
            self.push_at(start, EventKind::SetLogged { workout_id: Uuid::from_u128(w), set_id, set });
        }
        self.push_at(start, EventKind::WorkoutCompleted { workout_id: Uuid::from_u128(w) });
    }

    fn history(&self) -> History {
        History::from_events(&self.events)
    }
}

fn squat(history: &History, formula: Formula) -> ExerciseRecords {
    ExerciseRecords::of(history, "Squat", ExerciseKind::WeightReps, formula, None)
}

fn warm_up(kg: f64, reps: u32, index: u32) -> SetFacts {
    SetFacts { set_type: SetType::WarmUp, ..facts(kg, reps, index) }
}

#[test]
fn records_carry_the_day_they_were_set() {
    let mut log = Log::new();
    log.workout(1, 0, vec![warm_up(60.0, 5, 0), facts(100.0, 5, 1), facts(100.0, 5, 2)]);
    log.workout(2, 7, vec![facts(110.0, 3, 0), facts(90.0, 10, 1)]);
    log.workout(3, 14, vec![facts(105.0, 5, 0), facts(200.0, 30, 1)]);
    let r = squat(&log.history(), Formula::Epley);

    // e1RM: 110 × (1 + 3/30) = 121 on day 7 beats 105 × 7/6 = 122.5? No: 122.5 on day 14.
    let e1rm = r.e1rm.as_ref().unwrap();
    assert!((e1rm.value - 122.5).abs() < 1e-9);
    assert_eq!(e1rm.at, at(14 * 1440));
    // The 30-rep set counts for the heaviest weight, never for an e1RM.
    assert_eq!(r.heaviest.as_ref().unwrap().value, 200.0);
    // Rep maxes: at least r reps.
    let rm = |reps: u32| r.rep_max[reps as usize - 1].as_ref().map(|r| (r.value, r.at));
    assert_eq!(rm(1), Some((200.0, at(14 * 1440))));
    assert_eq!(rm(12), Some((200.0, at(14 * 1440))));
    // Most reps at 100 kg: 5, first done on day 0.
    let at_100 = r.reps_at_weight.get(&100_000).unwrap();
    assert_eq!((at_100.value, at_100.at), (5.0, at(0)));
    // Warm-ups set nothing: no record at 60 kg.
    assert!(!r.reps_at_weight.contains_key(&60_000));
    // Volume: the best set 200 × 30; the best session day 14 (525 + 6000).
    assert_eq!(r.set_volume.as_ref().unwrap().value, 6000.0);
    assert_eq!(r.session_volume.as_ref().unwrap().value, 6525.0);
    // Sessions, oldest first, with their best set.
    assert_eq!(r.sessions.len(), 3);
    assert_eq!(r.sessions[0].best_set.as_ref().unwrap().weight.unwrap().kg, 100.0);
    assert_eq!(r.sessions[0].volume_kg, 60.0 * 5.0 + 1000.0);
    assert_eq!(r.sessions[1].top_weight_kg, Some(110.0));
}

#[test]
fn brzycki_ranks_by_its_own_estimate() {
    let mut log = Log::new();
    // Epley: 100×10 → 133.3, 120×3 → 132; Brzycki: 100×10 → 133.3, 120×3 → 127.06.
    log.workout(1, 0, vec![facts(120.0, 3, 0)]);
    log.workout(2, 1, vec![facts(100.0, 10, 0)]);
    let h = log.history();
    let epley = squat(&h, Formula::Epley);
    let brzycki = squat(&h, Formula::Brzycki);
    assert!((epley.e1rm.as_ref().unwrap().value - 133.333_333_333_333_34).abs() < 1e-9);
    assert!((brzycki.e1rm.as_ref().unwrap().value - 100.0 * 36.0 / 27.0).abs() < 1e-9);
    assert_eq!(brzycki.sessions[0].best_e1rm_kg.map(|v| (v * 100.0).round()), Some(12706.0));
}

#[test]
fn edits_removals_and_deletions_recompute_the_records() {
    let mut log = Log::new();
    log.workout(1, 0, vec![facts(100.0, 5, 0)]);
    log.workout(2, 1, vec![facts(140.0, 1, 0), facts(120.0, 5, 1)]);
    log.workout(3, 2, vec![facts(150.0, 1, 0)]);
    // A typo corrected: 140 was 104.
    log.push_at(
        at(5000),
        EventKind::SetUpdated { workout_id: Uuid::from_u128(2), set_id: Uuid::from_u128(200), set: facts(104.0, 1, 0) },
    );
    // A set removed and a workout deleted.
    log.push_at(at(5001), EventKind::SetRemoved { workout_id: Uuid::from_u128(2), set_id: Uuid::from_u128(201) });
    log.push_at(at(5002), EventKind::WorkoutDeleted { workout_id: Uuid::from_u128(3) });
    let r = squat(&log.history(), Formula::Epley);
    assert_eq!(r.heaviest.as_ref().unwrap().value, 104.0);
    assert_eq!(r.heaviest.as_ref().unwrap().at, at(1440));
    assert!((r.e1rm.as_ref().unwrap().value - 100.0 * 35.0 / 30.0).abs() < 1e-9);
    assert_eq!(r.rep_max[4].as_ref().unwrap().value, 100.0);
    assert_eq!(r.sessions.len(), 2);
}

#[test]
fn pounds_and_imported_workouts_count_in_their_place() {
    let mut log = Log::new();
    log.workout(2, 10, vec![facts(100.0, 5, 0)]);
    let mut lb = facts(0.0, 5, 0);
    lb.weight = Some(Weight::entered(235.0, WeightUnit::Lb));
    // Imported later, but done earlier: 235 lb = 106.59 kg.
    log.workout(1, 0, vec![lb]);
    let r = squat(&log.history(), Formula::Epley);
    let heaviest = r.heaviest.as_ref().unwrap();
    assert!((heaviest.value - 235.0 * 0.453_592_37).abs() < 1e-9);
    assert_eq!(heaviest.at, at(0));
    assert_eq!(heaviest.set.as_ref().unwrap().weight.unwrap().entered_unit, WeightUnit::Lb);
    assert_eq!(r.sessions[0].at, at(0), "sessions in the order they were done");
}

#[test]
fn a_set_beats_only_records_that_exist() {
    let mut log = Log::new();
    log.workout(1, 0, vec![facts(100.0, 5, 0), facts(90.0, 8, 1)]);
    let r = squat(&log.history(), Formula::Epley);
    let kinds = |set: SetFacts| r.beaten_by(&set, None).into_iter().map(|b| b.kind).collect::<Vec<_>>();
    // 102.5 × 5: e1RM, heaviest, the 5RM (but 512.5 kg is less than the 720 kg of 90 × 8).
    assert_eq!(kinds(facts(102.5, 5, 2)), vec![RecordKind::E1rm, RecordKind::Heaviest, RecordKind::RepMax(5)]);
    // 90 × 9: e1RM 117 > 116.7, more reps at 90 kg, but the same 8RM…
    assert_eq!(kinds(facts(90.0, 9, 2)), vec![RecordKind::E1rm, RecordKind::RepsAtWeight, RecordKind::SetVolume]);
    // …92.5 × 8 is the 8RM.
    assert!(kinds(facts(92.5, 8, 2)).contains(&RecordKind::RepMax(8)));
    // …a first 9-rep set beats no rep max (none existed), a warm-up nothing.
    assert!(kinds(warm_up(200.0, 5, 2)).is_empty());
    assert!(kinds(facts(50.0, 5, 2)).is_empty());
    // No history, no records to beat.
    let empty = ExerciseRecords::empty("Squat", ExerciseKind::WeightReps, Formula::Epley);
    assert!(empty.beaten_by(&facts(100.0, 5, 0), None).is_empty());
}

#[test]
fn a_workout_lists_each_record_once_with_its_session_volume() {
    let mut log = Log::new();
    log.workout(1, 0, vec![facts(100.0, 5, 0)]);
    log.workout(2, 1, vec![facts(105.0, 5, 0), facts(107.5, 5, 1), facts(60.0, 5, 2)]);
    let h = log.history();
    let before = ExerciseRecords::of(&h, "Squat", ExerciseKind::WeightReps, Formula::Epley, Some(Uuid::from_u128(2)));
    let beaten = before.beaten_in(h.workout(Uuid::from_u128(2)).unwrap(), None);
    let kinds: Vec<RecordKind> = beaten.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        vec![
            RecordKind::E1rm,
            RecordKind::Heaviest,
            RecordKind::RepMax(5),
            RecordKind::SetVolume,
            RecordKind::SessionVolume
        ]
    );
    assert_eq!(beaten[1].value, 107.5);
    assert_eq!(beaten[1].previous, 100.0);
    assert_eq!(beaten[4].value, 105.0 * 5.0 + 107.5 * 5.0 + 300.0);
}

#[test]
fn exercises_without_a_load_have_their_own_records() {
    let mut log = Log::new();
    let plank = |s: f64| SetFacts {
        exercise: "Plank".into(),
        duration_s: Some(s),
        kind: ExerciseKind::Duration,
        ..SetFacts::default()
    };
    log.workout(1, 0, vec![plank(60.0), plank(90.0)]);
    log.workout(2, 1, vec![plank(75.0)]);
    let r = ExerciseRecords::of(&log.history(), "Plank", ExerciseKind::Duration, Formula::Epley, None);
    assert_eq!(r.longest_time.as_ref().map(|r| (r.value, r.at)), Some((90.0, at(0))));
    assert!(r.e1rm.is_none() && r.heaviest.is_none() && r.set_volume.is_none());
    assert_eq!(r.beaten_by(&plank(95.0), None)[0].kind, RecordKind::LongestTime);
}

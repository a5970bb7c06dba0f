//! The editing model: parsing, exactness across units, indexes, prefill, resume.

use super::*;
use crate::domain::event::SetType;
use crate::domain::event::{Event, EventKind};
use crate::domain::exercise::ExerciseKind;
use crate::domain::test_support::{at, facts, history_with_one_squat_session};
use crate::domain::units::Weight;

/// The sets of `exercise` in a workout, as row sources take them.
fn sets_of(workout: Option<&Workout>) -> Vec<SetFacts> {
    workout
        .map(|w| w.sets_of("Squat").chain(w.sets_of("Deadlift")).map(|s| s.facts.clone()).collect())
        .unwrap_or_default()
}

fn typed(weight: &str, reps: &str) -> SetRow {
    let mut row = SetRow::planned(0, None, WeightUnit::Kg);
    row.edit(RowEdit::Weight(weight.into()));
    row.edit(RowEdit::Reps(reps.into()));
    row
}

#[test]
fn rows_parse_and_validate() {
    let mut row = typed("102,5", "5");
    row.edit(RowEdit::Rpe(Some(8.5)));
    row.edit(RowEdit::Note(" ok ".into()));
    let f = row.facts("Squat", ExerciseKind::WeightReps, WeightUnit::Kg).unwrap().unwrap();
    assert_eq!(f.weight, Some(Weight::kg(102.5)));
    assert_eq!(f.reps, Some(5));
    assert_eq!(f.note.as_deref(), Some("ok"));
    let lb = typed("225", "5").facts("Squat", ExerciseKind::WeightReps, WeightUnit::Lb).unwrap().unwrap();
    assert_eq!(lb.weight.unwrap().as_entered(), 225.0);
    let bad =
        |w: &str, r: &str| typed(w, r).facts("S", ExerciseKind::WeightReps, WeightUnit::Kg).map_err(|e| e.to_string());
    assert!(bad("abc", "5").unwrap_err().contains("not a number"));
    assert!(bad("100", "").unwrap_err().contains("reps"));
    assert!(bad("100", "2.5").unwrap_err().contains("whole number"));
    assert!(bad("-5", "5").unwrap_err().contains("out of range"));
    assert!(bad("inf", "5").unwrap_err().contains("not a number"));
    assert_eq!(bad("", "10").unwrap().unwrap().weight, None, "bodyweight sets have no weight");
}

#[test]
fn a_logged_row_records_only_real_changes() {
    let mut row = typed("100", "5");
    let facts = row.facts("Squat", ExerciseKind::WeightReps, WeightUnit::Kg).unwrap().unwrap();
    row.saved(Uuid::from_u128(9), facts.clone(), WeightUnit::Kg);
    assert!(!row.is_edited());
    assert_eq!(row.facts("Squat", ExerciseKind::WeightReps, WeightUnit::Kg).unwrap(), None, "nothing changed");
    row.edit(RowEdit::Reps("6".into()));
    assert!(row.is_edited());
    assert_eq!(row.facts("Squat", ExerciseKind::WeightReps, WeightUnit::Kg).unwrap().unwrap().reps, Some(6));
    row.revert();
    assert!(!row.is_edited());
    row.edit(RowEdit::Reps("05".into()));
    assert_eq!(
        row.facts("Squat", ExerciseKind::WeightReps, WeightUnit::Kg).unwrap(),
        None,
        "the same number typed differently"
    );
}

#[test]
fn switching_units_never_rewrites_a_stored_weight() {
    let mut session = Session::new(Uuid::from_u128(1), "", at(0));
    let mut block = ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &RowSources::default(), WeightUnit::Kg, 0);
    block.rows[0].edit(RowEdit::Weight("100".into()));
    block.rows[0].edit(RowEdit::Reps("5".into()));
    let facts = block.rows[0].facts("Squat", ExerciseKind::WeightReps, WeightUnit::Kg).unwrap().unwrap();
    block.rows[0].saved(Uuid::from_u128(2), facts, WeightUnit::Kg);
    block.add_row(&RowSources::default(), WeightUnit::Kg);
    session.exercises.push(block);

    session.show_weights_in(WeightUnit::Kg, WeightUnit::Lb);
    let row = &session.exercises[0].rows[0];
    assert_eq!(row.values.weight, "220.46");
    assert!(!row.is_edited(), "a re-rendered weight is not an edit");
    assert_eq!(
        row.facts("Squat", ExerciseKind::WeightReps, WeightUnit::Lb).unwrap(),
        None,
        "Update/Enter records nothing"
    );
    // The copied planned row logs exactly 100 kg too, not 220.46 lb.
    let planned =
        session.exercises[0].rows[1].facts("Squat", ExerciseKind::WeightReps, WeightUnit::Lb).unwrap().unwrap();
    assert_eq!(planned.weight, Some(Weight::kg(100.0)));

    let row = session.row_mut(0, 0).unwrap();
    row.edit(RowEdit::Weight("225".into()));
    let edited = row.facts("Squat", ExerciseKind::WeightReps, WeightUnit::Lb).unwrap().unwrap();
    assert_eq!(edited.weight, Some(Weight::entered(225.0, WeightUnit::Lb)), "exactly what was typed, in lb");
    session.show_weights_in(WeightUnit::Lb, WeightUnit::Kg);
    assert_eq!(session.exercises[0].rows[0].values.weight, "102.06", "typed text converts, still an edit");
    assert!(session.exercises[0].rows[0].is_edited());
    session.show_weights_in(WeightUnit::Kg, WeightUnit::Lb);
    session.show_weights_in(WeightUnit::Lb, WeightUnit::Kg);
    assert_eq!(session.exercises[0].rows[1].values.weight, "100", "no drift back and forth");
}

#[test]
fn indexes_are_unique_and_survive_removals() {
    let mut block = ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &RowSources::default(), WeightUnit::Kg, 0);
    block.add_row(&RowSources::default(), WeightUnit::Kg);
    block.add_row(&RowSources::default(), WeightUnit::Kg);
    block.rows.remove(1);
    block.add_row(&RowSources::default(), WeightUnit::Kg);
    let indexes: Vec<u32> = block.rows.iter().map(|r| r.set_index).collect();
    assert_eq!(indexes, [0, 2, 3]);
}

#[test]
fn new_blocks_show_and_prefill_the_previous_session() {
    let history = history_with_one_squat_session();
    let sources = RowSources { previous: sets_of(history.last_session_of("Squat", None)), targets: None };
    let mut block = ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &sources, WeightUnit::Kg, 0);
    assert_eq!(block.rows.len(), 2);
    assert_eq!((block.rows[1].values.weight.as_str(), block.rows[1].values.reps.as_str()), ("110", "3"));
    assert_eq!(block.rows[0].previous.as_ref().unwrap().weight, Some(Weight::kg(100.0)));
    assert!(!block.rows[0].is_logged() && !block.rows[0].is_edited());
    block.add_row(&sources, WeightUnit::Kg);
    assert_eq!(block.rows[2].values.weight, "110", "past the previous session, the last row is copied");
    assert_eq!(block.rows[2].previous, None);
    let sources = RowSources { previous: sets_of(history.last_session_of("Deadlift", None)), targets: None };
    let fresh = ExerciseBlock::new("Deadlift", ExerciseKind::WeightReps, &sources, WeightUnit::Kg, 0);
    assert_eq!(fresh.rows.len(), 1);
    assert_eq!(fresh.rows[0].values, RowValues::default());
}

#[test]
fn a_repeated_workout_sets_the_targets_and_the_last_session_stays_beside_them() {
    let mut history = history_with_one_squat_session();
    let old = history.completed().next().unwrap().clone();
    let w = Uuid::from_u128(70);
    let later = [
        EventKind::workout_started(w, None),
        EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(71), set: facts(60.0, 10, 0) },
        EventKind::WorkoutCompleted { workout_id: w },
    ];
    for (i, kind) in later.into_iter().enumerate() {
        history.apply(&Event::new(Uuid::from_u128(400 + i as u128), at(500 + i as i64), kind));
    }
    let sources =
        RowSources { previous: sets_of(history.last_session_of("Squat", None)), targets: Some(sets_of(Some(&old))) };
    let block = ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &sources, WeightUnit::Kg, 0);
    assert_eq!(block.rows.len(), 2, "as many rows as the repeated workout had sets");
    assert_eq!((block.rows[0].values.weight.as_str(), block.rows[0].values.reps.as_str()), ("100", "5"));
    assert_eq!(block.rows[0].previous.as_ref().unwrap().weight, Some(Weight::kg(60.0)), "last session beside it");
    assert_eq!(block.rows[1].previous, None);
}

#[test]
fn prefill_in_the_other_unit_rounds_to_what_plates_make() {
    let history = history_with_one_squat_session();
    let sources = RowSources { previous: sets_of(history.last_session_of("Squat", None)), targets: None };
    let block = ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &sources, WeightUnit::Lb, 0);
    assert_eq!(block.rows[0].values.weight, "220", "100 kg is 220.46 lb: no plates make that");
    let logged = block.rows[0].facts("Squat", ExerciseKind::WeightReps, WeightUnit::Lb).unwrap().unwrap();
    assert_eq!(logged.weight, Some(Weight::entered(220.0, WeightUnit::Lb)), "what the row shows is what is logged");
    let same_unit = ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &sources, WeightUnit::Kg, 0);
    let logged = same_unit.rows[0].facts("Squat", ExerciseKind::WeightReps, WeightUnit::Kg).unwrap().unwrap();
    assert_eq!(logged.weight, Some(Weight::kg(100.0)), "in its own unit, the target is logged exactly");
}

#[test]
fn pending_input_counts_typed_rows_and_unapplied_edits() {
    let mut session = Session::new(Uuid::from_u128(1), "", at(0));
    let mut block = ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &RowSources::default(), WeightUnit::Kg, 0);
    block.add_row(&RowSources::default(), WeightUnit::Kg);
    block.add_row(&RowSources::default(), WeightUnit::Kg);
    session.exercises.push(block);
    assert!(session.pending_input().is_empty(), "untouched planned rows are only suggestions");
    session.row_mut(0, 0).unwrap().edit(RowEdit::Reps("5".into()));
    session.row_mut(0, 1).unwrap().edit(RowEdit::Reps("5".into()));
    let row = session.row_mut(0, 2).unwrap();
    row.edit(RowEdit::Reps("8".into()));
    let logged = row.facts("Squat", ExerciseKind::WeightReps, WeightUnit::Kg).unwrap().unwrap();
    row.saved(Uuid::from_u128(3), logged, WeightUnit::Kg);
    row.edit(RowEdit::SetType(SetType::WarmUp));
    let pending = session.pending_input();
    assert_eq!(pending, PendingInput { typed: 2, edited: 1 });
    assert_eq!(pending.describe(), "2 sets typed but not logged, 1 edit to logged sets not applied");
    assert_eq!(session.rows_with_pending_input(), [(0, 0), (0, 1), (0, 2)]);
}

#[test]
fn a_resumed_session_has_every_logged_set_and_fresh_indexes() {
    let history = history_with_one_squat_session();
    let w = Uuid::from_u128(60);
    let mut h = history.clone();
    let events = [
        EventKind::workout_started(w, Some("Legs")),
        EventKind::ExerciseAdded { workout_id: w, exercise: "Squat".into() },
        EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(61), set: facts(105.0, 5, 0) },
        EventKind::SetLogged { workout_id: w, set_id: Uuid::from_u128(62), set: facts(105.0, 5, 1) },
        EventKind::SetRemoved { workout_id: w, set_id: Uuid::from_u128(62) },
    ];
    for (i, kind) in events.into_iter().enumerate() {
        h.apply(&Event::new(Uuid::from_u128(300 + i as u128), at(200 + i as i64), kind));
    }
    let session = Session::resume(h.in_progress().unwrap(), &h, WeightUnit::Kg, |_| ExerciseKind::WeightReps);
    assert_eq!(session.name, "Legs");
    assert_eq!(session.logged_sets(), 1);
    let rows = &session.exercises[0].rows;
    assert_eq!(rows.len(), 2, "the second planned set is back, not logged");
    assert!(!rows[1].is_logged());
    assert_eq!(rows[1].values.weight, "110");
    assert_eq!(rows[1].set_index, 2, "index 1 was used by the removed set");
    assert_eq!(rows[0].values.weight, "105");
    assert_eq!(rows[0].previous.as_ref().unwrap().weight, Some(Weight::kg(100.0)));
}

#[test]
fn a_routine_of_reps_takes_last_times_weights_and_lines_up_past_warm_ups() {
    let set = |set_type: SetType, kg: f64, reps: u32| SetFacts {
        exercise: "Squat".into(),
        set_type,
        weight: Some(Weight::kg(kg)),
        reps: Some(reps),
        ..SetFacts::default()
    };
    let previous = vec![
        set(SetType::WarmUp, 20.0, 10),
        set(SetType::WarmUp, 60.0, 5),
        set(SetType::Normal, 100.0, 5),
        set(SetType::Normal, 102.5, 5),
    ];
    let target = SetFacts { exercise: "Squat".into(), reps: Some(5), ..SetFacts::default() };
    let sources = RowSources { previous, targets: Some(vec![target; 3]) };
    let block = ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &sources, WeightUnit::Kg, 0);
    let shown: Vec<(&str, &str)> =
        block.rows.iter().map(|r| (r.values.weight.as_str(), r.values.reps.as_str())).collect();
    assert_eq!(shown, [("100", "5"), ("102.5", "5"), ("102.5", "5")], "last time's working weights, not its warm-ups");
    let beside: Vec<Option<f64>> =
        block.rows.iter().map(|r| r.previous.as_ref().and_then(|p| p.weight).map(|w| w.kg)).collect();
    assert_eq!(beside, [Some(100.0), Some(102.5), None]);
}

/// The weights and set types of a block's rows, as shown.
fn shown_rows(block: &ExerciseBlock) -> Vec<(String, SetType, bool)> {
    block.rows.iter().map(|r| (r.values.weight.clone(), r.values.set_type, r.is_logged())).collect()
}

#[test]
fn warm_ups_asked_for_again_replace_the_planned_ones_and_skip_what_was_lifted() {
    let ramp = [(20.0, 10), (40.0, 5), (60.0, 3), (80.0, 2)];
    let mut block = ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &RowSources::default(), WeightUnit::Kg, 0);
    block.rows[0].edit(RowEdit::Weight("100".into()));
    block.rows[0].edit(RowEdit::Reps("5".into()));
    block.insert_warm_ups(&ramp, WeightUnit::Kg);
    block.insert_warm_ups(&ramp, WeightUnit::Kg);
    let weights: Vec<String> = block.rows.iter().map(|r| r.values.weight.clone()).collect();
    assert_eq!(weights, ["20", "40", "60", "80", "100"], "one ladder, not two");

    // The bar and 40 are lifted; the lifter raises the working weight and asks again.
    for i in 0..2 {
        let facts = block.rows[i].facts("Squat", ExerciseKind::WeightReps, WeightUnit::Kg).unwrap().unwrap();
        block.rows[i].saved(Uuid::from_u128(10 + i as u128), facts, WeightUnit::Kg);
    }
    block.rows[4].edit(RowEdit::Weight("140".into()));
    block.insert_warm_ups(&[(20.0, 10), (60.0, 5), (85.0, 3), (112.5, 2)], WeightUnit::Kg);
    let w = |s: &str| s.to_string();
    assert_eq!(
        shown_rows(&block),
        [
            (w("20"), SetType::WarmUp, true),
            (w("40"), SetType::WarmUp, true),
            (w("60"), SetType::WarmUp, false),
            (w("85"), SetType::WarmUp, false),
            (w("112.5"), SetType::WarmUp, false),
            (w("140"), SetType::Normal, false),
        ],
        "the lifted warm-ups stay, the planned ones are replaced, nothing at or below 40 again"
    );
    let indexes: Vec<u32> = block.rows.iter().map(|r| r.set_index).collect();
    let mut unique = indexes.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), indexes.len(), "indexes stay unique: {indexes:?}");
    assert!(indexes[2..].windows(2).all(|w| w[0] < w[1]), "the unlogged rows log in table order: {indexes:?}");
}

#[test]
fn a_resumed_block_gets_back_every_working_set_its_warm_ups_did_not_replace() {
    let set = |set_type: SetType, kg: f64, index: u32| SetFacts {
        exercise: "Squat".into(),
        set_index: index,
        set_type,
        weight: Some(Weight::kg(kg)),
        reps: Some(5),
        ..SetFacts::default()
    };
    let targets = vec![set(SetType::Normal, 100.0, 0), set(SetType::Normal, 102.5, 1), set(SetType::Normal, 105.0, 2)];
    let sources = RowSources { previous: Vec::new(), targets: Some(targets) };
    // Before the crash: two warm-ups the routine did not list, then the first working set.
    let mut block = ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &RowSources::default(), WeightUnit::Kg, 3);
    block.rows.clear();
    let logged = [set(SetType::WarmUp, 20.0, 3), set(SetType::WarmUp, 60.0, 4), set(SetType::Normal, 100.0, 5)];
    for (i, facts) in logged.iter().enumerate() {
        block.push_logged(SetRow::logged(Uuid::from_u128(70 + i as u128), facts, WeightUnit::Kg), &sources);
    }
    block.next_index = 6;
    block.fill_planned(&sources, WeightUnit::Kg);
    let w = |s: &str| s.to_string();
    assert_eq!(
        shown_rows(&block),
        [
            (w("20"), SetType::WarmUp, true),
            (w("60"), SetType::WarmUp, true),
            (w("100"), SetType::Normal, true),
            (w("102.5"), SetType::Normal, false),
            (w("105"), SetType::Normal, false),
        ],
        "the routine's second and third working sets are still to do"
    );
    let indexes: Vec<u32> = block.rows[3..].iter().map(|r| r.set_index).collect();
    assert_eq!(indexes, [6, 7]);

    // A routine that lists warm-ups, resumed after one warm-up and no working set: the second
    // warm-up and every working set are to do. Resumed after a working set, its warm-ups are
    // past.
    let ladder = [set(SetType::WarmUp, 20.0, 0), set(SetType::WarmUp, 60.0, 1), set(SetType::Normal, 100.0, 2)];
    let sources = RowSources { previous: Vec::new(), targets: Some(ladder.to_vec()) };
    let resumed = |logged: &[SetFacts]| {
        let mut block =
            ExerciseBlock::new("Squat", ExerciseKind::WeightReps, &RowSources::default(), WeightUnit::Kg, 0);
        block.rows.clear();
        for (i, facts) in logged.iter().enumerate() {
            block.push_logged(SetRow::logged(Uuid::from_u128(80 + i as u128), facts, WeightUnit::Kg), &sources);
        }
        block.next_index = logged.len() as u32;
        block.fill_planned(&sources, WeightUnit::Kg);
        shown_rows(&block)
    };
    assert_eq!(
        resumed(&ladder[..1]),
        [(w("20"), SetType::WarmUp, true), (w("60"), SetType::WarmUp, false), (w("100"), SetType::Normal, false)]
    );
    assert_eq!(resumed(&ladder[2..]), [(w("100"), SetType::Normal, true)], "no warm-ups after the work");
}

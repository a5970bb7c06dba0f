//! Routines, kinds of exercise, bodyweight, warm-ups, supersets, rest and the lifter's own
//! exercises, driven by actions and asserted on the session, the summary and the store.

use uuid::Uuid;

use super::TestApp;
use crate::app::{Action, RowEdit};
use crate::domain::event::{EventKind, SetFacts, SetType};
use crate::domain::routine::{Routine, RoutineExercise, RoutineSet};
use crate::domain::units::Weight;

fn target(reps: u32, kg: f64) -> RoutineSet {
    RoutineSet { set_type: SetType::Normal, reps: Some(reps), weight: Some(Weight::kg(kg)), ..RoutineSet::default() }
}

fn push_day() -> Routine {
    Routine {
        id: Uuid::from_u128(42),
        name: "Push".into(),
        exercises: vec![
            RoutineExercise { exercise: "Bench Press".into(), sets: vec![target(5, 100.0); 3], superset: Some(1) },
            RoutineExercise { exercise: "Barbell Row".into(), sets: vec![target(8, 60.0); 2], superset: Some(1) },
        ],
    }
}

impl TestApp {
    fn logged(&self) -> Vec<SetFacts> {
        self.events()
            .into_iter()
            .filter_map(|k| match k {
                EventKind::SetLogged { set, .. } => Some(set),
                _ => None,
            })
            .collect()
    }

    fn edit(&mut self, block: usize, row: usize, edit: RowEdit) {
        self.send([Action::EditSet { block, row, edit }]);
    }
}

#[test]
fn a_routine_starts_a_workout_with_its_exercises_targets_and_supersets() {
    let mut app = TestApp::new();
    app.send([Action::SaveRoutine(push_day())]);
    assert_eq!(app.state.history().routines(), [push_day()]);
    app.send([Action::StartRoutine(push_day().id)]);
    let session = app.state.session().unwrap();
    assert_eq!(session.name, "Push");
    let blocks: Vec<(&str, usize)> = session.exercises.iter().map(|b| (b.exercise.as_str(), b.rows.len())).collect();
    assert_eq!(blocks, [("Bench Press", 3), ("Barbell Row", 2)]);
    assert_eq!((app.row(0, 0).values.weight.as_str(), app.row(0, 0).values.reps.as_str()), ("100", "5"));
    let workout = app.state.history().in_progress().unwrap();
    assert_eq!(workout.routine, Some(push_day().id));
    assert_eq!(workout.supersets, [vec!["Bench Press".to_string(), "Barbell Row".to_string()]]);
}

#[test]
fn a_routine_is_edited_renamed_and_deleted_by_events() {
    let mut app = TestApp::new();
    app.send([Action::SaveRoutine(push_day())]);
    let mut edited = push_day();
    edited.name = "Push A".into();
    edited.exercises.swap(0, 1);
    app.send([Action::SaveRoutine(edited.clone())]);
    assert_eq!(app.state.history().routines(), [edited], "the same routine, changed");
    app.send([Action::SaveRoutine(Routine { name: " ".into(), ..push_day() })]);
    assert_eq!(app.count("routine_saved"), 2, "a routine without a name is refused");
    app.send([Action::DeleteRoutine(push_day().id)]);
    assert!(app.state.history().routines().is_empty());
    let app = app.restart();
    assert!(app.state.history().routines().is_empty(), "the log says so after a restart");
}

#[test]
fn a_saved_workout_becomes_a_routine_of_its_sets() {
    let mut app = TestApp::new();
    app.save_workout("100");
    let workout_id = app.state.history().completed().next().unwrap().id;
    app.send([Action::SaveWorkoutAsRoutine { workout_id, name: "Legs".into() }]);
    let routine = &app.state.history().routines()[0];
    assert_eq!(routine.name, "Legs");
    assert_eq!(routine.exercises[0].exercise, "Squat");
    assert_eq!(routine.exercises[0].sets[0].weight, Some(Weight::kg(100.0)));
}

#[test]
fn in_a_superset_the_rest_starts_after_the_rounds_last_exercise() {
    let mut app = TestApp::new();
    app.start_with("Bench Press");
    app.send([Action::AddExercise("Barbell Row".into()), Action::Superset { block: 1, with: 0 }]);
    assert_eq!(app.state.history().in_progress().unwrap().supersets.len(), 1);
    app.log_set(0, 0, "100", "5");
    assert!(app.state.rest().is_none(), "straight on to the row");
    app.log_set(1, 0, "60", "8");
    assert_eq!(app.state.rest().unwrap().exercise, "Barbell Row", "the round is done: rest");
    app.send([Action::LeaveSuperset(1)]);
    assert!(app.state.history().in_progress().unwrap().supersets.is_empty());
}

#[test]
fn the_chime_plays_once_when_a_rest_ends_and_not_when_it_is_off() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    app.send([Action::Show(crate::app::Screen::History)]);
    app.clock.advance(2);
    app.send([]);
    assert_eq!(app.chime.plays(), 0, "still resting");
    app.clock.advance(2);
    app.send([]);
    app.send([]);
    assert_eq!(app.chime.plays(), 1, "once, on whatever screen");
    app.send([Action::SetRestSound(false)]);
    app.log_set(0, 1, "100", "5");
    app.clock.advance(5);
    app.send([]);
    assert_eq!(app.chime.plays(), 1, "off in Settings");
}

#[test]
fn warm_ups_ramp_up_to_the_working_weight_and_rest_briefly() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.type_set(0, 0, "100", "5");
    app.send([Action::AddWarmUps(0)]);
    let rows: Vec<(String, String, SetType)> = app.state.session().unwrap().exercises[0]
        .rows
        .iter()
        .map(|r| (r.values.weight.clone(), r.values.reps.clone(), r.values.set_type))
        .collect();
    let expected = [("20", "10"), ("40", "5"), ("60", "3"), ("80", "2")]
        .map(|(w, r)| (w.to_string(), r.to_string(), SetType::WarmUp))
        .into_iter()
        .chain([("100".to_string(), "5".to_string(), SetType::Normal)])
        .collect::<Vec<_>>();
    assert_eq!(rows, expected);
    app.send([Action::CompleteSet { block: 0, row: 0 }]);
    let rest = app.state.rest().unwrap();
    assert_eq!(rest.length.num_seconds(), crate::domain::rest_timer::WARM_UP_REST_SECONDS);
}

#[test]
fn a_remembered_rest_applies_to_the_next_workout() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.send([Action::SetRest { block: 0, seconds: 240 }]);
    app.log_set(0, 0, "100", "5");
    assert_eq!(app.state.rest().unwrap().length.num_seconds(), 240);
    app.send([Action::Finish, Action::Save]);
    let mut app = app.restart();
    app.start_with("Squat");
    assert_eq!(app.state.session().unwrap().exercises[0].rest_seconds, 240);
}

#[test]
fn a_plank_and_a_run_record_time_distance_and_no_volume() {
    let mut app = TestApp::new();
    app.start_with("Plank");
    app.edit(0, 0, RowEdit::Time("1:30".into()));
    app.send([Action::CompleteSet { block: 0, row: 0 }, Action::AddExercise("Running".into())]);
    app.edit(1, 0, RowEdit::Distance("5".into()));
    app.edit(1, 0, RowEdit::Time("25:00".into()));
    assert_eq!(
        app.row(1, 0)
            .pace(crate::domain::exercise::ExerciseKind::DistanceDuration, crate::domain::units::WeightUnit::Kg),
        Some("5:00 /km".into())
    );
    app.send([Action::CompleteSet { block: 1, row: 0 }]);
    let logged: Vec<(Option<f64>, Option<f64>, Option<u32>)> =
        app.logged().iter().map(|s| (s.duration_s, s.distance_m, s.reps)).collect();
    assert_eq!(logged, [(Some(90.0), None, None), (Some(1500.0), Some(5000.0), None)]);
    app.send([Action::Finish]);
    let summary = app.state.summary().unwrap();
    assert_eq!((summary.sets, summary.volume_kg), (2, 0.0));
    assert!(summary.records.is_empty(), "no 1RM for a plank or a run");
}

#[test]
fn a_time_or_distance_that_is_not_one_is_refused() {
    let mut app = TestApp::new();
    app.start_with("Running");
    app.edit(0, 0, RowEdit::Distance("five".into()));
    app.edit(0, 0, RowEdit::Time("25:00".into()));
    app.send([Action::CompleteSet { block: 0, row: 0 }]);
    app.edit(0, 0, RowEdit::Distance("5".into()));
    app.edit(0, 0, RowEdit::Time("25 min".into()));
    app.send([Action::CompleteSet { block: 0, row: 0 }]);
    assert!(app.logged().is_empty());
    let messages: Vec<&str> = app.state.toasts().all().iter().map(|t| t.text.as_str()).collect();
    assert!(messages.iter().any(|m| m.contains("distance `five`")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("time `25 min`")), "{messages:?}");
}

#[test]
fn a_pull_up_counts_the_latest_bodyweight_in_its_volume() {
    let mut app = TestApp::new();
    app.send([Action::LogBodyweight { weight: "80".into(), day: String::new() }]);
    app.start_with("Pull-Up");
    app.log_set(0, 0, "10", "5");
    app.send([Action::Finish]);
    assert_eq!(app.state.summary().unwrap().volume_kg, 450.0, "(80 + 10) × 5");
}

#[test]
fn bodyweight_is_taken_in_the_display_unit_and_nonsense_is_refused() {
    let mut app = TestApp::new();
    app.send([Action::SetUnit(crate::domain::units::WeightUnit::Lb)]);
    app.send([Action::LogBodyweight { weight: "176".into(), day: "2026-11-01".into() }]);
    let entry = app.state.history().bodyweight()[0];
    assert_eq!(entry.weight.as_entered(), 176.0);
    assert_eq!(entry.at.date_naive().to_string(), "2026-11-01");
    for (weight, day, says) in [
        ("heavy", "", "bodyweight `heavy` is not a number"),
        ("2000", "", "bodyweight 2000 is out of range (44–882 lb)"),
        ("176", "01/11/2026", "YYYY-MM-DD"),
        ("176", "2026-12-25", "has not happened yet"),
    ] {
        app.send([Action::LogBodyweight { weight: weight.into(), day: day.into() }]);
        let last = &app.state.toasts().all().last().unwrap().text;
        assert!(last.contains(says), "{weight} {day}: {last}");
    }
    assert_eq!(app.count("bodyweight_logged"), 1);
    app.send([Action::RemoveBodyweight(entry.id)]);
    assert!(app.state.history().bodyweight().is_empty());
}

#[test]
fn own_exercises_are_renamed_merged_and_deleted_with_their_sets_following() {
    let mut app = TestApp::new();
    let def = crate::domain::exercise::ExerciseDef::new("Belt Squat", "Legs", "Machine", Default::default());
    app.send([Action::CreateExercise(def)]);
    app.start_with("Belt Squat");
    app.log_set(0, 0, "100", "5");
    app.send([Action::Finish, Action::Save]);
    app.send([Action::RenameExercise { from: "Belt Squat".into(), to: "Hip Belt Squat".into() }]);
    let sets_of = |app: &TestApp, e: &str| app.state.history().completed().map(|w| w.sets_of(e).count()).sum::<usize>();
    assert_eq!(sets_of(&app, "Hip Belt Squat"), 1);
    assert!(app.state.library().iter().any(|e| e.name == "Hip Belt Squat"));
    app.send([Action::RenameExercise { from: "Squat".into(), to: "Back Squat".into() }]);
    assert_eq!(app.count("exercise_renamed"), 1, "built-in exercises keep their names");
    app.send([Action::DeleteExercise("Hip Belt Squat".into())]);
    assert_eq!(app.count("exercise_deleted"), 0, "it has sets: merge instead");
    app.send([Action::MergeExercise { from: "Hip Belt Squat".into(), into: "Squat".into() }]);
    assert_eq!(sets_of(&app, "Squat"), 1);
    assert!(!app.state.library().iter().any(|e| e.name == "Hip Belt Squat"));
    let def = crate::domain::exercise::ExerciseDef::new("Typo Curl", "Biceps", "Dumbbell", Default::default());
    app.send([Action::CreateExercise(def), Action::DeleteExercise("Typo Curl".into())]);
    assert!(!app.state.library().iter().any(|e| e.name == "Typo Curl"));
    let app = app.restart();
    assert_eq!(sets_of(&app, "Squat"), 1, "after a restart too");
    assert!(!app.state.library().iter().any(|e| e.name == "Typo Curl" || e.name == "Hip Belt Squat"));
}

#[test]
fn an_exercise_moved_up_stays_there() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.send([Action::AddExercise("Deadlift".into()), Action::MoveExercise { block: 1, step: -1 }]);
    let order: Vec<&str> = app.state.session().unwrap().exercises.iter().map(|b| b.exercise.as_str()).collect();
    assert_eq!(order, ["Deadlift", "Squat"]);
    app.log_set(0, 0, "140", "5");
    app.log_set(1, 0, "100", "5");
    app.send([Action::Finish, Action::Save]);
    let workout = app.state.history().completed().next().unwrap().clone();
    assert_eq!(workout.exercises, ["Deadlift", "Squat"]);
}

#[test]
fn an_exercise_note_is_kept_follows_a_rename_and_goes_when_emptied() {
    let mut app = TestApp::new();
    let def = crate::domain::exercise::ExerciseDef::new("Belt Squat", "Legs", "Machine", Default::default());
    app.send([Action::CreateExercise(def)]);
    app.start_with("Belt Squat");
    app.log_set(0, 0, "100", "5");
    app.send([Action::Finish, Action::Save]);
    app.state.poll();
    let recounts = app.state.logbook.derived.full_recounts;
    let note = |text: &str| Action::SetExerciseNote { exercise: "Belt Squat".into(), note: text.into() };
    app.send([note(" Belt at hole 3 "), note("Belt at hole 3")]);
    assert_eq!(app.count("exercise_note_set"), 1, "the same note again is not a change");
    assert_eq!(app.state.history().exercise_note("Belt Squat"), Some("Belt at hole 3"));
    app.state.poll();
    assert_eq!(app.state.logbook.derived.full_recounts, recounts, "a note changes no record or chart");

    app.send([Action::RenameExercise { from: "Belt Squat".into(), to: "Hip Belt Squat".into() }]);
    let mut app = app.restart();
    assert_eq!(
        app.state.history().exercise_note("Hip Belt Squat"),
        Some("Belt at hole 3"),
        "renamed, and after a restart"
    );
    assert_eq!(app.state.history().exercise_note("Belt Squat"), None);
    app.send([Action::SetExerciseNote { exercise: "Hip Belt Squat".into(), note: "  ".into() }]);
    assert_eq!(app.state.history().exercise_note("Hip Belt Squat"), None);
    assert_eq!(app.count("exercise_note_set"), 2);
}

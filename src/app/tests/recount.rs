//! The full recount of records, calendar and the open exercise on a worker (a large history):
//! the window keeps the old figures until it reports, and a change meanwhile is counted by
//! another recount. Jobs run inline here, so a finished recount waits for the next poll.

use super::*;
use crate::app::TrainingCalendar;
use crate::app::derived::InlineRecountSets;
use crate::app::derived::recent_records;
use crate::domain::one_rep_max::Formula;
use crate::domain::records::ExerciseRecords;

/// Three saved workouts of Squat, with the worker path forced for this small history.
fn app_on_the_worker_path() -> TestApp {
    let mut app = TestApp::new();
    for kg in ["100", "105", "110"] {
        app.save_workout(kg);
    }
    app.send([Action::ShowExercise(Some("Squat".into()))]);
    app.state.logbook.derived.inline_recount_sets = InlineRecountSets(0);
    app
}

fn full_recent(app: &TestApp, formula: Formula) -> Vec<crate::app::RecentRecord> {
    recent_records(app.state.history(), app.state.library(), formula, 10)
}

fn detail_records(app: &TestApp, formula: Formula) -> ExerciseRecords {
    let kind = app.state.kind_of("Squat");
    ExerciseRecords::of(app.state.history(), "Squat", kind, formula, None)
}

#[test]
fn a_recount_runs_on_a_worker_and_its_figures_replace_the_old_ones_when_it_reports() {
    let mut app = app_on_the_worker_path();
    let recounts = app.state.logbook.derived.full_recounts;
    let epley = full_recent(&app, Formula::Epley);
    assert_ne!(epley, full_recent(&app, Formula::Brzycki), "the formula changes the records' values");

    app.send([Action::SetFormula(Formula::Brzycki)]);
    assert!(app.state.is_recounting(), "started as a job");
    assert_eq!(app.state.recent_records(), &epley[..], "the old figures until it reports");

    app.state.poll();
    assert!(!app.state.is_recounting());
    assert_eq!(app.state.logbook.derived.full_recounts, recounts + 1);
    assert_eq!(app.state.recent_records(), &full_recent(&app, Formula::Brzycki)[..]);
    assert_eq!(app.state.exercise_detail().unwrap().records, detail_records(&app, Formula::Brzycki));
    assert_eq!(app.state.exercise_detail().unwrap().return_to, Screen::Workout, "Back still goes where it went");
}

#[test]
fn a_workout_saved_while_a_recount_runs_is_counted_by_the_next_one() {
    let mut app = app_on_the_worker_path();
    let recounts = app.state.logbook.derived.full_recounts;
    app.state.handle(Action::SetFormula(Formula::Brzycki));
    app.state.refresh_derived();
    assert!(app.state.is_recounting(), "its result waits for the next poll");

    // A workout saved before the recount reports: its snapshot does not have it.
    for action in [
        Action::StartWorkout { name: String::new(), repeat_of: None },
        Action::AddExercise("Squat".into()),
        Action::EditSet { block: 0, row: 0, edit: RowEdit::Weight("120".into()) },
        Action::EditSet { block: 0, row: 0, edit: RowEdit::Reps("5".into()) },
        Action::CompleteSet { block: 0, row: 0 },
        Action::Finish,
        Action::Save,
    ] {
        app.state.handle(action);
    }
    app.state.refresh_derived();
    assert!(app.state.logbook.derived.recount_again, "not folded into figures about to be replaced");

    app.state.poll(); // The first recount reports; a second starts.
    assert!(app.state.is_recounting());
    app.state.poll();
    assert!(!app.state.is_recounting());
    assert_eq!(app.state.logbook.derived.full_recounts, recounts + 2);
    let (history, library) = (app.state.history(), app.state.library());
    assert_eq!(history.completed().count(), 4);
    assert_eq!(app.state.calendar(), Some(&TrainingCalendar::of(history, library)));
    let recent = full_recent(&app, Formula::Brzycki);
    assert!(recent.iter().any(|r| r.beaten.value > 130.0), "the 120 kg workout's records are in: {recent:?}");
    assert_eq!(app.state.recent_records(), &recent[..]);
    assert_eq!(app.state.exercise_detail().unwrap().records, detail_records(&app, Formula::Brzycki));
}

#[test]
fn the_live_workouts_record_marks_are_counted_by_the_worker_too() {
    let mut app = app_on_the_worker_path();
    app.start_with("Squat");
    app.log_set(0, 0, "112.5", "5");
    let set_id = app.row(0, 0).set_id.unwrap();
    assert!(!app.state.records_beaten_by(set_id).is_empty(), "112.5 kg beats 110 kg");

    // A correction: the 110 kg workout was 115 kg. The mark goes once the recount reports.
    let third = app.state.history().completed().nth(2).unwrap().id;
    app.send([
        Action::EditWorkout(third),
        Action::EditSavedSet { block: 0, row: 0, edit: RowEdit::Weight("115".into()) },
        Action::SaveWorkoutEdit,
    ]);
    assert!(app.state.is_recounting());
    app.state.poll();
    assert!(!app.state.is_recounting());
    let live = app.state.session().unwrap().workout_id;
    assert!(app.state.logbook.derived.live_base.contains_key("Squat"), "worked out on the worker");
    assert_eq!(app.state.logbook.derived.live_base["Squat"], {
        let kind = app.state.kind_of("Squat");
        ExerciseRecords::before(app.state.history(), "Squat", kind, Formula::Epley, Some(live))
    });
    let heaviest =
        app.state.records_beaten_by(set_id).iter().any(|b| b.kind == crate::domain::records::RecordKind::Heaviest);
    assert!(!heaviest, "112.5 kg no longer beats the heaviest (115 kg)");
}

#[test]
fn an_exercise_added_to_the_live_workout_gets_its_baseline_and_heaviest_from_the_worker() {
    // After a restart: no baseline is known (saving a workout leaves the next one's).
    let mut app = app_on_the_worker_path().restart();
    app.state.poll();
    app.state.logbook.derived.inline_recount_sets = InlineRecountSets(0);
    app.start_with("Squat");
    assert!(app.state.is_recounting(), "the baseline of Squat is counted on a worker");
    assert!(!app.state.logbook.derived.live_base.contains_key("Squat"));
    app.state.poll();
    assert!(!app.state.is_recounting());
    let live = app.state.session().unwrap().workout_id;
    let kind = app.state.kind_of("Squat");
    let expected = ExerciseRecords::before(app.state.history(), "Squat", kind, Formula::Epley, Some(live));
    assert_eq!(app.state.logbook.derived.live_base.get("Squat"), Some(&expected));
    assert_eq!(app.state.logbook.derived.heaviest.get("Squat"), Some(&Some(110.0)), "the typo check needs no scan");

    app.log_set(0, 0, "112.5", "5");
    let set_id = app.row(0, 0).set_id.unwrap();
    assert!(!app.state.records_beaten_by(set_id).is_empty(), "112.5 kg beats 110 kg");
    assert!(!app.state.is_recounting(), "nothing more to count");
}

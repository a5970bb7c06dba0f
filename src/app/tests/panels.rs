//! The actions of the panels and screens added after the first ones: restore and import
//! chosen in the dialog, the Insights console (queries run, saved, deleted; a team folder
//! exported, opened and closed), a set removed in a correction, plates and theme.

use super::*;
use crate::domain::plates::PlateSet;
use crate::store::query::Cell;

fn answer(app: &TestApp) -> Vec<Vec<Cell>> {
    let insights = app.state.insights();
    assert!(!insights.running, "still running");
    assert_eq!(insights.error, None, "{}", insights.ran_sql);
    insights.result.as_ref().expect("an answer").rows.clone()
}

fn toast_texts(app: &TestApp) -> Vec<String> {
    app.state.toasts().all().iter().map(|t| t.text.clone()).collect()
}

#[test]
fn browse_chooses_the_backup_to_restore_and_the_file_to_import() {
    let mut other = TestApp::new();
    other.save_workout("140");
    let backup = app_backup(&other);

    let mut app = TestApp::new();
    app.send([Action::SetRestorePath("typed.parquet".into())]);
    assert_eq!(app.state.restore().path_text, "typed.parquet");
    app.dialog.answer(Some(backup));
    app.send([Action::BrowseRestorePath]);
    app.state.wait_for_background_work();
    let RestorePhase::Checked { report, .. } = &app.state.restore().phase else {
        panic!("{:?}", app.state.restore().phase);
    };
    assert_eq!(report.backup.workouts, 1);
    assert_eq!(app.state.history().completed().count(), 0, "a check writes nothing");

    app.dialog.answer(Some(test_data("hevy_kg.csv")));
    app.send([Action::BrowseImportPath]);
    app.state.wait_for_background_work();
    let ImportPhase::Checked { outcome, .. } = &app.state.import().phase else {
        panic!("{:?}", app.state.import().phase);
    };
    assert_eq!(outcome.new_workouts, 2);
    assert_eq!(app.count("workout_started"), 0, "a check writes nothing");
}

#[test]
fn queries_run_on_the_views_and_are_saved_and_deleted_as_events() {
    let mut app = TestApp::new();
    app.save_workout("100");
    app.save_workout("105");
    app.send([Action::RunQuery("SELECT count(*) AS n, max(weight_kg) AS best FROM sets".into())]);
    app.state.wait_for_background_work();
    assert_eq!(answer(&app), [vec![Cell::Int(2), Cell::Float(105.0)]]);

    app.send([Action::RunQuery("DELETE FROM events".into())]);
    app.state.wait_for_background_work();
    assert!(app.state.insights().error.is_some(), "refused");
    assert_eq!(app.count("set_logged"), 2);

    app.send([Action::SaveQuery { name: "Best squat".into(), sql: "SELECT max(weight_kg) FROM sets".into() }]);
    app.send([Action::SaveQuery { name: "Best squat".into(), sql: "SELECT max(reps) FROM sets".into() }]);
    // Saved queries are in the log: they come back after a restart (and in a backup).
    let mut app = app.restart();
    let saved = app.state.history().saved_queries().to_vec();
    assert_eq!(saved.len(), 1, "a name saved again replaces the query");
    assert_eq!((saved[0].name.as_str(), saved[0].sql.as_str()), ("Best squat", "SELECT max(reps) FROM sets"));
    app.send([Action::DeleteQuery(saved[0].id)]);
    assert!(app.state.history().saved_queries().is_empty());
    assert_eq!((app.count("query_saved"), app.count("query_deleted")), (2, 1));
}

#[test]
fn cancel_with_no_query_running_changes_nothing() {
    let mut app = TestApp::new();
    app.save_workout("100");
    app.send([Action::RunQuery("SELECT count(*) FROM sets".into())]);
    app.state.wait_for_background_work();
    app.send([Action::CancelQuery]);
    assert_eq!(answer(&app), [vec![Cell::Int(1)]], "the last answer stays");
    // The next query is not cancelled by the earlier Cancel.
    app.send([Action::RunQuery("SELECT count(*) + 1 FROM sets".into())]);
    app.state.wait_for_background_work();
    assert_eq!(answer(&app), [vec![Cell::Int(2)]]);
}

#[test]
fn a_team_folder_is_written_opened_queried_and_closed() {
    let mut app = TestApp::new();
    app.save_workout("100");
    let folder = app.dest("team");
    app.send([Action::ExportDataset { folder: folder.clone(), athlete: "Ana".into() }]);
    app.state.wait_for_background_work();
    assert!(
        toast_texts(&app).iter().any(|t| t.starts_with("Wrote 4 events to the team folder")),
        "{:?}",
        toast_texts(&app)
    );
    assert!(folder.join("athlete=Ana").is_dir());

    app.dialog.answer(Some(folder.clone()));
    app.send([Action::BrowseTeamFolder { start: folder.clone() }]);
    app.state.wait_for_background_work();
    let team = app.state.insights().team.clone().expect("opened");
    assert_eq!(team.summary.athletes, [("Ana".to_string(), 4)]);
    app.send([Action::RunQuery("SELECT athlete, count(*) FROM team_sets GROUP BY athlete".into())]);
    app.state.wait_for_background_work();
    assert_eq!(answer(&app), [vec![Cell::Text("Ana".into()), Cell::Int(1)]]);

    app.send([Action::CloseTeamFolder]);
    assert!(app.state.insights().team.is_none() && app.state.insights().result.is_none());
    app.send([Action::RunQuery("SELECT count(*) FROM team_sets".into())]);
    app.state.wait_for_background_work();
    assert!(app.state.insights().error.is_some(), "the team tables are gone with the folder");
    // A folder typed or remembered opens without the dialog.
    app.send([Action::OpenTeamFolder(folder.clone())]);
    app.state.wait_for_background_work();
    assert_eq!(app.state.insights().team.as_ref().map(|t| &t.folder), Some(&folder));
}

#[test]
fn a_set_removed_in_a_correction_leaves_the_workout_and_comes_back_with_undo() {
    let mut app = TestApp::new();
    app.start_with("Squat");
    app.log_set(0, 0, "100", "5");
    app.log_set(0, 1, "105", "5");
    app.send([Action::Finish, Action::Save]);
    let id = app.state.history().completed().next().unwrap().id;
    app.send([Action::EditWorkout(id), Action::RemoveSavedSet { block: 0, row: 1 }, Action::SaveWorkoutEdit]);
    let sets = &app.state.history().workout(id).unwrap().sets;
    assert_eq!(sets.len(), 1);
    assert_eq!(sets[0].facts.weight.unwrap().kg, 100.0);
    assert_eq!(app.count("set_removed"), 1);
    app.send([Action::Undo]);
    assert_eq!(app.state.history().workout(id).unwrap().sets.len(), 2);
}

#[test]
fn plates_are_set_per_unit_and_the_theme_is_a_preference() {
    let mut app = TestApp::new();
    let mut lb = PlateSet::standard(WeightUnit::Lb);
    lb.bar = 35.0;
    app.send([Action::SetPlates(lb.clone())]);
    assert_eq!(app.state.prefs().plates_lb, lb);
    assert_eq!(app.state.prefs().plates_kg, PlateSet::standard(WeightUnit::Kg), "the other unit's set untouched");
    app.send([Action::SetTheme(Theme::Dark)]);
    assert_eq!(app.state.prefs().theme, Theme::Dark);
}

//! The Insights console as a lifter uses it: run a ready-made question, see the answer and its
//! chart, make a mistake and read where, try to change the log and be told no, save a query
//! (an event, so it is in backups) and delete it.

mod common;

use common::ui::{Fixture, click, replace_text, settle, type_into};
use egui_kittest::kittest::Queryable;
use gymlog::domain::event::EventKind;

/// Clicks a control that starts a query, lets it answer, and draws the answer.
fn click_and_wait(harness: &mut egui_kittest::Harness<'static, gymlog::ui::GymLogApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.step();
    settle(harness);
}

/// Runs what the editor holds with Ctrl+Enter.
fn run_with_keyboard(harness: &mut egui_kittest::Harness<'static, gymlog::ui::GymLogApp>) {
    harness.get_by_label("SQL").focus();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    harness.step();
    settle(harness);
}

#[test]
fn a_ready_made_query_answers_and_charts_and_a_saved_query_is_an_event() {
    let (fx, _) = Fixture::with_demo(2, 1);
    let mut harness = fx.open();

    click(&mut harness, "Insights");
    click_and_wait(&mut harness, "Best squat each year");
    harness.get_by_label_contains("3 rows in");
    harness.get_by_label("Chart of heaviest_kg by year");
    harness.get_by_label("2025");
    assert_eq!(harness.state_mut().view_mut().insights.chart, gymlog::ui::ChartKind::Line, "years: a line");
    click_and_wait(&mut harness, "All records");
    assert_eq!(harness.state_mut().view_mut().insights.chart, gymlog::ui::ChartKind::Bar, "exercises: bars");
    click_and_wait(&mut harness, "Best squat each year");
    let answer = harness.state().state().insights().result.clone().unwrap();
    assert_eq!(answer.columns, ["year", "heaviest_kg", "best_e1rm_kg"]);

    // A typo: DuckDB's words, with the line.
    type_into(&mut harness, "SQL", " FORM");
    click_and_wait(&mut harness, "Run (Ctrl+Enter)");
    harness.get_by_label_contains("syntax error at or near \"FORM\"");
    assert!(
        harness.state().state().insights().error.as_deref().is_some_and(|e| e.contains("LINE ") && e.contains('^'))
    );

    // A wide answer: only the columns in sight are drawn (a frame stays cheap however wide).
    replace_text(&mut harness, "SQL", "SELECT s.*, 'far right' AS last_column FROM sets s LIMIT 50");
    run_with_keyboard(&mut harness);
    harness.get_by_label_contains("50 rows in");
    harness.get_by_label("set_id");
    assert!(harness.query_by_label("last_column").is_none(), "a column out of sight is not drawn");
    // Changing the log is refused, and nothing changes.
    let workouts = harness.state().state().history().completed().count();
    replace_text(&mut harness, "SQL", "DELETE FROM events");
    run_with_keyboard(&mut harness);
    harness.get_by_label_contains("DELETE changes data");
    assert_eq!(harness.state().state().history().completed().count(), workouts);

    // Saved queries are events.
    replace_text(&mut harness, "SQL", "SELECT count(*) AS workouts FROM workouts");
    replace_text(&mut harness, "Query name", "How many workouts");
    click(&mut harness, "Save query");
    settle(&mut harness);
    let saved = harness.state().state().history().saved_queries().to_vec();
    assert_eq!(saved.len(), 1);
    assert_eq!(
        (saved[0].name.as_str(), saved[0].sql.as_str()),
        ("How many workouts", "SELECT count(*) AS workouts FROM workouts")
    );
    click_and_wait(&mut harness, "How many workouts");
    harness.get_by_label_contains("1 row in");
    click(&mut harness, "Delete saved query How many workouts");
    settle(&mut harness);
    assert!(harness.query_by_label("How many workouts").is_none());
    assert!(harness.state().state().history().saved_queries().is_empty());

    // In the log (read once the window is closed: one DuckDB per file in a process).
    drop(harness);
    let kinds: Vec<&str> = fx.events().iter().map(EventKind::type_name).filter(|t| t.starts_with("query_")).collect();
    assert_eq!(kinds.len(), 2, "{kinds:?}");
    assert!(kinds.contains(&"query_saved") && kinds.contains(&"query_deleted"));
    assert!(fx.events().len() > 10_000, "nothing was deleted by the console");
}

#[test]
fn settings_export_the_lifters_part_of_a_team_folder() {
    let (fx, events) = Fixture::with_demo(1, 3);
    let team = tempfile::tempdir().unwrap();
    let mut harness = fx.open();
    click(&mut harness, "Settings");
    type_into(&mut harness, "Team folder", team.path().to_str().unwrap());
    type_into(&mut harness, "Athlete name", "Zoë Ünal");
    click_and_wait(&mut harness, "Export to team folder");
    harness.get_by_label_contains(&format!("Wrote {events} events to the team folder"));
    let partition = team.path().join("athlete=Zoë_Ünal");
    let years: Vec<String> =
        std::fs::read_dir(&partition).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(years.iter().all(|y| y.starts_with("year=")) && !years.is_empty(), "{years:?}");

    // The coach's view: the same folder opened in Insights, a team question, and back.
    click(&mut harness, "Insights");
    assert!(harness.query_by_label("Weekly volume per athlete").is_none(), "team questions wait for a team");
    type_into(&mut harness, "Team dataset folder", team.path().to_str().unwrap());
    click_and_wait(&mut harness, "Open team folder");
    harness.get_by_label_contains(&format!("1 athlete, {events} events"));
    click_and_wait(&mut harness, "Weekly volume per athlete");
    let answer = harness.state().state().insights().result.clone().unwrap();
    assert_eq!(answer.columns, ["week", "athlete", "workouts", "sets", "volume_kg"]);
    assert!(answer.rows.len() > 40, "a year of weeks: {}", answer.rows.len());
    assert!(answer.rows.iter().all(|r| r[1] == gymlog::store::query::Cell::Text("Zoë Ünal".into())));
    click(&mut harness, "Back to my history");
    harness.get_by_label("Best squat each year");
    assert!(harness.query_by_label("Weekly volume per athlete").is_none());

    // Browse… chooses the folder in the native dialog, then opens it.
    fx.dialog.answer(Some(team.path().to_path_buf()));
    click_and_wait(&mut harness, "Browse…");
    settle(&mut harness);
    harness.get_by_label_contains(&format!("1 athlete, {events} events"));
    click(&mut harness, "Back to my history");

    // Not a team folder: said, and the console stays on the lifter's history.
    replace_text(&mut harness, "Team dataset folder", fx.paths.data_dir.to_str().unwrap());
    click_and_wait(&mut harness, "Open team folder");
    harness.get_by_label_contains("is not a team dataset");
    harness.get_by_label("Best squat each year");
}

//! Programs as the views show them: `programs` lists the built-ins and marks the followed one;
//! `planned_sets` puts each prescribed set next to the set lifted in its place.

use super::*;
use crate::store::query::{Cell, QueryDb};

fn rows(app: &mut TestApp, sql: &str) -> Vec<Vec<Cell>> {
    let snapshot = app.state.store().snapshot().unwrap();
    QueryDb::of_snapshot(&snapshot).unwrap().run(sql).unwrap_or_else(|e| panic!("{sql}: {e}")).rows
}

fn text(cell: &Cell) -> String {
    cell.text()
}

#[test]
fn the_programs_view_lists_the_built_ins_and_the_followed_one() {
    let mut app = TestApp::new();
    let listed = rows(&mut app, "SELECT slug, builtin, following FROM programs ORDER BY slug");
    assert!(listed.len() >= 6, "{listed:?}");
    assert!(listed.iter().all(|r| text(&r[1]) == "true" && text(&r[2]) == "false"), "{listed:?}");
    app.send([Action::FollowProgram { slug: "stronglifts-5x5".into(), starting: None }]);
    let following = rows(&mut app, "SELECT slug FROM programs WHERE following");
    assert_eq!(following.iter().map(|r| text(&r[0])).collect::<Vec<_>>(), ["stronglifts-5x5"]);
    app.send([Action::StopProgram]);
    assert!(rows(&mut app, "SELECT slug FROM programs WHERE following").is_empty());
}

#[test]
fn planned_sets_show_the_prescription_next_to_what_was_lifted() {
    let mut app = TestApp::new();
    app.send([Action::FollowProgram { slug: "stronglifts-5x5".into(), starting: None }, Action::StartProgramDay]);
    // The squat's five sets: four as planned, the last at 3 reps (a failed set).
    for row in 0..5 {
        if row == 4 {
            app.send([Action::EditSet { block: 0, row, edit: RowEdit::Reps("3".into()) }]);
        }
        app.send([Action::CompleteSet { block: 0, row }]);
    }
    app.send([Action::Finish, Action::FinishDroppingPending, Action::Save]);
    app.state.wait_for_background_work();
    let squat = rows(
        &mut app,
        "SELECT set_number, planned_kg, planned_reps, lifted_kg, lifted_reps, program, day_name, saved \
         FROM planned_sets WHERE exercise = 'Squat' ORDER BY set_number",
    );
    assert_eq!(squat.len(), 5, "{squat:?}");
    for (i, row) in squat.iter().enumerate() {
        assert_eq!(text(&row[0]), (i + 1).to_string());
        assert_eq!(row[1].number(), row[3].number(), "lifted at the planned weight: {row:?}");
        assert_eq!(text(&row[2]), "5");
        assert_eq!(text(&row[4]), if i == 4 { "3" } else { "5" });
        assert_eq!(text(&row[5]), "stronglifts-5x5");
        assert_eq!(text(&row[6]), "Workout A");
        assert_eq!(text(&row[7]), "true");
    }
    let bench = rows(&mut app, "SELECT count(*), count(lifted_kg) FROM planned_sets WHERE exercise = 'Bench Press'");
    assert_eq!((text(&bench[0][0]), text(&bench[0][1])), ("5".into(), "0".into()), "planned, not lifted");
}

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

#[test]
fn the_follow_panel_follows_with_the_loads_typed_and_plans_the_coming_weeks() {
    use crate::app::ProgramPanelAction;
    let mut app = TestApp::new();
    app.send([Action::Programs(ProgramPanelAction::OpenFollow("stronglifts-5x5".into()))]);
    let panel = app.state.program_panel().follow().expect("the panel is open");
    assert_eq!(panel.name, "StrongLifts 5×5");
    assert!(panel.loads.iter().all(|l| l.proposal.is_none()), "no history: nothing proposed");
    let edit = |track: &str, text: &str| {
        Action::Programs(ProgramPanelAction::EditLoad { track: track.into(), text: text.into() })
    };
    app.send([edit("Squat", "62,5"), edit("Deadlift", "x")]);
    let panel = app.state.program_panel().follow().unwrap();
    assert_eq!(panel.starting(), None, "a refused load holds back following");
    app.send([edit("Deadlift", "100")]);
    let starting = app.state.program_panel().follow().unwrap().starting().unwrap();
    assert_eq!((starting["Squat"], starting["Deadlift"]), (62.5, 100.0));
    app.send([Action::FollowProgram { slug: "stronglifts-5x5".into(), starting: Some(starting) }]);
    assert!(app.state.program_panel().follow().is_none(), "following closes the panel");
    let (program, plan) = app.state.plan_ahead(4).expect("a followed program plans ahead");
    assert_eq!(program.slug, "stronglifts-5x5");
    assert_eq!(plan.len(), 8, "4 weeks of its 2 days");
    assert_eq!(plan[0].exercise("Squat").unwrap().sets[0].amount(program.unit), Some(62.5));
    assert_eq!(plan[7].exercise("Squat").unwrap().sets[0].amount(program.unit), Some(80.0));
    // The replay of a program not followed, over no workouts, prescribes nothing yet.
    app.send([
        Action::Programs(ProgramPanelAction::ReplayOf("531-bbb".into())),
        Action::Programs(ProgramPanelAction::ReplayWeeks(12)),
        Action::Programs(ProgramPanelAction::ReplayWeeks(5)),
    ]);
    assert_eq!(app.state.program_panel().replay_weeks(), 12, "only 4, 8 or 12");
    let (replayed, _, replay) = app.state.replay_program().unwrap();
    assert_eq!((replayed.slug.as_str(), replay.rows.len()), ("531-bbb", 0));
}

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

/// The squat's target in the live program day, as the rows show it: (weight, reps) per row.
fn squat_rows(app: &TestApp) -> Vec<(String, String)> {
    let session = app.state.session().expect("a live workout");
    let block = &session.exercises[session.block_of("Squat").expect("a squat block")];
    block.rows.iter().map(|r| (r.values.weight.clone(), r.values.reps.clone())).collect()
}

#[test]
fn an_overridden_target_is_an_event_with_the_prescription_undone_like_any_change_and_judged_as_lifted() {
    let mut app = TestApp::new();
    app.send([Action::FollowProgram { slug: "stronglifts-5x5".into(), starting: None }, Action::StartProgramDay]);
    assert_eq!(squat_rows(&app), vec![("20".to_string(), "5".to_string()); 5]);
    // One row typed in before the override keeps what was typed.
    app.send([Action::EditSet { block: 0, row: 4, edit: RowEdit::Reps("4".into()) }]);
    let override_squat =
        Action::OverrideProgramTarget { exercise: "Squat".into(), weight: "17,5".into(), reps: "".into() };
    app.send([override_squat.clone()]);
    let shown = squat_rows(&app);
    assert_eq!(shown[..4], vec![("17.5".to_string(), "5".to_string()); 4][..], "{shown:?}");
    assert_eq!(shown[4], ("20".to_string(), "4".to_string()), "typed in: left as typed");
    let overrides: Vec<_> = app
        .events()
        .into_iter()
        .filter_map(|k| match k {
            EventKind::ProgramTargetOverridden { exercise, prescribed, target, .. } => {
                Some((exercise, prescribed, target))
            }
            _ => None,
        })
        .collect();
    assert_eq!(overrides.len(), 1);
    let (exercise, prescribed, target) = &overrides[0];
    assert_eq!(exercise, "Squat");
    assert_eq!(
        prescribed.iter().map(|s| s.weight.unwrap().kg).collect::<Vec<_>>(),
        [20.0; 5],
        "kept with the prescription"
    );
    assert_eq!(target.iter().map(|s| (s.weight.unwrap().kg, s.reps)).collect::<Vec<_>>(), [(17.5, 5); 5]);
    let workout_id = app.state.session().unwrap().workout_id;
    assert!(app.state.history().program_workout(workout_id).unwrap().is_overridden("Squat"));

    // Undo: the target (and the rows) go back to the prescription; redo brings the override back.
    app.send([Action::Undo]);
    assert_eq!(squat_rows(&app)[0], ("20".to_string(), "5".to_string()));
    assert!(!app.state.history().program_workout(workout_id).unwrap().is_overridden("Squat"));
    assert_eq!(app.count("program_target_overridden"), 2, "the undo is an event too");
    app.send([Action::Redo]);
    assert_eq!(squat_rows(&app)[0], ("17.5".to_string(), "5".to_string()));

    // Lifted at the overridden weight: the rule judges the 17.5 kg on the bar.
    app.send([Action::EditSet { block: 0, row: 4, edit: RowEdit::Weight("17.5".into()) }]);
    app.send([Action::EditSet { block: 0, row: 4, edit: RowEdit::Reps("5".into()) }]);
    for row in 0..5 {
        app.send([Action::CompleteSet { block: 0, row }]);
    }
    let outcomes = app.state.program_outcomes();
    assert!(outcomes.iter().any(|o| o.contains("Squat") && o.contains("17.5 kg")), "{outcomes:?}");
    app.send([Action::Finish, Action::FinishDroppingPending, Action::Save]);
    app.state.wait_for_background_work();
    let next = app.state.program_progress().unwrap().next;
    let squat = next.exercise("Squat").unwrap();
    assert_eq!(squat.sets[0].weight.unwrap().kg, 20.0, "17.5 lifted, +2.5: {squat:?}");

    // Replayed from the store after a restart, the override is still there.
    let mut app = app.restart();
    assert!(app.state.history().program_workout(workout_id).unwrap().is_overridden("Squat"));
    let planned = rows(
        &mut app,
        "SELECT planned_kg, target_kg, target_reps, overridden, lifted_kg FROM planned_sets \
         WHERE exercise = 'Squat' ORDER BY set_number",
    );
    assert_eq!(planned.len(), 5, "{planned:?}");
    for row in &planned {
        assert_eq!(
            (row[0].number(), row[1].number(), row[4].number()),
            (Some(20.0), Some(17.5), Some(17.5)),
            "{row:?}"
        );
        assert_eq!((text(&row[2]), text(&row[3])), ("5".into(), "true".into()));
    }
    let bench = rows(
        &mut app,
        "SELECT bool_or(overridden), min(target_kg) = min(planned_kg) FROM planned_sets WHERE exercise = 'Bench Press'",
    );
    assert_eq!((text(&bench[0][0]), text(&bench[0][1])), ("false".into(), "true".into()));
}

#[test]
fn a_target_is_overridden_only_with_a_weight_or_reps_that_parse() {
    let mut app = TestApp::new();
    app.send([Action::FollowProgram { slug: "stronglifts-5x5".into(), starting: None }, Action::StartProgramDay]);
    for (weight, reps) in [("", ""), ("heavy", ""), ("", "-3")] {
        let action =
            Action::OverrideProgramTarget { exercise: "Squat".into(), weight: weight.into(), reps: reps.into() };
        app.send([action]);
    }
    assert_eq!(app.count("program_target_overridden"), 0);
    assert_eq!(squat_rows(&app)[0], ("20".to_string(), "5".to_string()));
}

#[test]
fn a_german_lifter_reads_the_programs_messages_in_german() {
    use crate::i18n::{Language, LanguageChoice};
    let mut app = TestApp::new();
    app.send([Action::SetLanguage(LanguageChoice::Fixed(Language::German))]);
    let last_toast = |app: &TestApp| app.state.toasts().all().last().map(|t| t.text.clone()).unwrap_or_default();
    app.send([Action::StartProgramDay]);
    assert_eq!(last_toast(&app), "Folge zuerst einem Programm.");
    app.send([Action::FollowProgram { slug: "stronglifts-5x5".into(), starting: None }]);
    assert_eq!(last_toast(&app), "Du folgst jetzt StrongLifts 5×5.");
    app.send([Action::StartProgramDay]);
    let session = app.state.session().expect("the program day started");
    assert_eq!(session.name, "Training A von StrongLifts 5×5", "the workout's name in German");
    app.send([Action::Discard]);
    app.send([Action::StopProgram]);
    assert_eq!(last_toast(&app), "Programm beendet.");
}

#[test]
fn the_program_editors_search_finds_an_exercise_by_its_german_name() {
    use crate::app::program_editor::EditorAction;
    use crate::i18n::{Language, LanguageChoice};
    let mut app = TestApp::new();
    app.send([
        Action::SetLanguage(LanguageChoice::Fixed(Language::German)),
        Action::CopyProgram { slug: "stronglifts-5x5".into() },
        Action::ProgramEditor(EditorAction::AddQuery { day: 0, text: "Kniebeuge".into() }),
    ]);
    let completions = &app.state.program_editor().expect("the editor is open").view().days[0].completions;
    assert!(completions.iter().any(|(name, label)| name == "Squat" && label.contains("Kniebeuge")), "{completions:?}");
    app.send([Action::ProgramEditor(EditorAction::AddQuery { day: 0, text: "squat".into() })]);
    let completions = &app.state.program_editor().unwrap().view().days[0].completions;
    assert!(completions.iter().any(|(name, _)| name == "Squat"), "the English name still finds it");
}

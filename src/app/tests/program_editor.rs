//! The program editor's flow: a copy is saved only on Save (a `program_saved` event, after
//! a restart too), Edit is for own programs, a refused Save keeps the draft, and the followed
//! program is not deleted.

use super::*;
use crate::app::program_editor::{EditorAction, Field};

fn edit(action: EditorAction) -> Action {
    Action::ProgramEditor(action)
}

fn last_toast(app: &TestApp) -> String {
    app.state.toasts().all().last().map(|t| t.text.clone()).unwrap_or_default()
}

#[test]
fn a_copy_is_saved_on_save_and_survives_a_restart() {
    let mut app = TestApp::new();
    app.send([Action::CopyProgram { slug: "gzclp".into() }]);
    assert_eq!(app.state.program_editor().unwrap().draft().slug, "gzclp-copy");
    assert_eq!(app.count("program_saved"), 0, "nothing is written before Save");
    app.send([edit(EditorAction::Cancel)]);
    assert!(app.state.program_editor().is_none());
    app.send([
        Action::CopyProgram { slug: "gzclp".into() },
        edit(EditorAction::SetText { field: Field::Increment { day: 0, exercise: 0 }, text: "5".into() }),
        edit(EditorAction::Save),
    ]);
    assert!(app.state.program_editor().is_none(), "closed once saved");
    assert_eq!(app.count("program_saved"), 1);
    let app = app.restart();
    let mine = app.state.history().own_programs();
    assert_eq!(mine.len(), 1);
    assert_eq!((mine[0].slug.as_str(), mine[0].days[0].exercises[0].increment), ("gzclp-copy", 5.0));
}

#[test]
fn a_refused_save_writes_nothing_and_keeps_the_draft() {
    let mut app = TestApp::new();
    app.send([
        Action::CopyProgram { slug: "stronglifts-5x5".into() },
        edit(EditorAction::RemoveExercise { day: 0, exercise: 0 }),
        edit(EditorAction::RemoveExercise { day: 0, exercise: 0 }),
        edit(EditorAction::RemoveExercise { day: 0, exercise: 0 }),
        edit(EditorAction::Save),
    ]);
    let editor = app.state.program_editor().expect("the draft stays open");
    assert_eq!(editor.error(), Some("StrongLifts 5×5 (copy) cannot be saved: day “Workout A” has no exercises."));
    assert_eq!(app.count("program_saved"), 0);
}

#[test]
fn only_own_programs_are_edited_and_the_followed_one_is_not_deleted() {
    let mut app = TestApp::new();
    app.send([Action::EditProgram { slug: "stronglifts-5x5".into() }]);
    assert!(app.state.program_editor().is_none());
    assert!(last_toast(&app).contains("copy a built-in one first"), "{}", last_toast(&app));
    app.send([
        Action::CopyProgram { slug: "stronglifts-5x5".into() },
        edit(EditorAction::Save),
        Action::FollowProgram { slug: "stronglifts-5x5-copy".into(), starting: None },
        Action::EditProgram { slug: "stronglifts-5x5-copy".into() },
        edit(EditorAction::AskDelete(true)),
        Action::DeleteProgram { slug: "stronglifts-5x5-copy".into() },
    ]);
    assert_eq!(last_toast(&app), "You follow StrongLifts 5×5 (copy): stop following it before deleting it.");
    assert_eq!(app.count("program_deleted"), 0);
    assert!(!app.state.program_editor().unwrap().confirming_delete(), "the question is taken back");
    app.send([Action::StopProgram, Action::DeleteProgram { slug: "stronglifts-5x5-copy".into() }]);
    assert_eq!(app.count("program_deleted"), 1);
    assert!(app.state.program_editor().is_none(), "the editor of a deleted program closes");
    assert!(app.state.history().own_programs().is_empty());
    app.send([Action::DeleteProgram { slug: "stronglifts-5x5".into() }]);
    assert_eq!(app.count("program_deleted"), 1, "a built-in is not deleted");
}

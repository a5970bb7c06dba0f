//! The draft's invariants without a window: unique copies, per-track increments, typed
//! numbers with a decimal comma, refused numbers with their reason, and Save's checks.

use super::params::{ParamValue, RuleKind};
use super::*;
use crate::domain::exercise::builtin_library;
use crate::domain::program::{Rule, builtin};
use crate::i18n::I18n;

fn stronglifts_copy() -> ProgramEditor {
    ProgramEditor::copy_of(&builtin::stronglifts(WeightUnit::Kg), &builtin::all(WeightUnit::Kg), &I18n::english())
}

fn send(editor: &mut ProgramEditor, actions: impl IntoIterator<Item = EditorAction>) {
    let library = builtin_library();
    let english = I18n::english();
    for action in actions {
        editor.apply(action, &library, &english);
    }
}

fn text(field: Field, text: &str) -> EditorAction {
    EditorAction::SetText { field, text: text.into() }
}

const SQUAT_A: Field = Field::Increment { day: 0, exercise: 0 };

#[test]
fn a_copy_gets_a_slug_and_name_no_program_has() {
    let original = builtin::stronglifts(WeightUnit::Kg);
    let first = stronglifts_copy();
    assert_eq!(
        (first.draft().slug.as_str(), first.draft().name.as_str()),
        ("stronglifts-5x5-copy", "StrongLifts 5×5 (copy)")
    );
    assert_eq!(first.draft().days, original.days, "the same days and rules");
    assert!(!first.saved_before());
    let mut existing = builtin::all(WeightUnit::Kg);
    existing.push(first.draft().clone());
    let second = ProgramEditor::copy_of(&original, &existing, &I18n::english());
    assert_eq!(second.draft().slug, "stronglifts-5x5-copy-2");
    assert_eq!(second.draft().name, "StrongLifts 5×5 (copy 2)");
}

#[test]
fn an_increment_is_the_tracks_on_every_day_and_takes_a_decimal_comma() {
    let mut editor = stronglifts_copy();
    send(&mut editor, [text(SQUAT_A, "1,25")]);
    let squats: Vec<f64> = editor
        .draft()
        .days
        .iter()
        .flat_map(|d| &d.exercises)
        .filter(|e| e.track == "Squat")
        .map(|e| e.increment)
        .collect();
    assert_eq!(squats, [1.25, 1.25], "Workout A and B share the squat's track");
    assert_eq!(editor.view().days[1].exercises[0].increment.value, ParamValue::Text("1.25".into()));
    assert_eq!(editor.view().days[0].exercises[0].increment.value, ParamValue::Text("1,25".into()), "as typed");
    assert_eq!(editor.finish(&I18n::english()).map(|p| p.validate()), Ok(Ok(())));
}

#[test]
fn a_number_out_of_bounds_is_refused_with_its_reason_and_save_waits_for_it() {
    let mut editor = stronglifts_copy();
    let deload = Field::Param { day: 0, exercise: 0, index: 4 };
    send(&mut editor, [text(deload, "150")]);
    let field = &editor.view().days[0].exercises[0].params[4];
    assert_eq!(field.label, "Day 1: Squat deload %");
    assert_eq!(field.problem.as_deref(), Some("Squat deload % 150 is out of range (0–100)"));
    assert_eq!(field.value, ParamValue::Text("150".into()), "the text stays for the lifter to fix");
    let Rule::Linear(rule) = &editor.draft().days[0].exercises[0].rule else { panic!() };
    assert_eq!(rule.deload_percent, 10.0, "the draft keeps the last good value");
    assert_eq!(
        editor.finish(&I18n::english()).unwrap_err(),
        "Fix this first: Squat deload % 150 is out of range (0–100)."
    );
    assert!(editor.error().is_some());
    send(&mut editor, [text(deload, "12,5")]);
    assert!(editor.finish(&I18n::english()).is_ok());
}

#[test]
fn save_refuses_what_validate_refuses_and_keeps_the_draft() {
    let mut editor = stronglifts_copy();
    send(&mut editor, [text(Field::Param { day: 0, exercise: 0, index: 0 }, "0")]);
    assert_eq!(
        editor.view().days[0].exercises[0].problem.as_deref(),
        Some("needs at least one set of at least one rep")
    );
    assert_eq!(
        editor.finish(&I18n::english()).unwrap_err(),
        "StrongLifts 5×5 (copy) cannot be saved: Squat: needs at least one set of at least one rep."
    );
    send(&mut editor, [text(Field::Param { day: 0, exercise: 0, index: 0 }, "5"), EditorAction::Rename(" ".into())]);
    assert_eq!(editor.finish(&I18n::english()).unwrap_err(), "The program needs a name.");
    send(&mut editor, [EditorAction::Rename("Mine".into()), EditorAction::AddDay]);
    assert_eq!(editor.finish(&I18n::english()).unwrap_err(), "Mine cannot be saved: day “Day 3” has no exercises.");
    assert_eq!(editor.draft().days.len(), 3, "the draft stays");
}

#[test]
fn days_and_exercises_are_added_renamed_moved_and_removed() {
    let mut editor = stronglifts_copy();
    send(
        &mut editor,
        [
            EditorAction::RenameDay { day: 0, name: "Heavy".into() },
            EditorAction::AddDay,
            EditorAction::AddQuery { day: 2, text: "curl".into() },
        ],
    );
    let completions = &editor.view().days[2].completions;
    assert!(completions.iter().any(|(name, label)| name == "Barbell Curl" && label == "Add Barbell Curl to Day 3"));
    send(
        &mut editor,
        [
            EditorAction::AddExercise { day: 2, exercise: "Dumbbell Curl".into() },
            EditorAction::AddExercise { day: 2, exercise: "Squat".into() },
            EditorAction::MoveExercise { day: 2, exercise: 1, step: -1 },
            EditorAction::MoveDay { day: 2, step: -1 },
        ],
    );
    let days = &editor.draft().days;
    assert_eq!(days.iter().map(|d| d.name.as_str()).collect::<Vec<_>>(), ["Heavy", "Day 3", "Workout B"]);
    assert_eq!(days[1].exercises.iter().map(|e| e.exercise.as_str()).collect::<Vec<_>>(), ["Squat", "Dumbbell Curl"]);
    assert_eq!(days[1].exercises[0], days[0].exercises[0], "a squat on a new day joins the squat's track");
    assert!(matches!(days[1].exercises[1].rounding, Rounding::Step { .. }), "dumbbells in steps");
    assert!(editor.finish(&I18n::english()).is_ok());
    send(&mut editor, [EditorAction::RemoveExercise { day: 1, exercise: 1 }, EditorAction::RemoveDay(1)]);
    assert_eq!(editor.draft().days.len(), 2);
}

#[test]
fn a_new_kind_of_rule_is_the_tracks_and_starts_from_its_default() {
    let mut editor = stronglifts_copy();
    send(&mut editor, [EditorAction::SetKind { day: 0, exercise: 0, kind: RuleKind::DoubleProgression }]);
    let kinds: Vec<RuleKind> = editor
        .draft()
        .days
        .iter()
        .flat_map(|d| &d.exercises)
        .filter(|e| e.track == "Squat")
        .map(|e| RuleKind::of(&e.rule))
        .collect();
    assert_eq!(kinds, [RuleKind::DoubleProgression; 2]);
    let names: Vec<&str> = editor.view().days[0].exercises[0].params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["sets", "reps from", "reps up to"]);
    assert!(editor.view().days[0].exercises[0].shared.as_deref().unwrap().contains("Workout B"));
    assert!(editor.finish(&I18n::english()).is_ok());
}

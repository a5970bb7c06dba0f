//! The program editor's model: a draft of one of the lifter's own programs (a copy of a
//! built-in, or one saved before) and its invariants. Increments and rule kinds are per
//! track, so changing one changes every day of that track; numbers are typed text, read by
//! `domain::units::typed` (decimal comma or point), and a refused text stays in its field
//! with the reason beside it while the draft keeps the last good value. What the window shows
//! is worked out here once per change ([`EditorView`]), not every frame. Saving is
//! `Program::validate`; the flow (`program_editor/flow.rs`) records it, and `view.rs` works
//! out the window's text.

mod flow;
pub mod params;
#[cfg(test)]
mod tests;
mod view;

use std::collections::HashMap;

use params::RuleKind;
pub use view::{Buttons, DayView, EditorView, ExerciseView, FieldView};

use crate::domain::exercise::ExerciseDef;
use crate::domain::program::{Program, ProgramDay, ProgramExercise, Rounding};
use crate::domain::units::{WeightUnit, typed};
use crate::domain::usage::search_lifters_first;
use crate::i18n::I18n;

/// A field of the draft that takes typed numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Increment {
        day: usize,
        exercise: usize,
    },
    /// Parameter `index` of the exercise's rule (`params::params`).
    Param {
        day: usize,
        exercise: usize,
        index: usize,
    },
}

/// What the lifter does in the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum EditorAction {
    Rename(String),
    AddDay,
    RemoveDay(usize),
    RenameDay {
        day: usize,
        name: String,
    },
    /// Moves a day up (-1) or down (+1).
    MoveDay {
        day: usize,
        step: isize,
    },
    /// The text of a day's "add exercise" field (its completions follow it).
    AddQuery {
        day: usize,
        text: String,
    },
    AddExercise {
        day: usize,
        exercise: String,
    },
    RemoveExercise {
        day: usize,
        exercise: usize,
    },
    MoveExercise {
        day: usize,
        exercise: usize,
        step: isize,
    },
    /// A new kind of rule for the exercise's track (on every day), from its default.
    SetKind {
        day: usize,
        exercise: usize,
        kind: RuleKind,
    },
    /// Typed text in a number field.
    SetText {
        field: Field,
        text: String,
    },
    SetFlag {
        day: usize,
        exercise: usize,
        index: usize,
        on: bool,
    },
    /// One more stage or group of sets, or one fewer.
    AddGroup {
        day: usize,
        exercise: usize,
    },
    RemoveGroup {
        day: usize,
        exercise: usize,
    },
    Save,
    Cancel,
    /// Asks whether to delete the program (an own program already saved), or takes it back.
    AskDelete(bool),
}

/// A program being edited, with the text of its number fields.
#[derive(Debug, Clone)]
pub struct ProgramEditor {
    draft: Program,
    /// Whether the program was saved before (an "Edit", not a new copy): it can be deleted.
    saved_before: bool,
    texts: HashMap<Field, String>,
    problems: HashMap<Field, String>,
    /// Why the last Save was refused.
    error: Option<String>,
    /// The "add exercise" field: which day, its text, the exercises it completes to.
    adding: Option<(usize, String, Vec<String>)>,
    confirm_delete: bool,
    view: EditorView,
}

/// A name not in `taken`: `base`, else `base` with 2, 3, … put in by `numbered`.
fn unique(base: String, taken: &[String], numbered: impl Fn(usize) -> String) -> String {
    if !taken.contains(&base) {
        return base;
    }
    (2..).map(numbered).find(|candidate| !taken.contains(candidate)).expect("an unused name")
}

impl ProgramEditor {
    /// A copy of `program` as a new own program: "<name> (copy)" (in `i18n`'s language) under
    /// a slug and name that none of `existing` has.
    pub fn copy_of(program: &Program, existing: &[Program], i18n: &I18n) -> ProgramEditor {
        let slugs: Vec<String> = existing.iter().map(|p| p.slug.clone()).collect();
        let names: Vec<String> = existing.iter().map(|p| p.name.clone()).collect();
        let slug = unique(format!("{}-copy", program.slug), &slugs, |n| format!("{}-copy-{n}", program.slug));
        let of = || ("program", program.name.as_str().into());
        let name = unique(i18n.f("programs-editor-copy-name", &[of()]), &names, |n| {
            i18n.f("programs-editor-copy-name-numbered", &[of(), ("number", n.into())])
        });
        ProgramEditor::open(program.copy_as(&slug, &name), false, i18n)
    }

    /// One of the lifter's own programs, to change and save under its slug.
    pub fn edit(program: &Program, i18n: &I18n) -> ProgramEditor {
        ProgramEditor::open(program.clone(), true, i18n)
    }

    fn open(draft: Program, saved_before: bool, i18n: &I18n) -> ProgramEditor {
        let mut editor = ProgramEditor {
            draft,
            saved_before,
            texts: HashMap::new(),
            problems: HashMap::new(),
            error: None,
            adding: None,
            confirm_delete: false,
            view: EditorView::default(),
        };
        editor.refresh(i18n);
        editor
    }

    /// Words the window's text again in `i18n`'s language (the language changed).
    pub fn relabel(&mut self, i18n: &I18n) {
        self.refresh(i18n);
    }

    pub fn draft(&self) -> &Program {
        &self.draft
    }

    pub fn view(&self) -> &EditorView {
        &self.view
    }

    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    pub fn saved_before(&self) -> bool {
        self.saved_before
    }

    pub fn confirming_delete(&self) -> bool {
        self.confirm_delete
    }

    /// Carries out an edit (not Save, Cancel or AskDelete, which the flow handles).
    pub fn apply(&mut self, action: EditorAction, library: &[ExerciseDef], i18n: &I18n) {
        let structural = !matches!(
            action,
            EditorAction::Rename(_)
                | EditorAction::RenameDay { .. }
                | EditorAction::SetText { .. }
                | EditorAction::SetFlag { .. }
                | EditorAction::AddQuery { .. }
        );
        if structural {
            // Positions move: the typed texts go, the draft keeps its last good values.
            self.texts.clear();
            self.problems.clear();
            self.adding = None;
        }
        let days = &mut self.draft.days;
        match action {
            EditorAction::Rename(name) => self.draft.name = name,
            EditorAction::AddDay => {
                let name = i18n.f("programs-editor-day", &[("number", (days.len() + 1).into())]);
                days.push(ProgramDay { name, exercises: Vec::new() });
            }
            EditorAction::RemoveDay(day) if day < days.len() => drop(days.remove(day)),
            EditorAction::RenameDay { day, name } => {
                if let Some(d) = days.get_mut(day) {
                    d.name = name;
                }
            }
            EditorAction::MoveDay { day, step } => move_in(days, day, step),
            EditorAction::AddQuery { day, text } => {
                // The lifter's name for an exercise finds it, as do the English one and aliases.
                let hits = search_lifters_first(library, &text, None, None, |n| i18n.name(n));
                let completions = if text.trim().is_empty() {
                    Vec::new()
                } else {
                    hits.iter().take(6).map(|e| e.name.clone()).collect()
                };
                self.adding = Some((day, text, completions));
            }
            EditorAction::AddExercise { day, exercise } => {
                let new = self.new_exercise(&exercise, library);
                if let Some(d) = self.draft.days.get_mut(day) {
                    d.exercises.push(new);
                }
                self.adding = None;
            }
            EditorAction::RemoveExercise { day, exercise } => {
                if let Some(d) = days.get_mut(day).filter(|d| exercise < d.exercises.len()) {
                    d.exercises.remove(exercise);
                }
            }
            EditorAction::MoveExercise { day, exercise, step } => {
                if let Some(d) = days.get_mut(day) {
                    move_in(&mut d.exercises, exercise, step);
                }
            }
            EditorAction::SetKind { day, exercise, kind } => {
                let unit = self.draft.unit;
                self.each_of_track(day, exercise, |e| e.rule = kind.default_rule(unit));
            }
            EditorAction::SetText { field, text } => self.set_text(field, text, i18n),
            EditorAction::SetFlag { day, exercise, index, on } => {
                if let Some(e) = self.exercise_mut(day, exercise) {
                    params::set_flag(&mut e.rule, index, on, i18n);
                }
            }
            EditorAction::AddGroup { day, exercise } => {
                if let Some(e) = self.exercise_mut(day, exercise) {
                    params::add_group(&mut e.rule);
                }
            }
            EditorAction::RemoveGroup { day, exercise } => {
                if let Some(e) = self.exercise_mut(day, exercise) {
                    params::remove_group(&mut e.rule);
                }
            }
            EditorAction::AskDelete(on) => self.confirm_delete = on && self.saved_before,
            EditorAction::RemoveDay(_) | EditorAction::Save | EditorAction::Cancel => {}
        }
        self.error = None;
        self.refresh(i18n);
    }

    /// The program to save, or why it cannot be saved (the draft stays as it is).
    pub fn finish(&mut self, i18n: &I18n) -> Result<Program, String> {
        let result = self.check(i18n);
        self.error = result.as_ref().err().cloned();
        result
    }

    fn check(&self, i18n: &I18n) -> Result<Program, String> {
        if self.draft.name.trim().is_empty() {
            return Err(i18n.t("programs-editor-needs-name").to_string());
        }
        if let Some(problem) = self.first_problem() {
            return Err(i18n.f("programs-editor-fix-first", &[("problem", problem.into())]));
        }
        let mut program = self.draft.clone();
        program.name = program.name.trim().to_string();
        program.validate().map_err(|e| {
            let args = [("program", program.name.as_str().into()), ("problem", i18n.program_error(&e).into())];
            i18n.f("programs-editor-cannot-save", &args)
        })?;
        Ok(program)
    }

    /// The first refused field, in the order the window shows them.
    fn first_problem(&self) -> Option<&str> {
        let mut fields: Vec<(&Field, &String)> = self.problems.iter().collect();
        fields.sort_by_key(|(f, _)| match f {
            Field::Increment { day, exercise } => (*day, *exercise, 0),
            Field::Param { day, exercise, index } => (*day, *exercise, index + 1),
        });
        fields.first().map(|(_, p)| p.as_str())
    }

    fn exercise_mut(&mut self, day: usize, exercise: usize) -> Option<&mut ProgramExercise> {
        self.draft.days.get_mut(day)?.exercises.get_mut(exercise)
    }

    /// Runs `change` on the exercise and on every exercise of its track (other days).
    fn each_of_track(&mut self, day: usize, exercise: usize, change: impl Fn(&mut ProgramExercise)) {
        let Some(track) = self.draft.days.get(day).and_then(|d| d.exercises.get(exercise)).map(|e| e.track.clone())
        else {
            return;
        };
        for e in self.draft.days.iter_mut().flat_map(|d| &mut d.exercises).filter(|e| e.track == track) {
            change(e);
        }
    }

    fn set_text(&mut self, field: Field, text: String, i18n: &I18n) {
        let (Field::Increment { day, exercise } | Field::Param { day, exercise, .. }) = field;
        let Some(current) = self.draft.days.get(day).and_then(|d| d.exercises.get(exercise)) else { return };
        let tag = i18n.f(
            "programs-editor-field",
            &[("what", i18n.name(&current.exercise).into()), ("field", self.field_name(field, i18n).into())],
        );
        let result = match field {
            Field::Increment { .. } => typed::weight(&tag, &text).map_err(|e| i18n.refused(&e)).map(|amount| {
                self.each_of_track(day, exercise, |e| e.increment = amount);
            }),
            Field::Param { index, .. } => {
                let rule = &mut self.draft.days[day].exercises[exercise].rule;
                params::set_text(rule, index, &tag, &text, i18n)
            }
        };
        match result {
            Ok(()) => self.problems.remove(&field),
            Err(problem) => self.problems.insert(field, problem),
        };
        self.texts.insert(field, text);
    }

    /// The short name of a field (`increment`, `reps`).
    fn field_name(&self, field: Field, i18n: &I18n) -> String {
        match field {
            Field::Increment { .. } => i18n.t("programs-param-increment").to_string(),
            Field::Param { day, exercise, index } => self
                .draft
                .days
                .get(day)
                .and_then(|d| d.exercises.get(exercise))
                .and_then(|e| params::params(&e.rule, i18n).into_iter().nth(index))
                .map_or_else(String::new, |p| p.name),
        }
    }

    /// A new exercise on a day: the same as on another day when its track is in the program
    /// already (so they progress together), else a 3×5 linear lift on its own track.
    fn new_exercise(&self, name: &str, library: &[ExerciseDef]) -> ProgramExercise {
        if let Some(same) = self.draft.days.iter().flat_map(|d| &d.exercises).find(|e| e.exercise == name) {
            return same.clone();
        }
        let unit = self.draft.unit;
        let barbell = library.iter().find(|d| d.name == name).is_none_or(ExerciseDef::is_barbell);
        let step = match unit {
            WeightUnit::Kg => 2.5,
            WeightUnit::Lb => 5.0,
        };
        ProgramExercise {
            exercise: name.to_string(),
            track: name.to_string(),
            label: String::new(),
            rule: RuleKind::Linear.default_rule(unit),
            increment: step,
            rounding: if barbell { Rounding::barbell(unit) } else { Rounding::step(step) },
        }
    }
}

/// Moves item `at` by `step` places, if it stays in the list.
fn move_in<T>(items: &mut [T], at: usize, step: isize) {
    let Some(to) = at.checked_add_signed(step).filter(|to| *to < items.len()) else { return };
    if at < items.len() {
        items.swap(at, to);
    }
}

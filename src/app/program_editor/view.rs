//! What the program editor window shows of the draft: the days, each exercise's fields with
//! their accessible names, values as typed and refusals, worked out once per change.

use super::params::{self, ParamValue, RuleKind};
use super::{Field, ProgramEditor};
use crate::domain::program::ProgramExercise;
use crate::domain::units::format_amount;

/// What the window shows of the draft, worked out once per change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditorView {
    pub title: String,
    pub unit: String,
    pub days: Vec<DayView>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DayView {
    /// `Day 1`: the stable part of its widgets' names.
    pub tag: String,
    pub name: String,
    pub exercises: Vec<ExerciseView>,
    /// The add field's text and the exercises it completes to (`Add Deadlift to Day 1`).
    pub query: String,
    pub completions: Vec<(String, String)>,
    pub buttons: Buttons,
    /// The add field's accessible name (`Add exercise to Day 1`).
    pub add_label: String,
    /// The name field's accessible name (`Day 1 name`).
    pub name_label: String,
}

/// The accessible names of a day's or an exercise's buttons (`Move Day 1: Squat up`).
#[derive(Debug, Clone, PartialEq)]
pub struct Buttons {
    pub up: String,
    pub down: String,
    pub remove: String,
}

impl Buttons {
    fn of(tag: &str) -> Buttons {
        Buttons { up: format!("Move {tag} up"), down: format!("Move {tag} down"), remove: format!("Remove {tag}") }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseView {
    pub exercise: String,
    /// `Day 1: Squat`: the stable part of its widgets' names.
    pub tag: String,
    pub kind: RuleKind,
    pub increment: FieldView,
    /// The other days of the same track, which share its increment and kind of rule.
    pub shared: Option<String>,
    pub params: Vec<FieldView>,
    /// What `Rule::check` says of the rule as it stands.
    pub problem: Option<String>,
    pub buttons: Buttons,
    /// The kind-of-rule choice's accessible name (`Day 1: Squat rule`).
    pub rule_label: String,
    /// "Add a stage" / "Remove the last stage" (named for the exercise), for rules that are lists.
    pub groups: Option<[(String, String); 2]>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldView {
    /// The short name shown beside it (`reps`).
    pub name: String,
    /// The accessible name (`Day 1: Squat reps`).
    pub label: String,
    pub value: ParamValue,
    pub problem: Option<String>,
    /// The line of the rule it is shown on (one per stage, week or group of sets).
    pub line: usize,
}

impl ProgramEditor {
    /// Works out what the window shows.
    pub(super) fn refresh(&mut self) {
        let draft = &self.draft;
        let days = draft
            .days
            .iter()
            .enumerate()
            .map(|(d, day)| {
                let tag = format!("Day {}", d + 1);
                let exercises = day.exercises.iter().enumerate().map(|(x, e)| self.exercise_view(d, x, e)).collect();
                let (query, completions) = match &self.adding {
                    Some((day, text, hits)) if *day == d => {
                        (text.clone(), hits.iter().map(|name| (name.clone(), format!("Add {name} to {tag}"))).collect())
                    }
                    _ => (String::new(), Vec::new()),
                };
                let (buttons, add_label, name_label) =
                    (Buttons::of(&tag), format!("Add exercise to {tag}"), format!("{tag} name"));
                DayView { name: day.name.clone(), exercises, query, completions, buttons, add_label, name_label, tag }
            })
            .collect();
        self.view = EditorView { title: format!("Edit {}", draft.name), unit: draft.unit.to_string(), days };
    }

    fn exercise_view(&self, d: usize, x: usize, e: &ProgramExercise) -> ExerciseView {
        let tag = format!("Day {}: {}", d + 1, e.exercise);
        let field_view = |field: Field, name: String, value: ParamValue, line: usize| {
            let value = match (value, self.texts.get(&field)) {
                (ParamValue::Text(_), Some(text)) => ParamValue::Text(text.clone()),
                (value, _) => value,
            };
            let problem = self.problems.get(&field).cloned();
            FieldView { label: format!("{tag} {name}"), name, value, problem, line }
        };
        let increment = field_view(
            Field::Increment { day: d, exercise: x },
            "increment".into(),
            ParamValue::Text(format_amount(e.increment)),
            0,
        );
        let params = params::params(&e.rule)
            .into_iter()
            .enumerate()
            .map(|(index, p)| field_view(Field::Param { day: d, exercise: x, index }, p.name, p.value, p.line))
            .collect();
        let others: Vec<&str> = self
            .draft
            .days
            .iter()
            .enumerate()
            .filter(|(o, day)| *o != d && day.exercises.iter().any(|o| o.track == e.track))
            .map(|(_, day)| day.name.as_str())
            .collect();
        let shared =
            (!others.is_empty()).then(|| format!("Increment and kind of rule shared with {}", others.join(", ")));
        let kind = RuleKind::of(&e.rule);
        let groups = kind.has_groups().then(|| {
            let what = if kind == RuleKind::Stages { "stage" } else { "group of sets" };
            [
                (format!("Add a {what}"), format!("Add a {what} to {tag}")),
                (format!("Remove the last {what}"), format!("Remove the last {what} of {tag}")),
            ]
        });
        ExerciseView {
            exercise: e.exercise.clone(),
            buttons: Buttons::of(&tag),
            rule_label: format!("{tag} rule"),
            groups,
            tag,
            kind,
            increment,
            shared,
            params,
            problem: e.rule.check().err(),
        }
    }
}

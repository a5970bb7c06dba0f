//! What the program editor window shows of the draft: the days, each exercise's fields with
//! their accessible names, values as typed and refusals, worked out once per change in the
//! window's language (the lifter's own names — the program's, its days' — as typed).

use super::params::{self, ParamValue, RuleKind};
use super::{Field, ProgramEditor};
use crate::domain::program::ProgramExercise;
use crate::i18n::I18n;

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
    fn of(tag: &str, i18n: &I18n) -> Buttons {
        let named = |id: &str| i18n.f(id, &[("what", tag.into())]);
        Buttons {
            up: named("programs-editor-move-up"),
            down: named("programs-editor-move-down"),
            remove: named("programs-editor-remove"),
        }
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
    /// What `Rule::check` says of the rule as it stands, in the window's language.
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
    pub(super) fn refresh(&mut self, i18n: &I18n) {
        let draft = &self.draft;
        let days = draft
            .days
            .iter()
            .enumerate()
            .map(|(d, day)| {
                let tag = i18n.f("programs-editor-day", &[("number", (d + 1).into())]);
                let exercises =
                    day.exercises.iter().enumerate().map(|(x, e)| self.exercise_view(d, x, e, &tag, i18n)).collect();
                let (query, completions) = match &self.adding {
                    Some((day, text, hits)) if *day == d => {
                        let add = |name: &str| {
                            i18n.f("programs-editor-add-to", &[("exercise", name.into()), ("day", tag.as_str().into())])
                        };
                        (text.clone(), hits.iter().map(|name| (name.clone(), add(i18n.name(name)))).collect())
                    }
                    _ => (String::new(), Vec::new()),
                };
                let of_day = |id: &str| i18n.f(id, &[("day", tag.as_str().into())]);
                let (buttons, add_label, name_label) = (
                    Buttons::of(&tag, i18n),
                    of_day("programs-editor-add-exercise-to"),
                    of_day("programs-editor-day-name"),
                );
                DayView { name: day.name.clone(), exercises, query, completions, buttons, add_label, name_label, tag }
            })
            .collect();
        let title = i18n.f("programs-edit-named", &[("program", draft.name.as_str().into())]);
        self.view = EditorView { title, unit: draft.unit.to_string(), days };
    }

    fn exercise_view(&self, d: usize, x: usize, e: &ProgramExercise, day: &str, i18n: &I18n) -> ExerciseView {
        let tag =
            i18n.f("programs-editor-exercise-tag", &[("day", day.into()), ("exercise", i18n.name(&e.exercise).into())]);
        let field_view = |field: Field, name: String, value: ParamValue, line: usize| {
            let value = match (value, self.texts.get(&field)) {
                (ParamValue::Text(_), Some(text)) => ParamValue::Text(text.clone()),
                (value, _) => value,
            };
            let problem = self.problems.get(&field).cloned();
            let label =
                i18n.f("programs-editor-field", &[("what", tag.as_str().into()), ("field", name.as_str().into())]);
            FieldView { label, name, value, problem, line }
        };
        let increment = field_view(
            Field::Increment { day: d, exercise: x },
            i18n.t("programs-param-increment").to_string(),
            ParamValue::Text(i18n.amount(e.increment)),
            0,
        );
        let params = params::params(&e.rule, i18n)
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
            (!others.is_empty()).then(|| i18n.f("programs-editor-shared", &[("days", others.join(", ").into())]));
        let kind = RuleKind::of(&e.rule);
        let groups = kind.has_groups().then(|| {
            let what = if kind == RuleKind::Stages { "stage" } else { "group" };
            let of =
                |id: String| (i18n.t(&id).to_string(), i18n.f(&format!("{id}-of"), &[("what", tag.as_str().into())]));
            [of(format!("programs-editor-add-{what}")), of(format!("programs-editor-remove-{what}"))]
        });
        ExerciseView {
            exercise: i18n.name(&e.exercise).to_string(),
            buttons: Buttons::of(&tag, i18n),
            rule_label: i18n.f("programs-editor-rule-label", &[("what", tag.as_str().into())]),
            groups,
            tag,
            kind,
            increment,
            shared,
            params,
            problem: e.rule.check().err().map(|problem| i18n.rule_problem(&problem)),
        }
    }
}

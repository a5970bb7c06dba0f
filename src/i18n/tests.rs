//! The catalogues are complete and well-formed: every file parses, every language has every
//! English message (and no message English lacks), translations use only the variables
//! English passes, and the locale forms (plurals, decimal comma, dates, week start) hold.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Every message id of `language` with the variables its value and variants use.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    for (file, text) in files(language) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{}/{file} does not parse: {errors:?}", language.tag()));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                let id = message.id.name.to_string();
                assert!(
                    found.insert(id.clone(), variables).is_none(),
                    "{}/{file}: message {id} is defined twice",
                    language.tag()
                );
            }
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_catalogue_parses_and_every_language_has_a_file() {
    for language in Language::ALL {
        assert!(files(language).count() > 0, "no catalogue for {}", language.tag());
        messages(language);
    }
}

#[test]
fn every_message_exists_in_every_language() {
    let english = messages(Language::English);
    assert!(english.len() > 10, "the English catalogue looks empty");
    for language in Language::ALL {
        let translated = messages(language);
        let missing: Vec<_> = english.keys().filter(|id| !translated.contains_key(*id)).collect();
        let extra: Vec<_> = translated.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag());
        assert!(extra.is_empty(), "{} has messages English lacks: {extra:?}", language.tag());
        for (id, variables) in &translated {
            let unknown: Vec<_> = variables.difference(&english[id]).collect();
            assert!(unknown.is_empty(), "{} {id} uses variables English does not pass: {unknown:?}", language.tag());
        }
    }
}

#[test]
fn every_file_exists_in_every_language() {
    let names = |language| files(language).map(|(name, _)| name).collect::<BTreeSet<_>>();
    let english = names(Language::English);
    for language in Language::ALL {
        assert_eq!(names(language), english, "{} has other files than English", language.tag());
    }
}

#[test]
fn plurals_follow_each_language() {
    let english = I18n::english();
    assert_eq!(english.f("count-workouts", &[("count", 1.into())]), "1 workout");
    assert_eq!(english.f("count-workouts", &[("count", 2.into())]), "2 workouts");
    let french = I18n::new(Language::French, None);
    // French takes the singular for 0 and 1 (CLDR), unlike English.
    assert_eq!(french.f("count-workouts", &[("count", 0.into())]), "0 séance");
    assert_eq!(french.f("count-workouts", &[("count", 2.into())]), "2 séances");
    let german = I18n::new(Language::German, None);
    assert_eq!(german.f("count-workouts", &[("count", 1.into())]), "1 Training");
    assert_eq!(german.f("count-workouts", &[("count", 3.into())]), "3 Trainings");
}

#[test]
fn a_message_without_variables_is_looked_up_not_formatted() {
    let german = I18n::new(Language::German, None);
    let first = german.t("language-system");
    let second = german.t("language-system");
    assert_eq!(first.as_ptr(), second.as_ptr(), "the same stored text, no formatting per call");
    assert_eq!(german.t("no-such-message"), "no-such-message");
}

#[test]
fn numbers_and_dates_in_the_locale_form() {
    let german = I18n::new(Language::German, Some("DE".into()));
    let english = I18n::new(Language::English, Some("US".into()));
    let day = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
    assert_eq!(german.amount(82.5), "82,5");
    assert_eq!(english.amount(82.5), "82.5");
    assert_eq!(german.fixed(1.5, 2), "1,50");
    assert_eq!(german.date(day), "06.12.2026");
    assert_eq!(english.date(day), "2026-12-06");
    assert_eq!(I18n::new(Language::French, None).date(day), "06/12/2026");
    assert_eq!(german.month_short(12), "Dez");
    assert_eq!(english.weekday_short(chrono::Weekday::Sun), "Sun");
    assert_eq!(german.first_weekday(), chrono::Weekday::Mon);
    assert_eq!(english.first_weekday(), chrono::Weekday::Sun);
    assert_eq!(I18n::new(Language::English, Some("GB".into())).first_weekday(), chrono::Weekday::Mon);
}

use chrono::NaiveDate;

#[test]
fn built_in_names_are_translated_and_the_lifters_own_are_not() {
    let german = I18n::new(Language::German, None);
    assert_eq!(german.name("Bench Press"), "Bankdrücken");
    assert_eq!(german.name("My Odd Press"), "My Odd Press");
    assert_eq!(I18n::english().name("Bench Press"), "Bench Press");
    assert_eq!(name_id("exercise-", "Close-Grip Bench Press"), "exercise-close-grip-bench-press");
    assert_eq!(name_id("muscle-", "Full Body"), "muscle-full-body");
}

#[test]
fn every_built_in_name_has_its_english_message() {
    let english = I18n::english();
    let library = crate::domain::exercise::builtin_library();
    let mut missing = Vec::new();
    for e in &library {
        for (prefix, name) in [("exercise-", &e.name), ("muscle-", &e.muscle_group), ("equipment-", &e.equipment)] {
            let id = name_id(prefix, name);
            if english.t(&id) != name.as_str() {
                missing.push(format!("{id} = {name} (has {:?})", english.t(&id)));
            }
        }
    }
    missing.dedup();
    assert!(missing.is_empty(), "exercises.ftl lacks or misspells:\n{}", missing.join("\n"));
    let other = crate::domain::exercise::OTHER;
    assert_eq!(english.t(&name_id("muscle-", other)), other, "the group of an exercise created without one");
    // Each language names every one of them (the completeness test checks the ids), and the
    // names that lifters there use.
    let german = I18n::new(Language::German, None);
    let names = |i18n: &I18n| ["Squat", "Deadlift", "Bench Press", "Pull-Up"].map(|n| i18n.name(n).to_string());
    assert_eq!(names(&german), ["Kniebeuge", "Kreuzheben", "Bankdrücken", "Klimmzug"]);
    let french = I18n::new(Language::French, None);
    assert_eq!(names(&french), ["Squat", "Soulevé de terre", "Développé couché", "Tractions"]);
    let spanish = I18n::new(Language::Spanish, None);
    assert_eq!(names(&spanish), ["Sentadilla", "Peso muerto", "Press de banca", "Dominadas"]);
    let italian = I18n::new(Language::Italian, None);
    assert_eq!(names(&italian), ["Squat", "Stacco da terra", "Panca piana", "Trazioni"]);
    let portuguese = I18n::new(Language::PortugueseBrazil, None);
    assert_eq!(names(&portuguese), ["Agachamento", "Levantamento terra", "Supino reto", "Barra fixa"]);
    let chinese = I18n::new(Language::ChineseSimplified, None);
    assert_eq!(names(&chinese), ["深蹲", "硬拉", "卧推", "引体向上"]);
    assert_eq!(german.name("Legs"), "Beine");
    assert_eq!(german.name("Dumbbell"), "Kurzhantel");
}

#[test]
fn no_two_built_in_exercises_share_a_name_in_any_language() {
    let library = crate::domain::exercise::builtin_library();
    for language in Language::ALL {
        let i18n = I18n::new(language, None);
        let mut names: Vec<String> = library.iter().map(|e| i18n.name(&e.name).to_lowercase()).collect();
        names.sort();
        let count = names.len();
        names.dedup();
        assert_eq!(names.len(), count, "{}: two exercises with one name", language.tag());
    }
}

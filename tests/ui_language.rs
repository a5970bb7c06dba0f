//! The window in the lifter's language: the built-in library shows and is found by its
//! translated names, and the events keep the English name (a backup made in a German window
//! restores in an English one with the same history).

mod common;

use common::ui::*;
use egui_kittest::kittest::Queryable;
use gymlog::app::Action;
use gymlog::domain::event::EventKind;
use gymlog::i18n::{Language, LanguageChoice};

#[test]
fn a_german_lifter_finds_kniebeuge_and_the_store_says_squat() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    harness.state_mut().handle(Action::SetLanguage(LanguageChoice::Fixed(Language::German)));
    harness.state_mut().handle(Action::StartWorkout { name: String::new(), repeat_of: None });
    harness.run();
    type_into(&mut harness, "Übungen suchen:", "Kniebeuge");
    assert!(harness.query_by_label("Bankdrücken hinzufügen").is_none(), "filtered");
    harness.get_by_label("Frontkniebeuge hinzufügen");
    click(&mut harness, "Kniebeuge hinzufügen");
    settle(&mut harness);
    drop(harness);
    let added: Vec<String> = fx
        .events()
        .into_iter()
        .filter_map(|k| match k {
            EventKind::ExerciseAdded { exercise, .. } => Some(exercise),
            _ => None,
        })
        .collect();
    assert_eq!(added, ["Squat"], "the English name is stored");
}

#[test]
fn the_english_name_still_finds_it_in_a_german_window_and_the_enter_key_adds_it() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    harness.state_mut().handle(Action::SetLanguage(LanguageChoice::Fixed(Language::German)));
    harness.state_mut().handle(Action::StartWorkout { name: String::new(), repeat_of: None });
    harness.run();
    type_into(&mut harness, "Übungen suchen:", "deadlift");
    harness.get_by_label("Kreuzheben hinzufügen");
    harness.key_press(egui::Key::Enter);
    harness.run();
    settle(&mut harness);
    drop(harness);
    let added = fx
        .events()
        .into_iter()
        .any(|k| matches!(k, EventKind::ExerciseAdded { exercise, .. } if exercise == "Deadlift"));
    assert!(added, "the top match, stored in English");
}

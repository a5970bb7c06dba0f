//! The live workout in a German window: the buttons and the accessible names of the set table
//! in German, a weight typed with a decimal comma stored as the number it is, and the window
//! writing it back with a comma.

mod common;

use common::ui::*;
use egui_kittest::kittest::Queryable;
use gymlog::app::Action;
use gymlog::i18n::{Language, LanguageChoice};

#[test]
fn a_german_lifter_adds_a_set_and_logs_82_komma_5() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    harness.state_mut().handle(Action::SetLanguage(LanguageChoice::Fixed(Language::German)));
    harness.run();
    click(&mut harness, "Training starten");
    type_into(&mut harness, "Übungen suchen:", "Kniebeuge");
    click(&mut harness, "Kniebeuge hinzufügen");
    assert!(harness.query_by_label("Kniebeuge Satz 2 Gewicht").is_none(), "one planned set to start with");
    click(&mut harness, "Satz zu Kniebeuge hinzufügen");
    harness.get_by_label("Satz");
    harness.get_by_label("Letztes Mal");

    replace_text(&mut harness, "Kniebeuge Satz 2 Gewicht", "82,5");
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(harness.get_by_label("Kniebeuge Satz 2 Wiederholungen").is_focused(), "Tab moves to the reps");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Kniebeuge Satz 2 Wiederholungen").type_text("5");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    settle(&mut harness);

    assert_eq!(harness.get_by_label("Kniebeuge Satz 2 Gewicht").value().as_deref(), Some("82,5"));
    // 82,5 kg on a 20 kg bar: 31,25 per side, its smallest plate 1,25, in the locale's numbers.
    assert!(harness.query_all_by_label_contains(" + 1,25").next().is_some(), "the plates per side");
    assert!(harness.query_by_label_contains("1.25").is_none(), "no decimal point");
    harness.get_by_label("1 Satz eingetragen");
    drop(harness);

    let logged = fx.logged_sets();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].exercise, "Squat", "the English name is stored");
    assert_eq!(logged[0].weight.unwrap().kg, 82.5);
    assert_eq!(logged[0].reps, Some(5));
}

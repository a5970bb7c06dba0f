//! The Programs screen in French: Follow StrongLifts 5×5 with a squat starting load typed with
//! a decimal comma, and see the panel, the coming weeks and the numbers in French (`62,5 kg`)
//! while the store keeps the load as a number (62.5).

mod common;

use common::ui::*;
use egui_kittest::kittest::Queryable;
use gymlog::app::Action;
use gymlog::domain::event::EventKind;
use gymlog::i18n::{Language, LanguageChoice};

#[test]
fn a_french_lifter_follows_stronglifts_with_a_squat_of_62_virgule_5() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    harness.state_mut().handle(Action::SetLanguage(LanguageChoice::Fixed(Language::French)));
    harness.run();
    click(&mut harness, "Programmes");
    harness.get_by_label("Règles : Mehdi Hadim, StrongLifts 5×5 (stronglifts.com)");
    harness.get_by_label("Séance A : Squat, Développé couché, Rowing barre");
    click(&mut harness, "Suivre StrongLifts 5×5");
    harness.get_by_label("Charges de départ, proposées d’après vos propres séries ; modifiez-les avant de suivre.");
    assert!(
        harness.query_all_by_label("aucune série ces 8 dernières semaines — valeur par défaut du programme").count()
            > 0
    );
    replace_text(&mut harness, "Charge de départ Squat", "62,5");
    click(&mut harness, "Suivre avec ces charges");
    settle(&mut harness);
    assert!(harness.query_by_label("Suivre avec ces charges").is_none(), "the panel closes");
    harness.get_by_label("Programme suivi : StrongLifts 5×5");
    harness.get_by_label("Les 4 semaines à venir de StrongLifts 5×5");
    harness.get_by_label("Semaine 4");
    assert!(harness.query_all_by_label("Séance B").count() > 0, "the days in French");
    harness.get_by_label("Squat : 5 séries de 62,5 kg × 5");
    harness.get_by_label("Squat : 5 séries de 65 kg × 5");
    assert!(harness.query_by_label("Squat: 5 sets of 62.5 kg × 5").is_none(), "no English left");
    drop(harness);
    let starting = fx.events().into_iter().find_map(|k| match k {
        EventKind::ProgramStarted { slug, starting, .. } => Some((slug, starting)),
        _ => None,
    });
    let (slug, starting) = starting.expect("a program_started event");
    assert_eq!(slug, "stronglifts-5x5");
    assert_eq!(starting["Squat"], 62.5);
}

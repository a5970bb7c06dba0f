//! Body measurements through actions: logged in the unit chosen, refused when nonsense,
//! corrected, removed and brought back by an undo, asserted on the projection and the store.

use super::TestApp;
use crate::app::{Action, MeasureAction};
use crate::domain::measurement::{MeasureUnit, Reading, Side, Site};
use crate::i18n::{Language, LanguageChoice};

fn log(site: Site, value: &str, unit: MeasureUnit, day: &str) -> Action {
    Action::Measure(MeasureAction::Log { site, value: value.into(), unit, day: day.into() })
}

#[test]
fn a_measurement_is_logged_corrected_removed_and_brought_back() {
    let mut app = TestApp::new();
    app.send([log(Site::Arm(Side::Left), "15,5", MeasureUnit::In, "2026-11-01")]);
    let entry = app.state.history().measurements().entries()[0].clone();
    assert_eq!((entry.site.clone(), entry.reading), (Site::Arm(Side::Left), Reading::new(15.5, MeasureUnit::In)));
    assert_eq!(entry.at.date_naive().to_string(), "2026-11-01");
    app.send([Action::Measure(MeasureAction::Correct {
        entry: entry.id,
        value: "39.5".into(),
        unit: MeasureUnit::Cm,
    })]);
    assert_eq!(
        app.state.history().measurements().entry(entry.id).unwrap().reading,
        Reading::new(39.5, MeasureUnit::Cm)
    );
    app.send([Action::Measure(MeasureAction::Remove(entry.id))]);
    assert!(app.state.history().measurements().entries().is_empty());
    app.send([Action::Measure(MeasureAction::UndoRemove(entry.id))]);
    let back = &app.state.history().measurements().entries()[0];
    assert_eq!((back.at, back.reading), (entry.at, Reading::new(39.5, MeasureUnit::Cm)), "as it was when removed");
    let types = ["measurement_logged", "measurement_corrected", "measurement_removed"].map(|t| app.count(t));
    assert_eq!(types, [2, 1, 1], "every change is an event; the undo logs the entry again");
}

#[test]
fn nonsense_and_nameless_measurements_are_refused() {
    let mut app = TestApp::new();
    for (site, value, day, says) in [
        (Site::Waist, "wide", "", "Waist `wide` is not a number."),
        (Site::Waist, "900", "", "Waist 900 is out of range (5–300 cm)."),
        (Site::BodyFat, "90", "", "Body fat 90 is out of range (1–75 %)."),
        (Site::Custom("  ".into()), "17", "", "Name your own measurement first"),
        (Site::Neck, "40", "2099-01-01", "has not happened yet"),
    ] {
        app.send([log(site, value, MeasureUnit::Cm, day)]);
        let last = &app.state.toasts().all().last().unwrap().text;
        assert!(last.contains(says), "{value} {day}: {last}");
    }
    assert_eq!(app.count("measurement_logged"), 0);
}

#[test]
fn a_refused_measurement_is_told_in_the_window_language() {
    let mut app = TestApp::new();
    app.send([Action::SetLanguage(LanguageChoice::Fixed(Language::German))]);
    app.send([log(Site::Waist, "breit", MeasureUnit::Cm, "")]);
    let last = &app.state.toasts().all().last().unwrap().text;
    assert_eq!(last, "Taille: „breit“ ist keine Zahl.");
    assert_eq!(app.count("measurement_logged"), 0);
}

//! The Body screen's measurements through the window, found by their AccessKit labels: pick
//! a sided site, log it, see it in its card and its chart section, correct it, remove it and
//! undo the removal; every step an event in the store.

mod common;

use common::ui::{Fixture, click, type_into};
use egui_kittest::kittest::Queryable;
use gymlog::domain::event::EventKind;
use gymlog::domain::measurement::{MeasureUnit, Reading, Side, Site};

#[test]
fn a_measurement_is_logged_charted_corrected_removed_and_brought_back() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Body");
    harness.get_by_label_contains("No measurements yet");
    click(&mut harness, "Measurement");
    click(&mut harness, "Arm");
    click(&mut harness, "Right");
    type_into(&mut harness, "Value (cm):", "38,5");
    click(&mut harness, "Log measurement");
    harness.get_by_label("Right arm: 38.5 cm");
    harness.get_by_label("Right arm over time");
    harness.get_by_label_contains("Correct the Right arm of").click();
    harness.run();
    harness.get_by_label_contains("Corrected Right arm of").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label_contains("Corrected Right arm of").type_text("39");
    harness.run();
    harness.get_by_label_contains("Save the correction of").click();
    harness.run();
    harness.get_by_label("Right arm: 39 cm");
    harness.get_by_label_contains("Remove the Right arm of").click();
    harness.run();
    assert!(harness.query_by_label("Right arm: 39 cm").is_none());
    harness.get_by_label_contains("No measurements yet");
    click(&mut harness, "Undo remove");
    harness.get_by_label("Right arm: 39 cm");
    drop(harness);
    let types: Vec<&str> =
        fx.events().iter().map(EventKind::type_name).filter(|t| t.starts_with("measurement")).collect();
    assert_eq!(types, ["measurement_logged", "measurement_corrected", "measurement_removed", "measurement_logged"]);
    let history = fx.history();
    let entries = history.measurements().entries();
    assert_eq!(entries.len(), 1);
    assert_eq!((&entries[0].site, entries[0].reading), (&Site::Arm(Side::Right), Reading::new(39.0, MeasureUnit::Cm)));
}

#[test]
fn inches_and_an_own_measurement_are_taken_as_typed() {
    let fx = Fixture::new();
    let mut harness = fx.open();
    click(&mut harness, "Body");
    click(&mut harness, "Measurement");
    click(&mut harness, "Your own…");
    type_into(&mut harness, "Name:", "  wrist ");
    click(&mut harness, "Measure in in");
    type_into(&mut harness, "Value (in):", "7");
    click(&mut harness, "Log measurement");
    harness.get_by_label("Wrist: 7 in");
    harness.get_by_label("Wrist over time");
    drop(harness);
    let entries = fx.history().measurements().entries().to_vec();
    assert_eq!(
        (&entries[0].site, entries[0].reading),
        (&Site::Custom("Wrist".into()), Reading::new(7.0, MeasureUnit::In))
    );
}

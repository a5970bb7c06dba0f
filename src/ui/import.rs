//! The import panel: Strong or Hevy, the path field (always usable) with Browse… and Check, the
//! weight unit when the file has none, the report of a dry run — workouts, sets by type, names
//! matched and created, rows skipped with their lines — then "Import N workouts", progress, and
//! the outcome.

use std::path::PathBuf;

use super::widgets::count;
use crate::app::{Action, AppState, ImportPhase};
use crate::domain::units::WeightUnit;
use crate::import::{ImportReport, Source};

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let panel = state.import();
    if !panel.visible {
        return;
    }
    let mut open = true;
    egui::Window::new("Import from Strong or Hevy")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(600.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            let busy = matches!(panel.phase, ImportPhase::Checking | ImportPhase::Importing);
            ui.horizontal(|ui| {
                ui.label("From:");
                for source in [Source::Strong, Source::Hevy] {
                    let radio = egui::RadioButton::new(panel.source == source, source.label());
                    if ui.add_enabled(!busy, radio).clicked() {
                        actions.push(Action::SetImportSource(source));
                    }
                }
            });
            ui.label(match panel.source {
                Source::Strong => "In Strong: Settings, then Export Strong Data. Every layout Strong has used is read.",
                Source::Hevy => "In Hevy: Settings, Export & Import Data, then Export Workouts.",
            });
            ui.horizontal(|ui| {
                let label = ui.label("Export file:");
                let mut path = panel.path_text.clone();
                let field = egui::TextEdit::singleline(&mut path).desired_width(330.0);
                if ui.add_enabled(!busy, field).labelled_by(label.id).changed() {
                    actions.push(Action::SetImportPath(path));
                }
                if ui.add_enabled(!busy && !state.dialog_open(), egui::Button::new("Browse…")).clicked() {
                    actions.push(Action::BrowseImportPath);
                }
                let typed = panel.path_text.trim();
                if ui.add_enabled(!busy && !typed.is_empty(), egui::Button::new("Check")).clicked() {
                    actions.push(Action::CheckImport(PathBuf::from(typed)));
                }
            });
            ui.add_space(6.0);
            match &panel.phase {
                ImportPhase::Idle if state.dialog_open() => spinner(ui, "Waiting for the file dialog…"),
                ImportPhase::Idle => {}
                ImportPhase::Checking => spinner(ui, "Reading the export…"),
                ImportPhase::NeedsUnit => {
                    ui.label("This Strong export does not say its weight unit. Its weights are in:");
                    ui.horizontal(|ui| {
                        for unit in [WeightUnit::Kg, WeightUnit::Lb] {
                            if ui.button(unit.as_str()).clicked() {
                                actions.push(Action::SetImportUnit(unit));
                            }
                        }
                    });
                }
                ImportPhase::Checked { report, workouts, .. } => {
                    report_lines(ui, report);
                    ui.horizontal(|ui| {
                        let label = format!("Import {workouts} workouts");
                        if ui.add_enabled(*workouts > 0, egui::Button::new(label)).clicked() {
                            actions.push(Action::ConfirmImport);
                        }
                        if ui.button("Cancel").clicked() {
                            actions.push(Action::CloseImport);
                        }
                    });
                }
                ImportPhase::Importing => spinner(ui, "Importing, all in one transaction…"),
                ImportPhase::Done(report) => {
                    ui.label(format!(
                        "Imported: {} events added ({} already here). Your History shows the workouts by date.",
                        report.added, report.already_present
                    ));
                    if ui.button("Close").clicked() {
                        actions.push(Action::CloseImport);
                    }
                }
                ImportPhase::Failed(reason) => {
                    ui.colored_label(ui.visuals().error_fg_color, reason);
                }
            }
        });
    if !open {
        actions.push(Action::CloseImport);
    }
}

fn spinner(ui: &mut egui::Ui, text: &str) {
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(text);
    });
}

/// What a dry run found, accounting for every row of the file.
fn report_lines(ui: &mut egui::Ui, report: &ImportReport) {
    let day = |d: Option<chrono::NaiveDate>| d.map_or("—".to_string(), |d| d.to_string());
    ui.label(format!(
        "{} from {} to {}: {}; {} skipped (of {}).",
        count(report.workouts as usize, "workout", "workouts"),
        day(report.first_workout),
        day(report.last_workout),
        count(report.sets as usize, "set", "sets"),
        count(report.skipped.len(), "row", "rows"),
        count(report.rows as usize, "row", "rows"),
    ));
    let by_type: Vec<String> =
        report.sets_by_type.iter().map(|(t, n)| format!("{n} {}", t.replace('_', "-"))).collect();
    ui.label(format!("Sets: {}.", by_type.join(", ")));
    if report.already_present > 0 {
        ui.label(format!(
            "{} of its events are already here (imported before): they are skipped.",
            report.already_present
        ));
    }
    let renamed: Vec<String> =
        report.exercises_matched.iter().filter(|m| m.from != m.to).map(|m| format!("{} is {}", m.from, m.to)).collect();
    ui.collapsing(
        format!("Exercises: {} matched, {} new", report.exercises_matched.len(), report.exercises_created.len()),
        |ui| {
            for line in &renamed {
                ui.label(line);
            }
            for name in &report.exercises_created {
                ui.label(format!("new: {name}"));
            }
        },
    );
    if !report.skipped.is_empty() {
        ui.collapsing(format!("Skipped rows: {}", report.skipped.len()), |ui| {
            for skipped in &report.skipped {
                ui.label(format!("line {}: {}", skipped.line, skipped.reason));
            }
        });
    }
}

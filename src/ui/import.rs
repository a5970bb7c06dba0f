//! The import panel: one "Choose file…" (or a file dropped on the window), the path field
//! (always usable) with Check; then what was detected — the app and its layout —, the weight
//! unit only when the file does not say it, the report of a dry run (workouts, sets by type,
//! names matched and created, workouts already in GymLog from another file, warnings and rows
//! skipped with their lines), "Import N workouts", a progress bar, and the outcome.

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
    egui::Window::new("Import your history")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(620.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            let busy = matches!(panel.phase, ImportPhase::Checking | ImportPhase::Importing);
            ui.label(
                "Strong, Hevy, FitNotes, JEFIT, Liftosaur and GymBook exports are read; GymLog finds the app \
                 and its layout from the file itself. Drop the file on the window, or:",
            );
            ui.horizontal(|ui| {
                if ui.add_enabled(!busy && !state.dialog_open(), egui::Button::new("Choose file…")).clicked() {
                    actions.push(Action::BrowseImportPath);
                }
                let label = ui.label("or its path:");
                let mut path = panel.path_text.clone();
                let field = egui::TextEdit::singleline(&mut path).desired_width(300.0);
                if ui.add_enabled(!busy, field).labelled_by(label.id).changed() {
                    actions.push(Action::SetImportPath(path));
                }
                let typed = panel.path_text.trim();
                if ui.add_enabled(!busy && !typed.is_empty(), egui::Button::new("Check")).clicked() {
                    actions.push(Action::CheckImport(PathBuf::from(typed)));
                }
            });
            ui.collapsing("Where each app keeps its export", |ui| {
                for source in Source::ALL {
                    ui.label(source.export_hint());
                }
            });
            ui.add_space(6.0);
            match &panel.phase {
                ImportPhase::Idle if state.dialog_open() => spinner(ui, "Waiting for the file dialog…"),
                ImportPhase::Idle if panel.no_choice => {
                    ui.label("No file chosen. Type the export's path above and press Check, or choose again.");
                }
                ImportPhase::Idle => {}
                ImportPhase::Checking => progress(ui, panel.progress.fraction(), "Reading the export…"),
                ImportPhase::NeedsUnit(layout) => {
                    ui.label(format!("Found: {}.", layout.description));
                    ui.label("This file does not say its weight unit. Its weights are in:");
                    ui.horizontal(|ui| {
                        for unit in [WeightUnit::Kg, WeightUnit::Lb] {
                            if ui.button(unit.as_str()).clicked() {
                                actions.push(Action::SetImportUnit(unit));
                            }
                        }
                    });
                }
                ImportPhase::Checked { outcome, .. } => {
                    report_lines(ui, &outcome.report);
                    ui.horizontal(|ui| {
                        let workouts = outcome.new_workouts;
                        let label = format!("Import {}", count(workouts as usize, "workout", "workouts"));
                        let can = workouts > 0 || outcome.report.weigh_ins > 0 || outcome.report.measurements > 0;
                        if ui.add_enabled(can, egui::Button::new(label)).clicked() {
                            actions.push(Action::ConfirmImport);
                        }
                        if ui.button("Cancel").clicked() {
                            actions.push(Action::CloseImport);
                        }
                    });
                }
                ImportPhase::Importing => progress(ui, panel.progress.fraction(), "Importing, all in one transaction…"),
                ImportPhase::Done(outcome) => {
                    ui.label(format!(
                        "Imported {}: {} events added ({} already here). Your History shows them by date.",
                        count(outcome.new_workouts as usize, "workout", "workouts"),
                        outcome.report.added,
                        outcome.report.already_present
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

fn progress(ui: &mut egui::Ui, fraction: f32, text: &str) {
    ui.label(text);
    ui.add(egui::ProgressBar::new(fraction).show_percentage().animate(true));
}

/// What a dry run found, accounting for every row of the file.
fn report_lines(ui: &mut egui::Ui, report: &ImportReport) {
    let app = Source::parse(&report.source).map_or(report.source.clone(), |s| s.label().to_string());
    ui.label(format!("Found: {app} — {}.", report.layout_description));
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
    if !by_type.is_empty() {
        ui.label(format!("Sets: {}.", by_type.join(", ")));
    }
    if report.weigh_ins > 0 {
        ui.label(format!("{} of your bodyweight.", count(report.weigh_ins as usize, "weigh-in", "weigh-ins")));
    }
    if report.measurements > 0 {
        ui.label(format!("{} of your body.", count(report.measurements as usize, "measurement", "measurements")));
    }
    if report.already_present > 0 {
        ui.label(format!(
            "{} of its events are already here (imported before): they are skipped.",
            report.already_present
        ));
    }
    if report.duplicates > 0 {
        ui.collapsing(
            format!(
                "{} already in GymLog from another file: not added again",
                count(report.duplicates as usize, "workout", "workouts")
            ),
            |ui| {
                for d in &report.duplicate_workouts {
                    ui.label(format!("line {}: {} {} is {}", d.line, d.date, d.name, d.same_as));
                }
            },
        );
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
    if !report.warnings.is_empty() {
        ui.collapsing(format!("Imported as written, worth a look: {}", report.warnings.len()), |ui| {
            egui::ScrollArea::vertical().max_height(160.0).show(ui, |ui| {
                for warning in report.warnings.iter().take(500) {
                    ui.label(format!("line {}: {}", warning.line, warning.message));
                }
            });
        });
    }
    if !report.skipped.is_empty() {
        ui.collapsing(format!("Skipped rows: {}", report.skipped.len()), |ui| {
            egui::ScrollArea::vertical().max_height(160.0).id_salt("skipped").show(ui, |ui| {
                for skipped in report.skipped.iter().take(500) {
                    ui.label(format!("line {}: {}", skipped.line, skipped.reason));
                }
            });
        });
    }
}

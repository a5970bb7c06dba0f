//! The import panel: one "Choose file…" (or a file dropped on the window), the path field
//! (always usable) with Check; then what was detected — the app and its layout —, the weight
//! unit only when the file does not say it, the report of a dry run (workouts, sets by type,
//! names matched and created, workouts already in GymLog from another file, warnings and rows
//! skipped with their lines), "Import N workouts", a progress bar, and the outcome.

use std::path::PathBuf;

use crate::app::{Action, AppState, ImportPhase};
use crate::domain::units::WeightUnit;
use crate::i18n::I18n;
use crate::import::{ImportReport, Source};

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let panel = state.import();
    if !panel.visible {
        return;
    }
    let i18n = state.i18n();
    let mut open = true;
    egui::Window::new(i18n.t("import-title"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(620.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ui.ctx(), |ui| {
            let busy = matches!(panel.phase, ImportPhase::Checking | ImportPhase::Importing);
            ui.label(i18n.t("import-intro"));
            ui.horizontal(|ui| {
                if ui.add_enabled(!busy && !state.dialog_open(), egui::Button::new(i18n.t("import-choose"))).clicked() {
                    actions.push(Action::BrowseImportPath);
                }
                let label = ui.label(i18n.t("import-or-path"));
                let mut path = panel.path_text.clone();
                let field = egui::TextEdit::singleline(&mut path).desired_width(300.0);
                if ui.add_enabled(!busy, field).labelled_by(label.id).changed() {
                    actions.push(Action::SetImportPath(path));
                }
                let typed = panel.path_text.trim();
                if ui.add_enabled(!busy && !typed.is_empty(), egui::Button::new(i18n.t("import-check"))).clicked() {
                    actions.push(Action::CheckImport(PathBuf::from(typed)));
                }
            });
            ui.collapsing(i18n.t("import-where"), |ui| {
                for source in Source::ALL {
                    ui.label(i18n.t(export_hint(source)));
                }
            });
            ui.add_space(6.0);
            match &panel.phase {
                ImportPhase::Idle if state.dialog_open() => spinner(ui, i18n.t("import-waiting-dialog")),
                ImportPhase::Idle if panel.no_choice => {
                    ui.label(i18n.t("import-no-choice"));
                }
                ImportPhase::Idle => {}
                ImportPhase::Checking => progress(ui, panel.progress.fraction(), i18n.t("import-reading")),
                ImportPhase::NeedsUnit(layout) => {
                    ui.label(i18n.f("import-found-layout", &[("layout", layout.description.as_str().into())]));
                    ui.label(i18n.t("import-which-unit"));
                    ui.horizontal(|ui| {
                        for unit in [WeightUnit::Kg, WeightUnit::Lb] {
                            if ui.button(unit.as_str()).clicked() {
                                actions.push(Action::SetImportUnit(unit));
                            }
                        }
                    });
                }
                ImportPhase::Checked { outcome, .. } => {
                    report_lines(ui, i18n, &outcome.report);
                    ui.horizontal(|ui| {
                        let workouts = outcome.new_workouts;
                        let label = i18n.f("import-button", &[("count", workouts.into())]);
                        let can = workouts > 0 || outcome.report.weigh_ins > 0 || outcome.report.measurements > 0;
                        if ui.add_enabled(can, egui::Button::new(label)).clicked() {
                            actions.push(Action::ConfirmImport);
                        }
                        if ui.button(i18n.t("import-cancel")).clicked() {
                            actions.push(Action::CloseImport);
                        }
                    });
                }
                ImportPhase::Importing => progress(ui, panel.progress.fraction(), i18n.t("import-importing")),
                ImportPhase::Done(outcome) => {
                    ui.label(i18n.f(
                        "import-done",
                        &[
                            ("count", outcome.new_workouts.into()),
                            ("added", outcome.report.added.into()),
                            ("present", outcome.report.already_present.into()),
                        ],
                    ));
                    if ui.button(i18n.t("import-close")).clicked() {
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

/// The message id of where `source` keeps its export.
fn export_hint(source: Source) -> &'static str {
    match source {
        Source::Strong => "import-hint-strong",
        Source::Hevy => "import-hint-hevy",
        Source::FitNotes => "import-hint-fitnotes",
        Source::Jefit => "import-hint-jefit",
        Source::Liftosaur => "import-hint-liftosaur",
        Source::GymBook => "import-hint-gymbook",
    }
}

/// A set type of the report (`warm_up`) in words; an unknown one as the file wrote it.
fn set_type(i18n: &I18n, set_type: &str) -> String {
    let id = match set_type {
        "normal" => "import-set-type-normal",
        "warm_up" => "import-set-type-warm-up",
        "cool_down" => "import-set-type-cool-down",
        "drop" => "import-set-type-drop",
        "failure" => "import-set-type-failure",
        other => return other.replace('_', "-"),
    };
    i18n.t(id).to_string()
}

/// What a dry run found, accounting for every row of the file.
fn report_lines(ui: &mut egui::Ui, i18n: &I18n, report: &ImportReport) {
    let app = Source::parse(&report.source).map_or(report.source.clone(), |s| s.label().to_string());
    let layout = report.layout_description.as_str();
    ui.label(i18n.f("import-found", &[("app", app.into()), ("layout", layout.into())]));
    let day = |d: Option<chrono::NaiveDate>| d.map_or("—".to_string(), |d| i18n.date(d));
    ui.label(i18n.f(
        "import-summary",
        &[
            ("workouts", report.workouts.into()),
            ("from", day(report.first_workout).into()),
            ("to", day(report.last_workout).into()),
            ("sets", report.sets.into()),
            ("skipped", report.skipped.len().into()),
            ("rows", report.rows.into()),
        ],
    ));
    let by_type: Vec<String> = report
        .sets_by_type
        .iter()
        .map(|(t, n)| i18n.f("import-set-type", &[("count", (*n).into()), ("type", set_type(i18n, t).into())]))
        .collect();
    if !by_type.is_empty() {
        ui.label(i18n.f("import-sets-by-type", &[("types", by_type.join(", ").into())]));
    }
    if report.weigh_ins > 0 {
        ui.label(i18n.f("import-weigh-ins", &[("count", report.weigh_ins.into())]));
    }
    if report.measurements > 0 {
        ui.label(i18n.f("import-measurements", &[("count", report.measurements.into())]));
    }
    if report.already_present > 0 {
        ui.label(i18n.f("import-already-present", &[("count", report.already_present.into())]));
    }
    if report.duplicates > 0 {
        ui.collapsing(i18n.f("import-duplicates", &[("count", report.duplicates.into())]), |ui| {
            for d in &report.duplicate_workouts {
                ui.label(i18n.f(
                    "import-duplicate-line",
                    &[
                        ("line", d.line.into()),
                        ("date", i18n.date(d.date).into()),
                        ("name", d.name.as_str().into()),
                        ("same", d.same_as.as_str().into()),
                    ],
                ));
            }
        });
    }
    let renamed: Vec<String> = report
        .exercises_matched
        .iter()
        .filter(|m| m.from != m.to)
        .map(|m| i18n.f("import-renamed", &[("from", m.from.as_str().into()), ("to", i18n.name(&m.to).into())]))
        .collect();
    let exercises = i18n.f(
        "import-exercises",
        &[("matched", report.exercises_matched.len().into()), ("created", report.exercises_created.len().into())],
    );
    ui.collapsing(exercises, |ui| {
        for line in &renamed {
            ui.label(line);
        }
        for name in &report.exercises_created {
            ui.label(i18n.f("import-new-exercise", &[("name", name.as_str().into())]));
        }
    });
    if !report.warnings.is_empty() {
        ui.collapsing(i18n.f("import-warnings", &[("count", report.warnings.len().into())]), |ui| {
            egui::ScrollArea::vertical().max_height(160.0).show(ui, |ui| {
                for warning in report.warnings.iter().take(500) {
                    let args = [("line", warning.line.into()), ("text", warning.message.as_str().into())];
                    ui.label(i18n.f("import-line", &args));
                }
            });
        });
    }
    if !report.skipped.is_empty() {
        ui.collapsing(i18n.f("import-skipped-rows", &[("count", report.skipped.len().into())]), |ui| {
            egui::ScrollArea::vertical().max_height(160.0).id_salt("skipped").show(ui, |ui| {
                for skipped in report.skipped.iter().take(500) {
                    let args = [("line", skipped.line.into()), ("text", skipped.reason.as_str().into())];
                    ui.label(i18n.f("import-line", &args));
                }
            });
        });
    }
}

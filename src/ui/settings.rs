//! Settings: weight unit, theme, the e1RM formula, the rest chime, the bar and plates, the backup reminder, export and restore, automatic backups, sync
//! (`sync.rs`), and where the data lives.

use super::state::{PlatesForm, UiState};
use super::theme;
use super::widgets::{committed_number, name};
use crate::app::{Action, AppState, Theme};
use crate::backup::auto::AutoFrequency;
use crate::domain::one_rep_max::Formula;
use crate::domain::plates::PlateSet;
use crate::domain::units::{WeightUnit, format_amount};
use crate::i18n::{Language, LanguageChoice};

/// The language picker: each language in its own name, so a lifter who does not read the
/// current one still finds theirs; the window speaks it from the next frame.
fn language(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let i18n = state.i18n();
    let system = match state.system_language() {
        Some(language) => i18n.f("language-system-named", &[("language", language.native_name().into())]),
        None => i18n.t("language-system").to_string(),
    };
    let choice = state.prefs().language;
    let shown = match choice {
        LanguageChoice::System => system.clone(),
        LanguageChoice::Fixed(language) => language.native_name().to_string(),
    };
    ui.horizontal(|ui| {
        let label = ui.label(i18n.t("settings-language"));
        let combo = egui::ComboBox::from_id_salt("language").selected_text(shown).show_ui(ui, |ui| {
            if ui.selectable_label(choice == LanguageChoice::System, system).clicked() {
                actions.push(Action::SetLanguage(LanguageChoice::System));
            }
            for language in Language::ALL {
                let fixed = LanguageChoice::Fixed(language);
                if ui.selectable_label(choice == fixed, language.native_name()).clicked() {
                    actions.push(Action::SetLanguage(fixed));
                }
            }
        });
        combo.response.labelled_by(label.id);
    });
    ui.label(egui::RichText::new(i18n.t("settings-language-hint")).weak());
}

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    theme::screen_title(ui, state.i18n().t("screen-settings"));
    language(ui, state, actions);
    ui.horizontal(|ui| {
        ui.label("Weight unit:");
        for unit in [WeightUnit::Kg, WeightUnit::Lb] {
            if ui.selectable_label(state.prefs().unit == unit, unit.as_str()).clicked() {
                actions.push(Action::SetUnit(unit));
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label("Theme:");
        for theme in Theme::ALL {
            if ui.selectable_label(state.prefs().theme == theme, theme.label()).clicked() {
                actions.push(Action::SetTheme(theme));
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label("Estimated 1RM formula:");
        for formula in Formula::ALL {
            let button = ui.selectable_label(state.prefs().formula == formula, formula.label());
            let hint = match formula {
                Formula::Epley => "weight × (1 + reps / 30)",
                Formula::Brzycki => "weight × 36 / (37 − reps)",
            };
            if button.on_hover_text(hint).clicked() {
                actions.push(Action::SetFormula(formula));
            }
        }
        ui.label(egui::RichText::new("(from sets of 1–12 reps)").weak());
    });
    ui.add_space(8.0);
    training(ui, state, view, actions);
    ui.add_space(8.0);
    theme::section(ui, "Backup");
    ui.horizontal(|ui| {
        let label = ui.label("Remind me after this many workouts without a backup:");
        threshold_field(ui, state.backup().threshold, &mut view.threshold_draft, actions).labelled_by(label.id);
    });
    let last = state
        .backup()
        .last_backup_date
        .map(|d| d.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|| "never".into());
    ui.label(format!("Workouts since the last backup: {} (last backup: {last})", state.backup().workouts_since_backup));
    ui.horizontal(|ui| {
        if ui.add_enabled(!state.is_exporting(), egui::Button::new("Export backup now…")).clicked() {
            actions.push(Action::OpenExport);
        }
        if ui.add_enabled(!state.is_restoring(), egui::Button::new("Restore from backup…")).clicked() {
            actions.push(Action::OpenRestore);
        }
    });
    ui.add_space(8.0);
    super::sync::section(ui, state, view, actions);
    ui.add_space(8.0);
    theme::section(ui, "Import");
    ui.label("Strong, Hevy, FitNotes, JEFIT, Liftosaur or GymBook: GymLog finds the app from the file.");
    let button = egui::Button::new("Import from another app…");
    if ui.add_enabled(!state.is_importing(), button).clicked() {
        actions.push(Action::OpenImport);
    }
    ui.add_space(8.0);
    team_export(ui, state, view, actions);
    ui.add_space(8.0);
    auto_backup(ui, state, view, actions);
    ui.add_space(8.0);
    theme::section(ui, "Where your data lives");
    ui.label(format!("Database: {}", state.paths().store_file().display()));
    ui.label(format!("Backup state: {}", state.paths().backup_state_file().display()));
}

/// The rest-end chime, and the bar and plates at hand (for the plate calculator and warm-ups)
/// in the display unit.
fn training(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    theme::section(ui, "Training");
    let mut sound = state.prefs().rest_sound;
    if ui.checkbox(&mut sound, "Chime when a rest is over").changed() {
        actions.push(Action::SetRestSound(sound));
    }
    let unit = state.prefs().unit;
    let saved = state.prefs().plates(unit);
    let form = match &mut view.plates {
        Some(form) if form.unit == unit => form,
        other => other.insert(PlatesForm {
            unit,
            bar: format_amount(saved.bar),
            plates: saved.inventory_text(),
            problem: None,
        }),
    };
    ui.horizontal(|ui| {
        let label = ui.label(format!("Bar ({unit}):"));
        ui.add(egui::TextEdit::singleline(&mut form.bar).desired_width(50.0)).labelled_by(label.id);
        let label = ui.label("Plates (size×pairs):");
        let field =
            egui::TextEdit::singleline(&mut form.plates).desired_width(300.0).hint_text("e.g. 20×4, 10×2, 1.25×2");
        ui.add(field).labelled_by(label.id);
    });
    let mut reset = false;
    ui.horizontal(|ui| {
        let edited = form.bar != format_amount(saved.bar) || form.plates != saved.inventory_text();
        if ui.add_enabled(edited, egui::Button::new("Save plates")).clicked() {
            match PlateSet::parse(unit, &form.bar, &form.plates) {
                Ok(plates) => {
                    actions.push(Action::SetPlates(plates));
                    reset = true;
                }
                Err(problem) => form.problem = Some(problem),
            }
        } else if ui.button("Standard plates").clicked() {
            actions.push(Action::SetPlates(PlateSet::standard(unit)));
            reset = true;
        }
    });
    if let Some(problem) = &form.problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    if reset {
        // Shown again from the preferences, once they hold the new plates.
        view.plates = None;
    }
}

/// Export to team folder: the lifter's events as their part of a coach's dataset
/// (docs/datasets.md), into a folder typed here.
fn team_export(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    theme::section(ui, "Team dataset");
    ui.label(
        "For a coach: your training as your part of a team folder that DuckDB, Spark and Trino read as one table.",
    );
    ui.horizontal(|ui| {
        ui.label("Team folder:");
        let folder =
            ui.add(egui::TextEdit::singleline(&mut view.team_folder).desired_width(280.0).hint_text("/path/to/team"));
        super::widgets::name(ui, &folder, "Team folder");
        ui.label("Your name:");
        let name = ui.add(egui::TextEdit::singleline(&mut view.athlete_name).desired_width(140.0));
        super::widgets::name(ui, &name, "Athlete name");
        let ready = !view.team_folder.trim().is_empty() && !view.athlete_name.trim().is_empty();
        if ui.add_enabled(ready && !state.is_exporting(), egui::Button::new("Export to team folder")).clicked() {
            actions.push(Action::ExportDataset {
                folder: std::path::PathBuf::from(view.team_folder.trim()),
                athlete: view.athlete_name.trim().to_string(),
            });
        }
    });
}

/// Automatic backups: on/off, folder (typed or chosen), how often, how many to keep.
fn auto_backup(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    theme::section(ui, "Automatic backups");
    let saved = &state.backup().auto_backup;
    let mut changed = saved.clone();
    ui.checkbox(&mut changed.enabled, "Back up automatically");
    ui.horizontal(|ui| {
        let label = ui.label("Folder:");
        let mut folder = view.auto_folder_draft.clone().unwrap_or_else(|| saved.folder.display().to_string());
        let field = ui.add(egui::TextEdit::singleline(&mut folder).desired_width(320.0)).labelled_by(label.id);
        if field.changed() {
            view.auto_folder_draft = Some(folder.clone());
        }
        // The folder is taken when the field is left, not at every keystroke.
        if field.lost_focus() && view.auto_folder_draft.take().is_some() {
            changed.folder = folder.trim().into();
        }
        let choose = ui.button("Choose…");
        name(ui, &choose, "Choose the automatic backup folder");
        if choose.clicked() {
            actions.push(Action::ChooseAutoBackupFolder);
        }
    });
    ui.horizontal(|ui| {
        ui.label("When:");
        for frequency in AutoFrequency::ALL {
            ui.radio_value(&mut changed.frequency, frequency, frequency.label());
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Keep the newest:");
        let (field, keep) = committed_number(ui, saved.keep, &mut view.keep_draft, 1..=1000);
        field.labelled_by(label.id);
        if let Some(keep) = keep {
            changed.keep = keep;
        }
    });
    if changed != *saved {
        actions.push(Action::SetAutoBackup(changed));
    }
    if let Some(status) = state.auto_status() {
        ui.label(status);
    } else if let Some(at) = state.backup().last_auto_backup {
        let at = at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M");
        ui.label(format!("Last automatic backup: {at}"));
    }
}

/// The reminder threshold, written once per change (never at every step of a drag).
pub fn threshold_field(
    ui: &mut egui::Ui,
    saved: u32,
    draft: &mut Option<u32>,
    actions: &mut Vec<Action>,
) -> egui::Response {
    let (response, committed) = committed_number(ui, saved, draft, 1..=100);
    if let Some(value) = committed.filter(|v| *v != saved) {
        actions.push(Action::SetReminderThreshold(value));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn dragging_the_threshold_changes_the_setting_once() {
        let mut harness = crate::ui::harness(
            |ui, (draft, actions): &mut (Option<u32>, Vec<Action>)| {
                let label = ui.label("Threshold");
                threshold_field(ui, 10, draft, actions).labelled_by(label.id);
            },
            (None, Vec::new()),
        );
        let field = harness.get_by_label("Threshold").rect().center();
        harness.drag_at(field);
        harness.run();
        for step in 1..=10 {
            harness.hover_at(field + egui::vec2(step as f32 * 8.0, 0.0));
            harness.run();
        }
        assert!(harness.state().1.is_empty(), "nothing written while dragging");
        assert!(harness.state().0.is_some_and(|v| v > 10), "the number follows the drag");
        harness.drop_at(field + egui::vec2(80.0, 0.0));
        harness.run();
        harness.run();
        let (draft, actions) = harness.state();
        assert_eq!(actions.len(), 1, "{actions:?}");
        assert!(matches!(actions[0], Action::SetReminderThreshold(n) if n > 10));
        assert_eq!(*draft, None);
    }
}

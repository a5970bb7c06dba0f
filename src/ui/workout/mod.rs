//! The workout screen: start (empty, from a routine, or repeating a past workout; a quick
//! weigh-in), then the set tables, the exercise picker, and the questions asked before logging
//! or finishing; a program day's targets and their override (`target.rs`). The live workout's bar (clock, rest, Finish) is in `session_bar.rs`.

mod dialogs;
pub mod session_bar;
mod table;
pub mod target;

use super::exercise::{record_label, value_text};
use super::library::create_form;
use super::state::{ConfirmId, StartForm, UiState};
use super::widgets::{confirm_button, describe, name};
use super::{icons, theme};
use crate::app::{Action, AppState};
use crate::domain::exercise::muscle_groups;
use crate::i18n::I18n;

use super::exercise_picker::exercise_picker;

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(session) = state.session() else {
        start_screen(ui, state, view, actions);
        return;
    };
    // A workout just started: the search box takes the keyboard.
    let started = view.live_workout != Some(session.workout_id);
    view.live_workout = Some(session.workout_id);
    let i18n = state.i18n();
    table::show(ui, state, view, actions);
    ui.separator();
    theme::section(ui, i18n.t("workout-add-exercise"));
    let focus = std::mem::take(&mut view.focus_picker) || (started && session.exercises.is_empty());
    if let Some(exercise) =
        exercise_picker(ui, state.i18n(), state.library(), state.calendar().map(|c| &c.usage), &mut view.picker, focus)
    {
        actions.push(Action::AddExercise(exercise));
    }
    create_form(ui, state.i18n(), &mut view.new_exercise, &muscle_groups(state.library()), actions);
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        let (label, question, yes) =
            (i18n.t("workout-discard"), i18n.t("workout-discard-question"), i18n.t("workout-discard-yes"));
        let id = ConfirmId::DiscardWorkout;
        if confirm_button(ui, &mut view.confirming, id, label, question, yes) {
            actions.push(Action::Discard);
        }
    });
    dialogs::prompt_window(ui, state, actions);
    dialogs::summary_window(ui, state, view, actions);
}

/// The name field and "Start workout".
pub fn start_form(ui: &mut egui::Ui, form: &mut StartForm, actions: &mut Vec<Action>) {
    let i18n = super::widgets::i18n(ui);
    ui.horizontal(|ui| {
        let start = theme::large_primary_button(ui, icons::with_icon(icons::START, i18n.t("workout-start")));
        name(ui, &start, i18n.t("workout-start"));
        let label = ui.label(i18n.t("workout-name"));
        ui.add(egui::TextEdit::singleline(&mut form.name).hint_text(i18n.t("workout-name-hint"))).labelled_by(label.id);
        if start.clicked() {
            actions.push(Action::StartWorkout { name: std::mem::take(&mut form.name), repeat_of: None });
        }
    });
}

fn start_screen(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    view.live_workout = None;
    let i18n = state.i18n();
    theme::screen_title(ui, i18n.t("workout-start-title"));
    let empty = state.history().completed().next().is_none();
    if empty {
        ui.label(i18n.t("workout-empty-log"));
    }
    ui.add_space(theme::GAP);
    start_form(ui, &mut view.start, actions);
    if empty {
        ui.add_space(theme::SECTION_GAP);
        theme::card(ui).show(ui, |ui| {
            theme::section(ui, i18n.t("workout-bring-history"));
            theme::hint(ui, i18n.t("workout-bring-history-hint"));
            ui.horizontal(|ui| {
                let import = icons::button(ui, icons::IMPORT, i18n.t("workout-import"));
                if import.clicked() {
                    actions.push(Action::OpenImport);
                }
                if icons::button(ui, icons::RESTORE, i18n.t("workout-restore")).clicked() {
                    actions.push(Action::OpenRestore);
                }
            });
        });
    }
    if !empty {
        ui.add_space(theme::SECTION_GAP);
        this_week(ui, state);
    }
    ui.add_space(theme::SECTION_GAP);
    super::programs::section(ui, state, &mut view.program_lines, actions);
    ui.add_space(theme::SECTION_GAP);
    super::routines::list(ui, state, view, actions);
    recent_records(ui, state, actions);
    ui.add_space(theme::SECTION_GAP);
    super::bodyweight::quick_entry(ui, state, view, actions);
    let recent: Vec<_> = state.history().completed().rev().take(6).collect();
    if !recent.is_empty() {
        theme::section(ui, i18n.t("workout-repeat-recent"));
        for workout in recent {
            ui.horizontal(|ui| {
                let date = i18n.day_month(workout.started_at.with_timezone(&chrono::Local).date_naive());
                let exercises = i18n.f("count-exercises", &[("count", workout.exercises.len().into())]);
                let title = workout_title(i18n, workout);
                ui.label(format!("{date} — {title} ({exercises})"));
                let button = ui.button(i18n.t("workout-repeat"));
                name(ui, &button, &i18n.f("workout-repeat-named", &[("workout", title.as_str().into())]));
                if button.clicked() {
                    actions.push(Action::StartWorkout {
                        name: workout.name.clone().unwrap_or_default(),
                        repeat_of: Some(workout.id),
                    });
                }
            });
        }
    }
}

/// A workout's title in the window's language: its name, else its first exercises' names,
/// else "Workout".
fn workout_title(i18n: &I18n, workout: &crate::domain::projection::Workout) -> String {
    match &workout.name {
        Some(n) if !n.trim().is_empty() => n.clone(),
        _ if workout.exercises.is_empty() => i18n.t("workout-untitled").to_string(),
        _ => {
            let names: Vec<&str> = workout.exercises.iter().take(2).map(|e| i18n.name(e)).collect();
            names.join(i18n.t("workout-list-separator"))
        }
    }
}

/// This week's training (Monday on): workouts, sets, volume, and which days.
fn this_week(ui: &mut egui::Ui, state: &AppState) {
    let Some(calendar) = state.calendar() else { return };
    let unit = state.prefs().unit;
    let today = crate::app::local_day(state.now());
    let monday = crate::domain::calendar::week_of(today);
    let days: Vec<_> = calendar.days.range(monday..=today).collect();
    let workouts: u32 = days.iter().map(|(_, d)| d.workouts).sum();
    let sets: u32 = days.iter().map(|(_, d)| d.sets).sum();
    let volume: f64 = days.iter().map(|(_, d)| d.volume_kg).sum();
    let i18n = state.i18n();
    theme::section(ui, i18n.t("workout-this-week"));
    let text = if workouts == 0 {
        i18n.t("workout-no-workout-this-week").to_string()
    } else {
        let names: Vec<String> = days.iter().map(|(d, _)| i18n.weekday_short(chrono::Datelike::weekday(*d))).collect();
        format!(
            "{} ({}) · {} · {} {unit}",
            i18n.f("count-workouts", &[("count", workouts.into())]),
            names.join(i18n.t("workout-list-separator")),
            i18n.f("count-sets", &[("count", sets.into())]),
            i18n.amount(unit.from_kg(volume).round())
        )
    };
    let shown = ui.label(&text);
    describe(ui, &shown, &text);
}

/// Records set in the last workouts, newest first (each opens its exercise).
fn recent_records(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let records = state.recent_records();
    if records.is_empty() {
        return;
    }
    let unit = state.prefs().unit;
    let i18n = state.i18n();
    theme::section(ui, i18n.t("workout-recent-records"));
    egui::Grid::new("recent_records").striped(true).num_columns(3).show(ui, |ui| {
        for record in records.iter().take(8) {
            ui.label(i18n.day_month(record.at.with_timezone(&chrono::Local).date_naive()));
            let kind = state.kind_of(&record.exercise);
            let value = value_text(i18n, record.beaten.kind, record.beaten.value, kind, unit);
            let what = record_label(i18n, record.beaten.kind);
            let link = ui.link(format!("{}: {what} {value}", i18n.name(&record.exercise)));
            if link.clicked() {
                actions.push(Action::ShowExercise(Some(record.exercise.clone())));
            }
            let was = value_text(i18n, record.beaten.kind, record.beaten.previous, kind, unit);
            ui.label(egui::RichText::new(i18n.f("workout-was", &[("value", was.into())])).weak());
            ui.end_row();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn start_workout_takes_the_typed_name_and_clears_the_form() {
        let mut harness = crate::ui::harness(
            |ui, (form, actions): &mut (StartForm, Vec<Action>)| start_form(ui, form, actions),
            (StartForm::default(), Vec::new()),
        );
        harness.get_by_label("Name (optional):").focus();
        harness.run();
        harness.get_by_label("Name (optional):").type_text("Push day");
        harness.run();
        harness.get_by_label("Start workout").click();
        harness.run();
        let (form, actions) = harness.state();
        assert_eq!(actions, &[Action::StartWorkout { name: "Push day".into(), repeat_of: None }]);
        assert_eq!(form, &StartForm::default());
    }
}

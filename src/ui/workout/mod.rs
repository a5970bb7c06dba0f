//! The workout screen: start (empty, from a routine, or repeating a past workout; a quick
//! weigh-in), then the set tables, the exercise picker, and the questions asked before logging
//! or finishing; a program day's targets and their override (`target.rs`). The live workout's bar (clock, rest, Finish) is in `session_bar.rs`.

mod dialogs;
pub mod session_bar;
mod table;
pub mod target;

use super::library::create_form;
use super::state::{ConfirmId, StartForm, UiState};
use super::widgets::{confirm_button, count, describe, local_date, name};
use super::{icons, theme};
use crate::app::{Action, AppState};
use crate::domain::exercise::muscle_groups;
use crate::domain::units::format_amount;

use super::exercise_picker::exercise_picker;

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(session) = state.session() else {
        start_screen(ui, state, view, actions);
        return;
    };
    // A workout just started: the search box takes the keyboard.
    let started = view.live_workout != Some(session.workout_id);
    view.live_workout = Some(session.workout_id);
    table::show(ui, state, view, actions);
    ui.separator();
    theme::section(ui, "Add an exercise");
    let focus = std::mem::take(&mut view.focus_picker) || (started && session.exercises.is_empty());
    if let Some(exercise) =
        exercise_picker(ui, state.i18n(), state.library(), state.calendar().map(|c| &c.usage), &mut view.picker, focus)
    {
        actions.push(Action::AddExercise(exercise));
    }
    create_form(ui, state.i18n(), &mut view.new_exercise, &muscle_groups(state.library()), actions);
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        let discard = "Discard this workout and its sets?";
        let id = ConfirmId::DiscardWorkout;
        if confirm_button(ui, &mut view.confirming, id, "Discard workout", discard, "Yes, discard") {
            actions.push(Action::Discard);
        }
    });
    dialogs::prompt_window(ui, state, actions);
    dialogs::summary_window(ui, state, view, actions);
}

/// The name field and "Start workout".
pub fn start_form(ui: &mut egui::Ui, form: &mut StartForm, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let start = theme::large_primary_button(ui, icons::with_icon(icons::START, "Start workout"));
        name(ui, &start, "Start workout");
        let label = ui.label("Name (optional):");
        ui.add(egui::TextEdit::singleline(&mut form.name).hint_text("e.g. Push day")).labelled_by(label.id);
        if start.clicked() {
            actions.push(Action::StartWorkout { name: std::mem::take(&mut form.name), repeat_of: None });
        }
    });
}

fn start_screen(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    view.live_workout = None;
    theme::screen_title(ui, "Start a workout");
    let empty = state.history().completed().next().is_none();
    if empty {
        ui.label(
            "Your training log is empty. Start a workout, add exercises and log your sets: \
             each set is saved the moment you log it.",
        );
    }
    ui.add_space(theme::GAP);
    start_form(ui, &mut view.start, actions);
    if empty {
        ui.add_space(theme::SECTION_GAP);
        theme::card(ui).show(ui, |ui| {
            theme::section(ui, "Bring your history along");
            theme::hint(
                ui,
                "From Strong, Hevy, FitNotes, JEFIT, Liftosaur or GymBook: GymLog finds the app from the \
                 file. Or restore a GymLog backup from another computer.",
            );
            ui.horizontal(|ui| {
                let import = icons::button(ui, icons::IMPORT, "Import from Strong, Hevy, FitNotes…");
                if import.clicked() {
                    actions.push(Action::OpenImport);
                }
                if icons::button(ui, icons::RESTORE, "Restore a backup…").clicked() {
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
        theme::section(ui, "Repeat a recent workout");
        for workout in recent {
            ui.horizontal(|ui| {
                let date = workout.started_at.with_timezone(&chrono::Local).format("%a %d %b");
                let exercises = count(workout.exercises.len(), "exercise", "exercises");
                ui.label(format!("{date} — {} ({exercises})", workout.title()));
                let button = ui.button("Repeat");
                name(ui, &button, &format!("Repeat {}", workout.title()));
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
    theme::section(ui, "This week");
    let text = if workouts == 0 {
        "No workout yet this week.".to_string()
    } else {
        let names: Vec<String> = days.iter().map(|(d, _)| d.format("%a").to_string()).collect();
        format!(
            "{} ({}) · {} · {} {unit}",
            count(workouts as usize, "workout", "workouts"),
            names.join(", "),
            count(sets as usize, "set", "sets"),
            format_amount(unit.from_kg(volume).round())
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
    theme::section(ui, "Recent records");
    egui::Grid::new("recent_records").striped(true).num_columns(3).show(ui, |ui| {
        for record in records.iter().take(8) {
            ui.label(local_date(record.at, "%a %d %b"));
            let kind = state.kind_of(&record.exercise);
            let value = record.beaten.kind.value_text(record.beaten.value, kind, unit);
            let link = ui.link(format!("{}: {} {value}", record.exercise, record.beaten.kind.label()));
            if link.clicked() {
                actions.push(Action::ShowExercise(Some(record.exercise.clone())));
            }
            let was = record.beaten.kind.value_text(record.beaten.previous, kind, unit);
            ui.label(egui::RichText::new(format!("was {was}")).weak());
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

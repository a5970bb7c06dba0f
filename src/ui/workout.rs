//! The workout screen: start (empty or repeating a past workout), the set tables with the
//! previous session beside each row, the exercise picker, the rest timer, the questions asked
//! before logging or finishing, and the summary.

use egui::{Color32, Key, RichText};

use super::library::create_form;
use super::state::{ConfirmId, ExercisePicker, StartForm, UiState};
use super::widgets::{confirm_button, describe, name, text_field};
use crate::app::editor::{ExerciseBlock, SetRow};
use crate::app::{Action, AppState, Prompt, RowEdit};
use crate::domain::event::SetType;
use crate::domain::exercise::{ExerciseDef, muscle_groups, search};
use crate::domain::rest_timer::format_clock;
use crate::domain::set_rules::{rpe_choices, set_labels};
use crate::domain::units::{WeightUnit, format_amount};

const LOGGED: Color32 = Color32::from_rgb(0x3F, 0xB9, 0x50);

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    if state.session().is_none() {
        start_screen(ui, state, &mut view.start, actions);
        return;
    }
    session_header(ui, state, view, actions);
    set_tables(ui, state, view, actions);
    ui.separator();
    ui.heading("Add an exercise");
    exercise_picker(ui, state.library(), &mut view.picker, actions);
    create_form(ui, &mut view.new_exercise, actions);
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        let discard = "Discard this workout and its sets?";
        if confirm_button(
            ui,
            &mut view.confirming,
            ConfirmId::DiscardWorkout,
            "Discard workout",
            discard,
            "Yes, discard",
        ) {
            actions.push(Action::Discard);
        }
    });
    prompt_window(ui, state, actions);
    summary_window(ui, state, view, actions);
}

/// The name field and "Start workout".
pub fn start_form(ui: &mut egui::Ui, form: &mut StartForm, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let label = ui.label("Name (optional):");
        ui.add(egui::TextEdit::singleline(&mut form.name).hint_text("e.g. Push day")).labelled_by(label.id);
        if ui.button("Start workout").clicked() {
            actions.push(Action::StartWorkout { name: std::mem::take(&mut form.name), repeat_of: None });
        }
    });
}

fn start_screen(ui: &mut egui::Ui, state: &AppState, form: &mut StartForm, actions: &mut Vec<Action>) {
    ui.heading("Start a workout");
    let empty = state.history().completed().next().is_none();
    if empty {
        ui.label(
            "Your training log is empty. Start a workout, add exercises and log your sets: \
             each set is saved the moment you log it.",
        );
        ui.add_space(4.0);
    }
    start_form(ui, form, actions);
    if empty {
        ui.add_space(8.0);
        ui.label("Coming from another app, or a new computer? Bring your history along:");
        ui.horizontal(|ui| {
            if ui.button("Import from Strong or Hevy…").clicked() {
                actions.push(Action::OpenImport(crate::import::Source::Strong));
            }
            if ui.button("Restore a backup…").clicked() {
                actions.push(Action::OpenRestore);
            }
        });
    }
    let recent: Vec<_> = state.history().completed().rev().take(6).collect();
    if !recent.is_empty() {
        ui.add_space(12.0);
        ui.heading("Repeat a recent workout");
        for workout in recent {
            ui.horizontal(|ui| {
                let date = workout.started_at.with_timezone(&chrono::Local).format("%a %d %b");
                ui.label(format!("{date} — {} ({} exercises)", workout.title(), workout.exercises.len()));
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

fn session_header(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let now = state.now();
    let Some(session) = state.session() else { return };
    let elapsed = (now - session.started_at).num_seconds();
    ui.horizontal(|ui| {
        let title = if session.name.is_empty() { "Workout" } else { session.name.as_str() };
        ui.heading(title);
        ui.label(RichText::new(format_clock(elapsed)).monospace());
        ui.label(format!("{} sets logged", session.logged_sets()));
        ui.separator();
        // The rest timer shares the header line, so the tables never jump when it appears.
        rest_timer(ui, state, view, actions);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Finish").clicked() {
                actions.push(Action::Finish);
            }
        });
    });
    // The workout clock ticks; nothing else on this screen needs a repaint.
    ui.ctx().request_repaint_after(std::time::Duration::from_millis(500));
}

fn rest_timer(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(rest) = state.rest() else { return };
    let left = rest.remaining_seconds(state.now());
    if left > 0 {
        ui.label(RichText::new(format!("Rest {}", format_clock(left))).size(18.0).strong());
    } else {
        ui.label(RichText::new("Rest over — next set!").size(18.0).strong().color(ui.visuals().warn_fg_color));
        if view.rest_alerted != Some(rest.started_at) {
            view.rest_alerted = Some(rest.started_at);
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(egui::UserAttentionType::Informational));
        }
    }
    for (text, action) in
        [("-15 s", Action::AdjustRest(-1)), ("+15 s", Action::AdjustRest(1)), ("Skip rest", Action::SkipRest)]
    {
        if ui.button(text).clicked() {
            actions.push(action);
        }
    }
}

fn set_tables(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let unit = state.prefs().unit;
    let Some(session) = state.session() else { return };
    if session.exercises.is_empty() {
        ui.label("Add an exercise below to start logging sets.");
    }
    let mut focused_now = None;
    for (b, block) in session.exercises.iter().enumerate() {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new(&block.exercise).size(17.0).strong());
            if block.logged_sets() == 0 {
                let remove = ui.small_button("Remove exercise");
                name(ui, &remove, &format!("Remove {}", block.exercise));
                if remove.clicked() {
                    actions.push(Action::RemoveExercise(b));
                }
            } else {
                let question = format!("Remove {} and its {} logged sets?", block.exercise, block.logged_sets());
                let id = ConfirmId::RemoveExercise(b);
                if confirm_button(ui, &mut view.confirming, id, "Remove exercise…", &question, "Yes, remove") {
                    actions.push(Action::RemoveExercise(b));
                }
            }
        });
        egui::Grid::new(("sets", b)).num_columns(9).spacing([8.0, 4.0]).striped(true).show(ui, |ui| {
            for heading in ["Set", "Previous", unit.as_str(), "Reps", "RPE", "Type", "Note", "", ""] {
                ui.strong(heading);
            }
            ui.end_row();
            let labels = set_labels(block.rows.iter().map(|r| r.values.set_type));
            for (r, row) in block.rows.iter().enumerate() {
                if set_row(ui, (b, r), block, row, &labels[r], unit, view, actions) {
                    focused_now = Some((b, r));
                }
                ui.end_row();
            }
        });
        let add = ui.small_button("+ Add set");
        name(ui, &add, &format!("Add a set of {}", block.exercise));
        if add.clicked() {
            actions.push(Action::AddSetRow(b));
        }
    }
    // Leaving a logged row applies what was edited in it (unless it is being removed).
    if let Some((b, r)) = view.focused_row
        && view.focused_row != focused_now
        && session.row(b, r).is_some_and(|row| row.is_logged() && row.is_edited())
        && !actions.iter().any(|a| matches!(a, Action::RemoveSetRow { block, row } if (*block, *row) == (b, r)))
        && !actions.iter().any(|a| matches!(a, Action::RemoveExercise(block) if *block == b))
    {
        actions.push(Action::CompleteSet { block: b, row: r });
    }
    view.focused_row = focused_now;
}

/// One row of a set table; returns whether one of its text fields has keyboard focus.
#[allow(clippy::too_many_arguments)]
fn set_row(
    ui: &mut egui::Ui,
    (b, r): (usize, usize),
    block: &ExerciseBlock,
    row: &SetRow,
    label: &str,
    unit: WeightUnit,
    view: &mut UiState,
    actions: &mut Vec<Action>,
) -> bool {
    let who = format!("{} set {}", block.exercise, r + 1);
    let edit = |actions: &mut Vec<Action>, edit: RowEdit| actions.push(Action::EditSet { block: b, row: r, edit });
    match (row.is_logged(), row.is_edited()) {
        (true, false) => {
            ui.label(RichText::new(label).strong().color(LOGGED)).on_hover_text("Logged");
        }
        (true, true) => {
            let marker = ui
                .label(RichText::new(format!("{label} •")).strong().color(ui.visuals().warn_fg_color))
                .on_hover_text("Edited, not saved yet: press Enter or Update");
            describe(ui, &marker, &format!("{who} has changes not saved yet"));
        }
        (false, _) => {
            ui.label(label);
        }
    }
    let previous = row.previous.as_ref().map_or("—".to_string(), |p| {
        let weight = p.weight.map(|w| format_amount(w.in_unit(unit))).unwrap_or_else(|| "BW".into());
        format!("{weight} × {}", p.reps.unwrap_or(0))
    });
    ui.label(RichText::new(previous).weak());

    let focus = view.focus_request == Some((b, r));
    if focus {
        view.focus_request = None;
    }
    let (weight, changed) = text_field(ui, &row.values.weight, 64.0, &format!("{who} weight"), focus);
    if let Some(text) = changed {
        edit(actions, RowEdit::Weight(text));
    }
    let (reps, changed) = text_field(ui, &row.values.reps, 44.0, &format!("{who} reps"), false);
    if let Some(text) = changed {
        edit(actions, RowEdit::Reps(text));
    }

    // A choice in a logged row is a whole edit: it is applied at once.
    let mut rpe = row.values.rpe;
    let rpe_text = rpe.map_or("–".to_string(), format_amount);
    let combo = egui::ComboBox::from_id_salt(("rpe", b, r)).width(48.0).selected_text(rpe_text).show_ui(ui, |ui| {
        ui.selectable_value(&mut rpe, None, "–");
        for v in rpe_choices() {
            ui.selectable_value(&mut rpe, Some(v), format_amount(v));
        }
    });
    name(ui, &combo.response, &format!("{who} RPE"));
    let mut set_type = row.values.set_type;
    let combo =
        egui::ComboBox::from_id_salt(("type", b, r)).width(72.0).selected_text(set_type.label()).show_ui(ui, |ui| {
            for t in SetType::ALL {
                ui.selectable_value(&mut set_type, t, t.label());
            }
        });
    name(ui, &combo.response, &format!("{who} type"));
    let picked = [
        (rpe != row.values.rpe).then_some(RowEdit::Rpe(rpe)),
        (set_type != row.values.set_type).then_some(RowEdit::SetType(set_type)),
    ];
    for change in picked.into_iter().flatten() {
        edit(actions, change);
        if row.is_logged() {
            actions.push(Action::CompleteSet { block: b, row: r });
        }
    }

    let (note, changed) = text_field(ui, &row.values.note, 160.0, &format!("{who} note"), false);
    if let Some(text) = changed {
        edit(actions, RowEdit::Note(text));
    }
    // Enter in any field logs a planned row or applies a logged row's edits, then moves on.
    let enter = ui.input(|i| i.key_pressed(Key::Enter));
    if enter && (weight.lost_focus() || reps.lost_focus() || note.lost_focus()) {
        actions.push(Action::CompleteSet { block: b, row: r });
        view.focus_request = Some((b, r + 1));
    }

    let (text, verb) = if row.is_logged() { ("Update", "Update") } else { ("Done", "Complete") };
    let done = ui.button(text);
    name(ui, &done, &format!("{verb} {who}"));
    if done.clicked() {
        actions.push(Action::CompleteSet { block: b, row: r });
    }
    let remove = ui.small_button("Remove");
    name(ui, &remove, &format!("Remove {who}"));
    if remove.clicked() {
        actions.push(Action::RemoveSetRow { block: b, row: r });
    }
    weight.has_focus() || reps.has_focus() || note.has_focus()
}

/// The search box, the muscle-group filter and the matching exercises as buttons.
pub fn exercise_picker(
    ui: &mut egui::Ui,
    library: &[ExerciseDef],
    picker: &mut ExercisePicker,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        let label = ui.label("Search exercises:");
        ui.add(egui::TextEdit::singleline(&mut picker.query).hint_text("e.g. bench")).labelled_by(label.id);
        let group = &mut picker.muscle_group;
        let combo = egui::ComboBox::from_id_salt("muscle_group")
            .selected_text(group.clone().unwrap_or_else(|| "All muscle groups".into()))
            .show_ui(ui, |ui| {
                ui.selectable_value(group, None, "All muscle groups");
                for g in muscle_groups(library) {
                    ui.selectable_value(group, Some(g.clone()), g);
                }
            });
        name(ui, &combo.response, "Filter by muscle group");
    });
    let hits = search(library, &picker.query, picker.muscle_group.as_deref());
    ui.horizontal_wrapped(|ui| {
        for exercise in hits.iter().take(12) {
            let button =
                ui.button(&exercise.name).on_hover_text(format!("{} · {}", exercise.muscle_group, exercise.equipment));
            name(ui, &button, &format!("Add {}", exercise.name));
            if button.clicked() {
                actions.push(Action::AddExercise(exercise.name.clone()));
                picker.query.clear();
            }
        }
        if hits.len() > 12 {
            ui.label(format!("and {} more — keep typing", hits.len() - 12));
        }
        if hits.is_empty() {
            ui.label("No exercise matches. Create it:");
        }
    });
}

/// The question the app is asking: a set that looks like a typo, or input not in the log at
/// Finish.
fn prompt_window(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(prompt) = state.prompt() else { return };
    egui::Modal::new(egui::Id::unique("prompt")).show(ui.ctx(), |ui| match prompt {
        Prompt::Doubtful { block, row, doubts } => {
            ui.heading("Check this set");
            for doubt in doubts {
                ui.label(doubt);
            }
            ui.horizontal(|ui| {
                if ui.button("Log it anyway").clicked() {
                    actions.push(Action::ConfirmSet { block: *block, row: *row });
                }
                if ui.button("Let me fix it").clicked() {
                    actions.push(Action::ResumeEditing);
                }
            });
        }
        Prompt::PendingInput(pending) => {
            ui.heading("Not in your log yet");
            ui.label(format!("{}.", pending.describe()));
            ui.horizontal(|ui| {
                if ui.button("Log them and finish").clicked() {
                    actions.push(Action::FinishLoggingPending);
                }
                if ui.button("Drop them and finish").clicked() {
                    actions.push(Action::FinishDroppingPending);
                }
                if ui.button("Keep logging").clicked() {
                    actions.push(Action::ResumeEditing);
                }
            });
        }
    });
}

fn summary_window(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let Some(summary) = state.summary() else { return };
    let unit = state.prefs().unit;
    // Modal: the set tables behind it cannot be changed while deciding to save.
    egui::Modal::new(egui::Id::unique("workout_summary")).show(ui.ctx(), |ui| {
        ui.heading("Workout summary");
        ui.label(format!("Duration: {}", format_clock(summary.duration.num_seconds())));
        ui.label(format!("Sets: {}", summary.sets));
        ui.label(format!("Volume: {} {unit}", format_amount(unit.from_kg(summary.volume_kg).round())));
        if summary.records.is_empty() {
            ui.label("No new records this time.");
        } else {
            ui.strong("New records (estimated 1RM):");
            for (exercise, e1rm, before) in &summary.records {
                let before = before.map_or("first time".to_string(), |b| format!("was {:.1}", unit.from_kg(b)));
                ui.label(format!("{exercise}: {:.1} {unit} ({before})", unit.from_kg(*e1rm)));
            }
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                actions.push(Action::Save);
            }
            if ui.button("Keep logging").clicked() {
                actions.push(Action::ResumeEditing);
            }
            if ui.button("Discard…").clicked() {
                // Back to the workout, where the discard asks for confirmation.
                actions.push(Action::ResumeEditing);
                view.confirming = Some(ConfirmId::DiscardWorkout);
            }
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    #[test]
    fn start_workout_takes_the_typed_name_and_clears_the_form() {
        let mut harness = Harness::new_ui_state(
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

    #[test]
    fn the_picker_adds_the_clicked_exercise_and_clears_the_search() {
        let library = crate::domain::exercise::builtin_library();
        let mut harness = Harness::new_ui_state(
            move |ui, (picker, actions): &mut (ExercisePicker, Vec<Action>)| {
                exercise_picker(ui, &library, picker, actions)
            },
            (ExercisePicker::default(), Vec::new()),
        );
        harness.get_by_label("Search exercises:").focus();
        harness.run();
        harness.get_by_label("Search exercises:").type_text("squa");
        harness.run();
        assert!(harness.query_by_label("Add Bench Press").is_none(), "filtered");
        harness.get_by_label("Add Front Squat").click();
        harness.run();
        let (picker, actions) = harness.state();
        assert_eq!(actions, &[Action::AddExercise("Front Squat".into())]);
        assert!(picker.query.is_empty());
    }
}

//! The workout screen: start (empty or repeating a past workout), the set tables with the
//! previous session beside each row, the exercise picker, the rest timer and the summary.

use egui::{Key, RichText};

use crate::app::{Action, AppState};
use crate::domain::event::SetType;
use crate::domain::exercise::{muscle_groups, search};
use crate::domain::rest_timer::format_clock;
use crate::domain::session::{rpe_choices, set_labels};
use crate::domain::units::format_amount;

use super::widgets::{Confirm, name};

pub fn show(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    if state.session.is_none() {
        start_screen(ui, state, actions);
        return;
    }
    session_header(ui, state, actions);
    set_tables(ui, state, actions);
    ui.separator();
    exercise_picker(ui, state, actions);
    summary_window(ui, state, actions);
}

fn start_screen(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.heading("Start a workout");
    if state.history.completed().next().is_none() {
        ui.label(
            "Your training log is empty. Start a workout, add exercises and log your sets: \
             each set is saved the moment you log it.",
        );
        ui.add_space(4.0);
    }
    let id = egui::Id::unique("new_workout_name");
    let mut workout_name: String = ui.ctx().data(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.label("Name (optional):");
        ui.add(egui::TextEdit::singleline(&mut workout_name).hint_text("e.g. Push day")).labelled_by(label.id);
        if ui.button("Start workout").clicked() {
            actions.push(Action::StartWorkout { name: workout_name.clone(), repeat_of: None });
            workout_name.clear();
        }
    });
    ui.ctx().data_mut(|d| d.insert_temp(id, workout_name));
    let recent: Vec<_> = state.history.completed().rev().take(6).collect();
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

fn session_header(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let now = state.now();
    let Some(session) = state.session.as_ref() else { return };
    let elapsed = (now - session.started_at).num_seconds();
    ui.horizontal(|ui| {
        let title = if session.name.is_empty() { "Workout" } else { session.name.as_str() };
        ui.heading(title);
        ui.label(RichText::new(format_clock(elapsed)).monospace());
        ui.label(format!("{} sets logged", session.logged_sets()));
        ui.separator();
        // The rest timer shares the header line, so the tables never jump when it appears.
        rest_timer(ui, state, actions);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Finish").clicked() {
                actions.push(Action::Finish);
            }
        });
    });
    ui.ctx().request_repaint_after(std::time::Duration::from_millis(500));
}

fn rest_timer(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(rest) = &state.rest else { return };
    let now = state.now();
    let left = rest.remaining_seconds(now);
    let attention_id = egui::Id::unique("rest_attention").with(rest.started_at.timestamp_millis());
    if left > 0 {
        ui.label(RichText::new(format!("Rest {}", format_clock(left))).size(18.0).strong());
    } else {
        ui.label(RichText::new("Rest over — next set!").size(18.0).strong().color(ui.visuals().warn_fg_color));
        let asked = ui.ctx().data(|d| d.get_temp::<bool>(attention_id)).unwrap_or(false);
        if !asked {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::RequestUserAttention(egui::UserAttentionType::Informational));
            ui.ctx().data_mut(|d| d.insert_temp(attention_id, true));
        }
    }
    if ui.button("-15 s").clicked() {
        actions.push(Action::AdjustRest(-1));
    }
    if ui.button("+15 s").clicked() {
        actions.push(Action::AdjustRest(1));
    }
    if ui.button("Skip rest").clicked() {
        actions.push(Action::SkipRest);
    }
}

fn set_tables(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    let unit = state.prefs.unit;
    let Some(session) = state.session.as_mut() else { return };
    if session.exercises.is_empty() {
        ui.label("Add an exercise below to start logging sets.");
    }
    for (b, block) in session.exercises.iter_mut().enumerate() {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            ui.label(RichText::new(&block.exercise).size(17.0).strong());
            let remove = ui.small_button("Remove exercise");
            name(ui, &remove, &format!("Remove {}", block.exercise));
            if remove.clicked() {
                actions.push(Action::RemoveExercise(b));
            }
        });
        egui::Grid::new(("sets", b)).num_columns(9).spacing([8.0, 4.0]).striped(true).show(ui, |ui| {
            for heading in ["Set", "Previous", unit.as_str(), "Reps", "RPE", "Type", "Note", "", ""] {
                ui.strong(heading);
            }
            ui.end_row();
            let exercise = block.exercise.clone();
            let labels = set_labels(&block.rows);
            for (r, row) in block.rows.iter_mut().enumerate() {
                let who = format!("{exercise} set {}", r + 1);
                let logged_color = egui::Color32::from_rgb(0x3F, 0xB9, 0x50);
                if row.is_logged() {
                    ui.label(RichText::new(&labels[r]).strong().color(logged_color)).on_hover_text("Logged");
                } else {
                    ui.label(&labels[r]);
                }
                let previous = row.previous.as_ref().map_or("—".to_string(), |p| {
                    let weight = p.weight.map(|w| format_amount(w.in_unit(unit))).unwrap_or_else(|| "BW".into());
                    format!("{weight} × {}", p.reps.unwrap_or(0))
                });
                ui.label(RichText::new(previous).weak());
                let weight = ui.add_sized([64.0, 22.0], egui::TextEdit::singleline(&mut row.weight));
                name(ui, &weight, &format!("{who} weight"));
                let reps = ui.add_sized([44.0, 22.0], egui::TextEdit::singleline(&mut row.reps));
                name(ui, &reps, &format!("{who} reps"));
                let enter = ui.input(|i| i.key_pressed(Key::Enter));
                if enter && (weight.lost_focus() || reps.lost_focus()) {
                    actions.push(Action::CompleteSet { block: b, row: r });
                    // Enter moves on to the next row's weight.
                    ui.memory_mut(|m| m.data.insert_temp(egui::Id::unique("focus_next"), (b, r + 1)));
                }
                let wanted = ui.memory(|m| m.data.get_temp::<(usize, usize)>(egui::Id::unique("focus_next")));
                if wanted == Some((b, r)) {
                    weight.request_focus();
                    ui.memory_mut(|m| m.data.remove::<(usize, usize)>(egui::Id::unique("focus_next")));
                }
                let rpe_text = row.rpe.map_or("–".to_string(), format_amount);
                let rpe =
                    egui::ComboBox::from_id_salt(("rpe", b, r)).width(48.0).selected_text(rpe_text).show_ui(ui, |ui| {
                        ui.selectable_value(&mut row.rpe, None, "–");
                        for v in rpe_choices() {
                            ui.selectable_value(&mut row.rpe, Some(v), format_amount(v));
                        }
                    });
                name(ui, &rpe.response, &format!("{who} RPE"));
                let set_type = egui::ComboBox::from_id_salt(("type", b, r))
                    .width(72.0)
                    .selected_text(row.set_type.label())
                    .show_ui(ui, |ui| {
                        for t in SetType::ALL {
                            ui.selectable_value(&mut row.set_type, t, t.label());
                        }
                    });
                name(ui, &set_type.response, &format!("{who} type"));
                let note = ui.add_sized([160.0, 22.0], egui::TextEdit::singleline(&mut row.note).hint_text("note"));
                name(ui, &note, &format!("{who} note"));
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
                ui.end_row();
            }
        });
        let add = ui.small_button("+ Add set");
        name(ui, &add, &format!("Add a set of {}", block.exercise));
        if add.clicked() {
            actions.push(Action::AddSetRow(b));
        }
    }
}

fn exercise_picker(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.heading("Add an exercise");
    let query_id = egui::Id::unique("exercise_query");
    let group_id = egui::Id::unique("exercise_group");
    let mut query: String = ui.ctx().data(|d| d.get_temp(query_id)).unwrap_or_default();
    let mut group: Option<String> = ui.ctx().data(|d| d.get_temp(group_id)).unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.label("Search exercises:");
        ui.add(egui::TextEdit::singleline(&mut query).hint_text("e.g. bench")).labelled_by(label.id);
        let combo = egui::ComboBox::from_id_salt("muscle_group")
            .selected_text(group.clone().unwrap_or_else(|| "All muscle groups".into()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut group, None, "All muscle groups");
                for g in muscle_groups(&state.library) {
                    ui.selectable_value(&mut group, Some(g.clone()), g);
                }
            });
        name(ui, &combo.response, "Filter by muscle group");
    });
    let hits = search(&state.library, &query, group.as_deref());
    ui.horizontal_wrapped(|ui| {
        for exercise in hits.iter().take(12) {
            let button =
                ui.button(&exercise.name).on_hover_text(format!("{} · {}", exercise.muscle_group, exercise.equipment));
            name(ui, &button, &format!("Add {}", exercise.name));
            if button.clicked() {
                actions.push(Action::AddExercise(exercise.name.clone()));
                query.clear();
            }
        }
        if hits.len() > 12 {
            ui.label(format!("and {} more — keep typing", hits.len() - 12));
        }
        if hits.is_empty() {
            ui.label("No exercise matches. Create it:");
        }
    });
    ui.ctx().data_mut(|d| {
        d.insert_temp(query_id, query);
        d.insert_temp(group_id, group);
    });
    super::library::create_form(ui, actions);
    ui.add_space(16.0);
    discard_button(ui, actions);
}

fn discard_button(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        if discard_confirm().show(ui, "Discard workout", "Discard this workout and its sets?", "Yes, discard") {
            actions.push(Action::Discard);
        }
    });
}

fn discard_confirm() -> Confirm {
    Confirm::new(egui::Id::unique("confirm_discard"))
}

fn summary_window(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let Some(summary) = &state.summary else { return };
    let unit = state.prefs.unit;
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
                discard_confirm().ask(ui.ctx());
            }
        });
    });
}

//! The History screen: every saved workout in a virtualised list (search by name, filter by
//! exercise; each row with its date, duration, sets and volume), and the selected workout in
//! full — each set with its type, RPE and note — with Edit, Repeat, Save as routine, Delete
//! and its change history. Correcting a workout is `history_edit.rs`.

use egui::RichText;

use super::state::{ConfirmId, HistoryView, UiState};
use super::widgets::{confirm_button, count, describe, local_date, name};
use super::{icons, theme};
use crate::app::{Action, AppState};
use crate::domain::projection::{Change, History, Workout, WorkoutDetails};
use crate::domain::set_rules::describe_set;
use crate::domain::units::{WeightUnit, format_amount};

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let history = state.history();
    refresh_rows(history, &mut view.history);
    let total = history.completed().count();
    if total == 0 {
        theme::screen_title(ui, "History");
        let hint = "Every workout you save is listed here, newest first, to look back on, correct or \
                    repeat. Start one on the Workout screen, or bring your history from Strong, Hevy, \
                    FitNotes, JEFIT, Liftosaur or GymBook with Import.";
        if super::empty::with_action(ui, super::icons::HISTORY, "No workouts yet", hint, "Go to Workout") {
            actions.push(Action::Show(crate::app::Screen::Workout));
        }
        return;
    }
    egui::Panel::left("history_list").resizable(true).default_size(330.0).min_size(260.0).show(ui, |ui| {
        theme::screen_title(ui, "History");
        filters(ui, view, total);
        list(ui, state, &mut view.history);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::both().id_salt("history_detail").auto_shrink(false).show(ui, |ui| {
            let selected = view.history.selected.and_then(|id| history.workout(id));
            match selected {
                Some(workout) if state.editing().is_some_and(|e| e.workout_id == workout.id) => {
                    super::history_edit::show(ui, state, actions)
                }
                Some(workout) => detail(ui, state, view, workout, actions),
                None => {
                    ui.label("Choose a workout on the left to see it in full, correct it or repeat it.");
                }
            }
        });
    });
}

/// Works the matching list out again when the filter or the history changed.
fn refresh_rows(history: &History, view: &mut HistoryView) {
    let key = (view.query.clone(), view.exercise.clone(), history.version());
    if view.rows_for.as_ref() == Some(&key) {
        return;
    }
    let query = view.query.trim().to_lowercase();
    view.rows = history
        .completed()
        .rev()
        .filter(|w| view.exercise.as_ref().is_none_or(|e| w.has_exercise(e)))
        .filter(|w| {
            query.is_empty()
                || w.title().to_lowercase().contains(&query)
                || w.note.as_ref().is_some_and(|n| n.to_lowercase().contains(&query))
        })
        .map(|w| w.id)
        .collect();
    let mut exercises: Vec<&str> = history.completed().flat_map(|w| w.exercises.iter().map(|e| e.as_str())).collect();
    exercises.sort_unstable();
    exercises.dedup();
    view.exercises = exercises.into_iter().map(str::to_string).collect();
    view.rows_for = Some(key);
}

fn filters(ui: &mut egui::Ui, view: &mut UiState, total: usize) {
    let h = &mut view.history;
    ui.horizontal(|ui| {
        let label = ui.label("Search:");
        ui.add(egui::TextEdit::singleline(&mut h.query).hint_text("workout name or note").desired_width(180.0))
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        let label = ui.label("Exercise:");
        let shown = h.exercise.clone().unwrap_or_else(|| "All exercises".to_string());
        let combo =
            egui::ComboBox::from_id_salt("history_exercise").selected_text(shown).width(200.0).show_ui(ui, |ui| {
                ui.selectable_value(&mut h.exercise, None, "All exercises");
                for exercise in &h.exercises {
                    ui.selectable_value(&mut h.exercise, Some(exercise.clone()), exercise);
                }
            });
        combo.response.labelled_by(label.id);
    });
    let shown = if h.rows.len() == total {
        count(total, "workout", "workouts")
    } else {
        format!("{} of {total}", count(h.rows.len(), "workout", "workouts"))
    };
    ui.label(RichText::new(shown).weak());
    ui.separator();
}

/// One line per workout; only the rows on screen are drawn.
fn list(ui: &mut egui::Ui, state: &AppState, view: &mut HistoryView) {
    if view.rows.is_empty() {
        let hint =
            "No saved workout has that in its name or note, or that exercise. Try another word, or All exercises.";
        super::empty::show(ui, super::icons::HISTORY, "No workout matches", hint);
        return;
    }
    let history = state.history();
    let unit = state.prefs().unit;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) * 2.0 + ui.spacing().item_spacing.y + 16.0;
    let palette = theme::palette(ui);
    egui::ScrollArea::vertical().id_salt("history_rows").auto_shrink(false).show_rows(
        ui,
        row_height,
        view.rows.len(),
        |ui, range| {
            for id in &view.rows[range] {
                let Some(workout) = history.workout(*id) else { continue };
                let date = local_date(workout.started_at, "%a %Y-%m-%d %H:%M");
                let facts = facts_line(history, workout, unit);
                let selected = view.selected == Some(workout.id);
                let size = egui::vec2(ui.available_width(), row_height - ui.spacing().item_spacing.y);
                let (rect, row) = ui.allocate_exact_size(size, egui::Sense::click());
                // A card per workout: its name, the day on the right, its figures below.
                let visuals = ui.visuals();
                let fill = if selected {
                    visuals.selection.bg_fill
                } else if row.hovered() {
                    visuals.widgets.hovered.weak_bg_fill
                } else {
                    visuals.faint_bg_color
                };
                let painter = ui.painter_at(rect);
                let card = rect.shrink2(egui::vec2(2.0, 1.0));
                painter.rect(
                    card,
                    theme::CORNER,
                    fill,
                    visuals.widgets.noninteractive.bg_stroke,
                    egui::StrokeKind::Inside,
                );
                let strong = if selected { visuals.selection.stroke.color } else { visuals.strong_text_color() };
                let font = egui::TextStyle::Body.resolve(ui.style());
                let numbers = theme::text::number().resolve(ui.style());
                let top = card.left_top() + egui::vec2(theme::GAP + 2.0, 6.0);
                painter.text(top, egui::Align2::LEFT_TOP, workout.title(), font.clone(), strong);
                let right = egui::pos2(card.right() - theme::GAP - 2.0, top.y);
                painter.text(right, egui::Align2::RIGHT_TOP, &date, font.clone(), palette.muted);
                let second = top + egui::vec2(0.0, font.size + 6.0);
                painter.text(second, egui::Align2::LEFT_TOP, &facts, numbers, palette.muted);
                let label = format!("{date} {} · {facts}", workout.title());
                row.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
                if row.clicked() {
                    view.selected = Some(workout.id);
                    view.show_changes = false;
                }
            }
        },
    );
}

/// "58 min · 18 sets · 6,420 kg".
fn facts_line(history: &History, workout: &Workout, unit: WeightUnit) -> String {
    let duration = workout.duration().map_or("—".to_string(), |d| format!("{} min", d.num_minutes()));
    let sets = count(workout.sets.len(), "set", "sets");
    match history.volume_kg(workout) {
        // A run or a plank moves no load: no "0 kg".
        kg if kg > 0.0 => format!("{duration} · {sets} · {} {unit}", format_amount(unit.from_kg(kg).round())),
        _ => format!("{duration} · {sets}"),
    }
}

fn detail(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, workout: &Workout, actions: &mut Vec<Action>) {
    let history = state.history();
    let unit = state.prefs().unit;
    theme::screen_title(ui, workout.title());
    let date = local_date(workout.started_at, "%A %Y-%m-%d %H:%M");
    let line = ui.label(format!("{date} · {}", facts_line(history, workout, unit)));
    describe(ui, &line, &format!("{date} · {}", facts_line(history, workout, unit)));
    if let Some(source) = &workout.source {
        ui.label(RichText::new(format!("Imported from {source}")).weak());
    }
    if let Some(note) = workout.note.as_ref().filter(|n| !n.is_empty()) {
        ui.label(RichText::new(format!("Note: {note}")).italics());
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let edit = ui.button(icons::with_icon(icons::EDIT, "Edit workout"));
        name(ui, &edit, &format!("Edit {}", workout.title()));
        if edit.clicked() {
            actions.push(Action::EditWorkout(workout.id));
        }
        let repeat = icons::button(ui, icons::START, "Repeat this workout");
        if repeat.clicked() {
            actions.push(Action::StartWorkout {
                name: workout.name.clone().unwrap_or_default(),
                repeat_of: Some(workout.id),
            });
        }
        let save = ui.button("Save as routine");
        name(ui, &save, &format!("Save {} as a routine", workout.title()));
        if save.clicked() {
            actions.push(Action::SaveWorkoutAsRoutine { workout_id: workout.id, name: workout.title() });
        }
        // Deleting is an event: the workout stays in the log (and backups) as deleted.
        let id = ConfirmId::DeleteWorkout(workout.id);
        if confirm_button(ui, &mut view.confirming, id, "Delete workout…", "Delete this workout?", "Yes, delete") {
            actions.push(Action::DeleteWorkout(workout.id));
        }
    });
    ui.add_space(6.0);
    for exercise in &workout.exercises {
        exercise_sets(ui, workout, exercise, unit, actions);
    }
    ui.add_space(8.0);
    changes(ui, &mut view.history, workout, unit);
}

fn exercise_sets(ui: &mut egui::Ui, workout: &Workout, exercise: &str, unit: WeightUnit, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(exercise).text_style(theme::text::section()).strong());
        if let Some(g) = workout.superset_of(exercise) {
            ui.label(RichText::new(format!("Superset {}", superset_letter(g))).weak());
        }
        let records = ui.small_button(icons::with_icon(icons::RECORD, "Records"));
        name(ui, &records, &format!("Records of {exercise}"));
        if records.clicked() {
            actions.push(Action::ShowExercise(Some(exercise.to_string())));
        }
    });
    egui::Grid::new(("history_sets", workout.id, exercise)).striped(true).num_columns(5).show(ui, |ui| {
        for heading in ["Set", "Type", "Done", "RPE", "Note"] {
            ui.label(RichText::new(heading).weak());
        }
        ui.end_row();
        for (i, set) in workout.sets_of(exercise).enumerate() {
            ui.label((i + 1).to_string());
            ui.label(set.facts.set_type.label());
            let text = describe_set(&set.facts, unit);
            let done = ui.label(&text);
            describe(ui, &done, &format!("{exercise} set {}: {text}", i + 1));
            ui.label(set.facts.rpe.map_or(String::new(), format_amount));
            ui.label(set.facts.note.clone().unwrap_or_default());
            ui.end_row();
        }
    });
    ui.add_space(4.0);
}

/// What changed, when: sets corrected, added or removed, name and times edited, undos.
fn changes(ui: &mut egui::Ui, view: &mut HistoryView, workout: &Workout, unit: WeightUnit) {
    let title = format!("Change history ({})", workout.changes.len());
    let header = egui::CollapsingHeader::new(title).id_salt(("changes", workout.id)).open(Some(view.show_changes));
    let response = header.show(ui, |ui| {
        if workout.changes.is_empty() {
            ui.label("Never changed since it was logged.");
        }
        for change in workout.changes.iter().rev() {
            let when = local_date(change.at, "%Y-%m-%d %H:%M");
            let text = describe_change(&change.change, unit);
            let line = ui.label(format!("{when}  {text}"));
            describe(ui, &line, &format!("{when} {text}"));
        }
    });
    if response.header_response.clicked() {
        view.show_changes = !view.show_changes;
    }
}

pub fn describe_change(change: &Change, unit: WeightUnit) -> String {
    match change {
        Change::SetAdded(set) => format!("Added a set of {}: {}", set.exercise, describe_set(set, unit)),
        Change::SetRemoved(set) => format!("Removed a set of {}: {}", set.exercise, describe_set(set, unit)),
        Change::SetChanged { before, after } => {
            let mut what = vec![];
            let (b, a) = (describe_set(before, unit), describe_set(after, unit));
            if b != a {
                what.push(format!("{b} became {a}"));
            }
            if before.set_type != after.set_type {
                what.push(format!("type {} became {}", before.set_type.label(), after.set_type.label()));
            }
            if before.rpe != after.rpe {
                let rpe = |r: Option<f64>| r.map_or("none".to_string(), format_amount);
                what.push(format!("RPE {} became {}", rpe(before.rpe), rpe(after.rpe)));
            }
            if before.note != after.note {
                what.push(format!("note \"{}\"", after.note.clone().unwrap_or_default()));
            }
            if what.is_empty() {
                what.push("no visible change".to_string());
            }
            format!("Changed a set of {}: {}", after.exercise, what.join(", "))
        }
        Change::Details { before, after } => describe_details(before, after),
    }
}

fn describe_details(before: &WorkoutDetails, after: &WorkoutDetails) -> String {
    let mut what = vec![];
    if before.name != after.name {
        let name = |n: &Option<String>| n.clone().unwrap_or_else(|| "(no name)".to_string());
        what.push(format!("renamed \"{}\" to \"{}\"", name(&before.name), name(&after.name)));
    }
    if before.started_at != after.started_at {
        what.push(format!(
            "moved from {} to {}",
            local_date(before.started_at, "%Y-%m-%d %H:%M"),
            local_date(after.started_at, "%Y-%m-%d %H:%M")
        ));
    }
    let minutes = |d: &WorkoutDetails| d.ended_at.map(|e| (e - d.started_at).num_minutes());
    if minutes(before) != minutes(after) {
        let text = |m: Option<i64>| m.map_or("unknown".to_string(), |m| format!("{m} min"));
        what.push(format!("duration {} became {}", text(minutes(before)), text(minutes(after))));
    }
    if what.is_empty() {
        what.push("no visible change".to_string());
    }
    format!("Workout {}", what.join(", "))
}

/// Supersets are lettered A, B, C… in a workout, as on the set tables.
pub fn superset_letter(group: usize) -> char {
    (b'A' + (group % 26) as u8) as char
}

//! The History screen: every saved workout in a virtualised list (search by name, filter by
//! exercise; each row with its date, duration, sets and volume), and the selected workout in
//! full — each set with its type, RPE and note — with Edit, Repeat, Save as routine, Delete
//! and its change history. Correcting a workout is `history_edit.rs`.

use chrono::{DateTime, Local, Utc};
use egui::RichText;

use super::state::{ConfirmId, HistoryView, UiState};
use super::widgets::{confirm_button, describe, name};
use super::{icons, theme};
use crate::app::{Action, AppState};
use crate::domain::projection::{Change, History, Workout, WorkoutDetails};
use crate::domain::set_rules::describe_set;
use crate::domain::set_type::SetType;
use crate::domain::units::WeightUnit;
use crate::i18n::I18n;

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    let history = state.history();
    refresh_rows(history, &mut view.history);
    let i18n = state.i18n();
    let total = history.completed().count();
    if total == 0 {
        theme::screen_title(ui, i18n.t("screen-history"));
        let (title, hint) = (i18n.t("history-empty-title"), i18n.t("history-empty-hint"));
        if super::empty::with_action(ui, super::icons::HISTORY, title, hint, i18n.t("history-go-to-workout")) {
            actions.push(Action::Show(crate::app::Screen::Workout));
        }
        return;
    }
    egui::Panel::left("history_list").resizable(true).default_size(330.0).min_size(260.0).show(ui, |ui| {
        theme::screen_title(ui, i18n.t("screen-history"));
        filters(ui, i18n, view, total);
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
                    ui.label(i18n.t("history-choose"));
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

fn filters(ui: &mut egui::Ui, i18n: &I18n, view: &mut UiState, total: usize) {
    let h = &mut view.history;
    ui.horizontal(|ui| {
        let label = ui.label(i18n.t("history-search"));
        let hint = i18n.t("history-search-hint");
        ui.add(egui::TextEdit::singleline(&mut h.query).hint_text(hint).desired_width(180.0)).labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        let label = ui.label(i18n.t("history-exercise"));
        let all = i18n.t("history-all-exercises");
        let shown = h.exercise.as_deref().map_or(all, |e| i18n.name(e));
        let combo =
            egui::ComboBox::from_id_salt("history_exercise").selected_text(shown).width(200.0).show_ui(ui, |ui| {
                ui.selectable_value(&mut h.exercise, None, all);
                for exercise in &h.exercises {
                    ui.selectable_value(&mut h.exercise, Some(exercise.clone()), i18n.name(exercise));
                }
            });
        combo.response.labelled_by(label.id);
    });
    let shown = if h.rows.len() == total {
        i18n.f("count-workouts", &[("count", total.into())])
    } else {
        i18n.f("history-workouts-of", &[("count", h.rows.len().into()), ("total", total.into())])
    };
    ui.label(RichText::new(shown).weak());
    ui.separator();
}

/// One line per workout; only the rows on screen are drawn.
fn list(ui: &mut egui::Ui, state: &AppState, view: &mut HistoryView) {
    let i18n = state.i18n();
    if view.rows.is_empty() {
        let (title, hint) = (i18n.t("history-no-match-title"), i18n.t("history-no-match-hint"));
        super::empty::show(ui, super::icons::HISTORY, title, hint);
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
                let date = weekday_date_time(i18n, workout.started_at);
                let facts = facts_line(i18n, history, workout, unit);
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
                let (name, day, right) =
                    name_and_day(&painter, top, card.right(), workout.title(), &date, &font, strong, palette.muted);
                painter.galley(top, name, strong);
                painter.galley(right, day, palette.muted);
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

/// "58 min · 18 sets · 6420 kg".
/// A card's first line: the day laid out first at the right edge, then the name in the room
/// left of it, cut short with "…" (a long name is never drawn under the day). Returns the name,
/// the day and where the day goes.
#[allow(clippy::too_many_arguments)]
fn name_and_day(
    painter: &egui::Painter,
    top: egui::Pos2,
    right_edge: f32,
    title: String,
    date: &str,
    font: &egui::FontId,
    strong: egui::Color32,
    muted: egui::Color32,
) -> (std::sync::Arc<egui::Galley>, std::sync::Arc<egui::Galley>, egui::Pos2) {
    let day = painter.layout_no_wrap(date.to_string(), font.clone(), muted);
    let right = egui::pos2(right_edge - theme::GAP - 2.0 - day.size().x, top.y);
    let mut name = egui::text::LayoutJob::simple_singleline(title, font.clone(), strong);
    name.wrap = egui::text::TextWrapping::truncate_at_width((right.x - top.x - theme::GAP).max(0.0));
    (painter.layout_job(name), day, right)
}

fn facts_line(i18n: &I18n, history: &History, workout: &Workout, unit: WeightUnit) -> String {
    let duration = workout.duration().map_or("—".to_string(), |d| minutes(i18n, d.num_minutes()));
    let sets = i18n.f("count-sets", &[("count", workout.sets.len().into())]);
    match history.volume_kg(workout) {
        // A run or a plank moves no load: no "0 kg".
        kg if kg > 0.0 => format!("{duration} · {sets} · {} {unit}", i18n.amount(unit.from_kg(kg).round())),
        _ => format!("{duration} · {sets}"),
    }
}

/// "58 min".
fn minutes(i18n: &I18n, minutes: i64) -> String {
    i18n.f("history-minutes", &[("minutes", minutes.into())])
}

/// A moment in the lifter's time zone with its weekday: "Sun 2026-12-06 18:49".
fn weekday_date_time(i18n: &I18n, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Local);
    format!("{} {}", i18n.weekday_date(local.date_naive()), local.format("%H:%M"))
}

/// A moment in the lifter's time zone: "2026-12-06 18:49".
fn date_time(i18n: &I18n, at: DateTime<Utc>) -> String {
    i18n.date_time(at.with_timezone(&Local))
}

/// A set as the tables show it, in the locale's numbers: "102,5×5".
fn set_text(i18n: &I18n, set: &crate::domain::event::SetFacts, unit: WeightUnit) -> String {
    i18n.localise_number(describe_set(set, unit))
}

/// A set type's name in the window's language.
pub fn set_type_label(i18n: &I18n, set_type: SetType) -> &str {
    i18n.t(match set_type {
        SetType::Normal => "history-set-type-normal",
        SetType::WarmUp => "history-set-type-warm-up",
        SetType::Drop => "history-set-type-drop",
        SetType::Failure => "history-set-type-failure",
        SetType::CoolDown => "history-set-type-cool-down",
    })
}

fn detail(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, workout: &Workout, actions: &mut Vec<Action>) {
    let history = state.history();
    let i18n = state.i18n();
    let unit = state.prefs().unit;
    let title = workout.title();
    theme::screen_title(ui, &title);
    let date = weekday_date_time(i18n, workout.started_at);
    let text = format!("{date} · {}", facts_line(i18n, history, workout, unit));
    let line = ui.label(&text);
    describe(ui, &line, &text);
    if let Some(source) = &workout.source {
        ui.label(RichText::new(i18n.f("history-imported-from", &[("source", source.as_str().into())])).weak());
    }
    if let Some(note) = workout.note.as_ref().filter(|n| !n.is_empty()) {
        ui.label(RichText::new(i18n.f("history-note", &[("note", note.as_str().into())])).italics());
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let edit = ui.button(icons::with_icon(icons::EDIT, i18n.t("history-edit")));
        name(ui, &edit, &i18n.f("history-edit-named", &[("workout", title.as_str().into())]));
        if edit.clicked() {
            actions.push(Action::EditWorkout(workout.id));
        }
        let repeat = icons::button(ui, icons::START, i18n.t("history-repeat"));
        if repeat.clicked() {
            actions.push(Action::StartWorkout {
                name: workout.name.clone().unwrap_or_default(),
                repeat_of: Some(workout.id),
            });
        }
        let save = ui.button(i18n.t("history-save-as-routine"));
        name(ui, &save, &i18n.f("history-save-as-routine-named", &[("workout", title.as_str().into())]));
        if save.clicked() {
            actions.push(Action::SaveWorkoutAsRoutine { workout_id: workout.id, name: workout.title() });
        }
        // Deleting is an event: the workout stays in the log (and backups) as deleted.
        let id = ConfirmId::DeleteWorkout(workout.id);
        let (label, question, yes) =
            (i18n.t("history-delete"), i18n.t("history-delete-question"), i18n.t("history-delete-yes"));
        if confirm_button(ui, &mut view.confirming, id, label, question, yes) {
            actions.push(Action::DeleteWorkout(workout.id));
        }
    });
    ui.add_space(6.0);
    for exercise in &workout.exercises {
        exercise_sets(ui, i18n, workout, exercise, unit, actions);
    }
    ui.add_space(8.0);
    changes(ui, i18n, &mut view.history, workout, unit);
}

fn exercise_sets(
    ui: &mut egui::Ui,
    i18n: &I18n,
    workout: &Workout,
    exercise: &str,
    unit: WeightUnit,
    actions: &mut Vec<Action>,
) {
    let shown = i18n.name(exercise);
    ui.horizontal(|ui| {
        ui.label(RichText::new(shown).text_style(theme::text::section()).strong());
        if let Some(g) = workout.superset_of(exercise) {
            let letter = superset_letter(g).to_string();
            ui.label(RichText::new(i18n.f("history-superset", &[("letter", letter.into())])).weak());
        }
        let records = ui.small_button(icons::with_icon(icons::RECORD, i18n.t("history-records")));
        name(ui, &records, &i18n.f("history-records-of", &[("exercise", shown.into())]));
        if records.clicked() {
            actions.push(Action::ShowExercise(Some(exercise.to_string())));
        }
    });
    egui::Grid::new(("history_sets", workout.id, exercise)).striped(true).num_columns(5).show(ui, |ui| {
        for heading in ["history-set", "history-type", "history-done", "history-rpe", "history-set-note"] {
            ui.label(RichText::new(i18n.t(heading)).weak());
        }
        ui.end_row();
        for (i, set) in workout.sets_of(exercise).enumerate() {
            ui.label((i + 1).to_string());
            ui.label(set_type_label(i18n, set.facts.set_type));
            let text = set_text(i18n, &set.facts, unit);
            let done = ui.label(&text);
            let who = i18n.f("history-set-of", &[("exercise", shown.into()), ("number", (i + 1).into())]);
            describe(ui, &done, &format!("{who}: {text}"));
            ui.label(set.facts.rpe.map_or(String::new(), |r| i18n.amount(r)));
            ui.label(set.facts.note.clone().unwrap_or_default());
            ui.end_row();
        }
    });
    ui.add_space(4.0);
}

/// What changed, when: sets corrected, added or removed, name and times edited, undos.
fn changes(ui: &mut egui::Ui, i18n: &I18n, view: &mut HistoryView, workout: &Workout, unit: WeightUnit) {
    let title = i18n.f("history-change-history", &[("count", workout.changes.len().into())]);
    let header = egui::CollapsingHeader::new(title).id_salt(("changes", workout.id)).open(Some(view.show_changes));
    let response = header.show(ui, |ui| {
        if workout.changes.is_empty() {
            ui.label(i18n.t("history-never-changed"));
        }
        for change in workout.changes.iter().rev() {
            let when = date_time(i18n, change.at);
            let text = describe_change(i18n, &change.change, unit);
            let line = ui.label(format!("{when}  {text}"));
            describe(ui, &line, &format!("{when} {text}"));
        }
    });
    if response.header_response.clicked() {
        view.show_changes = !view.show_changes;
    }
}

pub fn describe_change(i18n: &I18n, change: &Change, unit: WeightUnit) -> String {
    let set_of = |id: &str, set: &crate::domain::event::SetFacts| {
        let exercise = i18n.name(&set.exercise);
        i18n.f(id, &[("exercise", exercise.into()), ("set", set_text(i18n, set, unit).into())])
    };
    match change {
        Change::SetAdded(set) => set_of("history-change-set-added", set),
        Change::SetRemoved(set) => set_of("history-change-set-removed", set),
        Change::SetChanged { before, after } => {
            let mut what = vec![];
            let (b, a) = (set_text(i18n, before, unit), set_text(i18n, after, unit));
            if b != a {
                what.push(i18n.f("history-change-became", &[("before", b.into()), ("after", a.into())]));
            }
            if before.set_type != after.set_type {
                let (b, a) = (set_type_label(i18n, before.set_type), set_type_label(i18n, after.set_type));
                what.push(i18n.f("history-change-type", &[("before", b.into()), ("after", a.into())]));
            }
            if before.rpe != after.rpe {
                let rpe = |r: Option<f64>| r.map_or(i18n.t("history-change-none").to_string(), |r| i18n.amount(r));
                let (b, a) = (rpe(before.rpe), rpe(after.rpe));
                what.push(i18n.f("history-change-rpe", &[("before", b.into()), ("after", a.into())]));
            }
            if before.note != after.note {
                let note = after.note.as_deref().unwrap_or_default().to_string();
                what.push(i18n.f("history-change-note", &[("note", note.into())]));
            }
            if what.is_empty() {
                what.push(i18n.t("history-change-nothing-visible").to_string());
            }
            let exercise = i18n.name(&after.exercise);
            let what = what.join(i18n.t("history-change-separator"));
            i18n.f("history-change-set-changed", &[("exercise", exercise.into()), ("changes", what.into())])
        }
        Change::Details { before, after } => describe_details(i18n, before, after),
    }
}

fn describe_details(i18n: &I18n, before: &WorkoutDetails, after: &WorkoutDetails) -> String {
    let mut what = vec![];
    if before.name != after.name {
        let name = |n: &Option<String>| n.clone().unwrap_or_else(|| i18n.t("history-change-no-name").to_string());
        let (b, a) = (name(&before.name), name(&after.name));
        what.push(i18n.f("history-change-renamed", &[("before", b.into()), ("after", a.into())]));
    }
    if before.started_at != after.started_at {
        let (b, a) = (date_time(i18n, before.started_at), date_time(i18n, after.started_at));
        what.push(i18n.f("history-change-moved", &[("before", b.into()), ("after", a.into())]));
    }
    let duration = |d: &WorkoutDetails| d.ended_at.map(|e| (e - d.started_at).num_minutes());
    if duration(before) != duration(after) {
        let text = |m: Option<i64>| m.map_or(i18n.t("history-change-unknown").to_string(), |m| minutes(i18n, m));
        let (b, a) = (text(duration(before)), text(duration(after)));
        what.push(i18n.f("history-change-duration", &[("before", b.into()), ("after", a.into())]));
    }
    if what.is_empty() {
        what.push(i18n.t("history-change-nothing-visible").to_string());
    }
    i18n.f("history-change-workout", &[("changes", what.join(i18n.t("history-change-separator")).into())])
}

/// Supersets are lettered A, B, C… in a workout, as on the set tables.
pub fn superset_letter(group: usize) -> char {
    (b'A' + (group % 26) as u8) as char
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_workout_name_stops_short_of_the_day() {
        let ctx = egui::Context::default();
        let mut output = ctx.run_ui(Default::default(), |ui| {
            let painter = ui.painter().clone();
            let font = egui::TextStyle::Body.resolve(ui.style());
            let (white, grey) = (egui::Color32::WHITE, egui::Color32::GRAY);
            let long = "Workout A of StrongLifts 5×5, heavy day after a week off".to_string();
            let top = egui::pos2(10.0, 6.0);
            let (name, day, right) =
                name_and_day(&painter, top, 300.0, long.clone(), "Fr 04.12.2026 11:55", &font, white, grey);
            assert!(top.x + name.size().x < right.x, "the name ends before the day");
            assert!(right.x + day.size().x <= 300.0, "the day fits the card");
            let whole = painter.layout_no_wrap(long, font.clone(), white);
            assert!(whole.size().x > name.size().x, "the name was cut short");
            let (short, _, _) =
                name_and_day(&painter, top, 300.0, "Easy run".into(), "So 06.12.2026 09:48", &font, white, grey);
            assert_eq!(short.size().x, painter.layout_no_wrap("Easy run".into(), font, white).size().x);
        });
        output.textures_delta.clear();
    }
}

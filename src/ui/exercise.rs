//! An exercise's detail screen (opened from Exercises, History and the live workout): its
//! records with the day each was set, the rep-max table, most reps at each weight, its charts
//! (best estimated 1RM or the kind's measure, top-set weight, session volume) and every
//! session of it, newest first; and the lifter's standing note on it (`exercise_note.rs`).

use super::theme;
use egui::RichText;

use super::state::UiState;
use super::widgets::{cell, count, describe, local_date, name};
use crate::app::{Action, AppState, ExerciseDetail};
use crate::domain::projection::Measure;
use crate::domain::records::{Record, RecordKind};
use crate::domain::set_rules::describe_set;
use crate::domain::units::WeightUnit;

pub fn show(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut UiState,
    detail: &ExerciseDetail,
    actions: &mut Vec<Action>,
) {
    let unit = state.prefs().unit;
    let records = &detail.records;
    ui.horizontal(|ui| {
        let back = ui.button("⏴ Back");
        name(ui, &back, "Back");
        if back.clicked() {
            actions.push(Action::ShowExercise(None));
        }
        theme::screen_title(ui, detail.exercise.as_str());
        ui.label(RichText::new(detail.kind.label()).weak());
        let note = state.history().exercise_note(&detail.exercise);
        super::exercise_note::add_button(ui, &detail.exercise, note, &mut view.note_draft);
        super::progress::updating(ui, state);
    });
    let note = state.history().exercise_note(&detail.exercise);
    super::exercise_note::show(ui, &detail.exercise, note, &mut view.note_draft, actions);
    if records.sessions.is_empty() {
        super::empty::show(
            ui,
            super::icons::RECORD,
            "No sets of this exercise yet",
            "Its records, estimated one-rep max and charts show here once a saved workout has a set of it.",
        );
        return;
    }
    let first = records.sessions.first().map(|s| local_date(s.at, "%Y-%m-%d")).unwrap_or_default();
    ui.label(format!("{} since {first}", count(records.sessions.len(), "session", "sessions")));
    ui.add_space(6.0);
    ui.columns(2, |columns| {
        headline(&mut columns[0], state, detail, unit);
        rep_tables(&mut columns[1], state, detail, unit);
    });
    ui.add_space(8.0);
    charts(ui, view, detail, unit);
    ui.add_space(8.0);
    theme::section(ui, "Sessions");
    sessions(ui, detail, unit);
}

/// Every session, newest first: only the rows on screen are drawn (years of them).
fn sessions(ui: &mut egui::Ui, detail: &ExerciseDetail, unit: WeightUnit) {
    let sessions = &detail.records.sessions;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let widths = [120.0, 140.0, 110.0];
    ui.horizontal(|ui| {
        for (heading, width) in ["Date", "Name", "Best set"].into_iter().zip(widths) {
            cell(ui, [width, row_height], RichText::new(heading).weak());
        }
        ui.label(RichText::new("Sets").weak());
    });
    egui::ScrollArea::vertical().id_salt("exercise_sessions").max_height(320.0).auto_shrink([false, true]).show_rows(
        ui,
        row_height,
        sessions.len(),
        |ui, range| {
            for session in sessions.iter().rev().skip(range.start).take(range.len()) {
                ui.horizontal(|ui| {
                    let cells = [
                        local_date(session.at, "%a %Y-%m-%d"),
                        session.title.clone(),
                        session.best_set.as_ref().map_or("—".to_string(), |s| describe_set(s, unit)),
                    ];
                    for (text, width) in cells.into_iter().zip(widths) {
                        cell(ui, [width, row_height], text);
                    }
                    let sets: Vec<String> = session.sets.iter().map(|s| describe_set(s, unit)).collect();
                    ui.add(egui::Label::new(sets.join(", ")).truncate());
                });
            }
        },
    );
}

/// "142.5 kg · 2026-03-14 (140 kg × 2)".
fn record_text(kind: RecordKind, record: &Record, detail: &ExerciseDetail, unit: WeightUnit) -> String {
    let value = kind.value_text(record.value, detail.kind, unit);
    let day = local_date(record.at, "%Y-%m-%d");
    match (&record.set, kind) {
        (Some(set), RecordKind::E1rm | RecordKind::SetVolume | RecordKind::RepMax(_)) => {
            format!("{value} · {day} ({})", describe_set(set, unit))
        }
        _ => format!("{value} · {day}"),
    }
}

/// The headline records as cards: what the record is, its figure large, the day and the set
/// it came from.
fn headline(ui: &mut egui::Ui, state: &AppState, detail: &ExerciseDetail, unit: WeightUnit) {
    ui.strong("Records");
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        for (kind, record) in detail.records.headline() {
            let mut label = kind.label();
            if kind == RecordKind::E1rm {
                label = format!("{label} ({})", state.prefs().formula.label());
            }
            let text = record_text(kind, record, detail, unit);
            theme::card(ui).show(ui, |ui| {
                ui.set_min_width(theme::RECORD_CARD_WIDTH);
                ui.vertical(|ui| {
                    theme::hint(ui, &label);
                    let value = kind.value_text(record.value, detail.kind, unit);
                    let shown = ui.label(
                        RichText::new(value).text_style(theme::text::big_number()).color(palette.record).strong(),
                    );
                    describe(ui, &shown, &format!("{label}: {text}"));
                    let from = match (&record.set, kind) {
                        (Some(set), RecordKind::E1rm | RecordKind::SetVolume | RecordKind::RepMax(_)) => {
                            format!("{} · {}", local_date(record.at, "%Y-%m-%d"), describe_set(set, unit))
                        }
                        _ => local_date(record.at, "%Y-%m-%d"),
                    };
                    ui.label(theme::number(from).color(palette.muted));
                });
            });
        }
    });
}

fn rep_tables(ui: &mut egui::Ui, _state: &AppState, detail: &ExerciseDetail, unit: WeightUnit) {
    let records = &detail.records;
    if records.rep_maxes().next().is_none() {
        return;
    }
    ui.strong("Rep maxes (heaviest for at least that many reps)");
    egui::Grid::new("rep_maxes").striped(true).num_columns(3).show(ui, |ui| {
        for (reps, record) in records.rep_maxes() {
            let kind = RecordKind::RepMax(reps);
            ui.label(kind.label());
            let text = kind.value_text(record.value, detail.kind, unit);
            let shown = ui.label(theme::number(&text));
            describe(ui, &shown, &format!("{reps}RM: {text}"));
            ui.label(RichText::new(local_date(record.at, "%Y-%m-%d")).weak());
            ui.end_row();
        }
    });
    ui.add_space(6.0);
    egui::CollapsingHeader::new("Most reps at each weight").id_salt("reps_at_weight").show(ui, |ui| {
        egui::ScrollArea::vertical().max_height(200.0).show(ui, |ui| {
            egui::Grid::new("reps_at_weight_grid").striped(true).num_columns(3).show(ui, |ui| {
                for record in records.reps_by_weight() {
                    let Some(set) = &record.set else { continue };
                    ui.label(
                        set.weight.map_or(String::new(), |w| RecordKind::Heaviest.value_text(w.kg, detail.kind, unit)),
                    );
                    ui.label(RecordKind::RepsAtWeight.value_text(record.value, detail.kind, unit));
                    ui.label(RichText::new(local_date(record.at, "%Y-%m-%d")).weak());
                    ui.end_row();
                }
            });
        });
    });
}

/// The kind's main measure, top-set weight and session volume, over time.
fn charts(ui: &mut egui::Ui, view: &mut UiState, detail: &ExerciseDetail, unit: WeightUnit) {
    let per = detail.kind.distance_unit(unit);
    let (best_title, convert): (String, Box<dyn Fn(f64) -> f64>) = match detail.measure {
        Measure::E1rm => (format!("Best estimated 1RM ({unit})"), Box::new(move |kg| unit.from_kg(kg))),
        Measure::Reps => ("Most reps in a set".into(), Box::new(|r| r)),
        Measure::Duration => ("Longest time (s)".into(), Box::new(|s| s)),
        Measure::Distance => (format!("Longest distance ({})", per.label), Box::new(move |m| m / per.metres)),
    };
    let mut series: Vec<(String, Vec<[f64; 2]>)> =
        vec![(best_title, detail.best.iter().map(|[d, v]| [*d, convert(*v)]).collect())];
    if !detail.top_weight.is_empty() && detail.measure != Measure::Reps {
        let points = detail.top_weight.iter().map(|[d, kg]| [*d, unit.from_kg(*kg)]).collect();
        series.push((format!("Top set weight ({unit})"), points));
    }
    if !detail.volume.is_empty() {
        let points = detail.volume.iter().map(|[d, kg]| [*d, unit.from_kg(*kg).round()]).collect();
        series.push((format!("Session volume ({unit})"), points));
    }
    let chosen = view.exercise_chart.min(series.len() - 1);
    ui.horizontal(|ui| {
        ui.strong("Chart:");
        for (i, (title, _)) in series.iter().enumerate() {
            if ui.selectable_label(i == chosen, title).clicked() {
                view.exercise_chart = i;
            }
        }
    });
    let (title, points) = series.swap_remove(chosen);
    ui.label(RichText::new("Drag to pan, Ctrl + scroll to zoom, double-click to reset.").weak().small());
    super::charts::date_chart(ui, "exercise_chart", &title, points, 240.0);
}

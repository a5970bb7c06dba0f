//! An exercise's detail screen (opened from Exercises, History and the live workout): its
//! records with the day each was set, the rep-max table, most reps at each weight, its charts
//! (best estimated 1RM or the kind's measure, top-set weight, session volume) and every
//! session of it, newest first; and the lifter's standing note on it (`exercise_note.rs`).

use super::theme;
use chrono::{DateTime, Local, Utc};
use egui::RichText;

use super::state::UiState;
use super::widgets::{cell, describe, name};
use crate::app::{Action, AppState, ExerciseDetail};
use crate::domain::exercise::ExerciseKind;
use crate::domain::projection::Measure;
use crate::domain::records::{Record, RecordKind};
use crate::domain::set_rules::describe_set;
use crate::domain::units::WeightUnit;
use crate::i18n::I18n;

pub fn show(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut UiState,
    detail: &ExerciseDetail,
    actions: &mut Vec<Action>,
) {
    let unit = state.prefs().unit;
    let i18n = state.i18n();
    let records = &detail.records;
    ui.horizontal(|ui| {
        let back = ui.button(i18n.t("progress-back-button"));
        name(ui, &back, i18n.t("progress-back"));
        if back.clicked() {
            actions.push(Action::ShowExercise(None));
        }
        theme::screen_title(ui, i18n.name(&detail.exercise));
        ui.label(RichText::new(kind_label(i18n, detail.kind)).weak());
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
            i18n.t("progress-exercise-empty-title"),
            i18n.t("progress-exercise-empty-hint"),
        );
        return;
    }
    let first = records.sessions.first().map(|s| date(i18n, s.at)).unwrap_or_default();
    let count = records.sessions.len();
    ui.label(i18n.f("progress-sessions-since", &[("count", count.into()), ("date", first.into())]));
    ui.add_space(6.0);
    ui.columns(2, |columns| {
        headline(&mut columns[0], state, detail, unit);
        rep_tables(&mut columns[1], state, detail, unit);
    });
    ui.add_space(8.0);
    charts(ui, i18n, view, detail, unit);
    ui.add_space(8.0);
    theme::section(ui, i18n.t("progress-sessions"));
    sessions(ui, i18n, detail, unit);
}

/// A day in the lifter's time zone, in the window's language.
fn date(i18n: &I18n, at: DateTime<Utc>) -> String {
    i18n.date(at.with_timezone(&Local).date_naive())
}

/// A set as the tables show it, in the locale's numbers.
fn set_text(i18n: &I18n, set: &crate::domain::event::SetFacts, unit: WeightUnit) -> String {
    i18n.localise_number(describe_set(set, unit))
}

/// What the exercise's sets hold, in the window's language.
fn kind_label(i18n: &I18n, kind: ExerciseKind) -> &str {
    i18n.t(match kind {
        ExerciseKind::WeightReps => "progress-kind-weight-reps",
        ExerciseKind::BodyweightReps => "progress-kind-bodyweight-reps",
        ExerciseKind::RepsOnly => "progress-kind-reps-only",
        ExerciseKind::Duration => "progress-kind-duration",
        ExerciseKind::DistanceDuration => "progress-kind-distance-duration",
        ExerciseKind::WeightDistance => "progress-kind-weight-distance",
    })
}

/// A record's name: "Estimated 1RM", "5RM".
pub(crate) fn record_label(i18n: &I18n, kind: RecordKind) -> String {
    let id = match kind {
        RecordKind::RepMax(reps) => return i18n.f("progress-rep-max", &[("reps", reps.into())]),
        RecordKind::E1rm => "progress-record-e1rm",
        RecordKind::Heaviest => "progress-record-heaviest",
        RecordKind::RepsAtWeight => "progress-record-reps-at-weight",
        RecordKind::SetVolume => "progress-record-set-volume",
        RecordKind::SessionVolume => "progress-record-session-volume",
        RecordKind::MostReps => "progress-record-most-reps",
        RecordKind::LongestTime => "progress-record-longest-time",
        RecordKind::LongestDistance => "progress-record-longest-distance",
    };
    i18n.t(id).to_string()
}

/// A record's value in the display unit and the locale's numbers: "142,5 kg", "12 reps".
pub(crate) fn value_text(i18n: &I18n, record: RecordKind, value: f64, kind: ExerciseKind, unit: WeightUnit) -> String {
    match record {
        RecordKind::RepsAtWeight | RecordKind::MostReps => {
            i18n.f("progress-reps", &[("count", (value.round() as u32).into())])
        }
        _ => i18n.localise_number(record.value_text(value, kind, unit)),
    }
}

/// Every session, newest first: only the rows on screen are drawn (years of them).
fn sessions(ui: &mut egui::Ui, i18n: &I18n, detail: &ExerciseDetail, unit: WeightUnit) {
    let sessions = &detail.records.sessions;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let widths = [120.0, 140.0, 110.0];
    ui.horizontal(|ui| {
        let headings = ["progress-session-date", "progress-session-name", "progress-session-best-set"];
        for (heading, width) in headings.into_iter().zip(widths) {
            cell(ui, [width, row_height], RichText::new(i18n.t(heading)).weak());
        }
        ui.label(RichText::new(i18n.t("progress-session-sets")).weak());
    });
    egui::ScrollArea::vertical().id_salt("exercise_sessions").max_height(320.0).auto_shrink([false, true]).show_rows(
        ui,
        row_height,
        sessions.len(),
        |ui, range| {
            for session in sessions.iter().rev().skip(range.start).take(range.len()) {
                ui.horizontal(|ui| {
                    let cells = [
                        i18n.weekday_date(session.at.with_timezone(&Local).date_naive()),
                        session.title.clone(),
                        session.best_set.as_ref().map_or("—".to_string(), |s| set_text(i18n, s, unit)),
                    ];
                    for (text, width) in cells.into_iter().zip(widths) {
                        cell(ui, [width, row_height], text);
                    }
                    let sets: Vec<String> = session.sets.iter().map(|s| set_text(i18n, s, unit)).collect();
                    ui.add(egui::Label::new(sets.join(i18n.t("history-change-separator"))).truncate());
                });
            }
        },
    );
}

/// "142.5 kg · 2026-03-14 (140 kg × 2)".
fn record_text(i18n: &I18n, kind: RecordKind, record: &Record, detail: &ExerciseDetail, unit: WeightUnit) -> String {
    let value = value_text(i18n, kind, record.value, detail.kind, unit);
    let day = date(i18n, record.at);
    match (&record.set, kind) {
        (Some(set), RecordKind::E1rm | RecordKind::SetVolume | RecordKind::RepMax(_)) => {
            format!("{value} · {day} ({})", set_text(i18n, set, unit))
        }
        _ => format!("{value} · {day}"),
    }
}

/// The headline records as cards: what the record is, its figure large, the day and the set
/// it came from.
fn headline(ui: &mut egui::Ui, state: &AppState, detail: &ExerciseDetail, unit: WeightUnit) {
    let i18n = state.i18n();
    ui.strong(i18n.t("progress-records"));
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        for (kind, record) in detail.records.headline() {
            let mut label = record_label(i18n, kind);
            if kind == RecordKind::E1rm {
                label = format!("{label} ({})", state.prefs().formula.label());
            }
            let text = record_text(i18n, kind, record, detail, unit);
            theme::card(ui).show(ui, |ui| {
                ui.set_min_width(theme::RECORD_CARD_WIDTH);
                ui.vertical(|ui| {
                    theme::hint(ui, &label);
                    let value = value_text(i18n, kind, record.value, detail.kind, unit);
                    let shown = ui.label(
                        RichText::new(value).text_style(theme::text::big_number()).color(palette.record).strong(),
                    );
                    describe(ui, &shown, &format!("{label}: {text}"));
                    let from = match (&record.set, kind) {
                        (Some(set), RecordKind::E1rm | RecordKind::SetVolume | RecordKind::RepMax(_)) => {
                            format!("{} · {}", date(i18n, record.at), set_text(i18n, set, unit))
                        }
                        _ => date(i18n, record.at),
                    };
                    ui.label(theme::number(from).color(palette.muted));
                });
            });
        }
    });
}

fn rep_tables(ui: &mut egui::Ui, state: &AppState, detail: &ExerciseDetail, unit: WeightUnit) {
    let i18n = state.i18n();
    let records = &detail.records;
    if records.rep_maxes().next().is_none() {
        return;
    }
    ui.strong(i18n.t("progress-rep-maxes"));
    egui::Grid::new("rep_maxes").striped(true).num_columns(3).show(ui, |ui| {
        for (reps, record) in records.rep_maxes() {
            let kind = RecordKind::RepMax(reps);
            let label = record_label(i18n, kind);
            ui.label(&label);
            let text = value_text(i18n, kind, record.value, detail.kind, unit);
            let shown = ui.label(theme::number(&text));
            describe(ui, &shown, &format!("{label}: {text}"));
            ui.label(RichText::new(date(i18n, record.at)).weak());
            ui.end_row();
        }
    });
    ui.add_space(6.0);
    egui::CollapsingHeader::new(i18n.t("progress-reps-at-each-weight")).id_salt("reps_at_weight").show(ui, |ui| {
        egui::ScrollArea::vertical().max_height(200.0).show(ui, |ui| {
            egui::Grid::new("reps_at_weight_grid").striped(true).num_columns(3).show(ui, |ui| {
                for record in records.reps_by_weight() {
                    let Some(set) = &record.set else { continue };
                    let weight = set.weight.map(|w| value_text(i18n, RecordKind::Heaviest, w.kg, detail.kind, unit));
                    ui.label(weight.unwrap_or_default());
                    ui.label(value_text(i18n, RecordKind::RepsAtWeight, record.value, detail.kind, unit));
                    ui.label(RichText::new(date(i18n, record.at)).weak());
                    ui.end_row();
                }
            });
        });
    });
}

/// The kind's main measure, top-set weight and session volume, over time.
fn charts(ui: &mut egui::Ui, i18n: &I18n, view: &mut UiState, detail: &ExerciseDetail, unit: WeightUnit) {
    let per = detail.kind.distance_unit(unit);
    let in_unit = |id: &str, unit: &str| i18n.f(id, &[("unit", unit.into())]);
    let (best_title, convert): (String, Box<dyn Fn(f64) -> f64>) = match detail.measure {
        Measure::E1rm => (in_unit("progress-chart-best-e1rm", &unit.to_string()), Box::new(move |kg| unit.from_kg(kg))),
        Measure::Reps => (i18n.t("progress-chart-most-reps").to_string(), Box::new(|r| r)),
        Measure::Duration => (i18n.t("progress-chart-longest-time").to_string(), Box::new(|s| s)),
        Measure::Distance => (in_unit("progress-chart-longest-distance", per.label), Box::new(move |m| m / per.metres)),
    };
    let mut series: Vec<(String, Vec<[f64; 2]>)> =
        vec![(best_title, detail.best.iter().map(|[d, v]| [*d, convert(*v)]).collect())];
    if !detail.top_weight.is_empty() && detail.measure != Measure::Reps {
        let points = detail.top_weight.iter().map(|[d, kg]| [*d, unit.from_kg(*kg)]).collect();
        series.push((in_unit("progress-chart-top-set-weight", &unit.to_string()), points));
    }
    if !detail.volume.is_empty() {
        let points = detail.volume.iter().map(|[d, kg]| [*d, unit.from_kg(*kg).round()]).collect();
        series.push((in_unit("progress-chart-session-volume", &unit.to_string()), points));
    }
    let chosen = view.exercise_chart.min(series.len() - 1);
    ui.horizontal(|ui| {
        ui.strong(i18n.t("progress-chart"));
        for (i, (title, _)) in series.iter().enumerate() {
            if ui.selectable_label(i == chosen, title).clicked() {
                view.exercise_chart = i;
            }
        }
    });
    let (title, points) = series.swap_remove(chosen);
    ui.label(RichText::new(i18n.t("progress-chart-hint")).weak().small());
    super::charts::date_chart(ui, "exercise_chart", &title, points, 240.0);
}

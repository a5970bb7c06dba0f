//! The Progress screen: volume per week (overall or one muscle group), a calendar heat map of
//! the training days of a year, and the streaks of training weeks. Everything shown is
//! computed once per change of the history (`app::TrainingCalendar`), never per frame.

use super::theme;
use chrono::{Datelike, Days, NaiveDate};
use egui::{Color32, RichText, Sense, vec2};

use super::state::UiState;
use super::widgets::{count, describe, name};
use crate::app::{Action, AppState, TrainingCalendar};
use crate::domain::calendar::{DayTraining, week_streaks};
use crate::domain::units::{WeightUnit, format_amount};

const CELL: f32 = 13.0;
const GAP: f32 = 3.0;

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, _actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        theme::screen_title(ui, "Progress");
        updating(ui, state);
    });
    let Some(calendar) = state.calendar() else {
        ui.spinner();
        return;
    };
    if calendar.days.is_empty() {
        super::empty::show(
            ui,
            super::icons::CHART,
            "Nothing to chart yet",
            "Save a workout and your training days, streaks and weekly volume per muscle group show here.",
        );
        return;
    }
    let today = crate::app::local_day(state.now());
    let (longest, current) = week_streaks(&calendar.days, today);
    ui.label(format!(
        "Training streak: {} in a row now · longest {}",
        count(current as usize, "week", "weeks"),
        count(longest as usize, "week", "weeks")
    ));
    ui.add_space(8.0);
    weekly_volume(ui, state, view, calendar);
    ui.add_space(12.0);
    heat_map(ui, view, calendar, today, state.prefs().unit);
}

/// Says that the figures shown are being counted again after a correction (on a worker, for
/// a large history: a fifth of a second at a million events).
pub fn updating(ui: &mut egui::Ui, state: &AppState) {
    if state.is_recounting() {
        ui.label(RichText::new("Updating…").weak());
    }
}

fn weekly_volume(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, calendar: &TrainingCalendar) {
    let unit = state.prefs().unit;
    ui.horizontal(|ui| {
        ui.strong(format!("Volume per week ({unit})"));
        let shown = view.progress.group.clone().unwrap_or_else(|| "All muscle groups".to_string());
        let combo = egui::ComboBox::from_id_salt("volume_group").selected_text(shown).show_ui(ui, |ui| {
            ui.selectable_value(&mut view.progress.group, None, "All muscle groups");
            for group in &calendar.groups {
                ui.selectable_value(&mut view.progress.group, Some(group.clone()), group);
            }
        });
        name(ui, &combo.response, "Muscle group");
    });
    let group = view.progress.group.as_deref();
    let points: Vec<[f64; 2]> = calendar
        .weeks
        .iter()
        .map(|w| {
            let kg = match group {
                None => w.total_kg,
                Some(g) => w.by_group.get(g).copied().unwrap_or(0.0),
            };
            let day = w.week.signed_duration_since(NaiveDate::default()).num_days() as f64;
            [day, unit.from_kg(kg).round()]
        })
        .collect();
    let title = group.map_or("Volume".to_string(), |g| format!("{g} volume"));
    super::charts::week_bars(ui, "weekly_volume", &title, points, 220.0);
}

/// A GitHub-style year: a column per week, a row per weekday, darker for more sets.
fn heat_map(ui: &mut egui::Ui, view: &mut UiState, calendar: &TrainingCalendar, today: NaiveDate, unit: WeightUnit) {
    let first_year = calendar.days.keys().next().map_or(today.year(), |d| d.year());
    let year = view.progress.year.unwrap_or(today.year()).clamp(first_year, today.year());
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).expect("a valid year");
    let dec31 = NaiveDate::from_ymd_opt(year, 12, 31).expect("a valid year");
    let in_year: Vec<(&NaiveDate, &DayTraining)> = calendar.days.range(jan1..=dec31).collect();
    ui.horizontal(|ui| {
        ui.strong("Training days");
        let earlier = ui.add_enabled(year > first_year, egui::Button::new("⏴").small());
        name(ui, &earlier, "Earlier year");
        if earlier.clicked() {
            view.progress.year = Some(year - 1);
        }
        ui.label(year.to_string());
        let later = ui.add_enabled(year < today.year(), egui::Button::new("⏵").small());
        name(ui, &later, "Later year");
        if later.clicked() {
            view.progress.year = Some(year + 1);
        }
        let workouts: u32 = in_year.iter().map(|(_, d)| d.workouts).sum();
        let summary = format!(
            "{} in {year} ({})",
            count(in_year.len(), "training day", "training days"),
            count(workouts as usize, "workout", "workouts")
        );
        let shown = ui.label(&summary);
        describe(ui, &shown, &summary);
    });
    let most_sets = in_year.iter().map(|(_, d)| d.sets).max().unwrap_or(1).max(1);
    let start = jan1 - Days::new(u64::from(jan1.weekday().num_days_from_monday()));
    let weeks = ((dec31 - start).num_days() / 7 + 1) as usize;
    let size = vec2(weeks as f32 * (CELL + GAP) + 30.0, 7.0 * (CELL + GAP) + 18.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    let palette = super::theme::palette(ui);
    let empty = palette.heat_low;
    let text_color = ui.visuals().weak_text_color();
    let origin = rect.min + vec2(30.0, 16.0);
    for (row, day_name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].iter().enumerate() {
        let at = rect.min + vec2(0.0, 16.0 + row as f32 * (CELL + GAP));
        painter.text(at, egui::Align2::LEFT_TOP, *day_name, super::theme::tiny_font(), text_color);
    }
    let mut hovered: Option<(NaiveDate, Option<DayTraining>)> = None;
    let mut day = start;
    while day <= dec31 {
        let offset = (day - start).num_days();
        let (column, row) = ((offset / 7) as f32, (offset % 7) as f32);
        let cell =
            egui::Rect::from_min_size(origin + vec2(column * (CELL + GAP), row * (CELL + GAP)), vec2(CELL, CELL));
        if day.day() == 1 && row == 0.0 || day.day() <= 7 && day.weekday().num_days_from_monday() == 0 {
            let month = day.format("%b").to_string();
            painter.text(
                cell.min - vec2(0.0, 14.0),
                egui::Align2::LEFT_TOP,
                month,
                super::theme::tiny_font(),
                text_color,
            );
        }
        if day.year() == year {
            let training = calendar.days.get(&day).copied();
            let color = match training {
                Some(t) => shade(palette, t.sets, most_sets),
                None => empty,
            };
            painter.rect_filled(cell, 2.0, color);
            if response.hover_pos().is_some_and(|p| cell.expand(GAP / 2.0).contains(p)) {
                hovered = Some((day, training));
            }
        }
        day = day + Days::new(1);
    }
    if let Some((day, training)) = hovered {
        response.on_hover_text(match training {
            Some(t) => format!(
                "{}: {}, {}, {} {unit}",
                day.format("%a %Y-%m-%d"),
                count(t.workouts as usize, "workout", "workouts"),
                count(t.sets as usize, "set", "sets"),
                format_amount(unit.from_kg(t.volume_kg).round())
            ),
            None => format!("{}: rest day", day.format("%a %Y-%m-%d")),
        });
    }
    ui.label(RichText::new("Darker: more sets that day. Hover a day for its workouts.").weak().small());
}

/// From the empty cell's colour (few sets) to the theme's full colour (the year's busiest day).
fn shade(palette: &super::theme::Palette, sets: u32, most: u32) -> Color32 {
    let t = (sets as f32 / most as f32).clamp(0.2, 1.0);
    palette.heat_low.lerp_to_gamma(palette.heat_high, t)
}

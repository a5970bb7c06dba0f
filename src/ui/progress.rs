//! The Progress screen: volume per week (overall or one muscle group), a calendar heat map of
//! the training days of a year, and the streaks of training weeks. Everything shown is
//! computed once per change of the history (`app::TrainingCalendar`), never per frame.

use super::theme;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use egui::{Color32, RichText, Sense, vec2};

use super::state::UiState;
use super::widgets::{describe, name};
use crate::app::{Action, AppState, TrainingCalendar};
use crate::domain::calendar::{DayTraining, week_streaks};
use crate::domain::units::WeightUnit;
use crate::i18n::I18n;

const CELL: f32 = 13.0;
const GAP: f32 = 3.0;

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, _actions: &mut Vec<Action>) {
    let i18n = state.i18n();
    ui.horizontal(|ui| {
        theme::screen_title(ui, i18n.t("screen-progress"));
        updating(ui, state);
    });
    let Some(calendar) = state.calendar() else {
        ui.spinner();
        return;
    };
    if calendar.days.is_empty() {
        super::empty::show(ui, super::icons::CHART, i18n.t("progress-empty-title"), i18n.t("progress-empty-hint"));
        return;
    }
    let today = crate::app::local_day(state.now());
    let (longest, current) = week_streaks(&calendar.days, today);
    let weeks = |n: u32| i18n.f("progress-weeks", &[("count", n.into())]);
    ui.label(i18n.f("progress-streak", &[("current", weeks(current).into()), ("longest", weeks(longest).into())]));
    ui.add_space(8.0);
    weekly_volume(ui, state, view, calendar);
    ui.add_space(12.0);
    heat_map(ui, i18n, view, calendar, today, state.prefs().unit);
}

/// Says that the figures shown are being counted again after a correction (on a worker, for
/// a large history: a fifth of a second at a million events).
pub fn updating(ui: &mut egui::Ui, state: &AppState) {
    if state.is_recounting() {
        ui.label(RichText::new(state.i18n().t("progress-updating")).weak());
    }
}

fn weekly_volume(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, calendar: &TrainingCalendar) {
    let unit = state.prefs().unit;
    let i18n = state.i18n();
    ui.horizontal(|ui| {
        ui.strong(i18n.f("progress-volume-per-week", &[("unit", unit.to_string().into())]));
        let all = i18n.t("progress-all-muscle-groups");
        let shown = view.progress.group.as_deref().map_or(all, |g| i18n.name(g));
        let combo = egui::ComboBox::from_id_salt("volume_group").selected_text(shown).show_ui(ui, |ui| {
            ui.selectable_value(&mut view.progress.group, None, all);
            for group in &calendar.groups {
                ui.selectable_value(&mut view.progress.group, Some(group.clone()), i18n.name(group));
            }
        });
        name(ui, &combo.response, i18n.t("progress-muscle-group"));
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
    let title = group.map_or_else(
        || i18n.t("progress-volume").to_string(),
        |g| i18n.f("progress-group-volume", &[("group", i18n.name(g).into())]),
    );
    super::charts::week_bars(ui, i18n, "weekly_volume", &title, points, 220.0);
}

/// The first day shown of `year`'s heat map: the `first` weekday on or before 1 January, so
/// each column is a week from `first` and row 0 is `first`.
fn heat_map_start(year: i32, first: Weekday) -> NaiveDate {
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
    jan1 - Days::new(u64::from(jan1.weekday().days_since(first)))
}

/// The (column, row) of `day` in a heat map starting on `start`.
fn cell_of(day: NaiveDate, start: NaiveDate) -> (i64, i64) {
    let offset = (day - start).num_days();
    (offset / 7, offset % 7)
}

/// The weekdays of the rows, top to bottom, from `first`.
fn row_weekdays(first: Weekday) -> [Weekday; 7] {
    let mut days = [first; 7];
    for i in 1..7 {
        days[i] = days[i - 1].succ();
    }
    days
}

/// A GitHub-style year: a column per week, a row per weekday (from the locale's first day of
/// the week), darker for more sets.
fn heat_map(
    ui: &mut egui::Ui,
    i18n: &I18n,
    view: &mut UiState,
    calendar: &TrainingCalendar,
    today: NaiveDate,
    unit: WeightUnit,
) {
    let first_year = calendar.days.keys().next().map_or(today.year(), |d| d.year());
    let year = view.progress.year.unwrap_or(today.year()).clamp(first_year, today.year());
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
    let dec31 = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
    let in_year: Vec<(&NaiveDate, &DayTraining)> = calendar.days.range(jan1..=dec31).collect();
    ui.horizontal(|ui| {
        ui.strong(i18n.t("progress-training-days"));
        let earlier = ui.add_enabled(year > first_year, egui::Button::new("⏴").small());
        name(ui, &earlier, i18n.t("progress-earlier-year"));
        if earlier.clicked() {
            view.progress.year = Some(year - 1);
        }
        ui.label(year.to_string());
        let later = ui.add_enabled(year < today.year(), egui::Button::new("⏵").small());
        name(ui, &later, i18n.t("progress-later-year"));
        if later.clicked() {
            view.progress.year = Some(year + 1);
        }
        let workouts: u32 = in_year.iter().map(|(_, d)| d.workouts).sum();
        let summary = i18n.f(
            "progress-year-summary",
            &[("days", in_year.len().into()), ("year", year.to_string().into()), ("workouts", workouts.into())],
        );
        let shown = ui.label(&summary);
        describe(ui, &shown, &summary);
    });
    let most_sets = in_year.iter().map(|(_, d)| d.sets).max().unwrap_or(1).max(1);
    let first = i18n.first_weekday();
    let start = heat_map_start(year, first);
    let weeks = (cell_of(dec31, start).0 + 1) as usize;
    let size = vec2(weeks as f32 * (CELL + GAP) + 30.0, 7.0 * (CELL + GAP) + 18.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    let palette = super::theme::palette(ui);
    let empty = palette.heat_low;
    let text_color = ui.visuals().weak_text_color();
    let origin = rect.min + vec2(30.0, 16.0);
    // Every other row named, from the first day: Mon, Wed, Fri, Sun (or Sun, Tue, Thu, Sat).
    for (row, weekday) in row_weekdays(first).into_iter().enumerate().step_by(2) {
        let at = rect.min + vec2(0.0, 16.0 + row as f32 * (CELL + GAP));
        painter.text(at, egui::Align2::LEFT_TOP, i18n.weekday_short(weekday), super::theme::tiny_font(), text_color);
    }
    let mut hovered: Option<(NaiveDate, Option<DayTraining>)> = None;
    let mut day = start;
    while day <= dec31 {
        let (column, row) = cell_of(day, start);
        let (column, row) = (column as f32, row as f32);
        let cell =
            egui::Rect::from_min_size(origin + vec2(column * (CELL + GAP), row * (CELL + GAP)), vec2(CELL, CELL));
        // A month is named above the first week that starts in it.
        if row == 0.0 && day.day() <= 7 {
            painter.text(
                cell.min - vec2(0.0, 14.0),
                egui::Align2::LEFT_TOP,
                i18n.month_short(day.month()),
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
        let date = i18n.weekday_date(day);
        response.on_hover_text(match training {
            Some(t) => {
                let volume = format!("{} {unit}", i18n.amount(unit.from_kg(t.volume_kg).round()));
                let args = [
                    ("date", date.into()),
                    ("workouts", i18n.f("count-workouts", &[("count", t.workouts.into())]).into()),
                    ("sets", i18n.f("count-sets", &[("count", t.sets.into())]).into()),
                    ("volume", volume.into()),
                ];
                i18n.f("progress-day", &args)
            }
            None => i18n.f("progress-rest-day", &[("date", date.into())]),
        });
    }
    ui.label(RichText::new(i18n.t("progress-heat-map-hint")).weak().small());
}

/// From the empty cell's colour (few sets) to the theme's full colour (the year's busiest day).
fn shade(palette: &super::theme::Palette, sets: u32, most: u32) -> Color32 {
    let t = (sets as f32 / most as f32).clamp(0.2, 1.0);
    palette.heat_low.lerp_to_gamma(palette.heat_high, t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_heat_map_starts_its_weeks_on_the_locales_first_day() {
        // 1 January 2026 is a Thursday.
        assert_eq!(heat_map_start(2026, Weekday::Mon), day(2025, 12, 29));
        assert_eq!(heat_map_start(2026, Weekday::Sun), day(2025, 12, 28));
        // A year starting on the first weekday starts on 1 January: 2023 began on a Sunday.
        assert_eq!(heat_map_start(2023, Weekday::Sun), day(2023, 1, 1));
        assert_eq!(row_weekdays(Weekday::Mon)[0], Weekday::Mon);
        assert_eq!(
            row_weekdays(Weekday::Sun),
            [Weekday::Sun, Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat]
        );
        for first in [Weekday::Mon, Weekday::Sun] {
            let start = heat_map_start(2026, first);
            for offset in 0..400 {
                let d = start + Days::new(offset);
                let (column, row) = cell_of(d, start);
                assert_eq!(row_weekdays(first)[row as usize], d.weekday(), "{d}: its weekday's row");
                assert_eq!(column, offset as i64 / 7);
            }
        }
        // Sunday 4 January 2026 opens the second week in the US and ends the first in Germany.
        assert_eq!(cell_of(day(2026, 1, 4), heat_map_start(2026, Weekday::Sun)), (1, 0));
        assert_eq!(cell_of(day(2026, 1, 4), heat_map_start(2026, Weekday::Mon)), (0, 6));
    }

    #[test]
    fn the_first_weekday_follows_the_language_and_region() {
        use crate::i18n::Language;
        assert_eq!(I18n::new(Language::English, Some("US".into())).first_weekday(), Weekday::Sun);
        assert_eq!(I18n::new(Language::PortugueseBrazil, Some("BR".into())).first_weekday(), Weekday::Sun);
        assert_eq!(I18n::new(Language::German, Some("DE".into())).first_weekday(), Weekday::Mon);
        assert_eq!(I18n::new(Language::English, Some("GB".into())).first_weekday(), Weekday::Mon);
    }
}

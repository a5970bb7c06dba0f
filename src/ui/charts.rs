//! Charts over time (egui_plot): a line with its points (so a single workout still shows), or
//! a bar per week, on a date axis, with the full date and value under the pointer; drag pans,
//! Ctrl + scroll zooms, double-click resets. Series take the theme's colours, in order.

use super::theme;
use crate::i18n::I18n;

/// Days since 1970-01-01 as the day it is.
fn day_of(day: f64) -> Option<chrono::NaiveDate> {
    chrono::DateTime::from_timestamp((day * 86_400.0) as i64, 0).map(|d| d.date_naive())
}

/// Days since 1970-01-01 with a chrono `format` (the axes' `YYYY-MM`).
fn day_text(day: f64, format: &str) -> String {
    day_of(day).map_or(String::new(), |d| d.format(format).to_string())
}

/// Days since 1970-01-01 as the window's language writes a date.
fn local_day(i18n: &I18n, day: f64) -> String {
    day_of(day).map_or(String::new(), |d| i18n.date(d))
}

/// A chart of `points` ([day, value]) named `title`, its dates and numbers in the window's
/// language (read from the context: the Body screen's charts draw without the state).
pub fn date_chart(ui: &mut egui::Ui, id: &str, title: &str, points: Vec<[f64; 2]>, height: f32) {
    let i18n = super::widgets::i18n(ui);
    let hover = |x: f64, y: f64| format!("{}\n{}", local_day(&i18n, x), i18n.fixed(y, 1));
    line_chart(ui, id, title, points, height, &hover);
}

fn line_chart(
    ui: &mut egui::Ui,
    id: &str,
    title: &str,
    points: Vec<[f64; 2]>,
    height: f32,
    hover: &dyn Fn(f64, f64) -> String,
) {
    let color = theme::palette(ui).series[0];
    egui_plot::Plot::new(id.to_string())
        .height(height)
        .x_axis_formatter(|mark, _| day_text(mark.value, "%Y-%m"))
        .label_formatter(|hover_at| match hover_at {
            egui_plot::HoverPosition::NearDataPoint { position, .. } => Some(hover(position.x, position.y)),
            _ => None,
        })
        .allow_scroll(false)
        .show(ui, |plot| {
            // Big dots while they can be told apart; years of weekly values need small ones.
            let radius = if points.len() <= 60 { 3.0 } else { 1.5 };
            plot.line(egui_plot::Line::new(title.to_string(), points.clone()).color(color));
            plot.points(egui_plot::Points::new(title.to_string(), points).radius(radius).color(color));
        });
}

/// Bars of one value per week (`[first_day, value]`), on a date axis.
pub fn week_bars(ui: &mut egui::Ui, i18n: &I18n, id: &str, title: &str, weeks: Vec<[f64; 2]>, height: f32) {
    let color = theme::palette(ui).series[0];
    let bars: Vec<egui_plot::Bar> =
        weeks.iter().map(|[day, v]| egui_plot::Bar::new(*day + 3.5, *v).width(6.0)).collect();
    egui_plot::Plot::new(id.to_string())
        .height(height)
        .x_axis_formatter(|mark, _| day_text(mark.value, "%Y-%m"))
        .label_formatter(|hover| match hover {
            egui_plot::HoverPosition::NearDataPoint { position, .. } => {
                let week = i18n.f("progress-week-of", &[("date", local_day(i18n, position.x - 3.5).into())]);
                Some(format!("{week}\n{}", i18n.fixed(position.y, 0)))
            }
            _ => None,
        })
        .allow_scroll(false)
        .show(ui, |plot| {
            plot.bar_chart(egui_plot::BarChart::new(title.to_string(), bars).color(color));
        });
}

/// What the x axis of a chart of two query columns shows.
#[derive(Debug, Clone, PartialEq)]
pub enum XAxis {
    /// Days since 1970-01-01, labelled as dates.
    Dates,
    Numbers,
    /// Row positions, labelled with these texts.
    Labels(Vec<String>),
}

/// A line (with its points) or bars of `points` ([x, y]) on `axis`.
/// One line of a chart: its name (empty for the only one) and its points.
pub type ChartLine = (String, Vec<[f64; 2]>);

pub fn xy_chart(ui: &mut egui::Ui, i18n: &I18n, id: &str, lines: &[ChartLine], axis: XAxis, bars: bool, height: f32) {
    let label_of = move |x: f64| match &axis {
        XAxis::Dates => local_day(i18n, x),
        XAxis::Numbers => i18n.localise_number(format!("{x}")),
        XAxis::Labels(labels) => {
            let i = x.round();
            if (x - i).abs() < 1e-6 && i >= 0.0 {
                labels.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        }
    };
    let hover = label_of.clone();
    // Bars as wide as the usual gap between two x values.
    let width = lines
        .iter()
        .flat_map(|(_, points)| points.windows(2).map(|w| (w[1][0] - w[0][0]).abs()))
        .filter(|d| *d > 0.0)
        .fold(f64::INFINITY, f64::min);
    let width = if width.is_finite() { width * 0.8 } else { 0.8 };
    let points_in_all: usize = lines.iter().map(|(_, p)| p.len()).sum();
    let mut plot = egui_plot::Plot::new(id.to_string())
        .height(height)
        .x_axis_formatter(move |mark, _| label_of(mark.value))
        .label_formatter(move |hover_at| match hover_at {
            egui_plot::HoverPosition::NearDataPoint { plot_name, position, .. } => {
                let line = if plot_name.is_empty() { String::new() } else { format!("{plot_name}\n") };
                Some(format!("{line}{}\n{}", hover(position.x), i18n.fixed(position.y, 2)))
            }
            _ => None,
        })
        .allow_scroll(false);
    if lines.len() > 1 {
        plot = plot.legend(egui_plot::Legend::default());
    }
    let series = theme::palette(ui).series;
    plot.show(ui, |plot| {
        for (i, (name, points)) in lines.iter().enumerate() {
            let color = series[i % series.len()];
            if bars {
                let bars = points.iter().map(|[x, y]| egui_plot::Bar::new(*x, *y).width(width)).collect();
                plot.bar_chart(egui_plot::BarChart::new(name.clone(), bars).color(color));
            } else {
                plot.line(egui_plot::Line::new(name.clone(), points.clone()).color(color));
                // A dot per point while they can be told apart (and are cheap to draw).
                if points_in_all <= 300 {
                    let radius = if points_in_all <= 60 { 3.0 } else { 1.5 };
                    plot.points(egui_plot::Points::new(name.clone(), points.clone()).radius(radius).color(color));
                }
            }
        }
    });
}

//! The Insights screen: ask your history anything in SQL (read-only) over the views `sets`,
//! `workouts`, `exercises`, `bodyweight`, `measurements`, `records` (docs/queries.md). Ready-made and saved
//! queries, an editor with SQL highlighting (Ctrl+Enter runs), a spinner and Cancel while a
//! query runs, DuckDB's message with the position on an error, the answer in a virtualised
//! table, a one-click line or bar chart of two columns, and the answer copied as CSV.

use super::theme;
use egui::RichText;
use egui_extras::{Column, TableBuilder};

use crate::app::{Action, AppState, Cell, QueryResult};
use crate::i18n::I18n;

use super::charts::{ChartLine, XAxis, xy_chart};
use super::state::{ChartKind, ChartSeries, InsightsView};

/// The most points a chart draws: a longer answer is charted every n-th row (drawing 100,000
/// points takes tens of milliseconds a frame).
const MAX_CHART_POINTS: usize = 1_500;
use super::widgets;

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut InsightsView, actions: &mut Vec<Action>) {
    let panel = state.insights();
    let i18n = state.i18n();
    theme::screen_title(ui, i18n.t("screen-insights"));
    ui.label(i18n.t("insights-intro"));
    ui.add_space(4.0);
    let busy = panel.running || panel.opening_team.is_some();
    team_source(ui, state, view, actions);
    let ready = panel.ready_queries();
    ui.horizontal_wrapped(|ui| {
        ui.label(i18n.t("insights-ready-made"));
        for (name, sql) in ready {
            let shown = ready_name(i18n, name);
            if ui.add_enabled(!busy, egui::Button::new(shown.as_str()).small()).clicked() {
                view.sql = sql.to_string();
                view.save_name = shown;
                view.chart = ChartKind::Line;
                view.x = 0;
                view.y = usize::MAX;
                actions.push(Action::RunQuery(sql.to_string()));
            }
        }
    });
    let saved = state.history().saved_queries();
    if !saved.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(i18n.t("insights-saved"));
            for query in saved {
                if ui.add_enabled(!panel.running, egui::Button::new(&query.name).small()).clicked() {
                    view.sql = query.sql.clone();
                    view.save_name = query.name.clone();
                    actions.push(Action::RunQuery(query.sql.clone()));
                }
                let args = [("name", query.name.as_str().into())];
                let delete = ui.small_button("×").on_hover_text(i18n.f("insights-delete-saved-hover", &args));
                widgets::name(ui, &delete, &i18n.f("insights-delete-saved", &args));
                if delete.clicked() {
                    actions.push(Action::DeleteQuery(query.id));
                }
            }
        });
    }
    ui.add_space(4.0);
    editor(ui, i18n, view, busy, actions);
    ui.horizontal(|ui| {
        if ui.add_enabled(!busy, egui::Button::new(i18n.t("insights-run"))).clicked() {
            actions.push(Action::RunQuery(view.sql.clone()));
        }
        if panel.running {
            ui.spinner();
            if ui.button(i18n.t("insights-cancel")).clicked() {
                actions.push(Action::CancelQuery);
            }
        }
        ui.separator();
        let hint = i18n.t("insights-name-hint");
        let name = ui.add(egui::TextEdit::singleline(&mut view.save_name).hint_text(hint).desired_width(180.0));
        widgets::name(ui, &name, i18n.t("insights-query-name"));
        if ui.button(i18n.t("insights-save-query")).clicked() {
            actions.push(Action::SaveQuery { name: view.save_name.clone(), sql: view.sql.clone() });
        }
        if let Some(result) = &panel.result
            && ui.button(i18n.t("insights-copy-csv")).on_hover_text(i18n.t("insights-copy-csv-hint")).clicked()
        {
            ui.ctx().copy_text(result.to_csv());
        }
    });
    if let Some(error) = &panel.error {
        ui.label(RichText::new(error).monospace().color(super::theme::palette(ui).danger));
    }
    let Some(result) = &panel.result else {
        if panel.error.is_none() && !panel.running {
            ui.add_space(super::theme::SECTION_GAP);
            super::empty::show(
                ui,
                super::icons::INSIGHTS,
                i18n.t("insights-empty-title"),
                i18n.t("insights-empty-hint"),
            );
        }
        return;
    };
    let rows = result.rows.len() + result.more_rows as usize;
    let ms = result.elapsed.as_millis() as u64;
    let status = if result.more_rows > 0 {
        let shown = result.rows.len();
        i18n.f("insights-status-first", &[("count", rows.into()), ("ms", ms.into()), ("shown", shown.into())])
    } else {
        i18n.f("insights-status", &[("count", rows.into()), ("ms", ms.into())])
    };
    let label = ui.label(&status);
    widgets::describe(ui, &label, &status);
    chart(ui, i18n, result, view);
    let key = (result.elapsed, result.rows.len());
    if view.widths.as_ref().is_none_or(|(k, _)| *k != key) {
        view.widths = Some((key, column_widths(ui, result)));
    }
    let widths = view.widths.as_ref().map(|(_, w)| w.as_slice()).unwrap_or_default();
    table(ui, i18n, result, widths);
}

/// A width for each column, from its name and the longest of its first rows: worked out once
/// per answer, so the table needs no measuring of its own and columns scrolled out of sight
/// need not be drawn.
fn column_widths(ui: &egui::Ui, result: &QueryResult) -> Vec<f32> {
    const SAMPLE: usize = 200;
    let char_width = ui.fonts_mut(|f| f.glyph_width(&egui::TextStyle::Monospace.resolve(ui.style()), '0'));
    (0..result.columns.len())
        .map(|c| {
            let longest = result
                .rows
                .iter()
                .take(SAMPLE)
                .map(|row| row[c].text().chars().count())
                .chain([result.columns[c].chars().count() + 1])
                .max()
                .unwrap_or(4);
            (longest as f32 * char_width + 16.0).clamp(60.0, 320.0)
        })
        .collect()
}

/// Whose data the questions are about: the lifter's own history, or a team dataset folder
/// (a coach's view, read-only: `team_sets`, `team_workouts`, `team_bodyweight`,
/// `team_records`, `team_events`).
fn team_source(ui: &mut egui::Ui, state: &AppState, view: &mut InsightsView, actions: &mut Vec<Action>) {
    let panel = state.insights();
    let i18n = state.i18n();
    if let Some(team) = &panel.team {
        ui.horizontal_wrapped(|ui| {
            let text = i18n.f(
                "insights-team-open",
                &[
                    ("folder", team.folder.display().to_string().into()),
                    ("athletes", team.summary.athletes.len().into()),
                    ("events", team.summary.events().into()),
                ],
            );
            let label = ui.label(RichText::new(&text).strong());
            widgets::describe(ui, &label, &text);
            if ui.add_enabled(!panel.running, egui::Button::new(i18n.t("insights-team-close"))).clicked() {
                actions.push(Action::CloseTeamFolder);
            }
        });
        return;
    }
    ui.horizontal(|ui| {
        ui.label(i18n.t("insights-coach"));
        let hint = i18n.t("insights-team-folder-hint");
        let field = ui.add(egui::TextEdit::singleline(&mut view.team_folder).desired_width(280.0).hint_text(hint));
        widgets::name(ui, &field, i18n.t("insights-team-folder"));
        let idle = !panel.running && panel.opening_team.is_none();
        if ui.add_enabled(idle, egui::Button::new(i18n.t("insights-browse"))).clicked() {
            actions.push(Action::BrowseTeamFolder { start: std::path::PathBuf::from(view.team_folder.trim()) });
        }
        let typed = !view.team_folder.trim().is_empty();
        if ui.add_enabled(idle && typed, egui::Button::new(i18n.t("insights-team-open-button"))).clicked() {
            actions.push(Action::OpenTeamFolder(std::path::PathBuf::from(view.team_folder.trim())));
        }
        if let Some(folder) = &panel.opening_team {
            ui.spinner();
            ui.label(i18n.f("insights-team-opening", &[("folder", folder.display().to_string().into())]));
        }
    });
}

/// The SQL editor: monospace, highlighted; Ctrl+Enter runs what it holds.
fn editor(ui: &mut egui::Ui, i18n: &I18n, view: &mut InsightsView, running: bool, actions: &mut Vec<Action>) {
    let theme = egui_extras::syntax_highlighting::CodeTheme::from_style(ui.style());
    let mut layouter = |ui: &egui::Ui, text: &dyn egui::TextBuffer, wrap_width: f32| {
        let mut job = egui_extras::syntax_highlighting::highlight(ui.ctx(), ui.style(), &theme, text.as_str(), "sql");
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let response = ui.add(
        egui::TextEdit::multiline(&mut view.sql)
            .code_editor()
            .desired_rows(6)
            .desired_width(f32::INFINITY)
            .hint_text(i18n.t("insights-sql-hint"))
            .layouter(&mut layouter),
    );
    widgets::name(ui, &response, i18n.t("insights-sql"));
    let run = response.has_focus() && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
    if run && !running {
        actions.push(Action::RunQuery(view.sql.clone()));
    }
}

/// A ready-made query's name in the window's language (`insights-ready-` + its English name
/// in kebab case); its English name if the catalogue has none.
fn ready_name(i18n: &I18n, english: &str) -> String {
    let id = crate::i18n::name_id("insights-ready-", english);
    if i18n.has(&id) { i18n.t(&id).to_string() } else { english.to_string() }
}

/// Days since 1970-01-01 of a date or a timestamp as the views print them.
fn day_of(text: &str) -> Option<f64> {
    let day = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").map(|t| t.date()))
        .ok()?;
    Some((day - chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?).num_days() as f64)
}

/// The most lines a chart splits into: more would be a tangle, not a chart.
const MAX_LINES: usize = 12;

/// What the x axis of column `x` shows: days, numbers, or the rows' labels.
fn axis_of(result: &QueryResult, x: usize) -> XAxis {
    match result.rows.iter().map(|r| &r[x]).find(|c| **c != Cell::Null) {
        Some(Cell::Text(t)) if day_of(t).is_some() => XAxis::Dates,
        Some(Cell::Int(_) | Cell::Float(_)) => XAxis::Numbers,
        _ => XAxis::Labels(result.rows.iter().map(|r| r[x].text()).collect()),
    }
}

/// A column of names (not dates) other than `x` and `y` with 2 to [`MAX_LINES`] values — an
/// athlete, an exercise — whose values each deserve a line, if the answer has one.
fn split_column(result: &QueryResult, x: usize, y: usize) -> Option<usize> {
    (0..result.columns.len()).filter(|c| *c != x && *c != y).find(|&c| {
        let mut values = std::collections::HashSet::new();
        for row in &result.rows {
            match &row[c] {
                Cell::Text(t) if day_of(t).is_none() => {
                    values.insert(t.as_str());
                }
                Cell::Null => {}
                _ => return false,
            }
            if values.len() > MAX_LINES {
                return false;
            }
        }
        values.len() >= 2
    })
}

/// The points of column `y` over column `x`, one line per value of column `split` (in the
/// order they first appear), and what the x axis shows. Labels along x take no split.
fn series(result: &QueryResult, x: usize, y: usize, split: Option<usize>) -> (Vec<ChartLine>, XAxis) {
    let axis = axis_of(result, x);
    let split = split.filter(|_| !matches!(axis, XAxis::Labels(_)));
    let mut lines: Vec<ChartLine> = Vec::new();
    for (i, row) in result.rows.iter().enumerate() {
        let Some(value) = row[y].number() else { continue };
        let at = match &axis {
            XAxis::Dates => day_of(&row[x].text()),
            XAxis::Numbers => row[x].number(),
            XAxis::Labels(_) => Some(i as f64),
        };
        let Some(at) = at else { continue };
        let name = split.map(|c| row[c].text()).unwrap_or_default();
        match lines.iter_mut().find(|(n, _)| *n == name) {
            Some((_, points)) => points.push([at, value]),
            None => lines.push((name, vec![[at, value]])),
        }
    }
    (lines, axis)
}

/// At most [`MAX_CHART_POINTS`] points in all, evenly spread over each line; labelled rows are
/// renumbered with their labels kept (one line only: labels take no split).
fn thinned((lines, axis): (Vec<ChartLine>, XAxis)) -> (Vec<ChartLine>, XAxis) {
    let total: usize = lines.iter().map(|(_, p)| p.len()).sum();
    let step = total.div_ceil(MAX_CHART_POINTS).max(1);
    match axis {
        XAxis::Labels(labels) => {
            let points = lines.into_iter().next().map(|(_, p)| p).unwrap_or_default();
            let kept: Vec<([f64; 2], String)> = points
                .into_iter()
                .step_by(step)
                .map(|[x, y]| ([x, y], labels.get(x as usize).cloned().unwrap_or_default()))
                .collect();
            let points = kept.iter().enumerate().map(|(i, ([_, y], _))| [i as f64, *y]).collect();
            (vec![(String::new(), points)], XAxis::Labels(kept.into_iter().map(|(_, label)| label).collect()))
        }
        axis => (lines.into_iter().map(|(name, p)| (name, p.into_iter().step_by(step).collect())).collect(), axis),
    }
}

/// Two columns chosen (and one to split by), line or bar, one click.
fn chart(ui: &mut egui::Ui, i18n: &I18n, result: &QueryResult, view: &mut InsightsView) {
    let columns = &result.columns;
    if columns.len() < 2 || result.rows.is_empty() {
        return;
    }
    // The first numeric column after x is the natural y.
    if view.y >= columns.len() {
        view.y = (1..columns.len()).find(|c| result.rows.iter().any(|r| r[*c].number().is_some())).unwrap_or(1);
    }
    view.x = view.x.min(columns.len() - 1);
    let new_answer = view.series.as_ref().is_none_or(|s| (s.key.0, s.key.1) != (result.elapsed, result.rows.len()));
    if new_answer {
        view.split = split_column(result, view.x, view.y);
    }
    ui.horizontal(|ui| {
        ui.label(i18n.t("insights-chart"));
        let x = egui::ComboBox::from_id_salt("chart_x").selected_text(&columns[view.x]).show_ui(ui, |ui| {
            for (i, c) in columns.iter().enumerate() {
                ui.selectable_value(&mut view.x, i, c);
            }
        });
        widgets::name(ui, &x.response, i18n.t("insights-chart-across"));
        ui.label(i18n.t("insights-chart-by"));
        let y = egui::ComboBox::from_id_salt("chart_y").selected_text(&columns[view.y]).show_ui(ui, |ui| {
            for (i, c) in columns.iter().enumerate() {
                ui.selectable_value(&mut view.y, i, c);
            }
        });
        widgets::name(ui, &y.response, i18n.t("insights-chart-of"));
        ui.label(i18n.t("insights-chart-line-per"));
        let none = i18n.t("insights-chart-one-line").to_string();
        let shown = view.split.and_then(|c| columns.get(c)).unwrap_or(&none);
        let per = egui::ComboBox::from_id_salt("chart_split").selected_text(shown).show_ui(ui, |ui| {
            ui.selectable_value(&mut view.split, None, &none);
            for (i, c) in columns.iter().enumerate() {
                ui.selectable_value(&mut view.split, Some(i), c);
            }
        });
        widgets::name(ui, &per.response, i18n.t("insights-chart-a-line-per"));
        ui.selectable_value(&mut view.chart, ChartKind::Line, i18n.t("insights-chart-line"));
        ui.selectable_value(&mut view.chart, ChartKind::Bar, i18n.t("insights-chart-bar"));
        ui.selectable_value(&mut view.chart, ChartKind::Off, i18n.t("insights-chart-off"));
    });
    if view.chart == ChartKind::Off {
        return;
    }
    let key = (result.elapsed, result.rows.len(), view.x, view.y, view.split);
    if view.series.as_ref().is_none_or(|s| s.key != key) {
        let (lines, axis) = thinned(series(result, view.x, view.y, view.split));
        if new_answer {
            // Names along the x axis (exercises, set types) are categories: bars, not a line.
            view.chart = if matches!(axis, XAxis::Labels(_)) { ChartKind::Bar } else { ChartKind::Line };
        }
        view.series = Some(ChartSeries { key, lines, axis });
    }
    let Some(ChartSeries { lines, axis, .. }) = &view.series else { return };
    if lines.iter().all(|(_, points)| points.is_empty()) {
        ui.label(i18n.f("insights-chart-no-numbers", &[("column", columns[view.y].as_str().into())]));
        return;
    }
    let (y, x) = (columns[view.y].as_str(), columns[view.x].as_str());
    let title = i18n.f("insights-chart-title", &[("y", y.into()), ("x", x.into())]);
    let shown = ui.label(RichText::new(&title).small());
    widgets::describe(ui, &shown, &i18n.f("insights-chart-described", &[("y", y.into()), ("x", x.into())]));
    xy_chart(ui, i18n, "insights_chart", lines, axis.clone(), view.chart == ChartKind::Bar, 220.0);
}

/// The answer, every row reachable by scrolling; only the rows on screen are drawn.
fn table(ui: &mut egui::Ui, i18n: &I18n, result: &QueryResult, widths: &[f32]) {
    let row_height = 18.0;
    egui::ScrollArea::horizontal().id_salt("insights_table").show(ui, |ui| {
        let mut builder =
            TableBuilder::new(ui).striped(true).min_scrolled_height(200.0).max_scroll_height(f32::INFINITY);
        for c in 0..result.columns.len() {
            let width = widths.get(c).copied().unwrap_or(100.0);
            builder = builder.column(Column::initial(width).at_least(40.0).resizable(true).clip(true));
        }
        builder
            .header(row_height + 2.0, |mut header| {
                for name in &result.columns {
                    header.col(|ui| {
                        if ui.is_rect_visible(ui.max_rect()) {
                            ui.strong(name);
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, result.rows.len(), |mut row| {
                    let cells = &result.rows[row.index()];
                    for cell in cells {
                        row.col(|ui| {
                            // Only the columns in sight are drawn (an answer can have dozens).
                            if !ui.is_rect_visible(ui.max_rect()) {
                                return;
                            }
                            let text = cell.text();
                            match cell {
                                Cell::Int(_) | Cell::Float(_) => {
                                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                                        ui.label(RichText::new(text).monospace());
                                    });
                                }
                                Cell::Null => {
                                    ui.label(RichText::new(i18n.t("insights-null")).weak());
                                }
                                Cell::Text(_) => {
                                    ui.label(text);
                                }
                            }
                        });
                    }
                });
            });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(rows: Vec<Vec<Cell>>) -> QueryResult {
        QueryResult { columns: vec!["x".into(), "y".into()], rows, ..QueryResult::default() }
    }

    #[test]
    fn dates_numbers_and_labels_become_an_axis() {
        let dated = result(vec![
            vec![Cell::Text("1970-01-11".into()), Cell::Float(2.5)],
            vec![Cell::Text("1970-01-12 06:00:00".into()), Cell::Null],
        ]);
        let one = |points: Vec<[f64; 2]>| vec![(String::new(), points)];
        assert_eq!(series(&dated, 0, 1, None), (one(vec![[10.0, 2.5]]), XAxis::Dates));
        let years = result(vec![vec![Cell::Int(2016), Cell::Int(72)], vec![Cell::Int(2017), Cell::Float(95.0)]]);
        assert_eq!(series(&years, 0, 1, None), (one(vec![[2016.0, 72.0], [2017.0, 95.0]]), XAxis::Numbers));
        let named = result(vec![vec![Cell::Text("normal".into()), Cell::Int(3)]]);
        assert_eq!(series(&named, 0, 1, None), (one(vec![[0.0, 3.0]]), XAxis::Labels(vec!["normal".into()])));
    }

    #[test]
    fn long_answers_are_charted_every_nth_row_with_their_labels() {
        let points: Vec<[f64; 2]> = (0..10_000).map(|i| [i as f64, (i * 2) as f64]).collect();
        let labels: Vec<String> = (0..10_000).map(|i| format!("row {i}")).collect();
        let (thin, axis) = thinned((vec![(String::new(), points.clone())], XAxis::Labels(labels)));
        let thin = &thin[0].1;
        assert_eq!(thin.len(), 1_429);
        assert_eq!(thin[1], [1.0, 14.0], "the 8th row, renumbered");
        let XAxis::Labels(kept) = axis else { panic!() };
        assert_eq!(kept[1], "row 7");
        let (dated, _) = thinned((vec![(String::new(), points)], XAxis::Dates));
        assert_eq!(dated[0].1[1], [7.0, 14.0], "dates keep their x");
    }

    #[test]
    fn a_column_of_a_few_names_splits_the_chart_into_a_line_each() {
        let text = |t: &str| Cell::Text(t.into());
        let r = QueryResult {
            columns: vec!["week".into(), "athlete".into(), "volume".into()],
            rows: vec![
                vec![text("2026-01-05"), text("Anna"), Cell::Int(10)],
                vec![text("2026-01-05"), text("Ben"), Cell::Int(20)],
                vec![text("2026-01-12"), text("Anna"), Cell::Int(11)],
            ],
            ..QueryResult::default()
        };
        assert_eq!(split_column(&r, 0, 2), Some(1), "athlete: two names");
        assert_eq!(split_column(&r, 1, 2), None, "dates are not names");
        let (lines, axis) = series(&r, 0, 2, Some(1));
        assert_eq!(axis, XAxis::Dates);
        let day = day_of("2026-01-05").unwrap();
        assert_eq!(
            lines,
            vec![("Anna".to_string(), vec![[day, 10.0], [day + 7.0, 11.0]]), ("Ben".to_string(), vec![[day, 20.0]])]
        );
    }
}

//! The frame around every screen: navigation (and Undo / Redo) on the left, the live workout's bar and the backup
//! reminder banner on top,
//! messages at the bottom, the export and restore panels over it all, and the "finishing backup" notice
//! when the window waits to close.

use egui::RichText;

use super::state::UiState;
use super::{icons, theme};
use crate::app::{Action, AppState, Screen};

pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    view.drawn = Default::default();
    super::widgets::set_i18n(ui.ctx(), state.i18n());
    let i18n = state.i18n();
    egui::Panel::left("navigation").resizable(false).default_size(NAVIGATION_WIDTH).show(ui, |ui| {
        ui.add_space(theme::GAP);
        theme::screen_title(ui, "GymLog");
        ui.add_space(theme::GAP);
        for screen in Screen::ALL {
            let name = i18n.t(screen_id(screen));
            let label = if screen == Screen::Workout && state.session().is_some() {
                i18n.f("shell-screen-live", &[("screen", name.into())])
            } else {
                name.to_string()
            };
            let selected = state.prefs().screen == screen;
            let text = RichText::new(icons::with_icon(screen_icon(screen), &label)).text_style(theme::text::section());
            let entry =
                ui.add(egui::Button::selectable(selected, text).min_size(egui::vec2(ui.available_width(), 0.0)));
            super::widgets::name(ui, &entry, &label);
            if entry.clicked() {
                actions.push(Action::Show(screen));
            }
        }
        ui.add_space(theme::SECTION_GAP);
        ui.separator();
        let text = i18n.t("shell-export-backup-ellipsis");
        let export = ui.add_enabled(!state.is_exporting(), egui::Button::new(icons::with_icon(icons::EXPORT, text)));
        super::widgets::name(ui, &export, text);
        if export.clicked() {
            actions.push(Action::OpenExport);
        }
        ui.add_space(theme::GAP);
        undo_buttons(ui, state, actions);
        ui.add_space(theme::GAP);
        super::sync::status(ui, state, actions);
    });
    if state.session().is_some() {
        egui::Panel::top("live_workout").show(ui, |ui| super::workout::session_bar::show(ui, state, view, actions));
    }
    if needs_cjk_font_notice(ui.ctx(), i18n.language()) {
        egui::Panel::top("cjk_font_notice").show(ui, no_cjk_font_notice);
    }
    if state.backup().should_show_reminder() {
        let buttons = egui::Panel::top("backup_banner").show(ui, |ui| banner(ui, state, actions)).inner;
        view.drawn.banner_buttons = Some(buttons);
    }
    if !state.toasts().is_empty() {
        // Wake up to let messages fade even when nothing else happens.
        ui.ctx().request_repaint_after(std::time::Duration::from_secs(1));
        egui::Panel::bottom("messages").show(ui, |ui| {
            for (i, toast) in state.toasts().all().iter().enumerate().rev().take(3) {
                ui.horizontal(|ui| {
                    let color = if toast.is_error { ui.visuals().error_fg_color } else { ui.visuals().text_color() };
                    ui.label(RichText::new(&toast.text).color(color));
                    if ui.small_button("OK").on_hover_text(i18n.t("shell-hide-message")).clicked() {
                        actions.push(Action::DismissToast(i));
                    }
                });
            }
        });
    }
    // The screen's widgets keep their ids whichever panels are drawn around it: a panel that
    // comes or goes (a message appearing or fading, the live bar, the reminder) changed every
    // id inside a plain CentralPanel, and a click whose press and release straddled it was lost.
    ui.scope_builder(egui::UiBuilder::new().scope_id(egui::Id::unique("gymlog_screen")), |ui| {
        egui::CentralPanel::default().show(ui, |ui| screen(ui, state, view, actions));
    });
    super::export::show(ui, state, actions);
    super::restore::show(ui, state, actions);
    super::import::show(ui, state, actions);
    super::program_editor::show(ui, state, actions);
    // A file dropped on the window is an export to import.
    let dropped = ui.ctx().input(|i| i.raw.dropped_files.first().map(|f| f.path().to_path_buf()));
    if let Some(path) = dropped {
        actions.push(Action::ImportFileDropped(path));
    }
    if state.is_closing() {
        egui::Modal::new(egui::Id::unique("closing")).show(ui.ctx(), |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(i18n.t("shell-closing"));
            });
        });
    }
}

const NAVIGATION_WIDTH: f32 = 170.0;

fn screen_icon(screen: Screen) -> egui_material_icons::MaterialIcon {
    match screen {
        Screen::Workout => icons::WORKOUT,
        Screen::Programs => icons::PROGRAMS,
        Screen::History => icons::HISTORY,
        Screen::Progress => icons::CHART,
        Screen::Insights => icons::INSIGHTS,
        Screen::Exercises => icons::EXERCISES,
        Screen::Bodyweight => icons::BODYWEIGHT,
        Screen::Settings => icons::SETTINGS,
    }
}

/// The catalogue id of a screen's name in the navigation.
pub fn screen_id(screen: Screen) -> &'static str {
    match screen {
        Screen::Workout => "screen-workout",
        Screen::History => "screen-history",
        Screen::Progress => "screen-progress",
        Screen::Insights => "screen-insights",
        Screen::Exercises => "screen-exercises",
        Screen::Bodyweight => "screen-body",
        Screen::Programs => "screen-programs",
        Screen::Settings => "screen-settings",
    }
}

/// Whether the window speaks Chinese with no font that draws it.
fn needs_cjk_font_notice(ctx: &egui::Context, language: crate::i18n::Language) -> bool {
    language == crate::i18n::Language::ChineseSimplified && !super::fonts::has_cjk(ctx)
}

/// Chinese without a font that draws it: how to install one, in English (the Chinese text
/// would be boxes).
fn no_cjk_font_notice(ui: &mut egui::Ui) {
    let palette = theme::palette(ui);
    egui::Frame::new().fill(palette.banner).inner_margin(theme::GAP).show(ui, |ui| {
        ui.set_min_width(ui.available_width());
        let text = super::widgets::english().t("shell-no-cjk-font").to_string();
        ui.label(RichText::new(text).color(palette.on_banner).strong());
    });
}

/// The screen the navigation chose (or the loading notice).
fn screen(ui: &mut egui::Ui, state: &AppState, view: &mut UiState, actions: &mut Vec<Action>) {
    if state.is_loading() {
        // No spinner: an animation redraws every frame, and on a machine without a GPU each
        // frame takes CPU the loading needs (a million events loaded ~1 s slower). The
        // loader wakes the window when it is done.
        ui.label(state.i18n().t("shell-loading"));
        return;
    }
    // History scrolls its own list, Insights its table, Programs its list and details (only the rows on screen are drawn).
    if state.prefs().screen == Screen::History {
        super::history::show(ui, state, view, actions);
        return;
    }
    if state.prefs().screen == Screen::Insights {
        super::insights::show(ui, state, &mut view.insights, actions);
        return;
    }
    // Programs scrolls its list and its details apart.
    if state.prefs().screen == Screen::Programs {
        super::programs::show(ui, state, &mut view.programs, actions);
        return;
    }
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| match state.prefs().screen {
        Screen::Workout => super::workout::show(ui, state, view, actions),
        Screen::History | Screen::Insights | Screen::Programs => {}
        Screen::Progress => super::progress::show(ui, state, view, actions),
        Screen::Exercises => super::library::show(ui, state, view, actions),
        Screen::Bodyweight => super::bodyweight::show(ui, state, view, actions),
        Screen::Settings => super::settings::show(ui, state, view, actions),
    });
}

/// Undo and Redo of changes to workouts (also Ctrl+Z and Ctrl+Shift+Z).
fn undo_buttons(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    let stack = state.undo_stack();
    let i18n = state.i18n();
    ui.horizontal(|ui| {
        let text = i18n.t("common-undo");
        let undo = ui.add_enabled(stack.next_undo().is_some(), egui::Button::new(icons::with_icon(icons::UNDO, text)));
        super::widgets::name(ui, &undo, text);
        let undo = match stack.next_undo() {
            Some(label) => undo.on_hover_text(i18n.f("shell-undo-hint", &[("label", label.into())])),
            None => undo,
        };
        if undo.clicked() {
            actions.push(Action::Undo);
        }
        let text = i18n.t("common-redo");
        let redo = ui.add_enabled(stack.next_redo().is_some(), egui::Button::new(icons::with_icon(icons::REDO, text)));
        super::widgets::name(ui, &redo, text);
        let redo = match stack.next_redo() {
            Some(label) => redo.on_hover_text(i18n.f("shell-redo-hint", &[("label", label.into())])),
            None => redo,
        };
        if redo.clicked() {
            actions.push(Action::Redo);
        }
    });
}

/// The reminder; returns where its two buttons are.
fn banner(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) -> [egui::Rect; 2] {
    let backup = state.backup();
    let i18n = state.i18n();
    let last = backup
        .last_backup_date
        .map(|d| i18n.date(d.with_timezone(&chrono::Local).date_naive()))
        .unwrap_or_else(|| i18n.t("shell-backup-never").to_string());
    let palette = super::theme::palette(ui);
    let frame = egui::Frame::new().fill(palette.banner).inner_margin(super::theme::GAP);
    frame
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            ui.horizontal(|ui| {
                let count = backup.workouts_since_backup as usize;
                let text = i18n.f("shell-backup-reminder", &[("count", count.into()), ("last", last.as_str().into())]);
                ui.label(RichText::new(text).color(palette.on_banner).strong());
                let export = ui.add_enabled(!state.is_exporting(), egui::Button::new(i18n.t("shell-export-backup")));
                if export.clicked() {
                    actions.push(Action::OpenExport);
                }
                let dismiss = ui.button(i18n.t("common-dismiss"));
                if dismiss.clicked() {
                    actions.push(Action::DismissReminder);
                }
                [export.rect, dismiss.rect]
            })
            .inner
        })
        .inner
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable;

    use crate::i18n::Language;

    fn notice(language: Language, cjk: bool) -> bool {
        let mut harness = crate::ui::harness(
            move |ui, _: &mut ()| {
                super::super::fonts::set_has_cjk(ui.ctx(), cjk);
                if super::needs_cjk_font_notice(ui.ctx(), language) {
                    super::no_cjk_font_notice(ui);
                }
            },
            (),
        );
        harness.run();
        harness.query_by_label_contains("sudo apt install fonts-noto-cjk").is_some()
    }

    #[test]
    fn chinese_without_a_cjk_font_says_how_to_install_one() {
        assert!(notice(Language::ChineseSimplified, false));
        assert!(!notice(Language::ChineseSimplified, true), "a CJK font draws it");
        assert!(!notice(Language::German, false), "only Chinese needs one");
    }
}

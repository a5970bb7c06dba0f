//! The icons of the common actions (Material Symbols, an icon font made for egui), named by
//! what they do, and the buttons that carry them. Every icon button has a tooltip and an
//! AccessKit name in words, so screen readers and the kittests find "Finish" or "Remove
//! Squat set 1", never a private-use code point.

use egui::{Response, RichText, Ui};
use egui_material_icons::MaterialIcon;
use egui_material_icons::icons as m;

pub const ADD: MaterialIcon = m::ICON_ADD;
pub const REMOVE: MaterialIcon = m::ICON_DELETE;
pub const EDIT: MaterialIcon = m::ICON_EDIT;
pub const DONE: MaterialIcon = m::ICON_CHECK;
pub const DONE_CIRCLE: MaterialIcon = m::ICON_CHECK_CIRCLE;
pub const UNDO: MaterialIcon = m::ICON_UNDO;
pub const REDO: MaterialIcon = m::ICON_REDO;
pub const RECORD: MaterialIcon = m::ICON_TROPHY;
pub const CHART: MaterialIcon = m::ICON_SHOW_CHART;
pub const EXPORT: MaterialIcon = m::ICON_SAVE;
pub const IMPORT: MaterialIcon = m::ICON_FILE_OPEN;
pub const SETTINGS: MaterialIcon = m::ICON_SETTINGS;
pub const TIMER: MaterialIcon = m::ICON_TIMER;
pub const START: MaterialIcon = m::ICON_PLAY_ARROW;
pub const WORKOUT: MaterialIcon = m::ICON_FITNESS_CENTER;
pub const PROGRAMS: MaterialIcon = m::ICON_CALENDAR_MONTH;
pub const HISTORY: MaterialIcon = m::ICON_HISTORY;
pub const EXERCISES: MaterialIcon = m::ICON_LIST;
pub const BODYWEIGHT: MaterialIcon = m::ICON_MONITOR_WEIGHT;
pub const MEASUREMENT: MaterialIcon = m::ICON_STRAIGHTEN;
pub const INSIGHTS: MaterialIcon = m::ICON_QUERY_STATS;
pub const RESTORE: MaterialIcon = m::ICON_RESTORE;
pub const NOTE: MaterialIcon = m::ICON_NOTES;
pub const MORE: MaterialIcon = m::ICON_MORE_VERT;
pub const MOVE_UP: MaterialIcon = m::ICON_ARROW_UPWARD;
pub const MOVE_DOWN: MaterialIcon = m::ICON_ARROW_DOWNWARD;
pub const COPY: MaterialIcon = m::ICON_CONTENT_COPY;
pub const SYNC: MaterialIcon = m::ICON_SYNC;
pub const SYNC_PROBLEM: MaterialIcon = m::ICON_SYNC_PROBLEM;

/// Registers the icon font beside the text fonts (after `fonts::install`, which replaces the
/// font definitions).
pub fn install(ctx: &egui::Context) {
    egui_material_icons::initialize(ctx);
}

/// `text` after `icon`, for a label or a button.
pub fn with_icon(icon: MaterialIcon, text: &str) -> String {
    format!("{} {text}", icon.codepoint)
}

/// A button showing `icon` and `text`, named `text` for AccessKit.
pub fn button(ui: &mut Ui, icon: MaterialIcon, text: &str) -> Response {
    let response = ui.button(with_icon(icon, text));
    super::widgets::name(ui, &response, text);
    response
}

/// A small button showing only `icon`, with `tooltip` on hover and as its AccessKit name.
pub fn icon_button(ui: &mut Ui, icon: MaterialIcon, tooltip: &str) -> Response {
    let response = ui
        .add(egui::Button::new(RichText::new(icon.codepoint).size(super::theme::ICON_SIZE)).frame(false))
        .on_hover_text(tooltip);
    super::widgets::name(ui, &response, tooltip);
    response
}

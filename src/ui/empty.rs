//! Empty states: what a list or chart shows before anything fills it — an icon, what will be
//! here, and what to do to fill it, in a quiet card, with the one action that fills it where
//! there is one. Every screen's empty list goes through here, so they all read alike.

use egui::RichText;
use egui_material_icons::MaterialIcon;

use super::{theme, widgets};

/// The empty state of a list: `title` says what is missing, `hint` what fills it. The card's
/// text is one AccessKit label, "`title`. `hint`", so a test finds it by its words.
pub fn show(ui: &mut egui::Ui, icon: MaterialIcon, title: &str, hint: &str) {
    card(ui, icon, title, hint, None);
}

/// The empty state with the action that fills it; returns whether `action` was clicked.
pub fn with_action(ui: &mut egui::Ui, icon: MaterialIcon, title: &str, hint: &str, action: &str) -> bool {
    card(ui, icon, title, hint, Some(action))
}

fn card(ui: &mut egui::Ui, icon: MaterialIcon, title: &str, hint: &str, action: Option<&str>) -> bool {
    let palette = theme::palette(ui);
    let mut clicked = false;
    ui.add_space(theme::GAP);
    theme::card(ui).show(ui, |ui| {
        ui.set_max_width(theme::EMPTY_STATE_WIDTH);
        ui.horizontal(|ui| {
            ui.label(RichText::new(icon.codepoint).size(theme::EMPTY_ICON_SIZE).color(palette.muted));
            ui.vertical(|ui| {
                let shown = ui.label(RichText::new(title).text_style(theme::text::section()).strong());
                widgets::describe(ui, &shown, &format!("{title}. {hint}"));
                ui.label(RichText::new(hint).color(palette.muted));
                if let Some(action) = action {
                    ui.add_space(theme::GAP);
                    clicked = theme::primary_button(ui, action).clicked();
                }
            });
        });
    });
    clicked
}

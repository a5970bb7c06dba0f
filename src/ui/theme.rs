//! The look of GymLog, in one place: the colour roles (accent, done, record, warning, danger,
//! muted, …) of a dark and a light palette, the type scale (screen title, section title, body,
//! numbers in tabular figures, hints), spacing, corner radii and strokes. Views ask for a role
//! or a text style here and never pick a colour or a size of their own; `install` puts the
//! scale and the spacing into both of egui's styles once, and egui follows the system's light
//! or dark mode (or the one chosen in Settings).

use egui::{Color32, CornerRadius, FontFamily, FontId, RichText, Stroke, TextStyle, Ui};

/// The colour roles of one theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// Primary actions, the current exercise, links, the first chart series.
    pub accent: Color32,
    /// Text on an accent fill.
    pub on_accent: Color32,
    /// A logged set, a completed step.
    pub done: Color32,
    /// The background of a logged set's row.
    pub done_tint: Color32,
    /// The background of the next set to do.
    pub next_tint: Color32,
    /// A personal record.
    pub record: Color32,
    /// Something to look at (an unsaved edit, a rest that ran out).
    pub warning: Color32,
    /// Errors and destructive actions.
    pub danger: Color32,
    /// Secondary text: hints, previous sessions, units.
    pub muted: Color32,
    /// Exercises done as a superset.
    pub superset: Color32,
    /// The backup reminder banner and the text on it.
    pub banner: Color32,
    pub on_banner: Color32,
    /// Calendar heat map: no training, the most training.
    pub heat_low: Color32,
    pub heat_high: Color32,
    /// Chart series, in order.
    pub series: [Color32; 6],
}

const DARK: Palette = Palette {
    accent: Color32::from_rgb(0x5B, 0x9C, 0xF5),
    on_accent: Color32::from_rgb(0x0B, 0x16, 0x26),
    done: Color32::from_rgb(0x4C, 0xC3, 0x6B),
    done_tint: Color32::from_rgba_premultiplied(0x10, 0x2A, 0x18, 0xC0),
    next_tint: Color32::from_rgba_premultiplied(0x12, 0x22, 0x3A, 0xC0),
    record: Color32::from_rgb(0xF0, 0xAE, 0x2E),
    warning: Color32::from_rgb(0xF2, 0x9E, 0x4C),
    danger: Color32::from_rgb(0xF2, 0x6D, 0x63),
    muted: Color32::from_rgb(0x9A, 0xA3, 0xAE),
    superset: Color32::from_rgb(0x8C, 0x7C, 0xF0),
    banner: Color32::from_rgb(0xF6, 0xC3, 0x44),
    on_banner: Color32::from_rgb(0x1E, 0x18, 0x05),
    heat_low: Color32::from_rgb(0x23, 0x2A, 0x33),
    heat_high: Color32::from_rgb(0x4C, 0xC3, 0x6B),
    series: [
        Color32::from_rgb(0x5B, 0x9C, 0xF5),
        Color32::from_rgb(0xF0, 0x8A, 0x3C),
        Color32::from_rgb(0x4C, 0xC3, 0x6B),
        Color32::from_rgb(0xC8, 0x6F, 0xE0),
        Color32::from_rgb(0xF2, 0x6D, 0x63),
        Color32::from_rgb(0x3F, 0xC4, 0xCC),
    ],
};

const LIGHT: Palette = Palette {
    accent: Color32::from_rgb(0x1F, 0x63, 0xD6),
    on_accent: Color32::WHITE,
    done: Color32::from_rgb(0x1E, 0x8A, 0x3C),
    done_tint: Color32::from_rgb(0xE3, 0xF4, 0xE7),
    next_tint: Color32::from_rgb(0xE4, 0xEE, 0xFC),
    record: Color32::from_rgb(0xB8, 0x74, 0x00),
    warning: Color32::from_rgb(0xC0, 0x5A, 0x00),
    danger: Color32::from_rgb(0xC6, 0x28, 0x28),
    muted: Color32::from_rgb(0x5F, 0x68, 0x73),
    superset: Color32::from_rgb(0x5B, 0x45, 0xC9),
    banner: Color32::from_rgb(0xF6, 0xC3, 0x44),
    on_banner: Color32::from_rgb(0x1E, 0x18, 0x05),
    heat_low: Color32::from_rgb(0xE6, 0xEA, 0xEE),
    heat_high: Color32::from_rgb(0x1E, 0x8A, 0x3C),
    series: [
        Color32::from_rgb(0x1F, 0x63, 0xD6),
        Color32::from_rgb(0xD9, 0x6A, 0x12),
        Color32::from_rgb(0x1E, 0x8A, 0x3C),
        Color32::from_rgb(0x9B, 0x3F, 0xB8),
        Color32::from_rgb(0xC6, 0x28, 0x28),
        Color32::from_rgb(0x0E, 0x8E, 0x96),
    ],
};

/// The palette of the theme `ui` is drawn in.
pub fn palette(ui: &Ui) -> &'static Palette {
    palette_of(ui.visuals().dark_mode)
}

pub fn palette_of(dark: bool) -> &'static Palette {
    if dark { &DARK } else { &LIGHT }
}

/// The type scale, by role.
pub mod text {
    use egui::TextStyle;

    /// A screen's title ("History", "Settings").
    pub fn screen_title() -> TextStyle {
        TextStyle::Heading
    }

    /// A section of a screen, an exercise's name in a table.
    pub fn section() -> TextStyle {
        TextStyle::Name("section".into())
    }

    /// Weights, reps, times: tabular figures, so columns line up.
    pub fn number() -> TextStyle {
        TextStyle::Name("number".into())
    }

    /// The rest timer and other figures read from across the room.
    pub fn big_number() -> TextStyle {
        TextStyle::Name("big_number".into())
    }

    /// Hints and secondary lines.
    pub fn hint() -> TextStyle {
        TextStyle::Small
    }
}

/// Sizes of the scale, in points (egui scales them with the system's zoom).
const SCREEN_TITLE: f32 = 22.0;
const SECTION: f32 = 16.0;
const BODY: f32 = 14.0;
const BUTTON: f32 = 14.0;
const HINT: f32 = 12.0;
const NUMBER: f32 = 14.0;
const BIG_NUMBER: f32 = 28.0;
const MONOSPACE: f32 = 13.0;
const TINY: f32 = 10.0;

/// Spacing and shapes.
pub const GAP: f32 = 8.0;
pub const SECTION_GAP: f32 = 16.0;
pub const CORNER: u8 = 6;
pub const CARD_CORNER: u8 = 10;
pub const CARD_MARGIN: i8 = 12;
pub const ICON_SIZE: f32 = 18.0;
pub const LARGE_BUTTON_HEIGHT: f32 = 40.0;
/// An empty state's card: no wider than a line reads well, its icon large and quiet.
pub const EMPTY_STATE_WIDTH: f32 = 520.0;
pub const EMPTY_ICON_SIZE: f32 = 40.0;
/// A record's card on an exercise's records screen.
pub const RECORD_CARD_WIDTH: f32 = 150.0;

/// Puts the type scale, spacing and shapes into the dark and the light style.
pub fn install(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::new(SCREEN_TITLE, FontFamily::Proportional)),
            (text::section(), FontId::new(SECTION, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(BODY, FontFamily::Proportional)),
            (TextStyle::Button, FontId::new(BUTTON, FontFamily::Proportional)),
            (TextStyle::Small, FontId::new(HINT, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(MONOSPACE, FontFamily::Monospace)),
            (text::number(), FontId::new(NUMBER, FontFamily::Monospace)),
            (text::big_number(), FontId::new(BIG_NUMBER, FontFamily::Monospace)),
        ]
        .into();
        let spacing = &mut style.spacing;
        spacing.item_spacing = egui::vec2(GAP, 6.0);
        spacing.button_padding = egui::vec2(10.0, 5.0);
        spacing.interact_size.y = 24.0;
        spacing.menu_margin = egui::Margin::same(8);
        let visuals = &mut style.visuals;
        let palette = palette_of(visuals.dark_mode);
        let corner = CornerRadius::same(CORNER);
        for widget in [
            &mut visuals.widgets.noninteractive,
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
            &mut visuals.widgets.open,
        ] {
            widget.corner_radius = corner;
        }
        visuals.window_corner_radius = CornerRadius::same(CARD_CORNER);
        visuals.menu_corner_radius = CornerRadius::same(CARD_CORNER);
        visuals.selection.bg_fill = palette.accent.gamma_multiply(0.45);
        visuals.selection.stroke = Stroke::new(1.0, palette.accent);
        visuals.hyperlink_color = palette.accent;
        visuals.warn_fg_color = palette.warning;
        visuals.error_fg_color = palette.danger;
        visuals.striped = false;
    });
}

/// The font of labels drawn in tight places (a calendar's day and month names).
pub fn tiny_font() -> FontId {
    FontId::proportional(TINY)
}

/// A screen's title.
pub fn screen_title(ui: &mut Ui, text: impl Into<String>) -> egui::Response {
    ui.label(RichText::new(text).text_style(text::screen_title()).strong())
}

/// A section title, with the space a new section takes.
pub fn section(ui: &mut Ui, text: impl Into<String>) -> egui::Response {
    ui.add_space(GAP);
    ui.label(RichText::new(text).text_style(text::section()).strong())
}

/// A quiet line that explains.
pub fn hint(ui: &mut Ui, text: impl Into<String>) -> egui::Response {
    let color = palette(ui).muted;
    ui.label(RichText::new(text).text_style(text::hint()).color(color))
}

/// A figure in tabular digits.
pub fn number(text: impl Into<String>) -> RichText {
    RichText::new(text).text_style(text::number())
}

/// A card: a framed group of related content (a workout in History, a record).
pub fn card(ui: &Ui) -> egui::Frame {
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .corner_radius(CornerRadius::same(CARD_CORNER))
        .inner_margin(egui::Margin::same(CARD_MARGIN))
}

/// A primary action: filled with the accent.
pub fn primary_button(ui: &mut Ui, text: impl Into<String>) -> egui::Response {
    let palette = palette(ui);
    ui.add(egui::Button::new(RichText::new(text).color(palette.on_accent).strong()).fill(palette.accent))
}

/// The one action a screen is for (Start workout): filled with the accent, larger than the rest.
pub fn large_primary_button(ui: &mut Ui, text: impl Into<String>) -> egui::Response {
    let palette = palette(ui);
    let text = RichText::new(text).text_style(text::section()).color(palette.on_accent).strong();
    ui.add(egui::Button::new(text).fill(palette.accent).min_size(egui::vec2(0.0, LARGE_BUTTON_HEIGHT)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Relative luminance (WCAG), for contrast checks.
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.03928 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }

    fn contrast(a: Color32, b: Color32) -> f32 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn every_text_role_is_readable_on_its_theme_background() {
        for dark in [true, false] {
            let palette = palette_of(dark);
            let background = if dark { egui::Visuals::dark() } else { egui::Visuals::light() }.panel_fill;
            for (role, colour) in [
                ("accent", palette.accent),
                ("done", palette.done),
                ("record", palette.record),
                ("warning", palette.warning),
                ("danger", palette.danger),
                ("muted", palette.muted),
            ] {
                let ratio = contrast(colour, background);
                assert!(
                    ratio >= 3.0,
                    "{role} in the {} theme has contrast {ratio:.2}",
                    if dark { "dark" } else { "light" }
                );
            }
            assert!(contrast(palette.on_accent, palette.accent) >= 4.5, "text on the accent");
            assert!(contrast(palette.on_banner, palette.banner) >= 4.5, "text on the banner");
        }
    }
}

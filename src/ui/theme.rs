//! Design tokens: every colour, spacing and text size the screens use.

use egui::{Color32, FontId, TextStyle, Visuals};

use crate::model::ThemeChoice;

/// Small gap between related items.
pub const GAP_S: f32 = 4.0;
/// Gap between items of a group.
pub const GAP_M: f32 = 8.0;
/// Gap between groups.
pub const GAP_L: f32 = 16.0;
/// Gap between sections of a page.
pub const GAP_XL: f32 = 24.0;

/// Width of the navigation panel.
pub const NAV_WIDTH: f32 = 180.0;
/// Width of a text field in a form.
pub const FIELD_WIDTH: f32 = 320.0;
/// Width of a short text field (a time, a code, four digits).
pub const SHORT_FIELD_WIDTH: f32 = 90.0;
/// Widest a page of text or a form grows, so that lines stay readable.
pub const PAGE_MAX_WIDTH: f32 = 900.0;

/// Body text size: larger than egui's default, for reading in a hotel room at night.
pub const BODY_SIZE: f32 = 15.0;
/// Heading size.
pub const HEADING_SIZE: f32 = 22.0;
/// Size of a section title inside a page.
pub const SECTION_SIZE: f32 = 17.0;
/// Small print.
pub const SMALL_SIZE: f32 = 12.5;

/// The colour of a warning (an identifier that looks wrong, a deadline close by).
pub fn warning(visuals: &Visuals) -> Color32 {
    visuals.warn_fg_color
}

/// The colour of an error (something that stops an action).
pub fn error(visuals: &Visuals) -> Color32 {
    visuals.error_fg_color
}

/// The colour of something due today: between a warning and an error.
pub fn urgent(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(255, 140, 60)
    } else {
        Color32::from_rgb(200, 80, 0)
    }
}

/// The colour of something that is fine or done.
pub fn success(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(110, 200, 120)
    } else {
        Color32::from_rgb(30, 130, 60)
    }
}

/// The background of a banner that needs attention.
pub fn banner_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(70, 50, 20)
    } else {
        Color32::from_rgb(255, 243, 214)
    }
}

/// The background of a banner about an error.
pub fn error_banner_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(80, 30, 30)
    } else {
        Color32::from_rgb(253, 226, 226)
    }
}

/// Applies the theme choice and the app's text sizes to the context.
pub fn apply(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.set_theme(match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    });
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(HEADING_SIZE)),
            (TextStyle::Body, FontId::proportional(BODY_SIZE)),
            (TextStyle::Monospace, FontId::monospace(BODY_SIZE - 1.0)),
            (TextStyle::Button, FontId::proportional(BODY_SIZE)),
            (TextStyle::Small, FontId::proportional(SMALL_SIZE)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(GAP_M, GAP_M - 2.0);
        style.spacing.button_padding = egui::vec2(GAP_M + 2.0, GAP_S + 1.0);
    });
}

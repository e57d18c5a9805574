//! Design tokens: every colour, spacing and text size the screens use.

use egui::{Color32, FontId, TextStyle, Visuals};

use crate::actions::Level;
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
/// Width of an amount of money or data, and of a date.
pub const AMOUNT_WIDTH: f32 = FIELD_WIDTH / 2.0;
/// Width of a date field (a calendar button follows it).
pub const DATE_WIDTH: f32 = FIELD_WIDTH / 2.0;
/// Width of a notes field.
pub const NOTES_WIDTH: f32 = FIELD_WIDTH * 1.3;
/// Lines a notes field shows.
pub const NOTES_ROWS: usize = 3;
/// Narrowest the label column of a form gets.
pub const FORM_LABEL_WIDTH: f32 = 150.0;
/// Height of a button in the navigation and in lists of steps.
pub const NAV_BUTTON_HEIGHT: f32 = 32.0;
/// Height of a step in the wizard's list of steps.
pub const STEP_BUTTON_HEIGHT: f32 = 28.0;
/// Width of the month and year between the calendar's arrows.
pub const CALENDAR_TITLE_WIDTH: f32 = 170.0;
/// Width and height of a day in the calendar.
pub const CALENDAR_DAY_SIZE: f32 = 30.0;
/// Width of the wizard's list of steps beside the step.
pub const WIZARD_STEPS_WIDTH: f32 = 210.0;
/// Width of the checklist beside a wizard step.
pub const WIZARD_CHECKLIST_WIDTH: f32 = 260.0;
/// From this width on the wizard shows its steps and checklist beside the
/// step: the step then keeps about 740 points, room for a label, a field
/// and a note beside it.
pub const WIZARD_SIDE_BY_SIDE_WIDTH: f32 = 1230.0;
/// Widest a wizard step grows: a label, a field and a long note beside it.
pub const WIZARD_STEP_MAX_WIDTH: f32 = 860.0;
/// The list of whom a guide is sent for: a name, a language and a zone.
pub const READER_CHOICE_WIDTH: f32 = 300.0;
/// Narrowest a note beside a field gets (it wraps to more lines).
pub const NOTE_MIN_WIDTH: f32 = 120.0;
/// Width of the Overview's data panel beside the cards.
pub const OVERVIEW_DATA_WIDTH: f32 = 430.0;
/// Height of the Overview's data chart.
pub const DATA_CHART_HEIGHT: f32 = 230.0;
/// Height of the Receipts screen's spending chart.
pub const SPENDING_CHART_HEIGHT: f32 = 140.0;
/// Width of the guide's help panel beside the step.
pub const GUIDE_HELP_WIDTH: f32 = 320.0;
/// Narrowest each column of the Cards table starts: kind, label, provider,
/// renew by, state (the notes take the rest).
pub const CARDS_COLUMN_WIDTHS: [f32; 5] = [90.0, 160.0, 100.0, 140.0, 180.0];
/// Space above and below a section in a scrolling page.
pub const SECTION_MARGIN: egui::Margin = egui::Margin::symmetric(0, 8);
/// Space around a wizard step's content.
pub const STEP_MARGIN: egui::Margin = egui::Margin::symmetric(8, 8);
/// Space inside an urgency badge.
pub const BADGE_MARGIN: egui::Margin = egui::Margin::symmetric(8, 2);
/// Space inside a notice or banner.
pub const NOTICE_PADDING: f32 = GAP_M + 2.0;

/// Guide mode's text sizes, as factors of the person's guide text size
/// (Settings), so that the whole guide grows and shrinks together.
pub mod guide_text {
    /// The guide's title, and a number to read out (an ICCID).
    pub const TITLE: f32 = 1.3;
    /// A step's title, and the help facts.
    pub const STEP_TITLE: f32 = 1.2;
    /// The big buttons' text.
    pub const BUTTON: f32 = 1.1;
    /// Headings of the side panel.
    pub const HEADING: f32 = 0.9;
    /// A fact's value in the side panel.
    pub const FACT_VALUE: f32 = 0.85;
    /// Notes under a step ("Step 3 of 7").
    pub const NOTE: f32 = 0.8;
    /// A fact's label in the side panel.
    pub const FACT_LABEL: f32 = 0.75;
    /// The big buttons' height.
    pub const BUTTON_HEIGHT: f32 = 2.2;
}

/// Radius of a reading's point on the Overview's data chart.
pub const CHART_POINT_RADIUS: f32 = 4.0;
/// The largest share of the window's height a QR code takes.
pub const QR_MAX_HEIGHT_SHARE: f32 = 0.6;
/// The range of the guide's text size in Settings, in points.
pub const GUIDE_TEXT_SIZES: std::ops::RangeInclusive<f32> = 16.0..=36.0;

/// Height of the notice strip at the bottom of the window (one line).
pub const STATUS_STRIP_HEIGHT: f32 = 30.0;
/// Widest the list of every notice grows, above the strip.
pub const NOTICES_WIDTH: f32 = 640.0;
/// Tallest the list of every notice grows before it scrolls.
pub const NOTICES_MAX_HEIGHT: f32 = 420.0;

/// Width of each of guide mode's big buttons (Back, Next, It does not work).
pub const GUIDE_BUTTON_WIDTH: f32 = 200.0;
/// Width of a card's button among the guides to choose from.
pub const GUIDE_CHOICE_WIDTH: f32 = 320.0;
/// Below this width guide mode shows "Need help?" under the step, not beside it.
pub const GUIDE_SIDE_BY_SIDE_WIDTH: f32 = 820.0;
/// Widest a guide step grows.
pub const GUIDE_STEP_MAX_WIDTH: f32 = 760.0;
/// Widest a dialog grows.
pub const DIALOG_MAX_WIDTH: f32 = 460.0;
/// The outline of the control with the keyboard focus, in points.
pub const FOCUS_STROKE_WIDTH: f32 = 2.0;
/// The smallest a QR code is drawn, in points, so that a phone can scan it.
pub const QR_MIN_SIZE: f32 = 200.0;
/// Width of each currency's spending chart.
pub const SPENDING_CHART_WIDTH: f32 = 300.0;
/// Width of a month's bar, in months.
pub const BAR_WIDTH: f64 = 0.7;
/// Narrowest a table column gets.
pub const TABLE_MIN_COLUMN: f32 = 40.0;
/// Narrowest the column that takes the rest (the receipts' plan) gets.
pub const TABLE_REST_MIN_COLUMN: f32 = 150.0;
/// From this width on the receipts table shows every column; below it, it
/// leaves out the provider and the channel so the plan stays readable.
pub const RECEIPTS_ALL_COLUMNS_WIDTH: f32 = 1000.0;
/// From this width on the table also shows who paid, what was charged and the trip.
pub const RECEIPTS_MONEY_COLUMNS_WIDTH: f32 = 1500.0;
/// Width of the search field on the Receipts screen.
pub const SEARCH_WIDTH: f32 = 280.0;
/// Width of a field for a reading of data left.
pub const READING_WIDTH: f32 = 120.0;
/// Rounding of a card's frame and a notice.
pub const CARD_ROUNDING: f32 = 8.0;
/// The inner margin of a card's frame.
pub const CARD_PADDING: f32 = GAP_M + 2.0;
/// A thin outline (a card, a badge).
pub const THIN_STROKE: f32 = 1.0;
/// A thick outline (the selected card).
pub const THICK_STROKE: f32 = 2.0;
/// How strongly a badge is filled with its colour.
pub const BADGE_FILL_ALPHA: f32 = 0.18;
/// Height of a large button: the first-start choices, guide mode's buttons.
pub const BIG_BUTTON_HEIGHT: f32 = 40.0;
/// Below this width the Overview shows a card's data under the cards, not beside them.
pub const OVERVIEW_SIDE_BY_SIDE_WIDTH: f32 = 900.0;
/// Rounding of a status badge.
pub const BADGE_ROUNDING: f32 = 10.0;

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

/// The colour of something to do in the next days: yellow, far enough from
/// the orange of "renew now" to tell apart.
pub fn soon(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(232, 200, 70)
    } else {
        Color32::from_rgb(140, 105, 0)
    }
}

/// Text on a solid mark of a warning colour.
pub fn on_solid(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(20, 20, 20)
    } else {
        Color32::WHITE
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

/// The background of a notice of `level`: green for done, blue for
/// information, amber for a warning, red for an error.
pub fn notice_fill(visuals: &Visuals, level: Level) -> Color32 {
    let (dark, light) = match level {
        Level::Success => ((24, 60, 34), (222, 245, 228)),
        Level::Info => ((26, 46, 72), (224, 236, 252)),
        Level::Warning => ((70, 50, 20), (255, 243, 214)),
        Level::Error => ((80, 30, 30), (253, 226, 226)),
    };
    let (r, g, b) = if visuals.dark_mode { dark } else { light };
    Color32::from_rgb(r, g, b)
}

/// The colour of a notice's text in the strip.
pub fn level_color(visuals: &Visuals, level: Level) -> Color32 {
    match level {
        Level::Success => success(visuals),
        Level::Info => visuals.text_color(),
        Level::Warning => warning(visuals),
        Level::Error => error(visuals),
    }
}

/// The symbol before a notice in the strip, so that it reads without colour.
pub fn level_symbol(level: Level) -> &'static str {
    match level {
        Level::Success => "✔",
        Level::Info => "ℹ",
        Level::Warning => "⚠",
        Level::Error => "⛔",
    }
}

/// The window's background, which the window is cleared to before each
/// frame (`KoshinApp::clear_color`): the panels' colour.
pub fn background(visuals: &Visuals) -> Color32 {
    visuals.panel_fill
}

/// A panel's frame without its fill: the window's [`background`] shows
/// through. Painting the panels' colour over a window already cleared to it
/// costs a software renderer (a virtual machine, a remote desktop, Xvfb's
/// llvmpipe) about 20 ms a frame at 1180×760 and looks the same.
/// Show what is inside with [`on_background`], so that scroll areas fade out to it.
pub fn unfilled(frame: egui::Frame) -> egui::Frame {
    frame.fill(Color32::TRANSPARENT)
}

/// Shows `add_contents` on the window's [`background`]: no frame paints it
/// (see [`unfilled`]), but the Uis inside are told it is there, so that a
/// scroll area's fade-out at its edges fades to it. Inside a panel: it takes
/// all of the panel's room, as the panel's own contents do.
pub fn on_background<R>(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let under = egui::Frame::NONE.fill(background(ui.visuals()));
    let info = egui::UiStackInfo::default().with_frame(under);
    ui.scope_builder(egui::UiBuilder::new().ui_stack_info(info), |ui| {
        ui.expand_to_include_rect(ui.max_rect());
        add_contents(ui)
    })
    .inner
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
        // A control with the keyboard focus is drawn with its "active" look:
        // a thick outline in the selection colour, so the focus is always seen.
        let ring = style.visuals.selection.bg_fill;
        style.visuals.widgets.active.bg_stroke = egui::Stroke::new(FOCUS_STROKE_WIDTH, ring);
    });
}

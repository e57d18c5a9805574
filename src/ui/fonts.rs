//! The fonts Kōshin brings: egui's own (Latin, symbols) and a subset of Noto
//! Sans CJK for Chinese and Japanese, so the UI renders on a machine with no
//! CJK font at all. The system's fonts (through eframe) fill in rarer characters.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// The name of the shipped CJK font in egui's font definitions.
pub const CJK_FONT: &str = "noto_sans_cjk_koshin";

/// The shipped CJK font: Noto Sans CJK SC, subset by `scripts/build-cjk-font.py`.
pub const CJK_FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJK-Koshin.otf");

/// The app's font definitions: egui's defaults with the CJK font right after
/// the Latin one, before the symbol fonts.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        CJK_FONT.to_owned(),
        Arc::new(FontData::from_static(CJK_FONT_BYTES)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        // Right after the first (Latin) font, or first when the family is empty.
        let at = usize::from(!list.is_empty());
        list.insert(at, CJK_FONT.to_owned());
    }
    fonts
}

/// Installs the app's fonts. The app and the tests both call this.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

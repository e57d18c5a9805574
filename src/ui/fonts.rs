//! The fonts Kōshin brings: egui's own (Latin, symbols) and a subset of Noto
//! Sans CJK for Chinese and Japanese, so the UI renders on a machine with no
//! CJK font at all. The system's fonts (through eframe) fill in rarer characters.

use std::sync::{Arc, LazyLock};

use egui::{FontData, FontDefinitions, FontFamily};

/// The name of the shipped CJK font in egui's font definitions.
pub const CJK_FONT: &str = "noto_sans_cjk_koshin";

/// The shipped CJK font: Noto Sans CJK SC, subset by `scripts/build-cjk-font.py`
/// (the forms egui draws) and zlib-compressed: 1.51 MB for the 1.75 MB font.
const CJK_FONT_ZLIB: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJK-Koshin.otf.zlib");

/// The CJK font, unpacked once; `None` should the shipped bytes not unpack
/// (a test makes sure they do).
static CJK_FONT_DATA: LazyLock<Option<Arc<FontData>>> = LazyLock::new(|| {
    miniz_oxide::inflate::decompress_to_vec_zlib(CJK_FONT_ZLIB)
        .ok()
        .map(|bytes| Arc::new(FontData::from_owned(bytes)))
});

/// Starts unpacking the CJK font on another thread, so that it is ready by
/// the time the window's fonts are set (unpacking takes a few milliseconds).
pub fn unpack_in_background() {
    // Without a thread, the font is unpacked when the fonts are set.
    let spawned = std::thread::Builder::new()
        .name("koshin-font".into())
        .spawn(|| LazyLock::force(&CJK_FONT_DATA));
    if let Err(error) = spawned {
        log::info!("the CJK font is unpacked on the window's thread: {error}");
    }
}

/// The app's font definitions: egui's defaults with the CJK font right after
/// the Latin one, before the symbol fonts.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    let Some(cjk) = CJK_FONT_DATA.as_ref() else {
        return fonts;
    };
    fonts.font_data.insert(CJK_FONT.to_owned(), Arc::clone(cjk));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_cjk_font_unpacks_and_is_in_both_families() {
        let font = CJK_FONT_DATA.as_ref().expect("the CJK font unpacks");
        // An OpenType font with CFF outlines starts with "OTTO".
        assert_eq!(&(*font.font).as_ref()[..4], b"OTTO");
        let fonts = definitions();
        assert!(fonts.font_data.contains_key(CJK_FONT));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            assert!(fonts.families[&family].iter().any(|f| f == CJK_FONT));
        }
    }
}

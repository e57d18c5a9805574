//! Shared by the integration tests: a pinned clock, a temporary data folder,
//! and the app in a kittest harness.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;

use egui_kittest::Harness;
use jiff::Zoned;
use koshin::{AppOptions, Clock, KoshinApp};

/// The moment every test lives in: a Sunday morning in Japan.
pub fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

/// The app on `dir`, with the pinned clock, in a window-sized harness.
pub fn harness(dir: &Path) -> Harness<'static, KoshinApp> {
    let options = AppOptions {
        data_dir: dir.to_path_buf(),
        clock: Clock::Fixed(now()),
        temporary: false,
        system_language: koshin::i18n::Lang::En,
    };
    Harness::builder()
        .with_size(egui::vec2(1180.0, 900.0))
        .build_eframe(move |cc| KoshinApp::new(&cc.egui_ctx, options))
}

/// Runs frames until the debounced save has happened.
pub fn settle_and_save(harness: &mut Harness<'static, KoshinApp>) {
    harness.run();
    // The save waits for changes to rest; each step advances egui's clock by a quarter second.
    harness.run_steps(4);
    assert!(
        !harness.state().has_unsaved_changes(),
        "the archive should have been saved by now"
    );
}

/// The archive file as text.
pub fn file_text(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("koshin.ron")).unwrap()
}

/// Writes the sample archive into `dir`.
pub fn write_demo(dir: &Path) {
    koshin::cli::write_demo(
        dir,
        &now(),
        &koshin::i18n::I18n::new(koshin::i18n::Lang::En),
    )
    .unwrap();
}

/// Focuses the field labelled `label` and types `text` into it, as a person would.
pub fn type_into(harness: &mut Harness<'static, KoshinApp>, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable;
    let field = harness.get_by_label(label);
    field.focus();
    field.type_text(text);
    harness.run();
}

/// Replaces the text of the field labelled `label`.
pub fn retype_into(harness: &mut Harness<'static, KoshinApp>, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::A]);
    harness.key_press(egui::Key::Delete);
    harness.run();
    if !text.is_empty() {
        harness.get_by_label(label).type_text(text);
        harness.run();
    }
}

//! Shared by the integration tests: a pinned clock, a temporary data folder,
//! and the app in a kittest harness.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;

use egui_kittest::Harness;
use jiff::Zoned;
use koshin::app::platform::FakeDesktop;
use koshin::{AppOptions, Clock, KoshinApp};

/// The moment every test lives in: a Sunday morning in Japan.
pub fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

/// The app on `dir`, with the pinned clock, in a window-sized harness.
pub fn harness(dir: &Path) -> Harness<'static, KoshinApp> {
    harness_with(dir, FakeDesktop::default())
}

/// The app on `dir` with `desktop` standing in for file dialogs and the file manager.
pub fn harness_with(dir: &Path, desktop: FakeDesktop) -> Harness<'static, KoshinApp> {
    let options = AppOptions {
        data_dir: dir.to_path_buf(),
        clock: Clock::Fixed(now()),
        temporary: false,
        system_language: koshin::i18n::Lang::En,
    };
    Harness::builder()
        .with_size(egui::vec2(1180.0, 900.0))
        .build_eframe(move |cc| KoshinApp::with_platform(&cc.egui_ctx, options, Box::new(desktop)))
}

/// Clicks the widget labelled `label` and runs the frames that follow.
pub fn click(harness: &mut Harness<'static, KoshinApp>, label: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(label).click();
    harness.run();
}

/// Picks `option` in the combo box labelled `combo`.
pub fn choose(harness: &mut Harness<'static, KoshinApp>, combo: &str, option: &str) {
    click(harness, combo);
    click(harness, option);
}

/// The archive in `dir`, as saved.
pub fn load(dir: &Path) -> koshin::model::Archive {
    koshin::store::load(&dir.join(koshin::store::FILE_NAME))
        .unwrap()
        .archive
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

/// The sample household in a temporary folder, open in the harness, first frame run.
pub fn demo_harness() -> (tempfile::TempDir, Harness<'static, KoshinApp>) {
    let dir = tempfile::tempdir().unwrap();
    write_demo(dir.path());
    let mut harness = harness(dir.path());
    harness.run();
    (dir, harness)
}

/// The sample household in `lang` (the archive's chosen language), open in a
/// harness of `size`, first frame run.
pub fn demo_harness_in(
    lang: koshin::i18n::Lang,
    size: (f32, f32),
) -> (tempfile::TempDir, Harness<'static, KoshinApp>) {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = koshin::model::demo::archive_in(&now(), &koshin::i18n::I18n::new(lang));
    archive.settings.language = Some(lang);
    koshin::actions::archive::write_archive_once(dir.path(), &archive).unwrap();
    let mut harness = harness(dir.path());
    harness.set_size(egui::vec2(size.0, size.1));
    harness.run();
    (dir, harness)
}

/// Runs the `koshin` binary on the data folder `dir`, in English.
pub fn koshin_in_dir(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_koshin"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("KOSHIN_DATA_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap()
}

/// Writes the sample archive into `dir`.
pub fn write_demo(dir: &Path) {
    koshin::actions::archive::write_demo(
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

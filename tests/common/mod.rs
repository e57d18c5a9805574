//! Shared by the integration tests: a pinned clock, a temporary data folder,
//! and the app in a kittest harness.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::Zoned;
use koshin::app::platform::FakeDesktop;
use koshin::command::Command;
use koshin::model::{Archive, Card, Receipt};
use koshin::{AppOptions, Clock, KoshinApp};

/// The app in a kittest harness, as every UI test drives it.
pub type AppHarness = Harness<'static, KoshinApp>;

/// The moment every test lives in: a Sunday morning in Japan.
pub fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

/// The app on `dir`, with the pinned clock, in a window-sized harness.
pub fn harness(dir: &Path) -> AppHarness {
    harness_with(dir, FakeDesktop::default())
}

/// The app on `dir` with `desktop` standing in for file dialogs and the file manager.
pub fn harness_with(dir: &Path, desktop: FakeDesktop) -> AppHarness {
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
pub fn click(harness: &mut AppHarness, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Clicks each of `labels` in turn, running the frames after each.
pub fn click_all(harness: &mut AppHarness, labels: &[&str]) {
    for label in labels {
        click(harness, label);
    }
}

/// Picks `option` in the combo box labelled `combo`.
pub fn choose(harness: &mut AppHarness, combo: &str, option: &str) {
    click(harness, combo);
    click(harness, option);
}

/// The archive in `dir`, as saved.
pub fn load(dir: &Path) -> Archive {
    koshin::store::load(&dir.join(koshin::store::FILE_NAME))
        .unwrap()
        .archive
}

/// Runs frames until the debounced save has happened.
pub fn settle_and_save(harness: &mut AppHarness) {
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
pub fn demo_harness() -> (tempfile::TempDir, AppHarness) {
    let dir = demo_dir();
    let harness = open_app(dir.path());
    (dir, harness)
}

/// Like [`demo_harness`], with `desktop` standing in for file dialogs and notifications.
pub fn demo_harness_with(desktop: &FakeDesktop) -> (tempfile::TempDir, AppHarness) {
    let dir = demo_dir();
    let mut harness = harness_with(dir.path(), desktop.clone());
    harness.run();
    (dir, harness)
}

/// A temporary folder holding the sample household's archive.
pub fn demo_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_demo(dir.path());
    dir
}

/// The app on `dir` in the harness, with a first frame run.
pub fn open_app(dir: &Path) -> AppHarness {
    let mut harness = harness(dir);
    harness.run();
    harness
}

/// The sample household in `lang` (the archive's chosen language), open in a
/// harness of `size`, first frame run.
pub fn demo_harness_in(
    lang: koshin::i18n::Lang,
    size: (f32, f32),
) -> (tempfile::TempDir, AppHarness) {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = koshin::model::demo::archive_in(&now(), &koshin::i18n::I18n::new(lang));
    archive.settings.language = Some(lang);
    koshin::actions::archive::write_archive_once(dir.path(), &archive).unwrap();
    let mut harness = harness(dir.path());
    harness.set_size(egui::vec2(size.0, size.1));
    harness.run();
    (dir, harness)
}

/// Writes `archive` as the archive file in `dir`, as another program would:
/// no lock, no backup.
pub fn write_archive(dir: &Path, archive: &Archive) {
    let text = koshin::store::to_text(archive).unwrap();
    std::fs::write(dir.join(koshin::store::FILE_NAME), text).unwrap();
}

/// Runs the `koshin` binary on the data folder `dir`, in English.
pub fn koshin_in_dir(dir: &Path, args: &[&str]) -> std::process::Output {
    koshin_command()
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

/// Runs the `koshin` binary on the data folder `dir`, in English; asserts
/// that it succeeded and returns what it printed.
pub fn koshin_ok(dir: &Path, args: &[&str]) -> String {
    let out = koshin_in_dir(dir, args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "koshin {args:?}: {stderr}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs the `koshin` binary on the data folder `dir`, in English, expecting
/// it to refuse: exit code 1 and the archive file byte for byte as it was.
/// Returns what it said on standard error.
pub fn koshin_refuses(dir: &Path, args: &[&str]) -> String {
    let file = dir.join(koshin::store::FILE_NAME);
    let before = std::fs::read(&file).ok();
    let out = koshin_in_dir(dir, args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "koshin {args:?}: {stderr}");
    let after = std::fs::read(&file).ok();
    assert!(after == before, "koshin {args:?} changed the archive");
    stderr
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
pub fn type_into(harness: &mut AppHarness, label: &str, text: &str) {
    let field = harness.get_by_label(label);
    field.focus();
    field.type_text(text);
    harness.run();
}

/// Replaces the text of the field labelled `label`.
pub fn retype_into(harness: &mut AppHarness, label: &str, text: &str) {
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

/// Whether one widget labelled exactly `label` is on screen (kittest panics
/// if there are several).
pub fn shows(harness: &AppHarness, label: &str) -> bool {
    harness.query_by_label(label).is_some()
}

/// Whether one widget whose label contains `part` is on screen (kittest
/// panics if there are several).
pub fn shows_part(harness: &AppHarness, part: &str) -> bool {
    harness.query_by_label_contains(part).is_some()
}

/// How many widgets on screen have a label containing `part`.
pub fn count_part(harness: &AppHarness, part: &str) -> usize {
    harness.query_all_by_label_contains(part).count()
}

/// Whether the widget labelled `label` is greyed out.
pub fn is_disabled(harness: &AppHarness, label: &str) -> bool {
    use egui_kittest::kittest::NodeT;
    harness.get_by_label(label).accesskit_node().is_disabled()
}

/// Whether the checkbox `node` is ticked.
pub fn is_ticked(node: &egui_kittest::Node<'_>) -> bool {
    use egui_kittest::kittest::NodeT;
    node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)
}

/// The text in the field labelled `label` (panics if the widget has no value).
pub fn value_of(harness: &AppHarness, label: &str) -> String {
    harness
        .get_by_label(label)
        .value()
        .unwrap_or_else(|| panic!("{label} has no value"))
}

/// The vertical middle of the widget labelled `label`, to compare where things are.
pub fn y_of(harness: &AppHarness, label: &str) -> f32 {
    harness.get_by_label(label).rect().center().y
}

/// Applies `command` as a screen would emit it, then runs the frames that follow.
pub fn apply(harness: &mut AppHarness, command: Command) {
    harness.state_mut().apply(command, 0.0);
    harness.run();
}

/// The card labelled `label` in `archive`.
pub fn card_by_label<'a>(archive: &'a Archive, label: &str) -> &'a Card {
    let found = archive.cards.iter().find(|c| c.label == label);
    found.unwrap_or_else(|| panic!("no card is labelled {label}"))
}

/// The receipt with the order number `order` in `archive`.
pub fn receipt_by_order<'a>(archive: &'a Archive, order: &str) -> &'a Receipt {
    let found = archive.receipts.iter().find(|r| r.order_number == order);
    found.unwrap_or_else(|| panic!("no receipt has the order number {order}"))
}

/// Whether `archive` holds a receipt with the order number `order`.
pub fn has_receipt(archive: &Archive, order: &str) -> bool {
    archive.receipts.iter().any(|r| r.order_number == order)
}

/// When `card` stops working, as written in the file.
pub fn validity_end(card: &Card) -> String {
    card.validity_end.as_ref().unwrap().to_string()
}

/// Writes `contents` into the file `name` in `dir`; returns its path.
pub fn write_file(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

/// The text of the file at `path`.
pub fn read_text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// The window as the person sees it. The harness renders onto a transparent
/// image, while the window is cleared to the app's background before each
/// frame (the panels are not filled): the rendering is laid over that colour.
pub fn window_image(harness: &mut AppHarness) -> image::RgbaImage {
    let mut image = harness.render().unwrap();
    let visuals = harness.ctx.global_style().visuals.clone();
    let background = eframe::App::clear_color(harness.state(), &visuals);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let background = background.map(|c| (c * 255.0).round() as u16);
    for pixel in image.pixels_mut() {
        // The rendering's colours are premultiplied by its alpha.
        let uncovered = 255 - u16::from(pixel[3]);
        for (channel, under) in pixel.0.iter_mut().zip(background).take(3) {
            *channel = u8::try_from(u16::from(*channel) + (under * uncovered + 127) / 255)
                .unwrap_or(u8::MAX);
        }
        pixel[3] = 255;
    }
    image
}

/// The folder the `koshin` binaries the tests run write their log into.
pub static LOG_DIR: std::sync::LazyLock<tempfile::TempDir> =
    std::sync::LazyLock::new(|| tempfile::tempdir().unwrap());

/// The `koshin` binary, with its log in a temporary folder (never the user's).
pub fn koshin_command() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_koshin"));
    command.env(koshin::logging::LOG_DIR_ENV, LOG_DIR.path());
    command
}

/// Opens every notice with its details above the strip (the strip shows one line).
pub fn open_all_notices(harness: &mut AppHarness) {
    harness.get_by_label_contains("All notices").click();
    harness.run();
}

/// The receipts CSV header Kōshin wrote before trips (files of this layout
/// still import).
pub const CSV_HEADER_V1: &str =
    "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes";

//! The app in each language: switching in Settings, and image snapshots of the
//! overview and one wizard step drawn with the app's own fonts (no system fonts).

#![allow(clippy::unwrap_used)]

mod common;

use egui_kittest::{SnapshotOptions, SnapshotResults};
use koshin::command::Command;
use koshin::i18n::Lang;

use common::{AppHarness, click, shows, shows_part};

fn harness_in(lang: Lang) -> (tempfile::TempDir, AppHarness) {
    common::demo_harness_in(lang, (1180.0, 760.0))
}

/// Small differences between software renderers are tolerated; a missing or
/// misplaced glyph is not.
fn options() -> SnapshotOptions {
    SnapshotOptions::default()
        .threshold(2.0)
        .max_failed_pixels(400)
}

#[test]
fn the_overview_and_a_wizard_step_in_every_language() {
    let mut results = SnapshotResults::default();
    for lang in Lang::ALL {
        let (dir, mut harness) = harness_in(lang);
        let mut snapshot = |harness: &mut AppHarness, screen: &str| {
            let image = common::window_image(harness);
            let name = format!("{screen}_{}", lang.tag());
            results.add(egui_kittest::try_image_snapshot_options(
                &image,
                name,
                &options(),
            ));
        };
        snapshot(&mut harness, "overview");
        let esim = common::load(dir.path()).cards[0].id;
        common::apply(&mut harness, Command::StartRenewal(esim));
        snapshot(&mut harness, "wizard");
    }
    results.unwrap();
}

#[test]
fn choosing_a_language_in_settings_switches_at_once_and_is_remembered() {
    let dir = common::demo_dir();
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Settings");
    click(&mut harness, "简体中文");
    assert!(
        shows(&harness, "设置与数据"),
        "the screen is in Chinese at once"
    );
    assert!(shows(&harness, "总览"));
    common::settle_and_save(&mut harness);
    drop(harness);
    let language = common::load(dir.path()).settings.language;
    assert_eq!(language, Some(Lang::ZhHans));

    // Opened again, it speaks Chinese; dates follow Chinese conventions.
    let mut harness = common::open_app(dir.path());
    assert!(shows(&harness, "要续费什么、什么时候"));
    assert!(shows_part(&harness, "现在：2026年11月22日 10:00"));
    click(&mut harness, "设置");
    click(&mut harness, "日本語");
    assert!(shows(&harness, "設定とデータ"));
}

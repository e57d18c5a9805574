//! The app in each language: switching in Settings, and image snapshots of the
//! overview and one wizard step drawn with the app's own fonts (no system fonts).

#![allow(clippy::unwrap_used)]

mod common;

use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotOptions, SnapshotResults};
use koshin::KoshinApp;
use koshin::command::Command;
use koshin::i18n::Lang;
use koshin::store;

use common::click;

fn harness_in(lang: Lang) -> (tempfile::TempDir, Harness<'static, KoshinApp>) {
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
        harness.snapshot_options(format!("overview_{}", lang.tag()), &options());
        let esim = store::load(&dir.path().join(store::FILE_NAME))
            .unwrap()
            .archive
            .cards[0]
            .id;
        harness.state_mut().apply(Command::StartRenewal(esim), 0.0);
        harness.run();
        harness.snapshot_options(format!("wizard_{}", lang.tag()), &options());
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

#[test]
fn choosing_a_language_in_settings_switches_at_once_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Settings");
    click(&mut harness, "简体中文");
    assert!(
        harness.query_by_label("设置与数据").is_some(),
        "the screen is in Chinese at once"
    );
    assert!(harness.query_by_label("总览").is_some());
    common::settle_and_save(&mut harness);
    drop(harness);
    let archive = store::load(&dir.path().join(store::FILE_NAME))
        .unwrap()
        .archive;
    assert_eq!(archive.settings.language, Some(Lang::ZhHans));

    // Opened again, it speaks Chinese; dates follow Chinese conventions.
    let mut harness = common::harness(dir.path());
    harness.run();
    assert!(harness.query_by_label("要续费什么、什么时候").is_some());
    assert!(
        harness
            .query_by_label_contains("现在：2026年11月22日 10:00")
            .is_some()
    );
    click(&mut harness, "设置");
    click(&mut harness, "日本語");
    assert!(harness.query_by_label("設定とデータ").is_some());
}

//! Guide mode, paged through for an eSIM card as a family member would; sharing cards.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use egui_kittest::kittest::Queryable;
use koshin::command::Command;
use koshin::formats::guide::GuideFormat;
use koshin::model::Reader;

use common::{AppHarness, click, demo_dir, load, read_text, shows, shows_part};

/// The sample household open on the guide of Mum's eSIM, at its first step.
fn guide_of_the_esim() -> (tempfile::TempDir, AppHarness) {
    let dir = demo_dir();
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Family guide");
    click(&mut harness, "Guide for Mum's eSIM");
    (dir, harness)
}

#[test]
fn paging_through_the_guide_of_an_esim() {
    let (_dir, mut harness) = guide_of_the_esim();
    assert!(shows(&harness, "How to renew Mum's eSIM"));
    // Need help? shows the provider's support and the helper.
    assert!(shows(
        &harness,
        "support@sora-esim.example, chat in the app"
    ));
    assert!(shows(&harness, "+86 138 0013 8000 (WeChat)"));

    // Each step's title, and what it shows again that the card's details show
    // too: the provider's website as a link, the ICCID to type.
    let expected = [
        ("Check what is left", None),
        ("Stay connected", None),
        ("Open the website", Some("https://sora-esim.example/topup")),
        ("Choose the plan", None),
        ("Enter the number", Some("8981100022152271918")),
        ("Pay", None),
        ("Check it worked", None),
        ("Keep the proof", None),
    ];
    for (n, (title, repeated)) in expected.iter().enumerate() {
        let step = format!("Step {} of 8", n + 1);
        assert!(shows(&harness, &step), "{step}");
        assert!(shows(&harness, title), "{title}");
        if let Some(repeated) = repeated {
            let count = harness.query_all_by_label(repeated).count();
            assert_eq!(count, 2, "{repeated} at {title}");
        }
        let next = if n + 1 == expected.len() {
            "Finish"
        } else {
            "Next step"
        };
        click(&mut harness, next);
    }
    assert!(shows_part(&harness, "That's all"));
    click(&mut harness, "Back");
    assert!(shows(&harness, "Keep the proof"));

    click(&mut harness, "If it does not work");
    assert!(shows(
        &harness,
        "If the page won't load, or refuses the card's numbers"
    ));
    click(&mut harness, "Next step");
    assert!(shows(&harness, "If the payment is refused"));
    click(&mut harness, "Next step");
    assert!(shows(
        &harness,
        "If you paid but the card still has no data"
    ));
    assert!(shows_part(&harness, "Don't pay again"));
    // Back through the failure steps leads to the step the reader left.
    for _ in 0..3 {
        click(&mut harness, "Back");
    }
    assert!(shows(&harness, "Keep the proof"));
}

#[test]
fn the_buttons_stay_in_place_and_the_failure_path_ends_with_who_to_call() {
    let (_dir, mut harness) = guide_of_the_esim();
    let rect_of = |harness: &AppHarness, label: &str| harness.get_by_label(label).rect();
    let next = rect_of(&harness, "Next step");
    let back = rect_of(&harness, "Back");
    let failure = rect_of(&harness, "If it does not work");
    for _ in 0..6 {
        click(&mut harness, "Next step");
        assert_eq!(rect_of(&harness, "Next step"), next, "Next stays in place");
        assert_eq!(rect_of(&harness, "Back"), back, "Back stays in place");
        assert_eq!(rect_of(&harness, "If it does not work"), failure);
    }
    click(&mut harness, "If it does not work");
    for label in ["Next step", "Next step", "Next step", "Finish"] {
        assert_eq!(
            rect_of(&harness, label).min,
            next.min,
            "{label} stays in place"
        );
        click(&mut harness, label);
    }
    // The end of the failure path says who to call, never that the renewal is done.
    assert!(shows_part(&harness, "Stop here"));
    assert!(!shows_part(&harness, "That's all"));
    assert!(common::count_part(&harness, "+86 138 0013 8000") > 0);

    // Opening the guide again starts at step 1, and offers to continue.
    click(&mut harness, "Choose another card");
    assert!(shows(&harness, "Continue at step 5"));
    click(&mut harness, "Guide for Mum's eSIM");
    assert!(shows(&harness, "Step 1 of 8"));
}

#[test]
fn exporting_the_guide_and_sharing_a_card_in_the_app() {
    let dir = demo_dir();
    let out = tempfile::tempdir().unwrap();
    let mut harness = common::harness(dir.path());
    let esim = load(dir.path()).cards[0].id;
    for (format, name, start) in [
        (GuideFormat::Html, "guide.html", "<!DOCTYPE html>"),
        (
            GuideFormat::Markdown,
            "guide.md",
            "# How to renew Mum's eSIM",
        ),
    ] {
        let path = out.path().join(name);
        let command = Command::ExportGuide {
            card: esim,
            format,
            reader: Reader::default(),
            path: path.clone(),
        };
        harness.state_mut().apply(command, 0.0);
        assert!(read_text(&path).starts_with(start), "{name}");
    }
    harness.run();
    assert!(
        shows_part(&harness, "Wrote the guide to"),
        "the notice says a guide was written, not a card"
    );

    let shared = out.path().join("mum.koshin-card.ron");
    harness.state_mut().apply(
        Command::ExportCard {
            card: esim,
            with_identifiers: false,
            path: shared.clone(),
        },
        0.0,
    );
    harness.state_mut().apply(Command::ImportCard(shared), 0.0);
    common::settle_and_save(&mut harness);
    let archive = load(dir.path());
    let copy = common::card_by_label(&archive, "Mum's eSIM (2)");
    assert_eq!(copy.ids.iccid, "", "shared without its numbers");
    assert!(shows_part(&harness, "Imported the card as Mum's eSIM (2)"));

    let cut_short = "(format: \"koshin-card\", version: 1, card: (label: ";
    let damaged = common::write_file(out.path(), "bad.koshin-card.ron", cut_short);
    common::apply(&mut harness, Command::ImportCard(damaged));
    assert!(shows_part(&harness, "This card file is damaged at line 1"));
    assert_eq!(load(dir.path()).cards.len(), 4);
}

/// The app on the sample household, in the guide of Mum's eSIM, with a
/// stand-in desktop and a folder for what is written.
fn guide_of_mums_esim() -> (
    tempfile::TempDir,
    tempfile::TempDir,
    koshin::app::platform::FakeDesktop,
    AppHarness,
) {
    let dir = demo_dir();
    let out = tempfile::tempdir().unwrap();
    let desktop = koshin::app::platform::FakeDesktop::default();
    let mut harness = common::harness_with(dir.path(), desktop.clone());
    harness.run();
    let esim = load(dir.path()).cards[0].id;
    common::apply(&mut harness, Command::OpenGuide(esim));
    (dir, out, desktop, harness)
}

/// Exports the guide on screen as Markdown to `name` in `out`, and reads it.
fn export_markdown(
    harness: &mut AppHarness,
    desktop: &koshin::app::platform::FakeDesktop,
    out: &std::path::Path,
    name: &str,
) -> String {
    let path = out.join(name);
    desktop.answer(koshin::app::platform::Chosen::Files(vec![path.clone()]));
    click(harness, "Export guide as Markdown…");
    read_text(&path)
}

#[test]
fn the_guide_is_exported_for_the_readers_time_zone_chosen_beside_the_buttons() {
    let (_dir, out, desktop, mut harness) = guide_of_mums_esim();
    // On screen, for this computer; the file, by default, for the card's
    // user: Mum, who reads 简体中文 in Shanghai.
    let text = export_markdown(&mut harness, &desktop, out.path(), "for-mum.md");
    assert!(text.starts_with("# 如何给 Mum's eSIM 续费"), "{text}");
    assert!(
        text.contains("23:59 日本时间，即中国（上海）时间 22:59"),
        "{text}"
    );

    // For anyone in a zone: the app's language, that zone's times too.
    common::choose(&mut harness, "For", "Hong Kong · Asia/Hong_Kong");
    let text = export_markdown(&mut harness, &desktop, out.path(), "for-hong-kong.md");
    assert!(text.starts_with("# How to renew Mum's eSIM"), "{text}");
    assert!(
        text.contains("23:59 Japan time — 22:59 in Hong Kong"),
        "{text}"
    );
    assert!(!text.contains(":59 your time"), "{text}");

    // Lin reads the app's language and is in Japan: Japan time alone.
    common::choose(
        &mut harness,
        "For",
        "Lin (daughter) · The app's language · Japan (Tokyo) · Asia/Tokyo",
    );
    let text = export_markdown(&mut harness, &desktop, out.path(), "for-lin.md");
    assert!(text.contains("23:59 Japan time"), "{text}");
    assert!(!text.contains(" — "), "no second clock: {text}");
}

#[test]
fn pictures_of_the_guide_are_sent_from_the_app_and_one_step_is_copied() {
    let (_dir, out, desktop, mut harness) = guide_of_mums_esim();
    // A save dialog may add ".png" to the folder's name: it is dropped.
    let chosen = out.path().join("for mum.png");
    desktop.answer(koshin::app::platform::Chosen::Files(vec![chosen]));
    click(&mut harness, "Send as pictures…");
    let folder = out.path().join("for mum");
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 13, "{names:?}");
    assert_eq!(names[0], "01-如何给-mum-s-esim-续费.png");
    assert_eq!(names[1], "02-看看还剩多少.png");
    assert!(shows_part(&harness, "Wrote 13 pictures to"));
    assert_eq!(
        desktop.asked().opened,
        [folder],
        "the folder opens, ready to send"
    );

    // The step on screen, as a picture, on the clipboard.
    click(&mut harness, "Next step");
    click(&mut harness, "Copy this step as a picture");
    let copied = desktop.asked().copied;
    assert_eq!(copied.len(), 1);
    assert_eq!(copied[0].width(), 1080);
    assert!(shows_part(
        &harness,
        "The picture of this step is on the clipboard"
    ));
}

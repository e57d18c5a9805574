//! Guide mode, paged through for an eSIM card as a family member would; sharing cards.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use egui_kittest::kittest::Queryable;
use koshin::command::Command;
use koshin::export::guide::GuideFormat;
use koshin::store;

use common::click;

#[test]
fn paging_through_the_guide_of_an_esim() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Family guide");
    click(&mut harness, "Guide for Mum's eSIM");
    assert!(harness.query_by_label("How to renew Mum's eSIM").is_some());
    // Need help? shows the provider's support and the helper.
    assert!(
        harness
            .query_by_label("support@sora-esim.example, chat in the app")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("+86 138 0013 8000 (WeChat)")
            .is_some()
    );

    let expected = [
        "Check what is left",
        "Stay connected",
        "Open the website",
        "Choose the plan",
        "Enter the number",
        "Pay",
        "Check it worked",
        "Keep the proof",
    ];
    for (n, title) in expected.iter().enumerate() {
        assert!(
            harness
                .query_by_label(&format!("Step {} of 8", n + 1))
                .is_some(),
            "step {}",
            n + 1
        );
        assert!(harness.query_by_label(title).is_some(), "{title}");
        if n == 2 {
            // The provider's website is a link in the step (and among the card's details).
            assert_eq!(
                harness
                    .query_all_by_label("https://sora-esim.example/topup")
                    .count(),
                2
            );
        }
        if n == 4 {
            assert_eq!(
                harness.query_all_by_label("8981100022152271918").count(),
                2,
                "the ICCID to type"
            );
        }
        let next = if n + 1 == expected.len() {
            "Finish"
        } else {
            "Next step"
        };
        click(&mut harness, next);
    }
    assert!(harness.query_by_label_contains("That's all").is_some());
    click(&mut harness, "Back");
    assert!(harness.query_by_label("Keep the proof").is_some());

    click(&mut harness, "If it does not work");
    assert!(harness.query_by_label("Check the connection").is_some());
    click(&mut harness, "Next step");
    assert!(harness.query_by_label("Try another way to pay").is_some());
    // Back through the failure steps leads to the step the reader left.
    click(&mut harness, "Back");
    click(&mut harness, "Back");
    assert!(harness.query_by_label("Keep the proof").is_some());
}

#[test]
fn the_buttons_stay_in_place_and_the_failure_path_ends_with_who_to_call() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Family guide");
    click(&mut harness, "Guide for Mum's eSIM");
    let rect_of = |harness: &egui_kittest::Harness<'static, koshin::KoshinApp>, label: &str| {
        harness.get_by_label(label).rect()
    };
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
    for label in ["Next step", "Next step", "Finish"] {
        assert_eq!(
            rect_of(&harness, label).min,
            next.min,
            "{label} stays in place"
        );
        click(&mut harness, label);
    }
    // The end of the failure path says who to call, never that the renewal is done.
    assert!(harness.query_by_label_contains("Stop here").is_some());
    assert!(harness.query_by_label_contains("That's all").is_none());
    assert!(
        !harness
            .query_all_by_label_contains("+86 138 0013 8000")
            .collect::<Vec<_>>()
            .is_empty()
    );

    // Opening the guide again starts at step 1, and offers to continue.
    click(&mut harness, "Choose another card");
    assert!(harness.query_by_label("Continue at step 4").is_some());
    click(&mut harness, "Guide for Mum's eSIM");
    assert!(harness.query_by_label("Step 1 of 8").is_some());
}

#[test]
fn exporting_the_guide_and_sharing_a_card_in_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    let esim = store::load(&dir.path().join(store::FILE_NAME))
        .unwrap()
        .archive
        .cards[0]
        .id;
    let html = out.path().join("guide.html");
    let md = out.path().join("guide.md");
    harness.state_mut().apply(
        Command::ExportGuide {
            card: esim,
            format: GuideFormat::Html,
            path: html.clone(),
        },
        0.0,
    );
    harness.state_mut().apply(
        Command::ExportGuide {
            card: esim,
            format: GuideFormat::Markdown,
            path: md.clone(),
        },
        0.0,
    );
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    assert!(
        std::fs::read_to_string(&md)
            .unwrap()
            .starts_with("# How to renew Mum's eSIM")
    );
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Wrote the guide to")
            .is_some(),
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
    let archive = store::load(&dir.path().join(store::FILE_NAME))
        .unwrap()
        .archive;
    let copy = archive
        .cards
        .iter()
        .find(|c| c.label == "Mum's eSIM (2)")
        .unwrap();
    assert_eq!(copy.ids.iccid, "", "shared without its numbers");
    assert!(
        harness
            .query_by_label_contains("Imported the card as Mum's eSIM (2)")
            .is_some()
    );

    let damaged = out.path().join("bad.koshin-card.ron");
    std::fs::write(
        &damaged,
        "(format: \"koshin-card\", version: 1, card: (label: ",
    )
    .unwrap();
    harness.state_mut().apply(Command::ImportCard(damaged), 0.0);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("This card file is damaged at line 1")
            .is_some()
    );
    assert_eq!(
        store::load(&dir.path().join(store::FILE_NAME))
            .unwrap()
            .archive
            .cards
            .len(),
        4
    );
}

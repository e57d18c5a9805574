//! Keyboard shortcuts people expect: Ctrl+F searches the receipts, Ctrl+N
//! opens a new card or receipt on those screens, Ctrl+Q saves what is
//! pending and closes the window.

#![allow(clippy::unwrap_used)]

mod common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use koshin::command::{Command, Screen};

#[test]
fn keyboard_ctrl_f_goes_to_the_receipts_search() {
    let (_dir, mut harness) = common::demo_harness();
    harness.key_combination_modifiers(Modifiers::COMMAND, &[Key::F]);
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Receipts);
    assert!(harness.get_by_label("Search").is_focused());
    harness.get_by_label("Search").type_text("TW-EXT");
    harness.run();
    assert!(harness.query_by_label("TW-EXT-20931").is_some());
    assert!(harness.query_by_label("SORA-77120").is_none());
}

#[test]
fn keyboard_ctrl_n_opens_a_new_card_or_receipt() {
    let (_dir, mut harness) = common::demo_harness();
    harness
        .state_mut()
        .apply(Command::Navigate(Screen::Cards), 0.0);
    harness.run();
    harness.key_combination_modifiers(Modifiers::COMMAND, &[Key::N]);
    harness.run();
    assert!(harness.query_by_label("New card").is_some());
    harness
        .state_mut()
        .apply(Command::Navigate(Screen::Receipts), 0.0);
    harness.run();
    harness.key_combination_modifiers(Modifiers::COMMAND, &[Key::N]);
    harness.run();
    assert!(harness.query_by_label("New receipt").is_some());
}

#[test]
fn keyboard_ctrl_q_saves_what_is_pending_before_closing() {
    let (dir, mut harness) = common::demo_harness();
    let sim = harness.state().archive().cards[1].id;
    // Stamped far ahead, so that the debounced autosave cannot be what saves.
    let time = harness.ctx.input(|i| i.time) + 1000.0;
    harness.state_mut().apply(
        Command::AddReading {
            card: sim,
            remaining_mb: 4321,
        },
        time,
    );
    assert!(harness.state().has_unsaved_changes());
    harness.key_combination_modifiers(Modifiers::COMMAND, &[Key::Q]);
    harness.step();
    assert!(!harness.state().has_unsaved_changes());
    let saved = common::load(dir.path());
    assert_eq!(saved.card(sim).unwrap().remaining_data_mb, Some(4321));
}

/// Presses Tab until the control called `label` has the focus.
fn tab_to(harness: &mut egui_kittest::Harness<'static, koshin::KoshinApp>, label: &str) {
    for _ in 0..150 {
        if harness
            .query_by_label(label)
            .is_some_and(|n| n.is_focused())
        {
            return;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    panic!("Tab never reached \"{label}\"");
}

/// Tabs to a button and presses Enter.
fn press(harness: &mut egui_kittest::Harness<'static, koshin::KoshinApp>, label: &str) {
    tab_to(harness, label);
    harness.key_press(Key::Enter);
    harness.run();
}

/// Tabs to a checkbox and ticks it with Space.
fn tick(harness: &mut egui_kittest::Harness<'static, koshin::KoshinApp>, label: &str) {
    tab_to(harness, label);
    harness.key_press(Key::Space);
    harness.run();
}

/// Tabs to a text field and types into it.
fn type_in(
    harness: &mut egui_kittest::Harness<'static, koshin::KoshinApp>,
    label: &str,
    text: &str,
) {
    tab_to(harness, label);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

#[test]
fn keyboard_a_whole_renewal_without_the_mouse() {
    let (dir, mut harness) = common::demo_harness();
    press(&mut harness, "Renew Mum's eSIM");
    assert!(
        harness
            .query_by_label("Step 1 of 9: Check the card")
            .is_some()
    );
    press(&mut harness, "Next");
    tick(&mut harness, "The phone supports eSIM");
    press(&mut harness, "Next");
    press(&mut harness, "Next");
    tick(
        &mut harness,
        "This payment method works for payments abroad",
    );
    press(&mut harness, "Next");
    tick(&mut harness, "I understand the plan's terms");
    tick(&mut harness, "I know the refund policy");
    press(&mut harness, "Next");
    tick(&mut harness, "I checked every detail against the card");
    press(&mut harness, "Next");
    type_in(&mut harness, "Order number", "SORA-88002");
    press(&mut harness, "Next");
    type_in(&mut harness, "New validity end (date)", "2026-12-09");
    type_in(&mut harness, "Data now", "10 GB");
    press(&mut harness, "Next");
    press(&mut harness, "Next");
    assert!(harness.query_by_label("Check and record").is_some());
    tick(
        &mut harness,
        "Don't delete the eSIM: you may want to top it up",
    );
    tick(&mut harness, "Turn off data roaming on your home SIM");
    press(&mut harness, "Record renewal");
    press(&mut harness, "Record anyway");
    common::settle_and_save(&mut harness);

    let archive = common::load(dir.path());
    let card = &archive.cards[0];
    assert_eq!(card.label, "Mum's eSIM");
    assert_eq!(
        card.validity_end.as_ref().unwrap().to_string(),
        "2026-12-09T23:59:00+09:00[Asia/Tokyo]"
    );
    assert!(
        archive
            .receipts
            .iter()
            .any(|r| r.order_number == "SORA-88002")
    );
    press(&mut harness, "Overview");
    assert_eq!(harness.state().screen(), Screen::Overview);
    assert!(harness.query_by_label_contains("Renew now").is_none());
}

#[test]
fn keyboard_escape_closes_a_dialog() {
    let (_dir, mut harness) = common::demo_harness();
    harness.state_mut().apply(
        Command::ShowQr("LPA:1$rsp.sora-esim.example$K2-7Q1ZX-9LQ3M8".into()),
        0.0,
    );
    harness.run();
    assert!(harness.query_by_label("eSIM activation QR code").is_some());
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("eSIM activation QR code").is_none());

    press(&mut harness, "Renew Mum's eSIM");
    press(&mut harness, "Cancel renewal…");
    assert!(harness.query_by_label("Stop renewal").is_some());
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Stop renewal").is_none());
    assert!(
        harness
            .query_by_label("Step 1 of 9: Check the card")
            .is_some()
    );
}

/// The receipts search, focused by Ctrl+F.
fn search_focused() -> (tempfile::TempDir, egui_kittest::Harness<'static, koshin::KoshinApp>) {
    let (dir, mut harness) = common::demo_harness();
    harness.key_combination_modifiers(Modifiers::COMMAND, &[Key::F]);
    harness.run();
    assert!(harness.get_by_label("Search").is_focused());
    (dir, harness)
}

#[test]
fn keyboard_an_input_method_composes_into_a_text_field() {
    let (_dir, mut harness) = search_focused();
    // While a text field has the focus, egui asks the window for the input
    // method and says where the text cursor is, for the candidate window.
    let ime = harness.output().platform_output.ime.unwrap();
    assert!(ime.cursor_rect.width() >= 0.0 && ime.rect.height() > 0.0);

    // Pinyin being composed is shown in the field, then replaced by the choice.
    harness.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "jichang".into(),
        active_range_chars: None,
    }));
    harness.run();
    assert_eq!(
        harness.get_by_label("Search").value().as_deref(),
        Some("jichang")
    );
    harness.event(egui::Event::Ime(egui::ImeEvent::Commit("机场".into())));
    harness.run();
    assert_eq!(harness.get_by_label("Search").value().as_deref(), Some("机场"));

    // Japanese the same way, after what is there.
    harness.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "くうこう".into(),
        active_range_chars: None,
    }));
    harness.run();
    harness.event(egui::Event::Ime(egui::ImeEvent::Commit("空港".into())));
    harness.run();
    assert_eq!(
        harness.get_by_label("Search").value().as_deref(),
        Some("机场空港")
    );
}

#[test]
fn keyboard_paste_works_in_a_text_field() {
    let (_dir, mut harness) = search_focused();
    harness.event(egui::Event::Paste("TW-EXT".into()));
    harness.run();
    assert_eq!(harness.get_by_label("Search").value().as_deref(), Some("TW-EXT"));
    assert!(harness.query_by_label("TW-EXT-20931").is_some());
    assert!(harness.query_by_label("SORA-77120").is_none());
}

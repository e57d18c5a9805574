//! Keyboard shortcuts people expect: Ctrl+F searches the receipts, Ctrl+N
//! opens a new card or receipt on those screens, Ctrl+Q saves what is
//! pending and closes the window.

#![allow(clippy::unwrap_used)]

mod common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use koshin::command::{Command, Screen};

use common::{AppHarness, apply, shows, shows_part, value_of};

/// Presses Ctrl (Cmd on a Mac) with `key` and runs the frames that follow.
fn shortcut(harness: &mut AppHarness, key: Key) {
    harness.key_combination_modifiers(Modifiers::COMMAND, &[key]);
    harness.run();
}

/// Presses `key` alone and runs the frames that follow.
fn press_key(harness: &mut AppHarness, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Hands `event` to the window, as the platform would, and runs the frames that follow.
fn send(harness: &mut AppHarness, event: egui::Event) {
    harness.event(event);
    harness.run();
}

#[test]
fn keyboard_ctrl_f_goes_to_the_receipts_search() {
    let (_dir, mut harness) = common::demo_harness();
    shortcut(&mut harness, Key::F);
    assert_eq!(harness.state().screen(), Screen::Receipts);
    assert!(harness.get_by_label("Search").is_focused());
    harness.get_by_label("Search").type_text("TW-EXT");
    harness.run();
    assert!(shows(&harness, "TW-EXT-20931"));
    assert!(!shows(&harness, "SORA-77120"));
}

#[test]
fn keyboard_ctrl_n_opens_a_new_card_or_receipt() {
    let (_dir, mut harness) = common::demo_harness();
    for (screen, form) in [
        (Screen::Cards, "New card"),
        (Screen::Receipts, "New receipt"),
    ] {
        apply(&mut harness, Command::Navigate(screen));
        shortcut(&mut harness, Key::N);
        assert!(shows(&harness, form), "{screen:?}");
    }
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
fn tab_to(harness: &mut AppHarness, label: &str) {
    for _ in 0..150 {
        if harness
            .query_by_label(label)
            .is_some_and(|n| n.is_focused())
        {
            return;
        }
        press_key(harness, Key::Tab);
    }
    panic!("Tab never reached \"{label}\"");
}

/// Tabs to a button and presses Enter.
fn press(harness: &mut AppHarness, label: &str) {
    tab_to(harness, label);
    press_key(harness, Key::Enter);
}

/// Tabs to a checkbox and ticks it with Space.
fn tick(harness: &mut AppHarness, label: &str) {
    tab_to(harness, label);
    press_key(harness, Key::Space);
}

/// Tabs to a text field and types into it.
fn type_in(harness: &mut AppHarness, label: &str, text: &str) {
    tab_to(harness, label);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// What a wizard step asks for: the boxes to tick, the fields to fill and their text.
type StepInput = (
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
);

#[test]
fn keyboard_a_whole_renewal_without_the_mouse() {
    let (dir, mut harness) = common::demo_harness();
    press(&mut harness, "Renew Mum's eSIM");
    assert!(shows(&harness, "Step 1 of 9: Check the card"));
    // Each step: its boxes ticked and its fields filled from the keyboard, then Next.
    let steps: [StepInput; 9] = [
        (&[], &[]),
        (&["The phone supports eSIM"], &[]),
        (&[], &[]),
        (&["This payment method works for payments abroad"], &[]),
        (
            &["I understand the plan's terms", "I know the refund policy"],
            &[],
        ),
        (&["I checked every detail against the card"], &[]),
        (&[], &[("Order number", "SORA-88002")]),
        (
            &[],
            &[
                ("New validity end (date)", "2026-12-09"),
                ("Data now", "10 GB"),
            ],
        ),
        (&[], &[]),
    ];
    for (ticks, fields) in steps {
        for label in ticks {
            tick(&mut harness, label);
        }
        for (label, text) in fields {
            type_in(&mut harness, label, text);
        }
        press(&mut harness, "Next");
    }
    assert!(shows(&harness, "Check and record"));
    tick(
        &mut harness,
        "Don't delete the eSIM: you may want to top it up",
    );
    tick(&mut harness, "Turn off data roaming on your home SIM");
    press(&mut harness, "Record renewal");
    common::settle_and_save(&mut harness);

    let archive = common::load(dir.path());
    let card = &archive.cards[0];
    assert_eq!(card.label, "Mum's eSIM");
    assert_eq!(
        common::validity_end(card),
        "2026-12-09T23:59:00+09:00[Asia/Tokyo]"
    );
    assert!(common::has_receipt(&archive, "SORA-88002"));
    press(&mut harness, "Overview");
    assert_eq!(harness.state().screen(), Screen::Overview);
    assert!(!shows_part(&harness, "Renew now"));
}

#[test]
fn keyboard_escape_closes_a_dialog() {
    let (_dir, mut harness) = common::demo_harness();
    let code = "LPA:1$rsp.sora-esim.example$K2-7Q1ZX-9LQ3M8";
    apply(&mut harness, Command::ShowQr(code.into()));
    assert!(shows(&harness, "eSIM activation QR code"));
    press_key(&mut harness, Key::Escape);
    assert!(!shows(&harness, "eSIM activation QR code"));

    press(&mut harness, "Renew Mum's eSIM");
    press(&mut harness, "Cancel renewal…");
    assert!(shows(&harness, "Stop renewal"));
    press_key(&mut harness, Key::Escape);
    assert!(!shows(&harness, "Stop renewal"));
    assert!(shows(&harness, "Step 1 of 9: Check the card"));
}

#[test]
fn keyboard_escape_closes_a_new_receipt_and_a_card_form() {
    let (dir, mut harness) = common::demo_harness();
    let before = common::load(dir.path());
    press(&mut harness, "Receipts");
    press(&mut harness, "Add receipt");
    assert!(shows(&harness, "New receipt"));
    common::type_into(&mut harness, "Provider", "Not kept");
    press_key(&mut harness, Key::Escape);
    assert!(!shows(&harness, "New receipt"), "Escape closes the form");
    press(&mut harness, "Cards");
    press(&mut harness, "Add card");
    assert!(shows(&harness, "New card"));
    press_key(&mut harness, Key::Escape);
    assert!(!shows(&harness, "New card"));
    common::settle_and_save(&mut harness);
    assert_eq!(common::load(dir.path()), before, "nothing was added");
}

/// The receipts search, focused by Ctrl+F.
fn search_focused() -> (tempfile::TempDir, AppHarness) {
    let (dir, mut harness) = common::demo_harness();
    shortcut(&mut harness, Key::F);
    assert!(harness.get_by_label("Search").is_focused());
    (dir, harness)
}

/// An input method showing `text` while it is being composed.
fn composing(text: &str) -> egui::Event {
    egui::Event::Ime(egui::ImeEvent::Preedit {
        text: text.into(),
        active_range_chars: None,
    })
}

/// An input method handing over the chosen `text`.
fn committing(text: &str) -> egui::Event {
    egui::Event::Ime(egui::ImeEvent::Commit(text.into()))
}

#[test]
fn keyboard_an_input_method_composes_into_a_text_field() {
    let (_dir, mut harness) = search_focused();
    // While a text field has the focus, egui asks the window for the input
    // method and says where the text cursor is, for the candidate window.
    let ime = harness.output().platform_output.ime.unwrap();
    assert!(ime.cursor_rect.width() >= 0.0 && ime.rect.height() > 0.0);

    // Pinyin being composed is shown in the field, then replaced by the choice.
    send(&mut harness, composing("jichang"));
    assert_eq!(value_of(&harness, "Search"), "jichang");
    send(&mut harness, committing("机场"));
    assert_eq!(value_of(&harness, "Search"), "机场");

    // Japanese the same way, after what is there.
    send(&mut harness, composing("くうこう"));
    send(&mut harness, committing("空港"));
    assert_eq!(value_of(&harness, "Search"), "机场空港");
}

#[test]
fn keyboard_paste_works_in_a_text_field() {
    let (_dir, mut harness) = search_focused();
    send(&mut harness, egui::Event::Paste("TW-EXT".into()));
    assert_eq!(value_of(&harness, "Search"), "TW-EXT");
    assert!(shows(&harness, "TW-EXT-20931"));
    assert!(!shows(&harness, "SORA-77120"));
}

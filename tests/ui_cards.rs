//! The Cards screen, driven as a person would: find fields by their labels,
//! type, click, and then read the archive file on disk.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use koshin::model::CardKind;
use koshin::store;

use common::{AppHarness, click, demo_dir, is_disabled, load, shows, shows_part};

/// A new archive in a temporary folder, open on a new card's form.
fn new_card_form() -> (tempfile::TempDir, AppHarness) {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Cards");
    click(&mut harness, "Add card");
    (dir, harness)
}

/// Presses the form's Add card button (not the list's).
fn press_add_card(harness: &mut AppHarness) {
    harness
        .get_by_role_and_label(Role::Button, "Add card")
        .click();
}

#[test]
fn adding_a_card_by_typing_saves_it_to_the_file() {
    let (dir, mut harness) = new_card_form();

    common::type_into(&mut harness, "Label", "Mum's eSIM");
    common::type_into(&mut harness, "Used by", "Mum");
    click(&mut harness, "eSIM");
    common::type_into(&mut harness, "Provider", "Sora eSIM");
    common::type_into(&mut harness, "ICCID", "8981 1000 2215 2271 918");
    common::type_into(&mut harness, "EID", "89049032123451234512345678901235");
    common::type_into(&mut harness, "Valid until (date)", "2026-11-24");
    common::type_into(&mut harness, "Data allowance", "10 GB");
    harness.run();
    // The form of an eSIM has no phone number and no rental number.
    assert!(!shows(&harness, "Phone number"));
    assert!(!shows(&harness, "Rental number"));

    press_add_card(&mut harness);
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    assert_eq!(archive.cards.len(), 1);
    let card = &archive.cards[0];
    assert_eq!(card.label, "Mum's eSIM");
    assert_eq!(archive.owner_name(card), "Mum");
    assert_eq!(card.kind, CardKind::Esim);
    assert_eq!(card.ids.iccid, "8981 1000 2215 2271 918");
    assert_eq!(card.data_allowance_mb, Some(10 * 1024));
    assert_eq!(
        common::validity_end(card),
        "2026-11-24T23:59:00+09:00[Asia/Tokyo]"
    );
    // Back on the list, the card is there.
    assert!(shows(&harness, "Mum's eSIM"));
}

#[test]
fn identifier_warnings_show_while_typing_and_do_not_block() {
    let (dir, mut harness) = new_card_form();
    common::type_into(&mut harness, "Label", "Dad's SIM");
    common::type_into(&mut harness, "ICCID", "8981100022152271917");
    common::type_into(&mut harness, "Phone number", "050-1234-5678");
    harness.run();
    assert!(shows_part(&harness, "check digit"));
    assert!(shows_part(&harness, "not a Japanese mobile number"));

    press_add_card(&mut harness);
    common::settle_and_save(&mut harness);
    assert_eq!(load(dir.path()).cards[0].ids.iccid, "8981100022152271917");
}

#[test]
fn a_payment_card_number_is_refused_with_a_reason() {
    let (dir, mut harness) = new_card_form();
    // A new form does not open in red.
    assert!(!shows_part(&harness, "Give the card a label"));
    common::type_into(&mut harness, "Label", "Router");
    common::type_into(&mut harness, "Notes", "paid with 4111 1111 1111 1111");
    harness.run();
    // Pressing Add card with a card number in the notes saves nothing and says why.
    press_add_card(&mut harness);
    harness.run_steps(4);
    assert!(common::count_part(&harness, "looks like a payment card number") > 0);
    assert!(!dir.path().join("koshin.ron").exists(), "nothing was saved");
}

#[test]
fn editing_then_deleting_a_card_after_confirming() {
    let dir = demo_dir();
    let receipts_before = load(dir.path()).receipts.len();
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Cards");

    click(&mut harness, "Dad's SIM");
    common::retype_into(&mut harness, "Used by", "Grandpa");
    harness.get_by_label("Save changes").click();
    common::settle_and_save(&mut harness);
    let archive = load(dir.path());
    let card = common::card_by_label(&archive, "Dad's SIM");
    assert_eq!(archive.owner_name(card), "Grandpa");
    let id = card.id;

    common::click_all(&mut harness, &["Dad's SIM", "Delete card…"]);
    // The question names the card and says its receipts stay.
    assert!(shows(&harness, "Delete Dad's SIM?"));
    assert!(shows_part(&harness, "receipt is kept"));
    click(&mut harness, "Keep card");
    assert!(!shows(&harness, "Delete Dad's SIM?"));
    assert_eq!(
        load(dir.path()).cards.len(),
        3,
        "keeping the card changes nothing"
    );

    click(&mut harness, "Delete card…");
    harness.get_by_label("Delete card").click();
    common::settle_and_save(&mut harness);
    let archive = load(dir.path());
    assert!(archive.card(id).is_none());
    assert_eq!(archive.cards.len(), 2);
    assert_eq!(archive.receipts.len(), receipts_before, "receipts are kept");
    assert!(
        archive
            .receipts
            .iter()
            .any(|r| r.card.is_none() && r.card_label == "Dad's SIM")
    );
}

#[test]
fn a_second_copy_is_read_only_and_says_so() {
    let dir = demo_dir();
    let store::Acquired::Held(_first, _) =
        store::ArchiveLock::try_acquire(dir.path(), common::now().timestamp()).unwrap()
    else {
        panic!("the lock was free")
    };
    let before = common::file_text(dir.path());
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Cards");
    assert!(shows_part(
        &harness,
        "Another copy of Kōshin has this archive open"
    ));
    assert!(is_disabled(&harness, "Add card"));
    // Changing the theme works on screen but is not written.
    click(&mut harness, "Settings");
    harness.get_by_label("Dark").click();
    harness.run_steps(4);
    assert_eq!(common::file_text(dir.path()), before);
}

#[test]
fn a_damaged_file_is_explained_and_a_new_archive_keeps_it_aside() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("koshin.ron"),
        "(version: 1, cards: [(label: 5)])",
    )
    .unwrap();
    let mut harness = common::harness(dir.path());
    harness.run();
    assert!(shows(&harness, "The archive file is damaged"));
    assert!(shows_part(&harness, "line 1, column"));
    assert!(
        !shows(&harness, "Restore newest backup"),
        "there is no backup"
    );

    click(&mut harness, "Start a new archive");
    click(&mut harness, "Cards");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("koshin.damaged-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read_to_string(aside[0].path()).unwrap(),
        "(version: 1, cards: [(label: 5)])"
    );
    common::settle_and_save(&mut harness);
    assert!(load(dir.path()).cards.is_empty());
    assert!(!is_disabled(&harness, "Add card"));
}

#[test]
fn settings_show_the_archive_path_and_switch_the_theme() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Settings");
    let path = dir.path().join("koshin.ron").display().to_string();
    assert!(shows(&harness, &path));
    assert!(shows(&harness, "Open folder"));
    harness.get_by_label("Dark").click();
    common::settle_and_save(&mut harness);
    assert_eq!(
        load(dir.path()).settings.theme,
        koshin::model::ThemeChoice::Dark
    );
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
}

#[test]
fn opened_with_a_card_file_the_app_asks_before_importing_it() {
    use clap::Parser;
    let dir = demo_dir();
    let file = dir.path().join("dad.koshin-card.ron");
    let archive = load(dir.path());
    let text = koshin::formats::card_file::write_card(&archive.cards[1], false, false).unwrap();
    std::fs::write(&file, text).unwrap();
    // What a file manager runs: `koshin FILE`; subcommands still win.
    let cli = koshin::cli::Cli::try_parse_from(["koshin", file.to_str().unwrap()]).unwrap();
    assert_eq!(cli.file.as_deref(), Some(file.as_path()));
    assert!(cli.command.is_none());
    for args in [
        vec!["koshin", "check"],
        vec!["koshin", "--data-dir", "/tmp/x", "check"],
    ] {
        let check = koshin::cli::Cli::try_parse_from(&args).unwrap();
        assert!(check.file.is_none() && check.command.is_some(), "{args:?}");
    }

    let mut harness = common::harness(dir.path());
    harness.state_mut().offer_import(file);
    harness.run();
    assert!(shows(&harness, "Import this card?"));
    assert_eq!(
        harness.state().archive().cards.len(),
        3,
        "nothing before a yes"
    );
    click(&mut harness, "Import card");
    common::settle_and_save(&mut harness);
    let saved = load(dir.path());
    assert_eq!(saved.cards.len(), 4);
    assert!(saved.cards.iter().any(|c| c.label == "Dad's SIM (2)"));
}

#[test]
fn a_bad_date_is_said_beside_the_date_and_a_bad_time_beside_the_time() {
    let (_dir, mut harness) = new_card_form();
    common::type_into(&mut harness, "Label", "Dad's SIM");
    common::type_into(&mut harness, "Valid until (date)", "2026-13-40");
    // Leaving the field shows its problem.
    common::type_into(&mut harness, "Provider", "Mirai");
    harness.run();
    let date_y = common::y_of(&harness, "Valid until (date)");
    let time_y = common::y_of(&harness, "Valid until (time)");
    let note_y = harness
        .get_by_label_contains("\"2026-13-40\" is not a date")
        .rect()
        .center()
        .y;
    assert!(
        (note_y - date_y).abs() < (note_y - time_y).abs(),
        "the date's problem at {note_y}, the date at {date_y}, the time at {time_y}"
    );

    common::retype_into(&mut harness, "Valid until (date)", "2026-11-30");
    common::retype_into(&mut harness, "Valid until (time)", "25:99");
    common::type_into(&mut harness, "Provider", " Mobile");
    harness.run();
    let note_y = harness
        .get_by_label_contains("\"25:99\" is not a time")
        .rect()
        .center()
        .y;
    assert!(
        (note_y - time_y).abs() < (note_y - date_y).abs(),
        "the time's problem at {note_y}, the date at {date_y}, the time at {time_y}"
    );
}

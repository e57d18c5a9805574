//! A confirmation e-mail dropped on the window opens the receipt form filled
//! from it, the found fields marked; saving keeps the receipt with the e-mail
//! attached. `koshin import receipt` does the same from the command line.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use koshin::command::Command;

use common::{apply, shows_part, value_of};

fn mail(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/mail")
        .join(name)
}

/// The arguments of `koshin import receipt FILE --card "Mum's eSIM"`, then `more`.
fn import_receipt<'a>(file: &'a Path, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["import", "receipt", file.to_str().unwrap()];
    args.extend(["--card", "Mum's eSIM"]);
    args.extend(more);
    args
}

#[test]
fn a_dropped_email_fills_the_receipt_form_and_saves_with_the_mail_attached() {
    let (dir, mut harness) = common::demo_harness();
    let before = harness.state().archive().receipts.len();
    // A new order (the sample's own SORA-77120 stands in the archive already).
    let text = std::fs::read_to_string(mail("en_sora_topup.eml"))
        .unwrap()
        .replace("SORA-77120", "SORA-80417");
    let dropped = dir.path().join("Sora top-up.eml");
    std::fs::write(&dropped, text).unwrap();
    apply(&mut harness, Command::DropFiles(vec![dropped.clone()]));

    assert!(shows_part(&harness, "check the marked fields"));
    assert_eq!(value_of(&harness, "Order number"), "SORA-80417");
    assert_eq!(value_of(&harness, "Provider"), "Sora eSIM");
    assert_eq!(value_of(&harness, "Plan"), "Japan 10 GB / 15 days");
    assert!(
        common::count_part(&harness, "Read from the e-mail") >= 5,
        "the found fields are marked"
    );
    common::click(&mut harness, "Add receipt");
    common::settle_and_save(&mut harness);

    let saved = common::load(dir.path());
    assert_eq!(saved.receipts.len(), before + 1);
    let receipt = common::receipt_by_order(&saved, "SORA-80417");
    assert_eq!(receipt.amount.to_string(), "2,980 JPY");
    assert_eq!(receipt.date.to_string(), "2026-11-10");
    assert_eq!(receipt.card_label, "Mum's eSIM", "the provider's only card");
    let until = receipt.valid_until.as_ref().unwrap();
    assert_eq!(
        until.strftime("%Y-%m-%d %H:%M %:z").to_string(),
        "2026-11-25 23:59 +09:00"
    );
    assert_eq!(receipt.attachments.len(), 1);
    assert_eq!(receipt.attachments[0].original_name, "Sora top-up.eml");
    let stored = dir
        .path()
        .join("attachments")
        .join(&receipt.attachments[0].stored_name);
    assert_eq!(
        std::fs::read(stored).unwrap(),
        std::fs::read(&dropped).unwrap()
    );
}

#[test]
fn a_bare_yen_sign_leaves_the_currency_for_the_person_and_says_why() {
    let (dir, mut harness) = common::demo_harness();
    apply(
        &mut harness,
        Command::ReceiptFromMail(mail("en_ambiguous_yen.eml")),
    );
    assert!(shows_part(
        &harness,
        "nothing says whether it means yen or yuan"
    ));
    common::click(&mut harness, "Add receipt");
    assert!(
        !common::has_receipt(&common::load(dir.path()), "KD-48213"),
        "not saved without a currency"
    );
}

#[test]
fn koshin_import_receipt_adds_it_with_the_mail_and_refuses_without_an_amount() {
    let dir = common::demo_dir();
    let yen = mail("en_ambiguous_yen.eml");
    let said = common::koshin_refuses(dir.path(), &import_receipt(&yen, &[]));
    assert!(said.contains("--currency"), "{said}");

    common::koshin_ok(dir.path(), &import_receipt(&yen, &["--currency", "CNY"]));
    let saved = common::load(dir.path());
    let receipt = common::receipt_by_order(&saved, "KD-48213");
    assert_eq!(receipt.amount.to_string(), "2,980.00 CNY");
    assert_eq!(receipt.attachments.len(), 1);

    let no_amount = dir.path().join("note.txt");
    std::fs::write(&no_amount, "Thanks for your order KD-1234!").unwrap();
    let said = common::koshin_refuses(dir.path(), &import_receipt(&no_amount, &[]));
    assert!(said.contains("No amount found"), "{said}");
}

/// A confirmation of the corpus the reader was built on.
fn confirmation(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/confirmations/dev")
        .join(name)
}

#[test]
fn a_dropped_pdf_receipt_fills_the_form_and_a_damaged_one_is_attached_and_named() {
    koshin::formats::pdf::use_helper(PathBuf::from(env!("CARGO_BIN_EXE_koshin")));
    let (dir, mut harness) = common::demo_harness();
    let pdf = confirmation("zh_pdf_order_detail_chengyou.pdf");
    apply(&mut harness, Command::DropFiles(vec![pdf]));
    assert_eq!(value_of(&harness, "Order number"), "CY202612109981");
    assert_eq!(value_of(&harness, "Plan"), "日本随身WiFi 5G 无限流量");
    common::click(&mut harness, "Cancel");

    // Cut short: nothing to read, but the file is attached and the person told.
    let bytes = std::fs::read(confirmation("en_pdf_receipt_eur_esim_bergluft.pdf")).unwrap();
    let damaged = dir.path().join("damaged receipt.pdf");
    std::fs::write(&damaged, &bytes[..bytes.len() / 3]).unwrap();
    apply(&mut harness, Command::DropFiles(vec![damaged]));
    // In the form's attachments, and in the notice.
    assert!(common::count_part(&harness, "damaged receipt.pdf") >= 2);
    common::open_all_notices(&mut harness);
    assert!(shows_part(&harness, "could not be read as a PDF"));
}

#[test]
fn fields_the_confirmation_does_not_give_say_why_in_the_form_and_on_the_command_line() {
    let (dir, mut harness) = common::demo_harness();
    // Valid for 10 days from each eSIM's first connection: no end date.
    let file = confirmation("en_unit_price_quantity_family_paloma.eml");
    apply(&mut harness, Command::ReceiptFromMail(file.clone()));
    assert!(shows_part(
        &harness,
        "Not found in the confirmation: the validity is counted from activation"
    ));

    let args = ["read", file.to_str().unwrap()];
    let plain = common::koshin_ok(dir.path(), &args);
    assert!(
        plain.contains("Valid until: — (the validity is counted from activation"),
        "{plain}"
    );
    let args = ["read", "--json", file.to_str().unwrap()];
    let json: serde_json::Value =
        serde_json::from_str(&common::koshin_ok(dir.path(), &args)).unwrap();
    assert!(json["valid_until"].is_null());
    assert!(
        json["why_missing"]["valid_until"]
            .as_str()
            .unwrap()
            .contains("counted from activation"),
        "{json}"
    );
}

//! A confirmation e-mail dropped on the window opens the receipt form filled
//! from it, the found fields marked; saving keeps the receipt with the e-mail
//! attached. `koshin import receipt` does the same from the command line.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use koshin::command::Command;

fn mail(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/mail")
        .join(name)
}

fn field_value(harness: &egui_kittest::Harness<'static, koshin::KoshinApp>, label: &str) -> String {
    harness.get_by_label(label).value().unwrap_or_default()
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
    harness
        .state_mut()
        .apply(Command::DropFiles(vec![dropped.clone()]), 0.0);
    harness.run();

    assert!(
        harness
            .query_by_label_contains("check the marked fields")
            .is_some()
    );
    assert_eq!(field_value(&harness, "Order number"), "SORA-80417");
    assert_eq!(field_value(&harness, "Provider"), "Sora eSIM");
    assert_eq!(field_value(&harness, "Plan"), "Japan 10 GB / 15 days");
    assert!(
        harness
            .query_all_by_label_contains("Read from the e-mail")
            .count()
            >= 5,
        "the found fields are marked"
    );
    common::click(&mut harness, "Add receipt");
    common::settle_and_save(&mut harness);

    let saved = common::load(dir.path());
    assert_eq!(saved.receipts.len(), before + 1);
    let receipt = saved
        .receipts
        .iter()
        .find(|r| r.order_number == "SORA-80417")
        .unwrap();
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
    harness
        .state_mut()
        .apply(Command::ReceiptFromMail(mail("en_ambiguous_yen.eml")), 0.0);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("nothing says whether it means yen or yuan")
            .is_some()
    );
    common::click(&mut harness, "Add receipt");
    assert!(
        common::load(dir.path())
            .receipts
            .iter()
            .all(|r| r.order_number != "KD-48213"),
        "not saved without a currency"
    );
}

#[test]
fn koshin_import_receipt_adds_it_with_the_mail_and_refuses_without_an_amount() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let koshin = |args: &[&str]| common::koshin_in_dir(dir.path(), args);
    let yen = mail("en_ambiguous_yen.eml");
    let out = koshin(&[
        "import",
        "receipt",
        yen.to_str().unwrap(),
        "--card",
        "Mum's eSIM",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("--currency"), "{said}");

    let out = koshin(&[
        "import",
        "receipt",
        yen.to_str().unwrap(),
        "--card",
        "Mum's eSIM",
        "--currency",
        "CNY",
    ]);
    assert!(out.status.success(), "{out:?}");
    let saved = common::load(dir.path());
    let receipt = saved
        .receipts
        .iter()
        .find(|r| r.order_number == "KD-48213")
        .unwrap();
    assert_eq!(receipt.amount.to_string(), "2,980.00 CNY");
    assert_eq!(receipt.attachments.len(), 1);

    let no_amount = dir.path().join("note.txt");
    std::fs::write(&no_amount, "Thanks for your order KD-1234!").unwrap();
    let before = common::file_text(dir.path());
    let out = koshin(&[
        "import",
        "receipt",
        no_amount.to_str().unwrap(),
        "--card",
        "Mum's eSIM",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No amount found"));
    assert_eq!(common::file_text(dir.path()), before);
}

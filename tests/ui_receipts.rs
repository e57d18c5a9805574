//! The Receipts screen, driven as a person would; attachments through the app's commands.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use koshin::KoshinApp;
use koshin::command::Command;
use koshin::model::Money;
use koshin::store::{self, attachments};

use common::{choose, click, load};

#[test]
fn adding_a_receipt_by_hand_then_finding_it_and_filtering_by_currency() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Receipts");
    assert!(
        harness
            .query_by_label("5 receipts shown: 149.00 CNY · 13,980 JPY · 14.99 USD")
            .is_some()
    );

    click(&mut harness, "Add receipt");
    choose(&mut harness, "Card", "Dad's SIM");
    common::type_into(&mut harness, "Amount", "1650");
    common::type_into(&mut harness, "Order number", "MM-TOPUP-0042");
    common::type_into(&mut harness, "Valid until (date)", "2026-12-20");
    click(&mut harness, "Add receipt");
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    let receipt = archive
        .receipts
        .iter()
        .find(|r| r.order_number == "MM-TOPUP-0042")
        .unwrap();
    assert_eq!(receipt.amount, Money::yen(1650));
    assert_eq!(receipt.provider, "Mirai Mobile", "filled in from the card");
    assert_eq!(receipt.date, common::now().date());
    assert_eq!(
        receipt.valid_until.as_ref().unwrap().to_string(),
        "2026-12-20T23:59:00+09:00[Asia/Tokyo]"
    );

    // Search as you type by the order number.
    common::type_into(&mut harness, "Search", "topup-0042");
    assert!(
        harness
            .query_by_label("1 receipt shown: 1,650 JPY")
            .is_some()
    );
    assert!(harness.query_by_label("MM-TOPUP-0042").is_some());
    assert!(harness.query_by_label("SORA-77120").is_none());
    common::retype_into(&mut harness, "Search", "");
    assert!(
        harness
            .query_by_label("6 receipts shown: 149.00 CNY · 15,630 JPY · 14.99 USD")
            .is_some()
    );

    // Filter by currency: the totals follow, and currencies are never added together.
    choose(&mut harness, "Currency", "JPY");
    assert!(
        harness
            .query_by_label("4 receipts shown: 15,630 JPY")
            .is_some()
    );
    assert!(
        harness.query_by_label("TB2026-0931-4471").is_none(),
        "the CNY receipt is hidden"
    );
    choose(&mut harness, "Currency", "CNY");
    assert!(
        harness
            .query_by_label("1 receipt shown: 149.00 CNY")
            .is_some()
    );
}

#[test]
fn sorting_by_a_column_header() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Receipts");
    let y = |h: &Harness<'static, KoshinApp>, label: &str| h.get_by_label(label).rect().center().y;
    // Newest first by default.
    assert!(y(&harness, "TW-EXT-20931") < y(&harness, "TB2026-0931-4471"));
    click(&mut harness, "Order number");
    assert!(
        y(&harness, "MM-STORE-5521") < y(&harness, "TW-EXT-20931"),
        "A to Z"
    );
    click(&mut harness, "Order number ⏶");
    assert!(
        y(&harness, "MM-STORE-5521") > y(&harness, "TW-EXT-20931"),
        "Z to A"
    );
}

#[test]
fn attached_files_are_copied_kept_while_shared_and_shown_missing() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let pdf = outside.path().join("confirmation.pdf");
    std::fs::write(&pdf, b"%PDF confirmation").unwrap();
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Receipts");

    // Attach to a new receipt (as a drop on the window would), save it.
    harness
        .state_mut()
        .apply(Command::AttachFiles(vec![pdf.clone()]), 0.0);
    harness.run();
    assert!(harness.query_by_label("New receipt").is_some());
    assert!(harness.query_by_label("confirmation.pdf").is_some());
    common::type_into(&mut harness, "Amount", "500");
    common::type_into(&mut harness, "Order number", "FIRST");
    click(&mut harness, "Add receipt");
    // And the same file to a second receipt.
    harness
        .state_mut()
        .apply(Command::AttachFiles(vec![pdf.clone()]), 0.0);
    harness.run();
    common::type_into(&mut harness, "Amount", "600");
    common::type_into(&mut harness, "Order number", "SECOND");
    click(&mut harness, "Add receipt");
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    let first = archive
        .receipts
        .iter()
        .find(|r| r.order_number == "FIRST")
        .unwrap();
    let second = archive
        .receipts
        .iter()
        .find(|r| r.order_number == "SECOND")
        .unwrap();
    assert_eq!(
        first.attachments[0].stored_name,
        second.attachments[0].stored_name
    );
    let copy = attachments::attachment_path(dir.path(), &first.attachments[0]);
    assert_eq!(std::fs::read(&copy).unwrap(), b"%PDF confirmation");

    // Delete the first receipt: the copy stays for the second.
    click(&mut harness, "FIRST");
    click(&mut harness, "Delete receipt…");
    click(&mut harness, "Delete receipt");
    common::settle_and_save(&mut harness);
    assert!(copy.exists(), "the second receipt still uses the file");
    // Delete the second: the copy goes.
    click(&mut harness, "SECOND");
    click(&mut harness, "Delete receipt…");
    click(&mut harness, "Delete receipt");
    common::settle_and_save(&mut harness);
    assert!(!copy.exists());
}

#[test]
fn a_missing_file_is_shown_as_missing_and_a_huge_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let shot = outside.path().join("screenshot.png");
    std::fs::write(&shot, b"png").unwrap();
    let attachment = attachments::attach(dir.path(), &shot).unwrap();
    let mail = outside.path().join("confirmation.eml");
    std::fs::write(&mail, b"From: shop").unwrap();
    let later = attachments::attach(dir.path(), &mail).unwrap();
    let mut archive = load(dir.path());
    archive.receipts[0].attachments = vec![attachment.clone()];
    archive.receipts[0].order_number = "WITH-FILE".into();
    archive.receipts[1].attachments.push(later.clone());
    archive.receipts[1].order_number = "GONE-LATER".into();
    std::fs::write(
        dir.path().join(store::FILE_NAME),
        store::to_text(&archive).unwrap(),
    )
    .unwrap();
    std::fs::remove_file(attachments::attachment_path(dir.path(), &attachment)).unwrap();

    let mut harness = common::harness(dir.path());
    click(&mut harness, "Receipts");
    click(&mut harness, "WITH-FILE");
    assert!(
        harness
            .query_by_label("⚠ missing from the archive folder")
            .is_some()
    );
    assert!(harness.query_by_label("Open").is_none());
    assert!(harness.query_by_label("Show in folder").is_none());

    // A file that goes while the app is open: asking for it says so and marks it.
    click(&mut harness, "Cancel");
    click(&mut harness, "GONE-LATER");
    assert!(harness.query_by_label("Open").is_some());
    std::fs::remove_file(attachments::attachment_path(dir.path(), &later)).unwrap();
    click(&mut harness, "Show in folder");
    assert!(
        harness
            .query_by_label_contains("The attached file is missing from the archive folder")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("⚠ missing from the archive folder")
            .is_some()
    );
    assert!(harness.query_by_label("Show in folder").is_none());

    let huge = outside.path().join("video.mov");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(attachments::MAX_ATTACHMENT_BYTES + 1)
        .unwrap();
    let before = load(dir.path());
    harness
        .state_mut()
        .apply(Command::AttachFiles(vec![huge]), 0.0);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("attachments can be at most 50 MB")
            .is_some()
    );
    assert!(harness.query_by_label("video.mov").is_none());
    common::settle_and_save(&mut harness);
    assert_eq!(load(dir.path()), before);
}

#[test]
fn csv_import_in_the_app_reports_bad_lines_and_imports_good_files() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let before = load(dir.path());
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Receipts");
    let bad = outside.path().join("bad.csv");
    std::fs::write(
        &bad,
        "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes\n2026-11-01,X,P,Plan,online,5,EUR,OK,,,\n2026-11-02,X,P,Plan,fax,5,EUR,BAD,,,\n",
    )
    .unwrap();
    harness.state_mut().apply(Command::ImportReceipts(bad), 0.0);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Line 3: \"fax\" is not a channel")
            .is_some()
    );
    let good = outside.path().join("good.csv");
    std::fs::write(
        &good,
        "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes\n2026-11-01,Dad's SIM,P,Plan,store,5,EUR,OK,,,\n",
    )
    .unwrap();
    harness
        .state_mut()
        .apply(Command::ImportReceipts(good.clone()), 0.0);
    harness
        .state_mut()
        .apply(Command::ImportReceipts(good), 0.0);
    common::settle_and_save(&mut harness);
    let after = load(dir.path());
    assert_eq!(
        after.receipts.len(),
        before.receipts.len() + 1,
        "imported once, not twice"
    );
}

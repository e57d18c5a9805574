//! The Receipts screen, driven as a person would; attachments through the app's commands.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use koshin::command::Command;
use koshin::model::Money;
use koshin::store::attachments;

use common::{
    AppHarness, apply, choose, click, demo_dir, load, receipt_by_order, shows, shows_part,
    write_file, y_of,
};

/// The sample household open on the Receipts screen.
fn receipts_screen() -> (tempfile::TempDir, AppHarness) {
    let dir = demo_dir();
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Receipts");
    (dir, harness)
}

/// Deletes the receipt with the order number `order`, after confirming, and saves.
fn delete_receipt(harness: &mut AppHarness, order: &str) {
    click(harness, order);
    click(harness, "Delete receipt…");
    click(harness, "Delete receipt");
    common::settle_and_save(harness);
}

#[test]
fn adding_a_receipt_by_hand_then_finding_it_and_filtering_by_currency() {
    let (dir, mut harness) = receipts_screen();
    assert!(shows(
        &harness,
        "5 receipts shown: 149.00 CNY · 13,980 JPY · 14.99 USD"
    ));

    click(&mut harness, "Add receipt");
    choose(&mut harness, "Card", "Dad's SIM");
    common::type_into(&mut harness, "Amount", "1650");
    common::type_into(&mut harness, "Order number", "MM-TOPUP-0042");
    common::type_into(&mut harness, "Valid until (date)", "2026-12-20");
    click(&mut harness, "Add receipt");
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    let receipt = receipt_by_order(&archive, "MM-TOPUP-0042");
    assert_eq!(receipt.amount, Money::yen(1650));
    assert_eq!(receipt.provider, "Mirai Mobile", "filled in from the card");
    assert_eq!(receipt.date, common::now().date());
    assert_eq!(
        receipt.valid_until.as_ref().unwrap().to_string(),
        "2026-12-20T23:59:00+09:00[Asia/Tokyo]"
    );

    // Search as you type by the order number.
    common::type_into(&mut harness, "Search", "topup-0042");
    assert!(shows(&harness, "1 receipt shown: 1,650 JPY"));
    assert!(shows(&harness, "MM-TOPUP-0042"));
    assert!(!shows(&harness, "SORA-77120"));
    common::retype_into(&mut harness, "Search", "");
    assert!(shows(
        &harness,
        "6 receipts shown: 149.00 CNY · 15,630 JPY · 14.99 USD"
    ));

    // Filter by currency: the totals follow, and currencies are never added together.
    choose(&mut harness, "Currency", "JPY");
    assert!(shows(&harness, "4 receipts shown: 15,630 JPY"));
    assert!(
        !shows(&harness, "TB2026-0931-4471"),
        "the CNY receipt is hidden"
    );
    choose(&mut harness, "Currency", "CNY");
    assert!(shows(&harness, "1 receipt shown: 149.00 CNY"));

    // By year, in every currency: the drop-downs list their choices when opened.
    choose(&mut harness, "Currency", "All currencies");
    let this_year = common::now().year().to_string();
    choose(&mut harness, "Year", &this_year);
    assert!(shows(&harness, "MM-TOPUP-0042"), "added today");
    choose(&mut harness, "Year", "All years");
    assert!(shows_part(&harness, "6 receipts shown"));
}

#[test]
fn sorting_by_a_column_header() {
    let (_dir, mut harness) = receipts_screen();
    // Newest first by default.
    assert!(y_of(&harness, "TW-EXT-20931") < y_of(&harness, "TB2026-0931-4471"));
    click(&mut harness, "Order number");
    assert!(
        y_of(&harness, "MM-STORE-5521") < y_of(&harness, "TW-EXT-20931"),
        "A to Z"
    );
    click(&mut harness, "Order number ⏶");
    assert!(
        y_of(&harness, "MM-STORE-5521") > y_of(&harness, "TW-EXT-20931"),
        "Z to A"
    );
}

#[test]
fn attached_files_are_copied_kept_while_shared_and_shown_missing() {
    let dir = demo_dir();
    let outside = tempfile::tempdir().unwrap();
    let pdf = write_file(outside.path(), "confirmation.pdf", b"%PDF confirmation");
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Receipts");

    // Attach to a new receipt (as a drop on the window would), save it; then
    // the same file to a second receipt.
    for (amount, order) in [("500", "FIRST"), ("600", "SECOND")] {
        apply(&mut harness, Command::AttachFiles(vec![pdf.clone()]));
        assert!(shows(&harness, "New receipt"));
        assert!(shows(&harness, "confirmation.pdf"));
        common::type_into(&mut harness, "Amount", amount);
        common::type_into(&mut harness, "Order number", order);
        click(&mut harness, "Add receipt");
    }
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    let first = receipt_by_order(&archive, "FIRST");
    let second = receipt_by_order(&archive, "SECOND");
    assert_eq!(
        first.attachments[0].stored_name,
        second.attachments[0].stored_name
    );
    let copy = attachments::attachment_path(dir.path(), &first.attachments[0]);
    assert_eq!(std::fs::read(&copy).unwrap(), b"%PDF confirmation");

    // Delete the first receipt: the copy stays for the second.
    delete_receipt(&mut harness, "FIRST");
    assert!(copy.exists(), "the second receipt still uses the file");
    // Delete the second: the copy goes.
    delete_receipt(&mut harness, "SECOND");
    assert!(!copy.exists());
}

#[test]
fn a_missing_file_is_shown_as_missing_and_a_huge_one_is_refused() {
    let dir = demo_dir();
    let outside = tempfile::tempdir().unwrap();
    let shot = write_file(outside.path(), "screenshot.png", b"png");
    let attachment = attachments::attach(dir.path(), &shot).unwrap();
    let mail = write_file(outside.path(), "confirmation.eml", b"From: shop");
    let later = attachments::attach(dir.path(), &mail).unwrap();
    let mut archive = load(dir.path());
    archive.receipts[0].attachments = vec![attachment.clone()];
    archive.receipts[0].order_number = "WITH-FILE".into();
    archive.receipts[1].attachments.push(later.clone());
    archive.receipts[1].order_number = "GONE-LATER".into();
    common::write_archive(dir.path(), &archive);
    std::fs::remove_file(attachments::attachment_path(dir.path(), &attachment)).unwrap();

    let mut harness = common::harness(dir.path());
    click(&mut harness, "Receipts");
    click(&mut harness, "WITH-FILE");
    assert!(shows(&harness, "⚠ missing from the archive folder"));
    assert!(!shows(&harness, "Open"));
    assert!(!shows(&harness, "Show in folder"));

    // A file that goes while the app is open: asking for it says so and marks it.
    click(&mut harness, "Cancel");
    click(&mut harness, "GONE-LATER");
    assert!(shows(&harness, "Open"));
    std::fs::remove_file(attachments::attachment_path(dir.path(), &later)).unwrap();
    click(&mut harness, "Show in folder");
    assert!(shows_part(
        &harness,
        "The attached file is missing from the archive folder"
    ));
    assert!(shows(&harness, "⚠ missing from the archive folder"));
    assert!(!shows(&harness, "Show in folder"));

    let huge = outside.path().join("video.mov");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(attachments::MAX_ATTACHMENT_BYTES + 1)
        .unwrap();
    let before = load(dir.path());
    apply(&mut harness, Command::AttachFiles(vec![huge]));
    common::open_all_notices(&mut harness);
    assert!(shows_part(&harness, "attachments can be at most 50 MB"));
    assert!(!shows(&harness, "video.mov"));
    common::settle_and_save(&mut harness);
    assert_eq!(load(dir.path()), before);
}

#[test]
fn csv_import_in_the_app_reports_bad_lines_and_imports_good_files() {
    let dir = demo_dir();
    let outside = tempfile::tempdir().unwrap();
    let before = load(dir.path());
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Receipts");
    let header = common::CSV_HEADER_V1;
    let bad = write_file(
        outside.path(),
        "bad.csv",
        format!(
            "{header}\n2026-11-01,X,P,Plan,online,5,EUR,OK,,,\n2026-11-02,X,P,Plan,fax,5,EUR,BAD,,,\n"
        ),
    );
    apply(&mut harness, Command::ImportReceipts(bad));
    common::open_all_notices(&mut harness);
    assert!(shows_part(&harness, "Line 3: \"fax\" is not a channel"));
    let good = write_file(
        outside.path(),
        "good.csv",
        format!("{header}\n2026-11-01,Dad's SIM,P,Plan,store,5,EUR,OK,,,\n"),
    );
    for _ in 0..2 {
        let command = Command::ImportReceipts(good.clone());
        harness.state_mut().apply(command, 0.0);
    }
    common::settle_and_save(&mut harness);
    let after = load(dir.path());
    assert_eq!(
        after.receipts.len(),
        before.receipts.len() + 1,
        "imported once, not twice"
    );
}

//! The renewal wizard, driven as a person would, then checked in the archive file.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use koshin::KoshinApp;
use koshin::model::checklist::{ItemState, Precaution};
use koshin::model::history::Outcome;
use koshin::model::{Archive, Channel, Money};

use common::{click, load};

fn next(harness: &mut Harness<'static, KoshinApp>, expected_heading: &str) {
    click(harness, "Next");
    assert!(
        harness.query_by_label(expected_heading).is_some(),
        "expected to be at {expected_heading}"
    );
}

fn open_renewal(harness: &mut Harness<'static, KoshinApp>, button: &str) {
    click(harness, "Renew");
    click(harness, button);
}

fn checklist_state(archive: &Archive, label: &str, item: Precaution) -> ItemState {
    let card = archive.cards.iter().find(|c| c.label == label).unwrap();
    let event = card.history.last().unwrap();
    event
        .checklist
        .iter()
        .find(|e| e.item == item)
        .unwrap()
        .state
}

#[test]
fn a_full_esim_online_renewal_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let receipts_before = load(dir.path()).receipts.len();
    let mut harness = common::harness(dir.path());
    open_renewal(&mut harness, "Renew Mum's eSIM");
    assert!(
        harness
            .query_by_label("Step 1 of 9: Check the card")
            .is_some()
    );
    // The card's validity is filled in; two days left is later than advised.
    assert!(
        harness
            .query_by_label_contains("Only 61 hours left")
            .is_some()
    );

    next(&mut harness, "Step 2 of 9: Check the phone");
    assert!(harness.get_by_label("Next").accesskit_node().is_disabled());
    assert!(
        harness
            .query_by_label_contains("Tick that the phone supports eSIM")
            .is_some()
    );
    click(&mut harness, "The phone supports eSIM");
    next(&mut harness, "Step 3 of 9: Choose how to renew");
    next(&mut harness, "Step 4 of 9: Prepare the payment");
    click(
        &mut harness,
        "This payment method works for payments abroad",
    );
    next(&mut harness, "Step 5 of 9: Choose the plan");
    click(&mut harness, "I understand the plan's terms");
    click(&mut harness, "I know the refund policy");
    next(&mut harness, "Step 6 of 9: Enter and check the details");
    click(&mut harness, "I checked every detail against the card");
    next(&mut harness, "Step 7 of 9: Pay");
    assert_eq!(
        harness.get_by_label("Amount paid").value().as_deref(),
        Some("2980")
    );
    common::type_into(&mut harness, "Order number", "SORA-88001");
    next(&mut harness, "Step 8 of 9: Confirm it worked");
    assert!(harness.get_by_label("Next").accesskit_node().is_disabled());
    common::type_into(&mut harness, "New validity end (date)", "2026-12-09");
    common::type_into(&mut harness, "Data now", "10 GB");
    next(&mut harness, "Step 9 of 9: Keep the proof");
    next(&mut harness, "Check and record");
    click(
        &mut harness,
        "Don't delete the eSIM: you may want to top it up",
    );
    click(&mut harness, "Turn off data roaming on your home SIM");

    // Renewing two days ahead is later than advised: recording asks first.
    click(&mut harness, "Record renewal");
    assert!(
        harness
            .query_by_label("Some precautions are open")
            .is_some()
    );
    click(&mut harness, "Record anyway");
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    let card = archive
        .cards
        .iter()
        .find(|c| c.label == "Mum's eSIM")
        .unwrap();
    assert_eq!(
        card.validity_end.as_ref().unwrap().to_string(),
        "2026-12-09T23:59:00+09:00[Asia/Tokyo]"
    );
    assert_eq!(card.remaining_data_mb, Some(10 * 1024));
    assert_eq!(archive.receipts.len(), receipts_before + 1);
    let receipt = archive.receipts.last().unwrap();
    assert_eq!(receipt.order_number, "SORA-88001");
    assert_eq!(receipt.amount, Money::yen(2980));
    assert_eq!(receipt.channel, Channel::Online);
    assert_eq!(receipt.card, Some(card.id));
    let event = card.history.last().unwrap();
    assert_eq!(event.outcome, Outcome::Renewed);
    assert_eq!(event.receipt, Some(receipt.id));
    assert_eq!(
        checklist_state(&archive, "Mum's eSIM", Precaution::CheckDetails),
        ItemState::Ticked
    );
    assert_eq!(
        checklist_state(&archive, "Mum's eSIM", Precaution::KeepEsimProfile),
        ItemState::Ticked
    );
    assert_eq!(
        checklist_state(&archive, "Mum's eSIM", Precaution::RenewEarly),
        ItemState::Warning
    );
    assert_eq!(
        checklist_state(&archive, "Mum's eSIM", Precaution::KeepProof),
        ItemState::Done
    );
    assert!(archive.renewals.is_empty(), "the renewal is finished");
    assert!(
        harness
            .query_by_label_contains("Recorded the renewal of Mum's eSIM")
            .is_some()
    );

    // Right after recording, the Overview tells the truth: fine, with the new date.
    click(&mut harness, "Overview");
    let card_y = harness.get_by_label("Mum's eSIM").rect().center().y;
    let fine: Vec<f32> = harness
        .query_all_by_label("✔ Fine")
        .map(|n| n.rect().center().y)
        .collect();
    assert!(
        fine.iter().any(|y| (y - card_y).abs() < 12.0),
        "Mum's eSIM is fine right after its renewal"
    );
    assert!(
        harness
            .query_by_label_contains(
                "Renew by Sun 2026-12-06 23:59 Japan time (in 14 days 13 hours)"
            )
            .is_some()
    );
    assert!(harness.query_by_label("10 GB left of 10 GB").is_some());
    let now = common::now();
    let plans = koshin::model::plan::overview(&archive, &now);
    let mum = plans.iter().find(|p| p.card.label == "Mum's eSIM").unwrap();
    assert_eq!(mum.urgency, koshin::model::plan::Urgency::Fine);
    assert_eq!(
        mum.run_out, None,
        "the readings before the top-up no longer count"
    );
}

#[test]
fn a_pocket_wifi_extension_at_a_shop_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    open_renewal(&mut harness, "Renew Family pocket WiFi");
    assert!(
        harness
            .query_by_label("Step 1 of 9: Check the rental")
            .is_some()
    );
    next(&mut harness, "Step 2 of 9: Check the router");
    click(&mut harness, "The router's battery is charged");
    next(&mut harness, "Step 3 of 9: Choose how to renew");
    click(&mut harness, "At a shop");
    next(&mut harness, "Step 4 of 9: Prepare the payment");
    common::retype_into(&mut harness, "Payment method", "Cash (yen)");
    next(&mut harness, "Step 5 of 9: Choose the extension");
    assert!(
        harness.get_by_label("Next").accesskit_node().is_disabled(),
        "days are needed"
    );
    common::type_into(&mut harness, "Days to extend", "2");
    assert!(
        harness
            .query_by_label_contains(
                "Extending 2 days costs 2,200 JPY; returning 2 days late would cost 3,300 JPY"
            )
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Ask for the extension by 2026-11-25 21:00 JST")
            .is_some()
    );
    next(&mut harness, "Step 6 of 9: Enter and check the details");
    next(&mut harness, "Step 7 of 9: Pay");
    common::type_into(&mut harness, "Order number", "TW-EXT-31");
    next(&mut harness, "Step 8 of 9: Confirm the new return date");
    assert_eq!(
        harness
            .get_by_label("New return by (date)")
            .value()
            .as_deref(),
        Some("2026-11-29")
    );
    next(&mut harness, "Step 9 of 9: Keep the proof");
    next(&mut harness, "Check and record");
    click(&mut harness, "Record renewal");
    click(&mut harness, "Record anyway");
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    let card = archive
        .cards
        .iter()
        .find(|c| c.label == "Family pocket WiFi")
        .unwrap();
    let new_return = "2026-11-29T21:00:00+09:00[Asia/Tokyo]";
    assert_eq!(
        card.rental.return_by.as_ref().unwrap().to_string(),
        new_return
    );
    assert_eq!(card.validity_end.as_ref().unwrap().to_string(), new_return);
    assert_eq!(card.payment.label, "Cash (yen)");
    let receipt = archive.receipts.last().unwrap();
    assert_eq!(receipt.amount, Money::yen(2200));
    assert_eq!(receipt.channel, Channel::Store);
    assert_eq!(receipt.order_number, "TW-EXT-31");
    assert_eq!(card.history.last().unwrap().channel, Channel::Store);
    assert_eq!(
        checklist_state(&archive, "Family pocket WiFi", Precaution::BringCash),
        ItemState::Open
    );
    assert_eq!(
        checklist_state(&archive, "Family pocket WiFi", Precaution::ExtensionNotice),
        ItemState::Done
    );
}

#[test]
fn closing_mid_wizard_and_opening_again_resumes_it() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    {
        let mut harness = common::harness(dir.path());
        open_renewal(&mut harness, "Renew Dad's SIM");
        next(&mut harness, "Step 2 of 9: Check the phone");
        click(
            &mut harness,
            "The phone is not SIM-locked (it works with other carriers' SIMs)",
        );
        click(
            &mut harness,
            "The phone supports Japan's mobile bands (see the phone's specifications)",
        );
        next(&mut harness, "Step 3 of 9: Choose how to renew");
        click(&mut harness, "Turn off data roaming on your home SIM");
        common::settle_and_save(&mut harness);
    }
    assert_eq!(
        load(dir.path()).renewals.len(),
        1,
        "the renewal in progress is saved"
    );

    let mut harness = common::harness(dir.path());
    click(&mut harness, "Renew");
    click(&mut harness, "Continue renewing Dad's SIM (step 3 of 9)");
    assert!(
        harness
            .query_by_label("Step 3 of 9: Choose how to renew")
            .is_some()
    );
    // Earlier steps keep what was entered.
    click(&mut harness, "✔  2. Check the phone");
    assert!(
        harness
            .query_by_label("Step 2 of 9: Check the phone")
            .is_some()
    );
    let ticked = harness
        .get_by_label("The phone supports Japan's mobile bands (see the phone's specifications)");
    assert_eq!(
        ticked.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    // The checklist screen shows the same renewal's ticks.
    click(&mut harness, "Checklist");
    assert!(harness.query_by_label_contains("Dad's SIM · ").is_some());
    // Every card's precautions are listed; only the renewal in progress has ticks.
    let ticked: Vec<_> = harness
        .query_all_by_label("Turn off data roaming on your home SIM")
        .filter(|node| node.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
        .collect();
    assert_eq!(ticked.len(), 1);
}

#[test]
fn it_didnt_work_leads_to_recovery_and_a_recorded_failed_attempt() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    open_renewal(&mut harness, "Renew Mum's eSIM");
    next(&mut harness, "Step 2 of 9: Check the phone");
    click(&mut harness, "The phone supports eSIM");
    for heading in [
        "Step 3 of 9: Choose how to renew",
        "Step 4 of 9: Prepare the payment",
        "Step 5 of 9: Choose the plan",
        "Step 6 of 9: Enter and check the details",
        "Step 7 of 9: Pay",
    ] {
        next(&mut harness, heading);
    }
    click(&mut harness, "It didn't work…");
    assert!(harness.query_by_label("It didn't work").is_some());
    // The support contact and the numbers to have ready are on the page.
    assert!(
        harness
            .query_by_label("support@sora-esim.example, chat in the app")
            .is_some()
    );
    assert!(harness.query_by_label("8981100022152271918").is_some());
    click(&mut harness, "Try the same way again");
    assert!(harness.query_by_label("Step 7 of 9: Pay").is_some());
    common::type_into(&mut harness, "Order number", "SORA-FAIL-1");
    click(&mut harness, "It didn't work…");
    common::type_into(
        &mut harness,
        "Note for the history",
        "PayPal declined twice",
    );
    // Trying again another way keeps everything typed, back at the payment.
    click(&mut harness, "Try again another way");
    assert!(
        harness
            .query_by_label("Step 4 of 9: Prepare the payment")
            .is_some()
    );
    common::retype_into(&mut harness, "Payment method", "Visa of Lin");
    click(
        &mut harness,
        "This payment method works for payments abroad",
    );
    for heading in [
        "Step 5 of 9: Choose the plan",
        "Step 6 of 9: Enter and check the details",
        "Step 7 of 9: Pay",
    ] {
        next(&mut harness, heading);
    }
    assert_eq!(
        harness.get_by_label("Order number").value().as_deref(),
        Some("SORA-FAIL-1")
    );
    click(&mut harness, "It didn't work…");
    common::type_into(&mut harness, "Note for the history", "Card declined twice");
    click(&mut harness, "Record the attempt and stop");
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    let card = archive
        .cards
        .iter()
        .find(|c| c.label == "Mum's eSIM")
        .unwrap();
    let failed: Vec<&str> = card
        .history
        .iter()
        .filter(|e| e.outcome == Outcome::Failed)
        .map(|e| e.note.as_str())
        .collect();
    assert_eq!(failed, ["PayPal declined twice", "Card declined twice"]);
    assert_eq!(
        card.validity_end.as_ref().unwrap().to_string(),
        "2026-11-24T23:59:00+09:00[Asia/Tokyo]",
        "a failed attempt changes no validity"
    );
    assert!(archive.renewals.is_empty());

    // The card's screen shows the attempts and their notes, newest first.
    click(&mut harness, "Cards");
    click(&mut harness, "Mum's eSIM");
    let first = harness
        .get_by_label("Note: Card declined twice")
        .rect()
        .top();
    let second = harness
        .get_by_label("Note: PayPal declined twice")
        .rect()
        .top();
    assert!(first < second, "newest first");
}

#[test]
fn cancelling_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let before = load(dir.path());
    let mut harness = common::harness(dir.path());
    open_renewal(&mut harness, "Renew Dad's SIM");
    common::retype_into(&mut harness, "Valid until (date)", "2027-01-01");
    click(&mut harness, "Cancel renewal…");
    click(&mut harness, "Stop renewal");
    common::settle_and_save(&mut harness);
    let after = load(dir.path());
    // The cards and receipts are as they were (a save stamps nothing it did
    // not change); the renewal is gone, remembered only as deleted.
    assert_eq!(after.cards, before.cards);
    assert_eq!(after.receipts, before.receipts);
    assert!(after.renewals.is_empty());
    assert_eq!(after.tombstones.len(), 1);
    assert!(harness.query_by_label("Renew Dad's SIM").is_some());
}

//! The renewal wizard, driven as a person would, then checked in the archive file.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use egui_kittest::kittest::Queryable;
use koshin::model::checklist::{ItemState, Precaution};
use koshin::model::history::Outcome;
use koshin::model::{Archive, Channel, Money};

use common::{
    AppHarness, card_by_label, click, demo_dir, is_disabled, load, shows, shows_part, validity_end,
    value_of,
};

// The precautions these tests tick.
const PAYS_ABROAD: &str = "This payment method works for payments abroad";
const TERMS: &str = "I understand the plan's terms";
const REFUNDS: &str = "I know the refund policy";
const CHECKED: &str = "I checked every detail against the card";
const KEEP_ESIM: &str = "Don't delete the eSIM: you may want to top it up";
const ROAMING_OFF: &str = "Turn off data roaming on your home SIM";
const UNLOCKED: &str = "The phone is not SIM-locked (it works with other carriers' SIMs)";
const BANDS: &str = "The phone supports Japan's mobile bands (see the phone's specifications)";

fn next(harness: &mut AppHarness, expected_heading: &str) {
    click(harness, "Next");
    assert!(
        shows(harness, expected_heading),
        "expected to be at {expected_heading}"
    );
}

/// At each of `steps` in turn: Next, checking that the step's heading shows,
/// then ticks the step's boxes.
fn go_through(harness: &mut AppHarness, steps: &[(&str, &[&str])]) {
    for (heading, ticks) in steps {
        next(harness, heading);
        for label in *ticks {
            click(harness, label);
        }
    }
}

/// The sample household, at the first step of the renewal that `button` starts.
fn renewal_of(button: &str) -> (tempfile::TempDir, AppHarness) {
    let dir = demo_dir();
    let mut harness = common::harness(dir.path());
    click(&mut harness, "Renew");
    click(&mut harness, button);
    (dir, harness)
}

fn checklist_state(archive: &Archive, label: &str, item: Precaution) -> ItemState {
    let event = card_by_label(archive, label).history.last().unwrap();
    event
        .checklist
        .iter()
        .find(|e| e.item == item)
        .unwrap()
        .state
}

#[test]
fn a_full_esim_online_renewal_is_recorded() {
    let (dir, mut harness) = renewal_of("Renew Mum's eSIM");
    let receipts_before = load(dir.path()).receipts.len();
    assert!(shows(&harness, "Step 1 of 9: Check the card"));
    // The card's validity is filled in; the checklist names the Overview's
    // own deadline, and why.
    let now = common::now();
    let tr = koshin::i18n::I18n::new(koshin::i18n::Lang::En);
    let archive = load(dir.path());
    let plans = koshin::model::plan::overview(&archive, &now);
    let mum = plans.iter().find(|p| p.card.label == "Mum's eSIM").unwrap();
    assert!(shows_part(&harness, &tr.msg(&mum.headline(&now))));
    assert!(shows_part(
        &harness,
        &tr.msg(&mum.reason_msg(&now).unwrap())
    ));

    next(&mut harness, "Step 2 of 9: Check the phone");
    assert!(is_disabled(&harness, "Next"));
    assert!(shows_part(&harness, "Tick that the phone supports eSIM"));
    click(&mut harness, "The phone supports eSIM");
    go_through(
        &mut harness,
        &[
            ("Step 3 of 9: Choose how to renew", &[]),
            ("Step 4 of 9: Prepare the payment", &[PAYS_ABROAD]),
            ("Step 5 of 9: Choose the plan", &[TERMS, REFUNDS]),
            ("Step 6 of 9: Enter and check the details", &[CHECKED]),
            ("Step 7 of 9: Pay", &[]),
        ],
    );
    assert_eq!(value_of(&harness, "Amount paid"), "2980");
    common::type_into(&mut harness, "Order number", "SORA-88001");
    next(&mut harness, "Step 8 of 9: Confirm it worked");
    assert!(is_disabled(&harness, "Next"));
    common::type_into(&mut harness, "New validity end (date)", "2026-12-09");
    common::type_into(&mut harness, "Data now", "10 GB");
    go_through(
        &mut harness,
        &[
            ("Step 9 of 9: Keep the proof", &[]),
            ("Check and record", &[KEEP_ESIM]),
        ],
    );

    // Renewing two days ahead was later than advised, but it is paid now:
    // recording asks only about what can still be done.
    click(&mut harness, "Record renewal");
    assert!(shows(&harness, "Some precautions are open"));
    // In the checklist and in the question; "Renew early" only in the checklist.
    assert_eq!(common::count_part(&harness, ROAMING_OFF), 2);
    assert_eq!(common::count_part(&harness, "Renew early"), 1);
    click(&mut harness, "Record anyway");
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    let card = card_by_label(&archive, "Mum's eSIM");
    assert_eq!(validity_end(card), "2026-12-09T23:59:00+09:00[Asia/Tokyo]");
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
    for (item, state) in [
        (Precaution::CheckDetails, ItemState::Ticked),
        (Precaution::KeepEsimProfile, ItemState::Ticked),
        (Precaution::RenewEarly, ItemState::Done),
        (Precaution::KeepProof, ItemState::Done),
    ] {
        assert_eq!(
            checklist_state(&archive, "Mum's eSIM", item),
            state,
            "{item:?}"
        );
    }
    assert!(archive.renewals.is_empty(), "the renewal is finished");
    assert!(shows_part(&harness, "Recorded the renewal of Mum's eSIM"));

    // Right after recording, the Overview tells the truth: fine, with the new date.
    click(&mut harness, "Overview");
    let card_y = common::y_of(&harness, "Mum's eSIM");
    let fine: Vec<f32> = harness
        .query_all_by_label("✔ Fine")
        .map(|n| n.rect().center().y)
        .collect();
    assert!(
        fine.iter().any(|y| (y - card_y).abs() < 12.0),
        "Mum's eSIM is fine right after its renewal"
    );
    assert!(shows_part(
        &harness,
        "Renew by Sun 2026-12-06 23:59 Japan time (in 14 days 13 hours)"
    ));
    assert!(shows(&harness, "10 GB left of 10 GB"));
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
    let (dir, mut harness) = renewal_of("Renew Family pocket WiFi");
    assert!(shows(&harness, "Step 1 of 9: Check the rental"));
    next(&mut harness, "Step 2 of 9: Check the router");
    click(&mut harness, "The router's battery is charged");
    next(&mut harness, "Step 3 of 9: Choose how to renew");
    click(&mut harness, "At a shop");
    next(&mut harness, "Step 4 of 9: Prepare the payment");
    common::retype_into(&mut harness, "Payment method", "Cash (yen)");
    next(&mut harness, "Step 5 of 9: Choose the extension");
    assert!(is_disabled(&harness, "Next"), "days are needed");
    common::type_into(&mut harness, "Days to extend", "2");
    assert!(shows_part(
        &harness,
        "Extending 2 days costs 2,200 JPY; returning 2 days late would cost 3,300 JPY"
    ));
    assert!(shows_part(
        &harness,
        "Ask for the extension by 2026-11-25 21:00 Japan time"
    ));
    next(&mut harness, "Step 6 of 9: Enter and check the details");
    next(&mut harness, "Step 7 of 9: Pay");
    common::type_into(&mut harness, "Order number", "TW-EXT-31");
    next(&mut harness, "Step 8 of 9: Confirm the new return date");
    assert_eq!(value_of(&harness, "New return by (date)"), "2026-11-29");
    next(&mut harness, "Step 9 of 9: Keep the proof");
    next(&mut harness, "Check and record");
    // Paid at the shop: nothing about deciding to buy is asked any more.
    click(&mut harness, "Record renewal");
    assert!(!shows(&harness, "Some precautions are open"));
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    let card = card_by_label(&archive, "Family pocket WiFi");
    let new_return = "2026-11-29T21:00:00+09:00[Asia/Tokyo]";
    let return_by = card.rental.return_by.as_ref().unwrap();
    assert_eq!(return_by.to_string(), new_return);
    assert_eq!(validity_end(card), new_return);
    assert_eq!(card.payment.label, "Cash (yen)");
    let receipt = archive.receipts.last().unwrap();
    assert_eq!(receipt.amount, Money::yen(2200));
    assert_eq!(receipt.channel, Channel::Store);
    assert_eq!(receipt.order_number, "TW-EXT-31");
    assert_eq!(card.history.last().unwrap().channel, Channel::Store);
    for (item, state) in [
        (Precaution::BringCash, ItemState::Open),
        (Precaution::ExtensionNotice, ItemState::Done),
    ] {
        let found = checklist_state(&archive, "Family pocket WiFi", item);
        assert_eq!(found, state, "{item:?}");
    }
}

#[test]
fn closing_mid_wizard_and_opening_again_resumes_it() {
    let (dir, mut harness) = renewal_of("Renew Dad's SIM");
    go_through(
        &mut harness,
        &[
            ("Step 2 of 9: Check the phone", &[UNLOCKED, BANDS]),
            ("Step 3 of 9: Choose how to renew", &[ROAMING_OFF]),
        ],
    );
    common::settle_and_save(&mut harness);
    drop(harness);
    assert_eq!(
        load(dir.path()).renewals.len(),
        1,
        "the renewal in progress is saved"
    );

    let mut harness = common::harness(dir.path());
    click(&mut harness, "Renew");
    click(&mut harness, "Continue renewing Dad's SIM (step 3 of 9)");
    assert!(shows(&harness, "Step 3 of 9: Choose how to renew"));
    // Earlier steps keep what was entered. (At this width the list of steps
    // is folded above the step.)
    click(&mut harness, "Steps");
    click(&mut harness, "✔  2. Check the phone");
    assert!(shows(&harness, "Step 2 of 9: Check the phone"));
    assert!(common::is_ticked(&harness.get_by_label(BANDS)));
    // The checklist screen shows the same renewal's ticks.
    click(&mut harness, "Checklist");
    assert!(shows_part(&harness, "Dad's SIM · "));
    // Every card's precautions are listed; only the renewal in progress has ticks.
    let ticked: Vec<_> = harness
        .query_all_by_label(ROAMING_OFF)
        .filter(common::is_ticked)
        .collect();
    assert_eq!(ticked.len(), 1);
}

#[test]
fn it_didnt_work_leads_to_recovery_and_a_recorded_failed_attempt() {
    let (dir, mut harness) = renewal_of("Renew Mum's eSIM");
    go_through(
        &mut harness,
        &[
            ("Step 2 of 9: Check the phone", &["The phone supports eSIM"]),
            ("Step 3 of 9: Choose how to renew", &[]),
            ("Step 4 of 9: Prepare the payment", &[]),
            ("Step 5 of 9: Choose the plan", &[]),
            ("Step 6 of 9: Enter and check the details", &[]),
            ("Step 7 of 9: Pay", &[]),
        ],
    );
    click(&mut harness, "It didn't work…");
    assert!(shows(&harness, "If the payment is refused"));
    // The support contact and the numbers to have ready are on the page.
    assert!(shows(
        &harness,
        "support@sora-esim.example, chat in the app"
    ));
    assert!(shows(&harness, "8981100022152271918"));
    // Nothing paid yet: check for a charge, pay another way, ask the bank.
    assert!(shows(&harness, "1. Check that nothing was charged"));
    assert!(shows(&harness, "2. Try another way to pay"));
    click(&mut harness, "Try the same way again");
    assert!(shows(&harness, "Step 7 of 9: Pay"));
    click(&mut harness, "It didn't work…");
    common::type_into(
        &mut harness,
        "Note for the history",
        "PayPal declined twice",
    );
    // Trying again another way keeps everything typed, back at the payment.
    click(&mut harness, "Try again another way");
    assert!(shows(&harness, "Step 4 of 9: Prepare the payment"));
    common::retype_into(&mut harness, "Payment method", "Visa of Lin");
    click(&mut harness, PAYS_ABROAD);
    go_through(
        &mut harness,
        &[
            ("Step 5 of 9: Choose the plan", &[]),
            ("Step 6 of 9: Enter and check the details", &[]),
            ("Step 7 of 9: Pay", &[]),
        ],
    );
    // This time an order number came: it was paid, whatever the page said.
    common::type_into(&mut harness, "Order number", "SORA-FAIL-1");
    click(&mut harness, "It didn't work…");
    assert!(shows(&harness, "1. Don't pay again"));
    assert!(shows_part(
        &harness,
        "Order SORA-FAIL-1: the provider has your payment"
    ));
    assert!(!shows_part(&harness, "Try another way to pay"));
    assert_eq!(common::count_part(&harness, "Try again another way"), 0);
    common::type_into(&mut harness, "Note for the history", "Card declined twice");
    click(&mut harness, "Record the attempt and stop");
    common::settle_and_save(&mut harness);

    let archive = load(dir.path());
    let card = card_by_label(&archive, "Mum's eSIM");
    let failed: Vec<&str> = card
        .history
        .iter()
        .filter(|e| e.outcome == Outcome::Failed)
        .map(|e| e.note.as_str())
        .collect();
    assert_eq!(failed, ["PayPal declined twice", "Card declined twice"]);
    // The order of the attempt that stopped after paying is kept ...
    let last = card.history.last().unwrap();
    assert_eq!(last.order_number, "SORA-FAIL-1");
    assert!(shows_part(&harness, "with order SORA-FAIL-1"));
    assert_eq!(
        validity_end(card),
        "2026-11-24T23:59:00+09:00[Asia/Tokyo]",
        "a failed attempt changes no validity"
    );
    assert!(archive.renewals.is_empty());

    // ... and the next renewal's payment step names it before any paying.
    let id = card.id;
    harness
        .state_mut()
        .apply(koshin::command::Command::StartRenewal(id), 0.0);
    let mut renewal = harness.state().archive().renewal(id).unwrap().clone();
    for step in renewal.steps() {
        if step == koshin::wizard::Step::Pay {
            break;
        }
        renewal.done.insert(step);
    }
    renewal.current = koshin::wizard::Step::Pay;
    harness.state_mut().apply(
        koshin::command::Command::UpdateRenewal(Box::new(renewal)),
        0.0,
    );
    harness.run();
    assert!(shows_part(
        &harness,
        "stopped after paying (order SORA-FAIL-1)"
    ));
    harness
        .state_mut()
        .apply(koshin::command::Command::CancelRenewal(id), 0.0);
    harness.run();

    // The card's screen shows the attempts and their notes, newest first.
    click(&mut harness, "Cards");
    click(&mut harness, "Mum's eSIM");
    assert!(
        common::y_of(&harness, "Note: Card declined twice")
            < common::y_of(&harness, "Note: PayPal declined twice"),
        "newest first"
    );
}

#[test]
fn no_data_after_paying_never_leads_to_paying_again() {
    let (_dir, mut harness) = renewal_of("Renew Mum's eSIM");
    go_through(
        &mut harness,
        &[
            ("Step 2 of 9: Check the phone", &["The phone supports eSIM"]),
            ("Step 3 of 9: Choose how to renew", &[]),
            ("Step 4 of 9: Prepare the payment", &[]),
            ("Step 5 of 9: Choose the plan", &[]),
            ("Step 6 of 9: Enter and check the details", &[]),
            ("Step 7 of 9: Pay", &[]),
        ],
    );
    common::type_into(&mut harness, "Amount paid", "2980");
    common::type_into(&mut harness, "Order number", "SM-558812");
    next(&mut harness, "Step 8 of 9: Confirm it worked");
    click(&mut harness, "It didn't work…");
    assert!(shows(
        &harness,
        "If you paid but the card still has no data"
    ));
    assert!(shows(&harness, "1. Don't pay again"));
    assert!(shows_part(&harness, "Order SM-558812"));
    assert!(
        shows_part(&harness, "data roaming is allowed"),
        "the eSIM's own check"
    );
    assert!(shows_part(&harness, "with the order number SM-558812"));
    assert!(!shows_part(&harness, "Try another way to pay"));
    assert_eq!(common::count_part(&harness, "Try again another way"), 0);
    click(&mut harness, "Check again");
    assert!(shows(&harness, "Step 8 of 9: Confirm it worked"));
}

#[test]
fn cancelling_changes_nothing() {
    let (dir, mut harness) = renewal_of("Renew Dad's SIM");
    let before = load(dir.path());
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
    assert!(shows(&harness, "Renew Dad's SIM"));
}

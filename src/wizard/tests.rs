//! Every kind × channel path through the wizard, without a window.

use super::*;
use crate::model::CardKind;
use crate::model::checklist::ItemState;

fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

/// A card with nothing filled in, so that every requirement shows.
fn bare_card(kind: CardKind) -> Card {
    Card::new(kind, "Test card")
}

/// A bare card of `kind`, and its renewal through `channel` started now.
fn renewing(kind: CardKind, channel: Channel) -> (Card, Renewal) {
    let card = bare_card(kind);
    let r = Renewal::start(&card, channel, &now());
    (card, r)
}

/// A bare card that works until `end`, in Japan.
fn card_ending(kind: CardKind, end: &str) -> Card {
    let mut card = bare_card(kind);
    card.validity_end = Some(format!("{end}+09:00[Asia/Tokyo]").parse().unwrap());
    card
}

/// Completes the current step and goes on to the next, `steps` times.
fn complete_steps(r: &mut Renewal, card: &Card, steps: usize) {
    for _ in 0..steps {
        complete_current(r, card.kind);
        r.next(card).unwrap();
    }
}

/// Fills in what the current step needs.
fn complete_current(r: &mut Renewal, kind: CardKind) {
    let i = &mut r.inputs;
    match r.current {
        Step::CheckCard => i.validity_date = "2026-11-24".into(),
        Step::CheckDevice => {
            i.phone_unlocked = true;
            i.bands_ok = true;
            i.esim_supported = true;
            i.return_date = "2026-11-27".into();
            i.return_time = "21:00".into();
        }
        Step::PreparePayment => {
            i.payment_label = "Visa of Lin".into();
            i.auto_renew_on = true;
            i.card_on_file_valid = true;
        }
        Step::ChoosePlan => {
            i.plan_name = "Japan 10 GB".into();
            i.price = "1100".into();
            i.extension_days = "3".into();
        }
        Step::EnterDetails => {
            let main = kind.id_fields()[0];
            *i.ids.value_mut(main) = match main {
                crate::model::IdField::PhoneNumber => "080-1234-5678".into(),
                crate::model::IdField::Iccid => "8981100022152271918".into(),
                _ => "TW-1".into(),
            };
        }
        Step::Pay => i.order_number = "ORDER-1".into(),
        Step::Confirm => {
            if i.new_date.is_empty() {
                i.new_date = "2026-12-24".into();
            }
        }
        Step::ChooseHow | Step::KeepProof | Step::Summary => {}
    }
}

/// Steps whose Next is blocked while nothing is filled in. Pay is filled in
/// from the plan's price on the way in, and a router's new return date from
/// the old one plus the extension, so those start complete.
fn blocks_when_empty(step: Step, kind: CardKind) -> bool {
    match step {
        Step::ChooseHow | Step::KeepProof | Step::Summary | Step::Pay => false,
        Step::Confirm => kind != CardKind::PocketWifi,
        _ => true,
    }
}

#[test]
fn every_kind_and_channel_walks_to_a_recorded_renewal() {
    let now = now();
    for kind in CardKind::ALL {
        for channel in Channel::ALL {
            let mut card = bare_card(kind);
            card.activation = Some(crate::model::card::Activation {
                at: "2026-11-01T09:00:00+09:00[Asia/Tokyo]".parse().unwrap(),
                days: 30,
            });
            let mut r = Renewal::start(&card, channel, &now);
            let steps = r.steps();
            if channel == Channel::Automatic {
                assert_eq!(steps.len(), 5, "{kind:?} automatic is the short path");
                assert!(!steps.contains(&Step::Pay));
                assert!(!steps.contains(&Step::CheckDevice));
            } else {
                assert_eq!(steps.len(), 9, "{kind:?} {channel:?}");
            }
            for (n, &step) in steps.iter().enumerate() {
                assert_eq!(r.current, step, "{kind:?} {channel:?} step {n}");
                assert_eq!(r.can_go_back(), n > 0);
                if blocks_when_empty(step, kind) {
                    let blocked = r.next(&card);
                    assert!(
                        blocked.is_err(),
                        "{kind:?} {channel:?} {step:?} should block"
                    );
                    assert_eq!(r.current, step, "a blocked Next stays");
                    assert!(!r.done.contains(&step));
                }
                complete_current(&mut r, kind);
                r.next(&card)
                    .unwrap_or_else(|e| panic!("{kind:?} {channel:?} {step:?}: {e:?}"));
            }
            assert_eq!(r.current, Step::Summary);
            assert!(r.is_complete());

            let recorded = r.record(&card, &now, &Settings::default()).unwrap();
            let end = recorded.card.validity_end.as_ref().unwrap();
            let expected_end = if kind == CardKind::PocketWifi && channel != Channel::Automatic {
                // The return on 27 November at 21:00, extended by three days.
                "2026-11-30T21:00:00+09:00[Asia/Tokyo]"
            } else {
                "2026-12-24T23:59:00+09:00[Asia/Tokyo]"
            };
            assert_eq!(end.to_string(), expected_end, "{kind:?} {channel:?}");
            assert_eq!(
                recorded.card.activation, None,
                "the confirmed end replaces the activation rule"
            );
            assert_eq!(recorded.card.history.len(), 1);
            let event = &recorded.card.history[0];
            assert_eq!(event.outcome, Outcome::Renewed);
            assert_eq!(event.channel, channel);
            assert!(!event.checklist.is_empty());
            if channel == Channel::Automatic {
                assert!(
                    recorded.receipt.is_none(),
                    "nothing paid, no amount entered"
                );
            } else {
                let receipt = recorded.receipt.as_ref().unwrap();
                assert_eq!(receipt.card, Some(card.id));
                assert_eq!(receipt.order_number, "ORDER-1");
                assert_eq!(receipt.channel, channel);
                assert_eq!(event.receipt, Some(receipt.id));
                let expected = if kind == CardKind::PocketWifi {
                    3300
                } else {
                    1100
                };
                assert_eq!(receipt.amount, Money::yen(expected), "{kind:?} {channel:?}");
                // Valid from what the summary showed: where the old validity ends, or now.
                let shown = validity_start(&card, recorded.card.validity_end.as_ref(), &now);
                assert_eq!(
                    receipt.valid_from.as_ref(),
                    Some(&shown),
                    "{kind:?} {channel:?}"
                );
                match &card.validity_end {
                    Some(old) if old.timestamp() > now.timestamp() => {
                        assert_eq!(shown.timestamp(), old.timestamp());
                    }
                    _ => assert_eq!(shown.timestamp(), now.timestamp()),
                }
            }
            if kind == CardKind::PocketWifi {
                assert_eq!(recorded.card.rental.return_by.as_ref(), Some(end));
            }
        }
    }
}

#[test]
fn back_keeps_what_was_entered_and_the_list_cannot_skip_ahead() {
    let (card, mut r) = renewing(CardKind::Sim, Channel::Online);
    r.back();
    assert_eq!(r.current, Step::CheckCard, "Back on the first step stays");
    assert!(!r.can_go_to(Step::Pay));
    assert!(!r.go_to(Step::ChooseHow));
    complete_steps(&mut r, &card, 2);
    assert_eq!(r.current, Step::ChooseHow);
    r.back();
    assert_eq!(r.current, Step::CheckDevice);
    assert!(r.inputs.phone_unlocked, "going back loses nothing");
    assert!(r.go_to(Step::CheckCard), "done steps can be revisited");
    assert!(r.go_to(Step::ChooseHow), "the first open step is reachable");
    assert!(!r.go_to(Step::ChoosePlan));
}

#[test]
fn the_failure_branch_offers_recovery_then_retry_or_a_failed_attempt() {
    let now = now();
    let card = card_ending(CardKind::Esim, "2026-11-24T23:59:00");
    let mut r = Renewal::start(&card, Channel::Online, &now);
    while r.current != Step::Pay {
        let fails = r.current == Step::EnterDetails;
        assert_eq!(r.can_fail(), fails, "{:?}", r.current);
        complete_current(&mut r, CardKind::Esim);
        r.next(&card).unwrap();
    }
    assert!(r.can_fail());
    r.fail();
    assert_eq!(r.recovery_from, Some(Step::Pay));
    assert_eq!(r.failure_stage(), Some(Stage::AtPaying));
    // An order number noted: it was paid, and the advice says not to pay again.
    r.inputs.order_number = "SM-558812".into();
    assert_eq!(r.failure_stage(), Some(Stage::AfterPaying));
    assert!(!r.failure_stage().unwrap().may_pay_another_way());
    r.inputs.order_number.clear();
    assert!(!r.go_to(Step::CheckCard), "recovery first");
    r.retry();
    assert_eq!(r.recovery_from, None);
    assert_eq!(r.current, Step::Pay);

    complete_steps(&mut r, &card, 1);
    assert_eq!(r.current, Step::Confirm);
    r.fail();
    assert_eq!(r.recovery_from, Some(Step::Confirm));
    assert_eq!(
        r.failure_stage(),
        Some(Stage::AfterPaying),
        "at Confirm it was paid"
    );
    r.inputs.failure_note = "Card declined (3-D Secure)".into();
    let recorded = r.record_failure(&card, &now, &Settings::default());
    assert_eq!(
        recorded.card.validity_end, card.validity_end,
        "a failure changes no validity"
    );
    assert!(recorded.receipt.is_none());
    let event = &recorded.card.history[0];
    assert_eq!(event.outcome, Outcome::Failed);
    assert_eq!(event.note, "Card declined (3-D Secure)");
}

#[test]
fn recording_before_every_step_is_done_is_refused() {
    let now = now();
    let (card, r) = renewing(CardKind::Sim, Channel::Online);
    let errors = r.record(&card, &now, &Settings::default()).unwrap_err();
    assert_eq!(errors[0].id, "wizard-need-step");
}

#[test]
fn changing_the_channel_reshapes_the_steps() {
    let (card, mut r) = renewing(CardKind::Sim, Channel::Online);
    complete_steps(&mut r, &card, 4);
    assert_eq!(r.current, Step::ChoosePlan);
    assert!(r.done.contains(&Step::PreparePayment));
    r.set_channel(Channel::Automatic);
    assert_eq!(r.current, Step::ChooseHow, "the plan step is gone");
    assert!(
        !r.done.contains(&Step::CheckDevice),
        "not a step of the short path"
    );
    assert!(
        !r.done.contains(&Step::PreparePayment),
        "payment is prepared anew"
    );
    assert!(r.done.contains(&Step::CheckCard));

    r.set_channel(Channel::Store);
    assert!(r.steps().contains(&Step::Pay));
}

#[test]
fn an_esim_replacement_needs_a_working_connection() {
    let (card, mut r) = renewing(CardKind::Esim, Channel::Online);
    complete_steps(&mut r, &card, 1);
    r.inputs.esim_supported = true;
    r.inputs.esim_mode = EsimMode::NewEsim;
    let blockers = r.blockers(Step::CheckDevice, &card);
    assert_eq!(blockers.len(), 1);
    assert_eq!(blockers[0].id, "wizard-need-connection");
    r.inputs.connection_ok = true;
    assert!(r.next(&card).is_ok());
}

#[test]
fn a_rental_extension_compares_fees_and_suggests_the_new_return() {
    let now = now();
    let mut card = bare_card(CardKind::PocketWifi);
    card.rental.return_by = Some("2026-11-27T21:00:00+09:00[Asia/Tokyo]".parse().unwrap());
    card.rental.late_fee_per_day = Some(Money::yen(1650));
    card.plan.price = Some(Money::yen(1100));
    let mut r = Renewal::start(&card, Channel::Store, &now);
    r.inputs.extension_days = "3".into();
    assert_eq!(
        r.inputs.expected_total(CardKind::PocketWifi),
        Some(Money::yen(3300))
    );
    assert_eq!(r.inputs.late_total(), Some(Money::yen(4950)));
    while r.current != Step::Confirm {
        complete_current(&mut r, CardKind::PocketWifi);
        r.inputs.return_date = "2026-11-27".into();
        r.next(&card).unwrap();
    }
    assert_eq!(
        r.inputs.amount, "3300",
        "the amount is filled in from days × price"
    );
    assert_eq!(r.inputs.new_date, "2026-11-30");
    assert_eq!(r.inputs.new_time, "21:00");
}

#[test]
fn a_payment_card_number_blocks_the_step_it_is_typed_in() {
    let (card, mut r) = renewing(CardKind::Sim, Channel::Online);
    r.inputs.payment_label = "4111 1111 1111 1111".into();
    let blockers = r.blockers(Step::PreparePayment, &card);
    assert_eq!(blockers[0].id, "payment-card-refused");
    // In the order number it is a question the person answers, not a refusal.
    r.inputs.order_number = "5555555555554444".into();
    assert_eq!(
        r.blockers(Step::Pay, &card).last().unwrap().id,
        "order-looks-like-card"
    );
    r.inputs.order_is_not_card = true;
    assert!(
        r.blockers(Step::Pay, &card)
            .iter()
            .all(|b| b.id != "order-looks-like-card")
    );
    // A date-shaped order number that happens to pass Luhn asks nothing.
    r.inputs.order_is_not_card = false;
    r.inputs.order_number = "2026120112345675".into();
    assert!(
        r.blockers(Step::Pay, &card)
            .iter()
            .all(|b| b.id != "order-looks-like-card")
    );
}

#[test]
fn the_checklist_follows_the_renewal() {
    let now = now();
    let card = card_ending(CardKind::Sim, "2026-11-23T23:59:00");
    let mut r = Renewal::start(&card, Channel::Store, &now);
    let state = |r: &Renewal, item| {
        r.checklist(&card, &now, &Settings::default())
            .into_iter()
            .find(|i| i.item == item)
            .map(|i| i.state)
    };
    assert_eq!(state(&r, Precaution::RenewEarly), Some(ItemState::Warning));
    assert_eq!(state(&r, Precaution::BringCash), Some(ItemState::Open));
    r.set_ticked(Precaution::BringCash, true);
    assert_eq!(state(&r, Precaution::BringCash), Some(ItemState::Ticked));
    r.set_ticked(Precaution::RenewEarly, true);
    assert_eq!(
        state(&r, Precaution::RenewEarly),
        Some(ItemState::Warning),
        "judged items can't be ticked"
    );
    assert_eq!(state(&r, Precaution::KeepProof), Some(ItemState::Open));
    r.inputs.order_number = "S-1".into();
    assert_eq!(state(&r, Precaution::KeepProof), Some(ItemState::Done));
    assert!(
        r.unsettled(&card, &now, &Settings::default())
            .iter()
            .all(|i| !i.state.is_settled())
    );
}

#[test]
fn a_saved_renewal_resumes_where_it_was() {
    let (card, mut r) = renewing(CardKind::Esim, Channel::ThirdParty);
    complete_steps(&mut r, &card, 3);
    r.inputs.payment_label = "PayPal".into();
    r.set_ticked(Precaution::ThirdPartyReputation, true);
    let mut archive = crate::model::Archive::default();
    archive.cards.push(card.clone());
    archive.renewals.push(r.clone());
    let text = crate::store::to_text(&archive).unwrap();
    let back: crate::model::Archive = ron::from_str(&text).unwrap();
    let resumed = &back.renewals[0];
    assert_eq!(resumed, &r);
    assert_eq!(resumed.current, Step::PreparePayment);
    let mut resumed = resumed.clone();
    resumed.next(&card).unwrap();
    assert_eq!(resumed.current, Step::ChoosePlan);
}

#[test]
fn recording_after_paying_asks_nothing_about_deciding_to_buy() {
    let now = now();
    for kind in CardKind::ALL {
        for channel in Channel::ALL {
            // Late: the validity ends in two days, inside the lead time.
            let card = card_ending(kind, "2026-11-24T23:59:00");
            let mut r = Renewal::start(&card, channel, &now);
            let settings = Settings::default();
            let early = |r: &Renewal| {
                r.checklist(&card, &now, &settings)
                    .into_iter()
                    .find(|i| i.item == Precaution::RenewEarly)
                    .unwrap()
            };
            assert_eq!(early(&r).state, ItemState::Warning, "{kind:?} {channel:?}");
            let steps = r.steps().len();
            complete_steps(&mut r, &card, steps);
            let asked: Vec<Precaution> = r
                .unsettled(&card, &now, &settings)
                .into_iter()
                .map(|i| i.item)
                .collect();
            assert!(
                asked.iter().all(|p| !p.settled_by_paying()),
                "{kind:?} {channel:?}: {asked:?}"
            );
            // Judged on the renewal being recorded: the new end, not "2 days left".
            let item = early(&r);
            assert_eq!(item.state, ItemState::Done, "{kind:?} {channel:?}");
            assert_eq!(item.detail.unwrap().id, "judge-renewed-until");
        }
    }
}

#[test]
fn an_empty_amount_asks_for_the_amount_rather_than_calling_nothing_not_an_amount() {
    let (card, mut r) = renewing(CardKind::Esim, Channel::Online);
    r.inputs.amount.clear();
    let ids: Vec<&str> = r.blockers(Step::Pay, &card).iter().map(|m| m.id).collect();
    assert!(ids.contains(&"wizard-need-amount"), "{ids:?}");
    assert!(!ids.contains(&"money-bad-amount"), "{ids:?}");
    r.inputs.amount = "two".into();
    let ids: Vec<&str> = r.blockers(Step::Pay, &card).iter().map(|m| m.id).collect();
    assert!(ids.contains(&"money-bad-amount"), "{ids:?}");
}

#[test]
fn a_failed_attempt_after_paying_is_remembered_until_a_renewal_is_recorded() {
    let now = now();
    let (card, mut r) = renewing(CardKind::Sim, Channel::Store);
    r.inputs.order_number = "MM-STORE-6001".into();
    let failed = r.record_failure(&card, &now, &Settings::default()).card;
    let earlier = failed.unsettled_payment().unwrap();
    assert_eq!(earlier.order_number, "MM-STORE-6001");

    // Without an order number the attempt asks nothing of the next one.
    let (card, r) = renewing(CardKind::Sim, Channel::Store);
    let failed_unpaid = r.record_failure(&card, &now, &Settings::default()).card;
    assert!(failed_unpaid.unsettled_payment().is_none());

    // A renewal recorded later settles it.
    let mut r = Renewal::start(&failed, Channel::Store, &now);
    let steps = r.steps().len();
    complete_steps(&mut r, &failed, steps);
    let later = now.checked_add(jiff::ToSpan::hours(1)).unwrap();
    let renewed = r
        .record(&failed, &later, &Settings::default())
        .unwrap()
        .card;
    assert!(renewed.unsettled_payment().is_none());
}

//! The four states of a card (fine, renew soon, renew now, stopped working)
//! for each kind, with a pinned clock.

use jiff::Zoned;

use super::*;
use crate::i18n::english;
use crate::model::card::{CardKind, DataReading, Rental};
use crate::model::history::{Outcome, RenewalEvent};
use crate::model::money::Money;

/// Sunday 22 November 2026, 10:00 in Japan.
fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

fn japan(text: &str) -> Zoned {
    format!("{text}+09:00[Asia/Tokyo]").parse().unwrap()
}

fn card(kind: CardKind, end: &str) -> Card {
    let mut card = Card::new(kind, "Card");
    card.validity_end = Some(japan(end));
    if kind == CardKind::PocketWifi {
        card.rental = Rental {
            return_by: Some(japan(end)),
            return_place: "Narita T1".into(),
            notice_hours: 48,
            late_fee_per_day: Some(Money::yen(1000)),
        };
    }
    card
}

fn reading(at: &str, mb: u64) -> DataReading {
    DataReading {
        at: japan(at).timestamp(),
        remaining_mb: mb,
    }
}

fn state(card: &Card) -> Urgency {
    plan(card, &now(), &Settings::default()).urgency
}

/// Checks that `text` starts with `start` and says `part` further on.
fn assert_says(text: &str, start: &str, part: &str) {
    assert!(text.starts_with(start), "{text}");
    assert!(text.contains(part), "{text}");
}

fn english_of(msg: &Msg) -> String {
    english().msg(msg)
}

#[test]
fn each_kind_goes_from_fine_to_soon_to_renew_now_to_stopped() {
    // Lead time 3 days, reminder window 3 days: renew by the end less 3 days,
    // soon from 3 days before that.
    for kind in CardKind::ALL {
        for (end, expected) in [
            ("2026-12-10T23:59:00", Urgency::Fine),
            ("2026-11-27T23:59:00", Urgency::Soon),
            // Ends in 2.6 days: renew-by has passed, but it still works.
            ("2026-11-24T23:59:00", Urgency::RenewNow),
            // Ended yesterday.
            ("2026-11-21T23:59:00", Urgency::Stopped),
        ] {
            assert_eq!(state(&card(kind, end)), expected, "{kind:?} ending {end}");
        }
    }
}

#[test]
fn a_card_that_still_works_says_until_when_and_one_that_stopped_says_what_to_do() {
    let now = now();
    let settings = Settings::default();
    let working = card(CardKind::Esim, "2026-11-24T23:59:00");
    let p = plan(&working, &now, &settings);
    let headline = english_of(&p.headline(&now));
    let until = "Renew today: it still works until Tue 2026-11-24 23:59";
    assert_says(&headline, until, "in 2 days 13 hours");
    let reason = english_of(&p.reason_msg(&now).unwrap());
    assert_eq!(
        reason,
        "3 days before it ends — your lead time in Settings."
    );
    assert_eq!(p.stopped_advice(&now), None);

    let mut expired = card(CardKind::Esim, "2026-11-20T23:59:00");
    expired.remaining_data_mb = Some(3200);
    let p = plan(&expired, &now, &settings);
    assert_eq!(p.stopped, Some(Stop::Ended));
    let headline = english_of(&p.headline(&now));
    let stopped = "It stopped working Fri 2026-11-20 23:59";
    assert_says(&headline, stopped, "1 day 10 hours ago");
    let advice = english_of(&p.stopped_advice(&now).unwrap());
    assert!(
        advice.contains("new eSIM") && advice.contains("WiFi"),
        "{advice}"
    );

    // What to do once a card stopped depends on its kind.
    for (kind, words) in [
        (CardKind::Sim, ["inside Japan", "own network"]),
        (CardKind::PocketWifi, ["Narita T1", "1,000 JPY"]),
    ] {
        let stopped = card(kind, "2026-11-21T23:59:00");
        let p = plan(&stopped, &now, &settings);
        let advice = english_of(&p.stopped_advice(&now).unwrap());
        for word in words {
            assert!(advice.contains(word), "{kind:?}: {advice}");
        }
    }
}

#[test]
fn data_at_zero_or_projected_to_run_out_stops_a_card_before_its_validity() {
    let settings = Settings::default();
    let mut read_empty = card(CardKind::Sim, "2026-12-31T23:59:00");
    read_empty.add_reading(reading("2026-11-22T08:00:00", 0));
    let p = plan(&read_empty, &now(), &settings);
    assert_eq!(
        (p.urgency, p.stopped),
        (Urgency::Stopped, Some(Stop::DataUsedUp))
    );

    // 1 GB a day from 3 GB on the 19th: gone on the 22nd at 00:00, before now.
    let mut projected = card(CardKind::Esim, "2026-12-31T23:59:00");
    for (day, mb) in [("19", 3072), ("20", 2048), ("21", 1024)] {
        projected.add_reading(reading(&format!("2026-11-{day}T00:00:00"), mb));
    }
    let p = plan(&projected, &now(), &settings);
    assert_eq!(
        (p.urgency, p.stopped),
        (Urgency::Stopped, Some(Stop::DataUsedUp))
    );
    assert!(
        english_of(&p.headline(&now())).contains("ran out"),
        "{:?}",
        p.headline(&now())
    );

    // The same use read a day later still has data left: renew now, about a day before.
    let mut later = card(CardKind::Esim, "2026-12-31T23:59:00");
    for (day, mb) in [("20", 3072), ("21", 2048), ("22", 1000)] {
        later.add_reading(reading(&format!("2026-11-{day}T00:00:00"), mb));
    }
    let p = plan(&later, &now(), &settings);
    assert_eq!(p.reason, Some(Reason::DataRunsOut));
    assert_eq!(p.urgency, Urgency::RenewNow);
    assert!(
        p.run_out.as_ref().unwrap().timestamp() < later.validity_end.as_ref().unwrap().timestamp()
    );
    let reason = english_of(&p.reason_msg(&now()).unwrap());
    assert!(reason.starts_with("Data runs out about"), "{reason}");
}

#[test]
fn past_renew_by_the_reason_explains_the_moment_it_stops_working() {
    // The lead time before the validity end passed first, but the data runs
    // out before the validity ends: the headline counts to the run-out, and
    // the reason says so rather than speaking of the lead time.
    let settings = Settings::default();
    let mut card = card(CardKind::Esim, "2026-11-24T23:59:00");
    for (day, mb) in [("20", 3072), ("21", 2048), ("22", 1500)] {
        card.add_reading(reading(&format!("2026-11-{day}T00:00:00"), mb));
    }
    let p = plan(&card, &now(), &settings);
    assert_eq!(p.urgency, Urgency::RenewNow);
    assert_eq!(p.reason, Some(Reason::ValidityEnds));
    assert_eq!(p.works_until, p.run_out);
    let reason = english_of(&p.reason_msg(&now()).unwrap());
    assert!(reason.starts_with("The data runs out first"), "{reason}");
}

#[test]
fn a_top_up_or_a_renewal_starts_a_new_period_of_readings() {
    let settings = Settings::default();
    let mut card = card(CardKind::Esim, "2026-12-18T23:59:00");
    for (day, mb) in [("18", 4000), ("19", 2800), ("20", 1600), ("21", 400)] {
        card.add_reading(reading(&format!("2026-11-{day}T10:00:00"), mb));
    }
    assert_eq!(plan(&card, &now(), &settings).urgency, Urgency::Stopped);

    // A renewal today with 10 GB: the old readings no longer count.
    card.history.push(RenewalEvent {
        at: now().timestamp(),
        outcome: Outcome::Renewed,
        ..RenewalEvent::default()
    });
    card.add_reading(DataReading {
        at: now().timestamp(),
        remaining_mb: 10 * 1024,
    });
    let p = plan(&card, &now(), &settings);
    assert_eq!(
        p.projection, None,
        "one reading in the new period is not a rate"
    );
    assert_eq!(p.urgency, Urgency::Fine);

    // A reading higher than the one before it is a top-up, with or without a renewal.
    let mut topped = Card::new(CardKind::Sim, "SIM");
    topped.validity_end = Some(japan("2026-12-31T23:59:00"));
    for (at, mb) in [
        ("2026-11-19T10:00:00", 900),
        ("2026-11-20T10:00:00", 200),
        ("2026-11-21T10:00:00", 5000),
        ("2026-11-22T09:00:00", 4900),
    ] {
        topped.add_reading(reading(at, mb));
    }
    let p = plan(&topped, &now(), &settings);
    assert_eq!(p.projection.unwrap().readings_used, 2);
    assert!(p.projection.unwrap().mb_per_day < 200.0);
    assert_eq!(p.urgency, Urgency::Fine);
}

#[test]
fn a_router_past_its_return_says_where_to_return_it_and_what_lateness_costs() {
    let now = now();
    let settings = Settings::default();
    let mut router = card(CardKind::PocketWifi, "2026-11-21T12:00:00");
    router.validity_end = None;
    let p = plan(&router, &now, &settings);
    assert_eq!(p.urgency, Urgency::Stopped);
    let advice = english_of(&p.stopped_advice(&now).unwrap());
    assert!(advice.contains("Sat 2026-11-21 12:00"), "{advice}");
    assert!(advice.contains("1,000 JPY a day"), "{advice}");
}

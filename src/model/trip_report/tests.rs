//! Totals with mixed currencies and missing rates, rates by date, the split
//! and the settling up.

use std::str::FromStr;

use super::*;
use crate::model::card::Card;
use crate::model::kinds::CardKind;
use crate::model::person::Person;
use crate::model::trip::RateSource;

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

fn money(text: &str) -> Money {
    Money::try_from(text.to_owned()).unwrap()
}

fn rate(from: Currency, to: Currency, rate: &str, date: &str) -> Rate {
    Rate {
        id: RateId::new_random(),
        from,
        to,
        rate: Decimal::from_str(rate).unwrap(),
        date: day(date),
        source: RateSource::ByHand,
        updated_at: None,
    }
}

/// Mum (an eSIM), Dad (a SIM), Lin (the rented router), on one trip.
struct Household {
    archive: Archive,
    trip: TripId,
    mum: PersonId,
    dad: PersonId,
    lin: PersonId,
    esim: CardId,
    sim: CardId,
    router: CardId,
}

fn household() -> Household {
    let mut archive = Archive::default();
    let [mum, dad, lin] = ["Mum", "Dad", "Lin"].map(|name| {
        let person = Person::named(name);
        let id = person.id;
        archive.upsert_person(person);
        id
    });
    let card = |label: &str, kind: CardKind, owner: Option<PersonId>| Card {
        label: label.into(),
        kind,
        owner_id: owner,
        ..Card::default()
    };
    let esim = card("Mum's eSIM", CardKind::Esim, Some(mum));
    let sim = card("Dad's SIM", CardKind::Sim, Some(dad));
    let router = card("Router", CardKind::PocketWifi, Some(lin));
    let ids = [esim.id, sim.id, router.id];
    archive.cards.extend([esim, sim, router]);
    let mut trip = Trip::new("December", day("2026-12-01"), day("2026-12-20"));
    trip.people = vec![mum, dad, lin];
    trip.cards = ids.to_vec();
    let id = trip.id;
    archive.upsert_trip(trip);
    archive.settings.home_currency = Some(Currency::CNY);
    Household {
        archive,
        trip: id,
        mum,
        dad,
        lin,
        esim: ids[0],
        sim: ids[1],
        router: ids[2],
    }
}

fn receipt(card: CardId, date: &str, amount: &str, paid_by: PersonId) -> Receipt {
    Receipt {
        card: Some(card),
        date: day(date),
        amount: money(amount),
        paid_by: Some(paid_by),
        ..Receipt::default()
    }
}

fn report_of(h: &Household) -> TripReport<'_> {
    report(&h.archive, h.archive.trip(h.trip).unwrap())
}

#[test]
fn receipts_fall_into_a_trip_by_card_and_date_or_by_hand() {
    let mut h = household();
    let inside = receipt(h.esim, "2026-12-05", "2980 JPY", h.mum);
    let before = receipt(h.esim, "2026-11-20", "2980 JPY", h.mum);
    let mut moved = receipt(h.esim, "2026-11-28", "1000 JPY", h.mum);
    moved.trip = Some(h.trip);
    let other_card = Receipt {
        card: None,
        date: day("2026-12-05"),
        ..Receipt::default()
    };
    h.archive.receipts = vec![inside.clone(), before, moved.clone(), other_card];
    let ids: Vec<_> = receipts_of(&h.archive, h.trip)
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids, [moved.id, inside.id], "oldest first");
    // Deleting the trip sends the moved receipt back to its card and date.
    h.archive.delete_trip(h.trip);
    assert!(h.archive.receipts.iter().all(|r| r.trip.is_none()));
}

#[test]
fn mixed_currencies_are_totalled_apart_and_missing_rates_are_named_not_guessed() {
    let mut h = household();
    h.archive.receipts = vec![
        receipt(h.esim, "2026-12-02", "2980 JPY", h.mum),
        receipt(h.sim, "2026-12-03", "3300 JPY", h.dad),
        receipt(h.router, "2026-12-04", "450 TWD", h.lin),
        receipt(h.router, "2026-12-05", "300 TWD", h.lin),
        receipt(h.esim, "2026-12-06", "12.50 USD", h.mum),
        receipt(h.sim, "2026-12-07", "68.00 CNY", h.dad),
    ];
    h.archive.rates = vec![
        rate(Currency::JPY, Currency::CNY, "0.048", "2026-11-30"),
        // One CNY is 0.14 USD: the rate is used either way round.
        rate(Currency::CNY, Currency::USD, "0.14", "2026-12-01"),
    ];
    let report = report_of(&h);
    let totals: Vec<String> = report.totals.iter().map(ToString::to_string).collect();
    assert_eq!(
        totals,
        ["68.00 CNY", "6,280 JPY", "750.00 TWD", "12.50 USD"]
    );
    let home = report.home.unwrap();
    // 2980 × 0.048 = 143.04; 3300 × 0.048 = 158.40; 12.50 / 0.14 = 89.29; 68.00.
    assert_eq!(home.total.to_string(), "458.73 CNY");
    assert_eq!(home.rates.len(), 2);
    assert_eq!(
        home.missing,
        [(Currency::TWD, 2)],
        "TWD named, never converted at 1"
    );
}

#[test]
fn the_rate_nearest_before_the_receipts_day_is_used() {
    let rates = vec![
        rate(Currency::JPY, Currency::CNY, "0.047", "2026-11-01"),
        rate(Currency::JPY, Currency::CNY, "0.049", "2026-12-10"),
        rate(Currency::JPY, Currency::CNY, "0.048", "2026-12-01"),
    ];
    let at = |date: &str| rate_for(&rates, Currency::JPY, Currency::CNY, day(date)).map(|r| r.0);
    assert_eq!(at("2026-10-31"), None, "no rate before the first");
    assert_eq!(at("2026-11-15"), Some(Decimal::from_str("0.047").unwrap()));
    assert_eq!(
        at("2026-12-01"),
        Some(Decimal::from_str("0.048").unwrap()),
        "on the day"
    );
    assert_eq!(at("2026-12-09"), Some(Decimal::from_str("0.048").unwrap()));
    assert_eq!(at("2026-12-31"), Some(Decimal::from_str("0.049").unwrap()));
}

#[test]
fn what_was_charged_beats_a_typed_rate() {
    let mut h = household();
    let mut alipay = receipt(h.esim, "2026-12-02", "2980 JPY", h.mum);
    alipay.charged = Some(money("141.20 CNY"));
    h.archive.receipts = vec![alipay];
    h.archive.rates = vec![rate(Currency::JPY, Currency::CNY, "0.048", "2026-11-30")];
    let home = report_of(&h).home.unwrap();
    assert_eq!(home.total.to_string(), "141.20 CNY");
    assert_eq!((home.charged, home.rates.len()), (1, 0));
}

#[test]
fn three_people_share_a_rental_and_each_pays_their_own_card() {
    let mut h = household();
    // Lin paid the router for everyone; Dad paid his SIM; Mum paid nothing.
    h.archive.settings.home_currency = Some(Currency::JPY);
    h.archive.receipts = vec![
        receipt(h.router, "2026-12-02", "4950 JPY", h.lin),
        receipt(h.sim, "2026-12-03", "3300 JPY", h.dad),
        receipt(h.esim, "2026-12-04", "1000 JPY", h.lin),
    ];
    let report = report_of(&h);
    let share = |p: PersonId| {
        let s = report.shares.iter().find(|s| s.person == p).unwrap();
        (s.paid.to_string(), s.owes.to_string())
    };
    assert_eq!(share(h.mum), ("0 JPY".into(), "2,650 JPY".into()));
    assert_eq!(share(h.dad), ("3,300 JPY".into(), "4,950 JPY".into()));
    assert_eq!(share(h.lin), ("5,950 JPY".into(), "1,650 JPY".into()));
    let settle: Vec<(PersonId, PersonId, String)> = report
        .settle
        .iter()
        .map(|t| (t.from, t.to, t.amount.to_string()))
        .collect();
    assert_eq!(
        settle,
        [
            (h.mum, h.lin, "2,650 JPY".to_owned()),
            (h.dad, h.lin, "1,650 JPY".to_owned()),
        ]
    );
}

#[test]
fn the_settling_up_adds_up_to_zero_with_odd_amounts_and_hand_made_splits() {
    let mut h = household();
    let mut odd = receipt(h.router, "2026-12-02", "100.01 CNY", h.dad);
    odd.shared_by = vec![h.mum, h.dad, h.lin];
    let mut two = receipt(h.esim, "2026-12-03", "33.33 CNY", h.mum);
    two.shared_by = vec![h.mum, h.lin];
    let nobody = Receipt {
        paid_by: None,
        ..receipt(h.sim, "2026-12-04", "10.00 CNY", h.dad)
    };
    h.archive.receipts = vec![odd, two, nobody];
    let report = report_of(&h);
    assert_eq!(
        report.no_payer, 1,
        "a receipt without a payer is left out and counted"
    );
    let owed: Decimal = report.shares.iter().map(|s| s.owes.amount).sum();
    let paid: Decimal = report.shares.iter().map(|s| s.paid.amount).sum();
    assert_eq!(owed, paid, "every cent is someone's");
    assert_eq!(owed, Decimal::from_str("133.34").unwrap());
    // After the transfers every balance is zero.
    let mut balance: BTreeMap<PersonId, Decimal> = report
        .shares
        .iter()
        .map(|s| (s.person, s.paid.amount - s.owes.amount))
        .collect();
    for t in &report.settle {
        *balance.get_mut(&t.from).unwrap() += t.amount.amount;
        *balance.get_mut(&t.to).unwrap() -= t.amount.amount;
    }
    assert!(balance.values().all(Decimal::is_zero), "{balance:?}");
}

#[test]
fn without_a_home_currency_there_are_totals_per_currency_only() {
    let mut h = household();
    h.archive.settings.home_currency = None;
    h.archive.receipts = vec![receipt(h.esim, "2026-12-02", "2980 JPY", h.mum)];
    let report = report_of(&h);
    assert_eq!(report.totals.len(), 1);
    assert!(report.home.is_none() && report.shares.is_empty() && report.settle.is_empty());
}

#[test]
fn every_currency_works_with_its_own_minor_units() {
    let mut h = household();
    // A rental paid in Macau patacas (2 decimals), totals in yen (none).
    h.archive.settings.home_currency = Some(Currency::JPY);
    h.archive.receipts = vec![receipt(h.router, "2026-12-02", "100.00 MOP", h.lin)];
    h.archive.rates = vec![rate(Currency::MOP, Currency::JPY, "18.6251", "2026-12-01")];
    let report = report_of(&h);
    let home = report.home.unwrap();
    assert_eq!(
        home.total.to_string(),
        "1,863 JPY",
        "1862.51 rounded to whole yen"
    );
    let owed: Vec<String> = report.shares.iter().map(|s| s.owes.to_string()).collect();
    assert_eq!(owed, ["621 JPY", "621 JPY", "621 JPY"]);
}

#[test]
fn the_one_pass_places_every_receipt_as_trip_of_does() {
    let mut h = household();
    // A second, overlapping trip with the router only, starting later.
    let mut later = Trip::new("Later", day("2026-12-10"), day("2026-12-31"));
    later.cards = vec![h.router];
    h.archive.upsert_trip(later.clone());
    let mut moved = receipt(h.sim, "2027-01-05", "500 JPY", h.dad);
    moved.trip = Some(later.id);
    h.archive.receipts = vec![
        receipt(h.router, "2026-12-12", "100 JPY", h.lin),
        receipt(h.router, "2026-12-25", "100 JPY", h.lin),
        receipt(h.esim, "2026-12-12", "100 JPY", h.mum),
        receipt(h.esim, "2027-02-01", "100 JPY", h.mum),
        moved,
    ];
    let one_pass = trips_of_receipts(&h.archive);
    let each: Vec<_> = h
        .archive
        .receipts
        .iter()
        .map(|r| trip_of(&h.archive, r))
        .collect();
    assert_eq!(one_pass, each);
    assert_eq!(
        each,
        [
            Some(h.trip),
            Some(later.id),
            Some(h.trip),
            None,
            Some(later.id)
        ]
    );
}

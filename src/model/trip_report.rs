//! What a trip cost, and who owes whom: its receipts (by card and date, or
//! moved by hand), totals per currency (never added across currencies), the
//! total in the home currency at the rates typed in (naming the rates used
//! and the receipts that have none, never guessing), each person's share and
//! the settling up. Money stays exact: shares are split in the home
//! currency's minor units, so the settling up adds up to zero.

use std::collections::{BTreeMap, BTreeSet};

use iso_currency::Currency;
use jiff::civil::Date;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::archive::Archive;
use super::kinds::{CardId, PersonId};
use super::money::Money;
use super::receipt::Receipt;
use super::trip::{Rate, RateId, Trip, TripId};

/// The trip a receipt belongs to: the one it was moved to by hand, else the
/// first (by start) whose cards include its card and whose days include its date.
pub fn trip_of(archive: &Archive, receipt: &Receipt) -> Option<TripId> {
    if let Some(id) = receipt.trip.filter(|id| archive.trip(*id).is_some()) {
        return Some(id);
    }
    let card = receipt.card?;
    archive
        .trips
        .iter()
        .filter(|t| t.cards.contains(&card) && t.contains(receipt.date))
        .min_by_key(|t| t.start)
        .map(|t| t.id)
}

/// The trip of every receipt, in the archive's order, as [`trip_of`] gives
/// it, in one pass: the trips by their first day, each with its cards as a
/// set, a receipt checked against the days first and the cards only then.
pub fn trips_of_receipts(archive: &Archive) -> Vec<Option<TripId>> {
    let mut spans: Vec<(&Trip, BTreeSet<CardId>)> = archive
        .trips
        .iter()
        .map(|t| (t, t.cards.iter().copied().collect()))
        .collect();
    spans.sort_by_key(|(t, _)| t.start);
    let known: BTreeSet<TripId> = archive.trips.iter().map(|t| t.id).collect();
    archive
        .receipts
        .iter()
        .map(
            |receipt| match receipt.trip.filter(|id| known.contains(id)) {
                Some(id) => Some(id),
                None => receipt.card.and_then(|card| {
                    spans
                        .iter()
                        .find(|(t, cards)| t.contains(receipt.date) && cards.contains(&card))
                        .map(|(t, _)| t.id)
                }),
            },
        )
        .collect()
}

/// The receipts of a trip, oldest first.
pub fn receipts_of(archive: &Archive, trip: TripId) -> Vec<&Receipt> {
    let mut receipts: Vec<&Receipt> = archive
        .receipts
        .iter()
        .filter(|r| trip_of(archive, r) == Some(trip))
        .collect();
    receipts.sort_by_key(|r| r.date);
    receipts
}

/// How much of `to` one `from` was on `date`: the typed rate nearest before
/// (or on) that day, either way round; `None` when none was typed by then.
pub fn rate_for(
    rates: &[Rate],
    from: Currency,
    to: Currency,
    date: Date,
) -> Option<(Decimal, &Rate)> {
    rates
        .iter()
        .filter(|r| r.date <= date && !r.rate.is_zero())
        .filter_map(|r| {
            if r.from == from && r.to == to {
                Some((r.rate, r))
            } else if r.from == to && r.to == from {
                Some((Decimal::ONE / r.rate, r))
            } else {
                None
            }
        })
        .max_by_key(|(_, r)| (r.date, r.updated_at))
}

/// How a receipt's amount in the home currency was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Converted {
    /// It was in the home currency.
    AsIs,
    /// What was charged was in the home currency.
    Charged,
    /// At this typed rate.
    AtRate(RateId),
}

/// The number of minor units of `currency` (JPY 0, CNY 2, …; 2 when the
/// table has none).
fn exponent(currency: Currency) -> u32 {
    u32::from(currency.exponent().unwrap_or(2))
}

/// `amount` rounded to whole minor units of `currency`, as a count of them.
fn minor_units(amount: Decimal, currency: Currency) -> i64 {
    let scale = Decimal::from(10_i64.pow(exponent(currency)));
    (amount * scale)
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .to_i64()
        .unwrap_or(0)
}

/// A count of minor units of `currency` as money.
fn from_units(units: i64, currency: Currency) -> Money {
    Money::new(Decimal::new(units, exponent(currency)), currency)
}

/// A receipt's cost in `home`: what was charged when it was in `home`, else
/// its amount (or what was charged) at the typed rate; `None` without one.
pub fn in_home(receipt: &Receipt, home: Currency, rates: &[Rate]) -> Option<(i64, Converted)> {
    let paid = receipt.charged.unwrap_or(receipt.amount);
    if paid.currency == home {
        let how = if receipt.charged.is_some() && receipt.amount.currency != home {
            Converted::Charged
        } else {
            Converted::AsIs
        };
        return Some((minor_units(paid.amount, home), how));
    }
    let (rate, used) = rate_for(rates, paid.currency, home, receipt.date)?;
    Some((
        minor_units(paid.amount * rate, home),
        Converted::AtRate(used.id),
    ))
}

/// Who shares a receipt's cost: those named on it, else a rented device's
/// cost by everyone on the trip and a SIM's or eSIM's by its user (on the
/// trip or not), else everyone on the trip.
pub fn sharers(archive: &Archive, trip: &Trip, receipt: &Receipt) -> Vec<PersonId> {
    if !receipt.shared_by.is_empty() {
        return receipt.shared_by.clone();
    }
    let card = receipt.card.and_then(|id| archive.card(id));
    match card {
        Some(card) if !card.kind.is_rented_device() => match card.owner_id {
            Some(owner) => vec![owner],
            None => trip.people.clone(),
        },
        _ => trip.people.clone(),
    }
}

/// The total in the home currency, and what it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeTotal {
    /// The total of the receipts that could be converted.
    pub total: Money,
    /// The typed rates used, oldest first.
    pub rates: Vec<RateId>,
    /// How many receipts were counted by what was charged.
    pub charged: usize,
    /// Per currency, how many receipts have no rate yet (left out of the total).
    pub missing: Vec<(Currency, usize)>,
}

/// One person's part of a trip, in the home currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    /// The person.
    pub person: PersonId,
    /// What they paid.
    pub paid: Money,
    /// Their share of the cost.
    pub owes: Money,
}

/// One payment that settles the trip up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transfer {
    /// Who pays.
    pub from: PersonId,
    /// Who is paid.
    pub to: PersonId,
    /// How much, in the home currency.
    pub amount: Money,
}

/// What a trip cost and who owes whom.
#[derive(Debug, Clone, PartialEq)]
pub struct TripReport<'a> {
    /// The trip.
    pub trip: TripId,
    /// Its receipts, oldest first.
    pub receipts: Vec<&'a Receipt>,
    /// What they say, per currency (never added across currencies).
    pub totals: Vec<Money>,
    /// The total in the home currency, when one is set.
    pub home: Option<HomeTotal>,
    /// Each person's part (with a home currency).
    pub shares: Vec<Share>,
    /// The payments that settle it up (with a home currency).
    pub settle: Vec<Transfer>,
    /// Receipts left out of the shares: no payer recorded.
    pub no_payer: usize,
    /// The cards' renewals recorded during the trip: card and day.
    pub renewals: Vec<(CardId, Date)>,
}

/// The report of `trip`.
pub fn report<'a>(archive: &'a Archive, trip: &Trip) -> TripReport<'a> {
    report_of(archive, trip, receipts_of(archive, trip.id))
}

/// The reports of every trip, in the archive's order: each receipt is
/// placed once, so a household of 10,000 receipts and 50 trips is one pass.
pub fn reports(archive: &Archive) -> Vec<TripReport<'_>> {
    let mut by_trip: BTreeMap<TripId, Vec<&Receipt>> = BTreeMap::new();
    for (receipt, trip) in archive.receipts.iter().zip(trips_of_receipts(archive)) {
        if let Some(trip) = trip {
            by_trip.entry(trip).or_default().push(receipt);
        }
    }
    archive
        .trips
        .iter()
        .map(|trip| {
            let mut receipts = by_trip.remove(&trip.id).unwrap_or_default();
            receipts.sort_by_key(|r| r.date);
            report_of(archive, trip, receipts)
        })
        .collect()
}

/// The report of `trip` with its `receipts` (oldest first).
fn report_of<'a>(archive: &Archive, trip: &Trip, receipts: Vec<&'a Receipt>) -> TripReport<'a> {
    let mut totals: BTreeMap<&str, Money> = BTreeMap::new();
    for receipt in &receipts {
        let code = receipt.amount.currency.code();
        let total = totals
            .entry(code)
            .or_insert_with(|| Money::new(Decimal::ZERO, receipt.amount.currency));
        total.amount += receipt.amount.amount;
    }
    let mut report = TripReport {
        trip: trip.id,
        totals: totals.into_values().collect(),
        home: None,
        shares: Vec::new(),
        settle: Vec::new(),
        no_payer: 0,
        renewals: renewals_during(archive, trip),
        receipts,
    };
    if let Some(home) = archive.settings.home_currency {
        report.money_in(archive, trip, home);
    }
    report
}

impl TripReport<'_> {
    /// The total in `home`, the shares and the settling up.
    fn money_in(&mut self, archive: &Archive, trip: &Trip, home: Currency) {
        let mut total = 0_i64;
        let mut rates: Vec<RateId> = Vec::new();
        let mut charged = 0;
        let mut missing: BTreeMap<&str, (Currency, usize)> = BTreeMap::new();
        let mut paid: BTreeMap<PersonId, i64> = BTreeMap::new();
        let mut owes: BTreeMap<PersonId, i64> = BTreeMap::new();
        for receipt in &self.receipts {
            let Some((units, how)) = in_home(receipt, home, &archive.rates) else {
                let currency = receipt.charged.unwrap_or(receipt.amount).currency;
                missing.entry(currency.code()).or_insert((currency, 0)).1 += 1;
                continue;
            };
            total += units;
            match how {
                Converted::AtRate(id) if !rates.contains(&id) => rates.push(id),
                Converted::Charged => charged += 1,
                _ => {}
            }
            let sharers = sharers(archive, trip, receipt);
            let Some(payer) = receipt.paid_by.filter(|_| !sharers.is_empty()) else {
                self.no_payer += 1;
                continue;
            };
            *paid.entry(payer).or_default() += units;
            for (person, part) in sharers.iter().zip(split(units, sharers.len())) {
                *owes.entry(*person).or_default() += part;
            }
        }
        rates.sort_by_key(|id| archive.rates.iter().find(|r| r.id == *id).map(|r| r.date));
        self.home = Some(HomeTotal {
            total: from_units(total, home),
            rates,
            charged,
            missing: missing.into_values().collect(),
        });
        let mut people: Vec<PersonId> = trip.people.clone();
        for person in paid.keys().chain(owes.keys()) {
            if !people.contains(person) {
                people.push(*person);
            }
        }
        self.shares = people
            .iter()
            .map(|p| Share {
                person: *p,
                paid: from_units(paid.get(p).copied().unwrap_or(0), home),
                owes: from_units(owes.get(p).copied().unwrap_or(0), home),
            })
            .collect();
        let balances: Vec<(PersonId, i64)> = people
            .iter()
            .map(|p| {
                (
                    *p,
                    paid.get(p).copied().unwrap_or(0) - owes.get(p).copied().unwrap_or(0),
                )
            })
            .collect();
        self.settle = settle(&balances)
            .into_iter()
            .map(|(from, to, units)| Transfer {
                from,
                to,
                amount: from_units(units, home),
            })
            .collect();
    }
}

/// `units` in `parts` parts that add up to it: the first ones a unit more.
fn split(units: i64, parts: usize) -> Vec<i64> {
    let Ok(n) = i64::try_from(parts) else {
        return Vec::new();
    };
    if n == 0 {
        return Vec::new();
    }
    let (base, rest) = (units.div_euclid(n), units.rem_euclid(n));
    (0..n).map(|i| base + i64::from(i < rest)).collect()
}

/// The payments that bring every balance (paid minus owed) to zero: the
/// largest debtor pays the largest creditor, and so on.
fn settle(balances: &[(PersonId, i64)]) -> Vec<(PersonId, PersonId, i64)> {
    let mut debtors: Vec<(PersonId, i64)> = balances
        .iter()
        .filter(|(_, b)| *b < 0)
        .map(|(p, b)| (*p, -b))
        .collect();
    let mut creditors: Vec<(PersonId, i64)> =
        balances.iter().filter(|(_, b)| *b > 0).copied().collect();
    debtors.sort_by_key(|(p, b)| (std::cmp::Reverse(*b), *p));
    creditors.sort_by_key(|(p, b)| (std::cmp::Reverse(*b), *p));
    let mut transfers = Vec::new();
    let (mut d, mut c) = (0, 0);
    while d < debtors.len() && c < creditors.len() {
        let amount = debtors[d].1.min(creditors[c].1);
        if amount > 0 {
            transfers.push((debtors[d].0, creditors[c].0, amount));
        }
        debtors[d].1 -= amount;
        creditors[c].1 -= amount;
        if debtors[d].1 == 0 {
            d += 1;
        }
        if creditors[c].1 == 0 {
            c += 1;
        }
    }
    transfers
}

/// The renewals recorded on the trip's cards during its days.
fn renewals_during(archive: &Archive, trip: &Trip) -> Vec<(CardId, Date)> {
    let japan =
        jiff::tz::TimeZone::get(super::input::JAPAN_ZONE).unwrap_or(jiff::tz::TimeZone::UTC);
    let mut renewals: Vec<(CardId, Date)> = trip
        .cards
        .iter()
        .filter_map(|id| archive.card(*id))
        .flat_map(|card| {
            card.history
                .iter()
                .filter(|event| event.outcome == super::history::Outcome::Renewed)
                .map(|event| (card.id, event.at.to_zoned(japan.clone()).date()))
                .filter(|(_, day)| trip.contains(*day))
                .collect::<Vec<_>>()
        })
        .collect();
    renewals.sort_by_key(|(_, day)| *day);
    renewals
}

#[cfg(test)]
mod tests;

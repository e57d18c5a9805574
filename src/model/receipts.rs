//! Finding receipts again: search across every text field, filters, sorting,
//! totals per currency and spending per month. Pure functions over the
//! archive, fast enough for years of receipts.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use iso_currency::Currency;
use rust_decimal::Decimal;

use super::archive::Archive;
use super::card::CardId;
use super::receipt::Receipt;
pub use super::receipt_columns::{COLUMNS, Names, ReceiptColumn};

/// How the table is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sort {
    /// The column.
    pub column: ReceiptColumn,
    /// Largest (or newest) first.
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Self {
            column: ReceiptColumn::Date,
            descending: true,
        }
    }
}

/// Which card's receipts to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CardFilter {
    /// Every receipt.
    #[default]
    All,
    /// The receipts of one card.
    Card(CardId),
    /// Receipts of cards that were deleted or never in the archive.
    Unlinked,
}

/// What the person is looking for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Query {
    /// Words to find anywhere in a receipt (all of them).
    pub text: String,
    /// The card.
    pub card: CardFilter,
    /// The purchase year.
    pub year: Option<i16>,
    /// The currency.
    pub currency: Option<Currency>,
    /// The trip.
    pub trip: Option<super::trip::TripId>,
}

/// The name a receipt's card goes by: the card's current label, or the one it had.
pub fn card_name<'a>(archive: &'a Archive, receipt: &'a Receipt) -> &'a str {
    receipt
        .card
        .and_then(|id| archive.card(id))
        .map_or(receipt.card_label.as_str(), |card| card.label.as_str())
}

/// Lower-case text of every receipt, built once per change of the archive so
/// that searching as the person types does not allocate.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    haystacks: Vec<String>,
    /// Lower-case text of each receipt in the columns sorted by their text.
    sort_text: BTreeMap<ReceiptColumn, Vec<String>>,
}

impl SearchIndex {
    /// Indexes the archive's receipts, in their order: every column's text.
    pub fn build(archive: &Archive) -> Self {
        let labels: BTreeMap<CardId, &str> = archive
            .cards
            .iter()
            .map(|c| (c.id, c.label.as_str()))
            .collect();
        let text_sorted: Vec<ReceiptColumn> = COLUMNS
            .iter()
            .map(|spec| spec.column)
            .filter(|column| column.sorts_by_text())
            .collect();
        let mut haystacks = Vec::with_capacity(archive.receipts.len());
        let mut sort_text: BTreeMap<ReceiptColumn, Vec<String>> = text_sorted
            .iter()
            .map(|&column| (column, Vec::with_capacity(archive.receipts.len())))
            .collect();
        let trips = super::trip_report::trips_of_receipts(archive);
        for (receipt, trip) in archive.receipts.iter().zip(trips) {
            let card = receipt
                .card
                .and_then(|id| labels.get(&id).copied())
                .unwrap_or(receipt.card_label.as_str());
            let names = Names {
                card,
                paid_by: archive
                    .person(receipt.paid_by)
                    .map_or("", |p| p.name.as_str()),
                trip: trip
                    .and_then(|id| archive.trip(id))
                    .map_or("", |t| t.name.as_str()),
            };
            let mut text = String::with_capacity(160);
            for spec in &COLUMNS {
                text.push_str(&spec.column.text(receipt, &names).to_lowercase());
                text.push('\u{1f}');
            }
            haystacks.push(text);
            for (column, keys) in &mut sort_text {
                keys.push(column.text(receipt, &names).to_lowercase());
            }
        }
        Self {
            haystacks,
            sort_text,
        }
    }

    /// How many receipts are indexed.
    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }
}

/// The receipts matching `query`, as indices into `archive.receipts`, sorted.
pub fn select(archive: &Archive, index: &SearchIndex, query: &Query, sort: Sort) -> Vec<usize> {
    let words: Vec<String> = query
        .text
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let mut rows: Vec<usize> = archive
        .receipts
        .iter()
        .enumerate()
        .filter(|(i, receipt)| {
            let card_ok = match query.card {
                CardFilter::All => true,
                CardFilter::Card(id) => receipt.card == Some(id),
                CardFilter::Unlinked => receipt.card.is_none_or(|id| archive.card(id).is_none()),
            };
            card_ok
                && query.year.is_none_or(|y| receipt.date.year() == y)
                && query.currency.is_none_or(|c| receipt.amount.currency == c)
                && query
                    .trip
                    .is_none_or(|t| super::trip_report::trip_of(archive, receipt) == Some(t))
                && index
                    .haystacks
                    .get(*i)
                    .is_some_and(|hay| words.iter().all(|w| hay.contains(w.as_str())))
        })
        .map(|(i, _)| i)
        .collect();
    sort_rows(archive, index, &mut rows, sort);
    rows
}

/// Sorts rows (indices into `archive.receipts`) by a column; ties keep date order.
pub fn sort_rows(archive: &Archive, index: &SearchIndex, rows: &mut [usize], sort: Sort) {
    let r = &archive.receipts;
    let keys = index.sort_text.get(&sort.column);
    let by = |a: &usize, b: &usize| -> Ordering {
        let (x, y) = (&r[*a], &r[*b]);
        let primary = match keys {
            Some(keys) => keys[*a].cmp(&keys[*b]),
            None => sort.column.compare(x, y),
        };
        let ordering = primary.then(x.date.cmp(&y.date));
        if sort.descending {
            ordering.reverse()
        } else {
            ordering
        }
    };
    rows.sort_by(by);
}

/// What the rows cost, per currency; amounts in different currencies are never added.
pub fn totals(archive: &Archive, rows: &[usize]) -> Vec<(Currency, Decimal)> {
    let mut sums: BTreeMap<&'static str, (Currency, Decimal)> = BTreeMap::new();
    for &i in rows {
        let money = archive.receipts[i].amount;
        sums.entry(money.currency.code())
            .or_insert((money.currency, Decimal::ZERO))
            .1 += money.amount;
    }
    sums.into_values().collect()
}

/// What was spent in one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthTotal {
    /// The year.
    pub year: i16,
    /// The month, 1 to 12.
    pub month: i8,
    /// The sum of the month's receipts.
    pub amount: Decimal,
}

/// The months of one currency, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrencySeries {
    /// The currency.
    pub currency: Currency,
    /// Its months with receipts.
    pub months: Vec<MonthTotal>,
}

type MonthSums = BTreeMap<(i16, i8), Decimal>;

/// Spending per month, one series per currency (by code), months in order.
pub fn monthly_spending(archive: &Archive, rows: &[usize]) -> Vec<CurrencySeries> {
    let mut by: BTreeMap<&'static str, (Currency, MonthSums)> = BTreeMap::new();
    for &i in rows {
        let receipt = &archive.receipts[i];
        let money = receipt.amount;
        *by.entry(money.currency.code())
            .or_insert_with(|| (money.currency, BTreeMap::new()))
            .1
            .entry((receipt.date.year(), receipt.date.month()))
            .or_insert(Decimal::ZERO) += money.amount;
    }
    by.into_values()
        .map(|(currency, months)| CurrencySeries {
            currency,
            months: months
                .into_iter()
                .map(|((year, month), amount)| MonthTotal {
                    year,
                    month,
                    amount,
                })
                .collect(),
        })
        .collect()
}

/// The years that have receipts, newest first.
pub fn years(archive: &Archive) -> Vec<i16> {
    let mut years: Vec<i16> = archive.receipts.iter().map(|r| r.date.year()).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

/// The currencies that have receipts, by code.
pub fn currencies(archive: &Archive) -> Vec<Currency> {
    let mut codes: BTreeMap<&'static str, Currency> = BTreeMap::new();
    for receipt in &archive.receipts {
        codes.insert(receipt.amount.currency.code(), receipt.amount.currency);
    }
    codes.into_values().collect()
}

#[cfg(test)]
mod tests {
    use jiff::Zoned;

    use super::*;
    use crate::model::money::{Money, parse_amount};
    use crate::model::{Channel, demo};

    fn archive() -> Archive {
        let now: Zoned = "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap();
        demo::archive(&now)
    }

    /// The id of the sample's "Dad's SIM".
    fn dads_sim(archive: &Archive) -> CardId {
        archive
            .cards
            .iter()
            .find(|c| c.label == "Dad's SIM")
            .unwrap()
            .id
    }

    #[test]
    fn search_finds_words_in_any_field_case_insensitively() {
        let archive = archive();
        let index = SearchIndex::build(&archive);
        let find = |text: &str| -> Vec<String> {
            let query = Query {
                text: text.into(),
                ..Query::default()
            };
            select(&archive, &index, &query, Sort::default())
                .into_iter()
                .map(|i| archive.receipts[i].order_number.clone())
                .collect()
        };
        assert_eq!(find("sora-77120"), ["SORA-77120"]);
        assert_eq!(find("MUM'S"), ["SORA-77120", "TB2026-0931-4471"]);
        assert_eq!(find("third-party"), ["TB2026-0931-4471"], "the channel");
        assert_eq!(
            find("tabi 7700"),
            ["TW-2026-118834"],
            "every word must match"
        );
        assert_eq!(find("").len(), archive.receipts.len());
        assert!(find("nothing-like-this").is_empty());
    }

    #[test]
    fn filters_and_sorting() {
        let archive = archive();
        let index = SearchIndex::build(&archive);
        let sim = dads_sim(&archive);
        let by_card = Query {
            card: CardFilter::Card(sim),
            ..Query::default()
        };
        assert_eq!(select(&archive, &index, &by_card, Sort::default()).len(), 1);
        let yen = Query {
            currency: Some(Currency::JPY),
            ..Query::default()
        };
        assert_eq!(select(&archive, &index, &yen, Sort::default()).len(), 3);
        let year = Query {
            year: Some(2025),
            ..Query::default()
        };
        assert!(select(&archive, &index, &year, Sort::default()).is_empty());

        let ascending = Sort {
            column: ReceiptColumn::Date,
            descending: false,
        };
        let rows = select(&archive, &index, &Query::default(), ascending);
        let dates: Vec<_> = rows.iter().map(|&i| archive.receipts[i].date).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]));
        let by_amount = Sort {
            column: ReceiptColumn::Amount,
            descending: true,
        };
        let rows = select(&archive, &index, &Query::default(), by_amount);
        assert_eq!(
            archive.receipts[rows[0]].amount.currency,
            Currency::USD,
            "currencies sort by code"
        );
        let by_channel = Sort {
            column: ReceiptColumn::Channel,
            descending: false,
        };
        let rows = select(&archive, &index, &Query::default(), by_channel);
        assert_eq!(archive.receipts[rows[0]].channel, Channel::Online);
    }

    #[test]
    fn totals_are_per_currency_and_never_mixed() {
        let mut archive = archive();
        archive.receipts[0].amount = Money::new(parse_amount("0.1").unwrap(), Currency::EUR);
        archive.receipts[1].amount = Money::new(parse_amount("0.2").unwrap(), Currency::EUR);
        let rows: Vec<usize> = (0..archive.receipts.len()).collect();
        let totals = totals(&archive, &rows);
        let codes: Vec<_> = totals.iter().map(|(c, _)| c.code()).collect();
        assert_eq!(codes, ["EUR", "JPY", "USD"]);
        assert_eq!(
            totals[0].1,
            parse_amount("0.3").unwrap(),
            "decimal, not float"
        );
        assert_eq!(totals[1].1, Decimal::from(3300 + 7700));
        let months = monthly_spending(&archive, &rows);
        assert_eq!(months.len(), 3);
    }

    #[test]
    fn unlinked_receipts_keep_their_card_name() {
        let mut archive = archive();
        let sim = dads_sim(&archive);
        archive.delete_card(sim);
        let index = SearchIndex::build(&archive);
        let query = Query {
            card: CardFilter::Unlinked,
            ..Query::default()
        };
        let rows = select(&archive, &index, &query, Sort::default());
        assert_eq!(rows.len(), 1);
        assert_eq!(card_name(&archive, &archive.receipts[rows[0]]), "Dad's SIM");
    }
}

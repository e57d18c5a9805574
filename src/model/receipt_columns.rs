//! The one list of a receipt's columns. The receipts table (its headings,
//! widths and cells), the sort, the search and the CSV file (its writer and
//! its reader, which finds columns by their header) all follow from
//! [`COLUMNS`]: a new field is a row here, its text and sort order below,
//! and its cell in the table (the compiler lists the match).

use std::borrow::Cow;
use std::cmp::Ordering;

use super::receipt::Receipt;

/// A column of the receipts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReceiptColumn {
    /// The purchase date.
    Date,
    /// The card's name.
    Card,
    /// The provider.
    Provider,
    /// The plan.
    Plan,
    /// How it was bought.
    Channel,
    /// The amount (shown with its currency).
    Amount,
    /// The amount's currency.
    Currency,
    /// The order number.
    OrderNumber,
    /// When the bought validity starts.
    ValidFrom,
    /// When the bought validity ends.
    ValidUntil,
    /// Notes.
    Notes,
    /// Who paid.
    PaidBy,
    /// What was charged, in another currency (shown with its currency).
    ChargedAmount,
    /// The charged amount's currency.
    ChargedCurrency,
    /// The trip it belongs to.
    Trip,
    /// The attached files.
    Files,
}

/// How a column of the table starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// As wide as its content; its text stays whole.
    Content,
    /// As wide as its content; its text is cut when the column is narrowed.
    ContentClipped,
    /// What the other columns leave (the plan: long names show whole in a wide window).
    Rest,
}

/// What the list says of one column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnSpec {
    /// The column.
    pub column: ReceiptColumn,
    /// The message id of its heading in the table; `None` when it is not a
    /// column of the table (the currency shows in the amount's cell).
    pub heading: Option<&'static str>,
    /// How its table column starts.
    pub width: Width,
    /// Whether a click on its heading sorts the table by it.
    pub sorts: bool,
    /// Its header in the CSV file; `None` when the file does not carry it.
    pub csv: Option<&'static str>,
    /// Whether an imported CSV file must have it.
    pub csv_required: bool,
}

const fn column(
    column: ReceiptColumn,
    heading: Option<&'static str>,
    width: Width,
    sorts: bool,
    csv: Option<&'static str>,
    csv_required: bool,
) -> ColumnSpec {
    ColumnSpec {
        column,
        heading,
        width,
        sorts,
        csv,
        csv_required,
    }
}

/// Every column, in the order of the table and of the CSV file: the column,
/// its heading (none: not in the table), how its table column starts,
/// whether it sorts, its CSV header (none: not in the file) and whether an
/// imported file must have it.
#[rustfmt::skip]
pub const COLUMNS: [ColumnSpec; 16] = {
    use ReceiptColumn as C;
    use Width::{Content, ContentClipped as Clip, Rest};
    [
        column(C::Date, Some(msg_id!("receipts-col-date")), Content, true, Some("date"), true),
        column(C::Card, Some(msg_id!("receipts-col-card")), Clip, true, Some("card"), false),
        column(C::Provider, Some(msg_id!("receipts-col-provider")), Clip, true, Some("provider"), false),
        column(C::Plan, Some(msg_id!("receipts-col-plan")), Rest, true, Some("plan"), false),
        column(C::Channel, Some(msg_id!("receipts-col-channel")), Content, true, Some("channel"), false),
        column(C::Amount, Some(msg_id!("receipts-col-amount")), Content, true, Some("amount"), true),
        column(C::Currency, None, Content, false, Some("currency"), true),
        column(C::OrderNumber, Some(msg_id!("receipts-col-order")), Clip, true, Some("order_number"), false),
        column(C::ValidFrom, None, Content, false, Some("valid_from"), false),
        column(C::ValidUntil, Some(msg_id!("receipts-col-validity")), Content, true, Some("valid_until"), false),
        column(C::Notes, None, Content, false, Some("notes"), false),
        column(C::PaidBy, Some(msg_id!("receipts-col-paid-by")), Clip, true, Some("paid_by"), false),
        column(C::ChargedAmount, Some(msg_id!("receipts-col-charged")), Content, true, Some("charged_amount"), false),
        column(C::ChargedCurrency, None, Content, false, Some("charged_currency"), false),
        column(C::Trip, Some(msg_id!("receipts-col-trip")), Clip, true, Some("trip"), false),
        column(C::Files, Some(msg_id!("receipts-col-files")), Content, false, None, false),
    ]
};

impl ReceiptColumn {
    /// What the list says of this column.
    pub fn spec(self) -> &'static ColumnSpec {
        // The list is in the order of the variants (a test checks it).
        &COLUMNS[self as usize]
    }

    /// The columns of the table, in order.
    pub fn in_table() -> impl Iterator<Item = &'static ColumnSpec> {
        COLUMNS.iter().filter(|spec| spec.heading.is_some())
    }

    /// The columns of the CSV file, in the order an export writes them.
    pub fn in_csv() -> impl Iterator<Item = &'static ColumnSpec> {
        COLUMNS.iter().filter(|spec| spec.csv.is_some())
    }

    /// The CSV header an export writes: `date,card,provider,…`.
    pub fn csv_header() -> Vec<&'static str> {
        Self::in_csv().filter_map(|spec| spec.csv).collect()
    }

    /// The column a CSV header names (case and surrounding spaces do not matter).
    pub fn from_csv_header(name: &str) -> Option<Self> {
        let name = name.trim();
        Self::in_csv()
            .find(|spec| spec.csv.is_some_and(|csv| csv.eq_ignore_ascii_case(name)))
            .map(|spec| spec.column)
    }

    /// Whether the table sorts this column largest (newest) first at the first click.
    pub fn descending_first(self) -> bool {
        matches!(self, ReceiptColumn::Date | ReceiptColumn::Amount)
    }

    /// The receipt's text in this column, as the CSV file holds it and
    /// search reads it; `names` are those of its card, payer and trip.
    pub fn text<'a>(self, receipt: &'a Receipt, names: &Names<'a>) -> Cow<'a, str> {
        match self {
            ReceiptColumn::Date => Cow::Owned(receipt.date.to_string()),
            ReceiptColumn::Card => Cow::Borrowed(names.card),
            ReceiptColumn::PaidBy => Cow::Borrowed(names.paid_by),
            ReceiptColumn::Trip => Cow::Borrowed(names.trip),
            ReceiptColumn::ChargedAmount => {
                Cow::Owned(receipt.charged.map(|m| m.amount_text()).unwrap_or_default())
            }
            ReceiptColumn::ChargedCurrency => {
                Cow::Borrowed(receipt.charged.map_or("", |m| m.currency.code()))
            }
            ReceiptColumn::Provider => Cow::Borrowed(&receipt.provider),
            ReceiptColumn::Plan => Cow::Borrowed(&receipt.plan),
            ReceiptColumn::Channel => Cow::Borrowed(receipt.channel.code()),
            ReceiptColumn::Amount => Cow::Owned(receipt.amount.amount_text()),
            ReceiptColumn::Currency => Cow::Borrowed(receipt.amount.currency.code()),
            ReceiptColumn::OrderNumber => Cow::Borrowed(&receipt.order_number),
            ReceiptColumn::ValidFrom => Cow::Owned(moment_text(receipt.valid_from.as_ref())),
            ReceiptColumn::ValidUntil => Cow::Owned(moment_text(receipt.valid_until.as_ref())),
            ReceiptColumn::Notes => Cow::Borrowed(&receipt.notes),
            ReceiptColumn::Files => Cow::Owned(
                receipt
                    .attachments
                    .iter()
                    .map(|a| a.original_name.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        }
    }

    /// Whether the sort compares the column's text, lower-cased (built once per
    /// change of the archive); the other columns compare their values.
    pub fn sorts_by_text(self) -> bool {
        matches!(
            self,
            ReceiptColumn::Card
                | ReceiptColumn::Provider
                | ReceiptColumn::Plan
                | ReceiptColumn::PaidBy
                | ReceiptColumn::Trip
        )
    }

    /// How two receipts compare in this column, for a column whose values
    /// are compared (see [`ReceiptColumn::sorts_by_text`]); ties are equal.
    pub fn compare(self, x: &Receipt, y: &Receipt) -> Ordering {
        match self {
            ReceiptColumn::Channel => x.channel.code().cmp(y.channel.code()),
            ReceiptColumn::Amount => x
                .amount
                .currency
                .code()
                .cmp(y.amount.currency.code())
                .then(x.amount.amount.cmp(&y.amount.amount)),
            ReceiptColumn::Currency => x.amount.currency.code().cmp(y.amount.currency.code()),
            ReceiptColumn::OrderNumber => x.order_number.cmp(&y.order_number),
            ReceiptColumn::ValidFrom => {
                timestamp(x.valid_from.as_ref()).cmp(&timestamp(y.valid_from.as_ref()))
            }
            ReceiptColumn::ValidUntil => {
                timestamp(x.valid_until.as_ref()).cmp(&timestamp(y.valid_until.as_ref()))
            }
            ReceiptColumn::Notes => x.notes.cmp(&y.notes),
            ReceiptColumn::ChargedAmount | ReceiptColumn::ChargedCurrency => {
                let key = |r: &Receipt| r.charged.map(|m| (m.currency.code(), m.amount));
                key(x).cmp(&key(y))
            }
            ReceiptColumn::Files => x.attachments.len().cmp(&y.attachments.len()),
            ReceiptColumn::Date
            | ReceiptColumn::Card
            | ReceiptColumn::Provider
            | ReceiptColumn::Plan
            | ReceiptColumn::PaidBy
            | ReceiptColumn::Trip => Ordering::Equal,
        }
    }
}

/// The names a receipt's row shows besides its own fields.
#[derive(Debug, Clone, Copy, Default)]
pub struct Names<'a> {
    /// Its card's label.
    pub card: &'a str,
    /// Who paid it.
    pub paid_by: &'a str,
    /// Its trip.
    pub trip: &'a str,
}

impl<'a> Names<'a> {
    /// The names of `receipt` in `archive`.
    pub fn of(archive: &'a super::archive::Archive, receipt: &'a Receipt) -> Self {
        let card = receipt
            .card
            .and_then(|id| archive.card(id))
            .map_or(receipt.card_label.as_str(), |c| c.label.as_str());
        let paid_by = archive
            .person(receipt.paid_by)
            .map_or("", |p| p.name.as_str());
        let trip = super::trip_report::trip_of(archive, receipt)
            .and_then(|id| archive.trip(id))
            .map_or("", |t| t.name.as_str());
        Self {
            card,
            paid_by,
            trip,
        }
    }
}

fn timestamp(moment: Option<&jiff::Zoned>) -> Option<jiff::Timestamp> {
    moment.map(jiff::Zoned::timestamp)
}

/// "2026-11-30T23:59:00+09:00": a moment with its offset, as the CSV holds it.
pub fn moment_text(moment: Option<&jiff::Zoned>) -> String {
    moment
        .map(|m| m.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_in_the_order_of_its_variants_and_every_csv_header_is_unique() {
        for (i, spec) in COLUMNS.iter().enumerate() {
            assert_eq!(spec.column.spec(), spec, "{i}");
        }
        let header = ReceiptColumn::csv_header();
        let mut unique = header.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), header.len());
        for name in header {
            assert!(ReceiptColumn::from_csv_header(&name.to_uppercase()).is_some());
        }
        assert_eq!(ReceiptColumn::from_csv_header("colour"), None);
    }

    #[test]
    fn files_written_by_every_earlier_version_have_the_columns_of_today() {
        // The header Kōshin has written since receipts could be exported.
        let first = "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes";
        for name in first.split(',') {
            assert!(ReceiptColumn::from_csv_header(name).is_some(), "{name}");
        }
    }
}

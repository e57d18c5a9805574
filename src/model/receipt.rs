//! Receipts: the proof each renewal leaves behind.

use jiff::Zoned;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

pub use super::kinds::ReceiptId;
use super::kinds::{CardId, Channel, PersonId, TripId};
use super::money::Money;

/// A confirmation file kept with a receipt, copied into the archive's `attachments/`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Attachment {
    /// The file's name in `attachments/`, derived from its content.
    pub stored_name: String,
    /// The name the file had when it was attached, shown to the person.
    pub original_name: String,
    /// Its size in bytes.
    pub size_bytes: u64,
}

/// The record of one renewal: what was bought, where, for how much, and the proof.
///
/// Every field may be missing in a file and has a default, given field by
/// field: a struct-level `#[serde(default)]` would build a whole
/// [`Receipt::default`], with a random id, for every receipt read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    /// Stable id.
    #[serde(default = "ReceiptId::new_random")]
    pub id: ReceiptId,
    /// The day of the purchase.
    #[serde(default = "default_date")]
    pub date: Date,
    /// The card it renewed, while that card exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<CardId>,
    /// The card's label when the receipt was made, shown when the card is gone.
    #[serde(default)]
    pub card_label: String,
    /// The provider it was bought from.
    #[serde(default)]
    pub provider: String,
    /// The plan bought.
    #[serde(default)]
    pub plan: String,
    /// Where it was bought.
    #[serde(default)]
    pub channel: Channel,
    /// What it cost.
    #[serde(default = "default_amount")]
    pub amount: Money,
    /// The provider's order number.
    #[serde(default)]
    pub order_number: String,
    /// When the bought validity starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Zoned>,
    /// When the bought validity ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Zoned>,
    /// Anything else worth knowing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Confirmation files: PDF, screenshot, saved e-mail.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// Who paid it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_by: Option<PersonId>,
    /// What was actually charged, in another currency (the statement's CNY
    /// for a JPY plan): it beats any typed rate for this receipt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charged: Option<Money>,
    /// The trip it was moved to by hand; `None`: the trip of its card and date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trip: Option<TripId>,
    /// Who shares its cost; empty: the usual (a rental by everyone on the
    /// trip, a SIM or eSIM by its user).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shared_by: Vec<PersonId>,
    /// When this record was last changed, so a merge can tell the newer edit
    /// (none in files written before schema version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<jiff::Timestamp>,
}

/// The day of a receipt that does not say (an arbitrary, obviously old day).
fn default_date() -> Date {
    Date::constant(2000, 1, 1)
}

/// The amount of a receipt that does not say.
fn default_amount() -> Money {
    Money::yen(0)
}

impl Default for Receipt {
    fn default() -> Self {
        Self {
            id: ReceiptId::new_random(),
            date: default_date(),
            card: None,
            card_label: String::new(),
            provider: String::new(),
            plan: String::new(),
            channel: Channel::default(),
            amount: default_amount(),
            order_number: String::new(),
            valid_from: None,
            valid_until: None,
            notes: String::new(),
            attachments: Vec::new(),
            paid_by: None,
            charged: None,
            trip: None,
            shared_by: Vec::new(),
            updated_at: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_missing_fields_reads_with_defaults_and_its_own_id() {
        let text = r#"[(provider: "Sora eSIM"), (amount: "500 JPY")]"#;
        let receipts: Vec<Receipt> = ron::from_str(text).unwrap();
        let [first, second] = &receipts[..] else {
            panic!("two receipts expected: {receipts:?}");
        };
        assert_ne!(first.id, second.id, "each receipt gets its own new id");
        let blank = Receipt {
            id: first.id,
            provider: "Sora eSIM".into(),
            ..Receipt::default()
        };
        assert_eq!(first, &blank);
        assert_eq!(second.amount, Money::yen(500));
        assert_eq!(second.date, Date::constant(2000, 1, 1));
    }

    #[test]
    fn an_id_in_the_file_is_kept() {
        let id = "3f7ddd3e-97d3-4819-9b7a-4bde90a0914e";
        let receipt: Receipt = ron::from_str(&format!("(id: \"{id}\")")).unwrap();
        assert_eq!(receipt.id.0.to_string(), id);
    }
}

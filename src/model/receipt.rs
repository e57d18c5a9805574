//! Receipts: the proof each renewal leaves behind.

use jiff::Zoned;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

pub use super::kinds::ReceiptId;
use super::kinds::{CardId, Channel};
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Receipt {
    /// Stable id.
    pub id: ReceiptId,
    /// The day of the purchase.
    pub date: Date,
    /// The card it renewed, while that card exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<CardId>,
    /// The card's label when the receipt was made, shown when the card is gone.
    pub card_label: String,
    /// The provider it was bought from.
    pub provider: String,
    /// The plan bought.
    pub plan: String,
    /// Where it was bought.
    pub channel: Channel,
    /// What it cost.
    pub amount: Money,
    /// The provider's order number.
    pub order_number: String,
    /// When the bought validity starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Zoned>,
    /// When the bought validity ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Zoned>,
    /// Anything else worth knowing.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Confirmation files: PDF, screenshot, saved e-mail.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// When this record was last changed, so a merge can tell the newer edit
    /// (none in files written before schema version 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<jiff::Timestamp>,
}

impl Default for Receipt {
    fn default() -> Self {
        Self {
            id: ReceiptId::new_random(),
            date: Date::constant(2000, 1, 1),
            card: None,
            card_label: String::new(),
            provider: String::new(),
            plan: String::new(),
            channel: Channel::default(),
            amount: Money::yen(0),
            order_number: String::new(),
            valid_from: None,
            valid_until: None,
            notes: String::new(),
            attachments: Vec::new(),
            updated_at: None,
        }
    }
}

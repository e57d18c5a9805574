//! A card's renewal history: each renewal and each failed attempt, with the
//! precaution checklist as it stood when it was recorded.

use jiff::{Timestamp, Zoned};
use serde::{Deserialize, Serialize};

use super::kinds::Channel;
use super::kinds::ReceiptId;
use super::precaution::{ItemState, Precaution};

/// How a renewal attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The card was renewed.
    #[default]
    Renewed,
    /// The attempt failed; the card is unchanged.
    Failed,
}

/// One precaution and how it stood when the renewal was recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistEntry {
    /// The precaution.
    pub item: Precaution,
    /// Done, ticked, open or a warning.
    pub state: ItemState,
}

/// One entry of a card's renewal history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RenewalEvent {
    /// When it was recorded.
    pub at: Timestamp,
    /// Renewed or failed.
    pub outcome: Outcome,
    /// How it was done.
    pub channel: Channel,
    /// The receipt it left, when it was a renewal.
    pub receipt: Option<ReceiptId>,
    /// The validity end before.
    pub previous_validity_end: Option<Zoned>,
    /// The validity end after (unchanged for a failed attempt).
    pub new_validity_end: Option<Zoned>,
    /// What the person wrote: why it failed, anything to remember.
    pub note: String,
    /// The order number of a failed attempt that stopped after paying: its
    /// payment may still go through, so the next renewal is told of it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub order_number: String,
    /// The precaution checklist as it stood.
    pub checklist: Vec<ChecklistEntry>,
}

impl Default for RenewalEvent {
    fn default() -> Self {
        Self {
            at: Timestamp::UNIX_EPOCH,
            outcome: Outcome::default(),
            channel: Channel::default(),
            receipt: None::<ReceiptId>,
            previous_validity_end: None,
            new_validity_end: None,
            note: String::new(),
            order_number: String::new(),
            checklist: Vec::new(),
        }
    }
}

//! Trips and exchange rates: what data cost on a trip, in the household's
//! own currency, at rates the person types in (never fetched).

use iso_currency::Currency;
use jiff::Timestamp;
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::kinds::{CardId, PersonId};
pub use super::kinds::{RateId, TripId};

/// A trip: its days (in Japan time), who went and which cards they used.
/// Receipts fall into it by their card and date, or are moved by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trip {
    /// Stable id.
    pub id: TripId,
    /// "December in Japan".
    pub name: String,
    /// The first day, in Japan.
    pub start: Date,
    /// The last day, in Japan (included).
    pub end: Date,
    /// Who was on it: the household's people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonId>,
    /// The cards used on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<CardId>,
    /// When this record was last changed, so a merge can tell the newer edit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl Trip {
    /// A new trip with no one and no card on it yet.
    pub fn new(name: &str, start: Date, end: Date) -> Self {
        Self {
            id: TripId::new_random(),
            name: name.trim().to_owned(),
            start,
            end,
            people: Vec::new(),
            cards: Vec::new(),
            updated_at: None,
        }
    }

    /// Whether `date` is one of the trip's days.
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end
    }
}

/// Where a typed rate came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateSource {
    /// A credit or debit card's statement.
    CardStatement,
    /// An Alipay bill.
    Alipay,
    /// A `WeChat` Pay bill.
    WechatPay,
    /// A bank's rate.
    Bank,
    /// Typed by hand, from anywhere.
    #[default]
    ByHand,
}

impl RateSource {
    /// Every source, in the order a form lists them.
    pub const ALL: [RateSource; 5] = [
        RateSource::CardStatement,
        RateSource::Alipay,
        RateSource::WechatPay,
        RateSource::Bank,
        RateSource::ByHand,
    ];

    /// The message id of its name.
    pub fn label_id(self) -> &'static str {
        msg_ids!(match self {
            RateSource::CardStatement => "rate-source-card",
            RateSource::Alipay => "rate-source-alipay",
            RateSource::WechatPay => "rate-source-wechat",
            RateSource::Bank => "rate-source-bank",
            RateSource::ByHand => "rate-source-hand",
        })
    }
}

/// An exchange rate typed in: one `from` is `rate` of `to`, on `date`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    /// Stable id.
    pub id: RateId,
    /// The currency converted.
    pub from: Currency,
    /// The currency it is converted into.
    pub to: Currency,
    /// How much of `to` one `from` is.
    pub rate: Decimal,
    /// The day it held.
    pub date: Date,
    /// Where it came from.
    #[serde(default)]
    pub source: RateSource,
    /// When this record was last changed, so a merge can tell the newer edit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

//! What the person enters during a renewal, kept as typed so that a renewal
//! resumes exactly where it was left.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::model::card::Identifiers;
use crate::model::input::{format_data_mb, optional_money, zone_name_of};
use crate::model::money::Money;
use crate::model::{Card, CardKind, Channel, PlanKind};

/// Whether an eSIM is topped up or replaced by a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EsimMode {
    /// Top up the eSIM already on the phone.
    #[default]
    TopUp,
    /// Buy and install a new eSIM.
    NewEsim,
}

/// The fields of every step. Text stays text until the step is completed.
#[expect(
    clippy::struct_excessive_bools,
    reason = "each bool is a checkbox the person ticks on a step"
)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Inputs {
    /// The time zone the provider counts in.
    pub zone: String,
    /// Check the card: validity end date as the provider shows it now.
    pub validity_date: String,
    /// Check the card: validity end time.
    pub validity_time: String,
    /// Check the card: data left.
    pub remaining: String,
    /// SIM: the phone is not SIM-locked.
    pub phone_unlocked: bool,
    /// SIM: the phone supports Japan's bands.
    pub bands_ok: bool,
    /// eSIM: the phone supports eSIM.
    pub esim_supported: bool,
    /// eSIM: the phone's EID.
    pub eid: String,
    /// eSIM: top up or a new eSIM.
    pub esim_mode: EsimMode,
    /// eSIM: a working connection for downloading a new eSIM.
    pub connection_ok: bool,
    /// Pocket WiFi: battery charged.
    pub battery_ok: bool,
    /// Pocket WiFi: charger packed.
    pub charger_ok: bool,
    /// Pocket WiFi: return date.
    pub return_date: String,
    /// Pocket WiFi: return time.
    pub return_time: String,
    /// Pocket WiFi: return place.
    pub return_place: String,
    /// Payment method label.
    pub payment_label: String,
    /// Last four digits of the payment card.
    pub last_four: String,
    /// The payment method works for international payments.
    pub international_ok: bool,
    /// Automatic: auto-renew is on.
    pub auto_renew_on: bool,
    /// Automatic: the card on file is valid.
    pub card_on_file_valid: bool,
    /// Plan kind.
    pub plan_kind: PlanKind,
    /// Plan name.
    pub plan_name: String,
    /// Plan price (per day for a rental extension).
    pub price: String,
    /// Currency of the price, the late fee and the amount paid.
    pub currency: String,
    /// Pocket WiFi: how many days to extend.
    pub extension_days: String,
    /// Pocket WiFi: late-return fee per day.
    pub late_fee: String,
    /// Pocket WiFi: hours of notice the company wants.
    pub notice_hours: String,
    /// The identifiers, checked before paying.
    pub ids: Identifiers,
    /// Amount paid.
    pub amount: String,
    /// Order number.
    pub order_number: String,
    /// The person said the order number is one, though it looks like a card number.
    pub order_is_not_card: bool,
    /// Confirm: the new validity end date (or return date) as the provider shows it.
    pub new_date: String,
    /// Confirm: the new time.
    pub new_time: String,
    /// Confirm: the data now.
    pub new_remaining: String,
    /// Notes for the receipt.
    pub notes: String,
    /// Why it failed, for a failed attempt.
    pub failure_note: String,
}

impl Inputs {
    /// The fields filled in from what the archive knows of the card.
    pub fn from_card(card: &Card, channel: Channel) -> Self {
        let zone = zone_name_of([card.validity_end.as_ref(), card.rental.return_by.as_ref()]);
        let date = |m: Option<&jiff::Zoned>| m.map(|m| m.date().to_string()).unwrap_or_default();
        let time = |m: Option<&jiff::Zoned>| {
            m.map_or_else(|| "23:59".to_owned(), |m| m.strftime("%H:%M").to_string())
        };
        let price = card.plan.price;
        let plan_kind = if card.kind.is_rented_device() {
            PlanKind::Rental
        } else if card.plan.kind == PlanKind::Rental {
            PlanKind::default()
        } else {
            card.plan.kind
        };
        Self {
            validity_date: date(card.validity_end.as_ref()),
            validity_time: time(card.validity_end.as_ref()),
            remaining: card
                .remaining_data_mb
                .map(format_data_mb)
                .unwrap_or_default(),
            eid: card.ids.eid.clone(),
            return_date: date(card.rental.return_by.as_ref()),
            return_time: time(card.rental.return_by.as_ref()),
            return_place: card.rental.return_place.clone(),
            payment_label: card.payment.label.clone(),
            last_four: card.payment.last_four.clone(),
            plan_kind,
            plan_name: card.plan.name.clone(),
            price: price.map(|p| p.amount_text()).unwrap_or_default(),
            currency: price.map_or("JPY", |p| p.currency.code()).to_owned(),
            late_fee: card
                .rental
                .late_fee_per_day
                .map(|f| f.amount_text())
                .unwrap_or_default(),
            notice_hours: card.rental.notice_hours.to_string(),
            ids: card.ids.clone(),
            auto_renew_on: false,
            new_time: if channel == Channel::Automatic {
                time(card.validity_end.as_ref())
            } else {
                "23:59".to_owned()
            },
            zone,
            ..Self::default()
        }
    }

    /// Pocket WiFi: the number of days to extend, or why it cannot be read.
    pub fn extension_days(&self) -> Result<u32, Msg> {
        match self.extension_days.trim().parse::<u32>() {
            Ok(days) if days >= 1 => Ok(days),
            _ if self.extension_days.trim().is_empty() => Err(Msg::new("wizard-need-days")),
            _ => Err(Msg::new("wizard-bad-days").arg("text", self.extension_days.trim())),
        }
    }

    /// The plan's price per renewal (per day for a rental extension).
    pub fn price_money(&self) -> Result<Option<Money>, Msg> {
        parse_optional_money(&self.price, &self.currency)
    }

    /// The late-return fee per day.
    pub fn late_fee_money(&self) -> Result<Option<Money>, Msg> {
        parse_optional_money(&self.late_fee, &self.currency)
    }

    /// What the renewal should cost: the plan's price, or for a rental
    /// extension the price per day times the days.
    pub fn expected_total(&self, kind: CardKind) -> Option<Money> {
        let price = self.price_money().ok().flatten()?;
        if kind.is_rented_device() {
            let days = self.extension_days().ok()?;
            Some(Money::new(
                price.amount * Decimal::from(days),
                price.currency,
            ))
        } else {
            Some(price)
        }
    }

    /// Pocket WiFi: the late fees for the same days, to compare with the extension.
    pub fn late_total(&self) -> Option<Money> {
        let fee = self.late_fee_money().ok().flatten()?;
        let days = self.extension_days().ok()?;
        Some(Money::new(fee.amount * Decimal::from(days), fee.currency))
    }

    /// Pocket WiFi: the notice in hours (48 when not a number).
    pub fn notice_hours(&self) -> u32 {
        self.notice_hours
            .trim()
            .parse()
            .unwrap_or(crate::model::card::DEFAULT_NOTICE_HOURS)
    }
}

fn parse_optional_money(amount: &str, currency: &str) -> Result<Option<Money>, Msg> {
    optional_money(amount, currency).map_err(|e| e.message())
}

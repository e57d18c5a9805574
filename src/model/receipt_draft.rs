//! The receipt form's fields as typed, and reading them into a receipt.

use super::archive::Archive;
use super::card::{CardId, Channel};
use std::collections::BTreeSet;

use super::confirmation::{Found, FoundField, Until};
use super::identifiers::{find_payment_card, order_number_question};
use super::input::{optional_money, parse_date, parse_moment, parse_zone, zone_name_of};
use super::kinds::{PersonId, TripId};
use super::receipt::{Attachment, Receipt};
use crate::i18n::Msg;

/// A field of the receipt form, for placing a problem next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReceiptField {
    /// The purchase date.
    Date,
    /// The card (or its name).
    Card,
    /// The provider.
    Provider,
    /// The plan.
    Plan,
    /// The amount and currency.
    Amount,
    /// The order number.
    Order,
    /// When the bought validity starts.
    ValidFrom,
    /// When it ends.
    ValidUntil,
    /// The notes.
    Notes,
    /// What was charged in another currency.
    Charged,
}

impl ReceiptField {
    /// The receipt's field a confirmation's field fills, if any.
    pub fn of_found(field: FoundField) -> Option<Self> {
        match field {
            FoundField::Provider => Some(ReceiptField::Provider),
            FoundField::OrderNumber => Some(ReceiptField::Order),
            FoundField::Amount | FoundField::Currency => Some(ReceiptField::Amount),
            FoundField::Date => Some(ReceiptField::Date),
            FoundField::ValidUntil => Some(ReceiptField::ValidUntil),
            FoundField::Plan => Some(ReceiptField::Plan),
            FoundField::Iccid | FoundField::ActivationCode => None,
        }
    }
}

/// Why the receipt's fields a confirmation did not fill were left empty.
pub fn missing_from_mail(found: &Found) -> Vec<(ReceiptField, Msg)> {
    found
        .missing
        .iter()
        .filter_map(|(field, why)| Some((ReceiptField::of_found(*field)?, why.clone())))
        .collect()
}

/// The receipt form as the person types it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceiptDraft {
    /// The receipt being edited, or a fresh one; keeps the id.
    pub base: Receipt,
    /// Purchase date, 2026-11-22.
    pub date: String,
    /// The card it belongs to, if it is one of the archive's.
    pub card: Option<CardId>,
    /// The card's name when it is not one of the archive's.
    pub card_label: String,
    /// Provider.
    pub provider: String,
    /// Plan.
    pub plan: String,
    /// Channel.
    pub channel: Channel,
    /// Amount.
    pub amount: String,
    /// Currency code.
    pub currency: String,
    /// Order number.
    pub order_number: String,
    /// The person said the order number is one, though it looks like a card number.
    pub order_is_not_card: bool,
    /// Validity start date and time.
    pub from_date: String,
    /// Validity start time.
    pub from_time: String,
    /// Validity end date.
    pub until_date: String,
    /// Validity end time.
    pub until_time: String,
    /// The zone of both moments.
    pub zone: String,
    /// Notes.
    pub notes: String,
    /// The attached files.
    pub attachments: Vec<Attachment>,
    /// Who paid.
    pub paid_by: Option<PersonId>,
    /// What was charged in another currency: amount.
    pub charged_amount: String,
    /// What was charged: currency code.
    pub charged_currency: String,
    /// The trip it was moved to by hand.
    pub trip: Option<TripId>,
    /// Who shares its cost; empty: the usual.
    pub shared_by: Vec<PersonId>,
}

fn date_of(moment: Option<&jiff::Zoned>) -> String {
    moment.map(|m| m.date().to_string()).unwrap_or_default()
}

fn time_of(moment: Option<&jiff::Zoned>, default: &str) -> String {
    moment.map_or_else(|| default.to_owned(), |m| m.strftime("%H:%M").to_string())
}

impl ReceiptDraft {
    /// The form filled in from a receipt.
    pub fn from_receipt(receipt: &Receipt) -> Self {
        let zone = zone_name_of([receipt.valid_until.as_ref(), receipt.valid_from.as_ref()]);
        Self {
            base: receipt.clone(),
            date: receipt.date.to_string(),
            card: receipt.card,
            card_label: receipt.card_label.clone(),
            provider: receipt.provider.clone(),
            plan: receipt.plan.clone(),
            channel: receipt.channel,
            amount: receipt.amount.amount_text(),
            currency: receipt.amount.currency.code().to_owned(),
            order_number: receipt.order_number.clone(),
            // A saved order number was accepted as one already.
            order_is_not_card: !receipt.order_number.is_empty(),
            from_date: date_of(receipt.valid_from.as_ref()),
            from_time: time_of(receipt.valid_from.as_ref(), "00:00"),
            until_date: date_of(receipt.valid_until.as_ref()),
            until_time: time_of(receipt.valid_until.as_ref(), "23:59"),
            zone,
            notes: receipt.notes.clone(),
            attachments: receipt.attachments.clone(),
            paid_by: receipt.paid_by,
            charged_amount: receipt.charged.map(|m| m.amount_text()).unwrap_or_default(),
            charged_currency: receipt
                .charged
                .map(|m| m.currency.code().to_owned())
                .unwrap_or_default(),
            trip: receipt.trip,
            shared_by: receipt.shared_by.clone(),
        }
    }

    /// A new receipt dated `today`, with nothing else filled in.
    pub fn new_receipt(today: jiff::civil::Date) -> Self {
        let mut draft = Self::from_receipt(&Receipt {
            date: today,
            ..Receipt::default()
        });
        draft.amount.clear();
        // Chosen with the card (its plan's currency), see choose_card.
        draft.currency.clear();
        draft
    }

    /// Picks a card: its name, provider and plan fill the fields that are
    /// empty or still hold what the card chosen before filled in.
    pub fn choose_card(&mut self, archive: &Archive, card: Option<CardId>) {
        let before = self.card.and_then(|id| archive.card(id));
        let untouched = |text: &str, filled: Option<&str>| {
            text.trim().is_empty() || filled.is_some_and(|f| f == text)
        };
        let provider_untouched = untouched(&self.provider, before.map(|c| c.provider.as_str()));
        let currency_before = likely_currency(archive, self.card);
        let currency_untouched = untouched(&self.currency, Some(currency_before.code()));
        let plan_untouched = untouched(&self.plan, before.map(|c| c.plan.name.as_str()));
        self.card = card;
        if currency_untouched {
            likely_currency(archive, card)
                .code()
                .clone_into(&mut self.currency);
        }
        if let Some(card) = card.and_then(|id| archive.card(id)) {
            self.card_label.clone_from(&card.label);
            if provider_untouched {
                self.provider.clone_from(&card.provider);
            }
            if plan_untouched {
                self.plan.clone_from(&card.plan.name);
            }
            if let Some(zone) = card
                .validity_end
                .as_ref()
                .and_then(|m| m.time_zone().iana_name())
            {
                zone.clone_into(&mut self.zone);
            }
        }
    }

    /// Fills the fields a confirmation e-mail gave (a validity end moves into
    /// the form's zone, the card's) and returns which, so that the form can
    /// mark them for the person to confirm. A currency the e-mail leaves open
    /// is emptied, for the person to choose.
    pub fn fill_from_mail(&mut self, found: &Found) -> BTreeSet<ReceiptField> {
        let mut filled = BTreeSet::new();
        let mut set = |field, target: &mut String, value: Option<String>| {
            if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
                *target = value;
                filled.insert(field);
            }
        };
        set(
            ReceiptField::Date,
            &mut self.date,
            found.date.map(|d| d.to_string()),
        );
        set(
            ReceiptField::Provider,
            &mut self.provider,
            found.provider.clone(),
        );
        set(ReceiptField::Plan, &mut self.plan, found.plan.clone());
        set(
            ReceiptField::Order,
            &mut self.order_number,
            found.order_number.clone(),
        );
        set(
            ReceiptField::Amount,
            &mut self.amount,
            found.amount.map(|a| a.to_string()),
        );
        match (found.currency, found.currency_doubt) {
            (Some(currency), _) => currency.code().clone_into(&mut self.currency),
            (None, Some(_)) => self.currency.clear(),
            (None, None) => {}
        }
        let zone = parse_zone(&self.zone).ok();
        let (date, time) = match &found.valid_until {
            Some(Until::Day(day)) => (Some(day.to_string()), None),
            Some(Until::Moment(moment)) => {
                let here = zone.map_or_else(|| moment.clone(), |z| moment.with_time_zone(z));
                (
                    Some(here.date().to_string()),
                    Some(here.strftime("%H:%M").to_string()),
                )
            }
            None => (None, None),
        };
        set(ReceiptField::ValidUntil, &mut self.until_date, date);
        if let Some(time) = time {
            self.until_time = time;
        }
        filled
    }

    /// The receipt the form describes, or every problem that stops saving it.
    pub fn build(&self, archive: &Archive) -> Result<Receipt, Vec<(ReceiptField, Msg)>> {
        let mut problems = Vec::new();
        let date = parse_date(&self.date)
            .map_err(|e| problems.push((ReceiptField::Date, e.message())))
            .ok();
        let amount = match optional_money(&self.amount, &self.currency) {
            Ok(Some(money)) => Some(money),
            Ok(None) => {
                problems.push((ReceiptField::Amount, Msg::new("receipt-need-amount")));
                None
            }
            Err(e) => {
                problems.push((ReceiptField::Amount, e.message()));
                None
            }
        };
        let charged = if self.charged_amount.trim().is_empty() {
            None
        } else {
            match optional_money(&self.charged_amount, &self.charged_currency) {
                Ok(money) => money,
                Err(e) => {
                    problems.push((ReceiptField::Charged, e.message()));
                    None
                }
            }
        };
        let mut moment = |field, date: &str, time: &str| {
            parse_moment(date, time, &self.zone).unwrap_or_else(|e| {
                problems.push((field, e.message()));
                None
            })
        };
        let valid_from = moment(ReceiptField::ValidFrom, &self.from_date, &self.from_time);
        let valid_until = moment(ReceiptField::ValidUntil, &self.until_date, &self.until_time);
        let card = self.card.filter(|id| archive.card(*id).is_some());
        let card_label = card
            .and_then(|id| archive.card(id))
            .map_or_else(|| self.card_label.trim().to_owned(), |c| c.label.clone());
        for (field, id, text) in [
            (
                ReceiptField::Card,
                msg_id!("receipts-col-card"),
                self.card_label.as_str(),
            ),
            (
                ReceiptField::Provider,
                msg_id!("receipts-col-provider"),
                &self.provider,
            ),
            (ReceiptField::Plan, msg_id!("receipts-col-plan"), &self.plan),
            (ReceiptField::Notes, msg_id!("field-notes"), &self.notes),
        ] {
            if let Some(found) = find_payment_card(text) {
                problems.push((field, found.message(Msg::new(id))));
            }
        }
        if let Some(question) = order_number_question(&self.order_number, self.order_is_not_card) {
            problems.push((ReceiptField::Order, question));
        }
        match (date, amount, problems.is_empty()) {
            (Some(date), Some(amount), true) => Ok(Receipt {
                id: self.base.id,
                date,
                card,
                card_label,
                provider: self.provider.trim().to_owned(),
                plan: self.plan.trim().to_owned(),
                channel: self.channel,
                amount,
                order_number: self.order_number.trim().to_owned(),
                valid_from,
                valid_until,
                notes: self.notes.trim_end().to_owned(),
                attachments: self.attachments.clone(),
                paid_by: self.paid_by.filter(|p| archive.person(Some(*p)).is_some()),
                charged,
                trip: self.trip.filter(|t| archive.trip(*t).is_some()),
                shared_by: self.shared_by.clone(),
                updated_at: None,
            }),
            _ => Err(problems),
        }
    }
}

/// The currency a new receipt of `card` is most likely in: its plan's
/// price's, else that of its newest receipt, else that of the newest receipt
/// of any card, else yen.
pub fn likely_currency(archive: &Archive, card: Option<CardId>) -> iso_currency::Currency {
    let newest_of = |of_card: bool| {
        archive
            .receipts
            .iter()
            .filter(|r| !of_card || (card.is_some() && r.card == card))
            .max_by_key(|r| r.date)
            .map(|r| r.amount.currency)
    };
    card.and_then(|id| archive.card(id))
        .and_then(|c| c.plan.price)
        .map(|price| price.currency)
        .or_else(|| newest_of(true))
        .or_else(|| newest_of(false))
        .unwrap_or(iso_currency::Currency::JPY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo;
    use crate::model::money::Money;

    #[test]
    fn a_receipt_round_trips_through_its_form() {
        let now: jiff::Zoned = "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap();
        let archive = demo::archive(&now);
        for receipt in &archive.receipts {
            let built = ReceiptDraft::from_receipt(receipt).build(&archive).unwrap();
            assert_eq!(&built, receipt);
        }
    }

    #[test]
    fn a_new_receipt_needs_a_date_and_an_amount() {
        let archive = Archive::default();
        let mut draft = ReceiptDraft::new_receipt(jiff::civil::date(2026, 11, 22));
        draft.choose_card(&archive, None);
        assert_eq!(draft.currency, "JPY", "yen when nothing says otherwise");
        let problems = draft.build(&archive).unwrap_err();
        assert_eq!(problems[0].0, ReceiptField::Amount);
        draft.amount = "1,100".into();
        draft.date = "22/11/2026".into();
        assert_eq!(draft.build(&archive).unwrap_err()[0].0, ReceiptField::Date);
        draft.date = "2026-11-22".into();
        draft.notes = "card 4111111111111111".into();
        assert_eq!(draft.build(&archive).unwrap_err()[0].0, ReceiptField::Notes);
        draft.notes.clear();
        assert_eq!(draft.build(&archive).unwrap().amount, Money::yen(1100));
    }

    #[test]
    fn choosing_a_card_fills_in_its_provider_and_plan() {
        let now: jiff::Zoned = "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap();
        let archive = demo::archive(&now);
        let sim = &archive.cards[1];
        let mut draft = ReceiptDraft::new_receipt(now.date());
        draft.choose_card(&archive, Some(sim.id));
        assert_eq!(draft.provider, sim.provider);
        assert_eq!(draft.plan, sim.plan.name);
        assert_eq!(draft.card_label, sim.label);
        // Another card replaces what the first one filled in, not what was typed.
        let esim = &archive.cards[0];
        draft.plan = "Typed plan".into();
        draft.choose_card(&archive, Some(esim.id));
        assert_eq!(draft.provider, esim.provider);
        assert_eq!(draft.plan, "Typed plan");
    }

    #[test]
    fn a_new_receipt_is_in_the_currency_of_its_cards_plan_then_of_the_last_receipt() {
        let now: jiff::Zoned = "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap();
        let mut archive = demo::archive(&now);
        let usd = Money::new(
            rust_decimal::Decimal::new(1499, 2),
            iso_currency::Currency::USD,
        );
        archive.cards[0].plan.price = Some(usd);
        let (esim, sim) = (archive.cards[0].id, archive.cards[1].id);
        let mut draft = ReceiptDraft::new_receipt(now.date());
        draft.choose_card(&archive, Some(esim));
        assert_eq!(
            draft.currency, "USD",
            "the card's plan is priced in dollars"
        );
        draft.choose_card(&archive, Some(sim));
        assert_eq!(draft.currency, "JPY", "untouched, it follows the card");
        draft.currency = "CNY".into();
        draft.choose_card(&archive, Some(esim));
        assert_eq!(draft.currency, "CNY", "what the person chose stays");
        // No price on the card: its newest receipt's currency.
        archive.cards[0].plan.price = None;
        archive.receipts.retain(|r| r.card != Some(esim));
        let mut receipt = archive.receipts[0].clone();
        receipt.card = Some(esim);
        receipt.amount = usd;
        archive.receipts.push(receipt);
        assert_eq!(
            likely_currency(&archive, Some(esim)),
            iso_currency::Currency::USD
        );
    }
}

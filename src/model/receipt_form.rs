//! The receipt form's fields as typed, and reading them into a receipt.

use super::archive::Archive;
use super::card::{CardId, Channel};
use super::form::{optional_money, parse_date, parse_moment, zone_name_of};
use super::identifiers::find_payment_card;
use super::receipt::{Attachment, Receipt};
use crate::i18n::Msg;

/// A field of the receipt form, for placing a problem next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
            from_date: date_of(receipt.valid_from.as_ref()),
            from_time: time_of(receipt.valid_from.as_ref(), "00:00"),
            until_date: date_of(receipt.valid_until.as_ref()),
            until_time: time_of(receipt.valid_until.as_ref(), "23:59"),
            zone,
            notes: receipt.notes.clone(),
            attachments: receipt.attachments.clone(),
        }
    }

    /// A new receipt dated `today`, with nothing else filled in.
    pub fn new_receipt(today: jiff::civil::Date) -> Self {
        let mut draft = Self::from_receipt(&Receipt {
            date: today,
            ..Receipt::default()
        });
        draft.amount.clear();
        draft
    }

    /// Picks a card: its name, provider and plan fill the empty fields.
    pub fn choose_card(&mut self, archive: &Archive, card: Option<CardId>) {
        self.card = card;
        if let Some(card) = card.and_then(|id| archive.card(id)) {
            self.card_label.clone_from(&card.label);
            if self.provider.trim().is_empty() {
                self.provider.clone_from(&card.provider);
            }
            if self.plan.trim().is_empty() {
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
                "receipts-col-card",
                self.card_label.as_str(),
            ),
            (
                ReceiptField::Provider,
                "receipts-col-provider",
                &self.provider,
            ),
            (ReceiptField::Plan, "receipts-col-plan", &self.plan),
            (
                ReceiptField::Order,
                "receipts-col-order",
                &self.order_number,
            ),
            (ReceiptField::Notes, "field-notes", &self.notes),
        ] {
            if let Some(found) = find_payment_card(text) {
                problems.push((field, found.message(Msg::new(id))));
            }
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
            }),
            _ => Err(problems),
        }
    }
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
    }
}

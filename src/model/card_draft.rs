//! The card form's draft: what a person types, field by field, and the card
//! it builds (or the problems, each at its field).

use jiff::Zoned;

use super::card::{
    Activation, Card, CardError, CardField, CardKind, Channel, Identifiers, PlanKind,
};
use super::input::{
    InputError, format_data_mb, optional_money, parse_data_mb, parse_moment, zone_name_of,
};
use crate::i18n::Msg;

/// A field of the card form, for placing an error next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FormField {
    /// A text field of the card.
    Card(CardField),
    /// The plan's price.
    Price,
    /// The validity end.
    ValidityEnd,
    /// The data allowance.
    DataAllowance,
    /// The remaining data.
    RemainingData,
    /// The daily cap.
    DailyCap,
    /// The router's return moment.
    ReturnBy,
    /// The extension notice in hours.
    NoticeHours,
    /// The late-return fee per day.
    LateFee,
    /// The activation rule.
    Activation,
    /// The eSIM activation code.
    EsimCode,
}

impl From<CardField> for FormField {
    fn from(field: CardField) -> Self {
        FormField::Card(field)
    }
}

/// The card form's fields as the person types them.
#[derive(Debug, Clone, PartialEq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "one per checkbox of the form"
)]
pub struct CardDraft {
    /// The card being edited, or a fresh one; keeps the id and what the form does not show.
    pub base: Card,
    /// Label.
    pub label: String,
    /// Owner.
    pub owner: String,
    /// Kind.
    pub kind: CardKind,
    /// Provider name.
    pub provider: String,
    /// Provider website.
    pub website: String,
    /// Support contact.
    pub support: String,
    /// Identifiers, of every kind while the person may still switch kinds.
    pub ids: Identifiers,
    /// Plan name.
    pub plan_name: String,
    /// Plan kind.
    pub plan_kind: PlanKind,
    /// Price amount.
    pub price: String,
    /// Price currency code.
    pub currency: String,
    /// Validity end: date, time and zone.
    pub validity_date: String,
    /// Validity end time.
    pub validity_time: String,
    /// Zone the provider counts in.
    pub zone: String,
    /// Whether validity is counted in 24-hour days from activation.
    pub activation_on: bool,
    /// The eSIM activation code, as typed or pasted.
    pub esim_code: String,
    /// Whether that eSIM was installed (the code is spent).
    pub esim_installed: bool,
    /// Activation date.
    pub activation_date: String,
    /// Activation time.
    pub activation_time: String,
    /// Days of validity from activation.
    pub activation_days: String,
    /// Data allowance ("10 GB").
    pub allowance: String,
    /// Remaining data.
    pub remaining: String,
    /// Daily cap.
    pub daily_cap: String,
    /// Auto-renew.
    pub auto_renew: bool,
    /// Usual channel.
    pub channel: Channel,
    /// Payment method label.
    pub payment_label: String,
    /// Last four digits of the payment card.
    pub last_four: String,
    /// Router return date.
    pub return_date: String,
    /// Router return time.
    pub return_time: String,
    /// Router return place.
    pub return_place: String,
    /// Hours of notice the rental company wants for an extension.
    pub notice_hours: String,
    /// Late-return fee per day, in the plan's currency.
    pub late_fee: String,
    /// Notes.
    pub notes: String,
    /// The helper's name.
    pub helper_name: String,
    /// The helper's phone.
    pub helper_phone: String,
    /// Archived.
    pub archived: bool,
}

impl Default for CardDraft {
    fn default() -> Self {
        Self::from_card(&Card::default())
    }
}

fn date_text(moment: Option<&Zoned>) -> String {
    moment.map(|m| m.date().to_string()).unwrap_or_default()
}

fn time_text(moment: Option<&Zoned>) -> String {
    moment.map_or_else(|| "23:59".to_owned(), |m| m.strftime("%H:%M").to_string())
}

impl CardDraft {
    /// The form filled in from a card.
    pub fn from_card(card: &Card) -> Self {
        let zone = zone_name_of([card.validity_end.as_ref(), card.rental.return_by.as_ref()]);
        Self {
            base: card.clone(),
            label: card.label.clone(),
            owner: card.owner_name.clone(),
            kind: card.kind,
            provider: card.provider.clone(),
            website: card.provider_website.clone(),
            support: card.support_contact.clone(),
            ids: card.ids.clone(),
            plan_name: card.plan.name.clone(),
            plan_kind: card.plan.kind,
            price: card.plan.price.map(|p| p.amount_text()).unwrap_or_default(),
            currency: card
                .plan
                .price
                .map_or("JPY", |p| p.currency.code())
                .to_owned(),
            activation_on: card.activation.is_some(),
            esim_code: card.esim_code.code.clone(),
            esim_installed: card.esim_code.installed,
            activation_date: date_text(card.activation.as_ref().map(|a| &a.at)),
            activation_time: card
                .activation
                .as_ref()
                .map(|a| a.at.strftime("%H:%M").to_string())
                .unwrap_or_default(),
            activation_days: card
                .activation
                .as_ref()
                .map(|a| a.days.to_string())
                .unwrap_or_default(),
            validity_date: date_text(card.validity_end.as_ref()),
            validity_time: time_text(card.validity_end.as_ref()),
            zone,
            allowance: card
                .data_allowance_mb
                .map(format_data_mb)
                .unwrap_or_default(),
            remaining: card
                .remaining_data_mb
                .map(format_data_mb)
                .unwrap_or_default(),
            daily_cap: card.daily_cap_mb.map(format_data_mb).unwrap_or_default(),
            auto_renew: card.auto_renew,
            channel: card.channel,
            payment_label: card.payment.label.clone(),
            last_four: card.payment.last_four.clone(),
            return_date: date_text(card.rental.return_by.as_ref()),
            return_time: time_text(card.rental.return_by.as_ref()),
            return_place: card.rental.return_place.clone(),
            notice_hours: card.rental.notice_hours.to_string(),
            late_fee: card
                .rental
                .late_fee_per_day
                .map(|fee| fee.amount_text())
                .unwrap_or_default(),
            notes: card.notes.clone(),
            helper_name: card.helper_name.clone(),
            helper_phone: card.helper_phone.clone(),
            archived: card.archived,
        }
    }

    /// An eSIM's activation code as typed (checked), or none for other kinds.
    fn esim_code(&self, problems: &mut Reader) -> super::esim_code::EsimCode {
        if !self.kind.installs_from_code() {
            return super::esim_code::EsimCode::default();
        }
        let code = self.esim_code.trim();
        if !code.is_empty()
            && let Err(error) = super::esim_code::parse_lpa(code)
        {
            problems.0.push((FormField::EsimCode, error.message()));
        }
        super::esim_code::EsimCode {
            code: code.to_owned(),
            installed: self.esim_installed,
        }
    }

    /// Whether the form differs from the card it was filled in from.
    pub fn is_changed(&self) -> bool {
        *self != Self::from_card(&self.base)
    }

    /// The card the form describes, or every problem that stops it from being saved.
    pub fn build(&self) -> Result<Card, Vec<(FormField, Msg)>> {
        let mut problems = Reader::default();
        let is_router = self.kind.is_rented_device();
        let price = problems.read(
            FormField::Price,
            optional_money(&self.price, &self.currency),
        );
        let activation = if self.activation_on {
            problems.read(FormField::Activation, self.activation())
        } else {
            None
        };
        let validity_end = match &activation {
            Some(activation) => activation.validity_end(),
            None => problems.read(
                FormField::ValidityEnd,
                parse_moment(&self.validity_date, &self.validity_time, &self.zone),
            ),
        };
        let return_by = if is_router {
            problems.read(
                FormField::ReturnBy,
                parse_moment(&self.return_date, &self.return_time, &self.zone),
            )
        } else {
            None
        };
        let notice_hours = match self.notice_hours.trim() {
            "" => super::card::DEFAULT_NOTICE_HOURS,
            text => text.parse::<u32>().unwrap_or_else(|_| {
                if is_router {
                    problems.note(
                        FormField::NoticeHours,
                        &InputError::BadHours(text.to_owned()),
                    );
                }
                super::card::DEFAULT_NOTICE_HOURS
            }),
        };
        let late_fee = if is_router {
            problems.read(
                FormField::LateFee,
                optional_money(&self.late_fee, &self.currency),
            )
        } else {
            None
        };

        let mut card = self.base.clone();
        card.label.clone_from(&self.label);
        card.owner_name.clone_from(&self.owner);
        card.kind = self.kind;
        card.provider.clone_from(&self.provider);
        card.provider_website.clone_from(&self.website);
        card.support_contact.clone_from(&self.support);
        card.ids = self.ids.clone();
        card.plan.name.clone_from(&self.plan_name);
        card.plan.kind = self.plan_kind;
        card.plan.price = price;
        card.validity_end = validity_end;
        card.activation = activation;
        card.esim_code = self.esim_code(&mut problems);
        card.data_allowance_mb =
            problems.read(FormField::DataAllowance, parse_data_mb(&self.allowance));
        card.remaining_data_mb =
            problems.read(FormField::RemainingData, parse_data_mb(&self.remaining));
        card.daily_cap_mb = problems.read(FormField::DailyCap, parse_data_mb(&self.daily_cap));
        card.auto_renew = self.auto_renew;
        card.channel = self.channel;
        card.payment.label.clone_from(&self.payment_label);
        card.payment.last_four.clone_from(&self.last_four);
        card.rental.return_by = return_by;
        card.rental.return_place.clone_from(&self.return_place);
        card.rental.notice_hours = notice_hours;
        card.rental.late_fee_per_day = late_fee;
        card.notes.clone_from(&self.notes);
        card.helper_name.clone_from(&self.helper_name);
        card.helper_phone.clone_from(&self.helper_phone);
        card.archived = self.archived;
        let card = card.normalized();

        let mut problems = problems.0;
        problems.extend(
            card.errors()
                .iter()
                .map(|error: &CardError| (FormField::Card(error.field()), error.message())),
        );
        if problems.is_empty() {
            Ok(card)
        } else {
            Err(problems)
        }
    }

    /// The card the form describes, or every problem that stops it from being
    /// saved into `archive` (a label another card has among them).
    pub fn build_in(&self, archive: &super::Archive) -> Result<Card, Vec<(FormField, Msg)>> {
        let card = self.build()?;
        let errors = archive.card_errors(&card);
        if errors.is_empty() {
            Ok(card)
        } else {
            Err(errors
                .iter()
                .map(|e| (FormField::Card(e.field()), e.message()))
                .collect())
        }
    }

    /// The activation rule as typed: a moment and a number of days.
    fn activation(&self) -> Result<Option<Activation>, InputError> {
        let Some(at) = parse_moment(&self.activation_date, &self.activation_time, &self.zone)?
        else {
            return Err(InputError::MissingActivation);
        };
        let days = self
            .activation_days
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| *d > 0)
            .ok_or_else(|| InputError::BadDays(self.activation_days.trim().to_owned()))?;
        Ok(Some(Activation { at, days }))
    }
}

/// Collects the problems of a form while its fields are read.
#[derive(Default)]
struct Reader(Vec<(FormField, Msg)>);

impl Reader {
    fn note(&mut self, field: FormField, error: &InputError) {
        self.0.push((field, error.message()));
    }

    /// The value, or `None` with the problem noted at `field`.
    fn read<T>(&mut self, field: FormField, result: Result<Option<T>, InputError>) -> Option<T> {
        result.unwrap_or_else(|error| {
            self.note(field, &error);
            None
        })
    }
}

#[cfg(test)]
mod tests;

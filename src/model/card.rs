//! Card profiles: one per SIM, eSIM or pocket WiFi router the household owns.

use jiff::Zoned;
use serde::{Deserialize, Serialize};

use super::history::{Outcome, RenewalEvent};
use super::identifiers::{self, IdWarning, PaymentCardFound};
pub use super::kinds::{CardId, CardKind, Channel, IdField, PlanKind};
use super::money::Money;
use super::person::PersonId;
use crate::i18n::Msg;

/// The plan a card is on now.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// The provider's name for the plan ("Japan 10 GB / 30 days").
    pub name: String,
    /// Per day, per month, data pack or rental.
    pub kind: PlanKind,
    /// What one renewal of the plan costs, when known.
    pub price: Option<Money>,
}

/// The identifiers of a card. Only those of the card's kind are kept.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Identifiers {
    /// SIM: the phone number.
    pub phone_number: String,
    /// SIM and eSIM: the ICCID.
    pub iccid: String,
    /// eSIM: the phone's EID.
    pub eid: String,
    /// eSIM: the phone's IMEI.
    pub imei: String,
    /// Pocket WiFi: the rental or order number.
    pub rental_number: String,
    /// Pocket WiFi: the serial number on the router.
    pub device_serial: String,
}

impl Identifiers {
    /// The value of one field.
    pub fn value(&self, field: IdField) -> &str {
        match field {
            IdField::PhoneNumber => &self.phone_number,
            IdField::Iccid => &self.iccid,
            IdField::Eid => &self.eid,
            IdField::Imei => &self.imei,
            IdField::RentalNumber => &self.rental_number,
            IdField::DeviceSerial => &self.device_serial,
        }
    }

    /// The value of one field, to change it.
    pub fn value_mut(&mut self, field: IdField) -> &mut String {
        match field {
            IdField::PhoneNumber => &mut self.phone_number,
            IdField::Iccid => &mut self.iccid,
            IdField::Eid => &mut self.eid,
            IdField::Imei => &mut self.imei,
            IdField::RentalNumber => &mut self.rental_number,
            IdField::DeviceSerial => &mut self.device_serial,
        }
    }

    /// Only the identifiers a card of `kind` has; the others are cleared.
    #[must_use]
    pub fn for_kind(&self, kind: CardKind) -> Self {
        let mut kept = Self::default();
        for &field in kind.id_fields() {
            self.value(field).trim().clone_into(kept.value_mut(field));
        }
        kept
    }
}

/// How a renewal is paid: a label and at most the last four digits, never a card number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PaymentMethod {
    /// What the person calls it ("Visa of Dad", "PayPal", "cash").
    pub label: String,
    /// The last four digits of the card, or empty.
    pub last_four: String,
}

/// How many hours ahead rental companies usually want an extension request.
pub const DEFAULT_NOTICE_HOURS: u32 = 48;

/// Whether `text` is empty or exactly four digits: all a payment card may leave behind.
pub fn is_last_four(text: &str) -> bool {
    let text = text.trim();
    text.is_empty() || (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
}

/// A rented router's return: when and where, and what lateness costs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rental {
    /// The moment the router must be back, in the rental company's time zone.
    pub return_by: Option<Zoned>,
    /// Where it goes back (an airport counter, a post box, the hotel front desk).
    pub return_place: String,
    /// How many hours before the return the company wants an extension request.
    pub notice_hours: u32,
    /// What each day of late return costs.
    pub late_fee_per_day: Option<Money>,
}

impl Default for Rental {
    fn default() -> Self {
        Self {
            return_by: None,
            return_place: String::new(),
            notice_hours: DEFAULT_NOTICE_HOURS,
            late_fee_per_day: None,
        }
    }
}

impl Rental {
    /// The last moment to ask the company for an extension: the return minus the notice.
    pub fn extension_deadline(&self) -> Option<Zoned> {
        let return_by = self.return_by.as_ref()?;
        return_by
            .checked_sub(jiff::SignedDuration::from_hours(i64::from(
                self.notice_hours,
            )))
            .ok()
    }
}

/// A travel data card the household owns: its identity, plan, validity and data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Card {
    /// Stable id.
    pub id: CardId,
    /// What the household calls it ("Mum's eSIM").
    pub label: String,
    /// The person of the household who uses it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<PersonId>,
    /// The person who helps with renewals (named in the guide).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub helper_id: Option<PersonId>,
    /// The user's name as typed on the card's form, or as a file of schema
    /// version 2 wrote it: the archive makes a person of it
    /// ([`super::Archive::adopt_people`]) and clears it. Never written.
    #[serde(rename = "owner", skip_serializing)]
    pub owner_name: String,
    /// SIM, eSIM or pocket WiFi.
    pub kind: CardKind,
    /// The provider's name.
    pub provider: String,
    /// The provider's website, where renewals are done.
    pub provider_website: String,
    /// The provider's support: phone, e-mail, chat.
    pub support_contact: String,
    /// The identifiers of the card's kind.
    pub ids: Identifiers,
    /// The plan it is on now.
    pub plan: Plan,
    /// When the current validity ends, in the provider's time zone.
    pub validity_end: Option<Zoned>,
    /// The data the plan gives, in megabytes.
    pub data_allowance_mb: Option<u64>,
    /// The data left, in megabytes, as last read.
    pub remaining_data_mb: Option<u64>,
    /// The daily cap after which speed is throttled, in megabytes.
    pub daily_cap_mb: Option<u64>,
    /// Whether the plan renews itself.
    pub auto_renew: bool,
    /// How it is usually renewed.
    pub channel: Channel,
    /// How renewals are paid.
    pub payment: PaymentMethod,
    /// Pocket WiFi: the return.
    pub rental: Rental,
    /// Anything else worth knowing.
    pub notes: String,
    /// The helper's name, as typed or as an older file wrote it (see `owner_name`).
    #[serde(skip_serializing)]
    pub helper_name: String,
    /// The helper's phone or messenger contact, likewise: it becomes the person's contact.
    #[serde(skip_serializing)]
    pub helper_phone: String,
    /// Kept for the record but no longer in use.
    pub archived: bool,
    /// Every renewal and failed attempt, oldest first.
    pub history: Vec<RenewalEvent>,
    /// Remaining-data readings, oldest first: the usage rate is fitted from them.
    pub readings: Vec<DataReading>,
    /// When the provider counts validity as N × 24 hours from activation.
    pub activation: Option<Activation>,
    /// An eSIM's activation code (its QR code) and whether it was installed.
    #[serde(skip_serializing_if = "super::esim_code::EsimCode::is_empty")]
    pub esim_code: super::esim_code::EsimCode,
    /// When this record was last changed, so a merge can tell the newer edit
    /// (none in files written before schema version 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<jiff::Timestamp>,
}

/// One reading of the data left, as the provider's app or the router showed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataReading {
    /// When it was read.
    pub at: jiff::Timestamp,
    /// The data left then, in megabytes.
    pub remaining_mb: u64,
}

/// A validity counted as a number of 24-hour days from the moment of activation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activation {
    /// When the card (or plan) was activated.
    pub at: Zoned,
    /// How many 24-hour days it is valid for.
    pub days: u32,
}

impl Activation {
    /// The end of the validity: activation plus `days` × 24 hours, in the activation's zone.
    pub fn validity_end(&self) -> Option<Zoned> {
        self.at
            .checked_add(jiff::SignedDuration::from_hours(i64::from(self.days) * 24))
            .ok()
    }
}

impl Default for Card {
    fn default() -> Self {
        Self {
            id: CardId::new_random(),
            label: String::new(),
            owner_id: None,
            helper_id: None,
            owner_name: String::new(),
            kind: CardKind::default(),
            provider: String::new(),
            provider_website: String::new(),
            support_contact: String::new(),
            ids: Identifiers::default(),
            plan: Plan::default(),
            validity_end: None,
            data_allowance_mb: None,
            remaining_data_mb: None,
            daily_cap_mb: None,
            auto_renew: false,
            channel: Channel::default(),
            payment: PaymentMethod::default(),
            rental: Rental::default(),
            notes: String::new(),
            helper_name: String::new(),
            helper_phone: String::new(),
            archived: false,
            history: Vec::new(),
            readings: Vec::new(),
            activation: None,
            esim_code: super::esim_code::EsimCode::default(),
            updated_at: None,
        }
    }
}

/// A field of a card that a person types into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CardField {
    /// The card's label.
    Label,
    /// The owner.
    Owner,
    /// The provider's name.
    Provider,
    /// The provider's website.
    Website,
    /// The support contact.
    Support,
    /// One identifier.
    Id(IdField),
    /// The plan's name.
    PlanName,
    /// The payment method's label.
    PaymentLabel,
    /// The last four digits of the payment card.
    LastFour,
    /// The return place of a router.
    ReturnPlace,
    /// The notes.
    Notes,
    /// The helper's name.
    HelperName,
    /// The helper's phone.
    HelperPhone,
}

impl CardField {
    /// The message id of the field's label.
    pub fn label_id(self) -> &'static str {
        match self {
            CardField::Label => msg_id!("field-label"),
            CardField::Owner => msg_id!("field-owner"),
            CardField::Provider => msg_id!("field-provider"),
            CardField::Website => msg_id!("field-website"),
            CardField::Support => msg_id!("field-support"),
            CardField::Id(id) => id.label_id(),
            CardField::PlanName => msg_id!("field-plan-name"),
            CardField::PaymentLabel => msg_id!("field-payment-label"),
            CardField::LastFour => msg_id!("field-last-four"),
            CardField::ReturnPlace => msg_id!("field-return-place"),
            CardField::Notes => msg_id!("field-notes"),
            CardField::HelperName => msg_id!("field-helper-name"),
            CardField::HelperPhone => msg_id!("field-helper-phone"),
        }
    }
}

/// Why a card cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum CardError {
    /// Every card needs a label to be found by.
    MissingLabel,
    /// Another card of the archive already has this label (ignoring case).
    LabelTaken(String),
    /// The last four digits are not four digits.
    BadLastFour,
    /// A payment card number was typed into a free-text field.
    PaymentCard {
        /// The field it was found in.
        field: CardField,
        /// Whether the card has an IMEI field (an IMEI passes the same check).
        imei_field: bool,
        /// What was found.
        found: PaymentCardFound,
    },
}

impl CardError {
    /// What to tell the person.
    pub fn message(&self) -> Msg {
        match self {
            CardError::MissingLabel => Msg::new("card-error-missing-label"),
            CardError::LabelTaken(label) => {
                Msg::new("card-error-label-taken").arg("label", label.as_str())
            }
            CardError::BadLastFour => Msg::new("card-error-last-four"),
            CardError::PaymentCard {
                field,
                imei_field,
                found,
            } => {
                let msg = found.message(Msg::new(field.label_id()));
                if *imei_field {
                    Msg {
                        id: msg_id!("payment-card-refused-imei"),
                        ..msg
                    }
                } else {
                    msg
                }
            }
        }
    }

    /// The field the error is about.
    pub fn field(&self) -> CardField {
        match self {
            CardError::MissingLabel | CardError::LabelTaken(_) => CardField::Label,
            CardError::BadLastFour => CardField::LastFour,
            CardError::PaymentCard { field, .. } => *field,
        }
    }
}

impl Card {
    /// A new card of `kind` with a fresh id.
    pub fn new(kind: CardKind, label: impl Into<String>) -> Self {
        Self {
            kind,
            label: label.into(),
            ..Self::default()
        }
    }

    /// The free-text fields of the card with their values.
    pub fn free_text(&self) -> Vec<(CardField, &str)> {
        let mut fields = vec![
            (CardField::Label, self.label.as_str()),
            (CardField::Owner, self.owner_name.as_str()),
            (CardField::Provider, self.provider.as_str()),
            (CardField::Website, self.provider_website.as_str()),
            (CardField::Support, self.support_contact.as_str()),
            (CardField::PlanName, self.plan.name.as_str()),
            (CardField::PaymentLabel, self.payment.label.as_str()),
            (CardField::ReturnPlace, self.rental.return_place.as_str()),
            (CardField::Notes, self.notes.as_str()),
            (CardField::HelperName, self.helper_name.as_str()),
            (CardField::HelperPhone, self.helper_phone.as_str()),
        ];
        for &field in self.kind.id_fields() {
            if field.is_free_text() {
                fields.push((CardField::Id(field), self.ids.value(field)));
            }
        }
        fields
    }

    /// Every reason the card cannot be saved; empty when it can.
    pub fn errors(&self) -> Vec<CardError> {
        let mut errors = Vec::new();
        if self.label.trim().is_empty() {
            errors.push(CardError::MissingLabel);
        }
        if !is_last_four(&self.payment.last_four) {
            errors.push(CardError::BadLastFour);
        }
        for (field, text) in self.free_text() {
            if let Some(found) = identifiers::find_payment_card(text) {
                let imei_field = self.kind.id_fields().contains(&IdField::Imei);
                errors.push(CardError::PaymentCard {
                    field,
                    imei_field,
                    found,
                });
            }
        }
        errors
    }

    /// The identifier warnings of the card's kind, per field.
    pub fn id_warnings(&self) -> Vec<(IdField, Vec<IdWarning>)> {
        self.kind
            .id_fields()
            .iter()
            .map(|&field| (field, field.check(self.ids.value(field))))
            .filter(|(_, warnings)| !warnings.is_empty())
            .collect()
    }

    /// The card as it is stored: text trimmed, identifiers of other kinds and
    /// the rental of a card that is not a router cleared.
    #[must_use]
    pub fn normalized(mut self) -> Self {
        for text in [
            &mut self.label,
            &mut self.owner_name,
            &mut self.provider,
            &mut self.provider_website,
            &mut self.support_contact,
            &mut self.plan.name,
            &mut self.payment.label,
            &mut self.payment.last_four,
            &mut self.rental.return_place,
            &mut self.helper_name,
            &mut self.helper_phone,
        ] {
            *text = text.trim().to_owned();
        }
        self.notes = self.notes.trim_end().to_owned();
        self.ids = self.ids.for_kind(self.kind);
        if !self.kind.is_rented_device() {
            self.rental = Rental::default();
        }
        self
    }

    /// Records a reading of the data left; the card's remaining data follows the newest reading.
    pub fn add_reading(&mut self, reading: DataReading) {
        let at = self.readings.partition_point(|r| r.at <= reading.at);
        self.readings.insert(at, reading);
        if let Some(newest) = self.readings.last() {
            self.remaining_data_mb = Some(newest.remaining_mb);
        }
    }

    /// A failed attempt that stopped after paying (an order number was
    /// noted) with no renewal recorded since: its payment may yet go
    /// through, so paying again must wait until the provider says.
    pub fn unsettled_payment(&self) -> Option<&RenewalEvent> {
        let last = self.history.iter().max_by_key(|e| e.at)?;
        (last.outcome == Outcome::Failed && !last.order_number.trim().is_empty()).then_some(last)
    }

    /// The number people know the card by: phone number, ICCID or rental number.
    pub fn main_identifier(&self) -> Option<(IdField, &str)> {
        self.kind
            .id_fields()
            .iter()
            .map(|&field| (field, self.ids.value(field)))
            .find(|(_, value)| !value.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_number_in_notes_is_refused() {
        let mut card = Card::new(CardKind::Esim, "Mum's eSIM");
        card.notes = "paid with 4111-1111-1111-1111".into();
        let errors = card.errors();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field(), CardField::Notes);
        let text = crate::i18n::english().msg(&errors[0].message());
        assert!(text.contains("1111"), "{text}");
        assert!(text.contains("Notes"), "{text}");
    }

    #[test]
    fn a_card_number_in_a_rental_number_is_refused_but_an_imei_field_is_not_free_text() {
        let mut card = Card::new(CardKind::PocketWifi, "Router");
        card.ids.rental_number = "5555555555554444".into();
        assert!(matches!(
            card.errors().as_slice(),
            [CardError::PaymentCard {
                field: CardField::Id(IdField::RentalNumber),
                ..
            }]
        ));
        let mut esim = Card::new(CardKind::Esim, "eSIM");
        esim.ids.imei = "490154203237518".into();
        assert!(esim.errors().is_empty());
    }

    #[test]
    fn label_and_last_four_are_required_to_be_sound() {
        let mut card = Card::new(CardKind::Sim, "  ");
        card.payment.last_four = "12a4".into();
        assert_eq!(
            card.errors(),
            vec![CardError::MissingLabel, CardError::BadLastFour]
        );
        card.label = "Dad's SIM".into();
        card.payment.last_four = "1234".into();
        assert!(card.errors().is_empty());
    }

    #[test]
    fn normalizing_keeps_only_the_kinds_identifiers() {
        let mut card = Card::new(CardKind::Sim, " Dad's SIM ");
        card.ids.phone_number = "090-1234-5678".into();
        card.ids.eid = "8904".into();
        card.rental.return_place = "Narita".into();
        let card = card.normalized();
        assert_eq!(card.label, "Dad's SIM");
        assert_eq!(card.ids.phone_number, "090-1234-5678");
        assert_eq!(card.ids.eid, "");
        assert_eq!(card.rental, Rental::default());
    }

    #[test]
    fn channel_codes_round_trip() {
        for channel in Channel::ALL {
            assert_eq!(Channel::from_code(channel.code()), Some(channel));
        }
        assert_eq!(Channel::from_code("shop"), None);
    }
}

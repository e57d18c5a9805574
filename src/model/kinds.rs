//! The model's small shared types: ids, kinds, channels and the fields a card
//! can carry. This module imports nothing else of the model, so every other
//! module may use it without a cycle.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A stable id type: a random UUID, written as its text.
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new random id.
            pub fn new_random() -> Self {
                Self(Uuid::new_v4())
            }
        }
    };
}

id_type!(
    /// The stable id of a card, kept across edits, renames and exports.
    CardId
);
id_type!(
    /// The stable id of a receipt.
    ReceiptId
);

/// What kind of travel data card this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    /// A physical prepaid SIM card.
    #[default]
    Sim,
    /// An eSIM profile on a phone.
    Esim,
    /// A rented pocket WiFi router.
    PocketWifi,
}

impl CardKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [CardKind; 3] = [CardKind::Sim, CardKind::Esim, CardKind::PocketWifi];

    /// The message id of the kind's name.
    pub fn label_id(self) -> &'static str {
        match self {
            CardKind::Sim => "kind-sim",
            CardKind::Esim => "kind-esim",
            CardKind::PocketWifi => "kind-pocket-wifi",
        }
    }

    /// The identifiers a card of this kind has, in the order forms show them.
    pub fn id_fields(self) -> &'static [IdField] {
        match self {
            CardKind::Sim => &[IdField::PhoneNumber, IdField::Iccid],
            CardKind::Esim => &[IdField::Iccid, IdField::Eid, IdField::Imei],
            CardKind::PocketWifi => &[IdField::RentalNumber, IdField::DeviceSerial],
        }
    }
}

/// How a card is renewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// On the provider's official website or app.
    #[default]
    Online,
    /// In a carrier shop.
    Store,
    /// On a third-party platform or with a top-up voucher.
    ThirdParty,
    /// A monthly plan renewed by auto-debit.
    Automatic,
}

impl Channel {
    /// Every channel, in the order menus list them.
    pub const ALL: [Channel; 4] = [
        Channel::Online,
        Channel::Store,
        Channel::ThirdParty,
        Channel::Automatic,
    ];

    /// The message id of the channel's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Channel::Online => "channel-online",
            Channel::Store => "channel-store",
            Channel::ThirdParty => "channel-third-party",
            Channel::Automatic => "channel-automatic",
        }
    }

    /// The message id of the channel's short name, for tables.
    pub fn short_label_id(self) -> &'static str {
        match self {
            Channel::Online => "channel-short-online",
            Channel::Store => "channel-short-store",
            Channel::ThirdParty => "channel-short-third-party",
            Channel::Automatic => "channel-short-automatic",
        }
    }

    /// The word used in files (CSV, command line): online, store, third-party, automatic.
    pub fn code(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Store => "store",
            Channel::ThirdParty => "third-party",
            Channel::Automatic => "automatic",
        }
    }

    /// The channel for a word used in files.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// What kind of plan a card is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    /// Paid per day.
    PerDay,
    /// Paid per month.
    #[default]
    PerMonth,
    /// An extra data pack (top-up).
    DataPack,
    /// A rental period (pocket WiFi).
    Rental,
}

impl PlanKind {
    /// Every plan kind, in the order menus list them.
    pub const ALL: [PlanKind; 4] = [
        PlanKind::PerDay,
        PlanKind::PerMonth,
        PlanKind::DataPack,
        PlanKind::Rental,
    ];

    /// The message id of the plan kind's name.
    pub fn label_id(self) -> &'static str {
        match self {
            PlanKind::PerDay => "plan-per-day",
            PlanKind::PerMonth => "plan-per-month",
            PlanKind::DataPack => "plan-data-pack",
            PlanKind::Rental => "plan-rental",
        }
    }
}

/// One identifier a card can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdField {
    /// The SIM's phone number.
    PhoneNumber,
    /// The ICCID printed on the SIM or shown for the eSIM profile.
    Iccid,
    /// The EID of the phone holding the eSIM.
    Eid,
    /// The IMEI of the phone.
    Imei,
    /// The rental or order number of a pocket WiFi.
    RentalNumber,
    /// The serial number on the router.
    DeviceSerial,
}

impl IdField {
    /// The message id of the field's label.
    pub fn label_id(self) -> &'static str {
        match self {
            IdField::PhoneNumber => "field-phone-number",
            IdField::Iccid => "field-iccid",
            IdField::Eid => "field-eid",
            IdField::Imei => "field-imei",
            IdField::RentalNumber => "field-rental-number",
            IdField::DeviceSerial => "field-device-serial",
        }
    }

    /// Whether the value is free text that must not hold a payment card number.
    ///
    /// The numbered identifiers are checked by their own rules instead: an
    /// IMEI passes the Luhn check like a card number does.
    pub fn is_free_text(self) -> bool {
        matches!(self, IdField::RentalNumber | IdField::DeviceSerial)
    }
}

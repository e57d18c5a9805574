//! The model's small shared types: ids, kinds, channels and the fields a card
//! can carry. This module imports nothing else of the model, so every other
//! module may use it without a cycle.

use jiff::Timestamp;
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
id_type!(
    /// The stable id of a person of the household.
    PersonId
);
id_type!(
    /// The stable id of a trip.
    TripId
);
id_type!(
    /// The stable id of an exchange rate typed in.
    RateId
);

impl PersonId {
    /// The id of a person first known by `name` (an older file's owner or
    /// helper, a name typed on a card): the same on every copy, so that two
    /// laptops that both meet "Mum" make one person of her when merged.
    pub fn from_name(name: &str) -> Self {
        const HOUSEHOLD: Uuid = Uuid::from_u128(0x6b6f_7368_696e_4000_8000_0070_6572_736f);
        let key = name.trim().to_lowercase();
        Self(Uuid::new_v5(&HOUSEHOLD, key.as_bytes()))
    }
}

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
        msg_ids!(match self {
            CardKind::Sim => "kind-sim",
            CardKind::Esim => "kind-esim",
            CardKind::PocketWifi => "kind-pocket-wifi",
        })
    }

    /// The identifiers a card of this kind has, in the order forms show them.
    pub fn id_fields(self) -> &'static [IdField] {
        match self {
            CardKind::Sim => &[IdField::PhoneNumber, IdField::Iccid],
            CardKind::Esim => &[IdField::Iccid, IdField::Eid, IdField::Imei],
            CardKind::PocketWifi => &[IdField::RentalNumber, IdField::DeviceSerial],
        }
    }

    /// Whether the card is a rented device that goes back to its rental
    /// company by a deadline: it has a return moment and place, is renewed
    /// by extending the rental, and costs a daily fee when late.
    pub fn is_rented_device(self) -> bool {
        match self {
            CardKind::Sim | CardKind::Esim => false,
            CardKind::PocketWifi => true,
        }
    }

    /// Whether the card is installed on a phone from an activation code
    /// (an eSIM): the code is kept until installed, a new profile needs a
    /// working connection, the old profile must not be deleted, and add-ons
    /// may not extend the validity.
    pub fn installs_from_code(self) -> bool {
        match self {
            CardKind::Esim => true,
            CardKind::Sim | CardKind::PocketWifi => false,
        }
    }

    /// Whether the card works inside the person's phone (so the home SIM's
    /// data roaming matters), rather than in a device of its own.
    pub fn sits_in_phone(self) -> bool {
        match self {
            CardKind::Sim | CardKind::Esim => true,
            CardKind::PocketWifi => false,
        }
    }

    /// The plan kinds a renewal of this kind can buy, in menu order.
    pub fn plan_kinds(self) -> &'static [PlanKind] {
        match self {
            CardKind::Sim | CardKind::Esim => {
                &[PlanKind::PerDay, PlanKind::PerMonth, PlanKind::DataPack]
            }
            CardKind::PocketWifi => &[PlanKind::Rental],
        }
    }

    /// The message id of what the wizard's device step asks first.
    pub fn device_step_id(self) -> &'static str {
        msg_ids!(match self {
            CardKind::Sim => "wizard-device-sim",
            CardKind::Esim => "wizard-device-esim",
            CardKind::PocketWifi => "wizard-device-wifi",
        })
    }

    /// The message id of the wizard's first step: where to see the card's validity and data.
    pub fn check_card_id(self) -> &'static str {
        msg_ids!(match self {
            CardKind::Sim => "wizard-check-card-sim",
            CardKind::Esim => "wizard-check-card-esim",
            CardKind::PocketWifi => "wizard-check-card-wifi",
        })
    }

    /// The message id of the card form's hint on where its numbers are written.
    pub fn numbers_hint_id(self) -> &'static str {
        msg_ids!(match self {
            CardKind::Sim => "card-numbers-hint-sim",
            CardKind::Esim => "card-numbers-hint-esim",
            CardKind::PocketWifi => "card-numbers-hint-wifi",
        })
    }

    /// The message id of what to do once the card has stopped working: its
    /// validity ended, or (`data_used_up`) its data ran out. A rented
    /// device's advice takes its return deadline, place and late fee.
    pub fn stopped_advice_id(self, data_used_up: bool) -> &'static str {
        if data_used_up {
            msg_ids!(match self {
                CardKind::Sim => "stopped-sim-data",
                CardKind::Esim => "stopped-esim-data",
                CardKind::PocketWifi => "stopped-wifi",
            })
        } else {
            msg_ids!(match self {
                CardKind::Sim => "stopped-sim-ended",
                CardKind::Esim => "stopped-esim-ended",
                CardKind::PocketWifi => "stopped-wifi",
            })
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
        msg_ids!(match self {
            Channel::Online => "channel-online",
            Channel::Store => "channel-store",
            Channel::ThirdParty => "channel-third-party",
            Channel::Automatic => "channel-automatic",
        })
    }

    /// The message id of the channel's short name, for tables.
    pub fn short_label_id(self) -> &'static str {
        msg_ids!(match self {
            Channel::Online => "channel-short-online",
            Channel::Store => "channel-short-store",
            Channel::ThirdParty => "channel-short-third-party",
            Channel::Automatic => "channel-short-automatic",
        })
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
        msg_ids!(match self {
            PlanKind::PerDay => "plan-per-day",
            PlanKind::PerMonth => "plan-per-month",
            PlanKind::DataPack => "plan-data-pack",
            PlanKind::Rental => "plan-rental",
        })
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
        msg_ids!(match self {
            IdField::PhoneNumber => "field-phone-number",
            IdField::Iccid => "field-iccid",
            IdField::Eid => "field-eid",
            IdField::Imei => "field-imei",
            IdField::RentalNumber => "field-rental-number",
            IdField::DeviceSerial => "field-device-serial",
        })
    }

    /// Whether the value is free text that must not hold a payment card number.
    ///
    /// The numbered identifiers are checked by their own rules instead: an
    /// IMEI passes the Luhn check like a card number does.
    pub fn is_free_text(self) -> bool {
        matches!(self, IdField::RentalNumber | IdField::DeviceSerial)
    }
}

/// What kind of record a tombstone or a report line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// A card profile.
    Card,
    /// A receipt.
    Receipt,
    /// A renewal in progress (by its card's id).
    Renewal,
    /// The settings.
    Settings,
    /// A person of the household.
    Person,
    /// A trip.
    Trip,
    /// An exchange rate.
    Rate,
}

impl RecordKind {
    /// The message id of the kind's name.
    pub fn message_id(self) -> &'static str {
        msg_ids!(match self {
            RecordKind::Card => "record-card",
            RecordKind::Receipt => "record-receipt",
            RecordKind::Renewal => "record-renewal",
            RecordKind::Settings => "record-settings",
            RecordKind::Person => "record-person",
            RecordKind::Trip => "record-trip",
            RecordKind::Rate => "record-rate",
        })
    }
}

/// A record that was deleted, kept so that the deletion reaches other copies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    /// What was deleted.
    pub kind: RecordKind,
    /// Its id (a renewal's is its card's).
    pub id: Uuid,
    /// When.
    pub deleted_at: Timestamp,
}

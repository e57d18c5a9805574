//! The precautions of a renewal and where each stands: the small types the
//! checklist, the renewal history and the wizard share. Imports nothing of
//! the model but its kinds, so that a card's history can name them without
//! a cycle through the checklist (which reads cards).

use serde::{Deserialize, Serialize};

use super::kinds::{CardKind, Channel};

/// One precaution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precaution {
    /// Renew early: a day before the data runs out, days before validity ends.
    RenewEarly,
    /// The identifiers entered pass their checks.
    IdentifiersValid,
    /// Check every detail before submitting.
    CheckDetails,
    /// Keep the proof: order number, receipt, confirmation e-mail.
    KeepProof,
    /// Understand the plan's terms: daily cap, roaming fees, when validity starts.
    UnderstandTerms,
    /// Know the refund policy.
    RefundPolicy,
    /// Check a third-party platform's reputation.
    ThirdPartyReputation,
    /// Bring enough cash in yen to a shop.
    BringCash,
    /// Turn off data roaming on the home SIM.
    RoamingOff,
    /// Never delete an eSIM you may want to top up.
    KeepEsimProfile,
    /// Ask for a rental extension before the company's notice deadline.
    ExtensionNotice,
}

impl Precaution {
    /// Every precaution, in the order the checklist shows them.
    pub const ALL: [Precaution; 11] = [
        Precaution::RenewEarly,
        Precaution::ExtensionNotice,
        Precaution::IdentifiersValid,
        Precaution::CheckDetails,
        Precaution::UnderstandTerms,
        Precaution::RefundPolicy,
        Precaution::ThirdPartyReputation,
        Precaution::BringCash,
        Precaution::KeepEsimProfile,
        Precaution::RoamingOff,
        Precaution::KeepProof,
    ];

    /// Whether the precaution belongs to a renewal of this kind through this channel.
    pub fn applies(self, kind: CardKind, channel: Channel) -> bool {
        let buying = channel != Channel::Automatic;
        match self {
            Precaution::RenewEarly | Precaution::IdentifiersValid | Precaution::KeepProof => true,
            Precaution::CheckDetails | Precaution::UnderstandTerms | Precaution::RefundPolicy => {
                buying
            }
            Precaution::ThirdPartyReputation => channel == Channel::ThirdParty,
            Precaution::BringCash => channel == Channel::Store,
            Precaution::RoamingOff => kind.sits_in_phone(),
            Precaution::KeepEsimProfile => kind.installs_from_code(),
            Precaution::ExtensionNotice => kind.is_rented_device() && buying,
        }
    }

    /// Whether the app judges this item from the data (the person cannot tick it).
    pub fn is_judged(self) -> bool {
        matches!(
            self,
            Precaution::RenewEarly
                | Precaution::IdentifiersValid
                | Precaution::KeepProof
                | Precaution::ExtensionNotice
        )
    }

    /// Whether the precaution is about deciding to buy, and so can no longer
    /// be acted on once the payment is made: it is not asked about then.
    pub fn settled_by_paying(self) -> bool {
        match self {
            Precaution::RenewEarly
            | Precaution::ExtensionNotice
            | Precaution::CheckDetails
            | Precaution::UnderstandTerms
            | Precaution::RefundPolicy
            | Precaution::ThirdPartyReputation
            | Precaution::BringCash => true,
            Precaution::IdentifiersValid
            | Precaution::KeepProof
            | Precaution::RoamingOff
            | Precaution::KeepEsimProfile => false,
        }
    }

    /// The message id of the item's text.
    pub fn label_id(self) -> &'static str {
        msg_ids!(match self {
            Precaution::RenewEarly => "precaution-renew-early",
            Precaution::IdentifiersValid => "precaution-identifiers-valid",
            Precaution::CheckDetails => "precaution-check-details",
            Precaution::KeepProof => "precaution-keep-proof",
            Precaution::UnderstandTerms => "precaution-understand-terms",
            Precaution::RefundPolicy => "precaution-refund-policy",
            Precaution::ThirdPartyReputation => "precaution-reputation",
            Precaution::BringCash => "precaution-bring-cash",
            Precaution::RoamingOff => "precaution-roaming-off",
            Precaution::KeepEsimProfile => "precaution-keep-esim",
            Precaution::ExtensionNotice => "precaution-extension-notice",
        })
    }
}

/// Where an item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    /// Judged by the app as fine.
    Done,
    /// Judged by the app as a problem.
    Warning,
    /// Ticked by the person.
    Ticked,
    /// Not ticked yet (or, for a judged item, not known yet).
    Open,
}

impl ItemState {
    /// Whether the item needs no more attention.
    pub fn is_settled(self) -> bool {
        matches!(self, ItemState::Done | ItemState::Ticked)
    }
}

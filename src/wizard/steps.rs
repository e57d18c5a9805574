//! The steps of a renewal, shaped by card kind and channel.

use serde::{Deserialize, Serialize};

use crate::model::{CardKind, Channel};

/// One step of the renewal wizard.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Check the current validity end and remaining data.
    #[default]
    CheckCard,
    /// Check the phone (SIM, eSIM) or the router (pocket WiFi).
    CheckDevice,
    /// Choose how to renew: online, shop, third-party or automatic.
    ChooseHow,
    /// Prepare a payment method that works (or check auto-renew).
    PreparePayment,
    /// Choose the plan or the rental extension, knowing its terms.
    ChoosePlan,
    /// Enter and check the identifiers.
    EnterDetails,
    /// Pay, and note the amount and the order number.
    Pay,
    /// Confirm the provider shows the new validity.
    Confirm,
    /// Keep the proof.
    KeepProof,
    /// Check everything and record the renewal.
    Summary,
}

/// The steps of a renewal of a card of `kind` through `channel`, in order.
/// The summary follows them and is not listed.
///
/// An automatic renewal buys nothing: it checks the card, confirms auto-renew
/// is on and the card on file valid, then confirms and keeps the proof.
pub fn steps_for(kind: CardKind, channel: Channel) -> Vec<Step> {
    let _ = kind;
    if channel == Channel::Automatic {
        vec![
            Step::CheckCard,
            Step::ChooseHow,
            Step::PreparePayment,
            Step::Confirm,
            Step::KeepProof,
        ]
    } else {
        vec![
            Step::CheckCard,
            Step::CheckDevice,
            Step::ChooseHow,
            Step::PreparePayment,
            Step::ChoosePlan,
            Step::EnterDetails,
            Step::Pay,
            Step::Confirm,
            Step::KeepProof,
        ]
    }
}

impl Step {
    /// The message id of the step's title, which may depend on the card kind.
    pub fn title_id(self, kind: CardKind) -> &'static str {
        let router = kind == CardKind::PocketWifi;
        match self {
            Step::CheckCard if router => "step-check-rental",
            Step::CheckCard => "step-check-card",
            Step::CheckDevice if router => "step-check-router",
            Step::CheckDevice => "step-check-phone",
            Step::ChooseHow => "step-choose-how",
            Step::PreparePayment => "step-prepare-payment",
            Step::ChoosePlan if router => "step-choose-extension",
            Step::ChoosePlan => "step-choose-plan",
            Step::EnterDetails => "step-enter-details",
            Step::Pay => "step-pay",
            Step::Confirm if router => "step-confirm-return",
            Step::Confirm => "step-confirm",
            Step::KeepProof => "step-keep-proof",
            Step::Summary => "step-summary",
        }
    }
}

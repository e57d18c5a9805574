//! A renewal in progress, as the archive keeps it so that it resumes after the
//! app is closed: the card, the channel, the step on screen, what is done and
//! ticked, and what the person typed. The wizard (`crate::wizard`) moves it
//! from step to step; this module only holds the data.

mod inputs;

use std::collections::BTreeSet;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

pub use inputs::{EsimMode, Inputs};

use super::checklist::Precaution;
use super::kinds::{CardId, CardKind, Channel};

/// A renewal in progress: kept in the archive so that it survives closing the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Renewal {
    /// The card being renewed.
    pub card: CardId,
    /// How it is being renewed.
    pub channel: Channel,
    /// When the renewal was started.
    pub started_at: Timestamp,
    /// The step on screen.
    pub current: Step,
    /// The steps completed with Next.
    pub done: BTreeSet<Step>,
    /// The precautions the person ticked.
    pub ticked: BTreeSet<Precaution>,
    /// Set while the recovery steps are shown, to the step that failed.
    pub recovery_from: Option<Step>,
    /// What the person entered, as typed.
    pub inputs: Inputs,
    /// When this record was last changed, so a merge can tell the newer edit
    /// (none in files written before schema version 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl Default for Renewal {
    fn default() -> Self {
        Self {
            card: CardId::new_random(),
            channel: Channel::default(),
            started_at: Timestamp::UNIX_EPOCH,
            current: Step::CheckCard,
            done: BTreeSet::new(),
            ticked: BTreeSet::new(),
            recovery_from: None,
            inputs: Inputs::default(),
            updated_at: None,
        }
    }
}

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

impl Step {
    /// The message id of the step's title, which may depend on the card kind.
    pub fn title_id(self, kind: CardKind) -> &'static str {
        let router = kind.is_rented_device();
        msg_ids!(match self {
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
        })
    }
}

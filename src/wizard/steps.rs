//! The steps of a renewal: the list depends on the channel only; what each
//! step asks depends on the card's kind (see `ui/renew/steps.rs`).

use crate::model::Channel;
use crate::model::renewal::Step;

/// The steps of a renewal through `channel`, in order (the same for every kind of card;
/// what a step asks depends on the kind).
/// The summary follows them and is not listed.
///
/// An automatic renewal buys nothing: it checks the card, confirms auto-renew
/// is on and the card on file valid, then confirms and keeps the proof.
pub fn steps_for(channel: Channel) -> Vec<Step> {
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

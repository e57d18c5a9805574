//! What to do when a renewal does not work, by where it stopped:
//!
//! - before paying (a page that does not load, numbers refused): change the
//!   network, check the numbers, ask another way;
//! - at paying (the card refused): make sure nothing was charged, pay
//!   another way, ask the bank;
//! - after paying (an order number or a charge, but no data): never pay
//!   again until support says the payment failed; wait, restart, check the
//!   phone's settings, look for the confirmation, then support with the
//!   order number.
//!
//! An automatic renewal that did not happen has advice of its own. The
//! wizard's "It didn't work" page and the family guide's failure steps both
//! read it from here, so they cannot disagree.

use super::kinds::{CardKind, Channel};
use super::renewal::Step;
use crate::i18n::Msg;

/// Where a renewal stopped working.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Nothing paid yet: the page, the form, the numbers.
    BeforePaying,
    /// At the payment: refused.
    AtPaying,
    /// A payment went through (an order number or a charge), but no data.
    AfterPaying,
    /// An automatic renewal that did not happen.
    AutoRenewal,
}

impl Stage {
    /// The stage of a failure at `step` through `channel`; `order_number` is
    /// what the person noted so far (an order number means it was paid).
    pub fn of(step: Step, channel: Channel, order_number: &str) -> Self {
        if channel == Channel::Automatic {
            return Stage::AutoRenewal;
        }
        let paid = !order_number.trim().is_empty();
        match step {
            _ if paid => Stage::AfterPaying,
            Step::Pay => Stage::AtPaying,
            Step::Confirm | Step::KeepProof | Step::Summary => Stage::AfterPaying,
            Step::CheckCard
            | Step::CheckDevice
            | Step::ChooseHow
            | Step::PreparePayment
            | Step::ChoosePlan
            | Step::EnterDetails => Stage::BeforePaying,
        }
    }

    /// The stages a renewal through `channel` can stop at, in order.
    pub fn all_for(channel: Channel) -> &'static [Stage] {
        if channel == Channel::Automatic {
            &[Stage::AutoRenewal]
        } else {
            &[Stage::BeforePaying, Stage::AtPaying, Stage::AfterPaying]
        }
    }

    /// Whether paying another way is offered: never once a payment went through.
    pub fn may_pay_another_way(self) -> bool {
        matches!(self, Stage::BeforePaying | Stage::AtPaying)
    }

    /// The message ids of the stage's title, what the person sees, and the
    /// opening line of its advice, for a card of `kind` renewed through
    /// `channel` (a rented router waits for a new return date, not for data;
    /// at a shop the staff enter the numbers, no web page does).
    pub fn words(self, kind: CardKind, channel: Channel) -> [&'static str; 3] {
        match self {
            Stage::BeforePaying if channel == Channel::Store => msg_ids![
                "recovery-before-title-shop",
                "recovery-before-see-shop",
                "recovery-before-intro",
            ],
            Stage::AfterPaying if kind.is_rented_device() => msg_ids![
                "recovery-after-title-wifi",
                "recovery-after-see-wifi",
                "recovery-after-intro",
            ],
            Stage::BeforePaying => msg_ids![
                "recovery-before-title",
                "recovery-before-see",
                "recovery-before-intro",
            ],
            Stage::AtPaying => msg_ids![
                "recovery-paying-title",
                "recovery-paying-see",
                "recovery-paying-intro",
            ],
            Stage::AfterPaying => msg_ids![
                "recovery-after-title",
                "recovery-after-see",
                "recovery-after-intro",
            ],
            Stage::AutoRenewal => msg_ids![
                "recovery-auto-title",
                "recovery-auto-see",
                "recovery-auto-intro",
            ],
        }
    }
}

/// One thing to try.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    /// What to do, in a few words.
    pub title: Msg,
    /// How.
    pub detail: Msg,
}

/// The card a failure is about: its kind and channel, its order number and
/// its rental's notice.
#[derive(Debug, Clone, Copy)]
pub struct Failed<'a> {
    /// The card's kind.
    pub kind: CardKind,
    /// How it is renewed.
    pub channel: Channel,
    /// The order number noted so far ("" when none).
    pub order_number: &'a str,
    /// How many hours before the return a rental extension must be asked for.
    pub notice_hours: u32,
}

fn advice(title: &'static str, detail: Msg) -> Advice {
    Advice {
        title: Msg::new(title),
        detail,
    }
}

/// What to try at `stage`, in order; contacting support comes last (the
/// wizard and the guide add the contacts to it).
pub fn advice_at(stage: Stage, failed: &Failed<'_>) -> Vec<Advice> {
    let kind = failed.kind;
    let mut list = Vec::new();
    match stage {
        Stage::BeforePaying => list.extend(before_paying(failed)),
        Stage::AtPaying => {
            list.push(advice(
                msg_id!("recovery-charged-title"),
                Msg::new("recovery-charged"),
            ));
            let another = if failed.channel == Channel::Store {
                msg_id!("recovery-pay-another-shop")
            } else {
                msg_id!("recovery-pay-another")
            };
            list.push(advice(
                msg_id!("recovery-pay-another-title"),
                Msg::new(another),
            ));
            list.push(advice(
                msg_id!("recovery-bank-title"),
                Msg::new("recovery-bank"),
            ));
        }
        Stage::AfterPaying => {
            let order = failed.order_number.trim();
            let paid = if order.is_empty() {
                Msg::new("recovery-no-second")
            } else {
                Msg::new("recovery-no-second-order").arg("order", order)
            };
            list.push(advice(msg_id!("recovery-no-second-title"), paid));
            list.extend(after_paying(kind));
        }
        Stage::AutoRenewal => {
            list.push(advice(
                msg_id!("recovery-auto-check-title"),
                Msg::new("recovery-auto-check"),
            ));
            list.extend(after_paying(kind));
        }
    }
    let router = kind.is_rented_device();
    let order = failed.order_number.trim();
    let support = match (order.is_empty(), router) {
        (true, false) => Msg::new("recovery-support"),
        (true, true) => Msg::new("recovery-support-wifi"),
        (false, false) => Msg::new("recovery-support-order").arg("order", order),
        (false, true) => Msg::new("recovery-support-order-wifi").arg("order", order),
    };
    list.push(advice(msg_id!("recovery-support-title"), support));
    list
}

/// Nothing paid yet: the network (not at a shop, where the staff's system
/// does it), the numbers, another way to ask for a rental's extension, the
/// platform or the staff.
fn before_paying(failed: &Failed<'_>) -> Vec<Advice> {
    let kind = failed.kind;
    let mut list = Vec::new();
    if failed.channel != Channel::Store {
        let network = kind_text(
            kind,
            msg_ids![
                "recovery-network-sim",
                "recovery-network-esim",
                "recovery-network-wifi"
            ],
        );
        list.push(advice(msg_id!("recovery-network-title"), network));
    }
    let numbers = kind_text(
        kind,
        msg_ids![
            "recovery-numbers-sim",
            "recovery-numbers-esim",
            "recovery-numbers-wifi"
        ],
    );
    list.push(advice(msg_id!("recovery-numbers-title"), numbers));
    if kind.is_rented_device() {
        let ask = Msg::new("recovery-ask-rental").arg("hours", failed.notice_hours);
        list.push(advice(msg_id!("recovery-ask-rental-title"), ask));
    }
    match failed.channel {
        Channel::Store => {
            let shop = if kind.is_rented_device() {
                msg_id!("recovery-shop-wifi")
            } else {
                msg_id!("recovery-shop-staff")
            };
            list.push(advice(msg_id!("recovery-shop-title"), Msg::new(shop)));
        }
        Channel::ThirdParty => list.push(advice(
            msg_id!("recovery-platform-title"),
            Msg::new("recovery-platform"),
        )),
        Channel::Online | Channel::Automatic => {}
    }
    list
}

/// Once paid: wait and restart, check the settings, look for the confirmation.
fn after_paying(kind: CardKind) -> [Advice; 3] {
    let wait = kind_text(
        kind,
        msg_ids![
            "recovery-wait-phone",
            "recovery-wait-phone",
            "recovery-wait-wifi"
        ],
    );
    let settings = kind_text(
        kind,
        msg_ids![
            "recovery-settings-sim",
            "recovery-settings-esim",
            "recovery-settings-wifi"
        ],
    );
    let settings_title = if kind.is_rented_device() {
        msg_id!("recovery-settings-wifi-title")
    } else {
        msg_id!("recovery-settings-title")
    };
    [
        advice(msg_id!("recovery-wait-title"), wait),
        advice(settings_title, settings),
        advice(msg_id!("recovery-proof-title"), Msg::new("recovery-proof")),
    ]
}

/// The text of `[SIM, eSIM, pocket WiFi]` for `kind`.
fn kind_text(kind: CardKind, [sim, esim, wifi]: [&'static str; 3]) -> Msg {
    Msg::new(match kind {
        CardKind::Sim => sim,
        CardKind::Esim => esim,
        CardKind::PocketWifi => wifi,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(stage: Stage, kind: CardKind, channel: Channel, order: &str) -> Vec<&'static str> {
        let failed = Failed {
            kind,
            channel,
            order_number: order,
            notice_hours: 48,
        };
        advice_at(stage, &failed)
            .iter()
            .flat_map(|a| [a.title.id, a.detail.id])
            .collect()
    }

    #[test]
    fn after_paying_the_advice_never_says_to_pay_another_way() {
        for kind in CardKind::ALL {
            for channel in Channel::ALL {
                for order in ["", "SM-558812"] {
                    let stage = Stage::of(Step::Confirm, channel, order);
                    assert!(!stage.may_pay_another_way(), "{kind:?} {channel:?}");
                    let said = ids(stage, kind, channel, order);
                    assert!(
                        !said.iter().any(|id| id.starts_with("recovery-pay-another")),
                        "{kind:?} {channel:?}: {said:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn an_order_number_at_the_pay_step_means_it_was_paid_and_the_advice_names_it() {
        assert_eq!(Stage::of(Step::Pay, Channel::Online, ""), Stage::AtPaying);
        let stage = Stage::of(Step::Pay, Channel::Online, "SM-558812");
        assert_eq!(stage, Stage::AfterPaying);
        let failed = Failed {
            kind: CardKind::Esim,
            channel: Channel::Online,
            order_number: "SM-558812",
            notice_hours: 0,
        };
        let list = advice_at(stage, &failed);
        assert_eq!(list[0].detail.id, "recovery-no-second-order");
        assert_eq!(list.last().unwrap().detail.id, "recovery-support-order");
    }

    #[test]
    fn each_stage_has_its_own_first_advice() {
        let first = |stage| ids(stage, CardKind::Sim, Channel::Online, "")[0];
        assert_eq!(first(Stage::BeforePaying), "recovery-network-title");
        assert_eq!(first(Stage::AtPaying), "recovery-charged-title");
        assert_eq!(first(Stage::AfterPaying), "recovery-no-second-title");
        assert_eq!(first(Stage::AutoRenewal), "recovery-auto-check-title");
        // A shop takes cash; an eSIM's roaming setting is its own.
        assert!(
            ids(Stage::AtPaying, CardKind::Sim, Channel::Store, "")
                .contains(&"recovery-pay-another-shop")
        );
        assert!(
            ids(Stage::AfterPaying, CardKind::Esim, Channel::Online, "x")
                .contains(&"recovery-settings-esim")
        );
        assert!(
            ids(
                Stage::BeforePaying,
                CardKind::PocketWifi,
                Channel::Online,
                ""
            )
            .contains(&"recovery-ask-rental")
        );
    }

    #[test]
    fn a_rented_router_waits_for_a_return_date_and_calls_the_rental_company() {
        let [title, see, _] = Stage::AfterPaying.words(CardKind::PocketWifi, Channel::Online);
        assert_eq!(
            (title, see),
            ("recovery-after-title-wifi", "recovery-after-see-wifi")
        );
        assert_eq!(
            Stage::AfterPaying.words(CardKind::Esim, Channel::Online)[0],
            "recovery-after-title"
        );
        for (order, id) in [
            ("", "recovery-support-wifi"),
            ("TW-1", "recovery-support-order-wifi"),
        ] {
            let said = ids(
                Stage::AfterPaying,
                CardKind::PocketWifi,
                Channel::Online,
                order,
            );
            assert_eq!(said.last(), Some(&id));
        }
        let said = ids(
            Stage::BeforePaying,
            CardKind::PocketWifi,
            Channel::Store,
            "",
        );
        assert!(said.contains(&"recovery-shop-wifi"), "{said:?}");
    }
}

//! The precaution checklist of a renewal: PRODUCT's precautions, filtered by
//! card kind and channel. Items the app can judge from the data are judged;
//! the person ticks the rest.

use std::collections::BTreeSet;

use jiff::Zoned;

use super::card::{Card, Channel, Identifiers};
use super::plan::{CardPlan, Urgency};
pub use super::precaution::{ItemState, Precaution};
use crate::i18n::{Arg, Msg};

/// One line of the checklist: the precaution, where it stands, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistItem {
    /// The precaution.
    pub item: Precaution,
    /// Where it stands.
    pub state: ItemState,
    /// Why a judged item is where it is ("Validity ends in 2 days").
    pub detail: Option<Msg>,
}

/// What the judged items are judged from.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// The card's plan as the renewal sees it (the validity end, data left and
    /// return checked in the renewal): the one deadline the Overview shows too.
    pub plan: &'a CardPlan<'a>,
    /// The identifiers as entered in the renewal.
    pub ids: &'a Identifiers,
    /// The order number, once paid.
    pub order_number: &'a str,
    /// Whether the person has paid (or, for an automatic renewal, seen it
    /// go through): an empty order number is only a warning then, and the
    /// precautions about deciding to buy are moot.
    pub paid: bool,
    /// The new validity end, once entered after paying.
    pub renewed_until: Option<&'a Zoned>,
    /// The present moment.
    pub now: &'a Zoned,
}

impl Facts<'_> {
    fn card(&self) -> &Card {
        self.plan.card
    }
}

/// What a precaution about deciding to buy says once the payment is made:
/// it can no longer be acted on, and it is not asked about.
fn settled_by_paying(facts: &Facts<'_>) -> (ItemState, Option<Msg>) {
    let detail = match facts.renewed_until {
        Some(end) => Msg::new("judge-renewed-until")
            .arg("deadline", Arg::deadline(end, facts.now.time_zone())),
        None => Msg::new("judge-paid"),
    };
    (ItemState::Done, Some(detail))
}

fn judge(item: Precaution, facts: &Facts<'_>) -> (ItemState, Option<Msg>) {
    if facts.paid && item.settled_by_paying() {
        return settled_by_paying(facts);
    }
    match item {
        Precaution::RenewEarly => judge_early(facts.plan, facts.now),
        Precaution::IdentifiersValid => {
            let kind = facts.card().kind;
            let main_missing = kind
                .id_fields()
                .first()
                .is_some_and(|&f| facts.ids.value(f).trim().is_empty());
            let bad = kind
                .id_fields()
                .iter()
                .find(|&&f| !f.check(facts.ids.value(f)).is_empty());
            match (main_missing, bad) {
                (true, _) => (
                    ItemState::Warning,
                    Some(
                        Msg::new("judge-id-missing")
                            .arg("field", Msg::new(kind.id_fields()[0].label_id())),
                    ),
                ),
                (false, Some(field)) => (
                    ItemState::Warning,
                    Some(Msg::new("judge-id-warning").arg("field", Msg::new(field.label_id()))),
                ),
                (false, None) => (ItemState::Done, None),
            }
        }
        Precaution::KeepProof => match (facts.order_number.trim().is_empty(), facts.paid) {
            (false, _) => (
                ItemState::Done,
                Some(Msg::new("judge-proof-kept").arg("order", facts.order_number.trim())),
            ),
            (true, true) => (ItemState::Warning, Some(Msg::new("judge-proof-missing"))),
            (true, false) => (ItemState::Open, Some(Msg::new("judge-proof-later"))),
        },
        Precaution::ExtensionNotice => match &facts.plan.extension_deadline {
            None => (ItemState::Warning, Some(Msg::new("judge-return-unknown"))),
            Some(deadline) => {
                let local = facts.now.time_zone();
                let at = Arg::deadline(deadline, local);
                if deadline.timestamp() >= facts.now.timestamp() {
                    (
                        ItemState::Done,
                        Some(Msg::new("judge-notice-ok").arg("deadline", at)),
                    )
                } else {
                    (
                        ItemState::Warning,
                        Some(Msg::new("judge-notice-passed").arg("deadline", at)),
                    )
                }
            }
        },
        _ => (ItemState::Open, None),
    }
}

/// Early enough while the plan's renew-by moment is ahead. The detail is the
/// Overview's own line and its reason, so both name the same deadline.
fn judge_early(plan: &CardPlan<'_>, now: &Zoned) -> (ItemState, Option<Msg>) {
    let state = match plan.urgency {
        Urgency::Unknown => {
            return (ItemState::Warning, Some(Msg::new("judge-validity-unknown")));
        }
        Urgency::Fine | Urgency::Soon => ItemState::Done,
        Urgency::RenewNow | Urgency::Stopped => ItemState::Warning,
    };
    let reason = match plan.urgency {
        Urgency::Stopped => None,
        _ => plan.reason_msg(now),
    };
    let detail = match reason {
        Some(reason) => Msg::new("judge-deadline")
            .arg("headline", plan.headline(now))
            .arg("reason", reason),
        None => plan.headline(now),
    };
    (state, Some(detail))
}

/// The checklist of a renewal of the card through `channel`, with the person's ticks.
pub fn checklist(
    channel: Channel,
    facts: &Facts<'_>,
    ticked: &BTreeSet<Precaution>,
) -> Vec<ChecklistItem> {
    Precaution::ALL
        .into_iter()
        .filter(|item| item.applies(facts.card().kind, channel))
        .map(|item| {
            let (state, detail) = if item.is_judged() {
                judge(item, facts)
            } else if ticked.contains(&item) {
                (ItemState::Ticked, None)
            } else {
                (ItemState::Open, None)
            };
            ChecklistItem {
                item,
                state,
                detail,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CardKind;
    use ItemState::{Done, Open, Ticked, Warning};

    fn now() -> Zoned {
        "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
    }

    /// The checklist of `card` through `channel`, judged on its plan at `now`.
    fn judged(
        card: &Card,
        now: &Zoned,
        channel: Channel,
        order: &str,
        paid: bool,
        ticked: &BTreeSet<Precaution>,
    ) -> Vec<ChecklistItem> {
        let plan =
            crate::model::plan::plan(card, now, &crate::model::settings::Settings::default());
        let facts = Facts {
            plan: &plan,
            ids: &card.ids,
            order_number: order,
            paid,
            renewed_until: None,
            now,
        };
        checklist(channel, &facts, ticked)
    }

    /// The online checklist of `card`, with no order number and nothing ticked.
    fn online(card: &Card, now: &Zoned) -> Vec<ChecklistItem> {
        judged(card, now, Channel::Online, "", false, &BTreeSet::new())
    }

    fn state(list: &[ChecklistItem], item: Precaution) -> Option<ItemState> {
        list.iter().find(|i| i.item == item).map(|i| i.state)
    }

    #[test]
    fn items_are_filtered_by_kind_and_channel() {
        let items = |kind, channel| -> Vec<Precaution> {
            Precaution::ALL
                .into_iter()
                .filter(|p| p.applies(kind, channel))
                .collect()
        };
        assert!(items(CardKind::Sim, Channel::Store).contains(&Precaution::BringCash));
        assert!(!items(CardKind::Sim, Channel::Online).contains(&Precaution::BringCash));
        assert!(
            items(CardKind::Esim, Channel::ThirdParty).contains(&Precaution::ThirdPartyReputation)
        );
        assert!(!items(CardKind::Esim, Channel::Store).contains(&Precaution::ThirdPartyReputation));
        assert!(items(CardKind::Esim, Channel::Online).contains(&Precaution::KeepEsimProfile));
        assert!(!items(CardKind::PocketWifi, Channel::Online).contains(&Precaution::RoamingOff));
        assert!(items(CardKind::PocketWifi, Channel::Store).contains(&Precaution::ExtensionNotice));
        // Automatic renewal buys nothing: no terms, no details to check.
        let auto = items(CardKind::Sim, Channel::Automatic);
        assert!(!auto.contains(&Precaution::UnderstandTerms));
        assert!(auto.contains(&Precaution::RenewEarly));
    }

    #[test]
    fn renewing_early_is_judged_from_the_validity_end() {
        let now = now();
        let mut card = Card::new(CardKind::Sim, "SIM");
        let at = |s: &str| Some(s.parse::<Zoned>().unwrap());
        card.validity_end = at("2026-11-30T23:59:00+09:00[Asia/Tokyo]");
        let list = online(&card, &now);
        assert_eq!(state(&list, Precaution::RenewEarly), Some(Done));
        card.validity_end = at("2026-11-24T23:59:00+09:00[Asia/Tokyo]");
        let list = online(&card, &now);
        assert_eq!(state(&list, Precaution::RenewEarly), Some(Warning));
        card.validity_end = at("2026-11-21T23:59:00+09:00[Asia/Tokyo]");
        let list = online(&card, &now);
        let expired = list
            .iter()
            .find(|i| i.item == Precaution::RenewEarly)
            .unwrap();
        assert_eq!(expired.state, Warning);
        assert_eq!(expired.detail.as_ref().unwrap().id, "plan-stopped-ended");
    }

    #[test]
    fn renewing_early_names_the_overviews_deadline_when_the_data_runs_out_first() {
        // The validity ends in 66 hours; the data, at its rate, in about 12.
        let now = now();
        let mut card = Card::new(CardKind::Esim, "eSIM");
        card.validity_end = Some("2026-11-25T04:00:00+09:00[Asia/Tokyo]".parse().unwrap());
        card.data_allowance_mb = Some(10_000);
        for (hours_ago, left) in [(48, 3_000), (24, 1_500), (0, 600)] {
            card.add_reading(crate::model::card::DataReading {
                at: now.timestamp() - jiff::SignedDuration::from_hours(hours_ago),
                remaining_mb: left,
            });
        }
        let settings = crate::model::settings::Settings::default();
        let plan = crate::model::plan::plan(&card, &now, &settings);
        assert_eq!(plan.reason, Some(crate::model::plan::Reason::DataRunsOut));
        let item = online(&card, &now)
            .into_iter()
            .find(|i| i.item == Precaution::RenewEarly)
            .unwrap();
        assert_eq!(item.state, Warning);
        let tr = crate::i18n::I18n::new(crate::i18n::Lang::En);
        let said = tr.msg(item.detail.as_ref().unwrap());
        let overview = tr.msg(&plan.headline(&now));
        assert!(said.starts_with(&overview), "{said} / {overview}");
        assert!(said.contains("Data runs out"), "{said}");
        assert!(!said.contains("66"), "{said}");
    }

    #[test]
    fn once_paid_the_precautions_about_buying_are_settled() {
        let now = now();
        let mut card = Card::new(CardKind::PocketWifi, "Router");
        card.validity_end = Some("2026-11-23T12:00:00+09:00[Asia/Tokyo]".parse().unwrap());
        card.rental.return_by = card.validity_end.clone();
        let before = online(&card, &now);
        assert_eq!(state(&before, Precaution::RenewEarly), Some(Warning));
        assert_eq!(state(&before, Precaution::ExtensionNotice), Some(Warning));
        let after = judged(&card, &now, Channel::Online, "W-1", true, &BTreeSet::new());
        for item in [Precaution::RenewEarly, Precaution::ExtensionNotice] {
            assert_eq!(state(&after, item), Some(Done), "{item:?}");
        }
    }

    #[test]
    fn identifiers_and_proof_are_judged_and_ticks_are_kept() {
        let now = now();
        let mut card = Card::new(CardKind::Esim, "eSIM");
        card.ids.iccid = "8981100022152271917".into();
        let ticked: BTreeSet<_> = [Precaution::RefundPolicy, Precaution::BringCash].into();
        let list = judged(&card, &now, Channel::Online, "", true, &ticked);
        assert_eq!(state(&list, Precaution::IdentifiersValid), Some(Warning));
        assert_eq!(state(&list, Precaution::KeepProof), Some(Warning));
        assert_eq!(state(&list, Precaution::RefundPolicy), Some(Ticked));
        assert_eq!(state(&list, Precaution::UnderstandTerms), Some(Open));
        assert_eq!(state(&list, Precaution::BringCash), None, "not a shop");

        card.ids.iccid = "8981100022152271918".into();
        let list = judged(&card, &now, Channel::Online, "A-1", true, &ticked);
        assert_eq!(state(&list, Precaution::IdentifiersValid), Some(Done));
        assert_eq!(state(&list, Precaution::KeepProof), Some(Done));
    }

    #[test]
    fn the_extension_notice_is_judged_from_the_return() {
        let now = now();
        let mut card = Card::new(CardKind::PocketWifi, "Router");
        card.rental.return_by = Some("2026-11-25T12:00:00+09:00[Asia/Tokyo]".parse().unwrap());
        let list = online(&card, &now);
        assert_eq!(state(&list, Precaution::ExtensionNotice), Some(Done));
        card.rental.return_by = Some("2026-11-23T12:00:00+09:00[Asia/Tokyo]".parse().unwrap());
        let list = online(&card, &now);
        assert_eq!(state(&list, Precaution::ExtensionNotice), Some(Warning));
    }
}

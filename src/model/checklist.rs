//! The precaution checklist of a renewal: PRODUCT's precautions, filtered by
//! card kind and channel. Items the app can judge from the data are judged;
//! the person ticks the rest.

use std::collections::BTreeSet;

use jiff::Zoned;

use super::card::{Card, Channel, Identifiers};
pub use super::precaution::{ItemState, Precaution};
use crate::i18n::Msg;

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
    /// The card being renewed.
    pub card: &'a Card,
    /// The identifiers as entered in the renewal.
    pub ids: &'a Identifiers,
    /// The validity end as checked in the renewal (falls back to the card's).
    pub validity_end: Option<&'a Zoned>,
    /// The order number, once paid.
    pub order_number: &'a str,
    /// Whether the person has reached the payment yet (an empty order number is
    /// only a warning after paying).
    pub paid: bool,
    /// The present moment.
    pub now: &'a Zoned,
    /// How many days before the validity end counts as early enough.
    pub lead_time_days: i64,
}

/// Hours from `now` until `end`, negative when past.
fn hours_until(now: &Zoned, end: &Zoned) -> i64 {
    (end.timestamp().as_second() - now.timestamp().as_second()).div_euclid(3600)
}

fn judge(item: Precaution, facts: &Facts<'_>) -> (ItemState, Option<Msg>) {
    match item {
        Precaution::RenewEarly => judge_early(facts),
        Precaution::IdentifiersValid => {
            let kind = facts.card.kind;
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
        Precaution::ExtensionNotice => match facts.card.rental.extension_deadline() {
            None => (ItemState::Warning, Some(Msg::new("judge-return-unknown"))),
            Some(deadline) => {
                let hours = hours_until(facts.now, &deadline);
                if hours >= 0 {
                    (
                        ItemState::Done,
                        Some(Msg::new("judge-notice-ok").arg("deadline", deadline.clone())),
                    )
                } else {
                    (
                        ItemState::Warning,
                        Some(Msg::new("judge-notice-passed").arg("deadline", deadline.clone())),
                    )
                }
            }
        },
        _ => (ItemState::Open, None),
    }
}

fn judge_early(facts: &Facts<'_>) -> (ItemState, Option<Msg>) {
    let card = facts.card;
    if card.remaining_data_mb == Some(0) {
        return (ItemState::Warning, Some(Msg::new("judge-data-gone")));
    }
    let Some(end) = facts.validity_end.or(card.validity_end.as_ref()) else {
        return (ItemState::Warning, Some(Msg::new("judge-validity-unknown")));
    };
    let hours = hours_until(facts.now, end);
    if hours < 0 {
        (ItemState::Warning, Some(Msg::new("judge-expired")))
    } else if hours < facts.lead_time_days * 24 {
        (
            ItemState::Warning,
            Some(
                Msg::new("judge-late")
                    .arg("hours", hours)
                    .arg("days", facts.lead_time_days),
            ),
        )
    } else {
        (
            ItemState::Done,
            Some(Msg::new("judge-early").arg("days", hours / 24)),
        )
    }
}

/// The checklist of a renewal of `facts.card` through `channel`, with the person's ticks.
pub fn checklist(
    channel: Channel,
    facts: &Facts<'_>,
    ticked: &BTreeSet<Precaution>,
) -> Vec<ChecklistItem> {
    Precaution::ALL
        .into_iter()
        .filter(|item| item.applies(facts.card.kind, channel))
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

    fn facts<'a>(card: &'a Card, now: &'a Zoned, order: &'a str, paid: bool) -> Facts<'a> {
        Facts {
            card,
            ids: &card.ids,
            validity_end: None,
            order_number: order,
            paid,
            now,
            lead_time_days: crate::model::settings::DEFAULT_LEAD_TIME_DAYS,
        }
    }

    /// The online checklist of `card`, with no order number and nothing ticked.
    fn online(card: &Card, now: &Zoned) -> Vec<ChecklistItem> {
        checklist(
            Channel::Online,
            &facts(card, now, "", false),
            &BTreeSet::new(),
        )
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
        assert_eq!(expired.detail.as_ref().unwrap().id, "judge-expired");
    }

    #[test]
    fn identifiers_and_proof_are_judged_and_ticks_are_kept() {
        let now = now();
        let mut card = Card::new(CardKind::Esim, "eSIM");
        card.ids.iccid = "8981100022152271917".into();
        let ticked: BTreeSet<_> = [Precaution::RefundPolicy, Precaution::BringCash].into();
        let list = checklist(Channel::Online, &facts(&card, &now, "", true), &ticked);
        assert_eq!(state(&list, Precaution::IdentifiersValid), Some(Warning));
        assert_eq!(state(&list, Precaution::KeepProof), Some(Warning));
        assert_eq!(state(&list, Precaution::RefundPolicy), Some(Ticked));
        assert_eq!(state(&list, Precaution::UnderstandTerms), Some(Open));
        assert_eq!(state(&list, Precaution::BringCash), None, "not a shop");

        card.ids.iccid = "8981100022152271918".into();
        let list = checklist(Channel::Online, &facts(&card, &now, "A-1", true), &ticked);
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

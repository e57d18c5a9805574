//! Renewals: start one, keep what the person typed, cancel, and record the
//! renewal or a failed attempt.

use jiff::Zoned;

use super::Outcome;
use crate::i18n::Msg;
use crate::model::renewal::Renewal;
use crate::model::{Archive, CardId};

/// Starts renewing a card through its usual channel, unless a renewal of it is
/// already in progress (that one goes on).
pub fn start_renewal(archive: &mut Archive, id: CardId, now: &Zoned) -> Outcome {
    let Some(card) = archive.card(id) else {
        return Outcome::failed(Msg::new("card-gone"));
    };
    if archive.renewal(id).is_some() {
        return Outcome::nothing();
    }
    let renewal = Renewal::start(card, card.channel, now);
    archive.upsert_renewal(renewal);
    Outcome::changed()
}

/// Keeps the edited copy of a renewal in progress.
pub fn update_renewal(archive: &mut Archive, renewal: Renewal) -> Outcome {
    if archive.card(renewal.card).is_none() || archive.renewal(renewal.card) == Some(&renewal) {
        return Outcome::nothing();
    }
    archive.upsert_renewal(renewal);
    Outcome::changed()
}

/// Drops a renewal in progress; the card is not changed.
pub fn cancel_renewal(archive: &mut Archive, id: CardId) -> Outcome {
    if archive.remove_renewal(id).is_none() {
        return Outcome::nothing();
    }
    let label = archive
        .card(id)
        .map(|c| c.label.clone())
        .unwrap_or_default();
    Outcome::success(true, Msg::new("renewal-cancelled").arg("label", label))
}

/// Records the renewal in progress: the card's new validity and data, the
/// receipt, and a history entry; the renewal ends.
pub fn record_renewal(archive: &mut Archive, id: CardId, now: &Zoned) -> Outcome {
    let (Some(card), Some(renewal)) = (archive.card(id), archive.renewal(id)) else {
        return Outcome::failed(Msg::new("card-gone"));
    };
    match renewal.record(card, now, &archive.settings) {
        Ok(recorded) => {
            let mut msg = Msg::new("renewal-recorded").arg("label", recorded.card.label.as_str());
            msg = match &recorded.card.validity_end {
                Some(end) => msg.arg("until", end.clone()),
                None => msg.arg("until", ""),
            };
            archive.upsert_card(recorded.card);
            if let Some(receipt) = recorded.receipt {
                archive.receipts.push(receipt);
            }
            archive.remove_renewal(id);
            Outcome::success(true, msg)
        }
        Err(problems) => match problems.into_iter().next() {
            Some(problem) => Outcome::failed(problem),
            None => Outcome::nothing(),
        },
    }
}

/// Records a failed attempt in the card's history, with the person's note;
/// the card is otherwise unchanged. With `try_again` the renewal stays open,
/// back at the payment step with everything typed kept; without, it ends.
pub fn record_failed_attempt(
    archive: &mut Archive,
    id: CardId,
    now: &Zoned,
    try_again: bool,
) -> Outcome {
    let (Some(card), Some(renewal)) = (archive.card(id), archive.renewal(id)) else {
        return Outcome::failed(Msg::new("card-gone"));
    };
    let recorded = renewal.record_failure(card, now, &archive.settings);
    let order = renewal.inputs.order_number.trim().to_owned();
    let label = recorded.card.label.clone();
    let mut open = renewal.clone();
    archive.upsert_card(recorded.card);
    let msg = if try_again {
        open.try_another_way();
        archive.upsert_renewal(open);
        Msg::new("renewal-failure-try-again").arg("label", label)
    } else {
        archive.remove_renewal(id);
        if order.is_empty() {
            Msg::new("renewal-failure-recorded").arg("label", label)
        } else {
            Msg::new("renewal-failure-recorded-order")
                .arg("label", label)
                .arg("order", order)
        }
    };
    Outcome::success(true, msg)
}

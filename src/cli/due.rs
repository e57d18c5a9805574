//! `koshin due`: the cards to renew soon, as text lines or JSON.

use jiff::Zoned;

use crate::i18n::{I18n, Msg, format};
use crate::model::plan::{self, Reason, Urgency};
use crate::model::{Archive, CardKind};

/// One card to renew, as `koshin due --json` prints it: its label, owner,
/// kind (`sim`, `esim`, `pocket_wifi`) and provider as the archive has them;
/// how urgent it is (`fine`, `soon`, `renew_now`, `stopped`); the renew-by
/// moment in the laptop's time zone (RFC 3339) and in the provider's (RFC
/// 9557, with the zone name); which deadline sets it; and when the validity
/// ends, in the provider's time zone.
#[derive(Debug, serde::Serialize)]
struct DueCard<'a> {
    label: &'a str,
    owner: &'a str,
    kind: CardKind,
    urgency: Urgency,
    renew_by: String,
    renew_by_provider: &'a Zoned,
    reason: Option<Reason>,
    validity_end: Option<&'a Zoned>,
    provider: &'a str,
}

/// The cards to renew within `days` as JSON.
pub fn json(archive: &Archive, now: &Zoned, days: u32) -> Result<String, Msg> {
    let plans = plan::due(archive, now, days);
    let cards: Vec<DueCard> = plans
        .iter()
        .filter_map(|p| {
            let renew_by = p.renew_by.as_ref()?;
            let local = renew_by.with_time_zone(now.time_zone().clone());
            Some(DueCard {
                label: &p.card.label,
                owner: archive.owner_name(p.card),
                kind: p.card.kind,
                urgency: p.urgency,
                renew_by: local.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                renew_by_provider: renew_by,
                reason: p.reason,
                validity_end: p.validity_end.as_ref(),
                provider: &p.card.provider,
            })
        })
        .collect();
    serde_json::to_string_pretty(&cards)
        .map_err(|e| Msg::new("cli-json-failed").arg("detail", e.to_string()))
}

/// The cards to renew within `days`, one line each, in the language of `tr`.
pub fn text(archive: &Archive, now: &Zoned, days: u32, tr: &I18n) -> String {
    let plans = plan::due(archive, now, days);
    if plans.is_empty() {
        return tr.msg(&Msg::new("cli-due-none").arg("days", days));
    }
    let lines: Vec<String> = plans
        .iter()
        .filter_map(|p| {
            let renew_by = p.renew_by.as_ref()?;
            let local = renew_by.with_time_zone(now.time_zone().clone());
            Some(
                tr.msg(
                    &Msg::new("cli-due-line")
                        .arg("urgency", Msg::new(p.urgency.label_id()))
                        .arg("label", p.card.label.as_str())
                        .arg("owner", archive.owner_name(p.card))
                        .arg("kind", Msg::new(p.card.kind.label_id()))
                        .arg("renew_by", format::moment(tr, &local))
                        .arg("countdown", format::countdown(tr, now, renew_by)),
                ),
            )
        })
        .collect();
    lines.join("\n")
}

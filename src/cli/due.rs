//! `koshin due`: the cards to renew soon, as text lines or JSON.

use jiff::Zoned;

use crate::i18n::{I18n, Msg, format};
use crate::model::plan::{self, Reason, Urgency};
use crate::model::{Archive, CardKind};

/// One card to renew, as `koshin due --json` prints it.
#[derive(Debug, serde::Serialize)]
pub struct DueCard {
    /// The card's label.
    pub label: String,
    /// Who uses it.
    pub owner: String,
    /// `sim`, `esim` or `pocket_wifi`.
    pub kind: CardKind,
    /// How urgent: `fine`, `soon`, `renew_now` or `stopped`.
    pub urgency: Urgency,
    /// Renew by, in the laptop's time zone (RFC 3339).
    pub renew_by: String,
    /// Renew by, in the provider's time zone (RFC 9557, with the zone name).
    pub renew_by_provider: String,
    /// Which deadline sets it.
    pub reason: Option<Reason>,
    /// When the validity ends, in the provider's time zone.
    pub validity_end: Option<String>,
    /// The provider.
    pub provider: String,
}

/// The cards to renew within `days` as JSON.
pub fn json(archive: &Archive, now: &Zoned, days: u32) -> Result<String, Msg> {
    let cards: Vec<DueCard> = plan::due(archive, now, days)
        .iter()
        .filter_map(|p| {
            let renew_by = p.renew_by.as_ref()?;
            let local = renew_by.with_time_zone(now.time_zone().clone());
            Some(DueCard {
                label: p.card.label.clone(),
                owner: p.card.owner.clone(),
                kind: p.card.kind,
                urgency: p.urgency,
                renew_by: local.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                renew_by_provider: renew_by.to_string(),
                reason: p.reason,
                validity_end: p.validity_end.as_ref().map(ToString::to_string),
                provider: p.card.provider.clone(),
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
                        .arg("owner", p.card.owner.as_str())
                        .arg("kind", Msg::new(p.card.kind.label_id()))
                        .arg("renew_by", format::moment(tr, &local))
                        .arg("countdown", format::countdown(tr, now, renew_by)),
                ),
            )
        })
        .collect();
    lines.join("\n")
}

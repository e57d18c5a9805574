//! The alarms of the reminders that reach the person when the app is closed:
//! for each card's deadlines (renew by, ask to extend, return by), one some
//! days before (Settings' alarm days) and one at the moment itself, and one
//! when the data runs out within a day. Which of them have come due at `now`,
//! and which one to send per card after the laptop was off for a while.
//!
//! Pure: the present moment is a parameter, and what was sent is kept by the caller.

use jiff::{SignedDuration, Timestamp, ToSpan, Zoned};

use super::archive::Archive;
use super::card::CardId;
use super::plan::{self, CardPlan, Urgency};
use crate::i18n::{Arg, Msg};

/// How long after a card stopped working its alarms still go out. A card
/// that ended weeks ago (a past trip) does not remind anyone.
pub const STOPPED_GRACE_HOURS: i64 = 48;

/// What an alarm is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AlarmKind {
    /// Renew the card by then (its lead time before the validity ends).
    RenewBy,
    /// Ask the rental company to extend by then.
    ExtensionRequest,
    /// Return the router by then.
    ReturnBy,
    /// The data runs out within a day at the recent rate of use.
    DataRunsOut,
}

impl AlarmKind {
    fn key_part(self) -> &'static str {
        match self {
            AlarmKind::RenewBy => "renew-by",
            AlarmKind::ExtensionRequest => "extension-request",
            AlarmKind::ReturnBy => "return-by",
            AlarmKind::DataRunsOut => "data-runs-out",
        }
    }
}

/// One alarm of one card.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    /// The card.
    pub card: CardId,
    /// What it is about.
    pub kind: AlarmKind,
    /// The deadline, in the provider's time zone.
    pub deadline: Zoned,
    /// How many days before the deadline it fires; 0 at the moment itself.
    pub days_before: u32,
    /// When it fires.
    pub fires_at: Timestamp,
    /// A key that stays the same for the same card, deadline and offset, so
    /// an alarm is sent once; a renewal moves the deadline and makes new keys.
    pub key: String,
}

/// Every alarm of the card's plan, whether due or not, in firing order.
pub fn alarms_of(plan: &CardPlan<'_>, alarm_days: &[u32]) -> Vec<Alarm> {
    let card = plan.card.id;
    let mut deadlines: Vec<(AlarmKind, Zoned)> = Vec::new();
    if let Some(end) = &plan.validity_end
        && let Ok(renew_by) = end.checked_sub(plan.lead_time_days.days())
    {
        deadlines.push((AlarmKind::RenewBy, renew_by));
    }
    if let Some(at) = &plan.extension_deadline {
        deadlines.push((AlarmKind::ExtensionRequest, at.clone()));
    }
    if let Some(at) = &plan.return_by {
        deadlines.push((AlarmKind::ReturnBy, at.clone()));
    }
    let mut offsets: Vec<u32> = alarm_days.iter().copied().filter(|&d| d > 0).collect();
    offsets.push(0);
    offsets.sort_unstable();
    offsets.dedup();
    let mut alarms = Vec::new();
    for (kind, deadline) in deadlines {
        for &days in &offsets {
            let Ok(fires) = deadline.checked_sub(i64::from(days).days()) else {
                continue;
            };
            alarms.push(Alarm {
                card,
                kind,
                key: format!(
                    "{}/{}/{}/{days}d",
                    card.0,
                    kind.key_part(),
                    deadline.timestamp().as_second()
                ),
                deadline: deadline.clone(),
                days_before: days,
                fires_at: fires.timestamp(),
            });
        }
    }
    // The projection moves with every reading: one alarm per period, keyed by
    // when the period began rather than by the projected moment.
    let before_the_end = |out: &Zoned| {
        plan.validity_end
            .as_ref()
            .is_none_or(|end| out.timestamp() < end.timestamp())
    };
    if let Some(out) = plan.run_out.as_ref().filter(|out| before_the_end(out)) {
        let period = plan::period_start(plan.card).map_or(0, Timestamp::as_second);
        alarms.push(Alarm {
            card,
            kind: AlarmKind::DataRunsOut,
            key: format!("{}/{}/{period}", card.0, AlarmKind::DataRunsOut.key_part()),
            deadline: out.clone(),
            days_before: 1,
            fires_at: out.timestamp() - SignedDuration::from_hours(24),
        });
    }
    alarms.sort_by_key(|a| a.fires_at);
    alarms
}

/// The alarms of every active card that have come due at `now` and were not
/// sent yet (`sent` says whether a key was), grouped by card in the order of
/// the Overview. Cards that stopped working more than
/// [`STOPPED_GRACE_HOURS`] ago are left out.
pub fn due<'a>(
    archive: &'a Archive,
    now: &Zoned,
    sent: impl Fn(&str) -> bool,
) -> Vec<(CardPlan<'a>, Vec<Alarm>)> {
    let grace = SignedDuration::from_hours(STOPPED_GRACE_HOURS);
    plan::overview(archive, now)
        .into_iter()
        .filter(|p| {
            p.urgency != Urgency::Stopped
                || p.works_until
                    .as_ref()
                    .is_none_or(|until| until.timestamp() + grace > now.timestamp())
        })
        .filter_map(|p| {
            let alarms: Vec<Alarm> = alarms_of(&p, &archive.settings.alarm_days)
                .into_iter()
                .filter(|a| a.fires_at <= now.timestamp() && !sent(&a.key))
                .collect();
            (!alarms.is_empty()).then_some((p, alarms))
        })
        .collect()
}

/// The one alarm to send for a card when several came due (after the laptop
/// was off): the nearest deadline, at its latest stage.
pub fn most_urgent(alarms: &[Alarm]) -> Option<&Alarm> {
    alarms
        .iter()
        .min_by_key(|a| (a.deadline.timestamp(), std::cmp::Reverse(a.fires_at)))
}

/// What a reminder says, in messages: the headline and the lines under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder {
    /// The card.
    pub card: CardId,
    /// The headline: "Renew Mum's eSIM".
    pub summary: Msg,
    /// The lines: the deadline in the provider's zone and the laptop's, and
    /// where the card stands now.
    pub body: Vec<Msg>,
    /// Whether the desktop should keep it until dismissed: the card must be
    /// renewed now or stopped working.
    pub critical: bool,
    /// The keys of every alarm it stands for, to remember as sent.
    pub keys: Vec<String>,
}

/// The reminder for a card's due alarms: one, for the most urgent of them.
pub fn reminder(plan: &CardPlan<'_>, alarms: &[Alarm], now: &Zoned) -> Option<Reminder> {
    let alarm = most_urgent(alarms)?;
    let label = plan.card.label.as_str();
    let summary_id = match alarm.kind {
        AlarmKind::RenewBy => msg_id!("remind-renew-by"),
        AlarmKind::ExtensionRequest => msg_id!("remind-extension-request"),
        AlarmKind::ReturnBy => msg_id!("remind-return-by"),
        AlarmKind::DataRunsOut => msg_id!("remind-data-runs-out"),
    };
    let when_id = if alarm.deadline.timestamp() <= now.timestamp() {
        msg_id!("remind-was-due")
    } else {
        msg_id!("remind-due")
    };
    let mut body = vec![
        Msg::new(when_id)
            .arg("deadline", Arg::deadline(&alarm.deadline, now.time_zone()))
            .arg("countdown", Arg::countdown(now, &alarm.deadline)),
        plan.headline(now),
    ];
    if !plan.card.provider.trim().is_empty() {
        body.push(Msg::new("remind-provider").arg("provider", plan.card.provider.trim()));
    }
    Some(Reminder {
        card: plan.card.id,
        summary: Msg::new(summary_id).arg("label", label),
        body,
        critical: matches!(plan.urgency, Urgency::RenewNow | Urgency::Stopped),
        keys: alarms.iter().map(|a| a.key.clone()).collect(),
    })
}

/// One reminder per card whose alarms came due at `now` and were not sent.
pub fn reminders(archive: &Archive, now: &Zoned, sent: impl Fn(&str) -> bool) -> Vec<Reminder> {
    due(archive, now, sent)
        .iter()
        .filter_map(|(plan, alarms)| reminder(plan, alarms, now))
        .collect()
}

#[cfg(test)]
mod tests;

//! The reminder calendar (RFC 5545): one event per deadline, each with
//! alarms some days before, and a UID that stays the same for the same card
//! and deadline so that importing the file again updates the events.

use icalendar::{Alarm, Calendar, CalendarDateTime, Component, Event, EventLike, Trigger};
use jiff::{Timestamp, Zoned};

use crate::i18n::{I18n, Msg, format};
use crate::model::Archive;
use crate::model::plan::{self, CardPlan};

/// Which deadline an event is for; part of the event's UID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineKind {
    /// Renew the card by then.
    RenewBy,
    /// Ask the rental company for an extension by then.
    ExtensionRequest,
    /// Return the router by then.
    ReturnBy,
}

impl DeadlineKind {
    fn uid_part(self) -> &'static str {
        match self {
            DeadlineKind::RenewBy => "renew-by",
            DeadlineKind::ExtensionRequest => "extension-request",
            DeadlineKind::ReturnBy => "return-by",
        }
    }

    fn summary_id(self) -> &'static str {
        msg_ids!(match self {
            DeadlineKind::RenewBy => "ics-renew-by",
            DeadlineKind::ExtensionRequest => "ics-extension-request",
            DeadlineKind::ReturnBy => "ics-return-by",
        })
    }
}

/// A moment in chrono's UTC, which the calendar crate takes. Every moment jiff
/// holds fits chrono's range; should one not, the calendar is not written
/// rather than written without the event.
fn utc(at: Timestamp) -> Result<chrono::DateTime<chrono::Utc>, Msg> {
    chrono::DateTime::from_timestamp(at.as_second(), 0)
        .ok_or_else(|| Msg::new("ics-bad-moment").arg("moment", at.to_string()))
}

/// The deadlines of one card's plan that get an event.
pub fn deadlines(plan: &CardPlan<'_>) -> Vec<(DeadlineKind, Zoned)> {
    let mut list = Vec::new();
    if let Some(at) = &plan.renew_by {
        list.push((DeadlineKind::RenewBy, at.clone()));
    }
    if let Some(at) = &plan.extension_deadline {
        list.push((DeadlineKind::ExtensionRequest, at.clone()));
    }
    if let Some(at) = &plan.return_by {
        list.push((DeadlineKind::ReturnBy, at.clone()));
    }
    list
}

fn event(
    tr: &I18n,
    plan: &CardPlan<'_>,
    kind: DeadlineKind,
    at: &Zoned,
    alarm_days: &[u32],
    now: &Zoned,
) -> Result<Event, Msg> {
    let card = plan.card;
    let start = utc(at.timestamp())?;
    let summary = tr.msg(&Msg::new(kind.summary_id()).arg("label", card.label.as_str()));
    let mut lines = vec![
        tr.msg(&Msg::new("ics-when").arg("moment", format::deadline(tr, at, now.time_zone()))),
    ];
    if let (DeadlineKind::RenewBy, Some(reason)) = (kind, plan.reason_msg(now)) {
        lines.push(tr.msg(&reason));
    }
    if let Some(end) = &plan.validity_end {
        lines.push(tr.msg(&Msg::new("ics-validity-end").arg("moment", format::moment(tr, end))));
    }
    for (label_id, value) in [
        (msg_id!("field-provider"), &card.provider),
        (msg_id!("field-website"), &card.provider_website),
        (msg_id!("field-support"), &card.support_contact),
    ] {
        if !value.trim().is_empty() {
            lines.push(format!("{}: {}", tr.t(label_id), value.trim()));
        }
    }
    let uid = format!("{}-{}@koshin", card.id.0, kind.uid_part());
    let mut event = Event::new();
    event
        .uid(&uid)
        .summary(&summary)
        .description(&lines.join("\n"))
        .starts(CalendarDateTime::from(start))
        .ends(CalendarDateTime::from(
            start + chrono::Duration::minutes(30),
        ))
        .timestamp(utc(now.timestamp())?)
        .last_modified(utc(now.timestamp())?);
    for &days in alarm_days {
        let text = tr.msg(
            &Msg::new("ics-alarm")
                .arg("summary", summary.as_str())
                .arg("days", days),
        );
        let mut alarm = Alarm::display(
            &text,
            Trigger::before_start(chrono::Duration::days(i64::from(days))),
        );
        // Alarms get a UID of their own; keep it stable too.
        alarm.uid(&format!("{uid}-alarm-{days}d"));
        event.alarm(alarm);
    }
    Ok(event.done())
}

/// The reminder calendar of every active card's deadlines.
pub fn reminders(archive: &Archive, now: &Zoned, tr: &I18n) -> Result<String, Msg> {
    let mut calendar = Calendar::new();
    calendar.name(&tr.t("ics-calendar-name"));
    for card_plan in plan::overview(archive, now) {
        for (kind, at) in deadlines(&card_plan) {
            let alarm_days = &archive.settings.alarm_days;
            calendar.push(event(tr, &card_plan, kind, &at, alarm_days, now)?);
        }
    }
    Ok(calendar.done().to_string())
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use icalendar::CalendarComponent;

    use super::*;
    use crate::i18n::english;
    use crate::model::demo;

    #[test]
    fn the_calendar_parses_back_with_events_alarms_and_stable_uids() {
        let now: Zoned = "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap();
        let archive = demo::archive(&now);
        let text = reminders(&archive, &now, english()).unwrap();
        assert!(text.starts_with("BEGIN:VCALENDAR"));
        let calendar = Calendar::from_str(&text).unwrap();
        let events: Vec<&Event> = calendar
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        // Three renew-by events, plus the router's extension request and return.
        assert_eq!(events.len(), 5);
        let router = archive
            .cards
            .iter()
            .find(|c| c.label == "Family pocket WiFi")
            .unwrap();
        let ret = events
            .iter()
            .find(|e| e.get_uid() == Some(&format!("{}-return-by@koshin", router.id.0)))
            .unwrap();
        assert_eq!(ret.get_summary(), Some("Return Family pocket WiFi"));
        let start = ret.get_start().unwrap();
        assert_eq!(
            start,
            CalendarDateTime::from(
                chrono::DateTime::from_timestamp(
                    router
                        .rental
                        .return_by
                        .as_ref()
                        .unwrap()
                        .timestamp()
                        .as_second(),
                    0
                )
                .unwrap()
            )
            .into()
        );
        for event in &events {
            let alarms: Vec<_> = event
                .components()
                .iter()
                .filter(|c| c.component_kind() == "VALARM")
                .collect();
            assert_eq!(alarms.len(), 2, "{:?}", event.get_summary());
            // Triggers are written as RFC 5545 durations in seconds before the start.
            let days_before: Vec<i64> = alarms
                .iter()
                .map(|a| {
                    let trigger = a.property_value("TRIGGER").unwrap();
                    let seconds: i64 = trigger
                        .strip_prefix("-PT")
                        .unwrap()
                        .strip_suffix('S')
                        .unwrap()
                        .parse()
                        .unwrap();
                    seconds / 86_400
                })
                .collect();
            assert_eq!(days_before, [3, 1]);
        }
        assert!(text.contains("Japan time"));

        // Exporting again later gives the same UIDs, so calendars update the events.
        let later = reminders(
            &archive,
            &"2026-11-22T18:00:00+09:00[Asia/Tokyo]".parse().unwrap(),
            english(),
        )
        .unwrap();
        let uids = |t: &str| -> Vec<String> {
            t.lines()
                .filter(|l| l.starts_with("UID:"))
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(uids(&text), uids(&later));
    }
}

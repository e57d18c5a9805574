//! Which alarms come due when, with a pinned clock.

use jiff::Zoned;

use super::*;
use crate::model::card::{Card, CardKind, DataReading};

fn japan(text: &str) -> Zoned {
    format!("{text}+09:00[Asia/Tokyo]").parse().unwrap()
}

fn sim(end: &str) -> Card {
    let mut card = Card::new(CardKind::Sim, "Dad's SIM");
    card.provider = "Mirai Mobile".into();
    card.validity_end = Some(japan(end));
    card
}

fn archive_of(cards: Vec<Card>) -> Archive {
    Archive {
        cards,
        ..Archive::default()
    }
}

fn nothing_sent(_: &str) -> bool {
    false
}

#[test]
fn a_card_has_alarms_three_days_and_one_day_before_its_renew_by_and_at_it() {
    // Validity ends 1 Dec 23:59; the lead time is 3 days, so renew by 28 Nov 23:59.
    let archive = archive_of(vec![sim("2026-12-01T23:59:00")]);
    let now = japan("2026-11-20T09:00:00");
    let plan = plan::plan(&archive.cards[0], &now, &archive.settings);
    let fires: Vec<(AlarmKind, Timestamp)> = alarms_of(&plan, &[3, 1])
        .iter()
        .map(|a| (a.kind, a.fires_at))
        .collect();
    assert_eq!(
        fires,
        vec![
            (AlarmKind::RenewBy, japan("2026-11-25T23:59:00").timestamp()),
            (AlarmKind::RenewBy, japan("2026-11-27T23:59:00").timestamp()),
            (AlarmKind::RenewBy, japan("2026-11-28T23:59:00").timestamp()),
        ]
    );
}

#[test]
fn nothing_is_due_before_the_first_alarm_and_one_is_due_after_it() {
    let archive = archive_of(vec![sim("2026-12-01T23:59:00")]);
    assert!(reminders(&archive, &japan("2026-11-25T23:58:00"), nothing_sent).is_empty());
    let due = reminders(&archive, &japan("2026-11-26T00:30:00"), nothing_sent);
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].summary.id, "remind-renew-by");
    assert!(!due[0].critical);
    assert_eq!(due[0].keys.len(), 1);
}

#[test]
fn an_alarm_once_sent_is_not_due_again() {
    let archive = archive_of(vec![sim("2026-12-01T23:59:00")]);
    let now = japan("2026-11-26T00:30:00");
    let first = reminders(&archive, &now, nothing_sent);
    let keys = first[0].keys.clone();
    assert!(reminders(&archive, &now, |k| keys.iter().any(|s| s == k)).is_empty());
}

#[test]
fn a_week_missed_gives_one_reminder_per_card_for_its_latest_stage() {
    let archive = archive_of(vec![sim("2026-12-01T23:59:00"), sim("2026-12-02T12:00:00")]);
    // Off from 20 Nov to 29 Nov 13:00: every renew-by alarm of both cards came due.
    let due = reminders(&archive, &japan("2026-11-29T13:00:00"), nothing_sent);
    assert_eq!(due.len(), 2);
    for reminder in &due {
        assert_eq!(reminder.keys.len(), 3, "all three alarms are marked sent");
        // The renew-by moment passed: renew now, and the desktop keeps it.
        assert!(reminder.critical);
        assert_eq!(reminder.body[0].id, "remind-was-due");
    }
}

#[test]
fn a_card_that_stopped_long_ago_reminds_no_one() {
    let archive = archive_of(vec![sim("2026-11-01T23:59:00")]);
    assert!(reminders(&archive, &japan("2026-11-20T09:00:00"), nothing_sent).is_empty());
    // Stopped an hour ago: still said, critically.
    let archive = archive_of(vec![sim("2026-11-20T08:00:00")]);
    let due = reminders(&archive, &japan("2026-11-20T09:00:00"), nothing_sent);
    assert_eq!(due.len(), 1);
    assert!(due[0].critical);
}

#[test]
fn archived_cards_remind_no_one() {
    let mut card = sim("2026-12-01T23:59:00");
    card.archived = true;
    let archive = archive_of(vec![card]);
    assert!(reminders(&archive, &japan("2026-11-29T08:00:00"), nothing_sent).is_empty());
}

#[test]
fn data_running_out_within_a_day_is_one_alarm_per_period() {
    let mut card = sim("2026-12-30T23:59:00");
    card.data_allowance_mb = Some(10_000);
    card.readings = vec![
        DataReading {
            at: japan("2026-11-20T09:00:00").timestamp(),
            remaining_mb: 3000,
        },
        DataReading {
            at: japan("2026-11-21T09:00:00").timestamp(),
            remaining_mb: 2000,
        },
    ];
    card.remaining_data_mb = Some(2000);
    let archive = archive_of(vec![card]);
    // 1000 MB a day: runs out 23 Nov 09:00, so the alarm fires 22 Nov 09:00.
    assert!(reminders(&archive, &japan("2026-11-22T08:00:00"), nothing_sent).is_empty());
    let due = reminders(&archive, &japan("2026-11-22T10:00:00"), nothing_sent);
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].summary.id, "remind-data-runs-out");

    // A new reading moves the projection but not the key: not sent again.
    let sent = due[0].keys.clone();
    let mut archive = archive;
    archive.cards[0].readings.push(DataReading {
        at: japan("2026-11-22T12:00:00").timestamp(),
        remaining_mb: 1200,
    });
    let again = reminders(&archive, &japan("2026-11-22T13:00:00"), |k| {
        sent.iter().any(|s| s == k)
    });
    assert!(again.is_empty(), "{again:?}");
}

#[test]
fn a_router_reminds_to_ask_for_an_extension_and_to_return_it() {
    let mut card = Card::new(CardKind::PocketWifi, "Family WiFi");
    card.rental.return_by = Some(japan("2026-11-27T21:00:00"));
    card.rental.notice_hours = 48;
    let archive = archive_of(vec![card]);
    // The extension deadline (25 Nov 21:00) minus one day is the nearest alarm.
    let due = reminders(&archive, &japan("2026-11-24T21:30:00"), nothing_sent);
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].summary.id, "remind-extension-request");
}

#[test]
fn a_renewal_moves_the_deadline_and_its_alarms_are_new() {
    let before = archive_of(vec![sim("2026-12-01T23:59:00")]);
    let now = japan("2026-11-26T00:30:00");
    let sent = reminders(&before, &now, nothing_sent)[0].keys.clone();
    let mut after = before.clone();
    after.cards[0].validity_end = Some(japan("2026-12-31T23:59:00"));
    let later = japan("2026-12-26T00:30:00");
    let due = reminders(&after, &later, |k| sent.iter().any(|s| s == k));
    assert_eq!(due.len(), 1);
    assert!(due[0].keys.iter().all(|k| !sent.contains(k)));
}

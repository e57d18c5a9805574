//! `koshin remind` and the app's reminders, with a pinned clock and a recording notifier.

use super::*;
use crate::i18n::{Lang, english};
use crate::model::demo;
use crate::notifications::RecordingNotifier;

/// Sunday 22 November 2026, 10:00 in Japan: the sample household's present.
fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

fn later(hours: i64) -> Zoned {
    now()
        .checked_add(jiff::SignedDuration::from_hours(hours))
        .unwrap()
}

fn run_at(archive: &Archive, dir: &Path, at: &Zoned, notifier: &mut RecordingNotifier) -> Outcome {
    send_due(archive, dir, at, english(), notifier, RunBy::Command)
}

#[test]
fn the_sample_household_gets_one_notification_per_due_card_and_then_none() {
    let dir = tempfile::tempdir().unwrap();
    let archive = demo::archive(&now());
    let mut notifier = RecordingNotifier::default();
    let outcome = run_at(&archive, dir.path(), &now(), &mut notifier);
    assert!(!outcome.is_failure(), "{outcome:?}");
    let shown: Vec<(&str, bool)> = notifier
        .shown
        .iter()
        .map(|n| (n.summary.as_str(), n.critical))
        .collect();
    insta_like(&notifier);
    assert_eq!(
        shown,
        [
            ("Renew Mum's eSIM", true),
            ("Renew Family pocket WiFi", false),
        ]
    );
    assert!(
        notifier.shown[0].body.contains("Provider: Sora eSIM"),
        "{}",
        notifier.shown[0].body
    );

    // A second run at the same hour, and one an hour later, send nothing.
    let mut again = RecordingNotifier::default();
    let outcome = run_at(&archive, dir.path(), &later(1), &mut again);
    assert!(again.shown.is_empty(), "{:?}", again.shown);
    assert_eq!(outcome.said[0].msg.id, "remind-nothing-due");
    let state = state::read(dir.path()).unwrap();
    assert_eq!(state.last_run.at, Some(later(1).timestamp()));
    assert!(state.last_run.sent.is_empty());
}

/// The full text of the first notification, as a reader sees it.
fn insta_like(notifier: &RecordingNotifier) {
    let first = &notifier.shown[0];
    assert_eq!(
        first.body,
        "It was due Sat 2026-11-21 23:59 Japan time (10 hours 1 minute ago).\n\
         Renew today: it still works until Mon 2026-11-23 06:04 Japan time (in 20 hours 4 minutes).\n\
         Provider: Sora eSIM"
    );
}

#[test]
fn a_week_missed_gives_one_catch_up_per_card() {
    let dir = tempfile::tempdir().unwrap();
    // The household as it was a week before; the laptop was off since.
    let week_ago = now()
        .checked_sub(jiff::SignedDuration::from_hours(24 * 7))
        .unwrap();
    let archive = demo::archive(&now());
    let mut before = RecordingNotifier::default();
    let _ = run_at(&archive, dir.path(), &week_ago, &mut before);
    let mut notifier = RecordingNotifier::default();
    let _ = run_at(&archive, dir.path(), &now(), &mut notifier);
    let mut cards: Vec<&str> = notifier.shown.iter().map(|n| n.summary.as_str()).collect();
    let count = cards.len();
    cards.dedup();
    assert_eq!(count, cards.len(), "one per card: {cards:?}");
    assert!(count >= 2, "{cards:?}");
}

#[test]
fn without_a_notification_service_nothing_is_marked_sent_and_the_run_fails() {
    let dir = tempfile::tempdir().unwrap();
    let archive = demo::archive(&now());
    let mut broken = RecordingNotifier {
        fail_with: Some("org.freedesktop.Notifications was not provided".into()),
        ..RecordingNotifier::default()
    };
    let outcome = run_at(&archive, dir.path(), &now(), &mut broken);
    assert!(outcome.is_failure());
    assert!(outcome.said.iter().any(|s| s.msg.id == "remind-no-service"));
    let state = state::read(dir.path()).unwrap();
    assert!(state.sent.is_empty());
    assert!(state.last_run.error.is_some());

    // Once a service answers, the same reminders go out.
    let mut notifier = RecordingNotifier::default();
    let _ = run_at(&archive, dir.path(), &now(), &mut notifier);
    assert_eq!(notifier.shown.len(), 2);
}

#[test]
fn a_damaged_state_file_is_set_aside_and_reminders_start_afresh() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("reminders.ron"), "(sent: {\"broken").unwrap();
    let archive = demo::archive(&now());
    let mut notifier = RecordingNotifier::default();
    let outcome = run_at(&archive, dir.path(), &now(), &mut notifier);
    assert!(!outcome.is_failure(), "{outcome:?}");
    assert_eq!(outcome.said[0].msg.id, "remind-state-damaged");
    assert_eq!(notifier.shown.len(), 2);
    let aside: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("reminders.damaged-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert!(state::read(dir.path()).is_ok());
}

#[test]
fn the_archive_is_only_read() {
    let dir = tempfile::tempdir().unwrap();
    let archive = demo::archive(&now());
    let _ = run_at(
        &archive,
        dir.path(),
        &now(),
        &mut RecordingNotifier::default(),
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["reminders.ron"]);
}

#[test]
fn notifications_speak_the_archive_language() {
    let dir = tempfile::tempdir().unwrap();
    let archive = demo::archive(&now());
    let mut notifier = RecordingNotifier::default();
    let tr = I18n::new(Lang::Ja);
    let _ = send_due(
        &archive,
        dir.path(),
        &now(),
        &tr,
        &mut notifier,
        RunBy::Command,
    );
    assert!(
        notifier.shown[0].summary.ends_with("を更新"),
        "{:?}",
        notifier.shown[0]
    );
}

#[test]
fn the_app_marks_what_was_due_when_it_opens_without_sending() {
    let dir = tempfile::tempdir().unwrap();
    let archive = demo::archive(&now());
    let outcome = mark_due_as_shown(&archive, dir.path(), &now(), english());
    assert!(outcome.said.is_empty());
    let mut notifier = RecordingNotifier::default();
    let _ = run_at(&archive, dir.path(), &later(1), &mut notifier);
    assert!(notifier.shown.is_empty());
}

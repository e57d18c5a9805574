//! Reminders in the app: a reminder that comes due while the app is open
//! shows once as a notice and a desktop notification; Settings turns the
//! reminders for a closed app on and off and sends a test notification.

#![allow(clippy::unwrap_used)]

mod common;

use common::{AppHarness, click, demo_harness_with};
use egui_kittest::kittest::Queryable;
use koshin::app::platform::FakeDesktop;
use koshin::command::{Command, Screen};

/// The texts of the notices the app shows.
fn notice_texts(harness: &AppHarness) -> Vec<String> {
    let notices = harness.state().notices();
    notices.iter().map(|n| n.text.clone()).collect()
}

#[test]
fn a_reminder_that_comes_due_while_open_shows_once() {
    let desktop = FakeDesktop::default();
    let (_dir, mut harness) = demo_harness_with(&desktop);
    // What was due when the app opened is on the Overview already: not sent.
    assert!(desktop.asked().notifications.is_empty());
    assert!(harness.state().notices().is_empty());

    // Thursday morning: the router's alarms (renew by, ask to extend, return)
    // came due meanwhile; they go out as one reminder, once.
    let later = "2026-11-26T09:00:00+09:00[Asia/Tokyo]".parse().unwrap();
    harness.state_mut().check_reminders(&later);
    harness.run();
    let sent = desktop.asked().notifications;
    assert_eq!(sent.len(), 1, "{sent:?}");
    let notices = notice_texts(&harness);
    for note in &sent {
        assert!(
            notices.iter().any(|n| n.starts_with(&note.summary)),
            "{} not among {notices:?}",
            note.summary
        );
    }
    // A minute later: nothing again.
    let a_minute_on = "2026-11-26T09:01:00+09:00[Asia/Tokyo]".parse().unwrap();
    harness.state_mut().check_reminders(&a_minute_on);
    assert_eq!(desktop.asked().notifications.len(), sent.len());
}

#[test]
fn without_a_desktop_service_the_app_still_shows_the_reminder() {
    let desktop = FakeDesktop::default();
    desktop.without_notifications();
    let (_dir, mut harness) = demo_harness_with(&desktop);
    let later = "2026-11-26T09:00:00+09:00[Asia/Tokyo]".parse().unwrap();
    harness.state_mut().check_reminders(&later);
    let texts = notice_texts(&harness);
    assert!(texts.iter().any(|t| t.starts_with("Renew ")), "{texts:?}");
    assert!(
        texts
            .iter()
            .any(|t| t.contains("No desktop notification service answered")),
        "{texts:?}"
    );
}

#[test]
fn settings_turn_reminders_on_and_off_and_send_a_test() {
    let desktop = FakeDesktop::default();
    let (dir, mut harness) = demo_harness_with(&desktop);
    common::apply(&mut harness, Command::Navigate(Screen::Settings));
    harness.get_by_label_contains("Not set up");

    click(&mut harness, "Remind me when Kōshin is closed");
    let timer = dir
        .path()
        .join("test-config/systemd/user/koshin-remind.timer");
    assert!(timer.is_file());
    // The test desktop has no systemd session: an autostart entry stands in.
    assert!(
        dir.path()
            .join("test-config/autostart/koshin-remind.desktop")
            .is_file()
    );
    let ran = desktop.asked().ran;
    assert_eq!(ran[0], ["systemctl", "--user", "daemon-reload"]);
    harness.run();
    // In the notice and in the status line.
    assert!(common::count_part(&harness, "checks at login") > 0);

    click(&mut harness, "Send a test notification");
    assert_eq!(
        desktop.asked().notifications[0].summary,
        "Kōshin can reach you"
    );

    click(&mut harness, "Remind me when Kōshin is closed");
    assert!(!timer.exists());
    harness.run();
    harness.get_by_label_contains("Not set up");
}

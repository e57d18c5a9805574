//! Reminders in the app: a reminder that comes due while the app is open
//! shows once as a notice and a desktop notification; Settings turns the
//! reminders for a closed app on and off and sends a test notification.

#![allow(clippy::unwrap_used)]

mod common;

use common::{click, harness_with, write_demo};
use egui_kittest::kittest::Queryable;
use koshin::app::platform::FakeDesktop;
use koshin::command::{Command, Screen};

#[test]
fn a_reminder_that_comes_due_while_open_shows_once() {
    let dir = tempfile::tempdir().unwrap();
    write_demo(dir.path());
    let desktop = FakeDesktop::default();
    let mut harness = harness_with(dir.path(), desktop.clone());
    harness.run();
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
    let notices: Vec<String> = harness
        .state()
        .notices()
        .iter()
        .map(|n| n.text.clone())
        .collect();
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
    let dir = tempfile::tempdir().unwrap();
    write_demo(dir.path());
    let desktop = FakeDesktop::default();
    desktop.without_notifications();
    let mut harness = harness_with(dir.path(), desktop.clone());
    harness.run();
    let later = "2026-11-26T09:00:00+09:00[Asia/Tokyo]".parse().unwrap();
    harness.state_mut().check_reminders(&later);
    let texts: Vec<String> = harness
        .state()
        .notices()
        .iter()
        .map(|n| n.text.clone())
        .collect();
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
    let dir = tempfile::tempdir().unwrap();
    write_demo(dir.path());
    let desktop = FakeDesktop::default();
    let mut harness = harness_with(dir.path(), desktop.clone());
    harness
        .state_mut()
        .apply(Command::Navigate(Screen::Settings), 0.0);
    harness.run();
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
    assert!(
        harness
            .query_all_by_label_contains("checks at login")
            .next()
            .is_some()
    );

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

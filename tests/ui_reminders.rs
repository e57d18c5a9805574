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
    // In the person's words, once; the system's own words behind Details.
    let said: Vec<_> = harness
        .state()
        .notices()
        .iter()
        .filter(|n| n.text.starts_with("Desktop notifications can't reach you"))
        .collect();
    assert_eq!(said.len(), 1, "{texts:?}");
    assert!(
        said[0].details[0].starts_with("Details: "),
        "{:?}",
        said[0].details
    );
    assert!(!texts.iter().any(|t| t.contains("os error")), "{texts:?}");
    // The next reminder does not say it again, even once dismissed.
    let index = harness
        .state()
        .notices()
        .iter()
        .position(|n| n.text.starts_with("Desktop notifications"))
        .unwrap();
    common::apply(&mut harness, Command::DismissNotice(index));
    let sunday = "2026-11-29T09:00:00+09:00[Asia/Tokyo]".parse().unwrap();
    harness.state_mut().check_reminders(&sunday);
    assert!(
        !notice_texts(&harness)
            .iter()
            .any(|t| t.starts_with("Desktop notifications")),
        "said twice"
    );
}

#[test]
fn notices_and_copies_that_appear_while_typing_move_no_field() {
    let desktop = FakeDesktop::default();
    desktop.without_notifications();
    let (dir, mut harness) = demo_harness_with(&desktop);
    common::apply(&mut harness, Command::AddCard);
    let label_at = harness.get_by_label("Label").rect();
    let provider_at = harness.get_by_label("Provider").rect();
    common::type_into(&mut harness, "Label", "Family WiFi");

    // A reminder comes due (and the desktop takes no notification), and a
    // sync tool leaves a copy of the archive, while the person types.
    let later = "2026-11-26T09:00:00+09:00[Asia/Tokyo]".parse().unwrap();
    harness.state_mut().check_reminders(&later);
    let copy = dir
        .path()
        .join("koshin.sync-conflict-20261122-095500-LIN.ron");
    std::fs::copy(dir.path().join("koshin.ron"), &copy).unwrap();
    harness.state_mut().check_disk(&common::now());
    harness.run();
    assert!(harness.state().notices().len() >= 2);
    assert!(common::shows_part(
        &harness,
        "A sync tool left a copy of the archive"
    ));

    assert_eq!(
        harness.get_by_label("Label").rect(),
        label_at,
        "the field moved"
    );
    assert_eq!(harness.get_by_label("Provider").rect(), provider_at);
    common::type_into(&mut harness, "Provider", "Ninja WiFi");
    assert_eq!(common::value_of(&harness, "Label"), "Family WiFi");
    assert_eq!(common::value_of(&harness, "Provider"), "Ninja WiFi");
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

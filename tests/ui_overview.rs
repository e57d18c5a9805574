//! The Overview with a pinned clock: order, urgency marks, readings, reminders, idleness.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use egui_kittest::kittest::Queryable;
use koshin::command::Command;
use koshin::model::{Archive, Card, CardKind};
use koshin::store;

use common::click;

fn card(label: &str, end: &str) -> Card {
    let mut card = Card::new(CardKind::Sim, label);
    card.validity_end = Some(end.parse().unwrap());
    card
}

fn write_archive(dir: &std::path::Path, archive: &Archive) {
    std::fs::write(dir.join(store::FILE_NAME), store::to_text(archive).unwrap()).unwrap();
}

#[test]
fn cards_are_ordered_by_urgency_with_their_marks() {
    let dir = tempfile::tempdir().unwrap();
    // The pinned now is Sunday 22 November 2026, 10:00 in Japan; the lead time is 3 days.
    let archive = Archive {
        cards: vec![
            card("Fine card", "2026-12-31T23:59:00+09:00[Asia/Tokyo]"),
            card("Soon card", "2026-11-25T20:00:00+09:00[Asia/Tokyo]"),
            card("Renew now card", "2026-11-24T23:59:00+09:00[Asia/Tokyo]"),
            card("Stopped card", "2026-11-21T23:59:00+09:00[Asia/Tokyo]"),
        ],
        ..Archive::default()
    };
    write_archive(dir.path(), &archive);
    let mut harness = common::harness(dir.path());
    harness.run();

    let order = ["Stopped card", "Renew now card", "Soon card", "Fine card"];
    let marks = [
        "⛔ Stopped working",
        "⚠ Renew now",
        "⏰ Renew soon",
        "✔ Fine",
    ];
    let ys: Vec<f32> = order
        .iter()
        .map(|label| harness.get_by_label(label).rect().center().y)
        .collect();
    assert!(
        ys.windows(2).all(|w| w[0] < w[1]),
        "cards out of order: {ys:?}"
    );
    for (label, mark) in order.iter().zip(marks) {
        let card_y = harness.get_by_label(label).rect().center().y;
        let mark_y = harness.get_by_label(mark).rect().center().y;
        assert!(
            (card_y - mark_y).abs() < 12.0,
            "{mark} is not beside {label}"
        );
    }
    // Renew-by in Japan time; the laptop here is in Japan too, so one time is shown.
    assert!(
        harness
            .query_by_label_contains(
                "Renew by Sun 2026-11-22 20:00 Japan time (in 10 hours 0 minutes)"
            )
            .is_some()
    );
    // A card whose renew-by passed still works, and says until when.
    assert!(
        harness
            .query_by_label_contains(
                "Renew today: it still works until Tue 2026-11-24 23:59 Japan time (in 2 days 13 hours)"
            )
            .is_some()
    );
    // A card that stopped says so, and what to do for its kind, not its data.
    assert!(
        harness
            .query_by_label_contains("It stopped working Sat 2026-11-21 23:59 Japan time")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Some carriers still allow a top-up")
            .is_some()
    );
}

#[test]
fn renew_now_and_stopped_read_differently_in_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let mut archive = Archive {
        cards: vec![
            card("Renew now card", "2026-11-24T23:59:00+09:00[Asia/Tokyo]"),
            card("Stopped card", "2026-11-21T23:59:00+09:00[Asia/Tokyo]"),
        ],
        ..Archive::default()
    };
    archive.settings.language = Some(koshin::i18n::Lang::Ja);
    write_archive(dir.path(), &archive);
    let mut harness = common::harness(dir.path());
    harness.run();
    let renew_now = harness.get_by_label("⚠ 今すぐ更新").rect().center().y;
    let stopped = harness.get_by_label("⛔ 使用不可").rect().center().y;
    let near =
        |label: &str, y: f32| (harness.get_by_label(label).rect().center().y - y).abs() < 12.0;
    assert!(near("Renew now card", renew_now));
    assert!(near("Stopped card", stopped));
    assert!(
        harness
            .query_by_label_contains("今日更新してください")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("に使えなくなりました")
            .is_some()
    );
    // Not "expired" for a card that still works.
    assert!(harness.query_by_label_contains("期限切れ").is_none());
}

#[test]
fn the_app_is_idle_between_minute_ticks() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    harness.run();
    for _ in 0..3 {
        harness.step();
        let delay = harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
        // The pinned clock stands at a whole minute: the next wake-up is a minute away.
        assert_eq!(
            delay,
            std::time::Duration::from_mins(1),
            "the idle app asked to repaint after {delay:?}"
        );
    }
}

#[test]
fn a_reading_added_on_the_overview_is_saved_and_projected() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    harness.run();
    click(&mut harness, "Show data of Dad's SIM");
    assert!(harness.query_by_label("Data of Dad's SIM").is_some());
    common::type_into(&mut harness, "Data left now", "lots");
    assert!(
        harness
            .query_by_label_contains("is not an amount of data")
            .is_some()
    );
    common::retype_into(&mut harness, "Data left now", "13 GB");
    harness.get_by_label("Add reading").click();
    common::settle_and_save(&mut harness);
    let archive = store::load(&dir.path().join(store::FILE_NAME))
        .unwrap()
        .archive;
    let sim = archive
        .cards
        .iter()
        .find(|c| c.label == "Dad's SIM")
        .unwrap();
    let newest = sim.readings.last().unwrap();
    assert_eq!(newest.remaining_mb, 13 * 1024);
    assert_eq!(newest.at, common::now().timestamp());
    assert_eq!(sim.remaining_data_mb, Some(13 * 1024));
    assert!(harness.query_by_label("13 GB left of 20 GB").is_some());
}

#[test]
fn reminders_export_to_a_calendar_file() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let mut harness = common::harness(dir.path());
    harness.run();
    let ics = dir.path().join("reminders.ics");
    harness
        .state_mut()
        .apply(Command::ExportReminders(ics.clone()), 0.0);
    let text = std::fs::read_to_string(&ics).unwrap();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 5);
    assert!(text.contains("SUMMARY:Renew Mum's eSIM"));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Wrote the reminders to")
            .is_some()
    );
}

#[test]
fn the_first_start_offers_a_first_card_and_the_sample_household() {
    use egui_kittest::kittest::NodeT;
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::harness(dir.path());
    harness.run();
    assert!(
        harness
            .get_by_label("Export reminders…")
            .accesskit_node()
            .is_disabled(),
        "nothing to remind of without cards"
    );
    click(&mut harness, "Try the sample household");
    assert!(harness.query_by_label("Mum's eSIM").is_some());
    assert!(harness.query_by_label("Back to my archive").is_some());
    click(&mut harness, "Back to my archive");
    assert!(harness.query_by_label("Mum's eSIM").is_none());
    assert!(
        !dir.path().join("koshin.ron").exists(),
        "the sample never touches the archive"
    );
    click(&mut harness, "Add your first card");
    assert!(harness.query_by_label("New card").is_some());
    assert_eq!(harness.state().screen(), koshin::command::Screen::Cards);
}

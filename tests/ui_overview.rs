//! The Overview with a pinned clock: order, urgency marks, readings, reminders, idleness.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use egui_kittest::kittest::Queryable;
use koshin::command::Command;
use koshin::model::{Archive, Card, CardKind};
use koshin::store;

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
            card("Today card", "2026-11-25T20:00:00+09:00[Asia/Tokyo]"),
            card("Overdue card", "2026-11-24T23:59:00+09:00[Asia/Tokyo]"),
            card("Soon card", "2026-11-30T23:59:00+09:00[Asia/Tokyo]"),
        ],
        ..Archive::default()
    };
    write_archive(dir.path(), &archive);
    let mut harness = common::harness(dir.path());
    harness.run();

    let order = ["Overdue card", "Today card", "Soon card", "Fine card"];
    let marks = ["Overdue", "Today", "Soon", "Fine"];
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
    assert!(harness.query_by_label_contains("overdue by").is_some());
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
    harness.get_by_label("Show data of Dad's SIM").click();
    harness.run();
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

//! The Overview with a pinned clock: order, urgency marks, readings, reminders, idleness.

#![allow(clippy::unwrap_used, clippy::too_many_lines)]

mod common;

use egui_kittest::kittest::Queryable;
use koshin::command::Command;
use koshin::model::{Archive, Card, CardKind};

use common::{AppHarness, click, is_disabled, shows, shows_part, y_of};

fn card(label: &str, end: &str) -> Card {
    let mut card = Card::new(CardKind::Sim, label);
    card.validity_end = Some(end.parse().unwrap());
    card
}

/// The app on `archive`, written into a temporary folder, first frame run.
fn open_on(archive: &Archive) -> (tempfile::TempDir, AppHarness) {
    let dir = tempfile::tempdir().unwrap();
    common::write_archive(dir.path(), archive);
    let harness = common::open_app(dir.path());
    (dir, harness)
}

/// How the binary starts the app on `dir`, with the pinned clock.
fn options_on(dir: &std::path::Path) -> koshin::AppOptions {
    koshin::AppOptions {
        data_dir: dir.to_path_buf(),
        clock: koshin::Clock::Fixed(common::now()),
        temporary: false,
        system_language: koshin::i18n::Lang::En,
    }
}

/// Whether the widget labelled `label` stands level with `y` (on the same row).
fn level_with(harness: &AppHarness, label: &str, y: f32) -> bool {
    (y_of(harness, label) - y).abs() < 12.0
}

#[test]
fn cards_are_ordered_by_urgency_with_their_marks() {
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
    let (_dir, harness) = open_on(&archive);

    let order = ["Stopped card", "Renew now card", "Soon card", "Fine card"];
    let marks = [
        "⛔ Stopped working",
        "⚠ Renew now",
        "⏰ Renew soon",
        "✔ Fine",
    ];
    let ys: Vec<f32> = order.iter().map(|label| y_of(&harness, label)).collect();
    assert!(
        ys.windows(2).all(|w| w[0] < w[1]),
        "cards out of order: {ys:?}"
    );
    for (label, mark) in order.iter().zip(marks) {
        let mark_y = y_of(&harness, mark);
        assert!(
            level_with(&harness, label, mark_y),
            "{mark} is not beside {label}"
        );
    }
    // Renew-by in Japan time; the laptop here is in Japan too, so one time is shown.
    assert!(shows_part(
        &harness,
        "Renew by Sun 2026-11-22 20:00 Japan time (in 10 hours 0 minutes)"
    ));
    // A card whose renew-by passed still works, and says until when.
    assert!(shows_part(
        &harness,
        "Renew today: it still works until Tue 2026-11-24 23:59 Japan time (in 2 days 13 hours)"
    ));
    // A card that stopped says so, and what to do for its kind, not its data.
    assert!(shows_part(
        &harness,
        "It stopped working Sat 2026-11-21 23:59 Japan time"
    ));
    assert!(shows_part(&harness, "Some carriers still allow a top-up"));
}

#[test]
fn renew_now_and_stopped_read_differently_in_japanese() {
    let mut archive = Archive {
        cards: vec![
            card("Renew now card", "2026-11-24T23:59:00+09:00[Asia/Tokyo]"),
            card("Stopped card", "2026-11-21T23:59:00+09:00[Asia/Tokyo]"),
        ],
        ..Archive::default()
    };
    archive.settings.language = Some(koshin::i18n::Lang::Ja);
    let (_dir, harness) = open_on(&archive);
    let renew_now = y_of(&harness, "⚠ 今すぐ更新");
    let stopped = y_of(&harness, "⛔ 使用不可");
    assert!(level_with(&harness, "Renew now card", renew_now));
    assert!(level_with(&harness, "Stopped card", stopped));
    assert!(shows_part(&harness, "今日更新してください"));
    assert!(shows_part(&harness, "に使えなくなりました"));
    // Not "expired" for a card that still works.
    assert!(!shows_part(&harness, "期限切れ"));
}

#[test]
fn the_app_is_idle_between_minute_ticks() {
    let (_dir, mut harness) = common::demo_harness();
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
    let (dir, mut harness) = common::demo_harness();
    click(&mut harness, "Show data of Dad's SIM");
    assert!(shows(&harness, "Data of Dad's SIM"));
    common::type_into(&mut harness, "Data left now", "lots");
    assert!(shows_part(&harness, "is not an amount of data"));
    common::retype_into(&mut harness, "Data left now", "13 GB");
    harness.get_by_label("Add reading").click();
    common::settle_and_save(&mut harness);
    let archive = common::load(dir.path());
    let sim = common::card_by_label(&archive, "Dad's SIM");
    let newest = sim.readings.last().unwrap();
    assert_eq!(newest.remaining_mb, 13 * 1024);
    assert_eq!(newest.at, common::now().timestamp());
    assert_eq!(sim.remaining_data_mb, Some(13 * 1024));
    assert!(shows(&harness, "13 GB left of 20 GB"));
}

#[test]
fn reminders_export_to_a_calendar_file() {
    let (dir, mut harness) = common::demo_harness();
    let ics = dir.path().join("reminders.ics");
    harness
        .state_mut()
        .apply(Command::ExportReminders(ics.clone()), 0.0);
    let text = common::read_text(&ics);
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 5);
    assert!(text.contains("SUMMARY:Renew Mum's eSIM"));
    harness.run();
    assert!(shows_part(&harness, "Wrote the reminders to"));
}

#[test]
fn the_first_start_offers_a_first_card_and_the_sample_household() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = common::open_app(dir.path());
    assert!(
        is_disabled(&harness, "Export reminders…"),
        "nothing to remind of without cards"
    );
    click(&mut harness, "Try the sample household");
    assert!(shows(&harness, "Mum's eSIM"));
    assert!(shows(&harness, "Back to my archive"));
    click(&mut harness, "Back to my archive");
    assert!(!shows(&harness, "Mum's eSIM"));
    assert!(
        !dir.path().join("koshin.ron").exists(),
        "the sample never touches the archive"
    );
    click(&mut harness, "Add your first card");
    assert!(shows(&harness, "New card"));
    assert_eq!(harness.state().screen(), koshin::command::Screen::Cards);
}

#[test]
fn the_archive_read_while_the_window_starts_is_the_one_shown() {
    let archive = Archive {
        cards: (1..=40)
            .map(|n| {
                card(
                    &format!("Card {n:02}"),
                    "2026-12-31T23:59:00+09:00[Asia/Tokyo]",
                )
            })
            .collect(),
        ..Archive::default()
    };
    let dir = tempfile::tempdir().unwrap();
    common::write_archive(dir.path(), &archive);
    let options = options_on(dir.path());
    // As the binary does: the archive is read on a thread before the window exists.
    let opening = koshin::KoshinApp::start_opening(&options);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1180.0, 760.0))
        .build_eframe(move |cc| koshin::KoshinApp::opened(&cc.egui_ctx, options, opening));

    // The harness runs frames until the app settles as it starts: the first
    // lays out only the cards in sight (7 of 40 here), the next all of them.
    harness.run();
    assert_eq!(common::count_part(&harness, "Renew Card"), 40);
    assert_eq!(harness.state().archive().cards.len(), 40);
    assert!(!harness.state().has_unsaved_changes());
}

/// The app, with what the archive held at the end of each frame: cards,
/// receipts, and whether the archive's lock is held.
struct Recorded {
    app: koshin::KoshinApp,
    frames: Vec<(usize, usize, bool)>,
}

impl eframe::App for Recorded {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        let archive = self.app.archive();
        let locked = self.app.store().holds_lock();
        self.frames
            .push((archive.cards.len(), archive.receipts.len(), locked));
    }
}

#[test]
fn a_large_archive_shows_its_cards_first_and_is_opened_in_full_before_anything_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let archive = koshin::model::demo::large_archive(&common::now(), 12, 3_000);
    koshin::actions::archive::write_archive_once(dir.path(), &archive).unwrap();
    let file = dir.path().join(koshin::store::FILE_NAME);
    let before = std::fs::read(&file).unwrap();
    let options = options_on(dir.path());
    let opening = koshin::KoshinApp::start_opening(&options);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1180.0, 760.0))
        .build_eframe(move |cc| Recorded {
            app: koshin::KoshinApp::opened(&cc.egui_ctx, options, opening),
            frames: Vec::new(),
        });
    harness.run();

    let frames = &harness.state().frames;
    // The first frame draws the cards before the receipts are read, and holds
    // no lock; the next has the archive in full.
    assert_eq!(frames[0], (12, 0, false));
    assert!(
        frames[1..].iter().all(|f| *f == (12, 3_000, true)),
        "{frames:?}"
    );
    let first = &archive.cards[0].label;
    let renew = format!("Renew {first}");
    assert!(harness.query_by_label_contains(&renew).is_some());
    assert!(!harness.state().app.has_unsaved_changes());
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "opening wrote the file"
    );

    // An edit is saved with every receipt kept.
    let gone = archive.receipts[10].id;
    harness
        .state_mut()
        .app
        .apply(Command::DeleteReceipt(gone), 0.0);
    harness.run_steps(4);
    let saved = common::load(dir.path());
    assert_eq!(saved.receipts.len(), 2_999);
    assert!(saved.receipts.iter().all(|r| r.id != gone));
}

#[test]
fn a_command_before_the_second_frame_acts_on_the_archive_in_full() {
    let dir = tempfile::tempdir().unwrap();
    let archive = koshin::model::demo::large_archive(&common::now(), 3, 3_000);
    koshin::actions::archive::write_archive_once(dir.path(), &archive).unwrap();
    let options = options_on(dir.path());
    let opening = koshin::KoshinApp::start_opening(&options);
    let mut app = koshin::KoshinApp::opened(&egui::Context::default(), options, opening);
    assert!(
        app.archive().receipts.is_empty(),
        "the app starts on a preview"
    );
    let gone = archive.receipts[0].id;
    app.apply(Command::DeleteReceipt(gone), 0.0);
    assert_eq!(app.archive().receipts.len(), 2_999);
    app.flush();
    assert_eq!(common::load(dir.path()).receipts.len(), 2_999);
}

/// Every text painted in the last frame.
fn painted_texts(harness: &AppHarness) -> Vec<String> {
    fn collect(shape: &egui::Shape, into: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(text) => into.push(text.galley.text().to_owned()),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, into)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut texts);
    }
    texts
}

#[test]
fn after_a_renewal_the_chart_keeps_its_dates_and_sets_the_old_readings_apart() {
    use koshin::model::card::DataReading;
    use koshin::model::history::{Outcome, RenewalEvent};
    let now = common::now();
    let mut archive = koshin::model::demo::archive(&now);
    let mum = archive
        .cards
        .iter_mut()
        .find(|c| c.label == "Mum's eSIM")
        .unwrap();
    // Renewed an hour ago for 30 days, with one reading since.
    let renewed = now.timestamp() - jiff::SignedDuration::from_hours(1);
    mum.history.push(RenewalEvent {
        at: renewed,
        outcome: Outcome::Renewed,
        ..RenewalEvent::default()
    });
    mum.validity_end = Some(now.checked_add(jiff::ToSpan::days(30)).unwrap());
    mum.add_reading(DataReading {
        at: renewed,
        remaining_mb: 10 * 1024,
    });
    let (_dir, mut harness) = open_on(&archive);
    if harness.query_by_label("Show data of Mum's eSIM").is_some() {
        click(&mut harness, "Show data of Mum's eSIM");
    }
    assert!(shows(&harness, "Data of Mum's eSIM"));
    harness.run();

    // The old readings are their own series in the legend.
    assert!(shows(&harness, "Before the last renewal"));
    assert!(shows(&harness, "Readings"));
    // Dates along the x axis, across the month to the new validity end.
    let dates: Vec<String> = painted_texts(&harness)
        .into_iter()
        .filter(|t| {
            t.len() == 5
                && t.as_bytes()[2] == b'-'
                && t.chars().filter(char::is_ascii_digit).count() == 4
        })
        .collect();
    assert!(dates.len() >= 3, "date labels: {dates:?}");
}

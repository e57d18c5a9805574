//! The app while another device changes the archive in a synced folder: a
//! change with nothing unsaved is shown at once; with an edit pending, the
//! saved file holds both sides' changes; a conflict copy is offered to merge.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::time::Duration;

use koshin::command::Command;
use koshin::model::{Archive, Card, CardId, CardKind};
use koshin::store;

use common::{count_part, shows_part};

/// What the sync tool does: another laptop's version replaces the file.
fn another_device_writes(dir: &Path, edit: impl FnOnce(&mut Archive)) {
    let mut theirs = common::load(dir);
    edit(&mut theirs);
    let text = store::to_text(&theirs).unwrap();
    store::write_atomic(&store::archive_path(dir), text.as_bytes()).unwrap();
}

/// Another laptop adds a card, Grandma's eSIM, and the sync tool brings it in.
fn another_device_adds_grandmas_esim(dir: &Path) {
    another_device_writes(dir, |theirs| {
        let card = Card::new(CardKind::Esim, "Grandma's eSIM");
        theirs.cards.push(card);
    });
}

#[test]
fn a_file_replaced_on_disk_with_nothing_unsaved_is_shown_at_once() {
    let (dir, mut harness) = common::demo_harness();
    assert_eq!(count_part(&harness, "Grandma's eSIM"), 0);

    another_device_adds_grandmas_esim(dir.path());
    // The file watcher (or, at the latest, the check every few seconds) notices.
    let mut shown = false;
    for _ in 0..40 {
        std::thread::sleep(Duration::from_millis(50));
        harness.run_steps(1);
        if count_part(&harness, "Grandma's eSIM") > 0 {
            shown = true;
            break;
        }
    }
    assert!(shown, "the Overview never showed the other device's card");
    assert!(shows_part(&harness, "Updated from another device at 10:00"));
    assert_eq!(harness.state().archive().cards.len(), 4);
    assert!(!harness.state().has_unsaved_changes());
}

/// A reading of the SIM's data added in the window, not saved yet; the SIM's id.
fn pending_reading(harness: &mut common::AppHarness, remaining_mb: u64) -> CardId {
    let sim = harness.state().archive().cards[1].id;
    let reading = Command::AddReading {
        card: sim,
        remaining_mb,
    };
    harness.state_mut().apply(reading, 0.0);
    assert!(harness.state().has_unsaved_changes());
    sim
}

#[test]
fn with_an_edit_pending_the_saved_file_holds_both_sides_changes() {
    let (dir, mut harness) = common::demo_harness();
    // An edit here, not yet saved...
    let sim = pending_reading(&mut harness, 9000);
    // ...while another laptop adds a card.
    another_device_adds_grandmas_esim(dir.path());
    harness.state_mut().check_disk(&common::now());
    harness.run();

    let saved = common::load(dir.path());
    assert_eq!(saved.cards.len(), 4, "the other device's card is kept");
    let card = saved.card(sim).unwrap();
    assert_eq!(
        card.remaining_data_mb,
        Some(9000),
        "this window's reading is kept"
    );
    assert_eq!(harness.state().archive(), &saved);
    assert!(shows_part(
        &harness,
        "Another device changed the archive while it was open here"
    ));
    assert!(count_part(&harness, "Grandma's eSIM") > 0);
}

#[test]
fn a_conflict_copy_is_offered_merged_and_moved_to_the_backups() {
    let dir = common::demo_dir();
    let copy = dir
        .path()
        .join("koshin.sync-conflict-20261122-095500-LINLAPTOP.ron");
    let mut theirs = common::load(dir.path());
    theirs
        .cards
        .push(Card::new(CardKind::PocketWifi, "Lin's router"));
    std::fs::write(&copy, store::to_text(&theirs).unwrap()).unwrap();

    let mut harness = common::open_app(dir.path());
    assert!(shows_part(
        &harness,
        "A sync tool left a copy of the archive beside it: koshin.sync-conflict-20261122-095500-LINLAPTOP.ron"
    ));
    common::click(&mut harness, "Merge");
    common::settle_and_save(&mut harness);

    let saved = common::load(dir.path());
    assert!(saved.cards.iter().any(|c| c.label == "Lin's router"));
    assert!(!copy.exists(), "the merged copy left the data folder");
    assert!(
        dir.path()
            .join("backups/conflict-koshin.sync-conflict-20261122-095500-LINLAPTOP.ron")
            .exists()
    );
    assert!(!shows_part(&harness, "A sync tool left"));
}

#[test]
fn asked_to_end_by_the_system_the_app_saves_what_is_pending_and_releases_the_lock() {
    let (dir, mut harness) = common::demo_harness();
    let sim = pending_reading(&mut harness, 4321);
    let lock = dir.path().join("koshin.lock");
    assert!(
        !std::fs::read_to_string(&lock).unwrap().is_empty(),
        "the lock notes this copy"
    );

    // What SIGTERM (a logout, a shutdown) or Ctrl+C does.
    harness.state().end_request().request();
    harness.step();

    assert!(!harness.state().has_unsaved_changes());
    let saved = common::load(dir.path());
    assert_eq!(saved.card(sim).unwrap().remaining_data_mb, Some(4321));
    assert_eq!(
        std::fs::read_to_string(&lock).unwrap(),
        "",
        "the lock was released"
    );
    // Another program may now change the archive.
    let (store, _) = store::Store::open(dir.path(), common::now().timestamp());
    assert!(store.is_writable());
}

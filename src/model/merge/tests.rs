//! Stamping and merging two copies, with a pinned clock.

use jiff::Timestamp;
use jiff::civil::Date;

use super::*;
use crate::model::card::{CardId, CardKind, DataReading};
use crate::model::money::Money;

fn at(hour: i8) -> Timestamp {
    Date::constant(2026, 12, 2)
        .at(hour, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
}

fn receipt(provider: &str, yen: i64) -> Receipt {
    Receipt {
        provider: provider.into(),
        amount: Money::yen(yen),
        ..Receipt::default()
    }
}

/// The household both laptops start from, saved (stamped) at 08:00.
fn household() -> Archive {
    let mut archive = Archive::default();
    archive.cards.push(Card::new(CardKind::Sim, "Dad's SIM"));
    archive.cards.push(Card::new(CardKind::Esim, "Mum's eSIM"));
    archive.receipts.push(receipt("Mirai Mobile", 3000));
    let mut stamped = archive.clone();
    stamp(&Archive::default(), &mut stamped, at(8));
    stamped
}

/// `edit` applied to a copy of `base`, saved at `hour`.
fn edited(base: &Archive, hour: i8, edit: impl FnOnce(&mut Archive)) -> Archive {
    let mut copy = base.clone();
    edit(&mut copy);
    stamp(base, &mut copy, at(hour));
    copy
}

/// `base` with the card `id` deleted at `hour`.
fn without_card(base: &Archive, hour: i8, id: CardId) -> Archive {
    edited(base, hour, |a| {
        a.delete_card(id);
    })
}

#[test]
fn a_save_stamps_what_changed_and_keeps_the_stamps_of_the_rest() {
    let base = household();
    assert!(base.cards.iter().all(|c| c.updated_at == Some(at(8))));
    let copy = edited(&base, 9, |a| a.cards[0].notes = "top up at Lawson".into());
    assert_eq!(copy.cards[0].updated_at, Some(at(9)));
    assert_eq!(copy.cards[1].updated_at, Some(at(8)));
    assert_eq!(copy.receipts[0].updated_at, Some(at(8)));
    assert_eq!(copy.settings.updated_at, base.settings.updated_at);
    // A form that drops the stamp but changes nothing does not count as an edit.
    let unchanged = edited(&base, 10, |a| a.receipts[0].updated_at = None);
    assert_eq!(unchanged.receipts[0].updated_at, Some(at(8)));
}

#[test]
fn a_deletion_leaves_a_tombstone_that_goes_after_a_year() {
    let base = household();
    let id = base.cards[0].id;
    let copy = without_card(&base, 9, id);
    assert_eq!(
        copy.tombstones,
        [Tombstone {
            kind: RecordKind::Card,
            id: id.0,
            deleted_at: at(9)
        }]
    );
    let mut later = copy.clone();
    stamp(
        &copy,
        &mut later,
        at(9) + SignedDuration::from_hours(24 * (TOMBSTONE_DAYS + 1)),
    );
    assert!(later.tombstones.is_empty());
}

#[test]
fn receipts_added_on_both_sides_are_all_kept() {
    let base = household();
    let lin = edited(&base, 9, |a| a.receipts.push(receipt("Lin's shop", 1500)));
    let mum = edited(&base, 10, |a| a.receipts.push(receipt("Sakura eSIM", 2000)));
    let (merged, report) = merge(&mum, &lin);
    let providers: Vec<&str> = merged
        .receipts
        .iter()
        .map(|r| r.provider.as_str())
        .collect();
    assert_eq!(providers, ["Mirai Mobile", "Sakura eSIM", "Lin's shop"]);
    assert_eq!(report.added.len(), 1);
    assert_eq!(report.added[0].kind, RecordKind::Receipt);
    assert!(report.replaced.is_empty() && report.removed.is_empty());
}

#[test]
fn a_card_deleted_on_one_side_stays_deleted_and_an_edit_on_the_other_is_kept() {
    let base = household();
    let dad = base.cards[0].id;
    let receipt = base.receipts[0].id;
    let mum = without_card(&base, 9, dad);
    let lin = edited(&base, 10, |a| {
        a.receipts[0].notes = "paid at FamilyMart".into();
    });
    for (merged, _) in [merge(&mum, &lin), merge(&lin, &mum)] {
        assert!(merged.card(dad).is_none(), "the deleted card came back");
        let kept = merged.receipts.iter().find(|r| r.id == receipt).unwrap();
        assert_eq!(kept.notes, "paid at FamilyMart");
        assert_eq!(merged.cards.len(), 1);
    }
    let (_, report) = merge(&lin, &mum);
    assert_eq!(report.removed[0].name, "Dad's SIM");
}

#[test]
fn a_receipt_of_a_card_deleted_elsewhere_keeps_the_cards_name() {
    let base = household();
    let dad = base.cards[0].id;
    let mum = without_card(&base, 9, dad);
    let lin = edited(&base, 10, |a| {
        let mut r = receipt("Mirai Mobile", 500);
        r.card = Some(dad);
        a.receipts.push(r);
    });
    let (merged, _) = merge(&mum, &lin);
    let added = merged.receipts.last().unwrap();
    assert_eq!(added.card, None);
    assert_eq!(added.card_label, "Dad's SIM");
}

#[test]
fn where_both_changed_a_record_the_newer_edit_wins_and_is_named() {
    let base = household();
    let mum = edited(&base, 9, |a| a.receipts[0].notes = "older".into());
    let lin = edited(&base, 10, |a| a.receipts[0].notes = "newer".into());
    let (merged, report) = merge(&mum, &lin);
    assert_eq!(merged.receipts[0].notes, "newer");
    assert_eq!(report.replaced.len(), 1);
    assert!(report.replaced[0].name.contains("Mirai Mobile"));
    let (merged, report) = merge(&lin, &mum);
    assert_eq!(merged.receipts[0].notes, "newer");
    assert!(report.is_empty());
}

#[test]
fn readings_from_both_copies_are_kept_whichever_card_edit_wins() {
    let base = household();
    let reading = |hour, mb| DataReading {
        at: at(hour),
        remaining_mb: mb,
    };
    let mum = edited(&base, 9, |a| a.cards[0].add_reading(reading(9, 1500)));
    let lin = edited(&base, 11, |a| {
        a.cards[0].add_reading(reading(11, 900));
        a.cards[0].notes = "Lin's note".into();
    });
    let (merged, _) = merge(&mum, &lin);
    let card = &merged.cards[0];
    let mbs: Vec<u64> = card.readings.iter().map(|r| r.remaining_mb).collect();
    assert_eq!(mbs, [1500, 900]);
    assert_eq!(card.remaining_data_mb, Some(900));
    assert_eq!(card.notes, "Lin's note");
}

#[test]
fn merging_the_same_copy_twice_changes_nothing() {
    let base = household();
    let mum = edited(&base, 9, |a| a.receipts.push(receipt("Sakura eSIM", 2000)));
    let dad = base.cards[0].id;
    let lin = edited(&base, 10, |a| {
        a.receipts.push(receipt("Lin's shop", 1500));
        a.delete_card(dad);
        a.settings.lead_time_days = 5;
    });
    let (once, report) = merge(&mum, &lin);
    assert!(!report.is_empty());
    assert_eq!(once.settings.lead_time_days, 5);
    let (twice, report) = merge(&once, &lin);
    assert!(report.is_empty(), "{report:?}");
    assert_eq!(twice, once);
}

#[test]
fn a_record_edited_after_its_deletion_elsewhere_comes_back() {
    let base = household();
    let dad = base.cards[0].id;
    let mum = without_card(&base, 9, dad);
    let lin = edited(&base, 10, |a| a.cards[0].notes = "still in use".into());
    let (merged, _) = merge(&mum, &lin);
    assert_eq!(merged.card(dad).unwrap().notes, "still in use");
    assert!(merged.tombstones.is_empty());
}

#[test]
fn records_of_a_version_1_file_count_as_older_than_any_edit() {
    let base = household();
    let mut old = base.clone();
    for card in &mut old.cards {
        card.updated_at = None;
        card.notes = "from the old file".into();
    }
    let (merged, report) = merge(&base, &old);
    assert!(merged.cards.iter().all(|c| c.notes.is_empty()));
    assert!(report.is_empty());
}

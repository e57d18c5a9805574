//! The actions on a sample archive, with a pinned clock and temporary files.

use jiff::Zoned;

use super::*;
use crate::formats::guide::GuideFormat;
use crate::i18n::english;
use crate::model::{Archive, Card, CardKind, demo};

fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

/// Checks that what `outcome` said, in English, mentions each of `words`.
fn assert_mentions(outcome: &Outcome, words: &[&str]) {
    let text = lines(outcome).join("\n");
    for word in words {
        assert!(text.contains(word), "{word}: {text}");
    }
}

fn lines(outcome: &Outcome) -> Vec<String> {
    outcome
        .said
        .iter()
        .flat_map(|s| std::iter::once(&s.msg).chain(&s.details))
        .map(|m| english().msg(m))
        .collect()
}

#[test]
fn a_card_whose_label_is_taken_is_refused_wherever_it_is_saved() {
    let mut archive = demo::archive(&now());
    let taken = archive.cards[0].label.to_uppercase();
    let before = archive.clone();
    let outcome = cards::save_card(&mut archive, Card::new(CardKind::Sim, taken), &now());
    assert!(outcome.is_failure());
    assert!(!outcome.changed);
    assert!(lines(&outcome)[0].contains("already called"), "{outcome:?}");
    assert_eq!(archive, before);

    // The card itself may keep its own label.
    let mut same = archive.cards[0].clone();
    same.notes = "new note".into();
    let outcome = cards::save_card(&mut archive, same, &now());
    assert!(!outcome.is_failure() && outcome.changed);
}

#[test]
fn saving_a_card_with_new_data_left_records_a_reading() {
    let mut archive = Archive::default();
    let mut card = Card::new(CardKind::Esim, "eSIM");
    card.remaining_data_mb = Some(2048);
    assert!(cards::save_card(&mut archive, card, &now()).changed);
    assert_eq!(archive.cards[0].readings.len(), 1);
    // Saving again without a change of data adds no reading.
    let saved = archive.cards[0].clone();
    assert!(cards::save_card(&mut archive, saved, &now()).changed);
    assert_eq!(archive.cards[0].readings.len(), 1);
}

#[test]
fn the_guide_is_written_in_the_format_asked_for_whatever_the_file_is_called() {
    let dir = tempfile::tempdir().unwrap();
    let archive = demo::archive(&now());
    let id = archive.cards[0].id;
    let file = dir.path().join("guide-for-mum.txt");
    let outcome = exports::write_guide(
        &archive,
        id,
        GuideFormat::Markdown,
        &file,
        (&now(), &crate::model::Reader::default()),
        english(),
    );
    assert!(!outcome.is_failure());
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("# "), "{text}");
    assert!(!text.contains("<html"), "{text}");
}

#[test]
fn a_bad_csv_lists_its_lines_up_to_a_limit_and_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.csv");
    let header =
        "date,card,provider,plan,channel,amount,currency,order_number,valid_from,valid_until,notes";
    let rows: Vec<String> = (1..=25)
        .map(|day| format!("2026-11-{day:02},SIM,P,Plan,online,abc,JPY,O{day},,,"))
        .collect();
    let text = format!("{header}\n{}\n", rows.join("\n"));
    std::fs::write(&file, text).unwrap();
    let mut archive = demo::archive(&now());
    let before = archive.receipts.len();
    let outcome = receipts::import_receipts(&mut archive, &file, receipts::UnknownCards::Refuse);
    assert!(outcome.is_failure());
    assert_eq!(archive.receipts.len(), before);
    let said = &outcome.said[0];
    assert_eq!(said.details.len(), receipts::CSV_ERRORS_LISTED + 1);
    assert_mentions(&outcome, &["Line 2:", "5 more"]);
}

#[test]
fn exporting_reminders_warns_that_some_calendars_drop_alarms() {
    let dir = tempfile::tempdir().unwrap();
    let archive = demo::archive(&now());
    let outcome = exports::export_reminders(&archive, &dir.path().join("r.ics"), &now(), english());
    assert_mentions(&outcome, &["Google Calendar", "Outlook"]);
}

#[test]
fn a_card_that_is_gone_is_said_not_silently_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let archive = Archive::default();
    let id = crate::model::CardId::new_random();
    let outcome = cards::export_card(&archive, id, true, &dir.path().join("c.ron"));
    assert!(outcome.is_failure());
    assert!(!dir.path().join("c.ron").exists());
}

//! Sharing one card profile as a `.koshin-card.ron` file: no receipts, no
//! history, and on request no identifiers. Importing adds it as a new card,
//! renamed when its label is taken, and refuses a damaged or hostile file.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::model::card::{Identifiers, PaymentMethod};
use crate::model::{Archive, Card, CardId};

/// What the file says it is.
pub const FORMAT: &str = "koshin-card";
/// The version of the card file format this build writes.
pub const VERSION: u32 = 1;
/// The file name ending of a shared card.
pub const EXTENSION: &str = "koshin-card.ron";
/// Larger files are refused unread: a card profile is a few kilobytes.
pub const MAX_BYTES: usize = 256 * 1024;
/// Texts longer than this are refused (a label, a note).
const MAX_TEXT: usize = 10_000;

/// The file: a marker, a version, the card and its people by name (a
/// household's ids mean nothing in another's). Files written before people
/// named them inside the card, where they are still read.
#[derive(Debug, Serialize, Deserialize)]
struct CardFile {
    format: String,
    version: u32,
    card: Card,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    owner: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    helper: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    helper_contact: String,
}

/// The card as it is shared: no history, no readings, identifiers only when
/// asked, and the eSIM's activation code (a secret until installed) only when
/// asked for on its own.
pub fn shared(card: &Card, with_identifiers: bool, with_activation_code: bool) -> Card {
    let mut shared = card.clone();
    shared.history.clear();
    shared.readings.clear();
    shared.updated_at = None;
    if !(with_identifiers && with_activation_code) {
        shared.esim_code = crate::model::esim_code::EsimCode::default();
    }
    if !with_identifiers {
        shared.ids = Identifiers::default();
        shared.payment = PaymentMethod {
            label: card.payment.label.clone(),
            last_four: String::new(),
        };
    }
    shared
}

/// The text of a card file.
pub fn write_card(
    card: &Card,
    with_identifiers: bool,
    with_activation_code: bool,
) -> Result<String, Msg> {
    let mut shared = shared(card, with_identifiers, with_activation_code);
    shared.owner_id = None;
    shared.helper_id = None;
    let file = CardFile {
        format: FORMAT.to_owned(),
        version: VERSION,
        owner: std::mem::take(&mut shared.owner_name),
        helper: std::mem::take(&mut shared.helper_name),
        helper_contact: std::mem::take(&mut shared.helper_phone),
        card: shared,
    };
    crate::store::to_text_of(&file).map_err(|e| e.message())
}

/// A label not used by any card of the archive: the label, or "Label (2)", "Label (3)", …
pub fn free_label(archive: &Archive, label: &str) -> String {
    let taken = |candidate: &str| {
        archive
            .cards
            .iter()
            .any(|c| c.label.trim().eq_ignore_ascii_case(candidate.trim()))
    };
    if !taken(label) {
        return label.to_owned();
    }
    // More cards than the archive holds can't all be taken, so this always finds one.
    (2..=archive.cards.len() + 2)
        .map(|n| format!("{label} ({n})"))
        .find(|candidate| !taken(candidate))
        .unwrap_or_else(|| label.to_owned())
}

/// Reads a card file into a new card for `archive` (a fresh id, a free label),
/// or says why the file cannot be used. Nothing is changed either way.
pub fn read_card(bytes: &[u8], archive: &Archive) -> Result<Card, Msg> {
    if bytes.len() > MAX_BYTES {
        return Err(Msg::new("card-file-too-large"));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Msg::new("card-file-not-text"))?;
    let file: CardFile = ron::from_str(text).map_err(|e| {
        Msg::new("card-file-damaged")
            .arg("line", e.span.start.line)
            .arg("column", e.span.start.col)
            .arg("detail", e.code.to_string())
    })?;
    if file.format != FORMAT {
        return Err(Msg::new("card-file-not-a-card"));
    }
    if file.version > VERSION {
        return Err(Msg::new("card-file-newer").arg("version", file.version));
    }
    let mut card = file.card;
    card.owner_id = None;
    card.helper_id = None;
    for (from_file, on_card) in [
        (file.owner, &mut card.owner_name),
        (file.helper, &mut card.helper_name),
        (file.helper_contact, &mut card.helper_phone),
    ] {
        if !from_file.is_empty() {
            *on_card = from_file;
        }
    }
    let texts = card.free_text();
    if texts.iter().any(|(_, text)| text.len() > MAX_TEXT) {
        return Err(Msg::new("card-file-too-large"));
    }
    if let Some(error) = card.errors().first() {
        return Err(Msg::new("card-file-refused").arg("problem", error.message()));
    }
    card.id = CardId::new_random();
    card.history.clear();
    card.label = free_label(archive, card.label.trim());
    Ok(card.normalized())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo;

    fn archive() -> Archive {
        demo::archive(&"2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap())
    }

    #[test]
    fn a_card_round_trips_with_and_without_identifiers() {
        let archive = archive();
        let card = &archive.cards[0];
        let empty = Archive::default();

        let with = read_card(write_card(card, true, false).unwrap().as_bytes(), &empty).unwrap();
        assert_ne!(with.id, card.id, "a new card, not the same one");
        assert_eq!(with.label, card.label);
        assert_eq!(with.ids, card.ids);
        assert_eq!(with.validity_end, card.validity_end);
        assert_eq!(with.helper_phone, card.helper_phone);
        assert!(with.history.is_empty() && with.readings.is_empty());

        let without =
            read_card(write_card(card, false, false).unwrap().as_bytes(), &empty).unwrap();
        assert_eq!(without.ids, Identifiers::default());
        assert_eq!(without.payment.last_four, "");
        assert_eq!(without.payment.label, card.payment.label);
        assert_eq!(without.provider, card.provider);
        let text = write_card(card, false, false).unwrap();
        assert!(!text.contains(&card.ids.iccid), "no ICCID in the file");
    }

    #[test]
    fn a_taken_label_is_renamed_never_overwritten() {
        let mut archive = archive();
        let text = write_card(&archive.cards[0], true, false).unwrap();
        let first = read_card(text.as_bytes(), &archive).unwrap();
        assert_eq!(first.label, "Mum's eSIM (2)");
        archive.cards.push(first);
        let second = read_card(text.as_bytes(), &archive).unwrap();
        assert_eq!(second.label, "Mum's eSIM (3)");
    }

    #[test]
    fn damaged_and_hostile_files_are_refused_with_a_reason() {
        let archive = archive();
        let good = write_card(&archive.cards[0], true, false).unwrap();
        let id = |r: Result<Card, Msg>| r.unwrap_err().id;
        assert_eq!(
            id(read_card(&good.as_bytes()[..good.len() / 2], &archive)),
            "card-file-damaged"
        );
        assert_eq!(id(read_card(b"\xff\xfe", &archive)), "card-file-not-text");
        assert_eq!(
            id(read_card(&vec![b' '; MAX_BYTES + 1], &archive)),
            "card-file-too-large"
        );
        let archive_file = crate::store::to_text(&archive).unwrap();
        assert_eq!(
            id(read_card(archive_file.as_bytes(), &archive)),
            "card-file-damaged",
            "an archive is not a card"
        );
        let wrong = good.replacen("koshin-card", "something-else", 1);
        assert_eq!(
            id(read_card(wrong.as_bytes(), &archive)),
            "card-file-not-a-card"
        );
        let newer = good.replacen("version: 1", "version: 2", 1);
        assert_eq!(id(read_card(newer.as_bytes(), &archive)), "card-file-newer");
        let no_label = good.replacen("label: \"Mum's eSIM\"", "label: \"  \"", 1);
        assert_eq!(
            read_card(no_label.as_bytes(), &archive).unwrap_err(),
            Msg::new("card-file-refused").arg("problem", Msg::new("card-error-missing-label"))
        );
        let card_number = good.replacen("notes: \"", "notes: \"4111 1111 1111 1111 ", 1);
        assert_eq!(
            id(read_card(card_number.as_bytes(), &archive)),
            "card-file-refused"
        );
        let deep = format!(
            "(format: \"koshin-card\", version: 1, card: {}{})",
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        assert_eq!(
            id(read_card(deep.as_bytes(), &archive)),
            "card-file-damaged"
        );
    }
}

//! Cards: save, delete, record a reading, share as a file and import one.

use std::path::Path;

use jiff::Zoned;

use super::{Outcome, read_file, shown};
use crate::formats::{self, card_file};
use crate::i18n::Msg;
use crate::model::card::DataReading;
use crate::model::{Archive, Card, CardId};

/// Adds a card, or replaces the card with the same id. Refused when the card
/// has a problem or its label is taken. Data left typed into the form is a
/// reading taken `now`.
pub fn save_card(archive: &mut Archive, card: Card, now: &Zoned) -> Outcome {
    let errors = archive.card_errors(&card);
    if let Some(error) = errors.first() {
        return Outcome::failed(error.message());
    }
    let previous = archive.card(card.id);
    let msg_id = if previous.is_none() {
        msg_id!("card-added")
    } else {
        msg_id!("card-saved")
    };
    let previous_data = previous.and_then(|c| c.remaining_data_mb);
    let mut card = card;
    // The names typed on the form: people of the household.
    archive.adopt_names(&mut card);
    if card.remaining_data_mb != previous_data
        && let Some(remaining_mb) = card.remaining_data_mb
    {
        card.add_reading(DataReading {
            at: now.timestamp(),
            remaining_mb,
        });
    }
    let msg = Msg::new(msg_id).arg("label", card.label.as_str());
    archive.upsert_card(card);
    Outcome::success(true, msg)
}

/// Deletes a card; its receipts stay, unlinked.
pub fn delete_card(archive: &mut Archive, id: CardId) -> Outcome {
    match archive.delete_card(id) {
        Some(card) => Outcome::success(
            true,
            Msg::new("card-deleted").arg("label", card.label.as_str()),
        ),
        None => Outcome::nothing(),
    }
}

/// Records a reading of a card's data left, taken `now`.
pub fn add_reading(archive: &mut Archive, id: CardId, remaining_mb: u64, now: &Zoned) -> Outcome {
    let Some(card) = archive.cards.iter_mut().find(|c| c.id == id) else {
        return Outcome::nothing();
    };
    card.add_reading(DataReading {
        at: now.timestamp(),
        remaining_mb,
    });
    Outcome::changed()
}

/// Keeps an eSIM's activation code (read from its e-mail) on its card, as
/// not yet installed; nothing changes when the card keeps that code already.
pub fn keep_esim_code(archive: &mut Archive, id: CardId, code: &str) -> Outcome {
    let Some(card) = archive.cards.iter_mut().find(|c| c.id == id) else {
        return Outcome::nothing();
    };
    if !card.kind.installs_from_code() || card.esim_code.code == code {
        return Outcome::nothing();
    }
    card.esim_code = crate::model::esim_code::EsimCode {
        code: code.to_owned(),
        installed: false,
    };
    Outcome::success(
        true,
        Msg::new("esim-code-kept").arg("label", card.label.as_str()),
    )
}

/// The card called `label` (exactly, or ignoring case), or a message listing the labels.
pub fn find_card<'a>(archive: &'a Archive, label: &str) -> Result<&'a Card, Msg> {
    let label = label.trim();
    archive
        .cards
        .iter()
        .find(|c| c.label == label)
        .or_else(|| {
            archive
                .cards
                .iter()
                .find(|c| c.label.eq_ignore_ascii_case(label))
        })
        .ok_or_else(|| {
            let labels: Vec<String> = archive.cards.iter().map(|c| c.label.clone()).collect();
            Msg::new("cli-card-not-found")
                .arg("label", label)
                .arg("labels", labels)
        })
}

/// The card with `id`, or a message saying it is gone.
pub(crate) fn card_by_id(archive: &Archive, id: CardId) -> Result<&Card, Msg> {
    archive.card(id).ok_or_else(|| Msg::new("card-gone"))
}

/// Writes one card to a shared card file, with its numbers or without.
pub fn export_card(archive: &Archive, id: CardId, with_identifiers: bool, file: &Path) -> Outcome {
    export_card_with(archive, id, with_identifiers, false, file)
}

/// Writes one card to a shared card file; the eSIM's activation code goes
/// with it only when `with_activation_code` (and the identifiers) are asked for.
pub fn export_card_with(
    archive: &Archive,
    id: CardId,
    with_identifiers: bool,
    with_activation_code: bool,
    file: &Path,
) -> Outcome {
    let result = card_by_id(archive, id).and_then(|card| {
        // The card's people travel by name: the ids are this household's.
        let named = archive.with_names(card);
        let text = card_file::write_card(&named, with_identifiers, with_activation_code)?;
        formats::write_file(file, &text)?;
        Ok(Outcome::success(
            false,
            Msg::new("card-exported")
                .arg("label", card.label.as_str())
                .arg("path", shown(file)),
        ))
    });
    result.into()
}

/// Adds the card of a shared card file as a new card; a taken label gets " (2)".
pub fn import_card(archive: &mut Archive, file: &Path) -> Outcome {
    let result = read_file(file)
        .and_then(|bytes| card_file::read_card(&bytes, archive))
        .map(|mut card| {
            let msg = Msg::new("card-imported").arg("label", card.label.as_str());
            // Its people by name: this household's of that name, or new ones.
            archive.adopt_names(&mut card);
            archive.cards.push(card);
            Outcome::success(true, msg)
        });
    result.into()
}

//! The archive: everything Kōshin keeps, as it is written to `koshin.ron`.

use serde::{Deserialize, Serialize};

use super::card::{Card, CardError, CardId};
use super::kinds::Tombstone;
use super::person::{Person, PersonId};
use super::receipt::Receipt;
use super::renewal::Renewal;
pub use super::settings::{Settings, ThemeChoice};
use super::trip::{Rate, RateId, Trip, TripId};

/// The schema version this build writes. Older files are migrated on load;
/// newer ones are opened read-only. Version 2 added `updated_at` to records
/// and the tombstones of deleted ones, for merging copies; version 3 the
/// order number a failed attempt stopped with (its payment may yet go through);
/// version 4 the household's people; version 5 trips, typed exchange rates,
/// and who paid a receipt, what was charged and who shares it.
pub const SCHEMA_VERSION: u32 = 5;

/// Everything in `koshin.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Archive {
    /// The schema version the file was written with.
    pub version: u32,
    /// The card profiles, in the order they were added.
    #[serde(default)]
    pub cards: Vec<Card>,
    /// The receipts, in the order they were added.
    #[serde(default)]
    pub receipts: Vec<Receipt>,
    /// The person's preferences.
    #[serde(default)]
    pub settings: Settings,
    /// Renewals in progress, at most one per card, so that they resume after a restart.
    #[serde(default)]
    pub renewals: Vec<Renewal>,
    /// The people of the household: who uses the cards, who helps.
    #[serde(default)]
    pub people: Vec<Person>,
    /// The trips, in the order they were added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trips: Vec<Trip>,
    /// The exchange rates typed in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rates: Vec<Rate>,
    /// Records deleted here, so that the deletion reaches other copies when merged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tombstones: Vec<Tombstone>,
}

impl Default for Archive {
    fn default() -> Self {
        Self {
            version: SCHEMA_VERSION,
            cards: Vec::new(),
            receipts: Vec::new(),
            settings: Settings::default(),
            renewals: Vec::new(),
            people: Vec::new(),
            trips: Vec::new(),
            rates: Vec::new(),
            tombstones: Vec::new(),
        }
    }
}

impl Archive {
    /// The card with this id.
    pub fn card(&self, id: CardId) -> Option<&Card> {
        self.cards.iter().find(|card| card.id == id)
    }

    /// Adds a card, or replaces the card with the same id.
    pub fn upsert_card(&mut self, card: Card) {
        upsert(&mut self.cards, card, |c| c.id);
    }

    /// Removes a card. Its receipts stay, unlinked, with the card's label.
    pub fn delete_card(&mut self, id: CardId) -> Option<Card> {
        let card = remove_first(&mut self.cards, |c| c.id == id)?;
        self.renewals.retain(|r| r.card != id);
        for receipt in self.receipts.iter_mut().filter(|r| r.card == Some(id)) {
            receipt.card = None;
            if receipt.card_label.is_empty() {
                receipt.card_label.clone_from(&card.label);
            }
        }
        Some(card)
    }

    /// The renewal in progress for a card.
    pub fn renewal(&self, id: CardId) -> Option<&Renewal> {
        self.renewals.iter().find(|r| r.card == id)
    }

    /// Adds a renewal, or replaces the one for the same card.
    pub fn upsert_renewal(&mut self, renewal: Renewal) {
        upsert(&mut self.renewals, renewal, |r| r.card);
    }

    /// Drops the renewal in progress for a card.
    pub fn remove_renewal(&mut self, id: CardId) -> Option<Renewal> {
        remove_first(&mut self.renewals, |r| r.card == id)
    }

    /// Every reason `card` cannot be saved into this archive: its own
    /// problems, and a label another card already has (ignoring case).
    pub fn card_errors(&self, card: &Card) -> Vec<CardError> {
        let mut errors = card.errors();
        let label = card.label.trim();
        let taken = self
            .cards
            .iter()
            .any(|c| c.id != card.id && c.label.trim().eq_ignore_ascii_case(label));
        if !label.is_empty() && taken {
            errors.push(CardError::LabelTaken(label.to_owned()));
        }
        errors
    }

    /// How many receipts belong to a card.
    pub fn receipt_count(&self, id: CardId) -> usize {
        self.receipts.iter().filter(|r| r.card == Some(id)).count()
    }

    /// The cards sorted for a list: active before archived, then by label.
    pub fn cards_sorted(&self) -> Vec<&Card> {
        let mut cards: Vec<&Card> = self.cards.iter().collect();
        cards.sort_by(|a, b| {
            a.archived
                .cmp(&b.archived)
                .then_with(|| a.label.to_lowercase().cmp(&b.label.to_lowercase()))
        });
        cards
    }

    /// The cards not archived, sorted by label: the ones to renew and to prepare for.
    pub fn active_cards(&self) -> Vec<&Card> {
        let mut cards = self.cards_sorted();
        cards.retain(|c| !c.archived);
        cards
    }
}

/// People: finding them, and making people of the names typed on cards.
impl Archive {
    /// The person with this id.
    pub fn person(&self, id: Option<PersonId>) -> Option<&Person> {
        let id = id?;
        self.people.iter().find(|p| p.id == id)
    }

    /// The person called `name` (case and spaces aside).
    pub fn person_named(&self, name: &str) -> Option<&Person> {
        let name = name.trim();
        self.people
            .iter()
            .find(|p| p.name.trim().eq_ignore_ascii_case(name))
    }

    /// The name of a card's user, or "".
    pub fn owner_name(&self, card: &Card) -> &str {
        self.person(card.owner_id).map_or("", |p| p.name.as_str())
    }

    /// The trip with this id.
    pub fn trip(&self, id: TripId) -> Option<&Trip> {
        self.trips.iter().find(|t| t.id == id)
    }

    /// Adds a trip, or replaces the trip with the same id.
    pub fn upsert_trip(&mut self, trip: Trip) {
        upsert(&mut self.trips, trip, |t| t.id);
    }

    /// Removes a trip; receipts moved to it by hand fall back to their card and date.
    pub fn delete_trip(&mut self, id: TripId) -> Option<Trip> {
        let trip = remove_first(&mut self.trips, |t| t.id == id)?;
        for receipt in &mut self.receipts {
            if receipt.trip == Some(id) {
                receipt.trip = None;
            }
        }
        Some(trip)
    }

    /// Adds a rate, or replaces the rate with the same id.
    pub fn upsert_rate(&mut self, rate: Rate) {
        upsert(&mut self.rates, rate, |r| r.id);
    }

    /// Removes a rate.
    pub fn delete_rate(&mut self, id: RateId) -> Option<Rate> {
        remove_first(&mut self.rates, |r| r.id == id)
    }

    /// Adds a person, or replaces the person with the same id.
    pub fn upsert_person(&mut self, person: Person) {
        upsert(&mut self.people, person, |p| p.id);
    }

    /// Removes a person; the cards that named them name nobody.
    pub fn delete_person(&mut self, id: PersonId) -> Option<Person> {
        let person = remove_first(&mut self.people, |p| p.id == id)?;
        for trip in &mut self.trips {
            trip.people.retain(|p| *p != id);
        }
        for receipt in &mut self.receipts {
            if receipt.paid_by == Some(id) {
                receipt.paid_by = None;
            }
            receipt.shared_by.retain(|p| *p != id);
        }
        for card in &mut self.cards {
            if card.owner_id == Some(id) {
                card.owner_id = None;
            }
            if card.helper_id == Some(id) {
                card.helper_id = None;
            }
        }
        Some(person)
    }

    /// `card` with the names of its people filled in, as its form shows them.
    pub fn with_names(&self, card: &Card) -> Card {
        let mut named = card.clone();
        self.owner_name(card).clone_into(&mut named.owner_name);
        if let Some(helper) = self.person(card.helper_id) {
            helper.name.clone_into(&mut named.helper_name);
            helper.contact.clone_into(&mut named.helper_phone);
        }
        named
    }

    /// Makes people of the names a file of schema version 2 or older wrote
    /// on its cards (a name already known is that person), then clears them.
    pub fn adopt_people(&mut self) {
        let mut cards = std::mem::take(&mut self.cards);
        for card in &mut cards {
            self.adopt(card, false);
        }
        self.cards = cards;
    }

    /// Makes the names typed on a card's form its people: the person of that
    /// name, or a new one; a helper's contact becomes the person's; an empty
    /// name names nobody. The names are then cleared.
    pub fn adopt_names(&mut self, card: &mut Card) {
        self.adopt(card, true);
    }

    fn adopt(&mut self, card: &mut Card, from_form: bool) {
        let typed = std::mem::take(&mut card.owner_name);
        let helper = std::mem::take(&mut card.helper_name);
        let contact = std::mem::take(&mut card.helper_phone);
        if from_form {
            card.owner_id = None;
            card.helper_id = None;
        }
        if !typed.trim().is_empty() {
            card.owner_id = Some(self.person_for(&typed, ""));
        }
        if !helper.trim().is_empty() || !contact.trim().is_empty() {
            // A contact with no name: the person is named by the contact.
            let name = if helper.trim().is_empty() {
                contact.trim()
            } else {
                helper.trim()
            };
            card.helper_id = Some(self.person_for(name, &contact));
        }
    }

    /// The id of the person called `name`, made when there is none; a
    /// `contact` given replaces theirs.
    fn person_for(&mut self, name: &str, contact: &str) -> PersonId {
        let contact = contact.trim();
        if let Some(person) = self
            .people
            .iter_mut()
            .find(|p| p.name.trim().eq_ignore_ascii_case(name.trim()))
        {
            if !contact.is_empty() && person.contact != contact {
                contact.clone_into(&mut person.contact);
            }
            return person.id;
        }
        let mut person = Person::named(name);
        contact.clone_into(&mut person.contact);
        // A name whose id is taken by a renamed person: a fresh id.
        if self.people.iter().any(|p| p.id == person.id) {
            person.id = PersonId::new_random();
        }
        let id = person.id;
        self.people.push(person);
        id
    }
}

/// Replaces the item of `items` with the same `key` as `item`, or adds it.
fn upsert<T, K: PartialEq>(items: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    let wanted = key(&item);
    match items.iter_mut().find(|i| key(i) == wanted) {
        Some(existing) => *existing = item,
        None => items.push(item),
    }
}

/// Takes the first of `items` that is `wanted` out of them.
fn remove_first<T>(items: &mut Vec<T>, wanted: impl Fn(&T) -> bool) -> Option<T> {
    let index = items.iter().position(wanted)?;
    Some(items.remove(index))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::card::CardKind;
    use crate::model::receipt::Receipt;

    #[test]
    fn deleting_a_card_keeps_its_receipts_unlinked() {
        let mut archive = Archive::default();
        let card = Card::new(CardKind::Esim, "Mum's eSIM");
        let id = card.id;
        archive.upsert_card(card);
        archive.receipts.push(Receipt {
            card: Some(id),
            ..Receipt::default()
        });
        assert_eq!(archive.receipt_count(id), 1);
        assert!(archive.delete_card(id).is_some());
        assert!(archive.cards.is_empty());
        assert_eq!(archive.receipts.len(), 1);
        assert_eq!(archive.receipts[0].card, None);
        assert_eq!(archive.receipts[0].card_label, "Mum's eSIM");
    }

    #[test]
    fn upsert_replaces_by_id() {
        let mut archive = Archive::default();
        let mut card = Card::new(CardKind::Sim, "A");
        archive.upsert_card(card.clone());
        card.label = "B".into();
        archive.upsert_card(card);
        assert_eq!(archive.cards.len(), 1);
        assert_eq!(archive.cards[0].label, "B");
    }

    #[test]
    fn every_language_choice_is_written_and_read_back() {
        for lang in Lang::ALL {
            let mut archive = Archive::default();
            archive.settings.language = Some(lang);
            let text = crate::store::to_text(&archive).unwrap();
            let back: Archive =
                ron::from_str(&text).unwrap_or_else(|e| panic!("{lang:?}: {e}\n{text}"));
            assert!(
                !text.contains("r#"),
                "a plain identifier, not a raw one:\n{text}"
            );
            assert_eq!(back.settings.language, Some(lang));
            assert_eq!(back.settings.language_or(Lang::Ja), lang);
        }
        assert_eq!(Settings::default().language_or(Lang::Ja), Lang::Ja);
    }
}

//! The archive: everything Kōshin keeps, as it is written to `koshin.ron`.

use serde::{Deserialize, Serialize};

use super::card::{Card, CardId};
use super::receipt::Receipt;

/// The schema version this build writes. Older files are migrated on load;
/// newer ones are opened read-only.
pub const SCHEMA_VERSION: u32 = 1;

/// How the app looks: like the system, or always light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    /// Follow the system's light or dark setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in the order Settings lists them.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// The message id of the choice's name.
    pub fn label_id(self) -> &'static str {
        match self {
            ThemeChoice::System => "theme-system",
            ThemeChoice::Light => "theme-light",
            ThemeChoice::Dark => "theme-dark",
        }
    }
}

/// The person's preferences, kept with their data so they travel with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language of the app; `None` follows the system's.
    pub language: Option<crate::i18n::Lang>,
    /// Light, dark or like the system.
    pub theme: ThemeChoice,
    /// How many days before the validity ends a card should be renewed.
    pub lead_time_days: i64,
    /// Below this share of the allowance (in percent) a card is flagged as low on data.
    pub low_data_percent: u8,
    /// The reminders in exported calendars: this many days before each deadline.
    pub alarm_days: Vec<u32>,
    /// The size of the text in the family guide, in points.
    pub guide_text_size: f32,
}

impl Settings {
    /// The language to speak: the chosen one, else the system's.
    pub fn language_or(&self, system: crate::i18n::Lang) -> crate::i18n::Lang {
        self.language.unwrap_or(system)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: None,
            theme: ThemeChoice::default(),
            lead_time_days: super::checklist::DEFAULT_LEAD_TIME_DAYS,
            low_data_percent: super::plan::DEFAULT_LOW_DATA_PERCENT,
            alarm_days: super::plan::DEFAULT_ALARM_DAYS.to_vec(),
            guide_text_size: 22.0,
        }
    }
}

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
    pub renewals: Vec<crate::wizard::Renewal>,
}

impl Default for Archive {
    fn default() -> Self {
        Self {
            version: SCHEMA_VERSION,
            cards: Vec::new(),
            receipts: Vec::new(),
            settings: Settings::default(),
            renewals: Vec::new(),
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
        if let Some(existing) = self.cards.iter_mut().find(|c| c.id == card.id) {
            *existing = card;
        } else {
            self.cards.push(card);
        }
    }

    /// Removes a card. Its receipts stay, unlinked, with the card's label.
    pub fn delete_card(&mut self, id: CardId) -> Option<Card> {
        let index = self.cards.iter().position(|c| c.id == id)?;
        let card = self.cards.remove(index);
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
    pub fn renewal(&self, id: CardId) -> Option<&crate::wizard::Renewal> {
        self.renewals.iter().find(|r| r.card == id)
    }

    /// Adds a renewal, or replaces the one for the same card.
    pub fn upsert_renewal(&mut self, renewal: crate::wizard::Renewal) {
        if let Some(existing) = self.renewals.iter_mut().find(|r| r.card == renewal.card) {
            *existing = renewal;
        } else {
            self.renewals.push(renewal);
        }
    }

    /// Drops the renewal in progress for a card.
    pub fn remove_renewal(&mut self, id: CardId) -> Option<crate::wizard::Renewal> {
        let index = self.renewals.iter().position(|r| r.card == id)?;
        Some(self.renewals.remove(index))
    }

    /// Stores what a renewal recorded (the card, the receipt) and ends the renewal.
    pub fn apply_recorded(&mut self, recorded: crate::wizard::Recorded) {
        let id = recorded.card.id;
        self.upsert_card(recorded.card);
        if let Some(receipt) = recorded.receipt {
            self.receipts.push(receipt);
        }
        self.remove_renewal(id);
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

//! The person's preferences and their defaults, kept in the archive so they
//! travel with the data. Imports nothing else of the model.

use serde::{Deserialize, Serialize};

/// How many days before the validity ends a card should be renewed.
pub const DEFAULT_LEAD_TIME_DAYS: i64 = 3;
/// The share of the allowance below which a card is flagged as low on data.
pub const DEFAULT_LOW_DATA_PERCENT: u8 = 20;
/// Days before a deadline at which reminders alert.
pub const DEFAULT_ALARM_DAYS: [u32; 2] = [3, 1];

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
        msg_ids!(match self {
            ThemeChoice::System => "theme-system",
            ThemeChoice::Light => "theme-light",
            ThemeChoice::Dark => "theme-dark",
        })
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
    /// The household's own currency, for a trip's totals; `None`: totals stay per currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home_currency: Option<iso_currency::Currency>,
    /// When this record was last changed, so a merge can tell the newer edit
    /// (none in files written before schema version 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<jiff::Timestamp>,
}

impl Settings {
    /// How many days before a renew-by moment the card counts as "renew
    /// soon": from the first reminder on (the largest alarm offset, at least a day).
    pub fn reminder_window_days(&self) -> i64 {
        self.alarm_days
            .iter()
            .copied()
            .max()
            .map_or(1, |days| i64::from(days).max(1))
    }

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
            lead_time_days: DEFAULT_LEAD_TIME_DAYS,
            low_data_percent: DEFAULT_LOW_DATA_PERCENT,
            alarm_days: DEFAULT_ALARM_DAYS.to_vec(),
            guide_text_size: 22.0,
            home_currency: None,
            updated_at: None,
        }
    }
}

//! The people of a household: who uses a card, who helps with it, and what
//! the guide needs to be written for them — the language they read and the
//! time zone they are in (where they live, or where they are travelling).

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

pub use super::kinds::PersonId;
use crate::i18n::Lang;

/// One person of the household.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Stable across renames.
    pub id: PersonId,
    /// What the household calls them ("Mum", "Lin (daughter)").
    pub name: String,
    /// The language they read; `None`: the app's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// The time zone they are in, an IANA name ("Asia/Shanghai"); `None`:
    /// not known, and a guide for them gives Japan time alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// A phone number or messenger contact (a number for `WeChat` or LINE).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// When this record was last changed, so a merge can tell the newer edit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

impl Person {
    /// A person first known by `name` (its id follows from the name).
    pub fn named(name: &str) -> Self {
        Self {
            id: PersonId::from_name(name),
            name: name.trim().to_owned(),
            lang: None,
            zone: None,
            contact: String::new(),
            updated_at: None,
        }
    }
}

/// Whom a guide is written for: the language they read and the time zone
/// they are in. The exports and pictures use it; by default it is the card
/// owner's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reader {
    /// The language; `None`: the app's.
    pub lang: Option<Lang>,
    /// The time zone, an IANA name; `None`: Japan time alone.
    pub zone: Option<String>,
}

impl Person {
    /// This person as a guide's reader.
    pub fn reader(&self) -> Reader {
        Reader {
            lang: self.lang,
            zone: self.zone.clone(),
        }
    }
}

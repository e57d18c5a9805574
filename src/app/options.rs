//! What the app is started with: the data folder, the clock, the language;
//! and the archive being read while the window starts.

use std::path::PathBuf;

use jiff::Zoned;

use super::document::Document;
use crate::i18n::Lang;

/// Where the app's "now" comes from: the system clock, or a fixed moment in tests.
#[derive(Debug, Clone)]
pub enum Clock {
    /// The system clock, in the laptop's time zone.
    System,
    /// A fixed moment (tests and screenshots).
    Fixed(Zoned),
}

impl Clock {
    /// The present moment.
    pub fn now(&self) -> Zoned {
        match self {
            Clock::System => Zoned::now(),
            Clock::Fixed(now) => now.clone(),
        }
    }
}

/// The archive being read on another thread while the window starts.
pub struct Opening(pub(super) Option<std::thread::JoinHandle<Document>>);

/// What the app is started with.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// The data folder holding `koshin.ron`.
    pub data_dir: PathBuf,
    /// The clock.
    pub clock: Clock,
    /// Whether the data folder is a throwaway copy (`--demo`), said in the navigation.
    pub temporary: bool,
    /// The system's language, used until the person chooses one in Settings.
    pub system_language: Lang,
}

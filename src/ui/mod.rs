//! The screens and the widgets they share. Screens read the archive through a
//! [`View`] and ask for changes with [`Command`](crate::command::Command)s.

pub mod card_form;
pub mod cards;
pub mod checklist;
pub mod fonts;
pub mod guide;
pub mod overview;
pub mod receipts;
pub mod renew;
pub mod settings;
pub mod status;
pub mod theme;

use std::collections::BTreeSet;
use std::path::Path;

use egui::{Color32, RichText};
use jiff::Zoned;

use crate::i18n::I18n;
use crate::model::Archive;

/// A screen of the app, as the navigation lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// The home screen: every card by urgency, with its data.
    #[default]
    Overview,
    /// The card profiles.
    Cards,
    /// The renewal wizard.
    Renew,
    /// The receipt archive.
    Receipts,
    /// The precaution checklists of the renewals in progress.
    Checklist,
    /// The family guide, one step at a time.
    Guide,
    /// Where the archive lives, the theme.
    Settings,
}

impl Screen {
    /// Every screen, in the order the navigation shows them.
    pub const ALL: [Screen; 7] = [
        Screen::Overview,
        Screen::Cards,
        Screen::Renew,
        Screen::Receipts,
        Screen::Guide,
        Screen::Checklist,
        Screen::Settings,
    ];

    /// The message id of the screen's name in the navigation.
    pub fn label_id(self) -> &'static str {
        match self {
            Screen::Overview => "nav-overview",
            Screen::Cards => "nav-cards",
            Screen::Renew => "nav-renew",
            Screen::Receipts => "nav-receipts",
            Screen::Checklist => "nav-checklist",
            Screen::Guide => "nav-guide",
            Screen::Settings => "nav-settings",
        }
    }
}

/// What every screen may read: the archive, the translations, the time.
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// The archive as it is now.
    pub archive: &'a Archive,
    /// The translations of the chosen language.
    pub tr: &'a I18n,
    /// Whether changes can be saved; screens disable editing when not.
    pub writable: bool,
    /// The present moment in the laptop's time zone.
    pub now: &'a Zoned,
    /// The data folder.
    pub data_dir: &'a Path,
    /// Counts changes of the archive, so screens can keep what they derive from it.
    pub revision: u64,
    /// The attachments whose copy is missing from the folder.
    pub missing_attachments: &'a BTreeSet<String>,
}

/// A section title inside a page.
pub fn section_ui(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(text).size(theme::SECTION_SIZE).strong());
}

/// A line of text in a colour, wrapped, for warnings and errors beside a field.
pub fn colored_note_ui(ui: &mut egui::Ui, color: Color32, icon: &str, text: &str) {
    ui.add(egui::Label::new(RichText::new(format!("{icon} {text}")).color(color)).wrap());
}

/// Small grey explanation under a heading or a field.
pub fn hint_ui(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
}

/// A link to a provider's website that opens in the system browser.
/// People often type the address without `https://`; it is added for the link.
pub fn web_link_ui(ui: &mut egui::Ui, address: &str) {
    let address = address.trim();
    let target = if address.contains("://") {
        address.to_owned()
    } else {
        format!("https://{address}")
    };
    ui.hyperlink_to(address, target);
}

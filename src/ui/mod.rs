//! The screens and the widgets they share. Screens read the archive through a
//! [`View`] and ask for changes with [`Command`](crate::command::Command)s.

pub mod card_form;
pub mod cards;
pub mod checklist;
pub mod date_picker;
pub mod editor;
pub mod fonts;
pub mod form;
pub mod guide;
pub mod history;
pub mod household;
pub mod money;
pub mod overview;
pub mod qr;
pub mod receipt_form;
pub mod receipts;
pub mod renew;
pub mod save_as;
pub mod settings;
pub mod status;
pub mod theme;
pub mod trips;

use std::collections::BTreeSet;
use std::path::Path;

use egui::{Color32, RichText};
use jiff::Zoned;

use crate::i18n::I18n;
use crate::model::Archive;
use crate::model::card::{Channel, PlanKind};
use crate::model::money::COMMON_CURRENCIES;

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

/// Keeps a page's text to a readable width, and never wider than the window:
/// `set_max_width` alone widens a narrower page, and text runs off its edge.
/// A margin on the right keeps text clear of the floating scroll bar.
pub fn page_width_ui(ui: &mut egui::Ui) {
    let width = (ui.available_width() - theme::GAP_L).max(theme::GAP_L);
    ui.set_max_width(width.min(theme::PAGE_MAX_WIDTH));
}

/// A section title inside a page.
pub fn section_ui(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(text).size(theme::SECTION_SIZE).strong());
}

/// A side panel's or a block's title: a section title with a little space around it.
pub fn panel_title_ui(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.add_space(theme::GAP_S);
    ui.label(RichText::new(text).size(theme::SECTION_SIZE).strong());
    ui.add_space(theme::GAP_S);
}

/// A line of text in a colour, wrapped, for warnings and errors beside a field.
pub fn colored_note_ui(ui: &mut egui::Ui, color: Color32, icon: &str, text: &str) {
    ui.add(egui::Label::new(RichText::new(format!("{icon} {text}")).color(color)).wrap());
}

/// Small grey explanation under a heading or a field.
pub fn hint_ui(ui: &mut egui::Ui, text: impl Into<String>) {
    ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
}

/// A screen's title with the hint under it, by their message ids.
pub fn title_ui(ui: &mut egui::Ui, tr: &I18n, title_id: &str, hint_id: &str) {
    ui.heading(tr.t(title_id));
    hint_ui(ui, tr.t(hint_id));
}

/// The top of a page that lists the cards in use to choose one: its title and
/// hint, and the hint `empty_id` when there are none. Returns the cards.
pub fn cards_page_ui<'a>(
    ui: &mut egui::Ui,
    view: &View<'a>,
    (title_id, hint_id, empty_id): (&str, &str, &str),
) -> Vec<&'a crate::model::Card> {
    title_ui(ui, view.tr, title_id, hint_id);
    ui.add_space(theme::GAP_L);
    let cards = view.archive.active_cards();
    if cards.is_empty() {
        hint_ui(ui, view.tr.t(empty_id));
    }
    cards
}

/// What a drop-down can offer: how a choice reads on screen.
pub trait Choice: PartialEq + Clone {
    /// The text of the choice in the chosen language.
    fn text(&self, tr: &I18n) -> String;
}

impl Choice for String {
    fn text(&self, _tr: &I18n) -> String {
        self.clone()
    }
}

impl Choice for PlanKind {
    fn text(&self, tr: &I18n) -> String {
        tr.t(self.label_id())
    }
}

impl Choice for Channel {
    fn text(&self, tr: &I18n) -> String {
        tr.t(self.label_id())
    }
}

/// A drop-down of `choices`, `width` wide.
pub fn combo_ui<T: Choice>(
    ui: &mut egui::Ui,
    tr: &I18n,
    id_salt: &str,
    width: f32,
    value: &mut T,
    choices: impl IntoIterator<Item = T>,
) -> egui::Response {
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(value.text(tr))
        .width(width)
        .show_ui(ui, |ui| {
            for choice in choices {
                let text = choice.text(tr);
                ui.selectable_value(value, choice, text);
            }
        })
        .response
}

/// A form row: the label `label_id` and a drop-down of `choices` tied to it.
pub fn choice_ui<T: Choice>(
    ui: &mut egui::Ui,
    tr: &I18n,
    id_salt: &str,
    label_id: &str,
    value: &mut T,
    choices: impl IntoIterator<Item = T>,
) {
    let label = ui.label(tr.t(label_id));
    let width = ui.spacing().combo_width;
    combo_ui(ui, tr, id_salt, width, value, choices).labelled_by(label.id);
    ui.label("");
    ui.end_row();
}

/// The currency drop-down, beside an amount: the common currencies by ISO code.
pub fn currency_ui(ui: &mut egui::Ui, tr: &I18n, id_salt: &str, currency: &mut String) {
    let codes = COMMON_CURRENCIES.iter().map(|c| c.code().to_owned());
    let width = theme::SHORT_FIELD_WIDTH;
    let id_salt = format!("{id_salt}_currency");
    let response = combo_ui(ui, tr, &id_salt, width, currency, codes);
    let name = tr.t("field-currency");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
}

/// A time zone, shown by its place in the person's language with its IANA id second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone(pub String);

impl Choice for Zone {
    fn text(&self, tr: &I18n) -> String {
        match crate::i18n::format::zone_label_id(&self.0) {
            Some(id) => format!("{} · {}", tr.t(id), self.0),
            None => self.0.clone(),
        }
    }
}

/// A form row: the time zone a provider counts in, from the common zones.
pub fn zone_ui(ui: &mut egui::Ui, tr: &I18n, id_salt: &str, zone: &mut String) {
    let mut chosen = Zone(zone.clone());
    let zones = crate::i18n::format::COMMON_ZONES
        .iter()
        .map(|&(z, _)| Zone(z.to_owned()));
    choice_ui(ui, tr, id_salt, msg_id!("field-zone"), &mut chosen, zones);
    *zone = chosen.0;
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

/// A question asked in a dialog before a change that cannot be undone from
/// the screen (deleting, cancelling, recording with open items).
pub struct Question<'a> {
    /// Where egui keeps the dialog.
    pub id: &'a str,
    /// The heading.
    pub title: String,
    /// What happens, in a sentence or two.
    pub body: String,
    /// The button that goes ahead.
    pub confirm: String,
    /// The button that changes nothing.
    pub keep: String,
    /// Whether going ahead destroys something (the button is drawn in the error colour).
    pub destructive: bool,
    /// Whether going ahead is possible (not while the archive is read-only).
    pub enabled: bool,
}

/// Shows `question` with `extra` below its body. `Some(true)` when the person
/// went ahead this frame, `Some(false)` when they kept things as they were
/// (the keep button, Escape, a click outside), `None` while it stays open.
pub fn question_ui(
    ui: &mut egui::Ui,
    question: Question<'_>,
    extra: impl FnOnce(&mut egui::Ui),
) -> Option<bool> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique(question.id)).show(ui.ctx(), |ui| {
        ui.set_max_width(theme::DIALOG_MAX_WIDTH);
        ui.heading(question.title);
        ui.add_space(theme::GAP_S);
        ui.add(egui::Label::new(question.body).wrap());
        extra(ui);
        ui.add_space(theme::GAP_L);
        ui.horizontal(|ui| {
            let mut confirm = RichText::new(question.confirm);
            if question.destructive {
                confirm = confirm.color(theme::error(ui.visuals()));
            }
            let button = egui::Button::new(confirm);
            if ui.add_enabled(question.enabled, button).clicked() {
                answer = Some(true);
            }
            if ui.button(question.keep).clicked() {
                answer = Some(false);
            }
        });
    });
    answer.or(modal.should_close().then_some(false))
}

/// [`question_ui`] for a question shown while `asking`: either answer closes
/// it. True when the person went ahead this frame.
pub fn ask_ui(
    ui: &mut egui::Ui,
    asking: &mut bool,
    question: Question<'_>,
    extra: impl FnOnce(&mut egui::Ui),
) -> bool {
    let answer = question_ui(ui, question, extra);
    if answer.is_some() {
        *asking = false;
    }
    answer == Some(true)
}

//! The household, in Settings: the people who use or help with the cards,
//! each with the language they read, the time zone they are in and a
//! contact. A guide sent to someone is written for them.

use egui::RichText;

use super::{Choice, View, combo_ui, hint_ui, section_ui, theme};
use crate::command::Command;
use crate::i18n::{I18n, Lang, Msg};
use crate::model::{Archive, Person, PersonId};

/// The person being added or changed, while the form is open.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonDraft {
    person: Person,
}

/// A person's language: one of the four, or the app's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LangChoice(Option<Lang>);

impl Choice for LangChoice {
    fn text(&self, tr: &I18n) -> String {
        match self.0 {
            Some(lang) => lang.name().to_owned(),
            None => tr.t("household-lang-app"),
        }
    }
}

/// A person's time zone: a common one, or not known.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ZoneChoice(Option<String>);

impl Choice for ZoneChoice {
    fn text(&self, tr: &I18n) -> String {
        match &self.0 {
            Some(zone) => super::Zone(zone.clone()).text(tr),
            None => tr.t("household-zone-unknown"),
        }
    }
}

/// The household section: its people, and the form of one being edited.
pub fn household_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    editing: &mut Option<PersonDraft>,
    commands: &mut Vec<Command>,
) {
    let tr = view.tr;
    section_ui(ui, tr.t("household-title"));
    hint_ui(ui, tr.t("household-hint"));
    ui.add_space(theme::GAP_S);
    for person in &view.archive.people {
        let being_edited = editing.as_ref().is_some_and(|d| d.person.id == person.id);
        if being_edited {
            person_form_ui(ui, tr, view.archive, editing, commands);
            continue;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&person.name).strong());
            ui.label(RichText::new(summary(tr, view.archive, person)).weak());
            if ui.button(tr.t("household-edit")).clicked() {
                *editing = Some(PersonDraft {
                    person: person.clone(),
                });
            }
            let remove = ui.button(tr.t("household-remove"));
            if remove.clicked() {
                commands.push(Command::DeletePerson(person.id));
            }
        });
    }
    let adding = editing
        .as_ref()
        .is_some_and(|d| view.archive.person(Some(d.person.id)).is_none());
    if adding {
        person_form_ui(ui, tr, view.archive, editing, commands);
    } else if ui.button(tr.t("household-add")).clicked() {
        let mut person = Person::named("");
        person.id = PersonId::new_random();
        *editing = Some(PersonDraft { person });
    }
}

/// "简体中文 · China (Shanghai) · +86 138 … · uses 2 cards".
fn summary(tr: &I18n, archive: &Archive, person: &Person) -> String {
    let mut parts = vec![
        LangChoice(person.lang).text(tr),
        ZoneChoice(person.zone.clone()).text(tr),
    ];
    if !person.contact.is_empty() {
        parts.push(person.contact.clone());
    }
    let cards = archive
        .cards
        .iter()
        .filter(|c| c.owner_id == Some(person.id) || c.helper_id == Some(person.id))
        .count();
    parts.push(tr.msg(&Msg::new("household-cards").arg("count", cards)));
    parts.join(" · ")
}

/// The form of one person: name, language, time zone, contact; Save, Cancel.
fn person_form_ui(
    ui: &mut egui::Ui,
    tr: &I18n,
    archive: &Archive,
    editing: &mut Option<PersonDraft>,
    commands: &mut Vec<Command>,
) {
    let Some(draft) = editing.as_mut() else {
        return;
    };
    let person = &mut draft.person;
    let mut close = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        egui::Grid::new(("person_form", person.id))
            .num_columns(2)
            .spacing([theme::GAP_L, theme::GAP_M])
            .show(ui, |ui| {
                let label = ui.label(tr.t("household-name"));
                ui.add(
                    egui::TextEdit::singleline(&mut person.name).desired_width(theme::FIELD_WIDTH),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(tr.t("household-lang"));
                let mut lang = LangChoice(person.lang);
                let langs = std::iter::once(LangChoice(None))
                    .chain(Lang::ALL.into_iter().map(|l| LangChoice(Some(l))));
                combo_ui(ui, tr, "person_lang", theme::FIELD_WIDTH, &mut lang, langs)
                    .labelled_by(label.id);
                person.lang = lang.0;
                ui.end_row();
                let label = ui.label(tr.t("household-zone"));
                let mut zone = ZoneChoice(person.zone.clone());
                let zones = std::iter::once(ZoneChoice(None)).chain(
                    crate::i18n::format::COMMON_ZONES
                        .iter()
                        .map(|(z, _)| ZoneChoice(Some((*z).to_owned()))),
                );
                combo_ui(ui, tr, "person_zone", theme::FIELD_WIDTH, &mut zone, zones)
                    .labelled_by(label.id);
                person.zone = zone.0;
                ui.end_row();
                let label = ui.label(tr.t("household-contact"));
                ui.add(
                    egui::TextEdit::singleline(&mut person.contact)
                        .desired_width(theme::FIELD_WIDTH),
                )
                .labelled_by(label.id);
                ui.end_row();
            });
        let problem = problem(archive, person);
        if let Some(problem) = &problem {
            ui.colored_label(theme::warning(ui.visuals()), tr.msg(problem));
        }
        ui.horizontal(|ui| {
            let save = egui::Button::new(tr.t("household-save"));
            if ui.add_enabled(problem.is_none(), save).clicked() {
                commands.push(Command::SavePerson(person.clone()));
                close = true;
            }
            if ui.button(tr.t("household-cancel")).clicked() {
                close = true;
            }
        });
    });
    if close {
        *editing = None;
    }
}

/// Why the person cannot be saved yet: no name, or another person's.
fn problem(archive: &Archive, person: &Person) -> Option<Msg> {
    let name = person.name.trim();
    if name.is_empty() {
        return Some(Msg::new("person-name-needed"));
    }
    archive
        .people
        .iter()
        .any(|p| p.id != person.id && p.name.trim().eq_ignore_ascii_case(name))
        .then(|| Msg::new("person-name-taken").arg("name", name))
}

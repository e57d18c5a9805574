//! Guide mode: the renewal of one card in plain steps, one per screen, in
//! large type, with the card's own details and a "Need help?" panel.

use std::collections::BTreeMap;

use egui::RichText;

use super::{Choice, View, cards_page_ui, theme};
use crate::command::{Command, FileAction};
use crate::formats::guide::{self, Fact, Guide, GuideFormat, GuideStep, Position};
use crate::i18n::format::TimesFor;
use crate::i18n::{I18n, Msg};
use crate::model::{Archive, Card, CardId, Person, PersonId, Reader};

/// Guide mode's passing state: the card, where the reader is in its guide,
/// and where each guide was left.
#[derive(Debug, Default)]
pub struct GuideScreen {
    card: Option<CardId>,
    position: Position,
    /// Where the reader left each card's guide, to offer "continue at step N".
    left_at: BTreeMap<CardId, Position>,
    /// Whom a guide sent from here is for; `None`: the card's user.
    send_for: Option<ReaderChoice>,
}

/// Whom a guide that travels (a file, pictures) is written for: a person of
/// the household (their language and zone), or anyone in a time zone (in
/// the app's language).
#[derive(Debug, Clone)]
enum ReaderChoice {
    /// A person, with the words that name them in the list.
    Person(PersonId, String),
    /// Japan time alone, or a zone whose clock every time is also given in.
    Zone(Option<String>),
}

impl PartialEq for ReaderChoice {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (ReaderChoice::Person(a, _), ReaderChoice::Person(b, _)) => a == b,
            (ReaderChoice::Zone(a), ReaderChoice::Zone(b)) => a == b,
            _ => false,
        }
    }
}

impl Choice for ReaderChoice {
    fn text(&self, tr: &I18n) -> String {
        match self {
            ReaderChoice::Person(_, text) => text.clone(),
            ReaderChoice::Zone(None) => tr.t("guide-zone-japan-only"),
            ReaderChoice::Zone(Some(zone)) => super::Zone(zone.clone()).text(tr),
        }
    }
}

impl ReaderChoice {
    fn person(person: &Person, tr: &I18n) -> Self {
        let lang = person
            .lang
            .map_or_else(|| tr.t("household-lang-app"), |l| l.name().to_owned());
        let zone = person.zone.as_deref().map_or_else(
            || tr.t("guide-zone-japan-only"),
            |z| super::Zone(z.to_owned()).text(tr),
        );
        ReaderChoice::Person(person.id, format!("{} · {lang} · {zone}", person.name))
    }

    /// The reader: a person's language and zone, or a zone in the app's language.
    fn reader(&self, archive: &Archive) -> Reader {
        match self {
            ReaderChoice::Person(id, _) => archive
                .person(Some(*id))
                .map(Person::reader)
                .unwrap_or_default(),
            ReaderChoice::Zone(zone) => Reader {
                lang: None,
                zone: zone.clone(),
            },
        }
    }
}

impl GuideScreen {
    /// Opens the guide of a card at its first step.
    pub fn open(&mut self, card: CardId) {
        self.close();
        self.card = Some(card);
        self.position = Position::default();
    }

    /// Leaves the guide on screen, remembering where the reader was.
    fn close(&mut self) {
        if let Some(card) = self.card.take() {
            self.left_at.insert(card, self.position);
        }
    }

    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        let Some(card) = self.card.and_then(|id| view.archive.card(id)) else {
            self.card = None;
            self.choose_ui(ui, view);
            return;
        };
        // On screen the reader is at this computer: its clock, if not Japan's.
        let here = TimesFor::ThisComputer(view.now.time_zone().clone());
        let named = view.archive.with_names(card);
        let guide = guide::guide(&named, view.now, &view.archive.settings, tr, &here);
        let size = view.archive.settings.guide_text_size;
        self.toolbar_ui(ui, view, card, &guide, commands);
        ui.add_space(theme::GAP_S);
        // Back, Next and "It does not work" stay in one place on every step.
        egui::Panel::bottom("guide_actions")
            .frame(egui::Frame::new().inner_margin(theme::SECTION_MARGIN))
            .show(ui, |ui| self.actions_ui(ui, tr, &guide, size));
        let side_by_side = ui.available_width() >= theme::GUIDE_SIDE_BY_SIDE_WIDTH;
        if side_by_side {
            egui::Panel::right("guide_help")
                .frame(theme::unfilled(egui::Frame::side_top_panel(ui.style())))
                .resizable(false)
                .exact_size(theme::GUIDE_HELP_WIDTH)
                .show(ui, |ui| {
                    theme::on_background(ui, |ui| {
                        egui::ScrollArea::vertical()
                            .id_salt("guide_help_scroll")
                            .show(ui, |ui| help_ui(ui, tr, &guide, size));
                    });
                });
        }
        egui::ScrollArea::vertical()
            .id_salt((
                "guide_step",
                card.id,
                self.position.index(),
                self.position.is_failure(),
            ))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(theme::GUIDE_STEP_MAX_WIDTH));
                ui.label(
                    RichText::new(&guide.title)
                        .size(size * theme::guide_text::TITLE)
                        .strong(),
                );
                ui.add_space(theme::GAP_M);
                self.step_ui(ui, tr, &guide, size);
                // The step that installs the eSIM: its QR code, after a question.
                let position = self.position;
                let installs = position
                    .steps(&guide)
                    .get(position.index())
                    .is_some_and(|step| step.installs_esim);
                if installs {
                    ui.add_space(theme::GAP_M);
                    let show =
                        egui::Button::new(RichText::new(tr.t("card-esim-show-qr")).size(size));
                    if ui.add(show).clicked() {
                        commands.push(Command::ShowQr(card.esim_code.code.clone()));
                    }
                }
                if !side_by_side {
                    ui.add_space(theme::GAP_XL);
                    help_ui(ui, tr, &guide, size);
                }
            });
    }

    /// Choose another card; whom a guide sent from here is for; the files,
    /// the pictures, and this step as a picture.
    fn toolbar_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        card: &Card,
        guide: &Guide,
        commands: &mut Vec<Command>,
    ) {
        let tr = view.tr;
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr.t("guide-mode-choose")).clicked() {
                self.close();
            }
            ui.add_space(theme::GAP_L);
            // A file or a picture is read elsewhere, by someone: in their
            // language, with their times.
            let label = ui.label(tr.t("guide-send-for"));
            let people = view
                .archive
                .people
                .iter()
                .map(|p| ReaderChoice::person(p, tr));
            let zones = std::iter::once(ReaderChoice::Zone(None)).chain(
                crate::i18n::format::COMMON_ZONES
                    .iter()
                    .filter(|(zone, _)| *zone != crate::model::input::JAPAN_ZONE)
                    .map(|(zone, _)| ReaderChoice::Zone(Some((*zone).to_owned()))),
            );
            let choices: Vec<ReaderChoice> = people.chain(zones).collect();
            let owner = view
                .archive
                .person(card.owner_id)
                .map_or(ReaderChoice::Zone(None), |p| ReaderChoice::person(p, tr));
            let mut chosen = self
                .send_for
                .clone()
                .filter(|c| choices.contains(c))
                .unwrap_or(owner);
            let width = theme::READER_CHOICE_WIDTH;
            super::combo_ui(ui, tr, "guide_send_for", width, &mut chosen, choices)
                .labelled_by(label.id);
            let reader = chosen.reader(view.archive);
            self.send_for = Some(chosen);
            for (id, format) in [
                (msg_id!("guide-export-html"), GuideFormat::Html),
                (msg_id!("guide-export-md"), GuideFormat::Markdown),
            ] {
                if ui.button(tr.t(id)).clicked() {
                    let action = FileAction::ExportGuide(card.id, format, reader.clone());
                    commands.push(Command::ChooseFile(action));
                }
            }
            if ui.button(tr.t("guide-send-pictures")).clicked() {
                let action = FileAction::ExportGuidePictures(card.id, reader.clone());
                commands.push(Command::ChooseFile(action));
            }
            let position = self.position;
            let on_a_step = position.index() < position.steps(guide).len();
            let copy = egui::Button::new(tr.t("guide-copy-picture"));
            if ui.add_enabled(on_a_step, copy).clicked() {
                commands.push(Command::CopyStepPicture {
                    card: card.id,
                    reader,
                    failure: position.is_failure(),
                    step: position.index(),
                });
            }
        });
    }

    fn choose_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>) {
        let tr = view.tr;
        let ids = (
            msg_id!("guide-mode-title"),
            msg_id!("guide-mode-hint"),
            msg_id!("guide-mode-no-cards"),
        );
        let cards = cards_page_ui(ui, view, ids);
        for card in cards {
            ui.horizontal_wrapped(|ui| {
                let text = RichText::new(
                    tr.msg(&Msg::new("guide-mode-open").arg("label", card.label.as_str())),
                )
                .size(theme::SECTION_SIZE);
                let open = egui::Button::new(text).min_size(egui::vec2(
                    theme::GUIDE_CHOICE_WIDTH,
                    theme::BIG_BUTTON_HEIGHT,
                ));
                if ui.add(open).clicked() {
                    self.open(card.id);
                }
                let left_at = self.left_at.get(&card.id).copied();
                if let Some(at) = left_at.filter(|p| *p != Position::default()) {
                    let text = Msg::new("guide-mode-continue")
                        .arg("label", card.label.as_str())
                        .arg("n", at.index() + 1);
                    if ui.button(tr.msg(&text)).clicked() {
                        self.open(card.id);
                        self.position = at;
                    }
                }
            });
            ui.add_space(theme::GAP_S);
        }
    }

    fn step_ui(&mut self, ui: &mut egui::Ui, tr: &I18n, guide: &Guide, size: f32) {
        let position = self.position;
        let steps = position.steps(guide);
        if position.is_failure() {
            ui.label(
                RichText::new(tr.t("guide-failure-heading"))
                    .size(size * theme::guide_text::BUTTON)
                    .color(theme::warning(ui.visuals()))
                    .strong(),
            );
        }
        let count = steps.len();
        match steps.get(position.index()) {
            Some(step) => {
                let n = Msg::new("guide-mode-step")
                    .arg("n", position.index() + 1)
                    .arg("count", count);
                ui.label(
                    RichText::new(tr.msg(&n))
                        .size(size * theme::guide_text::NOTE)
                        .weak(),
                );
                one_step_ui(ui, tr, step, size);
            }
            // It did not work: stop, nothing is lost, and here is who to call.
            None if position.is_failure() => {
                ui.add(
                    egui::Label::new(RichText::new(tr.t("guide-mode-failure-end")).size(size))
                        .wrap(),
                );
                ui.add_space(theme::GAP_M);
                facts_ui(ui, &guide.help, size * theme::guide_text::STEP_TITLE);
            }
            None => {
                ui.add(egui::Label::new(RichText::new(tr.t("guide-mode-end")).size(size)).wrap());
            }
        }
    }

    /// The fixed bar: Back, Next (or Finish) and "It does not work", large,
    /// each always in the same place (disabled when it leads nowhere).
    fn actions_ui(&mut self, ui: &mut egui::Ui, tr: &I18n, guide: &Guide, size: f32) {
        let position = self.position;
        let count = position.steps(guide).len();
        let big = |text: String| {
            egui::Button::new(RichText::new(text).size(size)).min_size(egui::vec2(
                theme::GUIDE_BUTTON_WIDTH,
                size * theme::guide_text::BUTTON_HEIGHT,
            ))
        };
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(position.can_go_back(), big(tr.t("guide-mode-back")))
                .clicked()
            {
                self.position = position.back();
            }
            let next = if position.index() + 1 >= count {
                tr.t("guide-mode-done")
            } else {
                tr.t("guide-mode-next")
            };
            if ui
                .add_enabled(position.can_go_on(guide), big(next))
                .clicked()
            {
                self.position = position.next(guide);
            }
            ui.add_space(theme::GAP_XL);
            // Kept in its place, unseen, while the failure steps are shown.
            let failure = big(tr.t("guide-failure-heading"));
            if ui.add_visible(!position.is_failure(), failure).clicked() {
                self.position = position.failure();
            }
        });
    }
}

fn one_step_ui(ui: &mut egui::Ui, tr: &I18n, step: &GuideStep, size: f32) {
    ui.label(
        RichText::new(&step.title)
            .size(size * theme::guide_text::STEP_TITLE)
            .strong(),
    );
    ui.add_space(theme::GAP_M);
    ui.add(
        egui::Label::new(RichText::new(tr.labelled(&tr.t("guide-you-see"), &step.see)).size(size))
            .wrap(),
    );
    ui.add_space(theme::GAP_S);
    ui.add(
        egui::Label::new(
            RichText::new(tr.labelled(&tr.t("guide-you-do"), &step.action))
                .size(size)
                .strong(),
        )
        .wrap(),
    );
    if let Some(detail) = &step.detail {
        ui.add_space(theme::GAP_M);
        let text = RichText::new(detail)
            .size(size * theme::guide_text::TITLE)
            .monospace();
        match &step.link {
            Some(link) => {
                ui.hyperlink_to(text, link);
            }
            None => {
                ui.add(egui::Label::new(text).wrap());
            }
        }
    }
}

fn facts_ui(ui: &mut egui::Ui, facts: &[Fact], size: f32) {
    for fact in facts {
        ui.label(
            RichText::new(&fact.label)
                .size(size * theme::guide_text::FACT_LABEL)
                .weak(),
        );
        let value = RichText::new(&fact.value).size(size * theme::guide_text::FACT_VALUE);
        match &fact.link {
            Some(link) => {
                ui.hyperlink_to(value, link);
            }
            None => {
                ui.add(egui::Label::new(value).wrap());
            }
        }
        ui.add_space(theme::GAP_S);
    }
}

/// "Need help?" (the provider's support, the helper) and the card's details.
fn help_ui(ui: &mut egui::Ui, tr: &I18n, guide: &Guide, size: f32) {
    ui.label(
        RichText::new(tr.t("guide-help-heading"))
            .size(size)
            .strong()
            .color(ui.visuals().hyperlink_color),
    );
    ui.add_space(theme::GAP_S);
    facts_ui(ui, &guide.help, size);
    ui.add_space(theme::GAP_L);
    ui.label(
        RichText::new(tr.t("guide-mode-facts"))
            .size(size * theme::guide_text::HEADING)
            .strong(),
    );
    ui.add_space(theme::GAP_S);
    facts_ui(ui, &guide.facts, size);
}

//! The Cards screen: the household's card profiles, and the way into adding,
//! editing and deleting them.

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use super::card_form::CardEditor;
use super::editor::editor_ui;
use super::form::EditorOutcome;
use super::overview::urgency_badge_ui;
use super::{View, hint_ui, theme};
use crate::command::{Command, FileAction};
use crate::i18n::format;
use crate::model::Card;
use crate::model::plan;

/// The Cards screen's passing state: the editor, when one is open.
#[derive(Debug, Default)]
pub struct CardsScreen {
    editor: Option<CardEditor>,
}

impl CardsScreen {
    /// Puts an activation code into the open card form, when it is an eSIM's.
    pub fn set_esim_code(&mut self, code: &str) -> bool {
        self.editor
            .as_mut()
            .is_some_and(|editor| editor.set_esim_code(code))
    }

    /// Whether a card form is open.
    pub fn is_editing(&self) -> bool {
        self.editor.is_some()
    }

    /// Opens the form for a new card.
    pub fn open_new(&mut self) {
        self.editor = Some(CardEditor::new_card());
    }

    /// Opens the form for an existing card.
    pub fn open_edit(&mut self, card: &Card) {
        self.editor = Some(CardEditor::edit(card));
    }

    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        if let Some(editor) = &mut self.editor {
            if editor_ui(editor, ui, view, commands) == EditorOutcome::Close {
                self.editor = None;
            }
            return;
        }
        self.list_ui(ui, view, commands);
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        ui.horizontal(|ui| {
            ui.heading(tr.t("cards-title"));
            ui.add_space(theme::GAP_L);
            let add = ui.add_enabled(view.writable, egui::Button::new(tr.t("cards-add")));
            let add = if view.writable {
                add
            } else {
                add.on_disabled_hover_text(tr.t("read-only-hint"))
            };
            if add.clicked() {
                self.open_new();
            }
            if ui
                .add_enabled(view.writable, egui::Button::new(tr.t("card-import")))
                .clicked()
            {
                commands.push(Command::ChooseFile(FileAction::ImportCard));
            }
        });
        ui.add_space(theme::GAP_M);

        if view.archive.cards.is_empty() {
            ui.add_space(theme::GAP_XL);
            hint_ui(ui, tr.t("cards-empty"));
            return;
        }

        let mut open: Option<&Card> = None;
        let text_height = ui.text_style_height(&egui::TextStyle::Body) + theme::GAP_M;
        TableBuilder::new(ui)
            .striped(true)
            .resizable(false)
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::auto().at_least(theme::CARDS_COLUMN_WIDTHS[0]))
            .column(Column::auto().at_least(theme::CARDS_COLUMN_WIDTHS[1]))
            .column(Column::auto().at_least(theme::CARDS_COLUMN_WIDTHS[2]))
            .column(Column::auto().at_least(theme::CARDS_COLUMN_WIDTHS[3]))
            .column(Column::auto().at_least(theme::CARDS_COLUMN_WIDTHS[4]))
            .column(Column::remainder())
            .header(text_height, |mut header| {
                for id in [
                    msg_id!("cards-col-kind"),
                    msg_id!("cards-col-label"),
                    msg_id!("cards-col-owner"),
                    msg_id!("cards-col-provider"),
                    msg_id!("cards-col-valid-until"),
                    msg_id!("cards-col-state"),
                ] {
                    header.col(|ui| {
                        ui.label(RichText::new(tr.t(id)).strong());
                    });
                }
            })
            .body(|mut body| {
                for card in view.archive.cards_sorted() {
                    body.row(text_height, |mut row| {
                        row.col(|ui| {
                            ui.label(tr.t(card.kind.label_id()));
                        });
                        row.col(|ui| {
                            if ui
                                .link(&card.label)
                                .on_hover_text(tr.t("cards-open-hint"))
                                .clicked()
                            {
                                open = Some(card);
                            }
                        });
                        row.col(|ui| {
                            ui.label(view.archive.owner_name(card));
                        });
                        row.col(|ui| {
                            ui.label(&card.provider);
                        });
                        row.col(|ui| {
                            ui.label(
                                card.validity_end
                                    .as_ref()
                                    .map(|m| format::moment(tr, m))
                                    .unwrap_or_default(),
                            );
                        });
                        row.col(|ui| {
                            if card.archived {
                                ui.label(RichText::new(tr.t("cards-archived")).weak());
                            } else {
                                let settings = &view.archive.settings;
                                let state = plan::plan(card, view.now, settings).urgency;
                                urgency_badge_ui(ui, tr, state);
                            }
                        });
                    });
                }
            });
        if let Some(card) = open {
            self.open_edit(card);
        }
    }
}

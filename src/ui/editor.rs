//! The frame every record form shares (a card, a receipt): a heading, the
//! fields in a scroll area of their own, and the save row pinned below them —
//! the problems that stop saving, Add or Save, Cancel, and for a record that
//! exists its own buttons and Delete, which asks first.

use egui::RichText;

use super::form::{EditorOutcome, Form, Touched};
use super::{Question, View, ask_ui, hint_ui, theme};
use crate::command::Command;
use crate::i18n::{I18n, Msg};
use crate::model::Archive;

/// The message ids and widget ids of one kind of form.
pub struct EditorWords {
    /// "Cannot save yet:", above the list of problems (also the id of the
    /// form's bottom panel, unique to each form).
    pub cannot_save: &'static str,
    /// The save button of a new record.
    pub add: &'static str,
    /// The save button of a record that exists.
    pub save: &'static str,
    /// The delete button.
    pub delete: &'static str,
}

impl EditorWords {
    /// The words from `[cannot save, add, save, delete]`.
    pub const fn of([cannot_save, add, save, delete]: [&'static str; 4]) -> Self {
        Self {
            cannot_save,
            add,
            save,
            delete,
        }
    }
}

/// What every form keeps while it is open, whatever it edits.
#[derive(Debug)]
pub struct EditorState<F: Ord> {
    /// Whether the record is new (Add) or exists (Save, Delete).
    pub is_new: bool,
    /// Whether the delete question is open.
    pub confirm_delete: bool,
    /// What the person has touched.
    pub touched: Touched<F>,
}

impl<F: Ord> EditorState<F> {
    /// The state of a form that has just opened.
    pub fn new(is_new: bool) -> Self {
        Self {
            is_new,
            confirm_delete: false,
            touched: Touched::default(),
        }
    }
}

/// A form for one kind of record; [`editor_ui`] draws it.
pub trait Editor {
    /// The fields problems are reported at.
    type Field: Ord + Copy;
    /// What the form builds.
    type Record;
    /// Its words and ids.
    const WORDS: EditorWords;

    /// Its passing state.
    fn state(&mut self) -> &mut EditorState<Self::Field>;
    /// Its heading.
    fn title(&self, tr: &I18n) -> String;
    /// The record as typed, or the problems that stop saving it.
    fn build(&self, archive: &Archive) -> Result<Self::Record, Vec<(Self::Field, Msg)>>;
    /// The command that saves `record`.
    fn save_command(record: &Self::Record) -> Command;
    /// The scroll area's id: one per record, so each form opens at its top.
    fn scroll_id(&self) -> egui::IdSalt;
    /// The fields.
    fn body_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        problems: &[(Self::Field, Msg)],
        commands: &mut Vec<Command>,
    );
    /// Buttons of a record that exists, between Cancel and Delete.
    fn extra_buttons_ui(&self, _ui: &mut egui::Ui, _tr: &I18n, _commands: &mut Vec<Command>) {}
    /// The "Delete this …?" question and what it does when confirmed.
    fn delete(&self, view: &View<'_>) -> (Question<'static>, Command);
}

/// Draws `editor`: heading, fields, save row and the delete question.
pub fn editor_ui<E: Editor>(
    editor: &mut E,
    ui: &mut egui::Ui,
    view: &View<'_>,
    commands: &mut Vec<Command>,
) -> EditorOutcome {
    let tr = view.tr;
    let built = editor.build(view.archive);
    let problems = built.as_ref().err().cloned().unwrap_or_default();
    ui.heading(editor.title(tr));
    if !view.writable {
        hint_ui(ui, tr.t("read-only-hint"));
    }

    let mut outcome = EditorOutcome::Open;
    egui::Panel::bottom(E::WORDS.cannot_save)
        .frame(egui::Frame::new().inner_margin(theme::SECTION_MARGIN))
        .show(ui, |ui| {
            match save_row_ui(editor, ui, view, &built, &problems, commands) {
                SaveRow::Open => {}
                SaveRow::Cancel => outcome = EditorOutcome::Close,
                SaveRow::Save(record) => {
                    commands.push(E::save_command(record));
                    outcome = EditorOutcome::Close;
                }
            }
        });
    egui::ScrollArea::vertical()
        .id_salt(editor.scroll_id())
        .auto_shrink([false, false])
        .show(ui, |ui| {
            super::page_width_ui(ui);
            editor.body_ui(ui, view, &problems, commands);
        });

    // Escape closes the form as Cancel does, unless a drop-down or the
    // delete question is open (Escape closes that first).
    let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
    if escape && !editor.state().confirm_delete && !egui::Popup::is_any_open(ui.ctx()) {
        outcome = EditorOutcome::Close;
    }
    if editor.state().confirm_delete {
        let (question, delete) = editor.delete(view);
        if ask_ui(ui, &mut editor.state().confirm_delete, question, |_| {}) {
            commands.push(delete);
            outcome = EditorOutcome::Close;
        }
    }
    outcome
}

/// What the save row's buttons asked for.
enum SaveRow<'r, R> {
    /// Nothing that closes the form.
    Open,
    /// Close without saving.
    Cancel,
    /// Save this record and close.
    Save(&'r R),
}

/// The problems that stop saving, and the buttons.
fn save_row_ui<'r, E: Editor>(
    editor: &mut E,
    ui: &mut egui::Ui,
    view: &View<'_>,
    built: &'r Result<E::Record, Vec<(E::Field, Msg)>>,
    problems: &[(E::Field, Msg)],
    commands: &mut Vec<Command>,
) -> SaveRow<'r, E::Record> {
    let tr = view.tr;
    let words = &E::WORDS;
    let is_new = editor.state().is_new;
    let form = Form::of(view, problems, &mut editor.state().touched);
    form.problem_list_ui(ui, words.cannot_save);
    let mut clicked = SaveRow::Open;
    ui.horizontal(|ui| {
        let label = tr.t(if is_new { words.add } else { words.save });
        let button = egui::Button::new(RichText::new(label).strong());
        if ui.add_enabled(view.writable, button).clicked() {
            match built {
                Ok(record) => clicked = SaveRow::Save(record),
                // Every problem shows now, beside its field and above the buttons.
                Err(_) => editor.state().touched.submit(),
            }
        }
        if ui.button(tr.t("card-form-cancel")).clicked() {
            clicked = SaveRow::Cancel;
        }
        if !is_new {
            editor.extra_buttons_ui(ui, tr, commands);
            ui.add_space(theme::GAP_XL);
            let delete = egui::Button::new(tr.t(words.delete));
            if ui.add_enabled(view.writable, delete).clicked() {
                editor.state().confirm_delete = true;
            }
        }
    });
    clicked
}

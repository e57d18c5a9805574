//! The Trips screen: every trip with what it cost, and a trip's page: its
//! cards, receipts and renewals, the total in the household's currency with
//! the rates it used, each person's part and who owes whom.

use egui::RichText;

use super::{View, hint_ui, section_ui, theme};
use crate::command::{Command, FileAction, TripFormat};
use crate::formats::trip;
use crate::i18n::{Msg, format};
use crate::model::trip_report::{self, TripReport};
use crate::model::{Trip, TripId, input};

/// The trip being added or changed, as typed.
#[derive(Debug, Clone, PartialEq)]
struct TripDraft {
    trip: Trip,
    start: String,
    end: String,
}

impl TripDraft {
    fn of(trip: &Trip) -> Self {
        Self {
            trip: trip.clone(),
            start: trip.start.to_string(),
            end: trip.end.to_string(),
        }
    }

    /// The trip, or why it cannot be saved.
    fn build(&self) -> Result<Trip, Msg> {
        let name = self.trip.name.trim();
        if name.is_empty() {
            return Err(Msg::new("trip-need-name"));
        }
        let start = input::parse_date(&self.start).map_err(|e| e.message())?;
        let end = input::parse_date(&self.end).map_err(|e| e.message())?;
        if end < start {
            return Err(Msg::new("trip-end-before-start"));
        }
        let mut trip = self.trip.clone();
        name.clone_into(&mut trip.name);
        trip.start = start;
        trip.end = end;
        Ok(trip)
    }
}

/// The Trips screen's passing state.
#[derive(Debug, Default)]
pub struct TripsScreen {
    /// The trip whose page is open.
    open: Option<TripId>,
    /// The trip being added or changed.
    editing: Option<TripDraft>,
    /// The trip whose deletion waits for a yes.
    deleting: Option<TripId>,
}

impl TripsScreen {
    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        egui::ScrollArea::vertical()
            .id_salt("trips")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                super::page_width_ui(ui);
                if self.editing.is_some() {
                    self.form_ui(ui, view, commands);
                    return;
                }
                match self.open.and_then(|id| view.archive.trip(id)) {
                    Some(trip) => self.page_ui(ui, view, trip, commands),
                    None => self.list_ui(ui, view),
                }
            });
    }

    fn list_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>) {
        let tr = view.tr;
        ui.heading(tr.t("trips-title"));
        hint_ui(ui, tr.t("trips-hint"));
        ui.add_space(theme::GAP_S);
        if ui.button(tr.t("trips-new")).clicked() {
            let today = view.now.date();
            let mut trip = Trip::new("", today, today);
            trip.people = view.archive.people.iter().map(|p| p.id).collect();
            trip.cards = view
                .archive
                .cards
                .iter()
                .filter(|c| !c.archived)
                .map(|c| c.id)
                .collect();
            self.editing = Some(TripDraft::of(&trip));
        }
        let reports = trip_report::reports(view.archive);
        let mut trips: Vec<(&Trip, TripReport)> = view.archive.trips.iter().zip(reports).collect();
        trips.sort_by_key(|(t, _)| std::cmp::Reverse(t.start));
        for (trip, report) in trips {
            ui.add_space(theme::GAP_M);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let lines = trip::lines(view.archive, trip, &report, tr);
                ui.label(RichText::new(&trip.name).size(theme::SECTION_SIZE).strong());
                // What it cost, in all, and what has no rate; then who owes whom.
                let missing = report.home.as_ref().map_or(0, |h| h.missing.len());
                for line in lines.iter().skip(1).take(2 + missing) {
                    ui.add(egui::Label::new(line.as_str()).wrap());
                }
                for line in trip::owes_lines(view.archive, &report, tr) {
                    ui.add(egui::Label::new(RichText::new(line).strong()).wrap());
                }
                let open = Msg::new("trips-open").arg("name", trip.name.as_str());
                if ui.button(tr.msg(&open)).clicked() {
                    self.open = Some(trip.id);
                }
            });
        }
    }

    fn page_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        trip: &Trip,
        commands: &mut Vec<Command>,
    ) {
        let tr = view.tr;
        let report = trip_report::report(view.archive, trip);
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr.t("trips-back")).clicked() {
                self.open = None;
            }
            if ui.button(tr.t("trips-edit")).clicked() {
                self.editing = Some(TripDraft::of(trip));
            }
            for (id, format) in [
                (msg_id!("trips-export-csv"), TripFormat::Csv),
                (msg_id!("trips-export-html"), TripFormat::Html),
            ] {
                if ui.button(tr.t(id)).clicked() {
                    let action = FileAction::ExportTrip(trip.id, format);
                    commands.push(Command::ChooseFile(action));
                }
            }
            if ui.button(tr.t("trips-delete")).clicked() {
                self.deleting = Some(trip.id);
            }
        });
        if self.deleting == Some(trip.id) {
            // A trip is gone at one click otherwise: ask, as for a card.
            ui.horizontal_wrapped(|ui| {
                let ask = Msg::new("trips-delete-ask").arg("name", trip.name.as_str());
                ui.label(RichText::new(tr.msg(&ask)).strong());
                if ui.button(tr.t("trips-delete-confirm")).clicked() {
                    commands.push(Command::DeleteTrip(trip.id));
                    self.open = None;
                    self.deleting = None;
                }
                if ui.button(tr.t("trips-delete-keep")).clicked() {
                    self.deleting = None;
                }
            });
        }
        ui.heading(&trip.name);
        let lines = trip::lines(view.archive, trip, &report, tr);
        // Who owes whom, the answer people look for, stands out.
        let owes = lines.len() - report.settle.len();
        for (n, line) in lines.into_iter().enumerate() {
            let text = if n < owes {
                RichText::new(line)
            } else {
                RichText::new(line).strong()
            };
            ui.add(egui::Label::new(text).wrap());
        }
        section_ui(ui, tr.t("trips-cards"));
        let cards: Vec<&str> = trip
            .cards
            .iter()
            .filter_map(|id| view.archive.card(*id))
            .map(|c| c.label.as_str())
            .collect();
        ui.label(cards.join(tr.list_separator()));
        section_ui(ui, tr.t("trips-receipts"));
        receipts_ui(ui, view, &report);
        section_ui(ui, tr.t("trips-renewals"));
        if report.renewals.is_empty() {
            hint_ui(ui, tr.t("trips-no-renewals"));
        }
        for (card, day) in &report.renewals {
            let label = view.archive.card(*card).map_or("", |c| c.label.as_str());
            ui.label(format!("{} · {label}", format::short_date(tr, *day)));
        }
    }

    fn form_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        let Some(draft) = self.editing.as_mut() else {
            return;
        };
        let title = if view.archive.trip(draft.trip.id).is_some() {
            tr.t("trips-edit")
        } else {
            tr.t("trips-new")
        };
        ui.heading(title);
        hint_ui(ui, tr.t("trips-form-hint"));
        egui::Grid::new("trip_form")
            .num_columns(2)
            .spacing([theme::GAP_L, theme::GAP_M])
            .show(ui, |ui| {
                for (id, value) in [
                    (msg_id!("trips-name"), &mut draft.trip.name),
                    (msg_id!("trips-start"), &mut draft.start),
                    (msg_id!("trips-end"), &mut draft.end),
                ] {
                    let label = ui.label(tr.t(id));
                    ui.add(egui::TextEdit::singleline(value).desired_width(theme::FIELD_WIDTH))
                        .labelled_by(label.id);
                    ui.end_row();
                }
                ui.label(tr.t("trips-people"));
                ui.horizontal_wrapped(|ui| {
                    for person in &view.archive.people {
                        toggle_ui(ui, &mut draft.trip.people, person.id, &person.name);
                    }
                });
                ui.end_row();
                ui.label(tr.t("trips-cards"));
                ui.horizontal_wrapped(|ui| {
                    for card in &view.archive.cards {
                        toggle_ui(ui, &mut draft.trip.cards, card.id, &card.label);
                    }
                });
                ui.end_row();
            });
        let built = draft.build();
        if let Err(problem) = &built {
            ui.colored_label(theme::warning(ui.visuals()), tr.msg(problem));
        }
        let mut close = false;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(built.is_ok(), egui::Button::new(tr.t("trips-save")))
                .clicked()
                && let Ok(trip) = &built
            {
                self.open = Some(trip.id);
                commands.push(Command::SaveTrip(trip.clone()));
                close = true;
            }
            if ui.button(tr.t("trips-cancel")).clicked() {
                close = true;
            }
        });
        if close {
            self.editing = None;
        }
    }
}

/// A checkbox that puts `id` in `ids` or takes it out.
fn toggle_ui<T: PartialEq + Copy>(ui: &mut egui::Ui, ids: &mut Vec<T>, id: T, text: &str) {
    let mut on = ids.contains(&id);
    if ui.checkbox(&mut on, text).changed() {
        if on {
            ids.push(id);
        } else {
            ids.retain(|x| *x != id);
        }
    }
}

/// The trip's receipts: date, card, amount, what was charged, who paid.
fn receipts_ui(ui: &mut egui::Ui, view: &View<'_>, report: &TripReport) {
    let tr = view.tr;
    if report.receipts.is_empty() {
        hint_ui(ui, tr.t("trips-no-receipts"));
        return;
    }
    egui::Grid::new("trip_receipts")
        .striped(true)
        .num_columns(5)
        .spacing([theme::GAP_L, theme::GAP_S])
        .show(ui, |ui| {
            for id in [
                msg_id!("receipts-col-date"),
                msg_id!("receipts-col-card"),
                msg_id!("receipts-col-amount"),
                msg_id!("receipts-col-charged"),
                msg_id!("receipts-col-paid-by"),
            ] {
                ui.label(RichText::new(tr.t(id)).strong());
            }
            ui.end_row();
            for receipt in &report.receipts {
                let names = crate::model::receipts::Names::of(view.archive, receipt);
                ui.label(format::short_date(tr, receipt.date));
                ui.label(names.card);
                ui.label(receipt.amount.to_string());
                ui.label(receipt.charged.map(|m| m.to_string()).unwrap_or_default());
                ui.label(names.paid_by);
                ui.end_row();
            }
        });
}

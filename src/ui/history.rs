//! A card's history: every renewal and failed attempt, newest first, with its
//! note, the validity it gave and the receipt it left.

use egui::RichText;

use super::{View, hint_ui, section_ui, theme};
use crate::command::Command;
use crate::i18n::{Msg, format};
use crate::model::Card;
use crate::model::history::{Outcome, RenewalEvent};

/// How many events show before "Show all".
const SHOWN_AT_FIRST: usize = 5;

/// The history section of a card; `show_all` is the screen's passing state.
pub fn history_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    card: &Card,
    show_all: &mut bool,
    commands: &mut Vec<Command>,
) {
    let tr = view.tr;
    section_ui(ui, tr.t("history-title"));
    if card.history.is_empty() {
        hint_ui(ui, tr.t("history-empty"));
        return;
    }
    // Newest first; of two at the same moment, the one recorded later.
    let mut events: Vec<&RenewalEvent> = card.history.iter().rev().collect();
    events.sort_by_key(|e| std::cmp::Reverse(e.at));
    let shown = if *show_all {
        events.len()
    } else {
        SHOWN_AT_FIRST
    };
    for (n, event) in events.iter().take(shown).enumerate() {
        ui.push_id(n, |ui| event_ui(ui, view, event, commands));
    }
    if events.len() > shown {
        let more = Msg::new("history-show-all").arg("count", events.len());
        if ui.button(tr.msg(&more)).clicked() {
            *show_all = true;
        }
    }
}

fn event_ui(ui: &mut egui::Ui, view: &View<'_>, event: &RenewalEvent, commands: &mut Vec<Command>) {
    let tr = view.tr;
    let at = event.at.to_zoned(view.now.time_zone().clone());
    let (mark, color, outcome_id) = match event.outcome {
        Outcome::Renewed => (
            "✔",
            theme::success(ui.visuals()),
            msg_id!("history-renewed"),
        ),
        Outcome::Failed => ("✖", theme::error(ui.visuals()), msg_id!("history-failed")),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!("{mark} {}", tr.t(outcome_id)))
                .color(color)
                .strong(),
        );
        ui.label(format::moment(tr, &at));
        ui.label(RichText::new(tr.t(event.channel.label_id())).weak());
    });
    ui.indent("event", |ui| {
        if event.outcome == Outcome::Renewed
            && let Some(end) = &event.new_validity_end
        {
            let msg = Msg::new("history-valid-until").arg("moment", end.clone());
            ui.label(tr.msg(&msg));
        }
        if !event.note.trim().is_empty() {
            let note = tr.labelled(&tr.t("history-note"), event.note.trim());
            ui.add(egui::Label::new(note).wrap());
        }
        let receipt = event
            .receipt
            .and_then(|id| view.archive.receipts.iter().find(|r| r.id == id));
        if let Some(receipt) = receipt {
            ui.horizontal_wrapped(|ui| {
                let mut text = receipt.amount.to_string();
                if !receipt.order_number.is_empty() {
                    text = format!("{text} · {}", receipt.order_number);
                }
                ui.label(tr.labelled(&tr.t("history-receipt"), &text));
                if ui.button(tr.t("history-show-receipt")).clicked() {
                    commands.push(Command::OpenReceipt(receipt.id));
                }
            });
        }
    });
    ui.add_space(theme::GAP_S);
}

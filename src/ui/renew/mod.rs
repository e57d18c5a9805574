//! The Renew screen: choose a card, then the renewal wizard one step at a
//! time, with the steps listed at the side and the checklist beside it.

mod steps;

use egui::RichText;
use jiff::Zoned;

use super::checklist::checklist_ui;
use super::{
    Question, View, ask_ui, cards_page_ui, colored_note_ui, hint_ui, panel_title_ui, theme,
};
use crate::command::Command;
use crate::i18n::{I18n, Msg};
use crate::model::settings::Settings;
use crate::model::{Card, CardId};
use crate::wizard::{Renewal, Step};

/// The Renew screen's passing state: which renewal is open and which question is asked.
#[derive(Debug, Default)]
pub struct RenewScreen {
    open: Option<CardId>,
    confirm_cancel: bool,
    confirm_record: bool,
}

/// A question the action bar asks before it acts.
enum Ask {
    /// Whether to cancel the renewal.
    Cancel,
    /// Whether to record it with precautions left unticked.
    Record,
}

/// What one frame of the wizard has to work with.
struct Ctx<'a> {
    tr: &'a I18n,
    card: &'a Card,
    now: &'a Zoned,
    settings: &'a Settings,
    writable: bool,
}

impl Ctx<'_> {
    /// Whether the card is a rented pocket WiFi: its steps speak of a return
    /// and an extension fee where the others speak of validity and a price.
    fn is_router(&self) -> bool {
        self.card.kind.is_rented_device()
    }
}

impl RenewScreen {
    /// Shows the renewal of `card` (once it exists).
    pub fn open(&mut self, card: CardId) {
        self.open = Some(card);
        self.confirm_cancel = false;
        self.confirm_record = false;
    }

    /// Shows the list of cards to renew instead of an open renewal.
    pub fn show_list(&mut self) {
        self.open = None;
        self.confirm_cancel = false;
        self.confirm_record = false;
    }

    /// The card whose renewal is open.
    pub fn open_card(&self) -> Option<CardId> {
        self.open
    }

    /// Shows the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let open = self.open.and_then(|id| {
            let card = view.archive.card(id)?;
            let renewal = view.archive.renewal(id)?;
            Some((card, renewal))
        });
        let Some((card, renewal)) = open else {
            self.landing_ui(ui, view, commands);
            return;
        };
        let ctx = Ctx {
            tr: view.tr,
            card,
            now: view.now,
            settings: &view.archive.settings,
            writable: view.writable,
        };
        let mut draft = renewal.clone();
        self.wizard_ui(ui, &ctx, &mut draft, commands);
        if draft != *renewal && view.writable {
            commands.push(Command::UpdateRenewal(Box::new(draft)));
        }
    }

    /// The list of cards to renew, with renewals in progress first.
    fn landing_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let tr = view.tr;
        let cards = cards_page_ui(
            ui,
            view,
            (
                msg_id!("renew-title"),
                msg_id!("renew-hint"),
                msg_id!("renew-no-cards"),
            ),
        );
        if cards.is_empty() {
            return;
        }
        // Most urgent first, each with its mark, as on the Overview. A row
        // wraps when the window is narrow, so the button never runs off it.
        let plans = crate::model::plan::overview(view.archive, view.now);
        for plan in plans {
            let card = plan.card;
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&card.label).strong());
                crate::ui::overview::urgency_badge_ui(ui, tr, plan.urgency);
                ui.label(card.validity_end.as_ref().map_or_else(
                    || tr.t("renew-validity-unknown"),
                    |end| tr.msg(&Msg::new("renew-valid-until").arg("moment", end.clone())),
                ));
                let in_progress = view.archive.renewal(card.id);
                let label = match in_progress {
                    Some(r) => {
                        let steps = r.steps();
                        let at = steps
                            .iter()
                            .position(|s| *s == r.current)
                            .map_or(steps.len(), |p| p + 1);
                        tr.msg(
                            &Msg::new("renew-continue")
                                .arg("label", card.label.as_str())
                                .arg("step", at)
                                .arg("steps", steps.len()),
                        )
                    }
                    None => tr.msg(&Msg::new("renew-start").arg("label", card.label.as_str())),
                };
                let button = ui.add_enabled(
                    view.writable || in_progress.is_some(),
                    egui::Button::new(label),
                );
                if button.clicked() {
                    if in_progress.is_none() {
                        commands.push(Command::StartRenewal(card.id));
                    }
                    self.open(card.id);
                }
            });
            ui.add_space(theme::GAP_S);
        }
    }

    fn wizard_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &Ctx<'_>,
        r: &mut Renewal,
        commands: &mut Vec<Command>,
    ) {
        let tr = ctx.tr;
        let kind = ctx.card.kind;
        // The steps and the checklist beside the step when there is room;
        // when not, the steps fold into a list above it and the checklist goes under it.
        let side_by_side = ui.available_width() >= theme::WIZARD_SIDE_BY_SIDE_WIDTH;
        if side_by_side {
            let steps = egui::Panel::left("wizard_steps_panel");
            side_panel_ui(ui, steps, theme::WIZARD_STEPS_WIDTH, "steps_scroll", |ui| {
                steps_list_ui(ui, ctx, r);
            });
            let checklist = egui::Panel::right("wizard_checklist");
            side_panel_ui(
                ui,
                checklist,
                theme::WIZARD_CHECKLIST_WIDTH,
                "checklist_scroll",
                |ui| {
                    wizard_checklist_ui(ui, ctx, r);
                },
            );
        }
        let asked = egui::Panel::bottom("wizard_actions")
            .frame(egui::Frame::new().inner_margin(theme::STEP_MARGIN))
            .show(ui, |ui| actions_ui(ui, ctx, r, commands))
            .inner;
        match asked {
            Some(Ask::Cancel) => self.confirm_cancel = true,
            Some(Ask::Record) => self.confirm_record = true,
            None => {}
        }

        egui::ScrollArea::vertical()
            .id_salt(("wizard_step", r.current, r.recovery_from.is_some()))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(theme::WIZARD_STEP_MAX_WIDTH));
                ui.add_space(theme::GAP_S);
                hint_ui(
                    ui,
                    tr.msg(
                        &Msg::new("wizard-renewing")
                            .arg("label", ctx.card.label.as_str())
                            .arg("provider", ctx.card.provider.as_str()),
                    ),
                );
                if !side_by_side {
                    egui::CollapsingHeader::new(tr.t("wizard-steps"))
                        .id_salt("steps_folded")
                        .show(ui, |ui| steps_list_ui(ui, ctx, r));
                }
                if r.recovery_from.is_some() {
                    steps::recovery_ui(ui, ctx, r);
                } else {
                    let steps = r.steps();
                    let title = tr.t(r.current.title_id(kind));
                    let heading = match steps.iter().position(|s| *s == r.current) {
                        Some(p) => tr.msg(
                            &Msg::new("wizard-step-of")
                                .arg("n", p + 1)
                                .arg("count", steps.len())
                                .arg("title", title),
                        ),
                        None => title,
                    };
                    ui.heading(heading);
                    ui.add_space(theme::GAP_M);
                    ui.add_enabled_ui(ctx.writable, |ui| steps::step_ui(ui, ctx, r));
                    let new_esim = r.inputs.esim_mode == crate::model::renewal::EsimMode::NewEsim;
                    if r.current == Step::Confirm && kind.installs_from_code() && new_esim {
                        install_esim_ui(ui, ctx, commands);
                    }
                }
                if !side_by_side {
                    ui.add_space(theme::GAP_L);
                    ui.separator();
                    wizard_checklist_ui(ui, ctx, r);
                }
            });

        if self.confirm_cancel {
            self.cancel_dialog_ui(ui, ctx, commands);
        }
        if self.confirm_record {
            self.record_dialog_ui(ui, ctx, r, commands);
        }
    }

    fn cancel_dialog_ui(&mut self, ui: &mut egui::Ui, ctx: &Ctx<'_>, commands: &mut Vec<Command>) {
        let tr = ctx.tr;
        let question = Question {
            id: "cancel_renewal",
            title: tr.t("wizard-cancel-title"),
            body: tr.msg(&Msg::new("wizard-cancel-body").arg("label", ctx.card.label.as_str())),
            confirm: tr.t("wizard-cancel-confirm"),
            keep: tr.t("wizard-cancel-keep"),
            destructive: false,
            enabled: ctx.writable,
        };
        if ask_ui(ui, &mut self.confirm_cancel, question, |_| {}) {
            commands.push(Command::CancelRenewal(ctx.card.id));
            self.open = None;
        }
    }

    fn record_dialog_ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &Ctx<'_>,
        r: &Renewal,
        commands: &mut Vec<Command>,
    ) {
        let tr = ctx.tr;
        let open = r.unsettled(ctx.card, ctx.now, ctx.settings);
        let question = Question {
            id: "record_unticked",
            title: tr.t("wizard-unticked-title"),
            body: tr.msg(&Msg::new("wizard-unticked-body").arg("count", open.len())),
            confirm: tr.t("wizard-record-anyway"),
            keep: tr.t("wizard-back-to-checklist"),
            destructive: false,
            enabled: ctx.writable,
        };
        let open_items = |ui: &mut egui::Ui| {
            for item in &open {
                let text = tr.t(item.item.label_id());
                colored_note_ui(ui, theme::warning(ui.visuals()), "•", &text);
            }
        };
        if ask_ui(ui, &mut self.confirm_record, question, open_items) {
            commands.push(Command::RecordRenewal(ctx.card.id));
        }
    }
}

/// The wizard's action bar: what stops Next, and the buttons. Returns the
/// question a button asked.
fn actions_ui(
    ui: &mut egui::Ui,
    ctx: &Ctx<'_>,
    r: &mut Renewal,
    commands: &mut Vec<Command>,
) -> Option<Ask> {
    let tr = ctx.tr;
    let mut asked = None;
    if let Some(stage) = r.failure_stage() {
        ui.horizontal_wrapped(|ui| {
            if stage.may_pay_another_way() {
                let another =
                    egui::Button::new(RichText::new(tr.t("wizard-try-another-way")).strong());
                if ui.add_enabled(ctx.writable, another).clicked() {
                    // The attempt and its note go into the history; the renewal goes on.
                    commands.push(Command::UpdateRenewal(Box::new(r.clone())));
                    commands.push(Command::RecordFailedAttempt {
                        card: ctx.card.id,
                        try_again: true,
                    });
                }
                if ui
                    .add_enabled(ctx.writable, egui::Button::new(tr.t("wizard-retry")))
                    .clicked()
                {
                    r.retry();
                }
            } else {
                // Paid: never another payment; look again once it has had time.
                let again = egui::Button::new(RichText::new(tr.t("wizard-check-again")).strong());
                if ui.add_enabled(ctx.writable, again).clicked() {
                    r.retry();
                }
            }
            ui.add_space(theme::GAP_XL);
            let stop = egui::Button::new(tr.t("wizard-record-failure"));
            if ui.add_enabled(ctx.writable, stop).clicked() {
                commands.push(Command::UpdateRenewal(Box::new(r.clone())));
                commands.push(Command::RecordFailedAttempt {
                    card: ctx.card.id,
                    try_again: false,
                });
            }
        });
        return None;
    }
    let blockers = r.blockers(r.current, ctx.card);
    if !blockers.is_empty() {
        let color = theme::warning(ui.visuals());
        ui.label(RichText::new(tr.t("wizard-to-continue")).color(color));
        for msg in &blockers {
            colored_note_ui(ui, color, "•", &tr.msg(msg));
        }
        ui.add_space(theme::GAP_S);
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(r.can_go_back(), egui::Button::new(tr.t("wizard-back")))
            .clicked()
        {
            r.back();
        }
        if r.current == Step::Summary {
            let ready = ctx.writable && r.is_complete();
            let record = egui::Button::new(RichText::new(tr.t("wizard-record")).strong());
            if ui.add_enabled(ready, record).clicked() {
                if r.unsettled(ctx.card, ctx.now, ctx.settings).is_empty() {
                    commands.push(Command::RecordRenewal(ctx.card.id));
                } else {
                    asked = Some(Ask::Record);
                }
            }
        } else {
            let next = egui::Button::new(RichText::new(tr.t("wizard-next")).strong());
            if ui
                .add_enabled(ctx.writable && blockers.is_empty(), next)
                .clicked()
            {
                // Blockers were checked above: should the step still refuse,
                // it stays as it is and its blockers show.
                if let Err(blockers) = r.next(ctx.card) {
                    log::warn!("the wizard refused Next: {} blockers", blockers.len());
                }
            }
        }
        if r.can_fail()
            && ui
                .add_enabled(ctx.writable, egui::Button::new(tr.t("wizard-failed")))
                .clicked()
        {
            r.fail();
        }
        ui.add_space(theme::GAP_XL);
        if ui.button(tr.t("wizard-cancel")).clicked() {
            asked = Some(Ask::Cancel);
        }
    });
    asked
}

/// A side panel of the wizard, `width` wide, whose content scrolls on its own.
fn side_panel_ui(
    ui: &mut egui::Ui,
    panel: egui::Panel,
    width: f32,
    scroll_id: &str,
    add_contents: impl FnOnce(&mut egui::Ui),
) {
    let frame = theme::unfilled(egui::Frame::side_top_panel(ui.style()));
    panel
        .frame(frame)
        .resizable(false)
        .exact_size(width)
        .show(ui, |ui| {
            theme::on_background(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt(scroll_id)
                    .show(ui, add_contents);
            });
        });
}

/// The checklist of the renewal, with its title.
fn wizard_checklist_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    panel_title_ui(ui, tr.t("checklist-title"));
    let items = r.checklist(ctx.card, ctx.now, ctx.settings);
    checklist_ui(ui, tr, &items, r);
}

/// The steps at the side: done ones ticked, the current one marked; done and
/// the next open step can be clicked.
fn steps_list_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, r: &mut Renewal) {
    let tr = ctx.tr;
    let kind = ctx.card.kind;
    panel_title_ui(ui, tr.t("wizard-steps"));
    let mut steps = r.steps();
    steps.push(Step::Summary);
    for (n, step) in steps.into_iter().enumerate() {
        let done = r.done.contains(&step);
        let current = r.current == step && r.recovery_from.is_none();
        let mark = if current {
            "▶"
        } else if done {
            "✔"
        } else {
            "○"
        };
        let title = tr.t(step.title_id(kind));
        let text = if step == Step::Summary {
            format!("{mark}  {title}")
        } else {
            format!("{mark}  {}. {title}", n + 1)
        };
        let mut rich = RichText::new(text);
        if done && !current {
            rich = rich.color(theme::success(ui.visuals()));
        }
        let enabled = r.recovery_from.is_none() && r.can_go_to(step);
        let button = egui::Button::selectable(current, rich)
            .min_size(egui::vec2(ui.available_width(), theme::STEP_BUTTON_HEIGHT));
        if ui.add_enabled(enabled, button).clicked() {
            r.go_to(step);
        }
    }
}

/// Installing a new eSIM: over WiFi, from the code kept on the card, shown
/// as a QR code after a question.
fn install_esim_ui(ui: &mut egui::Ui, ctx: &Ctx<'_>, commands: &mut Vec<Command>) {
    let tr = ctx.tr;
    ui.add_space(theme::GAP_M);
    super::section_ui(ui, tr.t("wizard-install-esim"));
    hint_ui(ui, tr.t("qr-wifi"));
    let code = &ctx.card.esim_code;
    if code.installed {
        hint_ui(ui, tr.t("wizard-install-esim-spent"));
    } else if crate::model::esim_code::parse_lpa(&code.code).is_ok() {
        if ui.button(tr.t("card-esim-show-qr")).clicked() {
            commands.push(Command::ShowQr(code.code.clone()));
        }
    } else {
        hint_ui(ui, tr.t("wizard-install-esim-no-code"));
    }
}

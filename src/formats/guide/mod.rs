//! The family guide: a card's renewal in plain steps, personalised with the
//! card's own details, for guide mode on screen and as a file to send
//! (self-contained HTML that prints on A4, or Markdown). Every piece of the
//! person's own text is escaped in both.

use jiff::Zoned;

use crate::i18n::format::TimesFor;
use crate::i18n::{I18n, Msg};
use crate::model::plan;
use crate::model::recovery::{self, Failed, Stage};
use crate::model::{Card, Channel, IdField, Settings};

/// A labelled detail of the card ("Provider: Sora eSIM").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// What it is.
    pub label: String,
    /// The detail.
    pub value: String,
    /// A web address to open, when the detail is one.
    pub link: Option<String>,
}

/// One step: what the person will see, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideStep {
    /// A short title ("Open the website").
    pub title: String,
    /// What the person will see.
    pub see: String,
    /// What to do.
    pub action: String,
    /// A detail to type or show, in large print (a number), if the step has one.
    pub detail: Option<String>,
    /// A web address to open, if the step has one.
    pub link: Option<String>,
    /// Whether the step installs the card's eSIM: the app offers its QR code
    /// there (never in an exported guide).
    pub installs_esim: bool,
}

/// The whole guide for one card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    /// "How to renew Mum's eSIM".
    pub title: String,
    /// One paragraph on what this is and the deadline.
    pub intro: String,
    /// The card's details.
    pub facts: Vec<Fact>,
    /// The renewal, step by step.
    pub steps: Vec<GuideStep>,
    /// What to do when it does not work.
    pub failure_steps: Vec<GuideStep>,
    /// Whom to ask.
    pub help: Vec<Fact>,
}

/// Where a reader is in a guide: a renewal step, or a failure step with the
/// renewal step to come back to. One past the last step is the end page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// The renewal step with this index.
    Step(usize),
    /// The failure step `step`, reached from the renewal step `from`.
    Failure {
        /// The failure step's index.
        step: usize,
        /// The renewal step that Back returns to from the first failure step.
        from: usize,
    },
}

impl Default for Position {
    fn default() -> Self {
        Position::Step(0)
    }
}

impl Position {
    /// The steps this position pages through.
    pub fn steps(self, guide: &Guide) -> &[GuideStep] {
        match self {
            Position::Step(_) => &guide.steps,
            Position::Failure { .. } => &guide.failure_steps,
        }
    }

    /// The index within [`Position::steps`]; their length means the end page.
    pub fn index(self) -> usize {
        match self {
            Position::Step(step) | Position::Failure { step, .. } => step,
        }
    }

    /// Whether the reader is in the failure steps.
    pub fn is_failure(self) -> bool {
        matches!(self, Position::Failure { .. })
    }

    /// Whether Back leads anywhere (not from the very first step).
    pub fn can_go_back(self) -> bool {
        self != Position::Step(0)
    }

    /// Whether Next leads anywhere (not from the end page).
    pub fn can_go_on(self, guide: &Guide) -> bool {
        self.index() < self.steps(guide).len()
    }

    /// One step on, up to the end page.
    #[must_use]
    pub fn next(self, guide: &Guide) -> Self {
        if !self.can_go_on(guide) {
            return self;
        }
        match self {
            Position::Step(step) => Position::Step(step + 1),
            Position::Failure { step, from } => Position::Failure {
                step: step + 1,
                from,
            },
        }
    }

    /// One step back; from the first failure step, back to the renewal step it was reached from.
    #[must_use]
    pub fn back(self) -> Self {
        match self {
            Position::Step(step) => Position::Step(step.saturating_sub(1)),
            Position::Failure { step: 0, from } => Position::Step(from),
            Position::Failure { step, from } => Position::Failure {
                step: step - 1,
                from,
            },
        }
    }

    /// The first failure step, remembering where the renewal was.
    #[must_use]
    pub fn failure(self) -> Self {
        match self {
            Position::Step(from) => Position::Failure { step: 0, from },
            failure @ Position::Failure { .. } => failure,
        }
    }
}

/// An address a browser can open (`sora.example` becomes `https://sora.example`).
pub fn link_target(address: &str) -> Option<String> {
    let address = address.trim();
    if address.is_empty() || address.contains(char::is_whitespace) {
        return None;
    }
    if address.starts_with("https://") || address.starts_with("http://") {
        Some(address.to_owned())
    } else if !address.contains("://") && address.contains('.') {
        Some(format!("https://{address}"))
    } else {
        None
    }
}

#[expect(
    clippy::needless_pass_by_value,
    reason = "every caller builds fresh messages"
)]
fn step(tr: &I18n, title: Msg, see: Msg, action: Msg) -> GuideStep {
    GuideStep {
        title: tr.msg(&title),
        see: tr.msg(&see),
        action: tr.msg(&action),
        detail: None,
        link: None,
        installs_esim: false,
    }
}

/// The guide for renewing `card` through its usual channel, as of `now`,
/// with the deadlines the person's `settings` give, its times given in the
/// provider's zone and for whom `times` says (every zone named).
pub fn guide(card: &Card, now: &Zoned, settings: &Settings, tr: &I18n, times: &TimesFor) -> Guide {
    let p = plan::plan(card, now, settings);
    let label = card.label.as_str();
    let provider = if card.provider.trim().is_empty() {
        tr.t("guide-the-provider")
    } else {
        card.provider.clone()
    };
    let deadline = p.renew_by.as_ref().map(|d| times.deadline(tr, d));
    let end = p.validity_end.as_ref().map(|e| times.deadline(tr, e));

    let facts = facts(card, tr, &provider, deadline.as_deref(), end.as_deref());
    let intro = tr.msg(
        &Msg::new("guide-intro").arg("label", label).arg(
            "deadline",
            deadline
                .clone()
                .unwrap_or_else(|| tr.t("guide-deadline-unknown")),
        ),
    );
    let steps = if card.channel == Channel::Automatic {
        automatic_steps(card, tr, &provider, end.as_deref())
    } else if card.kind.is_rented_device() {
        router_steps(card, tr, &p, times)
    } else {
        card_steps(card, tr, &provider, end.as_deref())
    };
    let help = help(card, tr, &provider);
    let failed = Failed {
        kind: card.kind,
        channel: card.channel,
        order_number: "",
        notice_hours: card.rental.notice_hours,
    };
    let failure_steps = Stage::all_for(card.channel)
        .iter()
        .map(|&stage| stage_step(tr, stage, &failed))
        .chain([support_step(tr, &help)])
        .collect();
    Guide {
        title: tr.msg(&Msg::new("guide-title").arg("label", label)),
        intro,
        facts,
        steps,
        failure_steps,
        help,
    }
}

/// What to do when it stops at `stage` (before paying, at paying, after
/// paying): the same advice as the wizard's, as one step with its list.
/// Contacting support is the last step of its own.
fn stage_step(tr: &I18n, stage: Stage, failed: &Failed<'_>) -> GuideStep {
    let [title, see, intro] = stage.words(failed.kind, failed.channel);
    let mut advice = recovery::advice_at(stage, failed);
    advice.pop();
    let lines = advice.iter().enumerate().map(|(n, item)| {
        let title = tr.msg(&item.title);
        // The wizard asks for the order number above; a guide has no field.
        let detail = if item.detail.id == msg_id!("recovery-charged") {
            Msg::new("guide-recovery-charged")
        } else {
            item.detail.clone()
        };
        format!("{}. {}", n + 1, tr.labelled(&title, &tr.msg(&detail)))
    });
    let action = std::iter::once(tr.t(intro))
        .chain(lines)
        .collect::<Vec<_>>();
    GuideStep {
        title: tr.t(title),
        see: tr.t(see),
        action: action.join("\n"),
        detail: None,
        link: None,
        installs_esim: false,
    }
}

/// The last step when it does not work: who to call, with their numbers.
fn support_step(tr: &I18n, help: &[Fact]) -> GuideStep {
    let mut support = step(
        tr,
        Msg::new("guide-fail-support-title"),
        Msg::new("guide-fail-support-see"),
        Msg::new("guide-fail-support-do"),
    );
    let contacts: Vec<String> = help
        .iter()
        .map(|fact| tr.labelled(&fact.label, &fact.value))
        .collect();
    support.detail = Some(if contacts.is_empty() {
        tr.t("guide-fail-no-contacts")
    } else {
        contacts.join("\n")
    });
    support
}

/// The card's details at the top of the guide.
fn facts(
    card: &Card,
    tr: &I18n,
    provider: &str,
    deadline: Option<&str>,
    end: Option<&str>,
) -> Vec<Fact> {
    let mut facts = vec![Fact {
        label: tr.t("field-provider"),
        value: provider.to_owned(),
        link: None,
    }];
    if !card.provider_website.trim().is_empty() {
        facts.push(Fact {
            label: tr.t("field-website"),
            value: card.provider_website.trim().to_owned(),
            link: link_target(&card.provider_website),
        });
    }
    if let Some((field, value)) = card.main_identifier() {
        facts.push(Fact {
            label: tr.t(field.label_id()),
            value: value.trim().to_owned(),
            link: None,
        });
    }
    if !card.plan.name.trim().is_empty() {
        facts.push(Fact {
            label: tr.t("field-plan-name"),
            value: card.plan.name.trim().to_owned(),
            link: None,
        });
    }
    if let Some(end) = end {
        facts.push(Fact {
            label: tr.t("guide-valid-until"),
            value: end.to_owned(),
            link: None,
        });
    }
    if let Some(deadline) = deadline {
        facts.push(Fact {
            label: tr.t("guide-renew-by"),
            value: deadline.to_owned(),
            link: None,
        });
    }

    facts
}

/// Whom to ask: the provider's support and the family helper.
fn help(card: &Card, tr: &I18n, provider: &str) -> Vec<Fact> {
    let mut help = Vec::new();
    if !card.support_contact.trim().is_empty() {
        help.push(Fact {
            label: tr.msg(&Msg::new("guide-help-support").arg("provider", provider)),
            value: card.support_contact.trim().to_owned(),
            link: None,
        });
    }
    if !card.helper_name.trim().is_empty() || !card.helper_phone.trim().is_empty() {
        help.push(Fact {
            label: if card.helper_name.trim().is_empty() {
                tr.t("guide-help-helper")
            } else {
                card.helper_name.trim().to_owned()
            },
            value: card.helper_phone.trim().to_owned(),
            link: None,
        });
    }
    help
}

/// An amount as the guide shows it, or "-" when unknown.
fn money_or_dash(money: Option<crate::model::Money>) -> String {
    money.map_or_else(|| "-".to_owned(), |m| m.to_string())
}

/// SIM and eSIM, bought online, at a shop or from a seller.
fn card_steps(card: &Card, tr: &I18n, provider: &str, end: Option<&str>) -> Vec<GuideStep> {
    let channel = card.channel;
    let mut steps = vec![step(
        tr,
        Msg::new("guide-check-title"),
        Msg::new("guide-check-see").arg("provider", provider),
        Msg::new("guide-check-do").arg("end", end.unwrap_or("-")),
    )];
    steps.push(step(
        tr,
        Msg::new("guide-connect-title"),
        Msg::new("guide-connect-see"),
        Msg::new(if card.kind.installs_from_code() {
            msg_id!("guide-connect-do-esim")
        } else {
            msg_id!("guide-connect-do-sim")
        }),
    ));
    steps.push(open_step(card, tr, provider));
    let price = money_or_dash(card.plan.price);
    let plan_name = if card.plan.name.trim().is_empty() {
        tr.t(card.plan.kind.label_id())
    } else {
        card.plan.name.trim().to_owned()
    };
    steps.push(step(
        tr,
        Msg::new("guide-plan-title"),
        Msg::new("guide-plan-see"),
        Msg::new("guide-plan-do")
            .arg("plan", plan_name)
            .arg("price", price),
    ));
    if let Some((field, value)) = card.main_identifier() {
        let mut enter = step(
            tr,
            Msg::new("guide-number-title"),
            Msg::new("guide-number-see").arg("field", Msg::new(field.label_id())),
            Msg::new(if channel == Channel::Store {
                msg_id!("guide-number-do-shop")
            } else {
                msg_id!("guide-number-do")
            }),
        );
        enter.detail = Some(value.trim().to_owned());
        steps.push(enter);
    }
    let payment = if card.payment.label.trim().is_empty() {
        tr.t("guide-payment-any")
    } else {
        card.payment.label.trim().to_owned()
    };
    steps.push(step(
        tr,
        Msg::new("guide-pay-title"),
        Msg::new(if channel == Channel::Store {
            msg_id!("guide-pay-see-shop")
        } else {
            msg_id!("guide-pay-see")
        }),
        Msg::new("guide-pay-do").arg("payment", payment),
    ));
    // A new eSIM whose code is kept: install it before checking it works.
    let code = &card.esim_code;
    if card.kind.installs_from_code()
        && !code.installed
        && crate::model::esim_code::parse_lpa(&code.code).is_ok()
    {
        let mut install = step(
            tr,
            Msg::new("guide-install-title"),
            Msg::new("guide-install-see"),
            Msg::new("guide-install-do"),
        );
        install.installs_esim = true;
        steps.push(install);
    }
    steps.push(step(
        tr,
        Msg::new("guide-confirm-title"),
        Msg::new("guide-confirm-see"),
        Msg::new("guide-confirm-do"),
    ));
    steps.push(proof_step(card, tr));
    steps
}

/// A rented router: ask for the extension before the deadline, pay, keep it charged.
fn router_steps(
    card: &Card,
    tr: &I18n,
    p: &plan::CardPlan<'_>,
    times: &TimesFor,
) -> Vec<GuideStep> {
    let return_by = p
        .return_by
        .as_ref()
        .map_or_else(|| "-".to_owned(), |r| times.deadline(tr, r));
    let ask_by = p
        .extension_deadline
        .as_ref()
        .map_or_else(|| "-".to_owned(), |d| times.deadline(tr, d));
    let mut steps = vec![step(
        tr,
        Msg::new("guide-router-check-title"),
        Msg::new("guide-router-check-see"),
        Msg::new("guide-router-check-do")
            .arg("return_by", return_by)
            .arg("place", card.rental.return_place.trim()),
    )];
    let mut ask = step(
        tr,
        Msg::new("guide-router-ask-title"),
        Msg::new("guide-router-ask-see"),
        Msg::new("guide-router-ask-do").arg("deadline", ask_by),
    );
    if !card.provider_website.trim().is_empty() {
        ask.detail = Some(card.provider_website.trim().to_owned());
        ask.link = link_target(&card.provider_website);
    }
    steps.push(ask);
    if !card.ids.rental_number.trim().is_empty() {
        let mut number = step(
            tr,
            Msg::new("guide-number-title"),
            Msg::new("guide-number-see").arg("field", Msg::new(IdField::RentalNumber.label_id())),
            Msg::new("guide-number-do"),
        );
        number.detail = Some(card.ids.rental_number.trim().to_owned());
        steps.push(number);
    }
    let fee = money_or_dash(card.plan.price);
    let late = money_or_dash(card.rental.late_fee_per_day);
    steps.push(step(
        tr,
        Msg::new("guide-pay-title"),
        Msg::new("guide-pay-see"),
        Msg::new("guide-router-pay-do")
            .arg("fee", fee)
            .arg("late", late),
    ));
    steps.push(step(
        tr,
        Msg::new("guide-router-confirm-title"),
        Msg::new("guide-router-confirm-see"),
        Msg::new("guide-router-confirm-do"),
    ));
    steps.push(step(
        tr,
        Msg::new("guide-router-care-title"),
        Msg::new("guide-router-care-see"),
        Msg::new("guide-router-care-do"),
    ));
    steps.push(proof_step(card, tr));
    steps
}

/// A monthly plan that renews itself: check that it will.
fn automatic_steps(card: &Card, tr: &I18n, provider: &str, end: Option<&str>) -> Vec<GuideStep> {
    vec![
        step(
            tr,
            Msg::new("guide-check-title"),
            Msg::new("guide-check-see").arg("provider", provider),
            Msg::new("guide-check-do").arg("end", end.unwrap_or("-")),
        ),
        step(
            tr,
            Msg::new("guide-auto-title"),
            Msg::new("guide-auto-see"),
            Msg::new("guide-auto-do"),
        ),
        step(
            tr,
            Msg::new("guide-confirm-title"),
            Msg::new("guide-confirm-see"),
            Msg::new("guide-confirm-do"),
        ),
        proof_step(card, tr),
    ]
}

/// Where to renew: the website, the shop or the seller.
fn open_step(card: &Card, tr: &I18n, provider: &str) -> GuideStep {
    let channel = card.channel;
    let mut open = match channel {
        Channel::Store => step(
            tr,
            Msg::new("guide-shop-title"),
            Msg::new("guide-shop-see"),
            Msg::new("guide-shop-do"),
        ),
        Channel::ThirdParty => step(
            tr,
            Msg::new("guide-seller-title"),
            Msg::new("guide-seller-see"),
            Msg::new("guide-seller-do"),
        ),
        _ => step(
            tr,
            Msg::new("guide-open-title"),
            Msg::new("guide-open-see").arg("provider", provider),
            Msg::new("guide-open-do"),
        ),
    };
    if channel == Channel::Store {
        open.detail = Some(tr.t("guide-shop-phrase"));
    } else if !card.provider_website.trim().is_empty() {
        open.detail = Some(card.provider_website.trim().to_owned());
        open.link = link_target(&card.provider_website);
    }
    open
}

fn proof_step(card: &Card, tr: &I18n) -> GuideStep {
    let helper = if card.helper_name.trim().is_empty() {
        tr.t("guide-help-helper")
    } else {
        card.helper_name.trim().to_owned()
    };
    step(
        tr,
        Msg::new("guide-proof-title"),
        Msg::new("guide-proof-see"),
        Msg::new("guide-proof-do").arg("helper", helper),
    )
}

pub mod picture;
mod render;

pub use render::{GuideFormat, escape_html, escape_markdown, render, to_html, to_markdown};

#[cfg(test)]
mod tests;

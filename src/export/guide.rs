//! The family guide: a card's renewal in plain steps, personalised with the
//! card's own details, for guide mode on screen and as a file to send
//! (self-contained HTML that prints on A4, or Markdown). Every piece of the
//! person's own text is escaped in both.

use std::fmt::Write as _;

use jiff::Zoned;

use crate::i18n::{I18n, Msg, format};
use crate::model::plan;
use crate::model::{Card, CardKind, Channel, IdField, Settings};

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
    }
}

/// The guide for renewing `card` through its usual channel, as of `now` (whose
/// time zone is the reader's), with the deadlines the person's `settings` give.
pub fn guide(card: &Card, now: &Zoned, settings: &Settings, tr: &I18n) -> Guide {
    let local = now.time_zone();
    let p = plan::plan(card, now, settings);
    let label = card.label.as_str();
    let provider = if card.provider.trim().is_empty() {
        tr.t("guide-the-provider")
    } else {
        card.provider.clone()
    };
    let deadline = p.renew_by.as_ref().map(|d| format::deadline(tr, d, local));
    let end = p
        .validity_end
        .as_ref()
        .map(|e| format::deadline(tr, e, local));

    let facts = facts(card, tr, &provider, deadline.as_deref(), end.as_deref());
    let intro = tr.msg(
        &Msg::new("guide-intro").arg("label", label).arg(
            "deadline",
            deadline
                .clone()
                .unwrap_or_else(|| tr.t("guide-deadline-unknown")),
        ),
    );
    let steps = match (card.kind, card.channel) {
        (_, Channel::Automatic) => automatic_steps(card, tr, &provider, end.as_deref()),
        (CardKind::PocketWifi, _) => router_steps(card, tr, &p, local),
        _ => card_steps(card, tr, &provider, end.as_deref()),
    };
    let failure_steps = vec![
        step(
            tr,
            Msg::new("guide-fail-network-title"),
            Msg::new("guide-fail-network-see"),
            Msg::new("guide-fail-network-do"),
        ),
        step(
            tr,
            Msg::new("guide-fail-payment-title"),
            Msg::new("guide-fail-payment-see"),
            Msg::new("guide-fail-payment-do"),
        ),
        step(
            tr,
            Msg::new("guide-fail-support-title"),
            Msg::new("guide-fail-support-see"),
            Msg::new("guide-fail-support-do"),
        ),
    ];
    let help = help(card, tr, &provider);
    Guide {
        title: tr.msg(&Msg::new("guide-title").arg("label", label)),
        intro,
        facts,
        steps,
        failure_steps,
        help,
    }
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
        Msg::new(if card.kind == CardKind::Esim {
            "guide-connect-do-esim"
        } else {
            "guide-connect-do-sim"
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
                "guide-number-do-shop"
            } else {
                "guide-number-do"
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
            "guide-pay-see-shop"
        } else {
            "guide-pay-see"
        }),
        Msg::new("guide-pay-do").arg("payment", payment),
    ));
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
    local: &jiff::tz::TimeZone,
) -> Vec<GuideStep> {
    let return_by = p
        .return_by
        .as_ref()
        .map_or_else(|| "-".to_owned(), |r| format::deadline(tr, r, local));
    let ask_by = p
        .extension_deadline
        .as_ref()
        .map_or_else(|| "-".to_owned(), |d| format::deadline(tr, d, local));
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

/// Escapes text for HTML: the person's own text shows as typed and runs nothing.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for Markdown, so that `*`, `_`, `[`, `<` and friends show as
/// typed. The guide never starts a line with the person's text, so marks that
/// only count at the start of a line (`#`, `-`, `1.`) need no escape, and the
/// text stays easy to read where chat apps show Markdown as it is.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// The guide as one self-contained HTML page: inline styles, no scripts, no
/// other files, laid out to print on A4.
pub fn to_html(guide: &Guide, tr: &I18n) -> String {
    let e = escape_html;
    let mut html = String::new();
    let _ = writeln!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>",
        tr.lang().tag(),
        e(&guide.title)
    );
    html.push_str(STYLE);
    html.push_str("</head>\n<body>\n<main>\n");
    let _ = writeln!(
        html,
        "<h1>{}</h1>\n<p class=\"intro\">{}</p>",
        e(&guide.title),
        e(&guide.intro)
    );
    html.push_str("<table class=\"facts\">\n");
    facts_html(&mut html, &guide.facts);
    html.push_str("</table>\n");
    let _ = writeln!(
        html,
        "<h2>{}</h2>\n<ol class=\"steps\">",
        e(&tr.t("guide-steps-heading"))
    );
    for step in &guide.steps {
        html.push_str(&step_html(step, tr));
    }
    html.push_str("</ol>\n");
    let _ = writeln!(
        html,
        "<h2>{}</h2>\n<ol class=\"steps failure\">",
        e(&tr.t("guide-failure-heading"))
    );
    for step in &guide.failure_steps {
        html.push_str(&step_html(step, tr));
    }
    html.push_str("</ol>\n");
    if !guide.help.is_empty() {
        let _ = writeln!(
            html,
            "<section class=\"help\">\n<h2>{}</h2>\n<table class=\"facts\">",
            e(&tr.t("guide-help-heading"))
        );
        facts_html(&mut html, &guide.help);
        html.push_str("</table>\n</section>\n");
    }
    let _ = writeln!(html, "<footer>{}</footer>", e(&tr.t("guide-footer")));
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

/// The rows of a table of facts.
fn facts_html(html: &mut String, facts: &[Fact]) {
    for fact in facts {
        let label = escape_html(&fact.label);
        let _ = writeln!(
            html,
            "<tr><th>{label}</th><td>{}</td></tr>",
            fact_html(fact)
        );
    }
}

fn fact_html(fact: &Fact) -> String {
    match &fact.link {
        Some(link) => format!(
            "<a href=\"{}\">{}</a>",
            escape_html(link),
            escape_html(&fact.value)
        ),
        None => escape_html(&fact.value),
    }
}

fn step_html(step: &GuideStep, tr: &I18n) -> String {
    let e = escape_html;
    let mut html = format!("<li>\n<h3>{}</h3>\n", e(&step.title));
    let _ = writeln!(
        html,
        "<p><span class=\"tag\">{}</span> {}</p>",
        e(&tr.t("guide-you-see")),
        e(&step.see)
    );
    let _ = writeln!(
        html,
        "<p><span class=\"tag do\">{}</span> {}</p>",
        e(&tr.t("guide-you-do")),
        e(&step.action)
    );
    if let Some(detail) = &step.detail {
        let inner = match &step.link {
            Some(link) => format!("<a href=\"{}\">{}</a>", e(link), e(detail)),
            None => e(detail),
        };
        let _ = writeln!(html, "<p class=\"detail\">{inner}</p>");
    }
    html.push_str("</li>\n");
    html
}

/// Inline styles: large type on screen, A4 margins and no broken steps in print.
const STYLE: &str = "<style>
body { font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif; font-size: 20px; line-height: 1.5; color: #111; background: #fff; margin: 0; }
main { max-width: 48em; margin: 0 auto; padding: 1.5em; }
h1 { font-size: 1.8em; margin: 0 0 0.3em; }
h2 { font-size: 1.3em; margin: 1.4em 0 0.5em; border-bottom: 2px solid #ddd; }
h3 { font-size: 1.1em; margin: 0 0 0.3em; }
.intro { font-size: 1.05em; }
table.facts { border-collapse: collapse; width: 100%; }
table.facts th { text-align: left; font-weight: 600; padding: 0.3em 1em 0.3em 0; vertical-align: top; width: 35%; }
table.facts td { padding: 0.3em 0; word-break: break-word; }
ol.steps { padding-left: 1.4em; }
ol.steps li { margin: 0 0 1em; padding: 0.6em 0.8em; border: 1px solid #ccc; border-radius: 8px; }
ol.failure li { border-color: #e0b070; }
.tag { display: inline-block; min-width: 5.5em; font-weight: 600; color: #555; }
.tag.do { color: #0a5; }
.detail { font-family: ui-monospace, 'Courier New', monospace; font-size: 1.3em; letter-spacing: 0.05em; background: #f3f3f3; padding: 0.3em 0.6em; border-radius: 6px; word-break: break-all; }
a { color: #05c; }
.help { border: 2px solid #05c; border-radius: 8px; padding: 0 1em 0.6em; margin-top: 1.5em; }
footer { margin-top: 2em; color: #777; font-size: 0.8em; }
@page { size: A4; margin: 16mm; }
@media print { body { font-size: 12pt; } main { max-width: none; padding: 0; } ol.steps li { break-inside: avoid; } a { color: #111; } }
</style>
";

/// The guide of `card` as the file `path` asks for: Markdown for a `.md`
/// file, HTML otherwise.
pub fn for_file(
    card: &Card,
    now: &Zoned,
    settings: &Settings,
    tr: &I18n,
    path: &std::path::Path,
) -> String {
    let guide = guide(card, now, settings, tr);
    let markdown = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md"));
    if markdown {
        to_markdown(&guide, tr)
    } else {
        to_html(&guide, tr)
    }
}

/// The guide as Markdown, for pasting into a chat or an e-mail.
pub fn to_markdown(guide: &Guide, tr: &I18n) -> String {
    let m = escape_markdown;
    let mut md = format!("# {}\n\n{}\n\n", m(&guide.title), m(&guide.intro));
    facts_markdown(&mut md, &guide.facts, tr);
    let _ = write!(md, "\n## {}\n\n", m(&tr.t("guide-steps-heading")));
    steps_markdown(&mut md, &guide.steps, tr);
    let _ = write!(md, "## {}\n\n", m(&tr.t("guide-failure-heading")));
    steps_markdown(&mut md, &guide.failure_steps, tr);
    if !guide.help.is_empty() {
        let _ = write!(md, "## {}\n\n", m(&tr.t("guide-help-heading")));
        facts_markdown(&mut md, &guide.help, tr);
        md.push('\n');
    }
    md
}

fn fact_markdown(fact: &Fact) -> String {
    match &fact.link {
        Some(link) => format!("<{}>", link.replace(['<', '>', ' '], "")),
        None => escape_markdown(&fact.value),
    }
}

fn facts_markdown(md: &mut String, facts: &[Fact], tr: &I18n) {
    for fact in facts {
        let label = format!("**{}**", escape_markdown(&fact.label));
        let _ = writeln!(md, "- {}", tr.labelled(&label, &fact_markdown(fact)));
    }
}

fn steps_markdown(md: &mut String, steps: &[GuideStep], tr: &I18n) {
    let m = escape_markdown;
    for (n, step) in steps.iter().enumerate() {
        let _ = writeln!(md, "{}. **{}**  ", n + 1, m(&step.title));
        let see = tr.labelled(&m(&tr.t("guide-you-see")), &m(&step.see));
        let _ = writeln!(md, "   {see}  ");
        let action = tr.labelled(&m(&tr.t("guide-you-do")), &m(&step.action));
        let _ = writeln!(md, "   {action}");
        if let Some(detail) = &step.detail {
            let _ = writeln!(md, "\n   **{}**", m(detail));
        }
        md.push('\n');
    }
}

#[cfg(test)]
mod tests;

//! The guide written out for a file: one self-contained HTML page that
//! prints on A4, or Markdown for a chat or an e-mail.

use std::fmt::Write as _;

use jiff::Zoned;

use super::{Fact, Guide, GuideStep, guide};
use crate::i18n::I18n;
use crate::i18n::format::TimesFor;
use crate::model::{Card, Settings};

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
    let heading = tr.t("guide-steps-heading");
    steps_html(&mut html, &heading, "steps", &guide.steps, tr);
    let heading = tr.t("guide-failure-heading");
    steps_html(
        &mut html,
        &heading,
        "steps failure",
        &guide.failure_steps,
        tr,
    );
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

/// A heading and the numbered list of `steps` under it, of the CSS `class`.
fn steps_html(html: &mut String, heading: &str, class: &str, steps: &[GuideStep], tr: &I18n) {
    let _ = writeln!(
        html,
        "<h2>{}</h2>\n<ol class=\"{class}\">",
        escape_html(heading)
    );
    for step in steps {
        html.push_str(&step_html(step, tr));
    }
    html.push_str("</ol>\n");
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
        // A list of things to try comes one to a line.
        step.action
            .lines()
            .map(e)
            .collect::<Vec<_>>()
            .join("<br>\n")
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

/// The two forms a guide is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuideFormat {
    /// One self-contained HTML page that prints on A4.
    Html,
    /// Markdown, for pasting into a chat or an e-mail.
    Markdown,
}

impl GuideFormat {
    /// The format a file name asks for: Markdown for `.md` or `.markdown`, HTML otherwise.
    pub fn of_path(path: &std::path::Path) -> Self {
        let markdown = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
        if markdown {
            GuideFormat::Markdown
        } else {
            GuideFormat::Html
        }
    }
}

/// The guide of `card` in `format`.
pub fn render(
    card: &Card,
    now: &Zoned,
    settings: &Settings,
    tr: &I18n,
    format: GuideFormat,
    times: &TimesFor,
) -> String {
    let guide = guide(card, now, settings, tr, times);
    match format {
        GuideFormat::Html => to_html(&guide, tr),
        GuideFormat::Markdown => to_markdown(&guide, tr),
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
        let lines: Vec<String> = step.action.lines().map(m).collect();
        let action = tr.labelled(&m(&tr.t("guide-you-do")), &lines.join("  \n   "));
        let _ = writeln!(md, "   {action}");
        if let Some(detail) = &step.detail {
            let _ = writeln!(md, "\n   **{}**", m(detail));
        }
        md.push('\n');
    }
}

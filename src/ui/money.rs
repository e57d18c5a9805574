//! Money, in Settings: the household's own currency and the exchange rates
//! typed in (with their day and where they came from). Nothing is fetched.

use std::str::FromStr;

use iso_currency::Currency;
use rust_decimal::Decimal;

use super::{Choice, View, combo_ui, hint_ui, section_ui, theme};
use crate::command::Command;
use crate::formats::trip::rate_text;
use crate::i18n::{I18n, Msg};
use crate::model::{Rate, RateId, RateSource, Settings, input};

/// The Money section's fields as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MoneyDraft {
    /// The home currency's code as typed, while it is not a currency yet.
    home: Option<String>,
    /// The new rate: its currency, the rate, its day, its source.
    from: String,
    rate: String,
    /// The day, today until typed.
    date: Option<String>,
    source: RateSource,
}

impl Choice for RateSource {
    fn text(&self, tr: &I18n) -> String {
        tr.t(self.label_id())
    }
}

/// A currency by its code ("TWD", "mop"), or why not.
fn currency(code: &str) -> Result<Currency, Msg> {
    Currency::from_code(&code.trim().to_uppercase())
        .ok_or_else(|| Msg::new("money-unknown-currency").arg("code", code.trim()))
}

/// The household's currency (in `settings`) and the rates.
pub fn money_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    settings: &mut Settings,
    draft: &mut MoneyDraft,
    commands: &mut Vec<Command>,
) {
    let tr = view.tr;
    section_ui(ui, tr.t("money-title"));
    hint_ui(ui, tr.t("money-hint"));
    ui.add_space(theme::GAP_S);
    ui.horizontal(|ui| {
        let label = ui.label(tr.t("money-home"));
        let mut code = draft.home.clone().unwrap_or_else(|| {
            settings
                .home_currency
                .map(|c| c.code().to_owned())
                .unwrap_or_default()
        });
        let field = egui::TextEdit::singleline(&mut code).desired_width(theme::SHORT_FIELD_WIDTH);
        if ui.add(field).labelled_by(label.id).changed() {
            if code.trim().is_empty() {
                settings.home_currency = None;
                draft.home = None;
            } else if let Ok(found) = currency(&code) {
                settings.home_currency = Some(found);
                draft.home = None;
            } else {
                draft.home = Some(code.clone());
            }
        }
        match (&draft.home, settings.home_currency) {
            (Some(typed), _) => {
                let problem = currency(typed).err().unwrap_or_else(|| {
                    Msg::new("money-unknown-currency").arg("code", typed.as_str())
                });
                ui.colored_label(theme::warning(ui.visuals()), tr.msg(&problem));
            }
            (None, Some(home)) => {
                ui.label(home.name());
            }
            (None, None) => hint_ui(ui, tr.t("money-home-none")),
        }
    });
    let Some(home) = settings.home_currency else {
        return;
    };
    ui.add_space(theme::GAP_S);
    let mut rates: Vec<&Rate> = view.archive.rates.iter().collect();
    rates.sort_by_key(|r| (r.from.code(), r.date));
    for rate in rates {
        ui.horizontal_wrapped(|ui| {
            ui.label(rate_text(rate, tr));
            if ui.button(tr.t("money-rate-remove")).clicked() {
                commands.push(Command::DeleteRate(rate.id));
            }
        });
    }
    rate_form_ui(ui, view, home, draft, commands);
}

/// A new rate: one unit of a currency is so much of the home currency, on a day.
fn rate_form_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    home: Currency,
    draft: &mut MoneyDraft,
    commands: &mut Vec<Command>,
) {
    let tr = view.tr;
    let date = draft
        .date
        .get_or_insert_with(|| view.now.date().to_string());
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr.t("money-rate-one"));
        ui.add(egui::TextEdit::singleline(&mut draft.from).desired_width(theme::SHORT_FIELD_WIDTH))
            .labelled_by(label.id);
        let label = ui.label(tr.msg(&Msg::new("money-rate-is").arg("home", home.code())));
        ui.add(egui::TextEdit::singleline(&mut draft.rate).desired_width(theme::SHORT_FIELD_WIDTH))
            .labelled_by(label.id);
        let label = ui.label(tr.t("money-rate-date"));
        ui.add(egui::TextEdit::singleline(date).desired_width(theme::SHORT_FIELD_WIDTH))
            .labelled_by(label.id);
        let label = ui.label(tr.t("money-rate-source"));
        combo_ui(
            ui,
            tr,
            "rate_source",
            theme::FIELD_WIDTH,
            &mut draft.source,
            RateSource::ALL,
        )
        .labelled_by(label.id);
    });
    let rate = build_rate(draft, home);
    let typed = !draft.from.trim().is_empty() || !draft.rate.trim().is_empty();
    if let (Err(problem), true) = (&rate, typed) {
        ui.colored_label(theme::warning(ui.visuals()), tr.msg(problem));
    }
    let add = egui::Button::new(tr.t("money-rate-add"));
    if ui.add_enabled(rate.is_ok(), add).clicked()
        && let Ok(rate) = rate
    {
        commands.push(Command::SaveRate(rate));
        draft.from.clear();
        draft.rate.clear();
    }
}

/// The rate the form describes, or why it is not one yet.
fn build_rate(draft: &MoneyDraft, home: Currency) -> Result<Rate, Msg> {
    let from = currency(&draft.from)?;
    let rate = Decimal::from_str(draft.rate.trim().replace(',', ".").as_str())
        .ok()
        .filter(|r| *r > Decimal::ZERO)
        .ok_or_else(|| Msg::new("rate-not-positive"))?;
    if from == home {
        return Err(Msg::new("rate-same-currency"));
    }
    let date =
        input::parse_date(draft.date.as_deref().unwrap_or_default()).map_err(|e| e.message())?;
    Ok(Rate {
        id: RateId::new_random(),
        from,
        to: home,
        rate,
        date,
        source: draft.source,
        updated_at: None,
    })
}

//! A trip's summary for people and programs: the lines the Trips screen and
//! `koshin trips` print, JSON for scripts, and the exports (CSV, and an HTML
//! page that prints). Built from [`TripReport`]; no egui here.

use std::fmt::Write as _;

use serde::Serialize;

use crate::i18n::{I18n, Msg};
use crate::model::trip_report::{TripReport, report};
use crate::model::{Archive, Money, Rate, Trip};

fn name_of(archive: &Archive, id: crate::model::PersonId) -> String {
    archive
        .person(Some(id))
        .map_or_else(String::new, |p| p.name.clone())
}

/// "JPY → CNY 0.0478 (2026-10-23, Alipay bill)".
pub fn rate_text(rate: &Rate, tr: &I18n) -> String {
    tr.msg(
        &Msg::new("trip-rate")
            .arg("from", rate.from.code())
            .arg("to", rate.to.code())
            .arg("rate", rate.rate.normalize().to_string())
            .arg("date", rate.date.to_string())
            .arg("source", Msg::new(rate.source.label_id())),
    )
}

fn money_list(money: &[Money], tr: &I18n) -> String {
    money
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(tr.list_separator())
}

/// The summary of a trip in sentences, in the language of `tr`: its days and
/// people; what it cost per currency; in the home currency with the rates
/// named and what has no rate; each person's part; who owes whom.
pub fn lines(archive: &Archive, trip: &Trip, report: &TripReport, tr: &I18n) -> Vec<String> {
    let people: Vec<String> = trip.people.iter().map(|p| name_of(archive, *p)).collect();
    let mut lines = vec![
        tr.msg(
            &Msg::new("trip-line-head")
                .arg("name", trip.name.as_str())
                .arg("start", trip.start.to_string())
                .arg("end", trip.end.to_string())
                .arg("people", people.join(tr.list_separator())),
        ),
    ];
    lines.push(
        tr.msg(
            &Msg::new("trip-line-spent")
                .arg("count", report.receipts.len())
                .arg("totals", money_list(&report.totals, tr)),
        ),
    );
    let Some(home) = &report.home else {
        lines.push(tr.t("trip-line-no-home"));
        return lines;
    };
    let rates: Vec<String> = home
        .rates
        .iter()
        .filter_map(|id| archive.rates.iter().find(|r| r.id == *id))
        .map(|r| rate_text(r, tr))
        .collect();
    lines.push(
        tr.msg(
            &Msg::new("trip-line-home")
                .arg("total", home.total.to_string())
                .arg("rates", rates.len())
                .arg("list", rates.join(tr.list_separator()))
                .arg("charged", home.charged),
        ),
    );
    for (currency, count) in &home.missing {
        lines.push(
            tr.msg(
                &Msg::new("trip-line-missing")
                    .arg("count", *count)
                    .arg("currency", currency.code()),
            ),
        );
    }
    for share in &report.shares {
        lines.push(
            tr.msg(
                &Msg::new("trip-line-share")
                    .arg("name", name_of(archive, share.person))
                    .arg("paid", share.paid.to_string())
                    .arg("owes", share.owes.to_string()),
            ),
        );
    }
    if report.no_payer > 0 {
        lines.push(tr.msg(&Msg::new("trip-line-no-payer").arg("count", report.no_payer)));
    }
    if report.settle.is_empty() && !report.shares.is_empty() {
        lines.push(tr.t("trip-line-settled"));
    }
    lines.extend(owes_lines(archive, report, tr));
    lines
}

/// Who owes whom: "Dad owes Lin (daughter) 158.17 CNY", one line each.
pub fn owes_lines(archive: &Archive, report: &TripReport, tr: &I18n) -> Vec<String> {
    report
        .settle
        .iter()
        .map(|transfer| {
            tr.msg(
                &Msg::new("trip-line-owes")
                    .arg("from", name_of(archive, transfer.from))
                    .arg("to", name_of(archive, transfer.to))
                    .arg("amount", transfer.amount.to_string()),
            )
        })
        .collect()
}

/// Every trip's summary, a blank line between trips.
pub fn text(archive: &Archive, tr: &I18n) -> String {
    if archive.trips.is_empty() {
        return tr.t("trip-none");
    }
    let mut trips: Vec<&Trip> = archive.trips.iter().collect();
    trips.sort_by_key(|t| t.start);
    trips
        .iter()
        .map(|trip| lines(archive, trip, &report(archive, trip), tr).join("\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A trip as `koshin trips --json` prints it. Amounts are "2980 JPY"
/// strings, exact, as the archive keeps them.
#[derive(Debug, Serialize)]
struct TripJson {
    name: String,
    start: String,
    end: String,
    people: Vec<String>,
    cards: Vec<String>,
    receipts: usize,
    totals: Vec<Money>,
    home: Option<HomeJson>,
    shares: Vec<ShareJson>,
    settle: Vec<TransferJson>,
    receipts_without_payer: usize,
}

#[derive(Debug, Serialize)]
struct HomeJson {
    total: Money,
    rates: Vec<RateJson>,
    receipts_by_charged_amount: usize,
    without_rate: Vec<MissingJson>,
}

#[derive(Debug, Serialize)]
struct RateJson {
    from: String,
    to: String,
    rate: String,
    date: String,
    source: crate::model::RateSource,
}

#[derive(Debug, Serialize)]
struct MissingJson {
    currency: String,
    receipts: usize,
}

#[derive(Debug, Serialize)]
struct ShareJson {
    person: String,
    paid: Money,
    share: Money,
}

#[derive(Debug, Serialize)]
struct TransferJson {
    from: String,
    to: String,
    amount: Money,
}

/// Every trip, oldest first, as JSON.
pub fn json(archive: &Archive) -> Result<String, Msg> {
    let mut trips: Vec<&Trip> = archive.trips.iter().collect();
    trips.sort_by_key(|t| t.start);
    let out: Vec<TripJson> = trips
        .iter()
        .map(|trip| {
            let report = report(archive, trip);
            TripJson {
                name: trip.name.clone(),
                start: trip.start.to_string(),
                end: trip.end.to_string(),
                people: trip.people.iter().map(|p| name_of(archive, *p)).collect(),
                cards: trip
                    .cards
                    .iter()
                    .filter_map(|c| archive.card(*c))
                    .map(|c| c.label.clone())
                    .collect(),
                receipts: report.receipts.len(),
                totals: report.totals.clone(),
                home: report.home.as_ref().map(|home| HomeJson {
                    total: home.total,
                    rates: home
                        .rates
                        .iter()
                        .filter_map(|id| archive.rates.iter().find(|r| r.id == *id))
                        .map(|r| RateJson {
                            from: r.from.code().to_owned(),
                            to: r.to.code().to_owned(),
                            rate: r.rate.normalize().to_string(),
                            date: r.date.to_string(),
                            source: r.source,
                        })
                        .collect(),
                    receipts_by_charged_amount: home.charged,
                    without_rate: home
                        .missing
                        .iter()
                        .map(|(c, n)| MissingJson {
                            currency: c.code().to_owned(),
                            receipts: *n,
                        })
                        .collect(),
                }),
                shares: report
                    .shares
                    .iter()
                    .map(|s| ShareJson {
                        person: name_of(archive, s.person),
                        paid: s.paid,
                        share: s.owes,
                    })
                    .collect(),
                settle: report
                    .settle
                    .iter()
                    .map(|t| TransferJson {
                        from: name_of(archive, t.from),
                        to: name_of(archive, t.to),
                        amount: t.amount,
                    })
                    .collect(),
                receipts_without_payer: report.no_payer,
            }
        })
        .collect();
    serde_json::to_string_pretty(&out)
        .map_err(|e| Msg::new("cli-json-failed").arg("detail", e.to_string()))
}

/// A trip's summary as CSV: one row per receipt (with its amount in the
/// home currency when it has one), then a row per person's part and per
/// payment that settles it up.
pub fn csv(archive: &Archive, trip: &Trip) -> Result<String, Msg> {
    let report = report(archive, trip);
    let home = archive.settings.home_currency;
    let failed = |e: csv::Error| Msg::new("csv-write-failed").arg("detail", e.to_string());
    let mut writer = csv::Writer::from_writer(Vec::new());
    let home_header = home.map_or_else(|| "home_amount".to_owned(), |c| format!("in_{}", c.code()));
    writer
        .write_record([
            "row",
            "date",
            "card",
            "provider",
            "amount",
            "currency",
            "charged",
            "paid_by",
            &home_header,
        ])
        .map_err(failed)?;
    for receipt in &report.receipts {
        let names = crate::model::receipts::Names::of(archive, receipt);
        let in_home = home
            .and_then(|h| {
                crate::model::trip_report::in_home(receipt, h, &archive.rates)
                    .map(|(units, _)| minor_text(units, h))
            })
            .unwrap_or_default();
        writer
            .write_record([
                "receipt",
                &receipt.date.to_string(),
                names.card,
                &receipt.provider,
                &receipt.amount.amount_text(),
                receipt.amount.currency.code(),
                &receipt.charged.map(|m| m.to_string()).unwrap_or_default(),
                names.paid_by,
                &in_home,
            ])
            .map_err(failed)?;
    }
    for share in &report.shares {
        let name = name_of(archive, share.person);
        for (row, money) in [("paid", share.paid), ("share", share.owes)] {
            writer
                .write_record([row, "", "", "", "", "", "", &name, &money.amount_text()])
                .map_err(failed)?;
        }
    }
    for transfer in &report.settle {
        let note = format!(
            "{} → {}",
            name_of(archive, transfer.from),
            name_of(archive, transfer.to)
        );
        writer
            .write_record([
                "owes",
                "",
                "",
                "",
                "",
                "",
                "",
                &note,
                &transfer.amount.amount_text(),
            ])
            .map_err(failed)?;
    }
    let not_written = |detail: String| Msg::new("csv-write-failed").arg("detail", detail);
    let bytes = writer
        .into_inner()
        .map_err(|e| not_written(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| not_written(e.to_string()))?;
    Ok(format!("\u{FEFF}{text}"))
}

/// `units` minor units of `currency` as the amount's text ("142.30").
fn minor_text(units: i64, currency: iso_currency::Currency) -> String {
    let exponent = u32::from(currency.exponent().unwrap_or(2));
    Money::new(rust_decimal::Decimal::new(units, exponent), currency).amount_text()
}

/// A trip's summary as one HTML page that prints on A4: the sentences of
/// [`lines`], then its receipts.
pub fn html(archive: &Archive, trip: &Trip, tr: &I18n) -> String {
    let e = super::guide::escape_html;
    let report = report(archive, trip);
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <style>body{{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5}}\
         table{{border-collapse:collapse;width:100%}}td,th{{border-bottom:1px solid #ccc;padding:.3em;text-align:left}}\
         td.n{{text-align:right}}@page{{size:A4;margin:18mm}}</style>\n</head>\n<body>\n<h1>{title}</h1>\n",
        lang = tr.lang().tag(),
        title = e(&trip.name),
    );
    for line in lines(archive, trip, &report, tr).iter().skip(1) {
        let _ = writeln!(page, "<p>{}</p>", e(line));
    }
    let _ = writeln!(
        page,
        "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        e(&tr.t("receipts-col-date")),
        e(&tr.t("receipts-col-card")),
        e(&tr.t("receipts-col-amount")),
        e(&tr.t("receipts-col-charged")),
        e(&tr.t("receipts-col-paid-by")),
    );
    for receipt in &report.receipts {
        let names = crate::model::receipts::Names::of(archive, receipt);
        let _ = writeln!(
            page,
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            receipt.date,
            e(names.card),
            e(&receipt.amount.to_string()),
            e(&receipt.charged.map(|m| m.to_string()).unwrap_or_default()),
            e(names.paid_by),
        );
    }
    page.push_str("</table>\n</body>\n</html>\n");
    page
}

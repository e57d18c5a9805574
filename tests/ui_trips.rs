//! The Trips screen and the money settings: a family answers what data cost
//! on the trip, in yuan, and who owes whom; exports the summary; adds a trip
//! and a rate.

#![allow(clippy::unwrap_used)]

mod common;

use common::{click, load, read_text, shows_part};
use egui_kittest::kittest::Queryable;
use koshin::app::platform::{Chosen, FakeDesktop};

#[test]
fn the_trip_says_what_it_cost_and_who_owes_whom_and_exports_it() {
    let out = tempfile::tempdir().unwrap();
    let desktop = FakeDesktop::default();
    let (dir, mut harness) = common::demo_harness_with(&desktop);
    harness.set_size(egui::vec2(1180.0, 1400.0));
    harness.run();
    click(&mut harness, "Trips");
    assert!(shows_part(&harness, "In all: 774.53 CNY"));
    assert!(shows_part(&harness, "Mum owes Lin (daughter) 194.04 CNY"));
    assert!(shows_part(&harness, "Dad owes Lin (daughter) 158.17 CNY"));

    click(&mut harness, "Open Japan, late autumn");
    assert!(shows_part(
        &harness,
        "Mum: paid 106.43 CNY, share 300.47 CNY"
    ));
    assert!(
        shows_part(&harness, "142.30 CNY"),
        "what Lin's statement says"
    );
    assert!(shows_part(&harness, "Renewals on this trip"));

    let csv = out.path().join("trip.csv");
    desktop.answer(Chosen::Files(vec![csv.clone()]));
    click(&mut harness, "Export as CSV…");
    let text = read_text(&csv);
    assert!(
        text.contains("row,date,card,provider,amount,currency,charged,paid_by,in_CNY"),
        "{text}"
    );
    assert!(
        text.contains(
            "receipt,2026-11-09,Mum's eSIM,Sora eSIM,2980,JPY,142.30 CNY,Lin (daughter),142.30"
        ),
        "{text}"
    );
    assert!(
        text.contains("owes,,,,,,,Mum → Lin (daughter),194.04"),
        "{text}"
    );
    let html = out.path().join("trip.html");
    desktop.answer(Chosen::Files(vec![html.clone()]));
    click(&mut harness, "Export a page to print…");
    let page = read_text(&html);
    assert!(
        page.starts_with("<!DOCTYPE html>") && page.contains("Dad owes Lin (daughter) 158.17 CNY")
    );

    // Deleting asks first; keeping it changes nothing.
    click(&mut harness, "Delete trip");
    assert!(shows_part(
        &harness,
        "Delete the trip Japan, late autumn? Its receipts are kept."
    ));
    click(&mut harness, "Keep the trip");
    common::settle_and_save(&mut harness);
    assert_eq!(load(dir.path()).trips.len(), 1);

    // A new trip, typed in.
    click(&mut harness, "All trips");
    click(&mut harness, "New trip");
    assert!(shows_part(&harness, "A trip needs a name."));
    common::type_into(&mut harness, "Name", "Spring in Osaka");
    common::retype_into(&mut harness, "First day", "2027-03-20");
    common::retype_into(&mut harness, "Last day", "2027-03-30");
    click(&mut harness, "Save trip");
    common::settle_and_save(&mut harness);
    let archive = load(dir.path());
    let spring = archive
        .trips
        .iter()
        .find(|t| t.name == "Spring in Osaka")
        .unwrap();
    assert_eq!(spring.start.to_string(), "2027-03-20");
    assert_eq!(
        spring.people.len(),
        3,
        "the household goes, unless unticked"
    );
}

#[test]
fn a_rate_is_typed_in_settings_with_its_day_and_source() {
    let (dir, mut harness) = common::demo_harness_with(&FakeDesktop::default());
    harness.set_size(egui::vec2(1180.0, 2200.0));
    harness.run();
    click(&mut harness, "Settings");
    assert!(shows_part(&harness, "1 JPY = 0.0478 CNY"));
    common::type_into(&mut harness, "One", "twd");
    common::type_into(&mut harness, "is this many CNY", "0.224");
    common::retype_into(&mut harness, "on", "2026-11-20");
    for problem in ["not a currency", "more than zero", "is not a date"] {
        assert!(!shows_part(&harness, problem), "{problem}");
    }
    harness.get_by_label("Add the rate").click();
    harness.run();
    common::settle_and_save(&mut harness);
    let archive = load(dir.path());
    let twd = archive
        .rates
        .iter()
        .find(|r| r.from == iso_currency::Currency::TWD)
        .unwrap();
    assert_eq!(twd.rate.to_string(), "0.224");
    assert_eq!(twd.date.to_string(), "2026-11-20");

    // A code that is no currency is said, and nothing is added.
    common::type_into(&mut harness, "One", "XYZ");
    assert!(shows_part(&harness, "\"XYZ\" is not a currency code"));
}

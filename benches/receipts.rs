//! The receipt archive at scale: 10,000 receipts and 50 cards.
//!
//! Targets on a 2-core machine: load and save each under 50 ms, search under
//! 2 ms, one frame of the Receipts screen under 4 ms, CSV import under 1 s.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::Zoned;
use koshin::model::demo;
use koshin::model::receipts::{self, Query, ReceiptColumn, SearchIndex, Sort};
use koshin::store::{self, Store};
use koshin::{AppOptions, Clock, KoshinApp};

const CARDS: usize = 50;
const RECEIPTS: usize = 10_000;

fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

fn archive_and_store(c: &mut Criterion) {
    let archive = demo::large_archive(&now(), CARDS, RECEIPTS);
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = Store::open(dir.path(), now().timestamp());
    store.save(&archive, now().timestamp()).unwrap();
    let path = store::archive_path(dir.path());

    c.bench_function("load 10k receipts", |b| {
        b.iter(|| black_box(store::load(&path).unwrap()));
    });
    // Saves after the first make no backup (one per ten minutes), as while the app runs.
    c.bench_function("save 10k receipts", |b| {
        b.iter(|| store.save(black_box(&archive), now().timestamp()).unwrap());
    });
}

fn search_and_sort(c: &mut Criterion) {
    let archive = demo::large_archive(&now(), CARDS, RECEIPTS);
    let index = SearchIndex::build(&archive);
    let query = Query {
        text: "sora 2025".into(),
        ..Query::default()
    };
    c.bench_function("search 10k receipts", |b| {
        b.iter(|| {
            black_box(receipts::select(
                &archive,
                &index,
                black_box(&query),
                Sort::default(),
            ))
        });
    });
    c.bench_function("build the search index", |b| {
        b.iter(|| black_box(SearchIndex::build(&archive)));
    });
    let all: Vec<usize> = (0..archive.receipts.len()).collect();
    let by_provider = Sort {
        column: ReceiptColumn::Provider,
        descending: false,
    };
    c.bench_function("sort 10k receipts by provider", |b| {
        b.iter(|| {
            let mut rows = all.clone();
            receipts::sort_rows(&archive, &index, &mut rows, by_provider);
            black_box(rows)
        });
    });
}

fn receipts_frame(c: &mut Criterion) {
    let archive = demo::large_archive(&now(), CARDS, RECEIPTS);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        store::archive_path(dir.path()),
        store::to_text(&archive).unwrap(),
    )
    .unwrap();
    let options = AppOptions {
        data_dir: dir.path().to_path_buf(),
        clock: Clock::Fixed(now()),
        temporary: false,
        system_language: koshin::i18n::Lang::En,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| KoshinApp::new(&cc.egui_ctx, options));
    harness.get_by_label("Receipts").click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("10000 receipts shown")
            .is_some()
    );
    c.bench_function("one frame of the receipts screen, 10k receipts", |b| {
        b.iter(|| harness.step());
    });
}

fn csv_import(c: &mut Criterion) {
    let archive = demo::large_archive(&now(), CARDS, RECEIPTS);
    let text = koshin::formats::csv::write_receipts(&archive).unwrap();
    let mut empty = archive.clone();
    empty.receipts.clear();
    c.bench_function("check and import a CSV of 10k receipts", |b| {
        b.iter(|| {
            let plan =
                koshin::formats::csv::read_receipts(black_box(text.as_bytes()), &empty).unwrap();
            assert_eq!(plan.new.len(), RECEIPTS);
            black_box(plan)
        });
    });
}

/// 10,000 receipts over 50 trips of a month each, paid by three people,
/// in yuan at a rate per currency a year: every trip's report (totals, the
/// yuan total, shares, settling up), as the Trips screen draws them.
fn trip_reports(c: &mut Criterion) {
    use koshin::model::{Person, Rate, RateId, RateSource, Trip, trip_report};
    let mut archive = demo::large_archive(&now(), CARDS, RECEIPTS);
    let people: Vec<_> = ["Mum", "Dad", "Lin"]
        .iter()
        .map(|name| {
            let person = Person::named(name);
            let id = person.id;
            archive.upsert_person(person);
            id
        })
        .collect();
    for (n, receipt) in archive.receipts.iter_mut().enumerate() {
        receipt.paid_by = Some(people[n % 3]);
    }
    let first = archive.receipts.iter().map(|r| r.date).min().unwrap();
    let cards: Vec<_> = archive.cards.iter().map(|c| c.id).collect();
    for n in 0..50_i64 {
        let start = first.checked_add(jiff::Span::new().days(n * 36)).unwrap();
        let end = start.checked_add(jiff::Span::new().days(30)).unwrap();
        let mut trip = Trip::new(&format!("Trip {n}"), start, end);
        trip.people.clone_from(&people);
        trip.cards.clone_from(&cards);
        archive.upsert_trip(trip);
    }
    archive.settings.home_currency = Some(iso_currency::Currency::CNY);
    for currency in koshin::model::money::COMMON_CURRENCIES {
        for year in 0..6_i64 {
            archive.upsert_rate(Rate {
                id: RateId::new_random(),
                from: currency,
                to: iso_currency::Currency::CNY,
                rate: rust_decimal::Decimal::new(478, 4),
                date: first
                    .checked_add(jiff::Span::new().days(year * 365))
                    .unwrap(),
                source: RateSource::Bank,
                updated_at: None,
            });
        }
    }
    let counted: usize = trip_report::reports(&archive)
        .iter()
        .map(|r| r.receipts.len())
        .sum();
    assert!(counted > 5_000, "{counted} receipts fall into the trips");
    c.bench_function("every trip's report, 10k receipts over 50 trips", |b| {
        b.iter(|| black_box(trip_report::reports(black_box(&archive))));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = archive_and_store, search_and_sort, receipts_frame, csv_import, trip_reports
}
criterion_main!(benches);

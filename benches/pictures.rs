//! The guide as pictures: writing every picture of one guide (13 for the
//! sample eSIM in 简体中文, for Mum in Shanghai), fonts loaded once per
//! export as the app and `koshin guide --format png` do.
//!
//! Target on a 2-core machine: one guide's pictures, PNG files included,
//! under 2 s; the total size is printed once (a chat sends each picture).

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Zoned;
use koshin::actions::exports;
use koshin::formats::guide::picture::PictureOptions;
use koshin::i18n::{I18n, Lang};
use koshin::model::{Reader, demo};

fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

#[expect(
    clippy::print_stderr,
    reason = "the total size belongs beside the timing"
)]
fn guide_pictures(c: &mut Criterion) {
    let archive = demo::archive(&now());
    let card = archive.cards[0].id;
    let reader = Reader {
        lang: Some(Lang::ZhHans),
        zone: Some("Asia/Shanghai".into()),
    };
    let tr = I18n::new(Lang::En);
    let dir = tempfile::tempdir().unwrap();
    let options = PictureOptions::default();
    let write = || {
        let outcome = exports::write_guide_pictures(
            &archive,
            card,
            dir.path(),
            (&now(), &reader),
            &tr,
            &options,
        );
        assert!(!outcome.is_failure());
    };
    write();
    let sizes: Vec<u64> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .collect();
    eprintln!(
        "one guide: {} pictures, {} KB in all",
        sizes.len(),
        sizes.iter().sum::<u64>() / 1024
    );
    let mut group = c.benchmark_group("pictures");
    group.sample_size(10);
    group.bench_function("write one guide's pictures", |b| {
        b.iter(|| {
            write();
            black_box(&dir);
        });
    });
    group.finish();
}

criterion_group!(benches, guide_pictures);
criterion_main!(benches);

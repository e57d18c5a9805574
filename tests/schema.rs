//! The archive's schema version guards its fields: a Kōshin that meets a
//! file of a newer version opens it read-only, so that it never drops a
//! field it does not know on save. That only works if every stored field
//! added later comes with a new version. This test keeps the list of the
//! fields each version writes (tests/data/schema/v<N>.txt): a field added
//! or removed without bumping `SCHEMA_VERSION` fails it.

#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;

use koshin::actions::{cards, renewals};
use koshin::model::SCHEMA_VERSION;
use koshin::store::Store;
use ron::Value;

/// Every field path in `value`: `cards.plan.price`, `receipts.amount`, ….
fn paths(value: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Map(map) => {
            for (key, inner) in map.iter() {
                let Value::String(key) = key else {
                    // A map keyed by ids or numbers: its values share one shape.
                    paths(inner, prefix, out);
                    continue;
                };
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                out.insert(path.clone());
                paths(inner, &path, out);
            }
        }
        Value::Seq(items) => items.iter().for_each(|item| paths(item, prefix, out)),
        Value::Option(Some(inner)) => paths(inner, prefix, out),
        _ => {}
    }
}

#[test]
fn every_stored_field_belongs_to_the_schema_version_that_writes_it() {
    let now = common::now();
    let dir = common::demo_dir();
    let (mut store, mut archive) = Store::open(dir.path(), now.timestamp());
    // A renewal in progress, notes, an eSIM code and a deletion, so that the
    // fields written only when they hold something are written too; the
    // save stamps the times of the edits.
    let card = archive.cards[0].id;
    assert!(renewals::start_renewal(&mut archive, card, &now).changed);
    "paid at the station".clone_into(&mut archive.receipts[0].notes);
    let esim = archive
        .cards
        .iter_mut()
        .find(|c| c.kind.installs_from_code())
        .unwrap();
    "LPA:1$rsp.example.com$ABC-123".clone_into(&mut esim.esim_code.code);
    esim.esim_code.installed = true;
    // A failed attempt that stopped after paying, so that a history entry
    // with its order number is written.
    let other = archive.cards[1].id;
    assert!(renewals::start_renewal(&mut archive, other, &now).changed);
    let renewal = archive
        .renewals
        .iter_mut()
        .find(|r| r.card == other)
        .unwrap();
    "MM-STORE-6001".clone_into(&mut renewal.inputs.order_number);
    "the shop's system was down".clone_into(&mut renewal.inputs.failure_note);
    assert!(renewals::record_failed_attempt(&mut archive, other, &now, false).changed);
    // A receipt moved to the trip by hand and shared by two, so that those
    // fields are written too.
    let trip = archive.trips[0].id;
    let two: Vec<_> = archive.people.iter().take(2).map(|p| p.id).collect();
    archive.receipts[0].trip = Some(trip);
    archive.receipts[0].shared_by = two;
    // A trip and a rate edited, so that their times are written.
    archive.trips[0].name.push_str(" (edited)");
    archive.rates[0].source = koshin::model::RateSource::Bank;
    // A person edited, so that people's times are written.
    "WeChat: lin-w".clone_into(&mut archive.people[0].contact);
    let gone = archive.cards.last().unwrap().id;
    assert!(cards::delete_card(&mut archive, gone).changed);
    store.save(&archive, now.timestamp()).unwrap();
    let text = std::fs::read_to_string(store.archive_path()).unwrap();
    let value: Value = ron::from_str(&text).unwrap();
    let mut found = BTreeSet::new();
    paths(&value, "", &mut found);

    let file = format!(
        "{}/tests/data/schema/v{SCHEMA_VERSION}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let recorded: BTreeSet<String> = std::fs::read_to_string(&file)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let added: Vec<_> = found.difference(&recorded).collect();
    let removed: Vec<_> = recorded.difference(&found).collect();
    assert!(
        added.is_empty() && removed.is_empty(),
        "The archive's fields changed without a new schema version.\n\
         Added: {added:?}\nRemoved: {removed:?}\n\
         Bump SCHEMA_VERSION (model/archive.rs), read the older version on load, \
         and record the new list in tests/data/schema/v<N>.txt."
    );
}

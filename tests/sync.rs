//! The archive in a synced folder: a save never writes over what another
//! device saved; it merges. Two data folders stand for two laptops, and
//! copying the file from one to the other stands for the sync tool.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::Path;

use jiff::{Timestamp, ToSpan};
use koshin::model::{Archive, Money, Receipt};
use koshin::store::{self, LockHolder, Store};

fn now() -> Timestamp {
    common::now().timestamp()
}

fn receipt(provider: &str, yen: i64) -> Receipt {
    Receipt {
        provider: provider.into(),
        amount: Money::yen(yen),
        ..Receipt::default()
    }
}

/// What the sync tool does: the other laptop's file replaces this one's.
fn sync(from: &Path, to: &Path) {
    fs::copy(store::archive_path(from), store::archive_path(to)).unwrap();
}

/// Two laptops with the same archive (the sample household), each open.
fn two_laptops() -> (
    tempfile::TempDir,
    tempfile::TempDir,
    (Store, Archive),
    (Store, Archive),
) {
    let mum = tempfile::tempdir().unwrap();
    let lin = tempfile::tempdir().unwrap();
    common::write_demo(mum.path());
    sync(mum.path(), lin.path());
    let mum_open = Store::open(mum.path(), now());
    let lin_open = Store::open(lin.path(), now());
    (mum, lin, mum_open, lin_open)
}

fn providers(archive: &Archive) -> Vec<&str> {
    archive
        .receipts
        .iter()
        .map(|r| r.provider.as_str())
        .collect()
}

#[test]
fn a_save_after_another_device_wrote_merges_and_keeps_both_receipts() {
    let (mum_dir, lin_dir, (mut mum, mut mum_archive), (mut lin, mut lin_archive)) = two_laptops();
    lin_archive.receipts.push(receipt("Lin's top-up", 1500));
    let saved = lin.save(&lin_archive, now()).unwrap();
    assert!(saved.merged.is_none(), "nothing changed under Lin");
    sync(lin_dir.path(), mum_dir.path());
    assert!(mum.disk_changed());

    mum_archive.receipts.push(receipt("Mum's top-up", 2000));
    let saved = mum.save(&mum_archive, now() + 1.minute()).unwrap();
    let (merged, report) = saved.merged.expect("the save merged");
    assert_eq!(report.added.len(), 1);
    assert!(report.replaced.is_empty() && report.removed.is_empty());
    let on_disk = common::load(mum_dir.path());
    assert_eq!(on_disk, merged);
    let names = providers(&on_disk);
    assert!(names.contains(&"Lin's top-up") && names.contains(&"Mum's top-up"));
    assert_eq!(on_disk.receipts.len(), 7);
    // Lin's file as it was is in the backups.
    let backups = mum.backups();
    let kept = store::load(&backups[0].path).unwrap().archive;
    assert!(providers(&kept).contains(&"Lin's top-up"));
    assert!(!mum.disk_changed(), "the merged file is this copy's own");
}

#[test]
fn a_card_deleted_on_one_laptop_stays_deleted_and_a_receipt_edit_on_the_other_is_kept() {
    let (mum_dir, lin_dir, (mut mum, mut mum_archive), (mut lin, mut lin_archive)) = two_laptops();
    let card = mum_archive.cards[0].id;
    let label = mum_archive.cards[0].label.clone();
    let receipt = mum_archive
        .receipts
        .iter()
        .find(|r| r.card == Some(card))
        .unwrap()
        .id;
    mum_archive.delete_card(card);
    mum.save(&mum_archive, now() + 1.minute()).unwrap();

    let edited = lin_archive
        .receipts
        .iter_mut()
        .find(|r| r.id == receipt)
        .unwrap();
    edited.notes = "paid at the FamilyMart by the station".into();
    sync(mum_dir.path(), lin_dir.path());
    let saved = lin.save(&lin_archive, now() + 2.minutes()).unwrap();
    let (_, report) = saved.merged.unwrap();
    assert_eq!(report.removed.len(), 1);
    assert_eq!(report.removed[0].name, label);

    let on_disk = common::load(lin_dir.path());
    assert!(on_disk.card(card).is_none(), "the deleted card came back");
    let kept = on_disk.receipts.iter().find(|r| r.id == receipt).unwrap();
    assert_eq!(kept.notes, "paid at the FamilyMart by the station");
    assert_eq!(kept.card, None);
    assert_eq!(kept.card_label, label);
    // And back on Mum's laptop: the same.
    sync(lin_dir.path(), mum_dir.path());
    let reloaded = mum.reload_if_changed().unwrap().unwrap();
    assert_eq!(reloaded, on_disk);
}

#[test]
fn an_edit_on_both_laptops_keeps_the_newer_and_backs_up_the_older() {
    let (mum_dir, lin_dir, (mut mum, mut mum_archive), (mut lin, mut lin_archive)) = two_laptops();
    lin_archive.cards[1].notes = "Lin's note".into();
    lin.save(&lin_archive, now() + 5.minutes()).unwrap();
    sync(lin_dir.path(), mum_dir.path());
    mum_archive.cards[1].notes = "Mum's older note".into();
    // Mum's edit is saved at 10:03, before Lin's of 10:05: Lin's wins.
    let (merged, report) = mum
        .save(&mum_archive, now() + 3.minutes())
        .unwrap()
        .merged
        .unwrap();
    assert_eq!(merged.cards[1].notes, "Lin's note");
    assert_eq!(report.replaced.len(), 1);
    let here = mum
        .backups()
        .into_iter()
        .find(|b| b.name.ends_with("-here.ron"))
        .expect("this copy's version is kept");
    let kept = store::load(&here.path).unwrap().archive;
    assert_eq!(kept.cards[1].notes, "Mum's older note");
}

#[test]
fn a_change_on_disk_is_reloaded_when_nothing_is_unsaved() {
    let (mum_dir, lin_dir, (mut mum, _), (mut lin, mut lin_archive)) = two_laptops();
    assert!(mum.reload_if_changed().unwrap().is_none());
    lin_archive.receipts.push(receipt("Lin's top-up", 1500));
    lin.save(&lin_archive, now()).unwrap();
    sync(lin_dir.path(), mum_dir.path());
    let reloaded = mum.reload_if_changed().unwrap().unwrap();
    assert!(providers(&reloaded).contains(&"Lin's top-up"));
    assert!(mum.reload_if_changed().unwrap().is_none());
}

#[test]
fn a_half_synced_file_is_not_read_twice_and_a_save_keeps_it_aside() {
    let (mum_dir, _lin_dir, (mut mum, mut mum_archive), _) = two_laptops();
    let path = store::archive_path(mum_dir.path());
    let text = fs::read(&path).unwrap();
    let half = &text[..text.len() / 2];
    fs::write(&path, half).unwrap();
    assert!(mum.disk_changed());
    assert!(mum.reload_if_changed().is_err());
    assert!(!mum.disk_changed(), "an unreadable change is reported once");

    mum_archive.receipts.push(receipt("Mum's top-up", 2000));
    let saved = mum.save(&mum_archive, now()).unwrap();
    let aside = saved.set_aside.expect("the unreadable file is kept");
    assert_eq!(fs::read(aside).unwrap(), half);
    assert_eq!(common::load(mum_dir.path()).receipts.len(), 6);
}

#[test]
fn a_version_1_file_migrates_and_is_saved_as_version_2() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let path = store::archive_path(dir.path());
    let text = fs::read_to_string(&path).unwrap().replacen(
        &format!("version: {},", koshin::model::SCHEMA_VERSION),
        "version: 1,",
        1,
    );
    assert!(!text.contains("updated_at"));
    fs::write(&path, &text).unwrap();

    let (mut store, archive) = Store::open(dir.path(), now());
    assert!(store.is_writable());
    assert_eq!(archive.version, koshin::model::SCHEMA_VERSION);
    assert_eq!((archive.cards.len(), archive.receipts.len()), (3, 5));
    assert!(archive.cards.iter().all(|c| c.updated_at.is_none()));
    let mut edited = archive.clone();
    edited.cards[0].notes = "edited after the update".into();
    store.save(&edited, now()).unwrap();
    let written = fs::read_to_string(&path).unwrap();
    assert!(written.contains(&format!("version: {},", koshin::model::SCHEMA_VERSION)));
    let saved = common::load(dir.path());
    assert_eq!(saved.cards[0].updated_at, Some(now()));
    assert_eq!(
        saved.cards[1].updated_at, None,
        "untouched records stay unstamped"
    );
}

#[test]
fn conflict_copies_are_found_by_the_names_sync_tools_give_them() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let names = [
        "koshin.sync-conflict-20261202-100212-LINLAPTOP.ron",
        "koshin (Lin's conflicted copy 2026-12-02).ron",
        "koshin-LIN-LAPTOP.ron",
    ];
    for name in names {
        fs::copy(store::archive_path(dir.path()), dir.path().join(name)).unwrap();
    }
    fs::write(dir.path().join("koshin.damaged-20261202T010000Z.ron"), "x").unwrap();
    fs::write(dir.path().join("notes.ron"), "x").unwrap();
    let found: Vec<String> = store::conflict_copies(dir.path())
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let mut expected = names.map(String::from).to_vec();
    expected.sort();
    assert_eq!(found, expected);

    let copy = dir.path().join(names[2]);
    let target = store::shelve(dir.path(), &copy).unwrap();
    assert!(!copy.exists());
    assert_eq!(
        target.file_name().unwrap().to_string_lossy(),
        "conflict-koshin-LIN-LAPTOP.ron"
    );
    let (store, _) = Store::open(dir.path(), now());
    assert!(
        store.backups().iter().all(|b| b.path != target),
        "a shelved copy is never taken for a backup to restore"
    );
}

#[test]
fn the_lock_says_which_other_computer_has_the_archive_open() {
    let dir = tempfile::tempdir().unwrap();
    common::write_demo(dir.path());
    let lock = dir.path().join("koshin.lock");
    let note = |host: &str, seen: Timestamp| LockHolder {
        host: host.into(),
        pid: 4242,
        since: now() - 2.hours(),
        seen,
    };
    // A note Lin's laptop left ten minutes ago, brought by the sync tool.
    fs::write(
        &lock,
        ron::to_string(&note("LIN-LAPTOP", now() - 10.minutes())).unwrap(),
    )
    .unwrap();
    let (store, _) = Store::open(dir.path(), now());
    assert!(store.is_writable(), "it still works, merging on save");
    let holder = store.open_elsewhere().unwrap();
    assert_eq!(holder.host, "LIN-LAPTOP");
    let written: LockHolder = ron::from_str(&fs::read_to_string(&lock).unwrap()).unwrap();
    assert_eq!(written.host, store::this_computer());
    drop(store);
    assert_eq!(
        fs::read_to_string(&lock).unwrap(),
        "",
        "a closed app leaves no note"
    );

    // A note from an hour ago is stale: that laptop was closed without a goodbye.
    fs::write(
        &lock,
        ron::to_string(&note("LIN-LAPTOP", now() - 1.hour())).unwrap(),
    )
    .unwrap();
    let (store, _) = Store::open(dir.path(), now());
    assert!(store.open_elsewhere().is_none());
}

/// A file of schema version 2, as Kōshin wrote it before people: the owner
/// and helper are names on each card.
const VERSION_2: &str = r#"(
  version: 2,
  cards: [
    (
      id: "6f1d5d0e-58f4-4e0c-9d5e-0b9c1f3a2b01",
      label: "Mum's eSIM",
      owner: "Mum",
      kind: esim,
      provider: "Sora eSIM",
      helper_name: "Lin (daughter)",
      helper_phone: "+86 138 0013 8000 (WeChat)",
    ),
    (
      id: "6f1d5d0e-58f4-4e0c-9d5e-0b9c1f3a2b02",
      label: "Dad's SIM",
      owner: "Dad",
      kind: sim,
      provider: "Mirai Mobile",
      helper_name: "Lin (daughter)",
    ),
  ],
)"#;

#[test]
fn a_version_2_file_opens_with_its_owners_and_helpers_as_people() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(store::archive_path(dir.path()), VERSION_2).unwrap();
    let (mut store, archive) = Store::open(dir.path(), now());
    assert!(store.is_writable(), "{:?}", store.blocked());
    let mut names: Vec<&str> = archive.people.iter().map(|p| p.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Dad", "Lin (daughter)", "Mum"]);
    let lin = archive.person_named("Lin (daughter)").unwrap();
    assert_eq!(lin.contact, "+86 138 0013 8000 (WeChat)");
    for card in &archive.cards {
        assert_eq!(card.helper_id, Some(lin.id), "one helper, one person");
    }
    assert_eq!(archive.owner_name(&archive.cards[0]), "Mum");
    assert_eq!(archive.owner_name(&archive.cards[1]), "Dad");

    // Saved, it is the current version with the people and no names on cards.
    store.save(&archive, now()).unwrap();
    let written = fs::read_to_string(store::archive_path(dir.path())).unwrap();
    assert!(written.contains(&format!("version: {},", koshin::model::SCHEMA_VERSION)));
    assert!(!written.contains("helper_name") && !written.contains("owner: \""));
    let saved = common::load(dir.path());
    assert_eq!(saved.people.len(), 3);
    assert_eq!(saved.owner_name(&saved.cards[1]), "Dad");
}

#[test]
fn people_added_and_edited_on_both_laptops_survive_the_merge() {
    let (mum_dir, lin_dir, (mut mum, mut mum_archive), (mut lin, mut lin_archive)) = two_laptops();
    // On Lin's laptop: a new person, and Mum's zone while she travels.
    let mut grandma = koshin::model::Person::named("Grandma");
    grandma.zone = Some("Asia/Taipei".into());
    lin_archive.upsert_person(grandma);
    let mum_id = lin_archive.person_named("Mum").unwrap().id;
    let mut travelling = lin_archive.person(Some(mum_id)).unwrap().clone();
    travelling.zone = Some("Asia/Tokyo".into());
    lin_archive.upsert_person(travelling);
    lin.save(&lin_archive, now()).unwrap();
    sync(lin_dir.path(), mum_dir.path());

    // On Mum's laptop, meanwhile: another new person, and Dad's contact.
    mum_archive.upsert_person(koshin::model::Person::named("Uncle Wei"));
    let dad_id = mum_archive.person_named("Dad").unwrap().id;
    let mut dad = mum_archive.person(Some(dad_id)).unwrap().clone();
    dad.contact = "LINE: dad-wang".into();
    mum_archive.upsert_person(dad);
    let saved = mum.save(&mum_archive, now() + 1.minute()).unwrap();
    assert!(saved.merged.is_some());

    let merged = common::load(mum_dir.path());
    for name in ["Grandma", "Uncle Wei", "Mum", "Dad", "Lin (daughter)"] {
        assert!(merged.person_named(name).is_some(), "{name} is kept");
    }
    let mum_person = merged.person(Some(mum_id)).unwrap();
    assert_eq!(mum_person.zone.as_deref(), Some("Asia/Tokyo"));
    assert_eq!(
        merged.person(Some(dad_id)).unwrap().contact,
        "LINE: dad-wang"
    );

    // A person deleted on one side stays deleted after the other side saves.
    sync(mum_dir.path(), lin_dir.path());
    drop(lin);
    let (mut lin, mut lin_archive) = Store::open(lin_dir.path(), now() + 2.minutes());
    let wei = lin_archive.person_named("Uncle Wei").unwrap().id;
    lin_archive.delete_person(wei);
    lin.save(&lin_archive, now() + 3.minutes()).unwrap();
    sync(lin_dir.path(), mum_dir.path());
    let mut mum_archive = merged;
    mum_archive.settings.lead_time_days += 1;
    mum.save(&mum_archive, now() + 4.minutes()).unwrap();
    let last = common::load(mum_dir.path());
    assert!(
        last.person_named("Uncle Wei").is_none(),
        "the deletion travels"
    );
    assert!(last.person_named("Grandma").is_some());
}

#[test]
fn trips_and_rates_made_on_two_laptops_are_both_kept() {
    use jiff::civil::date;
    use koshin::model::{Rate, RateId, RateSource, Trip};
    use rust_decimal::Decimal;

    let (mum_dir, lin_dir, (mut mum, mut mum_archive), (mut lin, mut lin_archive)) = two_laptops();
    // Lin adds the spring trip and a TWD rate; Mum renames the sample trip
    // and adds a rate from her Alipay bill.
    let spring = Trip::new("Spring in Osaka", date(2027, 3, 20), date(2027, 3, 30));
    lin_archive.upsert_trip(spring.clone());
    let rate = |from, value: i64, source| Rate {
        id: RateId::new_random(),
        from,
        to: iso_currency::Currency::CNY,
        rate: Decimal::new(value, 4),
        date: date(2026, 11, 20),
        source,
        updated_at: None,
    };
    lin_archive.upsert_rate(rate(iso_currency::Currency::TWD, 2240, RateSource::Bank));
    lin.save(&lin_archive, now()).unwrap();
    sync(lin_dir.path(), mum_dir.path());

    let sample = mum_archive.trips[0].id;
    let mut renamed = mum_archive.trips[0].clone();
    renamed.name = "Autumn, with Grandma's visit".into();
    mum_archive.upsert_trip(renamed);
    mum_archive.upsert_rate(rate(iso_currency::Currency::JPY, 477, RateSource::Alipay));
    mum.save(&mum_archive, now() + 1.minute()).unwrap();

    let merged = common::load(mum_dir.path());
    assert_eq!(merged.trips.len(), 2);
    assert!(merged.trip(spring.id).is_some());
    assert_eq!(
        merged.trip(sample).unwrap().name,
        "Autumn, with Grandma's visit"
    );
    assert_eq!(
        merged.rates.len(),
        4,
        "the sample's two, and one from each laptop"
    );

    // A trip deleted on one laptop stays deleted after the other saves.
    sync(mum_dir.path(), lin_dir.path());
    drop(lin);
    let (mut lin, mut lin_archive) = Store::open(lin_dir.path(), now() + 2.minutes());
    lin_archive.delete_trip(spring.id);
    lin.save(&lin_archive, now() + 3.minutes()).unwrap();
    sync(lin_dir.path(), mum_dir.path());
    let mut again = merged;
    again.settings.lead_time_days += 1;
    mum.save(&again, now() + 4.minutes()).unwrap();
    let last = common::load(mum_dir.path());
    assert!(last.trip(spring.id).is_none(), "the deletion travels");
    assert!(last.trip(sample).is_some());
}

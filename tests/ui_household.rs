//! The household in Settings: add a person with their language and zone,
//! change them, remove them; a guide sent to them follows.

#![allow(clippy::unwrap_used)]

mod common;

use common::{click, load, shows_part};
use egui_kittest::kittest::Queryable;
use koshin::i18n::Lang;

#[test]
fn a_person_is_added_changed_and_removed_in_settings() {
    let dir = common::demo_dir();
    let mut harness = common::harness(dir.path());
    // Tall enough that the whole Settings page is on screen.
    harness.set_size(egui::vec2(1180.0, 1800.0));
    harness.run();
    click(&mut harness, "Settings");
    assert!(shows_part(&harness, "Lin (daughter)"));

    click(&mut harness, "Add a person");
    // Without a name it cannot be saved, and says why.
    assert!(shows_part(&harness, "A person needs a name."));
    common::type_into(&mut harness, "Name", "Grandma");
    // The language's name is also a radio button of the app's language:
    // the drop-down's item is the last.
    click(&mut harness, "Reads");
    harness.get_all_by_label("繁體中文").last().unwrap().click();
    harness.run();
    common::choose(
        &mut harness,
        "Is in the time zone of",
        "Taiwan (Taipei) · Asia/Taipei",
    );
    common::type_into(&mut harness, "Phone or messenger", "LINE: grandma-chen");
    assert!(!shows_part(&harness, "A person needs a name."), "named");
    click(&mut harness, "Save");
    common::settle_and_save(&mut harness);
    let archive = load(dir.path());
    let grandma = archive.person_named("Grandma").unwrap();
    assert_eq!(grandma.lang, Some(Lang::ZhHant));
    assert_eq!(grandma.zone.as_deref(), Some("Asia/Taipei"));
    assert_eq!(grandma.contact, "LINE: grandma-chen");
    assert!(shows_part(
        &harness,
        "繁體中文 · Taiwan (Taipei) · Asia/Taipei · LINE: grandma-chen · no cards"
    ));

    // A second person of the same name is refused before saving.
    click(&mut harness, "Add a person");
    common::type_into(&mut harness, "Name", "grandma");
    assert!(shows_part(&harness, "grandma is already in the household"));
    click(&mut harness, "Cancel");

    // Mum travels to Tokyo: her zone changes; her card stays hers.
    let mum = archive.person_named("Mum").unwrap().id;
    let edits = harness.get_all_by_label("Edit").count();
    assert_eq!(edits, 4);
    harness.get_all_by_label("Edit").next().unwrap().click();
    harness.run();
    common::choose(
        &mut harness,
        "Is in the time zone of",
        "Japan (Tokyo) · Asia/Tokyo",
    );
    click(&mut harness, "Save");
    common::settle_and_save(&mut harness);
    let archive = load(dir.path());
    assert_eq!(
        archive.person(Some(mum)).unwrap().zone.as_deref(),
        Some("Asia/Tokyo")
    );
    assert_eq!(archive.owner_name(&archive.cards[0]), "Mum");

    // Removing Mum leaves her card with nobody, and says so.
    harness.get_all_by_label("Remove").next().unwrap().click();
    harness.run();
    common::settle_and_save(&mut harness);
    let archive = load(dir.path());
    assert!(archive.person(Some(mum)).is_none());
    assert_eq!(archive.cards[0].owner_id, None);
    assert!(shows_part(&harness, "Removed Mum from the household"));
}

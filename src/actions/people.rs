//! The people of the household: add, change, remove.

use super::Outcome;
use crate::i18n::Msg;
use crate::model::{Archive, Person, PersonId};

/// Adds a person, or changes the person with the same id. Refused without a
/// name, with a name another person has, or with a time zone that is not
/// one.
pub fn save_person(archive: &mut Archive, mut person: Person) -> Outcome {
    person.name = String::from(person.name.trim());
    person.contact = String::from(person.contact.trim());
    if person.name.is_empty() {
        return Outcome::failed(Msg::new("person-name-needed"));
    }
    let taken = archive
        .people
        .iter()
        .any(|p| p.id != person.id && p.name.trim().eq_ignore_ascii_case(&person.name));
    if taken {
        return Outcome::failed(Msg::new("person-name-taken").arg("name", person.name.as_str()));
    }
    person.zone = person
        .zone
        .map(|z| z.trim().to_owned())
        .filter(|z| !z.is_empty());
    if let Some(zone) = &person.zone
        && let Err(error) = crate::model::input::parse_zone(zone)
    {
        return Outcome::failed(error.message());
    }
    if archive.person(Some(person.id)) == Some(&person) {
        return Outcome::nothing();
    }
    let msg = Msg::new("person-saved").arg("name", person.name.as_str());
    archive.upsert_person(person);
    Outcome::success(true, msg)
}

/// Removes a person; the cards that named them as owner or helper name nobody.
pub fn delete_person(archive: &mut Archive, id: PersonId) -> Outcome {
    match archive.delete_person(id) {
        Some(person) => Outcome::success(
            true,
            Msg::new("person-deleted").arg("name", person.name.as_str()),
        ),
        None => Outcome::nothing(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo;

    fn archive() -> Archive {
        demo::archive(&"2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap())
    }

    #[test]
    fn a_person_needs_a_name_of_their_own_and_a_real_zone() {
        let mut archive = archive();
        let before = archive.clone();
        let mut nameless = Person::named("x");
        nameless.name = "  ".into();
        assert!(save_person(&mut archive, nameless).is_failure());
        let mut twin = Person::named("Someone");
        twin.name = " mum ".into();
        assert!(save_person(&mut archive, twin).is_failure());
        let mut lost = Person::named("Grandma");
        lost.zone = Some("Mars/Olympus".into());
        assert!(save_person(&mut archive, lost).is_failure());
        assert_eq!(archive, before, "a refused person changes nothing");

        let mut grandma = Person::named(" Grandma ");
        grandma.id = PersonId::new_random();
        grandma.zone = Some(" Asia/Taipei ".into());
        assert!(save_person(&mut archive, grandma.clone()).changed);
        let saved = archive.person(Some(grandma.id)).unwrap().clone();
        assert_eq!(
            (saved.name.as_str(), saved.zone.as_deref()),
            ("Grandma", Some("Asia/Taipei"))
        );
        assert!(
            !save_person(&mut archive, saved).changed,
            "the same again changes nothing"
        );
    }

    #[test]
    fn removing_a_person_leaves_their_cards_with_nobody() {
        let mut archive = archive();
        let mum = archive.person_named("Mum").unwrap().id;
        let card = archive
            .cards
            .iter()
            .find(|c| c.owner_id == Some(mum))
            .unwrap()
            .id;
        assert!(delete_person(&mut archive, mum).changed);
        assert_eq!(archive.card(card).unwrap().owner_id, None);
        assert!(!delete_person(&mut archive, mum).changed);
    }
}

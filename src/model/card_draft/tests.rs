//! Tests of the card draft.
use super::*;
use crate::model::card::IdField;
use crate::model::money::Money;

#[test]
fn a_draft_builds_the_card_it_was_made_from() {
    let mut card = Card::new(CardKind::Esim, "Mum's eSIM");
    card.ids.iccid = "8981100022152271918".into();
    card.validity_end = parse_moment("2026-12-01", "23:59", "Asia/Tokyo").unwrap();
    card.data_allowance_mb = Some(10 * 1024);
    card.plan.price = Some(Money::yen(2980));
    let draft = CardDraft::from_card(&card);
    assert!(!draft.is_changed());
    assert_eq!(draft.build().unwrap(), card);
}

#[test]
fn an_activation_rule_sets_the_validity_end() {
    let mut draft = CardDraft {
        label: "eSIM".into(),
        activation_on: true,
        activation_date: "2026-11-20".into(),
        activation_time: "15:30".into(),
        activation_days: "7".into(),
        ..CardDraft::default()
    };
    let card = draft.build().unwrap();
    assert_eq!(
        card.validity_end.unwrap().to_string(),
        "2026-11-27T15:30:00+09:00[Asia/Tokyo]"
    );
    assert_eq!(card.activation.as_ref().unwrap().days, 7);
    assert_eq!(
        CardDraft::from_card(&draft.build().unwrap()).activation_days,
        "7"
    );
    draft.activation_days = "a week".into();
    assert_eq!(draft.build().unwrap_err()[0].0, FormField::Activation);
    draft.activation_date = String::new();
    assert_eq!(
        draft.build().unwrap_err()[0].1.id,
        "input-missing-activation"
    );
}

#[test]
fn a_draft_reports_each_problem_at_its_field() {
    let mut draft = CardDraft {
        label: String::new(),
        price: "12,5x".into(),
        validity_date: "tomorrow".into(),
        remaining: "plenty".into(),
        ..CardDraft::default()
    };
    draft.ids.rental_number = "4111 1111 1111 1111".into();
    draft.kind = CardKind::PocketWifi;
    let problems = draft.build().unwrap_err();
    let fields: Vec<FormField> = problems.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        fields,
        vec![
            FormField::Price,
            FormField::ValidityEnd,
            FormField::RemainingData,
            FormField::Card(CardField::Label),
            FormField::Card(CardField::Id(IdField::RentalNumber)),
        ]
    );
}

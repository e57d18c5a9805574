//! Tests of form.
use super::*;
use crate::model::card::IdField;

#[test]
fn a_form_starts_in_the_zone_of_the_first_known_moment() {
    let shanghai: Zoned = "2026-11-30T23:59:00+08:00[Asia/Shanghai]".parse().unwrap();
    let utc: Zoned = "2026-11-30T23:59:00+00:00[UTC]".parse().unwrap();
    assert_eq!(zone_name_of([Some(&shanghai), Some(&utc)]), "Asia/Shanghai");
    assert_eq!(zone_name_of([None, Some(&utc)]), "UTC");
    assert_eq!(zone_name_of([None, None]), JAPAN_ZONE);
}

#[test]
fn dates_times_and_zones() {
    assert_eq!(
        parse_date("2026/11/30").unwrap(),
        Date::constant(2026, 11, 30)
    );
    assert!(parse_date("30.11.2026x").is_err());
    assert!(parse_date("2026-02-30").is_err());
    assert_eq!(parse_time("9:05").unwrap(), Time::constant(9, 5, 0, 0));
    assert!(parse_time("24:00").is_err());
    assert!(parse_time("noon").is_err());
    assert!(parse_zone("Mars/Olympus").is_err());
    let end = parse_moment("2026-11-30", "", "Asia/Tokyo")
        .unwrap()
        .unwrap();
    assert_eq!(end.to_string(), "2026-11-30T23:59:00+09:00[Asia/Tokyo]");
    assert_eq!(parse_moment(" ", "10:00", "Asia/Tokyo").unwrap(), None);
}

#[test]
fn data_amounts_read_and_show_the_same() {
    assert_eq!(parse_data_mb("3").unwrap(), Some(3 * 1024));
    assert_eq!(parse_data_mb("1.5 GB").unwrap(), Some(1536));
    assert_eq!(parse_data_mb("500MB").unwrap(), Some(500));
    assert_eq!(parse_data_mb("").unwrap(), None);
    assert!(parse_data_mb("lots").is_err());
    assert!(parse_data_mb("-1").is_err());
    for mb in [0, 500, 1024, 1536, 3072, 1000, 20 * 1024] {
        assert_eq!(
            parse_data_mb(&format_data_mb(mb)).unwrap(),
            Some(mb),
            "{mb}"
        );
    }
}

#[test]
fn data_amounts_display_rounded() {
    assert_eq!(display_data_mb(1200), "1.2 GB");
    assert_eq!(display_data_mb(14 * 1024), "14 GB");
    assert_eq!(display_data_mb(850), "850 MB");
    assert_eq!(display_data_mb(1023), "1023 MB");
}

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

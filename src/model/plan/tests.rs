//! The deadline rules with a pinned clock.

use jiff::tz::TimeZone;

use super::*;
use crate::model::card::{Activation, CardKind, Channel};
use crate::model::input::MB_PER_GB;

fn at(text: &str) -> Zoned {
    text.parse().unwrap()
}

fn settings(lead: i64) -> Settings {
    Settings {
        lead_time_days: lead,
        ..Settings::default()
    }
}

fn card_ending(end: &str) -> Card {
    let mut card = Card::new(CardKind::Sim, "SIM");
    card.validity_end = Some(at(end));
    card
}

/// When to renew, at `now` with `lead` days of lead time, a card that ends at `end`.
fn renew_by_for(end: &str, now: &Zoned, lead: i64) -> Zoned {
    plan(&card_ending(end), now, &settings(lead))
        .renew_by
        .unwrap()
}

fn reading(day: i64, hour: i64, mb: u64) -> DataReading {
    let start = at("2026-11-15T00:00:00+09:00[Asia/Tokyo]").timestamp();
    DataReading {
        at: start + SignedDuration::from_hours(day * 24 + hour),
        remaining_mb: mb,
    }
}

/// One reading a day at midnight from day 0, with `mbs` left.
fn daily(mbs: &[u64]) -> Vec<DataReading> {
    (0..)
        .zip(mbs)
        .map(|(day, mb)| reading(day, 0, *mb))
        .collect()
}

#[test]
fn japan_time_shown_in_local_zones_with_and_without_daylight_saving() {
    // Europe and America change to summer time in March; Japan and China never do.
    let end = at("2026-03-29T23:59:00+09:00[Asia/Tokyo]");
    let before_eu_dst = at("2026-03-28T23:59:00+09:00[Asia/Tokyo]");
    let before_us_dst = at("2026-03-07T23:59:00+09:00[Asia/Tokyo]");
    let local = |m: &Zoned, zone: &str| {
        m.with_time_zone(TimeZone::get(zone).unwrap())
            .strftime("%m-%d %H:%M %Z")
            .to_string()
    };
    assert_eq!(local(&end, "Asia/Shanghai"), "03-29 22:59 CST");
    assert_eq!(local(&end, "Europe/Berlin"), "03-29 16:59 CEST");
    assert_eq!(local(&before_eu_dst, "Europe/Berlin"), "03-28 15:59 CET");
    assert_eq!(local(&end, "America/Los_Angeles"), "03-29 07:59 PDT");
    assert_eq!(
        local(&before_us_dst, "America/Los_Angeles"),
        "03-07 06:59 PST"
    );

    // The renew-by moment is reckoned in Japan and shown wherever the laptop is.
    let card = card_ending("2026-03-31T23:59:00+09:00[Asia/Tokyo]");
    for zone in ["Asia/Shanghai", "Europe/Berlin", "America/Los_Angeles"] {
        let now = at("2026-03-20T12:00:00+09:00[Asia/Tokyo]")
            .with_time_zone(TimeZone::get(zone).unwrap());
        let plan = plan(&card, &now, &settings(3));
        let renew_by = plan.renew_by.unwrap();
        assert_eq!(
            renew_by.to_string(),
            "2026-03-28T23:59:00+09:00[Asia/Tokyo]",
            "{zone}"
        );
        assert_eq!(plan.urgency, Urgency::Fine, "{zone}");
    }
}

#[test]
fn the_lead_time_counts_calendar_days_in_the_providers_zone_across_dst() {
    let card = card_ending("2026-03-31T23:59:00+02:00[Europe/Berlin]");
    let now = at("2026-03-01T12:00:00+09:00[Asia/Tokyo]");
    let renew_by = plan(&card, &now, &settings(3)).renew_by.unwrap();
    assert_eq!(
        renew_by.to_string(),
        "2026-03-28T23:59:00+01:00[Europe/Berlin]"
    );
    let five = plan(&card, &now, &settings(5)).renew_by.unwrap();
    assert_eq!(five.to_string(), "2026-03-26T23:59:00+01:00[Europe/Berlin]");
}

#[test]
fn a_provider_counting_days_in_utc_plus_8_ends_an_hour_later_in_japan() {
    let card = card_ending("2026-11-30T23:59:00+08:00[Asia/Shanghai]");
    let in_japan = validity_end(&card)
        .unwrap()
        .with_time_zone(TimeZone::get("Asia/Tokyo").unwrap());
    assert_eq!(
        in_japan.to_string(),
        "2026-12-01T00:59:00+09:00[Asia/Tokyo]"
    );
    let now = at("2026-11-27T23:30:00+09:00[Asia/Tokyo]");
    let plan = plan(&card, &now, &settings(3));
    // Renew by 27 November 23:59 in UTC+8, which is 00:59 on the 28th in Japan.
    let renew_by = plan.renew_by.as_ref().unwrap().to_string();
    assert_eq!(renew_by, "2026-11-27T23:59:00+08:00[Asia/Shanghai]");
    assert_eq!(
        plan.urgency,
        Urgency::Soon,
        "the 28th in Japan is not today in Japan"
    );
    let utc = card_ending("2026-11-30T23:59:00+00:00[UTC]");
    assert_eq!(
        validity_end(&utc)
            .unwrap()
            .with_time_zone(TimeZone::get("Asia/Tokyo").unwrap())
            .to_string(),
        "2026-12-01T08:59:00+09:00[Asia/Tokyo]"
    );
}

#[test]
fn n_times_24_hours_from_activation() {
    let mut card = Card::new(CardKind::Esim, "eSIM");
    card.validity_end = Some(at("2026-12-31T23:59:00+09:00[Asia/Tokyo]"));
    card.activation = Some(Activation {
        at: at("2026-11-20T15:30:00+09:00[Asia/Tokyo]"),
        days: 7,
    });
    let now = at("2026-11-22T10:00:00+09:00[Asia/Tokyo]");
    let plan = plan(&card, &now, &settings(3));
    let end = plan.validity_end.as_ref().unwrap().to_string();
    assert_eq!(end, "2026-11-27T15:30:00+09:00[Asia/Tokyo]");
    let renew_by = plan.renew_by.as_ref().unwrap().to_string();
    assert_eq!(renew_by, "2026-11-24T15:30:00+09:00[Asia/Tokyo]");
    assert_eq!(plan.reason, Some(Reason::ValidityEnds));
}

#[test]
fn month_ends_and_a_leap_day() {
    let now = at("2026-11-01T10:00:00+09:00[Asia/Tokyo]");
    let leap = renew_by_for("2028-03-01T23:59:00+09:00[Asia/Tokyo]", &now, 3);
    assert_eq!(
        leap.to_string(),
        "2028-02-27T23:59:00+09:00[Asia/Tokyo]",
        "counts back through 29 February"
    );
    let leap_day = renew_by_for("2028-03-02T23:59:00+09:00[Asia/Tokyo]", &now, 2);
    assert_eq!(leap_day.date(), jiff::civil::date(2028, 2, 29));
    let month_end = renew_by_for("2026-12-01T23:59:00+09:00[Asia/Tokyo]", &now, 3);
    assert_eq!(month_end.date(), jiff::civil::date(2026, 11, 28));
    let activated = Activation {
        at: at("2028-02-27T10:00:00+09:00[Asia/Tokyo]"),
        days: 3,
    };
    let end = activated.validity_end().unwrap().to_string();
    assert_eq!(end, "2028-03-01T10:00:00+09:00[Asia/Tokyo]");
}

#[test]
fn steady_use_projects_the_run_out_and_pulls_the_renewal_earlier() {
    let readings = daily(&[5000, 4000, 3000, 2000, 1000]);
    let projection = project(&readings, None).unwrap();
    assert!((projection.mb_per_day - 1000.0).abs() < 1e-6);
    // 1000 MB left on day 4 at 1000 MB a day: gone on day 5.
    assert_eq!(projection.run_out.unwrap(), reading(5, 0, 0).at);

    let mut card = card_ending("2026-12-31T23:59:00+09:00[Asia/Tokyo]");
    card.readings = readings;
    let now = at("2026-11-19T12:00:00+09:00[Asia/Tokyo]");
    let plan = plan(&card, &now, &settings(3));
    assert_eq!(plan.reason, Some(Reason::DataRunsOut));
    let renew_by = plan.renew_by.as_ref().unwrap().to_string();
    assert_eq!(
        renew_by, "2026-11-19T00:00:00+09:00[Asia/Tokyo]",
        "a day before it runs out"
    );
    assert_eq!(
        plan.urgency,
        Urgency::RenewNow,
        "renew-by passed, data still left"
    );
}

#[test]
fn a_fit_over_noisy_readings_uses_least_squares_not_the_last_two() {
    // Use of about 500 MB a day with a last reading that happens to be high.
    let readings = daily(&[4000, 3500, 3000, 2600]);
    let p = project(&readings, None).unwrap();
    assert!((p.mb_per_day - 470.0).abs() < 1.0, "{}", p.mb_per_day);
}

#[test]
fn no_use_projects_no_run_out() {
    let readings = daily(&[3000, 3000, 3000]);
    let p = project(&readings, None).unwrap();
    assert!(p.mb_per_day.abs() < 1e-9);
    assert_eq!(p.run_out, None);
    assert_eq!(
        project(&readings[..1], None),
        None,
        "one reading is not a rate"
    );
    let mut card = card_ending("2026-11-30T23:59:00+09:00[Asia/Tokyo]");
    card.readings = readings;
    let now = at("2026-11-19T12:00:00+09:00[Asia/Tokyo]");
    assert_eq!(
        plan(&card, &now, &settings(3)).reason,
        Some(Reason::ValidityEnds)
    );
}

#[test]
fn a_top_up_starts_the_fit_afresh() {
    let readings = vec![
        reading(0, 0, 3000),
        reading(1, 0, 2000),
        reading(2, 0, 1000),
        reading(2, 12, 10_000), // topped up
        reading(3, 12, 9000),
        reading(4, 12, 8000),
    ];
    let p = project(&readings, None).unwrap();
    assert_eq!(p.readings_used, 3);
    assert!((p.mb_per_day - 1000.0).abs() < 1e-6);
    assert_eq!(p.run_out.unwrap(), reading(12, 12, 0).at);
}

#[test]
fn pocket_wifi_return_and_extension_notice() {
    let mut card = Card::new(CardKind::PocketWifi, "Router");
    card.channel = Channel::Online;
    card.rental.return_by = Some(at("2026-11-27T21:00:00+09:00[Asia/Tokyo]"));
    card.validity_end = card.rental.return_by.clone();
    let now = at("2026-11-22T10:00:00+09:00[Asia/Tokyo]");
    let plan3 = plan(&card, &now, &settings(3));
    let notice_by = plan3.extension_deadline.as_ref().unwrap().to_string();
    let renew_by = plan3.renew_by.as_ref().unwrap().to_string();
    assert_eq!(notice_by, "2026-11-25T21:00:00+09:00[Asia/Tokyo]");
    assert_eq!(renew_by, "2026-11-24T21:00:00+09:00[Asia/Tokyo]");
    let plan1 = plan(&card, &now, &settings(1));
    assert_eq!(
        plan1.reason,
        Some(Reason::ExtensionNotice),
        "48 hours of notice beat one day of lead"
    );
    let renew_by = plan1.renew_by.as_ref().unwrap().to_string();
    assert_eq!(renew_by, "2026-11-25T21:00:00+09:00[Asia/Tokyo]");
    card.rental.notice_hours = 72;
    assert_eq!(
        plan(&card, &now, &settings(1))
            .renew_by
            .unwrap()
            .to_string(),
        "2026-11-24T21:00:00+09:00[Asia/Tokyo]"
    );
}

#[test]
fn the_state_follows_the_renew_by_moment_and_the_reminder_window() {
    let now = at("2026-11-22T10:00:00+09:00[Asia/Tokyo]");
    let u = |s: &str, window: i64| urgency(Some(&at(s)), false, &now, window);
    assert_eq!(
        u("2026-11-22T09:00:00+09:00[Asia/Tokyo]", 3),
        Urgency::RenewNow
    );
    assert_eq!(u("2026-11-22T20:00:00+09:00[Asia/Tokyo]", 3), Urgency::Soon);
    assert_eq!(u("2026-11-25T09:59:00+09:00[Asia/Tokyo]", 3), Urgency::Soon);
    assert_eq!(u("2026-11-25T10:01:00+09:00[Asia/Tokyo]", 3), Urgency::Fine);
    assert_eq!(u("2026-11-25T10:01:00+09:00[Asia/Tokyo]", 7), Urgency::Soon);
    assert_eq!(urgency(None, false, &now, 3), Urgency::Unknown);
    assert_eq!(urgency(None, true, &now, 3), Urgency::Stopped);
    let passed = at("2026-11-20T09:00:00+09:00[Asia/Tokyo]");
    assert_eq!(urgency(Some(&passed), true, &now, 3), Urgency::Stopped);
    // The window is the first reminder: the largest alarm offset of Settings.
    let mut settings = Settings::default();
    assert_eq!(settings.reminder_window_days(), 3);
    settings.alarm_days = vec![1, 7];
    assert_eq!(settings.reminder_window_days(), 7);
    settings.alarm_days.clear();
    assert_eq!(settings.reminder_window_days(), 1);
}

#[test]
fn overview_sorts_by_renew_by_and_due_filters_by_days() {
    let now = at("2026-11-22T10:00:00+09:00[Asia/Tokyo]");
    let mut archive = Archive::default();
    let mut later = card_ending("2026-12-20T23:59:00+09:00[Asia/Tokyo]");
    later.label = "Later".into();
    let mut sooner = card_ending("2026-11-26T23:59:00+09:00[Asia/Tokyo]");
    sooner.label = "Sooner".into();
    let mut unknown = Card::new(CardKind::Sim, "Unknown");
    unknown.validity_end = None;
    let mut gone = card_ending("2026-11-01T23:59:00+09:00[Asia/Tokyo]");
    gone.label = "Archived".into();
    gone.archived = true;
    archive.cards = vec![later, unknown, sooner, gone];
    let labels: Vec<_> = overview(&archive, &now)
        .iter()
        .map(|p| p.card.label.clone())
        .collect();
    assert_eq!(labels, ["Sooner", "Later", "Unknown"]);
    let due_week: Vec<_> = due(&archive, &now, 7)
        .iter()
        .map(|p| p.card.label.clone())
        .collect();
    assert_eq!(due_week, ["Sooner"]);
    assert_eq!(due(&archive, &now, 30).len(), 2);
}

#[test]
fn low_data_is_below_the_threshold_share_of_the_allowance() {
    let mut card = Card::new(CardKind::Esim, "eSIM");
    card.data_allowance_mb = Some(10 * MB_PER_GB);
    card.remaining_data_mb = Some(2 * MB_PER_GB);
    assert!(!is_low_on_data(&card, 20), "exactly 20% is not below 20%");
    card.remaining_data_mb = Some(2 * MB_PER_GB - 1);
    assert!(is_low_on_data(&card, 20));
    card.data_allowance_mb = None;
    assert!(!is_low_on_data(&card, 20));
}

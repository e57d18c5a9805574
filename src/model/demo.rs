//! The sample archive behind `koshin demo` and `koshin --demo`: a household
//! with a SIM, an eSIM and a pocket WiFi router, and a few receipts.

use jiff::civil::Time;
use jiff::tz::TimeZone;
use jiff::{ToSpan, Zoned};
use rust_decimal::Decimal;

use super::archive::Archive;
use super::card::{
    Card, CardKind, Channel, DataReading, Identifiers, PaymentMethod, Plan, PlanKind, Rental,
};
use super::input::{JAPAN_ZONE, MB_PER_GB};
use super::money::Money;
use super::receipt::Receipt;
use super::trip::{Rate, RateId, RateSource, Trip};
use crate::i18n::{I18n, Lang};

/// A moment `days` from `now`'s date at `hour:minute` Japan time.
fn japan_day_at(now: &Zoned, days: i64, hour: i8, minute: i8) -> Zoned {
    let japan = TimeZone::get(JAPAN_ZONE).unwrap_or(TimeZone::UTC);
    let today = now.with_time_zone(japan.clone()).date();
    let day = today.checked_add(days.days()).unwrap_or(today);
    day.to_datetime(Time::constant(hour, minute, 0, 0))
        .to_zoned(japan)
        .unwrap_or_else(|_| now.clone())
}

/// The sample archive in English, with dates placed around `now` so that it
/// always looks current.
pub fn archive(now: &Zoned) -> Archive {
    archive_in(now, &I18n::new(Lang::En))
}

/// The sample archive with the household's names and notes in the language of `tr`.
pub fn archive_in(now: &Zoned, tr: &I18n) -> Archive {
    let esim = mums_esim(now, tr);
    let sim = dads_sim(now, tr);
    let router = family_router(now, tr);
    let receipts = receipts(now, &esim, &sim, &router);
    let mut archive = Archive {
        cards: vec![esim, sim, router],
        receipts,
        ..Archive::default()
    };
    archive.adopt_people();
    // Mum and Dad read Chinese at home in Shanghai; Lin helps from Tokyo.
    for person in &mut archive.people {
        let at_home = [tr.t("demo-mum"), tr.t("demo-dad")].contains(&person.name);
        if at_home {
            person.lang = Some(Lang::ZhHans);
            person.zone = Some("Asia/Shanghai".to_owned());
        } else {
            person.zone = Some(JAPAN_ZONE.to_owned());
        }
    }
    add_trip(&mut archive, now, tr);
    archive
}

/// The household's trip this month, with everyone and every card on it: its
/// totals in yuan at the rates of Lin's card statement and an Alipay bill,
/// and who paid what.
fn add_trip(archive: &mut Archive, now: &Zoned, tr: &I18n) {
    let today = now
        .with_time_zone(TimeZone::get(JAPAN_ZONE).unwrap_or(TimeZone::UTC))
        .date();
    let day = |days: i64| today.checked_add(days.days()).unwrap_or(today);
    let person = |id: &str| archive.person_named(&tr.t(id)).map(|p| p.id);
    let (mum, dad, lin) = (
        person("demo-mum"),
        person("demo-dad"),
        person("demo-helper"),
    );
    let mut trip = Trip::new(&tr.t("demo-trip"), day(-20), day(18));
    trip.people = [mum, dad, lin].into_iter().flatten().collect();
    trip.cards = archive.cards.iter().map(|c| c.id).collect();
    archive.upsert_trip(trip);
    archive.settings.home_currency = Some(iso_currency::Currency::CNY);
    let rate = |from, rate: i64, scale: u32, days: i64, source| Rate {
        id: RateId::new_random(),
        from,
        to: iso_currency::Currency::CNY,
        rate: Decimal::new(rate, scale),
        date: day(days),
        source,
        updated_at: None,
    };
    archive.rates = vec![
        rate(iso_currency::Currency::JPY, 478, 4, -30, RateSource::Alipay),
        rate(
            iso_currency::Currency::USD,
            710,
            2,
            -5,
            RateSource::CardStatement,
        ),
    ];
    // Who paid: Lin's Visa for the eSIM (her statement says what it cost in
    // yuan) and the router; Dad in cash at the shop; Mum the router's extension.
    let payers = [
        ("SORA-77120", lin),
        ("MM-STORE-5521", dad),
        ("TW-2026-118834", lin),
        ("TW-EXT-20931", mum),
    ];
    for receipt in &mut archive.receipts {
        if let Some((_, payer)) = payers
            .iter()
            .find(|(order, _)| *order == receipt.order_number)
        {
            receipt.paid_by = *payer;
        }
        if receipt.order_number == "SORA-77120" {
            receipt.charged = Some(Money::new(
                Decimal::new(14_230, 2),
                iso_currency::Currency::CNY,
            ));
        }
    }
}

/// The sample's saved confirmation e-mail of `receipt` (the eSIM's latest
/// top-up): its file name and content, for `koshin demo` to attach.
pub fn confirmation_mail(receipt: &Receipt) -> (String, String) {
    let moment = |m: Option<&Zoned>| {
        m.map(|m| m.strftime("%Y-%m-%d %H:%M (Japan time)").to_string())
            .unwrap_or_default()
    };
    let name = format!("{} order {}.eml", receipt.provider, receipt.order_number);
    let body = format!(
        "From: {provider} <orders@{domain}.example>\r\n\
         Subject: Your order {order}: {plan}\r\n\
         Date: {date}\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         \r\n\
         Thank you for your order.\r\n\
         \r\n\
         Order number: {order}\r\n\
         Plan: {plan}\r\n\
         Amount paid: {amount}\r\n\
         Valid from: {from}\r\n\
         Valid until: {until}\r\n\
         \r\n\
         The data is added to the eSIM already on your phone. Do not delete the eSIM.\r\n",
        provider = receipt.provider,
        order = receipt.order_number,
        plan = receipt.plan,
        domain = receipt.provider.to_lowercase().replace(' ', "-"),
        date = receipt.valid_from.as_ref().map_or_else(
            || receipt.date.to_string(),
            |m| jiff::fmt::rfc2822::to_string(m).unwrap_or_default()
        ),
        amount = receipt.amount,
        from = moment(receipt.valid_from.as_ref()),
        until = moment(receipt.valid_until.as_ref()),
    );
    (name, body)
}

/// Readings of the data left, `(days ago, megabytes)`, ending shortly before `now`.
fn readings(now: &Zoned, points: &[(i64, u64)]) -> Vec<DataReading> {
    points
        .iter()
        .filter_map(|&(days_ago, remaining_mb)| {
            let at = now
                .timestamp()
                .checked_sub(jiff::SignedDuration::from_hours(days_ago * 24 + 2))
                .ok()?;
            Some(DataReading { at, remaining_mb })
        })
        .collect()
}

fn mums_esim(now: &Zoned, tr: &I18n) -> Card {
    Card {
        readings: readings(
            now,
            &[(6, 8600), (4, 6100), (3, 4900), (1, 2300), (0, 1200)],
        ),
        label: tr.t("demo-esim-label"),
        owner_name: tr.t("demo-mum"),
        kind: CardKind::Esim,
        provider: "Sora eSIM".into(),
        provider_website: "https://sora-esim.example/topup".into(),
        support_contact: tr.t("demo-esim-support"),
        ids: Identifiers {
            iccid: "8981100022152271918".into(),
            eid: "89049032123451234512345678901235".into(),
            imei: "490154203237518".into(),
            ..Identifiers::default()
        },
        plan: Plan {
            name: "Japan 10 GB / 15 days".into(),
            kind: PlanKind::DataPack,
            price: Some(Money::yen(2980)),
        },
        validity_end: Some(japan_day_at(now, 2, 23, 59)),
        data_allowance_mb: Some(10 * MB_PER_GB),
        remaining_data_mb: Some(1200),
        daily_cap_mb: None,
        auto_renew: false,
        channel: Channel::Online,
        payment: PaymentMethod {
            label: tr.t("demo-esim-payment"),
            last_four: "4242".into(),
        },
        notes: tr.t("demo-esim-notes"),
        helper_name: tr.t("demo-helper"),
        helper_phone: "+86 138 0013 8000 (WeChat)".into(),
        ..Card::default()
    }
}

fn dads_sim(now: &Zoned, tr: &I18n) -> Card {
    Card {
        readings: readings(
            now,
            &[(10, 19_900), (6, 17_600), (2, 15_300), (0, 14 * MB_PER_GB)],
        ),
        label: tr.t("demo-sim-label"),
        owner_name: tr.t("demo-dad"),
        kind: CardKind::Sim,
        provider: "Mirai Mobile".into(),
        provider_website: "https://mirai-mobile.example/visitor".into(),
        support_contact: tr.t("demo-sim-support"),
        ids: Identifiers {
            phone_number: "080-1234-5678".into(),
            iccid: "8981100033184405622".into(),
            ..Identifiers::default()
        },
        plan: Plan {
            name: "Visitor SIM 30 days 20 GB".into(),
            kind: PlanKind::PerMonth,
            price: Some(Money::yen(3300)),
        },
        validity_end: Some(japan_day_at(now, 12, 23, 59)),
        data_allowance_mb: Some(20 * MB_PER_GB),
        remaining_data_mb: Some(14 * MB_PER_GB),
        daily_cap_mb: Some(2 * MB_PER_GB),
        auto_renew: false,
        channel: Channel::Store,
        payment: PaymentMethod {
            label: tr.t("demo-sim-payment"),
            last_four: String::new(),
        },
        notes: tr.t("demo-sim-notes"),
        helper_name: tr.t("demo-helper"),
        helper_phone: "+86 138 0013 8000 (WeChat)".into(),
        ..Card::default()
    }
}

fn family_router(now: &Zoned, tr: &I18n) -> Card {
    Card {
        label: tr.t("demo-router-label"),
        owner_name: tr.t("demo-helper"),
        kind: CardKind::PocketWifi,
        provider: "Tabi WiFi Rental".into(),
        provider_website: "https://tabi-wifi.example/extend".into(),
        support_contact: "+81 6-0000-0000, help@tabi-wifi.example".into(),
        ids: Identifiers {
            rental_number: "TW-2026-118834".into(),
            device_serial: "GW-5G-00912".into(),
            ..Identifiers::default()
        },
        plan: Plan {
            name: "Unlimited 5G router".into(),
            kind: PlanKind::Rental,
            price: Some(Money::yen(1100)),
        },
        validity_end: Some(japan_day_at(now, 5, 21, 0)),
        data_allowance_mb: None,
        remaining_data_mb: None,
        daily_cap_mb: Some(3 * MB_PER_GB),
        auto_renew: false,
        channel: Channel::Online,
        payment: PaymentMethod {
            label: "PayPal".into(),
            last_four: String::new(),
        },
        rental: Rental {
            return_by: Some(japan_day_at(now, 5, 21, 0)),
            return_place: tr.t("demo-router-return-place"),
            notice_hours: 48,
            late_fee_per_day: Some(Money::yen(1650)),
        },
        notes: tr.t("demo-router-notes"),
        ..Card::default()
    }
}

fn receipts(now: &Zoned, esim: &Card, sim: &Card, router: &Card) -> Vec<Receipt> {
    let today = now
        .with_time_zone(TimeZone::get(JAPAN_ZONE).unwrap_or(TimeZone::UTC))
        .date();
    let days_ago = |days: i64| today.checked_sub(days.days()).unwrap_or(today);
    let receipt = |card: &Card, days: i64, amount: Money, order: &str, channel: Channel| Receipt {
        date: days_ago(days),
        card: Some(card.id),
        card_label: card.label.clone(),
        provider: card.provider.clone(),
        plan: card.plan.name.clone(),
        channel,
        amount,
        order_number: order.into(),
        valid_from: Some(japan_day_at(now, -days, 0, 0)),
        valid_until: Some(japan_day_at(now, 15 - days, 23, 59)),
        ..Receipt::default()
    };
    vec![
        receipt(esim, 13, Money::yen(2980), "SORA-77120", Channel::Online),
        receipt(
            esim,
            43,
            Money::new(Decimal::new(14_900, 2), iso_currency::Currency::CNY),
            "TB2026-0931-4471",
            Channel::ThirdParty,
        ),
        receipt(sim, 18, Money::yen(3300), "MM-STORE-5521", Channel::Store),
        receipt(
            router,
            9,
            Money::yen(7700),
            "TW-2026-118834",
            Channel::Online,
        ),
        receipt(
            router,
            2,
            Money::new(Decimal::new(1_499, 2), iso_currency::Currency::USD),
            "TW-EXT-20931",
            Channel::Online,
        ),
    ]
}

/// A household that has travelled for years: `cards` cards and `receipts`
/// receipts spread over five years, for trying the app and benchmarking it at
/// scale. The same arguments always give the same archive (but for ids).
pub fn large_archive(now: &Zoned, cards: usize, receipts: usize) -> Archive {
    const PROVIDERS: [(&str, CardKind, &str); 6] = [
        ("Sora eSIM", CardKind::Esim, "Japan 10 GB / 15 days"),
        ("Mirai Mobile", CardKind::Sim, "Visitor SIM 30 days 20 GB"),
        (
            "Tabi WiFi Rental",
            CardKind::PocketWifi,
            "Unlimited 5G router",
        ),
        ("Kumo Data", CardKind::Esim, "Unlimited 7 days"),
        ("Sakura Prepaid", CardKind::Sim, "3 GB top-up"),
        ("Fuji Roam", CardKind::Esim, "Asia 20 GB / 30 days"),
    ];
    const OWNERS: [&str; 5] = ["Mum", "Dad", "Lin", "Wei", "Grandma"];
    const CURRENCIES: [iso_currency::Currency; 4] = [
        iso_currency::Currency::JPY,
        iso_currency::Currency::CNY,
        iso_currency::Currency::USD,
        iso_currency::Currency::TWD,
    ];
    // A small linear congruential generator: reproducible without a dependency.
    let mut seed: u64 = 0x5EED_CAFE;
    let mut next = move |below: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % below.max(1)
    };
    let mut archive = Archive::default();
    for i in 0..cards {
        let (provider, kind, plan) = PROVIDERS[i % PROVIDERS.len()];
        let days = i64::try_from(next(60)).unwrap_or(0) - 10;
        archive.cards.push(Card {
            label: format!("{} {} #{}", OWNERS[i % OWNERS.len()], provider, i + 1),
            owner_name: OWNERS[i % OWNERS.len()].into(),
            kind,
            provider: provider.into(),
            plan: Plan {
                name: plan.into(),
                kind: if kind == CardKind::PocketWifi {
                    PlanKind::Rental
                } else {
                    PlanKind::DataPack
                },
                price: Some(Money::yen(
                    1000 + i64::try_from(next(40)).unwrap_or(0) * 100,
                )),
            },
            validity_end: Some(japan_day_at(now, days, 23, 59)),
            archived: i % 7 == 6,
            ..Card::default()
        });
    }
    let today = now.date();
    for n in 0..receipts {
        let card = &archive.cards[usize::try_from(next(cards as u64)).unwrap_or(0) % cards.max(1)];
        let days_ago = i64::try_from(next(5 * 365)).unwrap_or(0);
        let date = today.checked_sub(days_ago.days()).unwrap_or(today);
        let currency = if next(10) < 7 {
            CURRENCIES[0]
        } else {
            CURRENCIES[1 + usize::try_from(next(3)).unwrap_or(0)]
        };
        let amount = if currency == iso_currency::Currency::JPY {
            Decimal::from(500 + next(60) * 100)
        } else {
            Decimal::new(i64::try_from(500 + next(20_000)).unwrap_or(0), 2)
        };
        let channel = Channel::ALL[usize::try_from(next(4)).unwrap_or(0)];
        archive.receipts.push(Receipt {
            date,
            card: Some(card.id),
            card_label: card.label.clone(),
            provider: card.provider.clone(),
            plan: card.plan.name.clone(),
            channel,
            amount: Money::new(amount, currency),
            order_number: format!("{}-{:06}", card.provider[..2].to_uppercase(), n),
            valid_from: Some(japan_day_at(now, -days_ago, 0, 0)),
            valid_until: Some(japan_day_at(now, 15 - days_ago, 23, 59)),
            notes: if n % 9 == 0 {
                "Paid at the airport counter.".into()
            } else {
                String::new()
            },
            ..Receipt::default()
        });
    }
    archive.adopt_people();
    archive
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_archive_is_sound_and_reproducible() {
        let now: Zoned = "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap();
        let a = large_archive(&now, 50, 2000);
        let b = large_archive(&now, 50, 2000);
        assert_eq!(a.cards.len(), 50);
        assert_eq!(a.receipts.len(), 2000);
        let orders = |x: &Archive| {
            x.receipts
                .iter()
                .map(|r| r.order_number.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(orders(&a), orders(&b));
        assert!(a.cards.iter().all(|c| c.errors().is_empty()));
        let currencies: std::collections::BTreeSet<_> = a
            .receipts
            .iter()
            .map(|r| r.amount.currency.code())
            .collect();
        assert_eq!(currencies.len(), 4);
    }

    #[test]
    fn the_demo_is_sound() {
        let now: Zoned = "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap();
        let archive = archive(&now);
        assert_eq!(archive.cards.len(), 3);
        for card in &archive.cards {
            assert!(
                card.errors().is_empty(),
                "{}: {:?}",
                card.label,
                card.errors()
            );
            assert!(
                card.id_warnings().is_empty(),
                "{}: {:?}",
                card.label,
                card.id_warnings()
            );
        }
        assert!(archive.receipts.iter().all(|r| r.card.is_some()));
        assert_eq!(
            archive.cards[0].validity_end.as_ref().unwrap().to_string(),
            "2026-11-24T23:59:00+09:00[Asia/Tokyo]"
        );
    }
}

//! The guide's content for each kind, the escaping of every user field, Markdown.

use super::*;
use crate::i18n::english;
use crate::i18n::format::TimesFor;
use crate::model::{Card, demo};

fn now() -> Zoned {
    "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

/// The demo card with its owner's and helper's names, as the guide gets it.
fn card(label: &str) -> Card {
    let archive = demo::archive(&now());
    let card = archive.cards.iter().find(|c| c.label == label).unwrap();
    archive.with_names(card)
}

fn titles(guide: &Guide) -> Vec<&str> {
    guide.steps.iter().map(|s| s.title.as_str()).collect()
}

#[test]
fn an_esim_guide_is_personal_and_complete() {
    let esim = card("Mum's eSIM");
    let guide = guide(&esim, &now(), &Settings::default(), english(), &japan());
    assert_eq!(guide.title, "How to renew Mum's eSIM");
    assert!(
        guide
            .intro
            .contains("Renew by Sat 2026-11-21 23:59 Japan time"),
        "{}",
        guide.intro
    );
    assert_eq!(
        titles(&guide),
        [
            "Check what is left",
            "Stay connected",
            "Open the website",
            "Choose the plan",
            "Enter the number",
            "Pay",
            "Check it worked",
            "Keep the proof"
        ]
    );
    assert!(guide.steps[1].action.contains("Do not delete the eSIM"));
    assert_eq!(
        guide.steps[2].link.as_deref(),
        Some("https://sora-esim.example/topup")
    );
    assert_eq!(
        guide.steps[4].detail.as_deref(),
        Some("8981100022152271918")
    );
    assert!(guide.steps[3].action.contains("Japan 10 GB / 15 days"));
    assert!(guide.steps[5].action.contains("Visa of Lin"));
    assert!(guide.steps[7].action.contains("Lin (daughter)"));
    let help: Vec<_> = guide
        .help
        .iter()
        .map(|f| (f.label.as_str(), f.value.as_str()))
        .collect();
    assert_eq!(
        help,
        [
            (
                "Support of Sora eSIM",
                "support@sora-esim.example, chat in the app"
            ),
            ("Lin (daughter)", "+86 138 0013 8000 (WeChat)")
        ]
    );
    // Before paying, at paying, after paying, then whom to call.
    assert_eq!(guide.failure_steps.len(), 4);
    let after = &guide.failure_steps[2];
    assert_eq!(after.title, "If you paid but the card still has no data");
    assert!(after.action.contains("Don't pay again"), "{}", after.action);
    assert!(
        !after.action.contains("another way to pay"),
        "after paying the guide never says to pay again: {}",
        after.action
    );
    assert!(
        after.action.contains("data roaming is allowed"),
        "an eSIM's own check"
    );
}

#[test]
fn the_deadline_follows_the_lead_time_setting() {
    let settings = Settings {
        lead_time_days: 5,
        ..Settings::default()
    };
    let guide = guide(&card("Mum's eSIM"), &now(), &settings, english(), &japan());
    assert!(
        guide
            .intro
            .contains("Renew by Thu 2026-11-19 23:59 Japan time"),
        "{}",
        guide.intro
    );
}

/// A guide for a reader who goes by Japan time.
fn japan() -> TimesFor {
    TimesFor::Reader(None)
}

#[test]
fn a_laptop_abroad_sees_both_times_on_screen() {
    let esim = card("Mum's eSIM");
    let berlin = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
    let here = TimesFor::ThisComputer(berlin);
    let guide = guide(&esim, &now(), &Settings::default(), english(), &here);
    assert!(
        guide.intro.contains("Japan time — 15:59 your time"),
        "{}",
        guide.intro
    );
}

#[test]
fn an_exported_guide_names_the_zone_of_every_time_it_gives() {
    // Exported on a laptop set to UTC, for a parent in Shanghai.
    let esim = card("Mum's eSIM");
    let utc_laptop = now().with_time_zone(jiff::tz::TimeZone::UTC);
    let shanghai = jiff::tz::TimeZone::get("Asia/Shanghai").unwrap();
    let settings = Settings::default();
    let for_mum = TimesFor::Reader(Some(shanghai));
    for format in [GuideFormat::Html, GuideFormat::Markdown] {
        let text = render(&esim, &utc_laptop, &settings, english(), format, &for_mum);
        assert!(
            text.contains("23:59 Japan time — 22:59 in China (Shanghai)"),
            "{text}"
        );
        assert!(!text.contains(":59 your time"), "{text}");
        // Without a reader's zone: Japan time alone, never the laptop's.
        let text = render(&esim, &utc_laptop, &settings, english(), format, &japan());
        assert!(text.contains("23:59 Japan time"), "{text}");
        assert!(
            !text.contains(":59 your time") && !text.contains("Japan time — "),
            "{text}"
        );
    }
    // In Chinese, for the same reader.
    let tr = I18n::new(crate::i18n::Lang::ZhHans);
    let text = render(
        &esim,
        &utc_laptop,
        &settings,
        &tr,
        GuideFormat::Markdown,
        &for_mum,
    );
    assert!(
        text.contains("日本时间，即中国（上海）时间 22:59"),
        "{text}"
    );
}

#[test]
fn a_sim_at_a_shop_and_a_router_have_their_own_steps() {
    let sim = card("Dad's SIM");
    let g = guide(&sim, &now(), &Settings::default(), english(), &japan());
    assert_eq!(titles(&g)[2], "Go to the shop");
    assert!(g.steps[2].action.contains("cash in yen"));
    assert!(
        g.steps[4]
            .action
            .starts_with("Show this number to the staff")
    );
    assert_eq!(g.steps[4].detail.as_deref(), Some("080-1234-5678"));

    let router = card("Family pocket WiFi");
    let g = guide(&router, &now(), &Settings::default(), english(), &japan());
    assert_eq!(
        titles(&g),
        [
            "Check the return date",
            "Ask for the extension",
            "Enter the number",
            "Pay",
            "Check the new return date",
            "Keep the router ready",
            "Keep the proof"
        ]
    );
    assert!(g.steps[0].action.contains("Kansai Airport Terminal 1"));
    assert!(
        g.steps[1]
            .action
            .contains("Wed 2026-11-25 21:00 Japan time")
    );
    assert!(
        g.steps[3].action.contains("1,100 JPY a day") && g.steps[3].action.contains("1,650 JPY")
    );
    assert_eq!(g.steps[2].detail.as_deref(), Some("TW-2026-118834"));

    let mut auto = sim.clone();
    auto.channel = Channel::Automatic;
    assert_eq!(
        titles(&guide(
            &auto,
            &now(),
            &Settings::default(),
            english(),
            &japan()
        ))[1],
        "Check the automatic renewal"
    );
}

/// A card whose every text field holds markup.
fn hostile() -> Card {
    let evil = "<script>alert(1)</script> \"quoted\" & 'single' *bold* [link](x)";
    let mut card = card("Mum's eSIM");
    card.label = format!("{evil} label");
    card.owner_name = format!("{evil} owner");
    card.provider = format!("{evil} provider");
    card.provider_website = "javascript:alert(1)".into();
    card.support_contact = format!("{evil} support");
    card.plan.name = format!("{evil} plan");
    card.ids.iccid = format!("{evil} iccid");
    card.payment.label = format!("{evil} payment");
    card.helper_name = format!("{evil} helper");
    card.helper_phone = format!("{evil} phone");
    card.notes = format!("{evil} notes");
    card
}

#[test]
fn html_escapes_every_user_field_and_runs_nothing() {
    let html = to_html(
        &guide(
            &hostile(),
            &now(),
            &Settings::default(),
            english(),
            &japan(),
        ),
        english(),
    );
    assert!(
        !html.contains("<script"),
        "no script element may reach the page"
    );
    assert!(!html.contains("href=\"javascript:"), "no script link");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;quoted&quot;"));
    assert!(html.contains("&amp; &#39;single&#39;"));
    for field in [
        "label", "provider", "support", "plan", "iccid", "payment", "helper", "phone",
    ] {
        assert!(
            html.contains(&format!(
                "&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39; *bold* [link](x) {field}"
            )),
            "{field} is not escaped"
        );
    }
    // Self-contained: inline style only, no scripts, no other files.
    assert!(html.contains("<style>") && html.contains("@page { size: A4"));
    assert!(!html.contains("<link") && !html.contains("src="));
}

#[test]
fn markdown_escapes_and_reads_well() {
    let esim = card("Mum's eSIM");
    let md = to_markdown(
        &guide(&esim, &now(), &Settings::default(), english(), &japan()),
        english(),
    );
    assert!(md.starts_with("# How to renew Mum's eSIM\n"));
    assert!(md.contains("- **Provider website**: <https://sora-esim.example/topup>"));
    assert!(md.contains("5. **Enter the number**"));
    assert!(md.contains("\n   You see: "), "{md}");
    assert!(md.contains("\n   You do: "), "{md}");
    assert!(md.contains("Renew by Sat 2026-11-21 23:59 Japan time."));
    assert!(md.contains("**8981100022152271918**"));
    assert!(md.contains("## If it does not work"));

    let hostile_md = to_markdown(
        &guide(
            &hostile(),
            &now(),
            &Settings::default(),
            english(),
            &japan(),
        ),
        english(),
    );
    assert!(!hostile_md.contains("<script>"));
    assert!(hostile_md.contains("\\*bold\\* \\[link\\](x)"));
    assert!(!hostile_md.contains("<javascript"), "no link to a script");
}

#[test]
fn paging_stops_at_the_ends_and_back_from_the_failure_steps_returns_to_the_step() {
    let guide = guide(
        &card("Mum's eSIM"),
        &now(),
        &Settings::default(),
        english(),
        &japan(),
    );
    let mut at = Position::default();
    assert!(!at.can_go_back());
    assert_eq!(at.back(), Position::Step(0));
    for _ in 0..5 {
        at = at.next(&guide);
    }
    assert_eq!(at, Position::Step(5));
    assert_eq!(at.steps(&guide)[at.index()].title, "Pay");

    let failure = at.failure();
    assert!(failure.is_failure());
    assert_eq!(
        failure.steps(&guide)[0].title,
        "If the page won't load, or refuses the card's numbers"
    );
    let further = failure.next(&guide);
    assert_eq!(further.index(), 1);
    assert_eq!(further.back(), failure);
    assert_eq!(
        failure.back(),
        Position::Step(5),
        "back where the reader was"
    );

    let mut end = Position::default();
    for _ in 0..20 {
        end = end.next(&guide);
    }
    assert_eq!(
        end,
        Position::Step(guide.steps.len()),
        "the end page, no further"
    );
    assert!(!end.can_go_on(&guide));
    assert!(end.steps(&guide).get(end.index()).is_none());
}

#[test]
fn chinese_markdown_uses_chinese_punctuation() {
    let tr = I18n::new(crate::i18n::Lang::ZhHans);
    let md = to_markdown(
        &guide(
            &card("Mum's eSIM"),
            &now(),
            &Settings::default(),
            &tr,
            &japan(),
        ),
        &tr,
    );
    assert!(
        md.contains("- **运营商网站**：<https://sora-esim.example/topup>"),
        "{md}"
    );
    assert!(md.contains("   你会看到：Sora eSIM"), "{md}");
    assert!(
        !md.contains("： "),
        "no space after a full-width colon:\n{md}"
    );
}

#[test]
fn only_web_addresses_become_links() {
    assert_eq!(
        link_target("sora.example/topup").as_deref(),
        Some("https://sora.example/topup")
    );
    assert_eq!(
        link_target("http://a.example").as_deref(),
        Some("http://a.example")
    );
    assert_eq!(link_target("javascript:alert(1)"), None);
    assert_eq!(link_target("data:text/html,x"), None);
    assert_eq!(link_target("call us"), None);
}

#[test]
fn the_failure_steps_ask_for_no_field_the_guide_does_not_have() {
    for lang in crate::i18n::Lang::ALL {
        let tr = I18n::new(lang);
        for label in ["Mum's eSIM", "Dad's SIM", "Family pocket WiFi"] {
            let guide = guide(&card(label), &now(), &Settings::default(), &tr, &japan());
            let all: String = guide
                .failure_steps
                .iter()
                .map(|s| s.action.as_str())
                .collect();
            let wizard = tr.t("recovery-charged");
            let refused = guide
                .failure_steps
                .iter()
                .any(|s| s.title == tr.t("recovery-paying-title"));
            assert!(!all.contains(&wizard), "{lang:?} {label}: {all}");
            if refused {
                assert!(
                    all.contains(&tr.t("guide-recovery-charged")),
                    "{lang:?} {label}"
                );
            }
        }
    }
}

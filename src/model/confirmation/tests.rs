//! The rules on short e-mails; the corpus in tests/data/mail tries them on whole ones.

use super::*;

fn mail(from: &str, text: &str) -> MailFacts {
    let (name, address) = from.split_once(" <").unwrap_or(("", from));
    MailFacts {
        sender_name: name.to_owned(),
        sender_address: address.trim_end_matches('>').to_owned(),
        subject: String::new(),
        sent: Some("2026-11-20T09:15:00+09:00[Asia/Tokyo]".parse().unwrap()),
        text: text.to_owned(),
    }
}

/// What [`read`] finds in `text` sent by `from`, knowing `providers`.
fn read_from(from: &str, text: &str, providers: &[KnownProvider]) -> Found {
    read(&mail(from, text), providers)
}

fn sora() -> Vec<KnownProvider> {
    vec![KnownProvider {
        name: "Sora eSIM".into(),
        website: "https://sora-esim.example/topup".into(),
    }]
}

#[expect(clippy::unnecessary_wraps, reason = "compared with an optional field")]
fn dec(text: &str) -> Option<Decimal> {
    Some(text.parse().unwrap())
}

#[test]
fn the_labelled_total_wins_over_subtotal_tax_and_unit_price() {
    let found = read_from(
        "Sora eSIM <orders@mail.sora-esim.example>",
        "Order No.: SORA-88120\nPlan: Japan 10 GB / 15 days\nUnit price ¥1,490\nSubtotal: ¥2,980\nTax: ¥0\nTotal: ¥2,980 JPY\n",
        &sora(),
    );
    assert_eq!(found.provider.as_deref(), Some("Sora eSIM"));
    assert_eq!(found.order_number.as_deref(), Some("SORA-88120"));
    assert_eq!(found.amount, dec("2980"));
    assert_eq!(found.currency, Some(Currency::JPY));
    assert_eq!(found.plan.as_deref(), Some("Japan 10 GB / 15 days"));
    assert_eq!(found.date, Some(Date::constant(2026, 11, 20)));
}

#[test]
fn yen_and_yuan_are_told_apart_by_the_words_around_the_sign() {
    let (jpy, cny) = (Some(Currency::JPY), Some(Currency::CNY));
    let cases = [
        ("合計 ￥３，３００円（税込）", "shop@example.com", jpy),
        ("实付款：¥149.00 元", "shop@example.com", cny),
        ("支付金额：￥88.00", "noreply@shop.example.cn", cny),
        ("お支払い金額 ￥1,100", "info@wifi.example.jp", jpy),
        ("お支払い金額 ￥1,100", "info@wifi.example.com", jpy),
        ("支付金额：￥88.00", "noreply@shop.example.com", cny),
        ("Total: ¥2,980", "billing@esim-shop.example.com", None),
    ];
    for (text, from, currency) in cases {
        let found = read_from(from, text, &[]);
        assert_eq!(found.currency, currency, "{text} from {from}");
        assert!(found.amount.is_some(), "{text}");
        assert_eq!(
            found.currency_doubt.is_some(),
            currency.is_none(),
            "{text}: a doubt exactly when open"
        );
    }
}

#[test]
fn other_currencies_are_read_from_their_signs() {
    for (text, amount, currency) in [
        ("Amount paid: US$14.99", "14.99", Currency::USD),
        ("總金額：NT$ 450", "450", Currency::TWD),
        ("Total HK$120.00", "120.00", Currency::HKD),
        ("Total: €12.50", "12.50", Currency::EUR),
        ("Grand total: 1,280 JPY", "1280", Currency::JPY),
    ] {
        let found = read_from("a@b.example", text, &[]);
        assert_eq!(found.amount, dec(amount), "{text}");
        assert_eq!(found.currency, Some(currency), "{text}");
    }
}

#[test]
fn dates_validity_iccid_and_activation_code() {
    let found = read_from(
        "Mirai <x@mirai-mobile.example>",
        "【ご注文番号】MM-STORE-7001\nご注文日：2026年11月21日\n有効期限：2026/12/31 23:59 (JST)\nICCID: 8981 1000 3318 4405 622\nActivation code: LPA:1$rsp.sora-esim.example$K2-7Q1ZX-9LQ3M8\n",
        &[],
    );
    assert_eq!(found.order_number.as_deref(), Some("MM-STORE-7001"));
    assert_eq!(found.date, Some(Date::constant(2026, 11, 21)));
    let Some(Until::Moment(end)) = found.valid_until else {
        panic!("{:?}", found.valid_until)
    };
    assert_eq!(end.to_string(), "2026-12-31T23:59:00+09:00[+09:00]");
    assert_eq!(found.iccid.as_deref(), Some("8981100033184405622"));
    assert_eq!(
        found.activation_code.as_deref(),
        Some("LPA:1$rsp.sora-esim.example$K2-7Q1ZX-9LQ3M8")
    );
    let english = read_from(
        "a@b.example",
        "Valid until: December 5, 2026\nOrder date: Nov 20, 2026",
        &[],
    );
    assert_eq!(
        english.valid_until,
        Some(Until::Day(Date::constant(2026, 12, 5)))
    );
    assert_eq!(english.date, Some(Date::constant(2026, 11, 20)));
    assert_eq!(english.order_number, None, "a date is no order number");
}

#[test]
fn an_unknown_sender_is_named_by_its_display_name() {
    let found = read_from("淘宝网 <shop@mail.taobao.example>", "订单号：4471", &sora());
    assert_eq!(found.provider.as_deref(), Some("淘宝网"));
}

//! Checks of the numbers that identify a card and a device.
//!
//! Printed numbers are often odd (spaces, a trailing `F`, hex letters), so the
//! identifier checks only warn; they never stop a person from saving. The one
//! thing refused outright is a payment card number in a free-text field.

use super::kinds::IdField;
use crate::i18n::Msg;

impl IdField {
    /// The warnings for a value of this field (numbers with a known format only).
    pub fn check(self, value: &str) -> Vec<IdWarning> {
        match self {
            IdField::PhoneNumber => check_phone(value),
            IdField::Iccid => check_iccid(value),
            IdField::Eid => check_eid(value),
            IdField::Imei => check_imei(value),
            IdField::RentalNumber | IdField::DeviceSerial => Vec::new(),
        }
    }
}

/// Something that looks wrong about an identifier. Shown beside the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdWarning {
    /// It has characters that are neither digits nor separators.
    NotDigits,
    /// An ICCID with hex letters: some real cards have them, but check it.
    HexLetters,
    /// It has an unusual number of digits.
    Length {
        /// How many digits it has.
        found: usize,
        /// How many it should have, as people write it ("19–20").
        expected: &'static str,
    },
    /// It does not start the way this kind of number starts.
    Prefix {
        /// The expected start ("89").
        expected: &'static str,
    },
    /// The last digit is not the Luhn check digit of the others.
    CheckDigit,
    /// An IMEI of 14 digits: the check digit is missing.
    ImeiCheckDigitMissing {
        /// The check digit that completes it.
        check_digit: u8,
    },
    /// An EID whose number mod 97 is not 1.
    EidChecksum,
    /// A phone number that is not a Japanese mobile number.
    NotJapaneseMobile,
}

impl IdWarning {
    /// What to tell the person.
    pub fn message(&self) -> Msg {
        match self {
            IdWarning::NotDigits => Msg::new("id-warn-not-digits"),
            IdWarning::HexLetters => Msg::new("id-warn-hex-letters"),
            IdWarning::Length { found, expected } => Msg::new("id-warn-length")
                .arg("found", *found)
                .arg("expected", *expected),
            IdWarning::Prefix { expected } => Msg::new("id-warn-prefix").arg("expected", *expected),
            IdWarning::CheckDigit => Msg::new("id-warn-check-digit"),
            IdWarning::ImeiCheckDigitMissing { check_digit } => {
                Msg::new("id-warn-imei-check-missing").arg("digit", u32::from(*check_digit))
            }
            IdWarning::EidChecksum => Msg::new("id-warn-eid-checksum"),
            IdWarning::NotJapaneseMobile => Msg::new("id-warn-not-jp-mobile"),
        }
    }
}

/// Removes the separators people type or that are printed: spaces, dashes, dots, slashes.
fn strip_separators(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '/' | '‐' | '–' | '—'))
        .collect()
}

/// Whether the digits pass the Luhn check (the last digit is the check digit).
pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    luhn_sum(digits.bytes().rev().map(|b| b - b'0'), false) % 10 == 0
}

/// The Luhn check digit that completes `digits`.
pub fn luhn_check_digit(digits: &str) -> Option<u8> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sum = luhn_sum(digits.bytes().rev().map(|b| b - b'0'), true);
    // `sum % 10` is below 10, so the check digit fits in a u8.
    Some(u8::try_from((10 - sum % 10) % 10).unwrap_or(0))
}

/// The Luhn sum of digits given from the rightmost; `double_first` doubles the rightmost one.
fn luhn_sum(digits_from_right: impl Iterator<Item = u8>, double_first: bool) -> u32 {
    digits_from_right
        .enumerate()
        .map(|(i, d)| {
            let d = u32::from(d);
            if (i % 2 == 0) == double_first {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum()
}

/// Cleans an ICCID as printed: separators and a trailing `F` go, letters become capitals.
pub fn clean_iccid(text: &str) -> String {
    let mut cleaned = strip_separators(text).to_ascii_uppercase();
    if cleaned.len() > 1 && cleaned.ends_with('F') {
        cleaned.pop();
    }
    cleaned
}

/// Checks an ICCID: digits, usually 19–20 of them, starting with 89, a Luhn check digit.
pub fn check_iccid(text: &str) -> Vec<IdWarning> {
    let cleaned = clean_iccid(text);
    if cleaned.is_empty() {
        return Vec::new();
    }
    let mut warnings = Vec::new();
    if !cleaned.chars().all(|c| c.is_ascii_hexdigit()) {
        warnings.push(IdWarning::NotDigits);
    } else if !cleaned.chars().all(|c| c.is_ascii_digit()) {
        warnings.push(IdWarning::HexLetters);
    }
    if !(19..=20).contains(&cleaned.len()) {
        warnings.push(IdWarning::Length {
            found: cleaned.len(),
            expected: "19–20",
        });
    }
    if !cleaned.starts_with("89") {
        warnings.push(IdWarning::Prefix { expected: "89" });
    }
    if warnings.is_empty() && !luhn_valid(&cleaned) {
        warnings.push(IdWarning::CheckDigit);
    }
    warnings
}

/// The checks a number of digits only starts with: an empty field says
/// nothing, one with other characters says so. `None` when it is all digits.
fn digit_warnings(cleaned: &str) -> Option<Vec<IdWarning>> {
    if cleaned.is_empty() {
        Some(Vec::new())
    } else if cleaned.bytes().all(|b| b.is_ascii_digit()) {
        None
    } else {
        Some(vec![IdWarning::NotDigits])
    }
}

/// The warning of a number `found` digits long where `expected` were expected.
fn wrong_length(found: usize, expected: &'static str) -> Vec<IdWarning> {
    vec![IdWarning::Length { found, expected }]
}

/// The checks of a number of exactly `length` digits (`expected`, written
/// out): those of [`digit_warnings`], then its length.
fn fixed_length_warnings(
    digits: &str,
    length: usize,
    expected: &'static str,
) -> Option<Vec<IdWarning>> {
    digit_warnings(digits)
        .or_else(|| (digits.len() != length).then(|| wrong_length(digits.len(), expected)))
}

/// Checks an IMEI: 15 digits with a Luhn check digit; 14 lack it; 16 are an IMEISV.
pub fn check_imei(text: &str) -> Vec<IdWarning> {
    let cleaned = strip_separators(text);
    if let Some(warnings) = digit_warnings(&cleaned) {
        return warnings;
    }
    match cleaned.len() {
        15 if luhn_valid(&cleaned) => Vec::new(),
        15 => vec![IdWarning::CheckDigit],
        14 => vec![IdWarning::ImeiCheckDigitMissing {
            check_digit: luhn_check_digit(&cleaned).unwrap_or(0),
        }],
        // An IMEISV carries a software version instead of a check digit.
        16 => Vec::new(),
        found => wrong_length(found, "15"),
    }
}

/// Checks an EID: exactly 32 digits, and the whole number mod 97 equals 1.
pub fn check_eid(text: &str) -> Vec<IdWarning> {
    let cleaned = strip_separators(text);
    if let Some(warnings) = fixed_length_warnings(&cleaned, 32, "32") {
        return warnings;
    }
    // 32 digits overflow u64 but fit u128 (< 10^32 < 2^107).
    let remainder = cleaned.parse::<u128>().map_or(0, |number| number % 97);
    if remainder == 1 {
        Vec::new()
    } else {
        vec![IdWarning::EidChecksum]
    }
}

/// The phone number in national form: `+81 90-1234-5678` becomes `09012345678`.
pub fn national_phone_digits(text: &str) -> String {
    let cleaned: String = strip_separators(text)
        .chars()
        .filter(|c| !matches!(c, '(' | ')'))
        .collect();
    for prefix in ["+81", "0081", "81"] {
        if let Some(rest) = cleaned.strip_prefix(prefix) {
            // "81…" alone is only a country code when the rest is a mobile number's length.
            if prefix != "81" || rest.len() == 10 {
                return format!("0{}", rest.trim_start_matches('0'));
            }
        }
    }
    cleaned
}

/// Checks a Japanese mobile number: 070, 080 or 090 (or 020 for data-only) and 8 more digits.
pub fn check_phone(text: &str) -> Vec<IdWarning> {
    let digits = national_phone_digits(text);
    if let Some(warnings) = fixed_length_warnings(&digits, 11, "11") {
        return warnings;
    }
    if ["070", "080", "090", "020"]
        .iter()
        .any(|prefix| digits.starts_with(prefix))
    {
        Vec::new()
    } else {
        vec![IdWarning::NotJapaneseMobile]
    }
}

/// A payment card number found in a free-text field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentCardFound {
    /// The last four digits, the only part the app may keep.
    pub last_four: String,
}

impl PaymentCardFound {
    /// What to tell the person, naming the field it was found in.
    pub fn message(&self, field: Msg) -> Msg {
        Msg::new("payment-card-refused")
            .arg("field", field)
            .arg("last_four", self.last_four.as_str())
    }
}

/// Looks for a payment card number in free text.
///
/// A run of digits (spaces or dashes between groups allowed) is a card number
/// when it starts like a card of a real issuer, has a length that issuer's
/// cards have, and passes the Luhn check ([`is_payment_card_number`]). A run
/// written after a `+` is an international phone number and is left alone.
pub fn find_payment_card(text: &str) -> Option<PaymentCardFound> {
    let mut digits = String::new();
    let mut pending_separator = false;
    let mut phone = false;
    let mut previous = None;
    let mut chars = text.chars().peekable();
    loop {
        let next = chars.next();
        match next {
            Some(c) if c.is_ascii_digit() => {
                if digits.is_empty() {
                    phone = previous == Some('+');
                }
                digits.push(c);
                pending_separator = false;
            }
            Some(' ' | '-') if !digits.is_empty() && !pending_separator => {
                pending_separator = true;
            }
            _ => {
                if !phone && is_payment_card_number(&digits) {
                    return Some(PaymentCardFound {
                        last_four: digits[digits.len() - 4..].to_owned(),
                    });
                }
                digits.clear();
                pending_separator = false;
                next?;
            }
        }
        previous = next;
    }
}

/// The question an order number asks when it looks like a payment card number
/// (an order number may, by chance): `None` once the person has said it is
/// the order number, or when it does not look like a card.
pub fn order_number_question(order: &str, confirmed: bool) -> Option<Msg> {
    if confirmed {
        return None;
    }
    find_payment_card(order)
        .map(|found| Msg::new("order-looks-like-card").arg("last_four", found.last_four.as_str()))
}

/// The card networks' number ranges (IIN): the first digits, as a range of
/// numbers of that many digits, and the lengths their cards have.
const ISSUERS: &[(u32, u32, &[usize])] = &[
    // Visa
    (4, 4, &[13, 16, 19]),
    // Mastercard, including the 2-series
    (51, 55, &[16]),
    (2221, 2720, &[16]),
    // American Express
    (34, 34, &[15]),
    (37, 37, &[15]),
    // JCB
    (3528, 3589, &[16, 17, 18, 19]),
    // UnionPay (and Discover's shared range)
    (62, 62, &[16, 17, 18, 19]),
    // Discover
    (6011, 6011, &[16, 17, 18, 19]),
    (644, 649, &[16, 17, 18, 19]),
    (65, 65, &[16, 17, 18, 19]),
    // Diners Club
    (300, 305, &[14, 16, 17, 18, 19]),
    (36, 36, &[14, 16, 17, 18, 19]),
    (38, 39, &[16, 17, 18, 19]),
    // Maestro
    (5018, 5018, &[13, 16, 17, 18, 19]),
    (5020, 5020, &[13, 16, 17, 18, 19]),
    (5038, 5038, &[13, 16, 17, 18, 19]),
    (5893, 5893, &[16, 17, 18, 19]),
    (6304, 6304, &[16, 17, 18, 19]),
    (6759, 6759, &[16, 17, 18, 19]),
    (6761, 6763, &[16, 17, 18, 19]),
    // Mir
    (2200, 2204, &[16, 17, 18, 19]),
];

/// Whether `digits` is a payment card number: an issuer's range, one of its
/// lengths, and a valid Luhn check digit. Luhn alone matches one number in
/// ten; a date-shaped order number such as 2026120112345675 is no card.
pub fn is_payment_card_number(digits: &str) -> bool {
    let issued = ISSUERS.iter().any(|&(low, high, lengths)| {
        let width = low.to_string().len();
        lengths.contains(&digits.len())
            && digits
                .get(..width)
                .and_then(|prefix| prefix.parse::<u32>().ok())
                .is_some_and(|prefix| (low..=high).contains(&prefix))
    });
    issued && luhn_valid(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The expected warning of a number of the wrong length, written out
    /// here rather than through the code under test.
    fn length_warning(found: usize, expected: &'static str) -> Vec<IdWarning> {
        vec![IdWarning::Length { found, expected }]
    }

    // Known good numbers: an ICCID from a real carrier's format (Luhn-valid),
    // the GSMA's example EID, and the IMEI from the 3GPP examples.
    const ICCID_GOOD: &str = "8981100022152271918";
    const EID_GOOD: &str = "89049032123451234512345678901235";
    const IMEI_GOOD: &str = "490154203237518";

    #[test]
    fn the_networks_test_numbers_are_cards_and_date_shaped_order_numbers_are_not() {
        for (network, number) in [
            ("Visa", "4111 1111 1111 1111"),
            ("Visa 13", "4222222222222"),
            ("Mastercard", "5555-5555-5555-4444"),
            ("Mastercard 2-series", "2223003122003222"),
            ("UnionPay", "6200000000000005"),
            ("UnionPay 19", "6212345678901234569"),
            ("JCB", "3530111333300000"),
            ("Amex", "378282246310005"),
            ("Discover", "6011111111111117"),
            ("Diners", "36227206271667"),
        ] {
            let found = find_payment_card(&format!("paid with {number} at the shop"));
            assert!(found.is_some(), "{network} {number}");
        }
        // Order numbers shaped like a date and a counter: a thousand of each
        // length, every one with a valid Luhn digit, none a card.
        let mut checked = 0;
        for n in 0..1000_u32 {
            let day = 1 + n % 28;
            let month = 1 + (n / 28) % 12;
            for tail in [format!("{n:07}"), format!("{n:010}")] {
                let body = format!("2026{month:02}{day:02}{tail}");
                let number = format!("{body}{}", luhn_check_digit(&body).unwrap());
                assert!(luhn_valid(&number));
                assert!(find_payment_card(&number).is_none(), "{number}");
                checked += 1;
            }
        }
        assert_eq!(checked, 2000);
        assert!(find_payment_card("2026120112345675").is_none());
        assert!(
            find_payment_card(ICCID_GOOD).is_none(),
            "an ICCID is no card"
        );
    }

    #[test]
    fn luhn_accepts_and_rejects() {
        assert!(luhn_valid("79927398713"));
        assert!(!luhn_valid("79927398710"));
        assert_eq!(luhn_check_digit("7992739871"), Some(3));
        assert!(!luhn_valid(""));
        assert!(!luhn_valid("12a4"));
    }

    #[test]
    fn a_good_iccid_passes_with_or_without_print_clutter() {
        assert!(luhn_valid(ICCID_GOOD));
        assert_eq!(check_iccid(ICCID_GOOD), vec![]);
        assert_eq!(check_iccid("8981 1000 2215 2271 918"), vec![]);
        assert_eq!(check_iccid("8981-1000-2215-2271-918F"), vec![]);
        assert_eq!(check_iccid(""), vec![]);
    }

    #[test]
    fn bad_iccids_warn() {
        assert_eq!(
            check_iccid("8981100022152271917"),
            vec![IdWarning::CheckDigit]
        );
        assert_eq!(check_iccid("898110002215227"), length_warning(15, "19–20"));
        assert_eq!(
            check_iccid("1981100022152271918"),
            vec![IdWarning::Prefix { expected: "89" }]
        );
        assert_eq!(
            check_iccid("8981100022152271A18"),
            vec![IdWarning::HexLetters]
        );
        assert!(check_iccid("89811000221522719xy").contains(&IdWarning::NotDigits));
    }

    #[test]
    fn imei_imeisv_and_missing_check_digit() {
        assert_eq!(check_imei(IMEI_GOOD), vec![]);
        assert_eq!(check_imei("49-015420-323751-8"), vec![]);
        assert_eq!(check_imei("490154203237519"), vec![IdWarning::CheckDigit]);
        assert_eq!(
            check_imei("49015420323751"),
            vec![IdWarning::ImeiCheckDigitMissing { check_digit: 8 }]
        );
        assert_eq!(
            check_imei("4901542032375101"),
            vec![],
            "IMEISV has no check digit"
        );
        assert_eq!(check_imei("4901542032"), length_warning(10, "15"));
        assert_eq!(check_imei("49015420323751X"), vec![IdWarning::NotDigits]);
    }

    #[test]
    fn eid_mod_97() {
        assert_eq!(check_eid(EID_GOOD), vec![]);
        assert_eq!(check_eid("8904 9032 1234 5123 4512 3456 7890 1235"), vec![]);
        assert_eq!(
            check_eid("89049032123451234512345678901234"),
            vec![IdWarning::EidChecksum]
        );
        assert_eq!(
            check_eid("8904903212345123451234567890123"),
            length_warning(31, "32")
        );
    }

    #[test]
    fn japanese_mobile_numbers() {
        assert_eq!(check_phone("090-1234-5678"), vec![]);
        assert_eq!(check_phone("+81 80 1234 5678"), vec![]);
        assert_eq!(check_phone("020-1234-5678"), vec![], "data-only numbers");
        assert_eq!(check_phone("03-1234-5678"), length_warning(10, "11"));
        assert_eq!(
            check_phone("050-1234-5678"),
            vec![IdWarning::NotJapaneseMobile]
        );
        assert_eq!(national_phone_digits("+81 90-1234-5678"), "09012345678");
    }

    #[test]
    fn payment_card_numbers_are_found_in_text() {
        // Test numbers published by card networks for testing.
        let visa = "4111 1111 1111 1111";
        assert_eq!(
            find_payment_card(&format!("paid with {visa} yesterday")),
            Some(PaymentCardFound {
                last_four: "1111".into()
            })
        );
        assert!(find_payment_card("5555-5555-5555-4444").is_some());
        assert!(
            find_payment_card("378282246310005").is_some(),
            "Amex, 15 digits"
        );
        assert!(find_payment_card("4111111111111111").is_some());
    }

    #[test]
    fn other_numbers_are_not_payment_cards() {
        assert_eq!(find_payment_card(ICCID_GOOD), None, "an ICCID is allowed");
        assert_eq!(find_payment_card("4111 1111 1111 1112"), None, "fails Luhn");
        assert_eq!(find_payment_card("090-1234-5678"), None);
        assert_eq!(find_payment_card("order 123456"), None);
        assert_eq!(find_payment_card("card ending 1111"), None);
        assert_eq!(find_payment_card(""), None);
        // A Luhn-valid run after "+" is an international phone number.
        assert_eq!(find_payment_card("call +4111 1111 1111 1111"), None);
        // Two short numbers separated by words are not joined.
        assert_eq!(find_payment_card("4111 1111, then 1111 1111"), None);
    }
}

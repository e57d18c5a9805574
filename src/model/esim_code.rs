//! An eSIM's activation code, as its QR code holds it (GSMA SGP.22):
//! `LPA:1$<SM-DP+ address>$<matching ID>[$<OID>[$1]]`. Until the eSIM is
//! installed the code is a secret (whoever scans it first gets the eSIM);
//! after, it is spent.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// A card's activation code and whether it has been installed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct EsimCode {
    /// The code, `LPA:1$…`; empty when none is kept.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// Whether it was installed on the phone (the code is spent).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub installed: bool,
}

impl EsimCode {
    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.code.is_empty() && !self.installed
    }
}

/// An activation code read into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lpa {
    /// The SM-DP+ server the phone downloads the eSIM from.
    pub smdp: String,
    /// The matching ID the provider gave for this eSIM.
    pub matching_id: String,
    /// The SM-DP+ OID, when the code carries one.
    pub oid: Option<String>,
    /// Whether the provider also gives a confirmation code to type (never in the QR).
    pub needs_confirmation_code: bool,
}

/// Why a text is no activation code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LpaError {
    /// It does not start with `LPA:1$`.
    Prefix,
    /// The SM-DP+ address is no host name.
    Address,
    /// There is no matching ID (nothing after the address, or no second `$`).
    MissingMatchingId,
    /// The matching ID holds other than letters, digits and dashes.
    MatchingId,
    /// The OID is not dotted digits.
    Oid,
    /// Something follows that the format does not have.
    Trailing,
}

impl LpaError {
    /// What to tell the person.
    pub fn message(self) -> Msg {
        Msg::new(msg_ids!(match self {
            LpaError::Prefix => "lpa-prefix",
            LpaError::Address => "lpa-address",
            LpaError::MissingMatchingId => "lpa-matching-id-missing",
            LpaError::MatchingId => "lpa-matching-id",
            LpaError::Oid => "lpa-oid",
            LpaError::Trailing => "lpa-trailing",
        }))
    }
}

/// Reads an activation code, as typed or pasted (spaces around it are fine).
pub fn parse_lpa(text: &str) -> Result<Lpa, LpaError> {
    let text = text.trim();
    let rest = text
        .get(..6)
        .filter(|head| head.eq_ignore_ascii_case("LPA:1$"))
        .map(|_| &text[6..])
        .ok_or(LpaError::Prefix)?;
    let mut parts = rest.split('$');
    let smdp = parts.next().unwrap_or_default();
    let host_ok = smdp.contains('.')
        && smdp.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if !host_ok {
        return Err(LpaError::Address);
    }
    let matching_id = parts.next().unwrap_or_default();
    if matching_id.is_empty() {
        return Err(LpaError::MissingMatchingId);
    }
    if !matching_id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        return Err(LpaError::MatchingId);
    }
    let oid = match parts.next() {
        None | Some("") => None,
        Some(oid)
            if oid
                .split('.')
                .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())) =>
        {
            Some(oid.to_owned())
        }
        Some(_) => return Err(LpaError::Oid),
    };
    let needs_confirmation_code = match parts.next() {
        None => false,
        Some("1") => true,
        Some(_) => return Err(LpaError::Trailing),
    };
    if parts.next().is_some() {
        return Err(LpaError::Trailing);
    }
    Ok(Lpa {
        smdp: smdp.to_owned(),
        matching_id: matching_id.to_owned(),
        oid,
        needs_confirmation_code,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_as_providers_print_them() {
        let lpa = parse_lpa(" LPA:1$rsp.sora-esim.example$K2-7Q1ZX-9LQ3M8 ").unwrap();
        assert_eq!(lpa.smdp, "rsp.sora-esim.example");
        assert_eq!(lpa.matching_id, "K2-7Q1ZX-9LQ3M8");
        assert_eq!(lpa.oid, None);
        assert!(!lpa.needs_confirmation_code);
        let full = parse_lpa("lpa:1$smdp.example.com$ABC123$1.3.6.1.4.1.31746$1").unwrap();
        assert_eq!(full.oid.as_deref(), Some("1.3.6.1.4.1.31746"));
        assert!(full.needs_confirmation_code);
        let no_oid = parse_lpa("LPA:1$smdp.example.com$ABC123$$1").unwrap();
        assert!(no_oid.needs_confirmation_code);
    }

    #[test]
    fn what_is_not_a_code_says_why() {
        let why = |texts: &[&str], error: LpaError| {
            for text in texts {
                assert_eq!(parse_lpa(text), Err(error), "{text}");
            }
        };
        let prefix = ["https://smdp.example.com/ABC", "LPA:2$smdp.example.com$ABC"];
        why(&prefix, LpaError::Prefix);
        why(
            &["LPA:1$localhost$ABC", "LPA:1$smdp..example$ABC"],
            LpaError::Address,
        );
        let missing = ["LPA:1$rsp.example.com", "LPA:1$smdp.example.com$"];
        why(&missing, LpaError::MissingMatchingId);
        why(&["LPA:1$smdp.example.com$AB C"], LpaError::MatchingId);
        why(&["LPA:1$smdp.example.com$ABC$1.x"], LpaError::Oid);
        why(&["LPA:1$smdp.example.com$ABC$$2"], LpaError::Trailing);
    }
}

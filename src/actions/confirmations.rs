//! Confirmation e-mails: read what one says (`koshin read`, dropping it on
//! the window), and add a receipt from it with the e-mail attached.

use std::path::Path;

use jiff::Zoned;

use super::{Level, Outcome, Said, read_file, shown};
use crate::formats::email::{self, MailKind};
use crate::formats::pdf;
use crate::i18n::{I18n, Msg};
use crate::model::confirmation::{self, Found, FoundField, KnownProvider, Until};
use crate::model::receipt_draft::{ReceiptDraft, ReceiptField};
use crate::model::{Archive, CardId};
use crate::store::attachments;

/// Reads the e-mail at `path` by the rules, matching its sender against the
/// archive's providers; an activation code only in a QR image is decoded.
pub fn read_mail(archive: &Archive, path: &Path) -> Result<Found, Msg> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some(kind) = MailKind::of_name(&name) else {
        return Err(Msg::new("mail-not-mail").arg("path", shown(path)));
    };
    let bytes = read_file(path)?;
    let mut file = email::read(&bytes, kind)
        .ok_or_else(|| Msg::new("mail-unreadable").arg("path", shown(path)))?;
    // A PDF's text (the file itself, or one attached) is read with the same rules.
    let mut unread = Vec::new();
    for (pdf_name, pdf) in std::mem::take(&mut file.pdfs) {
        let pdf_name = if pdf_name.is_empty() {
            name.clone()
        } else {
            pdf_name
        };
        match pdf::text_of(&pdf) {
            Ok(text) => {
                if !file.facts.text.is_empty() {
                    file.facts.text.push('\n');
                }
                file.facts.text.push_str(&text);
            }
            Err(problem) => {
                unread.push(Msg::new(problem.message_id()).arg("name", pdf_name));
            }
        }
    }
    let mut providers: Vec<KnownProvider> = Vec::new();
    for card in &archive.cards {
        if !card.provider.trim().is_empty() && !providers.iter().any(|p| p.name == card.provider) {
            providers.push(KnownProvider {
                name: card.provider.clone(),
                website: card.provider_website.clone(),
            });
        }
    }
    let mut found = confirmation::read(&file.facts, &providers);
    found.unread = unread;
    if found.activation_code.is_none() {
        found.activation_code = file
            .images
            .iter()
            .flat_map(|image| email::qr_codes(image))
            .find(|code| crate::model::esim_code::parse_lpa(code).is_ok());
        if found.activation_code.is_some() {
            found
                .missing
                .retain(|(field, _)| *field != FoundField::ActivationCode);
        }
    }
    Ok(found)
}

/// The eSIM activation code in the QR code of an image (a screenshot, the
/// e-mail's picture), or why there is none.
pub fn read_activation_code(path: &Path) -> Result<String, Msg> {
    let bytes = read_file(path)?;
    let codes = email::qr_codes(&bytes);
    if codes.is_empty() {
        return Err(Msg::new("qr-none").arg("path", shown(path)));
    }
    codes
        .into_iter()
        .find(|code| crate::model::esim_code::parse_lpa(code).is_ok())
        .ok_or_else(|| Msg::new("qr-not-esim").arg("path", shown(path)))
}

/// The fields of what was found, in order: each one's field, message id
/// of its name and key in JSON, and its value.
fn fields(found: &Found) -> [(FoundField, &'static str, &'static str, Option<String>); 9] {
    [
        (
            FoundField::Provider,
            msg_id!("mail-field-provider"),
            "provider",
            found.provider.clone(),
        ),
        (
            FoundField::OrderNumber,
            msg_id!("mail-field-order"),
            "order_number",
            found.order_number.clone(),
        ),
        (
            FoundField::Amount,
            msg_id!("mail-field-amount"),
            "amount",
            found.amount.map(|a| a.to_string()),
        ),
        (
            FoundField::Currency,
            msg_id!("mail-field-currency"),
            "currency",
            found.currency.map(|c| c.code().to_owned()),
        ),
        (
            FoundField::Date,
            msg_id!("mail-field-date"),
            "date",
            found.date.map(|d| d.to_string()),
        ),
        (
            FoundField::ValidUntil,
            msg_id!("mail-field-valid-until"),
            "valid_until",
            until_text(found.valid_until.as_ref()),
        ),
        (
            FoundField::Plan,
            msg_id!("mail-field-plan"),
            "plan",
            found.plan.clone(),
        ),
        (
            FoundField::Iccid,
            msg_id!("mail-field-iccid"),
            "iccid",
            found.iccid.clone(),
        ),
        (
            FoundField::ActivationCode,
            msg_id!("mail-field-activation-code"),
            "activation_code",
            found.activation_code.clone(),
        ),
    ]
}

/// Why a field is missing: the reader's reason, or the yen-or-yuan doubt.
fn why_missing(found: &Found, field: FoundField) -> Option<Msg> {
    if field == FoundField::Currency
        && found.amount.is_some()
        && let Some(doubt) = found.currency_doubt
    {
        return Some(Msg::new(doubt.message_id()));
    }
    if field == FoundField::Currency && found.amount.is_none() {
        return None;
    }
    found.why_missing(field).cloned()
}

/// What was found, one line per field, each missing one with its reason,
/// then what could not be read: for `koshin read` and the app's notice.
pub fn found_lines(found: &Found) -> Vec<Msg> {
    let mut lines: Vec<Msg> = fields(found)
        .into_iter()
        .filter(|(field, _, _, value)| {
            // The currency has its own line only when the amount is there.
            *field != FoundField::Currency || found.amount.is_some() || value.is_some()
        })
        .map(|(field, name, _, value)| match value {
            Some(value) => Msg::new("mail-found-line")
                .arg("field", Msg::new(name))
                .arg("value", value),
            None => match why_missing(found, field) {
                Some(why) => Msg::new("mail-found-missing")
                    .arg("field", Msg::new(name))
                    .arg("why", why),
                None => Msg::new("mail-found-line")
                    .arg("field", Msg::new(name))
                    .arg("value", "—"),
            },
        })
        .collect();
    lines.extend(found.unread.iter().cloned());
    lines
}

/// A validity end as RFC 3339 (with its offset) or a plain date.
fn until_text(until: Option<&Until>) -> Option<String> {
    until.map(|until| match until {
        Until::Day(day) => day.to_string(),
        Until::Moment(moment) => moment
            .timestamp()
            .display_with_offset(moment.offset())
            .to_string(),
    })
}

/// What was found as one JSON object: every key present, a string or null;
/// `why_missing` gives each null field's reason and `unread` what could not
/// be read, in the language of `tr`.
pub fn found_json(found: &Found, tr: &I18n) -> String {
    let mut object = serde_json::Map::new();
    let mut why = serde_json::Map::new();
    for (field, _, key, value) in fields(found) {
        if value.is_none()
            && let Some(reason) = why_missing(found, field)
        {
            why.insert(key.to_owned(), tr.msg(&reason).into());
        }
        object.insert(key.to_owned(), value.into());
    }
    object.insert("why_missing".to_owned(), why.into());
    let unread: Vec<serde_json::Value> = found.unread.iter().map(|m| tr.msg(m).into()).collect();
    object.insert("unread".to_owned(), unread.into());
    serde_json::to_string_pretty(&serde_json::Value::Object(object)).unwrap_or_default()
}

/// The receipt form for a new receipt of `card`, filled from the e-mail at
/// `path`, with the fields that were read.
pub fn draft_from_mail(
    archive: &Archive,
    path: &Path,
    card: Option<CardId>,
    now: &Zoned,
) -> Result<
    (
        ReceiptDraft,
        std::collections::BTreeSet<ReceiptField>,
        Found,
    ),
    Msg,
> {
    let found = read_mail(archive, path)?;
    let mut draft = ReceiptDraft::new_receipt(now.date());
    // The card the e-mail's provider belongs to, when only one card has it.
    let card = card.or_else(|| {
        let provider = found.provider.as_deref()?;
        let mut matching = archive.cards.iter().filter(|c| c.provider == provider);
        let first = matching.next()?;
        matching.next().is_none().then_some(first.id)
    });
    draft.choose_card(archive, card);
    let filled = draft.fill_from_mail(&found);
    Ok((draft, filled, found))
}

/// A new receipt read from a confirmation e-mail: the form's draft (the
/// e-mail attached), the fields the e-mail filled, and what was found.
#[derive(Debug)]
pub struct MailReceipt {
    /// The receipt form's draft, with the e-mail attached.
    pub draft: ReceiptDraft,
    /// The fields the e-mail filled, for the person to check.
    pub filled: std::collections::BTreeSet<ReceiptField>,
    /// What the e-mail says.
    pub found: Found,
}

/// Reads the e-mail at `path` into a new receipt's draft for `card` (or the
/// card of its provider), copies the e-mail into the archive's attachments,
/// and keeps the e-mail's eSIM activation code on the eSIM it is for. What
/// the app's "Add receipt from e-mail…" and `koshin import receipt` share;
/// the outcome says whether the card changed.
pub fn receipt_from_mail(
    archive: &mut Archive,
    data_dir: &Path,
    path: &Path,
    card: Option<CardId>,
    now: &Zoned,
) -> Result<(MailReceipt, Outcome), Msg> {
    let (mut draft, filled, found) = draft_from_mail(archive, path, card, now)?;
    let attachment = attachments::attach(data_dir, path).map_err(|e| e.message())?;
    draft.attachments.push(attachment);
    let kept = match (found.activation_code.as_deref(), draft.card) {
        (Some(code), Some(card)) => super::cards::keep_esim_code(archive, card, code),
        _ => Outcome::nothing(),
    };
    Ok((
        MailReceipt {
            draft,
            filled,
            found,
        },
        kept,
    ))
}

/// `koshin import receipt FILE --card LABEL`: adds the receipt the e-mail
/// describes, with the e-mail attached (and its eSIM code kept on the card).
/// Refused when the e-mail gives no amount (or no currency) and the command
/// line does not either.
pub fn import_receipt(
    archive: &mut Archive,
    data_dir: &Path,
    path: &Path,
    card: CardId,
    amount: Option<&str>,
    currency: Option<&str>,
    now: &Zoned,
) -> Outcome {
    let mut edited = archive.clone();
    let (read, kept) = match receipt_from_mail(&mut edited, data_dir, path, Some(card), now) {
        Ok(read) => read,
        Err(msg) => return Outcome::failed(msg),
    };
    let MailReceipt {
        mut draft, found, ..
    } = read;
    if let Some(amount) = amount {
        amount.clone_into(&mut draft.amount);
    } else if found.amount.is_none() {
        return Outcome::failed(Msg::new("mail-no-amount").arg("path", shown(path)));
    }
    if let Some(currency) = currency {
        currency.clone_into(&mut draft.currency);
    } else if draft.currency.is_empty() {
        let mut outcome = Outcome::failed(Msg::new("mail-no-currency").arg("path", shown(path)));
        if let Some(doubt) = found.currency_doubt {
            outcome.said[0].details.push(Msg::new(doubt.message_id()));
        }
        return outcome;
    }
    let receipt = match draft.build(&edited) {
        Ok(receipt) => receipt,
        Err(problems) => {
            return Outcome::failed_with(
                Msg::new("mail-receipt-refused").arg("path", shown(path)),
                problems.into_iter().map(|(_, msg)| msg).collect(),
            );
        }
    };
    let summary = Msg::new("mail-receipt-added")
        .arg("amount", receipt.amount.to_string())
        .arg("card", receipt.card_label.clone());
    edited.receipts.push(receipt);
    // Nothing changes unless the receipt is added.
    *archive = edited;
    Outcome {
        changed: true,
        said: vec![Said {
            level: Level::Success,
            msg: summary,
            details: found_lines(&found),
        }],
    }
    .and(kept)
}

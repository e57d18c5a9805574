//! What a confirmation (an e-mail, or a PDF's text) says about a purchase,
//! found by rules rather than one pattern per seller: every label of every
//! language in one table (labels.rs), money and date grammars that know the
//! marks and forms sellers write (amounts.rs, dates.rs), and a score that
//! picks among the candidates — a labelled total beats an unlabelled amount,
//! "Total paid" beats "Total", and a subtotal, a unit price, a deposit or an
//! upsell is never the total. A field not found says why. No I/O: the text
//! arrives as text.
//!
//! "¥" is both the yen and the yuan. The words beside the amount (円, 元)
//! decide; then the words of the whole text, its language and the sender's
//! domain; when nothing does, the currency is left for the person to choose,
//! with the reason.

use iso_currency::Currency;
use jiff::Zoned;
use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::i18n::Msg;

/// The e-mail as the rules read it.
#[derive(Debug, Clone, Default)]
pub struct MailFacts {
    /// The sender's display name ("Sora eSIM").
    pub sender_name: String,
    /// The sender's address ("orders@sora-esim.example").
    pub sender_address: String,
    /// The subject.
    pub subject: String,
    /// When it was sent, in the sender's offset.
    pub sent: Option<Zoned>,
    /// Every text body, HTML read as text, forwarded messages included.
    pub text: String,
}

/// A provider the archive knows: its name and website.
#[derive(Debug, Clone)]
pub struct KnownProvider {
    /// As the archive names it.
    pub name: String,
    /// Its website (for its domain).
    pub website: String,
}

/// When the bought validity ends, as precisely as the e-mail says.
#[derive(Debug, Clone, PartialEq)]
pub enum Until {
    /// A day.
    Day(Date),
    /// A moment with its zone.
    Moment(Zoned),
}

/// Why the currency was left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrencyDoubt {
    /// A bare ¥ and nothing that says yen or yuan.
    YenOrYuan,
}

impl CurrencyDoubt {
    /// The message id of the reason.
    pub fn message_id(self) -> &'static str {
        match self {
            CurrencyDoubt::YenOrYuan => msg_id!("mail-yen-or-yuan"),
        }
    }
}

/// What was found; each field is `None` when the e-mail does not say it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    /// The provider, as the archive names it when it knows the sender.
    pub provider: Option<String>,
    /// The order number.
    pub order_number: Option<String>,
    /// The total paid.
    pub amount: Option<Decimal>,
    /// Its currency.
    pub currency: Option<Currency>,
    /// Why the currency is open, when there is an amount but no currency.
    pub currency_doubt: Option<CurrencyDoubt>,
    /// The purchase date.
    pub date: Option<Date>,
    /// When the validity ends.
    pub valid_until: Option<Until>,
    /// The plan.
    pub plan: Option<String>,
    /// The ICCID, digits only.
    pub iccid: Option<String>,
    /// An eSIM activation code, `LPA:1$…`.
    pub activation_code: Option<String>,
    /// Why each field that was not found is missing.
    pub missing: Vec<(FoundField, Msg)>,
    /// What could not be read (an attached PDF), and why.
    pub unread: Vec<Msg>,
}

/// A field of what was found, to say why it is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FoundField {
    /// The provider.
    Provider,
    /// The order number.
    OrderNumber,
    /// The amount.
    Amount,
    /// The currency.
    Currency,
    /// The purchase date.
    Date,
    /// The validity end.
    ValidUntil,
    /// The plan.
    Plan,
    /// The ICCID.
    Iccid,
    /// The activation code.
    ActivationCode,
}

impl Found {
    /// Why `field` is missing, when it is.
    pub fn why_missing(&self, field: FoundField) -> Option<&Msg> {
        self.missing
            .iter()
            .find(|(missing, _)| *missing == field)
            .map(|(_, why)| why)
    }
}

mod amounts;
mod dates;
mod labels;
mod lines;
mod reader;
#[cfg(test)]
mod tests;

pub use reader::read;

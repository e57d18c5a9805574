//! The domain, without any UI: cards, receipts, money, identifiers, the archive.

pub mod archive;
pub mod card;
pub mod checklist;
pub mod demo;
pub mod form;
pub mod history;
pub mod identifiers;
pub mod money;
pub mod plan;
pub mod receipt;
pub mod receipt_form;
pub mod receipts;

pub use archive::{Archive, SCHEMA_VERSION, Settings, ThemeChoice};
pub use card::{Card, CardError, CardField, CardId, CardKind, Channel, IdField, Plan, PlanKind};
pub use money::Money;
pub use receipt::{Attachment, Receipt, ReceiptId};

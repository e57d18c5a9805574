//! The domain, without any UI: cards, receipts, money, identifiers, the archive.

pub mod alarms;
pub mod archive;
pub mod card;
pub mod card_draft;
pub mod checklist;
pub mod confirmation;
pub mod demo;
pub mod esim_code;
pub mod history;
pub mod identifiers;
pub mod input;
pub mod kinds;
pub mod merge;
pub mod money;
pub mod person;
pub mod plan;
pub mod precaution;
pub mod receipt;
pub mod receipt_columns;
pub mod receipt_draft;
pub mod receipts;
pub mod recovery;
pub mod renewal;
pub mod settings;
pub mod trip;
pub mod trip_report;

pub use archive::{Archive, SCHEMA_VERSION};
pub use card::{Card, CardError, CardField, CardId, CardKind, Channel, IdField, Plan, PlanKind};
pub use money::Money;
pub use person::{Person, PersonId, Reader};
pub use receipt::{Attachment, Receipt, ReceiptId};
pub use settings::{Settings, ThemeChoice};
pub use trip::{Rate, RateId, RateSource, Trip, TripId};

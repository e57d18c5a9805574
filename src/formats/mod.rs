//! Files Kōshin writes for other programs: the reminder calendar, receipts as
//! CSV, the family guide and shared cards. No egui here.

pub mod card_file;
pub mod csv;
pub mod email;
pub mod guide;
pub mod ics;
pub mod pdf;
pub mod schedule;

use std::path::Path;

use crate::i18n::Msg;

/// Writes an exported file atomically, so that a failed export leaves no half file.
pub fn write_file(path: &Path, text: &str) -> Result<(), Msg> {
    crate::store::write_atomic(path, text.as_bytes()).map_err(|e| e.message())
}

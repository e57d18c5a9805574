//! Files Kōshin writes for other programs: the reminder calendar, receipts as
//! CSV, the family guide and shared cards. No egui here.

pub mod card_file;
pub mod csv;
pub mod email;
pub mod guide;
pub mod ics;
pub mod pdf;
pub mod schedule;
pub mod trip;

use std::path::Path;

use crate::i18n::Msg;

/// Writes an exported file atomically, so that a failed export leaves no half file.
pub fn write_file(path: &Path, text: &str) -> Result<(), Msg> {
    write_bytes(path, text.as_bytes())
}

/// Writes an exported file of bytes (a picture) atomically.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), Msg> {
    crate::store::write_atomic(path, bytes).map_err(|e| e.message())
}

//! What the screens ask the app to do. Screens never change the archive or
//! touch files themselves: they push a `Command`, and `app.rs` applies it after
//! the frame and saves.

use std::path::PathBuf;

use crate::model::{Card, CardId, ThemeChoice};

/// One request from a screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Add a card, or replace the card with the same id.
    SaveCard(Box<Card>),
    /// Delete a card; its receipts stay, unlinked.
    DeleteCard(CardId),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Show a folder in the system's file manager.
    OpenFolder(PathBuf),
    /// Replace a damaged archive with its newest readable backup.
    RestoreBackup,
    /// Move a damaged archive aside and start an empty one.
    StartNewArchive,
    /// Open the archive again (after another copy of the app has closed it).
    ReopenArchive,
    /// Try a failed save again.
    RetrySave,
    /// Hide a notice.
    DismissNotice(usize),
}

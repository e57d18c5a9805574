//! What the app is started with: the data folder, the clock, the language;
//! the archive being read while the window starts, and opening it in full
//! after a first frame drawn from a preview.

use std::path::PathBuf;

use jiff::Zoned;

use super::Screens;
use super::document::Document;
use crate::actions::Level;
use crate::i18n::{Lang, Msg};

/// Where the app's "now" comes from: the system clock, or a fixed moment in tests.
#[derive(Debug, Clone)]
pub enum Clock {
    /// The system clock, in the laptop's time zone.
    System,
    /// A fixed moment (tests and screenshots).
    Fixed(Zoned),
}

impl Clock {
    /// The present moment.
    pub fn now(&self) -> Zoned {
        match self {
            Clock::System => Zoned::now(),
            Clock::Fixed(now) => now.clone(),
        }
    }
}

/// The archive being read on another thread while the window starts (and
/// the CJK font unpacked on a third).
pub struct Opening(Option<std::thread::JoinHandle<Opened>>);

/// What the thread read.
pub(super) enum Opened {
    /// The archive, opened.
    Whole(Document),
    /// A large archive's [`preview`](crate::store::preview), everything but
    /// its receipts: the window's first frame shows it, and the app opens the
    /// archive in full at the start of the next, before anything else.
    Preview(Document),
}

impl Opening {
    /// Starts reading the archive in `options.data_dir`.
    pub(super) fn start(options: &AppOptions) -> Self {
        crate::ui::fonts::unpack_in_background();
        let dir = options.data_dir.clone();
        let now = options.clock.now().timestamp();
        let thread = std::thread::Builder::new()
            .name("koshin-open".into())
            .spawn(move || match crate::store::preview(&dir) {
                Some(archive) => Opened::Preview(Document::preview(&dir, archive)),
                None => Opened::Whole(Document::open(&dir, now)),
            })
            .inspect_err(|error| log::info!("the archive is read on the window's thread: {error}"))
            .ok();
        Self(thread)
    }

    /// What was read, once the thread is done; `None` when no thread could
    /// be started or it failed, and the caller reads the archive itself.
    pub(super) fn join(self) -> Option<Opened> {
        self.0.and_then(|thread| thread.join().ok())
    }
}

impl super::KoshinApp {
    /// Opens the archive in full when the window shows a preview of it. The
    /// screens start again, since what they kept came from the preview.
    pub(super) fn finish_opening(&mut self) {
        if !std::mem::take(&mut self.previewing) {
            return;
        }
        let now = self.options.clock.now();
        self.document = Document::open(&self.options.data_dir, now.timestamp());
        self.screens = Screens::default();
        self.after_open();
    }

    /// Watches the archive just opened, and says when another computer has it open.
    pub(super) fn after_open(&mut self) {
        self.watch_document();
        let now = self.options.clock.now();
        if let Some(holder) = self.document.store().open_elsewhere() {
            let msg = crate::actions::sync::open_elsewhere(holder, &now);
            self.notify(Level::Warning, &msg);
        }
    }

    /// Watches the open archive's folder for other devices' changes; says
    /// once when that cannot be done.
    pub(super) fn watch_document(&mut self) {
        let dir = self.document.dir().to_path_buf();
        if self
            .watch
            .watch(&dir, self.document.store().known())
            .is_err()
            && !self.told.no_watch
        {
            self.told.no_watch = true;
            self.notify(Level::Warning, &Msg::new("watch-unavailable"));
        }
    }

    /// Whether changes can be made: a preview looks as the archive will once
    /// it is opened in full, which it is before any change is made.
    pub(super) fn writable(&self) -> bool {
        self.previewing || self.document.is_writable()
    }
}

/// What the app is started with.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// The data folder holding `koshin.ron`.
    pub data_dir: PathBuf,
    /// The clock.
    pub clock: Clock,
    /// Whether the data folder is a throwaway copy (`--demo`), said in the navigation.
    pub temporary: bool,
    /// The system's language, used until the person chooses one in Settings.
    pub system_language: Lang,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Archive, Card, CardKind};

    #[test]
    fn the_archive_is_read_on_another_thread() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive {
            cards: vec![Card::new(CardKind::Esim, "Mum's eSIM")],
            ..Archive::default()
        };
        crate::actions::archive::write_archive_once(dir.path(), &archive).unwrap();
        let options = AppOptions {
            data_dir: dir.path().to_path_buf(),
            clock: Clock::System,
            temporary: false,
            system_language: Lang::En,
        };
        let opening = Opening::start(&options);
        assert!(opening.0.is_some(), "no thread was started");
        let Some(Opened::Whole(document)) = opening.join() else {
            panic!("a small archive is opened whole");
        };
        assert_eq!(document.archive().cards[0].label, "Mum's eSIM");
        assert!(document.is_writable());
    }

    #[test]
    fn a_large_archive_is_previewed_without_its_receipts_and_the_preview_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let now = Zoned::now();
        let archive = crate::model::demo::large_archive(&now, 4, 3_000);
        crate::actions::archive::write_archive_once(dir.path(), &archive).unwrap();
        let before = std::fs::read(crate::store::archive_path(dir.path())).unwrap();
        let options = AppOptions {
            data_dir: dir.path().to_path_buf(),
            clock: Clock::System,
            temporary: false,
            system_language: Lang::En,
        };
        let Some(Opened::Preview(mut preview)) = Opening::start(&options).join() else {
            panic!("a large archive is previewed");
        };
        assert_eq!(preview.archive().cards, archive.cards);
        assert!(preview.archive().receipts.is_empty());
        assert!(!preview.is_writable() && !preview.store().holds_lock());
        assert!(
            preview.blocked().is_none(),
            "the preview says nothing is in the way"
        );

        // Nothing done to the preview reaches the file.
        let edited = preview.edit(0.0, |archive| {
            archive.cards.clear();
            crate::actions::Outcome::changed()
        });
        assert!(edited.is_failure());
        assert_eq!(preview.archive().cards, archive.cards);
        let mut settings = preview.archive().settings.clone();
        settings.language = Some(Lang::ZhHans);
        preview.set_settings(settings, 0.0);
        assert!(!preview.has_unsaved_changes());
        assert!(preview.save_now(&now, &[]).said.is_empty());
        assert!(preview.store().known().disk().is_none());
        assert_eq!(
            std::fs::read(crate::store::archive_path(dir.path())).unwrap(),
            before
        );
        // The lock is not taken: the archive still opens writable.
        assert!(Document::open(dir.path(), now.timestamp()).is_writable());
    }
}

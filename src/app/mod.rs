//! The `eframe::App`: the frame, the navigation, and routing to the screens.
//! The open archive lives in [`document`], commands are applied in
//! [`apply`](self::apply), and the desktop is reached through [`platform`].

mod apply;
pub mod document;
mod ending;
mod frame;
mod options;
pub mod platform;
mod watch;

use std::path::PathBuf;

use jiff::Zoned;

use self::document::Document;
pub use self::ending::EndRequest;
use self::platform::{Desktop, Platform};
use self::watch::DiskWatch;
use crate::actions::{Level, Outcome, reminders, schedule};
use crate::command::{Command, Screen};
use crate::i18n::{I18n, Msg};
use crate::model::{Archive, ThemeChoice};
use crate::store::reminders::RunBy;
use crate::store::{Blocked, Store, StoreError};
use crate::ui::cards::CardsScreen;
use crate::ui::checklist::ChecklistScreen;
use crate::ui::guide::GuideScreen;
use crate::ui::overview::OverviewScreen;
use crate::ui::qr::{QrDialog, qr_ui};
use crate::ui::receipts::ReceiptsScreen;
use crate::ui::renew::RenewScreen;
use crate::ui::save_as::{SaveAs, SaveAsAnswer, save_as_ui};
use crate::ui::settings::{RemindersInfo, SettingsScreen};
use crate::ui::status::{self, Notice};
use crate::ui::{View, theme};

pub use self::document::SAVE_DELAY_SECONDS;
use self::options::Opened;
pub use self::options::{AppOptions, Clock, Opening};

/// The screens and their passing state.
#[derive(Default)]
struct Screens {
    overview: OverviewScreen,
    cards: CardsScreen,
    renew: RenewScreen,
    receipts: ReceiptsScreen,
    trips: crate::ui::trips::TripsScreen,
    checklist: ChecklistScreen,
    guide: GuideScreen,
    settings: SettingsScreen,
}

/// The question about a CSV file whose rows name cards the archive lacks.
struct UnknownCardsQuestion {
    path: PathBuf,
    /// "3 rows name a card …", in the person's language.
    headline: String,
    /// One line per row.
    lines: Vec<String>,
}

/// What the person is told once a session.
#[derive(Default)]
struct Told {
    /// That other devices' changes cannot be watched.
    no_watch: bool,
    /// That the desktop takes no notifications.
    no_notifications: bool,
}

/// The Kōshin app.
pub struct KoshinApp {
    options: AppOptions,
    document: Document,
    platform: Box<dyn Platform>,
    tr: I18n,
    screen: Screen,
    screens: Screens,
    notices: Vec<Notice>,
    applied_theme: Option<ThemeChoice>,
    /// While the person looks around the sample household: its throwaway folder.
    sample: Option<tempfile::TempDir>,
    /// Where to save a file, asked when no file dialog can be shown.
    save_as: Option<SaveAs>,
    /// An eSIM activation code on show as a QR code.
    qr: Option<QrDialog>,
    /// A card file the app was opened with, to import once the person agrees.
    offered_import: Option<PathBuf>,
    /// A CSV file whose rows name cards the archive lacks: import them without
    /// a card, or not at all?
    unknown_cards: Option<UnknownCardsQuestion>,
    /// The minute the reminders were last checked; `None` until the first check.
    reminders_checked: Option<i64>,
    /// Set when the reminders' state cannot be written: checking stops for this session.
    reminders_stopped: bool,
    /// When to look at the archive file again for another device's changes.
    watch: DiskWatch,
    /// What the person was told once this session, not to say it again.
    told: Told,
    /// Whether every notice is open above the strip.
    notices_open: bool,
    /// The five-minute slot in which the lock's note was last renewed.
    lock_renewed: Option<i64>,
    /// Whether the document is a preview of a large archive (all but its
    /// receipts) that the first frame shows; the archive is opened in full at
    /// the start of the next frame, and before anything is done.
    previewing: bool,
    /// Set when the system asks the app to end (logout, shutdown, Ctrl+C).
    ending: EndRequest,
}

impl KoshinApp {
    /// Opens the archive in `options.data_dir` on the real desktop.
    pub fn new(ctx: &egui::Context, options: AppOptions) -> Self {
        let mut app = Self::with_platform(ctx, options, Box::new(Desktop::default()));
        app.ending = EndRequest::listen(ctx);
        app
    }

    /// Starts reading the archive in `options.data_dir` on another thread, so
    /// that it is read while the window and the graphics start; hand what it
    /// returns to [`KoshinApp::opened`].
    pub fn start_opening(options: &AppOptions) -> Opening {
        Opening::start(options)
    }

    /// The app on the archive that [`KoshinApp::start_opening`] read, on the real desktop.
    pub fn opened(ctx: &egui::Context, options: AppOptions, opening: Opening) -> Self {
        let mut app = Self::build(ctx, options, Box::new(Desktop::default()), opening.join());
        app.ending = EndRequest::listen(ctx);
        app
    }

    /// Opens the archive with another desktop (a test double).
    pub fn with_platform(
        ctx: &egui::Context,
        options: AppOptions,
        platform: Box<dyn Platform>,
    ) -> Self {
        Self::build(ctx, options, platform, None)
    }

    /// The app on what the opening thread read, or on the archive opened now
    /// when there is nothing.
    fn build(
        ctx: &egui::Context,
        options: AppOptions,
        platform: Box<dyn Platform>,
        opened: Option<Opened>,
    ) -> Self {
        egui_extras::install_image_loaders(ctx);
        crate::ui::fonts::install(ctx);
        let (document, previewing) = match opened {
            Some(Opened::Whole(document)) => (document, false),
            Some(Opened::Preview(document)) => (document, true),
            // Should the thread have failed, the archive is read here.
            None => {
                let now = options.clock.now().timestamp();
                (Document::open(&options.data_dir, now), false)
            }
        };
        let language = document
            .archive()
            .settings
            .language_or(options.system_language);
        let mut app = Self {
            tr: I18n::new(language),
            screen: Screen::default(),
            screens: Screens::default(),
            notices: Vec::new(),
            applied_theme: None,
            sample: None,
            save_as: None,
            qr: None,
            offered_import: None,
            unknown_cards: None,
            reminders_checked: None,
            reminders_stopped: false,
            watch: DiskWatch::idle(ctx),
            told: Told::default(),
            notices_open: false,
            lock_renewed: None,
            previewing,
            ending: EndRequest::default(),
            platform,
            document,
            options,
        };
        if !previewing {
            app.after_open();
        }
        app
    }

    /// The archive as the app holds it now.
    pub fn archive(&self) -> &Archive {
        self.document.archive()
    }

    /// The store the archive is saved through.
    pub fn store(&self) -> &Store {
        self.document.store()
    }

    /// The notices on screen.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// The screen on show.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// Whether there are changes not yet written.
    pub fn has_unsaved_changes(&self) -> bool {
        self.document.has_unsaved_changes()
    }

    /// What asks the app to end as the system does (for tests; the system's
    /// own requests arrive through it too).
    pub fn end_request(&self) -> EndRequest {
        self.ending.clone()
    }

    /// Ends the app because the system asked: saves what is pending,
    /// releases the archive's lock, and closes the window.
    fn end(&mut self, ctx: &egui::Context) {
        self.finish_opening();
        self.flush();
        self.document.release_lock();
        self.ending.finish();
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// Shows one message as a notice.
    fn notify(&mut self, level: Level, msg: &Msg) {
        self.show(&Outcome::nothing().say(level, msg.clone()));
    }

    /// Shows what an action said, as notices in the person's language. The
    /// success and info notices of one action at a time; warnings and errors
    /// stay until dismissed.
    fn show(&mut self, outcome: &Outcome) {
        outcome.log();
        let passing = |level: Level| matches!(level, Level::Success | Level::Info);
        if outcome.said.iter().any(|s| passing(s.level)) {
            // What the last action said replaces what the one before it said.
            self.notices.retain(|n| !passing(n.level));
        }
        for said in &outcome.said {
            // Said once a session: the desktop that takes no notifications.
            if said.msg.id == reminders::NO_DESKTOP_NOTIFICATIONS {
                if self.told.no_notifications {
                    continue;
                }
                self.told.no_notifications = true;
            }
            let notice = Notice {
                level: said.level,
                text: self.tr.msg(&said.msg),
                details: said.details.iter().map(|line| self.tr.msg(line)).collect(),
            };
            if !self.notices.contains(&notice) {
                self.notices.push(notice);
            }
        }
    }

    /// Sends the reminders that came due while the app is open, at most once a
    /// minute: each as a notice and a desktop notification, once. The first
    /// check after an archive opens marks what was due already as shown,
    /// since the Overview says the same.
    pub fn check_reminders(&mut self, now: &Zoned) {
        let minute = now.timestamp().as_second().div_euclid(60);
        if self.reminders_stopped || self.reminders_checked == Some(minute) {
            return;
        }
        let first = self.reminders_checked.is_none();
        self.reminders_checked = Some(minute);
        let archive = self.document.archive();
        let dir = self.document.dir();
        let outcome = if first {
            reminders::mark_due_as_shown(archive, dir, now, &self.tr)
        } else {
            reminders::send_due(archive, dir, now, &self.tr, &mut *self.platform, RunBy::App)
        };
        self.reminders_stopped = outcome.is_failure();
        if !outcome.said.is_empty() {
            self.screens.settings.reminders = None;
        }
        self.show(&outcome);
    }

    /// Shows another screen, doing what leaving one does: a QR code on show
    /// is hidden, and Settings reads the reminders' state afresh.
    fn go_to(&mut self, screen: Screen) {
        self.qr = None;
        if screen == Screen::Settings {
            self.screens.settings.reminders = None;
        }
        self.screen = screen;
    }

    /// Whether the window shows a throwaway copy (the sample household, `--demo`).
    pub fn is_temporary(&self) -> bool {
        self.options.temporary || self.sample.is_some()
    }

    /// Opens the sample household in a throwaway folder; the archive is saved
    /// first and not touched.
    fn try_sample(&mut self, now: &Zoned) -> Outcome {
        self.flush();
        let dir = match tempfile::Builder::new().prefix("koshin-sample-").tempdir() {
            Ok(dir) => dir,
            Err(error) => {
                return Outcome::failed(
                    StoreError::io(std::env::temp_dir().as_path(), error).message(),
                );
            }
        };
        if let Err(msg) = crate::actions::archive::write_demo(dir.path(), now, &self.tr) {
            return Outcome::failed(msg);
        }
        self.document = Document::open(dir.path(), now.timestamp());
        self.watch_document();
        self.sample = Some(dir);
        self.reminders_checked = None;
        self.screens = Screens::default();
        self.go_to(Screen::Overview);
        Outcome::nothing().say(Level::Info, Msg::new("sample-opened"))
    }

    /// Closes the sample household (its folder is removed) and opens the archive again.
    fn leave_sample(&mut self) -> Outcome {
        if self.sample.is_none() {
            return Outcome::nothing();
        }
        self.flush();
        let now = self.options.clock.now();
        self.document = Document::open(&self.options.data_dir, now.timestamp());
        self.watch_document();
        self.sample = None;
        self.reminders_checked = None;
        self.screens = Screens::default();
        self.go_to(Screen::Overview);
        Outcome::nothing()
    }

    /// Asks whether to import the card in `file` (the app was opened with it).
    pub fn offer_import(&mut self, file: PathBuf) {
        self.offered_import = Some(file);
    }

    /// The question about a card file the app was opened with.
    fn offered_import_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let Some(file) = &self.offered_import else {
            return;
        };
        let name = file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let question = crate::ui::Question {
            id: "offered_import",
            title: self.tr.t("open-card-title"),
            body: self.tr.msg(&Msg::new("open-card-body").arg("file", name)),
            confirm: self.tr.t("open-card-import"),
            keep: self.tr.t("open-card-keep"),
            destructive: false,
            enabled: self.writable(),
        };
        match crate::ui::question_ui(ui, question, |_| {}) {
            Some(true) => {
                commands.push(Command::ImportCard(file.clone()));
                self.offered_import = None;
            }
            Some(false) => self.offered_import = None,
            None => {}
        }
    }

    /// The question about rows that name cards the archive lacks.
    fn unknown_cards_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let Some(asked) = &self.unknown_cards else {
            return;
        };
        let mut body = asked.headline.clone();
        for line in &asked.lines {
            body.push('\n');
            body.push_str(line);
        }
        let question = crate::ui::Question {
            id: "unknown_cards",
            title: self.tr.t("csv-unknown-cards-title"),
            body,
            confirm: self.tr.t("csv-import-without-card"),
            keep: self.tr.t("csv-import-stop"),
            destructive: false,
            enabled: self.writable(),
        };
        match crate::ui::question_ui(ui, question, |_| {}) {
            Some(true) => {
                commands.push(Command::ImportReceiptsWithoutCards(asked.path.clone()));
                self.unknown_cards = None;
            }
            Some(false) => {
                self.unknown_cards = None;
                self.notify(Level::Info, &Msg::new("csv-import-stopped"));
            }
            None => {}
        }
    }

    /// Ctrl+F: search the receipts; Ctrl+N: a new card or receipt on those
    /// screens; Ctrl+Q: save what is pending, then quit.
    fn shortcuts(&mut self, ctx: &egui::Context, now: &Zoned) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let [find, new, quit] = [Key::F, Key::N, Key::Q].map(|key| {
            ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key)))
        });
        if find || new || quit {
            self.finish_opening();
        }
        if find {
            self.go_to(Screen::Receipts);
            self.screens.receipts.focus_search();
        }
        if new && self.document.is_writable() {
            match self.screen {
                Screen::Cards if !self.screens.cards.is_editing() => self.screens.cards.open_new(),
                Screen::Receipts => self.screens.receipts.open_new(self.document.archive(), now),
                _ => {}
            }
        }
        if quit {
            self.flush();
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Writes the archive now if anything is unsaved. Called after the debounce and on exit.
    pub fn flush(&mut self) {
        let now = self.options.clock.now();
        let drafts = self.screens.receipts.draft_attachments();
        let outcome = self.document.save_now(&now, &drafts);
        self.show(&outcome);
    }

    /// Looks at the archive file for another device's changes (reloads or
    /// merges them, finds conflict copies) and renews the lock's note every
    /// five minutes, saying when another computer has the archive open.
    pub fn check_disk(&mut self, now: &Zoned) {
        let drafts = self.screens.receipts.draft_attachments();
        let outcome = self.document.check_disk(now, &drafts);
        self.show(&outcome);
        let slot = now.timestamp().as_second().div_euclid(300);
        if self.lock_renewed != Some(slot) {
            self.lock_renewed = Some(slot);
            if let Some(msg) = self.document.renew_lock(now) {
                self.notify(Level::Warning, &msg);
            }
        }
    }

    /// Saves once the changes have rested; until then asks for a frame at that
    /// moment, so an idle app is woken once to save and not again.
    fn autosave(&mut self, ctx: &egui::Context, time: f64) {
        let now = self.options.clock.now();
        let drafts = self.screens.receipts.draft_attachments();
        let (wait, outcome) = self.document.autosave(time, &now, &drafts);
        if let Some(wait) = wait {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
        self.show(&outcome);
    }

    /// How the reminders stand, for Settings: whether the scheduled job is
    /// installed, how, and how its last run went.
    fn reminders_info(&mut self, now: &Zoned) -> RemindersInfo {
        let dir = self.document.dir().to_path_buf();
        let (installed, mut lines) = match self.platform.reminder_place(&dir) {
            Ok(place) => {
                let installed = schedule::installed(&place, &mut *self.platform);
                let line = schedule::installed_msg(&installed);
                (installed != schedule::Installed::No, vec![line])
            }
            Err(msg) => (false, vec![msg]),
        };
        lines.extend(reminders::last_run_lines(&dir, now));
        RemindersInfo {
            installed,
            can_install: !self.is_temporary(),
            lines,
        }
    }
}

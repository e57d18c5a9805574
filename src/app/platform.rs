//! What the app asks of the desktop: file dialogs, opening and revealing
//! files. A trait, so that tests put a double in its place and see what was
//! asked; the real one uses `rfd` and `opener`.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use crate::actions::schedule::{Place, RealSystem, System};
use crate::command::{FileAction, TripFormat};
use crate::formats::guide::GuideFormat;
use crate::formats::schedule::Job;
use crate::i18n::{I18n, Msg};
use crate::notifications::{DesktopNotifier, Notification, Notifier};

/// What a file dialog is for, as the desktop shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDialog {
    /// What the chosen file is for.
    pub action: FileAction,
    /// Whether it saves a file (with a name to start from) or opens files.
    pub kind: DialogKind,
    /// The filter's name, in the person's language.
    pub filter_name: String,
    /// The file endings the filter shows.
    pub extensions: &'static [&'static str],
}

/// Saving or opening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogKind {
    /// Save one file; the name the dialog starts with.
    Save(&'static str),
    /// Open one file.
    Open,
    /// Open one or more files.
    OpenMany,
}

/// What the person chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    /// These files (at least one).
    Files(Vec<PathBuf>),
    /// The dialog was closed without a choice.
    Cancelled,
    /// No dialog can be shown on this desktop.
    Unavailable,
}

impl FileDialog {
    /// The dialog for `action`, with its filter named in the language of `tr`.
    pub fn for_action(action: &FileAction, tr: &I18n) -> Self {
        use FileAction::{
            AttachFiles, ExportCard, ExportGuide, ExportGuidePictures, ExportReceipts,
            ExportReminders, ExportTrip, ImportCard, ImportReceipts, ReadMail, ReadQrImage,
        };
        let kind = match action {
            ExportReminders => DialogKind::Save("koshin-reminders.ics"),
            ExportReceipts => DialogKind::Save("koshin-receipts.csv"),
            ExportGuide(_, GuideFormat::Html, _) => DialogKind::Save("koshin-guide.html"),
            ExportGuide(_, GuideFormat::Markdown, _) => DialogKind::Save("koshin-guide.md"),
            ExportGuidePictures(..) => DialogKind::Save("koshin-guide-pictures"),
            ExportTrip(_, TripFormat::Csv) => DialogKind::Save("koshin-trip.csv"),
            ExportTrip(_, TripFormat::Html) => DialogKind::Save("koshin-trip.html"),
            ExportCard(..) => DialogKind::Save("card.koshin-card.ron"),
            ImportReceipts | ReadQrImage | ReadMail | ImportCard => DialogKind::Open,
            AttachFiles => DialogKind::OpenMany,
        };
        let filter_id = msg_ids!(match action {
            ExportReminders => "filter-calendar",
            ExportReceipts | ImportReceipts => "filter-csv",
            ReadQrImage => "filter-image",
            ReadMail => "filter-mail",
            ExportGuide(_, GuideFormat::Html, _) => "filter-html",
            ExportGuide(_, GuideFormat::Markdown, _) => "filter-markdown",
            ExportGuidePictures(..) => "filter-pictures",
            ExportTrip(_, TripFormat::Csv) => "filter-csv",
            ExportTrip(_, TripFormat::Html) => "filter-html",
            ExportCard(..) | ImportCard => "filter-card",
            AttachFiles => "filter-proof",
        });
        let extensions: &'static [&'static str] = match action {
            ExportReminders => &["ics"],
            ExportReceipts | ImportReceipts | ExportTrip(_, TripFormat::Csv) => &["csv"],
            ReadQrImage => &["png", "jpg", "jpeg"],
            ReadMail => &["eml", "html", "htm", "txt"],
            ExportGuide(_, GuideFormat::Html, _) | ExportTrip(_, TripFormat::Html) => &["html"],
            ExportGuide(_, GuideFormat::Markdown, _) => &["md"],
            ExportGuidePictures(..) => &["png"],
            ExportCard(..) | ImportCard => &["ron"],
            AttachFiles => &[
                "pdf", "png", "jpg", "jpeg", "heic", "webp", "eml", "msg", "txt", "html",
            ],
        };
        Self {
            action: action.clone(),
            kind,
            filter_name: tr.t(filter_id),
            extensions,
        }
    }
}

/// The desktop, as the app uses it: file dialogs, opening files, desktop
/// notifications ([`Notifier`]) and the system's programs ([`System`]) for
/// installing the reminders' scheduled job.
pub trait Platform: Notifier + System {
    /// Where the reminders' scheduled job goes, for the archive in `data_dir`.
    fn reminder_place(&self, data_dir: &Path) -> Result<Place, Msg>;
    /// Shows a file dialog and waits for the person's choice.
    fn choose(&mut self, dialog: &FileDialog) -> Chosen;
    /// Opens a file or folder in the program the system uses for it.
    fn open(&mut self, path: &Path) -> Result<(), String>;
    /// Shows a file selected in its folder, in the file manager.
    fn reveal(&mut self, path: &Path) -> Result<(), String>;
    /// Puts a picture on the clipboard, to paste into a chat or an e-mail.
    /// An error says why the clipboard took no picture.
    fn copy_image(&mut self, image: &image::RgbaImage) -> Result<(), String>;
}

/// The real desktop: `rfd`'s dialogs, `opener` for files and folders.
#[derive(Default)]
pub struct Desktop {
    /// Whether a file dialog can be shown here, once known.
    dialogs: Option<bool>,
    /// The clipboard, kept open: on X11 a picture copied is offered by
    /// this program for as long as its clipboard lives.
    clipboard: Option<arboard::Clipboard>,
}

/// Whether this desktop can show a file dialog. On Linux and the BSDs `rfd`
/// asks the desktop portal over D-Bus and falls back to `zenity`; with
/// neither, it returns nothing at once, as if cancelled.
#[cfg(all(unix, not(target_os = "macos")))]
fn file_dialogs_available() -> bool {
    let zenity = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file()));
    zenity || portal_available()
}

/// Whether the session bus has (or can start) the desktop portal.
#[cfg(all(unix, not(target_os = "macos")))]
fn portal_available() -> bool {
    const PORTAL: &str = "org.freedesktop.portal.Desktop";
    let Ok(bus) = zbus::blocking::Connection::session() else {
        return false;
    };
    let Ok(dbus) = zbus::blocking::fdo::DBusProxy::new(&bus) else {
        return false;
    };
    let running = zbus::names::BusName::try_from(PORTAL)
        .ok()
        .and_then(|name| dbus.name_has_owner(name).ok())
        .unwrap_or(false);
    running
        || dbus
            .list_activatable_names()
            .is_ok_and(|names| names.iter().any(|n| n.as_str() == PORTAL))
}

/// Windows and macOS always have their own file dialogs.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn file_dialogs_available() -> bool {
    true
}

impl std::fmt::Debug for Desktop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desktop")
            .field("dialogs", &self.dialogs)
            .field("clipboard", &self.clipboard.is_some())
            .finish()
    }
}

impl Notifier for Desktop {
    fn notify(&mut self, note: &Notification) -> Result<(), String> {
        DesktopNotifier.notify(note)
    }
}

impl System for Desktop {
    fn run(&mut self, program: &str, args: &[&str]) -> Result<(), String> {
        RealSystem.run(program, args)
    }
}

impl Platform for Desktop {
    fn reminder_place(&self, data_dir: &Path) -> Result<Place, Msg> {
        Place::of_this_user(data_dir)
    }

    fn choose(&mut self, dialog: &FileDialog) -> Chosen {
        if !*self.dialogs.get_or_insert_with(file_dialogs_available) {
            return Chosen::Unavailable;
        }
        let rfd = rfd::FileDialog::new().add_filter(&dialog.filter_name, dialog.extensions);
        let files: Vec<PathBuf> = match dialog.kind {
            DialogKind::Save(name) => rfd.set_file_name(name).save_file().into_iter().collect(),
            DialogKind::Open => rfd.pick_file().into_iter().collect(),
            DialogKind::OpenMany => rfd.add_filter("*", &["*"]).pick_files().unwrap_or_default(),
        };
        if files.is_empty() {
            Chosen::Cancelled
        } else {
            Chosen::Files(files)
        }
    }

    fn open(&mut self, path: &Path) -> Result<(), String> {
        opener::open(path).map_err(|e| e.to_string())
    }

    fn reveal(&mut self, path: &Path) -> Result<(), String> {
        opener::reveal(path).map_err(|e| e.to_string())
    }

    fn copy_image(&mut self, image: &image::RgbaImage) -> Result<(), String> {
        let clipboard = match &mut self.clipboard {
            Some(clipboard) => clipboard,
            None => self
                .clipboard
                .insert(arboard::Clipboard::new().map_err(|e| e.to_string())?),
        };
        let data = arboard::ImageData {
            width: image.width() as usize,
            height: image.height() as usize,
            bytes: std::borrow::Cow::Borrowed(image.as_raw()),
        };
        clipboard.set_image(data).map_err(|e| e.to_string())
    }
}

/// What the test double was asked, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Asked {
    /// The file dialogs shown.
    pub dialogs: Vec<FileDialog>,
    /// The files and folders opened.
    pub opened: Vec<PathBuf>,
    /// The files revealed in the file manager.
    pub revealed: Vec<PathBuf>,
    /// The desktop notifications shown.
    pub notifications: Vec<Notification>,
    /// The programs run, each with its arguments.
    pub ran: Vec<Vec<String>>,
    /// The pictures put on the clipboard.
    pub copied: Vec<image::RgbaImage>,
}

/// What the test desktop was asked, the answers queued in it, and whether
/// notifications fail and the clipboard refuses pictures.
type FakeState = (Asked, VecDeque<Chosen>, bool, bool);

/// A stand-in for the desktop in tests: it answers file dialogs with the
/// choices queued in it (cancelled when none is queued) and remembers what it
/// was asked. Clones share the same record, so a test keeps one to look at.
#[derive(Debug, Clone, Default)]
pub struct FakeDesktop {
    state: Arc<Mutex<FakeState>>,
}

impl FakeDesktop {
    /// Queues the answer to the next file dialog.
    pub fn answer(&self, chosen: Chosen) {
        self.lock().1.push_back(chosen);
    }

    /// From now on, desktop notifications fail (no notification service).
    pub fn without_notifications(&self) {
        self.lock().2 = true;
    }

    /// From now on, the clipboard takes no pictures (as on a desktop
    /// without a clipboard manager that holds images).
    pub fn without_clipboard_images(&self) {
        self.lock().3 = true;
    }

    /// What it was asked so far.
    pub fn asked(&self) -> Asked {
        self.lock().0.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, FakeState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Notifier for FakeDesktop {
    fn notify(&mut self, note: &Notification) -> Result<(), String> {
        let mut state = self.lock();
        if state.2 {
            return Err("no notification service".to_owned());
        }
        state.0.notifications.push(note.clone());
        Ok(())
    }
}

impl System for FakeDesktop {
    /// Records the program; `systemctl` fails as on a machine without a
    /// systemd user session.
    fn run(&mut self, program: &str, args: &[&str]) -> Result<(), String> {
        let mut line = vec![program.to_owned()];
        line.extend(args.iter().map(|a| (*a).to_owned()));
        self.lock().0.ran.push(line);
        Err(format!("{program}: not on this test desktop"))
    }
}

impl Platform for FakeDesktop {
    /// Below the data folder, so tests never touch the real config folder.
    fn reminder_place(&self, data_dir: &Path) -> Result<Place, Msg> {
        Ok(Place {
            config_home: data_dir.join("test-config"),
            home: data_dir.join("test-home"),
            job: Job {
                binary: PathBuf::from("/usr/bin/koshin"),
                data_dir: data_dir.to_path_buf(),
            },
        })
    }

    fn choose(&mut self, dialog: &FileDialog) -> Chosen {
        let mut state = self.lock();
        state.0.dialogs.push(dialog.clone());
        state.1.pop_front().unwrap_or(Chosen::Cancelled)
    }

    fn open(&mut self, path: &Path) -> Result<(), String> {
        self.lock().0.opened.push(path.to_path_buf());
        Ok(())
    }

    fn reveal(&mut self, path: &Path) -> Result<(), String> {
        self.lock().0.revealed.push(path.to_path_buf());
        Ok(())
    }

    fn copy_image(&mut self, image: &image::RgbaImage) -> Result<(), String> {
        let mut state = self.lock();
        if state.3 {
            return Err("the clipboard does not take images here".to_owned());
        }
        state.0.copied.push(image.clone());
        Ok(())
    }
}

//! Desktop notifications: what a reminder shows, and who shows it. A trait,
//! so that tests put a recorder in its place; the real one uses `notify-rust`
//! (on Linux the freedesktop notification service over D-Bus).

/// One desktop notification, in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// The headline: "Renew Dad's SIM".
    pub summary: String,
    /// The lines under it.
    pub body: String,
    /// Kept on screen until dismissed: the card must be renewed now or stopped working.
    pub critical: bool,
}

/// Something that shows desktop notifications.
pub trait Notifier {
    /// Shows one; says why not when no notification service answered.
    fn notify(&mut self, note: &Notification) -> Result<(), String>;
}

/// Kōshin's `AppUserModelID` on Windows, which the installer registers
/// (`packaging/windows/koshin.nsi`) and sets on its Start menu shortcut.
pub const APP_USER_MODEL_ID: &str = "Koshin.Koshin";

/// Claims [`APP_USER_MODEL_ID`] for this process on Windows, so that its
/// window groups with its Start menu entry and its notifications carry the
/// name and icon the installer registered. Elsewhere nothing.
pub fn claim_app_identity() {
    #[cfg(windows)]
    windows::claim(APP_USER_MODEL_ID);
}

#[cfg(windows)]
#[allow(unsafe_code)]
mod windows {
    use windows_sys::Win32::UI::Shell::SetCurrentProcessExplicitAppUserModelID;

    pub(super) fn claim(id: &str) {
        let wide: Vec<u16> = id.encode_utf16().chain(Some(0)).collect();
        // SAFETY: a NUL-terminated UTF-16 string that lives across the call.
        let result = unsafe { SetCurrentProcessExplicitAppUserModelID(wide.as_ptr()) };
        if result != 0 {
            log::warn!("the AppUserModelID was not taken: {result:#x}");
        }
    }
}

/// The desktop's own notifications.
#[derive(Debug, Default, Clone, Copy)]
pub struct DesktopNotifier;

impl Notifier for DesktopNotifier {
    fn notify(&mut self, note: &Notification) -> Result<(), String> {
        let mut shown = notify_rust::Notification::new();
        shown
            .appname("Kōshin")
            .summary(&note.summary)
            .body(&note.body)
            .icon("koshin");
        // The installer registers this id with Kōshin's name and icon, so
        // that Windows shows them on the toast (and not PowerShell's).
        #[cfg(windows)]
        shown.app_id(APP_USER_MODEL_ID);
        #[cfg(all(unix, not(target_os = "macos")))]
        shown.urgency(if note.critical {
            notify_rust::Urgency::Critical
        } else {
            notify_rust::Urgency::Normal
        });
        shown.show().map(|_| ()).map_err(|e| e.to_string())
    }
}

/// A stand-in for tests: remembers what it was asked to show, or fails as told.
#[derive(Debug, Default, Clone)]
pub struct RecordingNotifier {
    /// What was shown, in order.
    pub shown: Vec<Notification>,
    /// When set, every notification fails with this.
    pub fail_with: Option<String>,
}

impl Notifier for RecordingNotifier {
    fn notify(&mut self, note: &Notification) -> Result<(), String> {
        if let Some(error) = &self.fail_with {
            return Err(error.clone());
        }
        self.shown.push(note.clone());
        Ok(())
    }
}

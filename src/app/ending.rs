//! The system asking the app to end: a logout or shutdown (SIGTERM, SIGHUP
//! on Unix; `WM_QUERYENDSESSION` and `WM_ENDSESSION` on Windows), Ctrl+C or
//! a closed console (SIGINT; the console's Ctrl events on Windows). The app
//! then saves what is pending and releases the archive's lock before it
//! closes, as it does when the person closes the window.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// How long the app has to save and close after being asked to end, before
/// the process ends anyway (the operating system then releases the lock).
const GRACE_SECONDS: u64 = 5;

/// Whether the system asked the app to end, and whether it is done.
#[derive(Clone, Default)]
pub struct EndRequest(Arc<(AtomicBool, AtomicBool)>);

impl EndRequest {
    /// Listens for the system's requests to end, waking the app (through
    /// `ctx`) when one comes. A second request, or the app not closing within
    /// [`GRACE_SECONDS`], ends the process at once.
    pub fn listen(ctx: &egui::Context) -> Self {
        let request = Self::default();
        if let Err(error) = platform::listen(request.clone(), ctx.clone()) {
            log::warn!("cannot listen for the system's requests to end: {error}");
        }
        request
    }

    /// Asks the app to end, as the system does.
    pub fn request(&self) {
        self.0.0.store(true, Ordering::Release);
    }

    /// Whether the app has been asked to end.
    pub fn is_requested(&self) -> bool {
        self.0.0.load(Ordering::Acquire)
    }

    /// Says that the app has saved and released the lock.
    pub fn finish(&self) {
        self.0.1.store(true, Ordering::Release);
    }

    /// Whether the app has saved and released the lock.
    pub fn is_done(&self) -> bool {
        self.0.1.load(Ordering::Acquire)
    }

    /// Waits until the app is done, at most [`GRACE_SECONDS`]: what Windows
    /// allows before it ends a process at logout.
    #[cfg_attr(not(windows), allow(dead_code))]
    fn wait_until_done(&self) {
        for _ in 0..GRACE_SECONDS * 20 {
            if self.is_done() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        log::warn!("did not finish within {GRACE_SECONDS} s of the session's end");
    }
}

#[cfg(unix)]
mod platform {
    use std::time::Duration;

    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;

    use super::{EndRequest, GRACE_SECONDS};

    pub(super) fn listen(request: EndRequest, ctx: egui::Context) -> std::io::Result<()> {
        let mut signals = Signals::new([SIGTERM, SIGINT, SIGHUP])?;
        std::thread::Builder::new()
            .name("koshin-signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    if request.is_requested() {
                        log::warn!("asked to end again (signal {signal}): ending now");
                        std::process::exit(1);
                    }
                    log::info!("asked to end (signal {signal}): saving and closing");
                    request.request();
                    ctx.request_repaint();
                    std::thread::spawn(|| {
                        std::thread::sleep(Duration::from_secs(GRACE_SECONDS));
                        log::warn!("did not close within {GRACE_SECONDS} s of being asked to end");
                        std::process::exit(1);
                    });
                }
            })
            .map(drop)
    }
}

#[cfg(windows)]
#[allow(unsafe_code)]
mod platform {
    use std::sync::OnceLock;

    use windows_sys::Win32::Foundation::{FALSE, HWND, LPARAM, LRESULT, TRUE, WPARAM};
    use windows_sys::Win32::System::Console::SetConsoleCtrlHandler;
    use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        CreateWindowExW, DefWindowProcW, DispatchMessageW, GetMessageW, MSG, RegisterClassW,
        TranslateMessage, WM_ENDSESSION, WM_QUERYENDSESSION, WNDCLASSW,
    };

    use super::EndRequest;

    /// The request and the app to wake, for the window procedure and the
    /// console handler (plain functions, called by Windows).
    static LISTENER: OnceLock<(EndRequest, egui::Context)> = OnceLock::new();

    fn ask() -> Option<&'static EndRequest> {
        let (request, ctx) = LISTENER.get()?;
        if !request.is_requested() {
            log::info!("asked to end by Windows: saving and closing");
        }
        request.request();
        ctx.request_repaint();
        Some(request)
    }

    /// A hidden top-level window (message-only windows do not hear the
    /// session end) on a thread of its own, and a console Ctrl handler.
    pub(super) fn listen(request: EndRequest, ctx: egui::Context) -> std::io::Result<()> {
        if LISTENER.set((request, ctx)).is_err() {
            return Ok(());
        }
        // SAFETY: the handler is a plain function that lives for the whole program.
        if unsafe { SetConsoleCtrlHandler(Some(console_event), TRUE) } == 0 {
            log::info!(
                "no console Ctrl handler: {}",
                std::io::Error::last_os_error()
            );
        }
        std::thread::Builder::new()
            .name("koshin-session".into())
            .spawn(|| {
                // SAFETY: see hidden_window.
                if let Err(error) = unsafe { hidden_window() } {
                    log::warn!("the session's end will not be heard: {error}");
                }
            })
            .map(drop)
    }

    /// Creates the hidden window and runs its message loop until the program ends.
    ///
    /// SAFETY: called once, on its own thread; every pointer passed lives
    /// until the call that takes it returns.
    unsafe fn hidden_window() -> std::io::Result<()> {
        let class: Vec<u16> = "KoshinSessionEnd\0".encode_utf16().collect();
        // SAFETY: null asks for this program's own module.
        let instance = unsafe { GetModuleHandleW(std::ptr::null()) };
        let window_class = WNDCLASSW {
            lpfnWndProc: Some(window_procedure),
            hInstance: instance,
            lpszClassName: class.as_ptr(),
            // SAFETY: the other fields are plain data whose zero is "none".
            ..unsafe { std::mem::zeroed() }
        };
        // SAFETY: the class structure and its name are valid for the call.
        if unsafe { RegisterClassW(&raw const window_class) } == 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: the class is registered; never shown (no WS_VISIBLE).
        let window = unsafe {
            CreateWindowExW(
                0,
                class.as_ptr(),
                class.as_ptr(),
                0,
                0,
                0,
                0,
                0,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                instance,
                std::ptr::null(),
            )
        };
        if window.is_null() {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: an empty message to fill.
        let mut message: MSG = unsafe { std::mem::zeroed() };
        // SAFETY: the message lives across the loop; the window is this thread's.
        while unsafe { GetMessageW(&raw mut message, std::ptr::null_mut(), 0, 0) } > 0 {
            unsafe {
                TranslateMessage(&raw const message);
                DispatchMessageW(&raw const message);
            }
        }
        Ok(())
    }

    /// The session is ending (logout, shutdown, restart): ask the app to
    /// save, and hold the end until it has (Windows waits a few seconds).
    unsafe extern "system" fn window_procedure(
        window: HWND,
        message: u32,
        wparam: WPARAM,
        lparam: LPARAM,
    ) -> LRESULT {
        match message {
            WM_QUERYENDSESSION => {
                ask();
                // The session may end: the app saves rather than objects.
                1
            }
            WM_ENDSESSION if wparam != 0 => {
                if let Some(request) = ask() {
                    request.wait_until_done();
                }
                0
            }
            // SAFETY: the arguments are Windows' own, passed on unchanged.
            _ => unsafe { DefWindowProcW(window, message, wparam, lparam) },
        }
    }

    /// Ctrl+C, Ctrl+Break, the console closed, logout or shutdown while
    /// started from a console.
    unsafe extern "system" fn console_event(_event: u32) -> i32 {
        match ask() {
            Some(request) => {
                request.wait_until_done();
                TRUE
            }
            None => FALSE,
        }
    }
}

#[cfg(not(any(unix, windows)))]
mod platform {
    use super::EndRequest;

    pub(super) fn listen(_request: EndRequest, _ctx: egui::Context) -> std::io::Result<()> {
        Ok(())
    }
}

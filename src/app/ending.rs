//! The system asking the app to end: a logout or shutdown (SIGTERM, SIGHUP),
//! Ctrl+C in the terminal it was started from (SIGINT). The app then saves
//! what is pending and releases the archive's lock before it closes, as it
//! does when the person closes the window.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// How long the app has to save and close after being asked to end, before
/// the process ends anyway (the operating system then releases the lock).
#[cfg_attr(not(unix), allow(dead_code))]
const GRACE_SECONDS: u64 = 5;

/// Whether the system asked the app to end.
#[derive(Clone, Default)]
pub struct EndRequest(Arc<AtomicBool>);

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
        self.0.store(true, Ordering::Release);
    }

    /// Whether the app has been asked to end.
    pub fn is_requested(&self) -> bool {
        self.0.load(Ordering::Acquire)
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

#[cfg(not(unix))]
mod platform {
    use super::EndRequest;

    pub(super) fn listen(_request: EndRequest, _ctx: egui::Context) -> std::io::Result<()> {
        Ok(())
    }
}

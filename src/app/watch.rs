//! When to look at the archive file again: when the file system says the
//! data folder changed (the `notify` crate), and when a thread that hashes the
//! file every few seconds sees it change, for synced and network folders where
//! such events are unreliable. Both only wake the app when something changed,
//! so an idle app stays idle: this copy's own saves, the lock's heartbeat and
//! backups do not wake it.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use notify::Watcher as _;

use crate::store;
use crate::store::sync::Known;

/// How often the thread looks at the file, in seconds.
pub const CHECK_SECONDS: u64 = 3;

/// Watches a data folder for the app.
pub struct DiskWatch {
    /// Set by the watcher or the polling thread when the file may have changed.
    changed: Arc<AtomicBool>,
    /// Wakes the app when something changed.
    ctx: egui::Context,
    /// Kept alive while watching; `None` where the platform offers no events.
    watcher: Option<notify::RecommendedWatcher>,
    /// Tells the polling thread of the folder watched before to stop.
    stop: Arc<AtomicBool>,
    /// Whether the app has looked once since the folder changed.
    looked: bool,
}

impl DiskWatch {
    /// Watches nothing until [`DiskWatch::watch`] is called.
    pub fn idle(ctx: &egui::Context) -> Self {
        Self {
            changed: Arc::new(AtomicBool::new(false)),
            ctx: ctx.clone(),
            watcher: None,
            stop: Arc::new(AtomicBool::new(false)),
            looked: false,
        }
    }

    /// Watches the data folder `dir`, whose archive file the store knows as
    /// `known`, instead of the one watched before (the sample household, or
    /// back to the archive). Either the file-system events or the polling
    /// thread is enough; an error only when neither could start (each
    /// failure is logged).
    pub fn watch(&mut self, dir: &Path, known: Known) -> Result<(), String> {
        self.stop.store(true, Ordering::Release);
        self.stop = Arc::new(AtomicBool::new(false));
        self.looked = false;
        let wake = Wake {
            changed: Arc::clone(&self.changed),
            ctx: self.ctx.clone(),
        };
        let path = store::archive_path(dir);
        let (on_event, event_path, event_known) = (wake.clone(), path.clone(), known.clone());
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if event.is_ok_and(|e| !e.kind.is_access() && concerns(&e, &event_path, &event_known)) {
                on_event.wake();
            }
        })
        .and_then(|mut w| {
            w.watch(dir, notify::RecursiveMode::NonRecursive)
                .map(|()| w)
        });
        let events_error = watcher.as_ref().err().map(ToString::to_string);
        self.watcher = watcher.ok();
        let stop = Arc::clone(&self.stop);
        let polling = std::thread::Builder::new()
            .name("koshin-disk-check".into())
            .spawn(move || poll(&path, &known, &stop, &wake));
        if let Some(error) = &events_error {
            log::warn!("file-system events unavailable, polling only: {error}");
        }
        match (events_error, polling) {
            (Some(events), Err(thread)) => {
                log::error!("cannot watch the data folder: no polling thread either: {thread}");
                Err(format!("{events}; {thread}"))
            }
            (None, Err(thread)) => {
                log::warn!("no polling thread, file-system events only: {thread}");
                Ok(())
            }
            (_, Ok(_)) => Ok(()),
        }
    }

    /// Whether to look at the file now: once after opening a folder, then
    /// whenever the watcher or the polling thread saw a change.
    pub fn due(&mut self) -> bool {
        let changed = self.changed.swap(false, Ordering::AcqRel);
        let first = !self.looked;
        self.looked = true;
        changed || first
    }
}

impl Drop for DiskWatch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
    }
}

/// Flags a change and wakes the app.
#[derive(Clone)]
struct Wake {
    changed: Arc<AtomicBool>,
    ctx: egui::Context,
}

impl Wake {
    fn wake(&self) {
        self.changed.store(true, Ordering::Release);
        self.ctx.request_repaint();
    }
}

/// The hash of the file's bytes, if it can be read.
fn hash_of(path: &Path) -> Option<store::Hash> {
    std::fs::read(path).ok().map(|b| store::sync::hash(&b))
}

/// Whether a file-system event may matter to the app: the archive file now
/// holds bytes the store does not know, or a sync tool left a conflict copy.
fn concerns(event: &notify::Event, archive: &Path, known: &Known) -> bool {
    event.paths.iter().any(|path| {
        if path == archive {
            hash_of(path).is_some_and(|hash| !known.knows(&hash))
        } else {
            path.file_name()
                .is_some_and(|name| store::sync::is_conflict_copy(&name.to_string_lossy()))
        }
    })
}

/// Hashes the file every [`CHECK_SECONDS`] and wakes the app when it changed
/// to bytes the store does not know.
fn poll(path: &Path, known: &Known, stop: &AtomicBool, wake: &Wake) {
    // What the store read is what is there to begin with: the file is not
    // read again while the window starts.
    let mut seen = known.disk();
    while !stop.load(Ordering::Acquire) {
        std::thread::sleep(Duration::from_secs(CHECK_SECONDS));
        let now = hash_of(path);
        if now != seen && !stop.load(Ordering::Acquire) {
            seen = now;
            if now.is_some_and(|hash| !known.knows(&hash)) {
                wake.wake();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Archive, Card, CardKind};
    use crate::store::Store;

    fn wait_for(watch: &mut DiskWatch) -> bool {
        // The polling thread looks every few seconds; events come sooner.
        for _ in 0..(CHECK_SECONDS * 10 + 10) {
            std::thread::sleep(Duration::from_millis(100));
            if watch.due() {
                return true;
            }
        }
        false
    }

    #[test]
    fn own_saves_do_not_wake_the_app_and_another_devices_change_does() {
        let dir = tempfile::tempdir().unwrap();
        let now = jiff::Timestamp::now();
        let (mut store, mut archive) = Store::open(dir.path(), now);
        store.save(&archive, now).unwrap();
        let mut watch = DiskWatch::idle(&egui::Context::default());
        watch.watch(dir.path(), store.known()).unwrap();
        assert!(watch.due(), "the app looks once after opening");

        archive.cards.push(Card::new(CardKind::Esim, "Mum's eSIM"));
        store.save(&archive, now).unwrap();
        store.renew_lock(now);
        assert!(!wait_for(&mut watch), "this copy's own save woke the app");

        let mut theirs: Archive = archive.clone();
        theirs.cards.push(Card::new(CardKind::Sim, "Lin's SIM"));
        let text = store::to_text(&theirs).unwrap();
        store::write_atomic(&store.archive_path(), text.as_bytes()).unwrap();
        assert!(
            wait_for(&mut watch),
            "another device's change did not wake the app"
        );

        std::fs::write(
            dir.path()
                .join("koshin.sync-conflict-20261201-100000-LIN.ron"),
            "x",
        )
        .unwrap();
        assert!(wait_for(&mut watch), "a conflict copy did not wake the app");
    }
}

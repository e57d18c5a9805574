//! `koshin remind` for real: the binary sends desktop notifications to a
//! stand-in notification service on a private D-Bus session bus, once; with
//! no service it fails and marks nothing; `remind install` and `uninstall`
//! write and remove the scheduler's files in a temporary config folder.

#![cfg(all(unix, not(target_os = "macos")))]
#![allow(
    clippy::unwrap_used,
    clippy::needless_pass_by_value,
    clippy::used_underscore_binding,
    clippy::unused_self,
    clippy::expect_used,
    reason = "a test's stand-in: the D-Bus methods' signatures are fixed"
)]

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};

/// A private session bus, stopped when dropped.
struct Bus {
    daemon: Child,
    address: String,
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

fn private_bus() -> Bus {
    let mut daemon = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-daemon (Debian's dbus-daemon package) runs the private bus");
    let mut line = String::new();
    std::io::BufReader::new(daemon.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    Bus {
        daemon,
        address: line.trim().to_owned(),
    }
}

/// What the stand-in received: summary, body, urgency.
type Received = Arc<Mutex<Vec<(String, String, Option<u8>)>>>;

/// The stand-in for the desktop's notification service.
struct Notifications {
    received: Received,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    #[expect(clippy::too_many_arguments, reason = "the D-Bus method's signature")]
    fn notify(
        &self,
        _app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        _actions: Vec<String>,
        hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let urgency = hints.get("urgency").and_then(|v| u8::try_from(v).ok());
        let mut received = self.received.lock().unwrap();
        received.push((summary, body, urgency));
        u32::try_from(received.len()).unwrap()
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".to_owned()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "stand-in".to_owned(),
            "koshin tests".to_owned(),
            "1".to_owned(),
            "1.2".to_owned(),
        )
    }

    fn close_notification(&self, _id: u32) {}
}

/// Serves the stand-in on `bus` while the connection lives.
fn serve(bus: &Bus) -> (zbus::blocking::Connection, Received) {
    let received = Received::default();
    let connection = zbus::blocking::connection::Builder::address(bus.address.as_str())
        .unwrap()
        .serve_at(
            "/org/freedesktop/Notifications",
            Notifications {
                received: received.clone(),
            },
        )
        .unwrap()
        .name("org.freedesktop.Notifications")
        .unwrap()
        .build()
        .unwrap();
    (connection, received)
}

/// Runs the binary in English on `bus`, with every folder it could write to in `root`.
fn koshin(root: &Path, bus: &Bus, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_koshin"))
        .args(args)
        .env_remove("KOSHIN_DATA_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("HOME", root.join("home"))
        .env("XDG_CONFIG_HOME", root.join("config"))
        // No systemd user manager can be reached from here.
        .env("XDG_RUNTIME_DIR", root.join("run"))
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A private bus and a temporary root for every folder the binary writes,
/// with the sample household in `root/data`.
struct Sandbox {
    root: tempfile::TempDir,
    bus: Bus,
    data: String,
}

impl Sandbox {
    fn new() -> Self {
        let root = tempfile::tempdir().unwrap();
        let bus = private_bus();
        let data = root.path().join("data");
        let out = koshin(root.path(), &bus, &["demo", data.to_str().unwrap()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let data = data.display().to_string();
        Sandbox { root, bus, data }
    }

    /// Runs `koshin --data-dir DATA remind` with `more` arguments.
    fn remind(&self, more: &[&str]) -> Output {
        let mut args = vec!["--data-dir", self.data.as_str(), "remind"];
        args.extend(more);
        koshin(self.root.path(), &self.bus, &args)
    }

    /// Runs `remind` with `more` arguments and asserts that it succeeded;
    /// returns what it printed.
    fn remind_ok(&self, more: &[&str]) -> String {
        let out = self.remind(more);
        let stderr = text(&out.stderr);
        assert!(out.status.success(), "remind {more:?}: {stderr}");
        text(&out.stdout)
    }

    /// The archive file, as bytes.
    fn archive_bytes(&self) -> Vec<u8> {
        std::fs::read(Path::new(&self.data).join("koshin.ron")).unwrap()
    }
}

#[test]
fn remind_shows_the_due_reminders_once_and_not_again() {
    let sandbox = Sandbox::new();
    let (_service, received) = serve(&sandbox.bus);
    let before = sandbox.archive_bytes();

    let said = sandbox.remind_ok(&[]);
    let got = received.lock().unwrap().clone();
    let summaries: Vec<(&str, Option<u8>)> = got.iter().map(|(s, _, u)| (s.as_str(), *u)).collect();
    // Mum's eSIM is past its renew-by moment: critical (2). The router's
    // first reminder: normal (1).
    assert_eq!(
        summaries,
        [
            ("Renew Mum's eSIM", Some(2)),
            ("Renew Family pocket WiFi", Some(1))
        ]
    );
    assert!(got[0].1.contains("Japan time"), "{}", got[0].1);
    assert!(said.contains("Renew Mum's eSIM"), "{said}");

    let again = sandbox.remind_ok(&[]);
    assert_eq!(received.lock().unwrap().len(), 2, "nothing sent twice");
    assert!(again.contains("No reminder is due now."), "{again}");

    // The archive was only read.
    assert_eq!(sandbox.archive_bytes(), before);

    let said = text(&sandbox.remind(&["status"]).stdout);
    for expected in ["Not set up", "Last run:", "Nothing was due."] {
        assert!(said.contains(expected), "{said}");
    }
}

#[test]
fn without_a_notification_service_remind_fails_and_tries_again_next_time() {
    let sandbox = Sandbox::new();

    let out = sandbox.remind(&[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("No desktop notification service answered"),
        "{stderr}"
    );

    // A service appears: the same reminders go out.
    let (_service, received) = serve(&sandbox.bus);
    sandbox.remind_ok(&[]);
    assert_eq!(received.lock().unwrap().len(), 2);
}

#[test]
fn remind_test_sends_a_test_notification() {
    let sandbox = Sandbox::new();
    let (_service, received) = serve(&sandbox.bus);
    sandbox.remind_ok(&["test"]);
    assert_eq!(received.lock().unwrap()[0].0, "Kōshin can reach you");
}

#[test]
fn install_writes_a_persistent_hourly_timer_and_uninstall_removes_it() {
    let sandbox = Sandbox::new();
    let root = sandbox.root.path();

    let said = sandbox.remind_ok(&["install"]);
    let units = root.join("config/systemd/user");
    let timer = std::fs::read_to_string(units.join("koshin-remind.timer")).unwrap();
    assert!(timer.contains("Persistent=true") && timer.contains("OnCalendar=hourly"));
    let service = std::fs::read_to_string(units.join("koshin-remind.service")).unwrap();
    let binary = Path::new(env!("CARGO_BIN_EXE_koshin"))
        .canonicalize()
        .unwrap();
    let data_abs = Path::new(&sandbox.data).canonicalize().unwrap();
    assert!(
        service.contains(&format!(
            "ExecStart=\"{}\" \"--data-dir\" \"{}\" \"remind\"",
            binary.display(),
            data_abs.display()
        )),
        "{service}"
    );
    // No systemd user session here: an autostart entry, and what to run.
    assert!(
        said.contains("systemctl --user enable --now koshin-remind.timer"),
        "{said}"
    );
    let autostart = root.join("config/autostart/koshin-remind.desktop");
    assert!(autostart.is_file());

    let status = text(&sandbox.remind(&["status"]).stdout);
    assert!(status.contains("checks at login"), "{status}");

    sandbox.remind_ok(&["uninstall"]);
    assert!(!units.join("koshin-remind.timer").exists());
    assert!(!units.join("koshin-remind.service").exists());
    assert!(!autostart.exists());
}

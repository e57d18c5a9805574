//! Installing and removing the reminders' job in a temporary config folder,
//! with the system's programs recorded rather than run.

use std::path::PathBuf;

use super::*;

/// Records the programs; `systemctl` answers as told.
struct Recorder {
    ran: Vec<String>,
    systemctl_works: bool,
}

impl System for Recorder {
    fn run(&mut self, program: &str, args: &[&str]) -> Result<(), String> {
        self.ran.push(format!("{program} {}", args.join(" ")));
        if self.systemctl_works {
            Ok(())
        } else {
            Err("Failed to connect to bus: No medium found".to_owned())
        }
    }
}

impl Recorder {
    fn new(systemctl_works: bool) -> Self {
        Recorder {
            ran: Vec::new(),
            systemctl_works,
        }
    }
}

/// What `outcome` said, by message id.
fn ids(outcome: &Outcome) -> Vec<&'static str> {
    outcome.said.iter().map(|s| s.msg.id).collect()
}

fn place(root: &Path) -> Place {
    Place {
        config_home: root.join("config"),
        home: root.join("home"),
        job: Job {
            binary: PathBuf::from("/usr/bin/koshin"),
            data_dir: root.join("data"),
        },
    }
}

/// A temporary root, the job's place in it, and a recorder whose
/// `systemctl` works or not.
fn sandbox(systemctl_works: bool) -> (tempfile::TempDir, Place, Recorder) {
    let root = tempfile::tempdir().unwrap();
    let place = place(root.path());
    (root, place, Recorder::new(systemctl_works))
}

/// Installs the job in a fresh sandbox, `systemctl` working or not, and
/// checks that installing succeeded.
#[cfg(all(unix, not(target_os = "macos")))]
fn installed_in_sandbox(systemctl_works: bool) -> (tempfile::TempDir, Place, Recorder, Outcome) {
    let (root, place, mut system) = sandbox(systemctl_works);
    let outcome = install(&place, &mut system, &now());
    assert!(!outcome.is_failure(), "{outcome:?}");
    (root, place, system, outcome)
}

fn now() -> Zoned {
    "2026-12-01T18:00:00+09:00[Asia/Tokyo]".parse().unwrap()
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn install_writes_the_units_and_enables_the_timer() {
    let (root, _place, system, outcome) = installed_in_sandbox(true);
    assert_eq!(outcome.said[0].msg.id, "remind-installed-systemd");
    let units = root.path().join("config/systemd/user");
    let timer = std::fs::read_to_string(units.join("koshin-remind.timer")).unwrap();
    assert!(timer.contains("Persistent=true"));
    let service = std::fs::read_to_string(units.join("koshin-remind.service")).unwrap();
    let data = root.path().join("data").display().to_string();
    assert!(service.contains(&format!(
        "ExecStart=\"/usr/bin/koshin\" \"--data-dir\" \"{data}\" \"remind\""
    )));
    assert_eq!(
        system.ran,
        [
            "systemctl --user daemon-reload",
            "systemctl --user enable --now koshin-remind.timer"
        ]
    );
    let autostart = root.path().join("config/autostart/koshin-remind.desktop");
    assert!(!autostart.exists());
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn without_a_systemd_session_install_adds_an_autostart_entry_and_says_what_to_run() {
    let (root, place, mut system, outcome) = installed_in_sandbox(false);
    assert_eq!(
        ids(&outcome),
        ["remind-installed-autostart", "remind-no-systemd"]
    );
    let entry = root.path().join("config/autostart/koshin-remind.desktop");
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(text.contains("remind --keep-running"), "{text}");
    assert_eq!(installed(&place, &mut system), Installed::Autostart(entry));
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn uninstall_removes_every_file_it_wrote() {
    let (root, place, mut system, _) = installed_in_sandbox(false);
    // What `systemctl enable` would have linked.
    let wants = root.path().join("config/systemd/user/timers.target.wants");
    std::fs::create_dir_all(&wants).unwrap();
    std::fs::write(wants.join("koshin-remind.timer"), "").unwrap();
    assert!(matches!(
        installed(&place, &mut system),
        Installed::Systemd { enabled: true, .. }
    ));

    let outcome = uninstall(&place, &mut system);
    assert_eq!(outcome.said[0].msg.id, "remind-uninstalled");
    assert_eq!(outcome.said[0].details.len(), 4, "{outcome:?}");
    assert_eq!(installed(&place, &mut system), Installed::No);
    let disable = "systemctl --user disable --now koshin-remind.timer";
    assert!(system.ran.iter().any(|r| r == disable), "{:?}", system.ran);
    let again = uninstall(&place, &mut system);
    assert_eq!(again.said[0].msg.id, "remind-was-not-installed");
}

#[test]
fn status_says_how_it_is_installed_and_how_the_last_run_went() {
    let (root, place, mut system) = sandbox(false);
    std::fs::create_dir_all(root.path().join("data")).unwrap();
    let outcome = status(&place, &mut system, &root.path().join("data"), &now());
    let ids = ids(&outcome);
    if cfg!(windows) {
        assert_eq!(ids[1..], ["remind-never-ran"]);
    } else {
        assert_eq!(ids, ["remind-status-not-installed", "remind-never-ran"]);
    }
}

//! Installing, removing and looking at the scheduled job that runs
//! `koshin remind` while the app is closed: a systemd user timer on Linux
//! (an autostart entry where no systemd user session answers), a launch agent
//! on macOS, a Task Scheduler task on Windows.

use std::path::{Path, PathBuf};

use jiff::Zoned;

use super::{Level, Outcome, shown};
use crate::formats::schedule::{self, Job, UNIT_NAME};
use crate::i18n::Msg;
use crate::store::{StoreError, write_atomic};

/// Runs the system's programs (`systemctl`, `launchctl`, `schtasks`). A
/// trait, so that tests see what would have run.
pub trait System {
    /// Runs `program` with `args` and waits; says why when it failed.
    fn run(&mut self, program: &str, args: &[&str]) -> Result<(), String>;
}

/// The real system: runs the program and reports its error output.
#[derive(Debug, Default, Clone, Copy)]
pub struct RealSystem;

impl System for RealSystem {
    fn run(&mut self, program: &str, args: &[&str]) -> Result<(), String> {
        let output = std::process::Command::new(program)
            .args(args)
            .output()
            .map_err(|e| format!("{program}: {e}"))?;
        if output.status.success() {
            Ok(())
        } else {
            let said = String::from_utf8_lossy(&output.stderr).trim().to_owned();
            Err(if said.is_empty() {
                format!("{program}: {}", output.status)
            } else {
                said
            })
        }
    }
}

/// Where the scheduled job's files go, and what it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The user's config folder (`$XDG_CONFIG_HOME`, `~/.config`).
    pub config_home: PathBuf,
    /// The user's home folder (macOS: `~/Library/launch agents` is below it).
    pub home: PathBuf,
    /// The job.
    pub job: Job,
}

/// The program the scheduler runs: on Windows `koshinw.exe` beside this
/// one when it is there (it opens no console window every hour), written
/// without the `\\?\` prefix that canonicalising adds there; elsewhere this one.
fn background_binary(exe: &Path) -> PathBuf {
    if !cfg!(windows) {
        return exe.to_path_buf();
    }
    let text = exe.display().to_string();
    let plain = PathBuf::from(text.strip_prefix(r"\\?\").unwrap_or(&text));
    let launcher = plain.with_file_name("koshinw.exe");
    if launcher.is_file() { launcher } else { plain }
}

impl Place {
    /// The place for this user and this running binary, on `data_dir`.
    pub fn of_this_user(data_dir: &Path) -> Result<Self, Msg> {
        let dirs = directories::BaseDirs::new().ok_or_else(|| Msg::new("remind-no-home"))?;
        let binary = std::env::current_exe()
            .and_then(|exe| exe.canonicalize())
            .map(|exe| background_binary(&exe))
            .map_err(|e| Msg::new("remind-no-binary").arg("detail", e.to_string()))?;
        let data_dir =
            std::path::absolute(data_dir).map_err(|e| StoreError::io(data_dir, e).message())?;
        Ok(Self {
            config_home: dirs.config_dir().to_path_buf(),
            home: dirs.home_dir().to_path_buf(),
            job: Job { binary, data_dir },
        })
    }

    fn service(&self) -> PathBuf {
        schedule::systemd_dir(&self.config_home).join(format!("{UNIT_NAME}.service"))
    }

    fn timer(&self) -> PathBuf {
        schedule::systemd_dir(&self.config_home).join(format!("{UNIT_NAME}.timer"))
    }

    /// The link `systemctl enable` makes.
    fn enabled_link(&self) -> PathBuf {
        schedule::systemd_dir(&self.config_home)
            .join("timers.target.wants")
            .join(format!("{UNIT_NAME}.timer"))
    }

    fn autostart(&self) -> PathBuf {
        schedule::autostart_path(&self.config_home)
    }

    fn launch_agent(&self) -> PathBuf {
        schedule::launchd_path(&self.home)
    }

    fn task_file(&self) -> PathBuf {
        self.job.data_dir.join(format!("{UNIT_NAME}-task.xml"))
    }
}

fn write(path: &Path, text: &str) -> Result<(), Msg> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| StoreError::io(parent, e).message())?;
    }
    write_atomic(path, text.as_bytes()).map_err(|e| e.message())
}

/// Removes a file if it is there; says whether it was.
fn remove(path: &Path) -> Result<bool, Msg> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(StoreError::io(path, e).message()),
    }
}

/// Installs the job so that `remind` runs every hour while the app is closed.
pub fn install(place: &Place, system: &mut dyn System, now: &Zoned) -> Outcome {
    let result = if cfg!(windows) {
        install_task(place, system, now)
    } else if cfg!(target_os = "macos") {
        install_launch_agent(place, system)
    } else {
        install_systemd(place, system)
    };
    result.into()
}

/// Linux and the BSDs: the systemd user units, enabled when `systemctl
/// --user` answers; else an autostart entry, and what to run with systemd.
fn install_systemd(place: &Place, system: &mut dyn System) -> Result<Outcome, Msg> {
    write(&place.service(), &schedule::systemd_service(&place.job))?;
    write(&place.timer(), &schedule::systemd_timer())?;
    let timer = format!("{UNIT_NAME}.timer");
    let enabled = system
        .run("systemctl", &["--user", "daemon-reload"])
        .and_then(|()| system.run("systemctl", &["--user", "enable", "--now", &timer]));
    match enabled {
        Ok(()) => {
            // Checking at login is the timer's job now.
            remove(&place.autostart())?;
            Ok(Outcome::success(
                false,
                Msg::new("remind-installed-systemd").arg("path", shown(&place.timer())),
            ))
        }
        Err(detail) => {
            write(&place.autostart(), &schedule::autostart_entry(&place.job))?;
            Ok(Outcome::success(
                false,
                Msg::new("remind-installed-autostart").arg("path", shown(&place.autostart())),
            )
            .say(
                Level::Info,
                Msg::new("remind-no-systemd")
                    .arg("detail", detail)
                    .arg("timer", timer),
            ))
        }
    }
}

fn install_launch_agent(place: &Place, system: &mut dyn System) -> Result<Outcome, Msg> {
    let path = place.launch_agent();
    write(&path, &schedule::launchd_plist(&place.job))?;
    let file = path.display().to_string();
    // Loading again after an update: unload first, whatever it says.
    if let Err(detail) = system.run("launchctl", &["unload", &file]) {
        log::info!("launchctl unload before load (not loaded yet?): {detail}");
    }
    system
        .run("launchctl", &["load", "-w", &file])
        .map_err(|detail| Msg::new("remind-install-failed").arg("detail", detail))?;
    Ok(Outcome::success(
        false,
        Msg::new("remind-installed-launchd").arg("path", shown(&path)),
    ))
}

fn install_task(place: &Place, system: &mut dyn System, now: &Zoned) -> Result<Outcome, Msg> {
    let start = now.strftime("%Y-%m-%dT%H:00:00").to_string();
    let user = match (std::env::var("USERDOMAIN"), std::env::var("USERNAME")) {
        (Ok(domain), Ok(name)) => Some(format!("{domain}\\{name}")),
        (Err(_), Ok(name)) => Some(name),
        _ => None,
    };
    let text = schedule::task_xml(&place.job, &start, user.as_deref());
    // Task Scheduler reads its XML in UTF-16 with a byte order mark.
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let file = place.task_file();
    write_atomic(&file, &bytes).map_err(|e| e.message())?;
    let path = file.display().to_string();
    let created = system.run(
        "schtasks",
        &["/Create", "/TN", schedule::TASK_NAME, "/XML", &path, "/F"],
    );
    // The file was only for schtasks to read; one left behind harms nothing.
    if let Err(msg) = remove(&file) {
        log::warn!("the task file stays: {}", msg.loggable());
    }
    created.map_err(|detail| Msg::new("remind-install-failed").arg("detail", detail))?;
    Ok(Outcome::success(
        false,
        Msg::new("remind-installed-task").arg("task", schedule::TASK_NAME),
    ))
}

/// Removes the job, whichever way it was installed.
pub fn uninstall(place: &Place, system: &mut dyn System) -> Outcome {
    let result = (|| -> Result<Outcome, Msg> {
        if cfg!(windows) {
            system
                .run("schtasks", &["/Delete", "/TN", schedule::TASK_NAME, "/F"])
                .map_err(|detail| Msg::new("remind-uninstall-failed").arg("detail", detail))?;
            return Ok(Outcome::success(false, Msg::new("remind-uninstalled")));
        }
        if cfg!(target_os = "macos") {
            let file = place.launch_agent().display().to_string();
            if let Err(detail) = system.run("launchctl", &["unload", "-w", &file]) {
                log::info!("launchctl unload (not loaded?): {detail}");
            }
        } else if place.timer().exists() {
            // The timer may never have been enabled; the files go all the same.
            let timer = format!("{UNIT_NAME}.timer");
            if let Err(detail) = system.run("systemctl", &["--user", "disable", "--now", &timer]) {
                log::info!("systemctl disable (never enabled?): {detail}");
            }
        }
        let mut removed = Vec::new();
        for path in [
            place.timer(),
            place.service(),
            place.enabled_link(),
            place.autostart(),
            place.launch_agent(),
        ] {
            if remove(&path)? {
                removed.push(path);
            }
        }
        let timer_removed = removed
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "timer"));
        if timer_removed && let Err(detail) = system.run("systemctl", &["--user", "daemon-reload"])
        {
            log::warn!("systemctl daemon-reload: {detail}");
        }
        Ok(if removed.is_empty() {
            Outcome::success(false, Msg::new("remind-was-not-installed"))
        } else {
            let mut outcome = Outcome::success(false, Msg::new("remind-uninstalled"));
            outcome.said[0].details = removed
                .iter()
                .map(|p| Msg::new("remind-removed-file").arg("path", shown(p)))
                .collect();
            outcome
        })
    })();
    result.into()
}

/// How the job is installed, if at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Installed {
    /// Not installed.
    No,
    /// The systemd timer, enabled or not.
    Systemd {
        /// The timer file.
        timer: PathBuf,
        /// Whether `systemctl --user enable` linked it.
        enabled: bool,
    },
    /// The autostart entry.
    Autostart(PathBuf),
    /// The launch agent.
    LaunchAgent(PathBuf),
    /// The Windows task (Windows cannot be asked without running `schtasks`).
    Task,
}

/// How the job is installed here, from the files in place.
pub fn installed(place: &Place, system: &mut dyn System) -> Installed {
    if cfg!(windows) {
        return match system.run("schtasks", &["/Query", "/TN", schedule::TASK_NAME]) {
            Ok(()) => Installed::Task,
            Err(_) => Installed::No,
        };
    }
    let enabled = place.enabled_link().exists();
    if place.timer().exists() && enabled {
        return Installed::Systemd {
            timer: place.timer(),
            enabled,
        };
    }
    if place.autostart().exists() {
        return Installed::Autostart(place.autostart());
    }
    if place.timer().exists() {
        return Installed::Systemd {
            timer: place.timer(),
            enabled,
        };
    }
    if place.launch_agent().exists() {
        return Installed::LaunchAgent(place.launch_agent());
    }
    Installed::No
}

/// The line that says how the job is installed.
pub fn installed_msg(installed: &Installed) -> Msg {
    match installed {
        Installed::No => Msg::new("remind-status-not-installed"),
        Installed::Systemd {
            timer,
            enabled: true,
        } => Msg::new("remind-status-systemd").arg("path", shown(timer)),
        Installed::Systemd {
            timer,
            enabled: false,
        } => Msg::new("remind-status-systemd-disabled")
            .arg("path", shown(timer))
            .arg("timer", format!("{UNIT_NAME}.timer")),
        Installed::Autostart(path) => Msg::new("remind-status-autostart").arg("path", shown(path)),
        Installed::LaunchAgent(path) => Msg::new("remind-status-launchd").arg("path", shown(path)),
        Installed::Task => Msg::new("remind-status-task").arg("task", schedule::TASK_NAME),
    }
}

/// `koshin remind status`: how the job is installed, and how the last run went.
pub fn status(place: &Place, system: &mut dyn System, dir: &Path, now: &Zoned) -> Outcome {
    let mut outcome = Outcome::nothing().say(Level::Info, installed_msg(&installed(place, system)));
    for line in super::reminders::last_run_lines(dir, now) {
        outcome = outcome.say(Level::Info, line);
    }
    outcome
}

#[cfg(test)]
mod tests;

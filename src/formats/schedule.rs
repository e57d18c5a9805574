//! The files that make the system run `koshin remind` while the app is
//! closed: a systemd user service and timer (Linux), an XDG autostart entry
//! (Linux without a systemd user session), a launch agent (macOS) and a Task
//! Scheduler task (Windows). Pure: paths in, text out.

use std::path::{Path, PathBuf};

/// The name of the systemd units, the autostart entry and the task.
pub const UNIT_NAME: &str = "koshin-remind";
/// The launch agent's label.
pub const LAUNCHD_LABEL: &str = "app.koshin.remind";
/// The Task Scheduler task's path.
pub const TASK_NAME: &str = "\\Koshin\\Remind";

/// What the scheduled job runs: this binary on this data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The absolute path of the `koshin` binary.
    pub binary: PathBuf,
    /// The absolute path of the data folder.
    pub data_dir: PathBuf,
}

impl Job {
    /// The arguments after the binary: `--data-dir DIR remind`.
    fn args(&self, keep_running: bool) -> Vec<String> {
        let mut args = vec![
            "--data-dir".to_owned(),
            self.data_dir.display().to_string(),
            "remind".to_owned(),
        ];
        if keep_running {
            args.push("--keep-running".to_owned());
        }
        args
    }
}

/// A word of a systemd command line: quoted, with `\`, `"` and the specifier
/// sign `%` escaped.
fn systemd_word(word: &str) -> String {
    let escaped = word
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('%', "%%");
    format!("\"{escaped}\"")
}

/// The systemd user service that runs `remind` once.
pub fn systemd_service(job: &Job) -> String {
    let mut exec = vec![systemd_word(&job.binary.display().to_string())];
    exec.extend(job.args(false).iter().map(|a| systemd_word(a)));
    format!(
        "[Unit]\n\
         Description=Kōshin: remind about travel data cards to renew\n\
         \n\
         [Service]\n\
         Type=oneshot\n\
         ExecStart={}\n",
        exec.join(" ")
    )
}

/// The systemd user timer: every hour, and at the next start after a missed run.
pub fn systemd_timer() -> String {
    format!(
        "[Unit]\n\
         Description=Run Kōshin's reminders every hour\n\
         \n\
         [Timer]\n\
         OnCalendar=hourly\n\
         OnStartupSec=2min\n\
         Persistent=true\n\
         AccuracySec=1min\n\
         Unit={UNIT_NAME}.service\n\
         \n\
         [Install]\n\
         WantedBy=timers.target\n"
    )
}

/// A word of a desktop entry's `Exec`: quoted when it needs to be, with the
/// characters the specification reserves escaped, then escaped again as a
/// string value; `%` doubled.
fn exec_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./:+,=@".contains(c));
    let word = word.replace('%', "%%");
    if plain {
        return word;
    }
    let mut quoted = String::from("\"");
    for c in word.chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted.replace('\\', "\\\\")
}

/// The XDG autostart entry: at login, `remind --keep-running` (checks every
/// quarter hour until logout), for desktops without a systemd user session.
pub fn autostart_entry(job: &Job) -> String {
    let mut exec = vec![exec_word(&job.binary.display().to_string())];
    exec.extend(job.args(true).iter().map(|a| exec_word(a)));
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Kōshin reminders\n\
         Comment=Reminds you to renew your travel data card\n\
         Exec={}\n\
         Icon=koshin\n\
         Terminal=false\n\
         NoDisplay=true\n\
         X-GNOME-Autostart-enabled=true\n",
        exec.join(" ")
    )
}

/// Text escaped for XML.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The macOS launch agent: at login and at the start of every hour (launchd
/// runs a start missed while asleep when the Mac wakes).
pub fn launchd_plist(job: &Job) -> String {
    let mut program = vec![job.binary.display().to_string()];
    program.extend(job.args(false));
    let args = program
        .iter()
        .map(|a| format!("    <string>{}</string>\n", xml(a)))
        .collect::<Vec<_>>()
        .concat();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n\
         <plist version=\"1.0\">\n\
         <dict>\n\
         \x20 <key>Label</key>\n\
         \x20 <string>{LAUNCHD_LABEL}</string>\n\
         \x20 <key>ProgramArguments</key>\n\
         \x20 <array>\n\
         {args}\
         \x20 </array>\n\
         \x20 <key>StartCalendarInterval</key>\n\
         \x20 <dict>\n\
         \x20   <key>Minute</key>\n\
         \x20   <integer>0</integer>\n\
         \x20 </dict>\n\
         \x20 <key>RunAtLoad</key>\n\
         \x20 <true/>\n\
         </dict>\n\
         </plist>\n"
    )
}

/// A Windows command-line argument, quoted as the C runtime reads it.
fn windows_arg(arg: &str) -> String {
    if !arg.is_empty() && !arg.contains([' ', '\t', '"']) {
        return arg.to_owned();
    }
    let mut quoted = String::from("\"");
    let mut backslashes = 0;
    for c in arg.chars() {
        match c {
            '\\' => backslashes += 1,
            '"' => {
                quoted.push_str(&"\\".repeat(backslashes * 2 + 1));
                quoted.push('"');
                backslashes = 0;
            }
            _ => {
                quoted.push_str(&"\\".repeat(backslashes));
                quoted.push(c);
                backslashes = 0;
            }
        }
    }
    quoted.push_str(&"\\".repeat(backslashes * 2));
    quoted.push('"');
    quoted
}

/// The Windows Task Scheduler task: every hour from `start` (a local date and
/// time, `2026-12-01T00:00:00`) and at `user`'s logon (`DOMAIN\\name`), run
/// as soon as possible after a missed start.
pub fn task_xml(job: &Job, start: &str, user: Option<&str>) -> String {
    let arguments: Vec<String> = job.args(false).iter().map(|a| windows_arg(a)).collect();
    // At this user's logon too (a logon trigger for any user needs an administrator).
    let logon = user.map_or_else(String::new, |user| {
        format!(
            "\x20   <LogonTrigger>\n\
             \x20     <Enabled>true</Enabled>\n\
             \x20     <UserId>{}</UserId>\n\
             \x20   </LogonTrigger>\n",
            xml(user)
        )
    });
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n\
         <Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n\
         \x20 <RegistrationInfo>\n\
         \x20   <Description>Kōshin: remind about travel data cards to renew</Description>\n\
         \x20   <URI>{TASK_NAME}</URI>\n\
         \x20 </RegistrationInfo>\n\
         \x20 <Triggers>\n\
         \x20   <TimeTrigger>\n\
         \x20     <Repetition>\n\
         \x20       <Interval>PT1H</Interval>\n\
         \x20       <StopAtDurationEnd>false</StopAtDurationEnd>\n\
         \x20     </Repetition>\n\
         \x20     <StartBoundary>{start}</StartBoundary>\n\
         \x20     <Enabled>true</Enabled>\n\
         \x20   </TimeTrigger>\n\
         {logon}\
         \x20 </Triggers>\n\
         \x20 <Principals>\n\
         \x20   <Principal id=\"Author\">\n\
         \x20     <LogonType>InteractiveToken</LogonType>\n\
         \x20     <RunLevel>LeastPrivilege</RunLevel>\n\
         \x20   </Principal>\n\
         \x20 </Principals>\n\
         \x20 <Settings>\n\
         \x20   <StartWhenAvailable>true</StartWhenAvailable>\n\
         \x20   <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n\
         \x20   <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n\
         \x20   <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n\
         \x20   <ExecutionTimeLimit>PT5M</ExecutionTimeLimit>\n\
         \x20   <Hidden>true</Hidden>\n\
         \x20 </Settings>\n\
         \x20 <Actions Context=\"Author\">\n\
         \x20   <Exec>\n\
         \x20     <Command>{}</Command>\n\
         \x20     <Arguments>{}</Arguments>\n\
         \x20   </Exec>\n\
         \x20 </Actions>\n\
         </Task>\n",
        xml(&job.binary.display().to_string()),
        xml(&arguments.join(" ")),
    )
}

/// Where the files go, below the user's config folder (`$XDG_CONFIG_HOME`)
/// or home folder.
pub fn systemd_dir(config_home: &Path) -> PathBuf {
    config_home.join("systemd").join("user")
}

/// The autostart entry's path below the user's config folder.
pub fn autostart_path(config_home: &Path) -> PathBuf {
    config_home
        .join("autostart")
        .join(format!("{UNIT_NAME}.desktop"))
}

/// The launch agent's path below the home folder.
pub fn launchd_path(home: &Path) -> PathBuf {
    home.join("Library")
        .join("LaunchAgents")
        .join(format!("{LAUNCHD_LABEL}.plist"))
}

#[cfg(test)]
mod tests;

//! The scheduler files, as text; the systemd units also through
//! `systemd-analyze verify` where it is installed.

use std::path::PathBuf;

use super::*;

fn job(binary: &str, data_dir: &str) -> Job {
    Job {
        binary: PathBuf::from(binary),
        data_dir: PathBuf::from(data_dir),
    }
}

#[test]
fn the_service_runs_remind_with_the_binary_and_the_data_folder() {
    let text = systemd_service(&job("/opt/Kōshin app/koshin", "/home/mei/My Data/100%"));
    assert!(text.contains("Type=oneshot\n"), "{text}");
    assert!(
        text.contains(
            "ExecStart=\"/opt/Kōshin app/koshin\" \"--data-dir\" \"/home/mei/My Data/100%%\" \"remind\"\n"
        ),
        "{text}"
    );
}

#[test]
fn the_timer_runs_hourly_and_catches_up_after_a_missed_run() {
    let text = systemd_timer();
    for line in [
        "OnCalendar=hourly\n",
        "Persistent=true\n",
        "Unit=koshin-remind.service\n",
        "WantedBy=timers.target\n",
    ] {
        assert!(text.contains(line), "{line} missing from {text}");
    }
}

#[test]
fn systemd_accepts_the_units_where_it_is_installed() {
    let Ok(analyze) = which("systemd-analyze") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let binary = std::env::current_exe().unwrap();
    let job = Job {
        binary,
        data_dir: dir.path().join("data with space"),
    };
    let service = dir.path().join(format!("{UNIT_NAME}.service"));
    let timer = dir.path().join(format!("{UNIT_NAME}.timer"));
    std::fs::write(&service, systemd_service(&job)).unwrap();
    std::fs::write(&timer, systemd_timer()).unwrap();
    let output = std::process::Command::new(analyze)
        .args(["verify", "--man=no"])
        .arg(&service)
        .arg(&timer)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{said}");
    let ours: Vec<&str> = said.lines().filter(|l| l.contains(UNIT_NAME)).collect();
    assert!(ours.is_empty(), "{said}");
}

fn which(program: &str) -> Result<PathBuf, ()> {
    std::env::var_os("PATH")
        .and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(program))
                .find(|p| p.is_file())
        })
        .ok_or(())
}

#[test]
fn the_autostart_entry_quotes_what_needs_quoting() {
    let text = autostart_entry(&job("/usr/bin/koshin", "/home/mei/Sync/Kōshin data"));
    assert!(
        text.starts_with("[Desktop Entry]\nType=Application\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "Exec=/usr/bin/koshin --data-dir \"/home/mei/Sync/Kōshin data\" remind --keep-running\n"
        ),
        "{text}"
    );
    let odd = autostart_entry(&job("/usr/bin/koshin", "/tmp/a$b\"c"));
    // `$` and `"` are escaped inside the quotes, and the backslash again as a string value.
    assert!(odd.contains(r#""/tmp/a\\$b\\"c""#), "{odd}");
}

#[test]
fn the_launch_agent_runs_every_hour_and_at_login() {
    let text = launchd_plist(&job(
        "/Applications/Kōshin.app/Contents/MacOS/koshin",
        "/Users/mei/A&B",
    ));
    assert!(
        text.contains("<string>app.koshin.remind</string>"),
        "{text}"
    );
    assert!(
        text.contains(
            "    <string>/Applications/Kōshin.app/Contents/MacOS/koshin</string>\n    <string>--data-dir</string>\n    <string>/Users/mei/A&amp;B</string>\n    <string>remind</string>\n"
        ),
        "{text}"
    );
    assert!(text.contains("<key>StartCalendarInterval</key>\n  <dict>\n    <key>Minute</key>\n    <integer>0</integer>"));
    assert!(text.contains("<key>RunAtLoad</key>\n  <true/>"));
    assert_eq!(
        text.matches("<dict>").count(),
        text.matches("</dict>").count()
    );
}

#[test]
fn the_task_runs_hourly_and_as_soon_as_possible_after_a_missed_start() {
    let text = task_xml(
        &job(
            r"C:\Program Files\Koshin\koshin.exe",
            r"C:\Users\Mei\My Data\",
        ),
        "2026-12-01T18:00:00",
        Some(r"LAPTOP\Mei"),
    );
    assert!(text.contains("<Interval>PT1H</Interval>"), "{text}");
    assert!(text.contains("<LogonTrigger>") && text.contains(r"<UserId>LAPTOP\Mei</UserId>"));
    assert!(text.contains("<StartBoundary>2026-12-01T18:00:00</StartBoundary>"));
    assert!(text.contains("<StartWhenAvailable>true</StartWhenAvailable>"));
    assert!(text.contains(r"<Command>C:\Program Files\Koshin\koshin.exe</Command>"));
    // A trailing backslash before the closing quote is doubled.
    assert!(
        text.contains(
            r"<Arguments>--data-dir &quot;C:\Users\Mei\My Data\\&quot; remind</Arguments>"
        ),
        "{text}"
    );
}

//! `koshinw.exe`: Kōshin on Windows without a console window, for the Start
//! menu, the desktop shortcut, double-clicked card files and the hourly
//! Task Scheduler job.
//!
//! `koshin.exe` is a console program, so that `koshin due` in cmd or
//! PowerShell prints, waits and sets the exit code as any command does; but
//! a console program started from Explorer or Task Scheduler gets a console
//! window of its own. This launcher is a Windows program (no console): it
//! starts `koshin.exe` beside it with the same arguments and no console,
//! lets it bring its window to the front, waits, and exits with its code.
//! Built only for the installer (`--features windows-launcher`).

#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let name = if cfg!(windows) {
        "koshin.exe"
    } else {
        "koshin"
    };
    let Ok(launcher) = std::env::current_exe() else {
        return ExitCode::FAILURE;
    };
    let mut command = Command::new(launcher.with_file_name(name));
    command.args(std::env::args_os().skip(1));
    platform::without_console(&mut command);
    match command.status() {
        Ok(status) => status
            .code()
            .and_then(|code| u8::try_from(code).ok())
            .map_or(ExitCode::FAILURE, ExitCode::from),
        // There is no console to say it on; the Start menu entry shows nothing.
        Err(_) => ExitCode::FAILURE,
    }
}

#[cfg(windows)]
#[allow(unsafe_code)]
mod platform {
    use std::os::windows::process::CommandExt;
    use std::process::Command;

    use windows_sys::Win32::System::Threading::CREATE_NO_WINDOW;
    use windows_sys::Win32::UI::WindowsAndMessaging::{ASFW_ANY, AllowSetForegroundWindow};

    /// Starts the program with no console, and lets it take the foreground
    /// this launcher was given by the click that started it.
    pub fn without_console(command: &mut Command) {
        command.creation_flags(CREATE_NO_WINDOW);
        // SAFETY: a plain Win32 call with a constant argument.
        unsafe {
            AllowSetForegroundWindow(ASFW_ANY);
        }
    }
}

#[cfg(not(windows))]
mod platform {
    /// Elsewhere there is no console to avoid.
    pub fn without_console(_command: &mut std::process::Command) {}
}

//! The console on Windows: `koshin.exe` is a console program, so that its
//! commands print and wait in cmd and PowerShell. Started from Explorer to
//! open the window, it gets a console window of its own, which the window
//! then closes (Start menu entries use `koshinw.exe`, which has none).
//! Elsewhere there is nothing to do.

/// Closes the console when this process is the only one using it (it was
/// made for this process, not shared with a shell it was typed into).
pub fn release_if_own() {
    platform::release_if_own();
}

#[cfg(windows)]
#[allow(unsafe_code)]
mod platform {
    use windows_sys::Win32::System::Console::{FreeConsole, GetConsoleProcessList};

    pub(super) fn release_if_own() {
        let mut processes = [0u32; 2];
        // SAFETY: the buffer is valid for its length; the call writes at most that many ids.
        let count = unsafe { GetConsoleProcessList(processes.as_mut_ptr(), 2) };
        // One process on the console: only this one (0 when there is no console).
        // SAFETY: FreeConsole takes no arguments.
        if count == 1 && unsafe { FreeConsole() } == 0 {
            log::warn!("the console of the window could not be closed");
        }
    }
}

#[cfg(not(windows))]
mod platform {
    pub(super) fn release_if_own() {}
}

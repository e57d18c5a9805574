//! The log: what went wrong that the person was not told at once (a
//! watcher that could not start, a temporary file that could not be
//! removed), and what they were told, by message id. A small file in the
//! platform's state or cache folder, rotated at 1 MB with two old files
//! kept, so it never grows. No card numbers, activation codes or labels go
//! in it: messages are logged by id with only their safe arguments
//! ([`crate::i18n::Msg::loggable`]).

use std::path::PathBuf;

use flexi_logger::{Cleanup, Criterion, FileSpec, Logger, LoggerHandle, Naming, WriteMode};

/// The log file being written; rotated ones are `koshin_r00000.log`, ….
pub const LOG_FILE: &str = "koshin_rCURRENT.log";

/// The environment variable that puts the log in another folder (tests use it).
pub const LOG_DIR_ENV: &str = "KOSHIN_LOG_DIR";

/// The log's size before it is rotated, in bytes.
const ROTATE_BYTES: u64 = 1024 * 1024;

/// How many rotated files are kept beside the current one.
const KEPT_FILES: usize = 2;

/// The folder of the log: `KOSHIN_LOG_DIR`, else the platform's state folder
/// (`~/.local/state/koshin` on Linux), else its local data or cache folder
/// (`%LOCALAPPDATA%\Koshin\data\logs` on Windows, `~/Library/Caches/Koshin`
/// on macOS).
pub fn log_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(LOG_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("", "", "Koshin")?;
    Some(match dirs.state_dir() {
        Some(state) => state.to_path_buf(),
        None if cfg!(windows) => dirs.data_local_dir().join("logs"),
        None => dirs.cache_dir().to_path_buf(),
    })
}

/// Starts logging to [`LOG_FILE`] in [`log_dir`]; keep the handle while the
/// program runs. The reason when it cannot start (the program runs on
/// without a log).
pub fn start() -> Result<LoggerHandle, String> {
    let dir = log_dir().ok_or_else(|| "no folder for the log".to_owned())?;
    Logger::try_with_env_or_str("info")
        .map_err(|e| e.to_string())?
        .log_to_file(
            FileSpec::default()
                .directory(&dir)
                .basename("koshin")
                .suppress_timestamp(),
        )
        .append()
        .rotate(
            Criterion::Size(ROTATE_BYTES),
            Naming::Numbers,
            Cleanup::KeepLogFiles(KEPT_FILES),
        )
        .write_mode(WriteMode::Direct)
        .format(flexi_logger::detailed_format)
        .start()
        .map_err(|e| format!("{}: {e}", dir.display()))
}

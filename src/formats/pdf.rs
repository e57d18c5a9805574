//! The text layer of a PDF receipt or invoice. PDF parsers panic, loop or
//! overflow their stack on damaged and hostile files, so the text is read in
//! a child process — this same binary, run as `koshin __pdf-text` — with a
//! size cap on what goes in, a time limit, a memory limit (the child sets its
//! own) and a cap on what comes out. A PDF that cannot be read is only that:
//! the person is told, and the file is still attached.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The hidden subcommand the child runs.
pub const CHILD_COMMAND: &str = "__pdf-text";
/// The largest PDF read: receipts are a few hundred kilobytes.
pub const MAX_PDF_BYTES: usize = 16 * 1024 * 1024;
/// How long the child may take.
pub const TIME_LIMIT: Duration = Duration::from_secs(10);
/// How much memory the child may take (its address space, where the system allows).
pub const MEMORY_LIMIT_BYTES: u64 = 1024 * 1024 * 1024;
/// The most text taken from one PDF.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

/// Why a PDF's text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfProblem {
    /// Larger than [`MAX_PDF_BYTES`].
    TooLarge,
    /// It took longer than [`TIME_LIMIT`]; the child was stopped.
    TimedOut,
    /// The parser refused it, or crashed on it.
    Unreadable,
    /// It has no text layer (a scan, an image).
    NoText,
    /// The child could not be started.
    NoHelper(String),
}

impl PdfProblem {
    /// The message id of the reason, for the person.
    pub fn message_id(&self) -> &'static str {
        msg_ids!(match self {
            PdfProblem::TooLarge => "pdf-too-large",
            PdfProblem::TimedOut => "pdf-timed-out",
            PdfProblem::Unreadable => "pdf-unreadable",
            PdfProblem::NoText => "pdf-no-text",
            PdfProblem::NoHelper(_) => "pdf-no-helper",
        })
    }
}

static HELPER: OnceLock<PathBuf> = OnceLock::new();

/// Runs the child from `path` rather than from this program: for tests,
/// whose program is the test runner, not `koshin`.
pub fn use_helper(path: PathBuf) {
    if let Err(refused) = HELPER.set(path) {
        // Set once per process; a second test's call keeps the first.
        log::debug!(
            "the PDF helper is already set; {} is not used",
            refused.display()
        );
    }
}

/// The program to run as the child: this one, unless told otherwise.
fn helper() -> Result<PathBuf, PdfProblem> {
    if let Some(path) = HELPER.get() {
        return Ok(path.clone());
    }
    std::env::current_exe().map_err(|e| PdfProblem::NoHelper(e.to_string()))
}

/// Whether `bytes` look like a PDF (its header within the first kilobyte).
pub fn looks_like_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// The text of a PDF, read in a child process within the limits.
pub fn text_of(bytes: &[u8]) -> Result<String, PdfProblem> {
    if bytes.len() > MAX_PDF_BYTES {
        return Err(PdfProblem::TooLarge);
    }
    let mut command = Command::new(helper()?);
    command
        .arg(CHILD_COMMAND)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt as _;
        // No console window flashing up for the child of a window.
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        command.creation_flags(CREATE_NO_WINDOW);
    }
    let mut child = command
        .spawn()
        .map_err(|e| PdfProblem::NoHelper(e.to_string()))?;
    // Feed and drain on threads, so that neither pipe can block the wait.
    let mut stdin = child.stdin.take();
    let input = bytes.to_vec();
    let feeder = std::thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            // A child that stops reading (it failed) closes the pipe: its
            // own failure is what the person is told; this is only logged.
            if let Err(error) = stdin.write_all(&input) {
                log::debug!("the PDF helper stopped reading its input: {error}");
            }
        }
    });
    let stdout = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        if let Some(stdout) = stdout {
            let cap = u64::try_from(MAX_TEXT_BYTES).unwrap_or(u64::MAX);
            let _ = stdout.take(cap).read_to_end(&mut text);
        }
        text
    });
    let deadline = Instant::now() + TIME_LIMIT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Ok(None) | Err(_) => break None,
        }
    };
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        let _ = feeder.join();
        log::warn!("a PDF took longer than {TIME_LIMIT:?} to read; stopped");
        return Err(PdfProblem::TimedOut);
    };
    let _ = feeder.join();
    let text = reader.join().unwrap_or_default();
    if !status.success() {
        log::warn!("a PDF could not be read ({status})");
        return Err(PdfProblem::Unreadable);
    }
    let text = String::from_utf8_lossy(&text).into_owned();
    if text.trim().is_empty() {
        return Err(PdfProblem::NoText);
    }
    Ok(text)
}

/// The child's work: limits itself, reads a PDF from standard input and
/// writes its text to standard output. Exits 0 when it read text, 1 when
/// not; a panic or an abort ends it too, which the parent hears.
pub fn run_child() -> std::process::ExitCode {
    limit_memory();
    let mut bytes = Vec::new();
    let cap = u64::try_from(MAX_PDF_BYTES + 1).unwrap_or(u64::MAX);
    if std::io::stdin().take(cap).read_to_end(&mut bytes).is_err() || bytes.len() > MAX_PDF_BYTES {
        return std::process::ExitCode::FAILURE;
    }
    match extract_text(&bytes) {
        Some(text) => {
            let mut out = std::io::stdout().lock();
            if out
                .write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .is_ok()
            {
                std::process::ExitCode::SUCCESS
            } else {
                std::process::ExitCode::FAILURE
            }
        }
        None => std::process::ExitCode::FAILURE,
    }
}

/// The text layer, in this process: only the child calls it.
fn extract_text(bytes: &[u8]) -> Option<String> {
    pdf_extract::extract_text_from_mem(bytes).ok()
}

/// Caps the child's address space, so that a file that makes the parser
/// allocate without end ends the child instead of the machine's memory.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn limit_memory() {
    use rustix::process::{Resource, Rlimit, setrlimit};
    let limit = Rlimit {
        current: Some(MEMORY_LIMIT_BYTES),
        maximum: Some(MEMORY_LIMIT_BYTES),
    };
    if let Err(error) = setrlimit(Resource::As, limit) {
        log::warn!("the PDF reader's memory could not be limited: {error}");
    }
}

/// Caps the child's memory with a job object that holds only itself.
#[cfg(windows)]
#[allow(unsafe_code)]
fn limit_memory() {
    use windows_sys::Win32::System::JobObjects::{
        AssignProcessToJobObject, CreateJobObjectW, JOB_OBJECT_LIMIT_PROCESS_MEMORY,
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION, JobObjectExtendedLimitInformation,
        SetInformationJobObject,
    };
    use windows_sys::Win32::System::Threading::GetCurrentProcess;
    // SAFETY: plain Win32 calls with a zeroed, correctly sized structure;
    // the job's handle stays open for the life of the process, which keeps
    // the limit in force.
    unsafe {
        let job = CreateJobObjectW(std::ptr::null(), std::ptr::null());
        if job.is_null() {
            log::warn!("the PDF reader's memory could not be limited (no job object)");
            return;
        }
        let mut info: JOBOBJECT_EXTENDED_LIMIT_INFORMATION = std::mem::zeroed();
        info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY;
        info.ProcessMemoryLimit = usize::try_from(MEMORY_LIMIT_BYTES).unwrap_or(usize::MAX);
        let size = u32::try_from(size_of_val(&info)).unwrap_or(0);
        let set = SetInformationJobObject(
            job,
            JobObjectExtendedLimitInformation,
            std::ptr::from_ref(&info).cast(),
            size,
        );
        if set == 0 || AssignProcessToJobObject(job, GetCurrentProcess()) == 0 {
            log::warn!("the PDF reader's memory could not be limited");
        }
    }
}

/// Elsewhere the time limit and the size cap must do.
#[cfg(not(any(
    windows,
    target_os = "linux",
    target_os = "android",
    target_vendor = "apple"
)))]
fn limit_memory() {}

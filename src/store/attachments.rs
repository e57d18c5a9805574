//! Confirmation files kept with receipts: copied into `attachments/` beside
//! the archive under a name made from their content (so the same file is
//! kept once), with the original name kept for display.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{StoreError, create_dir, write_atomic};
use crate::i18n::Msg;
use crate::model::{Archive, Attachment};

/// The folder of attachments in the data folder.
pub const ATTACHMENT_DIR: &str = "attachments";
/// The largest file that can be attached: a PDF, a screenshot or an e-mail is far smaller.
pub const MAX_ATTACHMENT_BYTES: u64 = 50 * 1024 * 1024;

/// Why a file could not be attached. Nothing was changed.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message())]
pub enum AttachError {
    /// The file is larger than [`MAX_ATTACHMENT_BYTES`].
    TooLarge {
        /// The file's name.
        name: String,
        /// Its size in bytes.
        size: u64,
    },
    /// The file could not be read (gone, a folder, no permission).
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the system said.
        detail: String,
    },
    /// The copy could not be written.
    Write(StoreError),
}

impl AttachError {
    /// What to tell the person.
    pub fn message(&self) -> Msg {
        match self {
            AttachError::TooLarge { name, size } => Msg::new("attach-too-large")
                .arg("name", name.as_str())
                .arg("size_mb", size.div_ceil(1024 * 1024).to_string())
                .arg("max_mb", (MAX_ATTACHMENT_BYTES / (1024 * 1024)).to_string()),
            AttachError::Unreadable { path, detail } => Msg::new("attach-unreadable")
                .arg("path", path.display().to_string())
                .arg("detail", detail.as_str()),
            AttachError::Write(error) => error.message(),
        }
    }
}

/// Where an attachment's copy lives.
pub fn attachment_path(data_dir: &Path, attachment: &Attachment) -> PathBuf {
    data_dir.join(ATTACHMENT_DIR).join(&attachment.stored_name)
}

/// The extension of a file, cleaned for use in a file name ("pdf", "png", "eml").
fn extension(path: &Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    (!ext.is_empty() && ext.len() <= 10 && ext.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then_some(ext)
}

/// Copies `source` into the archive's attachments (once per content) and describes it.
pub fn attach(data_dir: &Path, source: &Path) -> Result<Attachment, AttachError> {
    let unreadable = |detail: String| AttachError::Unreadable {
        path: source.to_path_buf(),
        detail,
    };
    let meta = fs::metadata(source).map_err(|e| unreadable(e.to_string()))?;
    if !meta.is_file() {
        return Err(unreadable(Msg::new("attach-not-a-file").to_string()));
    }
    let original_name = source.file_name().map_or_else(
        || source.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    if meta.len() > MAX_ATTACHMENT_BYTES {
        return Err(AttachError::TooLarge {
            name: original_name,
            size: meta.len(),
        });
    }
    let bytes = fs::read(source).map_err(|e| unreadable(e.to_string()))?;
    store_bytes(data_dir, &original_name, &bytes)
}

/// Keeps `bytes` in the archive's attachments (once per content) as a file
/// first named `original_name`, and describes it.
pub fn store_bytes(
    data_dir: &Path,
    original_name: &str,
    bytes: &[u8],
) -> Result<Attachment, AttachError> {
    let hash = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in hash {
        // Writing to a String cannot fail.
        let _ = write!(hex, "{byte:02x}");
    }
    let stored_name = match extension(Path::new(original_name)) {
        Some(ext) => format!("{hex}.{ext}"),
        None => hex,
    };
    let dir = data_dir.join(ATTACHMENT_DIR);
    let dest = dir.join(&stored_name);
    if !dest.exists() {
        create_dir(&dir).map_err(AttachError::Write)?;
        write_atomic(&dest, bytes).map_err(AttachError::Write)?;
    }
    Ok(Attachment {
        stored_name,
        original_name: original_name.to_owned(),
        size_bytes: bytes.len() as u64,
    })
}

/// The stored names of attachments whose copy is missing from the folder.
pub fn missing(data_dir: &Path, archive: &Archive) -> BTreeSet<String> {
    archive
        .receipts
        .iter()
        .flat_map(|r| &r.attachments)
        .filter(|a| !attachment_path(data_dir, a).is_file())
        .map(|a| a.stored_name.clone())
        .collect()
}

/// Removes the copies named in `candidates` that no receipt refers to any more.
/// A copy another receipt still uses is kept. Returns the names removed.
pub fn remove_unreferenced(
    data_dir: &Path,
    archive: &Archive,
    candidates: &BTreeSet<String>,
) -> Vec<String> {
    let referenced: BTreeSet<&str> = archive
        .receipts
        .iter()
        .flat_map(|r| &r.attachments)
        .map(|a| a.stored_name.as_str())
        .collect();
    candidates
        .iter()
        .filter(|name| !referenced.contains(name.as_str()))
        // A name is a hex digest with an extension; never follow anything else.
        .filter(|name| {
            name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.') && !name.starts_with('.')
        })
        .filter(|name| fs::remove_file(data_dir.join(ATTACHMENT_DIR).join(name)).is_ok())
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Receipt;

    /// A folder outside the data folder holding a file `name` with `bytes`.
    fn outside_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let outside = tempfile::tempdir().unwrap();
        let path = outside.path().join(name);
        fs::write(&path, bytes).unwrap();
        (outside, path)
    }

    #[test]
    fn attaching_copies_under_a_content_name_once() {
        let data = tempfile::tempdir().unwrap();
        let (_outside, pdf) = outside_file("Order 123.PDF", b"%PDF-1.4 confirmation");
        let (_other, copy) = outside_file("copy.pdf", b"%PDF-1.4 confirmation");

        let first = attach(data.path(), &pdf).unwrap();
        assert_eq!(first.original_name, "Order 123.PDF");
        assert_eq!(first.size_bytes, 21);
        assert_eq!(Path::new(&first.stored_name).extension().unwrap(), "pdf");
        assert_eq!(
            first.stored_name.len(),
            64 + 4,
            "a SHA-256 digest and the extension"
        );
        assert_eq!(
            fs::read(attachment_path(data.path(), &first)).unwrap(),
            b"%PDF-1.4 confirmation"
        );

        let again = attach(data.path(), &copy).unwrap();
        assert_eq!(
            again.stored_name, first.stored_name,
            "same content, same copy"
        );
        assert_eq!(again.original_name, "copy.pdf");
        assert_eq!(
            fs::read_dir(data.path().join(ATTACHMENT_DIR))
                .unwrap()
                .count(),
            1
        );
    }

    #[test]
    fn too_large_and_unreadable_files_change_nothing() {
        let data = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let big = outside.path().join("video.mp4");
        let file = fs::File::create(&big).unwrap();
        file.set_len(MAX_ATTACHMENT_BYTES + 1).unwrap();
        let error = attach(data.path(), &big).unwrap_err();
        assert!(matches!(error, AttachError::TooLarge { .. }));
        assert!(error.to_string().contains("51 MB"), "{error}");
        assert!(matches!(
            attach(data.path(), &outside.path().join("gone.pdf")),
            Err(AttachError::Unreadable { .. })
        ));
        assert!(matches!(
            attach(data.path(), outside.path()),
            Err(AttachError::Unreadable { .. })
        ));
        assert!(!data.path().join(ATTACHMENT_DIR).exists());
    }

    #[test]
    fn missing_copies_are_found_and_shared_copies_are_kept() {
        let data = tempfile::tempdir().unwrap();
        let (_outside, shot) = outside_file("shot.png", b"png bytes");
        let attachment = attach(data.path(), &shot).unwrap();
        let receipt = |a: &Attachment| Receipt {
            attachments: vec![a.clone()],
            ..Receipt::default()
        };
        let mut archive = Archive {
            receipts: vec![receipt(&attachment), receipt(&attachment)],
            ..Archive::default()
        };
        assert!(missing(data.path(), &archive).is_empty());

        // One of the two receipts is deleted: the copy stays for the other.
        archive.receipts.pop();
        let candidates: BTreeSet<String> = [attachment.stored_name.clone()].into();
        assert!(remove_unreferenced(data.path(), &archive, &candidates).is_empty());
        assert!(attachment_path(data.path(), &attachment).exists());
        // The last one goes: so does the copy.
        archive.receipts.clear();
        assert_eq!(
            remove_unreferenced(data.path(), &archive, &candidates),
            std::slice::from_ref(&attachment.stored_name)
        );

        archive.receipts = vec![receipt(&attachment)];
        assert_eq!(missing(data.path(), &archive), candidates);
    }
}

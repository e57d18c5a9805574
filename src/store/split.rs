//! Reading a large archive on two threads. Nearly all of a large
//! `koshin.ron` is its list of receipts, and one thread parses about 130 MB of
//! RON a second: the list is cut in two at a receipt's boundary and each half
//! is read on its own thread while the rest of the archive is read too.
//!
//! The cut is found by a small scanner that knows only what Kōshin writes:
//! identifiers, numbers, punctuation, plain and raw strings. Anything else
//! outside a string (a comment, a character, a byte string) and the file is
//! read in one pass, as is any file the halves do not read cleanly from: the
//! one-pass read then gives the error, with its line and column.

use serde::de::DeserializeOwned;

use crate::model::{Archive, Receipt};

/// Files smaller than this are read in one pass (threads cost more than they save).
const SPLIT_BYTES: usize = 512 * 1024;

/// The archive in `text`, read as RON.
pub fn read(text: &str) -> Result<Archive, ron::error::SpannedError> {
    if text.len() >= SPLIT_BYTES
        && let Some(split) = Split::of(text)
        && let Some(archive) = split.read()
    {
        return Ok(archive);
    }
    ron::from_str(text)
}

/// A large archive in `text` without its receipts (an empty list), read in a
/// few milliseconds: what the window's first frame shows while the receipts
/// are still to be read. `None` for a small archive (read whole as soon) and
/// for one the scanner or the parser does not read.
pub fn without_receipts(text: &str) -> Option<Archive> {
    if text.len() < SPLIT_BYTES {
        return None;
    }
    let list = receipts_list(text.as_bytes())?;
    parse(&rest_of(text, &list))
}

/// The archive in `text` with the list at `list` emptied.
fn rest_of(text: &str, list: &ReceiptsList) -> String {
    format!("{}[]{}", &text[..list.open], &text[list.close + 1..])
}

/// An archive's text cut into three documents that read on their own.
#[derive(Debug)]
struct Split {
    /// The archive with an empty list of receipts.
    rest: String,
    /// The first receipts, as a list.
    first: String,
    /// The other receipts, as a list.
    second: String,
    /// How many receipts the list holds.
    count: usize,
}

impl Split {
    /// Cuts `text`, or `None` when it holds anything the scanner does not
    /// know or no list of receipts with at least two of them.
    fn of(text: &str) -> Option<Split> {
        let list = receipts_list(text.as_bytes())?;
        let [_, .., _] = list.starts.as_slice() else {
            return None;
        };
        let half = list.starts[list.starts.len() / 2];
        let (first_start, close) = (list.starts[0], list.close);
        // The header (`#![enable(implicit_some)]`) goes with each part, so that
        // each reads with the extensions the file asks for.
        let header = &text[..list.top];
        Some(Split {
            rest: rest_of(text, &list),
            first: format!("{header}[{}]", &text[first_start..half]),
            second: format!("{header}[{}]", &text[half..close]),
            count: list.starts.len(),
        })
    }

    /// The archive, or `None` when any part does not read or the parts do not add up.
    fn read(&self) -> Option<Archive> {
        std::thread::scope(|scope| {
            let second = std::thread::Builder::new()
                .name("koshin-read".into())
                .spawn_scoped(scope, || parse::<Vec<Receipt>>(&self.second));
            let rest = parse::<Archive>(&self.rest);
            let first = parse::<Vec<Receipt>>(&self.first);
            let second = match second {
                Ok(thread) => thread.join().ok().flatten(),
                Err(_) => parse::<Vec<Receipt>>(&self.second),
            };
            let (mut archive, mut receipts, second) = (rest?, first?, second?);
            receipts.extend(second);
            if !archive.receipts.is_empty() || receipts.len() != self.count {
                return None;
            }
            archive.receipts = receipts;
            Some(archive)
        })
    }
}

fn parse<T: DeserializeOwned>(text: &str) -> Option<T> {
    ron::from_str(text).ok()
}

/// Where the list of receipts is in an archive's text (byte offsets).
#[derive(Debug, PartialEq)]
struct ReceiptsList {
    /// The archive's opening parenthesis.
    top: usize,
    /// The list's `[`.
    open: usize,
    /// The list's `]`.
    close: usize,
    /// Where each receipt's `(` is.
    starts: Vec<usize>,
}

/// Finds the list of receipts of the archive in `text`.
fn receipts_list(text: &[u8]) -> Option<ReceiptsList> {
    let mut scan = Scanner { text, at: 0 };
    scan.skip_header()?;
    let top = scan.at;
    if scan.peek()? != b'(' {
        return None;
    }
    scan.at += 1;
    // At the archive's own level: `name: value` pairs, until `receipts: [`.
    let mut depth = 1;
    loop {
        scan.skip_whitespace();
        let byte = scan.peek()?;
        if depth == 1 && is_ident_start(byte) {
            let word = scan.identifier();
            if word != b"receipts" {
                continue;
            }
            scan.skip_whitespace();
            scan.expect(b':')?;
            scan.skip_whitespace();
            let open = scan.at;
            scan.expect(b'[')?;
            let (close, starts) = scan.elements()?;
            return Some(ReceiptsList {
                top,
                open,
                close,
                starts,
            });
        }
        match scan.token()? {
            Token::Open => depth += 1,
            Token::Close if depth == 1 => return None,
            Token::Close => depth -= 1,
            Token::Other => {}
        }
    }
}

/// What one step of the scanner passed over.
enum Token {
    /// `(`, `[` or `{`.
    Open,
    /// `)`, `]` or `}`.
    Close,
    /// A string, a word, a number or other punctuation.
    Other,
}

struct Scanner<'t> {
    text: &'t [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// Skips the `#![enable(…)]` lines at the top of the file.
    fn skip_header(&mut self) -> Option<()> {
        loop {
            self.skip_whitespace();
            if !self.text[self.at..].starts_with(b"#![") {
                return Some(());
            }
            let end = self.text[self.at..].iter().position(|&b| b == b']')?;
            self.at += end + 1;
        }
    }

    fn identifier(&mut self) -> &[u8] {
        let start = self.at;
        while self.peek().is_some_and(is_ident_char) {
            self.at += 1;
        }
        &self.text[start..self.at]
    }

    /// Passes one token; `None` at the end of the text or at anything the
    /// scanner does not know.
    fn token(&mut self) -> Option<Token> {
        let byte = self.peek()?;
        match byte {
            b'(' | b'[' | b'{' => {
                self.at += 1;
                Some(Token::Open)
            }
            b')' | b']' | b'}' => {
                self.at += 1;
                Some(Token::Close)
            }
            b'"' => self.string().map(|()| Token::Other),
            b'r' if matches!(self.text.get(self.at + 1), Some(b'#' | b'"')) => {
                self.raw_string().map(|()| Token::Other)
            }
            b':' | b',' | b'-' | b'+' | b'.' => {
                self.at += 1;
                Some(Token::Other)
            }
            _ if is_ident_char(byte) => {
                self.identifier();
                Some(Token::Other)
            }
            // A comment, a character, a byte string: read in one pass.
            _ => None,
        }
    }

    /// Passes a `"…"` string with its escapes.
    fn string(&mut self) -> Option<()> {
        self.at += 1;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return Some(());
                }
                _ => self.at += 1,
            }
        }
    }

    /// Passes an `r#"…"#` string (any number of `#`, none included).
    fn raw_string(&mut self) -> Option<()> {
        self.at += 1;
        let hashes = self.text[self.at..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        self.at += hashes;
        self.expect(b'"')?;
        loop {
            let end = self.text[self.at..].iter().position(|&b| b == b'"')?;
            self.at += end + 1;
            let closing = self.text[self.at..].iter().take_while(|&&b| b == b'#');
            if closing.count() >= hashes {
                self.at += hashes;
                return Some(());
            }
        }
    }

    /// Passes the elements of a list just opened, each a `( … )`: the offset
    /// of the list's `]` and of each element's `(`.
    fn elements(&mut self) -> Option<(usize, Vec<usize>)> {
        let mut starts = Vec::new();
        loop {
            self.skip_whitespace();
            match self.peek()? {
                b',' => self.at += 1,
                b']' => return Some((self.at, starts)),
                b'(' => {
                    starts.push(self.at);
                    self.at += 1;
                    let mut depth = 1;
                    while depth > 0 {
                        self.skip_whitespace();
                        match self.token()? {
                            Token::Open => depth += 1,
                            Token::Close => depth -= 1,
                            Token::Other => {}
                        }
                    }
                }
                _ => return None,
            }
        }
    }
}

fn is_ident_start(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || byte == b'_'
}

fn is_ident_char(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo;
    use crate::store::to_text;

    fn now() -> jiff::Zoned {
        "2026-11-22T10:00:00+09:00[Asia/Tokyo]".parse().unwrap()
    }

    /// A large household whose receipts' texts hold what could fool a
    /// scanner: brackets, quotes (written as raw strings), backslashes, the
    /// word `receipts:`, comment marks and characters of other scripts.
    fn tricky_archive() -> Archive {
        let mut archive = demo::large_archive(&now(), 5, 4_000);
        let notes = [
            "paid (twice?) [refund] {later}",
            "she said \"top up\" at the counter",
            "a \\ backslash and \"#quotes\"#, and \"##more\"##",
            "receipts: [ ( ) ] // not a comment /* nor this */",
            "妈妈的 eSIM：续费 ¥2,980 'ok'",
            "r#\"looks raw\"#",
        ];
        for (i, receipt) in archive.receipts.iter_mut().enumerate() {
            receipt.notes = notes[i % notes.len()].to_owned();
        }
        archive.receipts[7].plan = "Japan 10 GB / 15 days (\"Sora\")".to_owned();
        archive
    }

    #[test]
    fn a_large_archive_reads_the_same_in_two_halves_as_in_one_pass() {
        let archive = tricky_archive();
        let text = to_text(&archive).unwrap();
        assert!(text.len() >= SPLIT_BYTES, "{}", text.len());
        assert!(text.contains("r#\""), "some notes are raw strings");

        let split = Split::of(&text).expect("the scanner finds the receipts");
        assert_eq!(split.count, 4_000);
        let halves = split.read().expect("the halves read");
        let one_pass: Archive = ron::from_str(&text).unwrap();
        assert_eq!(halves, one_pass);
        assert_eq!(halves, archive);
        assert_eq!(read(&text).unwrap(), archive);
    }

    #[test]
    fn the_cut_is_at_a_receipt_and_the_rest_has_no_receipts() {
        let text = to_text(&tricky_archive()).unwrap();
        let list = receipts_list(text.as_bytes()).unwrap();
        assert!(text[..list.open].trim_end().ends_with("receipts:"));
        assert_eq!(&text[list.close..=list.close], "]");
        for &start in &list.starts {
            assert!(text[start..].starts_with("(\n"), "at {start}");
        }
        let split = Split::of(&text).unwrap();
        let rest: Archive = ron::from_str(&split.rest).unwrap();
        assert!(rest.receipts.is_empty());
        assert_eq!(rest.cards.len(), 5);
    }

    #[test]
    fn a_large_archive_without_its_receipts_is_everything_else() {
        let archive = tricky_archive();
        let text = to_text(&archive).unwrap();
        let preview = without_receipts(&text).expect("a large archive has a preview");
        assert!(preview.receipts.is_empty());
        assert_eq!(
            Archive {
                receipts: archive.receipts.clone(),
                ..preview
            },
            archive
        );
        // A small archive is read whole, and what the scanner does not know is not previewed.
        let small = to_text(&demo::large_archive(&now(), 3, 10)).unwrap();
        assert!(without_receipts(&small).is_none());
        let at_receipts = text.find("  receipts: [").unwrap();
        let mut commented = text.clone();
        commented.insert_str(at_receipts, "  /* kept */\n");
        assert!(without_receipts(&commented).is_none());
    }

    #[test]
    fn escaped_strings_written_by_hand_are_passed_whole() {
        let text = to_text(&demo::large_archive(&now(), 3, 2_000)).unwrap();
        let last_notes = text.rfind("notes: \"").unwrap();
        let mut edited = text.clone();
        edited.insert_str(last_notes + 8, r#"a \"quoted\" \\ (note) ] \u{263A} "#);
        let split = Split::of(&edited).expect("escapes are known");
        let one_pass: Archive = ron::from_str(&edited).unwrap();
        assert_eq!(split.read(), Some(one_pass));
        let notes = &edited_notes(&split.read().unwrap());
        assert!(
            notes.starts_with("a \"quoted\" \\ (note) ] \u{263A} "),
            "{notes}"
        );
    }

    fn edited_notes(archive: &Archive) -> String {
        let receipt = archive.receipts.iter().rev().find(|r| !r.notes.is_empty());
        receipt.unwrap().notes.clone()
    }

    #[test]
    fn what_the_scanner_does_not_know_is_read_in_one_pass() {
        let text = to_text(&demo::large_archive(&now(), 3, 2_000)).unwrap();
        let at_receipts = text.find("  receipts: [").unwrap();
        for (what, inserted) in [
            ("a line comment", "  // kept by hand\n"),
            ("a block comment", "  /* kept */\n"),
            ("a character", "  kind: 'x',\n"),
        ] {
            let mut edited = text.clone();
            edited.insert_str(at_receipts, inserted);
            assert!(Split::of(&edited).is_none(), "{what}");
        }
        // A comment the one-pass read accepts still reads through it.
        let mut commented = text.clone();
        commented.insert_str(at_receipts, "  // kept by hand\n");
        assert_eq!(read(&commented).unwrap().receipts.len(), 2_000);
    }

    #[test]
    fn a_damaged_large_file_gives_the_one_pass_error() {
        let text = to_text(&demo::large_archive(&now(), 3, 3_000)).unwrap();
        let last_channel = text.rfind("channel: store").unwrap();
        let mut wrong_value = text.clone();
        wrong_value.replace_range(last_channel..last_channel + 14, "channel: pigeon");
        // Cut short in the middle of a receipt; a wrong value in the second half.
        for damaged in [&text[..text.len() * 2 / 3], wrong_value.as_str()] {
            assert!(Split::of(damaged).is_none_or(|split| split.read().is_none()));
            let expected = ron::from_str::<Archive>(damaged);
            assert!(expected.is_err());
            assert_eq!(read(damaged), expected);
        }
    }
}

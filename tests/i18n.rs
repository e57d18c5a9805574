//! Every message in every language, none unused, none missing; every
//! character of every translation drawable with the fonts the app ships.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use koshin::i18n::Lang;

/// Kebab-case strings in the code that are data, not message ids.
const NOT_MESSAGES: [&str; 16] = [
    "koshin-signals",
    "extension-request",
    "renew-by",
    "return-by",
    "data-runs-out",
    "koshin-card",
    "koshin-remind",
    "third-party",
    "daemon-reload",
    "test-config",
    "test-home",
    "koshin-disk-check",
    "koshin-open",
    "koshin-hash",
    "koshin-read",
    "koshin-font",
];

/// The message ids of a Fluent file and, for each, the variables it uses.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in source.lines() {
        if let Some((id, _)) = line.split_once(" =")
            && !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            current = Some(id.to_owned());
            map.entry(id.to_owned()).or_default();
        }
        if let Some(id) = &current {
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                let name: String = rest[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                map.get_mut(id).unwrap().insert(name);
                rest = &rest[at + 1..];
            }
        }
    }
    map
}

fn source_files(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            let text = std::fs::read_to_string(&path).unwrap();
            // Test modules sit at the end of a file; their strings are not UI text.
            let code = text
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .to_owned();
            out.push(code);
        }
    }
}

/// The string literals of Rust code (escapes kept as written; char literals skipped).
fn string_literals(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '\'' if chars.get(i + 1) == Some(&'\\') => i += 4,
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
            '"' => {
                let mut literal = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        literal.push(chars[i]);
                        i += 1;
                    }
                    if let Some(&c) = chars.get(i) {
                        literal.push(c);
                    }
                    i += 1;
                }
                out.push(literal);
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Every kebab-case string literal in the app's code.
fn literals() -> BTreeSet<String> {
    let mut files = Vec::new();
    source_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = BTreeSet::new();
    for code in files {
        for piece in string_literals(&code) {
            let piece = piece.as_str();
            let kebab = piece.contains('-')
                && !piece.ends_with('-')
                && piece.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if kebab {
                found.insert(piece.to_owned());
            }
        }
    }
    found
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Lang::En.source());
    assert!(english.len() > 500);
    for lang in Lang::ALL {
        let translated = messages(lang.source());
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !translated.contains_key(*k))
            .collect();
        let extra: Vec<_> = translated
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{} has messages English lacks: {extra:?}",
            lang.tag()
        );
        for (id, variables) in &english {
            // The code passes these messages more than English needs (unpadded month and day).
            let mut allowed = variables.clone();
            if id == "format-date" {
                allowed.extend(["month_n".to_owned(), "day_n".to_owned()]);
            }
            let used = &translated[id];
            assert!(
                used.is_subset(&allowed),
                "{} {id} uses variables the code does not pass: {used:?}",
                lang.tag()
            );
            if id != "format-date" {
                assert_eq!(used, variables, "{} {id} leaves out a variable", lang.tag());
            }
        }
    }
}

#[test]
fn no_message_is_missing_or_unused() {
    let english = messages(Lang::En.source());
    let used = literals();
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !english.contains_key(*id) && !NOT_MESSAGES.contains(&id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "used in the code but not in en.ftl: {missing:?}"
    );
    let unused: Vec<_> = english.keys().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "in en.ftl but used nowhere: {unused:?}");
}

#[test]
fn every_character_of_every_translation_has_a_glyph_in_the_shipped_fonts() {
    let definitions = koshin::ui::fonts::definitions();
    let faces: Vec<_> = definitions
        .font_data
        .values()
        .map(|data| ttf_parser::Face::parse(data.as_ref().as_ref(), data.index).unwrap())
        .collect();
    for lang in Lang::ALL {
        let mut without: BTreeSet<char> = BTreeSet::new();
        for c in lang.source().chars().filter(|c| !c.is_control()) {
            if !faces.iter().any(|face| face.glyph_index(c).is_some()) {
                without.insert(c);
            }
        }
        assert!(
            without.is_empty(),
            "{}: no glyph for {:?}",
            lang.tag(),
            without
        );
    }
}

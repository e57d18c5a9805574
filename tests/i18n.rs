//! Every message in every language, none unused, none missing; every
//! character of every translation drawable with the fonts the app ships.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use koshin::i18n::Lang;

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

/// The app's code, without its tests: files named `tests.rs` or
/// `*_tests.rs`, and the test module at the end of a file.
fn source_files(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !name.ends_with("tests.rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            out.push(code.to_owned());
        }
    }
}

/// The calls through which code names a message: translated at once, or
/// marked as an id to translate later. A string that only looks like an id
/// (an egui id, a file name) counts for nothing.
const CALLS: [&str; 4] = ["Msg::new(", ".t(", ".has(", "msg_id!("];

/// A table of ids: every string in `msg_ids!(match … { … })` or
/// `msg_ids![…]` is one.
const TABLE: &str = "msg_ids!";

/// Every message id the app's code names through [`CALLS`].
fn used_ids() -> BTreeSet<String> {
    let mut files = Vec::new();
    source_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = BTreeSet::new();
    for code in files {
        for (at, _) in code.match_indices(TABLE) {
            let table = &code[at..];
            // The table ends where its brackets close.
            let mut depth = 0;
            let end = table
                .char_indices()
                .find(|&(_, c)| {
                    depth += i32::from("([".contains(c)) - i32::from(")]".contains(c));
                    ")]".contains(c) && depth == 0
                })
                .map_or(table.len(), |(i, _)| i);
            let mut pieces = table[..end].split('"');
            while let (Some(_), Some(id)) = (pieces.next(), pieces.next()) {
                found.insert(id.to_owned());
            }
        }
        for call in CALLS {
            for (at, _) in code.match_indices(call) {
                let rest = code[at + call.len()..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                if let Some(end) = rest.find('"') {
                    found.insert(rest[..end].to_owned());
                }
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
    let used = used_ids();
    assert!(used.len() > 500, "{} ids found", used.len());
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !english.contains_key(*id))
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

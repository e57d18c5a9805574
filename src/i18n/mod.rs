//! Translations: every text a person reads is looked up here by message id.
//!
//! Messages live in Fluent files under `assets/i18n/`, one per language, and
//! are compiled into the binary (compressed by `build.rs`). A lookup in the
//! chosen language falls back to English, and a missing id shows the id
//! itself so that it is noticed.

pub mod format;

use std::fmt;
use std::fmt::Write as _;
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// English, the fallback for every message.
    #[default]
    #[serde(rename = "en")]
    En,
    /// Chinese in simplified script (mainland China, Singapore).
    #[serde(rename = "zh_hans")]
    ZhHans,
    /// Chinese in traditional script (Taiwan, Hong Kong, Macau).
    #[serde(rename = "zh_hant")]
    ZhHant,
    /// Japanese.
    #[serde(rename = "ja")]
    Ja,
}

impl Lang {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::ZhHans, Lang::ZhHant, Lang::Ja];

    /// The BCP 47 tag of the language.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::Ja => "ja",
        }
    }

    /// The language's name in itself, for the language menu.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
            Lang::ZhHant => "繁體中文",
            Lang::Ja => "日本語",
        }
    }

    /// The language of the system's preferred locales, or English.
    pub fn from_system() -> Lang {
        sys_locale::get_locales()
            .find_map(|locale| Lang::from_tag(&locale))
            .unwrap_or_default()
    }

    /// The language for a tag such as "en", "zh-Hans", "zh-TW" or "ja-JP".
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        // "zh_CN.UTF-8" names a locale with its encoding.
        let tag = tag.split('.').next().unwrap_or_default();
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            "zh" => {
                let traditional = parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo"));
                Some(if traditional {
                    Lang::ZhHant
                } else {
                    Lang::ZhHans
                })
            }
            _ => None,
        }
    }

    /// The language for a tag the person typed, or a message naming the ones there are.
    pub fn from_tag_or_message(tag: &str) -> Result<Lang, Msg> {
        Lang::from_tag(tag).ok_or_else(|| Msg::new("cli-unknown-lang").arg("lang", tag))
    }

    /// The Fluent source of the language, unpacked the first time it is asked for.
    pub fn source(self) -> &'static str {
        static SOURCES: [OnceLock<String>; 4] = [const { OnceLock::new() }; 4];
        let (slot, packed): (usize, &[u8]) = match self {
            Lang::En => (0, include_bytes!(concat!(env!("OUT_DIR"), "/en.ftl.zlib"))),
            Lang::ZhHans => (
                1,
                include_bytes!(concat!(env!("OUT_DIR"), "/zh-Hans.ftl.zlib")),
            ),
            Lang::ZhHant => (
                2,
                include_bytes!(concat!(env!("OUT_DIR"), "/zh-Hant.ftl.zlib")),
            ),
            Lang::Ja => (3, include_bytes!(concat!(env!("OUT_DIR"), "/ja.ftl.zlib"))),
        };
        // build.rs packed the file it read; an empty source would show message ids.
        SOURCES[slot].get_or_init(|| {
            miniz_oxide::inflate::decompress_to_vec_zlib(packed)
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .unwrap_or_default()
        })
    }
}

/// One argument of a message: text or a number.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, inserted as it is.
    Text(String),
    /// A number, formatted by the language's rules.
    Number(f64),
    /// Another message, translated into the same language first.
    Msg(Box<Msg>),
    /// A moment, written the way the language writes dates and times.
    Moment(Box<jiff::Zoned>),
    /// Names in a sentence, separated the way the language separates them.
    List(Vec<String>),
    /// A deadline in the provider's time and, when it differs, in the laptop's zone.
    Deadline(Box<(jiff::Zoned, jiff::tz::TimeZone)>),
    /// The time from the first moment to the second: "in 2 days 5 hours", "3 hours ago".
    Countdown(Box<(jiff::Zoned, jiff::Zoned)>),
}

impl Arg {
    /// `moment` as a deadline, with the laptop's time when its zone differs.
    pub fn deadline(moment: &jiff::Zoned, local: &jiff::tz::TimeZone) -> Self {
        Arg::Deadline(Box::new((moment.clone(), local.clone())))
    }

    /// The time from `now` to `then`, in words.
    pub fn countdown(now: &jiff::Zoned, then: &jiff::Zoned) -> Self {
        Arg::Countdown(Box::new((now.clone(), then.clone())))
    }
}

impl From<Vec<String>> for Arg {
    fn from(value: Vec<String>) -> Self {
        Arg::List(value)
    }
}

impl From<jiff::Zoned> for Arg {
    fn from(value: jiff::Zoned) -> Self {
        Arg::Moment(Box::new(value))
    }
}

impl From<Msg> for Arg {
    fn from(value: Msg) -> Self {
        Arg::Msg(Box::new(value))
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Arg::Number(f64::from(value))
    }
}

/// `From` a count type that `f64` holds exactly only up to 2^53: the counts
/// shown to people are far smaller.
macro_rules! count_arg {
    ($($count:ty),*) => {$(
        impl From<$count> for Arg {
            #[expect(clippy::cast_precision_loss, reason = "counts shown to people are small")]
            fn from(value: $count) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}

count_arg!(usize, i64);

/// A message to show a person: an id in the Fluent files and its arguments.
///
/// The model, the store and the exports describe what they have to say as a
/// `Msg`; the UI and the command line turn it into words in the chosen language.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    /// The message id in the Fluent files.
    pub id: &'static str,
    /// Named arguments the message refers to as `{ $name }`.
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl Msg {
    /// The message for the log: its id and those of its arguments that say
    /// where and what (a path, the system's words, a line), never one that
    /// could hold a card's numbers, an activation code or a label.
    pub fn loggable(&self) -> String {
        const SAFE: [&str; 8] = [
            "path", "detail", "line", "column", "version", "count", "found", "expected",
        ];
        let mut text = self.id.to_owned();
        for (name, value) in &self.args {
            let value = match value {
                Arg::Msg(inner) => inner.loggable(),
                Arg::Number(n) => n.to_string(),
                Arg::Text(t) if SAFE.contains(name) => t.clone(),
                _ => continue,
            };
            let _ = write!(text, " {name}=[{value}]");
        }
        text
    }
}

impl fmt::Display for Msg {
    /// The message in English, for logs and error chains.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&english().msg(self))
    }
}

/// The translations of one language, with English behind it.
pub struct I18n {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for I18n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("I18n")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// Builds the bundle of one language.
///
/// The Fluent files are part of the binary and a test parses each of them,
/// so a syntax error cannot reach a user; should one slip through, the
/// messages that did parse are still used.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    let langid: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Unicode isolation marks around arguments would show as boxes in egui.
    bundle.set_use_isolating(false);
    // A duplicate id keeps the first one; the message tests report duplicates.
    if let Err(errors) = bundle.add_resource(resource) {
        log::error!("{} messages of {} are doubled", errors.len(), lang.tag());
    }
    bundle
}

static ENGLISH: LazyLock<I18n> = LazyLock::new(|| I18n::new(Lang::En));

/// The English translations, used as the fallback and for logs.
pub fn english() -> &'static I18n {
    &ENGLISH
}

impl I18n {
    /// The translations of `lang`.
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            bundle: bundle(lang),
        }
    }

    /// The language these translations are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether this language has a message with this id.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// What goes between the items of a list written out in a sentence:
    /// ", " in English, "、" in Chinese and Japanese.
    pub fn list_separator(&self) -> &'static str {
        match self.lang {
            Lang::En => ", ",
            Lang::ZhHans | Lang::ZhHant | Lang::Ja => "、",
        }
    }

    /// The colon between a name and its value: ": " in English, "：" in
    /// Chinese and Japanese.
    pub fn colon(&self) -> &'static str {
        match self.lang {
            Lang::En => ": ",
            Lang::ZhHans | Lang::ZhHant | Lang::Ja => "：",
        }
    }

    /// A name and its value joined by the language's colon: "You see: a list",
    /// "你会看到：列表".
    pub fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}{}{value}", self.colon())
    }

    /// Sentences run together as one paragraph: a space between them in
    /// English, none in Chinese and Japanese.
    pub fn sentences(&self, sentences: &[String]) -> String {
        match self.lang {
            Lang::En => sentences.join(" "),
            Lang::ZhHans | Lang::ZhHant | Lang::Ja => sentences.concat(),
        }
    }

    /// The message `id` without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message described by `msg`, with its arguments.
    pub fn msg(&self, msg: &Msg) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Text(text) => args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(number) => args.set(*name, FluentValue::from(*number)),
                Arg::Msg(inner) => args.set(*name, FluentValue::from(self.msg(inner))),
                Arg::Moment(moment) => {
                    args.set(*name, FluentValue::from(format::moment(self, moment)));
                }
                Arg::List(items) => {
                    args.set(*name, FluentValue::from(items.join(self.list_separator())));
                }
                Arg::Deadline(pair) => {
                    let (moment, local) = &**pair;
                    args.set(
                        *name,
                        FluentValue::from(format::deadline(self, moment, local)),
                    );
                }
                Arg::Countdown(pair) => {
                    let (now, then) = &**pair;
                    args.set(*name, FluentValue::from(format::countdown(self, now, then)));
                }
            }
        }
        self.format(msg.id, Some(&args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let found = self
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .map(|pattern| {
                let mut errors = Vec::new();
                self.bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned()
            });
        match found {
            Some(text) => text,
            None if self.lang != Lang::En => english().format(id, args),
            None => id.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packed_sources_are_the_fluent_files() {
        for (lang, file) in [
            (Lang::En, "en"),
            (Lang::ZhHans, "zh-Hans"),
            (Lang::ZhHant, "zh-Hant"),
            (Lang::Ja, "ja"),
        ] {
            let path = format!("{}/assets/i18n/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
            assert_eq!(lang.source(), std::fs::read_to_string(path).unwrap());
        }
    }

    #[test]
    fn punctuation_follows_the_language() {
        let en = I18n::new(Lang::En);
        let zh = I18n::new(Lang::ZhHans);
        let labels = vec!["妈妈的 eSIM".to_owned(), "Dad's SIM".to_owned()];
        let msg = Msg::new("cli-card-not-found")
            .arg("label", "Mum")
            .arg("labels", labels);
        assert!(
            en.msg(&msg).ends_with("妈妈的 eSIM, Dad's SIM"),
            "{}",
            en.msg(&msg)
        );
        assert!(
            zh.msg(&msg).ends_with("妈妈的 eSIM、Dad's SIM"),
            "{}",
            zh.msg(&msg)
        );
        assert_eq!(en.labelled("You see", "a list"), "You see: a list");
        assert_eq!(zh.labelled("你会看到", "列表"), "你会看到：列表");
    }

    #[test]
    fn every_language_file_parses_without_errors_or_duplicates() {
        for lang in Lang::ALL {
            let parsed = FluentResource::try_new(lang.source().to_owned());
            assert!(parsed.is_ok(), "{} has Fluent syntax errors", lang.tag());
            let mut bundle = FluentBundle::new_concurrent(vec![]);
            assert!(
                bundle.add_resource(parsed.unwrap()).is_ok(),
                "{} defines a message twice",
                lang.tag()
            );
        }
    }

    #[test]
    fn arguments_are_inserted_without_isolation_marks() {
        let text = english().msg(&Msg::new("card-deleted").arg("label", "Mum's eSIM"));
        assert_eq!(text, "Deleted Mum's eSIM. Its receipts are kept.");
    }

    #[test]
    fn tags_and_system_locales_map_to_languages() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("zh_CN.UTF-8"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh-SG"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_tag("zh-TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("zh-Hant-HK"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("de-DE"), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn a_missing_id_shows_the_id() {
        assert_eq!(english().t("no-such-message"), "no-such-message");
    }
}

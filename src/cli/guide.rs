//! `koshin guide`: a card's guide for a reader, as a page, Markdown or pictures.

use super::{
    CliCommand, GuideFormat, I18n, Lang, Level, Msg, Outcome, Path, PathBuf, PictureOptions, Zoned,
    cards, exports, reading,
};

/// What `koshin guide` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GuideOutput {
    /// One HTML page.
    Html,
    /// Markdown.
    Md,
    /// One picture per step, in a folder.
    Png,
}

/// What `koshin guide` was asked for.
#[derive(Default)]
pub(super) struct GuideRequest<'a> {
    reader: Option<&'a str>,
    lang: Option<&'a str>,
    zone: Option<&'a str>,
    format: Option<GuideOutput>,
    with_code: bool,
}

impl<'a> GuideRequest<'a> {
    pub(super) fn of(command: &'a CliCommand) -> Self {
        match command {
            CliCommand::Guide {
                reader,
                lang,
                zone,
                format,
                with_activation_code,
                ..
            } => GuideRequest {
                reader: reader.as_deref(),
                lang: lang.as_deref(),
                zone: zone.as_deref(),
                format: *format,
                with_code: *with_activation_code,
            },
            _ => GuideRequest::default(),
        }
    }
}

/// `koshin guide`: a card's guide for a reader: the person named with
/// `--for`, else the card's user; `--lang` and `--zone` override theirs.
/// Without any, the app's language and Japan time alone.
pub(super) fn guide(
    dir: Result<PathBuf, Msg>,
    card: &str,
    request: &GuideRequest<'_>,
    file: &Path,
    (tr, now): (&I18n, &Zoned),
) -> Outcome {
    let lang = match request.lang.map(Lang::from_tag_or_message) {
        None => None,
        Some(Ok(lang)) => Some(lang),
        Some(Err(msg)) => return Outcome::failed(msg),
    };
    if let Some(Err(error)) = request.zone.map(crate::model::input::parse_zone) {
        return Outcome::failed(error.message());
    }
    let format = request.format.unwrap_or(match GuideFormat::of_path(file) {
        GuideFormat::Html => GuideOutput::Html,
        GuideFormat::Markdown => GuideOutput::Md,
    });
    reading(dir, |archive| {
        let card = match cards::find_card(archive, card) {
            Ok(card) => card,
            Err(msg) => return Outcome::failed(msg),
        };
        let person = match request.reader {
            Some(name) => {
                let Some(person) = archive.person_named(name) else {
                    let known: Vec<&str> = archive.people.iter().map(|p| p.name.as_str()).collect();
                    return Outcome::failed(
                        Msg::new("cli-no-such-person")
                            .arg("name", name)
                            .arg("people", known.join(", ")),
                    );
                };
                Some(person)
            }
            None => archive.person(card.owner_id),
        };
        let mut reader = person.map(crate::model::Person::reader).unwrap_or_default();
        if lang.is_some() {
            reader.lang = lang;
        }
        if let Some(zone) = request.zone {
            reader.zone = Some(zone.trim().to_owned());
        }
        let at = (now, &reader);
        match format {
            GuideOutput::Png => {
                let code = request.with_code.then(|| card.esim_code.code.clone());
                let options = PictureOptions {
                    activation_code: code.filter(|c| !c.trim().is_empty()),
                };
                let folder = exports::pictures_folder(file);
                let mut outcome =
                    exports::write_guide_pictures(archive, card.id, &folder, at, tr, &options);
                if request.with_code && options.activation_code.is_none() {
                    outcome = outcome.say(Level::Info, Msg::new("cli-guide-no-code"));
                }
                outcome
            }
            GuideOutput::Html => {
                exports::write_guide(archive, card.id, GuideFormat::Html, file, at, tr)
            }
            GuideOutput::Md => {
                exports::write_guide(archive, card.id, GuideFormat::Markdown, file, at, tr)
            }
        }
    })
}

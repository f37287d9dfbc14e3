//! The words of every document: Project Fluent message files, one folder per language.
//!
//! `templates/locales/<lang>/*.ftl` hold every sentence, heading and label a reader sees;
//! users edit them like the templates. [`Catalog::load`] reads them all before any document
//! is made (a broken file stops the run, naming the file, line and message). [`Texts`] is one
//! language's words plus its CLDR [`Formats`]: a message missing in that language falls back
//! to English, with one warning per message per run, and English as recap ships it is built
//! in, so a document never shows a raw message id.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use icu::locale::Locale;
use icu::locale::fallback::LocaleFallbacker;
use intl_memoizer::Memoizable;

use super::format::Formats;
use crate::error::{Error, Result};

/// English as recap ships it (`templates/locales/en/`): the last resort for a message that no
/// file of the user's templates has. Keep in step with the files (a test checks).
const BUILTIN_ENGLISH: &[(&str, &str)] = &[
    (
        "pack.ftl",
        include_str!("../../templates/locales/en/pack.ftl"),
    ),
    (
        "common.ftl",
        include_str!("../../templates/locales/en/common.ftl"),
    ),
    (
        "charts.ftl",
        include_str!("../../templates/locales/en/charts.ftl"),
    ),
    (
        "review.ftl",
        include_str!("../../templates/locales/en/review.ftl"),
    ),
    (
        "review-goals.ftl",
        include_str!("../../templates/locales/en/review-goals.ftl"),
    ),
    (
        "review-value.ftl",
        include_str!("../../templates/locales/en/review-value.ftl"),
    ),
    (
        "review-tiles.ftl",
        include_str!("../../templates/locales/en/review-tiles.ftl"),
    ),
    (
        "review-adoption.ftl",
        include_str!("../../templates/locales/en/review-adoption.ftl"),
    ),
    (
        "review-plan.ftl",
        include_str!("../../templates/locales/en/review-plan.ftl"),
    ),
    (
        "review-sentiment.ftl",
        include_str!("../../templates/locales/en/review-sentiment.ftl"),
    ),
    (
        "review-health.ftl",
        include_str!("../../templates/locales/en/review-health.ftl"),
    ),
    (
        "review-next.ftl",
        include_str!("../../templates/locales/en/review-next.ftl"),
    ),
    ("ui.ftl", include_str!("../../templates/locales/en/ui.ftl")),
    (
        "review-deck.ftl",
        include_str!("../../templates/locales/en/review-deck.ftl"),
    ),
    (
        "wrapped.ftl",
        include_str!("../../templates/locales/en/wrapped.ftl"),
    ),
    (
        "brief.ftl",
        include_str!("../../templates/locales/en/brief.ftl"),
    ),
];

/// English as recap ships it, without any user's files: for tests and examples.
pub fn english() -> Arc<Texts> {
    static EN: std::sync::OnceLock<Arc<Texts>> = std::sync::OnceLock::new();
    EN.get_or_init(|| {
        Catalog::load(Path::new("/nonexistent"), ENGLISH)
            .and_then(|c| c.require(ENGLISH))
            .expect("recap's own English messages load")
    })
    .clone()
}

/// The language every message exists in.
pub const ENGLISH: &str = "en";

type Bundle = FluentBundle<Arc<FluentResource>>;

/// One argument of a message: a number (plural and selector aware) or a string.
pub type Arg<'a> = FluentValue<'a>;

/// Every language's messages, read once per run.
pub struct Catalog {
    dir: PathBuf,
    /// The message files of each language folder, by lower-case tag ("de", "pt-br").
    langs: BTreeMap<String, Language>,
    builtin: Vec<Arc<FluentResource>>,
    default: String,
    fallbacker: LocaleFallbacker,
    texts: Mutex<HashMap<String, Arc<Texts>>>,
    warned: Arc<Mutex<BTreeSet<(String, String)>>>,
}

struct Language {
    /// The folder's name as written ("pt-BR").
    tag: String,
    resources: Vec<Arc<FluentResource>>,
}

/// How a requested locale was served.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub texts: Arc<Texts>,
    /// The locale asked for (a contact's `locale`, `--locale`), as given.
    pub requested: Option<String>,
    /// True when the messages are not in the language asked for (`zh` → `en`), or come from
    /// a parent along CLDR's chain (`pt-BR` → `pt`).
    pub fell_back: bool,
}

impl Catalog {
    /// Reads `templates/locales/*/*.ftl`. `default` is the language for documents whose
    /// reader's language recap has no messages for (`[locale] default`, else `en`).
    pub fn load(templates: &Path, default: &str) -> Result<Catalog> {
        let dir = templates.join("locales");
        let mut langs = BTreeMap::new();
        if dir.is_dir() {
            let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map_err(|e| Error::io("read the messages folder", &dir, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect();
            folders.sort();
            for folder in folders {
                let tag = folder
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if tag.parse::<Locale>().is_err() {
                    return Err(Error::Config(format!(
                        "{} is not named after a language: name a messages folder with a BCP 47 tag (de, pt-BR).",
                        folder.display()
                    )));
                }
                let resources = load_folder(&folder)?;
                langs.insert(tag.to_ascii_lowercase(), Language { tag, resources });
            }
        }
        let mut builtin = Vec::new();
        for (name, text) in BUILTIN_ENGLISH {
            let res = parse(
                text.to_string(),
                Path::new(&format!("(built in) en/{name}")),
            )?;
            builtin.push(Arc::new(res));
        }
        let catalog = Catalog {
            dir,
            langs,
            builtin,
            default: String::new(),
            fallbacker: LocaleFallbacker::new().static_to_owned(),
            texts: Mutex::new(HashMap::new()),
            warned: Arc::new(Mutex::new(BTreeSet::new())),
        };
        let default = default.trim();
        let default = if default.is_empty() { ENGLISH } else { default };
        if catalog.chain(default).is_none() {
            return Err(Error::Config(format!(
                "[locale] default = {default:?}, but recap has no messages for it; it has {}.",
                catalog.languages().join(", ")
            )));
        }
        // The tag as configured: `de-CH` keeps Swiss formats over the `de` messages.
        Ok(Catalog {
            default: default.to_string(),
            ..catalog
        })
    }

    /// The languages with messages, as their folders are named ("de", "en", "pt-BR"). English
    /// is always there: recap carries its own.
    pub fn languages(&self) -> Vec<String> {
        let mut out: Vec<String> = self.langs.values().map(|l| l.tag.clone()).collect();
        if !self.langs.contains_key(ENGLISH) {
            out.push(ENGLISH.into());
            out.sort();
        }
        out
    }

    /// The words for a locale the user asked for (`--locale`): an error, listing the
    /// languages there are, when recap has no messages for it nor for a parent of it.
    pub fn require(&self, tag: &str) -> Result<Arc<Texts>> {
        match self.chain(tag) {
            Some((_, chain)) => self.texts_for(tag, &chain),
            None => Err(Error::Config(format!(
                "recap has no messages for the locale {tag:?}; it has {}. Add a folder {}/{} to write them.",
                self.languages().join(", "),
                self.dir.display(),
                tag.trim()
            ))),
        }
    }

    /// The words for a reader's locale, as far as recap has them: along CLDR's chain
    /// (`pt-BR` → `pt`), else the default language. Never fails for a locale it lacks.
    pub fn resolve(&self, requested: Option<&str>) -> Result<Resolved> {
        let requested = requested.map(str::trim).filter(|t| !t.is_empty());
        if let Some(tag) = requested
            && let Some((lang, chain)) = self.chain(tag)
        {
            let exact = normalize(tag).eq_ignore_ascii_case(&lang);
            return Ok(Resolved {
                texts: self.texts_for(tag, &chain)?,
                requested: Some(tag.to_string()),
                fell_back: !exact,
            });
        }
        let default = self.default.clone();
        let (_, chain) = self
            .chain(&default)
            .unwrap_or((ENGLISH.into(), vec![ENGLISH.into()]));
        Ok(Resolved {
            texts: self.texts_for(&default, &chain)?,
            requested: requested.map(str::to_string),
            fell_back: requested.is_some(),
        })
    }

    /// The language folders that serve `tag`, most specific first, and the first of them;
    /// `None` when no folder serves it.
    fn chain(&self, tag: &str) -> Option<(String, Vec<String>)> {
        let locale: Locale = normalize(tag).parse().ok()?;
        let mut found = Vec::new();
        let mut it = self
            .fallbacker
            .for_config(Default::default())
            .fallback_for((&locale).into());
        loop {
            let here = it.get().to_string().to_ascii_lowercase();
            if here == "und" {
                break;
            }
            let has = self.langs.contains_key(&here) || here == ENGLISH;
            if has && !found.contains(&here) {
                found.push(here);
            }
            it.step();
        }
        // CLDR's chain goes by script and region; a folder named after the bare language
        // serves every variant of it.
        let language = locale.id.language.as_str().to_string();
        if !found.contains(&language) && (self.langs.contains_key(&language) || language == ENGLISH)
        {
            found.push(language);
        }
        let first = found.first()?.clone();
        Some((first, found))
    }

    /// The `ui-` message ids of the folders in `chain`, of the user's English and of recap's
    /// own: labels a user adds for their own templates are there too.
    fn label_ids(&self, chain: &[String]) -> BTreeSet<String> {
        let mut resources: Vec<&Arc<FluentResource>> = self.builtin.iter().collect();
        for l in chain.iter().map(String::as_str).chain([ENGLISH]) {
            if let Some(language) = self.langs.get(l) {
                resources.extend(&language.resources);
            }
        }
        resources
            .into_iter()
            .flat_map(|r| message_ids(r))
            .filter(|id| id.starts_with(LABEL_PREFIX))
            .collect()
    }

    fn texts_for(&self, tag: &str, chain: &[String]) -> Result<Arc<Texts>> {
        let tag = normalize(tag);
        let locale: Locale = tag
            .parse()
            .map_err(|e| Error::Config(format!("{tag:?} is not a locale: {e}")))?;
        let key = locale.to_string();
        let mut cache = self.texts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(t) = cache.get(&key) {
            return Ok(t.clone());
        }
        let lang = chain.first().cloned().unwrap_or_else(|| ENGLISH.into());
        let langid = unic(&key);
        let mut bundle = new_bundle(langid.clone());
        for l in chain {
            if let Some(language) = self.langs.get(l) {
                for r in &language.resources {
                    // A parent's message under the same id is the fallback: keep the child's.
                    let _ = bundle.add_resource(r.clone());
                }
            }
        }
        let mut english = new_bundle(langid);
        if let Some(en) = self.langs.get(ENGLISH) {
            for r in &en.resources {
                let _ = english.add_resource(r.clone());
            }
        }
        for r in &self.builtin {
            let _ = english.add_resource(r.clone());
        }
        let texts = Arc::new(Texts {
            lang: self
                .langs
                .get(&lang)
                .map(|l| l.tag.clone())
                .unwrap_or_else(|| ENGLISH.into()),
            fmt: Formats::new(&locale)?,
            locale,
            bundle,
            english,
            label_ids: self.label_ids(chain),
            warned: self.warned.clone(),
        });
        cache.insert(key, texts.clone());
        Ok(texts)
    }
}

/// `pt_BR` → `pt-BR`: POSIX-style locales in the data read as BCP 47.
fn normalize(tag: &str) -> String {
    let t = tag.trim().replace('_', "-");
    // "de-DE.UTF-8" and "de-DE@euro" name the same language.
    t.split(['.', '@']).next().unwrap_or("").to_string()
}

fn unic(tag: &str) -> unic_langid::LanguageIdentifier {
    tag.parse().unwrap_or_default()
}

fn new_bundle(lang: unic_langid::LanguageIdentifier) -> Bundle {
    let mut b = FluentBundle::new_concurrent(vec![lang]);
    // No bidi isolation marks (U+2068/U+2069) around arguments: they would travel into the
    // PDF's text and the HTML, where a search for a name no longer finds it. Typst and the
    // browser apply the bidi algorithm to the whole paragraph; the HTML template isolates
    // names with `<bdi>` where a right-to-left name sits inside a left-to-right sentence.
    b.set_use_isolating(false);
    b.set_formatter(Some(format_number));
    // LOWERFIRST($metric): "Ticket resolution time" inside an English sentence. Languages
    // that capitalize nouns simply do not call it.
    let _ = b.add_function("LOWERFIRST", |args, _named| match args.first() {
        Some(FluentValue::String(s)) => FluentValue::String(lower_first(s).into()),
        Some(v) => v.clone(),
        None => FluentValue::None,
    });
    b
}

/// The first letter in lower case, unless the word is an acronym ("NPS", "CSAT").
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) if !c.clone().next().is_some_and(|n| n.is_uppercase()) => {
            f.to_lowercase().collect::<String>() + c.as_str()
        }
        _ => s.to_string(),
    }
}

/// Numbers inside messages (`{ $count } goals`) in the bundle's locale, through CLDR.
fn format_number(
    v: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    intls
        .with_try_get::<NumberFormat, _, _>((), |f| {
            let max = n.options.maximum_fraction_digits.unwrap_or(2);
            match n.options.minimum_fraction_digits {
                Some(min) if min > 0 => f.0.fixed(n.value, min.max(max)),
                _ => f.0.decimal_places(n.value, max),
            }
        })
        .ok()
}

/// The CLDR formats of a Fluent bundle's locale, made once per bundle.
struct NumberFormat(Formats);

impl Memoizable for NumberFormat {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale: Locale = lang.to_string().parse().map_err(|_| ())?;
        Formats::new(&locale).map(NumberFormat).map_err(|_| ())
    }
}

/// Reads every `.ftl` file of one language folder, in name order.
fn load_folder(folder: &Path) -> Result<Vec<Arc<FluentResource>>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| Error::io("read the messages folder", folder, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)
            .map_err(|e| Error::io("read the message file", &file, e))?;
        let res = parse(text, &file)?;
        for id in message_ids(&res) {
            if let Some(other) = seen.insert(id.clone(), file.clone()) {
                return Err(Error::Config(format!(
                    "the message {id} is defined twice, in {} and in {}; keep one.",
                    other.display(),
                    file.display()
                )));
            }
        }
        out.push(Arc::new(res));
    }
    Ok(out)
}

/// Parses one file; a syntax error names the file, the line and the message it is in.
fn parse(text: String, file: &Path) -> Result<FluentResource> {
    FluentResource::try_new(text).map_err(|(res, errors)| {
        let src = res.source();
        let first = &errors[0];
        let at = first.pos.start.min(src.len());
        let line = src[..at].matches('\n').count() + 1;
        // The entry the error is in: the last line before it that starts a message.
        let entry = src[..at]
            .lines()
            .rev()
            .find_map(|l| {
                let id = l.split('=').next()?.trim_end();
                (l.contains('=')
                    && !l.starts_with([' ', '\t', '#', '.'])
                    && !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .then(|| id.to_string())
            })
            .map(|id| format!(" (in the message {id})"))
            .unwrap_or_default();
        let more = if errors.len() > 1 {
            format!(" and {} more errors", errors.len() - 1)
        } else {
            String::new()
        };
        Error::Config(format!(
            "{}:{line}: {}{entry}{more}. Fix the message file (Fluent syntax: https://projectfluent.org/fluent/guide/) and run again.",
            file.display(),
            first.kind
        ))
    })
}

fn message_ids(res: &FluentResource) -> Vec<String> {
    res.entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// One language's words and formats, shared by every document in it.
pub struct Texts {
    /// The locale formats follow and documents declare (`pt-BR`, `de`).
    pub locale: Locale,
    /// The messages' folder ("pt" for a `pt-BR` reader).
    pub lang: String,
    pub fmt: Formats,
    bundle: Bundle,
    /// The user's English, then recap's own: the fallback for a missing message.
    english: Bundle,
    /// The ids of every `ui-` message in this language, English or recap's own.
    label_ids: BTreeSet<String>,
    warned: Arc<Mutex<BTreeSet<(String, String)>>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("locale", &self.locale.to_string())
            .field("lang", &self.lang)
            .finish()
    }
}

impl Texts {
    /// The message `id` with its arguments, in this language; in English when this language
    /// lacks it (warned once per run).
    pub fn msg(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let fargs = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::with_capacity(args.len());
            for (k, v) in args {
                a.set(*k, v.clone());
            }
            a
        });
        let (bundle, pattern) = match self.bundle.get_message(id).and_then(|m| m.value()) {
            Some(p) => (&self.bundle, p),
            None => match self.english.get_message(id).and_then(|m| m.value()) {
                Some(p) => {
                    self.warn(
                        id,
                        format!(
                            "the message {id} is missing in locales/{}; using the English one. Add it to a .ftl file of that folder.",
                            self.lang
                        ),
                    );
                    (&self.english, p)
                }
                None => {
                    self.warn(id, format!("no message file has the message {id}."));
                    return String::new();
                }
            },
        };
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, fargs.as_ref(), &mut errors);
        if let Some(e) = errors.first() {
            self.warn(
                id,
                format!("the message {id} in locales/{}: {e}", self.lang),
            );
        }
        out.into_owned()
    }

    /// Every `ui-` message, without the prefix and with `_` for `-`: the headings and labels
    /// a template prints (`ui-goals-heading` is `labels.goals_heading`), each formatted with
    /// the document's `args` (the period, the account, …).
    pub fn labels(&self, args: &[(&str, Arg)]) -> BTreeMap<String, String> {
        self.label_ids
            .iter()
            .map(|id| {
                let key = id[LABEL_PREFIX.len()..].replace('-', "_");
                (key, self.msg(id, args))
            })
            .collect()
    }

    /// Like [`Texts::labels`], for the `ui-` messages whose ids start with `ui-<prefix>`
    /// only: a document formats its own labels, not every document's.
    pub fn labels_of(&self, prefix: &str, args: &[(&str, Arg)]) -> BTreeMap<String, String> {
        let start = format!("{LABEL_PREFIX}{prefix}");
        self.label_ids
            .iter()
            .filter(|id| id.starts_with(&start))
            .map(|id| {
                let key = id[LABEL_PREFIX.len()..].replace('-', "_");
                (key, self.msg(id, args))
            })
            .collect()
    }

    fn warn(&self, id: &str, text: String) {
        let mut w = self.warned.lock().unwrap_or_else(|e| e.into_inner());
        if w.insert((self.lang.clone(), id.to_string())) {
            tracing::warn!("{text}");
        }
    }

    /// The language part of the locale ("pt" for pt-BR): Typst's `text(lang:)`.
    pub fn language(&self) -> String {
        self.locale.id.language.as_str().to_string()
    }

    /// The region part, if any ("BR"): Typst's `text(region:)`.
    pub fn region(&self) -> Option<String> {
        self.locale.id.region.map(|r| r.as_str().to_string())
    }

    /// The BCP 47 tag documents declare (`<html lang>`, the PDF's `/Lang`).
    pub fn tag(&self) -> String {
        self.locale.to_string()
    }
}

/// Messages a template prints as they are start with this: `ui-goals-heading` is
/// `labels.goals_heading` in the templates.
pub const LABEL_PREFIX: &str = "ui-";

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::load(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
            "en",
        )
        .unwrap()
    }

    #[test]
    fn recap_carries_every_english_file() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/locales/en");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ftl"))
            .collect();
        files.sort();
        let mut built_in: Vec<String> =
            BUILTIN_ENGLISH.iter().map(|(n, _)| n.to_string()).collect();
        built_in.sort();
        assert_eq!(files, built_in, "add the new file to BUILTIN_ENGLISH");
    }

    #[test]
    fn locales_fall_back_along_cldrs_chain_then_to_the_default() {
        let c = catalog();
        let r = c.resolve(Some("pt-BR")).unwrap();
        assert_eq!(
            (r.texts.lang.as_str(), r.texts.tag().as_str(), r.fell_back),
            ("pt", "pt-BR", true)
        );
        let r = c.resolve(Some("de_DE.UTF-8")).unwrap();
        assert_eq!(
            (r.texts.lang.as_str(), r.texts.tag().as_str()),
            ("de", "de-DE")
        );
        let r = c.resolve(Some("ja")).unwrap();
        assert!(!r.fell_back);
        let r = c.resolve(Some("zh-Hant-TW")).unwrap();
        assert_eq!((r.texts.lang.as_str(), r.fell_back), ("en", true));
        let r = c.resolve(Some("not a locale!")).unwrap();
        assert_eq!((r.texts.lang.as_str(), r.fell_back), ("en", true));
        let r = c.resolve(None).unwrap();
        assert_eq!((r.texts.lang.as_str(), r.fell_back), ("en", false));
        assert!(c.require("xx").is_err());
        assert_eq!(c.require("fr-CA").unwrap().lang, "fr");
    }

    #[test]
    fn the_configured_default_serves_readers_without_messages() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let c = Catalog::load(&dir, "de-CH").unwrap();
        let r = c.resolve(Some("zh")).unwrap();
        assert_eq!(
            (r.texts.lang.as_str(), r.texts.tag().as_str()),
            ("de", "de-CH")
        );
        let e = Catalog::load(&dir, "xx").err().unwrap().to_string();
        assert!(e.contains("de, en, es, fr, it, ja, nl, pt"), "{e}");
    }

    #[test]
    fn numbers_in_messages_follow_the_locale_and_arguments_stay_literal() {
        let c = catalog();
        let de = c.require("de").unwrap();
        // A plural count inside a message is grouped as German groups it.
        let s = de.msg("plan-upcoming", &[("count", 1234.into())]);
        assert!(s.contains("1.234"), "{s}");
        // Markup and Fluent syntax in an argument are text, with no isolation marks.
        let en = c.require("en").unwrap();
        let s = en.msg(
            "review-title",
            &[
                ("account", "{ $x } <b>#exit()</b>".into()),
                ("period", "Q3".into()),
            ],
        );
        assert_eq!(s, "Value review: { $x } <b>#exit()</b>, Q3");
    }
}

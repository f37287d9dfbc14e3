//! What the preview shows of one request: the document (the value review, or an account's
//! Wrapped) rendered through its [`Document`] interface (the same call a run makes), and the
//! PDF's pages drawn as PNGs from the PDF's own bytes.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Deserialize;

use crate::config::Config;
use crate::document::{Document, Rendered, StageTimes};
use crate::error::{Error, Result};
use crate::model::AccountData;
use crate::period::Period;
use crate::reports::review::ReviewJob;
use crate::reports::wrapped::{self, WrappedJob, WrappedOptions};
use crate::source::{self, Selection, Source, Table};

/// Where the preview reads from: the same settings a run takes.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config: Option<PathBuf>,
    pub database_url: Option<String>,
    pub templates: PathBuf,
    pub fonts: PathBuf,
    /// Where the preview serves the last render (`http://127.0.0.1:8800/out/latest`): the
    /// base of Wrapped's links, so its email shows its own images.
    pub base_url: String,
}

impl Settings {
    /// The config and the database, read anew for each request: an edited `recap.toml` or a
    /// new `recap demo` shows at once.
    fn open(&self) -> Result<(Config, Source)> {
        let config = Config::load(self.config.as_deref())?;
        let url = source::resolve_url(self.database_url.as_deref(), &config);
        let src = Source::connect(&url, &config, false)?;
        Ok((config, src))
    }
}

/// What the page asks for.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Request {
    /// `review` (the default) or `wrapped`.
    #[serde(default)]
    pub kind: String,
    /// The account (not for the pack).
    #[serde(default)]
    pub account: String,
    /// `2026-Q3` (Wrapped: the year it falls in); empty: the last full quarter (Wrapped:
    /// this year).
    #[serde(default)]
    pub period: String,
    /// A language tag; empty: the executive sponsor's, as a run chooses.
    #[serde(default)]
    pub lang: String,
    /// The review's paper, `a4` (the default) or `letter`.
    #[serde(default)]
    pub paper: String,
    /// The review's layout, `report` (the default) or `deck`.
    #[serde(default)]
    pub layout: String,
}

impl Request {
    /// What identifies the document shown, whatever its content: two renders of the same
    /// key are the same document before and after an edit.
    pub fn key(&self) -> String {
        format!(
            "{}|{}|{}|{}|{}|{}",
            self.kind, self.account, self.period, self.lang, self.paper, self.layout
        )
    }
}

/// One rendered document: its outputs by name (and the PDF's pages as PNGs), the HTML to
/// show, and the images to show in order (the PDF's pages, then the document's own images).
pub struct Shown {
    pub outputs: BTreeMap<String, (&'static str, Vec<u8>)>,
    pub html: Option<String>,
    pub pdf: Option<String>,
    pub images: Vec<String>,
    /// What a run would warn about this document: what it logged while rendering (a message
    /// missing in a language) and its own report (a reader's locale served in another
    /// language).
    pub warnings: Vec<String>,
    /// Wrapped's emails, one per role and language among the account's recipients.
    pub emails: Vec<Email>,
    /// The PDF's page count.
    pub page_count: usize,
}

/// One of Wrapped's emails: who gets it, and its HTML and text parts' names.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Email {
    pub role: String,
    pub lang: String,
    pub html: String,
    pub text: Option<String>,
}

impl Shown {
    /// The name a PDF page's image is served under.
    pub fn page_name(n: usize) -> String {
        format!("page-{n}.png")
    }

    fn of(rendered: Rendered, report: &serde_json::Value) -> Result<Shown> {
        let warnings = report["locale_fallbacks"]
            .as_object()
            .map(|f| {
                f.keys()
                    .map(|k| format!("the reader's locale has no messages: {k}"))
                    .collect()
            })
            .unwrap_or_default();
        let mut shown = Shown {
            outputs: BTreeMap::new(),
            html: None,
            pdf: None,
            images: Vec::new(),
            warnings,
            emails: Vec::new(),
            page_count: 0,
        };
        let mut own_images = Vec::new();
        for o in rendered.outputs {
            match o.content_type {
                "application/pdf" if shown.pdf.is_none() => {
                    let drawn = pages(&o.bytes)?;
                    shown.page_count = drawn.len();
                    for (i, png) in drawn.into_iter().enumerate() {
                        let name = Shown::page_name(i + 1);
                        shown.images.push(name.clone());
                        shown.outputs.insert(name, ("image/png", png));
                    }
                    shown.pdf = Some(o.path.clone());
                }
                "image/png" => own_images.push(o.path.clone()),
                t if t.starts_with("text/html") => {
                    if let Some(email) = Email::named(&o.path) {
                        shown.emails.push(email);
                    } else if shown.html.is_none() {
                        shown.html = Some(o.path.clone());
                    }
                }
                _ => {}
            }
            shown.outputs.insert(o.path, (o.content_type, o.bytes));
        }
        shown.images.extend(own_images);
        for email in &mut shown.emails {
            let text = email.html.replace(".html", ".txt");
            email.text = shown.outputs.contains_key(&text).then_some(text);
        }
        // A document with emails shows the first of them where others show their HTML.
        if shown.html.is_none() {
            shown.html = shown.emails.first().map(|e| e.html.clone());
        }
        Ok(shown)
    }
}

impl Email {
    /// The email named `ACC-1/email-executive-sponsor-de.html` (Wrapped's names).
    fn named(path: &str) -> Option<Email> {
        let file = path.rsplit('/').next()?;
        let stem = file.strip_prefix("email-")?.strip_suffix(".html")?;
        let (role, lang) = stem.rsplit_once('-')?;
        Some(Email {
            role: role.replace('-', "_"),
            lang: lang.to_string(),
            html: path.to_string(),
            text: None,
        })
    }
}

/// Renders what `req` asks for through [`Document::render`].
pub fn render(settings: &Settings, req: &Request) -> Result<Shown> {
    let (config, src) = settings.open()?;
    let (shown, logged) =
        crate::logging::capture_warnings(|| render_from(settings, &config, &src, req));
    src.block_on(src.pool().close());
    crate::render::typst::evict_cache();
    let mut shown = shown?;
    let report = std::mem::take(&mut shown.warnings);
    shown.warnings = logged;
    shown.warnings.extend(report);
    Ok(shown)
}

fn render_from(settings: &Settings, config: &Config, src: &Source, req: &Request) -> Result<Shown> {
    let today = chrono::Local::now().date_naive();
    if req.kind == "brief" {
        let lang = Some(req.lang.trim()).filter(|l| !l.is_empty());
        return brief(settings, config, src, req, lang, today);
    }
    let period = match req.period.trim() {
        "" if req.kind == "wrapped" => Period::parse(&chrono::Datelike::year(&today).to_string())?,
        "" => Period::last_quarter(today),
        p => Period::parse(p)?,
    };
    let lang = Some(req.lang.trim()).filter(|l| !l.is_empty());
    if req.kind == "pack" {
        return pack(settings, config, src, req, lang);
    }
    let data = account(src, &req.account)?;
    let (rendered, report) = match req.kind.as_str() {
        "" | "review" => {
            ReviewJob::validate(config)?;
            let job = ReviewJob::new(
                config,
                &settings.templates,
                &settings.fonts,
                &period,
                or(&req.paper, "a4"),
                or(&req.layout, "report"),
                lang,
            )?;
            (job.render(&data, &mut StageTimes::default())?, job.report())
        }
        "wrapped" => {
            WrappedJob::validate(config)?;
            let year = chrono::Datelike::year(&period.start);
            let options = WrappedOptions {
                year,
                base_url: settings.base_url.clone(),
                story: true,
                eml: false,
                target: "".parse()?,
                locale: lang.map(str::to_string),
            };
            let population = wrapped::population(src, year)?;
            let job = WrappedJob::new(
                config,
                &settings.templates,
                &settings.fonts,
                options,
                population,
            )?;
            let rendered = job.render(&data, &mut StageTimes::default())?;
            if rendered.outputs.is_empty() {
                // What the manifest would say: too little to say this year.
                return Err(Error::Data(format!(
                    "account {}: no Wrapped for {year}: {}",
                    req.account,
                    rendered.note["reason"].as_str().unwrap_or("nothing to say")
                )));
            }
            (rendered, serde_json::Value::Null)
        }
        other => {
            return Err(Error::Config(format!(
                "the preview shows a review, a wrapped, a brief or a pack, not {other:?}."
            )));
        }
    };
    Shown::of(rendered, &report)
}

/// The leadership pack of the month `req.period` (`2026-09`; empty: last month), with the
/// checks `recap pack` makes before it renders.
fn pack(
    settings: &Settings,
    config: &Config,
    src: &Source,
    req: &Request,
    lang: Option<&str>,
) -> Result<Shown> {
    use crate::reports::pack::{self, PackJob, PackMonth, month::Month};
    PackJob::validate(config)?;
    let asked = match req.period.trim() {
        "" => "last",
        p => p,
    };
    let month = Month::parse(asked, &config.schedule.timezone, pack::month::now()?)?;
    let arr = Table::ArrMonthly;
    if !pack::has_arr(&pack::by_name(vec![(arr, src.latest(arr)?)]), month) {
        return Err(Error::Source(format!(
            "no pack for {}: {} has no ARR for that month; choose an earlier month.",
            month.label(),
            src.display()
        )));
    }
    let rates = crate::fx::Rates::new(&config.reporting, &src.fx_rates()?)?;
    let job = PackJob::new(config, &settings.templates, &settings.fonts, lang, None)?;
    let subject = PackMonth::read(src, config, rates, month, None, 500)?;
    let mut warnings = Vec::new();
    let stale = pack::missing_data(&subject.pass.freshness, month);
    if !stale.is_empty() {
        warnings.push(format!(
            "data older than {}: {}",
            month.label(),
            stale.join(", ")
        ));
    }
    let rendered = job.render(&subject, &mut StageTimes::default())?;
    let mut shown = Shown::of(rendered, &serde_json::Value::Null)?;
    shown.warnings.extend(warnings);
    Ok(shown)
}

/// The call brief of `req.account` as of the date `req.period` (`2026-09-30`; empty: today),
/// with the 30 days before it as "what changed", in the CSM's language.
fn brief(
    settings: &Settings,
    config: &Config,
    src: &Source,
    req: &Request,
    lang: Option<&str>,
    today: chrono::NaiveDate,
) -> Result<Shown> {
    use crate::reports::brief::{BriefDates, BriefJob};
    BriefJob::validate(config)?;
    let date = Some(req.period.trim()).filter(|p| !p.is_empty());
    let dates = BriefDates::parse(date, None, today)?;
    let job = BriefJob::new(
        config,
        &settings.templates,
        &settings.fonts,
        dates,
        or(&req.paper, "a4"),
        lang,
    )?;
    let data = account(src, &req.account)?;
    let rendered = job.render(&data, &mut StageTimes::default())?;
    Shown::of(rendered, &job.report())
}

/// `value`, or `default` when it is empty.
fn or<'a>(value: &'a str, default: &'a str) -> &'a str {
    match value.trim() {
        "" => default,
        v => v,
    }
}

/// How many accounts a search offers.
const FOUND: usize = 20;

/// One account's data, by its id or else by (a part of) its name when that names one
/// account; refused as a run refuses it when its rows could not be read.
fn account(src: &Source, asked: &str) -> Result<AccountData> {
    let load = |id: &str| -> Result<Option<AccountData>> {
        let selection = Selection {
            accounts: Some(vec![id.to_string()]),
            ..Selection::default()
        };
        Ok(src.load_all(&selection)?.into_iter().next())
    };
    let data = match load(asked)? {
        Some(data) => data,
        None => {
            let found = src.find_accounts(asked.trim(), FOUND)?;
            let exact: Vec<_> = found
                .iter()
                .filter(|(_, name)| name.eq_ignore_ascii_case(asked.trim()))
                .collect();
            let one = match (exact.as_slice(), found.as_slice()) {
                ([(id, _)], _) | ([], [(id, _)]) => id.clone(),
                (_, []) => {
                    return Err(Error::Config(format!(
                        "there is no account {asked:?} in {} (by id or name).",
                        src.display()
                    )));
                }
                _ => {
                    let some: Vec<String> = found
                        .iter()
                        .take(5)
                        .map(|(id, name)| format!("{id} ({name})"))
                        .collect();
                    return Err(Error::Config(format!(
                        "{asked:?} names more than one account: {}{}; choose one.",
                        some.join(", "),
                        if found.len() > 5 { ", …" } else { "" }
                    )));
                }
            };
            load(&one)?.ok_or_else(|| {
                Error::Config(format!("there is no account {one:?} in {}.", src.display()))
            })?
        }
    };
    crate::batch::check_problems(&data)?;
    Ok(data)
}

/// The accounts whose id or name contains `text` (any case), for the page's search.
pub fn find(settings: &Settings, text: &str) -> Result<serde_json::Value> {
    let (_, src) = settings.open()?;
    let found = src.find_accounts(text.trim(), FOUND);
    src.block_on(src.pool().close());
    let found: Vec<_> = found?
        .into_iter()
        .map(|(id, name)| serde_json::json!({ "id": id, "name": name }))
        .collect();
    Ok(serde_json::json!({ "accounts": found }))
}

/// The pages of a PDF as PNGs, one pixel a point.
pub fn pages(pdf: &[u8]) -> Result<Vec<Vec<u8>>> {
    use hayro::hayro_syntax::Pdf;
    let bad = |what: String| Error::Template(format!("could not draw the PDF's pages: {what}"));
    let pdf = Pdf::new(Arc::new(pdf.to_vec())).map_err(|e| bad(format!("{e:?}")))?;
    let settings = hayro::hayro_interpret::InterpreterSettings::default();
    let pixmaps = hayro::render_pdf(&pdf, 1.0, settings, None)
        .ok_or_else(|| bad("the PDF has no pages".into()))?;
    pixmaps
        .into_iter()
        .map(|p| {
            let size = tiny_skia::IntSize::from_wh(p.width().into(), p.height().into())
                .ok_or_else(|| bad("a page has no size".into()))?;
            // Both are premultiplied RGBA8, so the pixels carry over as they are.
            let pixmap = tiny_skia::Pixmap::from_vec(p.data_as_u8_slice().to_vec(), size)
                .ok_or_else(|| bad("a page's pixels do not fit its size".into()))?;
            crate::render::typst::encode_png(&pixmap)
        })
        .collect()
}

/// The accounts (id and name) and languages the page offers.
pub fn choices(settings: &Settings) -> Result<serde_json::Value> {
    let (config, src) = settings.open()?;
    // The pack's month: the latest with ARR (the last complete month is often not loaded yet).
    let month = src
        .latest(Table::ArrMonthly)
        .map(|d| d.map(|d| crate::reports::pack::month::Month::of(d).label()));
    // The first accounts; the page's search asks for others (a million would not fit a page).
    let accounts = src.find_accounts("", FOUND).map(|found| {
        found
            .into_iter()
            .map(|(id, name)| serde_json::json!({ "id": id, "name": name }))
            .collect::<Vec<_>>()
    });
    src.block_on(src.pool().close());
    let accounts = accounts?;
    let month = month?.unwrap_or_default();
    let default = config
        .locale
        .default
        .as_deref()
        .unwrap_or(crate::locale::ENGLISH);
    let languages = crate::locale::Catalog::load(&settings.templates, default)?.languages();
    Ok(serde_json::json!({
        "accounts": accounts,
        "languages": languages,
        "period": Period::last_quarter(chrono::Local::now().date_naive()).label,
        "year": chrono::Datelike::year(&chrono::Local::now().date_naive()).to_string(),
        "month": month,
        "date": chrono::Local::now().date_naive().format("%Y-%m-%d").to_string(),
    }))
}

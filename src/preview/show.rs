//! What the preview shows of one request: the document rendered through its
//! [`Document`] interface (the same call a run makes), and the PDF's pages drawn as PNGs
//! from the PDF's own bytes.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Deserialize;

use crate::config::Config;
use crate::document::{Document, StageTimes};
use crate::error::{Error, Result};
use crate::period::Period;
use crate::reports::review::ReviewJob;
use crate::source::{self, Selection, Source, Table};

/// Where the preview reads from: the same settings a run takes.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config: Option<PathBuf>,
    pub database_url: Option<String>,
    pub templates: PathBuf,
    pub fonts: PathBuf,
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
    pub account: String,
    /// `2026-Q3`; empty: the last full quarter.
    #[serde(default)]
    pub period: String,
    /// A language tag; empty: the executive sponsor's, as a run chooses.
    #[serde(default)]
    pub lang: String,
}

/// One rendered document: its outputs by name, and the PDF's pages as PNGs.
pub struct Shown {
    pub outputs: BTreeMap<String, (&'static str, Vec<u8>)>,
    pub html: Option<String>,
    pub pdf: Option<String>,
    pub pages: usize,
}

impl Shown {
    /// The name a page image is served under.
    pub fn page_name(n: usize) -> String {
        format!("page-{n}.png")
    }
}

/// Renders the review of `req` through [`Document::render`].
pub fn review(settings: &Settings, req: &Request) -> Result<Shown> {
    let (config, src) = settings.open()?;
    let shown = review_from(settings, &config, &src, req);
    src.block_on(src.pool().close());
    shown
}

fn review_from(settings: &Settings, config: &Config, src: &Source, req: &Request) -> Result<Shown> {
    ReviewJob::validate(config)?;
    let period = match req.period.trim() {
        "" => Period::last_quarter(chrono::Local::now().date_naive()),
        p => Period::parse(p)?,
    };
    let lang = Some(req.lang.trim()).filter(|l| !l.is_empty());
    let job = ReviewJob::new(
        config,
        &settings.templates,
        &settings.fonts,
        &period,
        "a4",
        "report",
        lang,
    )?;
    let selection = Selection {
        accounts: Some(vec![req.account.clone()]),
        ..Selection::default()
    };
    let data = src
        .load_all(&selection)?
        .into_iter()
        .next()
        .ok_or_else(|| {
            Error::Config(format!(
                "there is no account {:?} in {}.",
                req.account,
                src.display()
            ))
        })?;
    crate::batch::check_problems(&data)?;
    let rendered = job.render(&data, &mut StageTimes::default())?;
    crate::render::typst::evict_cache();
    let mut shown = Shown {
        outputs: BTreeMap::new(),
        html: None,
        pdf: None,
        pages: 0,
    };
    for o in rendered.outputs {
        if o.content_type == "application/pdf" {
            for (i, png) in pages(&o.bytes)?.into_iter().enumerate() {
                shown
                    .outputs
                    .insert(Shown::page_name(i + 1), ("image/png", png));
                shown.pages += 1;
            }
            shown.pdf = Some(o.path.clone());
        } else if o.content_type.starts_with("text/html") {
            shown.html = Some(o.path.clone());
        }
        shown.outputs.insert(o.path, (o.content_type, o.bytes));
    }
    Ok(shown)
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
    let mut accounts = Vec::new();
    let selection = Selection::default();
    let read = (|| -> Result<()> {
        for chunk in src.chunks_of(&selection, 1000, &[Table::Accounts]) {
            for a in chunk? {
                accounts.push(serde_json::json!({
                    "id": a.account.account_id,
                    "name": a.account.name,
                }));
            }
        }
        Ok(())
    })();
    src.block_on(src.pool().close());
    read?;
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
    }))
}

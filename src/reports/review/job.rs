//! The value review as a document: one account's data in, its PDF (`<name>.pdf`, the report
//! or the deck) and its HTML page (`<name>.html`) out, in its executive sponsor's language.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use sha2::Digest;

use crate::batch::safe_name;
use crate::config::{Brand, Config, HealthWeights};
use crate::document::{Document, Output, Rendered, StageTimes};
use crate::error::{Error, Result};
use crate::locale::{Catalog, Texts};
use crate::metrics::account_metrics;
use crate::model::AccountData;
use crate::period::Period;
use crate::render::html::Html;
use crate::render::typst::Typesetter;
use crate::reports::{account_fingerprint, messages, sponsor_locale};

/// The value review: one PDF and one HTML page per account.
pub struct ReviewJob {
    typesetter: Typesetter,
    html: Html,
    period: Period,
    brand: Brand,
    weights: HealthWeights,
    options: super::ReviewOptions,
    fingerprint: String,
    /// The brand logo as a `data:` URI, so the HTML stays one self-contained file.
    logo_src: Option<String>,
    /// Whose language each review is in, and which languages a run wrote.
    readers: Readers,
}

/// Which languages a run's documents were written in.
#[derive(Debug, Default, serde::Serialize)]
struct Languages {
    /// Documents per language tag.
    languages: std::collections::BTreeMap<String, usize>,
    /// "zh → en", "pt-BR → pt": readers' locales served by another language's messages.
    locale_fallbacks: std::collections::BTreeMap<String, usize>,
}

/// The review's readers, for every format of it (the PDF and HTML, the PowerPoint deck): the
/// language each account's document is in, and the run's count of them for `summary.json`.
pub(super) struct Readers {
    /// Every language's messages.
    catalog: Catalog,
    /// `--locale`: every review in this language, whoever reads it.
    forced: Option<Arc<Texts>>,
    /// Documents per language, and readers' locales served by another language.
    languages: Mutex<Languages>,
}

impl Readers {
    /// The messages of `templates` (a broken message file stops the run here, before any
    /// document); `locale` is `--locale`.
    pub(super) fn new(config: &Config, templates: &Path, locale: Option<&str>) -> Result<Readers> {
        let (catalog, forced) = messages(config, templates, locale)?;
        Ok(Readers {
            catalog,
            forced,
            languages: Default::default(),
        })
    }

    /// The words for `data`'s review: `--locale`, else the executive sponsor's locale (the
    /// first sponsor by contact id with one), else the configured default.
    /// Also says how the reader's locale was served, for [`Readers::count`].
    pub(super) fn texts_for(&self, data: &AccountData) -> Result<(Arc<Texts>, Option<String>)> {
        if let Some(t) = &self.forced {
            return Ok((t.clone(), None));
        }
        let r = self.catalog.resolve(sponsor_locale(data))?;
        let fallback = match (&r.requested, r.fell_back) {
            (Some(asked), true) => Some(format!("{asked} → {}", r.texts.lang)),
            _ => None,
        };
        Ok((r.texts, fallback))
    }

    /// Counts a written document in its language (and how its reader's locale was served).
    pub(super) fn count(&self, tag: &str, fallback: Option<String>) {
        let mut l = self.languages.lock().unwrap_or_else(|e| e.into_inner());
        *l.languages.entry(tag.to_string()).or_default() += 1;
        if let Some(f) = fallback {
            *l.locale_fallbacks.entry(f).or_default() += 1;
        }
    }

    /// What [`Document::report`] says: documents per language and the fallbacks.
    pub(super) fn report(&self) -> serde_json::Value {
        let l = self.languages.lock().unwrap_or_else(|e| e.into_inner());
        serde_json::to_value(&*l).unwrap_or_default()
    }
}

impl ReviewJob {
    /// `locale` is `--locale`: write every review in that language.
    pub fn new(
        config: &Config,
        templates: &Path,
        fonts: &Path,
        period: &Period,
        paper: &str,
        layout: &str,
        locale: Option<&str>,
    ) -> Result<ReviewJob> {
        // Messages first: a broken message file stops the run before any document is made.
        let readers = Readers::new(config, templates, locale)?;
        let mut typesetter = Typesetter::new(templates, fonts)?;
        if !typesetter.has_template(super::TYPST_TEMPLATE) {
            return Err(Error::Config(format!(
                "{} has no {}; point --templates at a folder with the review templates.",
                templates.display(),
                super::TYPST_TEMPLATE
            )));
        }
        let mut fingerprint = account_fingerprint(
            config,
            &format!("{period:?}{paper}{layout}{locale:?}"),
            &[templates, fonts],
        )?;
        let mut brand = config.brand.clone();
        let mut logo_src = None;
        if let Some(logo) = config.logo_path() {
            let bytes =
                std::fs::read(&logo).map_err(|e| Error::io("read the brand logo", &logo, e))?;
            fingerprint.update(&bytes);
            let ext = logo
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("png")
                .to_lowercase();
            let mime = match ext.as_str() {
                "png" => "image/png",
                "jpg" | "jpeg" => "image/jpeg",
                "svg" => "image/svg+xml",
                _ => {
                    return Err(Error::Config(format!(
                        "brand.logo {} is not a PNG, JPEG or SVG file.",
                        logo.display()
                    )));
                }
            };
            use base64::Engine;
            let encoded = base64::engine::general_purpose::STANDARD.encode(&bytes);
            logo_src = Some(format!("data:{mime};base64,{encoded}"));
            let vpath = format!("/brand/logo.{ext}");
            typesetter.add_shared_file(&vpath, bytes)?;
            brand.logo = Some(vpath.into());
        }
        Ok(ReviewJob {
            typesetter,
            html: Html::new(templates)?,
            period: period.clone(),
            brand,
            weights: config.health.clone(),
            options: super::ReviewOptions {
                paper: paper.parse()?,
                layout: layout.parse()?,
            },
            fingerprint: hex::encode(fingerprint.finalize()),
            logo_src,
            readers,
        })
    }
}

/// A review of an account with no data, or none for the period, would be a page of "no
/// data": say so instead.
pub(super) fn has_data_for(data: &AccountData, period: &Period) -> Result<()> {
    let id = &data.account.account_id;
    let mut dates: Vec<chrono::NaiveDate> = Vec::new();
    dates.extend(data.arr.iter().map(|m| m.month));
    dates.extend(data.usage.iter().map(|u| u.month));
    dates.extend(
        data.goals
            .iter()
            .flat_map(|g| g.measurements.iter().map(|m| m.measured_on)),
    );
    dates.extend(data.tickets.iter().map(|t| t.opened_at));
    dates.extend(data.nps.iter().map(|r| r.responded_at));
    dates.extend(
        data.milestones
            .iter()
            .filter_map(|m| m.completed_on.or(m.due_on)),
    );
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        return Err(Error::Data(format!(
            "account {id} has no data at all (no revenue, usage, goals, milestones, tickets or NPS); load its data or leave it out."
        )));
    };
    let start = crate::period::month_of(period.start);
    if *last < start || *first > period.end {
        return Err(Error::Data(format!(
            "account {id} has no data for {}: its data runs from {} to {}; choose a period within it.",
            crate::locale::common::period_name(&crate::locale::english(), period.start, period.end),
            first.format("%b %Y"),
            last.format("%b %Y")
        )));
    }
    Ok(())
}

impl Document for ReviewJob {
    type Subject = AccountData;

    fn kind(&self) -> &str {
        "review"
    }

    fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    fn render(&self, data: &AccountData, times: &mut StageTimes) -> Result<Rendered> {
        let id = &data.account.account_id;
        let name = safe_name(id);
        has_data_for(data, &self.period)?;
        let t = Instant::now();
        let (texts, fallback) = self.readers.texts_for(data)?;
        let metrics = account_metrics(data, &self.period, &self.weights);
        let doc = super::build(
            &texts,
            data,
            &metrics,
            &self.period,
            &self.brand,
            &self.options,
        );
        let json = super::data_json(&doc).map_err(|e| Error::Data(format!("account {id}: {e}")))?;
        times.model += t.elapsed();

        let t = Instant::now();
        let charts = super::charts(&texts, &doc);
        let files = super::typst_files(&charts);
        times.charts += t.elapsed();

        let t = Instant::now();
        let pages = self
            .typesetter
            .compile(super::TYPST_TEMPLATE, &json, &files)
            .map_err(|e| Error::Template(format!("account {id}: {e}")))?;
        times.typeset += t.elapsed();
        let t = Instant::now();
        let pdf = self
            .typesetter
            .export(super::TYPST_TEMPLATE, &pages)
            .map_err(|e| Error::Template(format!("account {id}: {e}")))?;
        times.pdf += t.elapsed();

        let t = Instant::now();
        let mut ctx = super::tera_context(&doc, &charts);
        ctx.insert("logo_src", &self.logo_src);
        let html = self
            .html
            .render(super::HTML_TEMPLATE, &ctx)
            .map_err(|e| Error::Template(format!("account {id}: {e}")))?;
        times.html += t.elapsed();
        self.readers.count(&texts.tag(), fallback);
        Ok(vec![
            Output::new(format!("{name}.pdf"), pdf),
            Output::new(format!("{name}.html"), html.into_bytes()),
        ]
        .into())
    }

    fn report(&self) -> serde_json::Value {
        self.readers.report()
    }
}

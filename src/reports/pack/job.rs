//! The leadership pack as a document: one month's data ([`PackMonth`], what
//! [`super::gather`] read) in; `pack.pdf` and `pack.html` out for the whole portfolio, and
//! `by-<dim>/<group>/pack.pdf` and `.html` for each group of `--by`. Its delivery by email
//! is not part of the document: `recap pack` sends what it wrote ([`super::deliver`]).

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use sha2::{Digest, Sha256};

use super::month::Month;
use super::{Pass, doc};
use crate::config::{Config, StageConfig};
use crate::deliver::Letter;
use crate::document::{Document, Output, Rendered, StageTimes};
use crate::error::{Error, Result};
use crate::fx::Rates;
use crate::locale::Texts;
use crate::render::html::Html;
use crate::render::typst::Typesetter;
use crate::reports::{hash_dir, messages};
use crate::source::Source;

/// The Typst template of the pack.
pub const TYPST_TEMPLATE: &str = "pack.typ";
/// The Tera template of the pack's page.
pub const HTML_TEMPLATE: &str = "pack.html.tera";

/// The pack's subject: everything one pass read about a month.
pub struct PackMonth {
    pub month: Month,
    /// `--by`: the dimension of the pass's groups.
    pub by: Option<String>,
    pub pass: Pass,
    /// The exchange rates of the money figures.
    pub rates: Rates,
    /// The database the pass read, as messages name it.
    pub source: String,
}

impl PackMonth {
    /// Reads `month` from `source` in one pass ([`super::gather`]), with a portfolio per
    /// group of `by`; money in `rates`' reporting currency.
    pub fn read(
        source: &Source,
        config: &Config,
        rates: Rates,
        month: Month,
        by: Option<&str>,
        chunk: usize,
    ) -> Result<PackMonth> {
        let pass = super::gather(source, config, &rates, month, by, chunk)?;
        Ok(PackMonth {
            month,
            by: by.map(str::to_string),
            pass,
            rates,
            source: source.display().to_string(),
        })
    }

    /// The packs of the month: the whole portfolio first, then each group by name.
    pub fn scopes(&self) -> Vec<Option<(&str, &str)>> {
        let mut scopes = vec![None];
        if let Some(by) = self.by.as_deref() {
            scopes.extend(self.pass.groups.keys().map(|g| Some((by, g.as_str()))));
        }
        scopes
    }

    fn portfolio(&self, scope: Option<(&str, &str)>) -> Result<&super::portfolio::Portfolio> {
        match scope {
            None => Ok(&self.pass.whole),
            Some((_, group)) => self.pass.groups.get(group).ok_or_else(|| {
                Error::Config(format!(
                    "there is no group {group:?} in the pack of {}.",
                    self.month.label()
                ))
            }),
        }
    }
}

/// The leadership pack.
pub struct PackJob {
    typesetter: Typesetter,
    html: Html,
    texts: Arc<Texts>,
    company: String,
    accent: String,
    stages: Vec<StageConfig>,
    min_group: usize,
    fdr: f64,
    /// `--reviews-url`, else `[pack] reviews_url`, else relative paths to `out/review/`.
    reviews_url: Option<String>,
    /// What the fingerprint hashes besides the folders, and the folders.
    settings: String,
    folders: [PathBuf; 2],
    /// Made when first asked for: `recap pack` compares the bytes it writes, not fingerprints,
    /// and hashing the fonts would add to every run.
    fingerprint: OnceLock<String>,
}

impl PackJob {
    /// `locale` is `--locale` (else the configured default language); `reviews_url` is
    /// `--reviews-url`.
    pub fn new(
        config: &Config,
        templates: &Path,
        fonts: &Path,
        locale: Option<&str>,
        reviews_url: Option<String>,
    ) -> Result<PackJob> {
        Self::validate(config)?;
        let (catalog, forced) = messages(config, templates, locale)?;
        let texts = match forced {
            Some(t) => t,
            None => catalog.resolve(None)?.texts,
        };
        let typesetter = Typesetter::new(templates, fonts)?;
        let html = Html::new(templates)?;
        let reviews_url = reviews_url.or_else(|| config.pack.reviews_url.clone());
        let settings = format!(
            "{}{locale:?}{reviews_url:?}{:?}{}{}",
            env!("CARGO_PKG_VERSION"),
            config.locale.default,
            serde_json::to_string(&config.brand).unwrap_or_default(),
            serde_json::to_string(&config.pack).unwrap_or_default()
        );
        Ok(PackJob {
            typesetter,
            html,
            texts,
            company: config.brand.company.clone(),
            accent: crate::charts::accent_or_default(&config.brand.accent),
            stages: config.pack.stages.clone(),
            min_group: config.pack.min_group,
            fdr: config.pack.fdr,
            reviews_url,
            settings,
            folders: [templates.to_path_buf(), fonts.to_path_buf()],
            fingerprint: OnceLock::new(),
        })
    }

    /// The document of one pack of `m` (the whole portfolio, or a group's).
    pub fn document(&self, m: &PackMonth, scope: Option<(&str, &str)>) -> Result<doc::PackDoc> {
        let portfolio = m.portfolio(scope)?;
        // Relative links from the pack's folder to `out/review/<quarter>/`.
        let depth = if scope.is_some() { 4 } else { 2 };
        let reviews_base = self
            .reviews_url
            .clone()
            .unwrap_or_else(|| format!("{}review/{}", "../".repeat(depth), m.month.quarter()));
        let ctx = doc::Context {
            month: m.month,
            scope,
            company: &self.company,
            accent: &self.accent,
            currency: m.rates.reporting(),
            stages: &self.stages,
            min_group: self.min_group,
            fdr: self.fdr,
            reviews_base: &reviews_base,
            freshness: &m.pass.freshness,
            checks: &m.pass.checks,
            rates: m.rates.table(),
        };
        Ok(super::document(
            &self.texts,
            &ctx,
            portfolio,
            self.min_group,
            self.fdr,
        ))
    }

    /// The email that carries one pack's `pdf`: its page-1 figures as HTML and text.
    pub fn letter(&self, m: &PackMonth, scope: Option<(&str, &str)>, pdf: &[u8]) -> Result<Letter> {
        let document = self.document(m, scope)?;
        let mut ctx = tera::Context::new();
        ctx.insert("doc", &document);
        Ok(Letter {
            subject: self.texts.msg(
                "pack-mail-subject",
                &[
                    ("title", document.title.clone().into()),
                    ("scope", document.subtitle.clone().into()),
                ],
            ),
            html: self.html.render("pack-mail.html.tera", &ctx)?,
            text: self.html.render("pack-mail.txt.tera", &ctx)?,
            attachment_name: format!("pack-{}.pdf", m.month.label()),
            attachment: pdf.to_vec(),
        })
    }
}

impl Document for PackJob {
    type Subject = PackMonth;

    fn validate(config: &Config) -> Result<()> {
        super::validate(config)
    }

    fn kind(&self) -> &str {
        "pack"
    }

    fn fingerprint(&self) -> &str {
        self.fingerprint.get_or_init(|| {
            let mut h = Sha256::new();
            h.update(&self.settings);
            for dir in &self.folders {
                // A folder that cannot be read now failed to load before: its error stands in.
                if let Err(e) = hash_dir(&mut h, dir) {
                    h.update(e.to_string());
                }
            }
            hex::encode(h.finalize())
        })
    }

    fn render(&self, m: &PackMonth, times: &mut StageTimes) -> Result<Rendered> {
        // A month before the data starts has ARR rows nowhere: an empty pack would look like a fault.
        if m.pass.whole.months.last().is_none_or(|s| s.customers == 0) {
            return Err(Error::Source(format!(
                "no pack for {}: no account in {} has ARR above 0 at the end of that month, so there are no customers to report on. Check arr_monthly (or its query in recap.toml), or ask for a month the data covers with --month YYYY-MM.",
                m.month.label(),
                m.source
            )));
        }
        let mut outputs = Vec::new();
        for scope in m.scopes() {
            let t = std::time::Instant::now();
            let document = self.document(m, scope)?;
            let json = serde_json::to_vec(&document).map_err(|e| {
                Error::Template(format!("the pack's data could not be written: {e}"))
            })?;
            times.model += t.elapsed();
            let t = std::time::Instant::now();
            let pdf = self.typesetter.pdf(TYPST_TEMPLATE, &json, &[])?;
            times.pdf += t.elapsed();
            let t = std::time::Instant::now();
            let mut ctx = tera::Context::new();
            ctx.insert("doc", &document);
            let html = self.html.render(HTML_TEMPLATE, &ctx)?;
            times.html += t.elapsed();
            let folder = super::subfolder(scope);
            outputs.push(Output::new(format!("{folder}pack.pdf"), pdf));
            outputs.push(Output::new(format!("{folder}pack.html"), html.into_bytes()));
        }
        Ok(outputs.into())
    }
}

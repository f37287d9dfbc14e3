//! The brief as a document: one account's data in, `<name>.pdf` (one page, always) and
//! `<name>.html` out, in the CSM's language.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use sha2::Digest;

use super::BriefDates;
use crate::batch::safe_name;
use crate::config::{Brand, Config, HealthWeights};
use crate::document::{Document, Output, Rendered, StageTimes};
use crate::error::{Error, Result};
use crate::locale::Texts;
use crate::model::AccountData;
use crate::render::html::Html;
use crate::render::typst::Typesetter;
use crate::reports::review::Paper;
use crate::reports::{account_fingerprint, messages};

/// The call brief: one PDF page and one HTML page per account.
pub struct BriefJob {
    typesetter: Typesetter,
    html: Html,
    dates: BriefDates,
    paper: Paper,
    brand: Brand,
    weights: HealthWeights,
    /// The CSM's words: `--locale`, else `[locale] default`, else English.
    texts: Arc<Texts>,
    fingerprint: String,
}

impl BriefJob {
    /// `locale` is `--locale`.
    pub fn new(
        config: &Config,
        templates: &Path,
        fonts: &Path,
        dates: BriefDates,
        paper: &str,
        locale: Option<&str>,
    ) -> Result<BriefJob> {
        // Messages first: a broken message file stops the run before any document is made.
        let (catalog, forced) = messages(config, templates, locale)?;
        // The reader is the vendor's CSM, not the customer's sponsor: one language a run.
        let texts = match forced {
            Some(t) => t,
            None => catalog.resolve(None)?.texts,
        };
        let typesetter = Typesetter::new(templates, fonts)?;
        if !typesetter.has_template(super::TYPST_TEMPLATE) {
            return Err(Error::Config(format!(
                "{} has no {}; point --templates at a folder with the brief's templates.",
                templates.display(),
                super::TYPST_TEMPLATE
            )));
        }
        let fingerprint = account_fingerprint(
            config,
            &format!("brief{dates:?}{paper}{locale:?}"),
            &[templates, fonts],
        )?;
        Ok(BriefJob {
            typesetter,
            html: Html::new(templates)?,
            dates,
            paper: paper.parse()?,
            brand: config.brand.clone(),
            weights: config.health.clone(),
            texts,
            fingerprint: hex::encode(fingerprint.finalize()),
        })
    }

    /// The brief of `data` as the templates read it.
    pub fn doc(&self, data: &AccountData) -> super::BriefDoc {
        let f = super::facts::facts(data, self.dates, &self.weights);
        super::doc::build(&self.texts, data, &f, &self.brand, self.paper)
    }
}

impl Document for BriefJob {
    type Subject = AccountData;

    fn kind(&self) -> &str {
        "brief"
    }

    fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    fn render(&self, data: &AccountData, times: &mut StageTimes) -> Result<Rendered> {
        let id = &data.account.account_id;
        let name = safe_name(id);
        let t = Instant::now();
        let doc = self.doc(data);
        let json = serde_json::to_vec(&doc).map_err(|e| {
            Error::Template(format!(
                "account {id}: could not write the brief's data as JSON: {e}"
            ))
        })?;
        times.model += t.elapsed();

        let t = Instant::now();
        let pages = self
            .typesetter
            .compile(super::TYPST_TEMPLATE, &json, &[])
            .map_err(|e| Error::Template(format!("account {id}: {e}")))?;
        times.typeset += t.elapsed();
        for what in crate::render::typst::overflows(&pages) {
            tracing::warn!(
                "account {id}: {}: {what}; the text is cut: shorten its message in templates/locales/{}/brief.ftl or the box in templates/{}",
                super::TYPST_TEMPLATE,
                self.texts.tag(),
                super::TYPST_TEMPLATE
            );
        }
        // Fixed geometry makes one page; a template edited into two is an error, not a brief.
        if pages.pages().len() != 1 {
            return Err(Error::Template(format!(
                "account {id}: {} made {} pages; the brief is one page: shorten the template's boxes.",
                super::TYPST_TEMPLATE,
                pages.pages().len()
            )));
        }
        let t = Instant::now();
        let pdf = self
            .typesetter
            .export(super::TYPST_TEMPLATE, &pages)
            .map_err(|e| Error::Template(format!("account {id}: {e}")))?;
        times.pdf += t.elapsed();

        let t = Instant::now();
        let mut ctx = tera::Context::new();
        ctx.insert("doc", &doc);
        ctx.insert(
            "columns",
            &[
                vec![&doc.points],
                vec![&doc.changed, &doc.people],
                vec![&doc.tickets, &doc.late, &doc.off_track],
            ],
        );
        let html = self
            .html
            .render(super::HTML_TEMPLATE, &ctx)
            .map_err(|e| Error::Template(format!("account {id}: {e}")))?;
        times.html += t.elapsed();
        Ok(vec![
            Output::new(format!("{name}.pdf"), pdf),
            Output::new(format!("{name}.html"), html.into_bytes()),
        ]
        .into())
    }
}

//! The value review as an editable PowerPoint deck (`recap review --format pptx`): one
//! account's data in, `<name>.pptx` out, 16:9, in its executive sponsor's language.
//!
//! It is built from the same [`ReviewDoc`](super::ReviewDoc) as the PDF and the HTML page, so
//! every word comes from the message files and every figure is the one the PDF prints. The deck
//! is OOXML written directly (no typesetting): `zip` and `quick-xml`, each chart's workbook by
//! `rust_xlsxwriter`. One module per concern:
//!
//! | module | what it does |
//! |---|---|
//! | `slides` | the view: which slides, their titles, words, charts and speaker notes |
//! | `template` | the look: `templates/review.pptx`'s master, layouts and theme, in the brand's colours |
//! | `fit` | the size at which a text stays inside its placeholder |
//! | `chart` | a native chart part and its embedded workbook |
//! | `package` | the parts and the zip, same data ⇒ same bytes |
//! | `xml` | the escaping XML writer every part is written with |

mod chart;
mod fit;
mod package;
pub mod slides;
pub mod template;
mod xml;

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use sha2::Digest;

use super::job::{Readers, has_data_for};
use crate::batch::safe_name;
use crate::charts::{self, Palette};
use crate::config::{Brand, Config, HealthWeights};
use crate::document::{Document, Output, Rendered, StageTimes};
use crate::error::{Error, Result};
use crate::locale::Texts;
use crate::metrics::account_metrics;
use crate::model::AccountData;
use crate::period::Period;
use crate::reports::account_fingerprint;

pub use template::Template;

/// The value review as a PowerPoint deck: one `.pptx` per account.
pub struct PptxJob {
    template: Template,
    /// The template's parts with the brand's colours in its themes (the same for every deck).
    parts: Vec<(String, Vec<u8>)>,
    period: Period,
    brand: Brand,
    weights: HealthWeights,
    fingerprint: String,
    /// Whose language each deck is in, as for the PDF.
    readers: Readers,
    logo: Option<package::Logo>,
}

impl PptxJob {
    /// `templates` holds `review.pptx` and the message files; `locale` is `--locale`.
    pub fn new(
        config: &Config,
        templates: &Path,
        period: &Period,
        locale: Option<&str>,
    ) -> Result<PptxJob> {
        let readers = Readers::new(config, templates, locale)?;
        let template = Template::load(&templates.join(template::FILE), &slides::LAYOUTS)?;
        let accent = charts::accent_or_default(&config.brand.accent);
        let palette = Palette::new(&accent);
        let parts = template.branded_parts(
            &charts::hex(palette.accent),
            &charts::hex(palette.accent_ink),
        )?;
        let mut fingerprint =
            account_fingerprint(config, &format!("pptx{period:?}{locale:?}"), &[templates])?;
        let logo = match config.logo_path() {
            Some(path) => {
                let bytes =
                    std::fs::read(&path).map_err(|e| Error::io("read the brand logo", &path, e))?;
                fingerprint.update(&bytes);
                // A deck holds PNG and JPEG pictures; an SVG logo stays in the PDF and HTML.
                let logo = package::Logo::new(bytes);
                if logo.is_none() {
                    tracing::warn!(
                        "brand.logo {} is not a PNG or JPEG file: the decks have no logo (save it as PNG for them).",
                        path.display()
                    );
                }
                logo
            }
            None => None,
        };
        Ok(PptxJob {
            logo,
            template,
            parts,
            period: period.clone(),
            brand: config.brand.clone(),
            weights: config.health.clone(),
            fingerprint: hex::encode(fingerprint.finalize()),
            readers,
        })
    }

    /// The deck of `data` (for tests and the bench: what [`Document::render`] writes).
    pub fn deck(&self, data: &AccountData) -> Result<(Vec<u8>, Arc<Texts>, Option<String>)> {
        let id = &data.account.account_id;
        has_data_for(data, &self.period)?;
        let (texts, fallback) = self.readers.texts_for(data)?;
        let metrics = account_metrics(data, &self.period, &self.weights);
        let opts = super::ReviewOptions {
            layout: super::Layout::Deck,
            ..Default::default()
        };
        let doc = super::build(&texts, data, &metrics, &self.period, &self.brand, &opts);
        let slides = slides::slides(&texts, &doc);
        let props = package::Props {
            title: &doc.meta.title,
            author: &doc.meta.author,
            lang: &doc.meta.tag,
            logo: self.logo.as_ref(),
        };
        let bytes = package::write(&self.template, &self.parts, &slides, &props)
            .map_err(|e| Error::Template(format!("account {id}: {e}")))?;
        Ok((bytes, texts, fallback))
    }
}

impl Document for PptxJob {
    type Subject = AccountData;

    fn kind(&self) -> &str {
        "review"
    }

    fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    fn render(&self, data: &AccountData, times: &mut StageTimes) -> Result<Rendered> {
        let name = safe_name(&data.account.account_id);
        // The deck is made in one go (words, charts and zip): its time is the `pdf` stage's,
        // the stage that makes a review's file.
        let t = Instant::now();
        let (bytes, texts, fallback) = self.deck(data)?;
        times.pdf += t.elapsed();
        self.readers.count(&texts.tag(), fallback);
        Ok(vec![Output::new(format!("{name}.pptx"), bytes)].into())
    }

    fn report(&self) -> serde_json::Value {
        self.readers.report()
    }
}

//! Wrapped as a document: per account one PDF of the cards, one 1200 × 630 share image (and
//! a 1080 × 1920 story image with `--story`), an email (HTML and text) per role and language
//! among its recipients, and (with `--eml`) a MIME message per recipient. The account's note
//! carries its recipients' manifest rows; [`super::manifest`] writes them out.
//!
//! An account's files live in its own folder (`out/wrapped/2026/ACC-00042/`), so a million
//! accounts make a million small folders, not millions of files in one.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::email::{self, Links};
use super::manifest::{self, MAX_FIELD, Target};
use super::peers::{Population, RankRule};
use super::recipients::{self, Recipient};
use super::{SHARE_TEMPLATE, TYPST_TEMPLATE, facts};
use crate::batch::safe_name;
use crate::config::{Brand, Config, WrappedConfig};
use crate::document::{Document, Output, Rendered, StageTimes};
use crate::error::{Error, Result};
use crate::locale::common::clip;
use crate::locale::{Catalog, Texts};
use crate::model::AccountData;
use crate::render::html::Html;
use crate::render::typst::{Typesetter, encode_png};
use crate::reports::{hash_dir, messages, sponsor_locale};
use crate::source::Table;

/// What `recap wrapped` was asked for, besides the accounts.
#[derive(Debug, Clone)]
pub struct WrappedOptions {
    pub year: i32,
    /// The https address of the run's folder; images and links point under it.
    pub base_url: String,
    /// Also the 1080 × 1920 story image.
    pub story: bool,
    /// Also a MIME message per recipient.
    pub eml: bool,
    pub target: Target,
    /// `--locale`: every document in this language, whoever reads it.
    pub locale: Option<String>,
}

/// The share image's page is 1200 × 630 pt: one pixel a point.
const SHARE_SCALE: f32 = 1.0;
/// A card page is 405 × 720 pt; 1080 / 405 pixels a point make 1080 × 1920.
const STORY_SCALE: f32 = 1080.0 / 405.0;

/// The Wrapped document.
pub struct WrappedJob {
    typesetter: Typesetter,
    templates: Html,
    catalog: Catalog,
    forced: Option<Arc<Texts>>,
    opts: WrappedOptions,
    settings: WrappedConfig,
    brand: Brand,
    population: Population,
    rule: RankRule,
    /// The email's unsubscribe link: the mailing tool's merge tag.
    unsubscribe: String,
    /// The `List-Unsubscribe` address pattern of `--eml` messages.
    list_unsubscribe: String,
    send_date: chrono::NaiveDateTime,
    fingerprint: String,
    tally: Mutex<Tally>,
}

/// What the run's accounts came to, for `summary.json`.
#[derive(Debug, Default, serde::Serialize)]
struct Tally {
    /// Accounts by status: ready, no_recipients, no_wrapped.
    statuses: BTreeMap<String, usize>,
    recipients: usize,
    /// Emails by language.
    languages: BTreeMap<String, usize>,
    /// Accounts in the peer population, and the pass's seconds.
    population: usize,
}

impl WrappedJob {
    pub fn new(
        config: &Config,
        templates: &Path,
        fonts: &Path,
        opts: WrappedOptions,
        population: Population,
    ) -> Result<WrappedJob> {
        Self::validate(config)?;
        let (catalog, forced) = messages(config, templates, opts.locale.as_deref())?;
        let typesetter = Typesetter::new(templates, fonts)?;
        for t in [TYPST_TEMPLATE, SHARE_TEMPLATE] {
            if !typesetter.has_template(t) {
                return Err(Error::Config(format!(
                    "{} has no {t}; point --templates at a folder with the Wrapped templates.",
                    templates.display()
                )));
            }
        }
        let html = Html::new(templates)?;
        let settings = config.wrapped.clone();
        let base = opts.base_url.trim_end_matches('/').to_string();
        let unsubscribe = settings
            .unsubscribe
            .clone()
            .unwrap_or_else(|| opts.target.unsubscribe_tag().to_string());
        let list_unsubscribe = settings
            .list_unsubscribe
            .clone()
            .unwrap_or_else(|| format!("{base}/unsubscribe?contact={{contact_id}}"));
        let send_date = settings
            .send_date
            .unwrap_or_else(|| {
                chrono::NaiveDate::from_ymd_opt(opts.year, 12, 1).unwrap_or_default()
            })
            .and_hms_opt(9, 0, 0)
            .unwrap_or_default();
        let mut fingerprint = Sha256::new();
        fingerprint.update(env!("CARGO_PKG_VERSION"));
        fingerprint.update(format!(
            "{opts:?}{send_date}{list_unsubscribe}{unsubscribe}"
        ));
        fingerprint.update(serde_json::to_vec(&settings).unwrap_or_default());
        fingerprint.update(format!("{:?}", config.locale.default));
        fingerprint.update(serde_json::to_vec(&config.brand).unwrap_or_default());
        hash_dir(&mut fingerprint, templates)?;
        hash_dir(&mut fingerprint, fonts)?;
        let tally = Tally {
            population: population.len(),
            ..Tally::default()
        };
        Ok(WrappedJob {
            typesetter,
            templates: html,
            catalog,
            forced,
            rule: RankRule {
                min_group: settings.min_peer_group,
                ..RankRule::default()
            },
            settings,
            brand: config.brand.clone(),
            population,
            unsubscribe,
            list_unsubscribe,
            send_date,
            opts: WrappedOptions {
                base_url: base,
                ..opts
            },
            fingerprint: hex::encode(fingerprint.finalize()),
            tally: Mutex::new(tally),
        })
    }

    /// The words for a reader whose locale is `locale`: `--locale`, else theirs, else the
    /// configured default.
    fn texts(&self, locale: Option<&str>) -> Result<Arc<Texts>> {
        if let Some(t) = &self.forced {
            return Ok(t.clone());
        }
        Ok(self
            .catalog
            .resolve(locale.filter(|l| !l.trim().is_empty()))?
            .texts)
    }

    /// The account's own language (of its PDF and share image): the executive sponsor's, as
    /// for the value review.
    fn account_texts(&self, data: &AccountData) -> Result<Arc<Texts>> {
        self.texts(sponsor_locale(data))
    }

    fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.opts.base_url)
    }

    fn count(&self, status: &str, recipients: usize, languages: &[(String, usize)]) {
        let mut t = self.tally.lock().unwrap_or_else(|e| e.into_inner());
        *t.statuses.entry(status.to_string()).or_default() += 1;
        t.recipients += recipients;
        for (l, n) in languages {
            *t.languages.entry(l.clone()).or_default() += n;
        }
    }
}

/// An account's recipients by the email they get: (role, language tag) → each recipient and
/// their words.
type EmailGroups<'a> = BTreeMap<(&'static str, String), Vec<(&'a Recipient<'a>, Arc<Texts>)>>;

/// Why an account has no Wrapped, in the manifest's words (English: it is read by the
/// people who run the mailing, not by customers).
fn no_wrapped_reason(f: &facts::YearFacts, worth: usize) -> String {
    if worth == 0 {
        format!("no activity in {}", f.year)
    } else {
        format!(
            "too little data for a Wrapped: {worth} {} worth a card in {}, {} needed",
            if worth == 1 { "fact" } else { "facts" },
            f.year,
            super::cards::MIN_MIDDLE
        )
    }
}

/// Why nobody of an account is mailed.
fn no_recipients_reason(a: &recipients::Audience) -> String {
    if a.contacts == 0 {
        return "no contacts".into();
    }
    let mut parts = Vec::new();
    for (n, what) in [
        (a.unsubscribed, "unsubscribed"),
        (a.invalid, "with an invalid address"),
        (a.duplicate, "with a duplicate address"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    }
    format!(
        "nobody to mail: {} {} ({})",
        a.contacts,
        if a.contacts == 1 {
            "contact"
        } else {
            "contacts"
        },
        parts.join(", ")
    )
}

impl Document for WrappedJob {
    type Subject = AccountData;

    fn validate(config: &Config) -> Result<()> {
        super::validate(config)
    }

    fn kind(&self) -> &str {
        "wrapped"
    }

    fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    fn tables(&self) -> &[Table] {
        // Wrapped says nothing of revenue, licences or NPS: those rows are not read.
        &[
            Table::Accounts,
            Table::Contacts,
            Table::FeatureUsageMonthly,
            Table::Goals,
            Table::GoalMeasurements,
            Table::Milestones,
            Table::Tickets,
        ]
    }

    fn subject_inputs(&self, data: &AccountData) -> String {
        // The rank depends on the other accounts: a change among them redoes this account.
        let f = facts::year_facts(data, self.opts.year);
        format!(
            "{:?}",
            super::growth_rank(&f, &data.account.segment, &self.population, self.rule)
        )
    }

    fn render(&self, data: &AccountData, times: &mut StageTimes) -> Result<Rendered> {
        let id = &data.account.account_id;
        let name = safe_name(id);
        let in_account = |e: Error| match e {
            Error::Template(m) => Error::Template(format!("account {id}: {m}")),
            Error::Data(m) => Error::Data(format!("account {id}: {m}")),
            other => other,
        };
        let t0 = Instant::now();
        let f = facts::year_facts(data, self.opts.year);
        let rank = super::growth_rank(&f, &data.account.segment, &self.population, self.rule);
        let texts = self.account_texts(data)?;
        let audience = recipients::audience(&data.contacts);
        let mut note = json!({
            "language": texts.tag(),
            "contacts": audience.contacts,
            "unsubscribed": audience.unsubscribed,
            "invalid": audience.invalid,
            "duplicate": audience.duplicate,
        });
        let Some(doc) = super::build_with(&texts, data, &f, rank, "executive_sponsor", &self.brand)
        else {
            let currency = data.account.currency_code();
            let cx = super::card_context(data, &currency, rank);
            let worth = super::cards::worth_saying(&texts, &f, &cx);
            note["status"] = "no_wrapped".into();
            note["reason"] = no_wrapped_reason(&f, worth).into();
            times.model += t0.elapsed();
            self.count("no_wrapped", 0, &[]);
            return Ok(Rendered {
                outputs: Vec::new(),
                note,
            });
        };
        note["cards"] = doc.cards.len().into();
        let json = super::data_json(&doc).map_err(in_account)?;
        times.model += t0.elapsed();

        // The account's documents: the cards as PDF, the share image, the story image.
        let t = Instant::now();
        let pages = self
            .typesetter
            .compile(TYPST_TEMPLATE, &json, &[])
            .map_err(in_account)?;
        let share = self
            .typesetter
            .compile(SHARE_TEMPLATE, &json, &[])
            .map_err(in_account)?;
        times.typeset += t.elapsed();
        for (template, document) in [(TYPST_TEMPLATE, &pages), (SHARE_TEMPLATE, &share)] {
            for what in crate::render::typst::overflows(document) {
                tracing::warn!(
                    "account {id}: {template}: {what}; the text is cut: shorten its message in templates/locales/{}/wrapped.ftl or the box in templates/{template}",
                    texts.tag()
                );
            }
        }
        let t = Instant::now();
        let pdf = self
            .typesetter
            .export(TYPST_TEMPLATE, &pages)
            .map_err(in_account)?;
        times.pdf += t.elapsed();
        let mut outputs = vec![Output::new(format!("{name}/wrapped.pdf"), pdf)];
        let mut images = vec![("share.png", &share, 0, SHARE_SCALE)];
        if self.opts.story {
            // The story is the lead card's page (the first after the opening).
            images.push((
                "story.png",
                &pages,
                1.min(pages.pages().len() - 1),
                STORY_SCALE,
            ));
        }
        for (file, document, page, scale) in images {
            let t = Instant::now();
            let pixmap = self
                .typesetter
                .raster(document, page, scale)
                .map_err(in_account)?;
            times.raster += t.elapsed();
            let t = Instant::now();
            let png = encode_png(&pixmap).map_err(in_account)?;
            times.encode += t.elapsed();
            outputs.push(Output::new(format!("{name}/{file}"), png));
        }
        let pdf_path = outputs[0].path.clone();
        let image_path = outputs[1].path.clone();
        let pdf_sha = outputs[0].sha256.clone();
        let image_sha = outputs[1].sha256.clone();
        let story_url = if self.opts.story {
            self.url(&format!("{name}/story.png"))
        } else {
            String::new()
        };

        // The emails: one per role and language among the recipients.
        let t = Instant::now();
        let mut by_email: EmailGroups = BTreeMap::new();
        for r in &audience.recipients {
            let rt = self.texts(Some(r.contact.locale.as_str()))?;
            by_email
                .entry((r.role, rt.tag()))
                .or_default()
                .push((r, rt));
        }
        let image_alt = email::image_alt(&texts, &doc);
        let mut rows: Vec<Value> = Vec::new();
        let mut languages: Vec<(String, usize)> = Vec::new();
        for ((role, lang), group) in &by_email {
            let rt = &group[0].1;
            let Some(role_doc) = super::build_with(rt, data, &f, rank, role, &self.brand) else {
                continue;
            };
            let same_language = rt.tag() == texts.tag();
            let links = Links {
                hero: same_language.then(|| (self.url(&image_path), image_alt.clone())),
                pdf: self.url(&pdf_path),
                cta: self.settings.cta_url.clone(),
                unsubscribe: self.unsubscribe.clone(),
            };
            let account = data.account.name.trim();
            let mail = email::build(rt, &role_doc, account, role, &links);
            let html = email::html(&self.templates, &mail).map_err(in_account)?;
            let text = email::text(&self.templates, &mail).map_err(in_account)?;
            let stem = format!("{name}/email-{}-{lang}", role.replace('_', "-"));
            let html = Output::new(format!("{stem}.html"), html.into_bytes());
            let text = Output::new(format!("{stem}.txt"), text.into_bytes());
            let (html_path, text_path) = (html.path.clone(), text.path.clone());
            let (html_sha, text_sha) = (html.sha256.clone(), text.sha256.clone());
            languages.push((lang.clone(), group.len()));
            for (r, _) in group {
                let mut row = serde_json::Map::new();
                // Words (names, subject, the cards' facts) are clipped to what a mailing tool's
                // field holds, the ellipsis included; addresses, paths and hashes are never cut.
                let mut put = |k: &str, v: String| {
                    let exact = k.ends_with("_url")
                        || k.ends_with("_path")
                        || k.ends_with("_sha256")
                        || matches!(k, "account_id" | "contact_id" | "email");
                    let v = if exact { v } else { clip(&v, MAX_FIELD - 1) };
                    row.insert(k.to_string(), Value::String(v));
                };
                put("account_id", id.clone());
                put("account_name", account.to_string());
                put("contact_id", r.contact.contact_id.clone());
                put("email", r.email.clone());
                put("first_name", r.first_name.clone());
                put("role", r.role.to_string());
                put("locale", lang.clone());
                put("subject", mail.subject.clone());
                put("preheader", mail.preheader.clone());
                for c in &role_doc.cards {
                    match c.key {
                        "opening" => {}
                        "closing" => put("next_goal", c.line.clone()),
                        key => {
                            put(key, c.big.clone());
                            put(&format!("{key}_text"), c.line.clone());
                            if let Some(rank) = &c.rank {
                                put("rank", rank.clone());
                            }
                        }
                    }
                }
                put("html_url", self.url(&html_path));
                put("text_url", self.url(&text_path));
                put("pdf_url", self.url(&pdf_path));
                put("image_url", self.url(&image_path));
                put("story_url", story_url.clone());
                put("html_path", html_path.clone());
                put("text_path", text_path.clone());
                put("pdf_path", pdf_path.clone());
                put("image_path", image_path.clone());
                put("html_sha256", html_sha.clone());
                put("text_sha256", text_sha.clone());
                put("pdf_sha256", pdf_sha.clone());
                put("image_sha256", image_sha.clone());
                if self.opts.eml {
                    let contact = safe_name(&r.contact.contact_id);
                    let path = format!("{name}/eml/{contact}.eml");
                    let unsubscribe = email::fill_unsubscribe(
                        &self.list_unsubscribe,
                        &r.contact.contact_id,
                        &r.email,
                    );
                    // In a complete message the unsubscribe link is the address itself.
                    let own = Links {
                        unsubscribe: unsubscribe.clone(),
                        ..links.clone()
                    };
                    let own_mail = email::build(rt, &role_doc, account, role, &own);
                    let own_html = email::html(&self.templates, &own_mail).map_err(in_account)?;
                    let own_text = email::text(&self.templates, &own_mail).map_err(in_account)?;
                    let bytes = email::eml(&email::Eml {
                        from: &self.settings.from,
                        to: &r.email,
                        subject: &mail.subject,
                        html: &own_html,
                        text: &own_text,
                        list_unsubscribe: &unsubscribe,
                        seed: &format!(
                            "{}\u{0}{}\u{0}{}",
                            id, r.contact.contact_id, self.opts.year
                        ),
                        date: self.send_date,
                    })
                    .map_err(in_account)?;
                    put("eml_path", path.clone());
                    outputs.push(Output::new(path, bytes));
                }
                rows.push(Value::Object(row));
            }
            outputs.push(html);
            outputs.push(text);
        }
        times.html += t.elapsed();
        let status = if rows.is_empty() {
            note["reason"] = no_recipients_reason(&audience).into();
            "no_recipients"
        } else {
            "ready"
        };
        note["status"] = status.into();
        self.count(status, rows.len(), &languages);
        note["recipients"] = Value::Array(rows);
        Ok(Rendered { outputs, note })
    }

    fn report(&self) -> Value {
        let t = self.tally.lock().unwrap_or_else(|e| e.into_inner());
        serde_json::to_value(&*t).unwrap_or_default()
    }

    fn finish(
        &self,
        sink: &dyn crate::sink::Sink,
        manifest: &Path,
        shard: Option<(u64, u64)>,
    ) -> Result<()> {
        let suffix = match shard {
            Some((i, n)) => format!("-shard-{i}-of-{n}"),
            None => String::new(),
        };
        let counts = manifest::write(sink, manifest, &suffix, self.opts.target)?;
        // Accounts skipped as up to date count too: the tally covers the whole selection.
        let mut t = self.tally.lock().unwrap_or_else(|e| e.into_inner());
        t.statuses = counts.statuses;
        t.recipients = counts.recipients;
        Ok(())
    }
}

/// The run's mailing in numbers, for the command's last line.
pub fn describe(report: &Value) -> String {
    let n = |k: &str| report["statuses"][k].as_u64().unwrap_or(0);
    format!(
        "{} accounts ready to mail ({} recipients), {} with nobody to mail, {} with too little for a Wrapped",
        n("ready"),
        report["recipients"].as_u64().unwrap_or(0),
        n("no_recipients"),
        n("no_wrapped")
    )
}

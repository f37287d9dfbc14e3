//! The executive value review of one account.
//!
//! [`build`] turns the model and its metrics into a [`ReviewDoc`]: every string the templates
//! print, worded by the message files of the reader's language and formatted by CLDR, plus the
//! raw numbers a template needs to draw. Rust decides what is true (this goal was achieved,
//! seats fell); the messages (`templates/locales/<lang>/review-*.ftl`) say it. One module per
//! part of the document:
//!
//! | module | what it builds |
//! |---|---|
//! | `doc` | the document's types: what the templates read |
//! | `goals` | goals per stakeholder and the sentence about each goal |
//! | `value` | page 1's value delivered |
//! | `tiles` | page 1's headline tiles |
//! | `adoption` | seats, shelfware, active users, features |
//! | `plan` | the success plan |
//! | `sentiment` | support tickets and NPS |
//! | `health` | the health score |
//! | `next` | the goals proposed for the next period |
//! | `job` | the document: an account's data in, `<name>.pdf` and `<name>.html` out ([`ReviewJob`]) |
//! | `pptx` | the same document as an editable PowerPoint deck, `<name>.pptx` ([`PptxJob`]) |
//!
//! [`charts`] draws the charts the document refers to; a chart with no data is not drawn and
//! the document says why in words instead. The data JSON (`/data.json` for Typst, `doc` for
//! Tera) is `serde_json::to_vec(&doc)`.

mod adoption;
pub mod doc;
mod goals;
mod health;
mod job;
mod next;
mod plan;
pub mod pptx;
mod sentiment;
#[cfg(test)]
mod tests;
mod tiles;
mod value;

use std::fmt;
use std::str::FromStr;

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::charts::{self, Chart, Palette};
use crate::config::Brand;
use crate::error::{Error, Result};
use crate::locale::Texts;
use crate::locale::common::{self, period_name, whole_months};
use crate::metrics::AccountMetrics;
use crate::model::AccountData;
use crate::period::Period;

pub use doc::*;
pub use goals::goal_sentence;
pub use job::ReviewJob;
pub use pptx::PptxJob;

/// The Typst template of the review.
pub const TYPST_TEMPLATE: &str = "review.typ";
/// The Tera template of the review.
pub const HTML_TEMPLATE: &str = "review.html.tera";

// ---------------------------------------------------------------------------------------------
// Options

/// Paper size of the report layout (the deck is always 16:9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Paper {
    #[default]
    #[serde(rename = "a4")]
    A4,
    #[serde(rename = "us-letter")]
    UsLetter,
}

/// A report of pages or a 16:9 slide deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Layout {
    #[default]
    #[serde(rename = "report")]
    Report,
    #[serde(rename = "deck")]
    Deck,
}

impl Paper {
    pub fn as_str(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::UsLetter => "us-letter",
        }
    }
}

impl Layout {
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Report => "report",
            Layout::Deck => "deck",
        }
    }
}

impl fmt::Display for Paper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Paper {
    type Err = Error;
    fn from_str(s: &str) -> Result<Paper> {
        match s.trim().to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "us-letter" | "letter" | "us_letter" => Ok(Paper::UsLetter),
            _ => Err(Error::Config(format!(
                "paper {s:?} is not one recap knows; write a4 or us-letter."
            ))),
        }
    }
}

impl FromStr for Layout {
    type Err = Error;
    fn from_str(s: &str) -> Result<Layout> {
        match s.trim().to_ascii_lowercase().as_str() {
            "report" => Ok(Layout::Report),
            "deck" | "slides" => Ok(Layout::Deck),
            _ => Err(Error::Config(format!(
                "layout {s:?} is not one recap knows; write report or deck."
            ))),
        }
    }
}

/// How the review is laid out; the templates read both from the data (`meta.paper`,
/// `meta.layout`). Parse them from the command line with `"us-letter".parse::<Paper>()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ReviewOptions {
    pub paper: Paper,
    pub layout: Layout,
}

// ---------------------------------------------------------------------------------------------
// Building the document

/// The period of the same length right after `p`.
fn next_period(p: &Period) -> (NaiveDate, NaiveDate) {
    let start = p.end.succ_opt().unwrap_or(p.end);
    match whole_months(p.start, p.end) {
        Some(m) => {
            let end = (start + Months::new(m)).pred_opt().unwrap_or(start);
            (start, end)
        }
        None => {
            let days = (p.end - p.start).num_days();
            (start, start + chrono::Duration::days(days))
        }
    }
}

/// Builds the review of `data` for `period` in the language of `t`. Pure: the same inputs
/// give the same document.
pub fn build(
    t: &Texts,
    data: &AccountData,
    metrics: &AccountMetrics,
    period: &Period,
    brand: &Brand,
    opts: &ReviewOptions,
) -> ReviewDoc {
    let acc = &data.account;
    let cur = acc.currency_code();
    let accent = charts::accent_or_default(&brand.accent);
    let previous = period.previous();
    let (next_start, next_end) = next_period(period);
    let period_info = PeriodInfo {
        key: period.label.clone(),
        label: period_name(t, period.start, period.end),
        range: common::date_range(t, period.start, period.end),
        start: t.fmt.date(period.start),
        end: t.fmt.date(period.end),
        end_long: t.fmt.date_long(period.end),
        previous: period_name(t, previous.start, previous.end),
        next: period_name(t, next_start, next_end),
        end_month: t.fmt.month_year(period.end_month()),
    };

    let stakeholders = ["executive_sponsor", "champion", "end_user"]
        .into_iter()
        .filter_map(|role| {
            goals::people(t, data, role).map(|names| Stakeholder {
                role: role.into(),
                role_label: common::role(t, role),
                names,
            })
        })
        .collect();
    let account = AccountInfo {
        id: acc.account_id.clone(),
        name: acc.name.clone(),
        segment: acc.segment.clone(),
        industry: acc.industry.clone(),
        region: acc.region.clone(),
        csm_name: acc.csm_name.clone(),
        csm_email: acc.csm_email.clone(),
        currency: cur.clone(),
        contract_start: acc.contract_start.map(|d| t.fmt.date(d)),
        renewal: acc.renewal_date.map(|d| t.fmt.date(d)),
        facts: [&acc.segment, &acc.industry, &acc.region]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        stakeholders,
    };

    let goals = goals::section(t, data, metrics, &cur);
    let value = value::section(t, metrics, &cur, &period_info);
    let adoption = adoption::section(t, metrics, &cur, &period_info);
    let features = adoption::features(t, metrics, &period_info);
    let plan = plan::section(t, metrics, period, &brand.company);
    let support = sentiment::support(t, metrics, &period_info);
    let nps = sentiment::nps(t, data, metrics, period, &period_info);
    let health = health::section(t, metrics, &period_info);
    let next = next::section(t, metrics, &cur, period, next_end, &period_info);
    let tiles = tiles::tiles(t, metrics, &goals, &adoption, &health, &nps);

    let mut notes = Vec::new();
    for p in &data.problems {
        notes.push(t.msg(
            "note-unreadable-rows",
            &[
                ("table", p.table.clone().into()),
                (
                    "problem",
                    p.message.trim_end_matches('.').to_string().into(),
                ),
            ],
        ));
    }
    let valued = metrics.goals.iter().filter(|g| g.value.is_some()).count();
    let measured = metrics.goals.iter().filter(|g| g.actual.is_some()).count();
    if measured > 0 && valued < measured {
        notes.push(t.msg(
            "note-partly-valued",
            &[("valued", valued.into()), ("measured", measured.into())],
        ));
    }
    if !adoption.has_usage && metrics.seats.purchased > 0 {
        notes.push(t.msg(
            "note-no-usage",
            &[("month", period_info.end_month.clone().into())],
        ));
    }
    if data.nps.is_empty() {
        notes.push(t.msg("note-no-nps", &[]));
    }

    let title = t.msg(
        "review-title",
        &[
            ("account", acc.name.trim().to_string().into()),
            ("period", period_info.label.clone().into()),
        ],
    );
    let prepared_by = t.msg(
        "review-prepared-by",
        &[
            ("csm", acc.csm_name.trim().to_string().into()),
            ("named", common::yes(!acc.csm_name.trim().is_empty())),
            ("company", brand.company.clone().into()),
        ],
    );
    let labels = t.labels(&[
        ("period", period_info.label.clone().into()),
        ("previous", period_info.previous.clone().into()),
        ("next", period_info.next.clone().into()),
        ("month", period_info.end_month.clone().into()),
        (
            "renewal",
            account.renewal.clone().unwrap_or_default().into(),
        ),
        ("account", acc.name.trim().to_string().into()),
        ("company", brand.company.clone().into()),
        ("csm", acc.csm_name.trim().to_string().into()),
    ]);
    ReviewDoc {
        meta: Meta {
            title,
            author: brand.company.clone(),
            paper: opts.paper,
            layout: opts.layout,
            lang: t.language(),
            region: t.region(),
            tag: t.tag(),
            prepared_by,
        },
        brand: BrandInfo {
            company: brand.company.clone(),
            accent_line: charts::hex(Palette::new(&accent).accent),
            accent_ink: charts::hex(Palette::new(&accent).accent_ink),
            accent_soft: charts::hex(Palette::new(&accent).tint),
            accent,
            logo: brand
                .logo
                .as_ref()
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .filter(|p| p.starts_with("/brand/")),
        },
        account,
        period: period_info,
        value,
        tiles,
        goals,
        adoption,
        features,
        plan,
        support,
        nps,
        health,
        next,
        notes,
        labels,
    }
}

// ---------------------------------------------------------------------------------------------
// Charts and rendering inputs

/// The charts `doc` refers to, drawn in the brand's accent. A chart the document does not
/// refer to (no data) is not drawn, so every `chart.path` in the data has its file.
pub fn charts(t: &Texts, doc: &ReviewDoc) -> Vec<Chart> {
    let p = Palette::new(&doc.brand.accent);
    let mut out = Vec::new();
    if let Some(c) = &doc.adoption.chart {
        out.extend(charts::adoption(&doc.adoption.months, &p, &c.alt, t));
    }
    if let Some(c) = &doc.features.chart {
        out.extend(charts::feature_bars(&doc.features.bars, &p, &c.alt, t));
    }
    if let Some(c) = &doc.support.chart {
        out.extend(charts::tickets(&doc.support.months, &p, &c.alt, t));
    }
    if let Some(c) = &doc.nps.chart {
        out.extend(charts::nps_trend(&doc.nps.trend, &p, &c.alt, t));
    }
    out
}

/// The document as the JSON the Typst template reads at `/data.json`.
pub fn data_json(doc: &ReviewDoc) -> Result<Vec<u8>> {
    serde_json::to_vec(doc)
        .map_err(|e| Error::Template(format!("could not write the review data as JSON: {e}")))
}

/// The chart files for Typst at their fixed virtual paths: each chart's shapes (SVG) and its
/// labels (JSON).
pub fn typst_files(charts: &[Chart]) -> Vec<(String, Vec<u8>)> {
    charts
        .iter()
        .flat_map(|c| {
            [
                (c.path(), c.shapes.clone().into_bytes()),
                (
                    c.labels_path(),
                    serde_json::to_vec(&c.labels).unwrap_or_default(),
                ),
            ]
        })
        .collect()
}

/// The Tera context of `review.html.tera`: `doc` and `charts` (a list of [`Chart`]).
pub fn tera_context(doc: &ReviewDoc, charts: &[Chart]) -> tera::Context {
    let mut ctx = tera::Context::new();
    ctx.insert("doc", doc);
    ctx.insert("charts", charts);
    ctx
}

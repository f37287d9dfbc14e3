//! The executive value review of one account.
//!
//! [`build`] turns the model and its metrics into a [`ReviewDoc`]: every string the templates
//! print, already formatted (money, percents, dates, the sentences a person would write), plus
//! the raw numbers a template needs to draw (bar widths, tones). Templates never compute a
//! figure. [`charts`] draws the charts the document refers to; a chart with no data is not
//! drawn and the document says why in words instead.
//!
//! The data JSON (`/data.json` for Typst, `doc` for Tera) is `serde_json::to_vec(&doc)`.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use crate::charts::{self, BarItem, Chart, NpsPoint, Palette, SeatsMonth, TicketsMonth};
use crate::config::Brand;
use crate::error::{Error, Result};
use crate::metrics::{self, AccountMetrics, GoalResult, GoalStatus};
use crate::model::{AccountData, Direction};
use crate::period::Period;

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
// The document

/// Everything the review templates print.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewDoc {
    pub meta: Meta,
    pub brand: BrandInfo,
    pub account: AccountInfo,
    pub period: PeriodInfo,
    /// Page 1: the value delivered, in money and in the customer's own measures.
    pub value: ValueSection,
    /// Page 1: goal progress, adoption, health, NPS.
    pub tiles: Vec<Tile>,
    pub goals: GoalsSection,
    pub adoption: AdoptionSection,
    pub features: FeaturesSection,
    pub plan: PlanSection,
    pub support: SupportSection,
    pub nps: NpsSection,
    pub health: HealthSection,
    pub next: NextSection,
    /// What the data could not tell, in sentences (data quality, missing sources).
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meta {
    /// "Value review: Acme Corp, Q3 2026" (PDF title).
    pub title: String,
    /// The vendor (PDF author).
    pub author: String,
    pub paper: Paper,
    pub layout: Layout,
    pub lang: &'static str,
    /// "Prepared by Jane Doe, Northwind Cloud"
    pub prepared_by: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BrandInfo {
    pub company: String,
    /// The brand colour as configured, `#RRGGBB` (recap's blue when invalid).
    pub accent: String,
    /// The accent for bars, lines and dots: darkened where needed to a 3:1 contrast on white.
    pub accent_line: String,
    /// The accent darkened until text in it reads on white (contrast ≥ 4.5): accent text.
    pub accent_ink: String,
    /// The accent mixed into white: quiet backgrounds.
    pub accent_soft: String,
    /// The logo's virtual path for Typst (`/brand/logo.png`), when the renderer registered one.
    pub logo: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountInfo {
    pub id: String,
    pub name: String,
    pub segment: String,
    pub industry: String,
    pub region: String,
    pub csm_name: String,
    pub csm_email: String,
    pub currency: String,
    /// "30 Sep 2026"
    pub contract_start: Option<String>,
    pub renewal: Option<String>,
    /// Short facts for the cover line: segment, industry, region (non-empty only).
    pub facts: Vec<String>,
    /// Named stakeholders: "Executive sponsor: Dana Whitfield".
    pub stakeholders: Vec<Stakeholder>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stakeholder {
    pub role: String,
    pub role_label: String,
    pub names: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodInfo {
    /// "2026-Q3"
    pub key: String,
    /// "Q3 2026"
    pub label: String,
    /// "1 Jul – 30 Sep 2026"
    pub range: String,
    pub start: String,
    pub end: String,
    /// "Q2 2026": the period trends compare with.
    pub previous: String,
    /// "Q4 2026": the period the next goals are for.
    pub next: String,
    /// "September 2026": the month seat figures are read at.
    pub end_month: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueSection {
    /// What page 1 shows large: the money total, else "In their own measures", else
    /// "Not measured yet".
    pub headline: String,
    /// "$48,200"; `None` when no goal has an agreed money value.
    pub total: Option<String>,
    pub total_value: Option<f64>,
    /// positive, negative, zero or none.
    pub sign: &'static str,
    /// The headline sentence about value.
    pub sentence: String,
    /// How the figure is measured.
    pub basis: String,
    /// Each measured goal in the customer's own measures (and money where agreed).
    pub items: Vec<ValueItem>,
    /// Up to three goal sentences for page 1.
    pub highlights: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueItem {
    pub goal: String,
    pub metric: String,
    pub stakeholder: String,
    /// "20 h → 14 h"
    pub measure: String,
    pub baseline: String,
    pub actual: String,
    pub target: String,
    /// "6 h less", "+18 pts"
    pub improvement: String,
    pub value: Option<String>,
    pub status: &'static str,
    pub status_label: &'static str,
}

/// A headline figure of page 1.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tile {
    /// goals, adoption, health or nps.
    pub key: &'static str,
    pub label: &'static str,
    /// The big figure ("68%", "+32"), or words when there is no data ("No goals").
    pub value: String,
    pub has_data: bool,
    /// A short line under the figure ("2 of 4 achieved").
    pub caption: String,
    /// good, watch, bad or neutral.
    pub tone: &'static str,
    /// "+6 since Q2 2026"; `None` when there is nothing to compare.
    pub trend: Option<String>,
    /// up, down, flat or none.
    pub trend_direction: &'static str,
    /// The sentence a person would write about this figure.
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalsSection {
    pub count: usize,
    pub achieved: usize,
    pub on_track: usize,
    pub at_risk: usize,
    pub missed: usize,
    pub no_data: usize,
    /// Mean progress of measured goals: "68%".
    pub progress: Option<String>,
    pub sentence: String,
    pub groups: Vec<GoalGroup>,
    /// Set when there are no goals: what to do about it.
    pub empty: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalGroup {
    pub role: String,
    /// "Executive sponsor"
    pub label: String,
    /// "Dana Whitfield" (the account's contacts with this role).
    pub people: Option<String>,
    /// What this stakeholder cares about, one line.
    pub focus: &'static str,
    pub goals: Vec<GoalRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalRow {
    pub id: String,
    pub title: String,
    pub metric: String,
    /// "Lower is better" / "Higher is better"
    pub direction_label: &'static str,
    pub baseline: String,
    pub target: String,
    /// The latest measurement, or `None`.
    pub actual: Option<String>,
    pub measured_on: Option<String>,
    /// "75%"
    pub progress: Option<String>,
    /// 0–100 for a progress bar (0 without data).
    pub progress_bar: f64,
    pub status: GoalStatus,
    pub status_label: &'static str,
    pub due: Option<String>,
    pub value: Option<String>,
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdoptionSection {
    pub month: String,
    pub has_usage: bool,
    pub purchased: i64,
    pub purchased_label: String,
    pub active: Option<i64>,
    pub active_label: Option<String>,
    /// "62%"
    pub utilization: Option<String>,
    /// Fraction, for a gauge.
    pub utilization_value: Option<f64>,
    pub shelfware: Option<i64>,
    pub shelfware_label: Option<String>,
    /// Yearly money of the unused seats: "$4,800".
    pub shelfware_value: Option<String>,
    pub sentence: String,
    pub shelfware_sentence: Option<String>,
    pub trend_sentence: Option<String>,
    /// The months of the chart.
    pub months: Vec<SeatsMonth>,
    pub chart: Option<ChartRef>,
    /// Why there is no chart, in words, when the sentence does not already say it.
    pub chart_missing: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeaturesSection {
    pub month: String,
    pub items: Vec<FeatureRow>,
    /// Features not shown in the chart.
    pub more: usize,
    pub sentence: String,
    pub bars: Vec<BarItem>,
    pub chart: Option<ChartRef>,
    pub chart_missing: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeatureRow {
    pub feature: String,
    pub product: String,
    pub users: i64,
    pub users_label: String,
    /// Share of the product's active users: "94%".
    pub share: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanSection {
    /// Share of milestones due by the period end that are done: "80%".
    pub progress: Option<String>,
    pub done: usize,
    pub late: usize,
    pub upcoming: usize,
    pub sentence: String,
    pub items: Vec<MilestoneItem>,
    /// Milestones left out of the timeline (the oldest done ones).
    pub hidden: usize,
    pub empty: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MilestoneItem {
    pub title: String,
    pub stage: String,
    pub stage_label: String,
    /// customer or vendor
    pub owner_side: String,
    /// "Customer" or the vendor's name
    pub owner_side_label: String,
    pub owner_name: String,
    /// "Customer · Dana Whitfield"
    pub owner: String,
    pub due: Option<String>,
    pub completed: Option<String>,
    /// done, done_late, late, upcoming
    pub state: &'static str,
    pub state_label: &'static str,
    /// "Done 12 Aug 2026", "Due 30 Oct 2026", "Due 15 Aug 2026, not done"
    pub when: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SupportSection {
    pub opened: usize,
    pub closed: usize,
    pub escalations: usize,
    pub critical: usize,
    /// "4.6 / 5"
    pub csat: Option<String>,
    pub sentence: String,
    pub csat_sentence: String,
    pub months: Vec<TicketsMonth>,
    pub chart: Option<ChartRef>,
    pub chart_missing: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NpsSection {
    /// "+32"
    pub score: Option<String>,
    pub score_value: Option<f64>,
    pub responses: usize,
    pub promoters: usize,
    pub passives: usize,
    pub detractors: usize,
    pub previous: Option<String>,
    /// "+12 since Q2 2026"
    pub change: Option<String>,
    pub change_direction: &'static str,
    pub sentence: String,
    pub comments: Vec<Comment>,
    pub comments_missing: Option<String>,
    pub trend: Vec<NpsPoint>,
    pub chart: Option<ChartRef>,
    pub chart_missing: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comment {
    pub text: String,
    pub score: i64,
    /// "9/10"
    pub score_label: String,
    /// promoter, passive or detractor
    pub kind: &'static str,
    /// "Champion" (the respondent's role; names are not printed).
    pub who: String,
    pub date: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HealthSection {
    /// "74"
    pub score: Option<String>,
    pub score_value: Option<f64>,
    /// healthy, watch, at_risk, no_data
    pub band: &'static str,
    pub band_label: &'static str,
    pub previous: Option<String>,
    pub change: Option<String>,
    pub change_direction: &'static str,
    pub sentence: String,
    /// "Based on 4 of 5 components with data."
    pub basis: String,
    /// Components with data, of `components.len()`.
    pub components_with_data: usize,
    pub components: Vec<HealthRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HealthRow {
    pub key: &'static str,
    pub label: &'static str,
    pub score: Option<String>,
    /// 0–100 for a bar (0 without data).
    pub bar: f64,
    pub has_data: bool,
    /// This component's share of the score: "30%", or "not counted".
    pub weight: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextSection {
    /// "Q4 2026"
    pub period: String,
    /// The non-empty lists, in this order: `carried` (missed or never measured, proposed
    /// again), `due` (target date in the next period), `renew` (achieved: a new target to agree).
    pub groups: Vec<NextGroup>,
    pub carried: usize,
    pub due: usize,
    pub renew: usize,
    /// Goals continuing to a later date.
    pub continuing: usize,
    /// Up to three proposals for page 1: "Automate first-line triage: carry over, …".
    pub summary: Vec<String>,
    pub sentence: String,
    pub empty: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextGroup {
    /// carried, due or renew
    pub key: &'static str,
    /// "Carried over"
    pub title: &'static str,
    pub goals: Vec<NextGoal>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextGoal {
    pub title: String,
    pub stakeholder: String,
    pub target: String,
    pub due: Option<String>,
    pub now: Option<String>,
    pub status: GoalStatus,
    pub status_label: &'static str,
    /// What we propose, as a sentence.
    pub action: String,
}

/// A chart the document shows: where Typst finds it and what it shows in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChartRef {
    pub name: &'static str,
    /// `/charts/{name}.svg`: the chart's shapes.
    pub path: String,
    /// `/charts/{name}.json`: the chart's text, which the template sets on the shapes.
    pub labels: String,
    pub alt: String,
}

// ---------------------------------------------------------------------------------------------
// Formatting (English, locale-free)

/// The symbol written before an amount: USD $, EUR €, GBP £; other currencies by their code.
pub fn currency_prefix(code: &str) -> String {
    match code.trim().to_ascii_uppercase().as_str() {
        "USD" | "" => "$".into(),
        "EUR" => "€".into(),
        "GBP" => "£".into(),
        other => format!("{other}\u{a0}"),
    }
}

/// Groups digits by thousands: 48200 → "48,200".
fn group(int: u64) -> String {
    let s = int.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

const MINUS: char = '−';

/// Money rounded to whole units: "$48,200", "−€1,250", "CHF 300".
pub fn money(v: f64, currency: &str) -> String {
    let r = v.round();
    let sign = if r < 0.0 {
        MINUS.to_string()
    } else {
        String::new()
    };
    format!(
        "{sign}{}{}",
        currency_prefix(currency),
        group(r.abs() as u64)
    )
}

/// A number as people write it: thousands grouped, decimals only where they say something
/// (one below 100, two below 1), no trailing zeros, a true minus sign.
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let a = v.abs();
    let decimals = if a >= 100.0 {
        0
    } else if a >= 1.0 {
        1
    } else {
        2
    };
    let scale = 10f64.powi(decimals);
    let r = (a * scale).round() / scale;
    let int = r.trunc() as u64;
    let frac = ((r - r.trunc()) * scale).round() as u64;
    let mut s = group(int);
    if frac > 0 {
        let f = format!("{frac:0width$}", width = decimals as usize);
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    if r != 0.0 && v < 0.0 {
        format!("{MINUS}{s}")
    } else {
        s
    }
}

/// A percentage of 0–100 or beyond: "62%", "0.4%", "−5%"; whole numbers except below 1.
pub fn percent(p: f64) -> String {
    if !p.is_finite() {
        return "—".into();
    }
    let a = p.abs();
    let body = if a > 0.0 && a < 1.0 {
        let r = (a * 10.0).round() / 10.0;
        if r == 0.0 {
            "0.1".to_string()
        } else {
            format!("{r}")
        }
    } else {
        format!("{}", a.round() as i64)
    };
    let body = if a > 0.0 && a < 0.05 {
        "<0.1".to_string()
    } else {
        body
    };
    if p < 0.0 && body != "0" {
        format!("{MINUS}{body}%")
    } else {
        format!("{body}%")
    }
}

/// A fraction as a percentage: 0.62 → "62%".
pub fn fraction(f: f64) -> String {
    percent(100.0 * f)
}

/// A score with its sign: "+32", "−10", "0".
pub fn signed(v: f64) -> String {
    let r = v.round() as i64;
    match r.cmp(&0) {
        std::cmp::Ordering::Greater => format!("+{r}"),
        std::cmp::Ordering::Less => format!("{MINUS}{}", -r),
        std::cmp::Ordering::Equal => "0".into(),
    }
}

/// "30 Sep 2026"
pub fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// "September 2026"
fn month_name(d: NaiveDate) -> String {
    d.format("%B %Y").to_string()
}

/// A quantity in the goal's unit: "14 h", "85%", "$120", "1,200 tickets".
pub fn quantity(v: f64, unit: &str, currency: &str) -> String {
    let u = unit.trim();
    match u.to_ascii_lowercase().as_str() {
        "" => number(v),
        "%" | "percent" | "pct" => format!("{}%", number(v)),
        "pts" | "points" | "pt" => format!("{} pts", number(v)),
        "$" | "usd" | "eur" | "€" | "gbp" | "£" | "money" | "currency" => {
            let code = match u.to_ascii_lowercase().as_str() {
                "$" | "usd" => "USD",
                "eur" | "€" => "EUR",
                "gbp" | "£" => "GBP",
                _ => currency,
            };
            money_precise(v, code)
        }
        _ => {
            let n = number(v);
            let u = if n == "1" { singular(u) } else { u.into() };
            format!("{n}\u{a0}{u}")
        }
    }
}

/// "1 handoffs" reads wrong: a one-word English plural unit in the singular ("handoff",
/// "entry", "batch"). Anything else (symbols, abbreviations such as "ms", several words)
/// is kept as the data has it.
fn singular(unit: &str) -> String {
    if unit.len() < 3 || !unit.bytes().all(|b| b.is_ascii_alphabetic()) {
        return unit.into();
    }
    let lower = unit.to_ascii_lowercase();
    let keep = |n: usize| unit[..unit.len() - n].to_string();
    if lower.ends_with("ies") && unit.len() > 4 {
        format!("{}y", keep(3))
    } else if ["sses", "ches", "shes", "xes", "zes"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        keep(2)
    } else if lower.ends_with('s') && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e)) {
        keep(1)
    } else {
        unit.into()
    }
}

/// Money for a goal's measure, keeping cents below 100 ("$4.50").
fn money_precise(v: f64, currency: &str) -> String {
    if v.abs() >= 100.0 {
        return money(v, currency);
    }
    let sign = if v < 0.0 && v.abs() >= 0.005 {
        MINUS.to_string()
    } else {
        String::new()
    };
    let body = format!("{:.2}", v.abs());
    let body = body.strip_suffix(".00").unwrap_or(&body).to_string();
    format!("{sign}{}{body}", currency_prefix(currency))
}

/// "ticket_resolution_hours" → "Ticket resolution hours"; human text is kept as it is.
pub fn humanize(s: &str) -> String {
    let t = s.trim();
    let t = if !t.contains(' ') && t.contains('_') {
        t.replace('_', " ")
    } else {
        t.to_string()
    };
    let mut c = t.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // Keep acronyms ("NPS", "CSAT") as they are.
        Some(f) if !c.clone().next().is_some_and(|n| n.is_uppercase()) => {
            f.to_lowercase().collect::<String>() + c.as_str()
        }
        _ => s.to_string(),
    }
}

fn role_label(role: &str) -> String {
    match role {
        "executive_sponsor" => "Executive sponsor".into(),
        "champion" => "Champion".into(),
        "end_user" | "end_users" => "End users".into(),
        "admin" => "Administrator".into(),
        "" => "Unassigned".into(),
        other => humanize(other),
    }
}

fn role_order(role: &str) -> usize {
    match role {
        "executive_sponsor" => 0,
        "champion" => 1,
        "end_user" | "end_users" => 2,
        _ => 3,
    }
}

fn role_focus(role: &str) -> &'static str {
    match role {
        "executive_sponsor" => "Business results and return on investment",
        "champion" => "The team's goals",
        "end_user" | "end_users" => "Time saved and ease of use",
        _ => "",
    }
}

fn stage_label(stage: &str) -> String {
    match stage {
        "discovery" => "Discovery".into(),
        "benchmark_goals" => "Benchmark & goals".into(),
        "plan" => "Plan".into(),
        "collaboration" => "Collaboration".into(),
        "success_dashboard" => "Success dashboard".into(),
        other => humanize(other),
    }
}

/// Whole months a period covers, when it starts on a 1st and ends on a month end.
fn whole_months(start: NaiveDate, end: NaiveDate) -> Option<u32> {
    let next = end.succ_opt()?;
    if start.day() != 1 || next.day() != 1 {
        return None;
    }
    let m = (next.year() - start.year()) * 12 + next.month() as i32 - start.month() as i32;
    u32::try_from(m).ok().filter(|m| *m > 0)
}

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

/// "Q3 2026", "September 2026", "2026", or "1 Jul – 14 Aug 2026".
pub fn period_name(start: NaiveDate, end: NaiveDate) -> String {
    match whole_months(start, end) {
        Some(1) => return month_name(start),
        Some(3) if (start.month() - 1).is_multiple_of(3) => {
            return format!("Q{} {}", (start.month() - 1) / 3 + 1, start.year());
        }
        Some(12) if start.month() == 1 => return start.year().to_string(),
        _ => {}
    }
    range(start, end)
}

/// A short name for chart axes: "Q3 2026", "Sep 2026", "2026", "1 Jul".
fn period_short(start: NaiveDate, end: NaiveDate) -> String {
    match whole_months(start, end) {
        Some(1) => start.format("%b %Y").to_string(),
        Some(3) if (start.month() - 1).is_multiple_of(3) => {
            format!("Q{} {}", (start.month() - 1) / 3 + 1, start.year())
        }
        Some(12) if start.month() == 1 => start.year().to_string(),
        _ => start.format("%-d %b").to_string(),
    }
}

/// "1 Jul – 30 Sep 2026", "1 Dec 2025 – 28 Feb 2026"
fn range(start: NaiveDate, end: NaiveDate) -> String {
    if start.year() == end.year() {
        format!("{} – {}", start.format("%-d %b"), date(end))
    } else {
        format!("{} – {}", date(start), date(end))
    }
}

/// "1 thing", "3 things"
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", group(n as u64), if n == 1 { one } else { many })
}

/// Cuts a comment to `max` characters at a word boundary, ending in an ellipsis.
fn clip(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let at = cut
        .rfind(char::is_whitespace)
        .filter(|i| *i > max / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

/// Joins "a", "b" and "c" as English does.
fn join_and(items: &[String]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        2 => format!("{} and {}", items[0], items[1]),
        _ => format!(
            "{} and {}",
            items[..items.len() - 1].join(", "),
            items[items.len() - 1]
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Sentences

/// The sentence a person would write about one goal, e.g. "Ticket resolution time fell 38%,
/// past the 30% target, worth $12,400."
pub fn goal_sentence(g: &GoalResult, currency: &str) -> String {
    let metric = humanize(if g.metric.trim().is_empty() {
        &g.title
    } else {
        &g.metric
    });
    let due = g.target_date.map(date);
    let fmt = |v: f64| quantity(v, &g.unit, currency);
    let Some(actual) = g.actual else {
        return format!("{metric} has no measurement yet, so progress cannot be shown.");
    };
    if g.target == g.baseline {
        return format!(
            "{metric} is at {}, but its target equals its baseline ({}), so progress cannot be measured.",
            fmt(actual),
            fmt(g.baseline)
        );
    }
    let improving = metrics::improvement(g.direction, g.baseline, actual) > 0.0;
    let worth = g
        .value
        .filter(|v| v.round() > 0.0)
        .map(|v| format!(", worth {}", money(v, currency)))
        .unwrap_or_default();
    // Relative terms when the baseline allows them, absolute terms otherwise.
    let unit = g.unit.trim().to_ascii_lowercase();
    let points = matches!(
        unit.as_str(),
        "%" | "percent" | "pct" | "pts" | "points" | "pt"
    );
    // Three ways to say how far it moved: in points for percentages, relative to the baseline
    // when there is one, in absolute terms from a zero baseline.
    let (moved, target, away) = match g.change_pct.filter(|_| g.baseline != 0.0 && !points) {
        Some(pct) => {
            let target_pct = 100.0 * (g.target - g.baseline) / g.baseline.abs();
            let moved = if pct.abs() < 0.5 {
                format!("held steady at {}", fmt(actual))
            } else if pct > 0.0 {
                format!("rose {}", percent(pct.abs()))
            } else {
                format!("fell {}", percent(pct.abs()))
            };
            let word = if target_pct < 0.0 { "cut" } else { "rise" };
            (
                moved,
                format!("the {} target", percent(target_pct.abs())),
                format!("the targeted {} {word}", percent(target_pct.abs())),
            )
        }
        None => {
            let diff = actual - g.baseline;
            let moved = if diff.abs() < 0.05 {
                format!("held steady at {}", fmt(actual))
            } else if points {
                let word = if diff > 0.0 { "rose" } else { "fell" };
                let n = number(diff.abs());
                let pts = if n == "1" { "point" } else { "points" };
                format!("{word} {n} {pts} to {}", fmt(actual))
            } else if diff > 0.0 {
                format!("rose from {} to {}", fmt(g.baseline), fmt(actual))
            } else {
                format!("fell from {} to {}", fmt(g.baseline), fmt(actual))
            };
            let t = format!("the {} target", fmt(g.target));
            (moved, t.clone(), t)
        }
    };
    let by = due
        .as_deref()
        .map(|d| format!(" by {d}"))
        .unwrap_or_default();
    match g.status {
        GoalStatus::Achieved => {
            let exactly = g.progress.is_some_and(|p| (p - 1.0).abs() < 0.005);
            let verb = if exactly { "meeting" } else { "past" };
            format!("{metric} {moved}, {verb} {target}{worth}.")
        }
        GoalStatus::OnTrack => format!("{metric} {moved}, on track for {target}{by}{worth}."),
        GoalStatus::AtRisk if improving => {
            format!("{metric} {moved}, behind the pace for {target}{by}: at risk{worth}.")
        }
        GoalStatus::AtRisk => format!("{metric} {moved}, away from {away}{by}: at risk."),
        GoalStatus::Missed if improving => {
            let when = due.map(|d| format!(" due {d}")).unwrap_or_default();
            format!("{metric} {moved}, short of {target}{when}{worth}.")
        }
        GoalStatus::Missed => {
            let when = due.map(|d| format!(" due {d}")).unwrap_or_default();
            format!("{metric} {moved}, away from {away}{when}.")
        }
        GoalStatus::NoData => format!("{metric} {moved}; progress cannot be measured."),
    }
}

/// The improvement in the goal's unit: "6 h less", "4.5 points more", "no change".
fn improvement_label(g: &GoalResult, actual: f64, currency: &str) -> String {
    let diff = actual - g.baseline;
    if diff == 0.0 {
        return "no change".into();
    }
    let unit = g.unit.trim().to_ascii_lowercase();
    let amount = if matches!(
        unit.as_str(),
        "%" | "percent" | "pct" | "pts" | "points" | "pt"
    ) {
        let n = number(diff.abs());
        format!("{n} {}", if n == "1" { "point" } else { "points" })
    } else {
        quantity(diff.abs(), &g.unit, currency)
    };
    if diff > 0.0 {
        format!("{amount} more")
    } else {
        format!("{amount} less")
    }
}

// ---------------------------------------------------------------------------------------------
// Building the document

/// Builds the review of `data` for `period`. Pure: the same inputs give the same document.
pub fn build(
    data: &AccountData,
    metrics: &AccountMetrics,
    period: &Period,
    brand: &Brand,
    opts: &ReviewOptions,
) -> ReviewDoc {
    let acc = &data.account;
    let cur = acc.currency.trim().to_ascii_uppercase();
    let cur = if cur.is_empty() {
        "USD".to_string()
    } else {
        cur
    };
    let accent = if charts_accent_ok(&brand.accent) {
        brand.accent.to_uppercase()
    } else {
        "#2557D6".into()
    };
    let previous = period.previous();
    let (next_start, next_end) = next_period(period);
    let period_info = PeriodInfo {
        key: period.label.clone(),
        label: period_name(period.start, period.end),
        range: range(period.start, period.end),
        start: date(period.start),
        end: date(period.end),
        previous: period_name(previous.start, previous.end),
        next: period_name(next_start, next_end),
        end_month: month_name(period.end_month()),
    };

    let mut stakeholders = Vec::new();
    for role in ["executive_sponsor", "champion", "end_user"] {
        let names: Vec<String> = data
            .contacts
            .iter()
            .filter(|c| c.role == role && !c.name.trim().is_empty())
            .map(|c| c.name.trim().to_string())
            .collect();
        if !names.is_empty() {
            let shown = if names.len() > 3 {
                format!("{} and {} more", names[..2].join(", "), names.len() - 2)
            } else {
                join_and(&names)
            };
            stakeholders.push(Stakeholder {
                role: role.into(),
                role_label: role_label(role),
                names: shown,
            });
        }
    }
    let account = AccountInfo {
        id: acc.account_id.clone(),
        name: acc.name.clone(),
        segment: acc.segment.clone(),
        industry: acc.industry.clone(),
        region: acc.region.clone(),
        csm_name: acc.csm_name.clone(),
        csm_email: acc.csm_email.clone(),
        currency: cur.clone(),
        contract_start: acc.contract_start.map(date),
        renewal: acc.renewal_date.map(date),
        facts: [&acc.segment, &acc.industry, &acc.region]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        stakeholders,
    };

    let goals = goals_section(data, metrics, &cur);
    let value = value_section(metrics, &cur, &period_info);
    let adoption = adoption_section(metrics, &cur, &period_info);
    let features = features_section(metrics, &period_info);
    let plan = plan_section(metrics, period, &brand.company);
    let support = support_section(metrics, &period_info);
    let nps = nps_section(data, metrics, period, &period_info);
    let health = health_section(metrics, &period_info);
    let next = next_section(metrics, &cur, period, next_end, &period_info);
    let tiles = tiles(metrics, &goals, &adoption, &health, &nps);

    let mut notes = Vec::new();
    for p in &data.problems {
        notes.push(
            format!(
                "Some rows of {} could not be read: {}",
                p.table,
                p.message.trim_end_matches('.')
            ) + ".",
        );
    }
    let valued = metrics.goals.iter().filter(|g| g.value.is_some()).count();
    let measured = metrics.goals.iter().filter(|g| g.actual.is_some()).count();
    if measured > 0 && valued < measured {
        notes.push(format!(
            "Value in money covers {valued} of {measured} measured goals; the others have no agreed value per unit and are shown in their own measures."
        ));
    }
    if !adoption.has_usage && metrics.seats.purchased > 0 {
        notes.push(format!(
            "No product usage was recorded for {}.",
            period_info.end_month
        ));
    }
    if data.nps.is_empty() {
        notes.push("No NPS survey responses have been recorded for this account.".into());
    }

    let title = format!("Value review: {}, {}", acc.name.trim(), period_info.label);
    let prepared_by = match acc.csm_name.trim() {
        "" => format!("Prepared by {}", brand.company),
        csm => format!("Prepared by {csm}, {}", brand.company),
    };
    ReviewDoc {
        meta: Meta {
            title,
            author: brand.company.clone(),
            paper: opts.paper,
            layout: opts.layout,
            lang: "en",
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
    }
}

fn charts_accent_ok(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

fn goal_row(g: &GoalResult, cur: &str) -> GoalRow {
    let fmt = |v: f64| quantity(v, &g.unit, cur);
    GoalRow {
        id: g.goal_id.clone(),
        title: g.title.clone(),
        metric: humanize(&g.metric),
        direction_label: match g.direction {
            Direction::Higher => "Higher is better",
            Direction::Lower => "Lower is better",
        },
        baseline: fmt(g.baseline),
        target: fmt(g.target),
        actual: g.actual.map(fmt),
        measured_on: g.actual_on.map(date),
        progress: g.progress.map(fraction),
        progress_bar: g
            .progress
            .map(|p| (100.0 * p).clamp(0.0, 100.0))
            .unwrap_or(0.0),
        status: g.status,
        status_label: g.status_label,
        due: g.target_date.map(date),
        value: g.value.map(|v| money(v, cur)),
        sentence: goal_sentence(g, cur),
    }
}

fn goals_section(data: &AccountData, m: &AccountMetrics, cur: &str) -> GoalsSection {
    let by = |s: GoalStatus| m.goals.iter().filter(|g| g.status == s).count();
    let (achieved, on_track, at_risk, missed, no_data) = (
        by(GoalStatus::Achieved),
        by(GoalStatus::OnTrack),
        by(GoalStatus::AtRisk),
        by(GoalStatus::Missed),
        by(GoalStatus::NoData),
    );
    let mut roles: Vec<&str> = m
        .goals
        .iter()
        .map(|g| g.stakeholder_role.as_str())
        .collect();
    roles.sort_by_key(|r| (role_order(r), r.to_string()));
    roles.dedup();
    let groups = roles
        .into_iter()
        .map(|role| {
            let people: Vec<String> = data
                .contacts
                .iter()
                .filter(|c| c.role == role && !c.name.trim().is_empty())
                .map(|c| c.name.trim().to_string())
                .collect();
            GoalGroup {
                role: role.to_string(),
                label: role_label(role),
                people: (!people.is_empty()).then(|| {
                    if people.len() > 3 {
                        format!("{} and {} more", people[..2].join(", "), people.len() - 2)
                    } else {
                        join_and(&people)
                    }
                }),
                focus: role_focus(role),
                goals: m
                    .goals
                    .iter()
                    .filter(|g| g.stakeholder_role == role)
                    .map(|g| goal_row(g, cur))
                    .collect(),
            }
        })
        .collect();
    let n = m.goals.len();
    let sentence = if n == 0 {
        "No goals are recorded for this account yet.".to_string()
    } else {
        let mut parts = Vec::new();
        for (k, label) in [
            (on_track, "on track"),
            (at_risk, "at risk"),
            (missed, "missed"),
            (no_data, "not yet measured"),
        ] {
            if k > 0 {
                parts.push(format!("{k} {label}"));
            }
        }
        let rest = if parts.is_empty() {
            String::new()
        } else {
            format!("; {}", join_and(&parts))
        };
        let progress = m
            .goal_progress
            .map(|p| {
                format!(
                    " Measured goals are {} of the way to target on average.",
                    fraction(p)
                )
            })
            .unwrap_or_default();
        format!(
            "{achieved} of {} achieved{rest}.{progress}",
            count(n, "goal", "goals")
        )
    };
    GoalsSection {
        count: n,
        achieved,
        on_track,
        at_risk,
        missed,
        no_data,
        progress: m.goal_progress.map(fraction),
        sentence,
        groups,
        empty: (n == 0).then(|| {
            "No goals are recorded for this account. Agreeing goals with a baseline, a target and a date for each stakeholder is the first step for next period.".to_string()
        }),
    }
}

fn value_section(m: &AccountMetrics, cur: &str, p: &PeriodInfo) -> ValueSection {
    let items: Vec<ValueItem> = m
        .goals
        .iter()
        .filter_map(|g| {
            let actual = g.actual?;
            let fmt = |v: f64| quantity(v, &g.unit, cur);
            Some(ValueItem {
                goal: g.title.clone(),
                metric: humanize(&g.metric),
                stakeholder: role_label(&g.stakeholder_role),
                measure: format!("{} → {}", fmt(g.baseline), fmt(actual)),
                baseline: fmt(g.baseline),
                actual: fmt(actual),
                target: fmt(g.target),
                improvement: improvement_label(g, actual, cur),
                value: g.value.map(|v| money(v, cur)),
                status: status_key(g.status),
                status_label: g.status_label,
            })
        })
        .collect();
    let valued = m.goals.iter().filter(|g| g.value.is_some()).count();
    let (sign, sentence) = match m.value_total {
        None if items.is_empty() => (
            "none",
            "No goal has been measured yet, so the value delivered cannot be shown.".to_string(),
        ),
        None => (
            "none",
            format!(
                "No goal has an agreed money value, so value is shown in {} own measures below.",
                if items.len() == 1 { "its" } else { "their" }
            ),
        ),
        Some(v) if v.round() > 0.0 => (
            "positive",
            format!(
                "{} of measurable value delivered by {}, from {} with an agreed money value.",
                money(v, cur),
                p.end,
                count(valued, "goal", "goals")
            ),
        ),
        Some(v) if v.round() < 0.0 => (
            "negative",
            format!(
                "The goals with an agreed money value are {} below their baselines as of {}.",
                money(v.abs(), cur),
                p.end
            ),
        ),
        Some(_) => (
            "zero",
            format!(
                "The goals with an agreed money value show no change from their baselines as of {}.",
                p.end
            ),
        ),
    };
    // Highlights: measured goals, the ones worth most first, then the sponsor's.
    let mut ranked: Vec<&GoalResult> = m.goals.iter().filter(|g| g.actual.is_some()).collect();
    ranked.sort_by(|a, b| {
        let va = a.value.unwrap_or(0.0).abs();
        let vb = b.value.unwrap_or(0.0).abs();
        vb.total_cmp(&va)
            .then(role_order(&a.stakeholder_role).cmp(&role_order(&b.stakeholder_role)))
            .then(a.goal_id.cmp(&b.goal_id))
    });
    let headline = match (m.value_total, items.is_empty()) {
        (Some(v), _) => money(v, cur),
        (None, false) => "In their own measures".to_string(),
        (None, true) => "Not measured yet".to_string(),
    };
    ValueSection {
        headline,
        total: m.value_total.map(|v| money(v, cur)),
        total_value: m.value_total,
        sign,
        sentence,
        basis: format!(
            "Improvement from each goal's baseline to its latest measurement on or before {}, times the value per unit agreed with the customer.",
            p.end
        ),
        items,
        highlights: ranked
            .iter()
            .take(3)
            .map(|g| goal_sentence(g, cur))
            .collect(),
    }
}

fn status_key(s: GoalStatus) -> &'static str {
    match s {
        GoalStatus::Achieved => "achieved",
        GoalStatus::OnTrack => "on_track",
        GoalStatus::AtRisk => "at_risk",
        GoalStatus::Missed => "missed",
        GoalStatus::NoData => "no_data",
    }
}

fn adoption_section(m: &AccountMetrics, cur: &str, p: &PeriodInfo) -> AdoptionSection {
    let s = &m.seats;
    let month = p.end_month.clone();
    let sentence = match (s.active, s.purchased) {
        (None, 0) => "No licences or product usage are recorded for this account.".to_string(),
        (None, n) => format!(
            "{} purchased, but no usage was recorded for {month}, so seat use cannot be shown.",
            count(n as usize, "seat", "seats")
        ),
        (Some(a), 0) => format!(
            "{} active in {month}; no purchased seats are recorded, so utilization cannot be computed.",
            count(a as usize, "person was", "people were")
        ),
        (Some(a), n) if a > n => format!(
            "{} people were active on {} purchased seats in {month}: more users than seats.",
            group(a as u64),
            group(n as u64)
        ),
        (Some(a), n) => format!(
            "{} of {} purchased seats were active in {month} ({}).",
            group(a as u64),
            group(n as u64),
            s.utilization.map(fraction).unwrap_or_default()
        ),
    };
    let shelfware_sentence = match (s.shelfware, s.shelfware_value) {
        (Some(0), _) if s.active.unwrap_or(0) > s.purchased => Some(format!(
            "Every purchased seat is in use, with {} more active users than seats.",
            group((s.active.unwrap_or(0) - s.purchased) as u64)
        )),
        (Some(0), _) => Some("Every purchased seat is in use: there is no shelfware.".to_string()),
        (Some(n), Some(v)) => Some(format!(
            "{} unused (shelfware), worth {} a year at the current price per seat.",
            count(n as usize, "seat is", "seats are"),
            money(v, cur)
        )),
        (Some(n), None) => Some(format!(
            "{} unused (shelfware); no recurring revenue is recorded to put a price on them.",
            count(n as usize, "seat is", "seats are")
        )),
        (None, _) => None,
    };
    let with_usage: Vec<&metrics::AdoptionMonth> =
        m.adoption.iter().filter(|a| a.active.is_some()).collect();
    let trend_sentence = match (with_usage.first(), with_usage.last()) {
        (Some(f), Some(l)) if with_usage.len() >= 2 => {
            let (a, b) = (f.active.unwrap_or(0), l.active.unwrap_or(0));
            let (fm, lm) = (month_name(f.month), month_name(l.month));
            Some(match b.cmp(&a) {
                std::cmp::Ordering::Greater => {
                    format!(
                        "Active users rose from {} in {fm} to {} in {lm}.",
                        group(a as u64),
                        group(b as u64)
                    )
                }
                std::cmp::Ordering::Less => {
                    format!(
                        "Active users fell from {} in {fm} to {} in {lm}.",
                        group(a as u64),
                        group(b as u64)
                    )
                }
                std::cmp::Ordering::Equal => format!(
                    "Active users held at {} from {fm} to {lm}.",
                    group(a as u64)
                ),
            })
        }
        _ => None,
    };
    let months: Vec<SeatsMonth> = m
        .adoption
        .iter()
        .map(|a| SeatsMonth {
            label: a.month.format("%b").to_string(),
            purchased: a.purchased,
            active: a.active,
        })
        .collect();
    let chart = charts::adoption_drawable(&months).then(|| {
        let first = m.adoption.first().map(|a| month_name(a.month)).unwrap_or_default();
        let last = m.adoption.last().map(|a| month_name(a.month)).unwrap_or_default();
        let seats_first = m.adoption.first().map(|a| a.purchased).unwrap_or(0);
        let seats_last = m.adoption.last().map(|a| a.purchased).unwrap_or(0);
        let seats = if seats_first == seats_last {
            format!("purchased seats stayed at {}", group(seats_last.max(0) as u64))
        } else {
            format!("purchased seats went from {} to {}", group(seats_first.max(0) as u64), group(seats_last.max(0) as u64))
        };
        let users = trend_sentence.clone().unwrap_or_default();
        ChartRef {
            name: "adoption",
            path: charts::chart_path("adoption"),
            labels: charts::labels_path("adoption"),
            alt: format!(
                "Line chart of active users and purchased seats by month, {first} to {last}. {} {}.",
                users,
                humanize(&seats)
            ),
        }
    });
    // Without licences or usage the sentence already says so; otherwise say why no chart.
    let chart_missing = match (&chart, with_usage.len(), m.adoption.is_empty()) {
        (Some(_), _, _) | (None, _, true) => None,
        (None, 0, false) => Some(
            "There is no usage data for the last twelve months, so there is no adoption chart."
                .to_string(),
        ),
        (None, _, false) => Some(
            "Usage was recorded in only one month, which is not yet a trend, so there is no adoption chart."
                .to_string(),
        ),
    };
    AdoptionSection {
        month,
        has_usage: s.active.is_some(),
        purchased: s.purchased,
        purchased_label: group(s.purchased.max(0) as u64),
        active: s.active,
        active_label: s.active.map(|a| group(a.max(0) as u64)),
        utilization: s.utilization.map(fraction),
        utilization_value: s.utilization,
        shelfware: s.shelfware,
        shelfware_label: s.shelfware.map(|n| group(n.max(0) as u64)),
        shelfware_value: s.shelfware_value.map(|v| money(v, cur)),
        sentence,
        shelfware_sentence,
        trend_sentence,
        months,
        chart,
        chart_missing,
    }
}

/// Features shown in the chart; the rest are counted in `more`.
const MAX_FEATURES: usize = 8;

fn features_section(m: &AccountMetrics, p: &PeriodInfo) -> FeaturesSection {
    let month = p.end_month.clone();
    let mut products: Vec<&str> = m.features.iter().map(|f| f.product.as_str()).collect();
    products.sort();
    products.dedup();
    let items: Vec<FeatureRow> = m
        .features
        .iter()
        .map(|f| FeatureRow {
            feature: f.feature.clone(),
            product: f.product.clone(),
            users: f.active_users,
            users_label: group(f.active_users.max(0) as u64),
            share: f.share.map(percent),
        })
        .collect();
    let bars: Vec<BarItem> = m
        .features
        .iter()
        .take(MAX_FEATURES)
        .map(|f| BarItem {
            label: if products.len() > 1 {
                format!("{} · {}", f.feature, f.product)
            } else {
                f.feature.clone()
            },
            value: f.active_users,
        })
        .collect();
    let used: Vec<&metrics::FeatureAdoption> =
        m.features.iter().filter(|f| f.active_users > 0).collect();
    let sentence = match (used.first(), used.last()) {
        (None, _) => format!("No feature usage was recorded for {month}."),
        (Some(top), Some(low)) if used.len() >= 2 => {
            let share = top
                .share
                .map(|s| format!(", {} of active users", percent(s)))
                .unwrap_or_default();
            format!(
                "{} is the most used feature ({}{share}); {} is the least used, with {}.",
                top.feature,
                count(top.active_users as usize, "user", "users"),
                low.feature,
                count(low.active_users as usize, "user", "users"),
            )
        }
        (Some(top), _) => format!(
            "{} is the only feature in use in {month}, with {}.",
            top.feature,
            count(top.active_users as usize, "user", "users")
        ),
    };
    let chart = charts::bars_drawable(&bars).then(|| {
        let parts: Vec<String> = bars
            .iter()
            .map(|b| format!("{} {}", b.label, group(b.value.max(0) as u64)))
            .collect();
        let more = if m.features.len() > bars.len() {
            format!(" ({} more not shown)", m.features.len() - bars.len())
        } else {
            String::new()
        };
        ChartRef {
            name: "features",
            path: charts::chart_path("features"),
            labels: charts::labels_path("features"),
            alt: format!(
                "Bar chart of active users by feature in {month}: {}{more}.",
                parts.join("; ")
            ),
        }
    });
    FeaturesSection {
        // The sentence says there was no usage; nothing more to explain.
        chart_missing: None,
        month,
        more: m.features.len().saturating_sub(bars.len()),
        items,
        sentence,
        bars,
        chart,
    }
}

/// Milestones shown on the timeline at most.
const MAX_MILESTONES: usize = 10;
/// Milestones shown at least (earlier done ones fill up a short timeline).
const MIN_MILESTONES: usize = 4;

fn plan_section(m: &AccountMetrics, period: &Period, vendor: &str) -> PlanSection {
    let state_of = |s: &str| match s {
        "done" => ("done", "Done"),
        "done_late" => ("done_late", "Done late"),
        "late" => ("late", "Late"),
        _ => ("upcoming", "Upcoming"),
    };
    let all: Vec<MilestoneItem> = m
        .milestones
        .iter()
        .map(|r| {
            let (state, state_label) = state_of(r.state);
            let side_label = match r.owner_side.as_str() {
                "vendor" => vendor.to_string(),
                "customer" => "Customer".to_string(),
                other => humanize(other),
            };
            let owner = match r.owner_name.trim() {
                "" => side_label.clone(),
                name => format!("{side_label} · {name}"),
            };
            let when = match (state, r.completed_on, r.due_on) {
                ("done" | "done_late", Some(c), Some(d)) if c > d => {
                    format!("Done {}, due {}", date(c), date(d))
                }
                ("done" | "done_late", Some(c), _) => format!("Done {}", date(c)),
                ("late", _, Some(d)) => format!("Due {}, not done", date(d)),
                (_, _, Some(d)) => format!("Due {}", date(d)),
                _ => "No date set".to_string(),
            };
            MilestoneItem {
                title: r.title.clone(),
                stage: r.stage.clone(),
                stage_label: stage_label(&r.stage),
                owner_side: r.owner_side.clone(),
                owner_side_label: side_label,
                owner_name: r.owner_name.clone(),
                owner,
                due: r.due_on.map(date),
                completed: r.completed_on.map(date),
                state,
                state_label,
                when,
            }
        })
        .collect();
    let done = all
        .iter()
        .filter(|i| i.state == "done" || i.state == "done_late")
        .count();
    let late = all.iter().filter(|i| i.state == "late").count();
    let upcoming = all.iter().filter(|i| i.state == "upcoming").count();
    // The timeline is about this period: every late and upcoming milestone and those done in
    // the period; milestones done before it are folded away (all but the latest few when the
    // timeline would otherwise be short), and the oldest done ones go first past the limit.
    let earlier: Vec<usize> = m
        .milestones
        .iter()
        .enumerate()
        .filter(|(_, r)| r.completed_on.is_some_and(|c| c < period.start))
        .map(|(i, _)| i)
        .collect();
    let current = all.len() - earlier.len();
    let keep_earlier = MIN_MILESTONES.saturating_sub(current).min(earlier.len());
    let mut keep: Vec<bool> = vec![true; all.len()];
    for i in &earlier[..earlier.len() - keep_earlier] {
        keep[*i] = false;
    }
    let mut excess = keep
        .iter()
        .filter(|k| **k)
        .count()
        .saturating_sub(MAX_MILESTONES);
    for (i, r) in m.milestones.iter().enumerate() {
        if excess == 0 {
            break;
        }
        if keep[i] && r.completed_on.is_some() {
            keep[i] = false;
            excess -= 1;
        }
    }
    let items: Vec<MilestoneItem> = all
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(i, _)| i.clone())
        .collect();
    let hidden = all.len() - items.len();
    let sentence = if all.is_empty() {
        "No success-plan milestones are recorded.".to_string()
    } else {
        let due_by = m
            .milestones
            .iter()
            .filter(|r| r.due_on.is_some_and(|d| d <= period.end))
            .count();
        let mut s = match m.plan_progress {
            Some(pp) => format!(
                "{} of {} due by {} {} done ({}).",
                m.milestones
                    .iter()
                    .filter(
                        |r| r.due_on.is_some_and(|d| d <= period.end) && r.completed_on.is_some()
                    )
                    .count(),
                count(due_by, "milestone", "milestones"),
                date(period.end),
                if due_by == 1 { "is" } else { "are" },
                fraction(pp)
            ),
            None => format!("No milestone was due by {}.", date(period.end)),
        };
        let lates: Vec<&MilestoneItem> = all.iter().filter(|i| i.state == "late").collect();
        match lates.as_slice() {
            [] => {}
            [one] => s.push_str(&format!(" One is late: {} ({}).", one.title, one.owner)),
            many => s.push_str(&format!(" {} are late.", many.len())),
        }
        if upcoming > 0 {
            s.push_str(&format!(
                " {} coming up.",
                count(upcoming, "milestone is", "milestones are")
            ));
        }
        s
    };
    PlanSection {
        progress: m.plan_progress.map(fraction),
        done,
        late,
        upcoming,
        sentence,
        items,
        hidden,
        empty: all.is_empty().then(|| {
            "No success-plan milestones are recorded. A plan with owners on both sides is proposed for next period.".to_string()
        }),
    }
}

fn support_section(m: &AccountMetrics, p: &PeriodInfo) -> SupportSection {
    let s = &m.support;
    let sentence = if s.opened == 0 {
        format!("No support tickets were opened in {}.", p.label)
    } else {
        let mut extra = Vec::new();
        extra.push(format!("{} escalated", group(s.escalations as u64)));
        if s.critical > 0 {
            extra.push(format!("{} critical", group(s.critical as u64)));
        }
        format!(
            "{} opened in {} ({}); {} closed.",
            count(s.opened, "ticket was", "tickets were"),
            p.label,
            join_and(&extra),
            group(s.closed as u64)
        )
    };
    let csat_sentence = match s.csat {
        Some(c) => format!(
            "Customers rated their tickets {} out of 5 on average.",
            number((c * 10.0).round() / 10.0)
        ),
        None if s.opened == 0 => "With no tickets, there are no support ratings.".to_string(),
        None => "No ticket was rated by the customer this period.".to_string(),
    };
    let months: Vec<TicketsMonth> = s
        .by_month
        .iter()
        .map(|(mo, opened, esc)| TicketsMonth {
            label: mo.format("%b").to_string(),
            opened: *opened,
            escalated: *esc,
        })
        .collect();
    let chart = charts::tickets_drawable(&months).then(|| {
        let parts: Vec<String> = s
            .by_month
            .iter()
            .map(|(mo, o, e)| {
                let esc = if *e > 0 {
                    format!(" ({e} escalated)")
                } else {
                    String::new()
                };
                format!("{} {o}{esc}", mo.format("%B"))
            })
            .collect();
        ChartRef {
            name: "tickets",
            path: charts::chart_path("tickets"),
            labels: charts::labels_path("tickets"),
            alt: format!(
                "Bar chart of support tickets opened per month in {}: {}.",
                p.label,
                parts.join(", ")
            ),
        }
    });
    SupportSection {
        opened: s.opened,
        closed: s.closed,
        escalations: s.escalations,
        critical: s.critical,
        csat: s
            .csat
            .map(|c| format!("{} / 5", number((c * 10.0).round() / 10.0))),
        sentence,
        csat_sentence,
        months,
        // The sentence says no tickets were opened; nothing more to explain.
        chart_missing: None,
        chart,
    }
}

/// Periods on the NPS trend, the current one included.
const NPS_PERIODS: usize = 4;

fn nps_section(
    data: &AccountData,
    m: &AccountMetrics,
    period: &Period,
    p: &PeriodInfo,
) -> NpsSection {
    let n = &m.nps;
    let prev = &m.nps_previous;
    let (change, change_direction) = match (n.score, prev.score) {
        (Some(a), Some(b)) => {
            let d = (a.round() - b.round()) as i64;
            let dir = match d.cmp(&0) {
                std::cmp::Ordering::Greater => "up",
                std::cmp::Ordering::Less => "down",
                std::cmp::Ordering::Equal => "flat",
            };
            (
                Some(format!("{} since {}", signed(d as f64), p.previous)),
                dir,
            )
        }
        _ => (None, "none"),
    };
    let sentence = match n.score {
        None => "No NPS responses this period.".to_string(),
        Some(s) => {
            let mix = format!(
                "{}, {}, {}",
                count(n.promoters, "promoter", "promoters"),
                count(n.passives, "passive", "passives"),
                count(n.detractors, "detractor", "detractors")
            );
            let trend = match (prev.score, change_direction) {
                (Some(b), "up") => format!(", up from {} in {}", signed(b), p.previous),
                (Some(b), "down") => format!(", down from {} in {}", signed(b), p.previous),
                (Some(_), _) => format!(", the same as in {}", p.previous),
                (None, _) => format!("; there were no responses in {} to compare", p.previous),
            };
            let caution = if n.responses < 5 {
                format!(
                    " With {} it is an indication, not a measure.",
                    count(n.responses, "response", "responses")
                )
            } else {
                String::new()
            };
            format!(
                "NPS is {} from {} ({mix}){trend}.{caution}",
                signed(s),
                count(n.responses, "response", "responses")
            )
        }
    };
    // Verbatims: the best and the worst of the period, then the latest other one.
    let role_of = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| data.contacts.iter().find(|c| &c.contact_id == id))
            .map(|c| role_label(&c.role))
            .unwrap_or_else(|| "Respondent".to_string())
    };
    let with_text: Vec<&crate::model::NpsResponse> = data
        .nps
        .iter()
        .filter(|r| period.contains(r.responded_at) && (0..=10).contains(&r.score))
        .filter(|r| r.comment.as_deref().is_some_and(|c| !c.trim().is_empty()))
        .collect();
    let mut picked: Vec<&crate::model::NpsResponse> = Vec::new();
    if let Some(best) = with_text.iter().max_by(|a, b| {
        a.score
            .cmp(&b.score)
            .then(a.responded_at.cmp(&b.responded_at))
    }) {
        picked.push(best);
    }
    if let Some(worst) = with_text.iter().filter(|r| r.score <= 8).min_by(|a, b| {
        a.score
            .cmp(&b.score)
            .then(b.responded_at.cmp(&a.responded_at))
    }) && !picked.iter().any(|x| x.response_id == worst.response_id)
    {
        picked.push(worst);
    }
    for r in with_text.iter().rev() {
        if picked.len() >= 3 {
            break;
        }
        if !picked.iter().any(|x| x.response_id == r.response_id) {
            picked.push(r);
        }
    }
    picked.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.responded_at.cmp(&b.responded_at))
    });
    let comments: Vec<Comment> = picked
        .iter()
        .map(|r| Comment {
            text: clip(r.comment.as_deref().unwrap_or(""), 480),
            score: r.score,
            score_label: format!("{}/10", r.score),
            kind: match r.score {
                9..=10 => "promoter",
                7..=8 => "passive",
                _ => "detractor",
            },
            who: role_of(&r.contact_id),
            date: date(r.responded_at),
        })
        .collect();
    let comments_missing = comments.is_empty().then(|| {
        if n.responses == 0 {
            "No NPS responses this period, so there are no comments.".to_string()
        } else {
            "No respondent left a comment this period.".to_string()
        }
    });
    // The trend: this period and the ones before it, each the same length.
    let mut periods = vec![period.clone()];
    for _ in 1..NPS_PERIODS {
        let before = periods
            .last()
            .map(Period::previous)
            .unwrap_or_else(|| period.clone());
        periods.push(before);
    }
    periods.reverse();
    let trend: Vec<NpsPoint> = periods
        .iter()
        .map(|pp| {
            let r = metrics::nps(
                data.nps
                    .iter()
                    .filter(|x| pp.contains(x.responded_at))
                    .map(|x| x.score),
            );
            NpsPoint {
                label: period_short(pp.start, pp.end),
                score: r.score,
                responses: r.responses,
            }
        })
        .collect();
    let chart = charts::nps_drawable(&trend).then(|| {
        let parts: Vec<String> = periods
            .iter()
            .zip(&trend)
            .map(|(pp, t)| {
                let name = period_name(pp.start, pp.end);
                match t.score {
                    Some(s) => format!(
                        "{name} {} ({})",
                        signed(s),
                        count(t.responses, "response", "responses")
                    ),
                    None => format!("{name} no responses"),
                }
            })
            .collect();
        ChartRef {
            name: "nps",
            path: charts::chart_path("nps"),
            labels: charts::labels_path("nps"),
            alt: format!(
                "Line chart of NPS per period on a scale of −100 to +100: {}.",
                parts.join(", ")
            ),
        }
    });
    let chart_missing = chart.is_none().then(|| {
        "There is no NPS trend chart: fewer than two of the last four periods had responses."
            .to_string()
    });
    NpsSection {
        score: n.score.map(signed),
        score_value: n.score,
        responses: n.responses,
        promoters: n.promoters,
        passives: n.passives,
        detractors: n.detractors,
        previous: prev.score.map(signed),
        change,
        change_direction,
        sentence,
        comments,
        comments_missing,
        trend,
        chart,
        chart_missing,
    }
}

fn band_label(band: &str) -> &'static str {
    match band {
        "healthy" => "Healthy",
        "watch" => "Watch",
        "at_risk" => "At risk",
        _ => "No data",
    }
}

fn health_section(m: &AccountMetrics, p: &PeriodInfo) -> HealthSection {
    let h = &m.health;
    let hp = &m.health_previous;
    let (change, dir) = match (h.score, hp.score) {
        (Some(a), Some(b)) => {
            let d = (a.round() - b.round()) as i64;
            let dir = match d.cmp(&0) {
                std::cmp::Ordering::Greater => "up",
                std::cmp::Ordering::Less => "down",
                std::cmp::Ordering::Equal => "flat",
            };
            (
                Some(format!("{} since {}", signed(d as f64), p.previous)),
                dir,
            )
        }
        _ => (None, "none"),
    };
    let with_data = h.components.iter().filter(|c| c.score.is_some()).count();
    let sentence = match h.score {
        None => "Health cannot be scored: none of its components has data.".to_string(),
        Some(s) => {
            let band = band_label(h.band).to_lowercase();
            let trend = match (hp.score, dir) {
                (Some(b), "up") => format!(
                    ", up {} from {} in {}",
                    count((s.round() - b.round()) as usize, "point", "points"),
                    b.round(),
                    p.previous
                ),
                (Some(b), "down") => {
                    format!(
                        ", down {} from {} in {}",
                        count((b.round() - s.round()) as usize, "point", "points"),
                        b.round(),
                        p.previous
                    )
                }
                (Some(_), _) => format!(", unchanged from {}", p.previous),
                (None, _) => String::new(),
            };
            let partial = if with_data < h.components.len() {
                format!(
                    " It rests on {with_data} of its {} components; the others have no data.",
                    h.components.len()
                )
            } else {
                String::new()
            };
            format!(
                "Health is {} out of 100 ({band}){trend}.{partial}",
                s.round()
            )
        }
    };
    HealthSection {
        score: h.score.map(|s| format!("{}", s.round())),
        score_value: h.score,
        band: h.band,
        band_label: band_label(h.band),
        previous: hp.score.map(|s| format!("{}", s.round())),
        change,
        change_direction: dir,
        sentence,
        components_with_data: with_data,
        basis: if with_data == h.components.len() {
            "Based on all five components.".to_string()
        } else {
            format!(
                "Based on {with_data} of {} components; those without data are left out and the others re-weighted.",
                h.components.len()
            )
        },
        components: h
            .components
            .iter()
            .map(|c| HealthRow {
                key: c.key,
                label: c.label,
                score: c.score.map(|s| format!("{}", s.round())),
                bar: c.score.unwrap_or(0.0).clamp(0.0, 100.0),
                has_data: c.score.is_some(),
                weight: if c.score.is_some() {
                    fraction(c.share)
                } else {
                    "not counted".into()
                },
            })
            .collect(),
    }
}

fn next_section(
    m: &AccountMetrics,
    cur: &str,
    period: &Period,
    next_end: NaiveDate,
    p: &PeriodInfo,
) -> NextSection {
    let mut carried = Vec::new();
    let mut due = Vec::new();
    let mut renew = Vec::new();
    let mut continuing = 0;
    let mut sorted: Vec<&GoalResult> = m.goals.iter().collect();
    sorted.sort_by(|a, b| {
        role_order(&a.stakeholder_role)
            .cmp(&role_order(&b.stakeholder_role))
            .then(a.target_date.cmp(&b.target_date))
            .then(a.goal_id.cmp(&b.goal_id))
    });
    for g in sorted {
        let fmt = |v: f64| quantity(v, &g.unit, cur);
        let now = g.actual.map(|a| {
            let prog = g
                .progress
                .map(|pr| format!(", {} of the way", fraction(pr)))
                .unwrap_or_default();
            format!("{}{prog}", fmt(a))
        });
        let metric = lower_first(&humanize(if g.metric.trim().is_empty() {
            &g.title
        } else {
            &g.metric
        }));
        let mk = |action: String, due_s: Option<String>| NextGoal {
            title: g.title.clone(),
            stakeholder: role_label(&g.stakeholder_role),
            target: fmt(g.target),
            due: due_s,
            now: now.clone(),
            status: g.status,
            status_label: g.status_label,
            action,
        };
        let in_next = g
            .target_date
            .is_some_and(|d| d > period.end && d <= next_end);
        match g.status {
            GoalStatus::Achieved => renew.push(mk(
                format!(
                    "Achieved: agree the next target for {metric} with the {}.",
                    role_label(&g.stakeholder_role).to_lowercase()
                ),
                None,
            )),
            GoalStatus::Missed => carried.push(mk(
                format!(
                    "Carry over: reach {} by {} (was due {}).",
                    fmt(g.target),
                    date(next_end),
                    g.target_date.map(date).unwrap_or_else(|| "no date".into())
                ),
                Some(date(next_end)),
            )),
            GoalStatus::NoData if g.actual.is_none() => carried.push(mk(
                format!(
                    "Carry over: start measuring {metric} against the target of {}.",
                    fmt(g.target)
                ),
                g.target_date.map(date),
            )),
            GoalStatus::NoData => carried.push(mk(
                format!("Carry over: agree a target for {metric} that differs from its baseline."),
                g.target_date.map(date),
            )),
            _ if in_next => due.push(mk(
                format!(
                    "Due next period: reach {} by {}{}.",
                    fmt(g.target),
                    g.target_date.map(date).unwrap_or_default(),
                    if g.status == GoalStatus::AtRisk {
                        ", currently at risk"
                    } else {
                        ""
                    }
                ),
                g.target_date.map(date),
            )),
            GoalStatus::AtRisk if g.target_date.is_none() => carried.push(mk(
                format!(
                    "Carry over: set a date to reach {} and a plan to get there.",
                    fmt(g.target)
                ),
                None,
            )),
            _ => continuing += 1,
        }
    }
    let total = carried.len() + due.len() + renew.len();
    let sentence = if m.goals.is_empty() {
        format!(
            "For {}, we propose agreeing goals with a baseline, a target and a date for each stakeholder.",
            p.next
        )
    } else {
        let mut parts = Vec::new();
        if !carried.is_empty() {
            parts.push(format!(
                "{} carried over",
                count(carried.len(), "goal", "goals")
            ));
        }
        if !due.is_empty() {
            parts.push(format!("{} due", count(due.len(), "goal", "goals")));
        }
        if !renew.is_empty() {
            parts.push(format!(
                "{} achieved and ready for a new target",
                count(renew.len(), "goal", "goals")
            ));
        }
        let cont = if continuing > 0 {
            format!(
                " {} continuing to a later date.",
                count(continuing, "goal is", "goals are")
            )
        } else {
            String::new()
        };
        if parts.is_empty() {
            format!("No goal needs a change for {}.{cont}", p.next)
        } else {
            format!("For {}: {}.{cont}", p.next, join_and(&parts))
        }
    };
    let counts = (carried.len(), due.len(), renew.len());
    let groups = [
        ("carried", "Carried over", carried),
        ("due", "Due next period", due),
        ("renew", "Achieved: agree the next target", renew),
    ]
    .into_iter()
    .filter(|(_, _, g)| !g.is_empty())
    .map(|(key, title, goals)| NextGroup { key, title, goals })
    .collect::<Vec<_>>();
    let summary = groups
        .iter()
        .flat_map(|g| g.goals.iter())
        .take(3)
        .map(|g| format!("{}: {}", g.title.trim(), lower_first(&g.action)))
        .collect();
    NextSection {
        period: p.next.clone(),
        groups,
        carried: counts.0,
        due: counts.1,
        renew: counts.2,
        continuing,
        summary,
        sentence,
        empty: (total == 0).then(|| {
            if m.goals.is_empty() {
                "No goals yet: the first step next period is to agree them.".to_string()
            } else {
                "Every goal continues to its agreed date; nothing to carry over.".to_string()
            }
        }),
    }
}

fn tiles(
    m: &AccountMetrics,
    goals: &GoalsSection,
    adoption: &AdoptionSection,
    health: &HealthSection,
    nps: &NpsSection,
) -> Vec<Tile> {
    let goal_tile = match m.goal_progress {
        Some(p) => Tile {
            key: "goals",
            label: "Goal progress",
            value: fraction(p),
            has_data: true,
            caption: format!(
                "{} of {} achieved",
                goals.achieved,
                count(goals.count, "goal", "goals")
            ),
            tone: if p >= 0.7 {
                "good"
            } else if p >= 0.4 {
                "watch"
            } else {
                "bad"
            },
            trend: None,
            trend_direction: "none",
            sentence: goals.sentence.clone(),
        },
        None => Tile {
            key: "goals",
            label: "Goal progress",
            value: if goals.count == 0 {
                "No goals".into()
            } else {
                "Not measured".into()
            },
            has_data: false,
            caption: if goals.count == 0 {
                "none agreed yet".into()
            } else {
                format!(
                    "{} without measurements",
                    count(goals.count, "goal", "goals")
                )
            },
            tone: "neutral",
            trend: None,
            trend_direction: "none",
            sentence: if goals.count == 0 {
                "No goals are agreed yet; agreeing them is the first step for next period.".into()
            } else {
                "No goal has a measurement yet, so progress cannot be shown.".into()
            },
        },
    };
    let adoption_tile = match m.seats.utilization {
        Some(u) => Tile {
            key: "adoption",
            label: "Seats in use",
            value: fraction(u),
            has_data: true,
            caption: format!(
                "{} of {} seats active",
                adoption.active_label.clone().unwrap_or_default(),
                adoption.purchased_label
            ),
            tone: if u >= 0.8 {
                "good"
            } else if u >= 0.5 {
                "watch"
            } else {
                "bad"
            },
            trend: None,
            trend_direction: "none",
            sentence: match &adoption.shelfware_sentence {
                Some(s) if adoption.shelfware.unwrap_or(0) > 0 => {
                    format!("{} {s}", adoption.sentence)
                }
                _ => adoption.sentence.clone(),
            },
        },
        None => Tile {
            key: "adoption",
            label: "Seats in use",
            value: "No data".into(),
            has_data: false,
            caption: if adoption.purchased > 0 {
                format!(
                    "{} {} purchased",
                    adoption.purchased_label,
                    if adoption.purchased == 1 {
                        "seat"
                    } else {
                        "seats"
                    }
                )
            } else {
                "no seats recorded".into()
            },
            tone: "neutral",
            trend: None,
            trend_direction: "none",
            sentence: adoption.sentence.clone(),
        },
    };
    let health_tile = Tile {
        key: "health",
        label: "Health",
        value: health.score.clone().unwrap_or_else(|| "No data".into()),
        has_data: health.score.is_some(),
        caption: match (
            health.score.is_some(),
            health.components_with_data,
            health.components.len(),
        ) {
            (false, _, _) => "no component has data".into(),
            (true, k, n) if k < n => format!("{} · from {k} of {n} components", health.band_label),
            (true, _, _) => format!("{} · out of 100", health.band_label),
        },
        // A score resting on one or two components is not called healthy in colour.
        tone: match health.band {
            _ if health.components_with_data < 3 => "neutral",
            "healthy" => "good",
            "watch" => "watch",
            "at_risk" => "bad",
            _ => "neutral",
        },
        trend: health.change.clone(),
        trend_direction: health.change_direction,
        sentence: health.sentence.clone(),
    };
    let nps_tile = Tile {
        key: "nps",
        label: "NPS",
        value: nps.score.clone().unwrap_or_else(|| "No responses".into()),
        has_data: nps.score.is_some(),
        caption: if nps.responses > 0 {
            count(nps.responses, "response", "responses")
        } else {
            "none this period".into()
        },
        tone: match nps.score_value {
            Some(s) if s >= 30.0 => "good",
            Some(s) if s >= 0.0 => "watch",
            Some(_) => "bad",
            None => "neutral",
        },
        trend: nps.change.clone(),
        trend_direction: nps.change_direction,
        sentence: nps.sentence.clone(),
    };
    vec![goal_tile, adoption_tile, health_tile, nps_tile]
}

// ---------------------------------------------------------------------------------------------
// Charts and rendering inputs

/// The charts `doc` refers to, drawn in the brand's accent. A chart the document does not
/// refer to (no data) is not drawn, so every `chart.path` in the data has its file.
pub fn charts(doc: &ReviewDoc) -> Vec<Chart> {
    let p = Palette::new(&doc.brand.accent);
    let mut out = Vec::new();
    if let Some(c) = &doc.adoption.chart {
        out.extend(charts::adoption(&doc.adoption.months, &p, &c.alt));
    }
    if let Some(c) = &doc.features.chart {
        out.extend(charts::feature_bars(&doc.features.bars, &p, &c.alt));
    }
    if let Some(c) = &doc.support.chart {
        out.extend(charts::tickets(&doc.support.months, &p, &c.alt));
    }
    if let Some(c) = &doc.nps.chart {
        out.extend(charts::nps_trend(&doc.nps.trend, &p, &c.alt));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::HealthWeights;
    use crate::metrics::{account_metrics, evaluate_goal};
    use crate::model::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn money_formats() {
        assert_eq!(money(48_200.0, "USD"), "$48,200");
        assert_eq!(money(48_199.6, "usd"), "$48,200");
        assert_eq!(money(-1_250.0, "EUR"), "−€1,250");
        assert_eq!(money(0.0, "GBP"), "£0");
        assert_eq!(money(-0.4, "GBP"), "£0");
        assert_eq!(money(1_234_567.0, "CHF"), "CHF\u{a0}1,234,567");
        assert_eq!(money(999.0, ""), "$999");
    }

    #[test]
    fn number_and_percent_formats() {
        assert_eq!(number(14.0), "14");
        assert_eq!(number(12.44), "12.4");
        assert_eq!(number(1234.6), "1,235");
        assert_eq!(number(0.856), "0.86");
        assert_eq!(number(-3.25), "−3.3");
        assert_eq!(number(0.0), "0");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(f64::NAN), "—");
        assert_eq!(percent(62.4), "62%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(0.44), "0.4%");
        assert_eq!(percent(0.01), "<0.1%");
        assert_eq!(percent(-5.2), "−5%");
        assert_eq!(percent(112.0), "112%");
        assert_eq!(fraction(0.62), "62%");
        assert_eq!(signed(32.4), "+32");
        assert_eq!(signed(-10.0), "−10");
        assert_eq!(signed(0.2), "0");
        assert_eq!(date(d("2026-09-30")), "30 Sep 2026");
    }

    #[test]
    fn quantities_in_goal_units() {
        assert_eq!(quantity(14.0, "h", "USD"), "14\u{a0}h");
        assert_eq!(quantity(85.0, "%", "USD"), "85%");
        assert_eq!(quantity(4.5, "USD", "USD"), "$4.50");
        assert_eq!(quantity(1200.0, "money", "EUR"), "€1,200");
        assert_eq!(quantity(3.0, "", "USD"), "3");
        // One of a plural unit is singular; other counts and abbreviations keep the data's unit.
        assert_eq!(quantity(1.0, "handoffs", "USD"), "1\u{a0}handoff");
        assert_eq!(quantity(1.0, "Entries", "USD"), "1\u{a0}Entry");
        assert_eq!(quantity(1.0, "batches", "USD"), "1\u{a0}batch");
        assert_eq!(quantity(1.0, "ms", "USD"), "1\u{a0}ms");
        assert_eq!(quantity(1.0, "status", "USD"), "1\u{a0}status");
        assert_eq!(
            quantity(1.0, "tickets per day", "USD"),
            "1\u{a0}tickets per day"
        );
        assert_eq!(quantity(1.04, "days", "USD"), "1\u{a0}day");
        assert_eq!(quantity(2.0, "handoffs", "USD"), "2\u{a0}handoffs");
        assert_eq!(quantity(0.5, "days", "USD"), "0.5\u{a0}days");
        assert_eq!(humanize("ticket_resolution_time"), "Ticket resolution time");
        assert_eq!(humanize("NPS of admins"), "NPS of admins");
    }

    #[test]
    fn periods_are_named() {
        assert_eq!(period_name(d("2026-07-01"), d("2026-09-30")), "Q3 2026");
        assert_eq!(
            period_name(d("2026-09-01"), d("2026-09-30")),
            "September 2026"
        );
        assert_eq!(period_name(d("2025-01-01"), d("2025-12-31")), "2025");
        assert_eq!(
            period_name(d("2026-07-10"), d("2026-08-14")),
            "10 Jul – 14 Aug 2026"
        );
        let q = Period::parse("2026-Q3").unwrap();
        assert_eq!(next_period(&q), (d("2026-10-01"), d("2026-12-31")));
        let r = Period::range("2026-01-10", "2026-01-19").unwrap();
        assert_eq!(next_period(&r), (d("2026-01-20"), d("2026-01-29")));
    }

    fn goal(
        direction: Direction,
        baseline: f64,
        target: f64,
        due: &str,
        ms: &[(&str, f64)],
        vpu: Option<f64>,
    ) -> Goal {
        Goal {
            goal_id: "g1".into(),
            stakeholder_role: "champion".into(),
            title: "Faster resolution".into(),
            metric: "Ticket resolution time".into(),
            unit: "h".into(),
            direction,
            baseline,
            target,
            target_date: Some(d(due)),
            value_per_unit: vpu,
            measurements: ms
                .iter()
                .map(|(on, v)| Measurement {
                    measured_on: d(on),
                    value: *v,
                })
                .collect(),
        }
    }

    fn sentence(g: &Goal, as_of: &str) -> String {
        goal_sentence(&evaluate_goal(g, d(as_of), Some(d("2026-01-01"))), "USD")
    }

    #[test]
    fn goal_sentences_read_like_a_person_wrote_them() {
        // 20 h → 12.4 h is −38%; the target 14 h is −30%.
        let g = goal(
            Direction::Lower,
            20.0,
            14.0,
            "2026-12-31",
            &[("2026-09-15", 12.4)],
            None,
        );
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Ticket resolution time fell 38%, past the 30% target."
        );
        let g = goal(
            Direction::Lower,
            20.0,
            14.0,
            "2026-12-31",
            &[("2026-09-15", 12.4)],
            Some(100.0),
        );
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Ticket resolution time fell 38%, past the 30% target, worth $760."
        );
        // Exactly at target.
        let g = goal(
            Direction::Lower,
            20.0,
            14.0,
            "2026-12-31",
            &[("2026-09-15", 14.0)],
            None,
        );
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Ticket resolution time fell 30%, meeting the 30% target."
        );
        // On track.
        let g = goal(
            Direction::Lower,
            20.0,
            14.0,
            "2026-12-31",
            &[("2026-01-01", 20.0), ("2026-09-15", 15.2)],
            None,
        );
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Ticket resolution time fell 24%, on track for the 30% target by 31 Dec 2026."
        );
        // Wrong way: rose while a cut is targeted.
        let g = goal(
            Direction::Lower,
            20.0,
            14.0,
            "2026-12-31",
            &[("2026-01-01", 20.0), ("2026-09-15", 22.0)],
            None,
        );
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Ticket resolution time rose 10%, away from the targeted 30% cut by 31 Dec 2026: at risk."
        );
        // Missed, past its date.
        let g = goal(
            Direction::Lower,
            20.0,
            14.0,
            "2026-06-30",
            &[("2026-01-01", 20.0), ("2026-06-15", 18.0)],
            None,
        );
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Ticket resolution time fell 10%, short of the 30% target due 30 Jun 2026."
        );
        // Held steady.
        let g = goal(
            Direction::Higher,
            50.0,
            80.0,
            "2026-06-30",
            &[("2026-06-15", 50.0)],
            None,
        );
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Ticket resolution time held steady at 50\u{a0}h, away from the targeted 60% rise due 30 Jun 2026."
        );
    }

    #[test]
    fn percentages_move_in_points() {
        let mut g = goal(
            Direction::Higher,
            10.0,
            50.0,
            "2026-06-30",
            &[("2026-01-01", 12.0), ("2026-06-15", 34.0)],
            None,
        );
        g.metric = "Tickets triaged automatically".into();
        g.unit = "%".into();
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Tickets triaged automatically rose 24 points to 34%, short of the 50% target due 30 Jun 2026."
        );
        g.measurements[1].value = 9.0;
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Tickets triaged automatically fell 1 point to 9%, away from the 50% target due 30 Jun 2026."
        );
    }

    #[test]
    fn goal_sentences_for_zero_and_missing() {
        // Zero baseline: no percentages, absolute values instead.
        let mut g = goal(
            Direction::Higher,
            0.0,
            40.0,
            "2026-12-31",
            &[("2026-09-01", 45.0)],
            None,
        );
        g.metric = "automations_live".into();
        g.unit = "".into();
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Automations live rose from 0 to 45, past the 40 target."
        );
        // No measurement.
        let g = goal(Direction::Higher, 10.0, 40.0, "2026-12-31", &[], None);
        assert_eq!(
            sentence(&g, "2026-09-30"),
            "Ticket resolution time has no measurement yet, so progress cannot be shown."
        );
        // Target equals baseline.
        let g = goal(
            Direction::Higher,
            10.0,
            10.0,
            "2026-12-31",
            &[("2026-09-01", 12.0)],
            None,
        );
        assert!(sentence(&g, "2026-09-30").contains("its target equals its baseline"));
        // A negative value is not called "worth".
        let g = goal(
            Direction::Higher,
            50.0,
            80.0,
            "2026-06-30",
            &[("2026-06-15", 40.0)],
            Some(10.0),
        );
        let s = sentence(&g, "2026-09-30");
        assert!(!s.contains("worth"), "{s}");
        assert!(s.starts_with("Ticket resolution time fell 20%"), "{s}");
    }

    fn account(name: &str) -> AccountData {
        AccountData::empty(Account {
            account_id: "A1".into(),
            name: name.into(),
            segment: "Enterprise".into(),
            industry: "Logistics".into(),
            region: "EMEA".into(),
            touch_model: "high".into(),
            csm_name: "Priya Natarajan".into(),
            csm_email: "priya@example.com".into(),
            contract_start: Some(d("2025-01-01")),
            renewal_date: Some(d("2027-03-31")),
            currency: "EUR".into(),
        })
    }

    fn doc_for(data: &AccountData) -> ReviewDoc {
        let p = Period::parse("2026-Q3").unwrap();
        let m = account_metrics(data, &p, &HealthWeights::default());
        build(data, &m, &p, &Brand::default(), &ReviewOptions::default())
    }

    #[test]
    fn empty_account_says_so_in_words() {
        let doc = doc_for(&account("Acme"));
        assert_eq!(doc.value.total, None);
        assert_eq!(doc.value.sign, "none");
        assert!(doc.value.sentence.contains("No goal has been measured"));
        assert_eq!(doc.nps.sentence, "No NPS responses this period.");
        assert_eq!(doc.nps.score, None);
        assert!(doc.nps.chart.is_none() && doc.nps.chart_missing.is_some());
        assert!(doc.adoption.chart.is_none());
        assert_eq!(doc.adoption.utilization, None);
        assert!(doc.adoption.sentence.contains("No licences"));
        assert_eq!(
            doc.support.sentence,
            "No support tickets were opened in Q3 2026."
        );
        assert!(doc.goals.empty.is_some());
        // No tile shows a number it does not have.
        for t in &doc.tiles {
            if !t.has_data {
                assert!(
                    !t.value.contains('%') && !t.value.chars().any(|c| c.is_ascii_digit()),
                    "{t:?}"
                );
            }
        }
        assert_eq!(doc.tiles[0].value, "No goals");
        assert_eq!(doc.tiles[3].value, "No responses");
        assert!(doc.health.basis.contains("1 of 5"));
        assert!(charts(&doc).is_empty());
        assert_eq!(doc.meta.title, "Value review: Acme, Q3 2026");
        assert_eq!(doc.period.previous, "Q2 2026");
        assert_eq!(doc.period.next, "Q4 2026");
    }

    pub(crate) fn rich(name: &str) -> AccountData {
        let mut a = account(name);
        a.contacts.push(Contact {
            contact_id: "c1".into(),
            name: "Dana Whitfield".into(),
            email: "d@x".into(),
            role: "executive_sponsor".into(),
            locale: "en".into(),
            unsubscribed: false,
        });
        a.contacts.push(Contact {
            contact_id: "c2".into(),
            name: "Omar Haddad".into(),
            email: "o@x".into(),
            role: "champion".into(),
            locale: "en".into(),
            unsubscribed: false,
        });
        a.licenses.push(License {
            product: "core".into(),
            seats_purchased: 100,
            starts_on: Some(d("2025-01-01")),
            ends_on: None,
        });
        for (i, m) in [
            "2025-10-01",
            "2025-11-01",
            "2025-12-01",
            "2026-01-01",
            "2026-02-01",
            "2026-03-01",
            "2026-04-01",
            "2026-05-01",
            "2026-06-01",
            "2026-07-01",
            "2026-08-01",
            "2026-09-01",
        ]
        .iter()
        .enumerate()
        {
            for (f, base) in [("Reports", 40), ("Dashboards", 30), ("Automation", 5)] {
                a.usage.push(FeatureUsage {
                    month: d(m),
                    feature: f.into(),
                    product: "core".into(),
                    active_users: base + 2 * i as i64,
                    events: 100,
                });
            }
            a.arr.push(ArrMonth {
                month: d(m),
                arr: 120_000.0,
            });
        }
        a.goals.push(Goal {
            goal_id: "g1".into(),
            stakeholder_role: "executive_sponsor".into(),
            title: "Cut resolution time by 30%".into(),
            metric: "Ticket resolution time".into(),
            unit: "h".into(),
            direction: Direction::Lower,
            baseline: 20.0,
            target: 14.0,
            target_date: Some(d("2026-12-31")),
            value_per_unit: Some(2_000.0),
            measurements: vec![Measurement {
                measured_on: d("2026-09-15"),
                value: 12.4,
            }],
        });
        a.goals.push(Goal {
            goal_id: "g2".into(),
            stakeholder_role: "champion".into(),
            title: "Automate triage".into(),
            metric: "automated_share".into(),
            unit: "%".into(),
            direction: Direction::Higher,
            baseline: 10.0,
            target: 50.0,
            target_date: Some(d("2026-06-30")),
            value_per_unit: None,
            measurements: vec![
                Measurement {
                    measured_on: d("2026-01-15"),
                    value: 12.0,
                },
                Measurement {
                    measured_on: d("2026-06-15"),
                    value: 30.0,
                },
            ],
        });
        a.milestones.push(Milestone {
            milestone_id: "m1".into(),
            title: "SSO rollout".into(),
            stage: "plan".into(),
            owner_side: "vendor".into(),
            owner_name: "Priya".into(),
            due_on: Some(d("2026-08-15")),
            completed_on: None,
        });
        a.milestones.push(Milestone {
            milestone_id: "m2".into(),
            title: "Kickoff".into(),
            stage: "discovery".into(),
            owner_side: "customer".into(),
            owner_name: "Dana".into(),
            due_on: Some(d("2026-07-10")),
            completed_on: Some(d("2026-07-08")),
        });
        for (i, day) in ["2026-07-03", "2026-07-20", "2026-09-02"]
            .iter()
            .enumerate()
        {
            a.tickets.push(Ticket {
                ticket_id: format!("t{i}"),
                opened_at: d(day),
                closed_at: Some(d(day)),
                severity: if i == 0 {
                    "critical".into()
                } else {
                    "normal".into()
                },
                escalated: i == 0,
                csat: Some(5),
            });
        }
        for (i, (day, score, comment)) in [
            ("2026-04-10", 6, None),
            ("2026-05-10", 9, None),
            ("2026-07-10", 10, Some("Support is quick and kind.")),
            ("2026-08-10", 3, Some("Reports are slow to load.")),
            ("2026-09-10", 9, Some("   ")),
            ("2026-09-12", 8, Some("Good, needs SSO.")),
        ]
        .iter()
        .enumerate()
        {
            a.nps.push(NpsResponse {
                response_id: format!("r{i}"),
                contact_id: Some(if i % 2 == 0 { "c1".into() } else { "c2".into() }),
                responded_at: d(day),
                score: *score,
                comment: comment.map(str::to_string),
            });
        }
        a.sort();
        a
    }

    #[test]
    fn rich_account_reads_well() {
        let doc = doc_for(&rich("Acme"));
        // 7.6 h × €2,000.
        assert_eq!(doc.value.total.as_deref(), Some("€15,200"));
        assert_eq!(doc.value.sign, "positive");
        assert_eq!(
            doc.value.sentence,
            "€15,200 of measurable value delivered by 30 Sep 2026, from 1 goal with an agreed money value."
        );
        assert_eq!(
            doc.value.highlights[0],
            "Ticket resolution time fell 38%, past the 30% target, worth €15,200."
        );
        assert_eq!(doc.goals.groups[0].label, "Executive sponsor");
        assert_eq!(
            doc.goals.groups[0].people.as_deref(),
            Some("Dana Whitfield")
        );
        assert_eq!(doc.goals.groups[1].goals[0].status, GoalStatus::Missed);
        assert_eq!(doc.goals.groups[1].goals[0].actual.as_deref(), Some("30%"));
        // Adoption: Reports reaches 62 users in September, of 100 seats.
        assert_eq!(
            doc.adoption.sentence,
            "62 of 100 purchased seats were active in September 2026 (62%)."
        );
        assert_eq!(
            doc.adoption.shelfware_sentence.as_deref(),
            Some(
                "38 seats are unused (shelfware), worth €45,600 a year at the current price per seat."
            )
        );
        assert_eq!(
            doc.adoption.trend_sentence.as_deref(),
            Some("Active users rose from 40 in October 2025 to 62 in September 2026.")
        );
        assert!(doc.features.sentence.starts_with("Reports is the most used feature (62 users, 100% of active users); Automation is the least used"));
        assert_eq!(
            doc.support.sentence,
            "3 tickets were opened in Q3 2026 (1 escalated and 1 critical); 3 closed."
        );
        assert_eq!(doc.nps.score.as_deref(), Some("+25"));
        assert!(doc.nps.sentence.starts_with("NPS is +25 from 4 responses (2 promoters, 1 passive, 1 detractor), up from 0 in Q2 2026."), "{}", doc.nps.sentence);
        assert_eq!(doc.nps.comments.len(), 3);
        assert_eq!(doc.nps.comments[0].text, "Support is quick and kind.");
        assert_eq!(doc.nps.comments[0].who, "Executive sponsor");
        assert_eq!(doc.nps.comments[2].kind, "detractor");
        assert!(
            doc.plan
                .sentence
                .contains("One is late: SSO rollout (Northwind Cloud · Priya)"),
            "{}",
            doc.plan.sentence
        );
        assert_eq!((doc.next.carried, doc.next.due, doc.next.renew), (1, 0, 1));
        assert_eq!(doc.next.groups[0].key, "carried");
        assert!(
            doc.next.groups[0].goals[0]
                .action
                .starts_with("Carry over: reach 50% by 31 Dec 2026")
        );
        assert_eq!(doc.next.groups[1].key, "renew");
        let cs = charts(&doc);
        let names: Vec<&str> = cs.iter().map(|c| c.name).collect();
        assert_eq!(names, ["adoption", "features", "tickets", "nps"]);
        // Every chart the document refers to exists, with the same alt text.
        assert_eq!(doc.adoption.chart.as_ref().unwrap().alt, cs[0].alt);
        assert!(cs[1].alt.contains("Reports 62"));
        let json = data_json(&doc).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(v["meta"]["paper"], "a4");
        assert_eq!(v["meta"]["layout"], "report");
        assert_eq!(v["goals"]["groups"][1]["goals"][0]["status"], "missed");
        assert_eq!(typst_files(&cs)[0].0, "/charts/adoption.svg");
    }

    #[test]
    fn timeline_folds_milestones_done_before_the_period() {
        let mut a = rich("Acme");
        a.milestones.clear();
        for i in 0..6 {
            let day = format!("2025-{:02}-10", i + 1);
            a.milestones.push(Milestone {
                milestone_id: format!("old{i}"),
                title: format!("Old {i}"),
                stage: "plan".into(),
                owner_side: "customer".into(),
                owner_name: String::new(),
                due_on: Some(d(&day)),
                completed_on: Some(d(&day)),
            });
        }
        for i in 0..2 {
            a.milestones.push(Milestone {
                milestone_id: format!("new{i}"),
                title: format!("New {i}"),
                stage: "collaboration".into(),
                owner_side: "vendor".into(),
                owner_name: "Priya".into(),
                due_on: Some(d(&format!("2026-1{i}-15"))),
                completed_on: None,
            });
        }
        a.sort();
        let doc = doc_for(&a);
        let titles: Vec<&str> = doc.plan.items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Old 4", "Old 5", "New 0", "New 1"]);
        assert_eq!(doc.plan.hidden, 4);
        assert_eq!(doc.plan.items[2].owner, "Northwind Cloud · Priya");
        assert_eq!(doc.plan.items[0].owner, "Customer");
    }

    #[test]
    fn deterministic() {
        let a = doc_for(&rich("Acme"));
        let b = doc_for(&rich("Acme"));
        assert_eq!(data_json(&a).unwrap(), data_json(&b).unwrap());
        assert_eq!(charts(&a), charts(&b));
    }

    #[test]
    fn options_parse() {
        assert_eq!("US-Letter".parse::<Paper>().unwrap(), Paper::UsLetter);
        assert_eq!("deck".parse::<Layout>().unwrap(), Layout::Deck);
        assert!("a5".parse::<Paper>().is_err());
        assert!("poster".parse::<Layout>().is_err());
    }

    #[test]
    fn hostile_names_stay_text() {
        let name = "#exit() <script>alert(1)</script> $x$ *bold* @ref <lbl>";
        let mut a = rich(name);
        a.usage
            .iter_mut()
            .filter(|u| u.feature == "Automation")
            .for_each(|u| u.feature = "<b>&amp;</b> تقارير".into());
        let doc = doc_for(&a);
        assert_eq!(doc.account.name, name);
        let cs = charts(&doc);
        let f = cs.iter().find(|c| c.name == "features").unwrap();
        assert!(
            f.svg.contains("&lt;b&gt;&amp;amp;&lt;/b&gt; تقارير"),
            "{}",
            f.svg
        );
        assert!(!f.svg.contains("<b>"));
    }

    #[test]
    fn negative_and_zero_value() {
        let mut a = rich("Acme");
        a.goals[0].measurements[0].value = 21.0; // worse than the 20 h baseline
        let doc = doc_for(&a);
        assert_eq!(doc.value.sign, "negative");
        assert_eq!(doc.value.total.as_deref(), Some("−€2,000"));
        assert!(
            doc.value.sentence.contains("€2,000 below their baselines"),
            "{}",
            doc.value.sentence
        );
        a.goals[0].measurements[0].value = 20.0;
        let doc = doc_for(&a);
        assert_eq!(doc.value.sign, "zero");
        assert!(doc.value.sentence.contains("no change"));
    }
}

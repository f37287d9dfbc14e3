//! The review's document: every string the templates print, already worded and formatted
//! for the reader's language, plus the raw numbers a template needs to draw (bar widths,
//! tones). Templates never compute a figure or spell a word.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Layout, Paper};
use crate::charts::{BarItem, NpsPoint, SeatsMonth, TicketsMonth};
use crate::metrics::GoalStatus;

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
    /// The headings and labels the templates print: every `ui-` message of the document's
    /// language (`ui-goals-heading` is `labels.goals_heading`).
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meta {
    /// "Value review: Acme Corp, Q3 2026" (PDF title).
    pub title: String,
    /// The vendor (PDF author).
    pub author: String,
    pub paper: Paper,
    pub layout: Layout,
    /// The language of the words ("de"): Typst's `text(lang:)`.
    pub lang: String,
    /// The region of the locale ("BR"), when it has one: Typst's `text(region:)`.
    pub region: Option<String>,
    /// The BCP 47 tag ("pt-BR"): `<html lang>`.
    pub tag: String,
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
    /// The end spelled out for sentences: "September 30, 2026", "2026年9月30日".
    pub end_long: String,
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
    pub status_label: String,
}

/// A headline figure of page 1.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tile {
    /// goals, adoption, health or nps.
    pub key: &'static str,
    pub label: String,
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
    pub focus: String,
    pub goals: Vec<GoalRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalRow {
    pub id: String,
    pub title: String,
    pub metric: String,
    /// "Lower is better" / "Higher is better"
    pub direction_label: String,
    pub baseline: String,
    pub target: String,
    /// The latest measurement, or `None`.
    pub actual: Option<String>,
    pub measured_on: Option<String>,
    /// "75%"
    pub progress: Option<String>,
    /// 0–100 for a progress bar (0 without data).
    pub progress_bar: f64,
    /// The progress in percent, not capped (120 past the target): the deck's chart data.
    pub progress_percent: Option<f64>,
    pub status: GoalStatus,
    pub status_label: String,
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
    /// The words after the shelfware figure: "unused seats".
    pub shelfware_unit: Option<String>,
    /// Yearly money of the unused seats: "$4,800".
    pub shelfware_value: Option<String>,
    pub sentence: String,
    pub shelfware_sentence: Option<String>,
    pub trend_sentence: Option<String>,
    /// The sentence and the trend sentence as one paragraph.
    pub paragraph: String,
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
    /// "3 more features not shown."; `None` when all are shown.
    pub more_label: Option<String>,
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
    /// "2 earlier milestones, all done, are not shown."; `None` when none are hidden.
    pub hidden_label: Option<String>,
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
    pub state_label: String,
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
    /// The sentence and the ratings sentence as one paragraph.
    pub paragraph: String,
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
    pub band_label: String,
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
    pub label: String,
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
    pub title: String,
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
    pub status_label: String,
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

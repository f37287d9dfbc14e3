//! What one account contributes to a pack: a few numbers per month, computed from its rows
//! once, then added into the portfolio's sums and thrown away (the pack never holds every
//! account's data).
//!
//! Months are indexed 0..12 for M−11..M (M is the pack's month); ARR reaches back 24 months
//! because each month's NRR compares it with the same month a year before.

use chrono::{Datelike, NaiveDate};

use super::month::Month;
use crate::config::HealthWeights;
use crate::fx::Rates;
use crate::metrics::{self, improvement, progress_to_goal};
use crate::model::AccountData;
use crate::period::Period;
use crate::stats::NpsCounts;

/// Months on every sparkline and trend: M−11..M.
pub const SPAN: usize = 12;
/// Months of ARR kept: M−23..M.
pub const ARR_SPAN: usize = 24;
/// A renewal is "due" when it falls within this many days after the month's end.
pub const RENEWAL_WINDOW_DAYS: i64 = 90;
/// Health below this with a renewal due is a renewal at risk.
pub const AT_RISK_HEALTH: f64 = 40.0;

/// One account's numbers for one month.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MonthFacts {
    /// ARR > 0 at the month's end (in any currency): the account is a customer then.
    pub customer: bool,
    /// Has a goal with a measurement by the month's end whose progress is defined.
    pub measured_goal: bool,
    /// A goal measured at or past its target within the trailing 12 months.
    pub achieving: bool,
    /// Value generated to date (reporting currency); `None` without a valued goal or a rate.
    pub value: Option<f64>,
    /// Days from contract start to the first goal reaching target, once that happened.
    pub ttv_days: Option<i64>,
    /// Sum and count of measured goals' progress (each capped to 0…1).
    pub progress_sum: f64,
    pub progress_n: u64,
    pub seats_purchased: i64,
    /// `None` without usage data that month.
    pub seats_active: Option<i64>,
    /// Tickets opened this month: rated 4–5, rated at all, escalated, opened.
    pub csat_satisfied: u64,
    pub csat_rated: u64,
    pub escalated: u64,
    pub tickets: u64,
    /// NPS responses of the trailing 12 months.
    pub nps: NpsCounts,
    /// Renewal date within 90 days after the month's end.
    pub renewal_due: bool,
}

/// A detractor's response in the pack's month.
#[derive(Debug, Clone, PartialEq)]
pub struct Detractor {
    pub responded_at: NaiveDate,
    pub score: i64,
    pub comment: Option<String>,
}

/// Everything a pack needs of one account.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountFacts {
    pub account_id: String,
    pub name: String,
    pub segment: String,
    pub touch_model: String,
    pub region: String,
    pub industry: String,
    pub csm: String,
    /// The account's currency code and its rate to the reporting currency (`None`: no rate,
    /// so the account stays out of every money sum).
    pub currency: String,
    pub rate: Option<f64>,
    /// ARR in the account's currency at M−23..M; `None` where the month has no row.
    pub arr: [Option<f64>; ARR_SPAN],
    pub months: Vec<MonthFacts>,
    pub renewal_date: Option<NaiveDate>,
    /// The health score at M and at M−1.
    pub health: Option<f64>,
    pub health_previous: Option<f64>,
    /// Ratings (4–5 of 1–5) of tickets opened in the trailing 12 months, for hot spots.
    pub csat_year_satisfied: u64,
    pub csat_year_rated: u64,
    pub detractors: Vec<Detractor>,
    /// Measured goals at M by progress: below 25%, 25–50%, 50–75%, 75–100%, reached.
    pub progress_buckets: [u64; 5],
}

impl AccountFacts {
    /// ARR at month index `i` of the 24 (0 = M−23), 0 where there is no row: an account with
    /// no row has no recurring revenue that month.
    pub fn arr_at(&self, i: usize) -> f64 {
        self.arr[i].unwrap_or(0.0).max(0.0)
    }

    /// ARR in the reporting currency at index `i` of the 24, `None` without a rate.
    pub fn arr_reporting(&self, i: usize) -> Option<f64> {
        self.rate.map(|r| self.arr_at(i) * r)
    }

    pub fn now(&self) -> &MonthFacts {
        &self.months[SPAN - 1]
    }

    /// A grouping dimension's value (`segment`, `touch_model`, `region`, `industry`, `csm`).
    pub fn dimension(&self, dim: &str) -> &str {
        match dim {
            "segment" => &self.segment,
            "touch_model" => &self.touch_model,
            "region" => &self.region,
            "industry" => &self.industry,
            _ => &self.csm,
        }
    }
}

/// The first day of the trailing 12 months ending with month `m`.
fn year_start(m: Month) -> NaiveDate {
    m.back(11).start
}

/// Computes `data`'s facts for the pack of `month`.
pub fn account_facts(
    data: &AccountData,
    month: Month,
    rates: &Rates,
    weights: &HealthWeights,
) -> AccountFacts {
    let a = &data.account;
    let currency = a.currency_code();
    let rate = rates.rate(&currency);
    let mut arr = [None; ARR_SPAN];
    let first = month.back(ARR_SPAN as u32 - 1).start;
    for row in &data.arr {
        if row.month >= first && row.month <= month.start {
            let i = months_between(first, row.month);
            if i < ARR_SPAN {
                arr[i] = Some(row.arr);
            }
        }
    }

    // The review's metrics at the month's end: health now and last month, and each goal's
    // first date at its target (time to value is from contract start to the earliest).
    let period = Period {
        label: month.label(),
        start: month.start,
        end: month.end(),
    };
    let m = metrics::account_metrics(data, &period, weights);
    let first_value = a.contract_start.and_then(|start| {
        m.goals
            .iter()
            .filter_map(|g| g.reached_on)
            .filter(|d| *d >= start)
            .min()
            .map(|d| (d, (d - start).num_days()))
    });

    let months = (0..SPAN)
        .map(|i| {
            let m = month.back((SPAN - 1 - i) as u32);
            let end = m.end();
            let window = year_start(m);
            let mut f = MonthFacts {
                customer: arr[i + SPAN].is_some_and(|v| v > 0.0),
                ..Default::default()
            };
            let mut value: Option<f64> = None;
            for g in &data.goals {
                let latest = g.measurements.iter().rfind(|x| x.measured_on <= end);
                if let Some(p) =
                    latest.and_then(|x| progress_to_goal(g.baseline, g.target, x.value))
                {
                    f.measured_goal = true;
                    f.progress_sum += p.clamp(0.0, 1.0);
                    f.progress_n += 1;
                }
                if g.measurements.iter().any(|x| {
                    x.measured_on >= window
                        && x.measured_on <= end
                        && progress_to_goal(g.baseline, g.target, x.value).is_some_and(|p| p >= 1.0)
                }) {
                    f.achieving = true;
                }
                if let (Some(x), Some(v)) = (latest, g.value_per_unit) {
                    *value.get_or_insert(0.0) += improvement(g.direction, g.baseline, x.value) * v;
                }
            }
            f.value = value.zip(rate).map(|(v, r)| v * r);
            f.ttv_days = first_value.filter(|(d, _)| *d <= end).map(|(_, days)| days);
            let seats = metrics::seats_at(data, m.start);
            f.seats_purchased = seats.purchased;
            f.seats_active = seats.active;
            for t in data.tickets.iter().filter(|t| Month::of(t.opened_at) == m) {
                f.tickets += 1;
                f.escalated += u64::from(t.escalated);
                if let Some(c) = t.csat.filter(|c| (1..=5).contains(c)) {
                    f.csat_rated += 1;
                    f.csat_satisfied += u64::from(c >= 4);
                }
            }
            f.nps = nps_counts(data, window, end);
            f.renewal_due = a
                .renewal_date
                .is_some_and(|r| r > end && r <= end + chrono::Duration::days(RENEWAL_WINDOW_DAYS));
            f
        })
        .collect();

    let window = year_start(month);
    let (mut sat, mut rated) = (0, 0);
    for t in &data.tickets {
        if t.opened_at >= window
            && t.opened_at <= month.end()
            && let Some(c) = t.csat.filter(|c| (1..=5).contains(c))
        {
            rated += 1;
            sat += u64::from(c >= 4);
        }
    }
    let detractors = data
        .nps
        .iter()
        .filter(|r| Month::of(r.responded_at) == month && (0..=6).contains(&r.score))
        .map(|r| Detractor {
            responded_at: r.responded_at,
            score: r.score,
            comment: r.comment.clone().filter(|c| !c.trim().is_empty()),
        })
        .collect();
    let mut progress_buckets = [0; 5];
    for p in m.goals.iter().filter_map(|g| g.progress) {
        let b = match p {
            p if p >= 1.0 => 4,
            p if p >= 0.75 => 3,
            p if p >= 0.5 => 2,
            p if p >= 0.25 => 1,
            _ => 0,
        };
        progress_buckets[b] += 1;
    }
    AccountFacts {
        progress_buckets,
        account_id: a.account_id.clone(),
        name: a.name.clone(),
        segment: a.segment.clone(),
        touch_model: a.touch_model.clone(),
        region: a.region.clone(),
        industry: a.industry.clone(),
        csm: a.csm_name.clone(),
        currency,
        rate,
        arr,
        months,
        renewal_date: a.renewal_date,
        health: m.health.score,
        health_previous: m.health_previous.score,
        csat_year_satisfied: sat,
        csat_year_rated: rated,
        detractors,
    }
}

/// NPS responses with a 0–10 score dated within `[from, to]`.
fn nps_counts(data: &AccountData, from: NaiveDate, to: NaiveDate) -> NpsCounts {
    let mut c = NpsCounts::default();
    for r in data
        .nps
        .iter()
        .filter(|r| r.responded_at >= from && r.responded_at <= to)
    {
        match r.score {
            9..=10 => c.promoters += 1,
            7..=8 => c.passives += 1,
            0..=6 => c.detractors += 1,
            _ => {}
        }
    }
    c
}

/// Whole months from `a` to `b` (both first days of months).
fn months_between(a: NaiveDate, b: NaiveDate) -> usize {
    let n = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32;
    n.max(0) as usize
}

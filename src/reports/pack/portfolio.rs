//! The portfolio's sums: every account's [`AccountFacts`] is added here once, and the pack's
//! figures, hot spots and movement lists come out at the end. Memory grows with the number of
//! groups and a few short lists, not with the number of accounts (time to value keeps one
//! number per account that has one, for the median).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::facts::{AT_RISK_HEALTH, AccountFacts, SPAN};
use crate::stats::{Moments, NpsCounts};

/// The dimensions hot spots are looked for in.
pub const DIMENSIONS: [&str; 5] = ["segment", "touch_model", "region", "industry", "csm"];

/// Rows kept per movement list.
pub const LIST_ROWS: usize = 8;

/// One month's sums over the portfolio's customers.
#[derive(Debug, Clone, Default)]
pub struct MonthSums {
    pub customers: u64,
    /// ARR of the customers with a rate, in the reporting currency.
    pub arr: f64,
    pub arr_accounts: u64,
    /// The NRR cohort: customers with a rate and ARR > 0 twelve months before.
    pub cohort: u64,
    pub cohort_then: f64,
    pub cohort_now: f64,
    /// Each cohort member's ARR now capped at its ARR then.
    pub cohort_capped: f64,
    pub cohort_lost: u64,
    pub measured: u64,
    pub achieving: u64,
    pub value: f64,
    pub value_accounts: u64,
    pub ttv_days: Vec<i64>,
    pub progress_sum: f64,
    pub progress_goals: u64,
    pub seats_active: i64,
    pub seats_purchased: i64,
    pub seats_accounts: u64,
    pub csat_satisfied: u64,
    pub csat_rated: u64,
    pub escalated: u64,
    pub tickets: u64,
    pub nps: NpsCounts,
    pub renewals_due: u64,
    /// ARR of the renewals due (customers with a rate), reporting currency.
    pub renewals_arr: f64,
}

/// One group's hot-spot sums (customers at the pack's month).
#[derive(Debug, Clone, Default)]
pub struct GroupSums {
    pub nps: NpsCounts,
    pub csat_satisfied: u64,
    pub csat_rated: u64,
    pub achieving: u64,
    pub measured: u64,
    pub health: Moments,
    pub accounts: u64,
}

impl GroupSums {
    fn add(&mut self, f: &AccountFacts) {
        let now = f.now();
        self.accounts += 1;
        self.nps.add(&now.nps);
        self.csat_satisfied += f.csat_year_satisfied;
        self.csat_rated += f.csat_year_rated;
        if now.measured_goal {
            self.measured += 1;
            self.achieving += u64::from(now.achieving);
        }
        if let Some(h) = f.health {
            self.health.push(h);
        }
    }
}

/// An account named in a movement list.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Mover {
    pub account_id: String,
    pub name: String,
    pub csm: String,
    /// What the list sorts by: points of health lost, ARR gained or lost.
    pub amount: f64,
    pub health: Option<f64>,
    pub arr: Option<f64>,
    pub renewal_date: Option<NaiveDate>,
    /// A detractor's score and comment.
    pub score: Option<i64>,
    pub comment: Option<String>,
    pub date: Option<NaiveDate>,
    /// ARR fell to 0 this month.
    pub churned: bool,
}

impl Mover {
    fn of(f: &AccountFacts) -> Mover {
        Mover {
            account_id: f.account_id.clone(),
            name: f.name.clone(),
            csm: f.csm.clone(),
            amount: 0.0,
            health: f.health,
            arr: f.arr_reporting(SPAN * 2 - 1),
            renewal_date: f.renewal_date,
            score: None,
            comment: None,
            date: None,
            churned: false,
        }
    }
}

/// The `n` best of a stream by a key, ties broken by account id, for deterministic lists.
#[derive(Debug, Clone, Default)]
pub struct Top {
    pub rows: Vec<Mover>,
    /// Every candidate seen, kept or not.
    pub total: u64,
}

impl Top {
    /// Keeps `m` if it is among the first `LIST_ROWS` by `before` (a strict "comes before").
    fn offer(&mut self, m: Mover, before: impl Fn(&Mover, &Mover) -> std::cmp::Ordering) {
        self.total += 1;
        let pos = self
            .rows
            .binary_search_by(|x| before(x, &m))
            .unwrap_or_else(|p| p);
        if pos < LIST_ROWS {
            self.rows.insert(pos, m);
            self.rows.truncate(LIST_ROWS);
        }
    }
}

/// The movement lists.
#[derive(Debug, Clone, Default)]
pub struct Movement {
    pub health_drops: Top,
    pub at_risk: Top,
    pub expansions: Top,
    pub contractions: Top,
    pub detractors: Top,
}

/// An account whose currency has no rate: counted, listed, left out of money sums.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Unconverted {
    pub account_id: String,
    pub name: String,
    pub currency: String,
}

/// Everything added so far.
#[derive(Debug, Clone)]
pub struct Portfolio {
    pub accounts: u64,
    pub months: Vec<MonthSums>,
    pub progress_buckets: [u64; 5],
    /// (dimension, value) → sums; the whole portfolio is the sum of any one dimension's groups.
    pub groups: BTreeMap<(&'static str, String), GroupSums>,
    pub total: GroupSums,
    pub movement: Movement,
    /// ARR of the renewals at risk (reporting currency).
    pub at_risk_arr: f64,
    pub unconverted: Vec<Unconverted>,
}

impl Default for Portfolio {
    fn default() -> Self {
        Portfolio {
            accounts: 0,
            months: vec![MonthSums::default(); SPAN],
            progress_buckets: [0; 5],
            groups: BTreeMap::new(),
            total: GroupSums::default(),
            movement: Movement::default(),
            at_risk_arr: 0.0,
            unconverted: Vec::new(),
        }
    }
}

fn by_id(a: &Mover, b: &Mover) -> std::cmp::Ordering {
    a.account_id.cmp(&b.account_id)
}

impl Portfolio {
    /// Adds one account.
    pub fn add(&mut self, f: &AccountFacts) {
        self.accounts += 1;
        if f.rate.is_none() && f.months.iter().any(|m| m.customer) {
            self.unconverted.push(Unconverted {
                account_id: f.account_id.clone(),
                name: f.name.clone(),
                currency: f.currency.clone(),
            });
        }
        for (i, (s, m)) in self.months.iter_mut().zip(&f.months).enumerate() {
            // The cohort: ARR > 0 twelve months before this month, whatever it is now.
            if let (Some(then), Some(now)) = (f.arr_reporting(i), f.arr_reporting(i + SPAN))
                && then > 0.0
            {
                s.cohort += 1;
                s.cohort_then += then;
                s.cohort_now += now;
                s.cohort_capped += now.min(then);
                s.cohort_lost += u64::from(now <= 0.0);
            }
            if !m.customer {
                continue;
            }
            s.customers += 1;
            if let Some(arr) = f.arr_reporting(i + SPAN) {
                s.arr += arr;
                s.arr_accounts += 1;
                if m.renewal_due {
                    s.renewals_arr += arr;
                }
            }
            s.renewals_due += u64::from(m.renewal_due);
            if m.measured_goal {
                s.measured += 1;
                s.achieving += u64::from(m.achieving);
            }
            if let Some(v) = m.value {
                s.value += v;
                s.value_accounts += 1;
            }
            if let Some(d) = m.ttv_days {
                s.ttv_days.push(d);
            }
            s.progress_sum += m.progress_sum;
            s.progress_goals += m.progress_n;
            if let Some(active) = m.seats_active.filter(|_| m.seats_purchased > 0) {
                s.seats_active += active.max(0);
                s.seats_purchased += m.seats_purchased;
                s.seats_accounts += 1;
            }
            s.csat_satisfied += m.csat_satisfied;
            s.csat_rated += m.csat_rated;
            s.escalated += m.escalated;
            s.tickets += m.tickets;
            s.nps.add(&m.nps);
        }

        let last = SPAN * 2 - 1;
        if let (Some(now), Some(before)) = (f.arr_reporting(last), f.arr_reporting(last - 1)) {
            let change = now - before;
            let mut m = Mover::of(f);
            m.amount = change;
            m.churned = before > 0.0 && now <= 0.0;
            if change > 0.0 {
                self.movement
                    .expansions
                    .offer(m, |a, b| b.amount.total_cmp(&a.amount).then(by_id(a, b)));
            } else if change < 0.0 {
                self.movement
                    .contractions
                    .offer(m, |a, b| a.amount.total_cmp(&b.amount).then(by_id(a, b)));
            }
        }
        if !f.now().customer {
            return;
        }
        self.progress_buckets
            .iter_mut()
            .zip(f.progress_buckets)
            .for_each(|(a, b)| *a += b);
        if let (Some(now), Some(before)) = (f.health, f.health_previous)
            && now < before
        {
            let mut m = Mover::of(f);
            m.amount = before - now;
            self.movement
                .health_drops
                .offer(m, |a, b| b.amount.total_cmp(&a.amount).then(by_id(a, b)));
        }
        if f.now().renewal_due && f.health.is_some_and(|h| h < AT_RISK_HEALTH) {
            let m = Mover::of(f);
            self.at_risk_arr += m.arr.unwrap_or(0.0);
            self.movement.at_risk.offer(m, |a, b| {
                a.renewal_date
                    .cmp(&b.renewal_date)
                    .then(a.health.unwrap_or(0.0).total_cmp(&b.health.unwrap_or(0.0)))
                    .then(by_id(a, b))
            });
        }
        for d in &f.detractors {
            let mut m = Mover::of(f);
            m.score = Some(d.score);
            m.comment = d.comment.clone();
            m.date = Some(d.responded_at);
            m.amount = d.score as f64;
            self.movement.detractors.offer(m, |a, b| {
                a.score
                    .cmp(&b.score)
                    .then(b.date.cmp(&a.date))
                    .then(by_id(a, b))
            });
        }
        self.total.add(f);
        for dim in DIMENSIONS {
            let value = f.dimension(dim).trim();
            let value = if value.is_empty() { "—" } else { value };
            self.groups
                .entry((dim, value.to_string()))
                .or_default()
                .add(f);
        }
    }
}

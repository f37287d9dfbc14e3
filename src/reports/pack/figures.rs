//! The pack's figures from the portfolio's sums: each a value, last month's, n, and twelve
//! months for the sparkline and the trend. `None` is "no data", never 0.

use serde::Serialize;

use super::facts::SPAN;
use super::portfolio::{MonthSums, Portfolio};

/// How a figure is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A fraction written as a percentage.
    Share,
    /// Money in the reporting currency.
    Money,
    /// Days.
    Days,
    /// A count.
    Count,
    /// An NPS, −100…100.
    Score,
}

/// Which column of page 1 a figure sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Success,
    Business,
}

/// Whether a rise is good news (colours the change), bad news, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    Up,
    Down,
    Neither,
}

/// One headline figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// `achieving_value`, `nrr`, … (its words are `pack-metric-<key>` messages).
    pub key: &'static str,
    pub kind: Kind,
    pub column: Column,
    pub better: Better,
    pub value: Option<f64>,
    pub previous: Option<f64>,
    /// What the figure is over (customers, responses, goals, …) at the pack's month.
    pub n: u64,
    /// M−11..M.
    pub series: Vec<Option<f64>>,
}

/// Every metric key, in page-1 order: the customer-success column, then the business.
pub const METRICS: [&str; 14] = [
    "achieving_value",
    "value_generated",
    "time_to_value",
    "goal_progress",
    "seat_utilization",
    "csat",
    "escalations",
    "nps",
    "arr",
    "nrr",
    "grr",
    "logo_churn",
    "customers",
    "renewals_due",
];

/// The median of `v` (sorted in place); `None` when empty.
pub fn median(v: &mut [i64]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2] as f64
    } else {
        (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
    })
}

fn ratio(a: f64, b: f64) -> Option<f64> {
    (b > 0.0).then(|| a / b)
}

/// A metric's value in one month's sums, with its n.
fn value_of(key: &str, s: &mut MonthSums) -> (Option<f64>, u64) {
    match key {
        "achieving_value" => (ratio(s.achieving as f64, s.measured as f64), s.measured),
        "value_generated" => ((s.value_accounts > 0).then_some(s.value), s.value_accounts),
        "time_to_value" => {
            let n = s.ttv_days.len() as u64;
            (median(&mut s.ttv_days), n)
        }
        "goal_progress" => (
            ratio(s.progress_sum, s.progress_goals as f64),
            s.progress_goals,
        ),
        "seat_utilization" => (
            ratio(s.seats_active as f64, s.seats_purchased as f64),
            s.seats_accounts,
        ),
        "csat" => (
            ratio(s.csat_satisfied as f64, s.csat_rated as f64),
            s.csat_rated,
        ),
        // Zero escalations is news only when tickets were opened at all.
        "escalations" => ((s.tickets > 0).then_some(s.escalated as f64), s.tickets),
        "nps" => (s.nps.score(), s.nps.n()),
        "arr" => ((s.arr_accounts > 0).then_some(s.arr), s.arr_accounts),
        "nrr" => (ratio(s.cohort_now, s.cohort_then), s.cohort),
        "grr" => (ratio(s.cohort_capped, s.cohort_then), s.cohort),
        "logo_churn" => (ratio(s.cohort_lost as f64, s.cohort as f64), s.cohort),
        "customers" => ((s.customers > 0).then_some(s.customers as f64), s.customers),
        "renewals_due" => (
            (s.customers > 0).then_some(s.renewals_due as f64),
            s.customers,
        ),
        _ => (None, 0),
    }
}

fn shape(key: &str) -> (Kind, Column, Better) {
    use Better::*;
    use Column::*;
    use Kind::*;
    match key {
        "achieving_value" | "goal_progress" | "seat_utilization" | "csat" => (Share, Success, Up),
        "value_generated" => (Money, Success, Up),
        "time_to_value" => (Days, Success, Down),
        "escalations" => (Count, Success, Down),
        "nps" => (Score, Success, Up),
        "arr" => (Money, Business, Up),
        "nrr" | "grr" => (Share, Business, Up),
        "logo_churn" => (Share, Business, Down),
        "customers" => (Count, Business, Up),
        _ => (Count, Business, Neither),
    }
}

/// Every figure of [`METRICS`].
pub fn figures(p: &Portfolio) -> Vec<Figure> {
    let mut months = p.months.clone();
    METRICS
        .iter()
        .map(|&key| {
            let (kind, column, better) = shape(key);
            let mut series = Vec::with_capacity(SPAN);
            let mut n = 0;
            for s in months.iter_mut() {
                let (v, count) = value_of(key, s);
                series.push(v);
                n = count;
            }
            Figure {
                key,
                kind,
                column,
                better,
                value: series[SPAN - 1],
                previous: series[SPAN - 2],
                n,
                series,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_even_and_none() {
        assert_eq!(median(&mut [5, 1, 3]), Some(3.0));
        assert_eq!(median(&mut [4, 1, 3, 10]), Some(3.5));
        assert_eq!(median(&mut []), None);
    }

    #[test]
    fn no_data_is_none_not_zero() {
        let figures = figures(&Portfolio::default());
        for f in &figures {
            assert_eq!(f.value, None, "{}", f.key);
            assert_eq!(f.n, 0, "{}", f.key);
        }
    }
}

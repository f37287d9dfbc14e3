//! Hot spots: groups (a segment, a region, a CSM's book) whose NPS, CSAT, health or share of
//! customers achieving value differs from the rest of the portfolio beyond chance.
//!
//! Each group is compared with the rest (never with a total that includes it): NPS as a mean
//! of +1/0/−1 with its trinomial variance, CSAT and achieving value as proportions (pooled
//! two-proportion score test; the group's Wilson interval is shown), health as a mean (Welch).
//! Groups smaller than the minimum are shown greyed and not tested. The false discovery rate
//! is controlled across every test of the pack (Benjamini–Hochberg): of the groups called hot
//! or cold, at most that share is expected to be chance.

use serde::Serialize;

use super::portfolio::{GroupSums, Portfolio};
use crate::stats::{self, Test};

/// The metrics compared.
pub const HOT_METRICS: [&str; 4] = ["nps", "csat", "achieving_value", "health"];

/// One group's standing on one metric.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupRow {
    pub metric: &'static str,
    pub dimension: &'static str,
    pub group: String,
    /// Responses (NPS, CSAT) or accounts (achieving value, health).
    pub n: u64,
    pub value: Option<f64>,
    /// The rest of the portfolio's value.
    pub rest: Option<f64>,
    /// 95% interval of the group's value (Wilson for rates, normal for means).
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub test: Option<Test>,
    /// `hot`, `cold`, `typical` (tested, not different), or `small` (under the minimum).
    pub verdict: &'static str,
}

/// A group's value, the rest's, n, the test against the rest, and the 95% interval.
type Comparison = (
    Option<f64>,
    Option<f64>,
    u64,
    Option<Test>,
    Option<(f64, f64)>,
);

/// One metric of a group against the rest of the portfolio.
fn compare(metric: &str, g: &GroupSums, total: &GroupSums) -> Comparison {
    let z95 = stats::z_for(0.95);
    match metric {
        "nps" => {
            let rest = total.nps.minus(&g.nps);
            let interval = g.nps.score().zip(g.nps.variance()).map(|(s, v)| {
                let half = 100.0 * z95 * (v / g.nps.n() as f64).sqrt();
                (s - half, s + half)
            });
            (
                g.nps.score(),
                rest.score(),
                g.nps.n(),
                stats::nps_test(&g.nps, &rest),
                interval,
            )
        }
        "csat" => {
            let (x, n) = (g.csat_satisfied, g.csat_rated);
            let (xr, nr) = (total.csat_satisfied - x, total.csat_rated - n);
            rate(x, n, xr, nr)
        }
        "achieving_value" => {
            let (x, n) = (g.achieving, g.measured);
            let (xr, nr) = (total.achieving - x, total.measured - n);
            rate(x, n, xr, nr)
        }
        _ => {
            let rest = total.health.minus(&g.health);
            let interval = g.health.mean().zip(g.health.variance()).map(|(m, v)| {
                let half = z95 * (v / g.health.n as f64).sqrt();
                (m - half, m + half)
            });
            (
                g.health.mean(),
                rest.mean(),
                g.health.n,
                stats::mean_test(&g.health, &rest),
                interval,
            )
        }
    }
}

fn rate(x: u64, n: u64, xr: u64, nr: u64) -> Comparison {
    let frac = |x: u64, n: u64| (n > 0).then(|| x as f64 / n as f64);
    (
        frac(x, n),
        frac(xr, nr),
        n,
        stats::proportion_test(x, n, xr, nr),
        stats::wilson(x, n, stats::z_for(0.95)),
    )
}

/// Every group on every metric, with the verdicts.
pub fn hot_spots(p: &Portfolio, min_group: usize, fdr: f64) -> Vec<GroupRow> {
    let mut rows: Vec<GroupRow> = Vec::new();
    for metric in HOT_METRICS {
        for ((dim, group), g) in &p.groups {
            let (value, rest, n, test, interval) = compare(metric, g, &p.total);
            let small = n < min_group as u64;
            rows.push(GroupRow {
                metric,
                dimension: dim,
                group: group.clone(),
                n,
                value,
                rest,
                low: interval.map(|i| i.0),
                high: interval.map(|i| i.1),
                test: if small { None } else { test },
                verdict: if small { "small" } else { "typical" },
            });
        }
    }
    let tested: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].test.is_some())
        .collect();
    let p_values: Vec<f64> = tested
        .iter()
        .map(|&i| rows[i].test.map(|t| t.p).unwrap_or(f64::NAN))
        .collect();
    let found = stats::benjamini_hochberg(&p_values, fdr);
    for (&i, hit) in tested.iter().zip(found) {
        if hit && let Some(t) = rows[i].test {
            rows[i].verdict = if t.difference > 0.0 { "hot" } else { "cold" };
        }
    }
    rows
}

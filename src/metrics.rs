//! The arithmetic users check by hand: progress to goal, value, seats and shelfware,
//! retention (NRR/GRR), time to value, NPS and the health score.
//!
//! Every function here is pure. "No data" is `None`, never 0 or NaN: a rate over zero
//! responses, a progress whose target equals its baseline, a utilization over zero seats.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::config::HealthWeights;
use crate::model::{AccountData, Direction, Goal};
use crate::period::{Period, month_of};

/// Progress to goal as a fraction (1.0 = target reached). Works for "lower is better" goals
/// too, since then target < baseline and both differences are negative.
/// `None` when target equals baseline: there is no distance to progress along.
pub fn progress_to_goal(baseline: f64, target: f64, actual: f64) -> Option<f64> {
    let span = target - baseline;
    if span == 0.0 || !span.is_finite() || !actual.is_finite() {
        return None;
    }
    Some((actual - baseline) / span)
}

/// The improvement from baseline to actual, positive when it went the right way.
pub fn improvement(direction: Direction, baseline: f64, actual: f64) -> f64 {
    match direction {
        Direction::Higher => actual - baseline,
        Direction::Lower => baseline - actual,
    }
}

/// Seat utilization: active / purchased. `None` over zero purchased seats.
pub fn seat_utilization(active: i64, purchased: i64) -> Option<f64> {
    (purchased > 0).then(|| active as f64 / purchased as f64)
}

/// Unused paid seats; never negative (more users than seats is not negative shelfware).
pub fn shelfware(purchased: i64, active: i64) -> i64 {
    (purchased - active).max(0)
}

/// A share as a percentage, `None` when the whole is zero.
pub fn percent(part: f64, whole: f64) -> Option<f64> {
    (whole != 0.0).then(|| 100.0 * part / whole)
}

/// Where a goal stands at the end of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Achieved,
    OnTrack,
    AtRisk,
    Missed,
    /// No measurement yet, or target equals baseline.
    NoData,
}

/// One goal evaluated at a date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalResult {
    pub goal_id: String,
    pub title: String,
    pub stakeholder_role: String,
    pub metric: String,
    pub unit: String,
    pub direction: Direction,
    pub baseline: f64,
    pub target: f64,
    pub target_date: Option<NaiveDate>,
    /// The latest measurement on or before the evaluation date.
    pub actual: Option<f64>,
    pub actual_on: Option<NaiveDate>,
    /// Fraction; may exceed 1 or be negative.
    pub progress: Option<f64>,
    pub status: GoalStatus,
    /// Improvement × value per unit, when the goal has a money value.
    pub value: Option<f64>,
    /// Change of the metric relative to baseline, in percent (for sentences).
    pub change_pct: Option<f64>,
    /// First date a measurement reached the target.
    pub reached_on: Option<NaiveDate>,
}

/// Evaluates `goal` as of `as_of`. `fallback_start` (contract start) dates the baseline when
/// the goal has no earlier measurement, for the on-track check.
pub fn evaluate_goal(
    goal: &Goal,
    as_of: NaiveDate,
    fallback_start: Option<NaiveDate>,
) -> GoalResult {
    let latest = goal.measurements.iter().rfind(|m| m.measured_on <= as_of);
    let actual = latest.map(|m| m.value);
    let progress = actual.and_then(|a| progress_to_goal(goal.baseline, goal.target, a));
    let reached_on = goal
        .measurements
        .iter()
        .filter(|m| m.measured_on <= as_of)
        .find(|m| progress_to_goal(goal.baseline, goal.target, m.value).is_some_and(|p| p >= 1.0))
        .map(|m| m.measured_on);
    let status = match progress {
        None => GoalStatus::NoData,
        Some(p) if p >= 1.0 => GoalStatus::Achieved,
        Some(p) => match goal.target_date {
            Some(due) if due <= as_of => GoalStatus::Missed,
            Some(due) => {
                let start = goal
                    .measurements
                    .first()
                    .map(|m| m.measured_on)
                    .or(fallback_start)
                    .unwrap_or(as_of);
                let total = (due - start).num_days().max(1) as f64;
                let elapsed = (as_of - start).num_days().clamp(0, total as i64) as f64;
                // On track when no more than 10 points behind a straight line to the target.
                if p >= elapsed / total - 0.10 {
                    GoalStatus::OnTrack
                } else {
                    GoalStatus::AtRisk
                }
            }
            None if p > 0.0 => GoalStatus::OnTrack,
            None => GoalStatus::AtRisk,
        },
    };
    let value = match (actual, goal.value_per_unit) {
        (Some(a), Some(v)) => Some(improvement(goal.direction, goal.baseline, a) * v),
        _ => None,
    };
    let change_pct = actual.and_then(|a| {
        (goal.baseline != 0.0).then(|| 100.0 * (a - goal.baseline) / goal.baseline.abs())
    });
    GoalResult {
        goal_id: goal.goal_id.clone(),
        title: goal.title.clone(),
        stakeholder_role: goal.stakeholder_role.clone(),
        metric: goal.metric.clone(),
        unit: goal.unit.clone(),
        direction: goal.direction,
        baseline: goal.baseline,
        target: goal.target,
        target_date: goal.target_date,
        actual,
        actual_on: latest.map(|m| m.measured_on),
        progress,
        status,
        value,
        change_pct,
        reached_on,
    }
}

/// Days from contract start to the first date any goal reached its target.
pub fn time_to_value(contract_start: Option<NaiveDate>, goals: &[GoalResult]) -> Option<i64> {
    let start = contract_start?;
    goals
        .iter()
        .filter_map(|g| g.reached_on)
        .filter(|d| *d >= start)
        .min()
        .map(|d| (d - start).num_days())
}

/// Net Promoter Score of a set of responses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Nps {
    pub responses: usize,
    pub promoters: usize,
    pub passives: usize,
    pub detractors: usize,
    /// %promoters − %detractors, −100…100; `None` with no responses.
    pub score: Option<f64>,
}

/// NPS from 0–10 scores. Scores outside 0–10 are not counted (`check` reports them).
pub fn nps(scores: impl IntoIterator<Item = i64>) -> Nps {
    let (mut p, mut pa, mut d) = (0, 0, 0);
    for s in scores {
        match s {
            9..=10 => p += 1,
            7..=8 => pa += 1,
            0..=6 => d += 1,
            _ => {}
        }
    }
    let n = p + pa + d;
    Nps {
        responses: n,
        promoters: p,
        passives: pa,
        detractors: d,
        score: (n > 0).then(|| 100.0 * (p as f64 - d as f64) / n as f64),
    }
}

/// Revenue retention of a cohort: the accounts with ARR at the start of a period.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Retention {
    pub accounts: usize,
    pub start_arr: f64,
    pub expansion: f64,
    pub contraction: f64,
    pub churned: f64,
    pub churned_accounts: usize,
    /// (start + expansion − contraction − churn) / start; `None` when start ARR is 0.
    pub nrr: Option<f64>,
    /// Like NRR without expansion, capped at 100%.
    pub grr: Option<f64>,
}

/// Retention from (ARR at start, ARR at end) per account. Accounts with no ARR at start are
/// new business and do not belong to the cohort.
pub fn retention(pairs: impl IntoIterator<Item = (f64, f64)>) -> Retention {
    let mut r = Retention::default();
    for (start, end) in pairs {
        if start <= 0.0 {
            continue;
        }
        r.accounts += 1;
        r.start_arr += start;
        if end <= 0.0 {
            r.churned += start;
            r.churned_accounts += 1;
        } else if end > start {
            r.expansion += end - start;
        } else {
            r.contraction += start - end;
        }
    }
    if r.start_arr > 0.0 {
        let kept = r.start_arr - r.contraction - r.churned;
        r.nrr = Some((kept + r.expansion) / r.start_arr);
        r.grr = Some((kept / r.start_arr).min(1.0));
    }
    r
}

/// One component of the health score, 0–100, with its weight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HealthComponent {
    /// adoption, goals, success_plan, support or sentiment (its words are in the messages).
    pub key: &'static str,
    pub score: Option<f64>,
    /// The configured weight.
    pub weight: f64,
    /// The share of the total this component carried (0 when it had no data).
    pub share: f64,
}

/// The health score with its components shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Health {
    /// Weighted mean of the components that have data; `None` when none has.
    pub score: Option<f64>,
    /// healthy (≥ 70), watch (≥ 40), at_risk, or no_data.
    pub band: &'static str,
    pub components: Vec<HealthComponent>,
}

/// Combines component scores (0–100, `None` = no data) with `weights`.
pub fn health(
    weights: &HealthWeights,
    adoption: Option<f64>,
    goals: Option<f64>,
    success_plan: Option<f64>,
    support: Option<f64>,
    sentiment: Option<f64>,
) -> Health {
    let parts = [
        ("adoption", adoption, weights.adoption),
        ("goals", goals, weights.goals),
        ("success_plan", success_plan, weights.success_plan),
        ("support", support, weights.support),
        ("sentiment", sentiment, weights.sentiment),
    ];
    let total: f64 = parts.iter().filter(|p| p.1.is_some()).map(|p| p.2).sum();
    let score = (total > 0.0).then(|| {
        parts
            .iter()
            .filter_map(|p| p.1.map(|s| s.clamp(0.0, 100.0) * p.2))
            .sum::<f64>()
            / total
    });
    Health {
        score,
        band: band(score),
        components: parts
            .iter()
            .map(|&(key, score, weight)| HealthComponent {
                key,
                score,
                weight,
                share: if score.is_some() && total > 0.0 {
                    weight / total
                } else {
                    0.0
                },
            })
            .collect(),
    }
}

/// The band of a health score.
pub fn band(score: Option<f64>) -> &'static str {
    match score {
        None => "no_data",
        Some(s) if s >= 70.0 => "healthy",
        Some(s) if s >= 40.0 => "watch",
        Some(_) => "at_risk",
    }
}

/// Seats at one point in time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Seats {
    pub purchased: i64,
    /// `None` when there is no usage data for the month.
    pub active: Option<i64>,
    pub utilization: Option<f64>,
    pub shelfware: Option<i64>,
    /// Shelfware seats × the account's ARR per purchased seat.
    pub shelfware_value: Option<f64>,
}

/// One month of the adoption chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdoptionMonth {
    pub month: NaiveDate,
    pub purchased: i64,
    pub active: Option<i64>,
}

/// Adoption of one feature in the period's last month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeatureAdoption {
    pub feature: String,
    pub product: String,
    pub active_users: i64,
    /// Share of the product's active users using the feature, percent.
    pub share: Option<f64>,
}

/// Milestones of the success plan, as of the period end.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MilestoneRow {
    pub title: String,
    pub stage: String,
    pub owner_side: String,
    pub owner_name: String,
    pub due_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
    /// done, done_late, late, upcoming.
    pub state: &'static str,
}

/// Support over the period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Support {
    pub opened: usize,
    pub closed: usize,
    pub escalations: usize,
    pub critical: usize,
    pub csat: Option<f64>,
    /// Tickets opened per month of the period (and escalations).
    pub by_month: Vec<(NaiveDate, usize, usize)>,
}

/// Everything a document says about one account for one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountMetrics {
    pub goals: Vec<GoalResult>,
    pub goals_achieved: usize,
    pub goals_measured: usize,
    /// Mean progress of measured goals, fraction, each capped to 0…1.
    pub goal_progress: Option<f64>,
    /// Sum of goal values with a money value; `None` when no goal has one.
    pub value_total: Option<f64>,
    pub seats: Seats,
    pub adoption: Vec<AdoptionMonth>,
    pub features: Vec<FeatureAdoption>,
    pub milestones: Vec<MilestoneRow>,
    /// Share of milestones due by the period end that are done; `None` when none was due.
    pub plan_progress: Option<f64>,
    pub support: Support,
    pub nps: Nps,
    pub nps_previous: Nps,
    /// Trailing 12 months, for health.
    pub nps_year: Nps,
    pub arr_start: Option<f64>,
    pub arr_end: Option<f64>,
    /// This account's NRR for the period (end / start ARR), `None` without start ARR.
    pub nrr: Option<f64>,
    pub time_to_value_days: Option<i64>,
    pub health: Health,
    pub health_previous: Health,
}

fn arr_at(data: &AccountData, month: NaiveDate) -> Option<f64> {
    data.arr.iter().find(|m| m.month == month).map(|m| m.arr)
}

/// Seats at the end of `month` (licenses active on its last day, usage of that month).
pub fn seats_at(data: &AccountData, month: NaiveDate) -> Seats {
    let month_end = (month + Months::new(1)).pred_opt().unwrap_or(month);
    let purchased: i64 = data
        .licenses
        .iter()
        .filter(|l| {
            l.starts_on.is_none_or(|s| s <= month_end) && l.ends_on.is_none_or(|e| e >= month_end)
        })
        .map(|l| l.seats_purchased.max(0))
        .sum();
    // A product's active users are the most active users of any of its features that month.
    let mut per_product: Vec<(&str, i64)> = Vec::new();
    for u in data.usage.iter().filter(|u| u.month == month) {
        match per_product.iter_mut().find(|(p, _)| *p == u.product) {
            Some((_, n)) => *n = (*n).max(u.active_users),
            None => per_product.push((&u.product, u.active_users)),
        }
    }
    let active =
        (!per_product.is_empty()).then(|| per_product.iter().map(|p| p.1.max(0)).sum::<i64>());
    let shelf = active
        .filter(|_| purchased > 0)
        .map(|a| shelfware(purchased, a));
    let per_seat = arr_at(data, month)
        .filter(|_| purchased > 0)
        .map(|arr| arr / purchased as f64);
    Seats {
        purchased,
        active,
        utilization: active.and_then(|a| seat_utilization(a, purchased)),
        shelfware: shelf,
        shelfware_value: shelf.zip(per_seat).map(|(s, p)| s as f64 * p),
    }
}

/// Computes every metric of `data` for `period`.
pub fn account_metrics(
    data: &AccountData,
    period: &Period,
    weights: &HealthWeights,
) -> AccountMetrics {
    let as_of = period.end;
    let start = data.account.contract_start;
    let goals: Vec<GoalResult> = data
        .goals
        .iter()
        .map(|g| evaluate_goal(g, as_of, start))
        .collect();
    let measured: Vec<&GoalResult> = goals.iter().filter(|g| g.progress.is_some()).collect();
    let goal_progress = (!measured.is_empty()).then(|| {
        measured
            .iter()
            .map(|g| g.progress.unwrap_or(0.0).clamp(0.0, 1.0))
            .sum::<f64>()
            / measured.len() as f64
    });
    let valued: Vec<f64> = goals.iter().filter_map(|g| g.value).collect();
    let value_total = (!valued.is_empty()).then(|| valued.iter().sum());

    let end_month = period.end_month();
    let seats = seats_at(data, end_month);
    let adoption = (0..12)
        .rev()
        .map(|i| end_month - Months::new(i))
        .map(|m| {
            let s = seats_at(data, m);
            AdoptionMonth {
                month: m,
                purchased: s.purchased,
                active: s.active,
            }
        })
        .filter(|m| m.purchased > 0 || m.active.is_some())
        .collect();
    let mut features: Vec<FeatureAdoption> = data
        .usage
        .iter()
        .filter(|u| u.month == end_month)
        .map(|u| {
            let product_users = data
                .usage
                .iter()
                .filter(|x| x.month == end_month && x.product == u.product)
                .map(|x| x.active_users)
                .max()
                .unwrap_or(0);
            FeatureAdoption {
                feature: u.feature.clone(),
                product: u.product.clone(),
                active_users: u.active_users,
                share: percent(u.active_users as f64, product_users as f64),
            }
        })
        .collect();
    features.sort_by(|a, b| {
        b.active_users
            .cmp(&a.active_users)
            .then(a.feature.cmp(&b.feature))
    });

    let milestones: Vec<MilestoneRow> = data
        .milestones
        .iter()
        .map(|m| {
            let done = m.completed_on.filter(|c| *c <= as_of);
            let state = match (done, m.due_on) {
                (Some(c), Some(due)) if c > due => "done_late",
                (Some(_), _) => "done",
                (None, Some(due)) if due < as_of => "late",
                (None, _) => "upcoming",
            };
            MilestoneRow {
                title: m.title.clone(),
                stage: m.stage.clone(),
                owner_side: m.owner_side.clone(),
                owner_name: m.owner_name.clone(),
                due_on: m.due_on,
                completed_on: done,
                state,
            }
        })
        .collect();
    let due: Vec<&MilestoneRow> = milestones
        .iter()
        .filter(|m| m.due_on.is_some_and(|d| d <= as_of))
        .collect();
    let plan_progress = (!due.is_empty())
        .then(|| due.iter().filter(|m| m.completed_on.is_some()).count() as f64 / due.len() as f64);

    let support = support(data, period);
    let nps_in = |p: &Period| {
        nps(data
            .nps
            .iter()
            .filter(|r| p.contains(r.responded_at))
            .map(|r| r.score))
    };
    let year = Period {
        label: String::new(),
        start: (month_of(as_of) - Months::new(11)),
        end: as_of,
    };
    let nps_now = nps_in(period);
    let nps_year = nps_in(&year);

    let arr_start = arr_at(data, period.start_month_before());
    let arr_end = arr_at(data, end_month);
    let nrr = match (arr_start, arr_end) {
        (Some(s), Some(e)) if s > 0.0 => Some(e / s),
        _ => None,
    };

    let health_now = account_health(
        weights,
        &seats,
        goal_progress,
        plan_progress,
        &support,
        &nps_year,
    );
    let previous = period.previous();
    let health_previous = {
        let pg: Vec<GoalResult> = data
            .goals
            .iter()
            .map(|g| evaluate_goal(g, previous.end, start))
            .collect();
        let m: Vec<f64> = pg
            .iter()
            .filter_map(|g| g.progress)
            .map(|p| p.clamp(0.0, 1.0))
            .collect();
        let gp = (!m.is_empty()).then(|| m.iter().sum::<f64>() / m.len() as f64);
        let due: Vec<_> = data
            .milestones
            .iter()
            .filter(|m| m.due_on.is_some_and(|d| d <= previous.end))
            .collect();
        let pp = (!due.is_empty()).then(|| {
            due.iter()
                .filter(|m| m.completed_on.is_some_and(|c| c <= previous.end))
                .count() as f64
                / due.len() as f64
        });
        let py = Period {
            label: String::new(),
            start: month_of(previous.end) - Months::new(11),
            end: previous.end,
        };
        account_health(
            weights,
            &seats_at(data, previous.end_month()),
            gp,
            pp,
            &self::support(data, &previous),
            &nps_in(&py),
        )
    };

    AccountMetrics {
        goals_achieved: goals
            .iter()
            .filter(|g| g.status == GoalStatus::Achieved)
            .count(),
        goals_measured: measured.len(),
        goal_progress,
        value_total,
        seats,
        adoption,
        features,
        milestones,
        plan_progress,
        support,
        nps: nps_now,
        nps_previous: nps_in(&previous),
        nps_year,
        arr_start,
        arr_end,
        nrr,
        time_to_value_days: time_to_value(start, &goals),
        health: health_now,
        health_previous,
        goals,
    }
}

fn support(data: &AccountData, period: &Period) -> Support {
    let in_period: Vec<_> = data
        .tickets
        .iter()
        .filter(|t| period.contains(t.opened_at))
        .collect();
    let ratings: Vec<f64> = in_period
        .iter()
        .filter_map(|t| t.csat)
        .map(|c| c as f64)
        .collect();
    let mut by_month = Vec::new();
    let mut m = month_of(period.start);
    while m <= period.end {
        let here: Vec<_> = in_period
            .iter()
            .filter(|t| month_of(t.opened_at) == m)
            .collect();
        by_month.push((m, here.len(), here.iter().filter(|t| t.escalated).count()));
        m = m + Months::new(1);
    }
    Support {
        opened: in_period.len(),
        closed: data
            .tickets
            .iter()
            .filter(|t| t.closed_at.is_some_and(|c| period.contains(c)))
            .count(),
        escalations: in_period.iter().filter(|t| t.escalated).count(),
        critical: in_period
            .iter()
            .filter(|t| t.severity == "critical")
            .count(),
        csat: (!ratings.is_empty()).then(|| ratings.iter().sum::<f64>() / ratings.len() as f64),
        by_month,
    }
}

fn account_health(
    weights: &HealthWeights,
    seats: &Seats,
    goal_progress: Option<f64>,
    plan_progress: Option<f64>,
    support: &Support,
    nps_year: &Nps,
) -> Health {
    let adoption = seats.utilization.map(|u| 100.0 * u.min(1.0));
    // No tickets is a real, good answer: nothing needed escalating.
    let troubled = support.escalations.max(support.critical) as f64;
    let support_score = if support.opened == 0 {
        Some(100.0)
    } else {
        Some(100.0 * (1.0 - troubled / support.opened as f64))
    };
    let sentiment = nps_year.score.map(|s| (s + 100.0) / 2.0);
    health(
        weights,
        adoption,
        goal_progress.map(|g| 100.0 * g),
        plan_progress.map(|p| 100.0 * p),
        support_score,
        sentiment,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn goal(direction: Direction, baseline: f64, target: f64, ms: &[(&str, f64)]) -> Goal {
        Goal {
            goal_id: "g1".into(),
            stakeholder_role: "champion".into(),
            title: "t".into(),
            metric: "m".into(),
            unit: "h".into(),
            direction,
            baseline,
            target,
            target_date: Some(d("2026-12-31")),
            value_per_unit: Some(50.0),
            measurements: ms
                .iter()
                .map(|(on, v)| Measurement {
                    measured_on: d(on),
                    value: *v,
                })
                .collect(),
        }
    }

    #[test]
    fn progress_higher_is_better() {
        // 40 → 100, now 70: half way.
        assert_eq!(progress_to_goal(40.0, 100.0, 70.0), Some(0.5));
        assert_eq!(progress_to_goal(40.0, 100.0, 130.0), Some(1.5));
        assert_eq!(
            progress_to_goal(40.0, 100.0, 30.0).map(|p| (p * 1e6).round()),
            Some(-166667.0)
        );
    }

    #[test]
    fn progress_lower_is_better() {
        // Resolution time 20 h → target 12 h, now 14 h: 6 of 8 hours = 75%.
        assert_eq!(progress_to_goal(20.0, 12.0, 14.0), Some(0.75));
        // Got worse: 22 h is −25%.
        assert_eq!(progress_to_goal(20.0, 12.0, 22.0), Some(-0.25));
    }

    #[test]
    fn progress_undefined_when_target_equals_baseline() {
        assert_eq!(progress_to_goal(5.0, 5.0, 7.0), None);
        let g = goal(Direction::Higher, 5.0, 5.0, &[("2026-03-01", 7.0)]);
        let r = evaluate_goal(&g, d("2026-09-30"), None);
        assert_eq!(r.status, GoalStatus::NoData);
        assert_eq!(r.progress, None);
    }

    #[test]
    fn goal_uses_latest_measurement_before_period_end() {
        let g = goal(
            Direction::Lower,
            20.0,
            12.0,
            &[
                ("2026-03-01", 18.0),
                ("2026-09-15", 14.0),
                ("2026-10-15", 11.0),
            ],
        );
        let r = evaluate_goal(&g, d("2026-09-30"), None);
        assert_eq!(r.actual, Some(14.0));
        assert_eq!(r.progress, Some(0.75));
        // 6 hours saved × 50 per hour.
        assert_eq!(r.value, Some(300.0));
        assert_eq!(r.change_pct, Some(-30.0));
        assert_eq!(r.reached_on, None);
        let later = evaluate_goal(&g, d("2026-10-31"), None);
        assert_eq!(later.status, GoalStatus::Achieved);
        assert_eq!(later.reached_on, Some(d("2026-10-15")));
    }

    #[test]
    fn goal_without_measurements_is_no_data_not_zero() {
        let g = goal(Direction::Higher, 1.0, 2.0, &[]);
        let r = evaluate_goal(&g, d("2026-09-30"), None);
        assert_eq!(
            (r.status, r.actual, r.progress, r.value),
            (GoalStatus::NoData, None, None, None)
        );
    }

    #[test]
    fn goal_past_its_date_and_short_is_missed_and_behind_is_at_risk() {
        let mut g = goal(
            Direction::Higher,
            0.0,
            100.0,
            &[("2026-01-01", 0.0), ("2026-06-01", 10.0)],
        );
        g.target_date = Some(d("2026-06-30"));
        assert_eq!(
            evaluate_goal(&g, d("2026-09-30"), None).status,
            GoalStatus::Missed
        );
        g.target_date = Some(d("2027-01-01"));
        // 9 of 12 months gone, 10% done: at risk.
        assert_eq!(
            evaluate_goal(&g, d("2026-09-30"), None).status,
            GoalStatus::AtRisk
        );
        g.measurements[1].value = 70.0;
        assert_eq!(
            evaluate_goal(&g, d("2026-09-30"), None).status,
            GoalStatus::OnTrack
        );
    }

    #[test]
    fn seats_and_shelfware() {
        assert_eq!(seat_utilization(80, 100), Some(0.8));
        assert_eq!(seat_utilization(5, 0), None);
        assert_eq!(shelfware(100, 80), 20);
        assert_eq!(shelfware(100, 130), 0);
    }

    #[test]
    fn nps_counts_and_score() {
        // 3 promoters, 1 passive, 2 detractors: (3 − 2) / 6 = 16.7.
        let n = nps([10, 9, 9, 8, 3, 6]);
        assert_eq!((n.promoters, n.passives, n.detractors), (3, 1, 2));
        assert_eq!(n.score.map(|s| (s * 10.0).round() / 10.0), Some(16.7));
        assert_eq!(nps([]).score, None);
        assert_eq!(nps([11, -1]).responses, 0);
        assert_eq!(nps([0, 0]).score, Some(-100.0));
    }

    #[test]
    fn nrr_and_grr_hand_checked() {
        // Start 100 + 200 + 50 + 0(new). Ends: 130 (+30), 150 (−50), 0 (churn 50), 40 (new: ignored).
        let r = retention([(100.0, 130.0), (200.0, 150.0), (50.0, 0.0), (0.0, 40.0)]);
        assert_eq!(r.accounts, 3);
        assert_eq!(r.start_arr, 350.0);
        assert_eq!((r.expansion, r.contraction, r.churned), (30.0, 50.0, 50.0));
        // (350 + 30 − 50 − 50) / 350 = 280 / 350 = 0.8
        assert_eq!(r.nrr, Some(0.8));
        // (350 − 50 − 50) / 350
        assert_eq!(r.grr, Some(250.0 / 350.0));
        // Only expansion: NRR above 1, GRR capped at 1.
        let up = retention([(100.0, 150.0)]);
        assert_eq!((up.nrr, up.grr), (Some(1.5), Some(1.0)));
        // Empty cohort is no data.
        assert_eq!(retention([]).nrr, None);
        assert_eq!(retention([(0.0, 10.0)]).grr, None);
    }

    #[test]
    fn health_reweights_missing_components() {
        let w = HealthWeights::default();
        let h = health(&w, Some(80.0), None, None, None, None);
        assert_eq!(h.score, Some(80.0));
        assert_eq!(h.band, "healthy");
        let h = health(&w, Some(100.0), Some(0.0), None, None, None);
        // (0.25 × 100 + 0.30 × 0) / 0.55
        assert!((h.score.unwrap() - 45.4545).abs() < 1e-3);
        assert_eq!(h.band, "watch");
        let none = health(&w, None, None, None, None, None);
        assert_eq!((none.score, none.band), (None, "no_data"));
        assert!(none.components.iter().all(|c| c.share == 0.0));
    }

    #[test]
    fn time_to_value_is_first_goal_reached() {
        let g = goal(
            Direction::Higher,
            0.0,
            10.0,
            &[("2026-02-01", 5.0), ("2026-03-11", 10.0)],
        );
        let r = evaluate_goal(&g, d("2026-12-31"), None);
        assert_eq!(
            time_to_value(Some(d("2026-01-01")), std::slice::from_ref(&r)),
            Some(69)
        );
        assert_eq!(time_to_value(None, &[r]), None);
    }

    fn account() -> AccountData {
        AccountData::empty(Account {
            account_id: "A1".into(),
            name: "Acme".into(),
            segment: "SMB".into(),
            industry: "x".into(),
            region: "x".into(),
            touch_model: "digital".into(),
            csm_name: "c".into(),
            csm_email: "c@x".into(),
            contract_start: Some(d("2025-01-01")),
            renewal_date: None,
            currency: "USD".into(),
        })
    }

    #[test]
    fn account_with_no_data_has_no_numbers() {
        let p = Period::parse("2026-Q3").unwrap();
        let m = account_metrics(&account(), &p, &HealthWeights::default());
        assert_eq!(m.seats.utilization, None);
        assert_eq!(m.seats.active, None);
        assert_eq!(m.value_total, None);
        assert_eq!(m.nps.score, None);
        assert_eq!(m.nrr, None);
        assert_eq!(m.plan_progress, None);
        // Only "no tickets" is known, and it is good news.
        assert_eq!(m.health.score, Some(100.0));
        assert!(m.adoption.is_empty());
    }

    #[test]
    fn account_seats_nrr_and_shelfware_value() {
        let mut a = account();
        a.licenses.push(License {
            product: "core".into(),
            seats_purchased: 100,
            starts_on: Some(d("2025-01-01")),
            ends_on: None,
        });
        for (f, n) in [("login", 60), ("reports", 30)] {
            a.usage.push(FeatureUsage {
                month: d("2026-09-01"),
                feature: f.into(),
                product: "core".into(),
                active_users: n,
                events: 10,
            });
        }
        a.arr.push(ArrMonth {
            month: d("2026-06-01"),
            arr: 10_000.0,
        });
        a.arr.push(ArrMonth {
            month: d("2026-09-01"),
            arr: 12_000.0,
        });
        let p = Period::parse("2026-Q3").unwrap();
        let m = account_metrics(&a, &p, &HealthWeights::default());
        assert_eq!(m.seats.active, Some(60));
        assert_eq!(m.seats.utilization, Some(0.6));
        assert_eq!(m.seats.shelfware, Some(40));
        // 40 seats × 12,000 / 100 seats.
        assert_eq!(m.seats.shelfware_value, Some(4_800.0));
        assert_eq!(m.nrr, Some(1.2));
        assert_eq!(m.features[0].feature, "login");
        assert_eq!(m.features[1].share, Some(50.0));
    }
}

//! Goals per stakeholder: each goal's row and the sentence a person would write about it.

use crate::locale::Texts;
use crate::locale::common::{self, is_points_unit, quantity, role_order, yes};
use crate::metrics::{self, AccountMetrics, GoalResult, GoalStatus};
use crate::model::{AccountData, Direction};

use super::doc::{GoalGroup, GoalRow, GoalsSection};

/// The metric a goal sentence talks about: the goal's metric, else its title.
pub(super) fn metric_name(g: &GoalResult) -> String {
    common::humanize(if g.metric.trim().is_empty() {
        &g.title
    } else {
        &g.metric
    })
}

/// The sentence a person would write about one goal, e.g. "Ticket resolution time fell 38%,
/// past the 30% target, worth $12,400."
pub fn goal_sentence(t: &Texts, g: &GoalResult, currency: &str) -> String {
    let metric = metric_name(g);
    let fmt = |v: f64| quantity(t, v, &g.unit, currency);
    let Some(actual) = g.actual else {
        return t.msg("goal-not-measured", &[("metric", metric.into())]);
    };
    if g.target == g.baseline {
        return t.msg(
            "goal-target-is-baseline",
            &[
                ("metric", metric.into()),
                ("actual", fmt(actual).into()),
                ("baseline", fmt(g.baseline).into()),
            ],
        );
    }
    let improving = metrics::improvement(g.direction, g.baseline, actual) > 0.0;
    let worth = g
        .value
        .filter(|v| v.round() > 0.0)
        .map(|v| t.fmt.money(v, currency));
    let points = is_points_unit(&g.unit);
    // Three ways to say how far it moved: in points for percentages, relative to the baseline
    // when there is one, in absolute terms from a zero baseline.
    let (moved, target, away) = match g.change_pct.filter(|_| g.baseline != 0.0 && !points) {
        Some(pct) => {
            let target_pct = 100.0 * (g.target - g.baseline) / g.baseline.abs();
            let how = if pct.abs() < 0.5 {
                "steady"
            } else if pct > 0.0 {
                "rose-pct"
            } else {
                "fell-pct"
            };
            let moved = t.msg(
                "goal-moved",
                &[
                    ("how", how.into()),
                    ("pct", t.fmt.percent(pct.abs()).into()),
                    ("actual", fmt(actual).into()),
                ],
            );
            let target_pct_s = t.fmt.percent(target_pct.abs());
            let target = t.msg(
                "goal-target-relative",
                &[("pct", target_pct_s.clone().into())],
            );
            let away = t.msg(
                "goal-target-away",
                &[
                    ("way", if target_pct < 0.0 { "cut" } else { "rise" }.into()),
                    ("pct", target_pct_s.into()),
                ],
            );
            (moved, target, away)
        }
        None => {
            let diff = actual - g.baseline;
            let how = if diff.abs() < 0.05 {
                "steady"
            } else if points {
                if diff > 0.0 {
                    "rose-points"
                } else {
                    "fell-points"
                }
            } else if diff > 0.0 {
                "rose"
            } else {
                "fell"
            };
            let moved = t.msg(
                "goal-moved",
                &[
                    ("how", how.into()),
                    ("points", common::points_words(t, diff.abs()).into()),
                    ("baseline", fmt(g.baseline).into()),
                    ("actual", fmt(actual).into()),
                ],
            );
            let target = t.msg("goal-target-absolute", &[("target", fmt(g.target).into())]);
            (moved, target.clone(), target)
        }
    };
    let status = match g.status {
        GoalStatus::Achieved => "achieved",
        GoalStatus::OnTrack => "on_track",
        GoalStatus::AtRisk if improving => "at_risk_improving",
        GoalStatus::AtRisk => "at_risk",
        GoalStatus::Missed if improving => "missed_improving",
        GoalStatus::Missed => "missed",
        GoalStatus::NoData => "no_data",
    };
    let exactly = g.progress.is_some_and(|p| (p - 1.0).abs() < 0.005);
    t.msg(
        "goal-sentence",
        &[
            ("status", status.into()),
            ("metric", metric.into()),
            ("moved", moved.into()),
            ("target", target.into()),
            ("away", away.into()),
            ("exactly", yes(exactly)),
            ("dated", yes(g.target_date.is_some())),
            (
                "due",
                g.target_date
                    .map(|d| t.fmt.date(d))
                    .unwrap_or_default()
                    .into(),
            ),
            ("valued", yes(worth.is_some())),
            ("worth", worth.unwrap_or_default().into()),
        ],
    )
}

/// The improvement in the goal's unit: "6 h less", "4.5 points more", "no change".
pub(super) fn improvement_label(t: &Texts, g: &GoalResult, actual: f64, currency: &str) -> String {
    let diff = actual - g.baseline;
    if diff == 0.0 {
        return t.msg("goal-improvement", &[("way", "none".into())]);
    }
    let amount = if is_points_unit(&g.unit) {
        common::points_words(t, diff.abs())
    } else {
        quantity(t, diff.abs(), &g.unit, currency)
    };
    t.msg(
        "goal-improvement",
        &[
            ("way", if diff > 0.0 { "more" } else { "less" }.into()),
            ("amount", amount.into()),
        ],
    )
}

fn goal_row(t: &Texts, g: &GoalResult, cur: &str) -> GoalRow {
    let fmt = |v: f64| quantity(t, v, &g.unit, cur);
    GoalRow {
        id: g.goal_id.clone(),
        title: g.title.clone(),
        metric: common::humanize(&g.metric),
        direction_label: t.msg(
            "goal-direction",
            &[(
                "direction",
                match g.direction {
                    Direction::Higher => "higher",
                    Direction::Lower => "lower",
                }
                .into(),
            )],
        ),
        baseline: fmt(g.baseline),
        target: fmt(g.target),
        actual: g.actual.map(fmt),
        measured_on: g.actual_on.map(|d| t.fmt.date(d)),
        progress: g.progress.map(|p| t.fmt.fraction(p)),
        progress_bar: g
            .progress
            .map(|p| (100.0 * p).clamp(0.0, 100.0))
            .unwrap_or(0.0),
        progress_percent: g.progress.map(|p| 100.0 * p),
        status: g.status,
        status_label: common::goal_status(t, g.status),
        due: g.target_date.map(|d| t.fmt.date(d)),
        value: g.value.map(|v| t.fmt.money(v, cur)),
        sentence: goal_sentence(t, g, cur),
    }
}

/// The names of the account's contacts with `role`, as a list ("Dana and Lee").
pub(super) fn people(t: &Texts, data: &AccountData, role: &str) -> Option<String> {
    let names: Vec<String> = data
        .contacts
        .iter()
        .filter(|c| c.role == role && !c.name.trim().is_empty())
        .map(|c| c.name.trim().to_string())
        .collect();
    (!names.is_empty()).then(|| common::names(t, &names))
}

pub(super) fn section(
    t: &Texts,
    data: &AccountData,
    m: &AccountMetrics,
    cur: &str,
) -> GoalsSection {
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
        .map(|role| GoalGroup {
            role: role.to_string(),
            label: common::role(t, role),
            people: people(t, data, role),
            focus: t.msg("goals-focus", &[("role", focus_key(role).into())]),
            goals: m
                .goals
                .iter()
                .filter(|g| g.stakeholder_role == role)
                .map(|g| goal_row(t, g, cur))
                .collect(),
        })
        .collect();
    let n = m.goals.len();
    let sentence = if n == 0 {
        t.msg("goals-none", &[])
    } else {
        let mut parts = Vec::new();
        for (k, key) in [
            (on_track, "on_track"),
            (at_risk, "at_risk"),
            (missed, "missed"),
            (no_data, "no_data"),
        ] {
            if k > 0 {
                parts.push(t.msg(
                    "goals-summary-part",
                    &[("status", key.into()), ("count", k.into())],
                ));
            }
        }
        let summary = t.msg(
            "goals-summary",
            &[
                ("achieved", achieved.into()),
                ("count", n.into()),
                ("others", yes(!parts.is_empty())),
                ("rest", t.fmt.and_list(&parts).into()),
            ],
        );
        match m.goal_progress {
            Some(p) => common::sentences(
                t,
                &[
                    summary,
                    t.msg(
                        "goals-average-progress",
                        &[("progress", t.fmt.fraction(p).into())],
                    ),
                ],
            ),
            None => summary,
        }
    };
    GoalsSection {
        count: n,
        achieved,
        on_track,
        at_risk,
        missed,
        no_data,
        progress: m.goal_progress.map(|p| t.fmt.fraction(p)),
        sentence,
        groups,
        empty: (n == 0).then(|| t.msg("goals-empty", &[])),
    }
}

fn focus_key(role: &str) -> &'static str {
    match role {
        "executive_sponsor" => "executive_sponsor",
        "champion" => "champion",
        "end_user" | "end_users" => "end_user",
        _ => "other",
    }
}

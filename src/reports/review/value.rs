//! Page 1's value delivered: the money total where goals have an agreed value per unit, and
//! each measured goal in the customer's own measures.

use crate::locale::Texts;
use crate::locale::common::{self, quantity, role_order, status_key};
use crate::metrics::{AccountMetrics, GoalResult};

use super::doc::{PeriodInfo, ValueItem, ValueSection};
use super::goals::{goal_sentence, improvement_label};

pub(super) fn section(t: &Texts, m: &AccountMetrics, cur: &str, p: &PeriodInfo) -> ValueSection {
    let items: Vec<ValueItem> = m
        .goals
        .iter()
        .filter_map(|g| {
            let actual = g.actual?;
            let fmt = |v: f64| quantity(t, v, &g.unit, cur);
            Some(ValueItem {
                goal: g.title.clone(),
                metric: common::humanize(&g.metric),
                stakeholder: common::role(t, &g.stakeholder_role),
                measure: t.msg(
                    "value-measure",
                    &[
                        ("baseline", fmt(g.baseline).into()),
                        ("actual", fmt(actual).into()),
                    ],
                ),
                baseline: fmt(g.baseline),
                actual: fmt(actual),
                target: fmt(g.target),
                improvement: improvement_label(t, g, actual, cur),
                value: g.value.map(|v| t.fmt.money(v, cur)),
                status: status_key(g.status),
                status_label: common::goal_status(t, g.status),
            })
        })
        .collect();
    let valued = m.goals.iter().filter(|g| g.value.is_some()).count();
    let (sign, sentence) = match m.value_total {
        None if items.is_empty() => ("none", t.msg("value-not-measured", &[])),
        None => (
            "none",
            t.msg("value-own-measures", &[("count", items.len().into())]),
        ),
        Some(v) if v.round() > 0.0 => (
            "positive",
            t.msg(
                "value-delivered",
                &[
                    ("total", t.fmt.money(v, cur).into()),
                    ("date", p.end_long.clone().into()),
                    ("count", valued.into()),
                ],
            ),
        ),
        Some(v) if v.round() < 0.0 => (
            "negative",
            t.msg(
                "value-below-baseline",
                &[
                    ("total", t.fmt.money(v.abs(), cur).into()),
                    ("date", p.end_long.clone().into()),
                ],
            ),
        ),
        Some(_) => (
            "zero",
            t.msg("value-no-change", &[("date", p.end_long.clone().into())]),
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
        (Some(v), _) => t.fmt.money(v, cur),
        (None, false) => t.msg("value-headline", &[("state", "own-measures".into())]),
        (None, true) => t.msg("value-headline", &[("state", "not-measured".into())]),
    };
    ValueSection {
        headline,
        total: m.value_total.map(|v| t.fmt.money(v, cur)),
        total_value: m.value_total,
        sign,
        sentence,
        basis: t.msg("value-basis", &[("date", p.end_long.clone().into())]),
        items,
        highlights: ranked
            .iter()
            .take(3)
            .map(|g| goal_sentence(t, g, cur))
            .collect(),
    }
}

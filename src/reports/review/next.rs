//! Next: the goals proposed for the next period: carried over, due, or achieved and ready for
//! a new target.

use chrono::NaiveDate;

use crate::locale::Texts;
use crate::locale::common::{self, quantity, role_order};
use crate::metrics::{AccountMetrics, GoalResult, GoalStatus};
use crate::period::Period;

use super::doc::{NextGoal, NextGroup, NextSection, PeriodInfo};
use super::goals::metric_name;

pub(super) fn section(
    t: &Texts,
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
    let date = |d: Option<NaiveDate>| d.map(|d| t.fmt.date(d)).unwrap_or_default();
    for g in sorted {
        let fmt = |v: f64| quantity(t, v, &g.unit, cur);
        let now = g.actual.map(|a| {
            t.msg(
                "next-now",
                &[
                    ("actual", fmt(a).into()),
                    ("measured", common::yes(g.progress.is_some())),
                    (
                        "progress",
                        g.progress
                            .map(|p| t.fmt.fraction(p))
                            .unwrap_or_default()
                            .into(),
                    ),
                ],
            )
        });
        let action = |kind: &str| {
            t.msg(
                "next-action",
                &[
                    ("action", kind.to_string().into()),
                    ("metric", metric_name(g).into()),
                    (
                        "role",
                        common::role_in_sentence(t, &g.stakeholder_role).into(),
                    ),
                    ("target", fmt(g.target).into()),
                    ("next_end", t.fmt.date(next_end).into()),
                    ("dated", common::yes(g.target_date.is_some())),
                    ("due", date(g.target_date).into()),
                    ("at_risk", common::yes(g.status == GoalStatus::AtRisk)),
                ],
            )
        };
        let mk = |kind: &str, due_s: Option<String>| NextGoal {
            title: g.title.clone(),
            stakeholder: common::role(t, &g.stakeholder_role),
            target: fmt(g.target),
            due: due_s,
            now: now.clone(),
            status: g.status,
            status_label: common::goal_status(t, g.status),
            action: action(kind),
        };
        let in_next = g
            .target_date
            .is_some_and(|d| d > period.end && d <= next_end);
        match g.status {
            GoalStatus::Achieved => renew.push(mk("renew", None)),
            GoalStatus::Missed => carried.push(mk("carry-missed", Some(t.fmt.date(next_end)))),
            GoalStatus::NoData if g.actual.is_none() => {
                carried.push(mk("carry-measure", g.target_date.map(|d| t.fmt.date(d))))
            }
            GoalStatus::NoData => {
                carried.push(mk("carry-retarget", g.target_date.map(|d| t.fmt.date(d))))
            }
            _ if in_next => due.push(mk("due", g.target_date.map(|d| t.fmt.date(d)))),
            GoalStatus::AtRisk if g.target_date.is_none() => carried.push(mk("carry-date", None)),
            _ => continuing += 1,
        }
    }
    let total = carried.len() + due.len() + renew.len();
    let sentence = if m.goals.is_empty() {
        t.msg("next-no-goals", &[("period", p.next.clone().into())])
    } else {
        let mut parts = Vec::new();
        for (kind, n) in [
            ("carried", carried.len()),
            ("due", due.len()),
            ("renew", renew.len()),
        ] {
            if n > 0 {
                parts.push(t.msg(
                    "next-summary-part",
                    &[("kind", kind.into()), ("count", n.into())],
                ));
            }
        }
        let main = t.msg(
            "next-summary",
            &[
                ("period", p.next.clone().into()),
                ("changes", common::yes(!parts.is_empty())),
                ("parts", t.fmt.and_list(&parts).into()),
            ],
        );
        let cont = if continuing > 0 {
            t.msg("next-continuing", &[("count", continuing.into())])
        } else {
            String::new()
        };
        common::sentences(t, &[main, cont])
    };
    let counts = (carried.len(), due.len(), renew.len());
    let groups = [("carried", carried), ("due", due), ("renew", renew)]
        .into_iter()
        .filter(|(_, g)| !g.is_empty())
        .map(|(key, goals)| NextGroup {
            key,
            title: t.msg("next-group", &[("group", key.into())]),
            goals,
        })
        .collect::<Vec<_>>();
    let summary = groups
        .iter()
        .flat_map(|g| g.goals.iter())
        .take(3)
        .map(|g| {
            // What page 1 lists: "Automate first-line triage: carry over: …".
            t.msg(
                "next-proposal",
                &[
                    ("title", g.title.trim().to_string().into()),
                    ("action", g.action.clone().into()),
                ],
            )
        })
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
            let why = if m.goals.is_empty() {
                "no-goals"
            } else {
                "all-continue"
            };
            t.msg("next-empty", &[("why", why.into())])
        }),
    }
}

//! Deliver: the success plan, milestone by milestone, with owners on both sides.

use crate::locale::Texts;
use crate::locale::common::{self, humanize};
use crate::metrics::AccountMetrics;
use crate::period::Period;

use super::doc::{MilestoneItem, PlanSection};

/// Milestones shown on the timeline at most.
const MAX_MILESTONES: usize = 10;
/// Milestones shown at least (earlier done ones fill up a short timeline).
const MIN_MILESTONES: usize = 4;

fn stage_key(stage: &str) -> &'static str {
    match stage {
        "discovery" => "discovery",
        "benchmark_goals" => "benchmark_goals",
        "plan" => "plan",
        "collaboration" => "collaboration",
        "success_dashboard" => "success_dashboard",
        _ => "other",
    }
}

pub(super) fn section(t: &Texts, m: &AccountMetrics, period: &Period, vendor: &str) -> PlanSection {
    let all: Vec<MilestoneItem> = m
        .milestones
        .iter()
        .map(|r| {
            let state: &'static str = match r.state {
                "done" => "done",
                "done_late" => "done_late",
                "late" => "late",
                _ => "upcoming",
            };
            let side_label = match r.owner_side.as_str() {
                "vendor" => vendor.to_string(),
                "customer" => t.msg("plan-customer", &[]),
                other => humanize(other),
            };
            let owner = match r.owner_name.trim() {
                "" => side_label.clone(),
                name => format!("{side_label} · {name}"),
            };
            let date = |d: Option<chrono::NaiveDate>| d.map(|d| t.fmt.date(d)).unwrap_or_default();
            let when = match (state, r.completed_on, r.due_on) {
                ("done" | "done_late", Some(c), Some(d)) if c > d => "done-after-due",
                ("done" | "done_late", Some(_), _) => "done",
                ("late", _, Some(_)) => "late",
                (_, _, Some(_)) => "due",
                _ => "undated",
            };
            MilestoneItem {
                title: r.title.clone(),
                stage: r.stage.clone(),
                stage_label: t.msg(
                    "plan-stage",
                    &[
                        ("stage", stage_key(&r.stage).into()),
                        ("name", humanize(&r.stage).into()),
                    ],
                ),
                owner_side: r.owner_side.clone(),
                owner_side_label: side_label,
                owner_name: r.owner_name.clone(),
                owner,
                due: r.due_on.map(|d| t.fmt.date(d)),
                completed: r.completed_on.map(|d| t.fmt.date(d)),
                state,
                state_label: t.msg("plan-state", &[("state", state.into())]),
                when: t.msg(
                    "plan-when",
                    &[
                        ("when", when.into()),
                        ("done", date(r.completed_on).into()),
                        ("due", date(r.due_on).into()),
                    ],
                ),
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
        t.msg("plan-none", &[])
    } else {
        let end = t.fmt.date(period.end);
        let due_by = m
            .milestones
            .iter()
            .filter(|r| r.due_on.is_some_and(|d| d <= period.end))
            .count();
        let mut parts = vec![match m.plan_progress {
            Some(pp) => t.msg(
                "plan-progress",
                &[
                    (
                        "done",
                        m.milestones
                            .iter()
                            .filter(|r| {
                                r.due_on.is_some_and(|d| d <= period.end)
                                    && r.completed_on.is_some()
                            })
                            .count()
                            .into(),
                    ),
                    ("due", due_by.into()),
                    ("date", end.clone().into()),
                    ("progress", t.fmt.fraction(pp).into()),
                ],
            ),
            None => t.msg("plan-nothing-due", &[("date", end.into())]),
        }];
        let lates: Vec<&MilestoneItem> = all.iter().filter(|i| i.state == "late").collect();
        match lates.as_slice() {
            [] => {}
            [one] => parts.push(t.msg(
                "plan-one-late",
                &[
                    ("title", one.title.clone().into()),
                    ("owner", one.owner.clone().into()),
                ],
            )),
            many => parts.push(t.msg("plan-many-late", &[("count", many.len().into())])),
        }
        if upcoming > 0 {
            parts.push(t.msg("plan-upcoming", &[("count", upcoming.into())]));
        }
        common::sentences(t, &parts)
    };
    PlanSection {
        progress: m.plan_progress.map(|p| t.fmt.fraction(p)),
        done,
        late,
        upcoming,
        sentence,
        items,
        hidden,
        hidden_label: (hidden > 0).then(|| t.msg("plan-hidden", &[("count", hidden.into())])),
        empty: all.is_empty().then(|| t.msg("plan-empty", &[])),
    }
}

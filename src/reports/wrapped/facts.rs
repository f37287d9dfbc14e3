//! One account's year in facts: what Wrapped's cards can say.
//!
//! Every field is `None` (or empty) when the data does not say it: no data is never a 0.
//! Which facts become cards, and in what words, is decided elsewhere; this module only
//! decides what is true. Each figure is computed from the account's rows for the calendar
//! year and tested on hand-checked cases below.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use crate::metrics::{self, GoalStatus};
use crate::model::AccountData;

/// The biggest improvement in one of the customer's own measures.
#[derive(Debug, Clone, PartialEq)]
pub struct Improvement {
    pub goal_id: String,
    pub title: String,
    pub metric: String,
    pub unit: String,
    pub baseline: f64,
    pub actual: f64,
    /// Relative change from the baseline, in percent, in the goal's good direction (positive
    /// is better); `None` from a zero baseline.
    pub better_pct: Option<f64>,
}

/// What one account's `year` says.
#[derive(Debug, Clone, PartialEq)]
pub struct YearFacts {
    pub year: i32,
    /// The contract start, when it falls inside the year: a partial year ("since you joined in
    /// May").
    pub joined: Option<NaiveDate>,
    /// Money value of the goals' improvement at the year's end (only when positive).
    pub value: Option<f64>,
    /// Goals that first reached their target during the year.
    pub goals_achieved: usize,
    /// Goals with a measurement by the year's end.
    pub goals_measured: usize,
    pub best_improvement: Option<Improvement>,
    /// Active users in the year's last month with usage.
    pub active_users: Option<i64>,
    /// That month.
    pub active_month: Option<NaiveDate>,
    /// Growth of active users against the same month a year earlier, in percent; `None`
    /// when that month had no usage.
    pub active_users_growth: Option<f64>,
    /// The feature with the most active users in any month of the year, and that number.
    pub top_feature: Option<(String, i64)>,
    /// Features used this year and not in the year before (only when the year before had usage
    /// at all, or every feature would be "new").
    pub new_features: Vec<String>,
    /// The month with the most usage events, and their number.
    pub busiest_month: Option<(NaiveDate, i64)>,
    /// Success-plan milestones completed in the year.
    pub milestones_done: usize,
    /// Support tickets closed in the year.
    pub tickets_resolved: usize,
    /// High and critical tickets closed in the year without an escalation.
    pub escalations_avoided: usize,
    /// Next year's first goal not yet achieved (by due date): the closing card.
    pub next_goal: Option<(String, Option<NaiveDate>)>,
    /// What the cards' pictures draw, month by month and goal by goal.
    pub shapes: Shapes,
}

/// The series behind Wrapped's pictures: the same rows as the facts above, kept whole.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shapes {
    /// Active users in each month of the year, January first (`None`: no usage that month).
    pub monthly_users: Vec<Option<i64>>,
    /// Usage events in each month of the year (`None`: no usage that month).
    pub monthly_events: Vec<Option<i64>>,
    /// Progress (0–1, capped) of each goal measured by the year's end, by goal id.
    pub goal_progress: Vec<f64>,
    /// The money value of each goal with a positive one, by goal id: the parts of `value`.
    pub goal_values: Vec<f64>,
    /// Milestones of the success plan due or completed in the year (`milestones_done` of
    /// them done).
    pub milestones_in_year: usize,
    /// Tickets closed in the year that had been escalated.
    pub escalated: usize,
}

fn in_year(d: NaiveDate, year: i32) -> bool {
    d.year() == year
}

/// Active users from `monthly` (a month's users: the most active feature of each product,
/// summed over products; months of `year` and the year before): the year's last month with
/// usage, its users, and their growth in percent against the same month a year earlier (`None`
/// when that month had no users). The peer population's pass computes the same from SQL.
pub fn active_users(
    monthly: &BTreeMap<NaiveDate, i64>,
    year: i32,
) -> (Option<NaiveDate>, Option<i64>, Option<f64>) {
    let active_month = monthly.keys().rev().find(|m| m.year() == year).copied();
    let users = active_month.and_then(|m| monthly.get(&m).copied());
    let growth = active_month.and_then(|m| {
        let before = m.with_year(year - 1)?;
        let then = monthly.get(&before).copied().filter(|n| *n > 0)?;
        Some(100.0 * (users? - then) as f64 / then as f64)
    });
    (active_month, users, growth)
}

/// The facts of `data`'s calendar `year`. Pure: the same rows give the same facts.
pub fn year_facts(data: &AccountData, year: i32) -> YearFacts {
    let year_end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX);
    let joined = data.account.contract_start.filter(|d| in_year(*d, year));

    let results: Vec<metrics::GoalResult> = data
        .goals
        .iter()
        .map(|g| metrics::evaluate_goal(g, year_end, data.account.contract_start))
        .collect();
    let value: f64 = results.iter().filter_map(|r| r.value).sum();
    let valued = results.iter().any(|r| r.value.is_some());
    let goals_achieved = results
        .iter()
        .filter(|r| r.reached_on.is_some_and(|d| in_year(d, year)))
        .count();
    let goals_measured = results.iter().filter(|r| r.actual.is_some()).count();
    let best_improvement = results
        .iter()
        .filter_map(|r| {
            let actual = r.actual?;
            let gain = metrics::improvement(r.direction, r.baseline, actual);
            (gain > 0.0).then(|| Improvement {
                goal_id: r.goal_id.clone(),
                title: r.title.clone(),
                metric: r.metric.clone(),
                unit: r.unit.clone(),
                baseline: r.baseline,
                actual,
                better_pct: (r.baseline != 0.0).then(|| 100.0 * gain / r.baseline.abs()),
            })
        })
        // The largest relative gain; from a zero baseline, after every relative one.
        .max_by(|a, b| {
            a.better_pct
                .unwrap_or(f64::MIN)
                .total_cmp(&b.better_pct.unwrap_or(f64::MIN))
                .then(b.goal_id.cmp(&a.goal_id))
        });

    // Usage by month: active users per product (the most active feature), summed; events.
    let mut active: BTreeMap<NaiveDate, BTreeMap<&str, i64>> = BTreeMap::new();
    let mut events: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    let mut feature_peak: BTreeMap<&str, i64> = BTreeMap::new();
    let mut used_before: BTreeSet<&str> = BTreeSet::new();
    let mut used_now: BTreeSet<&str> = BTreeSet::new();
    for u in &data.usage {
        let y = u.month.year();
        if y == year {
            let p = active
                .entry(u.month)
                .or_default()
                .entry(&u.product)
                .or_default();
            *p = (*p).max(u.active_users.max(0));
            *events.entry(u.month).or_default() += u.events.max(0);
            let f = feature_peak.entry(&u.feature).or_default();
            *f = (*f).max(u.active_users.max(0));
            if u.active_users > 0 {
                used_now.insert(&u.feature);
            }
        } else if y == year - 1 {
            if u.active_users > 0 {
                used_before.insert(&u.feature);
            }
            let p = active
                .entry(u.month)
                .or_default()
                .entry(&u.product)
                .or_default();
            *p = (*p).max(u.active_users.max(0));
        }
    }
    let monthly: BTreeMap<NaiveDate, i64> = active
        .iter()
        .map(|(m, products)| (*m, products.values().sum()))
        .collect();
    let (active_month, active_users, active_users_growth) = active_users(&monthly, year);
    let top_feature = feature_peak
        .iter()
        .filter(|(_, n)| **n > 0)
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(f, n)| (f.to_string(), *n));
    let new_features = if used_before.is_empty() {
        Vec::new()
    } else {
        used_now
            .difference(&used_before)
            .map(|f| f.to_string())
            .collect()
    };
    let busiest_month = events
        .iter()
        .filter(|(_, n)| **n > 0)
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(m, n)| (*m, *n));

    let milestones_done = data
        .milestones
        .iter()
        .filter(|m| m.completed_on.is_some_and(|d| in_year(d, year)))
        .count();
    let closed: Vec<&crate::model::Ticket> = data
        .tickets
        .iter()
        .filter(|t| t.closed_at.is_some_and(|d| in_year(d, year)))
        .collect();
    let escalations_avoided = closed
        .iter()
        .filter(|t| matches!(t.severity.as_str(), "high" | "critical") && !t.escalated)
        .count();
    let next_goal = results
        .iter()
        .filter(|r| r.status != GoalStatus::Achieved)
        .filter(|r| r.target_date.is_none_or(|d| d.year() > year))
        .min_by(|a, b| {
            a.target_date
                .unwrap_or(NaiveDate::MAX)
                .cmp(&b.target_date.unwrap_or(NaiveDate::MAX))
                .then(a.goal_id.cmp(&b.goal_id))
        })
        .map(|r| (r.title.clone(), r.target_date));

    let months = |m: &BTreeMap<NaiveDate, i64>| -> Vec<Option<i64>> {
        (1..=12)
            .map(|k| NaiveDate::from_ymd_opt(year, k, 1).and_then(|d| m.get(&d).copied()))
            .collect()
    };
    let this_year: BTreeMap<NaiveDate, i64> = monthly
        .iter()
        .filter(|(m, _)| m.year() == year)
        .map(|(m, n)| (*m, *n))
        .collect();
    let shapes = Shapes {
        monthly_users: months(&this_year),
        monthly_events: months(&events),
        goal_progress: results
            .iter()
            .filter_map(|r| r.progress)
            .map(|p| p.clamp(0.0, 1.0))
            .collect(),
        goal_values: results
            .iter()
            .filter_map(|r| r.value)
            .filter(|v| *v > 0.0)
            .collect(),
        milestones_in_year: data
            .milestones
            .iter()
            .filter(|m| {
                m.completed_on.is_some_and(|d| in_year(d, year))
                    || (m.completed_on.is_none() && m.due_on.is_some_and(|d| in_year(d, year)))
            })
            .count(),
        escalated: closed.iter().filter(|t| t.escalated).count(),
    };

    YearFacts {
        year,
        joined,
        value: (valued && value.round() > 0.0).then_some(value),
        goals_achieved,
        goals_measured,
        best_improvement,
        active_users,
        active_month,
        active_users_growth,
        top_feature,
        new_features,
        busiest_month,
        milestones_done,
        tickets_resolved: closed.len(),
        escalations_avoided,
        next_goal,
        shapes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn account() -> AccountData {
        AccountData::empty(Account {
            account_id: "A1".into(),
            name: "Acme".into(),
            segment: "SMB".into(),
            industry: "Retail".into(),
            region: "EMEA".into(),
            touch_model: "digital".into(),
            csm_name: String::new(),
            csm_email: String::new(),
            contract_start: Some(d("2024-03-01")),
            renewal_date: None,
            currency: "EUR".into(),
        })
    }

    fn usage(month: &str, feature: &str, users: i64, events: i64) -> FeatureUsage {
        FeatureUsage {
            month: d(month),
            feature: feature.into(),
            product: "Core".into(),
            active_users: users,
            events,
        }
    }

    #[test]
    fn an_account_with_no_rows_says_nothing() {
        let f = year_facts(&account(), 2026);
        assert_eq!(f.value, None);
        assert_eq!(f.active_users, None);
        assert_eq!(f.active_users_growth, None);
        assert_eq!(f.top_feature, None);
        assert_eq!(f.busiest_month, None);
        assert_eq!(f.best_improvement, None);
        assert_eq!(f.next_goal, None);
        assert_eq!(
            (f.goals_achieved, f.milestones_done, f.tickets_resolved),
            (0, 0, 0)
        );
        assert!(f.new_features.is_empty());
        assert_eq!(f.joined, None);
        // No picture has anything to draw: every month a gap, not a zero.
        assert_eq!(f.shapes.monthly_users, vec![None; 12]);
        assert_eq!(f.shapes.monthly_events, vec![None; 12]);
        assert!(f.shapes.goal_progress.is_empty() && f.shapes.goal_values.is_empty());
        assert_eq!((f.shapes.milestones_in_year, f.shapes.escalated), (0, 0));
    }

    #[test]
    fn usage_growth_top_feature_new_features_and_busiest_month() {
        let mut a = account();
        a.usage = vec![
            usage("2025-12-01", "Reports", 40, 100),
            usage("2025-12-01", "Alerts", 10, 10),
            usage("2026-06-01", "Reports", 55, 900),
            usage("2026-06-01", "Automations", 20, 50),
            usage("2026-12-01", "Reports", 50, 300),
            usage("2026-12-01", "Automations", 60, 400),
        ];
        let f = year_facts(&a, 2026);
        // One product: its active users are its most active feature's (60 in December).
        assert_eq!(f.active_users, Some(60));
        assert_eq!(f.active_month, Some(d("2026-12-01")));
        // 40 in December 2025 → 60: +50%.
        assert_eq!(f.active_users_growth, Some(50.0));
        assert_eq!(f.top_feature, Some(("Automations".into(), 60)));
        assert_eq!(f.new_features, vec!["Automations".to_string()]);
        // June: 950 events; December: 700.
        assert_eq!(f.busiest_month, Some((d("2026-06-01"), 950)));
        // The pictures: only June and December of 2026 (December 2025 is last year's).
        let mut users = vec![None; 12];
        users[5] = Some(55);
        users[11] = Some(60);
        assert_eq!(f.shapes.monthly_users, users);
        let mut events = vec![None; 12];
        events[5] = Some(950);
        events[11] = Some(700);
        assert_eq!(f.shapes.monthly_events, events);
    }

    #[test]
    fn no_growth_without_the_same_month_last_year_and_no_new_features_without_a_last_year() {
        let mut a = account();
        a.usage = vec![usage("2026-11-01", "Reports", 5, 5)];
        let f = year_facts(&a, 2026);
        assert_eq!(f.active_users, Some(5));
        assert_eq!(f.active_users_growth, None);
        assert!(f.new_features.is_empty());
    }

    #[test]
    fn goals_value_improvement_and_the_next_goal() {
        let mut a = account();
        a.goals = vec![
            Goal {
                goal_id: "g1".into(),
                stakeholder_role: "executive_sponsor".into(),
                title: "Faster close".into(),
                metric: "Close days".into(),
                unit: "days".into(),
                direction: Direction::Lower,
                baseline: 10.0,
                target: 6.0,
                target_date: Some(d("2026-12-31")),
                value_per_unit: Some(1000.0),
                measurements: vec![Measurement {
                    measured_on: d("2026-05-01"),
                    value: 5.0,
                }],
            },
            Goal {
                goal_id: "g2".into(),
                stakeholder_role: "champion".into(),
                title: "More automation".into(),
                metric: "Automated share".into(),
                unit: "%".into(),
                direction: Direction::Higher,
                baseline: 20.0,
                target: 60.0,
                target_date: Some(d("2027-06-30")),
                value_per_unit: None,
                measurements: vec![Measurement {
                    measured_on: d("2026-11-01"),
                    value: 30.0,
                }],
            },
        ];
        let f = year_facts(&a, 2026);
        // g1: 10 → 5 days, 5 × 1,000 = 5,000.
        assert_eq!(f.value, Some(5000.0));
        assert_eq!(f.goals_achieved, 1);
        assert_eq!(f.goals_measured, 2);
        // g1 is 50% better, g2 (20 → 30) 50% better too: the tie goes to the first goal id.
        let best = f.best_improvement.unwrap();
        assert_eq!(best.goal_id, "g1");
        assert_eq!(best.better_pct, Some(50.0));
        assert_eq!(
            f.next_goal,
            Some(("More automation".into(), Some(d("2027-06-30"))))
        );
        // g1 past its target (capped at 1), g2 a quarter of the way (20 → 30 of 60); only g1
        // has a value.
        assert_eq!(f.shapes.goal_progress, vec![1.0, 0.25]);
        assert_eq!(f.shapes.goal_values, vec![5000.0]);
    }

    #[test]
    fn a_worse_measure_is_no_improvement_and_a_loss_is_no_value() {
        let mut a = account();
        a.goals = vec![Goal {
            goal_id: "g1".into(),
            stakeholder_role: "champion".into(),
            title: "Faster".into(),
            metric: "Hours".into(),
            unit: "h".into(),
            direction: Direction::Lower,
            baseline: 10.0,
            target: 5.0,
            target_date: None,
            value_per_unit: Some(100.0),
            measurements: vec![Measurement {
                measured_on: d("2026-02-01"),
                value: 12.0,
            }],
        }];
        let f = year_facts(&a, 2026);
        assert_eq!(f.best_improvement, None);
        assert_eq!(f.value, None);
    }

    #[test]
    fn milestones_tickets_and_a_partial_year() {
        let mut a = account();
        a.account.contract_start = Some(d("2026-05-12"));
        a.milestones = vec![Milestone {
            milestone_id: "m1".into(),
            title: "Kick-off".into(),
            stage: "discovery".into(),
            owner_side: "vendor".into(),
            owner_name: String::new(),
            due_on: Some(d("2026-06-01")),
            completed_on: Some(d("2026-05-30")),
        }];
        let t = |id: &str, sev: &str, esc: bool, closed: Option<&str>| Ticket {
            ticket_id: id.into(),
            opened_at: d("2026-03-01"),
            closed_at: closed.map(d),
            severity: sev.into(),
            escalated: esc,
            csat: None,
        };
        a.tickets = vec![
            t("t1", "high", false, Some("2026-03-02")),
            t("t2", "critical", true, Some("2026-03-05")),
            t("t3", "low", false, Some("2026-04-01")),
            t("t4", "high", false, None),
            t("t5", "critical", false, Some("2025-12-30")),
        ];
        let f = year_facts(&a, 2026);
        assert_eq!(f.joined, Some(d("2026-05-12")));
        assert_eq!(f.milestones_done, 1);
        assert_eq!(f.tickets_resolved, 3);
        assert_eq!(f.escalations_avoided, 1);
        // The path of dots: the one done this year; of the closed tickets, t2 was escalated.
        assert_eq!(f.shapes.milestones_in_year, 1);
        assert_eq!(f.shapes.escalated, 1);
        // An open milestone due this year is a dot still to reach; one due next year is not.
        let first = a.milestones[0].clone();
        let open = |id: &str, due: &str| Milestone {
            milestone_id: id.into(),
            due_on: Some(d(due)),
            completed_on: None,
            ..first.clone()
        };
        a.milestones.push(open("m2", "2026-11-30"));
        a.milestones.push(open("m3", "2027-01-15"));
        let f = year_facts(&a, 2026);
        assert_eq!((f.milestones_done, f.shapes.milestones_in_year), (1, 2));
    }
}

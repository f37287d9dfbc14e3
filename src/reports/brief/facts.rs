//! What is true of one account on the brief's date: figures from [`crate::metrics`] (health,
//! NPS, seats and shelfware are computed there and only there), and the rows of the model
//! that changed in the window or are still open. No words here; [`super::doc`] says it.

use chrono::{Months, NaiveDate};

use super::BriefDates;
use crate::config::HealthWeights;
use crate::metrics::{self, AccountMetrics, GoalResult, GoalStatus, MilestoneRow, Nps};
use crate::model::AccountData;
use crate::period::{Period, month_of};

/// The component of health that moved most in a quarter.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    /// adoption, goals, success_plan, support or sentiment.
    pub key: &'static str,
    pub from: f64,
    pub to: f64,
}

/// An NPS response in the window.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// The contact's name, when the response names a contact the account has.
    pub who: Option<String>,
    pub score: i64,
    pub on: NaiveDate,
    pub comment: Option<String>,
}

/// A goal measured in the window.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub title: String,
    pub unit: String,
    pub value: f64,
    pub on: NaiveDate,
}

/// A month whose ARR differs from the month before, in the window.
#[derive(Debug, Clone, PartialEq)]
pub struct ArrChange {
    pub month: NaiveDate,
    pub from: f64,
    pub to: f64,
}

/// A ticket open on the brief's date.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenTicket {
    pub id: String,
    pub severity: String,
    pub days_open: i64,
    pub escalated: bool,
}

/// One contact, with the last NPS score they gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub name: String,
    pub role: String,
    pub locale: String,
    pub email: String,
    pub last_score: Option<i64>,
    pub unsubscribed: bool,
}

/// What changed from `since` to the brief's date, both inclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Changes {
    pub tickets_opened: usize,
    /// Of the tickets opened in the window, those escalated.
    pub tickets_escalated: usize,
    pub nps: Nps,
    pub responses: Vec<Response>,
    pub measured: Vec<Measured>,
    pub milestones_done: Vec<MilestoneRow>,
    /// Milestones whose due date passed in the window, not done by the brief's date.
    pub milestones_late: Vec<MilestoneRow>,
    pub arr: Vec<ArrChange>,
    /// Seats purchased at the start and at the end of the window, when they differ.
    pub seats: Option<(i64, i64)>,
}

/// What is open on the brief's date.
#[derive(Debug, Clone, PartialEq)]
pub struct Open {
    /// Most severe first, then the oldest.
    pub tickets: Vec<OpenTicket>,
    pub late_milestones: Vec<MilestoneRow>,
    /// At risk or missed.
    pub goals_off_track: Vec<GoalResult>,
}

/// Everything the brief says about one account.
#[derive(Debug, Clone, PartialEq)]
pub struct BriefFacts {
    pub dates: BriefDates,
    /// The quarter ending on the brief's date; health now is its, health a quarter ago the
    /// quarter's before.
    pub quarter: Period,
    pub metrics: AccountMetrics,
    /// ARR of the latest month with a figure, up to the brief's month.
    pub arr: Option<f64>,
    /// Days from the brief's date to the renewal date (negative once it passed).
    pub days_to_renewal: Option<i64>,
    pub moved_most: Option<Move>,
    pub changes: Changes,
    pub open: Open,
    /// By role (sponsor, champion, admins, end users, others), then name.
    pub people: Vec<Person>,
}

/// Severities from the most severe; others after them, in name order.
pub fn severity_rank(s: &str) -> usize {
    match s.trim().to_ascii_lowercase().as_str() {
        "critical" => 0,
        "high" => 1,
        "normal" | "medium" => 2,
        "low" => 3,
        _ => 4,
    }
}

/// The quarter (three months, or its days) ending on `as_of`.
pub fn quarter_ending(as_of: NaiveDate) -> Period {
    let start = as_of
        .succ_opt()
        .and_then(|d| d.checked_sub_months(Months::new(3)))
        .unwrap_or(as_of);
    Period {
        label: format!("{start}..{as_of}"),
        start,
        end: as_of,
    }
}

/// The facts of `data` on `dates.as_of`.
pub fn facts(data: &AccountData, dates: BriefDates, weights: &HealthWeights) -> BriefFacts {
    let BriefDates { as_of, since } = dates;
    let within = |d: NaiveDate| since <= d && d <= as_of;
    let quarter = quarter_ending(as_of);
    let m = metrics::account_metrics(data, &quarter, weights);

    let arr = data
        .arr
        .iter()
        .rfind(|a| a.month <= month_of(as_of))
        .map(|a| a.arr);
    let days_to_renewal = data.account.renewal_date.map(|r| (r - as_of).num_days());

    let mut moved_most: Option<Move> = None;
    for (now, before) in m
        .health
        .components
        .iter()
        .zip(&m.health_previous.components)
    {
        if let (Some(to), Some(from)) = (now.score, before.score) {
            let (to, from) = (to.clamp(0.0, 100.0), from.clamp(0.0, 100.0));
            let size = (to - from).abs();
            // Rounded as shown: a move that prints as "80 to 80" is no move.
            if to.round() != from.round()
                && moved_most
                    .as_ref()
                    .is_none_or(|best| size > (best.to - best.from).abs())
            {
                moved_most = Some(Move {
                    key: now.key,
                    from,
                    to,
                });
            }
        }
    }

    let name_of = |id: &Option<String>| {
        id.as_ref().and_then(|id| {
            data.contacts
                .iter()
                .find(|c| &c.contact_id == id)
                .map(|c| c.name.trim().to_string())
                .filter(|n| !n.is_empty())
        })
    };
    let in_window: Vec<_> = data.nps.iter().filter(|r| within(r.responded_at)).collect();
    let responses = in_window
        .iter()
        .map(|r| Response {
            who: name_of(&r.contact_id),
            score: r.score,
            on: r.responded_at,
            comment: r
                .comment
                .as_ref()
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty()),
        })
        .collect();
    let opened: Vec<_> = data
        .tickets
        .iter()
        .filter(|t| within(t.opened_at))
        .collect();
    let mut measured: Vec<Measured> = data
        .goals
        .iter()
        .flat_map(|g| {
            g.measurements
                .iter()
                .filter(|x| within(x.measured_on))
                .map(|x| Measured {
                    title: g.title.trim().to_string(),
                    unit: g.unit.clone(),
                    value: x.value,
                    on: x.measured_on,
                })
        })
        .collect();
    // The latest first: what the CSM most likely has not seen.
    measured.sort_by(|a, b| b.on.cmp(&a.on).then(a.title.cmp(&b.title)));
    let milestones_done = m
        .milestones
        .iter()
        .filter(|x| x.completed_on.is_some_and(within))
        .cloned()
        .collect();
    let milestones_late = m
        .milestones
        .iter()
        .filter(|x| x.state == "late" && x.due_on.is_some_and(within))
        .cloned()
        .collect();
    let mut arr_changes = Vec::new();
    for pair in data.arr.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if b.month >= month_of(since) && b.month <= month_of(as_of) && a.arr != b.arr {
            arr_changes.push(ArrChange {
                month: b.month,
                from: a.arr,
                to: b.arr,
            });
        }
    }
    let (seats_then, seats_now) = (
        metrics::seats_at(data, month_of(since)).purchased,
        m.seats.purchased,
    );
    let changes = Changes {
        tickets_opened: opened.len(),
        tickets_escalated: opened.iter().filter(|t| t.escalated).count(),
        nps: metrics::nps(in_window.iter().map(|r| r.score)),
        responses,
        measured,
        milestones_done,
        milestones_late,
        arr: arr_changes,
        seats: (seats_then != seats_now).then_some((seats_then, seats_now)),
    };

    let mut tickets: Vec<OpenTicket> = data
        .tickets
        .iter()
        .filter(|t| t.opened_at <= as_of && t.closed_at.is_none_or(|c| c > as_of))
        .map(|t| OpenTicket {
            id: t.ticket_id.clone(),
            severity: t.severity.trim().to_ascii_lowercase(),
            days_open: (as_of - t.opened_at).num_days(),
            escalated: t.escalated,
        })
        .collect();
    tickets.sort_by(|a, b| {
        (severity_rank(&a.severity), &a.severity, -a.days_open, &a.id).cmp(&(
            severity_rank(&b.severity),
            &b.severity,
            -b.days_open,
            &b.id,
        ))
    });
    let mut late_milestones: Vec<MilestoneRow> = m
        .milestones
        .iter()
        .filter(|x| x.state == "late")
        .cloned()
        .collect();
    late_milestones.sort_by_key(|x| x.due_on);
    let goals_off_track = m
        .goals
        .iter()
        .filter(|g| matches!(g.status, GoalStatus::AtRisk | GoalStatus::Missed))
        .cloned()
        .collect();

    let mut people: Vec<Person> = data
        .contacts
        .iter()
        .map(|c| Person {
            name: c.name.trim().to_string(),
            role: c.role.clone(),
            locale: c.locale.trim().to_string(),
            email: c.email.trim().to_string(),
            last_score: data
                .nps
                .iter()
                .filter(|r| r.responded_at <= as_of && r.contact_id.as_ref() == Some(&c.contact_id))
                .max_by_key(|r| (r.responded_at, r.response_id.clone()))
                .map(|r| r.score),
            unsubscribed: c.unsubscribed,
        })
        .collect();
    people.sort_by(|a, b| {
        (admin_last(&a.role), &a.name, &a.email).cmp(&(admin_last(&b.role), &b.name, &b.email))
    });

    BriefFacts {
        dates,
        quarter,
        metrics: m,
        arr,
        days_to_renewal,
        moved_most,
        changes,
        open: Open {
            tickets,
            late_milestones,
            goals_off_track,
        },
        people,
    }
}

/// Sponsor, champion, admins, end users, then roles recap does not know.
fn admin_last(role: &str) -> usize {
    match role.trim() {
        "executive_sponsor" => 0,
        "champion" => 1,
        "admin" => 2,
        "end_user" | "end_users" => 3,
        _ => 4,
    }
}

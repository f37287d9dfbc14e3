//! The one data model: what recap knows about an account, loaded once from the database.
//!
//! Every report is a pure function of these structs. They mirror the canonical tables
//! (see README "Data contract"); the loader in [`crate::source`] fills them, and nothing
//! else in recap talks to the database.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One row of `accounts`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub account_id: String,
    pub name: String,
    pub segment: String,
    pub industry: String,
    pub region: String,
    pub touch_model: String,
    pub csm_name: String,
    pub csm_email: String,
    pub contract_start: Option<NaiveDate>,
    pub renewal_date: Option<NaiveDate>,
    pub currency: String,
}

impl Account {
    /// The ISO code money is shown in: the account's currency in capitals, USD when it has
    /// none.
    pub fn currency_code(&self) -> String {
        match self.currency.trim() {
            "" => "USD".to_string(),
            c => c.to_ascii_uppercase(),
        }
    }
}

/// One row of `contacts`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub contact_id: String,
    pub name: String,
    pub email: String,
    /// executive_sponsor, champion, end_user or admin.
    pub role: String,
    pub locale: String,
    pub unsubscribed: bool,
}

/// Recurring revenue at the end of one month (`arr_monthly`); 0 after churn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArrMonth {
    /// First day of the month.
    pub month: NaiveDate,
    pub arr: f64,
}

/// One row of `licenses`: seats bought for a product over a term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct License {
    pub product: String,
    pub seats_purchased: i64,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

/// One row of `feature_usage_monthly`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureUsage {
    /// First day of the month.
    pub month: NaiveDate,
    pub feature: String,
    pub product: String,
    pub active_users: i64,
    pub events: i64,
}

/// Whether a goal's metric improves by going up or down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Higher,
    Lower,
}

/// One row of `goal_measurements`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    pub measured_on: NaiveDate,
    pub value: f64,
}

/// One row of `goals`, with its measurements (oldest first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub goal_id: String,
    /// executive_sponsor, champion or end_user.
    pub stakeholder_role: String,
    pub title: String,
    pub metric: String,
    pub unit: String,
    pub direction: Direction,
    pub baseline: f64,
    pub target: f64,
    pub target_date: Option<NaiveDate>,
    /// Money value of one unit of improvement, when the customer agreed one.
    pub value_per_unit: Option<f64>,
    pub measurements: Vec<Measurement>,
}

/// One row of `milestones`: a step of the success plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    pub milestone_id: String,
    pub title: String,
    /// discovery, benchmark_goals, plan, collaboration or success_dashboard.
    pub stage: String,
    /// customer or vendor.
    pub owner_side: String,
    pub owner_name: String,
    pub due_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
}

/// One row of `tickets`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ticket {
    pub ticket_id: String,
    pub opened_at: NaiveDate,
    pub closed_at: Option<NaiveDate>,
    /// low, normal, high or critical.
    pub severity: String,
    pub escalated: bool,
    /// 1–5 when the customer rated the ticket.
    pub csat: Option<i64>,
}

/// One row of `nps_responses`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NpsResponse {
    pub response_id: String,
    pub contact_id: Option<String>,
    pub responded_at: NaiveDate,
    pub score: i64,
    pub comment: Option<String>,
}

/// A row recap could not read for this account (a date it cannot parse, a null key):
/// the account's documents fail with this reason instead of printing a wrong number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataProblem {
    pub table: String,
    pub message: String,
}

/// Everything recap knows about one account. Child rows are sorted by their natural
/// order (month, date, id) so that the same data always gives the same model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountData {
    pub account: Account,
    pub contacts: Vec<Contact>,
    pub arr: Vec<ArrMonth>,
    pub licenses: Vec<License>,
    pub usage: Vec<FeatureUsage>,
    pub goals: Vec<Goal>,
    pub milestones: Vec<Milestone>,
    pub tickets: Vec<Ticket>,
    pub nps: Vec<NpsResponse>,
    pub problems: Vec<DataProblem>,
}

impl AccountData {
    /// An account with no rows in any other table.
    pub fn empty(account: Account) -> Self {
        AccountData {
            account,
            contacts: Vec::new(),
            arr: Vec::new(),
            licenses: Vec::new(),
            usage: Vec::new(),
            goals: Vec::new(),
            milestones: Vec::new(),
            tickets: Vec::new(),
            nps: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// Puts every child list in its canonical order.
    pub fn sort(&mut self) {
        self.contacts
            .sort_by(|a, b| a.contact_id.cmp(&b.contact_id));
        self.arr.sort_by_key(|m| m.month);
        self.licenses.sort_by(|a, b| {
            (&a.product, a.starts_on, a.ends_on).cmp(&(&b.product, b.starts_on, b.ends_on))
        });
        self.usage.sort_by(|a, b| {
            (a.month, &a.product, &a.feature).cmp(&(b.month, &b.product, &b.feature))
        });
        self.goals.sort_by(|a, b| a.goal_id.cmp(&b.goal_id));
        for g in &mut self.goals {
            g.measurements.sort_by_key(|m| m.measured_on);
        }
        self.milestones
            .sort_by(|a, b| (a.due_on, &a.milestone_id).cmp(&(b.due_on, &b.milestone_id)));
        self.tickets
            .sort_by(|a, b| (a.opened_at, &a.ticket_id).cmp(&(b.opened_at, &b.ticket_id)));
        self.nps.sort_by(|a, b| {
            (a.responded_at, &a.response_id).cmp(&(b.responded_at, &b.response_id))
        });
    }
}

/// One exchange rate (a row of the `fx_rates` table, or of `[reporting.rates]`): one unit of
/// `currency` is worth `rate` units of `reporting_currency` (`EUR`, `USD`, `1.08`). Here, with
/// the model, so that the figures that convert money know no database.
#[derive(Debug, Clone, PartialEq)]
pub struct FxRate {
    pub currency: String,
    pub reporting_currency: String,
    pub rate: f64,
}

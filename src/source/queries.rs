//! The SQL recap runs: one default query per canonical table, replaceable in `recap.toml`.
//!
//! A query (default or the user's) is used as a derived table, `SELECT * FROM (<query>) q`,
//! with recap's own filter around it. So a user's query only has to return the canonical
//! columns; recap adds the chunking and the selection.

use super::{Backend, KeyFilter};
use crate::config;
use crate::source::Param;

/// The canonical tables, in loading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    Accounts,
    Contacts,
    ArrMonthly,
    Licenses,
    FeatureUsageMonthly,
    Goals,
    GoalMeasurements,
    Milestones,
    Tickets,
    NpsResponses,
}

pub const TABLES: [Table; 10] = [
    Table::Accounts,
    Table::Contacts,
    Table::ArrMonthly,
    Table::Licenses,
    Table::FeatureUsageMonthly,
    Table::Goals,
    Table::GoalMeasurements,
    Table::Milestones,
    Table::Tickets,
    Table::NpsResponses,
];

impl Table {
    /// The table's name, which is also its key in `recap.toml` `[queries]`.
    pub fn name(self) -> &'static str {
        match self {
            Table::Accounts => "accounts",
            Table::Contacts => "contacts",
            Table::ArrMonthly => "arr_monthly",
            Table::Licenses => "licenses",
            Table::FeatureUsageMonthly => "feature_usage_monthly",
            Table::Goals => "goals",
            Table::GoalMeasurements => "goal_measurements",
            Table::Milestones => "milestones",
            Table::Tickets => "tickets",
            Table::NpsResponses => "nps_responses",
        }
    }

    /// The columns a query for this table must return.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Table::Accounts => &[
                "account_id",
                "name",
                "segment",
                "industry",
                "region",
                "touch_model",
                "csm_name",
                "csm_email",
                "contract_start",
                "renewal_date",
                "currency",
            ],
            Table::Contacts => &[
                "contact_id",
                "account_id",
                "name",
                "email",
                "role",
                "locale",
                "unsubscribed",
            ],
            Table::ArrMonthly => &["account_id", "month", "arr"],
            Table::Licenses => &[
                "account_id",
                "product",
                "seats_purchased",
                "starts_on",
                "ends_on",
            ],
            Table::FeatureUsageMonthly => &[
                "account_id",
                "month",
                "feature",
                "product",
                "active_users",
                "events",
            ],
            Table::Goals => &[
                "goal_id",
                "account_id",
                "stakeholder_role",
                "title",
                "metric",
                "unit",
                "direction",
                "baseline",
                "target",
                "target_date",
                "value_per_unit",
            ],
            // Measurements join goals so that they carry the account key like every other table.
            Table::GoalMeasurements => &["goal_id", "account_id", "measured_on", "value"],
            Table::Milestones => &[
                "milestone_id",
                "account_id",
                "title",
                "stage",
                "owner_side",
                "owner_name",
                "due_on",
                "completed_on",
            ],
            Table::Tickets => &[
                "ticket_id",
                "account_id",
                "opened_at",
                "closed_at",
                "severity",
                "escalated",
                "csat",
            ],
            Table::NpsResponses => &[
                "response_id",
                "account_id",
                "contact_id",
                "responded_at",
                "score",
                "comment",
            ],
        }
    }

    /// The columns of the canonical table itself (what `recap demo` writes). Only
    /// `goal_measurements` differs from [`Table::columns`]: its rows reach their account
    /// through their goal.
    pub fn stored_columns(self) -> &'static [&'static str] {
        match self {
            Table::GoalMeasurements => &["goal_id", "measured_on", "value"],
            t => t.columns(),
        }
    }

    /// The query recap runs when `recap.toml` does not replace it.
    pub fn default_sql(self) -> String {
        match self {
            Table::GoalMeasurements => "SELECT m.goal_id, g.account_id, m.measured_on, m.value \
                 FROM goal_measurements m JOIN goals g ON g.goal_id = m.goal_id"
                .to_string(),
            t => format!("SELECT {} FROM {}", t.columns().join(", "), t.name()),
        }
    }
}

/// The columns an `fx_rates` query must return: one unit of `currency` is worth `rate` units
/// of `reporting_currency`. Exchange rates are not a per-account table, so they are not in
/// [`TABLES`] (which the loader walks): they are read once, by [`super::Source::fx_rates`].
pub const FX_RATES_COLUMNS: [&str; 3] = ["currency", "reporting_currency", "rate"];

/// The `fx_rates` query recap runs when `recap.toml` does not replace it.
pub fn fx_rates_default_sql() -> String {
    format!("SELECT {} FROM fx_rates", FX_RATES_COLUMNS.join(", "))
}

/// The canonical columns that hold numbers (a REAL anywhere else is an error either way).
const NUMBERS: [&str; 10] = [
    "arr",
    "seats_purchased",
    "active_users",
    "events",
    "baseline",
    "target",
    "value_per_unit",
    "value",
    "csat",
    "score",
];

/// The SQL in force for each table, with the backend's placeholder style.
#[derive(Debug, Clone)]
pub struct Queries {
    backend: Backend,
    sql: Vec<(Table, String)>,
    /// The `fx_rates` query in force, and whether it is the user's.
    fx_rates: String,
    fx_rates_custom: bool,
}

impl Queries {
    pub fn new(backend: Backend, custom: &config::Queries) -> Queries {
        let c = custom;
        let sql = TABLES
            .iter()
            .map(|&t| {
                let user = match t {
                    Table::Accounts => &c.accounts,
                    Table::Contacts => &c.contacts,
                    Table::ArrMonthly => &c.arr_monthly,
                    Table::Licenses => &c.licenses,
                    Table::FeatureUsageMonthly => &c.feature_usage_monthly,
                    Table::Goals => &c.goals,
                    Table::GoalMeasurements => &c.goal_measurements,
                    Table::Milestones => &c.milestones,
                    Table::Tickets => &c.tickets,
                    Table::NpsResponses => &c.nps_responses,
                };
                let q = user
                    .as_deref()
                    .map(|s| s.trim().trim_end_matches(';').to_string())
                    .unwrap_or_else(|| t.default_sql());
                (t, q)
            })
            .collect();
        let fx_rates = c
            .fx_rates
            .as_deref()
            .map(|s| s.trim().trim_end_matches(';').to_string())
            .filter(|s| !s.is_empty());
        Queries {
            backend,
            sql,
            fx_rates_custom: fx_rates.is_some(),
            fx_rates: fx_rates.unwrap_or_else(fx_rates_default_sql),
        }
    }

    /// The SQL in force for `table`.
    pub fn get(&self, table: Table) -> &str {
        self.sql
            .iter()
            .find(|(t, _)| *t == table)
            .map(|(_, s)| s.as_str())
            .unwrap_or_default()
    }

    /// The `fx_rates` query in force.
    pub fn fx_rates(&self) -> &str {
        &self.fx_rates
    }

    /// Whether the `fx_rates` query is recap's own (`SELECT … FROM fx_rates`), not the user's.
    pub(crate) fn fx_rates_is_default(&self) -> bool {
        !self.fx_rates_custom
    }

    /// Every exchange rate, the query in force used as a derived table like the others.
    pub(crate) fn fx_rates_sql(&self) -> String {
        format!("SELECT * FROM ({}) q", self.fx_rates)
    }

    /// The accounts of one chunk.
    pub(crate) fn accounts_sql(&self, keys: &KeyFilter) -> (String, Vec<Param>) {
        let mut sql = format!(
            "SELECT * FROM ({}) q WHERE 1 = 1",
            self.get(Table::Accounts)
        );
        let mut params = Vec::new();
        let selection = match keys {
            KeyFilter::Page {
                after, selection, ..
            } => {
                if let Some(after) = after {
                    params.push(Param::Text(after.to_string()));
                    sql += &format!(" AND q.account_id > {}", self.ph(params.len()));
                }
                Some(*selection)
            }
            KeyFilter::Keys(keys, selection) => {
                sql += &format!(" AND q.account_id IN ({})", self.list(&mut params, keys));
                Some(*selection)
            }
        };
        if let Some(s) = selection {
            for (col, val) in [
                ("segment", &s.segment),
                ("csm_name", &s.csm),
                ("touch_model", &s.touch_model),
            ] {
                if let Some(v) = val {
                    params.push(Param::Text(v.clone()));
                    sql += &format!(" AND q.{col} = {}", self.ph(params.len()));
                }
            }
        }
        sql += " ORDER BY q.account_id";
        if let KeyFilter::Page { limit, .. } = keys {
            sql += &format!(" LIMIT {limit}");
        }
        (sql, params)
    }

    /// The rows of a child table for exactly these account keys, within `window`.
    pub(crate) fn children_sql(
        &self,
        table: Table,
        ids: &[String],
        window: &super::Window,
    ) -> (String, Vec<Param>) {
        let mut params = Vec::new();
        let list = self.list(&mut params, ids);
        let mut since = |column: &str, day: Option<chrono::NaiveDate>| match day {
            Some(d) => {
                params.push(Param::Text(d.format("%Y-%m-%d").to_string()));
                format!(" AND q.{column} >= {}", self.ph(params.len()))
            }
            None => String::new(),
        };
        let sql = match table {
            Table::FeatureUsageMonthly if window.usage_peaks_since.is_some() => {
                let from = since("month", window.usage_peaks_since);
                format!(
                    "SELECT q.account_id, q.month, '' AS feature, q.product, \
                     MAX(q.active_users) AS active_users, 0 AS events \
                     FROM ({}) q WHERE q.account_id IN ({list}){from} \
                     GROUP BY q.account_id, q.month, q.product",
                    self.get(table)
                )
            }
            Table::Tickets | Table::NpsResponses => {
                let (column, day) = if table == Table::Tickets {
                    ("opened_at", window.tickets_since)
                } else {
                    ("responded_at", window.nps_since)
                };
                let from = since(column, day);
                format!(
                    "SELECT * FROM ({}) q WHERE q.account_id IN ({list}){from}",
                    self.get(table)
                )
            }
            _ => format!(
                "SELECT * FROM ({}) q WHERE q.account_id IN ({list})",
                self.get(table)
            ),
        };
        (sql, params)
    }

    /// `plain` (a [`Queries::children_sql`] query) with its rows packed one account to a row:
    /// `account_id`, and `packed`, a JSON array of the rows, each an array of the values of
    /// [`Table::columns`] in that order. A few hundred rows through the driver instead of tens
    /// of thousands: the driver's cost is per row, the database's JSON functions are cheap.
    pub(crate) fn packed(&self, table: Table, plain: &str) -> String {
        let values = |f: &dyn Fn(&str) -> String| {
            table
                .columns()
                .iter()
                .map(|c| f(c))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let rows = match self.backend {
            // SQLite's JSON writes a REAL with 15 significant digits; printf's 17 give the same
            // double back, as the other backends' JSON does.
            Backend::Sqlite => format!(
                "json_group_array(json_array({}))",
                values(&|c| if NUMBERS.contains(&c) {
                    format!(
                        "CASE typeof(p.{c}) WHEN 'real' THEN printf('%!.17g', p.{c}) ELSE p.{c} END"
                    )
                } else {
                    format!("p.{c}")
                })
            ),
            Backend::Postgres => format!(
                "json_agg(json_build_array({}))::text",
                values(&|c| format!("p.{c}"))
            ),
            Backend::MySql => format!(
                "CAST(JSON_ARRAYAGG(JSON_ARRAY({})) AS CHAR)",
                values(&|c| format!("p.{c}"))
            ),
        };
        format!("SELECT p.account_id, {rows} AS packed FROM ({plain}) p GROUP BY p.account_id")
    }

    /// The account keys of a child table that match no account, with their number of rows:
    /// `account_id`, `n`. The rows are counted per key first and only the keys are looked up,
    /// in a list the database builds once: SQLite re-read index pages from disk for every
    /// row of a correlated `NOT EXISTS` (5,000,000 reads instead of 48,000 over 10,000 demo
    /// accounts), and a per-row `NOT IN` cost 15 s of 20,000,000 usage rows (2.6 s this way).
    pub(crate) fn orphans(&self, table: Table) -> String {
        format!(
            "SELECT c.account_id, COUNT(*) AS n FROM ({}) c GROUP BY c.account_id \
             HAVING c.account_id IS NULL OR c.account_id NOT IN \
             (SELECT a.account_id FROM ({}) a WHERE a.account_id IS NOT NULL)",
            self.get(table),
            self.get(Table::Accounts)
        )
    }

    /// Per account, month and product, the most active users of any feature
    /// (`account_id`, `segment`, `month`, `product`, `active_users`), in account order, for
    /// the accounts with keys from `from` (inclusive) to `to` (exclusive) when given: the
    /// bounds are the first and second bind parameters, in that order.
    pub(crate) fn usage_peaks(&self, from: bool, to: bool) -> String {
        let mut bounds = Vec::new();
        if from {
            bounds.push(format!("a.account_id >= {}", self.ph(1)));
        }
        if to {
            bounds.push(format!("a.account_id < {}", self.ph(bounds.len() + 1)));
        }
        let filter = if bounds.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", bounds.join(" AND "))
        };
        format!(
            "SELECT a.account_id, a.segment, u.month, u.product, MAX(u.active_users) AS active_users \
             FROM ({}) a JOIN ({}) u ON u.account_id = a.account_id{filter} \
             GROUP BY a.account_id, a.segment, u.month, u.product \
             ORDER BY a.account_id",
            self.get(Table::Accounts),
            self.get(Table::FeatureUsageMonthly)
        )
    }

    /// The account key at `offset` in key order (`account_id`), where the database orders
    /// them: the bound that splits the accounts into parts its own comparisons agree with.
    pub(crate) fn key_at(&self, offset: u64) -> String {
        format!(
            "SELECT a.account_id FROM ({}) a WHERE a.account_id IS NOT NULL \
             ORDER BY a.account_id LIMIT 1 OFFSET {offset}",
            self.get(Table::Accounts)
        )
    }

    /// The number of account keys (`n`).
    /// The accounts (key and name) whose key or name contains a text, by key, at most
    /// `limit`: the text bound twice as a `LIKE` pattern, lowercase, with `!` as its escape
    /// ([`like_pattern`]). `LOWER`, `LIKE … ESCAPE` and `LIMIT` mean the same on SQLite,
    /// PostgreSQL and MySQL.
    pub(crate) fn accounts_matching(&self, limit: usize) -> String {
        format!(
            "SELECT a.account_id, a.name FROM ({}) a WHERE a.account_id IS NOT NULL \
             AND (LOWER(a.account_id) LIKE {} ESCAPE '!' OR LOWER(a.name) LIKE {} ESCAPE '!') \
             ORDER BY a.account_id LIMIT {limit}",
            self.get(Table::Accounts),
            self.ph(1),
            self.ph(2)
        )
    }

    pub(crate) fn key_count(&self) -> String {
        format!(
            "SELECT COUNT(*) AS n FROM ({}) a WHERE a.account_id IS NOT NULL",
            self.get(Table::Accounts)
        )
    }

    fn ph(&self, n: usize) -> String {
        self.backend.placeholder(n)
    }

    fn list(&self, params: &mut Vec<Param>, keys: &[String]) -> String {
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            params.push(Param::Text(k.clone()));
            out.push(self.ph(params.len()));
        }
        if out.is_empty() {
            // `IN ()` is a syntax error; NULL matches nothing.
            return "NULL".into();
        }
        out.join(", ")
    }
}

/// `text` as a lowercase `LIKE` pattern that matches it anywhere, its own `%`, `_` and `!`
/// taken literally (`!` is the escape [`Queries::accounts_matching`] declares).
pub(crate) fn like_pattern(text: &str) -> String {
    let mut p = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '!') {
            p.push('!');
        }
        p.push(c);
    }
    p.push('%');
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_take_the_text_literally() {
        assert_eq!(like_pattern(""), "%%");
        assert_eq!(like_pattern("Acme"), "%acme%");
        assert_eq!(like_pattern("50%_off!"), "%50!%!_off!!%");
    }
}

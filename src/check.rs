//! `recap check`: the data-quality report a RevOps person acts on before documents go out.
//!
//! A report should say "this account has no goals" rather than print a confident wrong number,
//! so every fault here is one that would make a document wrong or empty.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::error::Result;
use crate::model::AccountData;
use crate::period::Period;
use crate::source::{Selection, Source, TABLES, Table};

/// Examples kept per finding; the count is always complete.
const EXAMPLES: usize = 5;

/// One kind of fault, with how often it occurs and what to do about it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    /// A stable key for machines: `orphan_rows`, `no_goals`, `stale_usage`, …
    pub check: String,
    pub table: String,
    pub count: usize,
    pub examples: Vec<String>,
    /// What the finding means and how to fix it, for a person.
    pub advice: String,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub database: String,
    pub period: String,
    pub accounts: usize,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }

    /// The readable summary.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "recap check: {} accounts in {}, period {}\n",
            self.accounts, self.database, self.period
        );
        if self.findings.is_empty() {
            out.push_str("No problems found.\n");
            return out;
        }
        let total: usize = self.findings.iter().map(|f| f.count).sum();
        out.push_str(&format!(
            "{total} problems in {} checks:\n\n",
            self.findings.len()
        ));
        for f in &self.findings {
            out.push_str(&format!("  {:>6}  {} [{}]\n", f.count, f.advice, f.table));
            if !f.examples.is_empty() {
                let more = if f.count > f.examples.len() {
                    ", …"
                } else {
                    ""
                };
                out.push_str(&format!("          e.g. {}{more}\n", f.examples.join(", ")));
            }
        }
        out
    }
}

#[derive(Default)]
struct Tally {
    findings: BTreeMap<(String, String), (usize, Vec<String>, String)>,
}

impl Tally {
    fn add(&mut self, check: &str, table: &str, example: String, advice: &str) {
        let e = self
            .findings
            .entry((check.to_string(), table.to_string()))
            .or_insert_with(|| (0, Vec::new(), advice.to_string()));
        e.0 += 1;
        if e.1.len() < EXAMPLES {
            e.1.push(example);
        }
    }
}

/// Runs every check over the selected accounts for `period`.
pub fn run(source: &Source, selection: &Selection, period: &Period) -> Result<Report> {
    let mut checker = Checker::new(period);
    checker.orphans(source)?;
    for chunk in source.chunks(selection, 500) {
        for a in chunk? {
            checker.account(&a);
        }
    }
    Ok(checker.finish(source))
}

/// Per child table, the account keys that match no account and their number of rows.
pub type Orphans = Vec<(Table, Vec<(String, i64)>)>;

/// Reads the [`Orphans`] of every child table (one query each).
pub fn orphan_rows(source: &Source) -> Result<Orphans> {
    TABLES
        .iter()
        .copied()
        .filter(|t| *t != Table::Accounts)
        .map(|t| Ok((t, source.orphans(t)?)))
        .collect()
}

/// The checks, fed one account at a time: a command that reads every account anyway (the
/// leadership pack) runs them in its own pass instead of reading the data twice.
pub struct Checker {
    tally: Tally,
    accounts: usize,
    period: Period,
}

impl Checker {
    pub fn new(period: &Period) -> Checker {
        Checker {
            tally: Tally::default(),
            accounts: 0,
            period: period.clone(),
        }
    }

    /// Rows whose account key matches no account (one query per table).
    pub fn orphans(&mut self, source: &Source) -> Result<()> {
        self.add_orphans(orphan_rows(source)?);
        Ok(())
    }

    /// Adds what [`orphan_rows`] found (a pass that reads it on another connection).
    pub fn add_orphans(&mut self, found: Orphans) {
        for (table, keys) in found {
            for (key, rows) in keys {
                let advice =
                    "rows whose account_id matches no account: fix the key or add the account";
                let e = self
                    .tally
                    .findings
                    .entry(("orphan_rows".into(), table.name().into()))
                    .or_insert_with(|| (0, Vec::new(), advice.into()));
                e.0 += rows as usize;
                if e.1.len() < EXAMPLES {
                    e.1.push(format!("{key} ({rows} rows)"));
                }
            }
        }
    }

    /// The checks of one account's rows.
    pub fn account(&mut self, a: &AccountData) {
        self.accounts += 1;
        check_account(a, &self.period, &mut self.tally);
    }

    pub fn finish(self, source: &Source) -> Report {
        Report {
            database: source.display().to_string(),
            period: self.period.label.clone(),
            accounts: self.accounts,
            findings: self
                .tally
                .findings
                .into_iter()
                .map(|((check, table), (count, examples, advice))| Finding {
                    check,
                    table,
                    count,
                    examples,
                    advice,
                })
                .collect(),
        }
    }
}

/// The checks that look at one account's rows.
fn check_account(a: &AccountData, period: &Period, t: &mut Tally) {
    let id = &a.account.account_id;
    for p in &a.problems {
        t.add(
            "unreadable_value",
            &p.table,
            format!("{id}: {}", p.message),
            "values recap cannot read (dates must be YYYY-MM-DD)",
        );
    }
    if a.account.name.trim().is_empty() {
        t.add(
            "no_name",
            "accounts",
            id.clone(),
            "accounts without a name: documents would greet nobody",
        );
    }
    if a.goals.is_empty() {
        t.add(
            "no_goals",
            "goals",
            id.clone(),
            "accounts without goals: a value review has nothing to measure",
        );
    }
    if a.contacts.is_empty() {
        t.add(
            "no_contacts",
            "contacts",
            id.clone(),
            "accounts without contacts: nobody to send documents to",
        );
    }
    for g in &a.goals {
        if g.measurements.is_empty() {
            t.add(
                "goal_without_measurements",
                "goal_measurements",
                format!("{id}/{}", g.goal_id),
                "goals never measured: progress shows as no data",
            );
        }
        if g.baseline == g.target {
            t.add(
                "goal_target_equals_baseline",
                "goals",
                format!("{id}/{}", g.goal_id),
                "goals whose target equals the baseline: progress is undefined",
            );
        }
    }
    let start = crate::period::month_of(period.start);
    let churned = a.arr.last().is_some_and(|m| m.arr <= 0.0);
    if !a.arr.is_empty() && a.arr.iter().all(|m| m.month < start) {
        t.add(
            "stale_arr",
            "arr_monthly",
            id.clone(),
            "ARR data ends before the period: revenue figures would be out of date",
        );
    }
    if !churned && !a.usage.is_empty() && a.usage.iter().all(|u| u.month < start) {
        t.add(
            "stale_usage",
            "feature_usage_monthly",
            id.clone(),
            "usage data ends before the period: adoption would be out of date",
        );
    }
    for m in &a.arr {
        if m.arr < 0.0 || !m.arr.is_finite() {
            t.add(
                "negative_arr",
                "arr_monthly",
                format!("{id} {}: {}", m.month, m.arr),
                "negative ARR: use 0 after churn",
            );
        }
    }
    for l in &a.licenses {
        if l.seats_purchased < 0 {
            t.add(
                "negative_seats",
                "licenses",
                format!("{id} {}: {}", l.product, l.seats_purchased),
                "negative purchased seats",
            );
        }
        if let (Some(s), Some(e)) = (l.starts_on, l.ends_on)
            && e < s
        {
            t.add(
                "ends_before_start",
                "licenses",
                format!("{id} {}: {s} → {e}", l.product),
                "licenses that end before they start",
            );
        }
    }
    for u in &a.usage {
        if u.active_users < 0 || u.events < 0 {
            t.add(
                "negative_usage",
                "feature_usage_monthly",
                format!("{id} {} {}", u.month, u.feature),
                "negative active users or events",
            );
        }
    }
    for r in &a.nps {
        if !(0..=10).contains(&r.score) {
            t.add(
                "nps_out_of_range",
                "nps_responses",
                format!("{id}/{}: {}", r.response_id, r.score),
                "NPS scores outside 0–10 (they are left out of NPS)",
            );
        }
    }
    for tk in &a.tickets {
        if let Some(c) = tk.closed_at
            && c < tk.opened_at
        {
            t.add(
                "ends_before_start",
                "tickets",
                format!("{id}/{}", tk.ticket_id),
                "tickets closed before they were opened",
            );
        }
        if tk.csat.is_some_and(|c| !(1..=5).contains(&c)) {
            t.add(
                "csat_out_of_range",
                "tickets",
                format!("{id}/{}", tk.ticket_id),
                "CSAT outside 1–5",
            );
        }
    }
    if let (Some(s), Some(r)) = (a.account.contract_start, a.account.renewal_date)
        && r < s
    {
        t.add(
            "ends_before_start",
            "accounts",
            id.clone(),
            "renewal date before contract start",
        );
    }
}

//! Turns rows into model structs, reading each column by name and accepting the portable
//! spellings a real warehouse uses (an id as integer or text, a flag as bool or 0/1).
//!
//! A value that cannot be read at all (a missing column, a blob where text belongs) is an
//! error for the whole query: the query itself is wrong. A value that is present but wrong for
//! one row (an unparseable date) becomes a [`DataProblem`] of that row's account, so that one
//! account's bad data fails that account and not the batch.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;
use sqlx::any::{AnyRow, AnyTypeInfoKind};
use sqlx::{Row, ValueRef};

use super::Table;
use crate::error::{Error, Result};
use crate::model::*;

fn missing_column(table: &str, col: &str) -> Error {
    let cols = if table == FX_RATES {
        super::queries::FX_RATES_COLUMNS.join(", ")
    } else {
        super::TABLES
            .iter()
            .find(|t| t.name() == table)
            .map(|t| t.columns().join(", "))
            .unwrap_or_default()
    };
    Error::Source(format!(
        "the `{table}` query returns no column `{col}`; it must return the columns {cols} (see README, Data contract)."
    ))
}

/// Fails with every missing column named when a query's rows lack canonical columns.
pub(super) fn require_columns(rows: &[AnyRow], table: Table) -> Result<()> {
    require(rows, table.name(), table.columns())
}

/// [`require_columns`] for the `fx_rates` query.
pub(super) fn require_fx_rates_columns(rows: &[AnyRow]) -> Result<()> {
    require(rows, FX_RATES, &super::queries::FX_RATES_COLUMNS)
}

fn require(rows: &[AnyRow], name: &str, columns: &[&str]) -> Result<()> {
    use sqlx::Column;
    let Some(row) = rows.first() else {
        return Ok(());
    };
    let have: Vec<String> = row
        .columns()
        .iter()
        .map(|c| c.name().to_lowercase())
        .collect();
    let missing: Vec<&str> = columns
        .iter()
        .copied()
        .filter(|c| !have.iter().any(|h| h == c))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(Error::Source(format!(
        "the `{name}` query returns no column {}; it must return the columns {} (see README, Data contract).",
        missing
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", "),
        columns.join(", ")
    )))
}

/// One value of a row, as the backend gave it.
pub(super) enum Cell<'a> {
    Null,
    Text(Cow<'a, str>),
    Int(i64),
    Real(f64),
    Bool(bool),
    /// A type recap does not read (a blob, a JSON object): its name, for the error.
    Other(String),
}

/// A row read by column name: a row from the driver, or one row of a child table that
/// arrived packed in a JSON array (see [`packed_children`]). The readers below accept the
/// same spellings from either.
pub(super) trait Cells {
    /// The value in `col`; an error when the row has no such column.
    fn cell(&self, table: &str, col: &str) -> Result<Cell<'_>>;
}

impl Cells for AnyRow {
    fn cell(&self, table: &str, col: &str) -> Result<Cell<'_>> {
        use AnyTypeInfoKind::*;
        let raw = self
            .try_get_raw(col)
            .map_err(|_| missing_column(table, col))?;
        if raw.is_null() {
            return Ok(Cell::Null);
        }
        let k = raw.type_info().kind();
        let err = |want: &str| wrong_type(table, col, want, &format!("{k:?}"));
        Ok(match k {
            Null => Cell::Null,
            Text => Cell::Text(Cow::Owned(
                self.try_get::<String, _>(col).map_err(|_| err("text"))?,
            )),
            SmallInt | Integer | BigInt => {
                Cell::Int(self.try_get::<i64, _>(col).map_err(|_| err("a number"))?)
            }
            Real | Double => Cell::Real(self.try_get::<f64, _>(col).map_err(|_| err("a number"))?),
            Bool => Cell::Bool(self.try_get::<bool, _>(col).unwrap_or(false)),
            other => Cell::Other(format!("{other:?}")),
        })
    }
}

/// One row of a packed child table: the values of the table's canonical columns, in order.
pub(super) struct JsonRow<'a> {
    columns: &'a [&'a str],
    values: &'a [serde_json::Value],
}

impl Cells for JsonRow<'_> {
    fn cell(&self, table: &str, col: &str) -> Result<Cell<'_>> {
        use serde_json::Value;
        let i = self
            .columns
            .iter()
            .position(|c| *c == col)
            .ok_or_else(|| missing_column(table, col))?;
        Ok(match self.values.get(i) {
            None | Some(Value::Null) => Cell::Null,
            Some(Value::String(s)) => Cell::Text(Cow::Borrowed(s)),
            Some(Value::Bool(b)) => Cell::Bool(*b),
            Some(Value::Number(n)) => match n.as_i64() {
                Some(i) => Cell::Int(i),
                None => Cell::Real(n.as_f64().unwrap_or(f64::NAN)),
            },
            Some(Value::Array(_)) => Cell::Other("a JSON array".into()),
            Some(Value::Object(_)) => Cell::Other("a JSON object".into()),
        })
    }
}

fn wrong_type(table: &str, col: &str, want: &str, got: &str) -> Error {
    Error::Source(format!(
        "the `{table}` query returns column `{col}` as {got}, recap needs {want}; cast it in the query (for example CAST({col} AS {}) ).",
        if want == "text" {
            "VARCHAR(255)"
        } else {
            "DOUBLE PRECISION"
        }
    ))
}

/// Text, or an integer written as text (ids are often integers in warehouses).
pub(super) fn opt_text(row: &impl Cells, col: &str, table: &str) -> Result<Option<String>> {
    Ok(match row.cell(table, col)? {
        Cell::Null => None,
        Cell::Text(s) => Some(s.into_owned()),
        Cell::Int(i) => Some(i.to_string()),
        Cell::Real(_) => return Err(wrong_type(table, col, "text", "a floating-point number")),
        Cell::Bool(_) => return Err(wrong_type(table, col, "text", "a boolean")),
        Cell::Other(got) => return Err(wrong_type(table, col, "text", &got)),
    })
}

fn text(row: &impl Cells, col: &str, table: &str) -> Result<String> {
    Ok(opt_text(row, col, table)?.unwrap_or_default())
}

/// A number from any numeric column, or from text that parses as one.
fn opt_num(row: &impl Cells, col: &str, table: &str) -> Result<Option<f64>> {
    Ok(match row.cell(table, col)? {
        Cell::Null => None,
        Cell::Int(i) => Some(i as f64),
        Cell::Real(f) => Some(f),
        Cell::Bool(b) => Some(if b { 1.0 } else { 0.0 }),
        Cell::Text(s) => match s.trim() {
            "" => None,
            t => Some(t.parse::<f64>().map_err(|_| {
                Error::Source(format!(
                    "the `{table}` query returns {s:?} in column `{col}`, which is not a number; return a number there."
                ))
            })?),
        },
        Cell::Other(got) => return Err(wrong_type(table, col, "a number", &got)),
    })
}

/// A count the database computed (`COUNT(*)`); 0 when NULL.
pub(super) fn count(row: &impl Cells, col: &str, table: &str) -> Result<i64> {
    Ok(opt_int(row, col, table)?.unwrap_or(0))
}

fn opt_int(row: &impl Cells, col: &str, table: &str) -> Result<Option<i64>> {
    Ok(opt_num(row, col, table)?.map(|f| f.round() as i64))
}

fn flag(row: &impl Cells, col: &str, table: &str) -> Result<bool> {
    if let Cell::Text(s) = row.cell(table, col)? {
        return Ok(matches!(
            s.trim().to_lowercase().as_str(),
            "1" | "true" | "t" | "yes" | "y"
        ));
    }
    Ok(opt_num(row, col, table)?.is_some_and(|v| v != 0.0))
}

/// One row of [`super::Source::usage_peaks`]: an account's segment, a month (its first day),
/// a product, and the most active users of any of its features that month (0 when none).
/// `None` for a row whose month is not a date (the account's full load reports it).
pub(super) fn usage_peak(row: &AnyRow) -> Result<Option<super::UsagePeak>> {
    let t = "feature_usage_monthly";
    let Some(month) = opt_text(row, "month", t)?.as_deref().and_then(parse_date) else {
        return Ok(None);
    };
    Ok(Some(super::UsagePeak {
        account_id: text(row, "account_id", t)?,
        segment: text(row, "segment", t)?,
        month: chrono::Datelike::with_day0(&month, 0).unwrap_or(month),
        product: text(row, "product", t)?,
        users: opt_int(row, "active_users", t)?.unwrap_or(0).max(0),
    }))
}

/// Parses `YYYY-MM-DD`, also accepting a timestamp (`YYYY-MM-DD HH:MM:SS`, `…T…`) by its date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head = s.get(..10)?;
    // The usual `2026-09-01` without chrono's format parser (a loader reads ~135 dates an
    // account; the parser was 1.5% of a Wrapped run); anything else goes through it.
    let b = head.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b[4] == b'-'
        && b[7] == b'-'
        && let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10))
    {
        return NaiveDate::from_ymd_opt(y as i32, m, d);
    }
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Reads a date column; a present but unreadable value is reported in `problems`.
struct Dates<'a> {
    table: &'static str,
    problems: &'a mut Vec<DataProblem>,
}

impl Dates<'_> {
    fn opt(&mut self, row: &impl Cells, col: &str, id: &str) -> Result<Option<NaiveDate>> {
        let Some(s) = opt_text(row, col, self.table)? else {
            return Ok(None);
        };
        if s.trim().is_empty() {
            return Ok(None);
        }
        match parse_date(&s) {
            Some(d) => Ok(Some(d)),
            None => {
                self.problems.push(DataProblem {
                    table: self.table.to_string(),
                    message: format!(
                        "{} {id}: {col} is {s:?}, not a date (YYYY-MM-DD)",
                        self.table
                    ),
                });
                Ok(None)
            }
        }
    }

    /// A date the row cannot do without: a missing one is a problem too.
    fn req(&mut self, row: &impl Cells, col: &str, id: &str) -> Result<Option<NaiveDate>> {
        let d = self.opt(row, col, id)?;
        if d.is_none()
            && !self.problems.iter().any(|p| {
                p.message
                    .starts_with(&format!("{} {id}: {col}", self.table))
            })
        {
            self.problems.push(DataProblem {
                table: self.table.to_string(),
                message: format!("{} {id}: {col} is empty", self.table),
            });
        }
        Ok(d)
    }
}

/// The name of the exchange-rate query (and of its `[queries]` key and default table).
const FX_RATES: &str = "fx_rates";

/// One `fx_rates` row: codes trimmed and in capitals, the rate a positive finite number. A row
/// that cannot be used is an error for the whole query (a sum in the wrong currency would be
/// silently wrong), naming the row and what to do.
pub(super) fn fx_rate(row: &AnyRow) -> Result<FxRate> {
    let t = FX_RATES;
    let currency = text(row, "currency", t)?.trim().to_ascii_uppercase();
    let reporting_currency = text(row, "reporting_currency", t)?
        .trim()
        .to_ascii_uppercase();
    let rate = opt_num(row, "rate", t)?;
    let shown = |c: &str| {
        if c.is_empty() {
            "(empty)".to_string()
        } else {
            c.to_string()
        }
    };
    let name = format!("{} → {}", shown(&currency), shown(&reporting_currency));
    if currency.is_empty() || reporting_currency.is_empty() {
        return Err(Error::Source(format!(
            "the `fx_rates` query returns a row {name} without a currency code; give every row a currency and a reporting_currency (ISO codes such as EUR, USD), or delete the row."
        )));
    }
    match rate {
        Some(rate) if rate.is_finite() && rate > 0.0 => Ok(FxRate {
            currency,
            reporting_currency,
            rate,
        }),
        other => Err(Error::Source(format!(
            "the `fx_rates` row {name} has the rate {}; a rate is what one {currency} is worth in {reporting_currency} and must be a positive number; fix or delete the row.",
            other.map_or_else(|| "NULL".to_string(), |r| r.to_string())
        ))),
    }
}

/// One `accounts` row.
pub(super) fn account(row: &AnyRow) -> Result<Account> {
    let t = "accounts";
    let account_id = opt_text(row, "account_id", t)?.ok_or_else(|| {
        Error::Source(
            "the `accounts` query returns a row with no account_id; every account needs a key."
                .into(),
        )
    })?;
    // Account-level dates that do not parse are kept as None here and reported by `check`;
    // the account itself is still loadable.
    let contract_start = opt_text(row, "contract_start", t)?.and_then(|s| parse_date(&s));
    let renewal_date = opt_text(row, "renewal_date", t)?.and_then(|s| parse_date(&s));
    Ok(Account {
        name: text(row, "name", t)?,
        segment: text(row, "segment", t)?,
        industry: text(row, "industry", t)?,
        region: text(row, "region", t)?,
        touch_model: text(row, "touch_model", t)?,
        csm_name: text(row, "csm_name", t)?,
        csm_email: text(row, "csm_email", t)?,
        contract_start,
        renewal_date,
        currency: opt_text(row, "currency", t)?
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| "USD".into()),
        account_id,
    })
}

/// Adds the rows of a child table to the accounts they belong to. Rows of accounts not in
/// `by_id` cannot occur (the query filters by key) and are ignored.
pub(super) fn children(
    table: Table,
    rows: &[AnyRow],
    by_id: &mut HashMap<String, AccountData>,
) -> Result<()> {
    for row in rows {
        let Some(key) = opt_text(row, "account_id", table.name())? else {
            continue;
        };
        if let Some(acc) = by_id.get_mut(&key) {
            child(table, row, acc)?;
        }
    }
    Ok(())
}

/// Like [`children`], for rows that arrive packed: one row per account, its `account_id` and
/// in `packed` a JSON array of the table's rows, each an array of the values of
/// [`Table::columns`] in order (see `Queries::packed`). `Ok(false)` when `packed` is not such an
/// array (a server that cut it short): nothing was added, and the caller reads the table
/// unpacked instead.
pub(super) fn packed_children(
    table: Table,
    rows: &[AnyRow],
    by_id: &mut HashMap<String, AccountData>,
) -> Result<bool> {
    let t = table.name();
    let mut parsed = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(key) = opt_text(row, "account_id", t)? else {
            continue;
        };
        let json = opt_text(row, "packed", t)?.unwrap_or_default();
        match serde_json::from_str::<Vec<Vec<serde_json::Value>>>(&json) {
            Ok(values) => parsed.push((key, values)),
            Err(e) => {
                tracing::debug!(
                    "the packed `{t}` rows of {key} are not JSON ({e}); reading them unpacked"
                );
                return Ok(false);
            }
        }
    }
    let columns = table.columns();
    for (key, values) in &parsed {
        let Some(acc) = by_id.get_mut(key) else {
            continue;
        };
        for values in values {
            child(table, &JsonRow { columns, values }, acc)?;
        }
    }
    Ok(true)
}

/// Adds one row of a child table to its account.
fn child(table: Table, row: &impl Cells, acc: &mut AccountData) -> Result<()> {
    let t = table.name();
    let mut problems = Vec::new();
    let mut dates = Dates {
        table: t,
        problems: &mut problems,
    };
    match table {
        Table::Accounts => {}
        Table::Contacts => acc.contacts.push(Contact {
            contact_id: text(row, "contact_id", t)?,
            name: text(row, "name", t)?,
            email: text(row, "email", t)?,
            role: text(row, "role", t)?,
            locale: opt_text(row, "locale", t)?
                .filter(|l| !l.is_empty())
                .unwrap_or_else(|| "en".into()),
            unsubscribed: flag(row, "unsubscribed", t)?,
        }),
        Table::ArrMonthly => {
            let id = "row";
            if let Some(month) = dates.req(row, "month", id)? {
                acc.arr.push(ArrMonth {
                    month: month.with_day0(0).unwrap_or(month),
                    arr: opt_num(row, "arr", t)?.unwrap_or(0.0),
                });
            }
        }
        Table::Licenses => {
            let product = text(row, "product", t)?;
            acc.licenses.push(License {
                seats_purchased: opt_int(row, "seats_purchased", t)?.unwrap_or(0),
                starts_on: dates.opt(row, "starts_on", &product)?,
                ends_on: dates.opt(row, "ends_on", &product)?,
                product,
            });
        }
        Table::FeatureUsageMonthly => {
            let feature = text(row, "feature", t)?;
            if let Some(month) = dates.req(row, "month", &feature)? {
                acc.usage.push(FeatureUsage {
                    month: month.with_day0(0).unwrap_or(month),
                    product: text(row, "product", t)?,
                    active_users: opt_int(row, "active_users", t)?.unwrap_or(0),
                    events: opt_int(row, "events", t)?.unwrap_or(0),
                    feature,
                });
            }
        }
        Table::Goals => {
            let goal_id = text(row, "goal_id", t)?;
            let direction = match text(row, "direction", t)?.trim().to_lowercase().as_str() {
                "lower" | "down" | "decrease" => Direction::Lower,
                "higher" | "up" | "increase" | "" => Direction::Higher,
                other => {
                    dates.problems.push(DataProblem {
                        table: t.into(),
                        message: format!(
                            "goal {goal_id}: direction is {other:?}; use higher or lower"
                        ),
                    });
                    Direction::Higher
                }
            };
            let baseline = opt_num(row, "baseline", t)?;
            let target = opt_num(row, "target", t)?;
            if baseline.is_none() || target.is_none() {
                dates.problems.push(DataProblem {
                    table: t.into(),
                    message: format!("goal {goal_id}: baseline and target are both needed"),
                });
            }
            acc.goals.push(Goal {
                stakeholder_role: text(row, "stakeholder_role", t)?,
                title: text(row, "title", t)?,
                metric: text(row, "metric", t)?,
                unit: text(row, "unit", t)?,
                direction,
                baseline: baseline.unwrap_or(0.0),
                target: target.unwrap_or(0.0),
                target_date: dates.opt(row, "target_date", &goal_id)?,
                value_per_unit: opt_num(row, "value_per_unit", t)?,
                measurements: Vec::new(),
                goal_id,
            });
        }
        Table::GoalMeasurements => {
            let goal_id = text(row, "goal_id", t)?;
            let on = dates.req(row, "measured_on", &goal_id)?;
            let value = opt_num(row, "value", t)?;
            if let (Some(measured_on), Some(value)) = (on, value)
                && let Some(goal) = acc.goals.iter_mut().find(|g| g.goal_id == goal_id)
            {
                goal.measurements.push(Measurement { measured_on, value });
            }
        }
        Table::Milestones => {
            let id = text(row, "milestone_id", t)?;
            acc.milestones.push(Milestone {
                title: text(row, "title", t)?,
                stage: text(row, "stage", t)?,
                owner_side: text(row, "owner_side", t)?,
                owner_name: text(row, "owner_name", t)?,
                due_on: dates.opt(row, "due_on", &id)?,
                completed_on: dates.opt(row, "completed_on", &id)?,
                milestone_id: id,
            });
        }
        Table::Tickets => {
            let id = text(row, "ticket_id", t)?;
            if let Some(opened_at) = dates.req(row, "opened_at", &id)? {
                acc.tickets.push(Ticket {
                    opened_at,
                    closed_at: dates.opt(row, "closed_at", &id)?,
                    severity: text(row, "severity", t)?,
                    escalated: flag(row, "escalated", t)?,
                    csat: opt_int(row, "csat", t)?,
                    ticket_id: id,
                });
            }
        }
        Table::NpsResponses => {
            let id = text(row, "response_id", t)?;
            let at = dates.req(row, "responded_at", &id)?;
            let score = opt_int(row, "score", t)?;
            match (at, score) {
                (Some(responded_at), Some(score)) => acc.nps.push(NpsResponse {
                    contact_id: opt_text(row, "contact_id", t)?,
                    comment: opt_text(row, "comment", t)?.filter(|c| !c.trim().is_empty()),
                    responded_at,
                    score,
                    response_id: id,
                }),
                (_, None) => dates.problems.push(DataProblem {
                    table: t.into(),
                    message: format!("NPS response {id} has no score"),
                }),
                _ => {}
            }
        }
    }
    acc.problems.extend(problems);
    Ok(())
}

use chrono::Datelike;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_chrono_reads_them() {
        let chrono = |s: &str| {
            s.trim()
                .get(..10)
                .and_then(|h| NaiveDate::parse_from_str(h, "%Y-%m-%d").ok())
        };
        for s in [
            "2026-09-01",
            " 2026-09-01 ",
            "2026-09-01 12:30:00",
            "2026-09-01T12:30:00Z",
            "2026-02-29",
            "2024-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-9-1",
            "2026/09/01",
            "0000-01-01",
            "9999-12-31",
            "abcd-ef-gh",
            "2026-09-0x",
            "2026-09",
            "",
            "ünïcödé-date",
        ] {
            assert_eq!(parse_date(s), chrono(s), "{s:?}");
        }
        assert_eq!(
            parse_date("2026-09-01"),
            NaiveDate::from_ymd_opt(2026, 9, 1)
        );
    }
}

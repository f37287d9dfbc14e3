//! How fresh each table is: the latest date in it, for the pack's method page and its
//! "stale data" warnings. One aggregate query per table, over the query in force.

use chrono::NaiveDate;

use super::{Source, Table, read};
use crate::error::Result;

/// The tables with a date that says how recent their data is, and that date's column.
pub const DATED: [(Table, &str); 6] = [
    (Table::ArrMonthly, "month"),
    (Table::FeatureUsageMonthly, "month"),
    (Table::GoalMeasurements, "measured_on"),
    (Table::Milestones, "completed_on"),
    (Table::Tickets, "opened_at"),
    (Table::NpsResponses, "responded_at"),
];

impl Source {
    /// The latest date of each table in [`DATED`]; `None` for an empty table.
    pub fn freshness(&self) -> Result<Vec<(Table, Option<NaiveDate>)>> {
        DATED
            .iter()
            .map(|&(table, _)| Ok((table, self.latest(table)?)))
            .collect()
    }

    /// The latest date of one table of [`DATED`] (`None` for an empty table or another one).
    pub fn latest(&self, table: Table) -> Result<Option<NaiveDate>> {
        let Some((_, column)) = DATED.iter().find(|(t, _)| *t == table) else {
            return Ok(None);
        };
        let sql = format!(
            "SELECT MAX(q.{column}) AS latest FROM ({}) q",
            self.queries.get(table)
        );
        let rows = self.fetch(table.name(), &sql, &[])?;
        Ok(match rows.first() {
            Some(row) => read::opt_text(row, "latest", table.name())?
                .as_deref()
                .and_then(read::parse_date),
            None => None,
        })
    }
}

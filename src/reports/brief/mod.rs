//! The call brief: one page a CSM reads in two minutes before talking to a customer.
//!
//! The value review is for the customer; the brief is for the vendor's CSM, in the CSM's
//! language (`--locale`, else `[locale] default`, never the sponsor's). It answers how healthy
//! the account is and why, what changed since `--since`, what is open, who is who and what to
//! say. [`facts`] decides what is true (from the model and [`crate::metrics`], nothing defined
//! twice), [`points`] chooses the talking points by stated rules, [`doc`] words it all through
//! `templates/locales/<lang>/brief.ftl` and cuts every list to its box's fixed number of lines
//! ("and 31 more"), and [`job`] is the [`crate::document::Document`]: `templates/brief.typ`
//! (fixed geometry: one page, always) and `templates/brief.html.tera`.

pub mod doc;
pub mod facts;
mod job;
pub mod points;

use chrono::NaiveDate;

use crate::error::{Error, Result};

pub use doc::BriefDoc;
pub use job::BriefJob;

/// The Typst template of the brief.
pub const TYPST_TEMPLATE: &str = "brief.typ";
/// The Tera template of the brief.
pub const HTML_TEMPLATE: &str = "brief.html.tera";

/// Days before the as-of date that "what changed" starts when `--since` is not given.
pub const DEFAULT_WINDOW_DAYS: i64 = 30;

/// What a run of briefs is about: the day it is written as of, and the day "what changed"
/// starts (both inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BriefDates {
    pub as_of: NaiveDate,
    pub since: NaiveDate,
}

impl BriefDates {
    /// `--date` (else `today`) and `--since` (else 30 days before the date), as YYYY-MM-DD.
    pub fn parse(date: Option<&str>, since: Option<&str>, today: NaiveDate) -> Result<BriefDates> {
        let parse = |flag: &str, s: &str| {
            NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
                Error::Config(format!(
                    "{flag} {s:?} is not a date; write it as YYYY-MM-DD."
                ))
            })
        };
        let as_of = date
            .map(|d| parse("--date", d))
            .transpose()?
            .unwrap_or(today);
        let since = match since {
            Some(s) => parse("--since", s)?,
            None => as_of - chrono::Duration::days(DEFAULT_WINDOW_DAYS),
        };
        if since > as_of {
            return Err(Error::Config(format!(
                "--since {since} is after the brief's date {as_of}; what changed must start before it."
            )));
        }
        Ok(BriefDates { as_of, since })
    }

    /// The folder of a run: `out/brief/<date>/`.
    pub fn label(&self) -> String {
        self.as_of.format("%Y-%m-%d").to_string()
    }
}

#[cfg(test)]
mod tests;

//! Reporting periods: `2026-Q3`, `2026-09`, `2026`, or an explicit `--from`/`--to` range;
//! and the time zone in which a period is over (`[schedule] timezone`).

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use crate::error::{Error, Result};

/// A closed date range `[start, end]` with the label users typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    /// `2026-Q3`, `2026-09`, `2026` or `2026-07-01..2026-09-30`; also a safe folder name.
    pub label: String,
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
}

impl Period {
    /// Parses `YYYY`, `YYYY-Qn` or `YYYY-MM`.
    pub fn parse(s: &str) -> Result<Period> {
        let bad = || {
            Error::Config(format!(
                "period {s:?} is not one recap knows; write a quarter (2026-Q3), a month (2026-09) or a year (2026), or use --from and --to."
            ))
        };
        let s = s.trim();
        let (year, rest) = match s.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (s, None),
        };
        let year: i32 = year.parse().map_err(|_| bad())?;
        if !(1900..=9999).contains(&year) {
            return Err(bad());
        }
        let (start, months) = match rest {
            None => (NaiveDate::from_ymd_opt(year, 1, 1), 12),
            Some(q) if q.starts_with(['Q', 'q']) => {
                let n: u32 = q[1..].parse().map_err(|_| bad())?;
                if !(1..=4).contains(&n) {
                    return Err(bad());
                }
                (NaiveDate::from_ymd_opt(year, 3 * (n - 1) + 1, 1), 3)
            }
            Some(m) => {
                let n: u32 = m.parse().map_err(|_| bad())?;
                (NaiveDate::from_ymd_opt(year, n, 1), 1)
            }
        };
        let start = start.ok_or_else(bad)?;
        let end = start
            .checked_add_months(Months::new(months))
            .and_then(|d| d.pred_opt())
            .ok_or_else(bad)?;
        let label = match rest {
            None => format!("{year}"),
            Some(q) if q.starts_with(['Q', 'q']) => format!("{year}-Q{}", &q[1..]),
            Some(_) => format!("{year}-{:02}", start.month()),
        };
        Ok(Period { label, start, end })
    }

    /// An explicit range; both dates inclusive.
    pub fn range(from: &str, to: &str) -> Result<Period> {
        let parse = |s: &str| {
            NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map_err(|_| Error::Config(format!("{s:?} is not a date; write it as YYYY-MM-DD.")))
        };
        let (start, end) = (parse(from)?, parse(to)?);
        if end < start {
            return Err(Error::Config(format!(
                "--to {end} is before --from {start}; the period must end after it starts."
            )));
        }
        Ok(Period {
            label: format!("{start}..{end}"),
            start,
            end,
        })
    }

    /// The last full quarter before `today`: the default for a value review.
    pub fn last_quarter(today: NaiveDate) -> Period {
        let q = (today.month0() / 3) as i32; // 0-based quarter of today
        let (year, q) = if q == 0 {
            (today.year() - 1, 4)
        } else {
            (today.year(), q)
        };
        Period::parse(&format!("{year}-Q{q}")).expect("a computed quarter is valid")
    }

    /// The period of the same length just before this one (for trends).
    pub fn previous(&self) -> Period {
        let months = self.whole_months();
        let (start, end) = match months {
            Some(m) => {
                let start = self.start - Months::new(m);
                (start, self.start.pred_opt().unwrap_or(self.start))
            }
            None => {
                let days = (self.end - self.start).num_days() + 1;
                let end = self.start.pred_opt().unwrap_or(self.start);
                (end - chrono::Duration::days(days - 1), end)
            }
        };
        Period {
            label: format!("{start}..{end}"),
            start,
            end,
        }
    }

    /// The months the period covers when it starts on a 1st and ends on a month end.
    fn whole_months(&self) -> Option<u32> {
        if self.start.day() != 1 || self.end.succ_opt()?.day() != 1 {
            return None;
        }
        let next = self.end.succ_opt()?;
        Some(
            ((next.year() - self.start.year()) * 12 + next.month() as i32
                - self.start.month() as i32) as u32,
        )
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.start <= d && d <= self.end
    }

    /// First day of the month of the period's end.
    pub fn end_month(&self) -> NaiveDate {
        month_of(self.end)
    }

    /// Last day of the month before the period starts: where "start of period" figures are read.
    pub fn start_month_before(&self) -> NaiveDate {
        month_of(self.start) - Months::new(1)
    }
}

/// An IANA time zone name, or a clear error.
pub fn parse_timezone(name: &str) -> Result<chrono_tz::Tz> {
    name.parse::<chrono_tz::Tz>().map_err(|_| {
        Error::Config(format!(
            "[schedule] timezone {name:?} is not an IANA time zone; write one like \"Europe/Berlin\", \"America/New_York\" or \"UTC\"."
        ))
    })
}

/// First day of `d`'s month.
pub fn month_of(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn quarters_months_years() {
        let q = Period::parse("2026-Q3").unwrap();
        assert_eq!((q.start, q.end), (d("2026-07-01"), d("2026-09-30")));
        let m = Period::parse("2024-02").unwrap();
        assert_eq!(m.end, d("2024-02-29"));
        let y = Period::parse("2025").unwrap();
        assert_eq!((y.start, y.end), (d("2025-01-01"), d("2025-12-31")));
        assert!(Period::parse("2026-Q5").is_err());
        assert!(Period::parse("2026-13").is_err());
        assert!(Period::parse("last year").is_err());
    }

    #[test]
    fn previous_period_has_same_length() {
        let q = Period::parse("2026-Q1").unwrap().previous();
        assert_eq!((q.start, q.end), (d("2025-10-01"), d("2025-12-31")));
        let r = Period::range("2026-01-10", "2026-01-19")
            .unwrap()
            .previous();
        assert_eq!((r.start, r.end), (d("2025-12-31"), d("2026-01-09")));
    }

    #[test]
    fn last_full_quarter() {
        assert_eq!(Period::last_quarter(d("2026-11-24")).label, "2026-Q3");
        assert_eq!(Period::last_quarter(d("2026-02-01")).label, "2025-Q4");
    }

    #[test]
    fn range_must_not_end_before_start() {
        assert!(Period::range("2026-02-01", "2026-01-01").is_err());
        assert!(Period::range("2026-02-30", "2026-03-01").is_err());
    }
}

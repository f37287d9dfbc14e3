//! Which month a pack covers: `2026-09`, or `last` (the last month complete in the configured
//! time zone, on a clock tests can set).

use crate::error::{Error, Result};
use crate::period::parse_timezone;
use chrono::{Datelike, Months, NaiveDate, TimeZone, Utc};

/// The environment variable that sets "now" for `--month last` (an RFC 3339 instant): tests
/// and dry runs use it to run "on" a given day.
pub const CLOCK_ENV: &str = "RECAP_NOW";

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// The first day.
    pub start: NaiveDate,
}

impl Month {
    pub fn of(d: NaiveDate) -> Month {
        Month {
            start: d.with_day(1).unwrap_or(d),
        }
    }

    /// The last day.
    pub fn end(self) -> NaiveDate {
        (self.start + Months::new(1))
            .pred_opt()
            .unwrap_or(self.start)
    }

    /// `n` months earlier.
    pub fn back(self, n: u32) -> Month {
        Month {
            start: self.start - Months::new(n),
        }
    }

    /// `2026-09`: the folder name and what users type.
    pub fn label(self) -> String {
        format!("{:04}-{:02}", self.start.year(), self.start.month())
    }

    /// The value-review quarter this month is in (`2026-Q3`).
    pub fn quarter(self) -> String {
        format!(
            "{}-Q{}",
            self.start.year(),
            (self.start.month() - 1) / 3 + 1
        )
    }

    /// Parses `YYYY-MM`, or `last`: the month before the one `now` falls in, in `timezone`.
    pub fn parse(s: &str, timezone: &str, now: chrono::DateTime<Utc>) -> Result<Month> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("last") {
            let tz = parse_timezone(timezone)?;
            let today = tz.from_utc_datetime(&now.naive_utc()).date_naive();
            return Ok(Month::of(today).back(1));
        }
        let bad = || {
            Error::Config(format!(
                "--month {s:?} is not a month; write it as YYYY-MM (2026-09) or `last`."
            ))
        };
        let (y, m) = s.split_once('-').ok_or_else(bad)?;
        let (y, m): (i32, u32) = (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        if !(1900..=9999).contains(&y) {
            return Err(bad());
        }
        NaiveDate::from_ymd_opt(y, m, 1)
            .map(|start| Month { start })
            .ok_or_else(bad)
    }
}

/// Now, or the instant in `RECAP_NOW`.
pub fn now() -> Result<chrono::DateTime<Utc>> {
    match std::env::var(CLOCK_ENV) {
        Ok(s) if !s.trim().is_empty() => chrono::DateTime::parse_from_rfc3339(s.trim())
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                Error::Config(format!(
                    "{CLOCK_ENV}={s:?} is not an instant; write it as RFC 3339, e.g. 2026-03-01T00:30:00Z."
                ))
            }),
        _ => Ok(Utc::now()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> chrono::DateTime<Utc> {
        chrono::DateTime::parse_from_rfc3339(s)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn last_month_at_month_and_year_boundaries() {
        let cases = [
            // On Jan 1 the last complete month is December of the year before.
            ("2027-01-01T08:00:00Z", "UTC", "2026-12"),
            ("2026-03-01T08:00:00Z", "UTC", "2026-02"),
            ("2026-03-31T23:00:00Z", "UTC", "2026-02"),
            ("2026-12-31T12:00:00Z", "UTC", "2026-11"),
            // 23:30 UTC on Mar 31 is already Apr 1 in Berlin: March is complete there.
            ("2026-03-31T23:30:00Z", "Europe/Berlin", "2026-03"),
            // 02:00 UTC on Mar 1 is still Feb 28 in New York: January is the last complete month.
            ("2026-03-01T02:00:00Z", "America/New_York", "2026-01"),
            // 23:00 UTC on Dec 31 is Jan 1 in Tokyo: December is complete.
            ("2026-12-31T23:00:00Z", "Asia/Tokyo", "2026-12"),
        ];
        for (now, tz, want) in cases {
            assert_eq!(
                Month::parse("last", tz, at(now)).unwrap().label(),
                want,
                "{now} {tz}"
            );
        }
    }

    #[test]
    fn explicit_months_and_errors() {
        let now = at("2026-10-05T00:00:00Z");
        let m = Month::parse("2026-09", "UTC", now).unwrap();
        assert_eq!(
            (m.label(), m.end().to_string()),
            ("2026-09".into(), "2026-09-30".into())
        );
        assert_eq!(
            Month::parse("2024-02", "UTC", now)
                .unwrap()
                .end()
                .to_string(),
            "2024-02-29"
        );
        assert_eq!(m.quarter(), "2026-Q3");
        for bad in ["2026-13", "2026", "sept", "2026-9-1"] {
            assert!(Month::parse(bad, "UTC", now).is_err(), "{bad}");
        }
        let e = Month::parse("last", "Mars/Olympus", now)
            .unwrap_err()
            .to_string();
        assert!(e.contains("IANA"), "{e}");
    }
}

//! Phrases every document needs, worded through the messages of `common.ftl`: period names,
//! stakeholder roles, goal statuses, a figure in a goal's own unit, a list of names.

use chrono::{Datelike, NaiveDate};

use super::Texts;
use crate::metrics::GoalStatus;

/// "yes" or "no": the argument a message's yes/no selector reads (`{ $valued -> [yes] … }`).
pub fn yes(b: bool) -> crate::locale::Arg<'static> {
    if b { "yes" } else { "no" }.into()
}

/// Whole months a period covers, when it starts on a 1st and ends on a month end.
pub fn whole_months(start: NaiveDate, end: NaiveDate) -> Option<u32> {
    let next = end.succ_opt()?;
    if start.day() != 1 || next.day() != 1 {
        return None;
    }
    let m = (next.year() - start.year()) * 12 + next.month() as i32 - start.month() as i32;
    u32::try_from(m).ok().filter(|m| *m > 0)
}

/// "Q3 2026", "September 2026", "2026", or "Jul 1 – Aug 14, 2026", in the reader's language.
pub fn period_name(t: &Texts, start: NaiveDate, end: NaiveDate) -> String {
    match whole_months(start, end) {
        Some(1) => t.fmt.month_year(start),
        Some(3) if (start.month() - 1).is_multiple_of(3) => quarter(t, start),
        Some(12) if start.month() == 1 => t.fmt.year(start),
        _ => date_range(t, start, end),
    }
}

/// A short name for chart axes: "Q3 2026", "Sep", "2026", "Jul 1".
pub fn period_short(t: &Texts, start: NaiveDate, end: NaiveDate) -> String {
    match whole_months(start, end) {
        Some(1) => t.fmt.month(start),
        Some(3) if (start.month() - 1).is_multiple_of(3) => quarter(t, start),
        Some(12) if start.month() == 1 => t.fmt.year(start),
        _ => t.fmt.day_month(start),
    }
}

fn quarter(t: &Texts, start: NaiveDate) -> String {
    t.msg(
        "period-quarter",
        &[
            ("quarter", ((start.month() - 1) / 3 + 1).into()),
            // The year as a plain string: numbers in messages are grouped ("2,026").
            ("year", start.year().to_string().into()),
        ],
    )
}

/// "Jul 1, 2026 – Sep 30, 2026": both ends in the locale's date form (ICU4X has no
/// interval formats; a shortened start reads wrongly in some languages).
pub fn date_range(t: &Texts, start: NaiveDate, end: NaiveDate) -> String {
    t.msg(
        "period-range",
        &[
            ("start", t.fmt.date(start).into()),
            ("end", t.fmt.date(end).into()),
        ],
    )
}

/// A stakeholder role as a label: "Executive sponsor"; a role recap does not know is shown
/// as the data has it, made readable.
pub fn role(t: &Texts, role: &str) -> String {
    role_message(t, "role", role)
}

/// The role inside a sentence: "the executive sponsor".
pub fn role_in_sentence(t: &Texts, role: &str) -> String {
    role_message(t, "role-in-sentence", role)
}

fn role_message(t: &Texts, id: &str, role: &str) -> String {
    let key = match role.trim() {
        "executive_sponsor" => "executive_sponsor",
        "champion" => "champion",
        "end_user" | "end_users" => "end_user",
        "admin" => "admin",
        "" => "unassigned",
        _ => "other",
    };
    t.msg(id, &[("role", key.into()), ("name", humanize(role).into())])
}

/// The order stakeholders are shown in: sponsor, champion, end users, the rest.
pub fn role_order(role: &str) -> usize {
    match role {
        "executive_sponsor" => 0,
        "champion" => 1,
        "end_user" | "end_users" => 2,
        _ => 3,
    }
}

/// The key of a goal status in data and messages: achieved, on_track, at_risk, missed,
/// no_data.
pub fn status_key(s: GoalStatus) -> &'static str {
    match s {
        GoalStatus::Achieved => "achieved",
        GoalStatus::OnTrack => "on_track",
        GoalStatus::AtRisk => "at_risk",
        GoalStatus::Missed => "missed",
        GoalStatus::NoData => "no_data",
    }
}

/// "Achieved", "On track", … in the reader's language.
pub fn goal_status(t: &Texts, s: GoalStatus) -> String {
    t.msg("goal-status", &[("status", status_key(s).into())])
}

/// True for a unit in percent or percentage points (moves are said in points).
pub fn is_points_unit(unit: &str) -> bool {
    matches!(
        unit.trim().to_ascii_lowercase().as_str(),
        "%" | "percent" | "pct" | "pts" | "points" | "pt"
    )
}

/// A figure in the goal's unit: "14 h", "85%", "$120", "1,200 tickets". The unit is the
/// customer's own word from the data and is kept as it is (in English, "1 handoffs" is
/// made "1 handoff").
pub fn quantity(t: &Texts, v: f64, unit: &str, currency: &str) -> String {
    let u = unit.trim();
    match u.to_ascii_lowercase().as_str() {
        "" => t.fmt.number(v),
        "%" | "percent" | "pct" => t.fmt.percent_figure(v),
        "pts" | "points" | "pt" => points(t, v),
        "$" | "usd" | "eur" | "€" | "gbp" | "£" | "money" | "currency" => {
            let code = match u.to_ascii_lowercase().as_str() {
                "$" | "usd" => "USD",
                "eur" | "€" => "EUR",
                "gbp" | "£" => "GBP",
                _ => currency,
            };
            t.fmt.money_precise(v, code)
        }
        _ => {
            let n = t.fmt.number(v);
            let u = if t.lang == super::ENGLISH && n == "1" {
                singular(u)
            } else {
                u.to_string()
            };
            format!("{n}\u{a0}{u}")
        }
    }
}

/// A figure in percentage points: "4.5 pts", "1 pt".
pub fn points(t: &Texts, v: f64) -> String {
    t.msg(
        "quantity-points",
        &[
            ("value", t.fmt.number(v).into()),
            ("count", plural_number(v).into()),
        ],
    )
}

/// A move in percentage points, in words for a sentence: "24 points", "1 point".
pub fn points_words(t: &Texts, v: f64) -> String {
    t.msg(
        "points-words",
        &[
            ("value", t.fmt.number(v).into()),
            ("count", plural_number(v).into()),
        ],
    )
}

/// The number a message's plural selector sees: the figure as printed (1.0 → one,
/// 1.04 printed "1" → one), so the words agree with the digits.
pub fn plural_number(v: f64) -> f64 {
    let scale = 10f64.powi(super::format::figure_places(v) as i32);
    (v.abs() * scale).round() / scale
}

/// "1 handoffs" reads wrong: a one-word English plural unit in the singular ("handoff",
/// "entry", "batch"). Anything else (symbols, abbreviations such as "ms", several words)
/// is kept as the data has it.
fn singular(unit: &str) -> String {
    if unit.len() < 3 || !unit.bytes().all(|b| b.is_ascii_alphabetic()) {
        return unit.into();
    }
    let lower = unit.to_ascii_lowercase();
    let keep = |n: usize| unit[..unit.len() - n].to_string();
    if lower.ends_with("ies") && unit.len() > 4 {
        format!("{}y", keep(3))
    } else if ["sses", "ches", "shes", "xes", "zes"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        keep(2)
    } else if lower.ends_with('s') && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e)) {
        keep(1)
    } else {
        unit.into()
    }
}

/// "ticket_resolution_hours" → "Ticket resolution hours": an identifier from the data made
/// readable; text with spaces is kept as it is.
pub fn humanize(s: &str) -> String {
    let t = s.trim();
    let t = if !t.contains(' ') && t.contains('_') {
        t.replace('_', " ")
    } else {
        t.to_string()
    };
    let mut c = t.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Names as a list: "Dana and Lee", "Dana, Lee and Sam"; past three, the first two and
/// "3 more".
pub fn names(t: &Texts, names: &[String]) -> String {
    if names.len() > 3 {
        t.msg(
            "names-and-more",
            &[
                ("names", t.fmt.and_list(&names[..2]).into()),
                ("more", (names.len() - 2).into()),
            ],
        )
    } else {
        t.fmt.and_list(names)
    }
}

/// Sentences one after the other, as the language separates them (a space in English, none
/// in Japanese). Empty ones are left out.
pub fn sentences(t: &Texts, parts: &[String]) -> String {
    let gap = t.msg("sentence-gap", &[]);
    parts
        .iter()
        .filter(|p| !p.trim().is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(&gap)
}

/// Cuts a comment to `max` characters at a word boundary, ending in an ellipsis.
pub fn clip(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let at = cut
        .rfind(char::is_whitespace)
        .filter(|i| *i > max / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_units_agree_with_one() {
        assert_eq!(singular("handoffs"), "handoff");
        assert_eq!(singular("entries"), "entry");
        assert_eq!(singular("batches"), "batch");
        assert_eq!(singular("ms"), "ms");
        assert_eq!(singular("status"), "status");
    }

    #[test]
    fn identifiers_read_as_words() {
        assert_eq!(
            humanize("ticket_resolution_hours"),
            "Ticket resolution hours"
        );
        assert_eq!(humanize("Already text"), "Already text");
        assert_eq!(clip("one two three four", 9), "one two…");
    }

    #[test]
    fn whole_months_of_periods() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(whole_months(d("2026-07-01"), d("2026-09-30")), Some(3));
        assert_eq!(whole_months(d("2026-07-02"), d("2026-09-30")), None);
    }
}

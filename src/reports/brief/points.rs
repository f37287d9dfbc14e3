//! The talking points: a sentence for each rule that holds, with the figure that makes it
//! hold, and nothing when no rule does. The rules, most urgent first (the page's footer says
//! them too, from `brief-rules` in brief.ftl):
//!
//! 1. the renewal is within [`RENEWAL_DAYS`] days and health is under [`RENEWAL_HEALTH`];
//! 2. a detractor (score at most [`DETRACTOR_MAX`]) answered in the window (the latest one);
//! 3. health fell by [`HEALTH_DROP`] points or more in a quarter;
//! 4. unused paid seats are worth more than [`SHELFWARE_SHARE`] of ARR;
//! 5. a goal reached its target in the window (the latest one).
//!
//! At most five points, one a rule. The data has no NPS follow-up field, so "a detractor
//! without follow-up" is "a detractor in the window".

use chrono::NaiveDate;

use super::facts::{BriefFacts, Response};

/// A renewal this close, with health under [`RENEWAL_HEALTH`], is a point.
pub const RENEWAL_DAYS: i64 = 90;
pub const RENEWAL_HEALTH: f64 = 40.0;
/// NPS detractors score 0 to 6 (as [`crate::metrics::nps`] counts them).
pub const DETRACTOR_MAX: i64 = 6;
/// A fall of health by this many points or more in a quarter is a point.
pub const HEALTH_DROP: f64 = 10.0;
/// Shelfware worth more than this share of ARR is a point.
pub const SHELFWARE_SHARE: f64 = 0.10;

/// One talking point and the figures it cites.
#[derive(Debug, Clone, PartialEq)]
pub enum Point {
    Renewal {
        days: i64,
        on: NaiveDate,
        health: f64,
    },
    Detractor(Response),
    HealthFell {
        from: f64,
        to: f64,
    },
    Shelfware {
        seats: i64,
        value: f64,
        /// Of ARR, a fraction.
        share: f64,
    },
    GoalReached {
        title: String,
        unit: String,
        actual: f64,
        target: f64,
        on: NaiveDate,
    },
}

/// The points of `f`, in the rules' order.
pub fn choose(f: &BriefFacts, renewal_date: Option<NaiveDate>) -> Vec<Point> {
    let m = &f.metrics;
    let mut out = Vec::new();
    if let (Some(days), Some(on), Some(health)) = (f.days_to_renewal, renewal_date, m.health.score)
        && (0..=RENEWAL_DAYS).contains(&days)
        && health < RENEWAL_HEALTH
    {
        out.push(Point::Renewal { days, on, health });
    }
    if let Some(r) = f
        .changes
        .responses
        .iter()
        .filter(|r| (0..=DETRACTOR_MAX).contains(&r.score))
        .max_by_key(|r| r.on)
    {
        out.push(Point::Detractor(r.clone()));
    }
    if let (Some(to), Some(from)) = (m.health.score, m.health_previous.score)
        && from - to >= HEALTH_DROP
    {
        out.push(Point::HealthFell { from, to });
    }
    if let (Some(seats), Some(value), Some(arr)) =
        (m.seats.shelfware, m.seats.shelfware_value, m.arr_end)
        && arr > 0.0
        && value / arr > SHELFWARE_SHARE
    {
        out.push(Point::Shelfware {
            seats,
            value,
            share: value / arr,
        });
    }
    let (since, as_of) = (f.dates.since, f.dates.as_of);
    if let Some(g) = m
        .goals
        .iter()
        .filter(|g| g.reached_on.is_some_and(|d| since <= d && d <= as_of))
        .max_by_key(|g| g.reached_on)
        && let (Some(actual), Some(on)) = (g.actual, g.reached_on)
    {
        out.push(Point::GoalReached {
            title: g.title.trim().to_string(),
            unit: g.unit.clone(),
            actual,
            target: g.target,
            on,
        });
    }
    out
}

//! Wrapped's cards: one big number and one line each, chosen from a catalogue by what is true
//! and worth saying for this account, ordered for the reader's role.
//!
//! A card whose fact is missing or unflattering is left out (never shown as 0). Between the
//! opening card (name, year) and the closing card (next year's goal, a call to action) come
//! at most [`MAX_MIDDLE`] cards; an account with fewer than [`MIN_MIDDLE`] gets no Wrapped.

use serde::Serialize;

use super::facts::YearFacts;
use super::palette::Colours;
use super::peers::Rank;
use crate::locale::Texts;
use crate::locale::common::{self, humanize};

/// Cards between the opening and the closing card, at most.
pub const MAX_MIDDLE: usize = 5;
/// Cards between the opening and the closing card, at least, for a Wrapped to be made.
pub const MIN_MIDDLE: usize = 3;

/// The peer metric of active-user growth (the name in [`super::peers::Population`]).
pub const GROWTH: &str = "active-user-growth";

/// One card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Card {
    /// opening, value, goals, improvement, users, feature, busiest, milestones, support,
    /// closing.
    pub key: &'static str,
    /// The big number ("€48,200", "+32%"), or the account's name on the opening card.
    pub big: String,
    /// The line under it.
    pub line: String,
    /// "Top 4% of Mid-Market customers for active-user growth", when the rank is shown.
    pub rank: Option<String>,
    /// The picture of the fact, when the data has one to draw.
    pub picture: Option<Picture>,
    /// The card's background and text colours (set from the brand's palette).
    pub colours: Colours,
}

/// What a card draws under its number, from the same rows as the number: Typst draws it as
/// shapes (`templates/wrapped.typ`). Series hold `None` for a month without data: a gap,
/// never a zero bar.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Picture {
    /// Twelve bars, one a month; `mark` is the busiest.
    Bars {
        values: Vec<Option<i64>>,
        mark: usize,
    },
    /// The year as twelve cells, shaded by use; `mark` is the busiest month.
    Strip {
        values: Vec<Option<i64>>,
        mark: usize,
    },
    /// One progress ring a goal (0–1).
    Rings { progress: Vec<f64> },
    /// One bar split into each goal's share of the value (fractions, largest first).
    Split { parts: Vec<f64> },
    /// The success plan's milestones of the year as a path of dots, `done` of them reached.
    Dots { done: usize, total: usize },
    /// One square a resolved ticket, the escalated ones open.
    Tickets { resolved: usize, escalated: usize },
}

/// The index of the largest value (the first when tied).
fn busiest(values: &[Option<i64>]) -> Option<usize> {
    let (i, top) = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i, v)))
        .rev()
        .max_by_key(|(_, v)| *v)?;
    (top > 0).then_some(i)
}

/// A monthly series is worth a picture when two months or more have data.
fn two_months(values: &[Option<i64>]) -> bool {
    values.iter().filter(|v| v.is_some()).count() >= 2
}

/// The picture of card `key`, when the year's data has one.
fn picture(key: &str, f: &YearFacts) -> Option<Picture> {
    let s = &f.shapes;
    match key {
        "users" if two_months(&s.monthly_users) => Some(Picture::Bars {
            values: s.monthly_users.clone(),
            mark: busiest(&s.monthly_users)?,
        }),
        "busiest" if two_months(&s.monthly_events) => Some(Picture::Strip {
            values: s.monthly_events.clone(),
            mark: busiest(&s.monthly_events)?,
        }),
        "goals" if !s.goal_progress.is_empty() => Some(Picture::Rings {
            progress: s.goal_progress.iter().take(MAX_RINGS).copied().collect(),
        }),
        "value" if s.goal_values.len() >= 2 => {
            let total: f64 = s.goal_values.iter().sum();
            let mut parts: Vec<f64> = s.goal_values.iter().map(|v| v / total).collect();
            parts.sort_by(|a, b| b.total_cmp(a));
            Some(Picture::Split { parts })
        }
        "milestones" if s.milestones_in_year >= f.milestones_done => Some(Picture::Dots {
            done: f.milestones_done.min(MAX_DOTS),
            total: s.milestones_in_year.min(MAX_DOTS),
        }),
        "support" => Some(Picture::Tickets {
            resolved: f.tickets_resolved.min(MAX_TICKETS),
            escalated: s.escalated.min(f.tickets_resolved).min(MAX_TICKETS),
        }),
        _ => None,
    }
}

/// Rings a goals card draws at most (the first goals by id).
const MAX_RINGS: usize = 6;
/// Dots a milestones card draws at most.
const MAX_DOTS: usize = 12;
/// Squares a support card draws at most (one row of twelve, five rows).
const MAX_TICKETS: usize = 60;

/// What a card needs besides the year's facts.
pub struct CardContext<'a> {
    pub account: &'a str,
    pub segment: &'a str,
    pub currency: &'a str,
    /// The shown rank of the account's active-user growth among its segment, if any.
    pub growth_rank: Option<Rank>,
}

/// The order the middle cards are considered in for a reader's role: the sponsor reads
/// value and return first, the champion the goals, end users and admins adoption.
fn order(role: &str) -> &'static [&'static str] {
    match role {
        "executive_sponsor" => &[
            "value",
            "improvement",
            "goals",
            "users",
            "milestones",
            "support",
            "feature",
            "busiest",
        ],
        "champion" => &[
            "goals",
            "improvement",
            "milestones",
            "value",
            "users",
            "feature",
            "support",
            "busiest",
        ],
        _ => &[
            "users",
            "feature",
            "busiest",
            "improvement",
            "support",
            "goals",
            "milestones",
            "value",
        ],
    }
}

/// The middle card `key`, when its fact is there and worth saying.
fn card(t: &Texts, key: &'static str, f: &YearFacts, cx: &CardContext) -> Option<Card> {
    let mk = |big: String, line: String| Card {
        key,
        big,
        line,
        rank: None,
        picture: picture(key, f),
        colours: Colours::default(),
    };
    match key {
        "value" => f.value.map(|v| {
            mk(
                t.fmt.money(v, cx.currency),
                t.msg("wrapped-value", &[("year", f.year.to_string().into())]),
            )
        }),
        "goals" => (f.goals_achieved > 0).then(|| {
            mk(
                t.fmt.integer(f.goals_achieved as i64),
                t.msg("wrapped-goals", &[("count", f.goals_achieved.into())]),
            )
        }),
        "improvement" => f.best_improvement.as_ref().and_then(|b| {
            let pct = b.better_pct.filter(|p| *p >= 1.0)?;
            Some(mk(
                t.fmt.percent(pct),
                t.msg(
                    "wrapped-improvement",
                    &[
                        ("metric", humanize(&b.metric).into()),
                        (
                            "from",
                            common::quantity(t, b.baseline, &b.unit, cx.currency).into(),
                        ),
                        (
                            "to",
                            common::quantity(t, b.actual, &b.unit, cx.currency).into(),
                        ),
                    ],
                ),
            ))
        }),
        "users" => f.active_users.filter(|n| *n > 0).map(|n| {
            let growing = f.active_users_growth.filter(|g| g.round() > 0.0);
            let mut c = mk(
                t.fmt.integer(n),
                t.msg(
                    "wrapped-users",
                    &[
                        ("count", n.into()),
                        ("grew", common::yes(growing.is_some())),
                        (
                            "growth",
                            growing.map(|g| t.fmt.percent(g)).unwrap_or_default().into(),
                        ),
                    ],
                ),
            );
            c.rank = cx.growth_rank.filter(|_| growing.is_some()).map(|r| {
                t.msg(
                    "wrapped-rank-growth",
                    &[
                        ("top", t.fmt.percent(r.top_percent as f64).into()),
                        ("segment", cx.segment.to_string().into()),
                    ],
                )
            });
            c
        }),
        "feature" => f.top_feature.as_ref().map(|(name, users)| {
            mk(
                name.clone(),
                t.msg(
                    "wrapped-feature",
                    &[
                        ("users", (*users).into()),
                        ("new", f.new_features.len().into()),
                    ],
                ),
            )
        }),
        "busiest" => f.busiest_month.map(|(m, events)| {
            mk(
                // The card's headline: "Juin", not "juin", in languages that write months small.
                capitalized(&t.fmt.month_long(m)),
                t.msg("wrapped-busiest", &[("events", events.into())]),
            )
        }),
        "milestones" => (f.milestones_done > 0).then(|| {
            mk(
                t.fmt.integer(f.milestones_done as i64),
                t.msg("wrapped-milestones", &[("count", f.milestones_done.into())]),
            )
        }),
        "support" => (f.tickets_resolved > 0).then(|| {
            mk(
                t.fmt.integer(f.tickets_resolved as i64),
                t.msg(
                    "wrapped-support",
                    &[
                        ("count", f.tickets_resolved.into()),
                        ("avoided", f.escalations_avoided.into()),
                    ],
                ),
            )
        }),
        _ => None,
    }
}

/// `s` with its first letter a capital.
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// How many middle cards the year has facts for (before [`MAX_MIDDLE`] cuts them): fewer
/// than [`MIN_MIDDLE`] and the account gets no Wrapped.
pub fn worth_saying(t: &Texts, f: &YearFacts, cx: &CardContext) -> usize {
    order("executive_sponsor")
        .iter()
        .filter(|k| card(t, k, f, cx).is_some())
        .count()
}

/// The cards of one account's year for a reader in `role`; `None` when fewer than
/// [`MIN_MIDDLE`] facts are worth a card (the account gets no Wrapped).
pub fn cards(t: &Texts, f: &YearFacts, cx: &CardContext, role: &str) -> Option<Vec<Card>> {
    let middle: Vec<Card> = order(role)
        .iter()
        .filter_map(|k| card(t, k, f, cx))
        .take(MAX_MIDDLE)
        .collect();
    if middle.len() < MIN_MIDDLE {
        return None;
    }
    let opening = Card {
        key: "opening",
        big: cx.account.to_string(),
        line: t.msg(
            "wrapped-opening",
            &[
                ("year", f.year.to_string().into()),
                ("partial", common::yes(f.joined.is_some())),
                (
                    "joined",
                    f.joined
                        .map(|d| t.fmt.month_long(d))
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
        rank: None,
        picture: None,
        colours: Colours::default(),
    };
    let closing = Card {
        key: "closing",
        big: t.msg(
            "wrapped-closing-big",
            &[("next", (f.year + 1).to_string().into())],
        ),
        line: t.msg(
            "wrapped-closing",
            &[
                ("goaled", common::yes(f.next_goal.is_some())),
                (
                    "goal",
                    f.next_goal
                        .as_ref()
                        .map(|g| g.0.clone())
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
        rank: None,
        picture: None,
        colours: Colours::default(),
    };
    let mut out = vec![opening];
    out.extend(middle);
    out.push(closing);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::wrapped::facts::Improvement;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn empty() -> YearFacts {
        YearFacts {
            year: 2026,
            joined: None,
            value: None,
            goals_achieved: 0,
            goals_measured: 0,
            best_improvement: None,
            active_users: None,
            active_month: None,
            active_users_growth: None,
            top_feature: None,
            new_features: Vec::new(),
            busiest_month: None,
            milestones_done: 0,
            tickets_resolved: 0,
            escalations_avoided: 0,
            next_goal: None,
            shapes: Default::default(),
        }
    }

    fn rich() -> YearFacts {
        YearFacts {
            value: Some(48_200.0),
            goals_achieved: 2,
            goals_measured: 3,
            best_improvement: Some(Improvement {
                goal_id: "g1".into(),
                title: "Faster close".into(),
                metric: "close_days".into(),
                unit: "days".into(),
                baseline: 10.0,
                actual: 6.0,
                better_pct: Some(40.0),
            }),
            active_users: Some(120),
            active_month: Some(d("2026-12-01")),
            active_users_growth: Some(32.0),
            top_feature: Some(("Automations".into(), 80)),
            new_features: vec!["Automations".into()],
            busiest_month: Some((d("2026-06-01"), 950)),
            milestones_done: 4,
            tickets_resolved: 12,
            escalations_avoided: 3,
            next_goal: Some(("More automation".into(), Some(d("2027-06-30")))),
            ..empty()
        }
    }

    fn cx(rank: Option<Rank>) -> CardContext<'static> {
        CardContext {
            account: "Acme",
            segment: "Mid-Market",
            currency: "EUR",
            growth_rank: rank,
        }
    }

    fn keys(c: &[Card]) -> Vec<&str> {
        c.iter().map(|c| c.key).collect()
    }

    #[test]
    fn each_role_reads_its_own_cards_first() {
        let t = crate::locale::english();
        let f = rich();
        let sponsor = cards(&t, &f, &cx(None), "executive_sponsor").unwrap();
        assert_eq!(
            keys(&sponsor),
            [
                "opening",
                "value",
                "improvement",
                "goals",
                "users",
                "milestones",
                "closing"
            ]
        );
        assert_eq!(sponsor[1].big, "€48,200");
        assert_eq!(sponsor[1].line, "of measurable value delivered in 2026");
        assert_eq!(sponsor[2].big, "40%");
        assert_eq!(
            sponsor[2].line,
            "better close days: from 10\u{a0}days to 6\u{a0}days"
        );
        let champion = cards(&t, &f, &cx(None), "champion").unwrap();
        assert_eq!(champion[1].key, "goals");
        assert_eq!(champion[1].line, "goals reached their targets");
        let user = cards(&t, &f, &cx(None), "end_user").unwrap();
        assert_eq!(
            keys(&user),
            [
                "opening",
                "users",
                "feature",
                "busiest",
                "improvement",
                "support",
                "closing"
            ]
        );
        assert_eq!(
            user[1].line,
            "people use it every month, 32% more than a year ago"
        );
        assert_eq!(
            user[2].line,
            "most used, by 80 people, and 1 feature newly adopted"
        );
        assert_eq!(user[3].big, "June");
        let fr = crate::locale::Catalog::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
            "en",
        )
        .unwrap()
        .require("fr")
        .unwrap();
        let user_fr = cards(&fr, &f, &cx(None), "end_user").unwrap();
        assert_eq!(user_fr[3].big, "Juin");
        assert_eq!(
            user.last().unwrap().line,
            "Next up: More automation. Let's plan it together."
        );
    }

    #[test]
    fn missing_facts_make_no_card_and_too_few_make_no_wrapped() {
        let t = crate::locale::english();
        let f = YearFacts {
            milestones_done: 1,
            tickets_resolved: 5,
            ..empty()
        };
        // Two facts worth a card: not enough for a Wrapped.
        assert!(cards(&t, &f, &cx(None), "champion").is_none());
        let f = YearFacts {
            active_users: Some(0),
            active_users_growth: Some(-20.0),
            goals_achieved: 0,
            ..f
        };
        // No users is no card (never "0 people"), and shrinking is not said.
        assert!(cards(&t, &f, &cx(None), "end_user").is_none());
        let f = YearFacts {
            busiest_month: Some((d("2026-03-01"), 1)),
            joined: Some(d("2026-05-12")),
            ..f
        };
        let c = cards(&t, &f, &cx(None), "end_user").unwrap();
        assert_eq!(
            keys(&c),
            ["opening", "busiest", "support", "milestones", "closing"]
        );
        assert!(c.iter().all(|c| c.big != "0"));
        assert_eq!(c[0].line, "Your 2026 with us, since you joined in May");
        assert_eq!(c[2].line, "support tickets resolved");
        assert_eq!(
            c.last().unwrap().line,
            "Let's set next year's goals together."
        );
    }

    #[test]
    fn a_peer_rank_is_said_only_beside_growth() {
        let t = crate::locale::english();
        let rank = Rank {
            position: 4,
            group_size: 100,
            top_percent: 4,
        };
        let c = cards(&t, &rich(), &cx(Some(rank)), "end_user").unwrap();
        assert_eq!(
            c[1].rank.as_deref(),
            Some("Top 4% of Mid-Market customers for active-user growth")
        );
        let flat = YearFacts {
            active_users_growth: Some(0.2),
            ..rich()
        };
        let c = cards(&t, &flat, &cx(Some(rank)), "end_user").unwrap();
        assert_eq!(c[1].rank, None);
        assert_eq!(c[1].line, "people use it every month");
    }

    #[test]
    fn a_card_draws_its_fact_only_when_the_data_has_one() {
        let t = crate::locale::english();
        let mut users = vec![None; 12];
        users[2] = Some(40);
        users[6] = Some(90);
        users[7] = Some(90);
        users[11] = Some(80);
        let f = YearFacts {
            shapes: crate::reports::wrapped::facts::Shapes {
                monthly_users: users.clone(),
                monthly_events: users.clone(),
                goal_progress: vec![1.0, 0.25],
                goal_values: vec![1000.0, 3000.0],
                milestones_in_year: 6,
                escalated: 2,
            },
            ..rich()
        };
        let all: Vec<Card> = ["executive_sponsor", "end_user"]
            .iter()
            .flat_map(|r| cards(&t, &f, &cx(None), r).unwrap())
            .collect();
        let pic = |key: &str| all.iter().find(|c| c.key == key).unwrap().picture.clone();
        // July and August tie at 90: the first is the busiest; months without data stay gaps.
        assert_eq!(
            pic("users"),
            Some(Picture::Bars {
                values: users.clone(),
                mark: 6
            })
        );
        assert_eq!(
            pic("busiest"),
            Some(Picture::Strip {
                values: users,
                mark: 6
            })
        );
        assert_eq!(
            pic("goals"),
            Some(Picture::Rings {
                progress: vec![1.0, 0.25]
            })
        );
        assert_eq!(
            pic("value"),
            Some(Picture::Split {
                parts: vec![0.75, 0.25]
            })
        );
        assert_eq!(pic("milestones"), Some(Picture::Dots { done: 4, total: 6 }));
        assert_eq!(
            pic("support"),
            Some(Picture::Tickets {
                resolved: 12,
                escalated: 2
            })
        );
        // No picture for a sentence's improvement or a feature's name, nor for the opening and
        // closing cards.
        for key in ["improvement", "feature", "opening", "closing"] {
            assert_eq!(pic(key), None, "{key}");
        }

        // One month of usage is a dot, not a trend; one goal's value is not a split.
        let mut one = vec![None; 12];
        one[4] = Some(10);
        let f = YearFacts {
            shapes: crate::reports::wrapped::facts::Shapes {
                monthly_users: one.clone(),
                monthly_events: one,
                goal_values: vec![1000.0],
                ..Default::default()
            },
            ..rich()
        };
        let all: Vec<Card> = ["executive_sponsor", "end_user"]
            .iter()
            .flat_map(|r| cards(&t, &f, &cx(None), r).unwrap())
            .collect();
        for key in ["users", "busiest", "value", "goals"] {
            let c = all.iter().find(|c| c.key == key).unwrap();
            assert_eq!(c.picture, None, "{key}");
        }
    }
}

//! Support and sentiment: tickets, their ratings, NPS and what respondents wrote.

use std::cmp::Ordering;

use crate::charts::{self, NpsPoint, TicketsMonth};
use crate::locale::Texts;
use crate::locale::common::{self, period_name, period_short};
use crate::metrics::{self, AccountMetrics};
use crate::model::{AccountData, NpsResponse};
use crate::period::Period;

use super::doc::{ChartRef, Comment, NpsSection, PeriodInfo, SupportSection};

/// Periods on the NPS trend, the current one included.
const NPS_PERIODS: usize = 4;

/// "up", "down" or "flat" for a change of a rounded score.
pub(super) fn direction(d: i64) -> &'static str {
    match d.cmp(&0) {
        Ordering::Greater => "up",
        Ordering::Less => "down",
        Ordering::Equal => "flat",
    }
}

/// "+6 since Q2 2026".
pub(super) fn change_since(t: &Texts, d: i64, previous: &str) -> String {
    t.msg(
        "change-since",
        &[
            ("change", t.fmt.signed(d as f64).into()),
            ("period", previous.to_string().into()),
        ],
    )
}

pub(super) fn support(t: &Texts, m: &AccountMetrics, p: &PeriodInfo) -> SupportSection {
    let s = &m.support;
    let sentence = if s.opened == 0 {
        t.msg("support-none", &[("period", p.label.clone().into())])
    } else {
        t.msg(
            "support-tickets",
            &[
                ("opened", s.opened.into()),
                ("period", p.label.clone().into()),
                ("escalated", s.escalations.into()),
                ("critical", s.critical.into()),
                ("closed", s.closed.into()),
            ],
        )
    };
    let csat = s.csat.map(|c| t.fmt.number((c * 10.0).round() / 10.0));
    let csat_sentence = match &csat {
        Some(c) => t.msg("support-csat", &[("csat", c.clone().into())]),
        None if s.opened == 0 => t.msg("support-csat-none", &[("why", "no-tickets".into())]),
        None => t.msg("support-csat-none", &[("why", "unrated".into())]),
    };
    let months: Vec<TicketsMonth> = s
        .by_month
        .iter()
        .map(|(mo, opened, esc)| TicketsMonth {
            label: t.fmt.month(*mo),
            opened: *opened,
            escalated: *esc,
        })
        .collect();
    let chart = charts::tickets_drawable(&months).then(|| {
        let parts: Vec<String> = s
            .by_month
            .iter()
            .map(|(mo, o, e)| {
                t.msg(
                    "support-chart-month",
                    &[
                        ("month", t.fmt.month_long(*mo).into()),
                        ("opened", (*o).into()),
                        ("escalated", (*e).into()),
                    ],
                )
            })
            .collect();
        ChartRef {
            name: "tickets",
            path: charts::chart_path("tickets"),
            labels: charts::labels_path("tickets"),
            alt: t.msg(
                "support-chart-alt",
                &[
                    ("period", p.label.clone().into()),
                    ("months", t.fmt.and_list(&parts).into()),
                ],
            ),
        }
    });
    SupportSection {
        paragraph: common::sentences(t, &[sentence.clone(), csat_sentence.clone()]),
        opened: s.opened,
        closed: s.closed,
        escalations: s.escalations,
        critical: s.critical,
        csat: csat.map(|c| t.msg("support-csat-score", &[("csat", c.into())])),
        sentence,
        csat_sentence,
        months,
        // The sentence says no tickets were opened; nothing more to explain.
        chart_missing: None,
        chart,
    }
}

pub(super) fn nps(
    t: &Texts,
    data: &AccountData,
    m: &AccountMetrics,
    period: &Period,
    p: &PeriodInfo,
) -> NpsSection {
    let n = &m.nps;
    let prev = &m.nps_previous;
    let (change, change_direction) = match (n.score, prev.score) {
        (Some(a), Some(b)) => {
            let d = (a.round() - b.round()) as i64;
            (Some(change_since(t, d, &p.previous)), direction(d))
        }
        _ => (None, "none"),
    };
    let sentence = match n.score {
        None => t.msg("nps-none", &[]),
        Some(s) => {
            let main = t.msg(
                "nps-score",
                &[
                    ("score", t.fmt.signed(s).into()),
                    ("responses", n.responses.into()),
                    ("promoters", n.promoters.into()),
                    ("passives", n.passives.into()),
                    ("detractors", n.detractors.into()),
                    (
                        "trend",
                        match (prev.score, change_direction) {
                            (Some(_), "up" | "down") => change_direction,
                            (Some(_), _) => "same",
                            (None, _) => "none",
                        }
                        .into(),
                    ),
                    (
                        "previous",
                        prev.score
                            .map(|b| t.fmt.signed(b))
                            .unwrap_or_default()
                            .into(),
                    ),
                    ("period", p.previous.clone().into()),
                ],
            );
            let caution = if n.responses < 5 {
                t.msg("nps-caution", &[("responses", n.responses.into())])
            } else {
                String::new()
            };
            common::sentences(t, &[main, caution])
        }
    };
    // Verbatims: the best and the worst of the period, then the latest other one.
    let role_of = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| data.contacts.iter().find(|c| &c.contact_id == id))
            .map(|c| common::role(t, &c.role))
            .unwrap_or_else(|| t.msg("nps-respondent", &[]))
    };
    let with_text: Vec<&NpsResponse> = data
        .nps
        .iter()
        .filter(|r| period.contains(r.responded_at) && (0..=10).contains(&r.score))
        .filter(|r| r.comment.as_deref().is_some_and(|c| !c.trim().is_empty()))
        .collect();
    let mut picked: Vec<&NpsResponse> = Vec::new();
    if let Some(best) = with_text.iter().max_by(|a, b| {
        a.score
            .cmp(&b.score)
            .then(a.responded_at.cmp(&b.responded_at))
    }) {
        picked.push(best);
    }
    if let Some(worst) = with_text.iter().filter(|r| r.score <= 8).min_by(|a, b| {
        a.score
            .cmp(&b.score)
            .then(b.responded_at.cmp(&a.responded_at))
    }) && !picked.iter().any(|x| x.response_id == worst.response_id)
    {
        picked.push(worst);
    }
    for r in with_text.iter().rev() {
        if picked.len() >= 3 {
            break;
        }
        if !picked.iter().any(|x| x.response_id == r.response_id) {
            picked.push(r);
        }
    }
    picked.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.responded_at.cmp(&b.responded_at))
    });
    let comments: Vec<Comment> = picked
        .iter()
        .map(|r| Comment {
            text: common::clip(r.comment.as_deref().unwrap_or(""), 480),
            score: r.score,
            score_label: t.msg("nps-comment-score", &[("score", r.score.into())]),
            kind: match r.score {
                9..=10 => "promoter",
                7..=8 => "passive",
                _ => "detractor",
            },
            who: role_of(&r.contact_id),
            date: t.fmt.date(r.responded_at),
        })
        .collect();
    let comments_missing = comments.is_empty().then(|| {
        let why = if n.responses == 0 {
            "no-responses"
        } else {
            "no-comments"
        };
        t.msg("nps-comments-missing", &[("why", why.into())])
    });
    // The trend: this period and the ones before it, each the same length.
    let mut periods = vec![period.clone()];
    for _ in 1..NPS_PERIODS {
        let before = periods
            .last()
            .map(Period::previous)
            .unwrap_or_else(|| period.clone());
        periods.push(before);
    }
    periods.reverse();
    let trend: Vec<NpsPoint> = periods
        .iter()
        .map(|pp| {
            let r = metrics::nps(
                data.nps
                    .iter()
                    .filter(|x| pp.contains(x.responded_at))
                    .map(|x| x.score),
            );
            NpsPoint {
                label: period_short(t, pp.start, pp.end),
                score: r.score,
                responses: r.responses,
            }
        })
        .collect();
    let chart = charts::nps_drawable(&trend).then(|| {
        let parts: Vec<String> = periods
            .iter()
            .zip(&trend)
            .map(|(pp, x)| {
                t.msg(
                    "nps-chart-period",
                    &[
                        ("period", period_name(t, pp.start, pp.end).into()),
                        ("scored", common::yes(x.score.is_some())),
                        (
                            "score",
                            x.score.map(|s| t.fmt.signed(s)).unwrap_or_default().into(),
                        ),
                        ("responses", x.responses.into()),
                    ],
                )
            })
            .collect();
        ChartRef {
            name: "nps",
            path: charts::chart_path("nps"),
            labels: charts::labels_path("nps"),
            alt: t.msg(
                "nps-chart-alt",
                &[("periods", t.fmt.and_list(&parts).into())],
            ),
        }
    });
    let chart_missing = chart.is_none().then(|| t.msg("nps-chart-missing", &[]));
    NpsSection {
        score: n.score.map(|s| t.fmt.signed(s)),
        score_value: n.score,
        responses: n.responses,
        promoters: n.promoters,
        passives: n.passives,
        detractors: n.detractors,
        previous: prev.score.map(|s| t.fmt.signed(s)),
        change,
        change_direction,
        sentence,
        comments,
        comments_missing,
        trend,
        chart,
        chart_missing,
    }
}

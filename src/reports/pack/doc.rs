//! The pack as its templates read it: every figure already worded and formatted in the
//! reader's language, with its chart geometry. `templates/pack.typ` gets it as JSON,
//! `templates/pack.html.tera` as its context; neither computes anything.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::chart::{self, Funnel, Lines};
use super::facts::SPAN;
use super::figures::{Better, Column, Figure, Kind};
use super::hotspots::GroupRow;
use super::month::Month;
use super::portfolio::{Mover, Portfolio};
use crate::config::StageConfig;
use crate::locale::Texts;
use crate::locale::common::{clip, points};
use crate::stats;

/// What the pack's words need besides the figures.
pub struct Context<'a> {
    pub month: Month,
    /// `None` for the whole portfolio; else (dimension, group).
    pub scope: Option<(&'a str, &'a str)>,
    pub company: &'a str,
    pub accent: &'a str,
    pub currency: &'a str,
    pub stages: &'a [StageConfig],
    pub min_group: usize,
    pub fdr: f64,
    /// Where an account's value review is: the base its file name is appended to.
    pub reviews_base: &'a str,
    pub freshness: &'a [(String, Option<NaiveDate>)],
    pub checks: &'a crate::check::Report,
    pub rates: Vec<(String, f64, &'static str)>,
}

/// One figure as printed.
#[derive(Debug, Clone, Serialize)]
pub struct FigureView {
    pub key: &'static str,
    pub label: String,
    pub value: String,
    pub has_value: bool,
    /// "+2 pts vs August", or why there is no comparison.
    pub change: String,
    /// good, bad, flat or none: colours the change.
    pub tone: &'static str,
    pub n: String,
    pub spark: Option<Lines>,
    /// The sparkline in words, for screen readers.
    pub alt: String,
    /// Lowest and highest of the twelve months, formatted.
    pub low: String,
    pub high: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Bucket {
    pub label: String,
    pub count: u64,
    /// Share of measured goals, 0–1 (bar widths).
    pub share: f64,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StageView {
    pub name: String,
    pub kpi: String,
    pub value: String,
    pub change: String,
    pub tone: &'static str,
    pub owner: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub text: String,
    pub verdict: &'static str,
    pub n: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupLine {
    pub name: String,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DimensionTable {
    pub label: String,
    pub groups: Vec<GroupLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FunnelView {
    pub label: String,
    pub chart: Option<Funnel>,
    pub y_low: String,
    pub y_high: String,
    pub n_low: String,
    pub n_high: String,
    pub alt: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Callout {
    pub verdict: &'static str,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MoverView {
    pub name: String,
    pub href: String,
    pub csm: String,
    pub figure: String,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MoveList {
    pub title: String,
    pub rows: Vec<MoverView>,
    /// "3 more" or the reason the list is empty.
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TrendView {
    pub label: String,
    pub chart: Option<Lines>,
    pub low: String,
    pub high: String,
    pub first: String,
    pub last: String,
    pub alt: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Definition {
    pub term: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Line2 {
    pub label: String,
    pub text: String,
    pub warn: bool,
}

/// The whole pack.
#[derive(Debug, Clone, Serialize)]
pub struct PackDoc {
    pub lang: String,
    pub region: Option<String>,
    pub tag: String,
    pub labels: BTreeMap<String, String>,
    pub title: String,
    pub subtitle: String,
    pub company: String,
    pub accent: String,
    pub warnings: Vec<String>,
    pub success: Vec<FigureView>,
    pub business: Vec<FigureView>,
    pub buckets: Vec<Bucket>,
    pub stages: Vec<StageView>,
    pub callouts: Vec<Callout>,
    pub callouts_note: String,
    /// Page 1's line on renewals at risk.
    pub at_risk: String,
    pub funnels: Vec<FunnelView>,
    pub tables: Vec<DimensionTable>,
    pub hot_metrics: Vec<String>,
    pub movement: Vec<MoveList>,
    pub trends: Vec<TrendView>,
    pub definitions: Vec<Definition>,
    pub freshness: Vec<Line2>,
    pub checks: Vec<Line2>,
    pub rates: Vec<Line2>,
    pub unconverted: String,
}

fn sign(v: f64) -> &'static str {
    if v > 0.0 {
        "+"
    } else if v < 0.0 {
        "\u{2212}"
    } else {
        ""
    }
}

/// A figure's value as printed.
pub fn value_text(t: &Texts, kind: Kind, v: f64, currency: &str) -> String {
    match kind {
        Kind::Share => t.fmt.fraction(v),
        Kind::Money => t.fmt.money(v, currency),
        Kind::Days => t.msg("pack-days", &[("days", v.round().into())]),
        Kind::Count => t.fmt.integer(v.round() as i64),
        Kind::Score => t.fmt.signed(v),
    }
}

/// A change as printed, with its sign: "+2.5 pts", "−$40,000", "+3 days".
fn change_text(t: &Texts, kind: Kind, d: f64, currency: &str) -> String {
    let s = sign(d);
    let a = d.abs();
    let body = match kind {
        Kind::Share => points(t, 100.0 * a),
        Kind::Money => t.fmt.money(a, currency),
        Kind::Days => t.msg("pack-days", &[("days", a.round().into())]),
        Kind::Count => t.fmt.integer(a.round() as i64),
        Kind::Score => points(t, a),
    };
    format!("{s}{body}")
}

fn tone(better: Better, d: f64) -> &'static str {
    match (better, d.partial_cmp(&0.0)) {
        (_, Some(std::cmp::Ordering::Equal)) | (_, None) => "flat",
        (Better::Neither, _) => "flat",
        (Better::Up, Some(std::cmp::Ordering::Greater))
        | (Better::Down, Some(std::cmp::Ordering::Less)) => "good",
        _ => "bad",
    }
}

fn figure_view(t: &Texts, f: &Figure, c: &Context) -> FigureView {
    let label = t.msg(&format!("pack-metric-{}", f.key), &[]);
    let previous_month = t.fmt.month_long(c.month.back(1).start);
    let (change, tone) = match (f.value, f.previous) {
        (Some(v), Some(p)) => {
            // The change as the reader sees it: between the two printed values.
            let d = v - p;
            let printed_same =
                value_text(t, f.kind, v, c.currency) == value_text(t, f.kind, p, c.currency);
            if printed_same {
                (
                    t.msg("pack-change-same", &[("month", previous_month.into())]),
                    "flat",
                )
            } else {
                (
                    t.msg(
                        "pack-change",
                        &[
                            ("change", change_text(t, f.kind, d, c.currency).into()),
                            ("month", previous_month.into()),
                        ],
                    ),
                    tone(f.better, d),
                )
            }
        }
        (Some(_), None) => (
            t.msg("pack-change-none", &[("month", previous_month.into())]),
            "none",
        ),
        _ => (String::new(), "none"),
    };
    let (low, high) = chart::range(&f.series).unwrap_or((0.0, 0.0));
    let spark = chart::line(&f.series, 120.0, 28.0, low, high);
    let fmt = |v: f64| value_text(t, f.kind, v, c.currency);
    let alt = match spark {
        Some(_) => t.msg(
            "pack-spark-alt",
            &[
                ("metric", label.clone().into()),
                ("low", fmt(low).into()),
                ("high", fmt(high).into()),
                (
                    "first",
                    first_value(&f.series).map(fmt).unwrap_or_default().into(),
                ),
                ("last", f.value.map(fmt).unwrap_or_default().into()),
            ],
        ),
        None => String::new(),
    };
    FigureView {
        key: f.key,
        value: match f.value {
            Some(v) => fmt(v),
            None => t.msg("pack-no-data", &[]),
        },
        has_value: f.value.is_some(),
        change,
        tone,
        n: t.msg(&format!("pack-n-{}", f.key), &[("n", f.n.into())]),
        spark,
        alt,
        low: fmt(low),
        high: fmt(high),
        label,
    }
}

fn first_value(series: &[Option<f64>]) -> Option<f64> {
    series.iter().flatten().next().copied()
}

fn dimension_label(t: &Texts, dim: &str) -> String {
    t.msg(&format!("pack-dimension-{dim}"), &[])
}

fn hot_metric_label(t: &Texts, metric: &str) -> String {
    t.msg(&format!("pack-hot-{metric}"), &[])
}

fn hot_value(t: &Texts, metric: &str, v: f64) -> String {
    match metric {
        "nps" => t.fmt.signed(v),
        "health" => t.fmt.integer(v.round() as i64),
        _ => t.fmt.fraction(v),
    }
}

/// The link to an account's value review.
pub fn review_href(base: &str, account_id: &str) -> String {
    let name = crate::batch::safe_name(account_id);
    if base.is_empty() {
        format!("{name}.html")
    } else {
        format!("{}/{name}.html", base.trim_end_matches('/'))
    }
}

fn movers(
    t: &Texts,
    c: &Context,
    key: &str,
    top: &super::portfolio::Top,
    figure: impl Fn(&Mover) -> String,
    detail: impl Fn(&Mover) -> String,
) -> MoveList {
    let rows: Vec<MoverView> = top
        .rows
        .iter()
        .map(|m| MoverView {
            name: m.name.clone(),
            href: review_href(c.reviews_base, &m.account_id),
            csm: m.csm.clone(),
            figure: figure(m),
            detail: detail(m),
        })
        .collect();
    let more = top.total.saturating_sub(rows.len() as u64);
    MoveList {
        title: t.msg(&format!("pack-move-{key}"), &[]),
        note: if rows.is_empty() {
            t.msg(&format!("pack-move-{key}-none"), &[])
        } else if more > 0 {
            t.msg("pack-move-more", &[("count", more.into())])
        } else {
            String::new()
        },
        rows,
    }
}

/// Builds the document.
pub fn build(
    t: &Texts,
    c: &Context,
    p: &Portfolio,
    figures: &[Figure],
    hot: &[GroupRow],
) -> PackDoc {
    let month_name = t.fmt.month_year(c.month.start);
    let scope = match c.scope {
        None => t.msg("pack-scope-all", &[]),
        Some((dim, group)) => t.msg(
            "pack-scope-group",
            &[
                ("dimension", dimension_label(t, dim).into()),
                ("group", group.to_string().into()),
            ],
        ),
    };
    let args = [
        ("month", month_name.clone().into()),
        ("company", c.company.to_string().into()),
    ];
    let views: Vec<FigureView> = figures.iter().map(|f| figure_view(t, f, c)).collect();
    let by_key = |k: &str| views.iter().find(|v| v.key == k).cloned();

    let mut warnings = Vec::new();
    for (table, last) in c.freshness {
        match last {
            Some(d) if super::is_stale(table, Some(*d), c.month) => warnings.push(t.msg(
                "pack-warning-stale",
                &[
                    ("table", table.clone().into()),
                    ("last", t.fmt.date(*d).into()),
                ],
            )),
            None => warnings.push(t.msg("pack-warning-empty", &[("table", table.clone().into())])),
            _ => {}
        }
    }
    if !p.unconverted.is_empty() {
        let mut codes: Vec<String> = p.unconverted.iter().map(|u| u.currency.clone()).collect();
        codes.sort();
        codes.dedup();
        warnings.push(t.msg(
            "pack-warning-unconverted",
            &[
                ("count", p.unconverted.len().into()),
                ("currencies", t.fmt.and_list(&codes).into()),
            ],
        ));
    }

    let measured: u64 = p.progress_buckets.iter().sum();
    let buckets = p
        .progress_buckets
        .iter()
        .enumerate()
        .map(|(i, &count)| Bucket {
            label: t.msg(&format!("pack-bucket-{i}"), &[]),
            count,
            share: if measured > 0 {
                count as f64 / measured as f64
            } else {
                0.0
            },
            text: t.fmt.integer(count as i64),
        })
        .collect();

    let stages = c
        .stages
        .iter()
        .map(|s| {
            let v = by_key(&s.kpi);
            let name_id = format!("pack-stage-{}", s.key);
            let name = t.msg(&name_id, &[]);
            StageView {
                name: if name.is_empty() { s.key.clone() } else { name },
                kpi: v.as_ref().map(|v| v.label.clone()).unwrap_or_default(),
                value: v.as_ref().map(|v| v.value.clone()).unwrap_or_default(),
                change: v.as_ref().map(|v| v.change.clone()).unwrap_or_default(),
                tone: v.as_ref().map(|v| v.tone).unwrap_or("none"),
                owner: t.msg("pack-stage-owner", &[("owner", s.owner.clone().into())]),
            }
        })
        .collect();

    // Hot spots: the called-out groups, strongest evidence first.
    let mut called: Vec<&GroupRow> = hot
        .iter()
        .filter(|r| matches!(r.verdict, "hot" | "cold"))
        .collect();
    called.sort_by(|a, b| {
        let pa = a.test.map(|x| x.p).unwrap_or(1.0);
        let pb = b.test.map(|x| x.p).unwrap_or(1.0);
        pa.total_cmp(&pb)
            .then(a.metric.cmp(b.metric))
            .then(a.group.cmp(&b.group))
    });
    let callouts = called
        .iter()
        .map(|r| Callout {
            verdict: r.verdict,
            text: t.msg(
                &format!("pack-hot-line-{}", r.verdict),
                &[
                    ("group", r.group.clone().into()),
                    ("dimension", dimension_label(t, r.dimension).into()),
                    ("metric", hot_metric_label(t, r.metric).into()),
                    (
                        "value",
                        r.value
                            .map(|v| hot_value(t, r.metric, v))
                            .unwrap_or_default()
                            .into(),
                    ),
                    (
                        "rest",
                        r.rest
                            .map(|v| hot_value(t, r.metric, v))
                            .unwrap_or_default()
                            .into(),
                    ),
                    ("n", r.n.into()),
                ],
            ),
        })
        .collect();
    let tested = hot.iter().filter(|r| r.test.is_some()).count();
    let callouts_note = t.msg(
        "pack-hot-note",
        &[
            ("tested", tested.into()),
            ("called", called.len().into()),
            ("fdr", t.fmt.fraction(c.fdr).into()),
            ("min", c.min_group.into()),
        ],
    );

    let hot_metrics = super::hotspots::HOT_METRICS
        .iter()
        .map(|m| hot_metric_label(t, m))
        .collect();
    let mut tables: Vec<DimensionTable> = Vec::new();
    for dim in super::portfolio::DIMENSIONS {
        let mut groups: Vec<GroupLine> = Vec::new();
        let names: Vec<&String> = p
            .groups
            .keys()
            .filter(|(d, _)| *d == dim)
            .map(|(_, g)| g)
            .collect();
        for name in names {
            let cells = super::hotspots::HOT_METRICS
                .iter()
                .map(|m| {
                    let r = hot
                        .iter()
                        .find(|r| r.metric == *m && r.dimension == dim && &r.group == name);
                    match r {
                        Some(r) => Cell {
                            text: r
                                .value
                                .map(|v| hot_value(t, m, v))
                                .unwrap_or_else(|| "—".into()),
                            verdict: if r.value.is_none() {
                                "small"
                            } else {
                                r.verdict
                            },
                            n: t.fmt.integer(r.n as i64),
                        },
                        None => Cell {
                            text: "—".into(),
                            verdict: "small",
                            n: String::new(),
                        },
                    }
                })
                .collect();
            groups.push(GroupLine {
                name: name.clone(),
                cells,
            });
        }
        if !groups.is_empty() {
            tables.push(DimensionTable {
                label: dimension_label(t, dim),
                groups,
            });
        }
    }

    let funnels = super::hotspots::HOT_METRICS
        .iter()
        .map(|m| funnel_view(t, m, p, hot))
        .collect();

    let fmt_money = |v: f64| t.fmt.money(v, c.currency);
    let movement = vec![
        movers(
            t,
            c,
            "health-drops",
            &p.movement.health_drops,
            |m| {
                t.msg(
                    "pack-move-health-figure",
                    &[("points", points(t, m.amount).into())],
                )
            },
            |m| {
                m.health
                    .map(|h| {
                        t.msg(
                            "pack-move-health-now",
                            &[("health", (h.round() as i64).into())],
                        )
                    })
                    .unwrap_or_default()
            },
        ),
        movers(
            t,
            c,
            "at-risk",
            &p.movement.at_risk,
            |m| m.renewal_date.map(|d| t.fmt.date(d)).unwrap_or_default(),
            |m| {
                t.msg(
                    "pack-move-at-risk-detail",
                    &[
                        ("health", (m.health.unwrap_or(0.0).round() as i64).into()),
                        ("arr", m.arr.map(fmt_money).unwrap_or_default().into()),
                    ],
                )
            },
        ),
        movers(
            t,
            c,
            "expansions",
            &p.movement.expansions,
            |m| format!("+{}", fmt_money(m.amount)),
            |m| {
                m.arr
                    .map(|a| t.msg("pack-move-arr-now", &[("arr", fmt_money(a).into())]))
                    .unwrap_or_default()
            },
        ),
        movers(
            t,
            c,
            "contractions",
            &p.movement.contractions,
            |m| format!("\u{2212}{}", fmt_money(m.amount.abs())),
            |m| {
                if m.churned {
                    t.msg("pack-move-churned", &[])
                } else {
                    m.arr
                        .map(|a| t.msg("pack-move-arr-now", &[("arr", fmt_money(a).into())]))
                        .unwrap_or_default()
                }
            },
        ),
        movers(
            t,
            c,
            "detractors",
            &p.movement.detractors,
            |m| t.msg("pack-move-score", &[("score", m.score.unwrap_or(0).into())]),
            |m| {
                m.comment
                    .as_deref()
                    .map(|s| format!("“{}”", clip(s, 140)))
                    .unwrap_or_default()
            },
        ),
    ];

    let first = t.fmt.month(c.month.back(SPAN as u32 - 1).start);
    let last = t.fmt.month(c.month.start);
    let trends = [
        "achieving_value",
        "nps",
        "seat_utilization",
        "csat",
        "arr",
        "nrr",
        "grr",
        "logo_churn",
    ]
    .iter()
    .filter_map(|k| figures.iter().find(|f| f.key == *k))
    .map(|f| {
        let (low, high) = chart::range(&f.series).unwrap_or((0.0, 0.0));
        let label = t.msg(&format!("pack-metric-{}", f.key), &[]);
        let fmt = |v: f64| value_text(t, f.kind, v, c.currency);
        TrendView {
            chart: chart::line(&f.series, 320.0, 110.0, low, high),
            alt: views
                .iter()
                .find(|v| v.key == f.key)
                .map(|v| v.alt.clone())
                .unwrap_or_default(),
            low: fmt(low),
            high: fmt(high),
            first: first.clone(),
            last: last.clone(),
            label,
        }
    })
    .collect();

    let definitions = super::figures::METRICS
        .iter()
        .map(|k| Definition {
            term: t.msg(&format!("pack-metric-{k}"), &[]),
            text: t.msg(
                &format!("pack-define-{k}"),
                &[("currency", c.currency.to_string().into())],
            ),
        })
        .chain(
            ["hot-spots", "currency", "renewal"]
                .iter()
                .map(|k| Definition {
                    term: t.msg(&format!("pack-define-{k}-term"), &[]),
                    text: t.msg(
                        &format!("pack-define-{k}"),
                        &[
                            ("currency", c.currency.to_string().into()),
                            ("min", c.min_group.into()),
                            ("fdr", t.fmt.fraction(c.fdr).into()),
                        ],
                    ),
                }),
        )
        .collect();
    let freshness = c
        .freshness
        .iter()
        .map(|(table, last)| Line2 {
            label: table.clone(),
            text: match last {
                Some(d) => t.fmt.date(*d),
                None => t.msg("pack-no-data", &[]),
            },
            warn: super::is_stale(table, *last, c.month),
        })
        .collect();
    let checks = c
        .checks
        .findings
        .iter()
        .map(|f| Line2 {
            label: format!("{} · {}", f.table, t.fmt.integer(f.count as i64)),
            // In the pack's language where the messages have this kind of finding.
            text: Some(t.msg(&format!("pack-check-{}", f.check), &[]))
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| f.advice.clone()),
            warn: true,
        })
        .collect();
    let rates = c
        .rates
        .iter()
        .filter(|(code, _, _)| code != c.currency)
        .map(|(code, rate, source)| Line2 {
            label: code.clone(),
            text: t.msg(
                "pack-rate",
                &[
                    ("code", code.clone().into()),
                    ("rate", t.fmt.decimal_places(*rate, 6).into()),
                    ("currency", c.currency.to_string().into()),
                    ("source", source.to_string().into()),
                ],
            ),
            warn: false,
        })
        .collect();
    let unconverted = if p.unconverted.is_empty() {
        String::new()
    } else {
        let names: Vec<String> = p
            .unconverted
            .iter()
            .take(12)
            .map(|u| format!("{} ({})", u.name, u.currency))
            .collect();
        t.msg(
            "pack-unconverted-list",
            &[
                ("count", p.unconverted.len().into()),
                ("names", crate::locale::common::names(t, &names).into()),
            ],
        )
    };

    let col = |c: Column| -> Vec<FigureView> {
        figures
            .iter()
            .zip(&views)
            .filter(|(f, _)| f.column == c)
            .map(|(_, v)| v.clone())
            .collect()
    };
    PackDoc {
        lang: t.language(),
        region: t.region(),
        tag: t.tag(),
        labels: t.labels_of("pack", &args),
        title: t.msg("pack-title", &args),
        subtitle: scope,
        company: c.company.to_string(),
        accent: c.accent.to_string(),
        warnings,
        success: col(Column::Success),
        business: col(Column::Business),
        buckets,
        stages,
        callouts,
        callouts_note,
        at_risk: t.msg(
            "pack-at-risk-line",
            &[
                ("count", p.movement.at_risk.total.into()),
                ("arr", t.fmt.money(p.at_risk_arr, c.currency).into()),
            ],
        ),
        funnels,
        tables,
        hot_metrics,
        movement,
        trends,
        definitions,
        freshness,
        checks,
        rates,
        unconverted,
    }
}

fn funnel_view(t: &Texts, metric: &'static str, p: &Portfolio, hot: &[GroupRow]) -> FunnelView {
    let rows: Vec<&GroupRow> = hot
        .iter()
        .filter(|r| r.metric == metric && r.value.is_some())
        .collect();
    let groups: Vec<(u64, f64, &'static str)> = rows
        .iter()
        .map(|r| {
            let v = r.value.unwrap_or(0.0);
            (r.n, v, r.verdict)
        })
        .collect();
    let total = &p.total;
    let (chart, centre_known) = match metric {
        "nps" => match (total.nps.score(), total.nps.variance()) {
            (Some(c), Some(var)) => (
                chart::funnel(
                    &groups,
                    c,
                    |n, z| stats::mean_limits(c, var * 1e4, n, z),
                    -100.0,
                    100.0,
                ),
                true,
            ),
            _ => (None, false),
        },
        "health" => match (total.health.mean(), total.health.variance()) {
            (Some(c), Some(var)) => (
                chart::funnel(
                    &groups,
                    c,
                    |n, z| stats::mean_limits(c, var, n, z),
                    0.0,
                    100.0,
                ),
                true,
            ),
            _ => (None, false),
        },
        _ => {
            let (x, n) = if metric == "csat" {
                (total.csat_satisfied, total.csat_rated)
            } else {
                (total.achieving, total.measured)
            };
            if n > 0 {
                let c = x as f64 / n as f64;
                (
                    chart::funnel(
                        &groups,
                        c,
                        |n, z| stats::proportion_limits(c, n, z),
                        0.0,
                        1.0,
                    ),
                    true,
                )
            } else {
                (None, false)
            }
        }
    };
    let label = hot_metric_label(t, metric);
    let chart = chart.filter(|_| centre_known);
    FunnelView {
        y_low: chart
            .as_ref()
            .map(|c| hot_value(t, metric, c.y_low))
            .unwrap_or_default(),
        y_high: chart
            .as_ref()
            .map(|c| hot_value(t, metric, c.y_high))
            .unwrap_or_default(),
        n_low: chart
            .as_ref()
            .map(|c| t.fmt.integer(c.n_low as i64))
            .unwrap_or_default(),
        n_high: chart
            .as_ref()
            .map(|c| t.fmt.integer(c.n_high as i64))
            .unwrap_or_default(),
        alt: t.msg(
            "pack-funnel-alt",
            &[
                ("metric", label.clone().into()),
                ("groups", rows.len().into()),
                (
                    "outside",
                    rows.iter()
                        .filter(|r| matches!(r.verdict, "hot" | "cold"))
                        .count()
                        .into(),
                ),
            ],
        ),
        chart,
        label,
    }
}

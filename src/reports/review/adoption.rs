//! Deliver: seats purchased and in use, shelfware, active users over the year, and which
//! features people use.

use std::cmp::Ordering;

use crate::charts::{self, BarItem, SeatsMonth};
use crate::locale::{Texts, common};
use crate::metrics::{self, AccountMetrics};

use super::doc::{AdoptionSection, ChartRef, FeatureRow, FeaturesSection, PeriodInfo};

pub(super) fn section(t: &Texts, m: &AccountMetrics, cur: &str, p: &PeriodInfo) -> AdoptionSection {
    let s = &m.seats;
    let month = p.end_month.clone();
    let int = |n: i64| t.fmt.integer(n.max(0));
    let sentence = match (s.active, s.purchased) {
        (None, 0) => t.msg("adoption-nothing", &[]),
        (None, n) => t.msg(
            "adoption-no-usage",
            &[("seats", n.into()), ("month", month.clone().into())],
        ),
        (Some(a), 0) => t.msg(
            "adoption-no-seats",
            &[("active", a.into()), ("month", month.clone().into())],
        ),
        (Some(a), n) if a > n => t.msg(
            "adoption-over",
            &[
                ("active", int(a).into()),
                ("seats", int(n).into()),
                ("month", month.clone().into()),
            ],
        ),
        (Some(a), n) => t.msg(
            "adoption-used",
            &[
                ("active", int(a).into()),
                ("seats", int(n).into()),
                ("month", month.clone().into()),
                (
                    "utilization",
                    s.utilization
                        .map(|u| t.fmt.fraction(u))
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
    };
    let shelfware_sentence = match (s.shelfware, s.shelfware_value) {
        (Some(0), _) if s.active.unwrap_or(0) > s.purchased => Some(t.msg(
            "shelfware-none-over",
            &[("extra", (s.active.unwrap_or(0) - s.purchased).into())],
        )),
        (Some(0), _) => Some(t.msg("shelfware-none", &[])),
        (Some(n), Some(v)) => Some(t.msg(
            "shelfware-valued",
            &[("seats", n.into()), ("value", t.fmt.money(v, cur).into())],
        )),
        (Some(n), None) => Some(t.msg("shelfware-unpriced", &[("seats", n.into())])),
        (None, _) => None,
    };
    let with_usage: Vec<&metrics::AdoptionMonth> =
        m.adoption.iter().filter(|a| a.active.is_some()).collect();
    let trend_sentence = match (with_usage.first(), with_usage.last()) {
        (Some(f), Some(l)) if with_usage.len() >= 2 => {
            let (a, b) = (f.active.unwrap_or(0), l.active.unwrap_or(0));
            let way = match b.cmp(&a) {
                Ordering::Greater => "rose",
                Ordering::Less => "fell",
                Ordering::Equal => "held",
            };
            Some(t.msg(
                "adoption-trend",
                &[
                    ("way", way.into()),
                    ("from", int(a).into()),
                    ("to", int(b).into()),
                    ("first", t.fmt.month_year(f.month).into()),
                    ("last", t.fmt.month_year(l.month).into()),
                ],
            ))
        }
        _ => None,
    };
    let months: Vec<SeatsMonth> = m
        .adoption
        .iter()
        .map(|a| SeatsMonth {
            label: t.fmt.month(a.month),
            purchased: a.purchased,
            active: a.active,
        })
        .collect();
    let chart = charts::adoption_drawable(&months).then(|| {
        let first = m.adoption.first().map(|a| t.fmt.month_year(a.month));
        let last = m.adoption.last().map(|a| t.fmt.month_year(a.month));
        let seats_first = m.adoption.first().map(|a| a.purchased).unwrap_or(0);
        let seats_last = m.adoption.last().map(|a| a.purchased).unwrap_or(0);
        ChartRef {
            name: "adoption",
            path: charts::chart_path("adoption"),
            labels: charts::labels_path("adoption"),
            alt: t.msg(
                "adoption-chart-alt",
                &[
                    ("first", first.unwrap_or_default().into()),
                    ("last", last.unwrap_or_default().into()),
                    ("users", trend_sentence.clone().unwrap_or_default().into()),
                    ("same", common::yes(seats_first == seats_last)),
                    ("from", int(seats_first).into()),
                    ("to", int(seats_last).into()),
                ],
            ),
        }
    });
    // Without licences or usage the sentence already says so; otherwise say why no chart.
    let chart_missing = match (&chart, with_usage.len(), m.adoption.is_empty()) {
        (Some(_), _, _) | (None, _, true) => None,
        (None, 0, false) => Some(t.msg("adoption-chart-missing", &[("why", "no-usage".into())])),
        (None, _, false) => Some(t.msg("adoption-chart-missing", &[("why", "one-month".into())])),
    };
    let paragraph = common::sentences(
        t,
        &[sentence.clone(), trend_sentence.clone().unwrap_or_default()],
    );
    AdoptionSection {
        paragraph,
        month,
        has_usage: s.active.is_some(),
        purchased: s.purchased,
        purchased_label: int(s.purchased),
        active: s.active,
        active_label: s.active.map(int),
        utilization: s.utilization.map(|u| t.fmt.fraction(u)),
        utilization_value: s.utilization,
        shelfware: s.shelfware,
        shelfware_label: s.shelfware.map(int),
        shelfware_unit: s
            .shelfware
            .map(|n| t.msg("shelfware-unit", &[("count", n.into())])),
        shelfware_value: s.shelfware_value.map(|v| t.fmt.money(v, cur)),
        sentence,
        shelfware_sentence,
        trend_sentence,
        months,
        chart,
        chart_missing,
    }
}

/// Features shown in the chart; the rest are counted in `more`.
const MAX_FEATURES: usize = 8;

pub(super) fn features(t: &Texts, m: &AccountMetrics, p: &PeriodInfo) -> FeaturesSection {
    let month = p.end_month.clone();
    let mut products: Vec<&str> = m.features.iter().map(|f| f.product.as_str()).collect();
    products.sort();
    products.dedup();
    let items: Vec<FeatureRow> = m
        .features
        .iter()
        .map(|f| FeatureRow {
            feature: f.feature.clone(),
            product: f.product.clone(),
            users: f.active_users,
            users_label: t.fmt.integer(f.active_users.max(0)),
            share: f.share.map(|s| t.fmt.percent(s)),
        })
        .collect();
    let bars: Vec<BarItem> = m
        .features
        .iter()
        .take(MAX_FEATURES)
        .map(|f| BarItem {
            label: if products.len() > 1 {
                format!("{} · {}", f.feature, f.product)
            } else {
                f.feature.clone()
            },
            value: f.active_users,
        })
        .collect();
    let used: Vec<&metrics::FeatureAdoption> =
        m.features.iter().filter(|f| f.active_users > 0).collect();
    let sentence = match (used.first(), used.last()) {
        (None, _) => t.msg("features-none", &[("month", month.clone().into())]),
        (Some(top), Some(low)) if used.len() >= 2 => t.msg(
            "features-top",
            &[
                ("top", top.feature.clone().into()),
                ("top_users", top.active_users.into()),
                ("shared", common::yes(top.share.is_some())),
                (
                    "share",
                    top.share
                        .map(|s| t.fmt.percent(s))
                        .unwrap_or_default()
                        .into(),
                ),
                ("low", low.feature.clone().into()),
                ("low_users", low.active_users.into()),
            ],
        ),
        (Some(top), _) => t.msg(
            "features-only",
            &[
                ("top", top.feature.clone().into()),
                ("top_users", top.active_users.into()),
                ("month", month.clone().into()),
            ],
        ),
    };
    let chart = charts::bars_drawable(&bars).then(|| {
        let parts: Vec<String> = bars
            .iter()
            .map(|b| format!("{} {}", b.label, t.fmt.integer(b.value.max(0))))
            .collect();
        ChartRef {
            name: "features",
            path: charts::chart_path("features"),
            labels: charts::labels_path("features"),
            alt: t.msg(
                "features-chart-alt",
                &[
                    ("month", month.clone().into()),
                    ("bars", parts.join("; ").into()),
                    ("more", m.features.len().saturating_sub(bars.len()).into()),
                ],
            ),
        }
    });
    FeaturesSection {
        // The sentence says there was no usage; nothing more to explain.
        chart_missing: None,
        month,
        more: m.features.len().saturating_sub(bars.len()),
        more_label: (m.features.len() > bars.len()).then(|| {
            t.msg(
                "features-more",
                &[("count", (m.features.len() - bars.len()).into())],
            )
        }),
        items,
        sentence,
        bars,
        chart,
    }
}

//! Demonstrate: the health score, component by component.

use crate::locale::{Texts, common};
use crate::metrics::AccountMetrics;

use super::doc::{HealthRow, HealthSection, PeriodInfo};
use super::sentiment::{change_since, direction};

pub(super) fn band_label(t: &Texts, band: &str) -> String {
    t.msg("health-band", &[("band", band.to_string().into())])
}

pub(super) fn section(t: &Texts, m: &AccountMetrics, p: &PeriodInfo) -> HealthSection {
    let h = &m.health;
    let hp = &m.health_previous;
    let (change, dir) = match (h.score, hp.score) {
        (Some(a), Some(b)) => {
            let d = (a.round() - b.round()) as i64;
            (Some(change_since(t, d, &p.previous)), direction(d))
        }
        _ => (None, "none"),
    };
    let with_data = h.components.iter().filter(|c| c.score.is_some()).count();
    let total = h.components.len();
    let sentence = match h.score {
        None => t.msg("health-none", &[]),
        Some(s) => {
            let (trend, points) = match (hp.score, dir) {
                (Some(b), "up" | "down") => (dir, (s.round() - b.round()).abs()),
                (Some(_), _) => ("same", 0.0),
                (None, _) => ("none", 0.0),
            };
            let main = t.msg(
                "health-score",
                &[
                    ("score", t.fmt.integer(s.round() as i64).into()),
                    ("band", h.band.into()),
                    ("trend", trend.into()),
                    ("points", points.into()),
                    (
                        "previous",
                        hp.score
                            .map(|b| t.fmt.integer(b.round() as i64))
                            .unwrap_or_default()
                            .into(),
                    ),
                    ("period", p.previous.clone().into()),
                ],
            );
            let partial = if with_data < total {
                t.msg(
                    "health-partial",
                    &[("with_data", with_data.into()), ("total", total.into())],
                )
            } else {
                String::new()
            };
            crate::locale::common::sentences(t, &[main, partial])
        }
    };
    HealthSection {
        score: h.score.map(|s| t.fmt.integer(s.round() as i64)),
        score_value: h.score,
        band: h.band,
        band_label: band_label(t, h.band),
        previous: hp.score.map(|s| t.fmt.integer(s.round() as i64)),
        change,
        change_direction: dir,
        sentence,
        components_with_data: with_data,
        basis: t.msg(
            "health-basis",
            &[
                ("all", common::yes(with_data == total)),
                ("with_data", with_data.into()),
                ("total", total.into()),
            ],
        ),
        components: h
            .components
            .iter()
            .map(|c| HealthRow {
                key: c.key,
                label: t.msg("health-component", &[("component", c.key.into())]),
                score: c.score.map(|s| t.fmt.integer(s.round() as i64)),
                bar: c.score.unwrap_or(0.0).clamp(0.0, 100.0),
                has_data: c.score.is_some(),
                weight: if c.score.is_some() {
                    t.fmt.fraction(c.share)
                } else {
                    t.msg("health-not-counted", &[])
                },
            })
            .collect(),
    }
}

//! Page 1's headline tiles: goal progress, seats in use, health and NPS, each with one
//! sentence.

use crate::locale::Texts;
use crate::locale::common;
use crate::metrics::AccountMetrics;

use super::doc::{AdoptionSection, GoalsSection, HealthSection, NpsSection, Tile};

fn label(t: &Texts, key: &str) -> String {
    t.msg("tile-label", &[("tile", key.to_string().into())])
}

pub(super) fn tiles(
    t: &Texts,
    m: &AccountMetrics,
    goals: &GoalsSection,
    adoption: &AdoptionSection,
    health: &HealthSection,
    nps: &NpsSection,
) -> Vec<Tile> {
    let goal_tile = match m.goal_progress {
        Some(p) => Tile {
            key: "goals",
            label: label(t, "goals"),
            value: t.fmt.fraction(p),
            has_data: true,
            caption: t.msg(
                "tile-goals-caption",
                &[
                    ("achieved", goals.achieved.into()),
                    ("count", goals.count.into()),
                ],
            ),
            tone: if p >= 0.7 {
                "good"
            } else if p >= 0.4 {
                "watch"
            } else {
                "bad"
            },
            trend: None,
            trend_direction: "none",
            sentence: goals.sentence.clone(),
        },
        None => {
            let why = if goals.count == 0 {
                "no-goals"
            } else {
                "not-measured"
            };
            let args = [("why", why.into()), ("count", goals.count.into())];
            Tile {
                key: "goals",
                label: label(t, "goals"),
                value: t.msg("tile-goals-empty-value", &args),
                has_data: false,
                caption: t.msg("tile-goals-empty-caption", &args),
                tone: "neutral",
                trend: None,
                trend_direction: "none",
                sentence: t.msg("tile-goals-empty-sentence", &args),
            }
        }
    };
    let adoption_tile = match m.seats.utilization {
        Some(u) => Tile {
            key: "adoption",
            label: label(t, "adoption"),
            value: t.fmt.fraction(u),
            has_data: true,
            caption: t.msg(
                "tile-adoption-caption",
                &[
                    (
                        "active",
                        adoption.active_label.clone().unwrap_or_default().into(),
                    ),
                    ("seats", adoption.purchased_label.clone().into()),
                ],
            ),
            tone: if u >= 0.8 {
                "good"
            } else if u >= 0.5 {
                "watch"
            } else {
                "bad"
            },
            trend: None,
            trend_direction: "none",
            sentence: match &adoption.shelfware_sentence {
                Some(s) if adoption.shelfware.unwrap_or(0) > 0 => {
                    common::sentences(t, &[adoption.sentence.clone(), s.clone()])
                }
                _ => adoption.sentence.clone(),
            },
        },
        None => Tile {
            key: "adoption",
            label: label(t, "adoption"),
            value: t.msg("tile-no-data", &[]),
            has_data: false,
            caption: t.msg(
                "tile-adoption-empty-caption",
                &[("seats", adoption.purchased.max(0).into())],
            ),
            tone: "neutral",
            trend: None,
            trend_direction: "none",
            sentence: adoption.sentence.clone(),
        },
    };
    let health_tile = Tile {
        key: "health",
        label: label(t, "health"),
        value: health
            .score
            .clone()
            .unwrap_or_else(|| t.msg("tile-no-data", &[])),
        has_data: health.score.is_some(),
        caption: t.msg(
            "tile-health-caption",
            &[
                ("scored", common::yes(health.score.is_some())),
                (
                    "all",
                    common::yes(health.components_with_data == health.components.len()),
                ),
                ("band", health.band_label.clone().into()),
                ("with_data", health.components_with_data.into()),
                ("total", health.components.len().into()),
            ],
        ),
        // A score resting on one or two components is not called healthy in colour.
        tone: match health.band {
            _ if health.components_with_data < 3 => "neutral",
            "healthy" => "good",
            "watch" => "watch",
            "at_risk" => "bad",
            _ => "neutral",
        },
        trend: health.change.clone(),
        trend_direction: health.change_direction,
        sentence: health.sentence.clone(),
    };
    let nps_tile = Tile {
        key: "nps",
        label: label(t, "nps"),
        value: nps
            .score
            .clone()
            .unwrap_or_else(|| t.msg("tile-nps-none", &[])),
        has_data: nps.score.is_some(),
        caption: t.msg("tile-nps-caption", &[("responses", nps.responses.into())]),
        tone: match nps.score_value {
            Some(s) if s >= 30.0 => "good",
            Some(s) if s >= 0.0 => "watch",
            Some(_) => "bad",
            None => "neutral",
        },
        trend: nps.change.clone(),
        trend_direction: nps.change_direction,
        sentence: nps.sentence.clone(),
    };
    vec![goal_tile, adoption_tile, health_tile, nps_tile]
}

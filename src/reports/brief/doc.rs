//! The brief in words: what the templates print, every string from `brief.ftl` (and the
//! shared `common.ftl`, `review-health.ftl`) in the CSM's language, every figure formatted by
//! CLDR. The page has fixed geometry, so every list is cut here to its box's capacity in
//! lines, the last line saying "and N more", and every line to what one line holds: the
//! template never lets text spill or push a box down.

use std::collections::BTreeMap;

use serde::Serialize;

use super::facts::{BriefFacts, Person, severity_rank};
use super::points::{self, Point};
use crate::config::Brand;
use crate::locale::common::{self, yes};
use crate::locale::{Arg, Texts};
use crate::model::AccountData;
use crate::reports::review::Paper;
use fluent_bundle::FluentValue;

/// Lines of each list box (the template's boxes are this many lines tall).
pub const CHANGED_LINES: usize = 16;
pub const PEOPLE_LINES: usize = 12;
pub const TICKET_LINES: usize = 10;
pub const LATE_LINES: usize = 6;
pub const OFF_TRACK_LINES: usize = 6;
/// Width of one line of a column, in average lower-case letters at the list's size (see
/// [`tenths`]): what [`fit`] cuts a line to.
pub const LINE_UNITS: usize = 62;
/// A talking point has two lines of the page's width.
pub const POINT_UNITS: usize = 230;
/// A name in a header cell, the account's name in the title.
pub const CELL_UNITS: usize = 17;
pub const TITLE_UNITS: usize = 46;
/// Parts of a line cut before they are put into a message (a quoted comment, a title).
pub const QUOTE_UNITS: usize = 120;
pub const PART_UNITS: usize = 34;

/// What the templates read.
#[derive(Debug, Clone, Serialize)]
pub struct BriefDoc {
    pub meta: Meta,
    pub account: String,
    pub account_id: String,
    pub title: String,
    pub subtitle: String,
    /// The header strip: ARR, renewal, contract start, segment, touch model, CSM.
    pub cells: Vec<Cell>,
    pub health: HealthBox,
    pub points: Section,
    pub changed: Section,
    pub people: Section,
    pub tickets: Section,
    pub late: Section,
    pub off_track: Section,
    pub rules: String,
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    pub title: String,
    pub author: String,
    pub paper: Paper,
    pub lang: String,
    pub region: Option<String>,
    pub tag: String,
    pub accent: String,
}

/// One cell of the header strip; `missing` when the value is words for "no data".
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub label: String,
    pub value: String,
    pub sub: String,
    pub missing: bool,
    /// bad, warn or plain: the renewal close with low health.
    pub tone: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct HealthBox {
    pub heading: String,
    /// The score, or words when there is none.
    pub score: String,
    pub missing: bool,
    /// healthy, watch, at_risk, no_data.
    pub band_key: &'static str,
    pub band: String,
    pub previous: String,
    /// One line a component: now and a quarter ago.
    pub components: Vec<Line>,
    /// The component that moved most, in a sentence.
    pub moved: String,
}

/// A list box: its heading, at most `capacity` lines (the last one "and N more" when the
/// list is longer), or the words for an empty list.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// The HTML page's anchor of the box.
    pub id: &'static str,
    pub heading: String,
    pub lines: Vec<Line>,
    pub more: Option<String>,
    /// How many items were left out (0 when all are shown).
    pub hidden: usize,
    pub empty: Option<String>,
    pub capacity: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub text: String,
    /// bad, warn, good, muted or plain.
    pub tone: &'static str,
}

/// A list line of message `id` whose argument `cut` (a name, a title, a comment) is cut to
/// the room the rest of the line leaves: the figures and marks after it (a date, "do not
/// mail") are never what is cut.
fn fitted(t: &Texts, id: &str, args: &[(&str, Arg)], cut: &str, tone: &'static str) -> Line {
    let with = |value: &dyn Fn(&Arg) -> Arg<'static>| -> Vec<(&str, Arg)> {
        args.iter()
            .map(|(k, v)| (*k, if *k == cut { value(v) } else { v.clone() }))
            .collect()
    };
    let rest = width(&t.msg(id, &with(&|_| "".into()))).div_ceil(10);
    let room = LINE_UNITS.saturating_sub(rest).max(8);
    let text = t.msg(
        id,
        &with(&|v| match v {
            FluentValue::String(s) => fit(s, room).into(),
            _ => "".into(),
        }),
    );
    line(text, tone)
}

fn line(text: String, tone: &'static str) -> Line {
    Line {
        text: fit(&text, LINE_UNITS),
        tone,
    }
}

/// How wide `c` is, in tenths of an average lower-case Latin letter of the page's font
/// (Inter): narrow letters and spaces half, capitals and digits a little more, `m` and `W`
/// half again, CJK and other wide characters two letters.
fn tenths(c: char) -> usize {
    match c {
        ' ' | 'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '·' => 5,
        't' | 'f' | 'r' | 'I' | '(' | ')' | '-' => 7,
        'm' | 'M' | 'W' => 15,
        'w' => 14,
        c if c.is_ascii_digit() => 11,
        c if (c as u32) >= 0x2E80 && !matches!(c as u32, 0xFE00..=0xFE0F | 0xFF61..=0xFF9F) => 20,
        c if c.is_uppercase() => 12,
        _ => 10,
    }
}

/// The width of `s` in tenths of a letter (see [`tenths`]).
fn width(s: &str) -> usize {
    s.chars().map(tenths).sum()
}

/// `s` cut to `max` letters' width (see [`tenths`]) at a word boundary when there is one
/// late enough, ending in an ellipsis when cut.
pub fn fit(s: &str, max: usize) -> String {
    let s = s.trim();
    let max = max * 10;
    if width(s) <= max {
        return s.to_string();
    }
    let mut used = 0;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        // Room is kept for the ellipsis.
        if used + tenths(c) > max.saturating_sub(10) {
            break;
        }
        used += tenths(c);
        end = i + c.len_utf8();
    }
    let cut = &s[..end];
    let at = cut
        .rfind(char::is_whitespace)
        .filter(|i| *i > end * 2 / 3)
        .unwrap_or(end);
    format!("{}…", cut[..at].trim_end())
}

/// A list of `items` in a box of `capacity` lines: when it is longer, the first
/// `capacity − 1` and "and N more" on the last line.
pub fn section(
    t: &Texts,
    id: &'static str,
    heading: String,
    mut items: Vec<Line>,
    capacity: usize,
    empty: String,
) -> Section {
    let mut more = None;
    let mut hidden = 0;
    if items.len() > capacity {
        let keep = capacity.saturating_sub(1);
        hidden = items.len() - keep;
        items.truncate(keep);
        more = Some(t.msg("brief-and-more", &[("count", hidden.into())]));
    }
    Section {
        id,
        heading,
        empty: items.is_empty().then_some(empty),
        lines: items,
        more,
        hidden,
        capacity,
    }
}

fn score(t: &Texts, v: f64) -> String {
    t.fmt.integer(v.round() as i64)
}

/// Builds the brief of `data` from its facts, in the language of `t`.
pub fn build(
    t: &Texts,
    data: &AccountData,
    f: &BriefFacts,
    brand: &Brand,
    paper: Paper,
) -> BriefDoc {
    let acc = &data.account;
    let cur = acc.currency_code();
    let m = &f.metrics;
    let (as_of, since) = (f.dates.as_of, f.dates.since);
    let since_s = t.fmt.date(since);
    let not_recorded = || t.msg("brief-not-recorded", &[]);
    let name = acc.name.trim().to_string();
    let shown_name = if name.is_empty() {
        acc.account_id.clone()
    } else {
        name.clone()
    };

    // The header strip.
    let text_cell = |label: &str, v: &str| {
        let v = v.trim();
        Cell {
            label: t.msg(label, &[]),
            value: if v.is_empty() {
                not_recorded()
            } else {
                fit(&common::humanize(v), CELL_UNITS)
            },
            sub: String::new(),
            missing: v.is_empty(),
            tone: "plain",
        }
    };
    let renewal_risk = f
        .days_to_renewal
        .is_some_and(|d| (0..=points::RENEWAL_DAYS).contains(&d))
        && m.health.score.is_some_and(|h| h < points::RENEWAL_HEALTH);
    let cells = vec![
        Cell {
            label: t.msg("brief-cell-arr", &[]),
            value: f
                .arr
                .map(|a| t.fmt.money(a, &cur))
                .unwrap_or_else(|| t.msg("brief-arr-none", &[])),
            sub: String::new(),
            missing: f.arr.is_none(),
            tone: "plain",
        },
        Cell {
            label: t.msg("brief-cell-renewal", &[]),
            value: acc
                .renewal_date
                .map(|d| t.fmt.date(d))
                .unwrap_or_else(not_recorded),
            sub: f
                .days_to_renewal
                .map(|d| {
                    let when = match d {
                        0 => "today",
                        d if d < 0 => "past",
                        _ => "future",
                    };
                    t.msg(
                        "brief-renewal-days",
                        &[("days", d.abs().into()), ("when", when.into())],
                    )
                })
                .unwrap_or_default(),
            missing: acc.renewal_date.is_none(),
            tone: if renewal_risk { "bad" } else { "plain" },
        },
        Cell {
            label: t.msg("brief-cell-contract", &[]),
            value: acc
                .contract_start
                .map(|d| t.fmt.date(d))
                .unwrap_or_else(not_recorded),
            sub: String::new(),
            missing: acc.contract_start.is_none(),
            tone: "plain",
        },
        text_cell("brief-cell-segment", &acc.segment),
        text_cell("brief-cell-touch", &acc.touch_model),
        text_cell("brief-cell-csm", &acc.csm_name),
    ];

    // Health.
    let band = |b: &str| t.msg("health-band", &[("band", b.into())]);
    let component = |k: &str| t.msg("health-component", &[("component", k.into())]);
    let no_data = || t.msg("brief-no-data", &[]);
    let components = m
        .health
        .components
        .iter()
        .zip(&m.health_previous.components)
        .map(|(now, before)| {
            let fmt = |s: Option<f64>| s.map(|v| score(t, v)).unwrap_or_else(no_data);
            line(
                t.msg(
                    "brief-health-component",
                    &[
                        ("component", component(now.key).into()),
                        ("now", fmt(now.score).into()),
                        ("before", fmt(before.score).into()),
                    ],
                ),
                if now.score.is_none() {
                    "muted"
                } else {
                    "plain"
                },
            )
        })
        .collect();
    let quarter_start = t.fmt.date(f.quarter.start);
    let moved = match &f.moved_most {
        Some(mv) => {
            let mut s = t.msg(
                "brief-health-moved",
                &[
                    ("component", component(mv.key).into()),
                    (
                        "direction",
                        if mv.to > mv.from { "up" } else { "down" }.into(),
                    ),
                    ("from", score(t, mv.from).into()),
                    ("to", score(t, mv.to).into()),
                    ("date", quarter_start.clone().into()),
                ],
            );
            // The figure behind a support move: the quarter's escalations.
            if mv.key == "support" && m.support.opened > 0 {
                s = common::sentences(
                    t,
                    &[
                        s,
                        t.msg(
                            "brief-health-escalations",
                            &[
                                ("escalations", m.support.escalations.into()),
                                ("opened", m.support.opened.into()),
                            ],
                        ),
                    ],
                );
            }
            s
        }
        None if m.health.score.is_some() && m.health_previous.score.is_some() => t.msg(
            "brief-health-steady",
            &[("date", quarter_start.clone().into())],
        ),
        None => t.msg("brief-health-no-comparison", &[]),
    };
    let health = HealthBox {
        heading: t.msg("brief-health-heading", &[]),
        score: m.health.score.map(|s| score(t, s)).unwrap_or_else(no_data),
        missing: m.health.score.is_none(),
        band_key: m.health.band,
        band: band(m.health.band),
        previous: t.msg(
            "brief-health-previous",
            &[(
                "score",
                m.health_previous
                    .score
                    .map(|s| score(t, s))
                    .unwrap_or_else(no_data)
                    .into(),
            )],
        ),
        components,
        moved: fit(&moved, POINT_UNITS),
    };

    // Talking points.
    let who = |r: &super::facts::Response| {
        r.who
            .as_deref()
            .map(|w| fit(w, PART_UNITS))
            .unwrap_or_else(|| t.msg("brief-someone", &[]))
    };
    let point_lines: Vec<Line> = points::choose(f, acc.renewal_date)
        .into_iter()
        .map(|p| {
            let (text, tone) = match p {
                Point::Renewal { days, on, health } => (
                    t.msg(
                        "brief-point-renewal",
                        &[
                            ("days", days.into()),
                            ("date", t.fmt.date(on).into()),
                            ("health", score(t, health).into()),
                        ],
                    ),
                    "bad",
                ),
                Point::Detractor(r) => (
                    t.msg(
                        "brief-point-detractor",
                        &[
                            ("who", who(&r).into()),
                            ("score", r.score.into()),
                            ("date", t.fmt.date(r.on).into()),
                            ("commented", yes(r.comment.is_some())),
                            (
                                "comment",
                                r.comment
                                    .as_deref()
                                    .map(|c| fit(c, QUOTE_UNITS))
                                    .unwrap_or_default()
                                    .into(),
                            ),
                        ],
                    ),
                    "bad",
                ),
                Point::HealthFell { from, to } => (
                    t.msg(
                        "brief-point-health",
                        &[
                            ("from", score(t, from).into()),
                            ("to", score(t, to).into()),
                            ("date", quarter_start.clone().into()),
                        ],
                    ),
                    "warn",
                ),
                Point::Shelfware {
                    seats,
                    value,
                    share,
                } => (
                    t.msg(
                        "brief-point-shelfware",
                        &[
                            ("seats", seats.into()),
                            ("value", t.fmt.money(value, &cur).into()),
                            ("share", t.fmt.fraction(share).into()),
                        ],
                    ),
                    "warn",
                ),
                Point::GoalReached {
                    title,
                    unit,
                    actual,
                    target,
                    on,
                } => (
                    t.msg(
                        "brief-point-goal",
                        &[
                            ("goal", fit(&title, PART_UNITS * 2).into()),
                            ("date", t.fmt.date(on).into()),
                            ("actual", common::quantity(t, actual, &unit, &cur).into()),
                            ("target", common::quantity(t, target, &unit, &cur).into()),
                        ],
                    ),
                    "good",
                ),
            };
            Line {
                text: fit(&text, POINT_UNITS),
                tone,
            }
        })
        .collect();
    let points = section(
        t,
        "points",
        t.msg("brief-points-heading", &[]),
        point_lines,
        5,
        t.msg("brief-points-none", &[]),
    );

    // What changed.
    let c = &f.changes;
    let mut changed = vec![line(
        t.msg(
            "brief-changed-tickets",
            &[
                ("opened", c.tickets_opened.into()),
                ("escalated", c.tickets_escalated.into()),
            ],
        ),
        if c.tickets_escalated > 0 {
            "warn"
        } else {
            "plain"
        },
    )];
    changed.push(match c.nps.score {
        Some(s) => line(
            t.msg(
                "brief-changed-nps",
                &[
                    ("responses", c.nps.responses.into()),
                    ("score", t.fmt.signed(s).into()),
                    ("detractors", c.nps.detractors.into()),
                ],
            ),
            if c.nps.detractors > 0 {
                "warn"
            } else {
                "plain"
            },
        ),
        None => line(t.msg("brief-changed-no-nps", &[]), "muted"),
    });
    for a in &c.arr {
        changed.push(line(
            t.msg(
                "brief-changed-arr",
                &[
                    ("from", t.fmt.money(a.from, &cur).into()),
                    ("to", t.fmt.money(a.to, &cur).into()),
                    ("month", t.fmt.month_year(a.month).into()),
                ],
            ),
            if a.to < a.from { "bad" } else { "good" },
        ));
    }
    if let Some((from, to)) = c.seats {
        changed.push(line(
            t.msg(
                "brief-changed-seats",
                &[
                    ("from", t.fmt.integer(from).into()),
                    ("to", t.fmt.integer(to).into()),
                ],
            ),
            "plain",
        ));
    }
    let mut quotes: Vec<&super::facts::Response> = c
        .responses
        .iter()
        .filter(|r| (0..=points::DETRACTOR_MAX).contains(&r.score) && r.comment.is_some())
        .collect();
    quotes.sort_by_key(|r| std::cmp::Reverse(r.on));
    for r in quotes {
        changed.push(fitted(
            t,
            "brief-changed-quote",
            &[
                ("who", who(r).into()),
                ("score", r.score.into()),
                (
                    "comment",
                    fit(r.comment.as_deref().unwrap_or(""), QUOTE_UNITS).into(),
                ),
            ],
            "comment",
            "bad",
        ));
    }
    for x in &c.milestones_late {
        changed.push(fitted(
            t,
            "brief-changed-late",
            &[
                ("title", fit(&x.title, PART_UNITS).into()),
                (
                    "date",
                    x.due_on.map(|d| t.fmt.date(d)).unwrap_or_default().into(),
                ),
            ],
            "title",
            "bad",
        ));
    }
    for x in &c.milestones_done {
        changed.push(fitted(
            t,
            "brief-changed-done",
            &[
                ("title", fit(&x.title, PART_UNITS).into()),
                (
                    "date",
                    x.completed_on
                        .map(|d| t.fmt.date(d))
                        .unwrap_or_default()
                        .into(),
                ),
            ],
            "title",
            "good",
        ));
    }
    for x in &c.measured {
        changed.push(fitted(
            t,
            "brief-changed-measured",
            &[
                ("goal", fit(&x.title, PART_UNITS).into()),
                ("value", common::quantity(t, x.value, &x.unit, &cur).into()),
                ("date", t.fmt.date(x.on).into()),
            ],
            "goal",
            "plain",
        ));
    }
    let changed = section(
        t,
        "changed",
        t.msg("brief-changed-heading", &[("date", since_s.clone().into())]),
        changed,
        CHANGED_LINES,
        String::new(),
    );

    // What is open.
    let severity = |s: &str| {
        let key = match severity_rank(s) {
            0 => "critical",
            1 => "high",
            2 => "normal",
            3 => "low",
            _ => "other",
        };
        t.msg(
            "brief-severity",
            &[
                ("severity", key.into()),
                ("name", common::humanize(s).into()),
            ],
        )
    };
    let tickets = section(
        t,
        "tickets",
        t.msg(
            "brief-tickets-heading",
            &[("count", f.open.tickets.len().into())],
        ),
        f.open
            .tickets
            .iter()
            .map(|x| {
                fitted(
                    t,
                    "brief-ticket",
                    &[
                        ("severity", severity(&x.severity).into()),
                        ("id", fit(&x.id, PART_UNITS).into()),
                        ("days", x.days_open.into()),
                        ("escalated", yes(x.escalated)),
                    ],
                    "id",
                    match severity_rank(&x.severity) {
                        0 => "bad",
                        1 => "warn",
                        _ => "plain",
                    },
                )
            })
            .collect(),
        TICKET_LINES,
        t.msg("brief-tickets-none", &[]),
    );
    let late = section(
        t,
        "late",
        t.msg(
            "brief-late-heading",
            &[("count", f.open.late_milestones.len().into())],
        ),
        f.open
            .late_milestones
            .iter()
            .map(|x| {
                let owner = x.owner_name.trim();
                fitted(
                    t,
                    "brief-late",
                    &[
                        ("title", fit(&x.title, PART_UNITS).into()),
                        ("owner", fit(owner, PART_UNITS / 2).into()),
                        ("named", yes(!owner.is_empty())),
                        ("side", x.owner_side.trim().to_string().into()),
                        (
                            "date",
                            x.due_on.map(|d| t.fmt.date(d)).unwrap_or_default().into(),
                        ),
                        (
                            "days",
                            x.due_on.map(|d| (as_of - d).num_days()).unwrap_or(0).into(),
                        ),
                    ],
                    "title",
                    "bad",
                )
            })
            .collect(),
        LATE_LINES,
        t.msg("brief-late-none", &[]),
    );
    let off_track = section(
        t,
        "off-track",
        t.msg(
            "brief-off-track-heading",
            &[("count", f.open.goals_off_track.len().into())],
        ),
        f.open
            .goals_off_track
            .iter()
            .map(|g| {
                fitted(
                    t,
                    "brief-off-track",
                    &[
                        ("goal", fit(&g.title, PART_UNITS).into()),
                        ("status", common::goal_status(t, g.status).into()),
                        (
                            "target",
                            common::quantity(t, g.target, &g.unit, &cur).into(),
                        ),
                        ("dated", yes(g.target_date.is_some())),
                        (
                            "date",
                            g.target_date
                                .map(|d| t.fmt.date(d))
                                .unwrap_or_default()
                                .into(),
                        ),
                    ],
                    "goal",
                    if g.status == crate::metrics::GoalStatus::Missed {
                        "bad"
                    } else {
                        "warn"
                    },
                )
            })
            .collect(),
        OFF_TRACK_LINES,
        if data.goals.is_empty() {
            t.msg("brief-goals-none", &[])
        } else {
            t.msg("brief-off-track-none", &[])
        },
    );

    // Who is who.
    let person = |p: &Person| {
        fitted(
            t,
            "brief-person",
            &[
                (
                    "name",
                    fit(
                        if p.name.is_empty() { &p.email } else { &p.name },
                        PART_UNITS * 2 / 3,
                    )
                    .into(),
                ),
                ("role", common::role(t, &p.role).into()),
                ("located", yes(!p.locale.is_empty())),
                ("locale", p.locale.clone().into()),
                ("scored", yes(p.last_score.is_some())),
                ("score", p.last_score.unwrap_or(0).into()),
                ("unsubscribed", yes(p.unsubscribed)),
            ],
            "name",
            if p.unsubscribed { "muted" } else { "plain" },
        )
    };
    let people = section(
        t,
        "people",
        t.msg("brief-people-heading", &[("count", f.people.len().into())]),
        f.people.iter().map(person).collect(),
        PEOPLE_LINES,
        t.msg("brief-people-none", &[]),
    );

    let title = t.msg("brief-title", &[("account", shown_name.clone().into())]);
    BriefDoc {
        meta: Meta {
            title,
            author: brand.company.clone(),
            paper,
            lang: t.language(),
            region: t.region(),
            tag: t.tag(),
            accent: crate::charts::hex(
                crate::charts::Palette::new(&crate::charts::accent_or_default(&brand.accent))
                    .accent_ink,
            ),
        },
        account: fit(&shown_name, TITLE_UNITS),
        account_id: acc.account_id.clone(),
        title: t.msg("brief-heading", &[]),
        subtitle: t.msg(
            "brief-subtitle",
            &[
                ("date", t.fmt.date(as_of).into()),
                ("since", since_s.clone().into()),
                ("id", fit(&acc.account_id, PART_UNITS).into()),
            ],
        ),
        cells,
        health,
        points,
        changed,
        people,
        tickets,
        late,
        off_track,
        rules: t.msg(
            "brief-rules",
            &[
                ("since", since_s.into()),
                ("days", points::RENEWAL_DAYS.into()),
                ("health", points::RENEWAL_HEALTH.into()),
                ("detractor", points::DETRACTOR_MAX.into()),
                ("drop", points::HEALTH_DROP.into()),
                ("share", t.fmt.fraction(points::SHELFWARE_SHARE).into()),
            ],
        ),
        labels: t.labels_of("brief-", &[]),
    }
}

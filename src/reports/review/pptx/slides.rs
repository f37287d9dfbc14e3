//! The deck's view: which slides a [`ReviewDoc`] makes, each one message with a title that
//! says it, the few words under it, its chart and its speaker notes. Every word comes from
//! the document (worded by the message files); this module only chooses and orders them, so
//! the deck, the PDF and the HTML say the same things. No XML here (that is `package`).

use crate::charts;
use crate::locale::Texts;
use crate::reports::review::ReviewDoc;

/// The layouts of `templates/review.pptx` the deck fills, by name.
pub const COVER: &str = "Title Slide";
pub const CONTENT: &str = "Title and Content";
pub const NUMBER: &str = "Big Number";
pub const CHART: &str = "Title and Chart";
pub const TABLE: &str = "Title and Table";
pub const APPENDIX: &str = "Appendix";
/// Every layout the deck uses: a template without one of them is refused at the start.
pub const LAYOUTS: [&str; 6] = [COVER, CONTENT, NUMBER, CHART, TABLE, APPENDIX];

/// Goals or proposals listed on one slide at most (the rest are in the notes).
const LIST_MAX: usize = 5;
/// Milestones on the success plan's slide: each is a title and a date, and the slide keeps to
/// about 40 words (the rest are in the notes).
const MILESTONES_MAX: usize = 2;

/// One slide.
#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    /// The layout's name in the template.
    pub layout: &'static str,
    pub title: String,
    /// The text of the layout's body placeholders, by their `idx`: one string a paragraph.
    pub texts: Vec<(u32, Vec<String>)>,
    /// Drawn where the layout's chart placeholder is.
    pub chart: Option<ChartSpec>,
    /// The speaker notes, one paragraph each.
    pub notes: Vec<String>,
    /// Shows the brand's logo (the cover).
    pub logo: bool,
    /// Drawn where the layout's table placeholder is.
    pub table: Option<TableSpec>,
}

/// A table of text: a header row, then the rows (the first column the widest).
#[derive(Debug, Clone, PartialEq)]
pub struct TableSpec {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A native chart: categories along one axis, one or more series of numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub kind: ChartKind,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Lines over months.
    Line,
    /// Horizontal bars, the first category on top.
    Bar,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    /// `None`: no data for that category (a gap, never a zero).
    pub values: Vec<Option<f64>>,
    /// The theme colour of its line or bars (`accent1`, `accent2`).
    pub color: &'static str,
}

fn slide(layout: &'static str, title: &str) -> Slide {
    Slide {
        layout,
        title: title.trim().to_string(),
        texts: Vec::new(),
        chart: None,
        notes: Vec::new(),
        logo: false,
        table: None,
    }
}

impl Slide {
    fn text(mut self, idx: u32, paragraphs: impl IntoIterator<Item = String>) -> Slide {
        let p: Vec<String> = paragraphs
            .into_iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if !p.is_empty() {
            self.texts.push((idx, p));
        }
        self
    }

    fn notes(mut self, notes: impl IntoIterator<Item = String>) -> Slide {
        self.notes.extend(
            notes
                .into_iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
        );
        self
    }

    /// Every slide has notes: the title's sentence at least.
    fn finish(mut self) -> Slide {
        if self.notes.is_empty() {
            self.notes.push(self.title.clone());
        }
        self
    }
}

/// The slides of `doc`, in the order of the PDF deck: cover, at a glance, value, goals per
/// stakeholder, adoption and shelfware, features, success plan, support and NPS, health, next
/// period's goals, appendix.
pub fn slides(t: &Texts, doc: &ReviewDoc) -> Vec<Slide> {
    let label = |k: &str| doc.labels.get(k).cloned().unwrap_or_default();
    let sep = label("label_separator");
    let pair = |a: &str, b: &str| format!("{}{sep}{}", a.trim(), b.trim());
    // The question the CSM asks the customer, last in a slide's notes.
    let ask = |part: &str| t.msg(&format!("deck-ask-{part}"), &[]);
    let mut out = Vec::new();

    // Cover.
    let stakeholders = doc
        .account
        .stakeholders
        .iter()
        .map(|s| pair(&s.role_label, &s.names));
    let mut cover = slide(COVER, &doc.meta.title);
    cover.logo = true;
    out.push(
        cover
            .text(1, [doc.period.range.clone(), doc.meta.prepared_by.clone()])
            .notes([doc.meta.title.clone(), doc.meta.prepared_by.clone()])
            .notes(stakeholders),
    );

    // At a glance: the headline figures, one line each; their sentences in the notes.
    out.push(
        slide(CONTENT, &label("glance_heading"))
            .text(
                1,
                doc.tiles.iter().map(|tile| pair(&tile.label, &tile.value)),
            )
            .notes(doc.tiles.iter().map(|tile| tile.sentence.clone())),
    );

    // Value delivered: the money (or the words for none) big, the sentence as the title.
    let v = &doc.value;
    out.push(
        slide(NUMBER, &v.sentence)
            .text(1, [v.total.clone().unwrap_or_else(|| v.headline.clone())])
            .text(2, v.highlights.iter().take(1).cloned())
            .notes([v.sentence.clone(), v.basis.clone()])
            .notes(v.highlights.iter().cloned())
            .notes(v.items.iter().map(|i| pair(&i.goal, &i.measure)))
            .notes([ask("value")]),
    );

    // Goals, one slide per stakeholder.
    let g = &doc.goals;
    if g.groups.is_empty() {
        out.push(
            slide(CONTENT, &label("goals_heading"))
                .text(1, [g.empty.clone().unwrap_or_else(|| g.sentence.clone())])
                .notes([g.sentence.clone()]),
        );
    }
    // Every measured goal's progress to its target, as bars: the goals at a glance.
    let measured: Vec<&crate::reports::review::GoalRow> = g
        .groups
        .iter()
        .flat_map(|gr| gr.goals.iter())
        .filter(|goal| goal.progress_percent.is_some())
        .collect();
    if !measured.is_empty() {
        let mut s = slide(CHART, &g.sentence)
            .text(
                1,
                g.progress
                    .iter()
                    .map(|p| pair(&label("column_progress"), p)),
            )
            .notes([g.sentence.clone()])
            .notes(
                measured
                    .iter()
                    .map(|goal| pair(&goal.title, goal.progress.as_deref().unwrap_or_default())),
            );
        s.chart = Some(ChartSpec {
            kind: ChartKind::Bar,
            categories: measured.iter().map(|goal| goal.title.clone()).collect(),
            series: vec![Series {
                name: label("column_progress"),
                values: measured
                    .iter()
                    .map(|goal| goal.progress_percent.map(f64::round))
                    .collect(),
                color: "accent1",
            }],
        });
        out.push(s);
    }
    for group in &g.groups {
        let title = match &group.people {
            Some(p) => pair(&group.label, p),
            None => group.label.clone(),
        };
        // Baseline → target → now, as the PDF's goals table.
        let table = TableSpec {
            header: ["goal", "baseline", "target", "now", "status"]
                .iter()
                .map(|c| label(&format!("column_{c}")))
                .collect(),
            rows: group
                .goals
                .iter()
                .take(LIST_MAX)
                .map(|goal| {
                    vec![
                        goal.title.clone(),
                        goal.baseline.clone(),
                        goal.target.clone(),
                        goal.actual
                            .clone()
                            .unwrap_or_else(|| label("goal_not_measured")),
                        goal.status_label.clone(),
                    ]
                })
                .collect(),
        };
        let mut s = slide(TABLE, &title)
            .text(1, [group.focus.clone()])
            .notes([g.sentence.clone()])
            .notes(group.goals.iter().map(|goal| goal.sentence.clone()))
            .notes([ask("goals")]);
        s.table = Some(table);
        out.push(s);
    }

    // Adoption: active users against seats by month.
    let a = &doc.adoption;
    let adoption_chart =
        (a.chart.is_some() && charts::adoption_drawable(&a.months)).then(|| ChartSpec {
            kind: ChartKind::Line,
            categories: a.months.iter().map(|m| m.label.clone()).collect(),
            series: vec![
                Series {
                    name: t.msg("deck-series-active", &[]),
                    values: a
                        .months
                        .iter()
                        .map(|m| m.active.map(|v| v as f64))
                        .collect(),
                    color: "accent1",
                },
                Series {
                    name: t.msg("deck-series-seats", &[]),
                    values: a.months.iter().map(|m| Some(m.purchased as f64)).collect(),
                    color: "accent2",
                },
            ],
        });
    let adoption_notes = [a.paragraph.clone(), ask("adoption")];
    out.push(match adoption_chart {
        Some(c) => {
            let mut s = slide(CHART, &a.sentence)
                .text(1, a.trend_sentence.clone())
                .notes(adoption_notes);
            s.chart = Some(c);
            s
        }
        None => slide(CONTENT, &a.sentence)
            .text(
                1,
                a.chart_missing
                    .clone()
                    .into_iter()
                    .chain(a.trend_sentence.clone()),
            )
            .notes(adoption_notes),
    });

    // Shelfware: the unused seats, big.
    if let (Some(sentence), Some(n)) = (&a.shelfware_sentence, &a.shelfware_label) {
        let caption = a.shelfware_unit.clone().unwrap_or_default();
        let number = a.shelfware_value.clone().unwrap_or_else(|| n.clone());
        let caption = if a.shelfware_value.is_some() {
            format!("{n} {caption}")
        } else {
            caption
        };
        out.push(
            slide(NUMBER, sentence)
                .text(1, [number])
                .text(2, [caption])
                .notes([sentence.clone()]),
        );
    }

    // Feature usage: users per feature.
    let f = &doc.features;
    let feature_chart = (f.chart.is_some() && charts::bars_drawable(&f.bars)).then(|| ChartSpec {
        kind: ChartKind::Bar,
        categories: f.bars.iter().map(|b| b.label.clone()).collect(),
        series: vec![Series {
            name: t.msg("deck-series-active", &[]),
            values: f.bars.iter().map(|b| Some(b.value as f64)).collect(),
            color: "accent1",
        }],
    });
    let feature_notes = std::iter::once(f.sentence.clone())
        .chain(
            f.items
                .iter()
                .map(|i| pair(&i.feature, &i.users_label))
                .take(8),
        )
        .chain([ask("features")]);
    out.push(match feature_chart {
        Some(c) => {
            let mut s = slide(CHART, &f.sentence)
                .text(1, f.more_label.clone())
                .notes(feature_notes);
            s.chart = Some(c);
            s
        }
        None => slide(CONTENT, &label("features_heading"))
            .text(
                1,
                [f.chart_missing
                    .clone()
                    .unwrap_or_else(|| f.sentence.clone())],
            )
            .notes(feature_notes),
    });

    // The success plan: the share of milestones done big, the open ones under it.
    let p = &doc.plan;
    let open = p
        .items
        .iter()
        .filter(|m| matches!(m.state, "late" | "upcoming"))
        .take(MILESTONES_MAX)
        .map(|m| pair(&m.title, &m.when));
    let plan_slide = match &p.progress {
        Some(progress) => slide(NUMBER, &p.sentence)
            .text(1, [progress.clone()])
            .text(2, open),
        None => slide(CONTENT, &p.sentence).text(
            1,
            p.empty.clone().into_iter().chain(
                p.items
                    .iter()
                    .take(MILESTONES_MAX)
                    .map(|m| pair(&m.title, &m.when)),
            ),
        ),
    };
    out.push(
        plan_slide
            .notes([p.sentence.clone()])
            .notes(p.items.iter().map(|m| pair(&m.title, &m.when)))
            .notes(p.hidden_label.clone())
            .notes([ask("plan")]),
    );

    // Support: the ticket rating big when there is one.
    let s = &doc.support;
    out.push(match &s.csat {
        Some(csat) => slide(NUMBER, &s.sentence)
            .text(1, [csat.clone()])
            .text(2, [s.csat_sentence.clone()])
            .notes([s.paragraph.clone(), ask("support")]),
        None => slide(CONTENT, &s.sentence)
            .text(1, [s.csat_sentence.clone()])
            .notes([s.paragraph.clone(), ask("support")]),
    });

    // NPS: the score big.
    let n = &doc.nps;
    let nps_tile = doc.tiles.iter().find(|t| t.key == "nps");
    let nps_number = n
        .score
        .clone()
        .or_else(|| nps_tile.map(|t| t.value.clone()))
        .unwrap_or_default();
    let comments = n.comments.iter().map(|c| {
        let quoted = [
            label("quote_open"),
            c.text.trim().to_string(),
            label("quote_close"),
        ];
        pair(&c.who, &quoted.concat())
    });
    let nps_chart =
        (n.chart.is_some() && n.trend.iter().any(|p| p.score.is_some())).then(|| ChartSpec {
            kind: ChartKind::Line,
            categories: n.trend.iter().map(|p| p.label.clone()).collect(),
            series: vec![Series {
                name: label("nps_heading"),
                values: n.trend.iter().map(|p| p.score.map(f64::round)).collect(),
                color: "accent1",
            }],
        });
    let nps_slide = match nps_chart {
        // The trend beside the score: this period's score and its change as the caption.
        Some(c) => {
            let mut s = slide(CHART, &n.sentence).text(
                1,
                std::iter::once(pair(&label("nps_this_period"), &nps_number))
                    .chain(n.change.clone()),
            );
            s.chart = Some(c);
            s
        }
        None => slide(NUMBER, &n.sentence)
            .text(1, [nps_number])
            .text(2, n.change.clone()),
    };
    out.push(
        nps_slide
            .notes([n.sentence.clone()])
            .notes(comments)
            .notes(n.comments_missing.clone()),
    );

    // Health.
    let h = &doc.health;
    let components = h
        .components
        .iter()
        .map(|c| pair(&c.label, c.score.as_deref().unwrap_or(&label("no_data"))));
    out.push(
        slide(NUMBER, &h.sentence)
            .text(1, [h.score.clone().unwrap_or_else(|| h.band_label.clone())])
            .text(
                2,
                [h.band_label.clone()]
                    .into_iter()
                    .filter(|_| h.score.is_some())
                    .chain(h.change.clone()),
            )
            .notes([h.sentence.clone(), h.basis.clone()])
            .notes(components),
    );

    // Next period's goals.
    let x = &doc.next;
    out.push(
        slide(CONTENT, x.empty.as_ref().unwrap_or(&x.sentence))
            // Each proposed goal and what is proposed for it, in a few words; the full
            // proposal in the notes.
            .text(
                1,
                x.groups
                    .iter()
                    .flat_map(|gr| gr.goals.iter().map(|goal| pair(&goal.title, &gr.title)))
                    .take(LIST_MAX),
            )
            .notes([x.sentence.clone()])
            .notes(x.summary.iter().cloned())
            .notes(
                x.groups
                    .iter()
                    .flat_map(|gr| gr.goals.iter().map(|goal| goal.action.clone())),
            )
            .notes([ask("next")]),
    );

    // Appendix: what the data could not tell, and how value is measured.
    out.push(
        slide(APPENDIX, &t.msg("deck-appendix-heading", &[]))
            .text(
                1,
                doc.notes
                    .iter()
                    .cloned()
                    .chain([v.basis.clone(), h.basis.clone()]),
            )
            .notes(doc.notes.iter().cloned())
            .notes([v.basis.clone(), h.basis.clone()]),
    );

    out.into_iter().map(Slide::finish).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Brand, HealthWeights};
    use crate::metrics::account_metrics;
    use crate::model::{Account, AccountData};
    use crate::period::Period;
    use crate::reports::review::{ReviewOptions, build, tests::rich};

    fn deck_of(data: &AccountData) -> Vec<Slide> {
        let t = crate::locale::english();
        let p = Period::parse("2026-Q3").unwrap();
        let m = account_metrics(data, &p, &HealthWeights::default());
        let doc = build(
            &t,
            data,
            &m,
            &p,
            &Brand::default(),
            &ReviewOptions::default(),
        );
        slides(&t, &doc)
    }

    #[test]
    fn every_slide_has_a_title_and_speaker_notes_and_the_charts_have_their_data() {
        let s = deck_of(&rich("Acme"));
        assert_eq!(s.first().map(|s| s.layout), Some(COVER));
        assert_eq!(s.last().map(|s| s.layout), Some(APPENDIX));
        for slide in &s {
            assert!(!slide.title.is_empty(), "{slide:?}");
            assert!(!slide.notes.is_empty(), "{slide:?}");
        }
        // The value slide's notes end with the question to ask the customer.
        let value = s.iter().find(|s| s.layout == NUMBER).unwrap();
        assert_eq!(
            value.notes.last(),
            Some(&crate::locale::english().msg("deck-ask-value", &[]))
        );
        let charts: Vec<&ChartSpec> = s.iter().filter_map(|s| s.chart.as_ref()).collect();
        assert_eq!(charts.len(), 4, "goals, adoption, features and NPS");
        assert_eq!(charts[0].kind, ChartKind::Bar);
        assert_eq!(charts[1].kind, ChartKind::Line);
        for c in charts {
            for series in &c.series {
                assert_eq!(series.values.len(), c.categories.len());
            }
        }
    }

    #[test]
    fn a_chart_without_data_is_no_chart_and_the_slide_says_so_in_words() {
        let data = AccountData::empty(Account {
            account_id: "A1".into(),
            name: "Acme".into(),
            segment: String::new(),
            industry: String::new(),
            region: String::new(),
            touch_model: String::new(),
            csm_name: String::new(),
            csm_email: String::new(),
            contract_start: None,
            renewal_date: None,
            currency: "EUR".into(),
        });
        let s = deck_of(&data);
        assert!(s.iter().all(|s| s.chart.is_none()), "no data, no chart");
        let adoption = s
            .iter()
            .find(|s| s.title.contains("No licences"))
            .expect("the adoption slide says there is nothing to show");
        assert_eq!(adoption.layout, CONTENT);
        let words: String = s
            .iter()
            .flat_map(|s| s.texts.iter().flat_map(|(_, p)| p.iter()))
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(!words.contains(": 0"), "no 0 for no data: {words}");
    }
}

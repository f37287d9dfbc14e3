//! The review's wording in English, on hand-checked cases: what a reader of the English
//! review sees (other languages are checked end to end in tests/it/locales.rs).

use super::*;
use crate::config::HealthWeights;
use crate::locale::common::{humanize, quantity};
use crate::metrics::{GoalStatus, account_metrics, evaluate_goal};
use crate::model::*;

fn en() -> std::sync::Arc<Texts> {
    crate::locale::english()
}
fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn quantities_in_goal_units() {
    assert_eq!(quantity(&en(), 14.0, "h", "USD"), "14\u{a0}h");
    assert_eq!(quantity(&en(), 85.0, "%", "USD"), "85%");
    assert_eq!(quantity(&en(), 4.5, "USD", "USD"), "$4.50");
    assert_eq!(quantity(&en(), 1200.0, "money", "EUR"), "€1,200");
    assert_eq!(quantity(&en(), 3.0, "", "USD"), "3");
    // One of a plural unit is singular; other counts and abbreviations keep the data's unit.
    assert_eq!(quantity(&en(), 1.0, "handoffs", "USD"), "1\u{a0}handoff");
    assert_eq!(quantity(&en(), 1.0, "Entries", "USD"), "1\u{a0}Entry");
    assert_eq!(quantity(&en(), 1.0, "batches", "USD"), "1\u{a0}batch");
    assert_eq!(quantity(&en(), 1.0, "ms", "USD"), "1\u{a0}ms");
    assert_eq!(quantity(&en(), 1.0, "status", "USD"), "1\u{a0}status");
    assert_eq!(
        quantity(&en(), 1.0, "tickets per day", "USD"),
        "1\u{a0}tickets per day"
    );
    assert_eq!(quantity(&en(), 1.04, "days", "USD"), "1\u{a0}day");
    assert_eq!(quantity(&en(), 2.0, "handoffs", "USD"), "2\u{a0}handoffs");
    assert_eq!(quantity(&en(), 0.5, "days", "USD"), "0.5\u{a0}days");
    assert_eq!(humanize("ticket_resolution_time"), "Ticket resolution time");
    assert_eq!(humanize("NPS of admins"), "NPS of admins");
}

#[test]
fn periods_are_named() {
    assert_eq!(
        period_name(&en(), d("2026-07-01"), d("2026-09-30")),
        "Q3 2026"
    );
    assert_eq!(
        period_name(&en(), d("2026-09-01"), d("2026-09-30")),
        "September 2026"
    );
    assert_eq!(period_name(&en(), d("2025-01-01"), d("2025-12-31")), "2025");
    assert_eq!(
        period_name(&en(), d("2026-07-10"), d("2026-08-14")),
        "Jul 10, 2026 – Aug 14, 2026"
    );
    let q = Period::parse("2026-Q3").unwrap();
    assert_eq!(next_period(&q), (d("2026-10-01"), d("2026-12-31")));
    let r = Period::range("2026-01-10", "2026-01-19").unwrap();
    assert_eq!(next_period(&r), (d("2026-01-20"), d("2026-01-29")));
}

fn goal(
    direction: Direction,
    baseline: f64,
    target: f64,
    due: &str,
    ms: &[(&str, f64)],
    vpu: Option<f64>,
) -> Goal {
    Goal {
        goal_id: "g1".into(),
        stakeholder_role: "champion".into(),
        title: "Faster resolution".into(),
        metric: "Ticket resolution time".into(),
        unit: "h".into(),
        direction,
        baseline,
        target,
        target_date: Some(d(due)),
        value_per_unit: vpu,
        measurements: ms
            .iter()
            .map(|(on, v)| Measurement {
                measured_on: d(on),
                value: *v,
            })
            .collect(),
    }
}

fn sentence(g: &Goal, as_of: &str) -> String {
    goal_sentence(
        &en(),
        &evaluate_goal(g, d(as_of), Some(d("2026-01-01"))),
        "USD",
    )
}

#[test]
fn goal_sentences_read_like_a_person_wrote_them() {
    // 20 h → 12.4 h is −38%; the target 14 h is −30%.
    let g = goal(
        Direction::Lower,
        20.0,
        14.0,
        "2026-12-31",
        &[("2026-09-15", 12.4)],
        None,
    );
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Ticket resolution time fell 38%, past the 30% target."
    );
    let g = goal(
        Direction::Lower,
        20.0,
        14.0,
        "2026-12-31",
        &[("2026-09-15", 12.4)],
        Some(100.0),
    );
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Ticket resolution time fell 38%, past the 30% target, worth $760."
    );
    // Exactly at target.
    let g = goal(
        Direction::Lower,
        20.0,
        14.0,
        "2026-12-31",
        &[("2026-09-15", 14.0)],
        None,
    );
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Ticket resolution time fell 30%, meeting the 30% target."
    );
    // On track.
    let g = goal(
        Direction::Lower,
        20.0,
        14.0,
        "2026-12-31",
        &[("2026-01-01", 20.0), ("2026-09-15", 15.2)],
        None,
    );
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Ticket resolution time fell 24%, on track for the 30% target by Dec 31, 2026."
    );
    // Wrong way: rose while a cut is targeted.
    let g = goal(
        Direction::Lower,
        20.0,
        14.0,
        "2026-12-31",
        &[("2026-01-01", 20.0), ("2026-09-15", 22.0)],
        None,
    );
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Ticket resolution time rose 10%, away from the targeted 30% cut by Dec 31, 2026: at risk."
    );
    // Missed, past its date.
    let g = goal(
        Direction::Lower,
        20.0,
        14.0,
        "2026-06-30",
        &[("2026-01-01", 20.0), ("2026-06-15", 18.0)],
        None,
    );
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Ticket resolution time fell 10%, short of the 30% target due Jun 30, 2026."
    );
    // Held steady.
    let g = goal(
        Direction::Higher,
        50.0,
        80.0,
        "2026-06-30",
        &[("2026-06-15", 50.0)],
        None,
    );
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Ticket resolution time held steady at 50\u{a0}h, away from the targeted 60% rise due Jun 30, 2026."
    );
}

#[test]
fn percentages_move_in_points() {
    let mut g = goal(
        Direction::Higher,
        10.0,
        50.0,
        "2026-06-30",
        &[("2026-01-01", 12.0), ("2026-06-15", 34.0)],
        None,
    );
    g.metric = "Tickets triaged automatically".into();
    g.unit = "%".into();
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Tickets triaged automatically rose 24 points to 34%, short of the 50% target due Jun 30, 2026."
    );
    g.measurements[1].value = 9.0;
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Tickets triaged automatically fell 1 point to 9%, away from the 50% target due Jun 30, 2026."
    );
}

#[test]
fn goal_sentences_for_zero_and_missing() {
    // Zero baseline: no percentages, absolute values instead.
    let mut g = goal(
        Direction::Higher,
        0.0,
        40.0,
        "2026-12-31",
        &[("2026-09-01", 45.0)],
        None,
    );
    g.metric = "automations_live".into();
    g.unit = "".into();
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Automations live rose from 0 to 45, past the 40 target."
    );
    // No measurement.
    let g = goal(Direction::Higher, 10.0, 40.0, "2026-12-31", &[], None);
    assert_eq!(
        sentence(&g, "2026-09-30"),
        "Ticket resolution time has no measurement yet, so progress cannot be shown."
    );
    // Target equals baseline.
    let g = goal(
        Direction::Higher,
        10.0,
        10.0,
        "2026-12-31",
        &[("2026-09-01", 12.0)],
        None,
    );
    assert!(sentence(&g, "2026-09-30").contains("its target equals its baseline"));
    // A negative value is not called "worth".
    let g = goal(
        Direction::Higher,
        50.0,
        80.0,
        "2026-06-30",
        &[("2026-06-15", 40.0)],
        Some(10.0),
    );
    let s = sentence(&g, "2026-09-30");
    assert!(!s.contains("worth"), "{s}");
    assert!(s.starts_with("Ticket resolution time fell 20%"), "{s}");
}

fn account(name: &str) -> AccountData {
    AccountData::empty(Account {
        account_id: "A1".into(),
        name: name.into(),
        segment: "Enterprise".into(),
        industry: "Logistics".into(),
        region: "EMEA".into(),
        touch_model: "high".into(),
        csm_name: "Priya Natarajan".into(),
        csm_email: "priya@example.com".into(),
        contract_start: Some(d("2025-01-01")),
        renewal_date: Some(d("2027-03-31")),
        currency: "EUR".into(),
    })
}

fn doc_for(data: &AccountData) -> ReviewDoc {
    let p = Period::parse("2026-Q3").unwrap();
    let m = account_metrics(data, &p, &HealthWeights::default());
    build(
        &en(),
        data,
        &m,
        &p,
        &Brand::default(),
        &ReviewOptions::default(),
    )
}

#[test]
fn empty_account_says_so_in_words() {
    let doc = doc_for(&account("Acme"));
    assert_eq!(doc.value.total, None);
    assert_eq!(doc.value.sign, "none");
    assert!(doc.value.sentence.contains("No goal has been measured"));
    assert_eq!(doc.nps.sentence, "No NPS responses this period.");
    assert_eq!(doc.nps.score, None);
    assert!(doc.nps.chart.is_none() && doc.nps.chart_missing.is_some());
    assert!(doc.adoption.chart.is_none());
    assert_eq!(doc.adoption.utilization, None);
    assert!(doc.adoption.sentence.contains("No licences"));
    assert_eq!(
        doc.support.sentence,
        "No support tickets were opened in Q3 2026."
    );
    assert!(doc.goals.empty.is_some());
    // No tile shows a number it does not have.
    for t in &doc.tiles {
        if !t.has_data {
            assert!(
                !t.value.contains('%') && !t.value.chars().any(|c| c.is_ascii_digit()),
                "{t:?}"
            );
        }
    }
    assert_eq!(doc.tiles[0].value, "No goals");
    assert_eq!(doc.tiles[3].value, "No responses");
    assert!(doc.health.basis.contains("1 of 5"));
    assert!(charts(&en(), &doc).is_empty());
    assert_eq!(doc.meta.title, "Value review: Acme, Q3 2026");
    assert_eq!(doc.period.previous, "Q2 2026");
    assert_eq!(doc.period.next, "Q4 2026");
}

pub(crate) fn rich(name: &str) -> AccountData {
    let mut a = account(name);
    a.contacts.push(Contact {
        contact_id: "c1".into(),
        name: "Dana Whitfield".into(),
        email: "d@x".into(),
        role: "executive_sponsor".into(),
        locale: "en".into(),
        unsubscribed: false,
    });
    a.contacts.push(Contact {
        contact_id: "c2".into(),
        name: "Omar Haddad".into(),
        email: "o@x".into(),
        role: "champion".into(),
        locale: "en".into(),
        unsubscribed: false,
    });
    a.licenses.push(License {
        product: "core".into(),
        seats_purchased: 100,
        starts_on: Some(d("2025-01-01")),
        ends_on: None,
    });
    for (i, m) in [
        "2025-10-01",
        "2025-11-01",
        "2025-12-01",
        "2026-01-01",
        "2026-02-01",
        "2026-03-01",
        "2026-04-01",
        "2026-05-01",
        "2026-06-01",
        "2026-07-01",
        "2026-08-01",
        "2026-09-01",
    ]
    .iter()
    .enumerate()
    {
        for (f, base) in [("Reports", 40), ("Dashboards", 30), ("Automation", 5)] {
            a.usage.push(FeatureUsage {
                month: d(m),
                feature: f.into(),
                product: "core".into(),
                active_users: base + 2 * i as i64,
                events: 100,
            });
        }
        a.arr.push(ArrMonth {
            month: d(m),
            arr: 120_000.0,
        });
    }
    a.goals.push(Goal {
        goal_id: "g1".into(),
        stakeholder_role: "executive_sponsor".into(),
        title: "Cut resolution time by 30%".into(),
        metric: "Ticket resolution time".into(),
        unit: "h".into(),
        direction: Direction::Lower,
        baseline: 20.0,
        target: 14.0,
        target_date: Some(d("2026-12-31")),
        value_per_unit: Some(2_000.0),
        measurements: vec![Measurement {
            measured_on: d("2026-09-15"),
            value: 12.4,
        }],
    });
    a.goals.push(Goal {
        goal_id: "g2".into(),
        stakeholder_role: "champion".into(),
        title: "Automate triage".into(),
        metric: "automated_share".into(),
        unit: "%".into(),
        direction: Direction::Higher,
        baseline: 10.0,
        target: 50.0,
        target_date: Some(d("2026-06-30")),
        value_per_unit: None,
        measurements: vec![
            Measurement {
                measured_on: d("2026-01-15"),
                value: 12.0,
            },
            Measurement {
                measured_on: d("2026-06-15"),
                value: 30.0,
            },
        ],
    });
    a.milestones.push(Milestone {
        milestone_id: "m1".into(),
        title: "SSO rollout".into(),
        stage: "plan".into(),
        owner_side: "vendor".into(),
        owner_name: "Priya".into(),
        due_on: Some(d("2026-08-15")),
        completed_on: None,
    });
    a.milestones.push(Milestone {
        milestone_id: "m2".into(),
        title: "Kickoff".into(),
        stage: "discovery".into(),
        owner_side: "customer".into(),
        owner_name: "Dana".into(),
        due_on: Some(d("2026-07-10")),
        completed_on: Some(d("2026-07-08")),
    });
    for (i, day) in ["2026-07-03", "2026-07-20", "2026-09-02"]
        .iter()
        .enumerate()
    {
        a.tickets.push(Ticket {
            ticket_id: format!("t{i}"),
            opened_at: d(day),
            closed_at: Some(d(day)),
            severity: if i == 0 {
                "critical".into()
            } else {
                "normal".into()
            },
            escalated: i == 0,
            csat: Some(5),
        });
    }
    for (i, (day, score, comment)) in [
        ("2026-04-10", 6, None),
        ("2026-05-10", 9, None),
        ("2026-07-10", 10, Some("Support is quick and kind.")),
        ("2026-08-10", 3, Some("Reports are slow to load.")),
        ("2026-09-10", 9, Some("   ")),
        ("2026-09-12", 8, Some("Good, needs SSO.")),
    ]
    .iter()
    .enumerate()
    {
        a.nps.push(NpsResponse {
            response_id: format!("r{i}"),
            contact_id: Some(if i % 2 == 0 { "c1".into() } else { "c2".into() }),
            responded_at: d(day),
            score: *score,
            comment: comment.map(str::to_string),
        });
    }
    a.sort();
    a
}

#[test]
fn rich_account_reads_well() {
    let doc = doc_for(&rich("Acme"));
    // 7.6 h × €2,000.
    assert_eq!(doc.value.total.as_deref(), Some("€15,200"));
    assert_eq!(doc.value.sign, "positive");
    assert_eq!(
        doc.value.sentence,
        "€15,200 of measurable value delivered by September 30, 2026, from 1 goal with an agreed money value."
    );
    assert_eq!(
        doc.value.highlights[0],
        "Ticket resolution time fell 38%, past the 30% target, worth €15,200."
    );
    assert_eq!(doc.goals.groups[0].label, "Executive sponsor");
    assert_eq!(
        doc.goals.groups[0].people.as_deref(),
        Some("Dana Whitfield")
    );
    assert_eq!(doc.goals.groups[1].goals[0].status, GoalStatus::Missed);
    assert_eq!(doc.goals.groups[1].goals[0].actual.as_deref(), Some("30%"));
    // Adoption: Reports reaches 62 users in September, of 100 seats.
    assert_eq!(
        doc.adoption.sentence,
        "62 of 100 purchased seats were active in September 2026 (62%)."
    );
    assert_eq!(
        doc.adoption.shelfware_sentence.as_deref(),
        Some(
            "38 seats are unused (shelfware), worth €45,600 a year at the current price per seat."
        )
    );
    assert_eq!(
        doc.adoption.trend_sentence.as_deref(),
        Some("Active users rose from 40 in October 2025 to 62 in September 2026.")
    );
    assert!(doc.features.sentence.starts_with("Reports is the most used feature (62 users, 100% of active users); Automation is the least used"));
    assert_eq!(
        doc.support.sentence,
        "3 tickets were opened in Q3 2026 (1 escalated and 1 critical); 3 closed."
    );
    assert_eq!(doc.nps.score.as_deref(), Some("+25"));
    assert!(doc.nps.sentence.starts_with("NPS is +25 from 4 responses (2 promoters, 1 passive, 1 detractor), up from 0 in Q2 2026."), "{}", doc.nps.sentence);
    assert_eq!(doc.nps.comments.len(), 3);
    assert_eq!(doc.nps.comments[0].text, "Support is quick and kind.");
    assert_eq!(doc.nps.comments[0].who, "Executive sponsor");
    assert_eq!(doc.nps.comments[2].kind, "detractor");
    assert!(
        doc.plan
            .sentence
            .contains("One is late: SSO rollout (Northwind Cloud · Priya)"),
        "{}",
        doc.plan.sentence
    );
    assert_eq!((doc.next.carried, doc.next.due, doc.next.renew), (1, 0, 1));
    assert_eq!(doc.next.groups[0].key, "carried");
    assert!(
        doc.next.groups[0].goals[0]
            .action
            .starts_with("Carry over: reach 50% by Dec 31, 2026")
    );
    assert_eq!(doc.next.groups[1].key, "renew");
    let cs = charts(&en(), &doc);
    let names: Vec<&str> = cs.iter().map(|c| c.name).collect();
    assert_eq!(names, ["adoption", "features", "tickets", "nps"]);
    // Every chart the document refers to exists, with the same alt text.
    assert_eq!(doc.adoption.chart.as_ref().unwrap().alt, cs[0].alt);
    assert!(cs[1].alt.contains("Reports 62"));
    let json = data_json(&doc).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["meta"]["paper"], "a4");
    assert_eq!(v["meta"]["layout"], "report");
    assert_eq!(v["goals"]["groups"][1]["goals"][0]["status"], "missed");
    assert_eq!(typst_files(&cs)[0].0, "/charts/adoption.svg");
}

#[test]
fn timeline_folds_milestones_done_before_the_period() {
    let mut a = rich("Acme");
    a.milestones.clear();
    for i in 0..6 {
        let day = format!("2025-{:02}-10", i + 1);
        a.milestones.push(Milestone {
            milestone_id: format!("old{i}"),
            title: format!("Old {i}"),
            stage: "plan".into(),
            owner_side: "customer".into(),
            owner_name: String::new(),
            due_on: Some(d(&day)),
            completed_on: Some(d(&day)),
        });
    }
    for i in 0..2 {
        a.milestones.push(Milestone {
            milestone_id: format!("new{i}"),
            title: format!("New {i}"),
            stage: "collaboration".into(),
            owner_side: "vendor".into(),
            owner_name: "Priya".into(),
            due_on: Some(d(&format!("2026-1{i}-15"))),
            completed_on: None,
        });
    }
    a.sort();
    let doc = doc_for(&a);
    let titles: Vec<&str> = doc.plan.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Old 4", "Old 5", "New 0", "New 1"]);
    assert_eq!(doc.plan.hidden, 4);
    assert_eq!(doc.plan.items[2].owner, "Northwind Cloud · Priya");
    assert_eq!(doc.plan.items[0].owner, "Customer");
}

#[test]
fn deterministic() {
    let a = doc_for(&rich("Acme"));
    let b = doc_for(&rich("Acme"));
    assert_eq!(data_json(&a).unwrap(), data_json(&b).unwrap());
    assert_eq!(charts(&en(), &a), charts(&en(), &b));
}

#[test]
fn options_parse() {
    assert_eq!("US-Letter".parse::<Paper>().unwrap(), Paper::UsLetter);
    assert_eq!("deck".parse::<Layout>().unwrap(), Layout::Deck);
    assert!("a5".parse::<Paper>().is_err());
    assert!("poster".parse::<Layout>().is_err());
}

#[test]
fn hostile_names_stay_text() {
    let name = "#exit() <script>alert(1)</script> $x$ *bold* @ref <lbl>";
    let mut a = rich(name);
    a.usage
        .iter_mut()
        .filter(|u| u.feature == "Automation")
        .for_each(|u| u.feature = "<b>&amp;</b> تقارير".into());
    let doc = doc_for(&a);
    assert_eq!(doc.account.name, name);
    let cs = charts(&en(), &doc);
    let f = cs.iter().find(|c| c.name == "features").unwrap();
    assert!(
        f.svg.contains("&lt;b&gt;&amp;amp;&lt;/b&gt; تقارير"),
        "{}",
        f.svg
    );
    assert!(!f.svg.contains("<b>"));
}

#[test]
fn negative_and_zero_value() {
    let mut a = rich("Acme");
    a.goals[0].measurements[0].value = 21.0; // worse than the 20 h baseline
    let doc = doc_for(&a);
    assert_eq!(doc.value.sign, "negative");
    assert_eq!(doc.value.total.as_deref(), Some("-€2,000"));
    assert!(
        doc.value.sentence.contains("€2,000 below their baselines"),
        "{}",
        doc.value.sentence
    );
    a.goals[0].measurements[0].value = 20.0;
    let doc = doc_for(&a);
    assert_eq!(doc.value.sign, "zero");
    assert!(doc.value.sentence.contains("no change"));
}

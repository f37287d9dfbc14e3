//! Renders sample value reviews for looking at: a rich account, a hostile one (markup
//! characters, script tags, Arabic and Hebrew, emoji, a 300-character word), an account with no
//! data, and the same rich account on US Letter and as a 16:9 deck.
//!
//! ```text
//! cargo run --release --example review_preview -- [OUT_DIR]   # default /tmp/review-preview
//! pdftoppm -png -r 60 /tmp/review-preview/rich.pdf /tmp/review-preview/rich
//! ```
//!
//! Writes `{name}.pdf`, `{name}.html`, `{name}.json` and the charts as `{name}-{chart}.svg`,
//! and prints the size and the time of each. With `RECAP_PREVIEW_REPEAT=N` it then typesets
//! the rich review N more times and prints the median and 90th percentile (a rough speed check;
//! `benches/` is the real benchmark).

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use recap::config::{Brand, HealthWeights};
use recap::metrics::account_metrics;
use recap::model::*;
use recap::period::Period;
use recap::render::html::Html;
use recap::render::typst::Typesetter;
use recap::reports::review::{self, Layout, Paper, ReviewOptions};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a valid date")
}

fn contact(id: &str, name: &str, role: &str) -> Contact {
    Contact {
        contact_id: id.into(),
        name: name.into(),
        email: format!("{id}@example.com"),
        role: role.into(),
        locale: "en".into(),
        unsubscribed: false,
    }
}

#[allow(clippy::too_many_arguments)]
fn goal(
    id: &str,
    role: &str,
    title: &str,
    metric: &str,
    unit: &str,
    direction: Direction,
    (baseline, target): (f64, f64),
    due: &str,
    value_per_unit: Option<f64>,
    ms: &[(&str, f64)],
) -> Goal {
    Goal {
        goal_id: id.into(),
        stakeholder_role: role.into(),
        title: title.into(),
        metric: metric.into(),
        unit: unit.into(),
        direction,
        baseline,
        target,
        target_date: Some(d(due)),
        value_per_unit,
        measurements: ms
            .iter()
            .map(|(on, v)| Measurement {
                measured_on: d(on),
                value: *v,
            })
            .collect(),
    }
}

fn milestone(
    id: &str,
    title: &str,
    stage: &str,
    side: &str,
    owner: &str,
    due: &str,
    done: Option<&str>,
) -> Milestone {
    Milestone {
        milestone_id: id.into(),
        title: title.into(),
        stage: stage.into(),
        owner_side: side.into(),
        owner_name: owner.into(),
        due_on: Some(d(due)),
        completed_on: done.map(d),
    }
}

/// A mid-sized enterprise customer a year into its contract, with a mixed quarter.
pub fn rich_account(name: &str) -> AccountData {
    let mut a = AccountData::empty(Account {
        account_id: "ACC-1042".into(),
        name: name.into(),
        segment: "Enterprise".into(),
        industry: "Logistics".into(),
        region: "EMEA".into(),
        touch_model: "high_touch".into(),
        csm_name: "Priya Natarajan".into(),
        csm_email: "priya.natarajan@northwind.example".into(),
        contract_start: Some(d("2025-01-01")),
        renewal_date: Some(d("2027-03-31")),
        currency: "USD".into(),
    });
    a.contacts = vec![
        contact("c1", "Dana Whitfield", "executive_sponsor"),
        contact("c2", "Omar Haddad", "champion"),
        contact("c3", "Lena Brandt", "end_user"),
        contact("c4", "Tomás Ruiz", "end_user"),
    ];
    a.licenses.push(License {
        product: "Service Desk".into(),
        seats_purchased: 250,
        starts_on: Some(d("2025-01-01")),
        ends_on: Some(d("2027-03-31")),
    });
    let months = [
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
    ];
    let active = [121, 128, 124, 139, 147, 152, 160, 158, 166, 171, 179, 186];
    let features: [(&str, f64); 7] = [
        ("Ticket routing", 1.0),
        ("Knowledge base", 0.81),
        ("Dashboards", 0.64),
        ("SLA alerts", 0.47),
        ("Automation rules", 0.29),
        ("Customer portal", 0.17),
        ("Mobile app", 0.06),
    ];
    for (i, m) in months.iter().enumerate() {
        for (f, share) in features {
            a.usage.push(FeatureUsage {
                month: d(m),
                feature: f.into(),
                product: "Service Desk".into(),
                active_users: (active[i] as f64 * share).round() as i64,
                events: 1000,
            });
        }
        a.arr.push(ArrMonth {
            month: d(m),
            arr: 300_000.0,
        });
    }
    a.goals = vec![
        goal(
            "g1",
            "executive_sponsor",
            "Cut median ticket resolution time by 30%",
            "Median resolution time",
            "h",
            Direction::Lower,
            (20.0, 14.0),
            "2026-12-31",
            Some(4_000.0),
            &[
                ("2026-01-31", 19.1),
                ("2026-04-30", 17.2),
                ("2026-07-31", 14.3),
                ("2026-09-30", 12.4),
            ],
        ),
        goal(
            "g2",
            "executive_sponsor",
            "Lower the cost of each ticket",
            "Cost per ticket",
            "USD",
            Direction::Lower,
            (18.5, 14.0),
            "2027-03-31",
            Some(9_000.0),
            &[
                ("2026-01-31", 18.1),
                ("2026-06-30", 16.9),
                ("2026-09-30", 16.0),
            ],
        ),
        goal(
            "g3",
            "champion",
            "Automate first-line triage",
            "Tickets triaged automatically",
            "%",
            Direction::Higher,
            (10.0, 50.0),
            "2026-06-30",
            None,
            &[
                ("2026-01-31", 12.0),
                ("2026-04-30", 24.0),
                ("2026-06-30", 31.0),
                ("2026-09-30", 34.0),
            ],
        ),
        goal(
            "g4",
            "champion",
            "Deflect routine questions to self-service",
            "Self-service deflection rate",
            "%",
            Direction::Higher,
            (15.0, 30.0),
            "2026-11-30",
            Some(1_500.0),
            &[
                ("2026-03-31", 17.0),
                ("2026-06-30", 21.0),
                ("2026-09-30", 24.5),
            ],
        ),
        goal(
            "g5",
            "end_user",
            "Spend less time on routine updates",
            "Minutes per ticket update",
            "min",
            Direction::Lower,
            (6.0, 4.0),
            "2027-01-31",
            None,
            &[("2026-05-31", 5.6), ("2026-09-30", 5.5)],
        ),
        goal(
            "g6",
            "end_user",
            "Use the mobile app every week",
            "Weekly mobile users",
            "users",
            Direction::Higher,
            (0.0, 60.0),
            "2027-03-31",
            None,
            &[],
        ),
    ];
    a.milestones = vec![
        milestone(
            "m1",
            "Kick-off and success criteria",
            "discovery",
            "vendor",
            "Priya Natarajan",
            "2025-02-15",
            Some("2025-02-12"),
        ),
        milestone(
            "m2",
            "Baseline of resolution times",
            "benchmark_goals",
            "customer",
            "Omar Haddad",
            "2025-03-31",
            Some("2025-04-10"),
        ),
        milestone(
            "m3",
            "Routing rules for all queues",
            "plan",
            "vendor",
            "Priya Natarajan",
            "2026-07-15",
            Some("2026-07-11"),
        ),
        milestone(
            "m4",
            "Knowledge base migration",
            "collaboration",
            "customer",
            "Lena Brandt",
            "2026-08-15",
            Some("2026-08-29"),
        ),
        milestone(
            "m5",
            "Single sign-on for contractors",
            "collaboration",
            "vendor",
            "Marco Bianchi",
            "2026-09-10",
            None,
        ),
        milestone(
            "m6",
            "Quarterly success dashboard",
            "success_dashboard",
            "vendor",
            "Priya Natarajan",
            "2026-10-15",
            None,
        ),
        milestone(
            "m7",
            "Mobile app pilot with field team",
            "collaboration",
            "customer",
            "Tomás Ruiz",
            "2026-11-30",
            None,
        ),
    ];
    let tickets = [
        ("2026-07-02", "normal", false, Some(5)),
        ("2026-07-08", "high", true, Some(4)),
        ("2026-07-15", "normal", false, Some(5)),
        ("2026-07-22", "low", false, None),
        ("2026-07-29", "normal", false, Some(4)),
        ("2026-08-04", "critical", true, Some(3)),
        ("2026-08-11", "normal", false, Some(5)),
        ("2026-08-19", "normal", false, Some(5)),
        ("2026-08-26", "high", false, Some(4)),
        ("2026-09-03", "normal", false, Some(5)),
        ("2026-09-16", "low", false, None),
        ("2026-09-24", "normal", false, Some(5)),
    ];
    for (i, (day, sev, esc, csat)) in tickets.iter().enumerate() {
        a.tickets.push(Ticket {
            ticket_id: format!("T-{i:03}"),
            opened_at: d(day),
            closed_at: if i == 11 { None } else { Some(d(day)) },
            severity: (*sev).into(),
            escalated: *esc,
            csat: *csat,
        });
    }
    let responses: [(&str, &str, i64, Option<&str>); 14] = [
        ("2025-11-12", "c2", 6, None),
        ("2025-12-02", "c3", 8, None),
        ("2025-12-15", "c4", 5, None),
        ("2026-02-10", "c2", 7, None),
        ("2026-03-03", "c3", 9, None),
        ("2026-03-20", "c4", 6, None),
        ("2026-05-06", "c1", 9, None),
        ("2026-05-28", "c3", 8, None),
        ("2026-06-12", "c4", 7, None),
        (
            "2026-07-09",
            "c1",
            10,
            Some(
                "Resolution times are down by a third, and my team can see it every morning on the dashboard.",
            ),
        ),
        (
            "2026-08-02",
            "c2",
            9,
            Some(
                "Routing finally sends tickets to the right queue. Automation still needs work on our side.",
            ),
        ),
        (
            "2026-08-20",
            "c3",
            6,
            Some("The contractor logins are a daily annoyance until single sign-on arrives."),
        ),
        ("2026-09-08", "c4", 9, None),
        (
            "2026-09-21",
            "c3",
            8,
            Some("Good tool; the mobile app is not ready for the field yet."),
        ),
    ];
    for (i, (day, who, score, comment)) in responses.iter().enumerate() {
        a.nps.push(NpsResponse {
            response_id: format!("R-{i:03}"),
            contact_id: Some((*who).into()),
            responded_at: d(day),
            score: *score,
            comment: comment.map(str::to_string),
        });
    }
    a.sort();
    a
}

/// Content that must print literally: markup characters of Typst and HTML, scripts, Arabic
/// and Hebrew, emoji and a 300-character word.
pub fn hostile_account() -> AccountData {
    let long_word = "Supercalifragilistic".repeat(15);
    let mut a =
        rich_account("#exit() <script>alert(1)</script> $x$ *bold* @ref <lbl> شركة الأفق 🚚");
    a.contacts[0].name = "ليلى حداد".into();
    a.contacts[1].name = "נועה כהן <b>".into();
    a.goals[0].title = format!("Cut resolution time {long_word}");
    a.goals[2].title = "#set page(width: 1cm) [*bold*] $x^2$ @ref <label> \\ // comment".into();
    a.goals[2].metric = "خفض وقت الحل".into();
    a.milestones[4].title = "SSO {{ doc }} {% raw %} <!-- x --> &amp; ]]>".into();
    a.usage
        .iter_mut()
        .filter(|u| u.feature == "Dashboards")
        .for_each(|u| u.feature = "<tspan>لوحات</tspan> & \"dash\"".into());
    a.nps[11].comment = Some(format!(
        "{long_word} — \"quoted\" <i>not italic</i> #strong[x] 👍🏽 שלום"
    ));
    a.nps[9].comment = Some("تحسن كبير في أوقات الاستجابة هذا الربع".into());
    a
}

/// An account with no rows anywhere else.
pub fn empty_account() -> AccountData {
    let mut a = rich_account("Quiet Harbor Ltd");
    a.account.currency = "EUR".into();
    a.contacts.clear();
    a.licenses.clear();
    a.usage.clear();
    a.arr.clear();
    a.goals.clear();
    a.milestones.clear();
    a.tickets.clear();
    a.nps.clear();
    a
}

fn main() -> anyhow::Result<()> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "/tmp/review-preview".into()),
    );
    std::fs::create_dir_all(&out)?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let typesetter = Typesetter::new(&root.join("templates"), &root.join("fonts"))?;
    let html = Html::new(&root.join("templates"))?;
    let period = Period::parse("2026-Q3")?;
    let brand = Brand::default();
    let a4 = ReviewOptions {
        paper: Paper::A4,
        layout: Layout::Report,
    };
    let cases: Vec<(&str, AccountData, ReviewOptions)> = vec![
        ("rich", rich_account("Meridian Freight Group"), a4),
        ("hostile", hostile_account(), a4),
        ("empty", empty_account(), a4),
        (
            "letter",
            rich_account("Meridian Freight Group"),
            ReviewOptions {
                paper: Paper::UsLetter,
                layout: Layout::Report,
            },
        ),
        (
            "deck",
            rich_account("Meridian Freight Group"),
            ReviewOptions {
                paper: Paper::A4,
                layout: Layout::Deck,
            },
        ),
    ];
    for (name, data, opts) in cases {
        let t = Instant::now();
        let metrics = account_metrics(&data, &period, &HealthWeights::default());
        let doc = review::build(
            &recap::locale::english(),
            &data,
            &metrics,
            &period,
            &brand,
            &opts,
        );
        let charts = review::charts(&recap::locale::english(), &doc);
        let json = review::data_json(&doc)?;
        let t_model = t.elapsed();
        let t = Instant::now();
        let pdf = typesetter.pdf(review::TYPST_TEMPLATE, &json, &review::typst_files(&charts))?;
        let t_pdf = t.elapsed();
        let t = Instant::now();
        let page = html.render(review::HTML_TEMPLATE, &review::tera_context(&doc, &charts))?;
        let t_html = t.elapsed();
        std::fs::write(out.join(format!("{name}.pdf")), &pdf)?;
        std::fs::write(out.join(format!("{name}.html")), &page)?;
        std::fs::write(
            out.join(format!("{name}.json")),
            serde_json::to_vec_pretty(&doc)?,
        )?;
        for c in &charts {
            std::fs::write(out.join(format!("{name}-{}.svg", c.name)), &c.svg)?;
        }
        println!(
            "{name:8} pdf {:>7} B in {:>6.1} ms · html {:>7} B in {:>5.1} ms · model+charts {:>5.2} ms · {} charts, {} B svg",
            pdf.len(),
            t_pdf.as_secs_f64() * 1e3,
            page.len(),
            t_html.as_secs_f64() * 1e3,
            t_model.as_secs_f64() * 1e3,
            charts.len(),
            charts.iter().map(|c| c.svg.len()).sum::<usize>(),
        );
    }
    if let Some(n) = std::env::var("RECAP_PREVIEW_REPEAT")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        let mut times = Vec::with_capacity(n);
        for i in 0..n {
            // A different document each time, so Typst's cache cannot replay the last one.
            let mut data = rich_account(&format!("Meridian Freight Group {i}"));
            for u in &mut data.usage {
                u.active_users += (i % 17) as i64;
            }
            data.goals[0].measurements[3].value += i as f64 / 100.0;
            let t = Instant::now();
            let metrics = account_metrics(&data, &period, &HealthWeights::default());
            let doc = review::build(
                &recap::locale::english(),
                &data,
                &metrics,
                &period,
                &brand,
                &a4,
            );
            let charts = review::charts(&recap::locale::english(), &doc);
            let json = review::data_json(&doc)?;
            typesetter.pdf(review::TYPST_TEMPLATE, &json, &review::typst_files(&charts))?;
            times.push(t.elapsed().as_secs_f64() * 1e3);
            if i % 50 == 49 {
                recap::render::typst::evict_cache();
            }
        }
        times.sort_by(f64::total_cmp);
        println!(
            "rich x{n}: median {:.1} ms, p90 {:.1} ms per PDF (model, charts, typeset, export; one thread)",
            times[n / 2],
            times[n * 9 / 10]
        );
    }
    Ok(())
}

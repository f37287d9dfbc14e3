//! The call brief as a CSM reads it, on hand-made accounts whose every figure is checked by
//! hand: one page each (poppler's `pdfinfo`), the figures in `pdftotext` recomputed here from
//! the raw rows inserted, talking points only where their rule holds, lists that do not fit
//! their box ending in "and N more", hostile names literal, the same bytes twice, German and
//! Japanese on one page too.

use std::path::{Path, PathBuf};

use recap::source::{Param, Source};

use crate::common::{self, checkers, pdf_text, recap, tool};

const DATE: &str = "2026-09-30";

/// Names the PDF and HTML must show as text, never run as markup.
const HOSTILE: &str = "<script>alert(1)</script> #exit() {{x}} $x$";

struct Db {
    dir: tempfile::TempDir,
    url: String,
    src: Source,
}

fn t(s: &str) -> Param {
    Param::Text(s.to_string())
}

impl Db {
    fn new() -> Db {
        let (dir, url) = common::sqlite_temp();
        let src = common::connect(&url);
        src.migrate().unwrap();
        Db { dir, url, src }
    }

    fn run(&self, sql: &str, params: &[Param]) {
        common::exec(&self.src, sql, params);
    }

    fn account(&self, id: &str, name: &str, renewal: Option<&str>) {
        self.run(
            "INSERT INTO accounts (account_id, name, segment, industry, region, touch_model, csm_name, csm_email, contract_start, renewal_date, currency)
             VALUES (?, ?, 'Enterprise', 'Logistics', 'EMEA', 'high-touch', 'Priya Raman', 'priya@example.com', '2024-04-01', ?, 'USD')",
            &[t(id), t(name), Param::OptText(renewal.map(str::to_string))],
        );
    }

    fn arr(&self, id: &str, months: &[(&str, f64)]) {
        for (m, v) in months {
            self.run(
                "INSERT INTO arr_monthly (account_id, month, arr) VALUES (?, ?, ?)",
                &[t(id), t(m), Param::Real(*v)],
            );
        }
    }

    fn seats(&self, id: &str, purchased: i64, active: i64) {
        self.run(
            "INSERT INTO licenses (account_id, product, seats_purchased, starts_on, ends_on) VALUES (?, 'core', ?, '2024-04-01', NULL)",
            &[t(id), Param::Int(purchased)],
        );
        for m in ["2026-06-01", "2026-09-01"] {
            self.run(
                "INSERT INTO feature_usage_monthly (account_id, month, feature, product, active_users, events) VALUES (?, ?, 'login', 'core', ?, 100)",
                &[t(id), t(m), Param::Int(active)],
            );
        }
    }

    fn contact(&self, id: &str, cid: &str, name: &str, role: &str, locale: &str, unsub: bool) {
        self.run(
            "INSERT INTO contacts (contact_id, account_id, name, email, role, locale, unsubscribed) VALUES (?, ?, ?, ?, ?, ?, ?)",
            &[
                t(cid),
                t(id),
                t(name),
                t(&format!("{cid}@example.com")),
                t(role),
                t(locale),
                Param::Int(unsub as i64),
            ],
        );
    }

    fn nps(
        &self,
        id: &str,
        rid: &str,
        cid: Option<&str>,
        on: &str,
        score: i64,
        comment: Option<&str>,
    ) {
        self.run(
            "INSERT INTO nps_responses (response_id, account_id, contact_id, responded_at, score, comment) VALUES (?, ?, ?, ?, ?, ?)",
            &[
                t(rid),
                t(id),
                Param::OptText(cid.map(str::to_string)),
                t(on),
                Param::Int(score),
                Param::OptText(comment.map(str::to_string)),
            ],
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn ticket(
        &self,
        id: &str,
        tid: &str,
        opened: &str,
        closed: Option<&str>,
        severity: &str,
        escalated: bool,
    ) {
        self.run(
            "INSERT INTO tickets (ticket_id, account_id, opened_at, closed_at, severity, escalated, csat) VALUES (?, ?, ?, ?, ?, ?, NULL)",
            &[
                t(tid),
                t(id),
                t(opened),
                Param::OptText(closed.map(str::to_string)),
                t(severity),
                Param::Int(escalated as i64),
            ],
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn goal(
        &self,
        id: &str,
        gid: &str,
        title: &str,
        direction: &str,
        baseline: f64,
        target: f64,
        due: &str,
        measured: &[(&str, f64)],
    ) {
        self.run(
            "INSERT INTO goals (goal_id, account_id, stakeholder_role, title, metric, unit, direction, baseline, target, target_date, value_per_unit)
             VALUES (?, ?, 'champion', ?, 'm', 'h', ?, ?, ?, ?, NULL)",
            &[t(gid), t(id), t(title), t(direction), Param::Real(baseline), Param::Real(target), t(due)],
        );
        for (on, v) in measured {
            self.run(
                "INSERT INTO goal_measurements (goal_id, measured_on, value) VALUES (?, ?, ?)",
                &[t(gid), t(on), Param::Real(*v)],
            );
        }
    }

    fn milestone(
        &self,
        id: &str,
        mid: &str,
        title: &str,
        owner: &str,
        due: &str,
        done: Option<&str>,
    ) {
        self.run(
            "INSERT INTO milestones (milestone_id, account_id, title, stage, owner_side, owner_name, due_on, completed_on) VALUES (?, ?, ?, 'plan', 'customer', ?, ?, ?)",
            &[t(mid), t(id), t(title), t(owner), t(due), Param::OptText(done.map(str::to_string))],
        );
    }

    /// One text cell per row of `sql`.
    fn column(&self, sql: &str) -> Vec<String> {
        use sqlx::Row;
        let rows = self
            .src
            .block_on(sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).fetch_all(self.src.pool()))
            .unwrap();
        rows.iter()
            .map(|r| r.try_get::<String, _>(0).unwrap_or_default())
            .collect()
    }

    /// Runs `recap brief` for `account`; returns the PDF and HTML paths.
    fn brief(&self, account: &str, extra: &[&str]) -> (PathBuf, PathBuf) {
        let out = self.dir.path().join("out");
        let o = out.to_str().unwrap().to_string();
        let mut args = vec![
            "brief",
            "--database-url",
            &self.url,
            "--account",
            account,
            "--date",
            DATE,
            "--out",
            &o,
        ];
        args.extend(extra);
        let res = recap(self.dir.path(), &args);
        assert_eq!(
            res.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&res.stderr)
        );
        let folder = out.join("brief").join(DATE);
        (
            folder.join(format!("{account}.pdf")),
            folder.join(format!("{account}.html")),
        )
    }
}

/// The four hand-checked accounts (see each block) and one with hostile names.
fn accounts() -> Db {
    let d = Db::new();

    // Healthy: 95 of 100 seats used, a goal reached in the window, a promoter; renews in
    // 182 days. ARR rose from 110,000 to 120,000 in September.
    let h = "ACC-HEALTHY";
    d.account(h, "Healthy Harbor Ltd", Some("2027-03-31"));
    d.arr(
        h,
        &[
            ("2026-06-01", 110_000.0),
            ("2026-07-01", 110_000.0),
            ("2026-08-01", 110_000.0),
            ("2026-09-01", 120_000.0),
        ],
    );
    d.seats(h, 100, 95);
    d.contact(h, "C-H1", "Ada Lindqvist", "executive_sponsor", "de", false);
    d.contact(h, "C-H2", "Ben Okafor", "champion", "en", true);
    d.nps(
        h,
        "R-H1",
        Some("C-H1"),
        "2026-09-10",
        10,
        Some("Great team"),
    );
    d.ticket(h, "T-H1", "2026-09-05", Some("2026-09-07"), "low", false);
    d.goal(
        h,
        "G-H1",
        "Cut ticket resolution time",
        "lower",
        20.0,
        12.0,
        "2026-12-31",
        &[("2026-06-15", 16.0), ("2026-09-15", 11.0)],
    );
    d.milestone(
        h,
        "M-H1",
        "Kick-off workshop",
        "Ada Lindqvist",
        "2026-09-10",
        Some("2026-09-01"),
    );

    // At risk: renews in 46 days; 20 of 100 seats used (80 unused, worth 80 × 500 = 40,000,
    // 80% of ARR); four open tickets opened in the window, three escalated; a detractor; a
    // goal missed; a milestone late. ARR fell from 60,000 to 50,000 in September.
    let r = "ACC-RISK";
    d.account(r, "Risky Business GmbH", Some("2026-11-15"));
    d.arr(
        r,
        &[
            ("2026-06-01", 60_000.0),
            ("2026-07-01", 60_000.0),
            ("2026-08-01", 60_000.0),
            ("2026-09-01", 50_000.0),
        ],
    );
    d.seats(r, 100, 20);
    d.contact(r, "C-R1", "Jonas Weber", "executive_sponsor", "de", false);
    d.nps(
        r,
        "R-R1",
        Some("C-R1"),
        "2026-09-20",
        3,
        Some("Support is too slow"),
    );
    d.ticket(r, "T-R1", "2026-09-01", None, "critical", true);
    d.ticket(r, "T-R2", "2026-09-02", None, "critical", true);
    d.ticket(r, "T-R3", "2026-09-03", None, "high", true);
    d.ticket(r, "T-R4", "2026-09-04", None, "low", false);
    d.goal(
        r,
        "G-R1",
        "Automate invoicing",
        "higher",
        0.0,
        100.0,
        "2026-08-31",
        &[("2026-07-01", 10.0)],
    );
    d.milestone(
        r,
        "M-R1",
        "Data migration",
        "Jonas Weber",
        "2026-09-15",
        None,
    );

    // Nothing but ARR: no tickets, no NPS, no goals, no contacts, no renewal date.
    let e = "ACC-EMPTY";
    d.account(e, "Quiet Quarters Inc", None);
    d.arr(e, &[("2026-09-01", 30_000.0)]);

    // Every list overflows: 40 open tickets, 25 contacts, 12 late milestones, 9 goals off
    // track (one with a 300-character title), 20 detractors with comments in the window.
    let f = "ACC-FULL";
    d.account(f, "Full House Corporation", Some("2027-06-30"));
    d.arr(f, &[("2026-09-01", 500_000.0)]);
    for i in 0..40 {
        let opened = format!("2026-06-{:02}", 1 + i % 28);
        let sev = ["critical", "high", "normal", "low"][i % 4];
        d.ticket(f, &format!("T-F{i:02}"), &opened, None, sev, i % 5 == 0);
    }
    for i in 0..25 {
        let role = [
            "executive_sponsor",
            "champion",
            "admin",
            "end_user",
            "end_user",
        ][i % 5];
        d.contact(
            f,
            &format!("C-F{i:02}"),
            &format!("Person Number {i:02}"),
            role,
            "en",
            i % 7 == 0,
        );
    }
    for i in 0..20 {
        d.nps(
            f,
            &format!("R-F{i:02}"),
            Some(&format!("C-F{i:02}")),
            &format!("2026-09-{:02}", 1 + i),
            (i % 7) as i64,
            Some("Too many outages this month"),
        );
    }
    for i in 0..12 {
        d.milestone(
            f,
            &format!("M-F{i:02}"),
            &format!("Rollout wave {i}"),
            "Pat Doe",
            &format!("2026-07-{:02}", 1 + i),
            None,
        );
    }
    let long_title = format!(
        "Reduce {}",
        "onboarding time for every regional team ".repeat(8)
    )[..300]
        .to_string();
    d.goal(
        f,
        "G-F00",
        &long_title,
        "higher",
        0.0,
        100.0,
        "2026-08-31",
        &[("2026-07-01", 5.0)],
    );
    for i in 1..9 {
        d.goal(
            f,
            &format!("G-F{i:02}"),
            &format!("Goal {i}"),
            "higher",
            0.0,
            100.0,
            "2026-08-31",
            &[("2026-07-01", 5.0)],
        );
    }

    // Hostile names everywhere a name is printed.
    let x = "ACC-HOSTILE";
    d.account(x, HOSTILE, Some("2027-01-31"));
    d.arr(x, &[("2026-09-01", 10_000.0)]);
    d.contact(x, "C-X1", HOSTILE, "champion", "en", false);
    d.nps(x, "R-X1", Some("C-X1"), "2026-09-12", 2, Some(HOSTILE));
    d
}

fn pages(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find(|l| l.starts_with("Pages:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"))
}

fn grouped(n: i64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn days_between(from: &str, to: &str) -> i64 {
    let p = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    (p(to) - p(from)).num_days()
}

/// The figures a CSM checks, recomputed from the rows: ARR (latest month up to the date),
/// days to renewal, open tickets, seat utilization (the adoption component), and the
/// window's NPS responses.
fn assert_figures(d: &Db, id: &str, text: &str) {
    let arr: f64 = d.column(&format!(
        "SELECT CAST(arr AS TEXT) FROM arr_monthly WHERE account_id = '{id}' AND month <= '2026-09-01' ORDER BY month DESC LIMIT 1"
    ))[0]
        .parse()
        .unwrap();
    let arr_s = format!("${}", grouped(arr.round() as i64));
    assert!(text.contains(&arr_s), "{id}: ARR {arr_s} not in: {text}");
    let renewal = d.column(&format!(
        "SELECT renewal_date FROM accounts WHERE account_id = '{id}'"
    ));
    if !renewal[0].is_empty() {
        let days = days_between(DATE, &renewal[0]);
        assert!(
            text.contains(&format!("in {days} days")),
            "{id}: {days} days to renewal: {text}"
        );
    }
    let open = d.column(&format!(
        "SELECT CAST(COUNT(*) AS TEXT) FROM tickets WHERE account_id = '{id}' AND opened_at <= '{DATE}' AND (closed_at IS NULL OR closed_at > '{DATE}')"
    ))[0]
        .clone();
    assert!(
        text.contains(&format!("Open tickets ({open})")),
        "{id}: {open} open tickets: {text}"
    );
    let seats = d.column(&format!(
        "SELECT CAST(SUM(seats_purchased) AS TEXT) FROM licenses WHERE account_id = '{id}'"
    ));
    let active = d.column(&format!(
        "SELECT CAST(MAX(active_users) AS TEXT) FROM feature_usage_monthly WHERE account_id = '{id}' AND month = '2026-09-01'"
    ));
    if let (Ok(s), Ok(a)) = (seats[0].parse::<f64>(), active[0].parse::<f64>()) {
        let u = (100.0 * a / s).round() as i64;
        assert!(
            text.contains(&format!("Adoption: {u} ")),
            "{id}: adoption {u}: {text}"
        );
    } else {
        assert!(
            text.contains("Adoption: no data"),
            "{id}: no seats means no adoption figure: {text}"
        );
    }
    let responses = d.column(&format!(
        "SELECT CAST(COUNT(*) AS TEXT) FROM nps_responses WHERE account_id = '{id}' AND responded_at BETWEEN '2026-08-31' AND '{DATE}'"
    ))[0]
        .parse::<usize>()
        .unwrap();
    match responses {
        0 => assert!(text.contains("No NPS responses"), "{id}: {text}"),
        1 => assert!(text.contains("1 NPS response:"), "{id}: {text}"),
        n => assert!(
            text.contains(&format!("{n} NPS responses:")),
            "{id}: {text}"
        ),
    }
}

#[test]
fn each_brief_is_one_page_with_the_accounts_own_figures_and_its_rules_points() {
    let d = accounts();
    if !checkers::poppler("the brief's page count and text") {
        return;
    }
    let mut texts = std::collections::BTreeMap::new();
    for id in ["ACC-HEALTHY", "ACC-RISK", "ACC-EMPTY", "ACC-FULL"] {
        let (pdf, html) = d.brief(id, &[]);
        assert_eq!(pages(&pdf), 1, "{id}: one page");
        assert!(html.is_file());
        let text = pdf_text(&pdf);
        // The CSM's language (the default, English), not the sponsor's German.
        assert!(
            text.contains("Talking points") && text.contains("What changed since Aug 31, 2026"),
            "{id}: {text}"
        );
        assert_figures(&d, id, &text);
        texts.insert(id, text);
    }

    // The rules, both sides. Renewal within 90 days with health under 40: only at risk.
    let renewal = "with health at";
    assert!(
        texts["ACC-RISK"].contains("Renewal in 46 days (Nov 15, 2026) with health at"),
        "{}",
        texts["ACC-RISK"]
    );
    assert!(!texts["ACC-HEALTHY"].contains(renewal));
    // Shelfware above 10% of ARR: at risk (80 × 500 = 40,000, 80%); healthy has 5%.
    assert!(
        texts["ACC-RISK"].contains("80 paid seats are unused, worth $40,000 (80% of ARR)"),
        "{}",
        texts["ACC-RISK"]
    );
    assert!(!texts["ACC-HEALTHY"].contains("are unused, worth"));
    assert!(!texts["ACC-HEALTHY"].contains("is unused, worth"));
    // A detractor in the window, quoted: at risk; the healthy account's response is a 10.
    assert!(
        texts["ACC-RISK"]
            .contains("Jonas Weber gave an NPS of 3 on Sep 20, 2026: “Support is too slow”"),
        "{}",
        texts["ACC-RISK"]
    );
    assert!(!texts["ACC-HEALTHY"].contains("gave an NPS of"));
    // A goal reached in the window (16 → 11 hours against 12, on Sep 15): healthy only.
    assert!(
        texts["ACC-HEALTHY"]
            .contains("“Cut ticket resolution time” reached its target on Sep 15, 2026"),
        "{}",
        texts["ACC-HEALTHY"]
    );
    assert!(!texts["ACC-RISK"].contains("reached its target on"));

    // What changed and what is open, at risk: four tickets opened, three escalated; ARR down.
    let risk = &texts["ACC-RISK"];
    for piece in [
        "4 tickets opened, 3 escalated",
        "ARR $60,000 → $50,000 in September 2026",
        "Milestone now late: Data migration",
        "Data migration · Jonas Weber · due Sep 15, 2026 (15 days late)",
        "Automate invoicing · Missed",
        "Critical · T-R1 · open 29 days · escalated",
        // Support carried the fall: 100 (no tickets in Q2) to 25 (3 of 4 escalated).
        "Support fell from 100 to 25 since Jul 1, 2026. 3 escalations among 4 tickets this quarter.",
    ] {
        assert!(risk.contains(piece), "{piece:?} not in: {risk}");
    }
    let healthy = &texts["ACC-HEALTHY"];
    assert!(
        healthy.contains("ARR $110,000 → $120,000 in September 2026"),
        "{healthy}"
    );
    assert!(
        healthy.contains("Ben Okafor · unsubscribed: do not mail · Champion · en"),
        "{healthy}"
    );
    assert!(
        healthy.contains("Ada Lindqvist · Executive sponsor · de · NPS 10"),
        "{healthy}"
    );

    // Missing data said in words, never a 0.
    let empty = &texts["ACC-EMPTY"];
    for piece in [
        "No tickets opened",
        "No NPS responses",
        "No open tickets.",
        "No goals recorded.",
        "No late milestones.",
        "No contacts recorded.",
        "No talking point",
        "Not recorded",
    ] {
        assert!(empty.contains(piece), "{piece:?} not in: {empty}");
    }
}

#[test]
fn lists_longer_than_their_box_end_with_and_n_more_and_stay_on_one_page() {
    let d = accounts();
    if !checkers::poppler("the overflowing brief's text") {
        return;
    }
    let (pdf, html) = d.brief("ACC-FULL", &[]);
    assert_eq!(pages(&pdf), 1);
    let text = pdf_text(&pdf);
    let count = |sql: &str| d.column(sql)[0].parse::<usize>().unwrap();
    // Each box holds a fixed number of lines; the last says how many are left out.
    let open = count(
        "SELECT CAST(COUNT(*) AS TEXT) FROM tickets WHERE account_id = 'ACC-FULL' AND closed_at IS NULL",
    );
    let contacts =
        count("SELECT CAST(COUNT(*) AS TEXT) FROM contacts WHERE account_id = 'ACC-FULL'");
    let late = count(
        "SELECT CAST(COUNT(*) AS TEXT) FROM milestones WHERE account_id = 'ACC-FULL' AND completed_on IS NULL AND due_on < '2026-09-30'",
    );
    let off = count("SELECT CAST(COUNT(*) AS TEXT) FROM goals WHERE account_id = 'ACC-FULL'");
    // What changed: two summary lines (tickets, NPS) and a quote per detractor comment.
    let quotes = count(
        "SELECT CAST(COUNT(*) AS TEXT) FROM nps_responses WHERE account_id = 'ACC-FULL' AND score <= 6 AND comment IS NOT NULL AND responded_at BETWEEN '2026-08-31' AND '2026-09-30'",
    );
    assert_eq!((open, contacts, late, off, quotes), (40, 25, 12, 9, 20));
    for (what, n, lines) in [
        ("open tickets", open, 10),
        ("contacts", contacts, 12),
        ("late milestones", late, 6),
        ("goals off track", off, 6),
        ("what changed", 2 + quotes, 16),
    ] {
        let more = format!("and {} more", n - (lines - 1));
        assert!(text.contains(&more), "{what}: {more:?} not in: {text}");
    }
    assert!(text.contains("and 31 more"), "the issue's own figure");
    // The 300-character title is cut to its line, not spilled.
    assert!(
        !text.contains(&"onboarding time for every regional team ".repeat(3)),
        "{text}"
    );
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.contains("and 31 more"));

    // German and Japanese fit on one page too, with their own "and N more".
    for (lang, more) in [("de", "und 31 weitere"), ("ja", "ほか 31 件")] {
        let (pdf, _) = d.brief("ACC-FULL", &["--locale", lang, "--force"]);
        assert_eq!(pages(&pdf), 1, "{lang}: one page");
        let text = pdf_text(&pdf);
        assert!(
            text.replace(' ', "").contains(&more.replace(' ', "")),
            "{lang}: {more:?} not in: {text}"
        );
    }
    let (letter, _) = d.brief("ACC-FULL", &["--paper", "us-letter", "--force"]);
    let info = tool("pdfinfo", &[letter.to_str().unwrap()]);
    assert!(
        info.contains("612 x 792 pts") && pages(&letter) == 1,
        "{info}"
    );
}

#[test]
fn hostile_names_print_literally_and_the_same_data_gives_the_same_bytes() {
    let d = accounts();
    let (pdf, html) = d.brief("ACC-HOSTILE", &[]);
    let (a, b) = (std::fs::read(&pdf).unwrap(), std::fs::read(&html).unwrap());
    d.brief("ACC-HOSTILE", &["--force"]);
    assert_eq!(
        a,
        std::fs::read(&pdf).unwrap(),
        "PDF bytes differ between runs"
    );
    assert_eq!(
        b,
        std::fs::read(&html).unwrap(),
        "HTML bytes differ between runs"
    );
    let html_text = String::from_utf8(b).unwrap();
    assert!(
        html_text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html_text}"
    );
    assert!(
        !html_text.contains("<script>"),
        "raw script tag in the HTML"
    );
    assert!(html_text.contains("{{x}}") && html_text.contains("#exit()"));
    if checkers::poppler("hostile names literal in the brief's PDF text") {
        let text = pdf_text(&pdf);
        for piece in ["<script>alert(1)</script>", "#exit()", "{{x}}", "$x$"] {
            assert!(text.contains(piece), "{piece:?} not literal in: {text}");
        }
        assert_eq!(pages(&pdf), 1);
    }
    if let Some(errors) = common::nu_messages(&[PathBuf::from(&html)], &["--errors-only"]) {
        assert!(errors.is_empty(), "Nu HTML Checker: {errors:#?}");
    }
}

#[test]
fn a_batch_of_briefs_runs_through_the_engine_and_a_rerun_skips_them() {
    let d = accounts();
    let out = d.dir.path().join("out");
    let o = out.to_str().unwrap();
    let args = [
        "brief",
        "--database-url",
        &d.url,
        "--csm",
        "Priya Raman",
        "--date",
        DATE,
        "--since",
        "2026-09-01",
        "--out",
        o,
    ];
    let res = recap(d.dir.path(), &args);
    assert_eq!(
        res.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    let folder = out.join("brief").join(DATE);
    let manifest = std::fs::read_to_string(folder.join("manifest.csv")).unwrap();
    assert_eq!(
        manifest.lines().filter(|l| l.contains(",ok,")).count(),
        5,
        "{manifest}"
    );
    let res = recap(d.dir.path(), &args);
    let err = String::from_utf8_lossy(&res.stderr);
    assert!(
        res.status.code() == Some(0) && err.contains("0 written, 5 up to date"),
        "{err}"
    );
    // --since moves the window: the healthy account's Sep 10 promoter is still in, the
    // at-risk detractor (Sep 20) too.
    if checkers::poppler("the window of --since") {
        let text = pdf_text(&folder.join("ACC-HEALTHY.pdf"));
        assert!(text.contains("What changed since Sep 1, 2026"), "{text}");
    }
}

#[test]
fn the_html_is_valid_accessible_and_self_contained_in_three_languages() {
    let d = accounts();
    let mut files = Vec::new();
    for lang in ["en", "de", "ja"] {
        let (_, html) = d.brief("ACC-RISK", &["--locale", lang, "--force"]);
        let to = d.dir.path().join(format!("risk-{lang}.html"));
        std::fs::copy(&html, &to).unwrap();
        files.push(to);
    }
    let (_, full) = d.brief("ACC-FULL", &[]);
    files.push(full);
    for f in &files {
        let html = std::fs::read_to_string(f).unwrap();
        for external in ["<script", "<link", "src=\"http", "href=\"http", "@import"] {
            assert!(
                !html.contains(external),
                "{}: self-contained, found {external}",
                f.display()
            );
        }
    }
    assert!(
        std::fs::read_to_string(&files[2])
            .unwrap()
            .contains("<html lang=\"ja\">")
    );
    if let Some(errors) = common::nu_messages(&files, &["--errors-only"]) {
        assert!(errors.is_empty(), "Nu HTML Checker: {errors:#?}");
    }
    // WCAG 2.1 A and AA in Chromium, 400 px wide.
    common::axe_check(&files);
}

#[test]
fn the_brief_is_in_the_configured_default_language_not_the_sponsors() {
    let d = accounts();
    // ACC-HEALTHY's sponsor reads German; the CSM's team writes `[locale] default = "ja"`.
    std::fs::write(
        d.dir.path().join("recap.toml"),
        "[locale]\ndefault = \"ja\"\n",
    )
    .unwrap();
    let (_, html) = d.brief("ACC-HEALTHY", &[]);
    let html = std::fs::read_to_string(html).unwrap();
    assert!(
        html.contains("<html lang=\"ja\">") && html.contains("コールブリーフ"),
        "{html}"
    );
    // --locale wins over the configured default.
    let (_, html) = d.brief("ACC-HEALTHY", &["--locale", "fr", "--force"]);
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.contains("<html lang=\"fr\">") && html.contains("Fiche d’appel"));
}

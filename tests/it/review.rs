//! The value review as a CSM and its executive read it, checked with tools nobody here wrote:
//! poppler's `pdftotext`/`pdfinfo`/`pdffonts` for the PDF, the Nu HTML Checker for the HTML.
//! Key figures are recomputed here from raw SQL, not taken from recap's metrics.

use std::path::{Path, PathBuf};

use recap::config::Config;
use recap::source::{Param, Source};

use crate::common;
use common::{checkers, pdf_text, recap, tool};

struct Demo {
    dir: tempfile::TempDir,
    url: String,
    src: Source,
}

fn demo(n: usize) -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, n, 42).unwrap();
    Demo { dir, url, src }
}

impl Demo {
    fn review(&self, account: &str, extra: &[&str]) -> (PathBuf, PathBuf) {
        let out = self.dir.path().join("out");
        let mut args = vec![
            "review",
            "--database-url",
            &self.url,
            "--account",
            account,
            "--period",
            "2026-Q3",
        ];
        let o = out.to_str().unwrap().to_string();
        args.extend(["--out", &o]);
        args.extend(extra);
        let res = recap(self.dir.path(), &args);
        assert_eq!(
            res.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&res.stderr)
        );
        let folder = out.join("review/2026-Q3");
        (
            folder.join(format!("{account}.pdf")),
            folder.join(format!("{account}.html")),
        )
    }

    fn text(&self, sql: &str) -> Vec<Vec<String>> {
        use sqlx::Row;
        let rows = self
            .src
            .block_on(sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).fetch_all(self.src.pool()))
            .unwrap();
        rows.iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| r.try_get::<String, _>(i).unwrap_or_default())
                    .collect()
            })
            .collect()
    }
}

fn grouped(n: i64) -> String {
    let s = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("−{out}") } else { out }
}

/// An account with goals that carry money, usage in September 2026 and NPS in the period.
fn rich_account(d: &Demo) -> String {
    let rows = d.text(
        "SELECT a.account_id FROM accounts a
         WHERE EXISTS (SELECT 1 FROM goals g JOIN goal_measurements m ON m.goal_id = g.goal_id
                       WHERE g.account_id = a.account_id AND g.value_per_unit IS NOT NULL AND m.measured_on <= '2026-09-30')
           AND EXISTS (SELECT 1 FROM feature_usage_monthly u WHERE u.account_id = a.account_id AND u.month = '2026-09-01')
           AND (SELECT arr FROM arr_monthly r WHERE r.account_id = a.account_id AND r.month = '2026-09-01') > 0
         ORDER BY a.account_id LIMIT 1",
    );
    rows[0][0].clone()
}

#[test]
fn pdf_and_html_carry_the_accounts_own_figures() {
    let d = demo(25);
    let id = rich_account(&d);
    let (pdf, html) = d.review(&id, &[]);
    if !checkers::poppler("the review's figures in its PDF text") {
        return;
    }
    let text = pdf_text(&pdf);
    let name = &d.text(&format!(
        "SELECT name FROM accounts WHERE account_id = '{id}'"
    ))[0][0];
    assert!(
        text.contains(name.as_str()),
        "name {name:?} not in PDF text"
    );
    assert!(text.contains("Q3 2026"), "period not in PDF text");

    // Seats, from raw rows: licenses active on 30 Sep 2026, and per product the most active
    // users of any feature in September.
    let purchased: i64 = d
        .text(&format!(
            "SELECT CAST(seats_purchased AS TEXT) FROM licenses WHERE account_id = '{id}'
             AND (starts_on IS NULL OR starts_on <= '2026-09-30') AND (ends_on IS NULL OR ends_on >= '2026-09-30')"
        ))
        .iter()
        .map(|r| r[0].parse::<i64>().unwrap())
        .sum();
    let active: i64 = d
        .text(&format!(
            "SELECT CAST(MAX(active_users) AS TEXT) FROM feature_usage_monthly WHERE account_id = '{id}' AND month = '2026-09-01' GROUP BY product"
        ))
        .iter()
        .map(|r| r[0].parse::<i64>().unwrap())
        .sum();
    let utilization = (100.0 * active as f64 / purchased as f64).round() as i64;
    assert!(
        text.contains(&format!("{utilization}%")),
        "utilization {utilization}% ({active}/{purchased}) not in PDF"
    );
    assert!(
        text.contains(&grouped(purchased)),
        "purchased seats {purchased} not in PDF"
    );

    // Value: for each goal with a money value, (latest actual − baseline) in its direction × value per unit.
    let goals = d.text(&format!(
        "SELECT g.goal_id, g.direction, CAST(g.baseline AS TEXT), CAST(g.value_per_unit AS TEXT),
                (SELECT CAST(m.value AS TEXT) FROM goal_measurements m WHERE m.goal_id = g.goal_id AND m.measured_on <= '2026-09-30'
                 ORDER BY m.measured_on DESC LIMIT 1)
         FROM goals g WHERE g.account_id = '{id}' AND g.value_per_unit IS NOT NULL"
    ));
    let mut value = 0.0;
    for g in &goals {
        if g[4].is_empty() {
            continue;
        }
        let (baseline, per, actual): (f64, f64, f64) = (
            g[2].parse().unwrap(),
            g[3].parse().unwrap(),
            g[4].parse().unwrap(),
        );
        let improvement = if g[1] == "lower" {
            baseline - actual
        } else {
            actual - baseline
        };
        value += improvement * per;
    }
    // The sign is printed before the currency ("−$1,250"), so look for the digits.
    let money = grouped(value.round().abs() as i64);
    assert!(
        text.contains(&money),
        "value {money} not in PDF text: {text}"
    );

    // The HTML says the same.
    let html_text = std::fs::read_to_string(&html).unwrap();
    assert!(html_text.contains(&money) && html_text.contains(&format!("{utilization}%")));
    assert!(html_text.contains(&name.replace('&', "&amp;")));
}

#[test]
fn pdf_is_tagged_titled_embedded_and_sized() {
    let d = demo(8);
    let id = rich_account(&d);
    let (pdf, _) = d.review(&id, &[]);
    if !checkers::poppler("the review PDF's tags, title, fonts and size") {
        return;
    }
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.trim_end().ends_with("yes")),
        "{info}"
    );
    assert!(
        info.lines()
            .any(|l| l.starts_with("Title:") && l.contains("Value review")),
        "{info}"
    );
    assert!(
        info.lines()
            .any(|l| l.starts_with("Author:") && l.contains("Northwind Cloud")),
        "{info}"
    );
    assert!(info.contains("595.276 x 841.89 pts"), "A4 expected: {info}");
    let pages: usize = info
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    assert!((2..=5).contains(&pages), "{pages} pages");
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    for line in fonts.lines().skip(2) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert!(
            cols.len() > 4 && cols[cols.len() - 5] == "yes",
            "font not embedded: {line}"
        );
    }
    assert!(
        !info.contains("CreationDate"),
        "no wall clock in the PDF: {info}"
    );
    // Structurally valid for an independent PDF library.
    if checkers::qpdf("qpdf --check of the review PDF") {
        tool("qpdf", &["--check", pdf.to_str().unwrap()]);
    }

    let (letter, _) = d.review(&id, &["--paper", "us-letter", "--force"]);
    assert!(tool("pdfinfo", &[letter.to_str().unwrap()]).contains("612 x 792 pts"));
    let (deck, _) = d.review(&id, &["--layout", "deck", "--force"]);
    let info = tool("pdfinfo", &[deck.to_str().unwrap()]);
    let size = info
        .lines()
        .find(|l| l.starts_with("Page size:"))
        .unwrap()
        .to_string();
    let nums: Vec<f64> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(
        (nums[0] / nums[1] - 16.0 / 9.0).abs() < 0.01,
        "deck is 16:9: {size}"
    );
}

#[test]
fn same_data_same_bytes() {
    let d = demo(5);
    let id = rich_account(&d);
    let (pdf, html) = d.review(&id, &[]);
    let (a, b) = (std::fs::read(&pdf).unwrap(), std::fs::read(&html).unwrap());
    d.review(&id, &["--force"]);
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
}

const HOSTILE: &str =
    "#exit() <script>alert(1)</script> $x$ *bold* @ref <lbl> [link] 🚀 شركة الأمل חברה";

#[test]
fn hostile_names_and_comments_print_literally() {
    let d = demo(6);
    let id = rich_account(&d);
    let long_word = "W".repeat(300);
    d.src
        .execute(
            "UPDATE accounts SET name = ? WHERE account_id = ?",
            &[
                Param::Text(format!("{HOSTILE} {long_word}")),
                Param::Text(id.clone()),
            ],
        )
        .unwrap();
    d.src
        .execute(
            "INSERT INTO nps_responses (response_id, account_id, contact_id, responded_at, score, comment) VALUES ('hostile', ?, NULL, '2026-08-15', 10, ?)",
            &[Param::Text(id.clone()), Param::Text("Great! #set page(width: 1cm) = heading <b>bold</b> {{ x }} {% if %}".into())],
        )
        .unwrap();
    let (pdf, html) = d.review(&id, &[]);
    if checkers::poppler("hostile names literal in the review's PDF text") {
        let text = pdf_text(&pdf);
        for piece in [
            "#exit()",
            "<script>alert(1)</script>",
            "$x$",
            "*bold*",
            "@ref",
            "<lbl>",
            "[link]",
        ] {
            assert!(text.contains(piece), "{piece:?} not literal in PDF text");
        }
        // Emoji come from the bundled emoji font, not as missing-glyph boxes.
        assert!(text.contains('🚀'), "emoji lost in the PDF");
        // The 300-character word wraps instead of running off the page: all of it is there.
        assert!(text.replace(' ', "").contains(&long_word), "long word lost");
    }
    let html_text = std::fs::read_to_string(&html).unwrap();
    assert!(html_text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html_text.contains("<script>"), "raw script tag in HTML");
    assert!(html_text.contains("شركة الأمل") && html_text.contains("🚀"));
    validate_html(&html);
}

#[test]
fn html_passes_the_nu_html_checker() {
    let d = demo(6);
    let id = rich_account(&d);
    // In Japanese and German too: other scripts, CLDR's no-break spaces, other labels.
    for lang in ["ja", "de"] {
        let (_, html) = d.review(&id, &["--locale", lang, "--force"]);
        validate_html(&html);
    }
    let (_, html) = d.review(&id, &["--locale", "en", "--force"]);
    validate_html(&html);
    let html_text = std::fs::read_to_string(&html).unwrap();
    for external in [
        "<script",
        "<link",
        "src=\"http",
        "href=\"http",
        "url(http",
        "@import",
    ] {
        assert!(
            !html_text.contains(external),
            "self-contained, no JS: found {external}"
        );
    }
    // The goals tables share fixed column widths; a figure with a long unit ("5.5 handoffs")
    // must be able to wrap there, or it runs into the next column.
    let cells: Vec<&str> = html_text
        .split("<table class=\"cards goals\">")
        .skip(1)
        .flat_map(|t| {
            t.split("</table>")
                .next()
                .unwrap()
                .split("<td class=\"num\"")
                .skip(1)
        })
        .map(|c| c.split("</td>").next().unwrap())
        .collect();
    assert!(cells.len() >= 3, "no goal figures found");
    assert!(
        cells.iter().any(|c| c.contains(' ')) && cells.iter().all(|c| !c.contains('\u{a0}')),
        "goal figures cannot wrap: {cells:?}"
    );
}

/// The Nu HTML Checker finds no error in `html` (warnings aside).
fn validate_html(html: &Path) {
    if let Some(errors) = common::nu_messages(&[html.to_path_buf()], &["--errors-only"]) {
        assert!(errors.is_empty(), "Nu HTML Checker: {errors:#?}");
    }
}

#[test]
fn empty_period_and_empty_account_are_explained() {
    let d = demo(3);
    let id = rich_account(&d);
    let out = d.dir.path().join("out");
    let o = out.to_str().unwrap();
    let res = recap(
        d.dir.path(),
        &[
            "review",
            "--database-url",
            &d.url,
            "--account",
            &id,
            "--period",
            "2019-Q1",
            "--out",
            o,
        ],
    );
    assert_eq!(res.status.code(), Some(1));
    let err = String::from_utf8_lossy(&res.stderr);
    assert!(
        err.contains(&format!("account {id} has no data for Q1 2019")),
        "{err}"
    );
    d.src
        .execute("INSERT INTO accounts (account_id, name, currency) VALUES ('EMPTY-1', 'Nothing Yet Inc', 'USD')", &[])
        .unwrap();
    let res = recap(
        d.dir.path(),
        &[
            "review",
            "--database-url",
            &d.url,
            "--account",
            "EMPTY-1",
            "--period",
            "2026-Q3",
            "--out",
            o,
        ],
    );
    assert_eq!(res.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&res.stderr).contains("account EMPTY-1 has no data at all"));
}

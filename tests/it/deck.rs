//! The value review as a PowerPoint deck (`recap review --format pptx`), opened with tools
//! nobody here wrote: `python-pptx` (PowerPoint's object model: slides, placeholders, native
//! charts and their series, speaker notes, run sizes) and LibreOffice headless (converts the
//! deck to PDF, which poppler reads). The figures are checked against raw SQL and against the
//! PDF review of the same account, not against recap's own metrics.

use std::path::{Path, PathBuf};
use std::process::Command;

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
    /// `recap review` of one account with `extra` arguments; the folder it wrote to.
    fn run(&self, account: &str, extra: &[&str]) -> PathBuf {
        let out = self.dir.path().join("out");
        let o = out.to_str().unwrap().to_string();
        let mut args = vec![
            "review",
            "--database-url",
            &self.url,
            "--account",
            account,
            "--period",
            "2026-Q3",
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
        out.join("review/2026-Q3")
    }

    fn deck(&self, account: &str, extra: &[&str]) -> PathBuf {
        let mut args = vec!["--format", "pptx", "--force"];
        args.extend(extra);
        let deck = self.run(account, &args).join(format!("{account}.pptx"));
        assert!(deck.is_file(), "{} not written", deck.display());
        deck
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

/// An account with goals that carry money, usage in September 2026 and revenue.
fn rich_account(d: &Demo) -> String {
    let rows = d.text(
        "SELECT a.account_id FROM accounts a
         WHERE EXISTS (SELECT 1 FROM goals g JOIN goal_measurements m ON m.goal_id = g.goal_id
                       WHERE g.account_id = a.account_id AND g.value_per_unit IS NOT NULL AND m.measured_on <= '2026-09-30')
           AND (SELECT COUNT(DISTINCT month) FROM feature_usage_monthly u WHERE u.account_id = a.account_id
                AND u.month BETWEEN '2025-10-01' AND '2026-09-01') >= 6
           AND EXISTS (SELECT 1 FROM feature_usage_monthly u WHERE u.account_id = a.account_id AND u.month = '2026-09-01')
           AND (SELECT arr FROM arr_monthly r WHERE r.account_id = a.account_id AND r.month = '2026-09-01') > 0
         ORDER BY a.account_id LIMIT 1",
    );
    rows[0][0].clone()
}

/// What python-pptx sees in a deck, as JSON: the slide size, and per slide its layout, its
/// text shapes (text, box, run sizes, placeholder type), its charts (type, categories, each
/// series' name and values) and its speaker notes.
const READ_DECK: &str = r#"
import json, sys
from pptx import Presentation
from pptx.util import Emu
p = Presentation(sys.argv[1])
out = {"width": p.slide_width, "height": p.slide_height, "slides": []}
for s in p.slides:
    shapes, charts = [], []
    for sh in s.shapes:
        if sh.has_chart:
            c = sh.chart
            plot = c.plots[0]
            charts.append({
                "type": str(c.chart_type),
                "categories": [str(x) for x in plot.categories],
                "series": [{"name": se.name, "values": list(se.values)} for se in plot.series],
                "box": [sh.left, sh.top, sh.width, sh.height],
            })
        elif sh.has_table:
            rows = [[c.text for c in r.cells] for r in sh.table.rows]
            shapes.append({"table": rows, "text": "\n".join("\t".join(r) for r in rows),
                           "paragraphs": [], "box": [sh.left, sh.top, sh.width, sh.height], "sizes": []})
        elif sh.has_text_frame:
            sizes = [r.font.size.pt for para in sh.text_frame.paragraphs for r in para.runs if r.font.size is not None]
            kind = str(sh.placeholder_format.type) if sh.is_placeholder else None
            shapes.append({
                "text": sh.text_frame.text,
                "paragraphs": [para.text for para in sh.text_frame.paragraphs],
                "box": [sh.left, sh.top, sh.width, sh.height],
                "sizes": sizes,
                "placeholder": kind,
            })
        elif sh.shape_type is not None and "PICTURE" in str(sh.shape_type):
            shapes.append({"picture": True})
    notes = s.notes_slide.notes_text_frame.text if s.has_notes_slide else ""
    out["slides"].append({"layout": s.slide_layout.name, "shapes": shapes, "charts": charts, "notes": notes})
print(json.dumps(out))
"#;

/// The deck as python-pptx reads it; `None` when the checker cannot run (skipped, or under
/// CI a failure: see `checkers`).
fn read_deck(check: &str, deck: &Path) -> Option<serde_json::Value> {
    let out = common::python(check, READ_DECK, &[deck])?;
    Some(serde_json::from_slice(&out).unwrap())
}

fn slides(deck: &serde_json::Value) -> &Vec<serde_json::Value> {
    deck["slides"].as_array().unwrap()
}

fn all_text(deck: &serde_json::Value) -> String {
    slides(deck)
        .iter()
        .flat_map(|s| s["shapes"].as_array().unwrap().iter())
        .filter_map(|sh| sh["text"].as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first chart whose type (python-pptx's `XL_CHART_TYPE`) contains `kind`.
fn chart_of<'a>(deck: &'a serde_json::Value, kind: &str) -> Option<&'a serde_json::Value> {
    slides(deck)
        .iter()
        .flat_map(|s| s["charts"].as_array().unwrap().iter())
        .find(|c| c["type"].as_str().unwrap().contains(kind))
}

fn values(series: &serde_json::Value) -> Vec<Option<f64>> {
    series["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64())
        .collect()
}

#[test]
fn the_deck_has_native_charts_of_the_accounts_own_figures_and_notes_on_every_slide() {
    let d = demo(25);
    let id = rich_account(&d);
    let deck = d.deck(&id, &[]);
    let Some(x) = read_deck("the deck's slides, charts and notes in python-pptx", &deck) else {
        return;
    };
    assert_eq!(
        (x["width"].as_i64(), x["height"].as_i64()),
        (Some(12192000), Some(6858000)),
        "16:9"
    );
    let s = slides(&x);
    assert!(s.len() >= 10, "one slide per section: {}", s.len());
    for (i, slide) in s.iter().enumerate() {
        let notes = slide["notes"].as_str().unwrap();
        assert!(
            notes.split_whitespace().count() >= 3,
            "slide {} has no speaker notes",
            i + 1
        );
        // Body text at least 18 pt, titles larger.
        for sh in slide["shapes"].as_array().unwrap() {
            for size in sh["sizes"].as_array().into_iter().flatten() {
                assert!(
                    size.as_f64().unwrap() >= 18.0,
                    "slide {}: {size} pt in {sh}",
                    i + 1
                );
            }
        }
    }
    // One message a slide: about 40 words at most (the appendix holds the detail).
    for (i, slide) in s.iter().enumerate() {
        if slide["layout"] == "Appendix" {
            continue;
        }
        let words: usize = slide["shapes"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|sh| sh["text"].as_str())
            .map(|t| t.split_whitespace().count())
            .sum();
        assert!(words <= 50, "slide {}: {words} words", i + 1);
    }
    // Goals per stakeholder as native tables: each row a goal of the account's own.
    let titles: Vec<String> = d
        .text(&format!(
            "SELECT title FROM goals WHERE account_id = '{id}'"
        ))
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    let tables: Vec<&serde_json::Value> = s
        .iter()
        .flat_map(|sl| sl["shapes"].as_array().unwrap().iter())
        .filter(|sh| sh["table"].is_array())
        .collect();
    assert!(!tables.is_empty(), "the goals as tables");
    let mut rows = 0;
    for t in tables {
        let t = t["table"].as_array().unwrap();
        assert_eq!(t[0][0], "Goal", "header row");
        for row in &t[1..] {
            let goal = row[0].as_str().unwrap();
            assert!(
                titles.iter().any(|g| g == goal),
                "{goal:?} is not one of {titles:?}"
            );
            rows += 1;
        }
    }
    assert!(rows >= 1);
    let name = &d.text(&format!(
        "SELECT name FROM accounts WHERE account_id = '{id}'"
    ))[0][0];
    assert!(
        all_text(&x).contains(name.as_str()),
        "the account's name on a slide"
    );

    // Adoption: active users per month from raw rows (per product the most active users of
    // any feature, summed over products), October 2025 to September 2026.
    let months = d.text(&format!(
        "SELECT month, CAST(SUM(m) AS TEXT) FROM (SELECT month, product, MAX(active_users) AS m
           FROM feature_usage_monthly WHERE account_id = '{id}' AND month BETWEEN '2025-10-01' AND '2026-09-01'
           GROUP BY month, product) GROUP BY month ORDER BY month"
    ));
    let want: Vec<f64> = months.iter().map(|r| r[1].parse().unwrap()).collect();
    let adoption = chart_of(&x, "LINE").expect("the adoption chart, as a chart (not a picture)");
    assert_eq!(
        adoption["series"].as_array().unwrap().len(),
        2,
        "active users and seats"
    );
    let active = values(&adoption["series"][0]);
    let got: Vec<f64> = active.iter().flatten().copied().collect();
    assert_eq!(got, want, "active users by month");
    assert_eq!(
        active.last().copied().flatten(),
        want.last().copied(),
        "September last"
    );
    assert_eq!(
        adoption["categories"].as_array().unwrap().len(),
        active.len(),
        "one category a month"
    );
    // Seats purchased in September: the licences running on 30 September.
    let seats: f64 = d
        .text(&format!(
            "SELECT CAST(seats_purchased AS TEXT) FROM licenses WHERE account_id = '{id}'
             AND (starts_on IS NULL OR starts_on <= '2026-09-30') AND (ends_on IS NULL OR ends_on >= '2026-09-30')"
        ))
        .iter()
        .map(|r| r[0].parse::<f64>().unwrap())
        .sum();
    let purchased = values(&adoption["series"][1]);
    assert_eq!(
        purchased.last().copied().flatten(),
        Some(seats),
        "seats in September"
    );

    // Feature usage: each bar a feature's active users in September, most used first.
    let features = slides(&x)
        .iter()
        .flat_map(|s| s["charts"].as_array().unwrap().iter())
        .find(|c| {
            c["series"][0]["name"] == "Active users" && c["type"].as_str().unwrap().contains("BAR")
        })
        .expect("the feature chart, as a chart");
    let bars: Vec<f64> = values(&features["series"][0])
        .into_iter()
        .flatten()
        .collect();
    let want: Vec<f64> = d
        .text(&format!(
            "SELECT CAST(active_users AS TEXT) FROM feature_usage_monthly WHERE account_id = '{id}'
             AND month = '2026-09-01' ORDER BY active_users DESC LIMIT {}",
            bars.len()
        ))
        .iter()
        .map(|r| r[0].parse().unwrap())
        .collect();
    assert!(!bars.is_empty());
    assert_eq!(bars, want, "feature users in September");

    // The value delivered is the PDF's figure: the big number is in the PDF review's text.
    let big = s
        .iter()
        .find(|sl| sl["layout"] == "Big Number")
        .expect("a big-number slide");
    let number = big["shapes"][1]["text"].as_str().unwrap().to_string();
    assert!(
        number.chars().any(|c| c.is_ascii_digit()),
        "value slide: {number}"
    );
    if checkers::poppler("the deck's value against the PDF review") {
        let pdf = d.run(&id, &["--force"]).join(format!("{id}.pdf"));
        let text = pdf_text(&pdf);
        assert!(text.contains(&number), "{number:?} not in the PDF review");
        let title = big["shapes"][0]["text"].as_str().unwrap();
        assert!(
            title.contains(&number),
            "the title says the number: {title}"
        );
        // The goals chart: each measured goal's progress, as the PDF prints it.
        let goals = slides(&x)
            .iter()
            .flat_map(|s| s["charts"].as_array().unwrap().iter())
            .find(|c| c["series"][0]["name"] == "Progress")
            .expect("the goals chart");
        let progress = values(&goals["series"][0]);
        assert!(!progress.is_empty());
        for v in progress.iter().flatten() {
            let shown = format!("{v}%");
            assert!(
                text.contains(&shown),
                "goal progress {shown} not in the PDF"
            );
        }
    }
}

/// LibreOffice with recap's fonts (Inter, Noto Sans CJK JP) and its own profile, so tests
/// side by side do not share one.
fn soffice_pdf(check: &str, deck: &Path) -> Option<PathBuf> {
    let soffice = checkers::system(check, "soffice", "libreoffice-impress-nogui")?;
    let work = deck.parent().unwrap().join(format!(
        "lo-{}",
        deck.file_stem().unwrap().to_string_lossy()
    ));
    std::fs::create_dir_all(&work).unwrap();
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
    let conf = work.join("fonts.conf");
    std::fs::write(
        &conf,
        format!(
            "<?xml version=\"1.0\"?><fontconfig><include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\
             <dir>{}</dir><cachedir>{}</cachedir></fontconfig>",
            fonts.display(),
            work.join("fc-cache").display()
        ),
    )
    .unwrap();
    let out = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            work.join("profile").display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&work)
        .arg(deck)
        .env("FONTCONFIG_FILE", &conf)
        .output()
        .unwrap();
    let pdf = work.join(format!(
        "{}.pdf",
        deck.file_stem().unwrap().to_string_lossy()
    ));
    assert!(
        out.status.success() && pdf.is_file(),
        "LibreOffice could not convert {}: {} {}",
        deck.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(pdf)
}

fn pages(pdf: &Path) -> usize {
    tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

#[test]
fn libreoffice_converts_the_deck_one_page_a_slide_with_its_text() {
    let d = demo(25);
    let id = rich_account(&d);
    let deck = d.deck(&id, &[]);
    let Some(x) = read_deck("the deck's slide count in python-pptx", &deck) else {
        return;
    };
    let check = "the deck converted by LibreOffice";
    if !checkers::poppler(check) {
        return;
    }
    let Some(pdf) = soffice_pdf(check, &deck) else {
        return;
    };
    assert_eq!(pages(&pdf), slides(&x).len(), "one page a slide");
    let text = pdf_text(&pdf);
    for slide in slides(&x) {
        let title = slide["shapes"][0]["text"].as_str().unwrap();
        let first: String = title
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains(&first),
            "{first:?} not in LibreOffice's pages"
        );
    }
}

const HOSTILE: &str = "#exit() <script>alert(1)</script> & $x$ *bold* <lbl> 🚀 شركة الأمل חברה";

#[test]
fn hostile_names_stay_literal_text_and_the_deck_still_opens() {
    let d = demo(6);
    let id = rich_account(&d);
    let long_word = "W".repeat(300);
    let name = format!("{HOSTILE} {long_word}");
    d.src
        .execute(
            "UPDATE accounts SET name = ? WHERE account_id = ?",
            &[Param::Text(name.clone()), Param::Text(id.clone())],
        )
        .unwrap();
    for lang in ["en", "ja"] {
        let deck = d.deck(&id, &["--locale", lang]);
        let Some(x) = read_deck("hostile names in python-pptx", &deck) else {
            return;
        };
        let text = all_text(&x);
        assert!(
            text.contains(&name),
            "{lang}: the name is not literal in the slides' text"
        );
        if let Some(pdf) = soffice_pdf("the hostile deck converted by LibreOffice", &deck) {
            assert_eq!(pages(&pdf), slides(&x).len(), "{lang}");
        }
    }
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    let d = demo(6);
    let id = rich_account(&d);
    let a = std::fs::read(d.deck(&id, &[])).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let b = std::fs::read(d.deck(&id, &[])).unwrap();
    assert!(a == b, "deck bytes differ between runs");
    assert!(a.starts_with(b"PK"), "a zip");
}

/// A conservative estimate of the lines a text takes: every character 0.55 of the font size
/// wide (East Asian characters and emoji 1), lines 1.2 times the size, insets of 0.1 in.
const FITS: &str = r#"
import json, sys, unicodedata
deck = json.load(sys.stdin)
W, H = deck["width"], deck["height"]
bad = []
def em(c):
    return 1.0 if unicodedata.east_asian_width(c) in "WF" or ord(c) >= 0x1F300 else 0.55
for n, s in enumerate(deck["slides"], 1):
    for sh in s["shapes"]:
        if "text" not in sh or not sh["text"].strip():
            continue
        x, y, w, h = sh["box"]
        if x < 0 or y < 0 or x + w > W or y + h > H:
            bad.append(f"slide {n}: box outside the slide: {sh['box']}")
        size = max(sh["sizes"] or [18])
        room = (w - 182880) / 12700
        lines = sum(max(1, -(-sum(em(c) for c in p) * size // room)) for p in sh["paragraphs"])
        need = lines * size * 1.2 * 12700
        if need > h - 91440:
            bad.append(f"slide {n}: {lines} lines at {size} pt need {need:.0f} EMU of {h}: {sh['text'][:60]!r}")
print(json.dumps(bad))
"#;

#[test]
fn decks_in_all_eight_languages_keep_every_text_inside_its_box() {
    let d = demo(12);
    let ids: Vec<String> = d
        .text("SELECT account_id FROM accounts ORDER BY account_id LIMIT 6")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    let check = "text boxes against their sizes in python-pptx";
    let mut checked = 0;
    for lang in ["de", "ja", "fr", "en", "es", "it", "nl", "pt"] {
        for id in &ids {
            let out = d.dir.path().join("out");
            let o = out.to_str().unwrap().to_string();
            let res = recap(
                d.dir.path(),
                &[
                    "review",
                    "--database-url",
                    &d.url,
                    "--account",
                    id,
                    "--period",
                    "2026-Q3",
                    "--out",
                    &o,
                    "--format",
                    "pptx",
                    "--force",
                    "--locale",
                    lang,
                ],
            );
            if res.status.code() != Some(0) {
                // An account without data for the period has no review in any format.
                continue;
            }
            let deck = out.join(format!("review/2026-Q3/{id}.pptx"));
            let Some(x) = read_deck(check, &deck) else {
                return;
            };
            let mut py = Command::new(checkers::python(check).unwrap())
                .args(["-c", FITS])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            use std::io::Write;
            py.stdin
                .take()
                .unwrap()
                .write_all(x.to_string().as_bytes())
                .unwrap();
            let out = py.wait_with_output().unwrap();
            assert!(out.status.success());
            let bad: Vec<String> = serde_json::from_slice(&out.stdout).unwrap();
            assert!(bad.is_empty(), "{lang} {id}: {bad:#?}");
            for (i, slide) in slides(&x).iter().enumerate() {
                for sh in slide["shapes"].as_array().unwrap() {
                    for size in sh["sizes"].as_array().into_iter().flatten() {
                        assert!(
                            size.as_f64().unwrap() >= 18.0,
                            "{lang} {id} slide {}: {sh}",
                            i + 1
                        );
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} decks checked");
}

#[test]
fn a_template_without_the_decks_layouts_is_refused_before_any_deck() {
    let d = demo(3);
    let id = rich_account(&d);
    let templates = d.dir.path().join("templates");
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
        &templates,
    );
    std::fs::write(templates.join("review.pptx"), b"not a zip").unwrap();
    let out = d.dir.path().join("out");
    let res = recap(
        d.dir.path(),
        &[
            "review",
            "--database-url",
            &d.url,
            "--account",
            &id,
            "--period",
            "2026-Q3",
            "--out",
            out.to_str().unwrap(),
            "--format",
            "pptx",
            "--templates",
            templates.to_str().unwrap(),
        ],
    );
    assert_eq!(res.status.code(), Some(2));
    let err = String::from_utf8_lossy(&res.stderr);
    assert!(
        err.contains("review.pptx") && err.contains("not a PowerPoint file"),
        "{err}"
    );
    assert!(!out.join(format!("review/2026-Q3/{id}.pptx")).exists());
}

#[test]
fn the_brand_colour_is_the_themes_accent_and_the_logo_a_picture_on_the_cover() {
    let d = demo(3);
    let id = rich_account(&d);
    let logo = d.dir.path().join("logo.png");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/review-page1.png"),
        &logo,
    )
    .unwrap();
    let config = d.dir.path().join("recap.toml");
    std::fs::write(
        &config,
        "[brand]\ncompany = \"Acme Cloud\"\naccent = \"#AA3300\"\nlogo = \"logo.png\"\n",
    )
    .unwrap();
    let deck = d.deck(&id, &["--config", config.to_str().unwrap()]);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&deck).unwrap()).unwrap();
    let mut theme = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("ppt/theme/theme1.xml").unwrap(),
        &mut theme,
    )
    .unwrap();
    assert!(
        theme.contains(r#"<a:accent1><a:srgbClr val="AA3300"/></a:accent1>"#),
        "{theme}"
    );
    let Some(x) = read_deck("the logo on the cover in python-pptx", &deck) else {
        return;
    };
    let pictures = |s: &serde_json::Value| {
        s["shapes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|sh| sh["picture"] == true)
            .count()
    };
    assert_eq!(pictures(&slides(&x)[0]), 1, "the logo on the cover");
    assert!(all_text(&x).contains("Acme Cloud"), "the vendor's name");
}

#[test]
fn every_account_gets_a_deck_through_the_batch_and_a_rerun_skips_them() {
    let d = demo(8);
    let out = d.dir.path().join("out");
    let o = out.to_str().unwrap().to_string();
    let args = [
        "review",
        "--database-url",
        &d.url,
        "--all",
        "--period",
        "2026-Q3",
        "--out",
        &o,
        "--format",
        "pptx",
        "--jobs",
        "2",
    ];
    let res = recap(d.dir.path(), &args);
    assert!(
        matches!(res.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    let folder = out.join("review/2026-Q3");
    let manifest = std::fs::read_to_string(folder.join("manifest.csv")).unwrap();
    let ok: Vec<&str> = manifest.lines().filter(|l| l.contains(",ok,")).collect();
    assert!(ok.len() >= 6, "{manifest}");
    for line in &ok {
        let id = line.split(',').next().unwrap();
        assert!(line.contains(&format!("{id}.pptx")), "{line}");
        assert!(folder.join(format!("{id}.pptx")).is_file(), "{id}");
        assert!(
            !folder.join(format!("{id}.pdf")).exists(),
            "no PDF with --format pptx"
        );
    }
    let again = recap(d.dir.path(), &args);
    assert!(matches!(again.status.code(), Some(0 | 1)));
    let manifest = std::fs::read_to_string(folder.join("manifest.csv")).unwrap();
    let skipped = manifest.lines().filter(|l| l.contains(",skipped,")).count();
    assert_eq!(skipped, ok.len(), "up to date: {manifest}");
}

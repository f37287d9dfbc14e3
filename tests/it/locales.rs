//! The review in every language recap ships: each reader's words from the message files,
//! money and dates as CLDR writes them for that language. Expected strings are written here
//! by hand from CLDR's patterns, not computed through recap's formatter.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use recap::config::Config;
use recap::source::{Param, Source};

use crate::common;
use common::{checkers, copy_dir, exec, pdf_text, recap, recap_logging, tool};

/// The languages recap ships, with the money value 12,345 EUR and the date 30 September 2026
/// as a reader of each writes them (spaces of any width written as one space).
const LANGUAGES: &[(&str, &str, &str)] = &[
    ("en", "€12,345", "September 30, 2026"),
    ("de", "12.345 €", "30. September 2026"),
    ("fr", "12 345 €", "30 septembre 2026"),
    ("es", "12.345 €", "30 de septiembre de 2026"),
    ("it", "12.345 €", "30 settembre 2026"),
    ("nl", "€ 12.345", "30 september 2026"),
    ("pt", "€ 12.345", "30 de setembro de 2026"),
    ("ja", "€12,345", "2026年9月30日"),
];

fn templates() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("templates")
}

/// The message ids of one language folder, parsed with Fluent's own parser.
fn message_ids(lang: &str) -> BTreeSet<String> {
    let dir = templates().join("locales").join(lang);
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let res = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for e in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = e {
                assert!(
                    ids.insert(m.id.name.to_string()),
                    "{lang}: {} twice",
                    m.id.name
                );
            }
        }
    }
    ids
}

#[test]
fn every_language_has_every_message_english_has() {
    let english = message_ids("en");
    assert!(
        english.len() > 100,
        "English has {} messages",
        english.len()
    );
    let folders: Vec<String> = std::fs::read_dir(templates().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    // Every folder, not only the languages this test knows: a language a user adds too.
    for (lang, _, _) in LANGUAGES {
        assert!(folders.iter().any(|f| f == lang), "no folder for {lang}");
    }
    for lang in &folders {
        let ids = message_ids(lang);
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
    }
}

/// A demo database where account ACC-00001 bills in EUR and has one goal worth exactly
/// 12,345: from 20 to 10 hours, 1,234.50 per hour.
fn euro_account() -> (tempfile::TempDir, String, Source) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, 3, 42).unwrap();
    let id = "ACC-00001";
    exec(
        &src,
        "UPDATE accounts SET currency = 'EUR' WHERE account_id = ?",
        &[Param::Text(id.into())],
    );
    exec(
        &src,
        "DELETE FROM goal_measurements WHERE goal_id IN (SELECT goal_id FROM goals WHERE account_id = ?)",
        &[Param::Text(id.into())],
    );
    exec(
        &src,
        "DELETE FROM goals WHERE account_id = ?",
        &[Param::Text(id.into())],
    );
    exec(
        &src,
        "INSERT INTO goals (goal_id, account_id, stakeholder_role, title, metric, unit, direction,
           baseline, target, target_date, value_per_unit)
         VALUES ('G-EUR', ?, 'executive_sponsor', 'Faster month-end close', 'Close time', 'h',
           'lower', 20, 10, '2026-12-31', 1234.5)",
        &[Param::Text(id.into())],
    );
    exec(
        &src,
        "INSERT INTO goal_measurements (goal_id, measured_on, value)
         VALUES ('G-EUR', '2026-09-15', 10)",
        &[],
    );
    (dir, url, src)
}

/// Spaces of every width as one space; for Japanese, no space between a CJK character and a
/// digit (Typst sets a quarter-em gap there, which pdftotext reads as a space).
fn normalize(s: &str, lang: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == '\u{202f}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if lang != "ja" {
        return s;
    }
    let chars: Vec<char> = s.chars().collect();
    let cjk = |c: char| (c as u32) >= 0x2E80;
    (0..chars.len())
        .filter(|&i| {
            !(chars[i] == ' '
                && i > 0
                && i + 1 < chars.len()
                && (cjk(chars[i - 1]) || cjk(chars[i + 1])))
        })
        .map(|i| chars[i])
        .collect()
}

fn review(dir: &Path, url: &str, out: &Path, extra: &[&str]) -> std::process::Output {
    review_logging(dir, url, out, extra, "error")
}

fn review_logging(
    dir: &Path,
    url: &str,
    out: &Path,
    extra: &[&str],
    level: &str,
) -> std::process::Output {
    let mut args = vec![
        "review",
        "--database-url",
        url,
        "--account",
        "ACC-00001",
        "--period",
        "2026-Q3",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    recap_logging(dir, &args, level)
}

#[test]
fn each_language_writes_its_own_money_dates_and_declares_itself() {
    let (dir, url, _src) = euro_account();
    let english_ids = message_ids("en");
    let check = "every language's money and dates in its PDF, /Lang and embedded fonts";
    if !checkers::poppler(check) || !checkers::qpdf(check) {
        return;
    }
    for (lang, money, date) in LANGUAGES {
        let out = dir.path().join(format!("out-{lang}"));
        let res = review(dir.path(), &url, &out, &["--locale", lang]);
        assert_eq!(
            res.status.code(),
            Some(0),
            "{lang}: {}",
            String::from_utf8_lossy(&res.stderr)
        );
        let pdf = out.join("review/2026-Q3/ACC-00001.pdf");
        let html = std::fs::read_to_string(out.join("review/2026-Q3/ACC-00001.html")).unwrap();
        let raw = pdf_text(&pdf);
        let text = normalize(&raw, lang);
        assert!(text.contains(money), "{lang}: no {money:?} in\n{text}");
        assert!(text.contains(date), "{lang}: no {date:?} in\n{text}");
        let html_text = normalize(&html, lang);
        assert!(
            html_text.contains(money),
            "{lang}: no {money:?} in the HTML"
        );
        // Nothing broken, nothing raw: no replacement character, no message id, no Fluent
        // placeholder, no bidi isolation marks around values.
        for doc in [&raw, &html] {
            assert!(!doc.contains('\u{FFFD}'), "{lang}: U+FFFD");
            assert!(
                !doc.contains(['\u{2068}', '\u{2069}']),
                "{lang}: isolation marks"
            );
            assert!(
                !doc.contains("{$") && !doc.contains("{ $"),
                "{lang}: a placeholder"
            );
        }
        for id in &english_ids {
            assert!(
                !raw.contains(id.as_str()),
                "{lang}: message id {id} in the PDF"
            );
        }
        // The language is declared: <html lang>, the PDF's /Lang.
        assert!(
            html.contains(&format!("<html lang=\"{lang}\"")),
            "{lang}: html lang"
        );
        let qdf = dir.path().join(format!("{lang}.qdf.pdf"));
        tool(
            "qpdf",
            &[
                "--qdf",
                "--object-streams=disable",
                pdf.to_str().unwrap(),
                qdf.to_str().unwrap(),
            ],
        );
        let bytes = std::fs::read(&qdf).unwrap();
        let needle = format!("/Lang ({lang})");
        assert!(
            bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "{lang}: the PDF does not declare {needle}"
        );
        // Every font is embedded (as a subset).
        let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{lang}: no fonts");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let emb = cols[cols.len() - 5];
            assert_eq!(emb, "yes", "{lang}: font not embedded: {row}");
        }
        if *lang == "ja" {
            assert!(fonts.contains("NotoSansCJKjp"), "ja: no CJK font:\n{fonts}");
        }
    }
}

#[test]
fn a_sponsors_locale_chooses_the_language_and_fallbacks_are_counted() {
    let (dir, url, src) = euro_account();
    // ACC-00001's sponsor reads Brazilian Portuguese (served by pt), ACC-00002's Chinese
    // (no messages: the default language), ACC-00003's German.
    for (id, locale) in [
        ("ACC-00001", "pt-BR"),
        ("ACC-00002", "zh"),
        ("ACC-00003", "de_DE"),
    ] {
        exec(
            &src,
            "UPDATE contacts SET locale = ? WHERE account_id = ? AND role = 'executive_sponsor'",
            &[Param::Text(locale.into()), Param::Text(id.into())],
        );
    }
    let out = dir.path().join("out");
    let res = recap(
        dir.path(),
        &[
            "review",
            "--database-url",
            &url,
            "--all",
            "--period",
            "2026-Q3",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(
        res.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    let folder = out.join("review/2026-Q3");
    let lang_of = |id: &str| {
        let html = std::fs::read_to_string(folder.join(format!("{id}.html"))).unwrap();
        let at = html.find("<html lang=\"").unwrap() + 12;
        html[at..at + html[at..].find('"').unwrap()].to_string()
    };
    assert_eq!(lang_of("ACC-00001"), "pt-BR");
    assert_eq!(lang_of("ACC-00002"), "en");
    assert_eq!(lang_of("ACC-00003"), "de-DE");
    if !checkers::poppler("Brazilian money in the PDF text") {
        return;
    }
    let text = normalize(&pdf_text(&folder.join("ACC-00001.pdf")), "pt");
    // Brazilian money: the symbol before, a space, dots for thousands.
    assert!(text.contains("€ 12.345"), "{text}");
    let summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["locale_fallbacks"]["pt-BR → pt"], 1, "{summary}");
    assert_eq!(summary["locale_fallbacks"]["zh → en"], 1, "{summary}");
    assert_eq!(summary["languages"]["de-DE"], 1, "{summary}");
}

/// A copy of the templates with one language's file changed by `edit`.
fn templates_with(dir: &Path, lang: &str, file: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    let to = dir.join("templates");
    copy_dir(&templates(), &to);
    let path = to.join("locales").join(lang).join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(&text)).unwrap();
    to
}

#[test]
fn a_missing_message_falls_back_to_english_with_one_warning() {
    let (dir, url, _src) = euro_account();
    // German loses the value sentence and the goals table's heading.
    let t = templates_with(dir.path(), "de", "review-value.ftl", |s| {
        let start = s.find("value-delivered =").unwrap();
        let end = start + s[start..].find("\n\n").unwrap();
        format!("{}{}", &s[..start], &s[end..])
    });
    let out = dir.path().join("out");
    let res = review_logging(
        dir.path(),
        &url,
        &out,
        &["--locale", "de", "--templates", t.to_str().unwrap()],
        "warn",
    );
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert_eq!(res.status.code(), Some(0), "{stderr}");
    if !checkers::poppler("the English fallback sentence in the PDF text") {
        return;
    }
    let text = normalize(&pdf_text(&out.join("review/2026-Q3/ACC-00001.pdf")), "de");
    // The sentence in English, its figures still German.
    assert!(
        text.contains("12.345 € of measurable value delivered by 30. September 2026"),
        "{text}"
    );
    assert!(!text.contains("value-delivered"), "{text}");
    let warnings = stderr.matches("value-delivered").count();
    assert_eq!(warnings, 1, "one warning per message per run:\n{stderr}");
}

#[test]
fn a_malformed_message_file_stops_the_run_naming_file_line_and_message() {
    let (dir, url, _src) = euro_account();
    let t = templates_with(dir.path(), "fr", "review-next.ftl", |s| {
        s.replacen("next-no-goals =", "next-no-goals = { $period", 1)
    });
    let out = dir.path().join("out");
    let res = recap(
        dir.path(),
        &[
            "review",
            "--database-url",
            &url,
            "--all",
            "--period",
            "2026-Q3",
            "--out",
            out.to_str().unwrap(),
            "--templates",
            t.to_str().unwrap(),
        ],
    );
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert_eq!(res.status.code(), Some(2), "{stderr}");
    let line = std::fs::read_to_string(t.join("locales/fr/review-next.ftl"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("next-no-goals ="))
        .unwrap()
        + 1;
    assert!(stderr.contains("review-next.ftl"), "{stderr}");
    assert!(stderr.contains("next-no-goals"), "{stderr}");
    // The error is on the message's line or the next (where the parser notices).
    assert!(
        stderr.contains(&format!(".ftl:{line}:"))
            || stderr.contains(&format!(".ftl:{}:", line + 1)),
        "line {line}: {stderr}"
    );
    assert!(!out.join("review").exists(), "nothing is written");
}

#[test]
fn a_locale_without_messages_is_an_error_listing_the_languages() {
    let (dir, url, _src) = euro_account();
    let out = dir.path().join("out");
    let res = review(dir.path(), &url, &out, &["--locale", "xx"]);
    let stderr = String::from_utf8_lossy(&res.stderr);
    assert_eq!(res.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("\"xx\""), "{stderr}");
    assert!(
        stderr.contains("de, en, es, fr, it, ja, nl, pt"),
        "{stderr}"
    );
}

#[test]
fn hostile_names_stay_literal_in_german_and_japanese() {
    let (dir, url, src) = euro_account();
    let name = "#exit() <script>x</script> { $total } \u{5e9}\u{5dc}\u{5d5}\u{5dd} 🚀";
    exec(
        &src,
        "UPDATE accounts SET name = ? WHERE account_id = 'ACC-00001'",
        &[Param::Text(name.into())],
    );
    exec(
        &src,
        "UPDATE goals SET metric = ? WHERE goal_id = 'G-EUR'",
        &[Param::Text("{ $metric } #set".into())],
    );
    if !checkers::poppler("hostile names literal in the PDF text") {
        return;
    }
    for lang in ["de", "ja"] {
        let out = dir.path().join(format!("out-{lang}"));
        let res = review(dir.path(), &url, &out, &["--locale", lang]);
        assert_eq!(
            res.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&res.stderr)
        );
        let text = pdf_text(&out.join("review/2026-Q3/ACC-00001.pdf"));
        assert!(
            text.contains("#exit() <script>x</script> { $total }"),
            "{lang}: {text}"
        );
        assert!(text.contains("{ $metric } #set"), "{lang}: {text}");
        let html = std::fs::read_to_string(out.join("review/2026-Q3/ACC-00001.html")).unwrap();
        assert!(
            html.contains("&lt;script&gt;x&lt;/script&gt;"),
            "{lang}: HTML not escaped"
        );
        assert!(!html.contains("<script>x"), "{lang}");
    }
}

#[test]
fn same_language_same_bytes() {
    let (dir, url, _src) = euro_account();
    let mut pdfs = Vec::new();
    for run in 0..2 {
        let out = dir.path().join(format!("out-{run}"));
        let res = review(dir.path(), &url, &out, &["--locale", "fr", "--force"]);
        assert_eq!(res.status.code(), Some(0));
        pdfs.push(std::fs::read(out.join("review/2026-Q3/ACC-00001.pdf")).unwrap());
    }
    assert!(pdfs[0] == pdfs[1], "two runs in French differ");
}

#[test]
fn the_configured_default_language_serves_readers_recap_has_no_messages_for() {
    let (dir, url, src) = euro_account();
    exec(
        &src,
        "UPDATE contacts SET locale = 'zh-CN' WHERE account_id = 'ACC-00001' AND role = 'executive_sponsor'",
        &[],
    );
    // ./recap.toml in the folder recap runs in.
    std::fs::write(
        dir.path().join("recap.toml"),
        "[locale]\ndefault = \"fr\"\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let res = review(dir.path(), &url, &out, &[]);
    assert_eq!(
        res.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    let html = std::fs::read_to_string(out.join("review/2026-Q3/ACC-00001.html")).unwrap();
    assert!(html.contains("<html lang=\"fr\""), "French by default");
    if !checkers::poppler("French money in the PDF text") {
        return;
    }
    let text = normalize(&pdf_text(&out.join("review/2026-Q3/ACC-00001.pdf")), "fr");
    assert!(text.contains("12 345 €"), "{text}");
}

/// Wrapped's cards are fixed boxes: in every language the demo's sentences fit them, and a
/// message too long for its card is a warning naming the account, the card and the message
/// file (the card itself is cut, never spilled).
#[test]
fn wrapped_cards_fit_in_every_language_and_a_message_too_long_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, 2 * LANGUAGES.len(), 42).unwrap();
    // Two accounts a language: ACC-00001 and ACC-00009 English, ACC-00002 and ACC-00010
    // German, and so on.
    for k in 0..2 * LANGUAGES.len() {
        exec(
            &src,
            "UPDATE contacts SET locale = ? WHERE account_id = ? AND role = 'executive_sponsor'",
            &[
                Param::Text(LANGUAGES[k % LANGUAGES.len()].0.into()),
                Param::Text(format!("ACC-{:05}", k + 1)),
            ],
        );
    }
    common::close(src);
    let wrapped = |out: &Path, extra: &[&str]| {
        let mut args = vec![
            "wrapped",
            "--database-url",
            &url,
            "--year",
            "2026",
            "--base-url",
            "https://cdn.example.com/wrapped/2026",
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        let res = recap_logging(dir.path(), &args, "warn");
        let stderr = String::from_utf8_lossy(&res.stderr).to_string();
        assert_eq!(res.status.code(), Some(0), "{stderr}");
        stderr
    };

    let stderr = wrapped(&dir.path().join("out"), &["--all"]);
    assert!(!stderr.contains("taller than its box"), "{stderr}");
    // Every language made cards (accounts.csv: an account's cards are in its sponsor's language).
    let accounts =
        std::fs::read_to_string(dir.path().join("out/wrapped/2026/accounts.csv")).unwrap();
    for (lang, _, _) in LANGUAGES {
        assert!(
            accounts.lines().any(|l| l.contains(&format!(",{lang},"))),
            "no cards in {lang}:\n{accounts}"
        );
    }

    // German's opening line made twenty lines long.
    let long = "sehr lange Worte ".repeat(60);
    let t = templates_with(dir.path(), "de", "wrapped.ftl", |s| {
        s.replace(
            "wrapped-opening =\n",
            &format!("wrapped-opening = {long}\n"),
        )
    });
    let stderr = wrapped(
        &dir.path().join("out-long"),
        &["--account", "ACC-00002", "--templates", t.to_str().unwrap()],
    );
    assert!(
        stderr.contains("account ACC-00002: wrapped.typ: card 1 (opening): ")
            && stderr.contains("pt taller than its box")
            && stderr.contains("templates/locales/de/wrapped.ftl"),
        "{stderr}"
    );
}

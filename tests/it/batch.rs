//! The batch engine as operations relies on it: failures stay with their account, killed runs
//! resume, shards add up to one run, documents never mix accounts, file names are safe.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common;

use recap::config::Config;
use recap::source::{Param, Source};

fn recap(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_recap"))
        .args(args)
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "error")
        .output()
        .expect("run recap")
}

fn templates() -> String {
    format!("{}/templates", env!("CARGO_MANIFEST_DIR"))
}

fn fonts() -> String {
    format!("{}/fonts", env!("CARGO_MANIFEST_DIR"))
}

/// A demo database with `n` accounts in `dir`.
fn demo(dir: &Path, n: usize) -> (String, Source) {
    let url = format!("sqlite://{}", dir.join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, n, 5).unwrap();
    (url, src)
}

fn review(dir: &Path, url: &str, out: &Path, extra: &[&str]) -> Output {
    review_with(dir, url, &templates(), out, extra)
}

/// A user's own templates folder in `dir`: `review.typ` and `review.html.tera`.
fn user_templates(dir: &Path, typ: &str, html: &str) -> String {
    let tpl = dir.join("tpl");
    std::fs::create_dir(&tpl).unwrap();
    std::fs::write(tpl.join("review.typ"), typ).unwrap();
    std::fs::write(tpl.join("review.html.tera"), html).unwrap();
    tpl.to_str().unwrap().to_string()
}

/// `recap review` with the templates of `templates` (a user's own, say).
fn review_with(dir: &Path, url: &str, templates: &str, out: &Path, extra: &[&str]) -> Output {
    let f = fonts();
    let mut args = vec![
        "review",
        "--database-url",
        url,
        "--period",
        "2026-Q3",
        "--templates",
        templates,
        "--fonts",
        &f,
        "--quiet",
    ];
    let out = out.to_str().unwrap();
    args.extend(["--out", out]);
    args.extend(extra);
    recap(dir, &args)
}

/// Every document file (not manifests or state) under `dir`, with its bytes.
fn documents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let folder = dir.join("review/2026-Q3");
    for e in std::fs::read_dir(&folder).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".pdf") || name.ends_with(".html") {
            out.insert(name, std::fs::read(e.path()).unwrap());
        }
    }
    out
}

fn manifest(dir: &Path, name: &str) -> Vec<serde_json::Value> {
    std::fs::read_to_string(dir.join("review/2026-Q3").join(name))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn one_bad_account_fails_alone_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (url, src) = demo(dir.path(), 12);
    src.execute(
        "UPDATE nps_responses SET responded_at = 'soon' WHERE account_id = ?",
        &[Param::Text("ACC-00004".into())],
    )
    .unwrap();
    let out_dir = dir.path().join("out");
    let out = review(dir.path(), &url, &out_dir, &["--all"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let m = manifest(&out_dir, "manifest.jsonl");
    assert_eq!(m.len(), 12);
    let bad: Vec<_> = m.iter().filter(|r| r["status"] == "failed").collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0]["account_id"], "ACC-00004");
    let err = bad[0]["error"].as_str().unwrap();
    assert!(
        err.contains("account ACC-00004") && err.contains("\"soon\", not a date"),
        "{err}"
    );
    assert_eq!(m.iter().filter(|r| r["status"] == "ok").count(), 11);
    let docs = documents(&out_dir);
    assert_eq!(docs.len(), 22);
    assert!(!docs.contains_key("ACC-00004.pdf"));
    let csv = std::fs::read_to_string(out_dir.join("review/2026-Q3/manifest.csv")).unwrap();
    assert!(csv.starts_with("account_id,status,files,bytes,sha256,error\n"));
}

#[test]
fn a_template_error_on_one_accounts_data_fails_that_account() {
    let dir = tempfile::tempdir().unwrap();
    let (url, src) = demo(dir.path(), 5);
    src.execute(
        "UPDATE accounts SET name = 'Trigger Co' WHERE account_id = 'ACC-00002'",
        &[],
    )
    .unwrap();
    // A user's template that cannot handle one account's data.
    let tpl = user_templates(
        dir.path(),
        "#let data = json(\"/data.json\")\n#if data.account.name == \"Trigger Co\" { panic(\"cannot handle this\") }\n= #data.account.name\n",
        "<p>{{ doc.account.name }}</p>",
    );
    let out_dir = dir.path().join("out");
    let out = review_with(dir.path(), &url, &tpl, &out_dir, &["--all"]);
    assert_eq!(out.status.code(), Some(1));
    let m = manifest(&out_dir, "manifest.jsonl");
    let bad: Vec<_> = m.iter().filter(|r| r["status"] == "failed").collect();
    assert_eq!(bad.len(), 1, "{m:?}");
    let err = bad[0]["error"].as_str().unwrap();
    assert!(
        err.contains("ACC-00002")
            && err.contains("review.typ:2:")
            && err.contains("cannot handle this"),
        "{err}"
    );
}

#[test]
fn a_template_broken_for_every_account_stops_the_run_early() {
    let dir = tempfile::tempdir().unwrap();
    let (url, _src) = demo(dir.path(), 40);
    let tpl = user_templates(dir.path(), "#panic(\"broken template\")\n", "<p></p>");
    let out_dir = dir.path().join("out");
    let out = review_with(dir.path(), &url, &tpl, &out_dir, &["--all", "--jobs", "1"]);
    // Not 40 identical failures: the run gives up after the first 10, says why, exits 2.
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the first 10 accounts all failed") && err.contains("broken template"),
        "{err}"
    );
    assert!(documents(&out_dir).is_empty());
}

#[test]
fn rerun_skips_done_work_and_force_renders() {
    let dir = tempfile::tempdir().unwrap();
    let (url, src) = demo(dir.path(), 6);
    let out_dir = dir.path().join("out");
    assert_eq!(
        review(dir.path(), &url, &out_dir, &["--all"]).status.code(),
        Some(0)
    );
    let first = documents(&out_dir);
    assert_eq!(
        review(dir.path(), &url, &out_dir, &["--all"]).status.code(),
        Some(0)
    );
    let m = manifest(&out_dir, "manifest.jsonl");
    assert!(m.iter().all(|r| r["status"] == "skipped"), "{m:?}");
    // A change to one account's data re-renders that account only.
    src.execute(
        "UPDATE accounts SET name = 'Renamed Ltd' WHERE account_id = 'ACC-00003'",
        &[],
    )
    .unwrap();
    review(dir.path(), &url, &out_dir, &["--all"]);
    let m = manifest(&out_dir, "manifest.jsonl");
    let ok: Vec<_> = m
        .iter()
        .filter(|r| r["status"] == "ok")
        .map(|r| r["account_id"].as_str().unwrap())
        .collect();
    assert_eq!(ok, vec!["ACC-00003"]);
    review(dir.path(), &url, &out_dir, &["--all", "--force"]);
    let m = manifest(&out_dir, "manifest.jsonl");
    assert!(m.iter().all(|r| r["status"] == "ok"));
    // Same data, same template: the same bytes.
    let again = documents(&out_dir);
    for (name, bytes) in &first {
        if !name.starts_with("ACC-00003") {
            assert_eq!(Some(bytes), again.get(name), "{name} changed between runs");
        }
    }
}

#[test]
fn a_killed_run_leaves_no_partial_file_and_the_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let (url, _src) = demo(dir.path(), 150);
    let out_dir = dir.path().join("out");
    let (t, f) = (templates(), fonts());
    let mut child = Command::new(env!("CARGO_BIN_EXE_recap"))
        .args([
            "review",
            "--all",
            "--database-url",
            &url,
            "--period",
            "2026-Q3",
            "--quiet",
            "--jobs",
            "1",
        ])
        .args([
            "--templates",
            &t,
            "--fonts",
            &f,
            "--out",
            out_dir.to_str().unwrap(),
        ])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let folder = out_dir.join("review/2026-Q3");
    let count = |dir: &Path, ext: &str| {
        std::fs::read_dir(dir)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.file_name().to_string_lossy().ends_with(ext))
                    .count()
            })
            .unwrap_or(0)
    };
    // Killed once some accounts are done (stamped: their files synced to disk) and more are
    // being written.
    let started = Instant::now();
    while count(&folder, ".pdf") < 10 || count(&folder.join(".recap"), ".done") < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the run stalled"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let stamped = count(&folder.join(".recap"), ".done");
    let before = documents(&out_dir);
    assert!(!before.is_empty());
    for (name, bytes) in &before {
        if name.ends_with(".pdf") {
            assert!(
                bytes.starts_with(b"%PDF") && bytes.trim_ascii_end().ends_with(b"%%EOF"),
                "{name} is partial"
            );
        }
    }
    let out = review(dir.path(), &url, &out_dir, &["--all"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let m = manifest(&out_dir, "manifest.jsonl");
    assert_eq!(m.len(), 150);
    let skipped = m.iter().filter(|r| r["status"] == "skipped").count();
    assert_eq!(
        skipped, stamped,
        "the accounts done when the run was killed are not redone"
    );
    assert_eq!(documents(&out_dir).len(), 300);
    let leftovers: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn shards_together_make_exactly_the_files_of_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let (url, _src) = demo(dir.path(), 30);
    let whole = dir.path().join("whole");
    assert_eq!(
        review(dir.path(), &url, &whole, &["--all"]).status.code(),
        Some(0)
    );
    let sharded = dir.path().join("sharded");
    let mut per_shard = Vec::new();
    for i in 1..=3 {
        let s = format!("{i}/3");
        assert_eq!(
            review(dir.path(), &url, &sharded, &["--all", "--shard", &s])
                .status
                .code(),
            Some(0)
        );
        per_shard.push(manifest(&sharded, &format!("manifest-shard-{i}-of-3.jsonl")).len());
    }
    assert_eq!(per_shard.iter().sum::<usize>(), 30, "{per_shard:?}");
    assert!(per_shard.iter().all(|&n| n > 0), "{per_shard:?}");
    assert_eq!(documents(&whole), documents(&sharded));
}

#[test]
fn a_shard_loads_its_own_accounts_whole_and_no_others() {
    use recap::batch::shard_of;
    use recap::source::{Selection, TABLES};
    let dir = tempfile::tempdir().unwrap();
    let (_url, src) = demo(dir.path(), 40);
    let all = src.load_all(&Selection::default()).unwrap();
    let listed = Selection {
        accounts: Some(all.iter().map(|a| a.account.account_id.clone()).collect()),
        ..Selection::default()
    };
    for i in 1..=3u64 {
        let keep = move |id: &str| shard_of(id, 3) == i;
        let expected: Vec<_> = all
            .iter()
            .filter(|a| keep(&a.account.account_id))
            .cloned()
            .collect();
        assert!(!expected.is_empty());
        // By pages (tiny ones, so several round trips) and by a list of keys alike.
        for selection in [&Selection::default(), &listed] {
            let got: Vec<_> = src
                .chunks_of(selection, 4, &TABLES)
                .keeping(&keep, 3)
                .flat_map(|chunk| chunk.unwrap())
                .collect();
            assert_eq!(got, expected, "shard {i}/3");
        }
    }
}

#[test]
fn hostile_account_ids_make_safe_distinct_files() {
    let dir = tempfile::tempdir().unwrap();
    let (url, src) = demo(dir.path(), 2);
    // "acme" and "ACME" would be one file on macOS, Windows or an SMB share.
    let ids = [
        "../../escape",
        "a/b",
        "a_b",
        "CON",
        ".hidden",
        "x:y*?\"<>|",
        "acme",
        "ACME",
    ];
    for (i, id) in ids.iter().enumerate() {
        src.execute(
            "INSERT INTO accounts (account_id, name, segment, industry, region, touch_model, csm_name, csm_email, contract_start, currency) VALUES (?, ?, 'SMB', 'Retail', 'EMEA', 'digital', 'Sam', 's@x', '2025-01-01', 'EUR')",
            &[Param::Text(id.to_string()), Param::Text(format!("Hostile {i}"))],
        )
        .unwrap();
        src.execute(
            "INSERT INTO arr_monthly (account_id, month, arr) VALUES (?, '2026-09-01', 1200)",
            &[Param::Text(id.to_string())],
        )
        .unwrap();
    }
    let out_dir = dir.path().join("out");
    let out = review(dir.path(), &url, &out_dir, &["--all"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = documents(&out_dir);
    assert_eq!(docs.len(), 2 * (ids.len() + 2));
    // Nothing escaped the output folder.
    assert!(!dir.path().join("escape.pdf").exists() && !out_dir.join("escape.pdf").exists());
    let all: Vec<PathBuf> = walk(dir.path());
    for p in &all {
        if p.extension().is_some_and(|e| e == "pdf") {
            assert!(
                p.starts_with(out_dir.join("review/2026-Q3")),
                "{p:?} outside the output folder"
            );
        }
    }
    let m = manifest(&out_dir, "manifest.jsonl");
    let names: Vec<String> = m
        .iter()
        .map(|r| r["files"][0].as_str().unwrap().to_lowercase())
        .collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "{names:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn an_unwritable_output_folder_is_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let (url, _src) = demo(dir.path(), 2);
    let blocker = dir.path().join("file-not-folder");
    std::fs::write(&blocker, b"x").unwrap();
    let out = review(dir.path(), &url, &blocker, &["--all"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not create the output folder"), "{err}");
}

#[test]
fn unknown_account_and_missing_selection_are_clear() {
    let dir = tempfile::tempdir().unwrap();
    let (url, _src) = demo(dir.path(), 2);
    let out_dir = dir.path().join("out");
    let out = review(dir.path(), &url, &out_dir, &["--account", "NOPE-1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no account \"NOPE-1\""));
    let out = review(dir.path(), &url, &out_dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("say which accounts"));
}

/// Batch tools in this space have shipped documents holding another customer's data. Every
/// document of a parallel 400-account run names its own account, carries its own value
/// figure, and names no other account.
#[test]
fn a_parallel_run_never_mixes_accounts() {
    use std::collections::{HashMap, HashSet};

    let dir = tempfile::tempdir().unwrap();
    let (url, src) = demo(dir.path(), 400);
    let out_dir = dir.path().join("out");
    let out = review(dir.path(), &url, &out_dir, &["--all", "--jobs", "2"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let period = recap::period::Period::parse("2026-Q3").unwrap();
    let config = Config::default();
    let catalog = recap::locale::Catalog::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
        "en",
    )
    .unwrap();
    let accounts = src.load_all(&recap::source::Selection::default()).unwrap();
    assert_eq!(accounts.len(), 400);
    let names: HashMap<String, String> = accounts
        .iter()
        .map(|a| (a.account.name.clone(), a.account.account_id.clone()))
        .collect();
    assert_eq!(names.len(), 400, "demo names are unique");
    let longest = names
        .keys()
        .map(|n| n.split_whitespace().count())
        .max()
        .unwrap();

    let folder = out_dir.join("review/2026-Q3");
    let pdfs: Vec<PathBuf> = accounts
        .iter()
        .map(|a| folder.join(format!("{}.pdf", a.account.account_id)))
        .collect();
    if !common::checkers::poppler("every PDF's text names its own account") {
        return;
    }
    // pdftotext on all files, in two threads.
    let texts: Vec<String> = std::thread::scope(|s| {
        let halves: Vec<_> = pdfs
            .chunks(200)
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|p| {
                            let o = Command::new("pdftotext")
                                .arg(p)
                                .arg("-")
                                .output()
                                .expect("pdftotext (poppler-utils)");
                            String::from_utf8_lossy(&o.stdout).into_owned()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        halves.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    for ((a, text), pdf) in accounts.iter().zip(&texts).zip(&pdfs) {
        let html = std::fs::read_to_string(pdf.with_extension("html")).unwrap();
        let own = &a.account.name;
        assert!(
            text.contains(own.as_str()) && html.contains(own.as_str()),
            "{own} missing from its own documents"
        );
        // Every run of 2..=longest words that is an account name must be this account's.
        for doc in [text.as_str(), html.as_str()] {
            let words: Vec<&str> = doc
                .split(|c: char| c.is_whitespace() || c == '<' || c == '>')
                .filter(|w| !w.is_empty())
                .collect();
            let mut seen = HashSet::new();
            for n in 2..=longest {
                for w in words.windows(n) {
                    let candidate = w.join(" ");
                    if let Some(id) = names.get(&candidate) {
                        seen.insert(id.clone());
                    }
                }
            }
            seen.remove(&a.account.account_id);
            assert!(
                seen.is_empty(),
                "{}'s document names other accounts: {seen:?}",
                a.account.account_id
            );
        }
        let metrics = recap::metrics::account_metrics(a, &period, &config.health);
        if let Some(v) = metrics.value_total {
            // The review is in its executive sponsor's language, money as that locale writes it.
            let sponsor = a
                .contacts
                .iter()
                .filter(|c| c.role == "executive_sponsor" && !c.locale.trim().is_empty())
                .min_by(|x, y| x.contact_id.cmp(&y.contact_id))
                .map(|c| c.locale.as_str());
            let t = catalog.resolve(sponsor).unwrap().texts;
            let money = t.fmt.money(v, &a.account.currency);
            assert!(
                html.contains(&money),
                "{}: value {money} not in its HTML",
                a.account.account_id
            );
        }
    }
}

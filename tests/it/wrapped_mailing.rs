//! `recap wrapped` end to end on a demo database: every selected account accounted for, the
//! recipients a mailing tool may send to (and nobody else), emails that keep the mail rules,
//! MIME messages any mail library parses, exact image sizes, and the same files whether the
//! run is sharded or not.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::{exec, recap};
use recap::config::Config;
use recap::source::{Param, Source};

const BASE: &str = "https://cdn.example.com/wrapped/2026";

struct Demo {
    dir: tempfile::TempDir,
    url: String,
}

fn demo(accounts: usize) -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, accounts, 42).unwrap();
    src.block_on(src.pool().close());
    Demo { dir, url }
}

fn wrapped(d: &Demo, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "wrapped",
        "--database-url",
        &d.url,
        "--year",
        "2026",
        "--base-url",
        BASE,
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = recap(d.dir.path(), &args);
    assert!(
        o.status.success(),
        "recap wrapped {extra:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// The rows of a CSV file as maps from header to value.
fn csv_rows(path: &Path) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    r.records()
        .map(|rec| {
            headers
                .iter()
                .cloned()
                .zip(rec.unwrap().iter().map(str::to_string))
                .collect()
        })
        .collect()
}

fn png_size(path: &Path) -> (u32, u32) {
    let png = std::fs::read(path).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{path:?}");
    let dim = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (dim(16), dim(20))
}

/// Every file under `dir`, relative, with its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                out.insert(
                    p.strip_prefix(root).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The mail rules of one email's HTML that a test can check offline.
fn check_email_html(path: &Path) {
    let html = std::fs::read_to_string(path).unwrap();
    let name = path.display();
    assert!(html.len() < 80_000, "{name}: {} bytes", html.len());
    let lower = html.to_lowercase();
    for banned in [
        "<script",
        "<svg",
        "data:image",
        "rel=\"stylesheet\"",
        "@import",
    ] {
        assert!(!lower.contains(banned), "{name} has {banned}");
    }
    assert!(lower.contains("<html lang=\""), "{name}: no lang");
    assert!(!html.contains("\\u{"), "{name}: a Rust escape in the HTML");
    // Every image: an https address under the base URL, alt text, a width and a height.
    for img in html.split("<img").skip(1) {
        let tag = &img[..img.find('>').unwrap()];
        let attr = |a: &str| {
            tag.split(&format!(" {a}=\""))
                .nth(1)
                .map(|v| v[..v.find('"').unwrap()].to_string())
        };
        let src = attr("src").unwrap_or_default();
        assert!(src.starts_with(&format!("{BASE}/")), "{name}: src {src}");
        assert!(
            attr("alt").is_some_and(|a| a.chars().any(|c| c.is_ascii_digit())),
            "{name}: alt {tag}"
        );
        assert!(
            attr("width").is_some_and(|w| w.parse::<u32>().is_ok()),
            "{name}: width {tag}"
        );
        assert!(
            attr("height").is_some_and(|h| h.parse::<u32>().is_ok()),
            "{name}: height {tag}"
        );
    }
    for href in html.split("href=\"").skip(1) {
        let url = &href[..href.find('"').unwrap()];
        assert!(
            url.starts_with("https://") || url == "{{unsubscribe_url}}",
            "{name}: link {url}"
        );
    }
    assert!(
        html.contains("href=\"{{unsubscribe_url}}\""),
        "{name}: no unsubscribe link"
    );
}

/// An attribute value as a browser reads it: `&amp;`, `&quot;` and `&#xHEX;` decoded.
fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';').map(|e| at + e).unwrap();
        let entity = &rest[at + 1..end];
        match entity {
            "amp" => out.push('&'),
            "quot" => out.push('"'),
            "lt" => out.push('<'),
            "gt" => out.push('>'),
            e => {
                let hex = e.strip_prefix("#x").unwrap_or_else(|| panic!("entity {e}"));
                out.push(char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap());
            }
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Copies of the emails with the mailing tool's merge tag filled in, as recipients get them.
fn as_sent(emails: &[PathBuf], tag: &str, dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    emails
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let html = std::fs::read_to_string(e).unwrap();
            assert!(html.contains(tag), "{e:?} has no unsubscribe tag");
            let sent = dir.join(format!("{i}-{}", e.file_name().unwrap().to_string_lossy()));
            let html = html.replace(tag, "https://mail.example.com/unsubscribe?u=1");
            std::fs::write(&sent, html).unwrap();
            sent
        })
        .collect()
}

#[test]
fn a_run_makes_every_file_and_accounts_for_every_account() {
    let d = demo(24);
    let out = d.dir.path().join("out");
    wrapped(&d, &out, &["--all", "--story", "--eml"]);
    let folder = out.join("wrapped/2026");

    let src = Source::connect(&d.url, &Config::default(), false).unwrap();
    let ids: BTreeSet<String> = common::dump(&src, "accounts")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    let contacts = common::dump(&src, "contacts");

    // accounts.csv: every account once, with a status, and a reason when nobody is mailed.
    let accounts = csv_rows(&folder.join("accounts.csv"));
    let listed: BTreeSet<String> = accounts.iter().map(|r| r["account_id"].clone()).collect();
    assert_eq!(listed, ids);
    assert_eq!(accounts.len(), ids.len());
    for a in &accounts {
        match a["status"].as_str() {
            "ready" => assert!(a["recipients"].parse::<usize>().unwrap() > 0),
            "no_recipients" | "no_wrapped" => assert!(!a["reason"].is_empty(), "{a:?}"),
            other => panic!("status {other}: {a:?}"),
        }
    }
    let ready: Vec<&String> = accounts
        .iter()
        .filter(|a| a["status"] == "ready")
        .map(|a| &a["account_id"])
        .collect();
    assert!(ready.len() >= 18, "only {} of 24 ready", ready.len());

    // recipients.csv: never an unsubscribed contact, never one address twice in an account.
    let unsubscribed: BTreeSet<String> = contacts
        .iter()
        .filter(|c| c[6] == "1" || c[6] == "true")
        .map(|c| c[0].clone())
        .collect();
    assert!(
        !unsubscribed.is_empty(),
        "the demo has unsubscribed contacts"
    );
    let recipients = csv_rows(&folder.join("recipients.csv"));
    let mut seen = BTreeSet::new();
    for r in &recipients {
        assert!(!unsubscribed.contains(&r["contact_id"]), "{r:?}");
        assert!(
            seen.insert((r["account_id"].clone(), r["email"].to_lowercase())),
            "duplicate {r:?}"
        );
        assert!(!r["subject"].is_empty() && !r["preheader"].is_empty());
        for (k, v) in r {
            if !k.ends_with("_url") && !k.ends_with("_path") && !k.ends_with("_sha256") {
                assert!(v.chars().count() <= 255, "{k}: {v}");
            }
        }
        for col in ["html", "text", "pdf", "image"] {
            let path = folder.join(&r[&format!("{col}_path")]);
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            let sha = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&bytes));
            assert_eq!(r[&format!("{col}_sha256")], sha, "{col} of {r:?}");
            assert_eq!(
                r[&format!("{col}_url")],
                format!("{BASE}/{}", r[&format!("{col}_path")])
            );
        }
    }
    let jsonl = std::fs::read_to_string(folder.join("recipients.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), recipients.len());

    // The account's files: PDF one card a page, images of exact sizes, an email per role.
    for id in &ready {
        let dir = folder.join(id);
        assert_eq!(png_size(&dir.join("share.png")), (1200, 630), "{id}");
        assert_eq!(png_size(&dir.join("story.png")), (1080, 1920), "{id}");
        if common::checkers::poppler("the cards' PDF text") {
            let text = common::pdf_text(&dir.join("wrapped.pdf"));
            assert!(text.contains("2026"), "{id}: {text}");
        }
    }
    let emails: Vec<PathBuf> = files(&folder)
        .into_keys()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert!(emails.len() > ready.len(), "an email per role");
    for e in &emails {
        check_email_html(&folder.join(e));
    }
    // The share image shows the account's lead card: every email that shows it says so in
    // its alt text, whichever card the reader's role leads with.
    for id in &ready {
        let sponsor: Vec<&BTreeMap<String, String>> = recipients
            .iter()
            .filter(|r| &&r["account_id"] == id && r["role"] == "executive_sponsor")
            .collect();
        let Some(sponsor) = sponsor.first() else {
            continue;
        };
        for r in recipients.iter().filter(|r| &&r["account_id"] == id) {
            let html = std::fs::read_to_string(folder.join(&r["html_path"])).unwrap();
            if let Some(at) = html.find("<img alt=\"")
                && r["locale"] == sponsor["locale"]
            {
                let alt = &html[at + 10..];
                let alt = unescape(&alt[..alt.find('"').unwrap()]);
                assert_eq!(alt, sponsor["preheader"], "{r:?}");
            }
        }
    }

    // Every .eml: parsed by Python's email package, both parts, both unsubscribe headers.
    let emls: Vec<String> = recipients
        .iter()
        .map(|r| folder.join(&r["eml_path"]).display().to_string())
        .collect();
    assert_eq!(emls.len(), recipients.len());
    let script = r#"
import sys, email
from email import policy
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        m = email.message_from_binary_file(f, policy=policy.default)
    assert m['List-Unsubscribe'].startswith('<https://'), (path, m['List-Unsubscribe'])
    assert m['List-Unsubscribe-Post'] == 'List-Unsubscribe=One-Click', path
    assert m['Message-ID'] and m['Date'] and m['To'] and m['From'] and m['Subject'], path
    kinds = sorted(p.get_content_type() for p in m.walk() if not p.is_multipart())
    assert kinds == ['text/html', 'text/plain'], (path, kinds)
    html = m.get_body(('html',)).get_content()
    assert m['List-Unsubscribe'][1:-1].replace('&', '&amp;') in html, path
    assert '{{unsubscribe_url}}' not in html, path
print(len(sys.argv) - 1)
"#;
    if let Some(printed) =
        common::python("the emails read by Python's email package", script, &emls)
    {
        assert_eq!(
            String::from_utf8_lossy(&printed).trim(),
            emls.len().to_string()
        );
    }

    // A rerun skips every account and writes the same manifests.
    let before = files(&folder);
    let o = wrapped(&d, &out, &["--all", "--story", "--eml"]);
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(said.contains("0 written"), "{said}");
    let after = files(&folder);
    for (p, bytes) in &before {
        // The engine's own manifest says "skipped" now; the mailing's files are the same.
        let name = p.to_string_lossy();
        if !name.starts_with("summary") && !name.starts_with("manifest") {
            assert!(Some(bytes) == after.get(p), "{p:?} changed on a rerun");
        }
    }
}

#[test]
fn a_sharded_run_writes_the_same_files_as_one_run() {
    let d = demo(16);
    let one = d.dir.path().join("one");
    let two = d.dir.path().join("two");
    wrapped(&d, &one, &["--all", "--jobs", "1"]);
    wrapped(&d, &two, &["--all", "--shard", "1/2", "--jobs", "2"]);
    // The second shard reads the peer population one step wrote, as a large run's shards do.
    let peers = d.dir.path().join("peers");
    let o = recap(
        d.dir.path(),
        &[
            "wrapped",
            "--database-url",
            &d.url,
            "--year",
            "2026",
            "--peers-only",
            "--out",
            peers.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let file = peers.join("wrapped/2026/peers.json");
    wrapped(
        &d,
        &two,
        &["--all", "--shard", "2/2", "--peers", file.to_str().unwrap()],
    );
    let o = recap(
        d.dir.path(),
        &[
            "wrapped",
            "--database-url",
            &d.url,
            "--year",
            "2025",
            "--all",
            "--base-url",
            BASE,
            "--peers",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not 2025"));
    let a = files(&one.join("wrapped/2026"));
    let b = files(&two.join("wrapped/2026"));
    let documents = |m: &BTreeMap<PathBuf, Vec<u8>>| -> BTreeMap<PathBuf, Vec<u8>> {
        m.iter()
            .filter(|(p, _)| p.components().count() > 1 && !p.starts_with(".recap"))
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect()
    };
    assert!(documents(&a).len() > 40);
    assert_eq!(documents(&a), documents(&b));
    // The shards' recipients, together, are the run's.
    let mut rows = csv_rows(&two.join("wrapped/2026/recipients-shard-1-of-2.csv"));
    rows.extend(csv_rows(
        &two.join("wrapped/2026/recipients-shard-2-of-2.csv"),
    ));
    rows.sort();
    let mut whole = csv_rows(&one.join("wrapped/2026/recipients.csv"));
    whole.sort();
    assert_eq!(rows, whole);
}

#[test]
fn hostile_names_empty_accounts_and_mailing_tool_headers() {
    let d = demo(6);
    let src = Source::connect(&d.url, &Config::default(), false).unwrap();
    let name = "<script>alert(1)</script> #exit() \u{5e9}\u{5dc}\u{5d5}\u{5dd} 🚀 ".to_string()
        + &"W".repeat(300);
    exec(
        &src,
        "UPDATE accounts SET name = ? WHERE account_id = 'ACC-00001'",
        &[Param::Text(name.clone())],
    );
    // ACC-00002 has no contacts; ACC-00003 only unsubscribed ones.
    exec(
        &src,
        "DELETE FROM contacts WHERE account_id = 'ACC-00002'",
        &[],
    );
    exec(
        &src,
        "UPDATE contacts SET unsubscribed = 1 WHERE account_id = 'ACC-00003'",
        &[],
    );
    // ACC-00004 did nothing in 2026.
    for table in [
        "feature_usage_monthly",
        "goal_measurements",
        "milestones",
        "tickets",
        "nps_responses",
    ] {
        let col = if table == "goal_measurements" {
            "goal_id IN (SELECT goal_id FROM goals WHERE account_id = 'ACC-00004')"
        } else {
            "account_id = 'ACC-00004'"
        };
        exec(&src, &format!("DELETE FROM {table} WHERE {col}"), &[]);
    }
    src.block_on(src.pool().close());

    let out = d.dir.path().join("out");
    wrapped(&d, &out, &["--all", "--for", "braze"]);
    let folder = out.join("wrapped/2026");
    let accounts: BTreeMap<String, BTreeMap<String, String>> =
        csv_rows(&folder.join("accounts.csv"))
            .into_iter()
            .map(|r| (r["account_id"].clone(), r))
            .collect();
    assert_eq!(accounts["ACC-00002"]["status"], "no_recipients");
    assert_eq!(accounts["ACC-00002"]["reason"], "no contacts");
    assert_eq!(accounts["ACC-00003"]["status"], "no_recipients");
    assert!(
        accounts["ACC-00003"]["reason"].contains("unsubscribed"),
        "{:?}",
        accounts["ACC-00003"]
    );
    assert_eq!(accounts["ACC-00004"]["status"], "no_wrapped");
    assert_eq!(accounts["ACC-00004"]["reason"], "no activity in 2026");
    assert_eq!(accounts["ACC-00001"]["status"], "ready");
    let rows = csv_rows(&folder.join("recipients.csv"));
    let hostile = rows
        .iter()
        .find(|r| r["account_id"] == "ACC-00001")
        .unwrap();
    assert_eq!(hostile["account_name"].chars().count(), 255, "{hostile:?}");
    assert!(hostile["html_url"].starts_with(BASE) && hostile["html_url"].ends_with(".html"));

    // Braze imports these columns without mapping.
    let header = std::fs::read_to_string(folder.join("recipients.csv")).unwrap();
    let header = header.lines().next().unwrap();
    assert!(
        header.starts_with("account_id,account_name,external_id,email,first_name,role,language,"),
        "{header}"
    );
    let html = std::fs::read_to_string(
        files(&folder.join("ACC-00001"))
            .into_keys()
            .map(|p| folder.join("ACC-00001").join(p))
            .find(|p| p.extension().is_some_and(|e| e == "html"))
            .unwrap(),
    )
    .unwrap();
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; #exit()"));
    assert!(!html.contains("<script>"));
    assert!(
        html.contains("${set_user_to_unsubscribed_url}"),
        "Braze's tag"
    );

    // Every email, as sent: valid HTML and no accessibility violations, hostile names too.
    let emails: Vec<PathBuf> = files(&folder)
        .into_keys()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| folder.join(p))
        .collect();
    assert!(emails.len() >= 8, "{emails:?}");
    let sent = as_sent(
        &emails,
        "${set_user_to_unsubscribed_url}",
        &d.dir.path().join("sent"),
    );
    common::nu_check(&sent);
    common::axe_check(&sent);
    if common::checkers::poppler("the cards' PDF text") {
        let text = common::pdf_text(&folder.join("ACC-00001/wrapped.pdf"));
        assert!(text.contains("<script>alert(1)</script> #exit()"), "{text}");
    }
}

//! `recap preview` end to end, over HTTP: the page, a review rendered through the document
//! interface (its HTML, its PDF, the PDF's pages as PNG), a message edited in a copied
//! templates folder (an event, then the new sentence), a broken Typst template (the error
//! with file and line) and its fix, and requests for files outside what was rendered (404).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use recap::config::Config;
use recap::source::Source;

use crate::common::checkers;

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A GET: the status and the body (the server answers with a length, or closes).
fn get(port: u16, path: &str) -> (u16, Vec<u8>) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&raw[..end]).to_string();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, raw[end + 4..].to_vec())
}

fn render(port: u16, query: &str) -> serde_json::Value {
    let (status, body) = get(port, &format!("/render?{query}"));
    assert_eq!(status, 200);
    serde_json::from_slice(&body).unwrap()
}

/// Waits for the next `change` event on an open `/events` stream.
fn next_change(events: &mpsc::Receiver<String>) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if let Ok(line) = events.recv_timeout(Duration::from_millis(200))
            && line.starts_with("event: change")
        {
            return;
        }
    }
    panic!("no change event within 20 s");
}

fn text(port: u16, url: &str) -> String {
    let (status, body) = get(port, url);
    assert_eq!(status, 200, "{url}");
    String::from_utf8(body).unwrap()
}

/// A demo database of `accounts`, a copy of the templates, and the preview on them.
fn start(accounts: usize) -> (tempfile::TempDir, std::path::PathBuf, Server, u16) {
    start_with(accounts, None, &[], &[])
}

/// [`start`], with a `recap.toml` in the preview's folder, more arguments, and more
/// environment.
fn start_with(
    accounts: usize,
    config: Option<&str>,
    args: &[&str],
    env: &[(&str, String)],
) -> (tempfile::TempDir, std::path::PathBuf, Server, u16) {
    let dir = tempfile::tempdir().unwrap();
    if let Some(config) = config {
        std::fs::write(dir.path().join("recap.toml"), config).unwrap();
    }
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, accounts, 42).unwrap();
    src.block_on(src.pool().close());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let templates = dir.path().join("templates");
    crate::common::copy_dir(&root.join("templates"), &templates);

    let mut child = Command::new(env!("CARGO_BIN_EXE_recap"))
        .args(["preview", "--port", "0", "--database-url", &url])
        .arg("--templates")
        .arg(&templates)
        .arg("--fonts")
        .arg(root.join("fonts"))
        .args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(dir.path())
        .env("RUST_LOG", "error")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let server = Server(child);
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    let port: u16 = first
        .trim()
        .strip_prefix("recap preview: http://127.0.0.1:")
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {first:?}"));
    (dir, templates, server, port)
}

/// The page in a real headless Chromium, driven as its user would (tests/tools/preview.js):
/// no reload and no server restart from the review to a changed message, a broken and a
/// fixed template, German and Wrapped; axe-core finds nothing.
#[test]
fn the_page_follows_the_files_in_chromium() {
    let check = "the preview page in Chromium";
    let Some(chromium) = checkers::chromium(check) else {
        return;
    };
    let Some(modules) = checkers::node_modules(check) else {
        return;
    };
    let (_dir, templates, _server, port) = start(5);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/preview.js");
    let out = Command::new("node")
        .arg(script)
        .arg(format!("http://127.0.0.1:{port}/"))
        .arg(&templates)
        .env("NODE_PATH", modules)
        .env("RECAP_CHROMIUM", chromium)
        .output()
        .expect("node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    for step in [
        "review",
        "message_followed",
        "recovered",
        "german",
        "wrapped",
    ] {
        assert_eq!(report[step], true, "{step}: {report}");
    }
    assert_eq!(report["violations"], serde_json::json!([]), "{report}");
    let email = &report["email"];
    assert_eq!(email["widths"], serde_json::json!([600, 400]), "{report}");
    assert!(
        email["narrow_scroll_width"].as_u64().unwrap() <= 400,
        "the email is wider than a phone: {report}"
    );
    assert!(!email["roles"].as_array().unwrap().is_empty(), "{report}");
    let search: Vec<&str> = report["search"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        search,
        [
            "ACC-00001",
            "ACC-00002",
            "ACC-00003",
            "ACC-00004",
            "ACC-00005"
        ]
    );
}

#[test]
fn preview_follows_the_templates_and_serves_only_what_it_rendered() {
    let (dir, templates, server, port) = start(5);
    std::fs::write(dir.path().join("secret.txt"), "not to be served").unwrap();

    let (status, page) = get(port, "/");
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&page).contains("<title>recap preview</title>"));
    let choices: serde_json::Value = serde_json::from_slice(&get(port, "/choices").1).unwrap();
    assert_eq!(choices["accounts"][0]["id"], "ACC-00001", "{choices}");
    assert!(
        choices["languages"].as_array().unwrap().len() >= 8,
        "{choices}"
    );
    assert_eq!(
        choices["month"], "2026-09",
        "the latest month with ARR: {choices}"
    );

    // The events stream, read line by line on its own thread.
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        events,
        "GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let (tx, changes) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(events).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });

    let query = "account=ACC-00001&period=2026-Q3&lang=en";
    let r = render(port, query);
    assert_eq!(r["ok"], true, "{r}");
    let html = text(port, r["html"].as_str().unwrap());
    assert!(html.contains("Prepared by"), "{html}");
    let (status, pdf) = get(port, r["pdf"].as_str().unwrap());
    assert!(status == 200 && pdf.starts_with(b"%PDF-"));
    let pages = r["images"].as_array().unwrap();
    assert!(!pages.is_empty());
    let (status, png) = get(port, pages[0].as_str().unwrap());
    assert!(status == 200 && png.starts_with(b"\x89PNG"));

    // Rendering reads every template and font: reads are not changes.
    let quiet_until = Instant::now() + Duration::from_millis(1500);
    while Instant::now() < quiet_until {
        if let Ok(line) = changes.recv_timeout(Duration::from_millis(100)) {
            assert!(
                !line.starts_with("event: change"),
                "a render set off a change"
            );
        }
    }

    // Only the last render's outputs, by their exact names.
    let base = r["html"].as_str().unwrap().rsplit_once('/').unwrap().0;
    for path in [
        format!("{base}/../secret.txt"),
        format!("{base}/%2e%2e%2fsecret.txt"),
        format!("{base}/..%2f..%2fsecret.txt"),
        format!("{base}/%2fetc%2fpasswd"),
        "/out/0/page-1.png".to_string(),
        "/templates/review.typ".to_string(),
        "/secret.txt".to_string(),
        format!("{base}/"),
    ] {
        assert_eq!(get(port, &path).0, 404, "{path}");
    }

    // A message changed: an event, and the new words on the next render.
    let ftl = templates.join("locales/en/review.ftl");
    let words = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, words.replace("Prepared by", "Put together by")).unwrap();
    next_change(&changes);
    let r = render(port, query);
    assert_eq!(r["ok"], true, "{r}");
    let html = text(port, r["html"].as_str().unwrap());
    assert!(
        html.contains("Put together by") && !html.contains("Prepared by"),
        "{html}"
    );

    // 100 quick saves in a row: one change, so one render. A save that came more than the
    // debounce (100 ms) after the one before may start a change of its own (a loaded machine
    // can pause this thread that long): at most one change per such pause.
    let mut last = Instant::now();
    let mut pauses = 0;
    for i in 0..100 {
        std::fs::write(
            &ftl,
            format!(
                "{}\n# save {i}\n",
                words.replace("Prepared by", "Put together by")
            ),
        )
        .unwrap();
        if i > 0 && last.elapsed() > Duration::from_millis(80) {
            pauses += 1;
        }
        last = Instant::now();
        std::thread::sleep(Duration::from_millis(5));
    }
    next_change(&changes);
    let mut more = 0;
    let mut quiet_until = Instant::now() + Duration::from_millis(1000);
    while Instant::now() < quiet_until {
        if let Ok(line) = changes.recv_timeout(Duration::from_millis(100))
            && line.starts_with("event: change")
        {
            more += 1;
            quiet_until = Instant::now() + Duration::from_millis(1000);
        }
    }
    assert!(
        more <= pauses,
        "100 saves made {} changes, with {pauses} pauses between saves",
        more + 1
    );

    // A broken template: the error names the file and line; the fix brings the review back.
    let typ = templates.join("review.typ");
    let good = std::fs::read_to_string(&typ).unwrap();
    let broken = format!("{good}\n#let broken = (\n");
    let line = broken
        .lines()
        .position(|l| l.starts_with("#let broken"))
        .unwrap()
        + 1;
    std::fs::write(&typ, broken).unwrap();
    next_change(&changes);
    let r = render(port, query);
    assert_eq!(r["ok"], false, "{r}");
    let error = r["error"].as_str().unwrap();
    let place = format!("review.typ:{line}:");
    assert!(error.contains(&place), "{place} not in {error}");
    std::fs::write(&typ, &good).unwrap();
    next_change(&changes);
    let r = render(port, query);
    assert_eq!(r["ok"], true, "{r}");

    // Data is read at each render: a sponsor whose locale has no messages, set now, shows
    // as the warning a run prints.
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), false).unwrap();
    src.execute(
        "UPDATE contacts SET locale = 'zh' WHERE account_id = 'ACC-00002' AND role = 'executive_sponsor'",
        &[],
    )
    .unwrap();
    src.block_on(src.pool().close());
    let r = render(port, "account=ACC-00002&period=2026-Q3");
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(
        r["warnings"],
        serde_json::json!(["the reader's locale has no messages: zh → en"]),
        "{r}"
    );

    // Wrapped, in German: the card pages, the share and story images, the email that shows them.
    let r = render(port, "kind=wrapped&account=ACC-00001&period=2026&lang=de");
    assert_eq!(r["ok"], true, "{r}");
    let images: Vec<&str> = r["images"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_str().unwrap())
        .collect();
    assert!(
        images.iter().any(|i| i.ends_with("/page-1.png")),
        "{images:?}"
    );
    assert!(
        images.iter().any(|i| i.ends_with("/ACC-00001/share.png")),
        "{images:?}"
    );
    let email = text(port, r["html"].as_str().unwrap());
    assert!(email.contains("lang=\"de"), "{email}");
    let share = format!("http://127.0.0.1:{port}/out/latest/ACC-00001/share.png");
    assert!(email.contains(&share), "{share} not in the email");
    let (status, png) = get(port, "/out/latest/ACC-00001/share.png");
    assert!(status == 200 && png.starts_with(b"\x89PNG"));
    assert_eq!(get(port, "/out/latest/ACC-00001/../../secret.txt").0, 404);

    // The pack of a month: its PDF's pages and its page, no account needed.
    let r = render(port, "kind=pack&period=2026-09&lang=en");
    assert_eq!(r["ok"], true, "{r}");
    assert!(r["html"].as_str().unwrap().ends_with("/pack.html"), "{r}");
    assert!(r["pdf"].as_str().unwrap().ends_with("/pack.pdf"), "{r}");
    let pack = text(port, r["html"].as_str().unwrap());
    assert!(pack.contains("September 2026"), "{pack}");
    let r = render(port, "kind=pack&period=2031-01");
    assert_eq!(r["ok"], false, "{r}");
    assert!(
        r["error"].as_str().unwrap().contains("no pack for 2031-01"),
        "{r}"
    );

    // The call brief of an account as of a date, in the language asked for: one page.
    let r = render(
        port,
        "kind=brief&account=ACC-00001&period=2026-09-30&lang=de&paper=letter",
    );
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["pages"], 1, "{r}");
    assert!(r["pdf"].as_str().unwrap().ends_with("ACC-00001.pdf"), "{r}");
    let brief = text(port, r["html"].as_str().unwrap());
    assert!(brief.contains("lang=\"de"), "{brief}");
    let r = render(port, "kind=brief&account=ACC-00001&period=30.09.2026");
    assert_eq!(r["ok"], false, "{r}");
    assert!(r["error"].as_str().unwrap().contains("YYYY-MM-DD"), "{r}");
    drop(server);
}

/// `text` for a URL's query.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The `change` events of the preview, line by line, read on their own thread.
fn events(port: u16) -> mpsc::Receiver<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    lines
}

/// No `change` event for `ms` milliseconds.
fn no_change_for(events: &mpsc::Receiver<String>, ms: u64, why: &str) {
    let until = Instant::now() + Duration::from_millis(ms);
    while Instant::now() < until {
        if let Ok(line) = events.recv_timeout(Duration::from_millis(50)) {
            assert!(!line.starts_with("event: change"), "{why}");
        }
    }
}

/// A PNG's width and height, from its header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG"));
    let be = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

fn first_page(port: u16, r: &serde_json::Value) -> (u32, u32) {
    let (status, png) = get(port, r["images"][0].as_str().unwrap());
    assert_eq!(status, 200);
    png_size(&png)
}

/// The pickers: an account found by (a part of) its name, the paper and the layout, and
/// Wrapped's emails, one per role and language, each served with its text part.
#[test]
fn preview_finds_accounts_by_name_and_offers_every_choice() {
    let (dir, _templates, server, port) = start(12);
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), false).unwrap();
    let names = common_names(&src);
    src.block_on(src.pool().close());
    let (id, name) = names
        .iter()
        .find(|(_, n)| names.iter().filter(|(_, o)| o.contains(n.as_str())).count() == 1)
        .expect("an account whose name is in no other's")
        .clone();

    // The search: by a part of the name in another case, and by a part of the ids.
    let part: String = name
        .chars()
        .skip(1)
        .take(5)
        .collect::<String>()
        .to_uppercase();
    let found: serde_json::Value =
        serde_json::from_slice(&get(port, &format!("/accounts?q={}", encode(&part))).1).unwrap();
    assert!(
        found["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == id.as_str() && a["name"] == name.as_str()),
        "{part:?} did not find {id}: {found}"
    );
    let found: serde_json::Value =
        serde_json::from_slice(&get(port, "/accounts?q=acc-0000").1).unwrap();
    let ids: Vec<&str> = found["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        (1..=9).map(|i| format!("ACC-0000{i}")).collect::<Vec<_>>()
    );
    // A `%` is a character like any other, not a wildcard.
    let found: serde_json::Value = serde_json::from_slice(&get(port, "/accounts?q=%25").1).unwrap();
    assert_eq!(found["accounts"], serde_json::json!([]), "{found}");

    // Rendered by its name; an unknown name is an error that says so.
    let r = render(
        port,
        &format!("account={}&period=2026-Q3&lang=en", encode(&name)),
    );
    assert_eq!(r["ok"], true, "{r}");
    assert!(
        r["html"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/{id}.html")),
        "{r}"
    );
    let r = render(port, "account=No+Such+Customer&period=2026-Q3");
    assert_eq!(r["ok"], false, "{r}");
    assert!(
        r["error"]
            .as_str()
            .unwrap()
            .contains("there is no account \"No Such Customer\""),
        "{r}"
    );

    // Paper and layout: A4 is 595 points wide, Letter 612; the deck's pages are landscape.
    let review = "account=ACC-00001&period=2026-Q3&lang=en";
    // (A4 is 841.89 points high.)
    let (w, h) = first_page(port, &render(port, review));
    assert!(w == 595 && (841..=842).contains(&h), "A4: {w} × {h}");
    let (w, h) = first_page(port, &render(port, &format!("{review}&paper=letter")));
    assert_eq!((w, h), (612, 792));
    let (w, h) = first_page(port, &render(port, &format!("{review}&layout=deck")));
    assert!(w > h, "a deck's page is {w} × {h}");

    // Wrapped: an email per role and language among the recipients, each with its text.
    let r = render(port, "kind=wrapped&account=ACC-00001&period=2026");
    assert_eq!(r["ok"], true, "{r}");
    let emails = r["emails"].as_array().unwrap();
    assert!(!emails.is_empty(), "{r}");
    let roles: std::collections::BTreeSet<&str> =
        emails.iter().map(|e| e["role"].as_str().unwrap()).collect();
    assert!(roles.contains("executive_sponsor"), "{roles:?}");
    for e in emails {
        let html = text(port, e["html"].as_str().unwrap());
        assert!(
            html.contains(&format!("lang=\"{}", e["lang"].as_str().unwrap())),
            "{e}"
        );
        let plain = text(port, e["text"].as_str().unwrap());
        assert!(!plain.trim().is_empty(), "{e}");
    }
    assert_eq!(r["html"], emails[0]["html"], "{r}");
    drop(server);
}

/// Every account's id and name.
fn common_names(src: &Source) -> Vec<(String, String)> {
    use sqlx::Row;
    let sql = "SELECT account_id, name FROM accounts ORDER BY account_id";
    src.block_on(sqlx::query(sql).fetch_all(src.pool()))
        .unwrap()
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect()
}

/// What a run would warn about is said beside the document: a message missing in the
/// reader's language (the English one shown), and an edit that made the PDF a page longer.
#[test]
fn preview_shows_the_warnings_a_run_prints() {
    let (_dir, templates, server, port) = start(3);
    let changes = events(port);
    let query = "account=ACC-00001&period=2026-Q3";
    let r = render(port, &format!("{query}&lang=en"));
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["warnings"], serde_json::json!([]), "{r}");
    let pages = r["pages"].as_u64().unwrap();
    assert!(pages > 0, "{r}");

    // The German for "Prepared by" (a message of several lines) taken out.
    let ftl = templates.join("locales/de/review.ftl");
    let words = std::fs::read_to_string(&ftl).unwrap();
    let id = "review-prepared-by";
    assert!(words.contains("Erstellt von"), "{words}");
    let mut kept = Vec::new();
    let mut inside = false;
    for line in words.lines() {
        if line.starts_with(id) {
            inside = true;
        } else if inside && !line.starts_with(' ') {
            inside = false;
        }
        if !inside {
            kept.push(line);
        }
    }
    let without = kept.join("\n");
    assert!(!without.contains("Erstellt von"), "{without}");
    std::fs::write(&ftl, without).unwrap();
    next_change(&changes);
    let r = render(port, &format!("{query}&lang=de"));
    assert_eq!(r["ok"], true, "{r}");
    let warning = format!("the message {id} is missing in locales/de; using the English one");
    assert!(
        r["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w.as_str().unwrap().starts_with(&warning)),
        "{warning} not in {r}"
    );
    assert!(text(port, r["html"].as_str().unwrap()).contains("Prepared by"));

    // A page more than before the edit.
    let typ = templates.join("review.typ");
    let good = std::fs::read_to_string(&typ).unwrap();
    std::fs::write(&typ, format!("{good}\n#pagebreak()\nOne more page.\n")).unwrap();
    next_change(&changes);
    let r = render(port, &format!("{query}&lang=en"));
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["pages"], pages + 1, "{r}");
    assert_eq!(
        r["warnings"],
        serde_json::json!([format!(
            "the PDF has {} pages, 1 more than before this change",
            pages + 1
        )]),
        "{r}"
    );
    drop(server);
}

/// The page and the search answer while a long render runs: renders wait for one another,
/// nothing else waits for a render.
#[test]
fn preview_answers_while_it_renders() {
    let (_dir, templates, server, port) = start(2);
    // A template that takes seconds to evaluate (16 million additions).
    let typ = templates.join("review.typ");
    let good = std::fs::read_to_string(&typ).unwrap();
    std::fs::write(
        &typ,
        format!(
            "{good}\n#let n = 0\n#for i in range(4000) {{ for j in range(4000) {{ n += 1 }} }}\n#hide[#n]\n"
        ),
    )
    .unwrap();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let slow = {
        let done = done.clone();
        std::thread::spawn(move || {
            let r = render(port, "account=ACC-00001&period=2026-Q3&lang=en");
            done.store(true, std::sync::atomic::Ordering::SeqCst);
            r
        })
    };
    let mut answered_during = 0;
    while !done.load(std::sync::atomic::Ordering::SeqCst) {
        assert_eq!(get(port, "/").0, 200);
        let found: serde_json::Value =
            serde_json::from_slice(&get(port, "/accounts?q=ACC").1).unwrap();
        assert_eq!(found["accounts"].as_array().unwrap().len(), 2, "{found}");
        if !done.load(std::sync::atomic::Ordering::SeqCst) {
            answered_during += 1;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let r = slow.join().unwrap();
    assert_eq!(r["ok"], true, "{r}");
    assert!(
        answered_during > 0,
        "nothing was answered while the render ran"
    );
    drop(server);
}

/// `recap.toml` is watched through its folder (an editor's save replaces the file), a broken
/// one at the start is shown on the page rather than stopping the server, and files that
/// only share its folder (a run's `out/`) are not changes.
#[test]
fn preview_starts_with_a_broken_config_and_follows_its_fix() {
    let broken = "[brand]\ncompany = \"Acme\naccent = 1\n";
    let (dir, _templates, server, port) = start_with(2, Some(broken), &[], &[]);
    let changes = events(port);
    let query = "account=ACC-00001&period=2026-Q3&lang=en";
    let r = render(port, query);
    assert_eq!(r["ok"], false, "{r}");
    assert!(r["error"].as_str().unwrap().contains("recap.toml"), "{r}");

    std::fs::create_dir_all(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join("out/other.txt"), "a run's file").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "beside recap.toml").unwrap();
    no_change_for(&changes, 600, "a file beside recap.toml set off a change");

    // Saved as editors do: a new file renamed over the old one.
    let fixed = dir.path().join(".recap.toml.swp");
    std::fs::write(
        &fixed,
        "[brand]\ncompany = \"Acme Analytics\"\naccent = \"#1f6feb\"\n",
    )
    .unwrap();
    std::fs::rename(&fixed, dir.path().join("recap.toml")).unwrap();
    next_change(&changes);
    let r = render(port, query);
    assert_eq!(r["ok"], true, "{r}");
    assert!(text(port, r["html"].as_str().unwrap()).contains("Acme Analytics"));

    // Saved again the same way: the watch survived the first rename.
    std::fs::write(
        &fixed,
        "[brand]\ncompany = \"Acme Insights\"\naccent = \"#1f6feb\"\n",
    )
    .unwrap();
    std::fs::rename(&fixed, dir.path().join("recap.toml")).unwrap();
    next_change(&changes);
    let r = render(port, query);
    assert!(text(port, r["html"].as_str().unwrap()).contains("Acme Insights"));
    drop(server);
}

/// `--open` hands the page's address to the platform's opener (here a stand-in `xdg-open`
/// first on the PATH that writes down what it was given).
#[cfg(target_os = "linux")]
#[test]
fn preview_open_launches_the_browser_on_its_address() {
    use std::os::unix::fs::PermissionsExt;
    let bin = tempfile::tempdir().unwrap();
    let opened = bin.path().join("opened");
    let opener = bin.path().join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\necho \"$@\" > {}\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let (_dir, _templates, server, port) = start_with(
        1,
        None,
        &["--open"],
        &[("PATH", path), ("BROWSER", String::new())],
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while !opened.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let said = std::fs::read_to_string(&opened).expect("--open ran no opener");
    assert_eq!(said.trim(), format!("http://127.0.0.1:{port}/"));
    drop(server);
}

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

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// A demo database of `accounts`, a copy of the templates, and the preview on them.
fn start(accounts: usize) -> (tempfile::TempDir, std::path::PathBuf, Server, u16) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, accounts, 42).unwrap();
    src.block_on(src.pool().close());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let templates = dir.path().join("templates");
    copy_dir(&root.join("templates"), &templates);

    let mut child = Command::new(env!("CARGO_BIN_EXE_recap"))
        .args(["preview", "--port", "0", "--database-url", &url])
        .arg("--templates")
        .arg(&templates)
        .arg("--fonts")
        .arg(root.join("fonts"))
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

    // 100 quick saves in a row: one change, so one render.
    for i in 0..100 {
        std::fs::write(
            &ftl,
            format!(
                "{}\n# save {i}\n",
                words.replace("Prepared by", "Put together by")
            ),
        )
        .unwrap();
        std::thread::sleep(Duration::from_millis(5));
    }
    next_change(&changes);
    let quiet_until = Instant::now() + Duration::from_millis(1000);
    while Instant::now() < quiet_until {
        if let Ok(line) = changes.recv_timeout(Duration::from_millis(100)) {
            assert!(
                !line.starts_with("event: change"),
                "100 saves made more than one change"
            );
        }
    }

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
    drop(server);
}

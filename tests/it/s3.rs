//! `--out s3://bucket/prefix` against a real S3 API server on 127.0.0.1 (moto's server mode,
//! checking every request's signature), the bucket read back with boto3: the same keys and
//! bytes as a run to disk, content types and Cache-Control, resume without listing the bucket,
//! no secret anywhere; and the faults: throttling and dropped connections retried, a server
//! that goes away mid-run (accounts failed with the reason, the rerun finishes and writes no
//! finished account again), credentials or a bucket that are wrong (exit 2 before any document).

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::s3::{BUCKET, Proxy, S3Server};
use recap::config::Config;
use recap::source::Source;
use serde_json::Value;

/// A command's arguments for an output.
type Args<'a> = dyn Fn(&str) -> Vec<String> + 'a;
/// What a fault case changes in recap's environment.
type Change<'a> = dyn Fn(&mut Command) + 'a;

const BASE: &str = "https://recap-test.s3.example.com/run/wrapped/2026";
const CACHE: &str = "public, max-age=600";

struct Demo {
    dir: tempfile::TempDir,
    url: String,
}

fn demo(accounts: usize, config: &str) -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, accounts, 42).unwrap();
    src.block_on(src.pool().close());
    std::fs::write(dir.path().join("recap.toml"), config).unwrap();
    Demo { dir, url }
}

fn wrapped_args<'a>(d: &'a Demo, out: &'a str) -> Vec<&'a str> {
    vec![
        "wrapped",
        "--database-url",
        &d.url,
        "--year",
        "2026",
        "--all",
        "--jobs",
        "2",
        "--base-url",
        BASE,
        "--out",
        out,
    ]
}

/// recap with `server`'s credentials, reaching it at `endpoint`.
fn command(d: &Demo, server: &S3Server, endpoint: &str, args: &[&str]) -> Command {
    let mut cmd = common::recap_command(d.dir.path(), args, "warn");
    server.env(&mut cmd, endpoint);
    cmd
}

fn run(d: &Demo, server: &S3Server, endpoint: &str, args: &[&str]) -> Output {
    command(d, server, endpoint, args)
        .output()
        .expect("run recap")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every file under `folder`, by its path relative to it: its sha256.
fn tree(folder: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let mut todo = vec![folder.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let rel = p
                    .strip_prefix(folder)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.insert(
                    rel,
                    recap::reports::pack::sha256(&std::fs::read(&p).unwrap()),
                );
            }
        }
    }
    files
}

/// The files that differ from run to run by nature: the summary (its timings), and the
/// bookkeeping under `.recap/`.
fn comparable(files: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    files
        .iter()
        .filter(|(k, _)| !k.starts_with(".recap/") && !k.starts_with("summary"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The objects under `prefix` (with the prefix taken off their keys), their bytes dumped
/// into `dump`.
fn bucket(server: &S3Server, prefix: &str, dump: &Path) -> BTreeMap<String, Value> {
    let objects = server.objects(prefix, dump);
    objects
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.strip_prefix(prefix).unwrap().to_string(), v.clone()))
        .collect()
}

/// The expected content type of a file recap writes.
fn content_type(key: &str) -> &'static str {
    match key.rsplit('.').next().unwrap() {
        "pdf" => "application/pdf",
        "html" => "text/html; charset=utf-8",
        "png" => "image/png",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "json" => "application/json",
        "jsonl" => "application/x-ndjson",
        _ => "application/octet-stream",
    }
}

/// Asserts that nothing under `dump` and no text of `texts` holds `secret`.
fn no_secret(secret: &str, dump: &Path, texts: &[&str]) {
    assert!(secret.len() >= 16, "a recognisable secret: {secret}");
    for t in texts {
        assert!(!t.contains(secret), "the secret key was printed: {t}");
    }
    let files = tree(dump);
    assert!(!files.is_empty());
    for f in files.keys() {
        let bytes = std::fs::read(dump.join(f)).unwrap();
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "the secret key is in {f}"
        );
    }
}

/// The summary recap wrote to the bucket under `prefix`.
fn summary(server: &S3Server, prefix: &str) -> Value {
    let dump = tempfile::tempdir().unwrap();
    bucket(server, prefix, dump.path());
    serde_json::from_slice(&std::fs::read(dump.path().join(prefix).join("summary.json")).unwrap())
        .unwrap()
}

/// The requests of `proxy`'s log that wrote an object (status, key without the bucket).
fn puts(proxy: &Proxy) -> Vec<(String, String)> {
    proxy
        .requests()
        .into_iter()
        .filter(|(_, m, _)| m == "PUT")
        .map(|(s, _, p)| {
            let key = p.split('?').next().unwrap();
            (
                s,
                key.trim_start_matches(&format!("/{BUCKET}/")).to_string(),
            )
        })
        .collect()
}

#[test]
fn a_run_to_a_bucket_writes_the_same_files_as_to_disk_and_resumes_without_listing() {
    let Some(server) = S3Server::start() else {
        return;
    };
    let d = demo(10, &format!("[storage]\ncache_control = \"{CACHE}\"\n"));
    let disk = d.dir.path().join("disk");
    let dump = tempfile::tempdir().unwrap();
    let mut printed = Vec::new();

    // Wrapped, to disk and to the bucket.
    let out = common::recap(d.dir.path(), &wrapped_args(&d, disk.to_str().unwrap()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(
        &d,
        &server,
        &server.endpoint(),
        &wrapped_args(&d, "s3://recap-test/run"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    printed.push(stderr(&out));
    let on_disk = tree(&disk.join("wrapped/2026"));
    let objects = bucket(&server, "run/wrapped/2026/", dump.path());
    let in_bucket: BTreeMap<String, String> = objects
        .iter()
        .map(|(k, v)| (k.clone(), v["sha256"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(comparable(&in_bucket), comparable(&on_disk));
    assert!(on_disk.keys().any(|k| k.ends_with("/share.png")));
    assert!(on_disk.contains_key("recipients.csv"));
    // One stamp an account, and no probe left behind.
    let stamps = in_bucket.keys().filter(|k| k.ends_with(".done")).count();
    assert_eq!(stamps, 10);
    assert!(!in_bucket.contains_key(".recap/.write-test"));
    for (key, o) in &objects {
        assert_eq!(o["content_type"], content_type(key), "{key}");
        assert_eq!(o["cache_control"], CACHE, "{key}");
        // Each object carries its sha256, what a rerun checks with a HEAD.
        assert_eq!(o["metadata"]["sha256"], o["sha256"], "{key}");
    }
    let s = summary(&server, "run/wrapped/2026/");
    assert_eq!(
        (s["ok"].as_u64(), s["failed"].as_u64()),
        (Some(10), Some(0))
    );

    // The rerun through a proxy that logs each request: every account skipped, one GET of its
    // stamp and a HEAD a file, no listing, no account's file written again.
    let proxy = Proxy::start(&server, &[]);
    let out = run(
        &d,
        &server,
        &proxy.endpoint(),
        &wrapped_args(&d, "s3://recap-test/run"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    printed.push(stderr(&out));
    let s = summary(&server, "run/wrapped/2026/");
    assert_eq!(
        (s["ok"].as_u64(), s["skipped"].as_u64()),
        (Some(0), Some(10))
    );
    let requests = proxy.requests();
    assert!(
        !requests
            .iter()
            .any(|(_, m, p)| m == "GET" && p.contains("list-type")),
        "the rerun listed the bucket: {requests:?}"
    );
    let written: Vec<String> = puts(&proxy).into_iter().map(|(_, k)| k).collect();
    let top = |k: &String| {
        let k = k.trim_start_matches("run/wrapped/2026/");
        !k.contains('/') || k == ".recap/.write-test"
    };
    assert!(written.iter().all(top), "{written:?}");
    // --force writes every file again.
    proxy.clear();
    let mut args = wrapped_args(&d, "s3://recap-test/run");
    args.push("--force");
    let out = run(&d, &server, &proxy.endpoint(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written: BTreeSet<String> = puts(&proxy).into_iter().map(|(_, k)| k).collect();
    for k in on_disk
        .keys()
        .filter(|k| k.ends_with(".pdf") || k.ends_with(".png"))
    {
        assert!(written.contains(&format!("run/wrapped/2026/{k}")), "{k}");
    }

    // Two shards write their own manifest objects, and between them the same files.
    let mut sharded = BTreeMap::new();
    for shard in ["1/2", "2/2"] {
        let mut args = wrapped_args(&d, "s3://recap-test/shard");
        args.extend(["--shard", shard]);
        let out = run(&d, &server, &server.endpoint(), &args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        printed.push(stderr(&out));
    }
    for (k, o) in bucket(&server, "shard/wrapped/2026/", dump.path()) {
        sharded.insert(k, o["sha256"].as_str().unwrap().to_string());
    }
    for i in 1..=2 {
        for f in ["manifest", "recipients", "accounts"] {
            assert!(
                sharded.contains_key(&format!("{f}-shard-{i}-of-2.csv")),
                "{f} of shard {i}: {:?}",
                sharded.keys()
            );
        }
    }
    let files = |m: &BTreeMap<String, String>| {
        m.iter()
            .filter(|(k, _)| k.contains('/') && !k.starts_with(".recap/"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect::<BTreeMap<_, _>>()
    };
    assert_eq!(files(&sharded), files(&on_disk));

    // The value review and the pack, to disk and to the bucket: the same files.
    let review = |out: &str| {
        vec![
            "review",
            "--database-url",
            &d.url,
            "--all",
            "--period",
            "2026-Q3",
            "--jobs",
            "2",
            "--out",
        ]
        .into_iter()
        .map(str::to_string)
        .chain([out.to_string()])
        .collect::<Vec<_>>()
    };
    let pack = |out: &str| {
        [
            "pack",
            "--database-url",
            &d.url,
            "--month",
            "2026-09",
            "--no-send",
            "--out",
            out,
        ]
        .map(str::to_string)
        .to_vec()
    };
    let runs: [(&Args, &str); 2] = [(&review, "review/2026-Q3"), (&pack, "pack/2026-09")];
    for (args, under) in runs {
        let to_disk = args(disk.to_str().unwrap());
        let to_bucket = args("s3://recap-test/run");
        fn refs(v: &[String]) -> Vec<&str> {
            v.iter().map(String::as_str).collect()
        }
        let out = common::recap(d.dir.path(), &refs(&to_disk));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let out = run(&d, &server, &server.endpoint(), &refs(&to_bucket));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        printed.push(stderr(&out));
        let prefix = format!("run/{under}/");
        let objects = bucket(&server, &prefix, dump.path());
        let in_bucket: BTreeMap<String, String> = objects
            .iter()
            .map(|(k, v)| (k.clone(), v["sha256"].as_str().unwrap().to_string()))
            .collect();
        let on_disk = tree(&disk.join(under));
        assert_eq!(comparable(&in_bucket), comparable(&on_disk), "{under}");
        assert!(on_disk.keys().any(|k| k.ends_with(".pdf")), "{under}");
        for (key, o) in &objects {
            assert_eq!(o["content_type"], content_type(key), "{key}");
        }
    }

    // The secret key is in no object, no message and no manifest.
    let printed: Vec<&str> = printed.iter().map(String::as_str).collect();
    no_secret(&server.secret, dump.path(), &printed);
}

#[test]
fn throttling_and_dropped_connections_are_retried() {
    let Some(server) = S3Server::start() else {
        return;
    };
    let d = demo(8, "");
    let proxy = Proxy::start(
        &server,
        &["--after", "20", "--slowdown", "40", "--drop", "6"],
    );
    let out = run(
        &d,
        &server,
        &proxy.endpoint(),
        &wrapped_args(&d, "s3://recap-test/slow"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let answered = puts(&proxy);
    assert_eq!(answered.iter().filter(|(s, _)| s == "503").count(), 40);
    assert_eq!(answered.iter().filter(|(s, _)| s == "drop").count(), 6);
    let s = summary(&server, "slow/wrapped/2026/");
    assert_eq!((s["ok"].as_u64(), s["failed"].as_u64()), (Some(8), Some(0)));
    // Every account's files are there, whole.
    let dump = tempfile::tempdir().unwrap();
    let objects = bucket(&server, "slow/wrapped/2026/", dump.path());
    let manifest =
        std::fs::read_to_string(dump.path().join("slow/wrapped/2026/manifest.jsonl")).unwrap();
    for line in manifest.lines() {
        let r: Value = serde_json::from_str(line).unwrap();
        for (f, sha) in r["files"]
            .as_array()
            .unwrap()
            .iter()
            .zip(r["sha256"].as_array().unwrap())
        {
            assert_eq!(objects[f.as_str().unwrap()]["sha256"], *sha, "{f}");
        }
    }
}

#[test]
fn a_server_that_goes_away_fails_accounts_with_the_reason_and_the_rerun_finishes() {
    let Some(server) = S3Server::start() else {
        return;
    };
    let accounts = 40;
    // Few retries, so that the accounts in flight fail within a second of the server going.
    let d = demo(
        accounts,
        "[storage]\nretries = 3\nretry_timeout = 20\nuploads = 8\n",
    );
    let mut proxy = Proxy::start(&server, &[]);
    let args = wrapped_args(&d, "s3://recap-test/cut");
    let mut child = command(&d, &server, &proxy.endpoint(), &args)
        .env("RUST_LOG", "error")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let (tx, lines) = std::sync::mpsc::channel::<String>();
    let err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in std::io::BufReader::new(err).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    // A few accounts' files uploaded, then the server goes away.
    let started = Instant::now();
    while puts(&proxy).iter().filter(|(s, _)| s == "200").count() < 40 {
        assert!(started.elapsed() < Duration::from_secs(300), "no uploads");
        std::thread::sleep(Duration::from_millis(20));
    }
    proxy.stop();
    // The run stops rendering once ten accounts in a row could not be uploaded; the server
    // comes back for its manifests.
    let mut said = Vec::new();
    loop {
        let Ok(line) = lines.recv_timeout(Duration::from_secs(300)) else {
            panic!("recap did not say it stopped early: {}", said.join("\n"));
        };
        said.push(line.clone());
        if line.contains("stopped early") {
            break;
        }
    }
    proxy.restart();
    let status = child.wait().unwrap();
    reader.join().unwrap();
    said.extend(lines.try_iter());
    let said = said.join("\n");
    assert_eq!(status.code(), Some(1), "{said}");
    assert!(said.contains("s3://recap-test/cut/wrapped/2026"), "{said}");
    assert!(!said.contains(&server.secret), "{said}");

    let dump = tempfile::tempdir().unwrap();
    let prefix = "cut/wrapped/2026/";
    let objects = bucket(&server, prefix, dump.path());
    let manifest =
        std::fs::read_to_string(dump.path().join(prefix).join("manifest.jsonl")).unwrap();
    let records: Vec<Value> = manifest
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ok: BTreeSet<String> = records
        .iter()
        .filter(|r| r["status"] == "ok")
        .map(|r| r["account_id"].as_str().unwrap().to_string())
        .collect();
    let failed: Vec<&Value> = records.iter().filter(|r| r["status"] == "failed").collect();
    assert!(!ok.is_empty() && failed.len() >= 10, "{manifest}");
    for r in &failed {
        let e = r["error"].as_str().unwrap();
        assert!(
            e.contains("cannot be reached") && e.contains(&proxy.endpoint()),
            "{e}"
        );
        // A failed account is not stamped: the rerun renders it again.
        let name = recap::batch::safe_name(r["account_id"].as_str().unwrap());
        assert!(
            !objects.contains_key(&format!(".recap/{name}.done")),
            "{name}"
        );
    }
    // The reasons name the endpoint, never the secret.
    no_secret(&server.secret, dump.path(), &[&said]);
    // Nothing half-written: every object is the bytes it was sent as.
    for (k, o) in &objects {
        if let Some(sha) = o["metadata"].get("sha256") {
            assert_eq!(*sha, o["sha256"], "{k}");
        }
    }

    // The rerun finishes, and writes none of the finished accounts' objects again.
    proxy.clear();
    let out = run(&d, &server, &proxy.endpoint(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = summary(&server, prefix);
    assert_eq!(s["skipped"].as_u64(), Some(ok.len() as u64));
    assert_eq!(s["ok"].as_u64(), Some((accounts - ok.len()) as u64));
    let done: BTreeSet<String> = ok.iter().map(|id| recap::batch::safe_name(id)).collect();
    for (_, key) in puts(&proxy) {
        let rel = key.trim_start_matches(prefix);
        let account = rel
            .strip_prefix(".recap/")
            .and_then(|r| r.strip_suffix(".done"))
            .or_else(|| rel.split_once('/').map(|(a, _)| a));
        if let Some(a) = account {
            assert!(!done.contains(a), "{key} was written again");
        }
    }
}

#[test]
fn wrong_credentials_a_missing_bucket_or_no_server_stop_before_any_document() {
    let Some(server) = S3Server::start() else {
        return;
    };
    let d = demo(3, "");
    let secret = "RECAP-TEST-SECRET-never-print-me-0123456789";
    let nowhere = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://127.0.0.1:{}", l.local_addr().unwrap().port())
    };
    // (--out, what is wrong in recap's environment, the cause said, the bucket named)
    let cases: Vec<(&str, Box<Change>, &str, &str)> = vec![
        (
            "s3://recap-test/bad",
            Box::new(|c: &mut Command| {
                c.env("AWS_SECRET_ACCESS_KEY", secret);
            }),
            "SignatureDoesNotMatch",
            "recap-test",
        ),
        (
            "s3://recap-test/bad",
            Box::new(|c: &mut Command| {
                c.env("AWS_ACCESS_KEY_ID", "AKIARECAPUNKNOWN")
                    .env("AWS_SECRET_ACCESS_KEY", secret);
            }),
            "InvalidAccessKeyId",
            "recap-test",
        ),
        (
            "s3://recap-missing/x",
            Box::new(|_: &mut Command| {}),
            "does not exist",
            "recap-missing",
        ),
        (
            "s3://recap-test/bad",
            Box::new(move |c: &mut Command| {
                c.env("AWS_ENDPOINT_URL", &nowhere);
            }),
            "cannot be reached",
            "recap-test",
        ),
    ];
    for (out, change, cause, bucket_name) in cases {
        for args in [
            wrapped_args(&d, out),
            vec!["review", "--database-url", &d.url, "--all", "--out", out],
        ] {
            let mut cmd = command(&d, &server, &server.endpoint(), &args);
            change(&mut cmd);
            let run = cmd.output().unwrap();
            let err = stderr(&run);
            assert_eq!(run.status.code(), Some(2), "{out} {cause}: {err}");
            assert!(
                err.contains(cause) && err.contains(&format!("{bucket_name:?}")),
                "{err}"
            );
            assert_eq!(err.trim().lines().count(), 1, "one sentence: {err}");
            assert!(
                !err.contains(secret) && !err.contains(&server.secret),
                "{err}"
            );
        }
    }
    // Nothing was written: no document, no manifest.
    let dump = tempfile::tempdir().unwrap();
    assert!(bucket(&server, "bad/", dump.path()).is_empty());

    // Wrapped to a bucket needs the address its files are published at.
    let mut args = wrapped_args(&d, "s3://recap-test/bad");
    args.retain(|a| *a != "--base-url" && *a != BASE);
    let out = run(&d, &server, &server.endpoint(), &args);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--base-url"), "{}", stderr(&out));
    // Credentials are never read from recap.toml.
    std::fs::write(
        d.dir.path().join("recap.toml"),
        format!("[storage]\nsecret_access_key = \"{secret}\"\n"),
    )
    .unwrap();
    let out = run(
        &d,
        &server,
        &server.endpoint(),
        &wrapped_args(&d, "s3://recap-test/bad"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).contains(secret), "{}", stderr(&out));
}

//! The batch benchmark: `cargo bench --bench pipeline` prints four Markdown tables, the value
//! review's, Wrapped's (see `wrapped_bench`; `RECAP_BENCH_WRAPPED_SIZES=10000` for a shorter
//! run, `0` to leave it out), the call brief's (see `brief_bench`; `RECAP_BENCH_BRIEF_SIZES`) and
//! the leadership pack's (see `pack_bench`; `RECAP_BENCH_PACK_SIZES`).
//!
//! It makes demo databases of 1,000 and 10,000 accounts, runs the release `recap review --all`
//! at 1 and 2 jobs (each in its own process, so peak RSS is that run's own), and reads the
//! per-stage times from the run's `summary.json`. The baseline row in the same run is the
//! script a user would write instead: the typst CLI once per account with that account's JSON
//! (skipped with a message when `typst` is not on PATH; `cargo install typst-cli` provides it).
//!
//! The `recap` rows are in English (`--locale en`); one more row at 2 jobs writes each review
//! in its executive sponsor's language (the demo's eight), and another the same reviews as
//! PowerPoint decks (`--format pptx`), beside the PDF review's rate. Set
//! `RECAP_BENCH_SIZES=1000` to run a smaller table, and `RECAP_BENCH_BASELINE=DIR` to add rows
//! (review and Wrapped) for an earlier checkout's release binary (`DIR/target/release/recap`,
//! or `RECAP_BENCH_BASELINE_BIN`) in the same run:
//!
//! ```sh
//! git worktree add /tmp/before <commit> && (cd /tmp/before && cargo build --release)
//! RECAP_BENCH_BASELINE=/tmp/before RECAP_BENCH_SIZES=1000 cargo bench --bench pipeline
//! ```
//!
//! `RECAP_BENCH_OUT=DIR` puts the databases and outputs under DIR (default: the temp folder),
//! to measure another file system.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use recap::config::Config;
use recap::metrics::account_metrics;
use recap::period::Period;
use recap::reports::review;
use recap::source::{Selection, Source};

#[derive(Clone)]
struct Row {
    label: String,
    docs: usize,
    seconds: f64,
    peak_mb: f64,
    stages: Option<serde_json::Value>,
    pdf_kb: f64,
}

fn main() {
    // `RECAP_BENCH_OUT=DIR`: databases and outputs on DIR's file system instead of the temp
    // folder's (to compare disks, mount options, or memory with `/dev/shm`).
    let root = match std::env::var_os("RECAP_BENCH_OUT") {
        Some(dir) => tempfile::tempdir_in(dir),
        None => tempfile::tempdir(),
    }
    .expect("temp dir");
    let sizes: Vec<usize> = std::env::var("RECAP_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1000, 10_000]);
    // `RECAP_BENCH_SIZES=0`: no review rows (Wrapped's only).
    let sizes: Vec<usize> = sizes.into_iter().filter(|n| *n > 0).collect();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let runs = runs(manifest);
    let mut rows = Vec::new();
    for &n in &sizes {
        let db = root.path().join(format!("demo-{n}.db"));
        let url = format!("sqlite://{}", db.display());
        let t = Instant::now();
        let src = Source::connect(&url, &Config::default(), true).expect("connect");
        recap::demo::generate(&src, n, 42).expect("demo data");
        eprintln!(
            "demo data: {n} accounts in {:.1} s",
            t.elapsed().as_secs_f64()
        );
        for jobs in [1, 2] {
            for run in &runs {
                if run.two_jobs_only && jobs == 1 {
                    continue;
                }
                let out = root.path().join(format!("out-{n}-{jobs}"));
                let mut cmd = Command::new(&run.binary);
                cmd.args([
                    "review", "--all", "--period", "2026-Q3", "--quiet", "--force",
                ])
                .args(["--jobs", &jobs.to_string(), "--database-url", &url])
                .args(&run.args)
                .arg("--out")
                .arg(&out)
                .arg("--templates")
                .arg(&run.templates)
                .arg("--fonts")
                .arg(manifest.join("fonts"));
                let (seconds, peak_mb) = run_measured(&mut cmd);
                let folder = out.join("review/2026-Q3");
                let summary: serde_json::Value = serde_json::from_slice(
                    &std::fs::read(folder.join("summary.json")).expect("summary.json"),
                )
                .expect("json");
                let label = format!(
                    "{}, {jobs} job{}{}",
                    run.name,
                    if jobs == 1 { "" } else { "s" },
                    run.suffix
                );
                eprintln!("{n} accounts, {label}: {seconds:.1} s");
                rows.push(Row {
                    label,
                    docs: summary["ok"].as_u64().unwrap_or(0) as usize,
                    seconds,
                    peak_mb,
                    stages: Some(summary["ms_per_doc"].clone()),
                    pdf_kb: mean_pdf_kb(&folder),
                });
                let _ = std::fs::remove_dir_all(&out);
            }
        }
        if n == sizes[0] {
            rows.push(typst_cli_row(&src, root.path(), manifest, n.min(500)));
        }
    }
    if !sizes.is_empty() {
        print_table(&sizes, &rows);
    }
    wrapped_bench(root.path(), manifest);
    brief_bench(root.path(), manifest);
    s3_bench(root.path(), manifest);
    pack_bench(root.path(), manifest);
}

/// The Python of the tests' checkers (`tests/tools/requirements.txt`: moto and boto3), as
/// `tests/it/common/checkers.rs` installs it, or `RECAP_BENCH_PYTHON`.
fn bench_python() -> Option<PathBuf> {
    let python = match std::env::var_os("RECAP_BENCH_PYTHON") {
        Some(p) => PathBuf::from(p),
        None => std::env::var_os("RECAP_CHECKERS_DIR")
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("XDG_CACHE_HOME").map(|c| Path::new(&c).join("recap-checkers"))
            })
            .or_else(|| {
                std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/recap-checkers"))
            })?
            .join("python/venv/bin/python"),
    };
    let ok = Command::new(&python)
        .args(["-c", "import moto.server, boto3"])
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some(python)
}

/// A boto3 script's JSON output (argv[1..] = `args`).
fn boto(python: &Path, script: &str, args: &[&str]) -> serde_json::Value {
    let out = Command::new(python)
        .arg("-c")
        .arg(script)
        .args(args)
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .output()
        .expect("python");
    assert!(
        out.status.success(),
        "boto3: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

const BOTO: &str = r#"
import json, sys, time, boto3
from concurrent.futures import ThreadPoolExecutor
from botocore.config import Config
s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1",
                  aws_access_key_id="bench", aws_secret_access_key="bench",
                  config=Config(max_pool_connections=64))
"#;

/// Wrapped to a local S3 server (moto's server mode, `tests/tools/s3_server.py`) beside
/// Wrapped to disk, 2 jobs, in the order disk, S3, S3, disk (the machine's drift cancels in
/// the ratio), at 10,000 accounts (`RECAP_BENCH_S3_SIZES`, `0` for none); and what the server
/// itself takes from a plain client: boto3 PUTs of objects of Wrapped's mean size from a pool
/// of 32 threads. The S3 row is read against both: recap's rate to disk, and the server's own
/// ceiling in PUT requests a second.
fn s3_bench(root: &Path, manifest: &Path) {
    let sizes = std::env::var("RECAP_BENCH_S3_SIZES")
        .ok()
        .map(|s| {
            s.split(',')
                .filter_map(|x| x.trim().parse().ok())
                .filter(|n: &usize| *n > 0)
                .collect()
        })
        .unwrap_or_else(|| vec![10_000]);
    if sizes.is_empty() {
        return;
    }
    let Some(python) = bench_python() else {
        eprintln!(
            "Wrapped to S3: skipped, no Python with moto and boto3 (`cargo test --release --test it s3::` installs them into ~/.cache/recap-checkers; or set RECAP_BENCH_PYTHON)"
        );
        return;
    };
    let mut server = Command::new(&python)
        .arg(manifest.join("tests/tools/s3_server.py"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start moto");
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(server.stdout.take().expect("stdout")),
        &mut line,
    )
    .expect("moto's port");
    let endpoint = format!("http://127.0.0.1:{}", line.trim());
    boto(
        &python,
        &format!("{BOTO}s3.create_bucket(Bucket='bench'); print('{{}}')"),
        &[&endpoint],
    );
    let mut table: Vec<(usize, String, f64, f64, f64, f64)> = Vec::new();
    let mut ceiling = None;
    for &n in &sizes {
        let db = root.join(format!("s3-{n}.db"));
        let url = format!("sqlite://{}", db.display());
        let src = Source::connect(&url, &Config::default(), true).expect("connect");
        recap::demo::generate(&src, n, 42).expect("demo data");
        drop(src);
        let mut disk_runs = Vec::new();
        let mut s3_runs = Vec::new();
        let mut objects_per_account = 0.0;
        let mut object_kb = 0.0;
        for (k, to_s3) in [false, true, true, false].into_iter().enumerate() {
            let out = root.join(format!("s3-out-{n}-{k}"));
            let out_arg = if to_s3 {
                "s3://bench/run".to_string()
            } else {
                out.display().to_string()
            };
            settle_disk();
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_recap"));
            cmd.args(["wrapped", "--all", "--year", "2026", "--quiet", "--force"])
                .args(["--base-url", "https://cdn.example.com/wrapped/2026"])
                .args(["--jobs", "2", "--database-url", &url, "--out", &out_arg])
                .arg("--templates")
                .arg(manifest.join("templates"))
                .arg("--fonts")
                .arg(manifest.join("fonts"))
                .env("AWS_ACCESS_KEY_ID", "bench")
                .env("AWS_SECRET_ACCESS_KEY", "bench")
                .env("AWS_REGION", "us-east-1")
                .env("AWS_ENDPOINT_URL", &endpoint);
            let (seconds, peak_mb) = run_measured(&mut cmd);
            let summary: serde_json::Value = if to_s3 {
                boto(
                    &python,
                    &format!(
                        "{BOTO}print(s3.get_object(Bucket='bench', Key='run/wrapped/2026/summary.json')['Body'].read().decode())"
                    ),
                    &[&endpoint],
                )
            } else {
                let folder = out.join("wrapped/2026");
                let (files, bytes) = manifest_totals(&folder.join("manifest.jsonl"));
                let accounts = std::fs::read_to_string(folder.join("manifest.jsonl"))
                    .map(|m| m.lines().count())
                    .unwrap_or(0);
                // Per account: its files, its stamp (a PUT) and the stamp's GET.
                objects_per_account = files as f64 / accounts.max(1) as f64 + 2.0;
                object_kb = bytes as f64 / files.max(1) as f64 / 1024.0;
                serde_json::from_slice(
                    &std::fs::read(folder.join("summary.json")).expect("summary.json"),
                )
                .expect("json")
            };
            assert_eq!(summary["failed"].as_u64(), Some(0), "{summary}");
            let accounts = summary["ok"].as_u64().unwrap_or(0) as f64;
            eprintln!(
                "{n} accounts, Wrapped to {}: {seconds:.1} s",
                if to_s3 { "S3" } else { "disk" }
            );
            if to_s3 {
                s3_runs.push((accounts / seconds, seconds, peak_mb));
            } else {
                disk_runs.push((accounts / seconds, seconds, peak_mb));
            }
            let _ = std::fs::remove_dir_all(&out);
        }
        let mean = |runs: &[(f64, f64, f64)]| {
            let k = runs.len() as f64;
            (
                runs.iter().map(|r| r.0).sum::<f64>() / k,
                runs.iter().map(|r| r.1).sum::<f64>() / k,
                runs.iter().map(|r| r.2).fold(0.0, f64::max),
            )
        };
        let (disk_rate, disk_s, disk_mb) = mean(&disk_runs);
        let (s3_rate, s3_s, s3_mb) = mean(&s3_runs);
        table.push((
            n,
            "recap wrapped to disk, 2 jobs (2 runs)".into(),
            disk_s,
            disk_rate,
            disk_rate * objects_per_account,
            disk_mb,
        ));
        table.push((
            n,
            "recap wrapped to S3 (moto), 2 jobs (2 runs)".into(),
            s3_s,
            s3_rate,
            s3_rate * objects_per_account,
            s3_mb,
        ));
        if ceiling.is_none() {
            // The server's own ceiling, with the machine as busy as it is for recap's runs.
            let measured = boto(
                &python,
                &format!(
                    r#"{BOTO}
body = b"x" * int(float(sys.argv[2]) * 1024)
def put(i):
    s3.put_object(Bucket="bench", Key=f"ceiling/{{i}}", Body=body, ContentType="image/png")
n = 4000
with ThreadPoolExecutor(32) as pool:
    list(pool.map(put, range(200)))
    t = time.time()
    list(pool.map(put, range(n)))
    s = time.time() - t
print(json.dumps({{"puts_per_second": n / s}}))
"#
                ),
                &[&endpoint, &format!("{object_kb:.1}")],
            );
            ceiling = Some((
                measured["puts_per_second"].as_f64().unwrap_or(0.0),
                object_kb,
                objects_per_account,
            ));
        }
        let _ = std::fs::remove_file(&db);
    }
    let _ = server.kill();
    let _ = server.wait();
    println!();
    println!(
        "Wrapped to a bucket (`--out s3://…`, moto's server mode on 127.0.0.1) beside Wrapped to disk"
    );
    println!();
    println!("| accounts | run | seconds | accounts/s | requests/s | peak RSS (MB) | × disk |");
    println!("|---:|---|---:|---:|---:|---:|---:|");
    for (n, run, seconds, rate, requests, peak) in &table {
        let disk = table
            .iter()
            .find(|r| r.0 == *n && r.1.contains("disk"))
            .map(|r| r.3)
            .unwrap_or(f64::NAN);
        println!(
            "| {n} | {run} | {seconds:.1} | {rate:.0} | {requests:.0} | {peak:.0} | {:.2} |",
            rate / disk
        );
    }
    if let Some((puts, kb, per)) = ceiling {
        println!(
            "\nThe server's own ceiling: {puts:.0} PUT requests/s from boto3 in 32 threads (objects of {kb:.0} KB, Wrapped's mean), that is {:.0} accounts/s at {per:.1} requests an account (its files, its stamp's PUT and GET). Requests/s above is accounts/s × {per:.1} (on disk, the same writes as files).",
            puts / per
        );
    }
}

/// The number of files and their bytes, over a run's `manifest.jsonl`.
fn manifest_totals(path: &Path) -> (u64, u64) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut files = 0;
    let mut bytes = 0;
    for line in text.lines() {
        let r: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        files += r["files"].as_array().map(|f| f.len() as u64).unwrap_or(0);
        bytes += r["bytes"].as_u64().unwrap_or(0);
    }
    (files, bytes)
}

/// The leadership pack's rows: `recap pack --month 2026-09` over 10,000 and 100,000 accounts
/// (`RECAP_BENCH_PACK_SIZES`, `0` for none), beside `recap check` over the same month, which
/// reads every account once through the same loader: the floor any one-pass report stands on.
fn pack_bench(root: &Path, manifest: &Path) {
    let sizes = sizes_from_env("RECAP_BENCH_PACK_SIZES");
    if sizes.is_empty() {
        return;
    }
    // (accounts, run, seconds, peak MB)
    let mut rows: Vec<(usize, &str, f64, f64)> = Vec::new();
    for &n in &sizes {
        let db = root.join(format!("pack-{n}.db"));
        let url = format!("sqlite://{}", db.display());
        let t = Instant::now();
        let src = Source::connect(&url, &Config::default(), true).expect("connect");
        recap::demo::generate(&src, n, 42).expect("demo data");
        drop(src);
        eprintln!(
            "demo data: {n} accounts in {:.1} s",
            t.elapsed().as_secs_f64()
        );
        let out = root.join(format!("pack-out-{n}"));
        let mut pack = Command::new(env!("CARGO_BIN_EXE_recap"));
        pack.args([
            "pack",
            "--month",
            "2026-09",
            "--quiet",
            "--force",
            "--no-send",
        ])
        .args(["--database-url", &url])
        .arg("--out")
        .arg(&out)
        .arg("--templates")
        .arg(manifest.join("templates"))
        .arg("--fonts")
        .arg(manifest.join("fonts"));
        let (seconds, peak_mb) = run_measured(&mut pack);
        assert!(
            out.join("pack/2026-09/pack.pdf").exists(),
            "recap pack wrote no pack"
        );
        eprintln!("{n} accounts, recap pack: {seconds:.1} s");
        rows.push((n, "recap pack", seconds, peak_mb));
        let mut check = Command::new(env!("CARGO_BIN_EXE_recap"));
        check
            .args(["check", "--all", "--period", "2026-09", "--quiet"])
            .args(["--database-url", &url])
            .stdout(std::process::Stdio::null());
        let (seconds, peak_mb) = run_measured(&mut check);
        eprintln!("{n} accounts, recap check: {seconds:.1} s");
        rows.push((n, "recap check (the same data read once)", seconds, peak_mb));
        let _ = std::fs::remove_dir_all(&out);
        let _ = std::fs::remove_file(&db);
    }
    println!();
    println!("Leadership pack (`recap pack --month 2026-09`, release build)");
    println!();
    println!("| accounts | run | seconds | accounts/s | peak RSS (MB) | × check |");
    println!("|---:|---|---:|---:|---:|---:|");
    for &(n, run, seconds, peak) in &rows {
        let check = rows
            .iter()
            .find(|r| r.0 == n && r.1 != "recap pack")
            .map(|r| r.2)
            .unwrap_or(f64::NAN);
        println!(
            "| {n} | {run} | {seconds:.1} | {:.0} | {peak:.0} | {:.2} |",
            n as f64 / seconds,
            seconds / check
        );
    }
    let packs: Vec<&(usize, &str, f64, f64)> =
        rows.iter().filter(|r| r.1 == "recap pack").collect();
    if let [a, b, ..] = packs[..] {
        println!();
        println!(
            "From {} to {} accounts (× {:.0}): time × {:.2}, peak RSS × {:.2}.",
            a.0,
            b.0,
            b.0 as f64 / a.0 as f64,
            b.2 / a.2,
            b.3 / a.3
        );
    }
}

/// Wrapped's rows: `recap wrapped --all` with email HTML for every role, the text part, the
/// PDF and the 1200 × 630 share image, at 1 and 2 jobs on 10,000 accounts and at 2 jobs on
/// 100,000 (`RECAP_BENCH_WRAPPED_SIZES`, `0` for none), and the typst CLI once per account
/// for the PDF and the PNG as the baseline.
fn wrapped_bench(root: &Path, manifest: &Path) {
    let sizes = sizes_from_env("RECAP_BENCH_WRAPPED_SIZES");
    if sizes.is_empty() {
        return;
    }
    let mut rows: Vec<Row> = Vec::new();
    for (i, &n) in sizes.iter().enumerate() {
        let db = root.join(format!("wrapped-{n}.db"));
        let url = format!("sqlite://{}", db.display());
        let t = Instant::now();
        let src = Source::connect(&url, &Config::default(), true).expect("connect");
        recap::demo::generate(&src, n, 42).expect("demo data");
        eprintln!(
            "demo data: {n} accounts in {:.1} s",
            t.elapsed().as_secs_f64()
        );
        // On the first size, 1 and 2 jobs run twice each in the order 1, 2, 2, 1: the
        // machine's speed drifts by ±15% from minute to minute, and the ratio of the two
        // means cancels a steady drift.
        let order: &[usize] = if i == 0 { &[1, 2, 2, 1] } else { &[2] };
        // With `RECAP_BENCH_BASELINE`, an earlier checkout's binary runs beside this one,
        // alternating which goes first (A B, B A), so drift cancels in their ratio too.
        let mut binaries = vec![(
            "recap wrapped".to_string(),
            PathBuf::from(env!("CARGO_BIN_EXE_recap")),
            manifest.join("templates"),
        )];
        binaries.extend(baseline_binary().map(|(dir, bin)| {
            let templates = Path::new(&dir).join("templates");
            (format!("baseline wrapped ({dir})"), bin, templates)
        }));
        let schedule: Vec<(usize, &(String, PathBuf, PathBuf))> = order
            .iter()
            .enumerate()
            .flat_map(|(k, &jobs)| {
                let mut these: Vec<_> = binaries.iter().collect();
                if k % 2 == 1 {
                    these.reverse();
                }
                these.into_iter().map(move |b| (jobs, b))
            })
            .collect();
        let mut runs: Vec<(String, Row)> = Vec::new();
        let mut outs = Vec::new();
        for (k, &(jobs, (name, binary, templates))) in schedule.iter().enumerate() {
            // Each run writes a folder of its own, kept until the size is done, and starts
            // with the disk written out: on a disk mounted with online discard (this
            // machine's), deleting 110,000 files or flushing the last run's pages stalls the
            // next run's writes, which measured the previous run instead of this one.
            let out = root.join(format!("wrapped-out-{n}-{jobs}-{k}"));
            settle_disk();
            let mut cmd = Command::new(binary);
            cmd.args(["wrapped", "--all", "--year", "2026", "--quiet", "--force"])
                .args(["--base-url", "https://cdn.example.com/wrapped/2026"])
                .args(["--jobs", &jobs.to_string(), "--database-url", &url])
                .arg("--out")
                .arg(&out)
                .arg("--templates")
                .arg(templates)
                .arg("--fonts")
                .arg(manifest.join("fonts"));
            let (seconds, peak_mb) = run_measured(&mut cmd);
            let folder = out.join("wrapped/2026");
            let summary: serde_json::Value = serde_json::from_slice(
                &std::fs::read(folder.join("summary.json")).expect("summary.json"),
            )
            .expect("json");
            let accounts = summary["ok"].as_u64().unwrap_or(0) as usize;
            let mut stages = summary["ms_per_doc"].clone();
            stages["population"] = (1000.0 * summary["population_seconds"].as_f64().unwrap_or(0.0)
                / accounts.max(1) as f64)
                .into();
            let label = format!("{name}, {jobs} job{}", if jobs == 1 { "" } else { "s" });
            eprintln!("{n} accounts, {label}: {seconds:.1} s");
            runs.push((
                label.clone(),
                Row {
                    label,
                    docs: accounts,
                    seconds,
                    peak_mb,
                    stages: Some(stages),
                    pdf_kb: mean_file_kb(&folder, "wrapped.pdf"),
                },
            ));
            outs.push(out);
        }
        for out in outs {
            let _ = std::fs::remove_dir_all(&out);
        }
        settle_disk();
        let mut labels: Vec<&String> = runs.iter().map(|(l, _)| l).collect();
        labels.sort();
        labels.dedup();
        for label in labels {
            let same: Vec<Row> = runs
                .iter()
                .filter(|(l, _)| l == label)
                .map(|(_, r)| r.clone())
                .collect();
            if let Some(row) = mean_row(&same) {
                rows.push(row);
            }
        }
        if i == 0 {
            rows.push(wrapped_typst_cli_row(&src, root, manifest, n.min(500)));
        }
        drop(src);
        let _ = std::fs::remove_file(&db);
    }
    print_wrapped_table(&rows);
}

/// Writes every dirty page to disk (`sync`) before a timed run.
fn settle_disk() {
    let _ = Command::new("sync").status();
}

/// Runs of one kind as one row: mean seconds and stage times, the highest peak memory; the
/// label says how many runs when more than one.
fn mean_row(runs: &[Row]) -> Option<Row> {
    let first = runs.first()?;
    let n = runs.len() as f64;
    let mean = |f: &dyn Fn(&Row) -> f64| runs.iter().map(f).sum::<f64>() / n;
    let stages = first.stages.as_ref().map(|s| {
        let mut out = s.clone();
        if let Some(obj) = out.as_object_mut() {
            for (key, value) in obj.iter_mut() {
                let total: f64 = runs
                    .iter()
                    .filter_map(|r| r.stages.as_ref()?.get(key)?.as_f64())
                    .sum();
                *value = (total / n).into();
            }
        }
        out
    });
    Some(Row {
        label: if runs.len() > 1 {
            format!("{} (mean of {} runs)", first.label, runs.len())
        } else {
            first.label.clone()
        },
        docs: first.docs,
        seconds: mean(&|r| r.seconds),
        peak_mb: runs.iter().map(|r| r.peak_mb).fold(0.0, f64::max),
        stages,
        pdf_kb: mean(&|r| r.pdf_kb),
    })
}

/// The account counts in `var` (`10000,100000`; `0` for none), else 10,000 and 100,000.
fn sizes_from_env(var: &str) -> Vec<usize> {
    std::env::var(var)
        .ok()
        .map(|s| {
            s.split(',')
                .filter_map(|x| x.trim().parse().ok())
                .filter(|n| *n > 0)
                .collect()
        })
        .unwrap_or_else(|| vec![10_000, 100_000])
}

/// The mean size in KB of the files named `name` one folder below `folder`.
fn mean_file_kb(folder: &Path, name: &str) -> f64 {
    let sizes: Vec<u64> = std::fs::read_dir(folder)
        .map(|d| {
            d.flatten()
                .filter_map(|e| std::fs::metadata(e.path().join(name)).ok())
                .map(|m| m.len())
                .collect()
        })
        .unwrap_or_default();
    sizes.iter().sum::<u64>() as f64 / sizes.len().max(1) as f64 / 1024.0
}

/// Wrapped the obvious way: each account's card JSON written out, then `typst compile` once
/// for the PDF and once for the 1200 × 630 PNG, two processes at a time. No email, no
/// manifest: the row is a floor for the script, not a like-for-like run.
fn wrapped_typst_cli_row(src: &Source, root: &Path, manifest: &Path, n: usize) -> Row {
    use recap::reports::wrapped;
    let label = format!("typst CLI per account (PDF + PNG), 2 processes ({n} accounts)");
    if Command::new("typst").arg("--version").output().is_err() {
        eprintln!("skipped: the typst CLI is not on PATH (cargo install typst-cli)");
        return Row {
            label: format!("{label}: skipped, typst not installed"),
            docs: 0,
            seconds: 0.0,
            peak_mb: 0.0,
            stages: None,
            pdf_kb: 0.0,
        };
    }
    let selection = Selection::default();
    let population = wrapped::population(src, 2026).expect("population");
    let t = recap::locale::english();
    let brand = Config::default().brand;
    let mut dirs: Vec<PathBuf> = Vec::new();
    for data in src.load_all(&selection).expect("load").iter() {
        if dirs.len() == n {
            break;
        }
        let Some(doc) = wrapped::build(
            &t,
            data,
            2026,
            &population,
            Default::default(),
            "executive_sponsor",
            &brand,
        ) else {
            continue;
        };
        let dir = root
            .join("typst-cli-wrapped")
            .join(&data.account.account_id);
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(
            dir.join("data.json"),
            wrapped::data_json(&doc).expect("json"),
        )
        .expect("write");
        for f in [
            wrapped::TYPST_TEMPLATE,
            wrapped::SHARE_TEMPLATE,
            "wrapped-common.typ",
        ] {
            std::fs::copy(manifest.join("templates").join(f), dir.join(f)).expect("copy");
        }
        dirs.push(dir);
    }
    let t = Instant::now();
    let chunks: Vec<Vec<PathBuf>> = vec![
        dirs.iter().step_by(2).cloned().collect(),
        dirs.iter().skip(1).step_by(2).cloned().collect(),
    ];
    let fonts = manifest.join("fonts");
    std::thread::scope(|s| {
        for chunk in &chunks {
            let fonts = &fonts;
            s.spawn(move || {
                for dir in chunk {
                    for (input, output, extra) in [
                        (wrapped::TYPST_TEMPLATE, "wrapped.pdf", None),
                        (wrapped::SHARE_TEMPLATE, "share.png", Some("72")),
                    ] {
                        let mut cmd = Command::new("typst");
                        cmd.args(["compile", "--ignore-system-fonts", "--root"])
                            .arg(dir)
                            .arg("--font-path")
                            .arg(fonts);
                        if let Some(ppi) = extra {
                            cmd.args(["--ppi", ppi]);
                        }
                        let ok = cmd
                            .arg(dir.join(input))
                            .arg(dir.join(output))
                            .status()
                            .map(|s| s.success())
                            .unwrap_or(false);
                        assert!(ok, "typst compile failed for {}", dir.display());
                    }
                }
            });
        }
    });
    let seconds = t.elapsed().as_secs_f64();
    Row {
        label,
        docs: dirs.len(),
        seconds,
        peak_mb: 0.0,
        stages: None,
        pdf_kb: mean_file_kb(&root.join("typst-cli-wrapped"), "wrapped.pdf"),
    }
}

fn print_wrapped_table(rows: &[Row]) {
    print_rows(
        "Wrapped run",
        "accounts/s",
        "ms/account: population · load · cards · typeset · PDF · PNG raster · PNG encode · email · write",
        &[
            "population",
            "load",
            "model",
            "typeset",
            "pdf",
            "raster",
            "encode",
            "html",
            "write",
        ],
        "recap wrapped, 1 job",
        rows,
    );
    println!(
        "\nAccounts/s counts every account written (a few have too little for a Wrapped and get none); seconds include the population pass. Ratios are against 1 job on the first size."
    );
}

/// One way of running the batch: which binary, with which arguments.
struct Run {
    name: String,
    suffix: String,
    binary: PathBuf,
    args: Vec<String>,
    templates: PathBuf,
    /// Measured at 2 jobs only (an extra row for information).
    two_jobs_only: bool,
}

/// recap in English (the rows ratios refer to), recap in each executive sponsor's language,
/// and, with `RECAP_BENCH_BASELINE=DIR`, the recap binary `DIR/target/release/recap` of another
/// checkout with that checkout's templates: an earlier version measured in the same run.
/// `RECAP_BENCH_BASELINE=DIR`'s checkout and its release binary (`RECAP_BENCH_BASELINE_BIN`).
fn baseline_binary() -> Option<(String, PathBuf)> {
    let dir = PathBuf::from(std::env::var("RECAP_BENCH_BASELINE").ok()?);
    let binary = std::env::var("RECAP_BENCH_BASELINE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|_| dir.join("target/release/recap"));
    Some((dir.display().to_string(), binary))
}

fn runs(manifest: &Path) -> Vec<Run> {
    let this = PathBuf::from(env!("CARGO_BIN_EXE_recap"));
    let mut runs = Vec::new();
    if let Some((_, binary)) = baseline_binary() {
        let dir = PathBuf::from(std::env::var("RECAP_BENCH_BASELINE").unwrap_or_default());
        runs.push(Run {
            name: "baseline".into(),
            suffix: format!(" ({})", dir.display()),
            binary,
            args: Vec::new(),
            templates: dir.join("templates"),
            two_jobs_only: false,
        });
    }
    runs.push(Run {
        name: "recap".into(),
        suffix: String::new(),
        binary: this.clone(),
        args: vec!["--locale".into(), "en".into()],
        templates: manifest.join("templates"),
        two_jobs_only: false,
    });
    runs.push(Run {
        name: "recap".into(),
        suffix: ", each sponsor's language".into(),
        binary: this.clone(),
        args: Vec::new(),
        templates: manifest.join("templates"),
        two_jobs_only: true,
    });
    // The same reviews as editable PowerPoint decks (no typesetting: XML and a zip); the
    // deck's whole making is its `pdf` stage, and its size is in the size column.
    runs.push(Run {
        name: "recap".into(),
        suffix: ", PowerPoint deck (--format pptx)".into(),
        binary: this,
        args: ["--locale", "en", "--format", "pptx"]
            .map(String::from)
            .to_vec(),
        templates: manifest.join("templates"),
        two_jobs_only: true,
    });
    runs
}

/// The call brief (a one-page, fixed-geometry document, PDF and HTML) at 1 and 2 jobs, 1,000
/// accounts (`RECAP_BENCH_BRIEF_SIZES`, `0` for none), run in the order 1, 2, 2, 1 so that the
/// machine's drift cancels; the mean of each pair.
fn brief_bench(root: &Path, manifest: &Path) {
    let sizes: Vec<usize> = match std::env::var("RECAP_BENCH_BRIEF_SIZES") {
        Ok(_) => sizes_from_env("RECAP_BENCH_BRIEF_SIZES"),
        Err(_) => vec![1000],
    };
    let mut rows: Vec<Row> = Vec::new();
    for &n in &sizes {
        let db = root.join(format!("brief-{n}.db"));
        let url = format!("sqlite://{}", db.display());
        let src = Source::connect(&url, &Config::default(), true).expect("connect");
        recap::demo::generate(&src, n, 42).expect("demo data");
        let mut runs: Vec<(usize, Row)> = Vec::new();
        for (i, jobs) in [1, 2, 2, 1].into_iter().enumerate() {
            settle_disk();
            let out = root.join(format!("brief-out-{n}-{i}"));
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_recap"));
            cmd.args([
                "brief",
                "--all",
                "--date",
                "2026-09-30",
                "--quiet",
                "--force",
            ])
            .args(["--jobs", &jobs.to_string(), "--database-url", &url])
            .arg("--out")
            .arg(&out)
            .arg("--templates")
            .arg(manifest.join("templates"))
            .arg("--fonts")
            .arg(manifest.join("fonts"));
            let (seconds, peak_mb) = run_measured(&mut cmd);
            let folder = out.join("brief/2026-09-30");
            let summary: serde_json::Value = serde_json::from_slice(
                &std::fs::read(folder.join("summary.json")).expect("summary.json"),
            )
            .expect("json");
            eprintln!("brief, {n} accounts, {jobs} jobs: {seconds:.1} s");
            runs.push((
                jobs,
                Row {
                    label: format!(
                        "recap brief, {jobs} job{}",
                        if jobs == 1 { "" } else { "s" }
                    ),
                    docs: summary["ok"].as_u64().unwrap_or(0) as usize,
                    seconds,
                    peak_mb,
                    stages: Some(summary["ms_per_doc"].clone()),
                    pdf_kb: mean_pdf_kb(&folder),
                },
            ));
            let _ = std::fs::remove_dir_all(&out);
        }
        for jobs in [1, 2] {
            let pair: Vec<Row> = runs
                .iter()
                .filter(|(j, _)| *j == jobs)
                .map(|(_, r)| r.clone())
                .collect();
            rows.extend(mean_row(&pair));
        }
    }
    if rows.is_empty() {
        return;
    }
    println!();
    println!(
        "| brief run | accounts | briefs/s | seconds | peak RSS | ms/brief: load · model · typeset · PDF · HTML · write | PDF size |"
    );
    println!("|---|---:|---:|---:|---:|---|---:|");
    for r in &rows {
        let ms = |k: &str| {
            r.stages
                .as_ref()
                .and_then(|s| s[k].as_f64())
                .map(|v| format!("{v:.2}"))
                .unwrap_or_else(|| "—".into())
        };
        println!(
            "| {} | {} | {:.1} | {:.1} | {:.0} MB | {} · {} · {} · {} · {} · {} | {:.0} KB |",
            r.label,
            r.docs,
            r.docs as f64 / r.seconds,
            r.seconds,
            r.peak_mb,
            ms("load"),
            ms("model"),
            ms("typeset"),
            ms("pdf"),
            ms("html"),
            ms("write"),
            r.pdf_kb
        );
    }
}

/// Runs `cmd`, polling its peak resident memory (VmHWM) until it exits.
fn run_measured(cmd: &mut Command) -> (f64, f64) {
    let t = Instant::now();
    let mut child = cmd.spawn().expect("start recap");
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0u64;
    loop {
        if let Ok(s) = std::fs::read_to_string(&status_path)
            && let Some(line) = s.lines().find(|l| l.starts_with("VmHWM:"))
        {
            peak_kb = peak_kb.max(
                line.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0),
            );
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    (t.elapsed().as_secs_f64(), peak_kb as f64 / 1024.0)
}

/// The mean size of a run's documents: its PDFs, or its decks (`--format pptx`).
fn mean_pdf_kb(folder: &Path) -> f64 {
    let sizes: Vec<u64> = std::fs::read_dir(folder)
        .map(|d| {
            d.flatten()
                .filter(|e| {
                    e.path()
                        .extension()
                        .is_some_and(|x| x == "pdf" || x == "pptx")
                })
                .filter_map(|e| e.metadata().ok().map(|m| m.len()))
                .collect()
        })
        .unwrap_or_default();
    if sizes.is_empty() {
        0.0
    } else {
        sizes.iter().sum::<u64>() as f64 / sizes.len() as f64 / 1024.0
    }
}

/// The obvious alternative: write each account's JSON and charts, run `typst compile` per
/// account, two processes at a time (one per core).
fn typst_cli_row(src: &Source, root: &Path, manifest: &Path, n: usize) -> Row {
    let label = format!("typst CLI per account, 2 processes ({n} accounts)");
    if Command::new("typst").arg("--version").output().is_err() {
        eprintln!(
            "skipped: the typst CLI is not on PATH (cargo install typst-cli), no baseline row"
        );
        return Row {
            label: format!("{label}: skipped, typst not installed"),
            docs: 0,
            seconds: 0.0,
            peak_mb: 0.0,
            stages: None,
            pdf_kb: 0.0,
        };
    }
    let period = Period::parse("2026-Q3").expect("period");
    let config = Config::default();
    let accounts = src.load_all(&Selection::default()).expect("load");
    let mut dirs: Vec<PathBuf> = Vec::new();
    for data in accounts.iter().take(n) {
        let dir = root.join("typst-cli").join(&data.account.account_id);
        std::fs::create_dir_all(dir.join("charts")).expect("dir");
        let metrics = account_metrics(data, &period, &config.health);
        let doc = review::build(
            &recap::locale::english(),
            data,
            &metrics,
            &period,
            &config.brand,
            &review::ReviewOptions::default(),
        );
        std::fs::write(
            dir.join("data.json"),
            review::data_json(&doc).expect("json"),
        )
        .expect("write");
        // The chart files at the paths the template reads (shapes and labels).
        for (path, bytes) in review::typst_files(&review::charts(&recap::locale::english(), &doc)) {
            std::fs::write(dir.join(path.trim_start_matches('/')), bytes).expect("write");
        }
        std::fs::copy(
            manifest.join("templates/review.typ"),
            dir.join("review.typ"),
        )
        .expect("copy");
        dirs.push(dir);
    }
    let t = Instant::now();
    let chunks: Vec<Vec<PathBuf>> = vec![
        dirs.iter().step_by(2).cloned().collect(),
        dirs.iter().skip(1).step_by(2).cloned().collect(),
    ];
    let fonts = manifest.join("fonts");
    std::thread::scope(|s| {
        for chunk in &chunks {
            let fonts = &fonts;
            s.spawn(move || {
                for dir in chunk {
                    let ok = Command::new("typst")
                        .args(["compile", "--ignore-system-fonts", "--root"])
                        .arg(dir)
                        .arg("--font-path")
                        .arg(fonts)
                        .arg(dir.join("review.typ"))
                        .arg(dir.join("review.pdf"))
                        .status()
                        .map(|s| s.success())
                        .unwrap_or(false);
                    assert!(ok, "typst compile failed for {}", dir.display());
                }
            });
        }
    });
    let seconds = t.elapsed().as_secs_f64();
    let kb: Vec<u64> = dirs
        .iter()
        .filter_map(|d| std::fs::metadata(d.join("review.pdf")).ok())
        .map(|m| m.len())
        .collect();
    Row {
        label,
        docs: dirs.len(),
        seconds,
        peak_mb: 0.0,
        stages: None,
        pdf_kb: kb.iter().sum::<u64>() as f64 / kb.len().max(1) as f64 / 1024.0,
    }
}

fn print_table(sizes: &[usize], rows: &[Row]) {
    print_rows(
        "run",
        "docs/s",
        "ms/doc: load · model · charts · typeset · PDF · HTML · write",
        &["load", "model", "charts", "typeset", "pdf", "html", "write"],
        "recap, 1 job",
        rows,
    );
    println!(
        "\nRatios are against recap at 1 job and {} accounts in the same run.",
        sizes[0]
    );
}

/// One Markdown table: a row per run, its rate against the row labelled `base`, and its
/// per-stage milliseconds from `summary.json` (`stages`, in column order).
fn print_rows(
    run: &str,
    rate_name: &str,
    stage_header: &str,
    stages: &[&str],
    base: &str,
    rows: &[Row],
) {
    println!(
        "\n| {run} | accounts | {rate_name} | seconds | peak RSS | {stage_header} | PDF size |"
    );
    println!("|---|---:|---:|---:|---:|---|---:|");
    let base = rows
        .iter()
        .find(|r| r.label.starts_with(base))
        .map(|r| r.docs as f64 / r.seconds);
    for r in rows {
        if r.docs == 0 {
            println!("| {} | | | | | | |", r.label);
            continue;
        }
        let rate = r.docs as f64 / r.seconds;
        let stages = r.stages.as_ref().map_or(String::new(), |s| {
            stages
                .iter()
                .map(|k| format!("{:.2}", s[*k].as_f64().unwrap_or(0.0)))
                .collect::<Vec<_>>()
                .join(" · ")
        });
        let ratio = base.map_or(String::new(), |b| format!(" ({:.2}×)", rate / b));
        let rss = if r.peak_mb > 0.0 {
            format!("{:.0} MB", r.peak_mb)
        } else {
            "—".into()
        };
        println!(
            "| {} | {} | {:.1}{ratio} | {:.1} | {rss} | {stages} | {:.0} KB |",
            r.label, r.docs, rate, r.seconds, r.pdf_kb
        );
    }
}

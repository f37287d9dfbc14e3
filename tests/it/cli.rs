//! The command line as a user meets it: bad input gets one clear sentence and exit code 2;
//! `check` finds the faults a RevOps person must fix.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

/// The error contract: exit 2, one line on stderr naming the problem, no panic, no Debug dump.
fn assert_clear_error(out: &Output, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(err.contains(needle), "expected {needle:?} in: {err}");
    assert_eq!(err.trim().lines().count(), 1, "one sentence, got: {err}");
    assert!(
        !err.contains("panicked") && !err.contains("Error {") && !err.contains("backtrace"),
        "{err}"
    );
}

fn demo_db(dir: &Path, accounts: usize) -> String {
    let url = format!("sqlite://{}", dir.join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, accounts, 3).unwrap();
    url
}

#[test]
fn missing_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = recap(
        dir.path(),
        &["check", "--database-url", "sqlite://nowhere/x.db"],
    );
    assert_clear_error(&out, "nowhere/x.db does not exist");
}

#[test]
fn unreachable_server() {
    let dir = tempfile::tempdir().unwrap();
    let out = recap(
        dir.path(),
        &[
            "check",
            "--database-url",
            "postgres://postgres@127.0.0.1:1/test",
        ],
    );
    assert_clear_error(
        &out,
        "could not connect to PostgreSQL database postgres://postgres@127.0.0.1:1/test",
    );
}

#[test]
fn wrong_password_is_named_and_redacted() {
    let dir = tempfile::tempdir().unwrap();
    let out = recap(
        dir.path(),
        &[
            "check",
            "--database-url",
            "mysql://root:s3cret-wrong@127.0.0.1:3306/test",
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    if err.contains("Connection refused") {
        common::checkers::skip(
            "a wrong MariaDB password is named and redacted",
            "MariaDB not reachable at 127.0.0.1:3306",
        );
        return;
    }
    assert_clear_error(
        &out,
        "could not connect to MySQL database mysql://root:***@127.0.0.1:3306/test",
    );
    assert!(
        !err.contains("s3cret-wrong"),
        "the password must not be printed: {err}"
    );
}

#[test]
fn unknown_url_scheme() {
    let dir = tempfile::tempdir().unwrap();
    let out = recap(dir.path(), &["check", "--database-url", "oracle://x"]);
    assert_clear_error(&out, "is not one recap reads");
}

#[test]
fn missing_table() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("empty.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    src.execute("CREATE TABLE unrelated (x INTEGER)", &[])
        .unwrap();
    let out = recap(dir.path(), &["check", "--database-url", &url]);
    assert_clear_error(&out, "query failed on sqlite://");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such table"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("recap demo"));
}

fn with_config(dir: &Path, toml: &str) -> PathBuf {
    let p = dir.join("recap.toml");
    std::fs::write(&p, toml).unwrap();
    p
}

#[test]
fn custom_query_with_wrong_columns() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_db(dir.path(), 3);
    with_config(
        dir.path(),
        &format!(
            "database_url = {url:?}\n[queries]\naccounts = \"SELECT account_id FROM accounts\"\n"
        ),
    );
    let out = recap(dir.path(), &["check"]);
    assert_clear_error(
        &out,
        "the `accounts` query returns no column `name`, `segment`, `industry`",
    );
}

#[test]
fn custom_query_with_wrong_type() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_db(dir.path(), 3);
    let q = "SELECT account_id, X'00FF' AS name, segment, industry, region, touch_model, csm_name, csm_email, contract_start, renewal_date, currency FROM accounts";
    with_config(
        dir.path(),
        &format!("database_url = {url:?}\n[queries]\naccounts = {q:?}\n"),
    );
    let out = recap(dir.path(), &["check"]);
    assert_clear_error(&out, "returns column `name` as Blob");
}

#[test]
fn custom_query_with_bad_sql() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_db(dir.path(), 3);
    with_config(
        dir.path(),
        &format!("database_url = {url:?}\n[queries]\ngoals = \"SELEC nonsense\"\n"),
    );
    let out = recap(dir.path(), &["check"]);
    assert_clear_error(&out, "the `goals` query failed");
}

#[test]
fn malformed_config() {
    let dir = tempfile::tempdir().unwrap();
    with_config(dir.path(), "database_url = \n");
    let out = recap(dir.path(), &["check"]);
    assert_clear_error(&out, "recap.toml at line 1 is not a valid recap.toml");
    let out = recap(dir.path(), &["check", "--config", "missing.toml"]);
    assert_clear_error(&out, "could not read the configuration missing.toml");
}

#[test]
fn pack_says_what_it_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let out = recap(dir.path(), &["pack"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--month"));
    let url = demo_db(dir.path(), 2);
    let out = recap(
        dir.path(),
        &["pack", "--database-url", &url, "--month", "Sept"],
    );
    assert_clear_error(&out, "write it as YYYY-MM (2026-09) or `last`");
}

#[test]
fn wrapped_says_what_it_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_db(dir.path(), 2);
    let db = ["--database-url", url.as_str(), "--year", "2026"];
    let out = recap(dir.path(), &[&["wrapped"][..], &db].concat());
    assert_clear_error(&out, "say which accounts get a Wrapped");
    let out = recap(dir.path(), &[&["wrapped", "--all"][..], &db].concat());
    assert_clear_error(&out, "--base-url https://");
    let out = recap(
        dir.path(),
        &[
            &["wrapped", "--all", "--base-url", "http://x.example"][..],
            &db,
        ]
        .concat(),
    );
    assert_clear_error(&out, "must start with https://");
    with_config(dir.path(), "[wrapped]\ncta_url = \"www.example.com\"\n");
    let out = recap(
        dir.path(),
        &[
            &["wrapped", "--all", "--base-url", "https://x.example"][..],
            &db,
        ]
        .concat(),
    );
    assert_clear_error(&out, "wrapped.cta_url is \"www.example.com\"");
    std::fs::remove_file(dir.path().join("recap.toml")).unwrap();
    let out = recap(
        dir.path(),
        &[
            &[
                "wrapped",
                "--account",
                "NOPE",
                "--base-url",
                "https://x.example",
            ][..],
            &db,
        ]
        .concat(),
    );
    assert_clear_error(&out, "there is no account \"NOPE\"");
}

#[test]
fn bad_period() {
    let dir = tempfile::tempdir().unwrap();
    let out = recap(dir.path(), &["check", "--period", "2026-Q7"]);
    assert_clear_error(&out, "period \"2026-Q7\" is not one recap knows");
}

#[test]
fn check_is_clean_then_finds_injected_faults() {
    let dir = tempfile::tempdir().unwrap();
    let url = demo_db(dir.path(), 20);
    let src = Source::connect(&url, &Config::default(), false).unwrap();
    let out = recap(
        dir.path(),
        &[
            "check",
            "--database-url",
            &url,
            "--period",
            "2026-Q3",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["accounts"], 20);
    let baseline: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap().to_string())
        .collect();

    let t = |s: &str| Param::Text(s.into());
    src.execute("INSERT INTO nps_responses (response_id, account_id, contact_id, responded_at, score, comment) VALUES ('bad-nps', 'ACC-00001', NULL, '2026-08-01', 14, 'x')", &[]).unwrap();
    src.execute("INSERT INTO tickets (ticket_id, account_id, opened_at, closed_at, severity, escalated) VALUES ('ghost-t', 'NO-SUCH-ACCOUNT', '2026-08-01', NULL, 'low', 0)", &[]).unwrap();
    src.execute("INSERT INTO licenses (account_id, product, seats_purchased, starts_on, ends_on) VALUES (?, 'Extra', -5, '2026-01-01', '2025-01-01')", &[t("ACC-00002")]).unwrap();
    src.execute("INSERT INTO accounts (account_id, name, segment, industry, region, touch_model, csm_name, csm_email, currency) VALUES ('ACC-99999', 'Lonely Co', 'SMB', 'x', 'NA', 'digital', 'c', 'c@x', 'USD')", &[]).unwrap();
    src.execute("UPDATE tickets SET opened_at = 'last tuesday' WHERE ticket_id = (SELECT MIN(ticket_id) FROM tickets WHERE account_id = 'ACC-00003')", &[]).unwrap();

    let out = recap(
        dir.path(),
        &[
            "check",
            "--database-url",
            &url,
            "--period",
            "2026-Q3",
            "--strict",
        ],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    for needle in [
        "NPS scores outside 0–10",
        "NO-SUCH-ACCOUNT (1 rows)",
        "negative purchased seats",
        "licenses that end before they start",
        "accounts without goals",
        "accounts without contacts",
        "ACC-99999",
        "\"last tuesday\", not a date",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    let out = recap(
        dir.path(),
        &[
            "check",
            "--database-url",
            &url,
            "--period",
            "2026-Q3",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "without --strict findings do not fail"
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let checks: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .collect();
    for c in [
        "nps_out_of_range",
        "orphan_rows",
        "negative_seats",
        "ends_before_start",
        "no_goals",
        "unreadable_value",
    ] {
        assert!(
            checks.contains(&c),
            "{c} not in {checks:?} (baseline {baseline:?})"
        );
    }
}

//! The data layer on real PostgreSQL and MariaDB servers: a user's own query, a query that
//! returns a type recap cannot read, and `recap check` / `recap review` end to end.

use crate::common;

use std::process::Command;

use common::{Server, server_db};
use recap::config::{Config, Queries};
use recap::source::{Selection, Source};

fn recap(args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_recap"))
        .args(args)
        .current_dir(dir.path())
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", "error")
        .output()
        .unwrap()
}

fn user_queries_on(kind: Server) {
    let Some(db) = server_db(kind) else { return };
    let src = db.connect();
    recap::demo::generate(&src, 12, 9).unwrap();
    let expected = src.load_all(&Selection::default()).unwrap();
    // Wrapped's peer population, read in two halves split at the middle key with this
    // server's bind parameters, counts every account with a growth figure once.
    use recap::reports::wrapped::{self, facts::year_facts};
    let growth = |a: &recap::model::AccountData| year_facts(a, 2026).active_users_growth;
    let with_growth = expected.iter().filter(|a| growth(a).is_some()).count();
    assert!(with_growth > 3, "{with_growth}");
    let middle = src.middle_key().unwrap().unwrap();
    let below = expected
        .iter()
        .filter(|a| a.account.account_id < middle)
        .count();
    assert_eq!(below, expected.len() / 2, "{middle}");
    assert_eq!(wrapped::population(&src, 2026).unwrap().len(), with_growth);
    // The demo's exchange rates read back.
    let rates = src.fx_rates().unwrap();
    assert_eq!(rates.len(), 9, "{rates:?}");
    assert!(
        rates
            .iter()
            .any(|r| r.currency == "EUR" && r.reporting_currency == "USD" && r.rate == 1.08),
        "{rates:?}"
    );

    // The preview's search: any case, `%` and `_` literal, by key, at most the limit.
    let found = src.find_accounts("acc-0000", 5).unwrap();
    let ids: Vec<&str> = found.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ACC-00001",
            "ACC-00002",
            "ACC-00003",
            "ACC-00004",
            "ACC-00005"
        ]
    );
    let (id, name) = (&expected[3].account.account_id, &expected[3].account.name);
    let part: String = name.chars().take(6).collect::<String>().to_lowercase();
    let found = src.find_accounts(&part, 50).unwrap();
    assert!(
        found.iter().any(|(i, n)| i == id && n == name),
        "{part:?}: {found:?}"
    );
    assert_eq!(src.find_accounts("acc_0000", 5).unwrap(), vec![]);
    assert_eq!(src.find_accounts("%", 5).unwrap(), vec![]);

    // A warehouse with its own names and native types: a DATE column and a NUMERIC/DECIMAL.
    let (date, money) = match kind {
        Server::Postgres => ("DATE", "NUMERIC(12,2)"),
        Server::MySql => ("DATE", "DECIMAL(12,2)"),
    };
    src.execute(
        &format!("CREATE TABLE fin_revenue (company_key VARCHAR(64), month_start {date}, arr_amount {money})"),
        &[],
    )
    .unwrap();
    src.execute(
        "INSERT INTO fin_revenue SELECT account_id, CAST(month AS DATE), arr FROM arr_monthly",
        &[],
    )
    .unwrap();

    // Cast as the README says: dates to text, money to double.
    let (date_text, money_double) = match kind {
        Server::Postgres => ("month_start::text", "arr_amount::double precision"),
        Server::MySql => (
            "DATE_FORMAT(month_start, '%Y-%m-%d')",
            "CAST(arr_amount AS DOUBLE)",
        ),
    };
    let config = Config {
        queries: Queries {
            arr_monthly: Some(format!(
                "SELECT company_key AS account_id, {date_text} AS month, {money_double} AS arr FROM fin_revenue"
            )),
            fx_rates: Some(
                "SELECT currency, reporting_currency, rate FROM fx_rates WHERE reporting_currency = 'EUR';".into(),
            ),
            ..Default::default()
        },
        ..Default::default()
    };
    let mapped = Source::connect(&db.url, &config, false).unwrap();
    assert_eq!(mapped.load_all(&Selection::default()).unwrap(), expected);
    let to_eur = mapped.fx_rates().unwrap();
    assert_eq!(to_eur.len(), 3);
    assert!(to_eur.iter().all(|r| r.reporting_currency == "EUR"));
    common::close(mapped);

    // Without the casts the README asks for.
    let raw = Config {
        queries: Queries {
            arr_monthly: Some("SELECT company_key AS account_id, month_start AS month, arr_amount AS arr FROM fin_revenue".into()),
            fx_rates: Some("SELECT currency, reporting_currency, rate FROM fin_fx".into()),
            ..Default::default()
        },
        ..Default::default()
    };
    // The packed reader gets a child table's rows as JSON, where a DATE is ISO text and a
    // NUMERIC a number: the uncast query reads the same accounts.
    let raw_src = Source::connect(&db.url, &raw, false).unwrap();
    assert_eq!(raw_src.load_all(&Selection::default()).unwrap(), expected);
    assert!(raw_src.packs());
    common::close(raw_src);
    // Row by row, forgetting the cast gets a sentence that says what to do.
    let bad = Source::connect(&db.url, &raw, false).unwrap().unpacked();
    let err = bad.load_all(&Selection::default()).unwrap_err().to_string();
    assert!(
        err.contains("the `arr_monthly` query failed") && err.contains("cast dates to text"),
        "{err}"
    );
    // A query of the user's own on a missing table is an error, not "no rates".
    let err = bad.fx_rates().unwrap_err().to_string();
    assert!(err.contains("the `fx_rates` query failed"), "{err}");
    common::close(bad);

    // check and review end to end on the server.
    let out = recap(&[
        "check",
        "--database-url",
        &db.url,
        "--period",
        "2026-Q3",
        "--format",
        "json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["accounts"], 12);
    let out_dir = tempfile::tempdir().unwrap();
    let (t, f) = (
        format!("{}/templates", env!("CARGO_MANIFEST_DIR")),
        format!("{}/fonts", env!("CARGO_MANIFEST_DIR")),
    );
    let out = recap(&[
        "review",
        "--all",
        "--database-url",
        &db.url,
        "--period",
        "2026-Q3",
        "--quiet",
        "--templates",
        &t,
        "--fonts",
        &f,
        "--out",
        out_dir.path().to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdfs = std::fs::read_dir(out_dir.path().join("review/2026-Q3"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .count();
    assert_eq!(pdfs, 12);

    // Without the fx_rates table there are no rates (recap.toml's are used), not an error.
    src.execute("DROP TABLE fx_rates", &[]).unwrap();
    assert_eq!(src.fx_rates().unwrap(), vec![]);
    common::close(src);
}

#[test]
fn user_queries_and_commands_on_postgres() {
    user_queries_on(Server::Postgres);
}

#[test]
fn user_queries_and_commands_on_mariadb() {
    user_queries_on(Server::MySql);
}

/// The database going away mid-run: dropped connections are retried and the run completes;
/// a database that is gone for good fails the run with a clear reason, keeps every finished
/// file, and the rerun (on the same data) finishes the rest without redoing them.
#[test]
fn the_database_going_away_mid_run_loses_no_work() {
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    let Some(db) = server_db(Server::Postgres) else {
        return;
    };
    let src = db.connect();
    recap::demo::generate(&src, 120, 4).unwrap();
    common::close(src);
    let admin = Source::connect(&Server::Postgres.url("test"), &Config::default(), false).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let folder = out_dir.path().join("review/2026-Q3");
    let (t, f) = (
        format!("{}/templates", env!("CARGO_MANIFEST_DIR")),
        format!("{}/fonts", env!("CARGO_MANIFEST_DIR")),
    );
    let pdfs = || {
        std::fs::read_dir(&folder)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
                    .count()
            })
            .unwrap_or(0)
    };
    // One batch process over the test database, one document at a time, 10 accounts per load.
    let review = |out: &std::path::Path, extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_recap"))
            .args([
                "review",
                "--all",
                "--period",
                "2026-Q3",
                "--jobs",
                "1",
                "--chunk-size",
                "10",
            ])
            .args(["--database-url", &db.url, "--templates", &t, "--fonts", &f])
            .arg("--out")
            .arg(out)
            .args(extra)
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let wait_for = |n: usize| {
        let started = Instant::now();
        while pdfs() < n && started.elapsed() < Duration::from_secs(120) {
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    let kill_sessions = format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{}' AND pid <> pg_backend_pid()",
        db.name
    );

    // 1. Connections dropped (a failover, a restart): the loader retries and the run completes.
    let child = review(out_dir.path(), &[]);
    wait_for(5);
    admin.execute(&kill_sessions, &[]).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(pdfs(), 120);

    // 2. The database disappears for good: finished files stay, the reason is clear.
    let child = review(&out_dir.path().join("second"), &["--force"]);
    let second = out_dir.path().join("second/review/2026-Q3");
    let started = Instant::now();
    while std::fs::read_dir(&second).map(|d| d.count()).unwrap_or(0) < 8
        && started.elapsed() < Duration::from_secs(120)
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    admin
        .execute(&format!("DROP DATABASE {} WITH (FORCE)", db.name), &[])
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("loading stopped early") && err.contains("rerun"),
        "{err}"
    );
    let kept: Vec<_> = std::fs::read_dir(&second)
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .collect();
    assert!(!kept.is_empty() && kept.len() < 120, "{} kept", kept.len());
    for e in &kept {
        let bytes = std::fs::read(e.path()).unwrap();
        assert!(bytes.starts_with(b"%PDF") && bytes.trim_ascii_end().ends_with(b"%%EOF"));
    }

    // 3. The database is back with the same data: the rerun finishes without redoing work.
    admin
        .execute(&format!("CREATE DATABASE {}", db.name), &[])
        .unwrap();
    let src = db.connect();
    recap::demo::generate(&src, 120, 4).unwrap();
    common::close(src);
    let out = review(&out_dir.path().join("second"), &[])
        .wait_with_output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let manifest = std::fs::read_to_string(second.join("manifest.csv")).unwrap();
    let skipped = manifest.lines().filter(|l| l.contains(",skipped,")).count();
    assert_eq!(skipped, kept.len(), "finished accounts are not redone");
    assert_eq!(manifest.lines().count(), 121);
    common::close(admin);
}

//! `recap demo`: the synthetic dataset is deterministic, identical on every backend, loads into
//! plausible accounts, and is fast enough for 10,000 accounts.

use crate::common;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use recap::demo::{self, DemoStats};
use recap::model::AccountData;
use recap::source::{Selection, Source, TABLES};

use common::{Server, close, connect, dump, server_db, sqlite_temp};

const N: usize = 50;
const SEED: u64 = 20_260_930;

/// Every table of `source`, dumped.
fn dump_all(source: &Source) -> Vec<(String, Vec<Vec<String>>)> {
    TABLES
        .iter()
        .map(|t| (t.name().to_string(), dump(source, t.name())))
        .collect()
}

fn count(source: &Source, table: &str) -> u64 {
    dump(source, table).len() as u64
}

fn counts(source: &Source) -> DemoStats {
    DemoStats {
        accounts: count(source, "accounts"),
        contacts: count(source, "contacts"),
        arr_monthly: count(source, "arr_monthly"),
        licenses: count(source, "licenses"),
        feature_usage_monthly: count(source, "feature_usage_monthly"),
        goals: count(source, "goals"),
        goal_measurements: count(source, "goal_measurements"),
        milestones: count(source, "milestones"),
        tickets: count(source, "tickets"),
        nps_responses: count(source, "nps_responses"),
    }
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn same_seed_same_rows_and_rerun_replaces() {
    let (_a_dir, a_url) = sqlite_temp();
    let (_b_dir, b_url) = sqlite_temp();
    let a = connect(&a_url);
    let b = connect(&b_url);
    let stats_a = demo::generate(&a, N, SEED).unwrap();
    // Rerunning replaces the rows instead of adding to them.
    let stats_a2 = demo::generate(&a, N, SEED).unwrap();
    let stats_b = demo::generate(&b, N, SEED).unwrap();
    assert_eq!(stats_a, stats_a2);
    assert_eq!(stats_a, stats_b);
    assert_eq!(counts(&a), stats_a, "the stats count the rows written");
    assert_eq!(stats_a.accounts, N as u64);
    let rows_a = dump_all(&a);
    assert_eq!(rows_a, dump_all(&b));
    for (table, rows) in &rows_a {
        assert!(!rows.is_empty(), "{table} has rows");
    }

    // Another seed, other data (same shape).
    let (_c_dir, c_url) = sqlite_temp();
    let c = connect(&c_url);
    let stats_c = demo::generate(&c, N, SEED + 1).unwrap();
    assert_eq!(stats_c.accounts, N as u64);
    let rows_c = dump_all(&c);
    for ((table, x), (_, y)) in rows_a.iter().zip(&rows_c) {
        assert_ne!(x, y, "{table} differs with another seed");
    }
}

#[test]
fn an_account_does_not_depend_on_how_many_are_made() {
    let (_a_dir, a_url) = sqlite_temp();
    let (_b_dir, b_url) = sqlite_temp();
    let a = connect(&a_url);
    let b = connect(&b_url);
    demo::generate(&a, 10, SEED).unwrap();
    demo::generate(&b, 30, SEED).unwrap();
    let first_ten: Vec<String> = (1..=10).map(|n| format!("ACC-{n:05}")).collect();
    let sel = Selection {
        accounts: Some(first_ten),
        ..Selection::default()
    };
    // Company names are a permutation that depends on the seed only, so the accounts are equal.
    assert_eq!(a.load_all(&sel).unwrap(), b.load_all(&sel).unwrap());
}

#[test]
fn loads_into_plausible_accounts() {
    let (_dir, url) = sqlite_temp();
    let source = connect(&url);
    let n = 300;
    demo::generate(&source, n, SEED).unwrap();
    let all = source.load_all(&Selection::default()).unwrap();
    assert_eq!(all.len(), n);
    check_plausible(&all);
    // Child rows arrive packed in JSON (one row per account and table); read one by one they
    // are the same accounts, to the last digit of every double.
    assert!(source.packs());
    let unpacked = connect(&url).unpacked();
    assert!(unpacked.load_all(&Selection::default()).unwrap() == all);

    // Zero-padded keys: text order is numeric order.
    let ids: Vec<&str> = all.iter().map(|a| a.account.account_id.as_str()).collect();
    assert_eq!(ids[0], "ACC-00001");
    assert_eq!(ids[n - 1], format!("ACC-{n:05}"));
    assert!(ids.windows(2).all(|w| w[0] < w[1]));

    // Realistic faults for the data-quality check: a row keyed to no account.
    let orphans = source.orphans(recap::source::Table::NpsResponses).unwrap();
    assert_eq!(orphans, vec![("acc-00251".to_string(), 1)]);
}

#[test]
fn zero_accounts_empties_the_tables() {
    let (_dir, url) = sqlite_temp();
    let source = connect(&url);
    demo::generate(&source, 5, SEED).unwrap();
    let stats = demo::generate(&source, 0, SEED).unwrap();
    assert_eq!(stats, DemoStats::default());
    assert_eq!(counts(&source), DemoStats::default());
}

#[test]
fn writes_fx_rates_and_the_source_reads_them() {
    use recap::config::ReportingConfig;
    use recap::fx::Rates;

    // A database without the table (made before fx_rates existed) has no rates, not an error.
    let (_old_dir, old_url) = sqlite_temp();
    let old = connect(&old_url);
    assert_eq!(old.fx_rates().unwrap(), vec![]);

    let (_dir, url) = sqlite_temp();
    let source = connect(&url);
    demo::generate(&source, 5, SEED).unwrap();
    // Rerunning on the existing database replaces the rows.
    demo::generate(&source, 5, SEED).unwrap();
    assert_eq!(
        count(&source, "fx_rates"),
        9,
        "every ordered pair of EUR, GBP, USD"
    );
    let rates = source.fx_rates().unwrap();
    assert_eq!(rates.len(), 9);
    let eur_usd = rates
        .iter()
        .find(|r| r.currency == "EUR" && r.reporting_currency == "USD")
        .expect("EUR → USD");
    assert_eq!(eur_usd.rate, 1.08);
    let usd = Rates::new(&ReportingConfig::default(), &rates).unwrap();
    assert_eq!(usd.rate("EUR"), Some(1.08));
    assert_eq!(usd.rate("GBP"), Some(1.27));

    // A row that cannot be used is an error naming it.
    common::exec(
        &source,
        "UPDATE fx_rates SET rate = 0 WHERE currency = 'GBP' AND reporting_currency = 'USD'",
        &[],
    );
    let err = source.fx_rates().unwrap_err().to_string();
    assert!(
        err.contains("GBP → USD") && err.contains("positive"),
        "{err}"
    );
}

fn check_plausible(all: &[AccountData]) {
    let first = demo::first_day();
    let last = demo::last_day();
    let n = all.len();
    let share =
        |f: &dyn Fn(&AccountData) -> bool| all.iter().filter(|a| f(a)).count() as f64 / n as f64;

    let names: BTreeSet<&str> = all.iter().map(|a| a.account.name.as_str()).collect();
    assert_eq!(names.len(), n, "company names are unique");
    let segments: BTreeSet<&str> = all.iter().map(|a| a.account.segment.as_str()).collect();
    assert_eq!(
        segments,
        BTreeSet::from(["Enterprise", "Mid-Market", "SMB"])
    );
    let touch: BTreeSet<&str> = all.iter().map(|a| a.account.touch_model.as_str()).collect();
    assert_eq!(touch, BTreeSet::from(["digital", "high-touch", "pooled"]));
    let regions: BTreeSet<&str> = all.iter().map(|a| a.account.region.as_str()).collect();
    assert_eq!(regions, BTreeSet::from(["APAC", "EMEA", "LATAM", "NA"]));
    let csms: BTreeSet<&str> = all.iter().map(|a| a.account.csm_name.as_str()).collect();
    assert!((6..=8).contains(&csms.len()), "{csms:?}");
    assert!(share(&|a| a.account.currency == "USD") > 0.6);

    for a in all {
        let id = &a.account.account_id;
        assert!(a.problems.is_empty(), "{id}: {:?}", a.problems);
        let start = a.account.contract_start.expect("contract start");
        assert!(
            start >= date("2022-01-01") && start <= date("2025-12-31"),
            "{id} {start}"
        );
        assert!(a.account.renewal_date.expect("renewal date") > start);
        assert!(a.account.csm_email.ends_with("@example.com"));

        // Contacts: one sponsor, a champion, an admin, end users.
        for role in ["executive_sponsor", "champion", "admin", "end_user"] {
            assert!(
                a.contacts.iter().any(|c| c.role == role),
                "{id} has a {role}"
            );
        }
        assert!(
            a.contacts
                .iter()
                .all(|c| c.email.contains('@') && c.email.is_ascii())
        );

        // ARR: non-negative, monthly, within the window, 0 from churn on.
        assert!(!a.arr.is_empty(), "{id} has ARR");
        assert!(
            a.arr
                .iter()
                .all(|m| m.arr >= 0.0 && m.month >= first && m.month <= last)
        );
        assert!(
            a.arr
                .iter()
                .all(|m| m.arr == (m.arr * 100.0).round() / 100.0),
            "{id} ARR in cents"
        );
        let end_arr = a.arr.last().unwrap();
        assert_eq!(end_arr.month, date("2026-09-01"));
        if let Some(churn) = a.arr.iter().position(|m| m.arr == 0.0) {
            assert!(
                a.arr[churn..].iter().all(|m| m.arr == 0.0),
                "{id}: churn is final"
            );
            let churn_month = a.arr[churn].month;
            assert!(
                a.usage.iter().all(|u| u.month < churn_month),
                "{id}: no usage after churn"
            );
        }

        // Usage: within the window, features no more used than sign-in.
        for u in &a.usage {
            assert!(
                u.month >= first && u.month <= last,
                "{id} usage in {}",
                u.month
            );
            assert!(u.active_users >= 0 && u.events >= 0);
            let sign_in = a
                .usage
                .iter()
                .find(|x| x.month == u.month && x.product == u.product && x.feature == "Sign-in")
                .expect("a Sign-in row per product and month");
            assert!(u.active_users <= sign_in.active_users);
        }
        assert!(
            a.licenses
                .iter()
                .all(|l| l.seats_purchased > 0 && l.starts_on < l.ends_on)
        );

        // Goals, milestones, tickets, NPS: valid values only.
        for g in &a.goals {
            assert!(
                ["executive_sponsor", "champion", "end_user"]
                    .contains(&g.stakeholder_role.as_str())
            );
            assert_ne!(g.baseline, g.target, "{}", g.goal_id);
            assert!(
                g.measurements
                    .iter()
                    .all(|m| m.measured_on <= last && m.value >= 0.0)
            );
        }
        for m in &a.milestones {
            assert!(
                [
                    "discovery",
                    "benchmark_goals",
                    "plan",
                    "collaboration",
                    "success_dashboard"
                ]
                .contains(&m.stage.as_str())
            );
            assert!(["customer", "vendor"].contains(&m.owner_side.as_str()));
            assert!(!m.owner_name.is_empty());
            assert!(m.completed_on.is_none_or(|c| c <= last));
        }
        for t in &a.tickets {
            assert!(["low", "normal", "high", "critical"].contains(&t.severity.as_str()));
            assert!(t.opened_at >= first && t.opened_at <= last);
            assert!(t.closed_at.is_none_or(|c| c >= t.opened_at && c <= last));
            assert!(t.csat.is_none_or(|c| (1..=5).contains(&c)));
        }
        for r in &a.nps {
            assert!((0..=10).contains(&r.score), "{id} NPS {}", r.score);
            assert!(r.responded_at >= first && r.responded_at <= last);
            assert!(
                r.contact_id
                    .as_ref()
                    .is_some_and(|c| a.contacts.iter().any(|x| &x.contact_id == c))
            );
        }
    }

    // Most accounts have data everywhere; a few are deliberately thin.
    assert!(share(&|a| !a.goals.is_empty()) > 0.9);
    assert!(share(&|a| !a.usage.is_empty()) > 0.9);
    assert!(share(&|a| !a.milestones.is_empty()) > 0.9);
    assert!(share(&|a| !a.tickets.is_empty()) > 0.6);
    assert!(share(&|a| !a.nps.is_empty()) > 0.7);
    assert!(
        all.iter().any(|a| a.goals.is_empty()),
        "an account without goals"
    );
    assert!(
        all.iter().any(|a| a.nps.is_empty()),
        "an account without NPS"
    );
    // Some churn, some goals reached, some missed, some without measurements yet.
    let churned = share(&|a| a.arr.last().is_some_and(|m| m.arr == 0.0));
    assert!(churned > 0.02 && churned < 0.2, "churn {churned}");
    let goals: Vec<_> = all.iter().flat_map(|a| &a.goals).collect();
    let reached = |g: &&recap::model::Goal| {
        g.measurements
            .last()
            .is_some_and(|m| (m.value - g.baseline) / (g.target - g.baseline) >= 1.0)
    };
    assert!(goals.iter().any(reached));
    assert!(
        goals
            .iter()
            .any(|g| !reached(g) && !g.measurements.is_empty())
    );
    assert!(goals.iter().any(|g| g.measurements.is_empty()));
    assert!(goals.iter().any(|g| g.value_per_unit.is_some()));
    // Shelfware and full use both exist at the end of the window.
    let utilization: Vec<f64> = all
        .iter()
        .filter_map(|a| {
            let seats = recap::metrics::seats_at(a, date("2026-09-01"));
            seats.utilization
        })
        .collect();
    assert!(utilization.iter().any(|u| *u < 0.5));
    assert!(utilization.iter().any(|u| *u > 0.95));
    // Comments read like people: some empty, none with a placeholder left.
    let comments: Vec<&str> = all
        .iter()
        .flat_map(|a| &a.nps)
        .filter_map(|r| r.comment.as_deref())
        .collect();
    assert!(!comments.is_empty());
    assert!(comments.iter().all(|c| !c.contains('{')));
    assert!(all.iter().flat_map(|a| &a.nps).any(|r| r.comment.is_none()));
}

/// Writes the 50-account dataset to `kind`'s server and checks it equals the SQLite one, row
/// by row and as loaded.
fn same_on_server(kind: Server) {
    let Some(db) = server_db(kind) else { return };
    let (_dir, url) = sqlite_temp();
    let lite = connect(&url);
    let lite_stats = demo::generate(&lite, N, SEED).unwrap();
    let server = db.connect();
    let stats = demo::generate(&server, N, SEED).unwrap();
    assert_eq!(stats, lite_stats);
    // Twice, to see that rerunning replaces the data there too.
    let stats = demo::generate(&server, N, SEED).unwrap();
    assert_eq!(stats, lite_stats);
    assert_eq!(
        dump_all(&server),
        dump_all(&lite),
        "rows on {}",
        kind.name()
    );
    let expected = lite.load_all(&Selection::default()).unwrap();
    let loaded = server.load_all(&Selection::default()).unwrap();
    assert_eq!(loaded.len(), N);
    assert!(
        loaded == expected,
        "the model loaded from {} equals SQLite's",
        kind.name()
    );
    // The server's JSON (json_agg, JSON_ARRAYAGG) reads the same as its rows one by one.
    assert!(server.packs(), "{} read packed rows", kind.name());
    let server = server.unpacked();
    assert!(
        server.load_all(&Selection::default()).unwrap() == expected,
        "{} read row by row equals SQLite's",
        kind.name()
    );
    close(server);
}

#[test]
fn postgres_gets_the_same_data() {
    same_on_server(Server::Postgres);
}

#[test]
fn mariadb_gets_the_same_data() {
    same_on_server(Server::MySql);
}

/// `cargo test --release --test demo -- --ignored --nocapture`: the time to write 10,000
/// accounts to SQLite.
#[test]
#[ignore]
fn speed_10k_sqlite() {
    let (dir, url) = sqlite_temp();
    let source = connect(&url);
    let started = std::time::Instant::now();
    let stats = demo::generate(&source, 10_000, SEED).unwrap();
    let secs = started.elapsed().as_secs_f64();
    close(source);
    let size = std::fs::metadata(dir.path().join("test.db")).unwrap().len();
    eprintln!(
        "10,000 accounts in {secs:.1} s, {:.0} MB, {} rows: {stats:?}",
        size as f64 / 1e6,
        stats.total()
    );
}

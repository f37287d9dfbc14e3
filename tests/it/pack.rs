//! `recap pack` end to end: the figures a leader challenges, recomputed here by brute force
//! from the rows (in Python over the SQLite file, not through recap's metrics) and found in
//! the PDF's text; the hot-spot rule on a built case; a currency without a rate; stale and
//! missing data; exit codes; the clock of `--month last`; reruns that rewrite nothing.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{exec, recap, recap_logging};
use recap::config::Config;
use recap::source::Source;

struct Demo {
    dir: tempfile::TempDir,
    url: String,
    db: std::path::PathBuf,
}

fn demo(accounts: usize) -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let url = format!("sqlite://{}", db.display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, accounts, 42).unwrap();
    src.block_on(src.pool().close());
    Demo { dir, url, db }
}

fn with_source(d: &Demo, f: impl FnOnce(&Source)) {
    let src = Source::connect(&d.url, &Config::default(), false).unwrap();
    f(&src);
    src.block_on(src.pool().close());
}

fn pack(d: &Demo, extra: &[&str]) -> std::process::Output {
    let out = d.dir.path().join("out");
    let mut args = vec![
        "pack",
        "--database-url",
        &d.url,
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    recap(d.dir.path(), &args)
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The brute force: Python's sqlite3 over the rows, with the definitions of the method page
/// written out again from scratch. Prints one JSON object.
const BRUTE: &str = r#"
import json, sqlite3, sys, datetime
db, month, rates = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
con = sqlite3.connect(db)
y, m = map(int, month.split('-'))
def add_months(y, m, k):
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1
start = datetime.date(y, m, 1)
ny, nm = add_months(y, m, 1)
end = datetime.date(ny, nm, 1) - datetime.timedelta(days=1)
py, pm = add_months(y, m, -12)
then = datetime.date(py, pm, 1).isoformat()
wy, wm = add_months(y, m, -11)
window = datetime.date(wy, wm, 1).isoformat()
cur = {a: (c or 'USD').strip().upper() for a, c in con.execute('select account_id, currency from accounts')}
arr = {}
for a, mo, v in con.execute('select account_id, month, arr from arr_monthly'):
    arr[(a, mo[:10])] = v
rate = lambda a: rates.get(cur[a])
now_m = start.isoformat()
# Retention cohort: ARR > 0 twelve months before, in currencies with a rate.
t_then = t_now = t_cap = 0.0; cohort = lost = 0
for a in cur:
    r = rate(a)
    if r is None: continue
    b = arr.get((a, then), 0) or 0
    if b <= 0: continue
    n = max(arr.get((a, now_m), 0) or 0, 0)
    cohort += 1; t_then += b * r; t_now += n * r; t_cap += min(n, b) * r; lost += (n <= 0)
customers = [a for a in cur if (arr.get((a, now_m)) or 0) > 0]
total_arr = sum(arr[(a, now_m)] * rate(a) for a in customers if rate(a) is not None)
goals = {}
for gid, a, base, target, direction, vpu in con.execute('select goal_id, account_id, baseline, target, direction, value_per_unit from goals'):
    goals[gid] = dict(a=a, base=base, target=target, dir=direction, vpu=vpu, ms=[])
for gid, on, v in con.execute('select goal_id, measured_on, value from goal_measurements order by measured_on'):
    if gid in goals: goals[gid]['ms'].append((on[:10], v))
def progress(g, v):
    if g['target'] == g['base']: return None
    return (v - g['base']) / (g['target'] - g['base'])
measured = set(); achieving = set(); value = {}; first_reach = {}
for g in goals.values():
    a = g['a']
    ms = [x for x in g['ms'] if x[0] <= end.isoformat()]
    if ms and progress(g, ms[-1][1]) is not None: measured.add(a)
    if any(window <= d <= end.isoformat() and (progress(g, v) or 0) >= 1 and progress(g, v) is not None for d, v in ms): achieving.add(a)
    if ms and g['vpu'] is not None:
        imp = (ms[-1][1] - g['base']) if g['dir'] == 'higher' else (g['base'] - ms[-1][1])
        value[a] = value.get(a, 0) + imp * g['vpu']
    for d, v in ms:
        p = progress(g, v)
        if p is not None and p >= 1:
            first_reach.setdefault(id(g), (a, d)); break
starts = {a: s for a, s in con.execute('select account_id, contract_start from accounts')}
earliest = {}
for a, d in first_reach.values():
    s = starts.get(a)
    if s and d >= s[:10]:
        earliest[a] = min(earliest.get(a, d), d)
cust = set(customers)
ttv = sorted((datetime.date.fromisoformat(d) - datetime.date.fromisoformat(starts[a][:10])).days for a, d in earliest.items() if a in cust)
med = None
if ttv:
    k = len(ttv)
    med = ttv[k // 2] if k % 2 else (ttv[k // 2 - 1] + ttv[k // 2]) / 2
meas_c = measured & cust
print(json.dumps(dict(
    nrr=t_now / t_then if t_then else None, grr=t_cap / t_then if t_then else None,
    churn=lost / cohort if cohort else None, cohort=cohort, customers=len(customers), arr=total_arr,
    achieving=len(achieving & meas_c) / len(meas_c) if meas_c else None, measured=len(meas_c),
    value=sum(value[a] * rate(a) for a in value if a in cust and rate(a) is not None),
    ttv=med, ttv_n=len(ttv))))
"#;

/// The figures recomputed by Python from the raw rows; `None` without Python (skipped).
fn brute(db: &Path, month: &str) -> Option<serde_json::Value> {
    let rates = r#"{"USD": 1.0, "EUR": 1.08, "GBP": 1.27}"#;
    let check = "the pack's figures against a brute force in Python";
    let out = common::python(check, BRUTE, &[db.to_str().unwrap(), month, rates])?;
    Some(serde_json::from_slice(&out).unwrap())
}

fn percent(f: f64) -> String {
    format!("{}%", (100.0 * f).round() as i64)
}

fn money(v: f64) -> String {
    let n = v.round() as i64;
    let s = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    format!("{}${out}", if n < 0 { "-" } else { "" })
}

#[test]
fn figures_match_a_brute_force_over_the_rows() {
    let d = demo(240);
    let o = pack(&d, &["--month", "2026-09"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let folder = d.dir.path().join("out/pack/2026-09");
    // The HTML page passes the Nu HTML Checker and axe-core (WCAG 2.1 A/AA, at 400 px too).
    let html = folder.join("pack.html");
    common::nu_check(std::slice::from_ref(&html));
    common::axe_check(std::slice::from_ref(&html));

    let Some(b) = brute(&d.db, "2026-09") else {
        return;
    };
    if !common::checkers::poppler("the pack's figures in its PDF text") {
        return;
    }
    // Page 1 as laid out: a figure's label and value share a line, its n is on the next.
    let page1 = common::tool(
        "pdftotext",
        &[
            "-layout",
            "-f",
            "1",
            "-l",
            "1",
            folder.join("pack.pdf").to_str().unwrap(),
            "-",
        ],
    );
    let lines: Vec<&str> = page1.lines().collect();
    let f = |k: &str| {
        b[k].as_f64()
            .unwrap_or_else(|| panic!("{k} has no data: {b}"))
    };
    let n = |k: &str| b[k].as_u64().unwrap();

    let cases = [
        (
            "Net revenue retention",
            percent(f("nrr")),
            format!("n = {} customers a year ago", n("cohort")),
        ),
        (
            "Gross revenue retention",
            percent(f("grr")),
            format!("n = {} customers a year ago", n("cohort")),
        ),
        (
            "Logo churn",
            percent(f("churn")),
            format!("n = {} customers a year ago", n("cohort")),
        ),
        (
            "Customers achieving value",
            percent(f("achieving")),
            format!("n = {} customers with a measured goal", n("measured")),
        ),
        (
            "ARR",
            money(f("arr")),
            format!("n = {} customers", n("customers")),
        ),
        (
            "Value generated",
            money(f("value")),
            "customers with a valued goal".to_string(),
        ),
        (
            "Median time to value",
            format!("{} days", f("ttv").round() as i64),
            format!("n = {} customers who reached a goal", n("ttv_n")),
        ),
        (
            "Customers",
            n("customers").to_string(),
            "with ARR at the month's end".to_string(),
        ),
    ];
    for (label, value, n_text) in cases {
        let i = lines
            .iter()
            .position(|l| l.split("   ").any(|cell| cell.trim() == label))
            .unwrap_or_else(|| panic!("{label:?} not on page 1:\n{page1}"));
        let at = lines[i].find(label).unwrap() + label.len();
        let rest = lines[i][at..].trim_start();
        assert!(
            rest.starts_with(&value),
            "{label}: want {value}, page 1 says {:?}",
            lines[i]
        );
        assert!(
            lines[i + 1].contains(&n_text),
            "{label}: want {n_text:?} under it, got {:?}",
            lines[i + 1]
        );
    }
}

#[test]
fn no_data_for_the_month_is_an_error_naming_the_data() {
    let d = demo(20);
    let o = pack(&d, &["--month", "2027-03"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("arr_monthly") && e.contains("2026-09-01"), "{e}");
    assert!(!d.dir.path().join("out/pack/2027-03/pack.pdf").exists());
    // Before the data starts: no customers, no empty pack.
    let o = pack(&d, &["--month", "2023-06"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no account"), "{}", stderr(&o));
    assert!(!d.dir.path().join("out/pack/2023-06/pack.pdf").exists());
}

#[test]
fn stale_table_and_missing_rate_finish_with_warnings() {
    let d = demo(60);
    with_source(&d, |s| {
        // Usage stops in August; one customer bills in yen, which has no rate.
        exec(
            s,
            "DELETE FROM feature_usage_monthly WHERE month >= '2026-09-01'",
            &[],
        );
        exec(
            s,
            "UPDATE accounts SET currency = 'JPY' WHERE account_id = (SELECT account_id FROM arr_monthly WHERE month = '2026-09-01' AND arr > 0 ORDER BY account_id LIMIT 1)",
            &[],
        );
    });
    let o = recap_logging(
        d.dir.path(),
        &[
            "pack",
            "--database-url",
            &d.url,
            "--out",
            d.dir.path().join("out").to_str().unwrap(),
            "--month",
            "2026-09",
        ],
        "warn",
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    if !common::checkers::poppler("the pack's warnings in its PDF text") {
        return;
    }
    let text = common::pdf_text(&d.dir.path().join("out/pack/2026-09/pack.pdf"));
    assert!(
        text.contains("feature_usage_monthly has no data after"),
        "{text}"
    );
    assert!(
        text.contains("1 account bills in a currency without an exchange rate (JPY)"),
        "{text}"
    );
    let e = stderr(&o);
    assert!(e.contains("JPY") || e.contains("currency"), "{e}");
}

#[test]
fn rerun_rewrites_nothing_and_force_rewrites() {
    let d = demo(30);
    let run = |extra: &[&str]| {
        let mut args = vec!["--month", "2026-09"];
        args.extend_from_slice(extra);
        let o = pack(&d, &args);
        assert!(o.status.code() == Some(0), "{}", stderr(&o));
    };
    run(&[]);
    let pdf = d.dir.path().join("out/pack/2026-09/pack.pdf");
    let first = std::fs::metadata(&pdf).unwrap().modified().unwrap();
    let bytes = std::fs::read(&pdf).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    run(&[]);
    assert_eq!(std::fs::metadata(&pdf).unwrap().modified().unwrap(), first);
    run(&["--force"]);
    assert_ne!(std::fs::metadata(&pdf).unwrap().modified().unwrap(), first);
    assert_eq!(std::fs::read(&pdf).unwrap(), bytes, "same data, same bytes");
}

#[test]
fn month_last_follows_the_clock_and_time_zone() {
    let d = demo(10);
    let cases = [
        ("2026-10-01T06:00:00Z", "UTC", "2026-09"),
        // 23:30 UTC on Sep 30 is already October 1 in Berlin: September is complete there.
        ("2026-09-30T23:30:00Z", "Europe/Berlin", "2026-09"),
        ("2026-09-30T23:30:00Z", "UTC", "2026-08"),
    ];
    for (now, tz, want) in cases {
        let config = d.dir.path().join("recap.toml");
        std::fs::write(&config, format!("[schedule]\ntimezone = \"{tz}\"\n")).unwrap();
        let out = d
            .dir
            .path()
            .join(format!("out-{want}-{}", tz.replace('/', "-")));
        let o = Command::new(env!("CARGO_BIN_EXE_recap"))
            .args([
                "pack",
                "--database-url",
                &d.url,
                "--config",
                config.to_str().unwrap(),
                "--month",
                "last",
                "--out",
                out.to_str().unwrap(),
                "--templates",
                concat!(env!("CARGO_MANIFEST_DIR"), "/templates"),
                "--fonts",
                concat!(env!("CARGO_MANIFEST_DIR"), "/fonts"),
            ])
            .env("RECAP_NOW", now)
            .env("RUST_LOG", "error")
            .output()
            .unwrap();
        assert!(
            o.status.code().is_some_and(|c| c <= 1),
            "{now} {tz}: {}",
            stderr(&o)
        );
        assert!(
            out.join("pack").join(want).join("pack.pdf").exists(),
            "{now} {tz} → {want}"
        );
    }
}

#[test]
fn a_truly_hot_segment_is_called_and_a_small_extreme_group_is_not() {
    let d = demo(200);
    with_source(&d, |s| {
        // 70 customers in a segment of their own, each with ten promoters this year; the rest
        // keep the demo's mixed answers. Three customers in a region of their own answer only
        // as detractors, but 15 responses are under the minimum of 30.
        exec(
            s,
            "UPDATE accounts SET segment = 'Bright' WHERE account_id IN (SELECT account_id FROM arr_monthly WHERE month = '2026-09-01' AND arr > 0 ORDER BY account_id LIMIT 70)",
            &[],
        );
        let months = "(SELECT 1 AS i UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 \
             UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) n";
        exec(
            s,
            "DELETE FROM nps_responses WHERE account_id IN (SELECT account_id FROM accounts WHERE segment = 'Bright')",
            &[],
        );
        exec(
            s,
            &format!(
                "INSERT INTO nps_responses (response_id, account_id, contact_id, responded_at, score, comment) \
                 SELECT 'HOT-' || a.account_id || '-' || n.i, a.account_id, NULL, '2026-0' || n.i || '-15', 10, NULL \
                 FROM accounts a, {months} WHERE a.segment = 'Bright'"
            ),
            &[],
        );
        exec(
            s,
            "UPDATE accounts SET region = 'Tiny' WHERE account_id IN (SELECT account_id FROM arr_monthly WHERE month = '2026-09-01' AND arr > 0 ORDER BY account_id DESC LIMIT 3)",
            &[],
        );
        exec(
            s,
            "DELETE FROM nps_responses WHERE account_id IN (SELECT account_id FROM accounts WHERE region = 'Tiny')",
            &[],
        );
        exec(
            s,
            &format!(
                "INSERT INTO nps_responses (response_id, account_id, contact_id, responded_at, score, comment) \
                 SELECT 'COLD-' || a.account_id || '-' || n.i, a.account_id, NULL, '2026-0' || n.i || '-10', 0, NULL \
                 FROM accounts a, {months} WHERE a.region = 'Tiny' AND n.i <= 5"
            ),
            &[],
        );
    });
    let o = pack(&d, &["--month", "2026-09"]);
    assert!(o.status.code().is_some_and(|c| c <= 1), "{}", stderr(&o));
    let html = std::fs::read_to_string(d.dir.path().join("out/pack/2026-09/pack.html")).unwrap();
    let called = &html[html.find("class=\"callouts\"").expect("a callout list")..];
    let called = &called[..called.find("</ul>").unwrap()];
    assert!(
        called.contains("Segment Bright: NPS +100, above the rest"),
        "{called}"
    );
    assert!(
        !called.contains("Tiny"),
        "a group under the minimum is never called: {called}"
    );
    // The small group is shown, greyed, with its n.
    let row = &html[html
        .find("<th scope=\"row\">Tiny</th>")
        .expect("Tiny's row")..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(
        row.contains("class=\"small\">") && row.contains("100 <span class=\"n\">(15)</span>"),
        "{row}"
    );
}

#[test]
fn delivery_through_a_real_smtp_server_is_idempotent() {
    use common::smtp::{SmtpSink, parse_eml};
    let d = demo(30);
    let Some(sink) = SmtpSink::start(&[]) else {
        return;
    };
    let config = d.dir.path().join("recap.toml");
    std::fs::write(
        &config,
        format!(
            "[pack.mail]\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nfrom = \"Northwind Cloud <cs@northwind.example>\"\nto = [\"cfo@northwind.example\", \"Vera CS <vp-cs@northwind.example>\"]\n",
            sink.port()
        ),
    )
    .unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec!["--config", config.to_str().unwrap(), "--month", "2026-09"];
        args.extend_from_slice(extra);
        pack(&d, &args)
    };
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(0), "{}\n{}", stderr(&o), sink.log());
    let messages = sink.messages();
    assert_eq!(messages.len(), 1, "{}", sink.log());
    let (eml, envelope) = &messages[0];
    assert_eq!(
        envelope["rcpt_tos"],
        serde_json::json!(["cfo@northwind.example", "vp-cs@northwind.example"])
    );
    let m = parse_eml(eml);
    assert_eq!(
        m["subject"],
        "Leadership pack · September 2026 · All customers"
    );
    let pdf = std::fs::read(d.dir.path().join("out/pack/2026-09/pack.pdf")).unwrap();
    assert_eq!(m["pdf_sha256"], recap::deliver::sha256_hex(&pdf).as_str());
    assert_eq!(m["pdf_len"], pdf.len());
    assert!(
        m["text"]
            .as_str()
            .unwrap()
            .contains("Net revenue retention"),
        "{m}"
    );
    // The email's HTML part passes the same checkers as the page.
    let html = d.dir.path().join("mail.html");
    std::fs::write(&html, m["html"].as_str().unwrap()).unwrap();
    common::nu_check(std::slice::from_ref(&html));
    common::axe_check(std::slice::from_ref(&html));

    // The same month again sends nothing; --force sends again.
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(sink.messages().len(), 1, "a rerun must not send again");
    let o = run(&["--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(sink.messages().len(), 2);

    // A server that refuses: the pack is written, the run ends with 1 and the server's reply.
    let refusing = SmtpSink::start(&["--reject", "550"]).expect("the SMTP sink started before");
    std::fs::write(
        &config,
        format!(
            "[pack.mail]\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nfrom = \"cs@northwind.example\"\nto = [\"ceo@northwind.example\"]\n",
            refusing.port()
        ),
    )
    .unwrap();
    let o = recap_logging(
        d.dir.path(),
        &[
            "pack",
            "--database-url",
            &d.url,
            "--config",
            config.to_str().unwrap(),
            "--out",
            d.dir.path().join("out").to_str().unwrap(),
            "--month",
            "2026-09",
        ],
        "warn",
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("550 5.7.1 relaying denied"),
        "{}",
        stderr(&o)
    );
}

/// The "Customers" figure of page 1 of `pdf`.
fn customers(pdf: &Path) -> u64 {
    let page1 = common::tool(
        "pdftotext",
        &["-layout", "-f", "1", "-l", "1", pdf.to_str().unwrap(), "-"],
    );
    let line = page1
        .lines()
        .find(|l| l.split("   ").any(|c| c.trim() == "Customers"))
        .unwrap_or_else(|| panic!("no Customers line: {page1}"));
    let rest = &line[line.find("Customers").unwrap() + "Customers".len()..];
    rest.split_whitespace()
        .next()
        .unwrap()
        .replace(',', "")
        .parse()
        .unwrap()
}

#[test]
fn one_pack_per_segment_adds_up_to_the_whole() {
    let d = demo(80);
    let o = pack(&d, &["--month", "2026-09", "--by", "segment"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let root = d.dir.path().join("out/pack/2026-09");
    if !common::checkers::poppler("the segments' customers in their PDF text") {
        return;
    }
    let whole = customers(&root.join("pack.pdf"));
    let mut sum = 0;
    let mut groups = 0;
    for entry in std::fs::read_dir(root.join("by-segment")).unwrap() {
        let folder = entry.unwrap().path();
        let text = common::pdf_text(&folder.join("pack.pdf"));
        assert!(text.contains("Segment: "), "{text}");
        // Links to the value reviews are relative to out/review/2026-Q3 from four levels down.
        let html = std::fs::read_to_string(folder.join("pack.html")).unwrap();
        assert!(
            html.contains("href=\"../../../../review/2026-Q3/ACC-"),
            "{folder:?}"
        );
        sum += customers(&folder.join("pack.pdf"));
        groups += 1;
    }
    assert_eq!(groups, 3, "the demo's three segments");
    assert_eq!(sum, whole);
}

#[test]
fn postgres_and_mariadb_give_the_same_pack_as_sqlite() {
    use common::{Server, server_db};
    let d = demo(40);
    let o = pack(&d, &["--month", "2026-09"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let want = std::fs::read(d.dir.path().join("out/pack/2026-09/pack.html")).unwrap();
    for kind in [Server::Postgres, Server::MySql] {
        let Some(db) = server_db(kind) else { continue };
        let src = db.connect();
        recap::demo::generate(&src, 40, 42).unwrap();
        common::close(src);
        let out = d.dir.path().join(format!("out-{}", kind.name()));
        let o = recap(
            d.dir.path(),
            &[
                "pack",
                "--database-url",
                &db.url,
                "--month",
                "2026-09",
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}: {}", kind.name(), stderr(&o));
        let got = std::fs::read(out.join("pack/2026-09/pack.html")).unwrap();
        assert!(
            got == want,
            "{}: the pack differs from SQLite's",
            kind.name()
        );
    }
}

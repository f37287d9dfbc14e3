//! Helpers shared by the integration tests: temporary SQLite files, throwaway databases on the
//! local PostgreSQL and MariaDB servers, and a backend-independent dump of a table.
//!
//! Tests that need a server call [`server_db`]; it returns `None` (and records why, see
//! [`checkers::skip`]) when the server is not reachable, unless `RECAP_REQUIRE_SERVERS=1`, in
//! which case it panics. The checkers of outputs (PDF, HTML, email tools) are in [`checkers`].

#![allow(dead_code)]

pub mod checkers;
pub mod s3;
pub mod smtp;

use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use recap::config::Config;
use recap::source::{Param, Source};
use sqlx::any::AnyTypeInfoKind;
use sqlx::{Row, ValueRef};

/// A database server the tests can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Server {
    Postgres,
    MySql,
}

impl Server {
    pub fn name(self) -> &'static str {
        match self {
            Server::Postgres => "PostgreSQL",
            Server::MySql => "MariaDB",
        }
    }

    fn addr(self) -> &'static str {
        match self {
            Server::Postgres => "127.0.0.1:5432",
            Server::MySql => "127.0.0.1:3306",
        }
    }

    /// The URL of database `db` on this server.
    pub fn url(self, db: &str) -> String {
        match self {
            Server::Postgres => format!("postgres://postgres@{}/{db}", self.addr()),
            Server::MySql => format!("mysql://root@{}/{db}", self.addr()),
        }
    }
}

/// True when `RECAP_REQUIRE_SERVERS=1`: a missing server is then a failure, not a skip.
pub fn servers_required() -> bool {
    std::env::var("RECAP_REQUIRE_SERVERS").is_ok_and(|v| v == "1")
}

fn unavailable(kind: Server, why: &str) -> Option<TestDb> {
    checkers::skip(
        &format!("the tests on {}", kind.name()),
        &format!("not reachable at {} ({why})", kind.addr()),
    );
    None
}

/// A database created for one test on a local server; dropped (with its data) on drop.
pub struct TestDb {
    pub kind: Server,
    pub name: String,
    /// URL of the test database.
    pub url: String,
}

impl TestDb {
    /// Connects to the test database.
    pub fn connect(&self) -> Source {
        Source::connect(&self.url, &Config::default(), false)
            .unwrap_or_else(|e| panic!("connect to {}: {e}", self.url))
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Ok(admin) = Source::connect(&self.kind.url("test"), &Config::default(), false) else {
            eprintln!("could not drop the test database {}", self.name);
            return;
        };
        let sql = match self.kind {
            // FORCE ends connections a test left open.
            Server::Postgres => format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
            Server::MySql => format!("DROP DATABASE IF EXISTS {}", self.name),
        };
        if let Err(e) = admin.execute(&sql, &[]) {
            eprintln!("could not drop the test database {}: {e}", self.name);
        }
        close(admin);
    }
}

static NEXT_DB: AtomicUsize = AtomicUsize::new(0);

/// A fresh, empty database `recap_test_<pid>_<n>` on `kind`'s local server, created through
/// a connection to its `test` database. `None` when the server is not reachable (see the
/// module documentation).
pub fn server_db(kind: Server) -> Option<TestDb> {
    let addr: SocketAddr = kind.addr().parse().expect("valid address");
    if let Err(e) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) {
        return unavailable(kind, &e.to_string());
    }
    let admin = match Source::connect(&kind.url("test"), &Config::default(), false) {
        Ok(s) => s,
        Err(e) => return unavailable(kind, &e.to_string()),
    };
    let name = format!(
        "recap_test_{}_{}",
        std::process::id(),
        NEXT_DB.fetch_add(1, Ordering::SeqCst)
    );
    // A database left by a killed run with a reused process id is stale.
    let drop_sql = match kind {
        Server::Postgres => format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        Server::MySql => format!("DROP DATABASE IF EXISTS {name}"),
    };
    admin
        .execute(&drop_sql, &[])
        .expect("drop a stale test database");
    let create = match kind {
        Server::Postgres => format!("CREATE DATABASE {name}"),
        Server::MySql => {
            format!("CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
        }
    };
    admin
        .execute(&create, &[])
        .unwrap_or_else(|e| panic!("create the test database {name}: {e}"));
    close(admin);
    Some(TestDb {
        kind,
        url: kind.url(&name),
        name,
    })
}

/// Closes the pool of `source` so that its server connections end now.
pub fn close(source: Source) {
    source.block_on(source.pool().close());
}

/// A SQLite file in a new temporary folder, with its `sqlite://` URL. Keep the folder alive.
pub fn sqlite_temp() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    (dir, url)
}

/// Connects to `url`, creating a SQLite file when missing.
pub fn connect(url: &str) -> Source {
    Source::connect(url, &Config::default(), true)
        .unwrap_or_else(|e| panic!("connect to {url}: {e}"))
}

/// Every row of `table`, each cell as text (`NULL` for null, integers as digits, doubles in
/// their exact shortest form), rows sorted: equal on every backend when the data is.
pub fn dump(source: &Source, table: &str) -> Vec<Vec<String>> {
    let sql = format!("SELECT * FROM {table}");
    let rows = source
        .block_on(sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(source.pool()))
        .unwrap_or_else(|e| panic!("read {table}: {e}"));
    let mut out: Vec<Vec<String>> = rows
        .iter()
        .map(|row| (0..row.len()).map(|i| cell(row, i)).collect())
        .collect();
    out.sort();
    out
}

fn cell(row: &sqlx::any::AnyRow, i: usize) -> String {
    use AnyTypeInfoKind::*;
    let raw = row.try_get_raw(i).expect("column");
    if raw.is_null() {
        return "NULL".into();
    }
    match raw.type_info().kind() {
        SmallInt | Integer | BigInt => row.try_get::<i64, _>(i).expect("integer").to_string(),
        Double => format!("{:?}", row.try_get::<f64, _>(i).expect("double")),
        Real => format!("{:?}", row.try_get::<f32, _>(i).expect("real")),
        Bool => (row.try_get::<bool, _>(i).expect("bool") as i64).to_string(),
        Text => row.try_get::<String, _>(i).expect("text"),
        other => panic!("unexpected column type {other:?}"),
    }
}

/// Runs `sql` with `params`, panicking with the statement on failure.
pub fn exec(source: &Source, sql: &str, params: &[Param]) -> u64 {
    source
        .execute(sql, params)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// Runs the recap binary in `dir` with the repository's templates and fonts (unless `args`
/// names its own), logging errors only.
pub fn recap(dir: &Path, args: &[&str]) -> Output {
    recap_logging(dir, args, "error")
}

/// Like [`recap`], logging at `level` (`warn` to see recap's warnings on stderr).
pub fn recap_logging(dir: &Path, args: &[&str], level: &str) -> Output {
    recap_command(dir, args, level).output().expect("run recap")
}

/// The recap binary as [`recap_logging`] runs it, to spawn.
pub fn recap_command(dir: &Path, args: &[&str], level: &str) -> Command {
    let (t, f) = (
        format!("{}/templates", env!("CARGO_MANIFEST_DIR")),
        format!("{}/fonts", env!("CARGO_MANIFEST_DIR")),
    );
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_recap"));
    cmd.args(args);
    if !args.contains(&"--templates") {
        cmd.args(["--templates", &t]);
    }
    if !args.contains(&"--fonts") {
        cmd.args(["--fonts", &f]);
    }
    cmd.current_dir(dir)
        .env_remove("DATABASE_URL")
        .env("RUST_LOG", level);
    cmd
}

/// Copies the folder `from` (a templates folder) to `to`, recursively.
pub fn copy_dir(from: &Path, to: &Path) {
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

/// Runs a checker tool (poppler, qpdf) and returns its output; fails the test when it fails.
/// The caller makes sure the tool is there first ([`checkers::poppler`], [`checkers::qpdf`]).
pub fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF's text in reading order, words joined by single spaces (poppler's `pdftotext`:
/// check [`checkers::poppler`] first).
pub fn pdf_text(pdf: &Path) -> String {
    // Without -layout: reading order, words joined by single spaces or line breaks.
    // Zero-width spaces are break opportunities the template adds to long words; a reader
    // (and a screen reader) skips them.
    tool("pdftotext", &[pdf.to_str().unwrap(), "-"])
        .replace(['\u{200B}', '\u{AD}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Nu HTML Checker's messages on `files` (JSON, one object per message); `None` when it
/// cannot run (skipped, see [`checkers`]).
pub fn nu_messages(files: &[PathBuf], options: &[&str]) -> Option<Vec<serde_json::Value>> {
    let (java, jar) = checkers::vnu("Nu HTML Checker")?;
    let out = Command::new(java)
        .arg("-jar")
        .arg(jar)
        .args(["--format", "json"])
        .args(options)
        .args(files)
        .output()
        .expect("run java");
    let report: serde_json::Value = serde_json::from_slice(&out.stderr)
        .unwrap_or_else(|e| panic!("Nu output: {e}: {}", String::from_utf8_lossy(&out.stderr)));
    Some(report["messages"].as_array().cloned().unwrap_or_default())
}

/// The Nu HTML Checker on `files`: nothing but its "obsolete attribute" messages about the
/// presentational attributes mail clients still need (`cellpadding`, `align`, …).
pub fn nu_check(files: &[PathBuf]) {
    let Some(messages) = nu_messages(files, &[]) else {
        return;
    };
    let others: Vec<String> = messages
        .iter()
        .filter(|m| !m["message"].as_str().unwrap_or("").contains("is obsolete"))
        .map(|m| format!("{}: {} {}", m["url"], m["type"], m["message"]))
        .collect();
    assert!(others.is_empty(), "Nu HTML Checker: {others:#?}");
}

/// axe-core's WCAG 2.1 A and AA rules in headless Chromium, at a phone's 400 px (skipped
/// without Chromium, see [`checkers`]).
pub fn axe_check(files: &[PathBuf]) {
    let check = "axe-core in Chromium";
    let Some(chromium) = checkers::chromium(check) else {
        return;
    };
    let Some(modules) = checkers::node_modules(check) else {
        return;
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/axe.js");
    let out = Command::new("node")
        .arg(script)
        .args(files)
        .args(["--width", "400"])
        .env("NODE_PATH", modules)
        .env("RECAP_CHROMIUM", chromium)
        .output()
        .expect("node");
    assert!(
        out.status.success(),
        "axe: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = String::from_utf8_lossy(&out.stdout);
    assert_eq!(lines.lines().count(), files.len(), "{lines}");
    for line in lines.lines() {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(r["violations"], serde_json::json!([]), "{line}");
    }
}

/// Runs a Python `script` with `args` (in the checkers' environment) and returns what it
/// printed; fails the test with Python's error when the script fails. `None` when there is
/// no Python (skipped, see [`checkers`]).
pub fn python<S: AsRef<std::ffi::OsStr>>(check: &str, script: &str, args: &[S]) -> Option<Vec<u8>> {
    let python = checkers::python(check)?;
    let out = Command::new(python)
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "python: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(out.stdout)
}

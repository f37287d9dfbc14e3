//! The run's last test binary (cargo runs them in name order, after `it`): lists the checks the other
//! tests skipped and why, as recorded by `tests/it/common/checkers.rs`, so that a run without
//! poppler, Java or Chromium never looks like a run that checked everything. Under
//! `RECAP_REQUIRE_SERVERS=1` (CI) a skipped check has already failed its test; any record
//! left here fails this one too.
//!
//! It has no test harness (`harness = false`): what it prints reaches the terminal whether the
//! other tests passed quietly or not.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::{Duration, SystemTime};

#[path = "it/common/mod.rs"]
mod common;

fn main() {
    // `--list` (cargo nextest, IDEs): a binary without tests of its own.
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let dir = common::checkers::skip_dir();
    // Every test binary of this `cargo test` is a child of the same cargo process.
    let ours = dir.join(format!("{}.tsv", std::os::unix::process::parent_id()));
    let recorded = std::fs::read_to_string(&ours).unwrap_or_default();
    let _ = std::fs::remove_file(&ours);
    forget_old_runs(&dir);

    // check + reason → the tests it was skipped in.
    let mut skipped: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for line in recorded.lines() {
        let mut cols = line.splitn(3, '\t');
        let (Some(test), Some(check), Some(why)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        skipped
            .entry((check.to_string(), why.to_string()))
            .or_default()
            .insert(test.to_string());
    }
    if skipped.is_empty() {
        eprintln!("recap: every check ran; none was skipped.");
        return;
    }
    let tests = skipped.values().flatten().collect::<BTreeSet<_>>().len();
    let mut report = format!(
        "recap: {} checks skipped in {tests} tests (they passed without checking this):\n",
        skipped.len()
    );
    for ((check, why), tests) in &skipped {
        let mut named: Vec<&str> = tests.iter().take(3).map(String::as_str).collect();
        let more = format!("{} more", tests.len().saturating_sub(3));
        if tests.len() > 3 {
            named.push(&more);
        }
        report += &format!("  - {check}: {why} [{}]\n", named.join(", "));
    }
    eprint!("{report}");
    if common::servers_required() {
        eprintln!("RECAP_REQUIRE_SERVERS=1 wants every check to run.");
        std::process::exit(1);
    }
}

/// Records of runs that did not get this far (a test failed, or one binary was run alone).
fn forget_old_runs(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let day = Duration::from_secs(24 * 3600);
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| SystemTime::now().duration_since(t).unwrap_or_default() > day);
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

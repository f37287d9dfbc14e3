//! The monthly leadership pack: customer success first, then the business, hot spots,
//! movement and trends for one month, over the whole portfolio (and per CSM, segment or
//! region with `--by`), as `pack.pdf` and `pack.html`, delivered by email when configured.
//!
//! One pass reads every account once in chunks: each account becomes a few numbers per month
//! ([`facts`]), added into the portfolio's sums ([`portfolio`]) and dropped, so memory does
//! not grow with the portfolio. `recap check` runs in the same pass for the method page.
//! [`PackJob`] renders what the pass found ([`PackMonth`]) into the files.

pub mod chart;
pub mod doc;
pub mod facts;
pub mod figures;
pub mod hotspots;
mod job;
pub mod month;
pub mod portfolio;

pub use job::{HTML_TEMPLATE, PackJob, PackMonth, TYPST_TEMPLATE};

use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::sync::mpsc;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use self::facts::AccountFacts;
use self::month::Month;
use self::portfolio::Portfolio;
use crate::check::{Checker, Report};
use crate::config::Config;
use crate::deliver::Letter;
use crate::error::{Error, Result};
use crate::fx::Rates;
use crate::locale::Texts;
use crate::model::AccountData;
use crate::period::Period;
use crate::sink::Sink;
use crate::source::{Selection, Source, Table, Window};

/// The groups `--by` makes one pack each for.
pub const BY: [&str; 3] = ["csm", "segment", "region"];

/// Checks `[pack]`: a smallest group, a false discovery rate, and stages whose KPIs are the
/// pack's figures.
pub fn validate(config: &Config) -> Result<()> {
    let p = &config.pack;
    if p.min_group < 1 {
        return Err(Error::Config(format!(
            "{}: pack.min_group is 0; write the smallest group hot spots judge (the default is 30).",
            config.at("pack.min_group")
        )));
    }
    if !(p.fdr > 0.0 && p.fdr < 1.0) {
        return Err(Error::Config(format!(
            "{}: pack.fdr is {}; write a false discovery rate between 0 and 1 (the default is 0.05).",
            config.at("pack.fdr"),
            p.fdr
        )));
    }
    for (i, stage) in p.stages.iter().enumerate() {
        if !figures::METRICS.contains(&stage.kpi.as_str()) {
            return Err(Error::Config(format!(
                "{}: the pack stage {:?} has the KPI {:?}; use one of {}.",
                config.at(&format!("pack.stages[{i}].kpi")),
                stage.key,
                stage.kpi,
                figures::METRICS.join(", ")
            )));
        }
    }
    Ok(())
}

/// Everything one pass over the data found.
pub struct Pass {
    pub whole: Portfolio,
    /// With `--by`: one portfolio per group, by the group's name.
    pub groups: BTreeMap<String, Portfolio>,
    pub checks: Report,
    /// The latest date of each dated table (`None`: empty), by table name.
    pub freshness: Vec<(String, Option<chrono::NaiveDate>)>,
}

/// Reads every account once and adds it up.
pub fn gather(
    source: &Source,
    config: &Config,
    rates: &Rates,
    month: Month,
    by: Option<&str>,
    chunk: usize,
) -> Result<Pass> {
    let period = Period {
        label: month.label(),
        start: month.start,
        end: month.end(),
    };
    let mut checker = Checker::new(&period);
    let mut whole = Portfolio::default();
    let mut groups: BTreeMap<String, Portfolio> = BTreeMap::new();
    let selection = Selection::default();
    let weights = &config.health;
    // Only the rows the pack's windows reach: NPS for twelve trailing-12-month figures, tickets
    // and usage for twelve months and the month before (last month's health).
    let window = Window {
        tickets_since: Some(month.back(12).start),
        nps_since: Some(month.back(2 * facts::SPAN as u32 - 2).start),
        usage_peaks_since: Some(month.back(12).start),
    };
    // Two loaders, each on its own connection, read alternate halves of the accounts (by a
    // hash of the key): most of a loader's time is waiting on the database driver, so two keep
    // both cores busy. Their streams are merged back into key order, so the sums are added in
    // the same order as by one loader and the same data gives the same bytes.
    let second = source.another()?;
    // A third connection reads what needs whole tables rather than accounts (each table's
    // latest date, rows keyed to no account) while the loaders read: on 100,000 accounts
    // that is a third of the SQL, and it no longer waits in line before them.
    let side = source.another()?;
    let sources = [source, &second];
    let loaders = sources.len();
    let mut add = |batch: &[AccountData]| {
        let facts: Vec<AccountFacts> = batch
            .par_iter()
            .map(|a| facts::account_facts(a, month, rates, weights))
            .collect();
        for (a, f) in batch.iter().zip(&facts) {
            checker.account(a);
            whole.add(f);
            if let Some(dim) = by {
                let key = f.dimension(dim).trim();
                let key = if key.is_empty() { "—" } else { key };
                groups.entry(key.to_string()).or_default().add(f);
            }
        }
    };
    let (freshness, orphans) = std::thread::scope(|scope| -> Result<_> {
        let side = scope
            .spawn(|| -> Result<_> { Ok((side.freshness()?, crate::check::orphan_rows(&side)?)) });
        let mut streams = Vec::with_capacity(loaders);
        for (i, src) in sources.into_iter().enumerate() {
            let (tx, rx) = mpsc::sync_channel::<Result<Vec<AccountData>>>(2);
            streams.push((rx, VecDeque::new(), true));
            let selection = &selection;
            scope.spawn(move || {
                let mine = |id: &str| crate::batch::shard_of(id, loaders as u64) == i as u64 + 1;
                let chunks = src.chunks(selection, chunk).window(window);
                for part in chunks.keeping(&mine, loaders) {
                    let stop = part.is_err();
                    if tx.send(part).is_err() || stop {
                        break;
                    }
                }
            });
        }
        let mut batch: Vec<AccountData> = Vec::with_capacity(chunk);
        loop {
            for (rx, queue, open) in streams.iter_mut() {
                while *open && queue.is_empty() {
                    match rx.recv() {
                        Ok(part) => queue.extend(part?),
                        Err(_) => *open = false,
                    }
                }
            }
            // The smallest key at the head of any stream comes next.
            let next = streams
                .iter_mut()
                .filter_map(|(_, q, _)| {
                    q.front().map(|a| a.account.account_id.clone()).zip(Some(q))
                })
                .min_by(|a, b| a.0.cmp(&b.0))
                .and_then(|(_, q)| q.pop_front());
            let Some(account) = next else { break };
            batch.push(account);
            if batch.len() >= chunk {
                add(&batch);
                batch.clear();
            }
        }
        add(&batch);
        side.join()
            .map_err(|_| Error::Source("reading the tables' dates stopped unexpectedly".into()))?
    })?;
    checker.add_orphans(orphans);
    Ok(Pass {
        whole,
        groups,
        checks: checker.finish(source),
        freshness: by_name(freshness),
    })
}

/// Tables' latest dates keyed by the tables' names, as the pack's pages and warnings use them.
pub fn by_name(
    freshness: Vec<(Table, Option<chrono::NaiveDate>)>,
) -> Vec<(String, Option<chrono::NaiveDate>)> {
    freshness
        .into_iter()
        .map(|(t, d)| (t.name().to_string(), d))
        .collect()
}

/// Whether `table`, whose latest date is `last`, is too old for the pack of `month`. Monthly
/// tables (ARR, usage) must have the month itself; event tables (tickets, NPS, goal
/// measurements, milestones) need an event in the last three months: goals measured each
/// quarter, or a quiet month of support, are not stale data.
pub fn is_stale(table: &str, last: Option<chrono::NaiveDate>, month: Month) -> bool {
    let monthly = [Table::ArrMonthly.name(), Table::FeatureUsageMonthly.name()];
    let from = if monthly.contains(&table) {
        month.start
    } else {
        month.back(2).start
    };
    last.is_none_or(|d| d < from)
}

/// The tables too old for the pack of `month` (see [`is_stale`]), with their latest dates.
pub fn missing_data(
    freshness: &[(String, Option<chrono::NaiveDate>)],
    month: Month,
) -> Vec<String> {
    freshness
        .iter()
        .filter(|(t, d)| is_stale(t, *d, month))
        .map(|(t, d)| match d {
            Some(d) => format!("{t} (last date {d})"),
            None => format!("{t} (empty)"),
        })
        .collect()
}

/// Whether ARR, the one table the pack cannot do without, has rows in the month.
pub fn has_arr(freshness: &[(String, Option<chrono::NaiveDate>)], month: Month) -> bool {
    freshness
        .iter()
        .any(|(t, d)| t == Table::ArrMonthly.name() && d.is_some_and(|d| d >= month.start))
}

/// One pack's figures, hot spots and document.
pub fn document(
    texts: &Texts,
    ctx: &doc::Context,
    portfolio: &Portfolio,
    min_group: usize,
    fdr: f64,
) -> doc::PackDoc {
    let figures = figures::figures(portfolio);
    let hot = hotspots::hot_spots(portfolio, min_group, fdr);
    doc::build(texts, ctx, portfolio, &figures, &hot)
}

/// Writes `bytes` as the file `name` of `sink` unless it already holds exactly them; says
/// whether it wrote.
pub fn write_if_changed(sink: &dyn Sink, name: &str, bytes: &[u8]) -> Result<bool> {
    if sink
        .get(name)
        .ok()
        .flatten()
        .is_some_and(|old| old == bytes)
    {
        return Ok(false);
    }
    sink.put(name, bytes.to_vec()).wait().map_err(Error::Io)?;
    Ok(true)
}

/// Hex SHA-256 of `bytes`.
pub fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Where one pack's files are named under the month's folder: `` for the whole portfolio,
/// `by-<dim>/<group>/` for a group's .
pub fn subfolder(group: Option<(&str, &str)>) -> String {
    match group {
        None => String::new(),
        Some((dim, name)) => format!("by-{dim}/{}/", crate::batch::safe_name(name)),
    }
}

/// Where one pack is written: the month's sink, and the pack's folder in it (`""` for the
/// whole portfolio's, `by-<dim>/<group>/` for a group's, as [`subfolder`] names it).
#[derive(Clone, Copy)]
pub struct Place<'a> {
    pub sink: &'a dyn Sink,
    pub sub: &'a str,
}

/// Sends one pack to `to` (those who have not had this very PDF yet, or everyone with
/// `force`), records each delivery, and returns how many recipients it was sent to. The
/// message is `letter`, made only when someone is still to get it.
pub fn deliver(
    mail: &crate::config::MailConfig,
    letter: impl FnOnce() -> Result<Letter>,
    place: Place,
    to: &[String],
    pdf: &[u8],
    month: Month,
    force: bool,
) -> Result<usize> {
    use crate::deliver::DeliveryLog;
    let Place { sink, sub } = place;
    // The pack's folder (or its address in a bucket), as messages name it.
    let folder = PathBuf::from(format!(
        "{}{}{}",
        sink.location(),
        if sub.is_empty() { "" } else { "/" },
        sub.trim_end_matches('/')
    ));
    let log_name = format!("{sub}.recap/deliveries.json");
    let mut log = DeliveryLog::parse(
        &folder.join(".recap").join("deliveries.json"),
        sink.get(&log_name)?.as_deref(),
    )?;
    let hash = sha256(pdf);
    let pending: Vec<String> = to
        .iter()
        .filter(|r| force || !log.already_sent(r, &hash))
        .cloned()
        .collect();
    if pending.is_empty() {
        tracing::info!("already sent to every recipient: {}", folder.display());
        return Ok(0);
    }
    let letter = letter()?;
    let message_id = format!(
        "<pack-{}-{}@recap>",
        month.label(),
        &sha256(folder.to_string_lossy().as_bytes())[..16]
    );
    let now = chrono::Utc::now();
    let message = crate::deliver::message(&mail.from, &pending, &letter, &message_id, now)?;
    let reply = crate::deliver::send(mail, &pending, &message)?;
    for r in &pending {
        log.record(r, &hash, now, &reply);
    }
    sink.put(&log_name, log.to_json()?)
        .wait()
        .map_err(Error::Io)?;
    // A delivery recorded only in memory would be sent again by the next run.
    sink.sync()?;
    tracing::info!("sent {} to {}", folder.display(), pending.join(", "));
    Ok(pending.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn monthly_tables_need_the_month_event_tables_a_recent_quarter() {
        let m = Month::parse("2026-09", "UTC", chrono::Utc::now()).unwrap();
        let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert!(!is_stale("arr_monthly", d("2026-09-01"), m));
        assert!(is_stale("arr_monthly", d("2026-08-01"), m));
        assert!(is_stale("feature_usage_monthly", None, m));
        // Event tables look at July to September: a goal measured each quarter, last in July,
        // is recent; one last measured in June is not.
        assert!(!is_stale("goal_measurements", d("2026-07-15"), m));
        assert!(is_stale("goal_measurements", d("2026-06-30"), m));
        assert!(!is_stale("tickets", d("2026-08-31"), m));
    }

    #[test]
    fn pack_settings_are_checked_at_their_line() {
        let parse = |text: &str| Config::parse(text, Path::new("r.toml")).unwrap();
        for (text, needle) in [
            (
                "[pack]\nfdr = 1.5\n",
                "r.toml at line 2: pack.fdr is 1.5; write a false discovery rate",
            ),
            (
                "[pack]\nmin_group = 0\n",
                "r.toml at line 2: pack.min_group is 0",
            ),
            (
                "[pack]\nstages = [\n  { key = \"a\", kpi = \"grr\", owner = \"me\" },\n  { key = \"x\", kpi = \"happiness\", owner = \"me\" },\n]\n",
                "r.toml at line 4: the pack stage \"x\" has the KPI \"happiness\"; use one of achieving_value",
            ),
        ] {
            let err = validate(&parse(text)).unwrap_err().to_string();
            assert!(err.starts_with(needle), "{text}: {err}");
            // The document checks its section before it is made.
            let templates = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
            let made = PackJob::new(&parse(text), &templates, &templates, None, None);
            assert!(made.is_err_and(|e| e.to_string() == err));
        }
        let ok = parse("[pack]\nmin_group = 10\n");
        validate(&ok).unwrap();
        assert_eq!(ok.pack.min_group, 10);
        assert_eq!(ok.pack.stages.len(), 4);
    }
}

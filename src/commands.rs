//! The steps behind each subcommand: read the config, open the data, run, report.
//! `main.rs` parses arguments into these calls; everything here is testable without a shell.

use std::path::{Path, PathBuf};

use crate::batch;
use crate::config::Config;
use crate::document::{Document, StageTimes};
use crate::error::{Error, Result};
use crate::period::Period;
use crate::reports::review::{PptxJob, ReviewJob};
use crate::reports::wrapped::{self, WrappedJob};
use crate::source::{self, Selection, Source};

/// Settings every subcommand shares.
#[derive(Debug, Clone, Default)]
pub struct Common {
    pub database_url: Option<String>,
    pub config: Option<PathBuf>,
    pub quiet: bool,
}

/// Which accounts a command covers.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub account: Option<String>,
    pub all: bool,
    pub segment: Option<String>,
    pub csm: Option<String>,
    pub touch_model: Option<String>,
    pub accounts_file: Option<PathBuf>,
}

impl Scope {
    /// Whether the user said which accounts (one, all, or a filter): a batch command never
    /// guesses.
    pub fn names_accounts(&self) -> bool {
        self.account.is_some()
            || self.all
            || self.segment.is_some()
            || self.csm.is_some()
            || self.touch_model.is_some()
            || self.accounts_file.is_some()
    }
}

/// Documents rendered at once when `--jobs` is not given: the machine's cores.
/// How a run of account documents fails when it has nothing to show: the one account asked
/// for is not there (`hint` adds what to do), no account matched the selection, or the one
/// account asked for failed (without a manifest to read its reason in, the reason is the error).
fn account_run_error(
    scope: &Scope,
    opts: &batch::Options,
    summary: &batch::Summary,
    src: &Source,
    hint: &str,
) -> Result<()> {
    let seen = summary.ok + summary.skipped + summary.failed;
    if let (Some(id), 0) = (&scope.account, seen) {
        return Err(Error::Config(format!(
            "there is no account {id:?} in {} (or it does not match the filters){hint}.",
            src.display()
        )));
    }
    if seen == 0 {
        return Err(Error::Config(format!(
            "no accounts in {} match the selection.",
            src.display()
        )));
    }
    if let (Some(_), false, Some(reason)) = (&scope.account, opts.manifest, &summary.first_error) {
        return Err(Error::Data(reason.clone()));
    }
    Ok(())
}

fn cores() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// Accounts made when the embedded default database is missing.
pub const DEFAULT_DEMO_ACCOUNTS: usize = 1000;
pub const DEFAULT_DEMO_SEED: u64 = 42;

/// `--period`, or `--from`/`--to`, or the last full quarter.
pub fn period(period: Option<&str>, from: Option<&str>, to: Option<&str>) -> Result<Period> {
    match (period, from, to) {
        (Some(p), _, _) => Period::parse(p),
        (None, Some(f), Some(t)) => Period::range(f, t),
        _ => Ok(Period::last_quarter(chrono::Local::now().date_naive())),
    }
}

/// Reads the config and connects. The embedded default database is created with demo data
/// when it is missing, so `recap review --all` works on a fresh clone.
pub fn open(common: &Common) -> Result<(Config, Source)> {
    let config = Config::load(common.config.as_deref())?;
    let url = source::resolve_url(common.database_url.as_deref(), &config);
    let is_default = url == format!("sqlite://{}", source::DEFAULT_DB);
    if is_default && !Path::new(source::DEFAULT_DB).exists() {
        tracing::info!(
            "creating {} with {DEFAULT_DEMO_ACCOUNTS} demo accounts (seed {DEFAULT_DEMO_SEED})",
            source::DEFAULT_DB
        );
        let src = Source::connect(&url, &config, true)?;
        crate::demo::generate(&src, DEFAULT_DEMO_ACCOUNTS, DEFAULT_DEMO_SEED)?;
        return Ok((config, src));
    }
    let src = Source::connect(&url, &config, false)?;
    Ok((config, src))
}

/// `recap demo`.
pub fn demo(common: &Common, accounts: usize, seed: u64) -> Result<u8> {
    let config = Config::load(common.config.as_deref())?;
    let url = source::resolve_url(common.database_url.as_deref(), &config);
    let src = Source::connect(&url, &config, true)?;
    let started = std::time::Instant::now();
    let stats = crate::demo::generate(&src, accounts, seed)?;
    if !common.quiet {
        eprintln!(
            "recap demo: wrote {accounts} accounts (seed {seed}) to {} in {:.1} s: {stats:?}",
            src.display(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(0)
}

/// Turns a scope into a selection, reading `--accounts-file`.
pub fn selection(scope: &Scope) -> Result<Selection> {
    let mut accounts = None;
    if let Some(a) = &scope.account {
        accounts = Some(vec![a.clone()]);
    }
    if let Some(path) = &scope.accounts_file {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::io("read the accounts file", path, e))?;
        let mut ids: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        ids.sort();
        ids.dedup();
        accounts.get_or_insert_with(Vec::new).extend(ids);
    }
    Ok(Selection {
        accounts,
        segment: scope.segment.clone(),
        csm: scope.csm.clone(),
        touch_model: scope.touch_model.clone(),
    })
}

/// `recap check`.
pub fn check(
    common: &Common,
    scope: Scope,
    period: &Period,
    strict: bool,
    format: &str,
) -> Result<u8> {
    let (_config, src) = open(common)?;
    let report = crate::check::run(&src, &selection(&scope)?, period)?;
    if format == "json" {
        let json = serde_json::to_string_pretty(&report)
            .map_err(|e| Error::Io(format!("could not write JSON: {e}")))?;
        println!("{json}");
    } else {
        print!("{}", report.to_text());
    }
    Ok(if strict && !report.is_clean() { 1 } else { 0 })
}

/// What `recap review` was asked for.
#[derive(Debug, Clone)]
pub struct ReviewRequest {
    pub scope: Scope,
    pub period: Period,
    /// `--out` [default: `out` in recap.toml, else `./out`]; see [`out_dir`].
    pub out: Option<PathBuf>,
    pub paper: String,
    pub layout: String,
    /// `--format`: `pdf` (the PDF and the HTML page) or `pptx` (a PowerPoint deck).
    pub format: String,
    /// `--locale`: one language for every review.
    pub locale: Option<String>,
    pub templates: Option<PathBuf>,
    pub fonts: Option<PathBuf>,
    pub jobs: Option<usize>,
    pub force: bool,
    pub shard: Option<String>,
    pub chunk_size: usize,
}

/// Where a command writes: `--out`, else `out` in recap.toml (a relative folder there is
/// relative to the file), else `./out`. A folder, or `s3://bucket/prefix` (see [`crate::sink`]).
pub fn out_dir(given: Option<&Path>, config: &Config) -> PathBuf {
    match (given, &config.out) {
        (Some(p), _) => p.to_path_buf(),
        (None, Some(o)) if o.starts_with("s3://") || Path::new(o).is_absolute() => o.into(),
        (None, Some(o)) => config.base_dir.join(o),
        (None, None) => PathBuf::from("out"),
    }
}

/// A folder given by the user, else `./NAME`, else the one beside recap's sources.
pub fn asset_dir(given: Option<&Path>, name: &str) -> PathBuf {
    if let Some(p) = given {
        return p.to_path_buf();
    }
    let local = PathBuf::from(name);
    if local.is_dir() {
        return local;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// `recap review`.
pub fn review(common: &Common, req: ReviewRequest) -> Result<u8> {
    if !req.scope.names_accounts() {
        return Err(Error::Config(
            "say which accounts to review: --account ID, --all, --segment, --csm, --touch-model or --accounts-file.".into(),
        ));
    }
    let shard = req.shard.as_deref().map(batch::parse_shard).transpose()?;
    let (config, src) = open(common)?;
    ReviewJob::validate(&config)?;
    let selection = selection(&req.scope)?;
    let templates = asset_dir(req.templates.as_deref(), "templates");
    let fonts = asset_dir(req.fonts.as_deref(), "fonts");
    let pptx = req.format == "pptx";
    let job: Box<batch::AccountDocument> = if pptx {
        Box::new(PptxJob::new(
            &config,
            &templates,
            &req.period,
            req.locale.as_deref(),
        )?)
    } else {
        Box::new(ReviewJob::new(
            &config,
            &templates,
            &fonts,
            &req.period,
            &req.paper,
            &req.layout,
            req.locale.as_deref(),
        )?)
    };
    let jobs = req.jobs.unwrap_or_else(cores);
    let opts = batch::Options {
        out_dir: out_dir(req.out.as_deref(), &config),
        storage: config.storage.clone(),
        period_label: req.period.label.replace("..", "_"),
        jobs,
        force: req.force,
        shard,
        quiet: common.quiet,
        chunk: req.chunk_size.max(1),
        manifest: req.scope.account.is_none() || req.scope.accounts_file.is_some(),
    };
    let summary = batch::run(&src, &selection, job.as_ref(), &opts)?;
    account_run_error(
        &req.scope,
        &opts,
        &summary,
        &src,
        "; `recap check` lists the accounts' problems",
    )?;
    if !common.quiet {
        eprintln!(
            "recap review {}: {} written, {} up to date, {} failed in {:.1} s ({:.0} documents/s) → {}",
            req.period.label,
            summary.ok,
            summary.skipped,
            summary.failed,
            summary.seconds,
            summary.docs_per_second,
            summary.folder.display()
        );
        if let (Some(id), false) = (&req.scope.account, opts.manifest) {
            let name = batch::safe_name(id);
            if pptx {
                eprintln!("wrote {}/{name}.pptx", summary.folder.display());
            } else {
                eprintln!(
                    "wrote {0}/{name}.pdf and {0}/{name}.html",
                    summary.folder.display()
                );
            }
        }
        if summary.failed > 0 {
            eprintln!(
                "see {}/manifest.csv for the reasons",
                summary.folder.display()
            );
        }
        // Readers whose own locale has no messages folder: worth knowing, not an error.
        if let Some(f) = summary.report["locale_fallbacks"].as_object()
            && !f.is_empty()
        {
            let list: Vec<String> = f.iter().map(|(k, n)| format!("{k} ({n})")).collect();
            eprintln!(
                "readers' locales written in another language: {}",
                list.join(", ")
            );
        }
    }
    Ok(summary.exit_code())
}

/// What `recap brief` was asked for.
#[derive(Debug, Clone)]
pub struct BriefRequest {
    pub scope: Scope,
    /// `--date`: the day the brief is written as of [default: today].
    pub date: Option<String>,
    /// `--since`: where "what changed" starts [default: 30 days before the date].
    pub since: Option<String>,
    /// `--out` [default: `out` in recap.toml, else `./out`]; see [`out_dir`].
    pub out: Option<PathBuf>,
    pub paper: String,
    /// `--locale`: the CSM's language [default: `[locale] default`, else `en`].
    pub locale: Option<String>,
    pub templates: Option<PathBuf>,
    pub fonts: Option<PathBuf>,
    pub jobs: Option<usize>,
    pub force: bool,
    pub shard: Option<String>,
    pub chunk_size: usize,
}

/// `recap brief`: one page per account for its CSM, under `out/brief/<date>/`.
pub fn brief(common: &Common, req: BriefRequest) -> Result<u8> {
    use crate::reports::brief::{BriefDates, BriefJob};
    if !req.scope.names_accounts() {
        return Err(Error::Config(
            "say which accounts get a brief: --account ID, --csm NAME, --all, --segment, --touch-model or --accounts-file.".into(),
        ));
    }
    let dates = BriefDates::parse(
        req.date.as_deref(),
        req.since.as_deref(),
        chrono::Local::now().date_naive(),
    )?;
    let shard = req.shard.as_deref().map(batch::parse_shard).transpose()?;
    let (config, src) = open(common)?;
    BriefJob::validate(&config)?;
    let selection = selection(&req.scope)?;
    let templates = asset_dir(req.templates.as_deref(), "templates");
    let fonts = asset_dir(req.fonts.as_deref(), "fonts");
    let job = BriefJob::new(
        &config,
        &templates,
        &fonts,
        dates,
        &req.paper,
        req.locale.as_deref(),
    )?;
    let opts = batch::Options {
        out_dir: out_dir(req.out.as_deref(), &config),
        storage: config.storage.clone(),
        period_label: dates.label(),
        jobs: req.jobs.unwrap_or_else(cores),
        force: req.force,
        shard,
        quiet: common.quiet,
        chunk: req.chunk_size.max(1),
        manifest: req.scope.account.is_none() || req.scope.accounts_file.is_some(),
    };
    let summary = batch::run(&src, &selection, &job, &opts)?;
    account_run_error(&req.scope, &opts, &summary, &src, "")?;
    if !common.quiet {
        eprintln!(
            "recap brief {}: {} written, {} up to date, {} failed in {:.1} s ({:.0} briefs/s) → {}",
            dates.label(),
            summary.ok,
            summary.skipped,
            summary.failed,
            summary.seconds,
            summary.docs_per_second,
            summary.folder.display()
        );
        if let (Some(id), false) = (&req.scope.account, opts.manifest) {
            let name = batch::safe_name(id);
            eprintln!(
                "wrote {0}/{name}.pdf and {0}/{name}.html",
                summary.folder.display()
            );
        }
        if summary.failed > 0 {
            eprintln!(
                "see {}/manifest.csv for the reasons",
                summary.folder.display()
            );
        }
    }
    Ok(summary.exit_code())
}

/// What `recap wrapped` was asked for.
#[derive(Debug, Clone)]
pub struct WrappedRequest {
    pub scope: Scope,
    pub year: i32,
    /// `--out` [default: `out` in recap.toml, else `./out`]; see [`out_dir`].
    pub out: Option<PathBuf>,
    /// `--base-url`, else `[wrapped] base_url`.
    pub base_url: Option<String>,
    pub story: bool,
    pub eml: bool,
    /// `--for`: braze, hubspot, customerio or the generic shape.
    pub target: Option<String>,
    pub locale: Option<String>,
    pub templates: Option<PathBuf>,
    pub fonts: Option<PathBuf>,
    pub jobs: Option<usize>,
    pub force: bool,
    pub shard: Option<String>,
    pub chunk_size: usize,
    /// `--peers FILE`: the peer population `--peers-only` wrote, instead of querying it.
    pub peers: Option<PathBuf>,
    /// `--peers-only`: write the peer population and stop.
    pub peers_only: bool,
}

/// `recap wrapped --peers-only`: the peer population of every account, written once to
/// `OUT/wrapped/YEAR/peers.json` for the shards of a run to read with `--peers`.
fn write_peers(common: &Common, req: &WrappedRequest) -> Result<u8> {
    let (config, src) = open(common)?;
    let out = out_dir(req.out.as_deref(), &config);
    let under = format!("wrapped/{}", req.year);
    let sink = crate::sink::open(&out, &under, &config.storage)?;
    let started = std::time::Instant::now();
    let population = wrapped::population(&src, req.year)?;
    let path = PathBuf::from(format!("{}/{}", sink.location(), wrapped::PEERS_FILE));
    let bytes = serde_json::to_vec(&population.save(req.year))
        .map_err(|e| Error::Io(format!("could not write the peer population: {e}")))?;
    sink.put(wrapped::PEERS_FILE, bytes)
        .wait()
        .map_err(Error::Io)?;
    sink.sync()?;
    if !common.quiet {
        eprintln!(
            "recap wrapped {}: the peer population ({} accounts with a ranked figure) in {:.1} s → {}; give it to every shard with --peers {}",
            req.year,
            population.len(),
            started.elapsed().as_secs_f64(),
            path.display(),
            path.display()
        );
    }
    Ok(0)
}

/// `recap wrapped`.
pub fn wrapped(common: &Common, req: WrappedRequest) -> Result<u8> {
    if req.peers_only {
        return write_peers(common, &req);
    }
    if !req.scope.names_accounts() {
        return Err(Error::Config(
            "say which accounts get a Wrapped: --all, --segment, --csm, --touch-model, --accounts-file or --account ID.".into(),
        ));
    }
    let target: wrapped::manifest::Target = req.target.as_deref().unwrap_or("").parse()?;
    let shard = req.shard.as_deref().map(batch::parse_shard).transpose()?;
    let (config, src) = open(common)?;
    WrappedJob::validate(&config)?;
    let out = out_dir(req.out.as_deref(), &config);
    let to_bucket = crate::sink::Out::parse(&out)?.is_remote();
    let base_url = req
        .base_url
        .clone()
        .or_else(|| config.wrapped.base_url.clone())
        .ok_or_else(|| { if to_bucket {
            Error::Config(format!(
                "--out {} writes Wrapped to a bucket, and every email's images and links point at the files there: say the bucket's public https address (its CDN's, or https://BUCKET.s3.REGION.amazonaws.com/PREFIX/wrapped/{}) with --base-url (or [wrapped] base_url in recap.toml).",
                out.display(),
                req.year
            ))
        } else {
            Error::Config(
                "say where the run's files will be published: --base-url https://… (or [wrapped] base_url in recap.toml); the emails' images and links point under it.".into(),
            )
        }})?;
    if !base_url.starts_with("https://") {
        return Err(Error::Config(format!(
            "--base-url {base_url:?} must start with https://: mail clients block images and links that are not https."
        )));
    }
    let selection = selection(&req.scope)?;
    let templates = asset_dir(req.templates.as_deref(), "templates");
    let fonts = asset_dir(req.fonts.as_deref(), "fonts");

    // Peer ranks compare an account with every account of its segment in the database, not
    // only the selected ones, and not only this shard's: every machine computes the same, or
    // reads what one step wrote for all (`--peers-only`, then `--peers`).
    let started = std::time::Instant::now();
    let population = match &req.peers {
        Some(path) => wrapped::read_population(path, req.year)?,
        None => wrapped::population(&src, req.year)?,
    };
    let population_seconds = started.elapsed().as_secs_f64();
    if !common.quiet {
        tracing::info!(
            "peer population: {} accounts with a ranked figure in {:.1} s",
            population.len(),
            population_seconds
        );
    }
    let job = WrappedJob::new(
        &config,
        &templates,
        &fonts,
        wrapped::WrappedOptions {
            year: req.year,
            base_url,
            story: req.story,
            eml: req.eml,
            target,
            locale: req.locale.clone(),
        },
        population,
    )?;
    let jobs = req.jobs.unwrap_or_else(cores);
    let opts = batch::Options {
        out_dir: out_dir(req.out.as_deref(), &config),
        storage: config.storage.clone(),
        period_label: req.year.to_string(),
        jobs,
        force: req.force,
        shard,
        quiet: common.quiet,
        chunk: req.chunk_size.max(1),
        manifest: req.scope.account.is_none() || req.scope.accounts_file.is_some(),
    };
    let mut summary = batch::run(&src, &selection, &job, &opts)?;
    account_run_error(&req.scope, &opts, &summary, &src, "")?;
    if let Some(obj) = summary.report.as_object_mut() {
        obj.insert("population_seconds".into(), population_seconds.into());
    }
    if opts.manifest {
        batch::write_summary(&opts, &summary)?;
    }
    if !common.quiet {
        eprintln!(
            "recap wrapped {}: {} written, {} up to date, {} failed in {:.1} s ({:.0} accounts/s) → {}",
            req.year,
            summary.ok,
            summary.skipped,
            summary.failed,
            summary.seconds,
            summary.docs_per_second,
            summary.folder.display()
        );
        if opts.manifest {
            eprintln!(
                "{}; see {}/accounts.csv and recipients.csv",
                wrapped::describe(&summary.report),
                summary.folder.display()
            );
        } else if let Some(id) = &req.scope.account {
            eprintln!(
                "its files are in {}/{}/",
                summary.folder.display(),
                batch::safe_name(id)
            );
        }
    }
    Ok(summary.exit_code())
}

/// What `recap pack` was asked for.
#[derive(Debug, Clone, Default)]
pub struct PackRequest {
    /// `2026-09` or `last`.
    pub month: String,
    /// `--by csm|segment|region`: one pack per group as well.
    pub by: Option<String>,
    /// `--out` [default: `out` in recap.toml, else `./out`]; see [`out_dir`].
    pub out: Option<PathBuf>,
    pub locale: Option<String>,
    pub templates: Option<PathBuf>,
    pub fonts: Option<PathBuf>,
    /// `--reviews-url`, else `[pack] reviews_url`, else relative paths to `out/review/`.
    pub reviews_url: Option<String>,
    /// Rewrite and resend even when nothing changed.
    pub force: bool,
    /// Write the packs, send nothing.
    pub no_send: bool,
    pub chunk_size: usize,
}

/// `recap pack`: exit 0 when done, 1 when done with warnings the reader must see (stale data,
/// a currency without a rate, a failed delivery), 2 when it could not run.
pub fn pack(common: &Common, req: PackRequest) -> Result<u8> {
    use crate::reports::pack::{self, PackJob, PackMonth, month::Month};
    let (config, src) = open(common)?;
    PackJob::validate(&config)?;
    let month = Month::parse(&req.month, &config.schedule.timezone, pack::month::now()?)?;
    if let Some(by) = &req.by
        && !pack::BY.contains(&by.as_str())
    {
        return Err(Error::Config(format!(
            "--by {by:?}: packs can be made per {}.",
            pack::BY.join(", ")
        )));
    }
    let started = std::time::Instant::now();
    // ARR first: without it there is no pack, and the other tables' dates are read beside
    // the accounts (see pack::gather).
    let arr = crate::source::Table::ArrMonthly;
    if !pack::has_arr(&pack::by_name(vec![(arr, src.latest(arr)?)]), month) {
        return Err(Error::Source(format!(
            "no pack for {}: {} has no data for that month (missing: {}). Load the month's data, or ask for an earlier month with --month YYYY-MM.",
            month.label(),
            src.display(),
            pack::missing_data(&pack::by_name(src.freshness()?), month).join(", ")
        )));
    }
    // The destination checked before anything is made.
    let out = out_dir(req.out.as_deref(), &config);
    let sink = crate::sink::open(&out, &format!("pack/{}", month.label()), &config.storage)?;
    let rates = crate::fx::Rates::new(&config.reporting, &src.fx_rates()?)?;
    let templates = asset_dir(req.templates.as_deref(), "templates");
    let fonts = asset_dir(req.fonts.as_deref(), "fonts");
    let job = PackJob::new(
        &config,
        &templates,
        &fonts,
        req.locale.as_deref(),
        req.reviews_url.clone(),
    )?;
    tracing::info!("pack {}: reading every account", month.label());
    let subject = PackMonth::read(
        &src,
        &config,
        rates,
        month,
        req.by.as_deref(),
        req.chunk_size.max(1),
    )?;
    tracing::info!(
        "pack {}: {} accounts read in {:.1} s",
        month.label(),
        subject.pass.whole.accounts,
        started.elapsed().as_secs_f64()
    );

    let freshness = &subject.pass.freshness;
    let mut warnings: Vec<String> = Vec::new();
    let stale = pack::missing_data(freshness, month);
    if !stale.is_empty() {
        warnings.push(format!(
            "data older than {}: {} (the pack says so on page 1)",
            month.label(),
            stale.join(", ")
        ));
    }
    if !subject.pass.whole.unconverted.is_empty() {
        warnings.push(format!(
            "{} accounts bill in a currency without a rate to {} and are left out of money figures; add the rates to fx_rates or [reporting.rates]",
            subject.pass.whole.unconverted.len(),
            subject.rates.reporting()
        ));
    }

    let rendered = job.render(&subject, &mut StageTimes::default())?;
    let (mut written, mut unchanged, mut sent) = (0, 0, 0);
    for scope in subject.scopes() {
        let sub = pack::subfolder(scope);
        let shown = format!("{}/{sub}pack.pdf", sink.location());
        let file = |name: &str| {
            let path = format!("{sub}{name}");
            rendered.get(&path).ok_or_else(|| {
                Error::Template(format!("the pack of {} made no {path}", month.label()))
            })
        };
        let (pdf, html) = (&file("pack.pdf")?.bytes, &file("pack.html")?.bytes);
        let (pdf_name, html_name) = (format!("{sub}pack.pdf"), format!("{sub}pack.html"));
        let mut changed = false;
        if req.force {
            for (name, bytes) in [(&pdf_name, pdf), (&html_name, html)] {
                sink.put(name, bytes.clone()).wait().map_err(Error::Io)?;
            }
            changed = true;
        } else {
            changed |= pack::write_if_changed(&*sink, &pdf_name, pdf)?;
            changed |= pack::write_if_changed(&*sink, &html_name, html)?;
        }
        if changed {
            // On disk before it is mailed: what was sent is what a rerun finds.
            sink.sync()?;
            written += 1;
            tracing::info!("wrote {shown}");
        } else {
            unchanged += 1;
            tracing::info!("unchanged: {shown}");
        }
        if req.no_send {
            continue;
        }
        if let Some(mail) = &config.pack.mail {
            let to = match scope {
                None => mail.to.clone(),
                Some((_, name)) => mail.groups.get(name).cloned().unwrap_or_default(),
            };
            if to.is_empty() {
                continue;
            }
            let letter = || job.letter(&subject, scope, pdf);
            let place = pack::Place {
                sink: &*sink,
                sub: &sub,
            };
            match pack::deliver(mail, letter, place, &to, pdf, month, req.force) {
                Ok(n) => sent += n,
                Err(e) => warnings.push(format!("delivery of {shown} failed: {e}")),
            }
        }
    }
    for w in &warnings {
        tracing::warn!("{w}");
    }
    if !common.quiet {
        eprintln!(
            "recap pack {}: {} accounts, {} packs written, {} unchanged, {} sent, in {:.1} s → {}",
            month.label(),
            subject.pass.whole.accounts,
            written,
            unchanged,
            sent,
            started.elapsed().as_secs_f64(),
            sink.location()
        );
    }
    Ok(if warnings.is_empty() { 0 } else { 1 })
}

/// `recap preview`: serves the page until stopped; watches the templates, the fonts and
/// the config file. A config that does not parse, at the start or later, is shown on the page
/// (and fixed there by saving it), not a reason to stop.
pub fn preview(
    common: &Common,
    opts: &crate::preview::Options,
    templates: Option<PathBuf>,
    fonts: Option<PathBuf>,
) -> Result<u8> {
    let settings = crate::preview::Settings {
        config: common.config.clone(),
        database_url: common.database_url.clone(),
        templates: asset_dir(templates.as_deref(), "templates"),
        fonts: asset_dir(fonts.as_deref(), "fonts"),
        // Set once the server knows its address.
        base_url: String::new(),
    };
    let config_file = common
        .config
        .clone()
        .unwrap_or_else(|| PathBuf::from("recap.toml"));
    let watch = vec![
        settings.templates.clone(),
        settings.fonts.clone(),
        config_file,
    ];
    crate::preview::serve(settings, watch, opts)
}

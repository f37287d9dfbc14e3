//! The batch engine: recap's one way of turning a set of accounts into a set of documents.
//!
//! A loader thread reads accounts from the database in chunks and feeds a bounded queue; one
//! long-lived worker per `--jobs` renders documents, each inside a rayon pool of its own with
//! a single thread. Typst parallelises parts of its work with rayon; in a one-thread pool that
//! work runs inline, so a worker never steals a task of another worker's document (documents
//! never nest, latency and memory stay flat) and the cores are not oversubscribed. Measured,
//! 1,000 accounts, 2 jobs: one shared 2-thread pool 47–49 docs/s with PDF export at 9 ms per
//! document; a pool per worker 52–53 docs/s with export at 5.7 ms.
//!
//! Work is never lost: every file is written atomically, an account that fails is recorded
//! with its reason while the batch goes on, and a rerun skips accounts whose inputs are
//! unchanged since their outputs were written. What happened to each account goes to the
//! run's journal and manifest ([`manifest`]); [`progress`] shows the run going.
//!
//! Where the files go is the run's [`Sink`] (a folder, or a prefix in a bucket): the engine
//! hands it each account's outputs, its stamps, the manifests and the summary, and never
//! touches the files itself.

mod commit;
mod manifest;
mod progress;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;
use sha2::{Digest, Sha256};

use self::commit::{Commits, Pending};
use self::manifest::{Journal, Record, Status};
use self::progress::Progress;
use crate::config::StorageConfig;
use crate::document::{Document, StageTimes};
use crate::error::{Error, Result};
use crate::model::AccountData;
use crate::sink::{self, Sink};
use crate::source::{Selection, Source};

/// What the engine makes documents of: the documents about one account.
pub type AccountDocument = dyn Document<Subject = AccountData>;

/// Typst's memo cache is evicted after this many documents (process-wide). Measured on this
/// review, 1,000 accounts, 2 jobs: every 50 → 35 docs/s and 466 MB peak; every 10 → 38 docs/s,
/// 262 MB; every 4 → 42 docs/s, 215 MB; every document → 36 docs/s, 220 MB. What documents
/// share (fonts, template, static text) is re-cached within a few documents.
const EVICT_EVERY: usize = 4;

/// How to run a batch.
#[derive(Debug, Clone)]
pub struct Options {
    /// A folder, or `s3://bucket/prefix` ([`crate::sink::Out`]); the run writes under
    /// `<kind>/<period>/` in it.
    pub out_dir: PathBuf,
    /// How a bucket is written to (`[storage]` in recap.toml).
    pub storage: StorageConfig,
    pub period_label: String,
    pub jobs: usize,
    pub force: bool,
    /// (index, count), 1-based index.
    pub shard: Option<(u64, u64)>,
    pub quiet: bool,
    /// Accounts loaded per database round trip.
    pub chunk: usize,
    /// Write `manifest.csv`/`.jsonl` (a one-account run leaves the batch's manifest alone).
    pub manifest: bool,
}

/// The end of a run.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub ok: usize,
    pub skipped: usize,
    pub failed: usize,
    pub seconds: f64,
    pub docs_per_second: f64,
    pub interrupted: bool,
    /// Where the files are, for messages: the run's folder, or its `s3://` address.
    pub folder: PathBuf,
    /// The run's destination, for what is written after it (the summary).
    #[serde(skip)]
    pub sink: SinkRef,
    /// The first failure's reason, for a one-account run to show.
    pub first_error: Option<String>,
    #[serde(skip)]
    pub times: StageTimes,
    /// The document's own account of the run ([`Document::report`]).
    pub report: serde_json::Value,
}

/// The sink a run wrote to.
#[derive(Clone)]
pub struct SinkRef(pub Arc<dyn Sink>);

impl std::fmt::Debug for SinkRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.location())
    }
}

impl Summary {
    /// 0 all good, 1 some accounts failed, 130 interrupted.
    pub fn exit_code(&self) -> u8 {
        if self.interrupted {
            130
        } else if self.failed > 0 {
            1
        } else {
            0
        }
    }
}

/// Set by Ctrl-C; checked between documents.
pub fn interrupt_flag() -> &'static AtomicBool {
    static FLAG: AtomicBool = AtomicBool::new(false);
    &FLAG
}

/// Installs the Ctrl-C handler once per process.
pub fn install_ctrlc() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| interrupt_flag().store(true, Ordering::SeqCst));
    });
}

/// The shard (1-based) an account key falls in among `count` shards: a stable hash, so every
/// machine computes the same split with no coordinator.
pub fn shard_of(account_id: &str, count: u64) -> u64 {
    let h = Sha256::digest(account_id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&h[..8]);
    u64::from_be_bytes(first) % count + 1
}

/// Parses `I/N`.
pub fn parse_shard(s: &str) -> Result<(u64, u64)> {
    let bad = || {
        Error::Config(format!(
            "--shard {s:?} must be I/N with 1 ≤ I ≤ N, for example 2/8."
        ))
    };
    let (i, n) = s.split_once('/').ok_or_else(bad)?;
    let (i, n): (u64, u64) = (
        i.trim().parse().map_err(|_| bad())?,
        n.trim().parse().map_err(|_| bad())?,
    );
    if n == 0 || i == 0 || i > n {
        return Err(bad());
    }
    Ok((i, n))
}

/// A file name for an account id that is safe on every common file system: only
/// `[A-Za-z0-9._-]`, no leading dot, no reserved device names, at most ~100 bytes. An id that
/// had to be changed gets a short hash of the original, so two ids never share a file.
///
/// Names must also differ when case is ignored: macOS, Windows and SMB shares (a Kubernetes
/// volume on Azure Files, say) would otherwise write `ACME.pdf` over `acme.pdf`, and send one
/// customer another's review. Ids without lowercase letters (`ACC-00042`) are kept as they
/// are; an id with a lowercase letter gets the hash too (`acme-822b33ad`). The name depends
/// on the id alone, so single-account runs, shards and reruns all agree on it.
pub fn safe_name(account_id: &str) -> String {
    let mut s: String = account_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    while s.starts_with('.') {
        s.replace_range(0..1, "_");
    }
    const RESERVED: [&str; 22] = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
        "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];
    let stem = s.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = RESERVED.contains(&stem.as_str());
    let changed = s != account_id
        || s.bytes().any(|b| b.is_ascii_lowercase())
        || reserved
        || s.is_empty()
        || s.len() > 100
        || s.ends_with('.');
    if !changed {
        return s;
    }
    s.truncate(80);
    let hash = hex::encode(&Sha256::digest(account_id.as_bytes())[..4]);
    format!(
        "{}{}-{hash}",
        if reserved { "_" } else { "" },
        s.trim_end_matches('.')
    )
}

/// The hash that decides whether an account's documents are up to date.
fn input_hash(document: &AccountDocument, data: &AccountData) -> String {
    let mut h = Sha256::new();
    h.update(document.fingerprint().as_bytes());
    h.update(document.subject_inputs(data).as_bytes());
    // serde_json of the model is deterministic: structs serialize in field order, lists are sorted.
    h.update(serde_json::to_vec(data).unwrap_or_default());
    hex::encode(h.finalize())
}

/// Makes `document` of every account of `selection`.
pub fn run(
    source: &Source,
    selection: &Selection,
    document: &AccountDocument,
    opts: &Options,
) -> Result<Summary> {
    let under = format!("{}/{}", document.kind(), opts.period_label);
    let sink = sink::open(&opts.out_dir, &under, &opts.storage)?;
    let folder = PathBuf::from(sink.location());
    install_ctrlc();
    interrupt_flag().store(false, Ordering::SeqCst);
    let started = Instant::now();

    let (tx, rx) = sync_channel::<(AccountData, Duration)>(opts.chunk.max(16) * 2);
    let shared = Shared {
        rx: Mutex::new(rx),
        journal: Journal::create(sink.scratch())?,
        commits: Commits::new(Arc::clone(&sink)),
        written: AtomicUsize::new(0),
        times: Mutex::new(StageTimes::default()),
        progress: Progress::new(opts.quiet, selection.accounts.as_ref().map(|a| a.len())),
        rendered: AtomicUsize::new(0),
        systemic_failures: AtomicUsize::new(0),
        abort: Mutex::new(None),
        stop: AtomicBool::new(false),
        halted: Mutex::new(None),
        sink: &*sink,
        opts,
    };
    let load_error: Mutex<Option<Error>> = Mutex::new(None);

    let pools = (0..opts.jobs.max(1))
        .map(|i| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(1)
                // Typst's layout recurses deeply on nested content.
                .stack_size(16 * 1024 * 1024)
                .thread_name(move |_| format!("recap-worker-{i}"))
                .build()
        })
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::Config(format!("could not start {} workers: {e}", opts.jobs)))?;

    let working = AtomicUsize::new(pools.len());
    std::thread::scope(|scope| {
        // Loader: the database side, in chunks, on the data layer's own async runtime.
        scope.spawn(|| {
            let mut last = Instant::now();
            // A shard reads every account row (cheap) but only its own accounts' child rows.
            let in_shard = |id: &str| opts.shard.is_none_or(|(i, n)| shard_of(id, n) == i);
            let mut chunks = source.chunks_of(selection, opts.chunk, document.tables());
            if let Some((_, n)) = opts.shard {
                chunks = chunks.keeping(&in_shard, n as usize);
            }
            for chunk in chunks {
                if shared.stopping() {
                    break;
                }
                match chunk {
                    Ok(accounts) => {
                        let per = last.elapsed() / accounts.len().max(1) as u32;
                        for a in accounts {
                            if tx.send((a, per)).is_err() {
                                return;
                            }
                        }
                    }
                    Err(e) => {
                        if let Ok(mut slot) = load_error.lock() {
                            *slot = Some(e);
                        }
                        break;
                    }
                }
                last = Instant::now();
            }
            drop(tx);
        });
        // Workers: one per pool, each pool one thread (see the module doc).
        for pool in &pools {
            let (shared, working) = (&shared, &working);
            scope.spawn(move || {
                // Counted out on return and on a panic alike, so the committer always ends.
                let _leaving = Leaving(working);
                pool.install(|| worker(document, shared));
            });
        }
        // The committer: syncs the disk and stamps finished accounts while the workers render
        // (a worker that synced would wait for the disk: Wrapped, 2 jobs, 135 → 115 accounts/s).
        scope.spawn(|| {
            let mut failing = 0;
            while working.load(Ordering::SeqCst) > 0 {
                std::thread::sleep(Duration::from_millis(50));
                for record in shared.commits.commit_due() {
                    failing = shared.committed(&record, failing);
                }
            }
        });
    });
    // The accounts still waiting for a sync, and then the stamps of the last round.
    for record in shared.commits.flush() {
        shared.committed(&record, 0);
    }
    shared.progress.finish();
    if let Some(reason) = shared.abort.into_inner().ok().flatten() {
        return Err(Error::Template(format!(
            "stopped: the first {ABORT_AFTER} accounts all failed, so the template or the output folder is at fault, not the accounts. The first error: {reason}"
        )));
    }
    // The database went away mid-run: the accounts it could not load are not in the journal;
    // the summary says so and the exit code is 1, and a rerun resumes.
    let load_error = load_error.into_inner().ok().flatten();
    let counts = shared.journal.counts();
    let first_error = shared.journal.first_error();
    if opts.manifest {
        let stem = match opts.shard {
            Some((i, n)) => format!("manifest-shard-{i}-of-{n}"),
            None => "manifest".to_string(),
        };
        let sorted = shared.journal.write_manifest(&*sink, &stem)?;
        document.finish(&*sink, sorted.path(), opts.shard)?;
    }
    let seconds = started.elapsed().as_secs_f64();
    let mut summary = Summary {
        ok: counts.ok,
        skipped: counts.skipped,
        failed: counts.failed,
        seconds,
        docs_per_second: if seconds > 0.0 {
            counts.ok as f64 / seconds
        } else {
            0.0
        },
        interrupted: interrupt_flag().load(Ordering::SeqCst),
        folder: folder.clone(),
        sink: SinkRef(Arc::clone(&sink)),
        first_error,
        times: shared.times.into_inner().unwrap_or_default(),
        report: document.report(),
    };
    if let Some(e) = load_error {
        if summary.ok + summary.skipped == 0 {
            return Err(e);
        }
        tracing::error!("loading stopped early: {e}; rerun to finish the remaining accounts");
        summary.failed += 1;
    }
    if opts.manifest {
        write_summary(opts, &summary)?;
    }
    // The last stamps, the manifests and the summary on disk before the run says it is done.
    sink.sync()?;
    Ok(summary)
}

/// Counts a worker out of the run's working ones when it ends.
struct Leaving<'a>(&'a AtomicUsize);

impl Drop for Leaving<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// What the workers of one run share.
struct Shared<'a> {
    rx: Mutex<Receiver<(AccountData, Duration)>>,
    journal: Journal,
    /// Accounts written, waiting for the next sync to be stamped and journaled.
    commits: Commits,
    /// Accounts whose files were written (durable or not yet): the run is not failing as a whole.
    written: AtomicUsize,
    times: Mutex<StageTimes>,
    progress: Progress,
    rendered: AtomicUsize,
    /// Failures of the template or the disk (see [`ABORT_AFTER`]).
    systemic_failures: AtomicUsize,
    /// Set when the run gives up (every early account failed); the reason is the first error.
    abort: Mutex<Option<String>>,
    stop: AtomicBool,
    /// Why the run stopped before its end, when its uploads kept failing.
    halted: Mutex<Option<String>>,
    sink: &'a dyn Sink,
    opts: &'a Options,
}

impl Shared<'_> {
    fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst) || interrupt_flag().load(Ordering::SeqCst)
    }

    /// An account's outcome is final: into the journal, onto the progress line.
    fn finished(&self, record: &Record) {
        self.journal.push(record);
        self.progress.tick(record, self.journal.counts());
    }

    /// An account the committer is done with, after `failing` accounts in a row whose writes
    /// failed; returns the new count. When [`ABORT_AFTER`] in a row failed (the bucket went
    /// away, the disk is full), the run stops rendering: the accounts failed so far are in the
    /// manifest with their reason, and a rerun does the rest.
    fn committed(&self, record: &Record, failing: usize) -> usize {
        self.finished(record);
        if !(record.status == Status::Failed && record.systemic) {
            return 0;
        }
        let failing = failing + 1;
        if failing >= ABORT_AFTER && !self.stop.swap(true, Ordering::SeqCst) {
            let why = format!(
                "stopped early: the files of the last {ABORT_AFTER} accounts could not be written to {} (the last error: {}); rerun when it is reachable again: finished accounts are skipped.",
                self.sink.location(),
                record.error
            );
            tracing::error!("{why}");
            if let Ok(mut h) = self.halted.lock() {
                *h = Some(why);
            }
        }
        failing
    }
}

/// When this many accounts fail on the template or the disk before any succeeds, the run
/// stops: the cause is the template or the output folder, not the accounts.
const ABORT_AFTER: usize = 10;

fn worker(document: &AccountDocument, sh: &Shared) {
    let mut local = StageTimes::default();
    loop {
        let next = match sh.rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => break,
        };
        let Ok((data, load_time)) = next else { break };
        if sh.stopping() {
            // Drain the queue so the loader never blocks on a full one; render nothing more.
            continue;
        }
        local.load += load_time;
        let outcome = one_account(&data, document, sh.sink, sh.opts, &mut local);
        if !matches!(&outcome, Outcome::Done(r) if r.status == Status::Skipped)
            && sh.rendered.fetch_add(1, Ordering::Relaxed) % EVICT_EVERY == EVICT_EVERY - 1
        {
            crate::render::typst::evict_cache();
        }
        let record = match outcome {
            Outcome::Written(pending) => {
                sh.written.fetch_add(1, Ordering::SeqCst);
                sh.commits.add(pending);
                continue;
            }
            Outcome::Done(record) => record,
        };
        if record.status == Status::Failed && record.systemic {
            let failed = sh.systemic_failures.fetch_add(1, Ordering::SeqCst) + 1;
            let counts = sh.journal.counts();
            let written = sh.written.load(Ordering::SeqCst);
            if failed >= ABORT_AFTER && counts.skipped + written == 0 {
                if let Ok(mut a) = sh.abort.lock()
                    && a.is_none()
                {
                    *a = Some(record.error.clone());
                }
                sh.stop.store(true, Ordering::SeqCst);
            }
        }
        sh.finished(&record);
    }
    if let Ok(mut t) = sh.times.lock() {
        t.add(&local);
    }
}

/// What `.recap/<name>.done` holds: the hash of the inputs an account's files were made
/// from, the files with their sha256, and the document's note, so a rerun can skip the account
/// (when its files are still those bytes) and still list it. Written only once the files are
/// on disk ([`commit`]).
#[derive(serde::Serialize, serde::Deserialize)]
struct Stamp {
    hash: String,
    files: Vec<String>,
    #[serde(default)]
    sha256: Vec<String>,
    #[serde(default)]
    note: serde_json::Value,
}

/// The name of an account's stamp in its sink.
fn stamp_name(name: &str) -> String {
    format!(".recap/{name}.done")
}

/// What became of one account in a worker.
enum Outcome {
    /// Skipped or failed: final.
    Done(Record),
    /// Rendered and written: done once the next sync makes it durable.
    Written(Pending),
}

fn one_account(
    data: &AccountData,
    document: &AccountDocument,
    sink: &dyn Sink,
    opts: &Options,
    times: &mut StageTimes,
) -> Outcome {
    let id = &data.account.account_id;
    let name = safe_name(id);
    let hash = input_hash(document, data);
    let stamp_name = stamp_name(&name);
    let mut record = Record {
        account_id: id.clone(),
        status: Status::Ok,
        files: Vec::new(),
        bytes: 0,
        sha256: Vec::new(),
        error: String::new(),
        systemic: false,
        note: serde_json::Value::Null,
    };
    // A bucket's stamp is one GET: a rerun never lists the bucket.
    let found: Option<Stamp> = sink
        .get(&stamp_name)
        .ok()
        .flatten()
        .and_then(|b| serde_json::from_slice(&b).ok());
    let had_stamp = found.is_some();
    let stamp = found.filter(|s: &Stamp| !opts.force && s.hash == hash);
    // Up to date when every file the stamp names is there with the bytes it vouches for.
    if let Some(stamp) = stamp
        && let Some(sizes) = unchanged(sink, &stamp)
    {
        record.status = Status::Skipped;
        record.bytes = sizes;
        record.files = stamp.files;
        record.sha256 = stamp.sha256;
        record.note = stamp.note;
        return Outcome::Done(record);
    }
    let result = check_problems(data).and_then(|()| document.render(data, times));
    let rendered = match result {
        Ok(r) => r,
        Err(e) => {
            record.status = Status::Failed;
            record.systemic = matches!(e, Error::Template(_) | Error::Io(_));
            record.error = e.to_string().replace('\n', " ");
            return Outcome::Done(record);
        }
    };
    let t = Instant::now();
    // The stamp is removed first and written last: a crash in between leaves outputs that
    // the next run re-renders, never a stamp that vouches for a missing file.
    if had_stamp {
        sink.remove(&stamp_name);
    }
    // A document that writes a folder per account (Wrapped) clears what a killed run left in it.
    let mut subfolders: Vec<&str> = rendered
        .outputs
        .iter()
        .filter_map(|o| o.path.rsplit_once('/').map(|(dir, _)| dir))
        .collect();
    subfolders.dedup();
    for dir in subfolders {
        sink.clean(dir);
    }
    let mut writes = Vec::with_capacity(rendered.outputs.len());
    for out in rendered.outputs {
        record.files.push(out.path.clone());
        record.bytes += out.bytes.len() as u64;
        record.sha256.push(out.sha256);
        let write = sink.put(&out.path, out.bytes);
        // A disk that refuses a file fails the account now; an upload is waited for by the
        // committer, while this worker renders the next account.
        if let Some(e) = write.failed_already() {
            record.status = Status::Failed;
            record.systemic = true;
            record.error = e.to_string();
            record.files.clear();
            record.sha256.clear();
            record.bytes = 0;
            return Outcome::Done(record);
        }
        writes.push(write);
    }
    record.note = rendered.note;
    let stamp = Stamp {
        hash,
        files: record.files.clone(),
        sha256: record.sha256.clone(),
        note: record.note.clone(),
    };
    times.write += t.elapsed();
    match serde_json::to_vec(&stamp) {
        Ok(stamp) => Outcome::Written(Pending {
            stamp_name,
            stamp,
            writes,
            record,
        }),
        Err(e) => {
            record.status = Status::Failed;
            record.error = format!("could not write the stamp of account {id}: {e}");
            Outcome::Done(record)
        }
    }
}

/// The total size of the files `stamp` names when each is there with the sha256 it
/// records; `None` when one is missing, cut short or different (or the stamp predates sha256s).
fn unchanged(sink: &dyn Sink, stamp: &Stamp) -> Option<u64> {
    if stamp.sha256.len() != stamp.files.len() {
        return None;
    }
    let files: Vec<(&str, &str)> = stamp
        .files
        .iter()
        .zip(&stamp.sha256)
        .map(|(f, s)| (f.as_str(), s.as_str()))
        .collect();
    sink.verify_all(&files)
}

/// An account whose rows could not be read as they are makes no document: the first
/// problem the loader found, as the error.
pub fn check_problems(data: &AccountData) -> Result<()> {
    let Some(p) = data.problems.first() else {
        return Ok(());
    };
    let more = if data.problems.len() > 1 {
        format!(" (and {} more)", data.problems.len() - 1)
    } else {
        String::new()
    };
    Err(Error::Data(format!(
        "account {}: {}{more}; fix the data (run `recap check` for the full list).",
        data.account.account_id, p.message
    )))
}

/// `summary.json` (or `summary-shard-I-of-N.json`): counts, time, rate and milliseconds per
/// rendered document by stage. The benchmark reads it.
pub fn write_summary(opts: &Options, s: &Summary) -> Result<()> {
    let per_doc = |d: Duration| {
        if s.ok > 0 {
            1000.0 * d.as_secs_f64() / s.ok as f64
        } else {
            0.0
        }
    };
    let t = &s.times;
    let json = serde_json::json!({
        "ok": s.ok,
        "skipped": s.skipped,
        "failed": s.failed,
        "interrupted": s.interrupted,
        "jobs": opts.jobs,
        "seconds": s.seconds,
        "docs_per_second": s.docs_per_second,
        "ms_per_doc": {
            "load": per_doc(t.load),
            "model": per_doc(t.model),
            "charts": per_doc(t.charts),
            "typeset": per_doc(t.typeset),
            "pdf": per_doc(t.pdf),
            "raster": per_doc(t.raster),
            "encode": per_doc(t.encode),
            "html": per_doc(t.html),
            "write": per_doc(t.write),
        },
    });
    let mut json = json;
    if let (Some(obj), serde_json::Value::Object(extra)) = (json.as_object_mut(), &s.report) {
        obj.extend(extra.clone());
    }
    let name = match opts.shard {
        Some((i, n)) => format!("summary-shard-{i}-of-{n}.json"),
        None => "summary.json".to_string(),
    };
    let bytes = serde_json::to_vec_pretty(&json)
        .map_err(|e| Error::Io(format!("could not write the summary: {e}")))?;
    s.sink.0.put(&name, bytes).wait().map_err(Error::Io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_names_stay_inside_the_folder_and_differ() {
        for id in [
            "../../etc/passwd",
            "a/b",
            "a\\b",
            ".hidden",
            "CON",
            "con.txt",
            "",
            "x\0y",
            "ünï",
            &"w".repeat(300),
        ] {
            let n = safe_name(id);
            assert!(
                !n.contains('/') && !n.contains('\\') && !n.starts_with('.'),
                "{id:?} → {n}"
            );
            assert!(!n.is_empty() && n.len() <= 100, "{id:?} → {n}");
            assert!(
                n.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)),
                "{n}"
            );
        }
        assert_eq!(safe_name("ACC-00001"), "ACC-00001");
        assert_eq!(safe_name("12345"), "12345");
        assert_ne!(safe_name("a/b"), safe_name("a_b"));
        assert_ne!(safe_name("a/b"), safe_name("a:b"));
        assert!(safe_name("CON").starts_with("_CON"));
    }

    #[test]
    fn safe_names_differ_when_case_is_ignored() {
        // Salesforce-style ids differ only in case; a case-insensitive disk must not merge them.
        let ids = [
            "acme",
            "ACME",
            "Acme",
            "aCME",
            "0015g00000XyZab",
            "0015g00000XYZAB",
        ];
        let mut folded: Vec<String> = ids.iter().map(|id| safe_name(id).to_lowercase()).collect();
        folded.sort();
        folded.dedup();
        assert_eq!(folded.len(), ids.len(), "{folded:?}");
        assert_eq!(safe_name("ACME"), "ACME");
        // The names the README shows.
        assert_eq!(safe_name("acme"), "acme-822b33ad");
        assert_eq!(safe_name("a/b"), "a_b-c14cddc0");
    }

    #[test]
    fn shards_partition_accounts() {
        let ids: Vec<String> = (0..1000).map(|i| format!("ACC-{i:05}")).collect();
        let mut sizes = [0usize; 4];
        for id in &ids {
            let s = shard_of(id, 4);
            assert!((1..=4).contains(&s));
            assert_eq!(s, shard_of(id, 4));
            sizes[(s - 1) as usize] += 1;
        }
        assert!(sizes.iter().all(|&n| (200..=300).contains(&n)), "{sizes:?}");
        assert_eq!(parse_shard("2/8").unwrap(), (2, 8));
        assert!(
            parse_shard("0/8").is_err() && parse_shard("9/8").is_err() && parse_shard("x").is_err()
        );
    }
}

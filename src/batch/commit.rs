//! Group commit: an account counts as done only once its files are on stable storage.
//!
//! A rerun trusts an account's stamp (`.recap/<name>.done`: the hash of its inputs, its files
//! and their sha256) and skips the account. So a stamp is written only after the files it
//! names are durable. Workers write files as they go (each by an atomic rename, none synced on
//! its own); about once a second a committing thread's `syncfs` of the output's file system
//! makes everything
//! written until then durable; only then are the stamps of the accounts written before it made,
//! a second `syncfs` makes the stamps durable, and the accounts' records go to the journal.
//! The run ends with a last round and one more sync for the manifests and the summary (see
//! [`super::run`]).
//!
//! One sync a second instead of one per file: Wrapped writes about a dozen files an account at
//! 150 accounts a second. After a power cut, an account is either stamped with complete files
//! or rendered again by the rerun.
//!
//! The same rounds serve a bucket ([`crate::sink`]): there the "writes" are uploads still in
//! flight when the worker moved on, a round first waits for them, and a sync has nothing to do
//! (a PUT is durable once answered). An account whose upload failed gets no stamp: it is
//! failed with the reason, and the rerun uploads it again.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::manifest::{Record, Status};
use crate::sink::{Sink, Write};

/// A group is committed when its oldest account waited this long…
const INTERVAL: Duration = Duration::from_secs(1);
/// …or when it holds this many accounts.
const MAX_GROUP: usize = 512;

/// An account whose files are written (or being uploaded) but not yet known to be durable.
pub struct Pending {
    /// `.recap/<name>.done`, in the sink.
    pub stamp_name: String,
    pub stamp: Vec<u8>,
    /// The account's writes, waited for before it is stamped.
    pub writes: Vec<Write>,
    pub record: Record,
}

/// An account whose writes were waited for: its record, stamp name and stamp, and how the
/// writes went.
type Waited = (Record, String, Vec<u8>, Result<(), String>);

/// The accounts of a run waiting for the next sync of its sink.
pub struct Commits {
    sink: Arc<dyn Sink>,
    group: Mutex<(Vec<Pending>, Instant)>,
}

impl Commits {
    pub fn new(sink: Arc<dyn Sink>) -> Commits {
        Commits {
            sink,
            group: Mutex::new((Vec::new(), Instant::now())),
        }
    }
    /// Adds an account whose files are written; [`Commits::commit_due`] commits it.
    pub fn add(&self, pending: Pending) {
        if let Ok(mut g) = self.group.lock() {
            if g.0.is_empty() {
                g.1 = Instant::now();
            }
            g.0.push(pending);
        }
    }

    /// When the waiting group is due (its oldest account waited [`INTERVAL`], or it is full),
    /// syncs and returns its records (stamped, or failed with the reason); else nothing. Called
    /// by a thread of its own, so that no worker waits for the disk.
    pub fn commit_due(&self) -> Vec<Record> {
        let due = match self.group.lock() {
            Ok(mut g) => (!g.0.is_empty() && (g.1.elapsed() >= INTERVAL || g.0.len() >= MAX_GROUP))
                .then(|| std::mem::take(&mut g.0)),
            Err(_) => None,
        };
        due.map(|group| self.commit(group)).unwrap_or_default()
    }

    /// Commits every waiting account (the end of a run).
    pub fn flush(&self) -> Vec<Record> {
        let group = match self.group.lock() {
            Ok(mut g) => std::mem::take(&mut g.0),
            Err(_) => Vec::new(),
        };
        if group.is_empty() {
            return Vec::new();
        }
        self.commit(group)
    }

    /// The files of `group` waited for (uploads) and made durable (one `syncfs`), then their
    /// stamps written and made durable in turn: two flushes a round, whatever its size. An
    /// account whose write failed is failed with the reason, and gets no stamp.
    fn commit(&self, group: Vec<Pending>) -> Vec<Record> {
        let written: Vec<Waited> = group
            .into_iter()
            .map(|p| {
                let mut result = Ok(());
                for w in p.writes {
                    if let Err(e) = w.wait()
                        && result.is_ok()
                    {
                        result = Err(e);
                    }
                }
                (p.record, p.stamp_name, p.stamp, result)
            })
            .collect();
        let synced = self.sink.sync().map_err(|e| e.to_string());
        // Every stamp started before any is waited for: a bucket takes them side by side.
        let stamping: Vec<(Record, Result<Write, String>)> = written
            .into_iter()
            .map(|(record, name, stamp, result)| {
                let started = result
                    .and_then(|()| synced.clone())
                    .map(|()| self.sink.put(&name, stamp));
                (record, started)
            })
            .collect();
        let mut stamped: Vec<(Record, Result<(), String>)> = stamping
            .into_iter()
            .map(|(record, started)| (record, started.and_then(Write::wait)))
            .collect();
        if let Err(e) = self.sink.sync() {
            for (_, written) in &mut stamped {
                if written.is_ok() {
                    *written = Err(e.to_string());
                }
            }
        }
        stamped
            .into_iter()
            .map(|(mut record, stamped)| {
                if let Err(e) = stamped {
                    record.status = Status::Failed;
                    record.systemic = true;
                    record.error = format!(
                        "account {}: its files are not known to be written: {e}; rerun to render it again",
                        record.account_id
                    );
                }
                record
            })
            .collect()
    }
}

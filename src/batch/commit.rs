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

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::manifest::{Record, Status};
use crate::render::{sync_to_disk, write_atomic};

/// A group is committed when its oldest account waited this long…
const INTERVAL: Duration = Duration::from_secs(1);
/// …or when it holds this many accounts.
const MAX_GROUP: usize = 512;

/// An account whose files are written but not yet known to be durable.
pub struct Pending {
    pub stamp_path: PathBuf,
    pub stamp: Vec<u8>,
    pub record: Record,
}

/// The accounts of a run waiting for the next sync of the output folder.
pub struct Commits {
    folder: PathBuf,
    group: Mutex<(Vec<Pending>, Instant)>,
}

impl Commits {
    pub fn new(folder: &Path) -> Commits {
        Commits {
            folder: folder.to_path_buf(),
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

    /// The files of `group` to disk, then their stamps, then the stamps to disk: two flushes
    /// a round, whatever its size.
    fn commit(&self, group: Vec<Pending>) -> Vec<Record> {
        let synced = sync_to_disk(&self.folder).map_err(|e| e.to_string());
        let mut stamped: Vec<(Record, std::result::Result<(), String>)> = group
            .into_iter()
            .map(|p| {
                let written = match &synced {
                    Ok(()) => write_atomic(&p.stamp_path, &p.stamp).map_err(|e| e.to_string()),
                    Err(e) => Err(e.clone()),
                };
                (p.record, written)
            })
            .collect();
        if let Err(e) = sync_to_disk(&self.folder) {
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
                        "account {}: its files were written but are not known to be on disk: {e}; rerun to render it again",
                        record.account_id
                    );
                }
                record
            })
            .collect()
    }
}

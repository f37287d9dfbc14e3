//! Where a run's files go: the one write path ("sink") of the batch engine, the pack and the
//! document's own manifests, with two implementations: a folder on disk ([`local`]) and a
//! prefix in an S3-compatible bucket ([`s3`], `--out s3://bucket/prefix`).
//!
//! No document knows where its bytes go: a document returns named outputs
//! ([`crate::document::Output`]), and whoever runs it hands them to a sink. Names are relative
//! (`ACC-00007.pdf`, `ACC-00007/share.png`, `.recap/ACC-00007.done`), made of
//! [`crate::batch::safe_name`]s, so the same tree appears under a folder or under a prefix, and
//! an account id never names a file outside it (each sink refuses a name with an empty, `.` or
//! `..` segment besides).
//!
//! A write is started by [`Sink::put`] and finished by [`Write::wait`]: on disk the file is
//! written at once (atomically, not yet synced); to a bucket the upload runs in the background
//! while the worker renders the next account, with a bounded number in flight. Either way an
//! account is stamped done only once its writes are waited for and [`Sink::sync`] returned (see
//! `batch/commit.rs`).

pub mod local;
pub mod s3;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::StorageConfig;
use crate::error::{Error, Result};

/// A run's destination: the folder `out/review/2026-Q3/` or the prefix
/// `s3://bucket/prefix/review/2026-Q3/`.
pub trait Sink: Send + Sync {
    /// Where the files go, for messages: a folder's path or an `s3://` address.
    fn location(&self) -> String;
    /// Starts writing `bytes` as the file `name` (whole or not at all), with the content type
    /// its extension gives ([`crate::document::content_type`]).
    fn put(&self, name: &str, bytes: Vec<u8>) -> Write;
    /// Writes the file `name` from what `fill` writes (a manifest, streamed), and waits for it.
    fn put_with(
        &self,
        name: &str,
        fill: &mut dyn FnMut(&mut dyn io::Write) -> io::Result<()>,
    ) -> Result<()>;
    /// The bytes of the file `name`; `None` when there is none.
    fn get(&self, name: &str) -> Result<Option<Vec<u8>>>;
    /// The size of the file `name` when it is there with the sha256 `sha256`; else `None`.
    fn verify(&self, name: &str, sha256: &str) -> Option<u64>;
    /// The total size of `files` (name, sha256) when each is there with its sha256; else
    /// `None`. A bucket asks for them side by side.
    fn verify_all(&self, files: &[(&str, &str)]) -> Option<u64> {
        files.iter().map(|(f, sha)| self.verify(f, sha)).sum()
    }
    /// Removes the file `name` (a stale stamp); a missing file is not an error.
    fn remove(&self, name: &str);
    /// Makes every write waited for so far durable (a folder: one `syncfs`; a bucket: a PUT
    /// is durable when it is answered, nothing to do).
    fn sync(&self) -> Result<()>;
    /// Deletes what a killed run left half-written in the folder `dir` (relative; `""` for
    /// the sink's own). A bucket never holds a half-written object: nothing to do.
    fn clean(&self, _dir: &str) {}
    /// A local folder for the run's own temporary files (the journal, manifests being sorted).
    fn scratch(&self) -> &Path;
}

/// A write started by [`Sink::put`].
pub struct Write(State);

enum State {
    Done(std::result::Result<(), String>),
    Running(std::sync::mpsc::Receiver<std::result::Result<(), String>>),
}

impl Write {
    /// A write that is already over.
    pub fn done(result: Result<()>) -> Write {
        Write(State::Done(result.map_err(|e| e.to_string())))
    }

    /// A write whose result `rx` will bring.
    pub fn running(rx: std::sync::mpsc::Receiver<std::result::Result<(), String>>) -> Write {
        Write(State::Running(rx))
    }

    /// Its error, when it already failed (a write to disk fails at once).
    pub fn failed_already(&self) -> Option<&str> {
        match &self.0 {
            State::Done(Err(e)) => Some(e),
            _ => None,
        }
    }

    /// Waits for the write to end; the error is a sentence.
    pub fn wait(self) -> std::result::Result<(), String> {
        match self.0 {
            State::Done(r) => r,
            State::Running(rx) => rx
                .recv()
                .unwrap_or_else(|_| Err("the upload was cut off (the run is stopping)".into())),
        }
    }
}

/// Where `--out` (or `out` in recap.toml) points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Out {
    /// A folder.
    Local(PathBuf),
    /// `s3://bucket/prefix`: the bucket and the prefix without its slashes at either end.
    S3 { bucket: String, prefix: String },
}

impl Out {
    /// `s3://bucket/prefix` is a bucket; anything else a folder.
    pub fn parse(out: &Path) -> Result<Out> {
        let text = out.to_string_lossy();
        let Some(rest) = text.strip_prefix("s3://") else {
            return Ok(Out::Local(out.to_path_buf()));
        };
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        let prefix = prefix.trim_matches('/');
        let bad_segment = prefix
            .split('/')
            .any(|s| s == "." || s == ".." || (s.is_empty() && !prefix.is_empty()));
        if bucket.is_empty() || bad_segment {
            return Err(Error::Config(format!(
                "--out {text:?} is not an address recap can write to: write s3://BUCKET or s3://BUCKET/PREFIX (no empty, . or .. part in the prefix)."
            )));
        }
        Ok(Out::S3 {
            bucket: bucket.to_string(),
            prefix: prefix.to_string(),
        })
    }

    /// True for a bucket.
    pub fn is_remote(&self) -> bool {
        matches!(self, Out::S3 { .. })
    }
}

/// The sink for the files under `under` (`review/2026-Q3`) of `out`, checked writable: a
/// folder that cannot be created or written, or a bucket that is missing, refuses the
/// credentials or cannot be reached, is an error naming it and the cause (before any document
/// is made).
pub fn open(out: &Path, under: &str, storage: &StorageConfig) -> Result<Arc<dyn Sink>> {
    Ok(match Out::parse(out)? {
        Out::Local(dir) => Arc::new(local::LocalSink::open(&join_path(&dir, under))?),
        Out::S3 { bucket, prefix } => {
            let prefix = [prefix.as_str(), under]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("/");
            Arc::new(s3::S3Sink::open(&bucket, &prefix, storage)?)
        }
    })
}

/// The bytes of one file given by the user: a local path, or `s3://bucket/key` (read only:
/// `--peers s3://…/peers.json` for the shards of a run).
pub fn read(path: &Path, storage: &StorageConfig) -> Result<Vec<u8>> {
    match Out::parse(path)? {
        Out::Local(p) => std::fs::read(&p).map_err(|e| Error::io("read", &p, e)),
        Out::S3 { bucket, prefix } => {
            let (dir, name) = prefix.rsplit_once('/').unwrap_or(("", &prefix));
            let sink = s3::S3Sink::reader(&bucket, dir, storage)?;
            sink.get(name)?.ok_or_else(|| {
                Error::Config(format!(
                    "there is no {} in the bucket {bucket:?}.",
                    path.display()
                ))
            })
        }
    }
}

fn join_path(dir: &Path, under: &str) -> PathBuf {
    under
        .split('/')
        .filter(|s| !s.is_empty())
        .fold(dir.to_path_buf(), |p, s| p.join(s))
}

/// `name` split into its segments, refused when one is empty, `.` or `..` (a name is made of
/// safe file names: this is the last guard that nothing is written outside the sink).
pub fn segments(name: &str) -> Result<Vec<&str>> {
    let parts: Vec<&str> = name.split('/').collect();
    if parts
        .iter()
        .any(|s| s.is_empty() || *s == "." || *s == ".." || s.contains('\\'))
    {
        return Err(Error::Io(format!(
            "recap will not write {name:?}: a file name must stay inside the output"
        )));
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_parses_buckets_and_folders() {
        assert_eq!(
            Out::parse(Path::new("out")).unwrap(),
            Out::Local(PathBuf::from("out"))
        );
        assert_eq!(
            Out::parse(Path::new("s3://b/wrapped/")).unwrap(),
            Out::S3 {
                bucket: "b".into(),
                prefix: "wrapped".into()
            }
        );
        assert_eq!(
            Out::parse(Path::new("s3://b")).unwrap(),
            Out::S3 {
                bucket: "b".into(),
                prefix: String::new()
            }
        );
        for bad in ["s3://", "s3:///x", "s3://b/../x", "s3://b/a//c"] {
            assert!(Out::parse(Path::new(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_never_leave_the_sink() {
        assert_eq!(segments("A/b.png").unwrap(), ["A", "b.png"]);
        for bad in [
            "../x",
            "a/../../x",
            "/etc/passwd",
            "a//b",
            "./a",
            "a\\..\\b",
            "",
        ] {
            assert!(segments(bad).is_err(), "{bad}");
        }
    }
}

//! The sink of a folder on disk: every file written atomically (a temporary file and a rename,
//! so it is complete or absent), none synced on its own; [`Sink::sync`] makes them all durable
//! with one `syncfs` (the group commit of `batch/commit.rs` calls it once a second).

use std::io;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{Sink, Write, segments};
use crate::error::{Error, Result};
use crate::render::{sync_to_disk, write_atomic, write_atomic_with};

/// A folder on disk (`out/review/2026-Q3`), with its `.recap/` for stamps and the journal.
pub struct LocalSink {
    folder: PathBuf,
    scratch: PathBuf,
}

impl LocalSink {
    /// Creates the folder and its `.recap/`, checks it can be written, and deletes what a
    /// killed run left half-written there.
    pub fn open(folder: &Path) -> Result<LocalSink> {
        let scratch = folder.join(".recap");
        std::fs::create_dir_all(&scratch)
            .map_err(|e| Error::io("create the output folder", folder, e))?;
        let probe = scratch.join(".write-test");
        std::fs::write(&probe, b"ok").map_err(|e| {
            Error::io(
                "write to the output folder (check permissions and free space)",
                folder,
                e,
            )
        })?;
        let _ = std::fs::remove_file(probe);
        let sink = LocalSink {
            folder: folder.to_path_buf(),
            scratch,
        };
        sink.clean("");
        sink.clean(".recap");
        Ok(sink)
    }

    /// The path of the file `name`.
    fn path(&self, name: &str) -> Result<PathBuf> {
        Ok(segments(name)?
            .into_iter()
            .fold(self.folder.clone(), |p, s| p.join(s)))
    }
}

impl Sink for LocalSink {
    fn location(&self) -> String {
        self.folder.display().to_string()
    }

    fn put(&self, name: &str, bytes: Vec<u8>) -> Write {
        Write::done(self.path(name).and_then(|p| write_atomic(&p, &bytes)))
    }

    fn put_with(
        &self,
        name: &str,
        fill: &mut dyn FnMut(&mut dyn io::Write) -> io::Result<()>,
    ) -> Result<()> {
        write_atomic_with(&self.path(name)?, fill)
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>> {
        let path = self.path(name)?;
        match std::fs::read(&path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io("read", &path, e)),
        }
    }

    fn verify(&self, name: &str, sha256: &str) -> Option<u64> {
        let bytes = std::fs::read(self.path(name).ok()?).ok()?;
        (hex::encode(Sha256::digest(&bytes)) == sha256).then_some(bytes.len() as u64)
    }

    fn remove(&self, name: &str) {
        if let Ok(p) = self.path(name) {
            let _ = std::fs::remove_file(p);
        }
    }

    fn sync(&self) -> Result<()> {
        sync_to_disk(&self.folder)
    }

    /// Deletes the temporary files of [`write_atomic`] a killed run left in `dir` (complete
    /// files are never temporary).
    fn clean(&self, dir: &str) {
        let dir = if dir.is_empty() {
            self.folder.clone()
        } else {
            match self.path(dir) {
                Ok(d) => d,
                Err(_) => return,
            }
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with(".recap-") && name.ends_with(".part") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    fn scratch(&self) -> &Path {
        &self.scratch
    }
}

//! Turning documents into files: PDF through an in-process Typst compiler, HTML through Tera,
//! and atomic writes so that a crash never leaves half a file.

pub mod html;
pub mod typst;

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so the
/// file is either complete or absent.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Like [`write_atomic`], for a file produced piece by piece: `fill` writes the contents to a
/// buffered temporary file, which becomes `path` only when `fill` succeeded.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create the folder", dir, e))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".recap-").suffix(".part");
    // Temporary files are private (0600) by default; documents are ordinary files others may
    // read, so they are created 0644 (less the umask), with no second system call.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| Error::io("create a file in", dir, e))?;
    {
        let mut w = std::io::BufWriter::new(tmp.as_file_mut());
        fill(&mut w)
            .and_then(|()| w.flush())
            .map_err(|e| Error::io("write", path, e))?;
    }
    tmp.persist(path)
        .map_err(|e| Error::io("write", path, e.error))?;
    Ok(())
}

/// Makes everything written so far to the file system holding `folder` durable (`syncfs`: one
/// call for all the files of a batch, where an `fsync` per file would cost one disk flush each).
pub fn sync_to_disk(folder: &Path) -> Result<()> {
    let dir = std::fs::File::open(folder).map_err(|e| Error::io("open the folder", folder, e))?;
    rustix::fs::syncfs(&dir)
        .map_err(|e| Error::io("flush to disk the folder", folder, std::io::Error::from(e)))
}

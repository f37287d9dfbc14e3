//! recap's errors: each one is a sentence a user can act on.
//!
//! The variant says which part failed (and so which exit code the CLI returns); the message
//! names the source, the account or the template, and what to do about it.

use std::path::Path;

/// An error recap shows to its user. The text is complete: callers print it as it is.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The run could not start: bad arguments, a malformed `recap.toml`.
    #[error("{0}")]
    Config(String),
    /// The database could not be reached or a query could not be run or read.
    #[error("{0}")]
    Source(String),
    /// One account's data cannot make a correct document.
    #[error("{0}")]
    Data(String),
    /// A template failed to compile or render.
    #[error("{0}")]
    Template(String),
    /// Reading or writing a file failed.
    #[error("{0}")]
    Io(String),
    /// The run was interrupted (Ctrl-C).
    #[error("interrupted")]
    Interrupted,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Process exit code for an error that stops the whole command.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Interrupted => 130,
            Error::Data(_) => 1,
            _ => 2,
        }
    }

    /// An I/O failure on `path`, phrased for a user.
    pub fn io(action: &str, path: &Path, err: std::io::Error) -> Error {
        Error::Io(format!("could not {action} {}: {err}", path.display()))
    }
}

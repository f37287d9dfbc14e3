//! The one shape of every document recap makes: a [`Document`] renders one subject (an
//! account, a month) into named outputs, each its bytes and content type.
//!
//! The batch engine, `recap pack`, the preview and the tests all make documents through this
//! trait and nothing else, so what a preview shows is what a run writes, byte for byte.

use std::path::Path;
use std::time::Duration;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::error::Result;
use crate::source::{TABLES, Table};

/// Time spent per stage, summed over documents.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StageTimes {
    pub load: Duration,
    pub model: Duration,
    pub charts: Duration,
    pub typeset: Duration,
    pub pdf: Duration,
    /// Pages drawn into pixels (Wrapped's share and story images).
    pub raster: Duration,
    /// Pixels written as PNG.
    pub encode: Duration,
    /// HTML (the review's page, Wrapped's emails and their text parts).
    pub html: Duration,
    pub write: Duration,
}

impl StageTimes {
    pub fn add(&mut self, o: &StageTimes) {
        self.load += o.load;
        self.model += o.model;
        self.charts += o.charts;
        self.typeset += o.typeset;
        self.pdf += o.pdf;
        self.raster += o.raster;
        self.encode += o.encode;
        self.html += o.html;
        self.write += o.write;
    }
}

/// One rendered file: its name (a relative path: where a run writes it under its folder, the
/// address a preview serves it at), its content type, its bytes and their sha256 (for the
/// manifests; computed once, when the file is made).
#[derive(Debug, Clone)]
pub struct Output {
    pub path: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
    pub sha256: String,
}

impl Output {
    /// An output named `path`; its content type follows from the name's extension.
    pub fn new(path: String, bytes: Vec<u8>) -> Output {
        let sha256 = hex::encode(Sha256::digest(&bytes));
        Output {
            content_type: content_type(&path),
            path,
            bytes,
            sha256,
        }
    }
}

/// The content type of a file recap writes, by its extension (text in UTF-8).
pub fn content_type(path: &str) -> &'static str {
    let ext = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "html" => "text/html; charset=utf-8",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "json" => "application/json",
        "jsonl" => "application/x-ndjson",
        "eml" => "message/rfc822",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        _ => "application/octet-stream",
    }
}

/// What a document made of one subject: its files, and what it has to say about the subject
/// (the batch keeps it in `manifest.jsonl`, where [`Document::finish`] reads it back).
pub struct Rendered {
    pub outputs: Vec<Output>,
    pub note: serde_json::Value,
}

impl Rendered {
    /// The output named `path`.
    pub fn get(&self, path: &str) -> Option<&Output> {
        self.outputs.iter().find(|o| o.path == path)
    }
}

impl From<Vec<Output>> for Rendered {
    fn from(outputs: Vec<Output>) -> Rendered {
        Rendered {
            outputs,
            note: serde_json::Value::Null,
        }
    }
}

/// A kind of document: a pure function of its subject's data (and the templates, fonts and
/// options it was made with) into named outputs.
pub trait Document: Sync {
    /// What one document is about: an account's data, a month's.
    type Subject;

    /// Checks the document's own section of `recap.toml` (`[wrapped]`, `[pack]`); commands
    /// call it before anything else is done, and the constructor again.
    fn validate(_config: &Config) -> Result<()>
    where
        Self: Sized,
    {
        Ok(())
    }
    /// Folder name under the output folder: `review`, `wrapped`, `pack`, …
    fn kind(&self) -> &str;
    /// A hash of everything besides the subject's data that shapes the output (templates,
    /// fonts, options, period, recap's version).
    fn fingerprint(&self) -> &str;
    /// Renders one subject. Adds its stage times to `times`.
    fn render(&self, subject: &Self::Subject, times: &mut StageTimes) -> Result<Rendered>;
    /// The tables the document reads: the loader skips the others (their fields stay empty).
    fn tables(&self) -> &[Table] {
        &TABLES
    }
    /// What else shapes this subject's output besides its data and the fingerprint (Wrapped:
    /// an account's rank among peers, which other accounts' data move). Part of the batch's
    /// up-to-date hash.
    fn subject_inputs(&self, _subject: &Self::Subject) -> String {
        String::new()
    }
    /// What the document has to say about a run, for `summary.json` (the review: which
    /// languages its documents are in, and the readers' locales it had no messages for).
    fn report(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
    /// Called once a batch's manifest is written, with a local file of its rows sorted by
    /// account (what `manifest.jsonl`, or the shard's, holds); a document writes its own
    /// manifests from the notes in it, to `sink` (the run's folder or bucket prefix).
    fn finish(
        &self,
        _sink: &dyn crate::sink::Sink,
        _manifest: &Path,
        _shard: Option<(u64, u64)>,
    ) -> Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_follow_the_extension() {
        for (path, want) in [
            ("ACC-1.pdf", "application/pdf"),
            ("ACC-1/email-champion-de.HTML", "text/html; charset=utf-8"),
            ("ACC-1/share.png", "image/png"),
            ("ACC-1/email-champion-de.txt", "text/plain; charset=utf-8"),
            ("ACC-1/eml/C-1.eml", "message/rfc822"),
            ("recipients.csv", "text/csv; charset=utf-8"),
            ("summary.json", "application/json"),
            ("manifest.jsonl", "application/x-ndjson"),
            ("no-extension", "application/octet-stream"),
        ] {
            assert_eq!(content_type(path), want, "{path}");
            assert_eq!(Output::new(path.into(), Vec::new()).content_type, want);
        }
    }
}

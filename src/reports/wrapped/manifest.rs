//! The mailing's manifests: `recipients.csv`/`.jsonl` (one row per recipient, the shape a
//! mailing tool imports) and `accounts.csv` (every selected account, with why nobody was
//! mailed when nobody was).
//!
//! Workers put each account's rows in its note in the run's `manifest.jsonl`; these files are
//! written from it at the end of the run, in account order, streaming (nothing per account
//! stays in memory).

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::sink::Sink;

/// The mailing tool the recipients file is shaped for (`--for`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Target {
    #[default]
    Generic,
    Braze,
    Hubspot,
    Customerio,
}

impl std::str::FromStr for Target {
    type Err = Error;
    fn from_str(s: &str) -> Result<Target> {
        match s.trim().to_ascii_lowercase().as_str() {
            "" | "generic" => Ok(Target::Generic),
            "braze" => Ok(Target::Braze),
            "hubspot" => Ok(Target::Hubspot),
            "customerio" | "customer.io" => Ok(Target::Customerio),
            other => Err(Error::Config(format!(
                "--for {other:?}: recap writes recipients for braze, hubspot or customerio (or the generic shape when --for is left out)."
            ))),
        }
    }
}

impl Target {
    /// The column names this tool imports without mapping; the rest keep recap's names.
    pub fn header(self, column: &'static str) -> &'static str {
        match (self, column) {
            (Target::Braze, "contact_id") => "external_id",
            (Target::Braze, "locale") => "language",
            (Target::Hubspot, "email") => "Email",
            (Target::Hubspot, "first_name") => "First Name",
            (Target::Customerio, "contact_id") => "id",
            _ => column,
        }
    }

    /// The tool's own unsubscribe merge tag, the email's default unsubscribe link.
    pub fn unsubscribe_tag(self) -> &'static str {
        match self {
            Target::Braze => "${set_user_to_unsubscribed_url}",
            Target::Hubspot => "{{ unsubscribe_link }}",
            Target::Customerio => "{% unsubscribe_url %}",
            Target::Generic => "{{unsubscribe_url}}",
        }
    }
}

/// The columns of `recipients.csv`, in order (the generic names).
pub const COLUMNS: &[&str] = &[
    "account_id",
    "account_name",
    "contact_id",
    "email",
    "first_name",
    "role",
    "locale",
    "subject",
    "preheader",
    "value",
    "value_text",
    "goals",
    "goals_text",
    "improvement",
    "improvement_text",
    "users",
    "users_text",
    "rank",
    "feature",
    "feature_text",
    "busiest",
    "busiest_text",
    "milestones",
    "milestones_text",
    "support",
    "support_text",
    "next_goal",
    "html_url",
    "text_url",
    "pdf_url",
    "image_url",
    "story_url",
    "html_path",
    "text_path",
    "pdf_path",
    "image_path",
    "eml_path",
    "html_sha256",
    "text_sha256",
    "pdf_sha256",
    "image_sha256",
];

/// The columns of `accounts.csv`.
const ACCOUNT_COLUMNS: &[&str] = &[
    "account_id",
    "status",
    "language",
    "cards",
    "recipients",
    "contacts",
    "unsubscribed",
    "invalid",
    "duplicate",
    "reason",
];

/// A fact's longest text in a column: mailing tools cap custom fields at 255 characters.
pub const MAX_FIELD: usize = 255;

/// What the manifests hold: accounts by status, and recipients.
#[derive(Debug, Default, Clone, PartialEq, serde::Serialize)]
pub struct Counts {
    pub statuses: std::collections::BTreeMap<String, usize>,
    pub recipients: usize,
}

/// Writes `recipients{suffix}.csv`, `.jsonl` and `accounts{suffix}.csv` to `sink` from the
/// run's sorted manifest (its rows' notes, a local file).
pub fn write(sink: &dyn Sink, manifest: &Path, suffix: &str, target: Target) -> Result<Counts> {
    let mut counts = Counts::default();
    let read = || File::open(manifest).map(BufReader::new);
    let headers: Vec<&str> = COLUMNS.iter().map(|c| target.header(c)).collect();
    let bad = |e: serde_json::Error| std::io::Error::other(format!("the run's manifest: {e}"));

    sink.put_with(&format!("recipients{suffix}.jsonl"), &mut |w| {
        for line in read()?.lines() {
            let record: Value = serde_json::from_str(&line?).map_err(bad)?;
            for row in rows(&record) {
                let mut obj = serde_json::Map::new();
                for (col, h) in COLUMNS.iter().zip(&headers) {
                    obj.insert(h.to_string(), row.get(*col).cloned().unwrap_or_default());
                }
                serde_json::to_writer(&mut *w, &obj).map_err(bad)?;
                w.write_all(b"\n")?;
            }
        }
        Ok(())
    })?;

    sink.put_with(&format!("recipients{suffix}.csv"), &mut |w| {
        let mut csv = csv::Writer::from_writer(w);
        csv.write_record(&headers)?;
        for line in read()?.lines() {
            let record: Value = serde_json::from_str(&line?).map_err(bad)?;
            for row in rows(&record) {
                csv.write_record(COLUMNS.iter().map(|c| text(row.get(*c))))?;
            }
        }
        csv.flush()
    })?;

    sink.put_with(&format!("accounts{suffix}.csv"), &mut |w| {
        let mut csv = csv::Writer::from_writer(w);
        csv.write_record(ACCOUNT_COLUMNS)?;
        for line in read()?.lines() {
            let record: Value = serde_json::from_str(&line?).map_err(bad)?;
            let note = &record["note"];
            let failed = record["status"] == "failed";
            let status = if failed {
                "failed".to_string()
            } else {
                text(note.get("status"))
            };
            *counts.statuses.entry(status.clone()).or_default() += 1;
            counts.recipients += rows(&record).count();
            let count = |k: &str| note.get(k).map(|v| v.to_string()).unwrap_or_default();
            csv.write_record([
                text(record.get("account_id")),
                status,
                text(note.get("language")),
                count("cards"),
                note.get("recipients")
                    .and_then(Value::as_array)
                    .map(|r| r.len().to_string())
                    .unwrap_or_default(),
                count("contacts"),
                count("unsubscribed"),
                count("invalid"),
                count("duplicate"),
                if failed {
                    text(record.get("error"))
                } else {
                    text(note.get("reason"))
                },
            ])?;
        }
        csv.flush()
    })?;
    Ok(counts)
}

fn rows(record: &Value) -> impl Iterator<Item = &serde_json::Map<String, Value>> {
    record["note"]["recipients"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

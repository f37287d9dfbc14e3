//! The documents recap makes, one folder each: the value review ([`review`]), Wrapped
//! ([`wrapped`]), the leadership pack ([`pack`]) and the CSM's call brief ([`brief`]). Each
//! holds its job (a [`crate::document::Document`]), its facts and its view; this module keeps
//! only what they share: the messages, the reader's locale, the hash of a folder.

pub mod brief;
pub mod pack;
pub mod review;
pub mod wrapped;

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::locale::{Catalog, Texts};
use crate::model::AccountData;

/// Every language's messages (the configured default language first in the fallbacks), and
/// the one `--locale` asks for, if any: an unknown `--locale` is an error before any document.
pub(crate) fn messages(
    config: &Config,
    templates: &Path,
    locale: Option<&str>,
) -> Result<(Catalog, Option<std::sync::Arc<Texts>>)> {
    let default = config
        .locale
        .default
        .as_deref()
        .unwrap_or(crate::locale::ENGLISH);
    let catalog = Catalog::load(templates, default)?;
    let forced = locale.map(|l| catalog.require(l)).transpose()?;
    Ok((catalog, forced))
}

/// The locale an account's own documents are written in: its executive sponsor's (the first
/// by contact id with one).
pub(crate) fn sponsor_locale(data: &AccountData) -> Option<&str> {
    data.contacts
        .iter()
        .filter(|c| c.role == "executive_sponsor" && !c.locale.trim().is_empty())
        .min_by(|a, b| a.contact_id.cmp(&b.contact_id))
        .map(|c| c.locale.as_str())
}

/// The start of an account document's fingerprint (the review, its deck, the brief): recap's
/// version, the document's own options (`options`, as text), the configured default language,
/// the brand, the health weights, then every file of `folders` (templates, fonts). The caller
/// adds what else shapes its output (a logo's bytes).
pub(crate) fn account_fingerprint(
    config: &Config,
    options: &str,
    folders: &[&Path],
) -> Result<Sha256> {
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION"));
    h.update(options);
    h.update(format!("{:?}", config.locale.default));
    h.update(serde_json::to_vec(&config.brand).unwrap_or_default());
    h.update(serde_json::to_vec(&config.health).unwrap_or_default());
    for folder in folders {
        hash_dir(&mut h, folder)?;
    }
    Ok(h)
}

/// Hashes every file of `dir` (names and bytes, in name order).
pub(crate) fn hash_dir(h: &mut Sha256, dir: &Path) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| Error::io("read", dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            hash_dir(h, &p)?;
        } else {
            h.update(
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            );
            h.update(std::fs::read(&p).map_err(|e| Error::io("read", &p, e))?);
        }
    }
    Ok(())
}

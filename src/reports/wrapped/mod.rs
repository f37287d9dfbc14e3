//! Wrapped: the year in review for every account, ready for the mailing tool.
//!
//! What an account's year says ([`facts`]), where it stands among its peers ([`peers`], over
//! the run's [`population`]), the cards that say it in the reader's language ([`cards`]), the
//! card document the Typst templates `wrapped.typ` and `wrapped-share.typ` print ([`build`]),
//! who gets it ([`recipients`]), the email ([`email`]), the batch job that makes an account's
//! files ([`WrappedJob`]) and the manifests the mailing tool imports ([`manifest`]).

pub mod cards;
pub mod email;
pub mod facts;
mod job;
pub mod manifest;
pub mod palette;
pub mod peers;
pub mod recipients;

pub use job::{WrappedJob, WrappedOptions, describe};

use serde::Serialize;

use crate::config::{Brand, Config};
use crate::error::{Error, Result};
use crate::locale::Texts;
use crate::model::AccountData;
use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::source::Source;

/// The Typst template of the card document.
pub const TYPST_TEMPLATE: &str = "wrapped.typ";
/// The Typst template of the 1200 × 630 share image (its lead card, in the middle 630 × 630).
pub const SHARE_TEMPLATE: &str = "wrapped-share.typ";

/// Checks `[wrapped]`: a peer group big enough to hide a peer, https links.
pub fn validate(config: &Config) -> Result<()> {
    let w = &config.wrapped;
    if w.min_peer_group < 2 {
        return Err(Error::Config(format!(
            "{}: wrapped.min_peer_group is {}; a rank needs a group of at least 2 (the default is 10).",
            config.at("wrapped.min_peer_group"),
            w.min_peer_group
        )));
    }
    for (key, url) in [
        ("wrapped.base_url", &w.base_url),
        ("wrapped.cta_url", &w.cta_url),
    ] {
        if let Some(u) = url
            && !u.starts_with("https://")
        {
            return Err(Error::Config(format!(
                "{}: {key} is {u:?}; mail clients block images and links that are not https://, so write an https:// address.",
                config.at(key)
            )));
        }
    }
    Ok(())
}

/// What `wrapped.typ` prints: one card a page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WrappedDoc {
    /// The language ("de") and region ("BR") for Typst's `text(lang:, region:)`.
    pub lang: String,
    pub region: Option<String>,
    /// The PDF's title: "Acme: your 2026 with Northwind Cloud".
    pub title: String,
    pub company: String,
    /// The brand colour, `#RRGGBB`.
    pub accent: String,
    pub year: i32,
    pub cards: Vec<cards::Card>,
}

/// The card document of `data`'s `year` for a reader in `role`, in the language of `t`;
/// `None` when the year has too little to say (fewer than [`cards::MIN_MIDDLE`] cards).
pub fn build(
    t: &Texts,
    data: &AccountData,
    year: i32,
    population: &peers::Population,
    rule: peers::RankRule,
    role: &str,
    brand: &Brand,
) -> Option<WrappedDoc> {
    let f = facts::year_facts(data, year);
    let rank = growth_rank(&f, &data.account.segment, population, rule);
    build_with(t, data, &f, rank, role, brand)
}

/// The account's shown rank for active-user growth among its segment, if any.
pub fn growth_rank(
    f: &facts::YearFacts,
    segment: &str,
    population: &peers::Population,
    rule: peers::RankRule,
) -> Option<peers::Rank> {
    f.active_users_growth
        .and_then(|g| population.shown_rank(cards::GROWTH, segment, g, rule))
}

/// What [`build`] makes, from facts and a rank already worked out (one account's emails in
/// several roles and languages share them).
pub fn build_with(
    t: &Texts,
    data: &AccountData,
    f: &facts::YearFacts,
    growth_rank: Option<peers::Rank>,
    role: &str,
    brand: &Brand,
) -> Option<WrappedDoc> {
    let acc = &data.account;
    let currency = acc.currency_code();
    let cx = card_context(data, &currency, growth_rank);
    let mut cards = cards::cards(t, f, &cx, role)?;
    let accent = crate::charts::accent_or_default(&brand.accent);
    let palette = palette::Palette::new(&accent);
    let n = cards.len();
    for (i, c) in cards.iter_mut().enumerate() {
        c.colours = palette.card(i, n);
    }
    let year = f.year;
    Some(WrappedDoc {
        lang: t.language(),
        region: t.region(),
        title: t.msg(
            "wrapped-title",
            &[
                ("account", acc.name.trim().to_string().into()),
                ("year", year.to_string().into()),
                ("company", brand.company.clone().into()),
            ],
        ),
        company: brand.company.clone(),
        accent,
        year,
        cards,
    })
}

/// What the cards need to know of the account.
pub fn card_context<'a>(
    data: &'a AccountData,
    currency: &'a str,
    growth_rank: Option<peers::Rank>,
) -> cards::CardContext<'a> {
    cards::CardContext {
        account: data.account.name.trim(),
        segment: data.account.segment.trim(),
        currency,
        growth_rank,
    }
}

/// The document as the JSON the template reads at `/data.json`.
pub fn data_json(doc: &WrappedDoc) -> Result<Vec<u8>> {
    serde_json::to_vec(doc)
        .map_err(|e| Error::Template(format!("could not write the Wrapped data as JSON: {e}")))
}

/// The run's population for peer ranks: every account's active-user growth, by segment, from
/// one aggregate query streamed in account order (see [`Source::usage_peaks`]). It covers
/// every account in the database, never one selection's or one shard's part, so a rank is the
/// same whichever machine renders the account, and it equals what [`facts::year_facts`] finds
/// account by account (tested).
///
/// The two halves of the accounts are read at once on two connections: nothing else of a run
/// can start before the population is known, and the query is one core's work in the
/// database (10,000 demo accounts: 2.5 s on one connection).
pub fn population(source: &Source, year: i32) -> Result<peers::Population> {
    let mut p = match source.middle_key()? {
        None => population_part(source, year, None, None)?,
        Some(middle) => {
            let other = source.another()?;
            let (low, high) = std::thread::scope(|scope| {
                let low = scope.spawn(|| population_part(source, year, None, Some(&middle)));
                let high = population_part(&other, year, Some(&middle), None);
                (low.join(), high)
            });
            let mut low = low.map_err(|_| {
                Error::Source("reading the peer population stopped unexpectedly".into())
            })??;
            low.merge(high?);
            low
        }
    };
    p.finish();
    Ok(p)
}

/// The population of the accounts with keys in `from..to` (unsorted: see
/// [`peers::Population::finish`]).
fn population_part(
    source: &Source,
    year: i32,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<peers::Population> {
    let mut p = peers::Population::new();
    // One account at a time: (account, segment) and its month → product → peak users.
    let mut current: Option<(String, String)> = None;
    let mut months: BTreeMap<NaiveDate, BTreeMap<String, i64>> = BTreeMap::new();
    let finish = |p: &mut peers::Population,
                  who: &Option<(String, String)>,
                  months: &mut BTreeMap<NaiveDate, BTreeMap<String, i64>>| {
        if let Some((_, segment)) = who {
            let monthly: BTreeMap<NaiveDate, i64> = months
                .iter()
                .map(|(m, products)| (*m, products.values().sum()))
                .collect();
            if let (_, _, Some(g)) = facts::active_users(&monthly, year) {
                p.add(cards::GROWTH, segment, g);
            }
        }
        months.clear();
    };
    source.usage_peaks(from, to, |row| {
        if current.as_ref().is_none_or(|(id, _)| *id != row.account_id) {
            finish(&mut p, &current, &mut months);
            current = Some((row.account_id.clone(), row.segment.clone()));
        }
        let y = chrono::Datelike::year(&row.month);
        if y == year || y == year - 1 {
            // Months that differ only by day fold into one month: the peak of the peaks.
            let peak = months
                .entry(row.month)
                .or_default()
                .entry(row.product)
                .or_default();
            *peak = (*peak).max(row.users);
        }
    })?;
    finish(&mut p, &current, &mut months);
    Ok(p)
}

/// The file `--peers-only` writes in the run's folder, for `--peers`.
pub const PEERS_FILE: &str = "peers.json";

/// Reads a population `--peers-only` wrote, checking it is for `year`.
pub fn read_population(path: &std::path::Path, year: i32) -> Result<peers::Population> {
    // A local file, or `s3://bucket/…/peers.json` where `--peers-only` wrote it.
    let bytes = crate::sink::read(path, &Default::default())?;
    let saved: peers::Saved = serde_json::from_slice(&bytes).map_err(|e| {
        Error::Config(format!(
            "{} is not a peer population written by `recap wrapped --peers-only`: {e}",
            path.display()
        ))
    })?;
    if saved.year != year {
        return Err(Error::Config(format!(
            "{} holds the peer population of {}, not {year}; write this year's with `recap wrapped --year {year} --peers-only`.",
            path.display(),
            saved.year
        )));
    }
    Ok(peers::Population::restore(saved))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn wrapped_settings_are_checked_at_their_line() {
        for (text, needle) in [
            (
                "[wrapped]\nmin_peer_group = 1\n",
                "r.toml at line 2: wrapped.min_peer_group is 1",
            ),
            (
                "[wrapped]\nbase_url = \"https://x.example\"\ncta_url = \"www.example.com\"\n",
                "r.toml at line 3: wrapped.cta_url is \"www.example.com\"; mail clients block",
            ),
            (
                "[wrapped]\nbase_url = \"http://x.example\"\n",
                "r.toml at line 2: wrapped.base_url is \"http://x.example\"",
            ),
        ] {
            let config = Config::parse(text, Path::new("r.toml")).unwrap();
            let err = validate(&config).unwrap_err().to_string();
            assert!(err.starts_with(needle), "{text}: {err}");
        }
        let ok = "[wrapped]\nmin_peer_group = 2\ncta_url = \"https://x.example/book\"\n";
        validate(&Config::parse(ok, Path::new("r.toml")).unwrap()).unwrap();
    }
}

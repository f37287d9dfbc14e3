//! Wrapped: the year in review for every account (issue 11, in progress).
//!
//! Built so far: what an account's year says ([`facts`]), where it stands among its peers
//! ([`peers`], with the run's [`population`]), and the cards that say it in the reader's
//! language ([`cards`]); all pure and tested. The email, share image and PDF, and the
//! `recap wrapped` command come next.

pub mod cards;
pub mod facts;
pub mod peers;

use crate::error::Result;
use crate::source::{Selection, Source};

/// The run's population for peer ranks: every selected account's ranked metrics, by segment,
/// in one streaming pass over the source. It covers the whole selection, never one shard's
/// part, so a rank is the same whichever machine renders the account.
pub fn population(
    source: &Source,
    selection: &Selection,
    year: i32,
    chunk: usize,
) -> Result<peers::Population> {
    let mut p = peers::Population::new();
    for accounts in source.chunks(selection, chunk) {
        for data in accounts? {
            add_to_population(
                &mut p,
                &data.account.segment,
                &facts::year_facts(&data, year),
            );
        }
    }
    p.finish();
    Ok(p)
}

/// Counts one account's ranked metrics: active-user growth, when the year has it.
pub fn add_to_population(p: &mut peers::Population, segment: &str, f: &facts::YearFacts) {
    if let Some(g) = f.active_users_growth {
        p.add(cards::GROWTH, segment, g);
    }
}

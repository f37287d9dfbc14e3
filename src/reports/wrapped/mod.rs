//! Wrapped: the year in review for every account (issue 11, in progress).
//!
//! Built so far: what an account's year says ([`facts`]) and where it stands among its peers
//! ([`peers`]), both pure and tested. The cards, their words in every language, the email,
//! share image and PDF, and the `recap wrapped` command come next.

pub mod cards;
pub mod facts;
pub mod peers;

//! What a reader sees, in their language: words from Project Fluent message files
//! (`templates/locales/<lang>/*.ftl`), numbers, money and dates from CLDR (ICU4X).
//!
//! Every document (the review, Wrapped, the pack) gets its words and formats here and nowhere
//! else: Rust decides what is true, these files say it.

pub mod common;
pub mod format;
pub mod messages;

pub use format::Formats;
pub use messages::{Arg, Catalog, ENGLISH, LABEL_PREFIX, Resolved, Texts, english};

//! recap's integration tests, as one test binary (one link of recap and its dependencies, not
//! one per file; the tests of every file run side by side). Each module is one area, as a user
//! meets it; `common` holds the helpers: databases, the recap binary, the output checkers.

mod common;

mod batch;
mod brief;
mod cli;
mod deck;
mod demo;
mod document;
mod durability;
mod locales;
mod mapping;
mod pack;
mod pack_delivery;
mod preview;
mod review;
mod s3;
mod servers;
mod wrapped;
mod wrapped_mailing;

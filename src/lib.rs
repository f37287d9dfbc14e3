//! recap: customer-success data in, personalized documents out.
//!
//! The flow is one direction: [`source`] loads rows into the [`model`], [`metrics`] computes
//! every figure, and the reports turn model + metrics into documents, each behind the one
//! [`document::Document`] interface the batch engine, the commands and the tests use.

pub mod batch;
pub mod charts;
pub mod check;
pub mod commands;
pub mod config;
pub mod deliver;
pub mod demo;
pub mod document;
pub mod error;
pub mod fx;
pub mod locale;
pub mod logging;
pub mod metrics;
pub mod model;
pub mod period;
pub mod preview;
pub mod render;
pub mod reports;
pub mod sink;
pub mod source;
pub mod stats;

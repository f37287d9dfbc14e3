//! How long Wrapped's population pass takes (every account's active-user growth for peer
//! ranks, from one aggregate query streamed row by row): `cargo run --release --example wrapped_population -- [ACCOUNTS]`.
//! Makes a demo database of ACCOUNTS (default 10,000) in a temporary folder first.

use std::time::Instant;

use recap::config::Config;
use recap::source::Source;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true)?;
    recap::demo::generate(&src, n, 42)?;
    let t = Instant::now();
    let p = recap::reports::wrapped::population(&src, 2026)?;
    let s = t.elapsed().as_secs_f64();
    println!(
        "{n} accounts: population pass {s:.2} s ({:.3} ms an account), {} values",
        1000.0 * s / n as f64,
        p.len()
    );
    Ok(())
}

//! Where a review's typesetting time goes: compares template variants side by side.
//!
//! ```text
//! cargo run --release --example typeset_profile -- ACCOUNTS [NAME=TEMPLATES_DIR[,FONTS_DIR]]...
//! ```
//!
//! Makes (once) a demo database of ACCOUNTS accounts, prepares every review's data and charts,
//! then typesets each document with every variant in turn on one thread, so that a busy machine
//! slows all variants alike. With one variant Typst's cache is evicted every 4 documents, as
//! the batch does; with several, before every document (so no variant warms another's cache).
//! Prints, per variant, the mean milliseconds of compile (layout) and PDF export, pages and PDF
//! size. Without variants it measures `templates/` with `fonts/`. With `RECAP_TRACE=FILE` it
//! also writes a Chrome trace of Typst's own timing scopes for the first variant (20 documents),
//! with template line numbers.

use std::path::{Path, PathBuf};
use std::time::Instant;

use recap::config::Config;
use recap::metrics::account_metrics;
use recap::period::Period;
use recap::render::typst::{Typesetter, evict_cache};
use recap::reports::review::{self, ReviewOptions};
use recap::source::{Selection, Source};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

type Input = (Vec<u8>, Vec<(String, Vec<u8>)>);

struct Variant {
    name: String,
    templates: PathBuf,
    typesetter: Typesetter,
    compile_ms: f64,
    export_ms: f64,
    pages: usize,
    bytes: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let n: usize = args.first().and_then(|s| s.parse().ok()).unwrap_or(200);
    let mut specs: Vec<String> = args.iter().skip(1).cloned().collect();
    if specs.is_empty() {
        specs.push(format!(
            "templates={}",
            manifest.join("templates").display()
        ));
    }
    let mut variants: Vec<Variant> = specs
        .iter()
        .map(|spec| {
            let (name, dirs) = spec.split_once('=').expect("NAME=DIR");
            let mut dirs = dirs.split(',');
            let templates = PathBuf::from(dirs.next().expect("templates dir"));
            let fonts = dirs
                .next()
                .map(PathBuf::from)
                .unwrap_or_else(|| manifest.join("fonts"));
            Variant {
                name: name.into(),
                typesetter: Typesetter::new(&templates, &fonts).expect("typesetter"),
                templates,
                compile_ms: 0.0,
                export_ms: 0.0,
                pages: 0,
                bytes: 0,
            }
        })
        .collect();

    let inputs = prepare(n);
    let variants_len = variants.len();
    // The batch's schedule by default; RECAP_EVICT="EVERY,AGE" tries another.
    let (evict_every, evict_age) = std::env::var("RECAP_EVICT")
        .ok()
        .and_then(|s| {
            let (a, b) = s.split_once(',')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
        .unwrap_or((4usize, 0usize));
    for (i, (json, files)) in inputs.iter().enumerate() {
        for v in variants.iter_mut() {
            // Each variant starts from an empty cache, or the first would warm the others.
            if variants_len > 1 {
                evict_cache();
            }
            let t = Instant::now();
            let doc = v
                .typesetter
                .compile("review.typ", json, files)
                .expect("compile");
            v.compile_ms += t.elapsed().as_secs_f64() * 1e3;
            let t = Instant::now();
            let pdf = v.typesetter.export("review.typ", &doc).expect("export");
            v.export_ms += t.elapsed().as_secs_f64() * 1e3;
            v.bytes += pdf.len();
            v.pages += doc.pages().len();
        }
        if variants_len == 1 && i % evict_every == evict_every - 1 {
            comemo::evict(evict_age);
        }
    }
    let k = inputs.len() as f64;
    for v in &variants {
        println!(
            "{:<16} compile {:6.2} ms · export {:5.2} ms · total {:6.2} ms · {:.2} pages · {:.0} KB",
            v.name,
            v.compile_ms / k,
            v.export_ms / k,
            (v.compile_ms + v.export_ms) / k,
            v.pages as f64 / k,
            v.bytes as f64 / k / 1024.0
        );
    }
    if let Ok(trace) = std::env::var("RECAP_TRACE") {
        write_trace(
            &variants[0].typesetter,
            &variants[0].templates,
            &inputs,
            &trace,
        );
    }
}

/// The data and chart files of every review of an N-account demo database.
fn prepare(n: usize) -> Vec<Input> {
    let db = std::env::temp_dir().join(format!("recap-profile-{n}.db"));
    let url = format!("sqlite://{}", db.display());
    let fresh = !db.exists();
    let src = Source::connect(&url, &Config::default(), true).expect("connect");
    if fresh {
        recap::demo::generate(&src, n, 42).expect("demo data");
    }
    let period = Period::parse("2026-Q3").expect("period");
    let config = Config::default();
    let options = ReviewOptions::default();
    src.load_all(&Selection::default())
        .expect("load")
        .iter()
        .map(|data| {
            let metrics = account_metrics(data, &period, &config.health);
            let doc = review::build(
                &recap::locale::english(),
                data,
                &metrics,
                &period,
                &config.brand,
                &options,
            );
            let json = review::data_json(&doc).expect("json");
            (
                json,
                review::typst_files(&review::charts(&recap::locale::english(), &doc)),
            )
        })
        .collect()
}

/// Typesets the first 20 documents again with Typst's timing scopes on and writes a Chrome
/// trace whose events carry the line of `review.typ` they come from.
fn write_trace(ts: &Typesetter, templates: &Path, inputs: &[Input], out: &str) {
    use typst::syntax::{Source, Span};
    let text = std::fs::read_to_string(templates.join("review.typ")).expect("template");
    let source = Source::new(
        recap::render::typst::file_id("/review.typ").expect("id"),
        text,
    );
    evict_cache();
    typst_timing::enable();
    for (json, files) in inputs.iter().take(20) {
        let doc = ts.compile("review.typ", json, files).expect("compile");
        ts.export("review.typ", &doc).expect("export");
    }
    typst_timing::disable();
    let file = std::fs::File::create(out).expect("trace file");
    typst_timing::export_json(std::io::BufWriter::new(file), |raw| {
        let line = source
            .find(Span::from_raw(raw))
            .map(|n| n.range())
            .and_then(|r| source.lines().byte_to_line(r.start))
            .map(|l| l as u32 + 1)
            .unwrap_or(0);
        ("review.typ".into(), line)
    })
    .expect("trace");
}

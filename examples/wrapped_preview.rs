//! Renders Wrapped's card document (PDF, one card a page) and share image (1200 × 630 PNG)
//! for a few demo accounts, in several languages and for each reader's role, to look at:
//!
//! ```text
//! cargo run --release --example wrapped_preview -- [OUT_DIR]   # default /tmp/wrapped-preview
//! pdftoppm -png -r 50 /tmp/wrapped-preview/ACC-00007-en-executive_sponsor.pdf /tmp/wp/p
//! ```
//!
//! Uses a demo database of 300 accounts in a temporary folder; peer ranks come from all of them.

use std::path::{Path, PathBuf};

use recap::config::{Brand, Config};
use recap::locale::Catalog;
use recap::render::typst::Typesetter;
use recap::reports::wrapped::{self, peers::RankRule};
use recap::source::{Selection, Source};

fn main() -> anyhow::Result<()> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "/tmp/wrapped-preview".into()),
    );
    std::fs::create_dir_all(&out)?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let templates = root.join("templates");
    let typesetter = Typesetter::new(&templates, &root.join("fonts"))?;
    let catalog = Catalog::load(&templates, "en")?;
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true)?;
    recap::demo::generate(&src, 300, 42)?;
    let population = wrapped::population(&src, 2026)?;
    let all = src.load_all(&Selection::default())?;
    let brand = Brand::default();
    let mut made = 0;
    for data in all.iter().take(12) {
        for lang in ["en", "de", "fr", "ja"] {
            let t = catalog.require(lang)?;
            for role in ["executive_sponsor", "champion", "end_user"] {
                let id = &data.account.account_id;
                let Some(doc) = wrapped::build(
                    &t,
                    data,
                    2026,
                    &population,
                    RankRule::default(),
                    role,
                    &brand,
                ) else {
                    println!("{id}: too little to say for a Wrapped");
                    continue;
                };
                let json = wrapped::data_json(&doc)?;
                let pdf = typesetter.pdf(wrapped::TYPST_TEMPLATE, &json, &[])?;
                std::fs::write(out.join(format!("{id}-{lang}-{role}.pdf")), pdf)?;
                let share = typesetter.compile(wrapped::SHARE_TEMPLATE, &json, &[])?;
                let png = typesetter.png(&share, 0, 1.0)?;
                std::fs::write(out.join(format!("{id}-{lang}-{role}.png")), png)?;
                made += 1;
            }
        }
    }
    println!("{made} card documents in {}", out.display());
    Ok(())
}

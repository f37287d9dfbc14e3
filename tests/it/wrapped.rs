//! Wrapped's population pass on a real database: one streaming pass gives the same ranks as
//! counting every account's facts by hand, for any account, whichever shard renders it.

use crate::common;

use recap::config::Config;
use recap::reports::wrapped::{self, cards::GROWTH, facts::year_facts, peers::Population};
use recap::source::{Selection, Source};

#[test]
fn the_population_pass_ranks_as_a_count_over_every_account() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, 60, 7).unwrap();
    // Read in two halves, split at the middle key.
    let p = wrapped::population(&src, 2026).unwrap();
    let all = src.load_all(&Selection::default()).unwrap();
    let middle = src.middle_key().unwrap().unwrap();
    let below = all.iter().filter(|a| a.account.account_id < middle).count();
    assert_eq!(below, all.len() / 2, "{middle}");
    let growth: Vec<(String, f64)> = all
        .iter()
        .filter_map(|a| {
            year_facts(a, 2026)
                .active_users_growth
                .map(|g| (a.account.segment.clone(), g))
        })
        .collect();
    assert!(growth.len() > 20, "the demo has growth for most accounts");
    assert_eq!(p.len(), growth.len());
    let mut by_hand = Population::new();
    for (segment, g) in &growth {
        by_hand.add(GROWTH, segment, *g);
    }
    by_hand.finish();
    for (segment, g) in &growth {
        let r = p.rank(GROWTH, segment, *g).unwrap();
        assert_eq!(Some(r), by_hand.rank(GROWTH, segment, *g));
        let better = growth
            .iter()
            .filter(|(s, x)| s == segment && *x > *g)
            .count();
        assert_eq!(r.position, better + 1);
    }
}

/// What the card-document tests typeset with: the shipped templates and fonts, every
/// language's messages, and 12 demo accounts (their data and peer population) in a temporary
/// folder.
struct CardKit {
    typesetter: recap::render::typst::Typesetter,
    catalog: recap::locale::Catalog,
    dir: tempfile::TempDir,
    population: Population,
    all: Vec<recap::model::AccountData>,
}

fn card_kit() -> CardKit {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let typesetter =
        recap::render::typst::Typesetter::new(&root.join("templates"), &root.join("fonts"))
            .unwrap();
    let catalog = recap::locale::Catalog::load(&root.join("templates"), "en").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, 12, 42).unwrap();
    let population = wrapped::population(&src, 2026).unwrap();
    let all = src.load_all(&Selection::default()).unwrap();
    common::close(src);
    CardKit {
        typesetter,
        catalog,
        dir,
        population,
        all,
    }
}

#[test]
fn the_card_document_prints_one_card_a_page_with_hostile_names_as_text() {
    let CardKit {
        typesetter,
        catalog,
        dir,
        population,
        mut all,
    } = card_kit();
    let name = "#exit() <script> \u{5e9}\u{5dc}\u{5d5}\u{5dd} 🚀 ".to_string() + &"x".repeat(300);
    let mut made = 0;
    for data in all.iter_mut() {
        data.account.name = name.clone();
        for lang in ["en", "ja"] {
            let t = catalog.require(lang).unwrap();
            let Some(doc) = wrapped::build(
                &t,
                data,
                2026,
                &population,
                Default::default(),
                "executive_sponsor",
                &Default::default(),
            ) else {
                continue;
            };
            assert!((5..=7).contains(&doc.cards.len()), "{:?}", doc.cards);
            assert!(doc.cards.iter().all(|c| c.big.trim() != "0"));
            let json = wrapped::data_json(&doc).unwrap();
            // Every card's words stay inside its fixed box, the 300-character name too.
            let pages = typesetter
                .compile(wrapped::TYPST_TEMPLATE, &json, &[])
                .unwrap();
            assert_eq!(
                recap::render::typst::overflows(&pages),
                Vec::<String>::new(),
                "{lang}"
            );
            let pdf = typesetter.pdf(wrapped::TYPST_TEMPLATE, &json, &[]).unwrap();
            let path = dir.path().join(format!("{lang}.pdf"));
            std::fs::write(&path, pdf).unwrap();
            if !common::checkers::poppler("the cards' PDF: pages and text") {
                return;
            }
            let info = std::process::Command::new("pdfinfo")
                .arg(&path)
                .output()
                .unwrap();
            let info = String::from_utf8_lossy(&info.stdout);
            let pages: usize = info
                .lines()
                .find_map(|l| l.strip_prefix("Pages:"))
                .and_then(|n| n.trim().parse().ok())
                .unwrap();
            assert_eq!(pages, doc.cards.len(), "one card a page");
            let text = std::process::Command::new("pdftotext")
                .arg(&path)
                .arg("-")
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&text.stdout).replace(['\u{200B}', '\n'], "");
            assert!(text.contains("#exit() <script>"), "{lang}: {text}");
            // The share image: exactly 1200 × 630 pixels (the PNG header's width and height).
            let share = typesetter
                .compile(wrapped::SHARE_TEMPLATE, &json, &[])
                .unwrap();
            assert_eq!(
                recap::render::typst::overflows(&share),
                Vec::<String>::new(),
                "{lang}"
            );
            let png = typesetter.png(&share, 0, 1.0).unwrap();
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            let dim = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
            assert_eq!((dim(16), dim(20)), (1200, 630), "{lang}");
            made += 1;
        }
    }
    assert!(made >= 4, "only {made} card documents");
}

/// The big number is the card: the longest figures a card can show (a billion in the widest
/// currency formats, a four-digit percentage, a seven-digit count), in every language, stay
/// on one line inside the card's box.
#[test]
fn the_longest_figures_fit_their_cards_in_every_language() {
    use recap::render::typst::overflows;
    let CardKit {
        typesetter,
        catalog,
        dir,
        population,
        all,
    } = card_kit();
    for lang in ["en", "de", "fr", "es", "it", "nl", "pt", "ja"] {
        let t = catalog.require(lang).unwrap();
        let mut doc = all
            .iter()
            .find_map(|data| {
                wrapped::build(
                    &t,
                    data,
                    2026,
                    &population,
                    Default::default(),
                    "executive_sponsor",
                    &Default::default(),
                )
            })
            .expect("a demo account with a Wrapped");
        let mut figures = Vec::new();
        for currency in ["USD", "EUR", "GBP", "CHF", "JPY"] {
            figures.push(t.fmt.money(1_234_567_890.0, currency));
        }
        figures.push(t.fmt.percent(1234.0));
        figures.push(t.fmt.integer(1_234_567));
        let longest = figures
            .iter()
            .max_by_key(|f| f.chars().count())
            .unwrap()
            .clone();
        let middle = doc.cards.len() - 2;
        for (k, c) in doc.cards[1..=middle].iter_mut().enumerate() {
            c.big = if k == 0 {
                longest.clone()
            } else {
                figures[k % figures.len()].clone()
            };
        }
        let json = wrapped::data_json(&doc).unwrap();
        let pages = typesetter
            .compile(wrapped::TYPST_TEMPLATE, &json, &[])
            .unwrap();
        assert_eq!(
            overflows(&pages),
            Vec::<String>::new(),
            "{lang}: {figures:?}"
        );
        let share = typesetter
            .compile(wrapped::SHARE_TEMPLATE, &json, &[])
            .unwrap();
        assert_eq!(overflows(&share), Vec::<String>::new(), "{lang}: {longest}");
        let path = dir.path().join(format!("{lang}.pdf"));
        std::fs::write(
            &path,
            typesetter.pdf(wrapped::TYPST_TEMPLATE, &json, &[]).unwrap(),
        )
        .unwrap();
        // One line each: the figure is whole on a line of the page's text.
        let text = common::tool("pdftotext", &[path.to_str().unwrap(), "-"]);
        let lines: Vec<String> = text
            .lines()
            .map(|l| l.replace(['\u{a0}', '\u{202f}', '\u{200b}'], " "))
            .collect();
        for c in &doc.cards[1..=middle] {
            let want = c.big.replace(['\u{a0}', '\u{202f}'], " ");
            assert!(
                lines.iter().any(|l| l.trim() == want),
                "{lang}: {want:?} is not on a line of its own:\n{text}"
            );
        }
    }
}

//! Wrapped's population pass on a real database: one streaming pass gives the same ranks as
//! counting every account's facts by hand, for any account, whichever shard renders it.

use recap::config::Config;
use recap::reports::wrapped::{self, cards::GROWTH, facts::year_facts, peers::Population};
use recap::source::{Selection, Source};

#[test]
fn the_population_pass_ranks_as_a_count_over_every_account() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("d.db").display());
    let src = Source::connect(&url, &Config::default(), true).unwrap();
    recap::demo::generate(&src, 60, 7).unwrap();
    // Small chunks: the pass streams, several round trips.
    let p = wrapped::population(&src, &Selection::default(), 2026, 7).unwrap();
    let all = src.load_all(&Selection::default()).unwrap();
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

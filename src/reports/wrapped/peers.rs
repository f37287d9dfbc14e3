//! Peer ranks for Wrapped: "top 4% of Mid-Market customers for active-user growth".
//!
//! A [`Population`] holds, per metric and peer group, every value of the run's accounts,
//! sorted once. An account's rank is exact: `k` = 1 + the number of peers with a strictly
//! better value, so tied accounts share one rank, and the share claimed is `k / n` rounded
//! **up** to a whole percent, never better than the truth (the best of 30 is "top 4%", not
//! "top 3.3%"). A rank is shown only when the group has at least `min_group` accounts with the
//! metric (fewer could identify a peer) and the account is in the top quarter.

use std::collections::BTreeMap;

/// Where the account stands among its peers for one metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rank {
    /// 1 for the best; tied accounts share it.
    pub position: usize,
    /// Accounts in the group with this metric.
    pub group_size: usize,
    /// "top N%": `ceil(100 × position / group_size)`.
    pub top_percent: u32,
}

/// The rule for showing a rank.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RankRule {
    /// Smallest peer group a rank is shown for (`[wrapped] min_peer_group`, default 10).
    pub min_group: usize,
    /// Largest share a rank is shown for: the top quarter.
    pub max_top_percent: u32,
}

impl Default for RankRule {
    fn default() -> Self {
        RankRule {
            min_group: 10,
            max_top_percent: 25,
        }
    }
}

/// A population on disk (`peers.json`): the year it is for, and every group's values.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Saved {
    pub year: i32,
    pub groups: Vec<SavedGroup>,
}

/// One metric's values in one peer group.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SavedGroup {
    pub metric: String,
    pub group: String,
    pub values: Vec<f64>,
}

/// Every account's value of each metric, by peer group: `(metric, group) → sorted values`.
#[derive(Debug, Default, Clone)]
pub struct Population {
    values: BTreeMap<(String, String), Vec<f64>>,
    sorted: bool,
}

impl Population {
    pub fn new() -> Population {
        Population::default()
    }

    /// Counts one account's `value` of `metric` in `group` (a segment). Non-finite values
    /// are no data and are not counted.
    pub fn add(&mut self, metric: &str, group: &str, value: f64) {
        if !value.is_finite() {
            return;
        }
        self.values
            .entry((metric.to_string(), group.to_string()))
            .or_default()
            .push(value);
        self.sorted = false;
    }

    /// Sorts every group once, best (largest) first; call after the last [`Population::add`].
    pub fn finish(&mut self) {
        for v in self.values.values_mut() {
            v.sort_by(|a, b| b.total_cmp(a));
        }
        self.sorted = true;
    }

    /// Values counted, over every metric and group.
    pub fn len(&self) -> usize {
        self.values.values().map(Vec::len).sum()
    }

    /// True when no value was counted.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The population as it is saved by `recap wrapped --peers-only` for the shards of a run
    /// to read (`--peers FILE`) instead of each querying every account again.
    pub fn save(&self, year: i32) -> Saved {
        Saved {
            year,
            groups: self
                .values
                .iter()
                .map(|((metric, group), values)| SavedGroup {
                    metric: metric.clone(),
                    group: group.clone(),
                    values: values.clone(),
                })
                .collect(),
        }
    }

    /// A saved population, ready to rank with.
    pub fn restore(saved: Saved) -> Population {
        let mut p = Population::new();
        for g in saved.groups {
            for v in g.values {
                p.add(&g.metric, &g.group, v);
            }
        }
        p.finish();
        p
    }

    /// Merges another population (one shard's or one worker's part) into this one.
    pub fn merge(&mut self, other: Population) {
        for (k, mut v) in other.values {
            self.values.entry(k).or_default().append(&mut v);
        }
        self.sorted = false;
    }

    /// The exact rank of `value` among `group`'s values of `metric` (larger is better), or
    /// `None` when the group has no such values. The population must be [`finish`]ed.
    ///
    /// [`finish`]: Population::finish
    pub fn rank(&self, metric: &str, group: &str, value: f64) -> Option<Rank> {
        debug_assert!(self.sorted, "Population::finish before rank");
        let values = self.values.get(&(metric.to_string(), group.to_string()))?;
        if values.is_empty() || !value.is_finite() {
            return None;
        }
        // Values are sorted best first: those strictly better form a prefix.
        let better = values.partition_point(|v| *v > value);
        let position = better + 1;
        let n = values.len();
        Some(Rank {
            position,
            group_size: n,
            top_percent: (100 * position).div_ceil(n) as u32,
        })
    }

    /// The rank worth printing under `rule`, or `None` (too small a group, not in the top).
    pub fn shown_rank(
        &self,
        metric: &str,
        group: &str,
        value: f64,
        rule: RankRule,
    ) -> Option<Rank> {
        self.rank(metric, group, value)
            .filter(|r| r.group_size >= rule.min_group && r.top_percent <= rule.max_top_percent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same rank computed the slow, obvious way: count the peers with a better value.
    fn brute(values: &[f64], value: f64) -> Rank {
        let better = values.iter().filter(|v| **v > value).count();
        let position = better + 1;
        let n = values.len();
        let mut top = 0u32;
        // The smallest whole percent p with p/100 ≥ position/n.
        while (top as usize) * n < 100 * position {
            top += 1;
        }
        Rank {
            position,
            group_size: n,
            top_percent: top,
        }
    }

    #[test]
    fn ranks_equal_a_brute_force_count_with_ties() {
        // Deterministic pseudo-random values with many ties (few distinct values).
        let mut x = 12345u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for n in [1usize, 2, 9, 10, 11, 37, 100, 1000] {
            let values: Vec<f64> = (0..n).map(|_| (next() % 13) as f64 * 2.5 - 10.0).collect();
            let mut p = Population::new();
            for v in &values {
                p.add("growth", "SMB", *v);
            }
            p.finish();
            for v in &values {
                assert_eq!(
                    p.rank("growth", "SMB", *v),
                    Some(brute(&values, *v)),
                    "n={n} v={v}"
                );
            }
        }
    }

    #[test]
    fn tied_accounts_share_a_rank_and_the_claim_rounds_up() {
        let mut p = Population::new();
        for v in [
            50.0, 40.0, 40.0, 30.0, 20.0, 10.0, 5.0, 4.0, 3.0, 2.0, 1.0, 0.0,
        ] {
            p.add("growth", "Mid-Market", v);
        }
        p.finish();
        let best = p.rank("growth", "Mid-Market", 50.0).unwrap();
        assert_eq!(
            (best.position, best.group_size, best.top_percent),
            (1, 12, 9)
        );
        // 1/12 = 8.3%: the claim is "top 9%", never "top 8%".
        let tied_a = p.rank("growth", "Mid-Market", 40.0).unwrap();
        assert_eq!((tied_a.position, tied_a.top_percent), (2, 17));
        let third = p.rank("growth", "Mid-Market", 30.0).unwrap();
        // Two accounts tied at 40 are both second; the next is fourth.
        assert_eq!(third.position, 4);
        // Shown only in the top quarter: 4/12 = 34% is not.
        assert!(
            p.shown_rank("growth", "Mid-Market", 30.0, RankRule::default())
                .is_none()
        );
        assert!(
            p.shown_rank("growth", "Mid-Market", 40.0, RankRule::default())
                .is_some()
        );
    }

    #[test]
    fn a_saved_population_ranks_exactly_as_the_original() {
        let mut p = Population::new();
        for (i, v) in [3.5, 1.0 / 3.0, 3.5, -2.0, 1e-9, 120.25].iter().enumerate() {
            p.add("m", if i % 2 == 0 { "A" } else { "B" }, *v);
        }
        p.finish();
        let json = serde_json::to_vec(&p.save(2026)).unwrap();
        let back = Population::restore(serde_json::from_slice(&json).unwrap());
        for v in [3.5, 1.0 / 3.0, -2.0, 1e-9, 120.25, 0.0] {
            for g in ["A", "B"] {
                assert_eq!(p.rank("m", g, v), back.rank("m", g, v), "{g} {v}");
            }
        }
        assert_eq!(back.len(), 6);
    }

    #[test]
    fn a_group_of_nine_shows_no_rank_and_groups_do_not_mix() {
        let mut p = Population::new();
        for v in 0..9 {
            p.add("growth", "Enterprise", v as f64);
        }
        for v in 0..50 {
            p.add("growth", "SMB", v as f64);
        }
        p.add("value", "Enterprise", 1.0);
        p.add("growth", "Enterprise", f64::NAN);
        p.finish();
        let r = p.rank("growth", "Enterprise", 8.0).unwrap();
        assert_eq!((r.position, r.group_size), (1, 9));
        assert!(
            p.shown_rank("growth", "Enterprise", 8.0, RankRule::default())
                .is_none()
        );
        assert!(
            p.shown_rank("growth", "SMB", 49.0, RankRule::default())
                .is_some()
        );
        assert!(p.rank("growth", "Nowhere", 1.0).is_none());
        assert_eq!(p.rank("value", "Enterprise", 1.0).unwrap().group_size, 1);
    }

    #[test]
    fn merged_parts_rank_as_one_population() {
        let values: Vec<f64> = (0..40).map(|i| ((i * 7) % 11) as f64).collect();
        let mut whole = Population::new();
        let (mut a, mut b) = (Population::new(), Population::new());
        for (i, v) in values.iter().enumerate() {
            whole.add("m", "g", *v);
            if i % 3 == 0 {
                a.add("m", "g", *v)
            } else {
                b.add("m", "g", *v)
            }
        }
        whole.finish();
        a.merge(b);
        a.finish();
        for v in &values {
            assert_eq!(whole.rank("m", "g", *v), a.rank("m", "g", *v));
        }
    }
}

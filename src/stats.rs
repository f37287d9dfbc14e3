//! The statistics behind the leadership pack's "hot spots": is one group (a segment, a CSM's
//! book, a plan) different from the rest of the portfolio, or is the difference noise?
//!
//! Every function here is pure. "No data" is `None`, never 0 or NaN: an interval over zero
//! accounts, a test whose standard error is zero. The normal distribution is implemented here
//! (W. J. Cody's erfc, Acklam's inverse refined by a Halley step) so no crate is needed.
//!
//! All tests are group-versus-rest, where "rest" is the portfolio minus the group (the
//! `minus` methods), so the two samples are disjoint and the usual independent-sample
//! formulas apply.

use serde::Serialize;

// ---------------------------------------------------------------------------------------------
// The normal distribution
// ---------------------------------------------------------------------------------------------

/// Cody's rational approximation to erf on |x| ≤ 0.46875: erf(x) = x·A(x²)/B(x²).
const CODY_A: [f64; 5] = [
    3.161_123_743_870_565_6,
    113.864_154_151_050_16,
    377.485_237_685_302,
    3_209.377_589_138_469_5,
    0.185_777_706_184_603_15,
];
const CODY_B: [f64; 4] = [
    23.601_290_952_344_122,
    244.024_637_934_444_17,
    1_282.616_526_077_372_3,
    2_844.236_833_439_171,
];
/// erfc(x) = exp(−x²)·C(x)/D(x) on 0.46875 < x ≤ 4.
const CODY_C: [f64; 9] = [
    0.564_188_496_988_670_1,
    8.883_149_794_388_376,
    66.119_190_637_141_63,
    298.635_138_197_400_1,
    881.952_221_241_769,
    1_712.047_612_634_070_6,
    2_051.078_377_826_071_6,
    1_230.339_354_797_997_2,
    2.153_115_354_744_038_5e-8,
];
const CODY_D: [f64; 8] = [
    15.744_926_110_709_835,
    117.693_950_891_312_5,
    537.181_101_862_009_9,
    1_621.389_574_566_690_2,
    3_290.799_235_733_459_7,
    4_362.619_090_143_247,
    3_439.367_674_143_721_6,
    1_230.339_354_803_749_4,
];
/// erfc(x) = exp(−x²)/x·(1/√π − P(1/x²)/(x²·Q(1/x²))) on x > 4.
const CODY_P: [f64; 6] = [
    0.305_326_634_961_232_34,
    0.360_344_899_949_804_45,
    0.125_781_726_111_229_24,
    0.016_083_785_148_742_28,
    6.587_491_615_298_378e-4,
    0.016_315_387_137_302_097,
];
const CODY_Q: [f64; 5] = [
    2.568_520_192_289_822,
    1.872_952_849_923_460_4,
    0.527_905_102_951_428_4,
    0.060_518_341_312_441_32,
    0.002_335_204_976_268_691_8,
];
/// 1/√π.
const FRAC_1_SQRT_PI: f64 = 0.564_189_583_547_756_3;
/// Beyond this erfc(x) underflows the smallest normal double (Cody's XBIG for IEEE doubles).
const ERFC_XBIG: f64 = 26.543;

/// The complementary error function erfc(x) = 1 − erf(x), by W. J. Cody's rational Chebyshev
/// approximations ("Rational Chebyshev approximations for the error function", Math. Comp.
/// 1969, pp. 631–638; netlib specfun CALERF). They approximate erfc to about 18 significant
/// digits, so in doubles the error is a few ulps — far inside the 1e-7 the p-values need, and
/// with *relative* accuracy in the far tail, where 1 − erf(x) would cancel to nothing.
/// Returns 0 beyond x ≈ 26.5, where erfc is below the smallest normal double.
fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    let y = x.abs();
    if y <= 0.468_75 {
        // erfc = 1 − erf, and erf is small here, so nothing cancels.
        let ysq = if y > 1.11e-16 { y * y } else { 0.0 };
        let mut num = CODY_A[4] * ysq;
        let mut den = ysq;
        for i in 0..3 {
            num = (num + CODY_A[i]) * ysq;
            den = (den + CODY_B[i]) * ysq;
        }
        return 1.0 - x * (num + CODY_A[3]) / (den + CODY_B[3]);
    }
    let upper = if y <= 4.0 {
        let mut num = CODY_C[8] * y;
        let mut den = y;
        for i in 0..7 {
            num = (num + CODY_C[i]) * y;
            den = (den + CODY_D[i]) * y;
        }
        exp_minus_square(y) * (num + CODY_C[7]) / (den + CODY_D[7])
    } else if y >= ERFC_XBIG {
        0.0
    } else {
        let ysq = 1.0 / (y * y);
        let mut num = CODY_P[5] * ysq;
        let mut den = ysq;
        for i in 0..4 {
            num = (num + CODY_P[i]) * ysq;
            den = (den + CODY_Q[i]) * ysq;
        }
        let r = ysq * (num + CODY_P[4]) / (den + CODY_Q[4]);
        exp_minus_square(y) * (FRAC_1_SQRT_PI - r) / y
    };
    // erfc(−y) = 2 − erfc(y).
    if x < 0.0 { 2.0 - upper } else { upper }
}

/// exp(−y²), computed as exp(−a²)·exp(−(y−a)(y+a)) with a = y rounded down to 1/16, as Cody
/// does: y² itself would carry a rounding error that exp magnifies by up to y² ≈ 700.
fn exp_minus_square(y: f64) -> f64 {
    let a = (y * 16.0).trunc() / 16.0;
    (-a * a).exp() * (-(y - a) * (y + a)).exp()
}

/// Standard normal CDF: Φ(z) = ½·erfc(−z/√2), via Cody's erfc (relative error of a few ulps,
/// also in the lower tail). Φ(−∞) = 0, Φ(∞) = 1; NaN in, NaN out (there is no "no data" for a
/// bare number).
pub fn normal_cdf(z: f64) -> f64 {
    0.5 * erfc(-z / std::f64::consts::SQRT_2)
}

/// Two-sided p-value of a z statistic: P(|Z| ≥ |z|) = 2·Φ(−|z|) = erfc(|z|/√2), computed from
/// the tail directly so that large |z| give small p-values rather than 1 − 1 = 0. It is 0
/// beyond |z| ≈ 37.5 (below the smallest normal double).
pub fn two_sided_p(z: f64) -> f64 {
    erfc(z.abs() / std::f64::consts::SQRT_2)
}

/// Peter Acklam's rational approximation to the normal quantile Φ⁻¹ (relative error below
/// 1.15e-9), central region |p − ½| ≤ ½ − 0.02425.
const ACKLAM_A: [f64; 6] = [
    -3.969_683_028_665_376e1,
    2.209_460_984_245_205e2,
    -2.759_285_104_469_687e2,
    1.383_577_518_672_69e2,
    -3.066_479_806_614_716e1,
    2.506_628_277_459_239,
];
const ACKLAM_B: [f64; 5] = [
    -5.447_609_879_822_406e1,
    1.615_858_368_580_409e2,
    -1.556_989_798_598_866e2,
    6.680_131_188_771_972e1,
    -1.328_068_155_288_572e1,
];
/// Acklam's tails, in q = √(−2·ln p).
const ACKLAM_C: [f64; 6] = [
    -7.784_894_002_430_293e-3,
    -3.223_964_580_411_365e-1,
    -2.400_758_277_161_838,
    -2.549_732_539_343_734,
    4.374_664_141_464_968,
    2.938_163_982_698_783,
];
const ACKLAM_D: [f64; 4] = [
    7.784_695_709_041_462e-3,
    3.224_671_290_700_398e-1,
    2.445_134_137_142_996,
    3.754_408_661_907_416,
];
const ACKLAM_P_LOW: f64 = 0.024_25;

/// Inverse standard normal CDF Φ⁻¹(p): Acklam's approximation, then one Halley step on
/// Φ(x) − p (with Cody's Φ), which takes the 1e-9 relative error to about machine precision.
/// −∞ at 0, ∞ at 1, NaN outside [0, 1].
fn normal_quantile(p: f64) -> f64 {
    if p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    let tail = |q: f64| {
        let [c1, c2, c3, c4, c5, c6] = ACKLAM_C;
        let [d1, d2, d3, d4] = ACKLAM_D;
        (((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6)
            / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1.0)
    };
    let x = if p < ACKLAM_P_LOW {
        tail((-2.0 * p.ln()).sqrt())
    } else if p <= 1.0 - ACKLAM_P_LOW {
        let [a1, a2, a3, a4, a5, a6] = ACKLAM_A;
        let [b1, b2, b3, b4, b5] = ACKLAM_B;
        let q = p - 0.5;
        let r = q * q;
        (((((a1 * r + a2) * r + a3) * r + a4) * r + a5) * r + a6) * q
            / (((((b1 * r + b2) * r + b3) * r + b4) * r + b5) * r + 1.0)
    } else {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    };
    // Halley: with e = Φ(x) − p and u = e/φ(x), x ← x − u/(1 + x·u/2).
    let e = normal_cdf(x) - p;
    let u = e * (2.0 * std::f64::consts::PI).sqrt() * (x * x / 2.0).exp();
    x - u / (1.0 + x * u / 2.0)
}

/// The z for a two-sided confidence level (0.95 → 1.959964, 0.998 → 3.090232): the upper
/// (1 − c)/2 point of the normal, z = −Φ⁻¹((1 − c)/2). Computed from the small tail (1 − c)/2
/// rather than from (1 + c)/2, whose closeness to 1 would cost digits. 0 at c = 0, ∞ at c = 1;
/// NaN for a confidence outside [0, 1], which is a configuration error for the caller to
/// reject, not "no data".
pub fn z_for(confidence: f64) -> f64 {
    if confidence.is_nan() || !(0.0..=1.0).contains(&confidence) {
        return f64::NAN;
    }
    // The tail is ≤ ½, so the quantile is ≤ 0 and abs() is the negation (and turns −0 into 0).
    normal_quantile((1.0 - confidence) / 2.0).abs()
}

/// A usable z: finite and not negative (a negative z would swap the ends of an interval).
fn valid_z(z: f64) -> bool {
    z.is_finite() && z >= 0.0
}

// ---------------------------------------------------------------------------------------------
// Proportions
// ---------------------------------------------------------------------------------------------

/// Wilson score interval for `successes` of `n` at z, as fractions (low, high):
/// (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), p̂ = successes/n.
/// Wilson rather than p̂ ± z·√(p̂(1−p̂)/n) because it stays inside [0, 1] and does not collapse to
/// a zero-width interval at 0 or n successes, which small groups hit often.
/// The ends are exactly 0 at 0 successes and exactly 1 at n (the formula gives them up to
/// rounding). `None` when n == 0 (no data), successes > n (impossible) or z is not a finite
/// z ≥ 0.
pub fn wilson(successes: u64, n: u64, z: f64) -> Option<(f64, f64)> {
    if n == 0 || successes > n || !valid_z(z) {
        return None;
    }
    let nf = n as f64;
    let p = successes as f64 / nf;
    let z2 = z * z;
    let denom = 1.0 + z2 / nf;
    let center = (p + z2 / (2.0 * nf)) / denom;
    let half = z / denom * (p * (1.0 - p) / nf + z2 / (4.0 * nf * nf)).sqrt();
    let low = if successes == 0 {
        0.0
    } else {
        (center - half).max(0.0)
    };
    let high = if successes == n {
        1.0
    } else {
        (center + half).min(1.0)
    };
    Some((low, high))
}

/// The result of comparing one group with the rest of the portfolio.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Test {
    /// Group minus rest, in the measure's own unit (fraction, NPS points, score points).
    pub difference: f64,
    /// The test statistic; positive when the group is above the rest.
    pub z: f64,
    /// Two-sided p-value of `z`.
    pub p: f64,
}

impl Test {
    /// A test from a difference and its standard error; `None` when the standard error is 0 or
    /// not finite (the groups carry no spread to measure the difference against).
    fn from_se(difference: f64, statistic_difference: f64, se: f64) -> Option<Test> {
        if !(se > 0.0 && se.is_finite() && statistic_difference.is_finite()) {
            return None;
        }
        let z = statistic_difference / se;
        Some(Test {
            difference,
            z,
            p: two_sided_p(z),
        })
    }
}

/// Two-proportion score test (pooled variance) of group x_g/n_g against the rest x_r/n_r:
/// z = (p_g − p_r) / √(p̄(1−p̄)(1/n_g + 1/n_r)), p̄ = (x_g + x_r)/(n_g + n_r); difference =
/// p_g − p_r (fractions). Pooled because under the null hypothesis both share one rate, and
/// that is the variance the test assumes.
///
/// `None` when either n is 0, either x exceeds its n, or the pooled variance is 0: when every
/// account in both groups succeeded (or every one failed) there is no evidence either way,
/// and no z to report. (p = 1 would also be defensible; `None` keeps such a group out of the
/// ranking and out of the false discovery count alike.)
pub fn proportion_test(x_g: u64, n_g: u64, x_r: u64, n_r: u64) -> Option<Test> {
    if n_g == 0 || n_r == 0 || x_g > n_g || x_r > n_r {
        return None;
    }
    let (ng, nr) = (n_g as f64, n_r as f64);
    let p_g = x_g as f64 / ng;
    let p_r = x_r as f64 / nr;
    let pooled = (x_g + x_r) as f64 / (ng + nr);
    let se = (pooled * (1.0 - pooled) * (1.0 / ng + 1.0 / nr)).sqrt();
    Test::from_se(p_g - p_r, p_g - p_r, se)
}

/// Funnel plot control limits around a portfolio proportion `p` for a group of size n:
/// p ± z·√(p(1−p)/n), clamped to [0, 1]. The funnel narrows as n grows: a group outside it is
/// further from the portfolio than chance makes likely for its size.
/// `None` when n == 0, `p` is not a fraction in [0, 1], or z is not a finite z ≥ 0.
pub fn proportion_limits(p: f64, n: u64, z: f64) -> Option<(f64, f64)> {
    if n == 0 || !(0.0..=1.0).contains(&p) || !valid_z(z) {
        return None;
    }
    let half = z * (p * (1.0 - p) / n as f64).sqrt();
    Some(((p - half).max(0.0), (p + half).min(1.0)))
}

// ---------------------------------------------------------------------------------------------
// NPS
// ---------------------------------------------------------------------------------------------

/// NPS responses counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct NpsCounts {
    pub promoters: u64,
    pub passives: u64,
    pub detractors: u64,
}

impl NpsCounts {
    /// All responses: promoters + passives + detractors.
    pub fn n(&self) -> u64 {
        self.promoters + self.passives + self.detractors
    }

    /// Adds another set of responses (a group into the portfolio).
    pub fn add(&mut self, other: &NpsCounts) {
        self.promoters += other.promoters;
        self.passives += other.passives;
        self.detractors += other.detractors;
    }

    /// These responses without `other`'s (the portfolio without a group: "the rest").
    /// Saturating per category, so a group that is not part of `self` cannot wrap around.
    pub fn minus(&self, other: &NpsCounts) -> NpsCounts {
        NpsCounts {
            promoters: self.promoters.saturating_sub(other.promoters),
            passives: self.passives.saturating_sub(other.passives),
            detractors: self.detractors.saturating_sub(other.detractors),
        }
    }

    /// The mean of the responses scored +1 (promoter), 0 (passive), −1 (detractor):
    /// pP − pD as a fraction. `None` when n == 0.
    fn mean(&self) -> Option<f64> {
        let n = self.n();
        (n > 0).then(|| (self.promoters as f64 - self.detractors as f64) / n as f64)
    }

    /// NPS on the −100..100 scale: 100·(promoters − detractors)/n. `None` when n == 0.
    pub fn score(&self) -> Option<f64> {
        self.mean().map(|m| 100.0 * m)
    }

    /// Trinomial variance of one response scored +1/0/−1: E[X²] − E[X]² = pP + pD − (pP − pD)²
    /// (fractions, not ×100). `None` when n == 0. This is the population variance of the
    /// responses, as the usual NPS standard error uses; clamped at 0 against rounding.
    pub fn variance(&self) -> Option<f64> {
        let n = self.n();
        if n == 0 {
            return None;
        }
        let nf = n as f64;
        let p_p = self.promoters as f64 / nf;
        let p_d = self.detractors as f64 / nf;
        Some((p_p + p_d - (p_p - p_d).powi(2)).max(0.0))
    }
}

/// Group vs rest for NPS: z = (m_g − m_r)/√(var_g/n_g + var_r/n_r), where m is the mean and var
/// the [`NpsCounts::variance`] of the responses scored +1/0/−1 (unpooled, Wald-style: NPS has
/// no single pooled parameter). difference = 100·(m_g − m_r), in NPS points.
/// `None` when either n is 0 or the combined standard error is 0 (both groups unanimous).
pub fn nps_test(group: &NpsCounts, rest: &NpsCounts) -> Option<Test> {
    let (m_g, m_r) = (group.mean()?, rest.mean()?);
    let (v_g, v_r) = (group.variance()?, rest.variance()?);
    let se = (v_g / group.n() as f64 + v_r / rest.n() as f64).sqrt();
    Test::from_se(100.0 * (m_g - m_r), m_g - m_r, se)
}

// ---------------------------------------------------------------------------------------------
// Means (health score)
// ---------------------------------------------------------------------------------------------

/// Running count, sum and sum of squares of a score (health, 0–100), mergeable: the portfolio
/// is the sum of its groups, and the rest is the portfolio minus a group.
/// Sums of squares cancel when the spread is tiny next to the mean; for scores of 0–100 over
/// up to millions of accounts the loss is far below anything a report shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Moments {
    pub n: u64,
    pub sum: f64,
    pub sum_sq: f64,
}

impl Moments {
    /// Counts one observation. A non-finite `x` is not a score and is skipped, so that one
    /// bad value cannot turn every mean and variance into NaN.
    pub fn push(&mut self, x: f64) {
        if !x.is_finite() {
            return;
        }
        self.n += 1;
        self.sum += x;
        self.sum_sq += x * x;
    }

    /// Merges another set of observations.
    pub fn add(&mut self, o: &Moments) {
        self.n += o.n;
        self.sum += o.sum;
        self.sum_sq += o.sum_sq;
    }

    /// These observations without `o`'s (`o` must be a part of `self`). Empty when nothing is
    /// left, with sums exactly 0 rather than rounding residue.
    pub fn minus(&self, o: &Moments) -> Moments {
        let n = self.n.saturating_sub(o.n);
        if n == 0 {
            return Moments::default();
        }
        Moments {
            n,
            sum: self.sum - o.sum,
            sum_sq: self.sum_sq - o.sum_sq,
        }
    }

    /// sum / n; `None` when n == 0.
    pub fn mean(&self) -> Option<f64> {
        (self.n > 0).then(|| self.sum / self.n as f64)
    }

    /// Sample variance (n − 1 denominator): (Σx² − (Σx)²/n)/(n − 1); `None` when n < 2.
    /// Equal values do not cancel to exactly 0 unless they are exact in binary (70.1 is not),
    /// and the residue, of either sign, would give two flat groups a standard error of 1e-9
    /// and a z of anything. So a numerator below 1e-10·Σx² is taken as 0:
    /// a spread that small (a standard deviation under about 1e-5 of the mean) is rounding,
    /// not data.
    pub fn variance(&self) -> Option<f64> {
        if self.n < 2 {
            return None;
        }
        let n = self.n as f64;
        let squares = self.sum_sq - self.sum * self.sum / n;
        if squares <= self.sum_sq * MOMENTS_CANCELLATION {
            return Some(0.0);
        }
        Some(squares / (n - 1.0))
    }
}

/// Below this fraction of Σx², Σx² − (Σx)²/n is rounding residue (see [`Moments::variance`]).
const MOMENTS_CANCELLATION: f64 = 1e-10;

/// Welch z test of the group's mean against the rest's: z = (x̄_g − x̄_r)/√(s²_g/n_g + s²_r/n_r),
/// p from the normal rather than Student's t (groups are ≥ 30 by rule, where the two agree to
/// the precision reported); difference = x̄_g − x̄_r in the score's unit.
/// `None` when either n < 2 (no variance) or the standard error is 0 (every score equal).
pub fn mean_test(group: &Moments, rest: &Moments) -> Option<Test> {
    let (m_g, m_r) = (group.mean()?, rest.mean()?);
    let (v_g, v_r) = (group.variance()?, rest.variance()?);
    let se = (v_g / group.n as f64 + v_r / rest.n as f64).sqrt();
    Test::from_se(m_g - m_r, m_g - m_r, se)
}

/// Funnel plot control limits around a portfolio mean (any scale) with per-observation
/// variance `variance`: mean ± z·√(variance/n). Not clamped: the scale's bounds are the
/// caller's to know. `None` when n == 0, `mean` is not finite, `variance` is negative or not
/// finite, or z is not a finite z ≥ 0.
pub fn mean_limits(mean: f64, variance: f64, n: u64, z: f64) -> Option<(f64, f64)> {
    let usable = n > 0 && mean.is_finite() && variance.is_finite() && variance >= 0.0;
    if !(usable && valid_z(z)) {
        return None;
    }
    let half = z * (variance / n as f64).sqrt();
    Some((mean - half, mean + half))
}

// ---------------------------------------------------------------------------------------------
// Multiple comparisons
// ---------------------------------------------------------------------------------------------

/// Relative slack on the Benjamini-Hochberg thresholds k·q/m, so that a p-value equal to its
/// threshold in decimal (0.04 against 4·0.05/5) is not lost to binary rounding. It is far
/// below the precision any p-value here carries.
const BH_SLACK: f64 = 1e-12;

/// Benjamini-Hochberg: which of `p_values` are discoveries at false discovery rate `q`, in
/// the input's order. Step-up: sort the p-values, find the largest rank k with
/// p₍ₖ₎ ≤ k·q/m, and every p-value ranked 1..=k is a discovery (even one above its own
/// threshold). A pack tests every group at once; without this, 1 in 20 null groups would be
/// flagged at 5%.
///
/// NaN p-values are never discoveries, but still count in m (a test was attempted), which
/// can only make the others harder to pass. Tied p-values always get the same answer.
pub fn benjamini_hochberg(p_values: &[f64], q: f64) -> Vec<bool> {
    let m = p_values.len() as f64;
    let mut order: Vec<usize> = (0..p_values.len())
        .filter(|&i| !p_values[i].is_nan())
        .collect();
    order.sort_by(|&a, &b| p_values[a].total_cmp(&p_values[b]));
    let cutoff = order
        .iter()
        .enumerate()
        .rev()
        .find(|&(rank0, &i)| {
            let threshold = (rank0 + 1) as f64 * q / m;
            p_values[i] <= threshold * (1.0 + BH_SLACK)
        })
        .map_or(0, |(rank0, _)| rank0 + 1);
    let mut discoveries = vec![false; p_values.len()];
    for &i in &order[..cutoff] {
        discoveries[i] = true;
    }
    discoveries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: f64, expected: f64, tolerance: f64) {
        assert!(
            (actual - expected).abs() <= tolerance,
            "{actual} is not within {tolerance} of {expected}"
        );
    }

    /// Relative closeness, for tail probabilities.
    fn rel_close(actual: f64, expected: f64, tolerance: f64) {
        assert!(
            ((actual - expected) / expected).abs() <= tolerance,
            "{actual} is not within {tolerance} (relative) of {expected}"
        );
    }

    #[test]
    fn normal_cdf_matches_tables() {
        // Φ(0) = ½ exactly by symmetry.
        assert_eq!(normal_cdf(0.0), 0.5);
        // The 97.5% point of the normal is 1.96: Φ(1.96) = 0.9750021048517795 (tables give
        // 0.97500). Φ(−3) = 0.0013498980316301 (the "three sigma" tail, 0.135%).
        close(normal_cdf(1.96), 0.975_002_104_851_779_5, 1e-13);
        rel_close(normal_cdf(-3.0), 0.001_349_898_031_630_095, 1e-12);
        // One point in each of Cody's three intervals (z/√2 ≤ 0.46875, ≤ 4, > 4), values from
        // the normal tables: Φ(0.3) = 0.6179114221889526, Φ(−0.5) = 0.3085375387259869,
        // Φ(1) = 0.8413447460685429, Φ(−7) = 1.279812543885835e-12,
        // Φ(−10) = 7.619853024160527e-24.
        close(normal_cdf(0.3), 0.617_911_422_188_952_6, 1e-14);
        close(normal_cdf(-0.5), 0.308_537_538_725_986_9, 1e-14);
        close(normal_cdf(1.0), 0.841_344_746_068_542_9, 1e-14);
        rel_close(normal_cdf(-7.0), 1.279_812_543_885_835e-12, 1e-12);
        rel_close(normal_cdf(-10.0), 7.619_853_024_160_527e-24, 1e-11);
        // Symmetry Φ(z) + Φ(−z) = 1, and the ends.
        close(normal_cdf(1.3) + normal_cdf(-1.3), 1.0, 1e-15);
        assert_eq!(normal_cdf(f64::NEG_INFINITY), 0.0);
        assert_eq!(normal_cdf(f64::INFINITY), 1.0);
        assert_eq!(normal_cdf(-40.0), 0.0);
        assert!(normal_cdf(f64::NAN).is_nan());
    }

    #[test]
    fn two_sided_p_doubles_the_tail() {
        // |z| = 1.96 is the 5% two-sided point: 2·(1 − 0.9750021) = 0.0499958.
        close(two_sided_p(1.96), 0.049_995_790_296_440_9, 1e-13);
        assert_eq!(two_sided_p(-1.96), two_sided_p(1.96));
        assert_eq!(two_sided_p(0.0), 1.0);
        // A large z keeps a small but nonzero p: 2·Φ(−10) = 1.52397e-23.
        rel_close(two_sided_p(10.0), 2.0 * 7.619_853_024_160_527e-24, 1e-11);
    }

    #[test]
    fn z_for_matches_tables() {
        // The familiar two-sided critical values: 95% → 1.959964, 99% → 2.575829,
        // 90% → 1.644854, 99.8% → 3.090232, 50% → 0.674490 (the probable error).
        close(z_for(0.95), 1.959_963_984_540_054, 1e-12);
        close(z_for(0.99), 2.575_829_303_548_9, 1e-12);
        close(z_for(0.90), 1.644_853_626_951_471_5, 1e-12);
        close(z_for(0.998), 3.090_232_306_167_813, 1e-12);
        close(z_for(0.5), 0.674_489_750_196_081_7, 1e-12);
        assert_eq!(z_for(0.0), 0.0);
        assert_eq!(z_for(1.0), f64::INFINITY);
        assert!(z_for(1.5).is_nan());
        assert!(z_for(-0.1).is_nan());
        assert!(z_for(f64::NAN).is_nan());
    }

    #[test]
    fn normal_quantile_inverts_the_cdf() {
        // Round trip through every region of Acklam's approximation, including deep tails
        // (Φ⁻¹(1e-10) = −6.361340902404056, Φ⁻¹(1e-300) = −37.0470962993612).
        for p in [
            1e-300, 1e-10, 0.001, 0.02, 0.025, 0.3, 0.5, 0.7, 0.975, 0.99, 0.999_9,
        ] {
            let x = normal_quantile(p);
            rel_close(normal_cdf(x), p, 1e-12);
        }
        close(normal_quantile(1e-10), -6.361_340_902_404_056, 1e-10);
        close(normal_quantile(1e-300), -37.047_096_299_361_2, 1e-9);
        assert_eq!(normal_quantile(0.0), f64::NEG_INFINITY);
        assert_eq!(normal_quantile(1.0), f64::INFINITY);
    }

    #[test]
    fn wilson_matches_wikipedia() {
        // Wikipedia's Wilson example, 81 successes of 263 at z = 1.96:
        // p̂ = 0.30798, z²/n = 0.014607, center = (0.30798 + 0.0073034)/1.014607 = 0.31074,
        // half = 1.96/1.014607·√(0.30798·0.69202/263 + 3.8416/276676) = 0.055461
        // → (0.2553, 0.3662).
        let (low, high) = wilson(81, 263, 1.96).unwrap();
        close(low, 0.2553, 5e-5);
        close(high, 0.3662, 5e-5);
        // 0 of 10: low is exactly 0 (the formula leaves −3e-17), high = z²/n/(1 + z²/n)
        // = 0.38416/1.38416 = 0.27754.
        let (low, high) = wilson(0, 10, 1.96).unwrap();
        assert_eq!(low, 0.0);
        close(high, 0.277_540, 1e-6);
        // n of n mirrors it.
        let (low, high) = wilson(10, 10, 1.96).unwrap();
        close(low, 1.0 - 0.277_540, 1e-6);
        assert_eq!(high, 1.0);
        assert_eq!(wilson(0, 0, 1.96), None);
        assert_eq!(wilson(11, 10, 1.96), None);
        assert_eq!(wilson(5, 10, f64::NAN), None);
    }

    #[test]
    fn proportion_test_textbook() {
        // 45/100 against 30/100: pooled p̄ = 75/200 = 0.375,
        // se = √(0.375·0.625·(1/100 + 1/100)) = √0.0046875 = 0.0684653,
        // z = 0.15/0.0684653 = 2.19089, p = 2·Φ(−2.19089) = 0.028460.
        let t = proportion_test(45, 100, 30, 100).unwrap();
        close(t.difference, 0.15, 1e-12);
        close(t.z, 2.190_890, 1e-6);
        close(t.p, 0.028_460, 1e-6);
        // Swapping the groups flips the sign only.
        let s = proportion_test(30, 100, 45, 100).unwrap();
        close(s.z, -t.z, 1e-12);
        close(s.p, t.p, 1e-15);
        // No data, impossible counts, and no variance at all (everyone succeeded).
        assert_eq!(proportion_test(0, 0, 30, 100), None);
        assert_eq!(proportion_test(5, 10, 0, 0), None);
        assert_eq!(proportion_test(11, 10, 30, 100), None);
        assert_eq!(proportion_test(10, 10, 100, 100), None);
        assert_eq!(proportion_test(0, 10, 0, 100), None);
    }

    #[test]
    fn proportion_limits_funnel() {
        // p = 0.2, n = 100, z = 2: half = 2·√(0.16/100) = 0.08 → (0.12, 0.28).
        let (low, high) = proportion_limits(0.2, 100, 2.0).unwrap();
        close(low, 0.12, 1e-12);
        close(high, 0.28, 1e-12);
        // n = 4: half = 2·√(0.16/4) = 0.4 → clamped below at 0.
        assert_eq!(proportion_limits(0.2, 4, 2.0).unwrap().0, 0.0);
        assert_eq!(proportion_limits(0.2, 0, 2.0), None);
        assert_eq!(proportion_limits(1.2, 10, 2.0), None);
    }

    #[test]
    fn nps_counts() {
        let empty = NpsCounts::default();
        assert_eq!(empty.n(), 0);
        assert_eq!(empty.score(), None);
        assert_eq!(empty.variance(), None);

        // 50% promoters, 30% passives, 20% detractors: NPS = 50 − 20 = 30;
        // variance = pP + pD − (pP − pD)² = 0.5 + 0.2 − 0.3² = 0.7 − 0.09 = 0.61.
        let g = NpsCounts {
            promoters: 50,
            passives: 30,
            detractors: 20,
        };
        assert_eq!(g.n(), 100);
        close(g.score().unwrap(), 30.0, 1e-12);
        close(g.variance().unwrap(), 0.61, 1e-12);
        // All passives: NPS 0, no variance.
        let flat = NpsCounts {
            promoters: 0,
            passives: 7,
            detractors: 0,
        };
        assert_eq!(flat.score(), Some(0.0));
        assert_eq!(flat.variance(), Some(0.0));

        let mut total = g;
        total.add(&NpsCounts {
            promoters: 30,
            passives: 40,
            detractors: 30,
        });
        assert_eq!(
            total,
            NpsCounts {
                promoters: 80,
                passives: 70,
                detractors: 50
            }
        );
        assert_eq!(
            total.minus(&g),
            NpsCounts {
                promoters: 30,
                passives: 40,
                detractors: 30
            }
        );
        // Saturating, not wrapping.
        assert_eq!(g.minus(&total), NpsCounts::default());
    }

    #[test]
    fn nps_test_hand_numbers_and_sign() {
        // Group 50/30/20: m = 0.3, var = 0.61. Rest 30/40/30: m = 0, var = 0.6 − 0 = 0.6.
        // se = √(0.61/100 + 0.6/100) = √0.0121 = 0.11; z = 0.3/0.11 = 2.727273;
        // p = 2·Φ(−2.727273) = 0.006386; difference = 30 NPS points.
        let g = NpsCounts {
            promoters: 50,
            passives: 30,
            detractors: 20,
        };
        let r = NpsCounts {
            promoters: 30,
            passives: 40,
            detractors: 30,
        };
        let t = nps_test(&g, &r).unwrap();
        close(t.difference, 30.0, 1e-9);
        close(t.z, 0.3 / 0.11, 1e-9);
        close(t.p, 0.006_386, 1e-6);
        // Symmetric: swapping group and rest flips the difference and z, keeps p.
        let s = nps_test(&r, &g).unwrap();
        close(s.difference, -t.difference, 1e-9);
        close(s.z, -t.z, 1e-12);
        close(s.p, t.p, 1e-15);
        // No responses on either side; both unanimous.
        assert_eq!(nps_test(&NpsCounts::default(), &r), None);
        assert_eq!(nps_test(&g, &NpsCounts::default()), None);
        let all_p = NpsCounts {
            promoters: 40,
            passives: 0,
            detractors: 0,
        };
        let all_d = NpsCounts {
            promoters: 0,
            passives: 0,
            detractors: 40,
        };
        assert_eq!(nps_test(&all_p, &all_d), None);
    }

    #[test]
    fn moments_mean_variance_and_merge() {
        let mut m = Moments::default();
        assert_eq!(m.mean(), None);
        assert_eq!(m.variance(), None);
        m.push(70.0);
        assert_eq!(m.mean(), Some(70.0));
        assert_eq!(m.variance(), None);
        m.push(80.0);
        m.push(90.0);
        m.push(f64::NAN); // skipped
        // 70, 80, 90: mean 80, sample variance (100 + 0 + 100)/2 = 100.
        assert_eq!(m.n, 3);
        close(m.mean().unwrap(), 80.0, 1e-12);
        close(m.variance().unwrap(), 100.0, 1e-9);

        let mut all = m;
        let mut other = Moments::default();
        for x in [50.0, 60.0, 70.0, 80.0] {
            other.push(x);
        }
        all.add(&other);
        assert_eq!(all.n, 7);
        assert_eq!(all.minus(&m), other);
        assert_eq!(all.minus(&all), Moments::default());
        assert_eq!(m.minus(&all), Moments::default());
        // Equal values not exact in binary: Σx² − (Σx)²/n leaves a residue of ~1e-18 (of
        // either sign); the variance is exactly 0, and two such groups have no test.
        for x in [0.1, 70.1, 33.3] {
            let mut same = Moments::default();
            for _ in 0..37 {
                same.push(x);
            }
            assert_eq!(same.variance(), Some(0.0), "{x}");
            assert_eq!(mean_test(&same, &same), None, "{x}");
        }
        // A real, small spread is kept: 70, 70, 70, 71 → mean 70.25, s² = (3·0.0625 +
        // 0.5625)/3 = 0.25.
        let mut small = Moments::default();
        for x in [70.0, 70.0, 70.0, 71.0] {
            small.push(x);
        }
        close(small.variance().unwrap(), 0.25, 1e-12);
    }

    #[test]
    fn mean_test_hand_numbers() {
        // Group 70, 80, 90: mean 80, s² = 100. Rest 50, 60, 70, 80: mean 65,
        // s² = (225 + 25 + 25 + 225)/3 = 500/3. se = √(100/3 + (500/3)/4) = √(100/3 + 125/3)
        // = √75 = 8.660254; z = 15/√75 = √3 = 1.732051; p = 2·Φ(−√3) = 0.083265.
        let mut portfolio = Moments::default();
        let mut group = Moments::default();
        for x in [70.0, 80.0, 90.0] {
            group.push(x);
            portfolio.push(x);
        }
        for x in [50.0, 60.0, 70.0, 80.0] {
            portfolio.push(x);
        }
        let rest = portfolio.minus(&group);
        let t = mean_test(&group, &rest).unwrap();
        close(t.difference, 15.0, 1e-9);
        close(t.z, 3f64.sqrt(), 1e-9);
        close(t.p, 0.083_265, 1e-6);
        let s = mean_test(&rest, &group).unwrap();
        close(s.z, -t.z, 1e-12);
        // Too few observations, and no spread at all.
        let mut one = Moments::default();
        one.push(50.0);
        assert_eq!(mean_test(&one, &rest), None);
        let mut flat = Moments::default();
        flat.push(60.0);
        flat.push(60.0);
        assert_eq!(mean_test(&flat, &flat), None);
    }

    #[test]
    fn mean_limits_funnel() {
        // mean 70, variance 400 (sd 20), n = 25, z = 2: half = 2·√(400/25) = 8 → (62, 78).
        assert_eq!(mean_limits(70.0, 400.0, 25, 2.0), Some((62.0, 78.0)));
        assert_eq!(mean_limits(70.0, 400.0, 0, 2.0), None);
        assert_eq!(mean_limits(70.0, -1.0, 25, 2.0), None);
        assert_eq!(mean_limits(f64::NAN, 400.0, 25, 2.0), None);
    }

    #[test]
    fn benjamini_hochberg_classic() {
        // p = [0.01, 0.04, 0.03, 0.005, 0.20], q = 0.05, m = 5. Sorted, with k·q/m:
        //   rank 1: 0.005 (index 3) ≤ 0.01  yes
        //   rank 2: 0.01  (index 0) ≤ 0.02  yes
        //   rank 3: 0.03  (index 2) ≤ 0.03  yes (equal)
        //   rank 4: 0.04  (index 1) ≤ 0.04  yes (equal)
        //   rank 5: 0.20  (index 4) ≤ 0.05  no
        // Largest passing rank k = 4: indices 3, 0, 2, 1 are discoveries, 4 is not.
        let p = [0.01, 0.04, 0.03, 0.005, 0.20];
        assert_eq!(
            benjamini_hochberg(&p, 0.05),
            vec![true, true, true, true, false]
        );
        // At q = 0.04 (thresholds 0.008, 0.016, 0.024, 0.032, 0.04): rank 1 0.005 yes,
        // rank 2 0.01 yes, rank 3 0.03 > 0.024, rank 4 0.04 > 0.032, rank 5 0.2 > 0.04 → k = 2.
        assert_eq!(
            benjamini_hochberg(&p, 0.04),
            vec![true, false, false, true, false]
        );
    }

    #[test]
    fn benjamini_hochberg_step_up() {
        // m = 3, q = 0.05, thresholds 0.01667, 0.03333, 0.05: rank 1 0.02 fails its own
        // threshold, but rank 2 0.03 ≤ 0.0333 passes, so both are discoveries (step-up).
        assert_eq!(
            benjamini_hochberg(&[0.5, 0.03, 0.02], 0.05),
            vec![false, true, true]
        );
    }

    #[test]
    fn benjamini_hochberg_nothing_passes() {
        // m = 3, q = 0.05: 0.04 > 0.01667, 0.2 > 0.03333, 0.9 > 0.05.
        assert_eq!(benjamini_hochberg(&[0.2, 0.04, 0.9], 0.05), vec![false; 3]);
    }

    #[test]
    fn benjamini_hochberg_empty_nan_and_ties() {
        assert_eq!(benjamini_hochberg(&[], 0.05), Vec::<bool>::new());
        // Ties: m = 4, q = 0.05, thresholds 0.0125, 0.025, 0.0375, 0.05. The three 0.03 sit
        // at ranks 1–3; rank 3 passes (0.03 ≤ 0.0375), so all three are discoveries.
        assert_eq!(
            benjamini_hochberg(&[0.03, 0.5, 0.03, 0.03], 0.05),
            vec![true, false, true, true]
        );
        // Tied and failing: m = 3, ranks 1–2 at 0.04 > 0.0167 and > 0.0333, 0.9 > 0.05.
        assert_eq!(benjamini_hochberg(&[0.04, 0.04, 0.9], 0.05), vec![false; 3]);
        // NaN is never a discovery but counts in m: m = 3, 0.001 ≤ 0.0167, 0.02 ≤ 0.0333.
        assert_eq!(
            benjamini_hochberg(&[0.02, f64::NAN, 0.001], 0.05),
            vec![true, false, true]
        );
        // Had NaN not counted (m = 2), 0.02 ≤ 0.025 and 0.04 ≤ 0.05 would both pass; with
        // m = 3, 0.02 > 0.0167 at rank 1 and 0.04 > 0.0333 at rank 2.
        assert_eq!(
            benjamini_hochberg(&[0.04, f64::NAN, 0.02], 0.05),
            vec![false; 3]
        );
    }
}

//! The pack's small charts as geometry (points in a fixed box), drawn by both templates: the
//! PDF's Typst and the HTML's inline SVG read the same numbers, so the two never disagree.
//! Sparklines and trends are lines over twelve months; the funnel plot is groups' values
//! against their size with the control limits around the portfolio's value.

use serde::Serialize;

/// A chart's box, in its own units (SVG user units; the PDF scales them).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lines {
    pub width: f64,
    pub height: f64,
    /// Unbroken runs of points; a month without data breaks the line.
    pub runs: Vec<Vec<[f64; 2]>>,
    /// The same runs as SVG `points` attributes.
    pub svg: Vec<String>,
    /// The last point, marked.
    pub last: Option<[f64; 2]>,
    /// The whole chart as a standalone SVG (no text: labels are the document's own).
    pub svg_image: String,
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn svg_points(run: &[[f64; 2]]) -> String {
    run.iter()
        .map(|[x, y]| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `values` (oldest first) as a line in a `width` × `height` box, scaled between `low` and
/// `high` (a flat series sits in the middle). `None` when nothing has data.
pub fn line(values: &[Option<f64>], width: f64, height: f64, low: f64, high: f64) -> Option<Lines> {
    if values.iter().all(Option::is_none) {
        return None;
    }
    let pad = 2.0;
    let span = high - low;
    let step = if values.len() > 1 {
        (width - 2.0 * pad) / (values.len() - 1) as f64
    } else {
        0.0
    };
    let mut runs: Vec<Vec<[f64; 2]>> = Vec::new();
    let mut current: Vec<[f64; 2]> = Vec::new();
    let mut last = None;
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => {
                let t = if span > 0.0 { (v - low) / span } else { 0.5 };
                let p = [
                    round(pad + step * i as f64),
                    round(height - pad - t * (height - 2.0 * pad)),
                ];
                current.push(p);
                last = Some(p);
            }
            None => {
                if !current.is_empty() {
                    runs.push(std::mem::take(&mut current));
                }
            }
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    let svg: Vec<String> = runs.iter().map(|r| svg_points(r)).collect();
    let mut img = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" aria-hidden="true">"#
    );
    if height > 40.0 {
        // Trend charts: hairlines at the lowest and highest month.
        for y in [pad, height - pad] {
            img += &format!(
                r##"<line x1="0" y1="{y}" x2="{width}" y2="{y}" stroke="#E3E6EA" stroke-width="1"/>"##
            );
        }
    }
    let stroke = if height > 40.0 { 2.0 } else { 1.5 };
    for pts in &svg {
        img += &format!(
            r#"<polyline fill="none" stroke="{INK}" stroke-width="{stroke}" stroke-linejoin="round" stroke-linecap="round" points="{pts}"/>"#
        );
    }
    if let Some([x, y]) = last {
        img += &format!(
            r#"<circle cx="{x}" cy="{y}" r="{}" fill="{INK}"/>"#,
            stroke + 0.5
        );
    }
    img += "</svg>";
    Some(Lines {
        width,
        height,
        svg,
        runs,
        last,
        svg_image: img,
    })
}

/// The colour of lines and dots: the pack's ink blue (contrast ≥ 4.5 on white).
const INK: &str = "#1F4FBF";
/// Dots of groups called above or below the rest, within chance, and too small to judge.
const HOT: &str = "#1E7A4C";
const COLD: &str = "#A4282B";
const TYPICAL: &str = "#5B6470";
const SMALL: &str = "#B8BEC6";

/// The smallest and largest value with data.
pub fn range(values: &[Option<f64>]) -> Option<(f64, f64)> {
    let mut it = values.iter().flatten().copied();
    let first = it.next()?;
    Some(it.fold((first, first), |(a, b), v| (a.min(v), b.max(v))))
}

/// One group on a funnel plot.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dot {
    pub x: f64,
    pub y: f64,
    /// hot, cold, typical or small.
    pub verdict: &'static str,
}

/// A funnel plot: groups' values against their size, with control limits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Funnel {
    pub width: f64,
    pub height: f64,
    pub dots: Vec<Dot>,
    /// The portfolio's value: a horizontal line at this y.
    pub centre: f64,
    /// 95% and 99.8% limits, upper and lower: four lines, as SVG points and as runs.
    pub limits: Vec<Vec<[f64; 2]>>,
    pub limits_svg: Vec<String>,
    /// The whole chart as a standalone SVG.
    pub svg_image: String,
    /// The values and sizes at the axes' ends (for their labels).
    pub y_low: f64,
    pub y_high: f64,
    pub n_low: u64,
    pub n_high: u64,
}

/// Lays out a funnel plot. `groups` are (n, value, verdict); `limit(n, z)` gives the control
/// limits around `centre` for a group of n at z; values are clamped to `[floor, ceiling]`.
pub fn funnel(
    groups: &[(u64, f64, &'static str)],
    centre: f64,
    limit: impl Fn(u64, f64) -> Option<(f64, f64)>,
    floor: f64,
    ceiling: f64,
) -> Option<Funnel> {
    let (width, height, pad) = (320.0, 180.0, 6.0);
    let n_low = groups.iter().map(|g| g.0).filter(|n| *n > 0).min()?;
    let n_high = groups.iter().map(|g| g.0).max()?.max(n_low + 1);
    let (lx, hx) = ((n_low as f64).ln(), (n_high as f64).ln());
    let x = |n: f64| pad + (n.ln() - lx) / (hx - lx) * (width - 2.0 * pad);
    // The y range covers every group and the 95% limits at the largest group, at least.
    let mut y_low = groups.iter().map(|g| g.1).fold(centre, f64::min);
    let mut y_high = groups.iter().map(|g| g.1).fold(centre, f64::max);
    if let Some((a, b)) = limit(n_high, 1.96) {
        y_low = y_low.min(a);
        y_high = y_high.max(b);
    }
    let margin = ((y_high - y_low) * 0.08).max(1e-9);
    y_low = (y_low - margin).max(floor);
    y_high = (y_high + margin).min(ceiling);
    let y = |v: f64| {
        let t = (v.clamp(y_low, y_high) - y_low) / (y_high - y_low).max(1e-9);
        round(height - pad - t * (height - 2.0 * pad))
    };
    let samples: Vec<f64> = (0..=32)
        .map(|i| (lx + (hx - lx) * i as f64 / 32.0).exp())
        .collect();
    let mut limits = Vec::new();
    for z in [1.96, 3.09] {
        for upper in [true, false] {
            let run: Vec<[f64; 2]> = samples
                .iter()
                .filter_map(|&n| {
                    limit(n.round().max(1.0) as u64, z)
                        .map(|(a, b)| [round(x(n)), y(if upper { b } else { a })])
                })
                .collect();
            limits.push(run);
        }
    }
    let dots: Vec<Dot> = groups
        .iter()
        .filter(|g| g.0 > 0)
        .map(|&(n, v, verdict)| Dot {
            x: round(x(n as f64)),
            y: y(v),
            verdict,
        })
        .collect();
    let limits_svg: Vec<String> = limits.iter().map(|r| svg_points(r)).collect();
    let centre_y = y(centre);
    let mut img = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" aria-hidden="true"><rect x="0.5" y="0.5" width="{}" height="{}" fill="none" stroke="#E3E6EA"/><line x1="0" y1="{centre_y}" x2="{width}" y2="{centre_y}" stroke="#8A93A0" stroke-width="1"/>"##,
        width - 1.0,
        height - 1.0
    );
    for (i, pts) in limits_svg.iter().enumerate() {
        let dash = if i >= 2 {
            r#" stroke-dasharray="4 3""#
        } else {
            ""
        };
        img += &format!(
            r##"<polyline fill="none" stroke="#8A93A0" stroke-width="1"{dash} points="{pts}"/>"##
        );
    }
    // Small groups first, so the judged ones are drawn on top.
    for small in [true, false] {
        for d in dots.iter().filter(|d| (d.verdict == "small") == small) {
            let (fill, r) = match d.verdict {
                "hot" => (HOT, 4.0),
                "cold" => (COLD, 4.0),
                "small" => (SMALL, 2.5),
                _ => (TYPICAL, 3.0),
            };
            img += &format!(
                r#"<circle cx="{}" cy="{}" r="{r}" fill="{fill}"/>"#,
                d.x, d.y
            );
        }
    }
    img += "</svg>";
    Some(Funnel {
        width,
        height,
        dots,
        centre: centre_y,
        limits_svg,
        limits,
        svg_image: img,
        y_low,
        y_high,
        n_low,
        n_high,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_month_breaks_the_line() {
        let l = line(
            &[Some(1.0), None, Some(2.0), Some(3.0)],
            100.0,
            20.0,
            1.0,
            3.0,
        )
        .unwrap();
        assert_eq!(l.runs.len(), 2);
        assert_eq!(l.runs[0], vec![[2.0, 18.0]]);
        assert_eq!(l.last, Some([98.0, 2.0]));
        assert!(line(&[None, None], 100.0, 20.0, 0.0, 1.0).is_none());
    }
}

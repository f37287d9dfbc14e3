//! Charts drawn with plotters as SVG, shared by the PDF and the HTML.
//!
//! Every chart is drawn by plotters' SVG backend and then *compacted*: plotters writes one
//! element per line segment, bar and dot, and Typst turns every SVG element into its own PDF
//! object (see `typst-notes.md`: charts were ~40% of the time and ~83% of the bytes). The
//! compaction merges all shapes of one style into a single `<path>`, folds text offsets into
//! coordinates, drops attributes that repeat a default, and adds the chart's alt text as
//! `<title>` and `aria-label`. The result has a handful of elements per chart.
//!
//! The PDF takes a chart in two parts: its shapes as an SVG without text, and its text as
//! [`Labels`] that the Typst template sets on top in the document's own font. Typst lays out
//! SVG text through its SVG library and exports it as outlines; as real text it is selectable,
//! shares the document's font subset, and costs a little less (measured on the demo review:
//! the labels take ~1.5 ms of layout where the same text inside the SVG took ~2.5 ms, and PDF
//! export is ~0.4 ms faster). The HTML inlines the complete SVG.
//!
//! A chart with nothing to show is not drawn: each drawing function returns `None`, and the
//! document says why in words instead. `*_drawable` tell a document beforehand whether a
//! chart will exist. Output is deterministic: the same input gives the same bytes.

use std::fmt::Write as _;

use plotters::prelude::*;

use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Serialize;

use crate::locale::Texts;

/// The font the charts name; the PDF embeds Inter from `fonts/`, so Typst draws chart text in
/// the document's own face. Browsers without Inter fall back to their sans-serif.
pub const FONT: &str = "Inter";

/// One drawn chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    /// The file stem: Typst reads it at `/charts/{name}.svg` and `/charts/{name}.json`.
    pub name: &'static str,
    /// A complete, self-contained SVG document, text included (also valid inline in HTML5).
    pub svg: String,
    /// The same chart without its text, for Typst.
    #[serde(skip)]
    pub shapes: String,
    /// The chart's text, for Typst to set on top of `shapes`.
    #[serde(skip)]
    pub labels: Labels,
    /// What the chart shows, in words, for screen readers and the PDF's alt text.
    pub alt: String,
}

/// The text of a chart, in the chart's own units (SVG user units, origin top left).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Labels {
    pub width: f64,
    pub height: f64,
    pub labels: Vec<Label>,
}

/// One piece of chart text: `y` is its baseline; `anchor` says which end of the text (or its
/// middle) sits at `x`: `start`, `middle` or `end`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub anchor: String,
    pub size: f64,
    pub fill: String,
    pub weight: u16,
    pub text: String,
}

impl Chart {
    /// The fixed virtual path Typst reads this chart's shapes from.
    pub fn path(&self) -> String {
        chart_path(self.name)
    }

    /// The fixed virtual path Typst reads this chart's labels from.
    pub fn labels_path(&self) -> String {
        labels_path(self.name)
    }
}

/// The virtual path of chart `name`'s shapes for Typst: the same for every document (file
/// ids are interned for the whole process).
pub fn chart_path(name: &str) -> String {
    format!("/charts/{name}.svg")
}

/// The virtual path of chart `name`'s labels (JSON, [`Labels`]) for Typst.
pub fn labels_path(name: &str) -> String {
    format!("/charts/{name}.json")
}

/// The colours of every chart, derived from the brand accent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub accent: RGBColor,
    /// The accent mixed into white: area fills.
    pub tint: RGBColor,
    /// A stronger tint: secondary bars.
    pub tint_strong: RGBColor,
    /// The accent darkened: emphasis on the accent.
    pub accent_dark: RGBColor,
    /// The accent, darkened as far as needed for text on white (contrast ≥ 4.5).
    pub accent_ink: RGBColor,
    pub ink: RGBColor,
    pub muted: RGBColor,
    /// Lines that only guide the eye.
    pub grid: RGBColor,
    /// Reference lines (purchased seats).
    pub reference: RGBColor,
}

impl Palette {
    /// A palette around `accent` (`#RRGGBB`); anything else falls back to recap's blue.
    pub fn new(accent: &str) -> Palette {
        let brand = parse_hex(accent).unwrap_or(RGBColor(0x25, 0x57, 0xD6));
        // Lines and bars need 3:1 against white (WCAG 1.4.11); a light brand colour is
        // darkened just enough, a dark one is used as it is.
        let accent = darken_until(brand, 3.0);
        Palette {
            accent,
            tint: mix(brand, RGBColor(255, 255, 255), 0.86),
            tint_strong: mix(accent, RGBColor(255, 255, 255), 0.62),
            accent_dark: mix(accent, RGBColor(0, 0, 0), 0.28),
            accent_ink: readable_on_white(brand),
            ink: RGBColor(0x1B, 0x1F, 0x24),
            muted: RGBColor(0x5B, 0x64, 0x70),
            grid: RGBColor(0xE3, 0xE6, 0xEA),
            reference: RGBColor(0x9A, 0xA3, 0xAE),
        }
    }
}

/// The colour of `#RRGGBB`, if it is one.
pub fn parse_hex(s: &str) -> Option<RGBColor> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some(RGBColor(c(0)?, c(2)?, c(4)?))
}

/// The brand accent as documents print it: `#RRGGBB` in capitals, recap's blue when the
/// configured one is not a colour.
pub fn accent_or_default(configured: &str) -> String {
    match parse_hex(configured) {
        Some(_) => configured.to_uppercase(),
        None => "#2557D6".into(),
    }
}

/// `#RRGGBB` of a colour.
pub fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// WCAG relative luminance.
fn luminance(c: RGBColor) -> f64 {
    let ch = |v: u8| {
        let s = v as f64 / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
}

/// WCAG contrast ratio of two colours (1–21).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `c`, darkened in small steps until text in it reads on white and on a light tint of
/// itself (contrast ≥ 4.5 with a margin).
fn readable_on_white(c: RGBColor) -> RGBColor {
    darken_until(c, 5.0)
}

/// `c`, darkened in 5% steps until its contrast with white reaches `ratio`.
fn darken_until(c: RGBColor, ratio: f64) -> RGBColor {
    let white = RGBColor(255, 255, 255);
    (0..=20)
        .map(|i| mix(c, RGBColor(0, 0, 0), i as f64 * 0.05))
        .find(|x| contrast(*x, white) >= ratio)
        .unwrap_or(RGBColor(0, 0, 0))
}

/// `a` moved towards `b` by `t` (0 = a, 1 = b).
pub fn mix(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let m = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    RGBColor(m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

// ---------------------------------------------------------------------------------------------
// Inputs

/// One month of the adoption chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeatsMonth {
    /// The axis label ("Sep", "Jan 26").
    pub label: String,
    pub purchased: i64,
    /// `None`: no usage data that month (a gap, not a zero).
    pub active: Option<i64>,
}

/// One bar of a horizontal bar chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BarItem {
    pub label: String,
    pub value: i64,
}

/// One month of the support chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TicketsMonth {
    pub label: String,
    pub opened: usize,
    /// Escalated tickets among `opened`.
    pub escalated: usize,
}

/// One period of the NPS trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NpsPoint {
    pub label: String,
    /// −100…100; `None` when nobody answered.
    pub score: Option<f64>,
    pub responses: usize,
}

/// The adoption chart needs usage in at least two months (one month is a dot, not a trend).
pub fn adoption_drawable(months: &[SeatsMonth]) -> bool {
    months.iter().filter(|m| m.active.is_some()).count() >= 2
}

/// The feature chart needs one feature with users.
pub fn bars_drawable(bars: &[BarItem]) -> bool {
    bars.iter().any(|b| b.value > 0)
}

/// The support chart needs one ticket.
pub fn tickets_drawable(months: &[TicketsMonth]) -> bool {
    months.iter().any(|m| m.opened > 0)
}

/// The NPS trend needs scores in at least two periods.
pub fn nps_drawable(points: &[NpsPoint]) -> bool {
    points.iter().filter(|p| p.score.is_some()).count() >= 2
}

// ---------------------------------------------------------------------------------------------
// Drawing helpers

/// plotters' SVG backend writes `font-size = size / 1.24`; sizes here are the sizes written.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

fn font(size: f64, bold: bool) -> FontDesc<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    FontDesc::new(FontFamily::Name(FONT), size * PLOTTERS_FONT_SCALE, style)
}

fn text_style(size: f64, bold: bool, color: &RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    font(size, bold).color(color).pos(Pos::new(h, v))
}

/// A label that is safe and short enough for a chart: control characters become spaces
/// (XML forbids them even escaped) and long labels end in an ellipsis. The full text is in
/// the alt text and in the document's tables.
pub fn chart_label(s: &str, max_chars: usize) -> String {
    let clean: String = s
        .chars()
        .map(|c| {
            if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.chars().count() <= max_chars {
        return clean;
    }
    let cut: String = clean.chars().take(max_chars.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// A round upper bound for an axis and its step, for four to six gridlines.
fn nice_axis(max: f64) -> (f64, f64) {
    if max <= 0.0 || !max.is_finite() {
        return (4.0, 1.0);
    }
    let raw = max / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let step = if step < 1.0 { 1.0 } else { step };
    ((max / step).ceil() * step, step)
}

/// Runs plotters on a string backend and compacts the result into chart `name`.
fn render<F>(name: &'static str, size: (u32, u32), alt: &str, draw: F) -> Option<Chart>
where
    F: FnOnce(&DrawingArea<SVGBackend<'_>, plotters::coord::Shift>) -> Option<()>,
{
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, size).into_drawing_area();
        draw(&root)?;
        root.present().ok()?;
    }
    let Compacted {
        svg,
        shapes,
        labels,
    } = compact(&buf, alt);
    Some(Chart {
        name,
        svg,
        shapes,
        labels,
        alt: alt.to_string(),
    })
}

// ---------------------------------------------------------------------------------------------
// The charts

/// Active users against purchased seats, month by month: a line with a light area for active
/// users, a grey line for purchased seats, both labelled at their ends.
pub fn adoption(months: &[SeatsMonth], palette: &Palette, alt: &str, t: &Texts) -> Option<Chart> {
    if !adoption_drawable(months) {
        return None;
    }
    let (w, h) = (640u32, 165u32);
    let n = months.len();
    let top = months
        .iter()
        .map(|m| m.purchased.max(m.active.unwrap_or(0)))
        .max()
        .unwrap_or(0) as f64;
    let (y_max, step) = nice_axis(top * 1.04);
    let p = *palette;
    render("adoption", (w, h), alt, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin_top(10)
            .margin_bottom(24)
            .margin_left(44)
            .margin_right(92)
            .build_cartesian_2d(-0.3f64..(n as f64 - 0.7), 0f64..y_max)
            .ok()?;
        let x0 = chart.backend_coord(&(-0.3, 0.0)).0;
        let x1 = chart.backend_coord(&(n as f64 - 0.7, 0.0)).0;
        // Gridlines and their labels.
        let mut v = 0.0;
        while v <= y_max + 1e-9 {
            let y = chart.backend_coord(&(0.0, v)).1;
            root.draw(&PathElement::new(
                vec![(x0, y), (x1, y)],
                p.grid.stroke_width(1),
            ))
            .ok()?;
            root.draw(&Text::new(
                t.fmt.integer(v as i64),
                (x0 - 8, y),
                text_style(10.0, false, &p.muted, HPos::Right, VPos::Center),
            ))
            .ok()?;
            v += step;
        }
        // Month labels.
        for (i, m) in months.iter().enumerate() {
            let (x, _) = chart.backend_coord(&(i as f64, 0.0));
            root.draw(&Text::new(
                chart_label(&m.label, 8),
                (x, h as i32 - 18),
                text_style(10.0, false, &p.muted, HPos::Center, VPos::Top),
            ))
            .ok()?;
        }
        // Active users: area and line, one run per stretch of months with data.
        let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
        let mut run: Vec<(f64, f64)> = Vec::new();
        for (i, m) in months.iter().enumerate() {
            match m.active {
                Some(a) => run.push((i as f64, a.max(0) as f64)),
                None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                None => {}
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
        for r in &runs {
            chart
                .draw_series(AreaSeries::new(r.iter().copied(), 0.0, p.tint))
                .ok()?;
        }
        // Purchased seats.
        let purchased: Vec<(f64, f64)> = months
            .iter()
            .enumerate()
            .map(|(i, m)| (i as f64, m.purchased.max(0) as f64))
            .collect();
        chart
            .draw_series(LineSeries::new(purchased, p.reference.stroke_width(2)))
            .ok()?;
        for r in &runs {
            if r.len() == 1 {
                let c = chart.backend_coord(&r[0]);
                root.draw(&Circle::new(c, 3, p.accent.filled())).ok()?;
            }
            chart
                .draw_series(LineSeries::new(r.iter().copied(), p.accent.stroke_width(2)))
                .ok()?;
        }
        // End labels instead of a legend.
        let last = n - 1;
        let seats = months[last].purchased.max(0);
        let y_seats = chart.backend_coord(&(last as f64, seats as f64)).1;
        let last_active = months
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, m)| m.active.map(|a| (i, a)));
        if let Some((i, a)) = last_active {
            let (x, mut y) = chart.backend_coord(&(i as f64, a.max(0) as f64));
            // Keep the two labels apart when the lines end close together.
            if seats > 0 && (y - y_seats).abs() < 16 {
                y = if a >= seats {
                    y_seats - 16
                } else {
                    y_seats + 16
                };
            }
            let x = if i == last { x1 + 6 } else { x + 8 };
            root.draw(&Text::new(
                t.msg("chart-active", &[("count", a.into())]),
                (x, y),
                text_style(11.0, true, &p.accent_ink, HPos::Left, VPos::Center),
            ))
            .ok()?;
        }
        if seats > 0 {
            root.draw(&Text::new(
                t.msg("chart-seats", &[("count", seats.into())]),
                (x1 + 6, y_seats),
                text_style(11.0, false, &p.muted, HPos::Left, VPos::Center),
            ))
            .ok()?;
        }
        Some(())
    })
}

/// Active users per feature as horizontal bars, largest first (the caller orders them), each
/// labelled with its name on the left and its value at the bar's end.
pub fn feature_bars(bars: &[BarItem], palette: &Palette, alt: &str, t: &Texts) -> Option<Chart> {
    if !bars_drawable(bars) {
        return None;
    }
    let row = 26i32;
    let (w, h) = (420u32, (bars.len() as i32 * row + 4) as u32);
    let label_w = 168i32;
    let value_w = 48i32;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(1).max(1) as f64;
    let p = *palette;
    render("features", (w, h), alt, |root| {
        let span = (w as i32 - label_w - value_w) as f64;
        for (i, b) in bars.iter().enumerate() {
            let cy = i as i32 * row + row / 2 + 2;
            root.draw(&Text::new(
                chart_label(&b.label, 26),
                (0, cy),
                text_style(11.0, false, &p.ink, HPos::Left, VPos::Center),
            ))
            .ok()?;
            let len = ((b.value.max(0) as f64 / max) * span).round() as i32;
            if len > 0 {
                root.draw(&Rectangle::new(
                    [(label_w, cy - 6), (label_w + len, cy + 6)],
                    p.accent.filled(),
                ))
                .ok()?;
            }
            root.draw(&Text::new(
                t.fmt.integer(b.value),
                (label_w + len + 6, cy),
                text_style(11.0, true, &p.ink, HPos::Left, VPos::Center),
            ))
            .ok()?;
        }
        // A hairline where the bars start.
        root.draw(&PathElement::new(
            vec![(label_w, 2), (label_w, h as i32 - 2)],
            p.grid.stroke_width(1),
        ))
        .ok()?;
        Some(())
    })
}

/// Tickets opened per month, with the escalated ones as the darker part of each bar and the
/// count above it.
pub fn tickets(months: &[TicketsMonth], palette: &Palette, alt: &str, t: &Texts) -> Option<Chart> {
    if !tickets_drawable(months) {
        return None;
    }
    let (w, h) = (300u32, 130u32);
    let n = months.len().max(1);
    let max = months.iter().map(|m| m.opened).max().unwrap_or(1).max(1) as f64;
    let p = *palette;
    render("tickets", (w, h), alt, |root| {
        let (left, right, top, bottom) = (4i32, w as i32 - 4, 40i32, h as i32 - 24);
        let slot = (right - left) as f64 / n as f64;
        let bar = (slot * 0.5).clamp(6.0, 36.0).round() as i32;
        // Legend. The second key starts after the first one's words, whatever their length
        // in the reader's language (about 6 px a character at this size; wide for CJK).
        let opened = t.msg("chart-tickets-opened", &[]);
        let escalated = t.msg("chart-tickets-escalated", &[]);
        let width: i32 = opened
            .chars()
            .map(|c| if (c as u32) >= 0x2E80 { 10 } else { 6 })
            .sum();
        let second = (left + 15 + width + 14).max(left + 110);
        root.draw(&Rectangle::new(
            [(left, 6), (left + 10, 16)],
            p.tint_strong.filled(),
        ))
        .ok()?;
        root.draw(&Text::new(
            opened,
            (left + 15, 11),
            text_style(10.0, false, &p.muted, HPos::Left, VPos::Center),
        ))
        .ok()?;
        root.draw(&Rectangle::new(
            [(second, 6), (second + 10, 16)],
            p.accent_dark.filled(),
        ))
        .ok()?;
        root.draw(&Text::new(
            escalated,
            (second + 15, 11),
            text_style(10.0, false, &p.muted, HPos::Left, VPos::Center),
        ))
        .ok()?;
        let y_of = |v: usize| bottom - ((v as f64 / max) * (bottom - top) as f64).round() as i32;
        for (i, m) in months.iter().enumerate() {
            let cx = left + (slot * (i as f64 + 0.5)).round() as i32;
            let (bx0, bx1) = (cx - bar / 2, cx + bar / 2);
            if m.opened > 0 {
                root.draw(&Rectangle::new(
                    [(bx0, y_of(m.opened)), (bx1, bottom)],
                    p.tint_strong.filled(),
                ))
                .ok()?;
            }
            let esc = m.escalated.min(m.opened);
            if esc > 0 {
                root.draw(&Rectangle::new(
                    [(bx0, y_of(esc)), (bx1, bottom)],
                    p.accent_dark.filled(),
                ))
                .ok()?;
            }
            // The escalated count sits inside its segment when there is room for it.
            if esc > 0 && bottom - y_of(esc) >= 15 {
                root.draw(&Text::new(
                    esc.to_string(),
                    (cx, bottom - 4),
                    text_style(
                        10.0,
                        true,
                        &RGBColor(255, 255, 255),
                        HPos::Center,
                        VPos::Bottom,
                    ),
                ))
                .ok()?;
            }
            root.draw(&Text::new(
                m.opened.to_string(),
                (cx, y_of(m.opened) - 4),
                text_style(11.0, true, &p.ink, HPos::Center, VPos::Bottom),
            ))
            .ok()?;
            root.draw(&Text::new(
                chart_label(&m.label, 8),
                (cx, bottom + 7),
                text_style(10.0, false, &p.muted, HPos::Center, VPos::Top),
            ))
            .ok()?;
        }
        root.draw(&PathElement::new(
            vec![(left, bottom), (right, bottom)],
            p.reference.stroke_width(1),
        ))
        .ok()?;
        Some(())
    })
}

/// NPS per period on a fixed −100…100 scale, with its zero line, dots and values.
pub fn nps_trend(points: &[NpsPoint], palette: &Palette, alt: &str, t: &Texts) -> Option<Chart> {
    if !nps_drawable(points) {
        return None;
    }
    let (w, h) = (300u32, 130u32);
    let n = points.len();
    let p = *palette;
    render("nps", (w, h), alt, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin_top(22)
            .margin_bottom(26)
            .margin_left(38)
            .margin_right(14)
            .build_cartesian_2d(-0.4f64..(n as f64 - 0.6), -100f64..100f64)
            .ok()?;
        let x0 = chart.backend_coord(&(-0.4, 0.0)).0;
        let x1 = chart.backend_coord(&(n as f64 - 0.6, 0.0)).0;
        for v in [100.0, 0.0, -100.0] {
            let y = chart.backend_coord(&(0.0, v)).1;
            let style = if v == 0.0 { p.reference } else { p.grid };
            root.draw(&PathElement::new(
                vec![(x0, y), (x1, y)],
                style.stroke_width(1),
            ))
            .ok()?;
            root.draw(&Text::new(
                t.fmt.signed(v),
                (x0 - 6, y),
                text_style(10.0, false, &p.muted, HPos::Right, VPos::Center),
            ))
            .ok()?;
        }
        let mut run: Vec<(f64, f64)> = Vec::new();
        let mut runs = Vec::new();
        for (i, pt) in points.iter().enumerate() {
            match pt.score {
                Some(s) => run.push((i as f64, s.clamp(-100.0, 100.0))),
                None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                None => {}
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
        for r in &runs {
            chart
                .draw_series(LineSeries::new(r.iter().copied(), p.accent.stroke_width(2)))
                .ok()?;
        }
        for (i, pt) in points.iter().enumerate() {
            let (x, _) = chart.backend_coord(&(i as f64, 0.0));
            root.draw(&Text::new(
                chart_label(&pt.label, 10),
                (x, h as i32 - 20),
                text_style(10.0, false, &p.muted, HPos::Center, VPos::Top),
            ))
            .ok()?;
            match pt.score {
                Some(s) => {
                    let c = chart.backend_coord(&(i as f64, s.clamp(-100.0, 100.0)));
                    root.draw(&Circle::new(c, 4, p.accent.filled())).ok()?;
                    root.draw(&Text::new(
                        t.fmt.signed(s),
                        (c.0, c.1 - 8),
                        text_style(11.0, true, &p.ink, HPos::Center, VPos::Bottom),
                    ))
                    .ok()?;
                }
                None => {
                    let y = chart.backend_coord(&(0.0, 0.0)).1;
                    let words = t.msg("chart-no-replies", &[]);
                    // Centred on its period, but kept inside the chart when the words of the
                    // reader's language are wider than the room at either end (~5 px a
                    // character at this size).
                    let half = words.chars().count() as i32 * 5 / 2;
                    let x = x.clamp(half + 2, (w as i32 - half - 2).max(half + 2));
                    root.draw(&Text::new(
                        words,
                        (x, y - 8),
                        text_style(9.0, false, &p.muted, HPos::Center, VPos::Bottom),
                    ))
                    .ok()?;
                }
            }
        }
        Some(())
    })
}

// ---------------------------------------------------------------------------------------------
// Compaction of plotters' SVG

/// XML-escapes `s` for text and attribute values, dropping characters XML cannot carry.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The attributes of one tag, in order, values still escaped as plotters wrote them.
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find("=\"") {
        let key = rest[..eq].trim().rsplit(' ').next().unwrap_or("").trim();
        let after = &rest[eq + 2..];
        let Some(end) = after.find('"') else { break };
        out.push((key, &after[..end]));
        rest = &after[end + 1..];
    }
    out
}

fn get<'a>(attrs: &[(&str, &'a str)], key: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn num(attrs: &[(&str, &str)], key: &str) -> f64 {
    get(attrs, key).and_then(|v| v.parse().ok()).unwrap_or(0.0)
}

/// A number as short as SVG allows (integers without ".0", one decimal otherwise).
fn n(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

enum Item {
    Group(usize),
    Text {
        x: f64,
        y: f64,
        anchor: String,
        size: String,
        fill: String,
        weight: Option<String>,
        content: String,
    },
}

struct Group {
    /// `fill="…"` or `fill="none" stroke="…" stroke-width="…"` and opacity when not 1.
    style: String,
    d: String,
}

/// A compacted chart: the complete SVG, the SVG without its text, and the text.
pub struct Compacted {
    pub svg: String,
    pub shapes: String,
    pub labels: Labels,
}

/// Undoes the five XML escapes plotters writes (`xml_escape` drops everything else XML
/// cannot carry), giving the label text as it reads.
fn xml_unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Rewrites plotters' one-element-per-shape SVG into one path per style plus the texts, with
/// the alt text as `<title>` and `aria-label`; also returns it without text, and the text.
pub fn compact(svg: &str, alt: &str) -> Compacted {
    let mut width = 0.0;
    let mut height = 0.0;
    let mut groups: Vec<Group> = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    let mut add = |items: &mut Vec<Item>, style: String, d: String| {
        if d.is_empty() {
            return;
        }
        match groups.iter().position(|g| g.style == style) {
            Some(i) => groups[i].d.push_str(&d),
            None => {
                groups.push(Group { style, d });
                items.push(Item::Group(groups.len() - 1));
            }
        }
    };
    let stroke_style = |a: &[(&str, &str)]| {
        let mut s = format!(
            "fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"",
            get(a, "stroke").unwrap_or("#000000"),
            get(a, "stroke-width").unwrap_or("1")
        );
        if let Some(o) = get(a, "opacity").filter(|o| *o != "1") {
            let _ = write!(s, " stroke-opacity=\"{o}\"");
        }
        s
    };
    let fill_style = |a: &[(&str, &str)], color: &str| {
        let mut s = format!("fill=\"{color}\"");
        if let Some(o) = get(a, "opacity").filter(|o| *o != "1") {
            let _ = write!(s, " fill-opacity=\"{o}\"");
        }
        s
    };
    let points = |a: &[(&str, &str)]| -> Vec<(f64, f64)> {
        get(a, "points")
            .unwrap_or("")
            .split_whitespace()
            .filter_map(|p| {
                let (x, y) = p.split_once(',')?;
                Some((x.parse().ok()?, y.parse().ok()?))
            })
            .collect()
    };
    let poly_d = |pts: &[(f64, f64)], close: bool| {
        let mut d = String::new();
        for (i, (x, y)) in pts.iter().enumerate() {
            let _ = write!(d, "{}{} {}", if i == 0 { "M" } else { "L" }, n(*x), n(*y));
        }
        if close && !d.is_empty() {
            d.push('Z');
        }
        d
    };

    let mut lines = svg.lines();
    while let Some(line) = lines.next() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix('<') else {
            continue;
        };
        let name = rest.split([' ', '/', '>']).next().unwrap_or("");
        let a = attributes(rest);
        match name {
            "svg" => {
                width = num(&a, "width");
                height = num(&a, "height");
            }
            "line" => {
                let (x1, y1, x2, y2) = (num(&a, "x1"), num(&a, "y1"), num(&a, "x2"), num(&a, "y2"));
                if (x1, y1) == (x2, y2) {
                    continue;
                }
                let d = if y1 == y2 {
                    format!("M{} {}H{}", n(x1), n(y1), n(x2))
                } else if x1 == x2 {
                    format!("M{} {}V{}", n(x1), n(y1), n(y2))
                } else {
                    format!("M{} {}L{} {}", n(x1), n(y1), n(x2), n(y2))
                };
                add(&mut items, stroke_style(&a), d);
            }
            "polyline" => {
                let pts = points(&a);
                if pts.len() >= 2 {
                    add(&mut items, stroke_style(&a), poly_d(&pts, false));
                }
            }
            "polygon" => {
                let pts = points(&a);
                if pts.len() >= 3 {
                    let color = get(&a, "fill").unwrap_or("#000000");
                    add(&mut items, fill_style(&a, color), poly_d(&pts, true));
                }
            }
            "rect" => {
                let (x, y, w, h) = (
                    num(&a, "x"),
                    num(&a, "y"),
                    num(&a, "width"),
                    num(&a, "height"),
                );
                if w <= 0.0 || h <= 0.0 {
                    continue;
                }
                let d = format!("M{} {}h{}v{}h-{}Z", n(x), n(y), n(w), n(h), n(w));
                match get(&a, "fill") {
                    Some(f) if f != "none" => add(&mut items, fill_style(&a, f), d),
                    _ => add(&mut items, stroke_style(&a), d),
                }
            }
            "circle" => {
                let (cx, cy, r) = (num(&a, "cx"), num(&a, "cy"), num(&a, "r"));
                if r <= 0.0 {
                    continue;
                }
                let d = format!(
                    "M{} {}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 -{} 0Z",
                    n(cx - r),
                    n(cy),
                    n(2.0 * r),
                    n(2.0 * r),
                    r = n(r)
                );
                match get(&a, "fill") {
                    Some(f) if f != "none" => add(&mut items, fill_style(&a, f), d),
                    _ => add(&mut items, stroke_style(&a), d),
                }
            }
            "text" => {
                // plotters writes the escaped content on the following line(s), then `</text>`.
                let mut content = String::new();
                for l in lines.by_ref() {
                    if l.trim() == "</text>" {
                        break;
                    }
                    if !content.is_empty() {
                        content.push(' ');
                    }
                    content.push_str(l.trim());
                }
                if content.is_empty() {
                    continue;
                }
                let size: f64 = num(&a, "font-size");
                let em = match get(&a, "dy").unwrap_or("") {
                    "0.76em" => 0.76,
                    "0.5ex" => 0.36,
                    "-0.5ex" => -0.24,
                    _ => 0.0,
                };
                let weight = match get(&a, "font-weight") {
                    Some("bold") => Some("600".to_string()),
                    Some(w) => Some(w.to_string()),
                    None => None,
                };
                items.push(Item::Text {
                    x: num(&a, "x"),
                    y: num(&a, "y") + em * size,
                    anchor: get(&a, "text-anchor").unwrap_or("start").to_string(),
                    size: n(size),
                    fill: get(&a, "fill").unwrap_or("#000000").to_string(),
                    weight,
                    content,
                });
            }
            _ => {}
        }
    }

    // The most common text size and colour go on the root; texts inherit them.
    let mut styles: Vec<((&str, &str), usize)> = Vec::new();
    for it in &items {
        if let Item::Text { size, fill, .. } = it {
            match styles
                .iter_mut()
                .find(|(k, _)| *k == (size.as_str(), fill.as_str()))
            {
                Some((_, c)) => *c += 1,
                None => styles.push(((size, fill), 1)),
            }
        }
    }
    let common = styles
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(k, _)| (k.0.to_string(), k.1.to_string()));

    let alt = xml_escape(alt);
    let mut out = String::with_capacity(svg.len() / 3 + 256);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         role=\"img\" aria-label=\"{alt}\"",
        w = n(width),
        h = n(height),
    );
    // The shapes alone: the same paths without the text and its inherited attributes.
    let mut shapes = out.clone();
    let _ = write!(out, " font-family=\"{FONT}, sans-serif\"");
    if let Some((size, fill)) = &common {
        let _ = write!(out, " font-size=\"{size}\" fill=\"{fill}\"");
    }
    let _ = write!(out, "><title>{alt}</title>");
    let _ = write!(shapes, "><title>{alt}</title>");
    let mut labels = Labels {
        width,
        height,
        labels: Vec::new(),
    };
    for it in &items {
        match it {
            Item::Group(i) => {
                let g = &groups[*i];
                let path = format!("\n<path d=\"{}\" {}/>", g.d, g.style);
                out.push_str(&path);
                shapes.push_str(&path);
            }
            Item::Text {
                x,
                y,
                anchor,
                size,
                fill,
                weight,
                content,
            } => {
                let _ = write!(out, "\n<text x=\"{}\" y=\"{}\"", n(*x), n(*y));
                if anchor != "start" {
                    let _ = write!(out, " text-anchor=\"{anchor}\"");
                }
                if common.as_ref().is_none_or(|c| c.0 != *size) {
                    let _ = write!(out, " font-size=\"{size}\"");
                }
                if common.as_ref().is_none_or(|c| c.1 != *fill) {
                    let _ = write!(out, " fill=\"{fill}\"");
                }
                if let Some(wt) = weight {
                    let _ = write!(out, " font-weight=\"{wt}\"");
                }
                let _ = write!(out, ">{content}</text>");
                labels.labels.push(Label {
                    x: (x * 10.0).round() / 10.0,
                    y: (y * 10.0).round() / 10.0,
                    anchor: anchor.clone(),
                    size: size.parse().unwrap_or(10.0),
                    fill: fill.clone(),
                    weight: weight
                        .as_deref()
                        .and_then(|w| w.parse().ok())
                        .unwrap_or(400),
                    text: xml_unescape(content),
                });
            }
        }
    }
    out.push_str("\n</svg>\n");
    shapes.push_str("\n</svg>\n");
    Compacted {
        svg: out,
        shapes,
        labels,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> std::sync::Arc<crate::locale::Texts> {
        crate::locale::english()
    }

    fn months(active: &[Option<i64>]) -> Vec<SeatsMonth> {
        active
            .iter()
            .enumerate()
            .map(|(i, a)| SeatsMonth {
                label: format!("M{i}"),
                purchased: 100,
                active: *a,
            })
            .collect()
    }

    fn count(svg: &str, what: &str) -> usize {
        svg.matches(what).count()
    }

    /// Well-formed enough for an XML parser: one root, balanced tags, no raw `<` or `&` in text.
    fn assert_xmlish(svg: &str) {
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{svg}"
        );
        assert!(svg.trim_end().ends_with("</svg>"));
        assert_eq!(count(svg, "<text"), count(svg, "</text>"));
        assert_eq!(count(svg, "<svg"), 1);
        for (i, _) in svg.match_indices('&') {
            let rest = &svg[i..];
            assert!(
                ["&lt;", "&gt;", "&amp;", "&quot;", "&apos;"]
                    .iter()
                    .any(|e| rest.starts_with(e)),
                "bare & in {svg}"
            );
        }
        // Between tags, text never contains '<'.
        for piece in svg.split('<').skip(1) {
            let name = piece.split([' ', '>', '/']).next().unwrap_or("");
            assert!(
                ["svg", "title", "path", "text", ""].contains(&name),
                "unexpected element {name:?} in {svg}"
            );
        }
    }

    #[test]
    fn adoption_chart_is_lean_and_labelled() {
        let p = Palette::new("#2557D6");
        let m = months(&[Some(40), Some(48), None, Some(55), Some(61), Some(62)]);
        let c = adoption(
            &m,
            &p,
            "Active users rose from 40 to 62 of 100 seats",
            &en(),
        )
        .unwrap();
        assert_eq!(c.name, "adoption");
        assert_xmlish(&c.svg);
        assert!(
            c.svg
                .contains("<title>Active users rose from 40 to 62 of 100 seats</title>")
        );
        assert!(c.svg.contains("aria-label=\"Active users rose"));
        assert!(c.svg.contains("font-family=\"Inter, sans-serif\""));
        assert!(c.svg.contains(">62 active</text>"), "{}", c.svg);
        assert!(c.svg.contains(">100 seats</text>"));
        // Grid, area, purchased line, active line: one path each.
        assert!(count(&c.svg, "<path") <= 5, "{}", c.svg);
        assert!(!c.svg.contains("<g"));
        assert!(!c.svg.contains("opacity=\"1\""));
        // Deterministic.
        assert_eq!(
            c.svg,
            adoption(
                &m,
                &p,
                "Active users rose from 40 to 62 of 100 seats",
                &en()
            )
            .unwrap()
            .svg
        );
    }

    #[test]
    fn empty_series_draw_nothing() {
        let p = Palette::new("#2557D6");
        assert!(adoption(&[], &p, "x", &en()).is_none());
        assert!(adoption(&months(&[None, None, Some(3)]), &p, "x", &en()).is_none());
        assert!(feature_bars(&[], &p, "x", &en()).is_none());
        assert!(
            feature_bars(
                &[BarItem {
                    label: "a".into(),
                    value: 0
                }],
                &p,
                "x",
                &en()
            )
            .is_none()
        );
        let zero = vec![
            TicketsMonth {
                label: "Jul".into(),
                opened: 0,
                escalated: 0
            };
            3
        ];
        assert!(tickets(&zero, &p, "x", &en()).is_none());
        let one = [
            NpsPoint {
                label: "Q2".into(),
                score: None,
                responses: 0,
            },
            NpsPoint {
                label: "Q3".into(),
                score: Some(20.0),
                responses: 4,
            },
        ];
        assert!(nps_trend(&one, &p, "x", &en()).is_none());
    }

    #[test]
    fn labels_from_data_are_escaped() {
        let p = Palette::new("#C2185B");
        let bars = vec![
            BarItem {
                label: "<script>x</script> & \"q\"".into(),
                value: 12,
            },
            BarItem {
                label: "تقارير".into(),
                value: 5,
            },
            BarItem {
                label: "nul\u{0}byte\nline".into(),
                value: 1,
            },
        ];
        let c = feature_bars(&bars, &p, "Feature <b>users</b> & more", &en()).unwrap();
        assert_xmlish(&c.svg);
        assert!(!c.svg.contains("<script>"));
        assert!(
            c.svg
                .contains(">&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</text>"),
            "{}",
            c.svg
        );
        assert!(
            c.svg
                .contains("<title>Feature &lt;b&gt;users&lt;/b&gt; &amp; more</title>")
        );
        assert!(c.svg.contains(">تقارير</text>"));
        assert!(c.svg.contains(">nul byte line</text>"));
        assert!(!c.svg.contains('\u{0}'));
        // All bars are one path.
        assert_eq!(count(&c.svg, "fill=\"#C2185B\""), 1, "{}", c.svg);
        // Typst gets the labels as they read (it sets them as text, never as markup) and the
        // shapes without any text.
        let texts: Vec<&str> = c.labels.labels.iter().map(|l| l.text.as_str()).collect();
        assert!(texts.contains(&"<script>x</script> & \"q\""), "{texts:?}");
        assert!(texts.contains(&"تقارير") && texts.contains(&"nul byte line"));
        assert!(!c.shapes.contains("<text") && !c.shapes.contains("script"));
    }

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        let long = "x".repeat(300);
        assert_eq!(chart_label(&long, 10), format!("{}…", "x".repeat(9)));
        assert_eq!(chart_label("  a \t b  ", 10), "a b");
        assert_eq!(chart_label("Reports", 26), "Reports");
    }

    #[test]
    fn tickets_and_nps_charts() {
        let p = Palette::new("#2557D6");
        let t = [
            TicketsMonth {
                label: "Jul".into(),
                opened: 5,
                escalated: 1,
            },
            TicketsMonth {
                label: "Aug".into(),
                opened: 0,
                escalated: 0,
            },
            TicketsMonth {
                label: "Sep".into(),
                opened: 8,
                escalated: 0,
            },
        ];
        let c = tickets(&t, &p, "13 tickets, 1 escalated", &en()).unwrap();
        assert_xmlish(&c.svg);
        assert!(c.svg.contains(">5</text>"));
        assert!(c.svg.contains(">8</text>"));
        assert!(c.svg.contains(">Aug</text>"));
        let pts = [
            NpsPoint {
                label: "Q4 25".into(),
                score: Some(-10.0),
                responses: 5,
            },
            NpsPoint {
                label: "Q1 26".into(),
                score: None,
                responses: 0,
            },
            NpsPoint {
                label: "Q2 26".into(),
                score: Some(20.0),
                responses: 4,
            },
            NpsPoint {
                label: "Q3 26".into(),
                score: Some(32.4),
                responses: 9,
            },
        ];
        let c = nps_trend(&pts, &p, "NPS rose from −10 to +32", &en()).unwrap();
        assert_xmlish(&c.svg);
        assert!(c.svg.contains(">-10</text>"));
        assert!(c.svg.contains(">+32</text>"));
        assert!(c.svg.contains(">no replies</text>"));
        // Dots are merged into one path.
        assert!(count(&c.svg, "<path") <= 4, "{}", c.svg);
    }

    #[test]
    fn compaction_merges_shapes_of_one_style() {
        let raw = "<svg width=\"10\" height=\"10\" viewBox=\"0 0 10 10\" xmlns=\"http://www.w3.org/2000/svg\">\n\
            <line opacity=\"1\" stroke=\"#000000\" stroke-width=\"1\" x1=\"0\" y1=\"1\" x2=\"9\" y2=\"1\"/>\n\
            <line opacity=\"1\" stroke=\"#000000\" stroke-width=\"1\" x1=\"0\" y1=\"5\" x2=\"9\" y2=\"5\"/>\n\
            <line opacity=\"1\" stroke=\"#000000\" stroke-width=\"1\" x1=\"3\" y1=\"3\" x2=\"3\" y2=\"3\"/>\n\
            <rect x=\"1\" y=\"1\" width=\"2\" height=\"3\" opacity=\"1\" fill=\"#FF0000\" stroke=\"none\"/>\n\
            <rect x=\"5\" y=\"1\" width=\"2\" height=\"3\" opacity=\"0.5\" fill=\"#FF0000\" stroke=\"none\"/>\n\
            <text x=\"1\" y=\"2\" dy=\"0.76em\" text-anchor=\"start\" font-family=\"Inter\" font-size=\"10\" opacity=\"1\" fill=\"#111111\">\n\
            a &amp; b\n\
            </text>\n\
            </svg>\n";
        let out = compact(raw, "alt");
        assert_eq!(
            out.svg,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" viewBox=\"0 0 10 10\" \
             role=\"img\" aria-label=\"alt\" font-family=\"Inter, sans-serif\" font-size=\"10\" fill=\"#111111\"><title>alt</title>\n\
             <path d=\"M0 1H9M0 5H9\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1\"/>\n\
             <path d=\"M1 1h2v3h-2Z\" fill=\"#FF0000\"/>\n\
             <path d=\"M5 1h2v3h-2Z\" fill=\"#FF0000\" fill-opacity=\"0.5\"/>\n\
             <text x=\"1\" y=\"9.6\">a &amp; b</text>\n\
             </svg>\n"
        );
        // For Typst: the same shapes without text, and the text unescaped with its place.
        assert!(!out.shapes.contains("<text") && !out.shapes.contains("font-"));
        assert_eq!(out.shapes.matches("<path").count(), 3);
        assert_eq!(
            out.labels.labels,
            vec![Label {
                x: 1.0,
                y: 9.6,
                anchor: "start".into(),
                size: 10.0,
                fill: "#111111".into(),
                weight: 400,
                text: "a & b".into(),
            }]
        );
        assert_eq!((out.labels.width, out.labels.height), (10.0, 10.0));
    }

    #[test]
    fn palette_from_accent() {
        let p = Palette::new("#2557D6");
        assert_eq!(p.accent, RGBColor(0x25, 0x57, 0xD6));
        assert_eq!(Palette::new("blue").accent, RGBColor(0x25, 0x57, 0xD6));
        assert!(p.tint.0 > 200 && p.tint.2 > 240);
        // A light brand colour still gives readable text.
        let y = Palette::new("#F5C400");
        assert!(contrast(y.accent_ink, RGBColor(255, 255, 255)) >= 4.5);
        assert!(contrast(y.accent, RGBColor(255, 255, 255)) >= 3.0);
        assert_eq!(hex(y.tint), "#FEF7DB");
        assert_eq!(p.accent_ink, p.accent, "a dark accent is used as it is");
    }

    #[test]
    fn nice_axes() {
        assert_eq!(nice_axis(104.0), (125.0, 25.0));
        assert_eq!(nice_axis(7.0), (8.0, 2.0));
        assert_eq!(nice_axis(0.0), (4.0, 1.0));
        assert_eq!(nice_axis(2.0), (2.0, 1.0));
    }
}

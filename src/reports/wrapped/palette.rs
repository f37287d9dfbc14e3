//! Wrapped's colours: a few full-bleed card backgrounds made from `[brand] accent`, each with
//! the text colour that reads on it.
//!
//! Contrast is computed, never guessed: every text colour has at least 4.5:1 against its
//! background (WCAG AA for body text; the big number, at 3:1 for large text, is the same
//! colour), whatever accent a company configures: a background that does not reach it with
//! white or ink is darkened or lightened until it does.

use plotters::style::RGBColor;
use serde::Serialize;

use crate::charts::{contrast, hex, mix, parse_hex};

/// Text on a card: at least this contrast with the card's background.
pub const TEXT_CONTRAST: f64 = 4.5;

/// The dark text colour (the documents' ink).
const INK: RGBColor = RGBColor(0x14, 0x17, 0x1F);
const WHITE: RGBColor = RGBColor(255, 255, 255);

/// One card's colours, `#RRGGBB`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Colours {
    /// The card's background, to its edges.
    pub bg: String,
    /// Every text and the picture on it.
    pub fg: String,
}

/// The backgrounds of one brand: the accent itself first (the opening and closing cards),
/// then the colours the middle cards take in turn.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub colours: Vec<Colours>,
}

impl Palette {
    /// The palette of `accent` (`#RRGGBB`; recap's blue when it is not one): the accent, a
    /// deep shade of it, its hue turned a little, and a pale tint with dark text.
    pub fn new(accent: &str) -> Palette {
        let a = parse_hex(accent).unwrap_or(RGBColor(0x25, 0x57, 0xD6));
        let backgrounds = [
            a,
            mix(a, INK, 0.62),
            turn_hue(a, -38.0),
            mix(a, WHITE, 0.78),
        ];
        let mut colours: Vec<Colours> = Vec::new();
        for bg in backgrounds {
            // A grey, black or white accent has no hue to turn and no tint of its own: a
            // background that came out as one already taken moves towards ink or white.
            let mut c = readable(bg);
            for step in 1..=8 {
                if !colours.iter().any(|o| o.bg == c.bg) {
                    break;
                }
                let towards = if step % 2 == 1 { INK } else { WHITE };
                c = readable(mix(bg, towards, 0.12 * step as f64));
            }
            colours.push(c);
        }
        Palette { colours }
    }

    /// The colours of card `i` of `n`: the accent for the first and the last, the others in
    /// turn in between, so that no two cards in a row look the same.
    pub fn card(&self, i: usize, n: usize) -> Colours {
        let k = self.colours.len();
        if i == 0 || i + 1 == n || k < 2 {
            return self.colours[0].clone();
        }
        self.colours[1 + (i - 1) % (k - 1)].clone()
    }
}

/// `bg` with the text colour (white or ink) that reads best on it, `bg` moved away from that
/// colour until the two reach [`TEXT_CONTRAST`].
fn readable(bg: RGBColor) -> Colours {
    let (fg, away) = if contrast(bg, WHITE) >= contrast(bg, INK) {
        (WHITE, RGBColor(0, 0, 0))
    } else {
        (INK, WHITE)
    };
    let bg = (0..=40)
        .map(|i| mix(bg, away, i as f64 * 0.025))
        .find(|c| contrast(*c, fg) >= TEXT_CONTRAST + 0.1)
        .unwrap_or(away);
    Colours {
        bg: hex(bg),
        fg: hex(fg),
    }
}

/// `c` with its hue turned by `degrees` (lightness and saturation kept).
fn turn_hue(c: RGBColor, degrees: f64) -> RGBColor {
    let (h, s, l) = to_hsl(c);
    from_hsl((h + degrees).rem_euclid(360.0), s, l)
}

fn to_hsl(c: RGBColor) -> (f64, f64, f64) {
    let (r, g, b) = (c.0 as f64 / 255.0, c.1 as f64 / 255.0, c.2 as f64 / 255.0);
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let l = (max + min) / 2.0;
    let d = max - min;
    if d == 0.0 {
        return (0.0, 0.0, l);
    }
    let s = d / (1.0 - (2.0 * l - 1.0).abs());
    let h = if max == r {
        60.0 * ((g - b) / d).rem_euclid(6.0)
    } else if max == g {
        60.0 * ((b - r) / d + 2.0)
    } else {
        60.0 * ((r - g) / d + 4.0)
    };
    (h, s, l)
}

fn from_hsl(h: f64, s: f64, l: f64) -> RGBColor {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let x = c * (1.0 - ((h / 60.0).rem_euclid(2.0) - 1.0).abs());
    let m = l - c / 2.0;
    let (r, g, b) = match (h / 60.0) as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let v = |f: f64| ((f + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    RGBColor(v(r), v(g), v(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Accents a company might configure: recap's blue, the demo's, light and loud ones,
    /// black, white, grey, and one that is not a colour.
    const ACCENTS: [&str; 10] = [
        "#2557D6",
        "#0F766E",
        "#FFD400",
        "#00FF00",
        "#FF69B4",
        "#000000",
        "#FFFFFF",
        "#777777",
        "#E4002B",
        "not-a-colour",
    ];

    #[test]
    fn every_text_colour_reads_on_its_background() {
        for accent in ACCENTS {
            let p = Palette::new(accent);
            assert_eq!(p.colours.len(), 4, "{accent}");
            for c in &p.colours {
                let (bg, fg) = (parse_hex(&c.bg).unwrap(), parse_hex(&c.fg).unwrap());
                let ratio = contrast(bg, fg);
                assert!(
                    ratio >= TEXT_CONTRAST,
                    "{accent}: {} on {} is {ratio:.2}:1",
                    c.fg,
                    c.bg
                );
            }
        }
    }

    #[test]
    fn cards_in_a_row_differ_and_the_first_and_last_are_the_accent() {
        for accent in ACCENTS {
            let p = Palette::new(accent);
            for n in 5..=7 {
                let cards: Vec<Colours> = (0..n).map(|i| p.card(i, n)).collect();
                assert_eq!(cards[0], p.colours[0]);
                assert_eq!(cards[n - 1], p.colours[0]);
                for w in cards.windows(2) {
                    assert_ne!(w[0].bg, w[1].bg, "{accent}, {n} cards: {cards:?}");
                }
            }
        }
    }

    #[test]
    fn a_dark_accent_takes_white_text_and_a_light_one_ink() {
        let blue = Palette::new("#2557D6");
        assert_eq!(blue.colours[0].fg, "#FFFFFF");
        // Recap's blue already reads with white: kept as configured.
        assert_eq!(blue.colours[0].bg, "#2557D6");
        let yellow = Palette::new("#FFD400");
        assert_eq!(yellow.colours[0].fg, "#14171F");
        // The pale tint always takes ink.
        assert_eq!(blue.colours[3].fg, "#14171F");
    }

    #[test]
    fn hue_turns_round_trip() {
        for c in [
            RGBColor(0x25, 0x57, 0xD6),
            RGBColor(200, 30, 40),
            RGBColor(9, 9, 9),
        ] {
            assert_eq!(turn_hue(c, 0.0), c);
            let back = turn_hue(turn_hue(c, 40.0), -40.0);
            for (x, y) in [(back.0, c.0), (back.1, c.1), (back.2, c.2)] {
                assert!(x.abs_diff(y) <= 1, "{back:?} against {c:?}");
            }
        }
    }
}

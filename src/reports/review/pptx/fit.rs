//! Text that fits its box: a deck has no typesetter to measure glyphs, so recap estimates the
//! room a text needs with a conservative rule (each character a fixed share of the font size,
//! full-width scripts and emoji a whole em) and picks the largest size, from the layout's own
//! down to a floor, at which every paragraph fits its placeholder. PowerPoint and LibreOffice
//! set narrower text than the rule assumes, so a text that fits here fits there.

/// EMU per point.
const EMU_PER_PT: f64 = 12700.0;
/// The default insets of a text box (0.1 in left and right, 0.05 in top and bottom).
const INSET_X: f64 = 91440.0 * 2.0;
const INSET_Y: f64 = 45720.0 * 2.0;
/// Lines are set at about 1.2 times the font size.
const LINE: f64 = 1.2;
/// Room lost at the end of each line to a word that moved to the next one.
const WRAP_LOSS: f64 = 0.9;

/// The width of `c` in ems, on the generous side: capitals, digits and wide letters as 0.72,
/// other Latin, Greek, Cyrillic, Arabic or Hebrew letters as 0.6, East Asian characters and
/// emoji as 1.
pub fn em(c: char) -> f64 {
    if is_wide(c) {
        1.0
    } else if c.is_uppercase() || c.is_ascii_digit() || matches!(c, 'm' | 'w' | '%' | '€' | '$') {
        0.72
    } else if c == ' ' {
        0.3
    } else {
        0.6
    }
}

/// East Asian wide and full-width characters, and emoji.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x1FA00..=0x1FAFF
        | 0x20000..=0x3FFFD)
}

/// The lines `text` takes at `size` points in a box `width` EMU wide.
pub fn lines(text: &str, width_emu: f64, size: f64) -> usize {
    let room = ((width_emu - INSET_X) / EMU_PER_PT * WRAP_LOSS).max(1.0);
    let need: f64 = text.chars().map(em).sum::<f64>() * size;
    ((need / room).ceil() as usize).max(1)
}

/// The height in EMU that `paragraphs` take at `size` points, with `before` points of space
/// before every paragraph but the first.
pub fn height(paragraphs: &[String], width_emu: f64, size: f64, before: f64) -> f64 {
    let n: usize = paragraphs.iter().map(|p| lines(p, width_emu, size)).sum();
    let gaps = paragraphs.len().saturating_sub(1) as f64 * before;
    (n as f64 * size * LINE + gaps) * EMU_PER_PT
}

/// True when `paragraphs` fit a box of `width` × `height` EMU at `size` points.
pub fn fits(paragraphs: &[String], width: f64, height_emu: f64, size: f64, before: f64) -> bool {
    height(paragraphs, width, size, before) <= height_emu - INSET_Y
}

/// The largest size in whole points from `max` down to `min` at which `paragraphs` fit, else
/// `None`.
pub fn size(
    paragraphs: &[String],
    width: f64,
    height: f64,
    max: f64,
    min: f64,
    before: f64,
) -> Option<f64> {
    let mut s = max.floor();
    while s >= min {
        if fits(paragraphs, width, height, s, before) {
            return Some(s);
        }
        s -= 1.0;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_text_takes_twice_the_room_of_latin_text() {
        let w = 4.0 * 914400.0;
        assert!(lines("日本語のテキスト日本語のテキスト", w, 20.0) >= 2);
        assert_eq!(lines("short words", w, 20.0), 1);
        assert!(em('日') > em('a') && em('😀') == 1.0);
    }

    #[test]
    fn the_size_shrinks_until_the_text_fits_and_none_when_it_never_does() {
        let (w, h) = (4.0 * 914400.0, 1.0 * 914400.0);
        let short = vec!["Adoption grew".to_string()];
        assert_eq!(size(&short, w, h, 24.0, 18.0, 6.0), Some(24.0));
        let long = vec!["word ".repeat(30)];
        let s = size(&long, w, 3.0 * h, 40.0, 10.0, 6.0).unwrap();
        assert!(s < 40.0 && fits(&long, w, 3.0 * h, s, 6.0));
        assert!(!fits(&long, w, 3.0 * h, s + 1.0, 6.0));
        assert_eq!(size(&["x".repeat(5000)], w, h, 24.0, 18.0, 6.0), None);
    }
}

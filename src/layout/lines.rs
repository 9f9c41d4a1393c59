//! Glyphs → words → lines.
//!
//! A *line* here is one run of text on one baseline within one column: the cells of a
//! table row on the same baseline are separate lines, because the gap between them is far
//! wider than any word space. Spaces are inferred from gaps as well as from space glyphs,
//! since many producers draw no space glyphs at all.

use crate::pdf::{Glyph, Page};

/// A word: glyphs without a space between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// The word's text.
    pub text: String,
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
    /// Baseline.
    pub y: f64,
    /// Largest font size in the word.
    pub size: f64,
}

/// A run of words on one baseline within one column.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// 1-based page number.
    pub page: u32,
    /// The words, left to right.
    pub words: Vec<Word>,
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
    /// Baseline of the main (largest) text.
    pub y: f64,
    /// Dominant font size (by characters).
    pub size: f64,
    /// Whether most characters are bold.
    pub bold: bool,
    /// Whether most characters are italic/oblique.
    pub italic: bool,
    /// The words joined with single spaces (kept: later stages read it many times).
    pub text: String,
}

impl Line {
    /// The words joined with single spaces.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// A line from words (left to right) and its style; the text is derived.
    pub fn new(page: u32, words: Vec<Word>, size: f64, bold: bool, italic: bool) -> Line {
        let x0 = words.iter().map(|w| w.x0).fold(f64::INFINITY, f64::min);
        let x1 = words.iter().map(|w| w.x1).fold(f64::NEG_INFINITY, f64::max);
        let y = words.iter().max_by(|a, b| a.size.total_cmp(&b.size)).map_or(0.0, |w| w.y);
        let text = words.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
        Line { page, words, x0, x1, y, size, bold, italic, text }
    }

    /// Top of the line's box (ascender estimate).
    pub fn top(&self) -> f64 {
        self.y + 0.8 * self.size
    }

    /// Bottom of the line's box (descender estimate).
    pub fn bottom(&self) -> f64 {
        self.y - 0.25 * self.size
    }

    /// Bounding box `[x0, y0, x1, y1]`.
    pub fn bbox(&self) -> [f64; 4] {
        [self.x0, self.bottom(), self.x1, self.top()]
    }

    /// The style key used to tell headers, purpose lines and body text apart.
    pub fn style(&self) -> Style {
        Style { size_half_points: (self.size * 2.0).round() as i32, bold: self.bold, italic: self.italic }
    }
}

/// Font size (to half a point), weight and slant: what distinguishes text roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Style {
    /// Font size × 2, rounded.
    pub size_half_points: i32,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
}

impl Style {
    /// Font size in points.
    pub fn size(&self) -> f64 {
        f64::from(self.size_half_points) / 2.0
    }
}

/// Gap (in ems) above which two glyphs belong to different words.
const WORD_GAP_EM: f64 = 0.15;
/// Gap (in ems) above which two words belong to different lines (columns, table cells).
const COLUMN_GAP_EM: f64 = 2.0;

/// Builds the lines of a page, top to bottom, then left to right.
pub fn lines(page: &Page) -> Vec<Line> {
    let mut order = dedupe(&page.glyphs);
    order.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));

    // Baseline clusters: sub- and superscripts (CO₂) join the line they sit on.
    let mut clusters: Vec<Vec<&Glyph>> = Vec::new();
    let mut anchor: Option<(f64, f64)> = None;
    for g in order {
        match anchor {
            Some((y, size)) if (y - g.y).abs() <= 0.45 * size.max(g.size) => {
                if let Some(c) = clusters.last_mut() {
                    c.push(g);
                }
                if g.size > size {
                    anchor = Some((g.y, g.size));
                }
            }
            _ => {
                clusters.push(vec![g]);
                anchor = Some((g.y, g.size));
            }
        }
    }

    // Slant is a property of the font: decide it once per font, not per glyph.
    let italic: Vec<bool> = page
        .fonts
        .iter()
        .map(|f| {
            let f = f.to_ascii_lowercase();
            f.contains("italic") || f.contains("oblique")
        })
        .collect();
    let mut out = Vec::new();
    for mut cluster in clusters {
        cluster.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        for segment in split_columns(&cluster) {
            if let Some(line) = make_line(page.number, segment, &italic) {
                out.push(line);
            }
        }
    }
    out.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    out
}

/// Drops glyphs drawn twice at the same spot (fake bold, shadows) and blank non-space glyphs.
fn dedupe(glyphs: &[Glyph]) -> Vec<&Glyph> {
    let mut out: Vec<&Glyph> = Vec::with_capacity(glyphs.len());
    for g in glyphs {
        if &*g.text != " " && g.text.trim().is_empty() {
            continue;
        }
        let duplicate = out
            .iter()
            .rev()
            .take(8)
            // Cheap position tests first: text is compared only for glyphs at the same spot.
            .any(|o| (o.y - g.y).abs() < 0.5 && (o.x0 - g.x0).abs() < 0.15 * g.size.max(1.0) && o.text == g.text);
        if !duplicate {
            out.push(g);
        }
    }
    out
}

/// After [`dedupe`], the only blank glyphs left are single spaces.
fn is_space(g: &Glyph) -> bool {
    g.text.as_bytes() == b" "
}

fn split_columns<'g>(cluster: &[&'g Glyph]) -> Vec<Vec<&'g Glyph>> {
    let mut out: Vec<Vec<&Glyph>> = Vec::new();
    let mut right = f64::NEG_INFINITY;
    for &g in cluster {
        let blank = is_space(g);
        let gap = g.x0 - right;
        if !blank && (out.is_empty() || gap > COLUMN_GAP_EM * g.size) {
            out.push(Vec::new());
        }
        if let Some(seg) = out.last_mut() {
            seg.push(g);
        }
        if !blank {
            right = right.max(g.x1);
        }
    }
    out
}

fn make_line(page: u32, glyphs: Vec<&Glyph>, italic_fonts: &[bool]) -> Option<Line> {
    let mut words: Vec<Word> = Vec::new();
    let mut current: Option<Word> = None;
    let mut right = f64::NEG_INFINITY;
    let (mut chars, mut bold_chars, mut italic_chars) = (0usize, 0usize, 0usize);
    let mut sizes: Vec<(f64, usize)> = Vec::new();
    for g in glyphs {
        if is_space(g) {
            if let Some(w) = current.take() {
                words.push(w);
            }
            continue;
        }
        let n = g.text.chars().count();
        chars += n;
        if g.bold {
            bold_chars += n;
        }
        if italic_fonts.get(g.font as usize).copied().unwrap_or(false) {
            italic_chars += n;
        }
        match sizes.iter_mut().find(|(s, _)| (s - g.size).abs() < 0.25) {
            Some((_, count)) => *count += n,
            None => sizes.push((g.size, n)),
        }
        let gap = g.x0 - right;
        let em = g.size.max(1.0);
        match current.as_mut() {
            Some(w) if gap <= WORD_GAP_EM * em => {
                w.text.push_str(&g.text);
                w.x1 = w.x1.max(g.x1);
                if g.size > w.size {
                    w.size = g.size;
                    w.y = g.y;
                }
            }
            _ => {
                if let Some(w) = current.take() {
                    words.push(w);
                }
                current = Some(Word { text: g.text.to_string(), x0: g.x0, x1: g.x1, y: g.y, size: g.size });
            }
        }
        right = right.max(g.x1);
    }
    if let Some(w) = current.take() {
        words.push(w);
    }
    if words.is_empty() {
        return None;
    }
    let size = sizes.iter().max_by_key(|(_, n)| *n).map(|(s, _)| *s).unwrap_or(0.0);
    Some(Line::new(page, words, size, bold_chars * 2 > chars, italic_chars * 2 > chars))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(text: &str, x0: f64, y: f64, size: f64) -> Glyph {
        let width = 0.5 * size * text.chars().count() as f64;
        Glyph { text: text.into(), x0, x1: x0 + width, y, size, font: 0, bold: false }
    }

    fn page(glyphs: Vec<Glyph>) -> Page {
        Page { number: 1, width: 595.0, height: 842.0, glyphs, fonts: vec!["F".into()], problems: vec![] }
    }

    #[test]
    fn spaces_come_from_gaps_when_there_are_no_space_glyphs() {
        // "Werk" "bezoek" touch; "Brussel" stands one space-width further.
        let p = page(vec![
            glyph("Werk", 10.0, 700.0, 10.0),
            glyph("bezoek", 30.0, 700.0, 10.0),
            glyph("Brussel", 63.0, 700.0, 10.0),
        ]);
        let ls = lines(&p);
        assert_eq!(ls.len(), 1);
        assert_eq!(ls[0].text(), "Werkbezoek Brussel");
    }

    #[test]
    fn wide_gaps_split_table_cells_and_content_order_does_not_matter() {
        let mut gs = vec![
            glyph("€ 385,-", 58.0, 465.0, 8.5),
            glyph("Dienstauto", 242.0, 465.0, 8.5),
            glyph("Body", 53.0, 600.0, 9.0),
        ];
        gs.reverse();
        let ls = lines(&page(gs));
        let texts: Vec<&str> = ls.iter().map(Line::text).collect();
        assert_eq!(texts, ["Body", "€ 385,-", "Dienstauto"]);
    }

    #[test]
    fn subscripts_stay_on_their_line() {
        let p = page(vec![
            glyph("CO", 346.0, 482.5, 7.5),
            glyph("2", 353.5, 481.0, 5.4),
            glyph("-uitstoot", 356.2, 482.5, 7.5),
        ]);
        let ls = lines(&p);
        assert_eq!(ls.len(), 1);
        assert_eq!(ls[0].text(), "CO2-uitstoot");
        assert_eq!(ls[0].y, 482.5);
    }

    proptest::proptest! {
        /// Whatever order a producer draws glyphs in, the lines come out the same.
        #[test]
        fn lines_do_not_depend_on_drawing_order(seed in 0u64..u64::MAX) {
            let mut gs = Vec::new();
            for (row, text) in ["Werkbezoek Brussel door", "burgemeester Aboutaleb", "23 t/m 24 januari 2024"].iter().enumerate() {
                let mut x = 50.0;
                for word in text.split(' ') {
                    for c in word.chars() {
                        gs.push(glyph(&c.to_string(), x, 700.0 - 15.0 * row as f64, 10.0));
                        x += 5.0;
                    }
                    x += 3.0;
                }
            }
            let expected: Vec<String> = lines(&page(gs.clone())).iter().map(|l| l.text().to_string()).collect();
            let mut state = seed | 1;
            for i in (1..gs.len()).rev() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                gs.swap(i, (state % (i as u64 + 1)) as usize);
            }
            let got: Vec<String> = lines(&page(gs)).iter().map(|l| l.text().to_string()).collect();
            proptest::prop_assert_eq!(&got, &expected);
            proptest::prop_assert_eq!(got[0].as_str(), "Werkbezoek Brussel door");
        }
    }
}

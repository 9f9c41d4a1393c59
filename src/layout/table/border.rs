//! Table rules that were scanned: OCR reads a cell border as a character glued to a
//! cell's text (`|€0,-`, `[-`, `L€0.-`) or standing alone (`|`). No table tool handles
//! it (tesseract-ocr/tesseract#1979); the rule is: a border-like glyph (`| [ ] L I`) at a
//! word's start or end is the rule, not text, when its x matches (within 0.3 em) such a
//! glyph in another line, or when it stands in the gutter just before a column, where no
//! other line of the table's height has ink and some has a word starting within an em
//! to its right (design note `tables.md`, 2(h)).
//!
//! Only a text layer made by OCR is read so ([`crate::layout::Settings::ocr_text`]):
//! drawn text never holds a scanned rule. What is stripped is kept ([`Dropped`]), and the
//! table stage hands it to the cell it stood by ([`super::Cell::dropped`]).

use super::BBox;
use crate::layout::Line;

/// Glyphs a scanned vertical rule is read as, anywhere.
const BARS: [char; 3] = ['|', '[', ']'];
/// Glyphs a scanned rule is read as only when not followed by a letter (`L€0.-`, but
/// `Lissabon` and `IJmuiden` are words).
const LETTERS: [char; 2] = ['L', 'I'];
/// Marks OCR strews with a rule (`|:`, `_|`): a word of these and a border glyph is a rule.
const SPECKS: [char; 7] = [':', ';', '.', ',', '\'', '_', '‚'];

/// A border glyph taken out of a line: the rule, not text.
#[derive(Debug, Clone, PartialEq)]
pub struct Dropped {
    /// Index of the line it stood in.
    pub line: usize,
    /// What OCR read there (`|`, `[`, `|:`).
    pub text: String,
    /// Where it stood.
    pub bbox: BBox,
}

/// Where a candidate glyph stands in its word.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    /// The whole word is a rule (`|`, `|:`).
    Whole,
    /// The word's first character.
    Start,
    /// The word's last character.
    End,
}

struct Candidate {
    line: usize,
    word: usize,
    side: Side,
    /// The x the rule stands at: the glyph's left edge, or its right edge at a word's end.
    x: f64,
}

fn is_bar(c: char) -> bool {
    BARS.contains(&c)
}

/// Whether a word is a rule as a whole: border glyphs and specks only, at least one bar
/// (or a lone `L`/`I`).
fn whole_rule(text: &str) -> bool {
    let border = text.chars().any(|c| is_bar(c) || LETTERS.contains(&c));
    border
        && text.chars().all(|c| is_bar(c) || SPECKS.contains(&c) || LETTERS.contains(&c))
        && (text.chars().any(is_bar) || text.chars().count() == 1)
}

/// The border glyph a word starts or ends with, if any, with its side.
fn glyph_side(text: &str) -> Option<Side> {
    if whole_rule(text) {
        return Some(Side::Whole);
    }
    let mut chars = text.chars();
    let first = chars.next()?;
    let second = chars.next()?;
    if is_bar(first) || LETTERS.contains(&first) && !second.is_alphabetic() {
        return Some(Side::Start);
    }
    let last = text.chars().last()?;
    is_bar(last).then_some(Side::End)
}

/// Width of one character of a word, estimated from the word's width.
fn char_width(text: &str, x0: f64, x1: f64) -> f64 {
    (x1 - x0) / text.chars().count().max(1) as f64
}

/// The lines with the border glyphs that are scanned rules taken out, and what was taken
/// out. A line that is nothing but rules is left as it is and named in the third value:
/// no table cell holds it. `em` is the page's body size.
pub fn strip(lines: &[Line], em: f64) -> (Vec<Line>, Vec<Dropped>, Vec<usize>) {
    let mut candidates = Vec::new();
    for (l, line) in lines.iter().enumerate() {
        for (w, word) in line.words.iter().enumerate() {
            let Some(side) = glyph_side(&word.text) else { continue };
            let x = match side {
                Side::Whole | Side::Start => word.x0,
                Side::End => word.x1,
            };
            candidates.push(Candidate { line: l, word: w, side, x });
        }
    }
    let tolerance = 0.3 * em;
    let confirmed: Vec<bool> = candidates
        .iter()
        .map(|c| {
            let aligned = candidates.iter().any(|o| o.line != c.line && (o.x - c.x).abs() <= tolerance);
            aligned || in_gutter(lines, c, em)
        })
        .collect();
    let mut out = lines.to_vec();
    let mut dropped = Vec::new();
    let mut rule_only = Vec::new();
    for (c, _) in candidates.iter().zip(&confirmed).filter(|(_, ok)| **ok) {
        let word = &lines[c.line].words[c.word];
        let line = &lines[c.line];
        let (text, bbox, rest) = match c.side {
            Side::Whole => (word.text.clone(), [word.x0, line.bottom(), word.x1, line.top()], None),
            Side::Start => {
                let g = word.text.chars().next().unwrap_or('|');
                let w = char_width(&word.text, word.x0, word.x1);
                let rest: String = word.text.chars().skip(1).collect();
                (g.to_string(), [word.x0, line.bottom(), word.x0 + w, line.top()], Some((rest, word.x0 + w, word.x1)))
            }
            Side::End => {
                let g = word.text.chars().last().unwrap_or('|');
                let w = char_width(&word.text, word.x0, word.x1);
                let n = word.text.chars().count();
                let rest: String = word.text.chars().take(n.saturating_sub(1)).collect();
                (g.to_string(), [word.x1 - w, line.bottom(), word.x1, line.top()], Some((rest, word.x0, word.x1 - w)))
            }
        };
        dropped.push(Dropped { line: c.line, text, bbox });
        let target = &mut out[c.line].words[c.word];
        match rest {
            Some((rest, x0, x1)) => {
                target.text = rest;
                target.x0 = x0;
                target.x1 = x1;
            }
            None => target.text.clear(),
        }
    }
    for (l, line) in out.iter_mut().enumerate() {
        if !dropped.iter().any(|d| d.line == l) {
            continue;
        }
        let words: Vec<_> = line.words.iter().filter(|w| !w.text.is_empty()).cloned().collect();
        if words.is_empty() {
            // Nothing but a rule: keep the line as printed; the finders leave it alone.
            *line = lines[l].clone();
            rule_only.push(l);
        } else {
            *line = Line::new(line.page, words, line.size, line.bold, line.italic);
        }
    }
    (out, dropped, rule_only)
}

/// Whether a glyph stands in the gutter just before a column: no other line within four
/// em above or below has ink at its x, and one has a word starting 0.2 to 1.2 em to its
/// right (a label or value of the column the rule bounds). A glyph at a word's end
/// mirrors this: a word ending 0.2 to 1.2 em to its left.
fn in_gutter(lines: &[Line], c: &Candidate, em: f64) -> bool {
    let y = lines[c.line].y;
    let near = lines.iter().enumerate().filter(|(l, o)| *l != c.line && (o.y - y).abs() <= 4.0 * em);
    let mut column = false;
    for (_, o) in near {
        for w in &o.words {
            if w.x0 - 0.05 * em <= c.x && c.x <= w.x1 + 0.05 * em {
                return false;
            }
            let d = match c.side {
                Side::End => c.x - w.x1,
                _ => w.x0 - c.x,
            };
            column |= (0.2 * em..=1.2 * em).contains(&d);
        }
    }
    column
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Word;

    fn line(words: &[(&str, f64, f64)], y: f64) -> Line {
        let words =
            words.iter().map(|(t, x0, x1)| Word { text: t.to_string(), x0: *x0, x1: *x1, y, size: 11.0 }).collect();
        Line::new(1, words, 11.0, false, false)
    }

    #[test]
    fn glyphs_that_look_like_rules() {
        assert_eq!(glyph_side("|"), Some(Side::Whole));
        assert_eq!(glyph_side("|:"), Some(Side::Whole));
        assert_eq!(glyph_side("|€0,-"), Some(Side::Start));
        assert_eq!(glyph_side("[-"), Some(Side::Start));
        assert_eq!(glyph_side("L€0.-"), Some(Side::Start));
        assert_eq!(glyph_side("Vervoersmiddel|"), Some(Side::End));
        assert_eq!(glyph_side("Lissabon"), None);
        assert_eq!(glyph_side("IJmuiden"), None);
        assert_eq!(glyph_side("€0,-"), None);
    }

    /// A label row and a data row whose rules were scanned: the glyphs at the rules go,
    /// and are kept; a word starting with `L` at a column's own edge stays.
    #[test]
    fn scanned_rules_are_stripped_and_kept() {
        let lines = vec![
            line(&[("Overige", 150.7, 175.1)], 482.0),
            line(&[("Vervoersmiddel", 242.9, 294.9)], 482.0),
            line(&[("|€0-", 145.4, 163.1)], 465.2),
            line(&[("|", 237.6, 237.8), ("Lissabon", 242.9, 279.5)], 465.2),
        ];
        let (out, dropped, rule_only) = strip(&lines, 11.0);
        assert_eq!(out[2].text(), "€0-");
        assert_eq!(out[3].text(), "Lissabon");
        assert_eq!(out[0].text(), "Overige");
        let texts: Vec<&str> = dropped.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["|", "|"]);
        assert!(rule_only.is_empty());
    }

    /// A bar inside a line of prose, with no column beside it and no other bar in line
    /// with it, is text.
    #[test]
    fn a_lone_bar_in_prose_stays() {
        let lines = vec![
            line(&[("kosten", 100.0, 130.0), ("|", 133.0, 134.0), ("baten", 137.0, 160.0)], 500.0),
            line(&[("verder", 100.0, 160.0)], 488.0),
        ];
        let (out, dropped, _) = strip(&lines, 11.0);
        assert_eq!(out[0].text(), "kosten | baten");
        assert!(dropped.is_empty());
    }
}

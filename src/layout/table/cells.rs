//! A cell's text, read as a person reads it: words by baseline into lines, and each break
//! between two lines given a kind, so that a word broken by a narrow cell is one word again.
//!
//! | kind | when | joined |
//! |---|---|---|
//! | [`BreakKind::Char`] | the next line's first glyph would not have fitted (the line's last word may go on: `Trein en diensta` / `uto`), or the line ends in a soft hyphen (U+00AD, as Typst marks its own breaks) | nothing: `Dienstaut` / `o` → `Dienstauto`; the soft hyphen dropped: `Vervoers`­ / `middel` → `Vervoersmiddel` |
//! | [`BreakKind::Hyphen`] | the line ends in a hyphen | the hyphen kept, no space: `CO2-` / `uitstoot` |
//! | [`BreakKind::Wrap`] | the next line's first word would not have fitted | a space: `€` / `1.845,50` in a narrow cell |
//! | [`BreakKind::Hard`] | it would have fitted (a new line on purpose) | a space |
//!
//! The width tested is the cell's inner width (its box less its padding), not the right
//! edge, so a right-aligned `12` / `34` is a hard break. A line with less
//! room left than its next glyph may be broken inside a word, or may have wrapped a word
//! that did not fit (`Overige` / `kosten` in a cell just as wide as `Overige`): geometry
//! cannot tell, so a break inside a word is never [`Break::sure`], and [`join`] keeps the
//! space. The interpreter, which knows the words, tries the ways to read them
//! ([`readings`]).

use super::BBox;
use crate::layout::{Settings, Word};

/// How one line of a cell goes on to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakKind {
    /// Inside a word: joined without a space.
    Char,
    /// After a hyphen: joined without a space, the hyphen kept.
    Hyphen,
    /// Where the next word did not fit: a space.
    Wrap,
    /// Where the next word would have fitted: a new line on purpose (a space in the text).
    Hard,
}

/// A break between two lines of a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Break {
    /// What kind of break it is.
    pub kind: BreakKind,
    /// Whether geometry is sure of it (a cell whose width only its own text shows is not).
    pub sure: bool,
}

/// One line of text in a cell.
#[derive(Debug, Clone, PartialEq)]
pub struct CellLine {
    /// The words joined with single spaces.
    pub text: String,
    /// Where it stands.
    pub bbox: BBox,
    /// Font size.
    pub size: f64,
    /// How it goes on to the next line (`None` on the last line).
    pub brk: Option<Break>,
}

/// Groups a cell's words into lines by baseline, top to bottom, each left to right.
pub fn lines_of(words: &[&Word], settings: &Settings) -> Vec<CellLine> {
    let mut sorted: Vec<&Word> = words.to_vec();
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut groups: Vec<Vec<&Word>> = Vec::new();
    for w in sorted {
        match groups.last_mut() {
            Some(g) if (g[0].y - w.y).abs() <= settings.baseline_tolerance * g[0].size.max(w.size).max(1.0) => {
                g.push(w)
            }
            _ => groups.push(vec![w]),
        }
    }
    groups
        .into_iter()
        .map(|mut g| {
            g.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            let size = g.iter().map(|w| w.size).fold(0.0, f64::max);
            let y = g[0].y;
            let x0 = g.iter().map(|w| w.x0).fold(f64::INFINITY, f64::min);
            let x1 = g.iter().map(|w| w.x1).fold(f64::NEG_INFINITY, f64::max);
            let text = g.iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ");
            CellLine { text, bbox: [x0, y - 0.25 * size, x1, y + 0.8 * size], size, brk: None }
        })
        .collect()
}

/// Width of the first character of a text, estimated from its line's width.
fn first_char_width(line: &CellLine) -> f64 {
    (line.bbox[2] - line.bbox[0]) / line.text.chars().count().max(1) as f64
}

/// Width of the first word of a line, estimated from its share of the line's characters.
fn first_word_width(line: &CellLine) -> f64 {
    let first = line.text.split(' ').next().unwrap_or("");
    let chars = line.text.chars().count().max(1) as f64;
    (line.bbox[2] - line.bbox[0]) * first.chars().count() as f64 / chars
}

/// Gives each break its kind, for lines set in a cell `inner` points wide; `sure` says
/// whether that width is known (from rules, or a wider line of the same column).
pub fn classify_breaks(lines: &mut [CellLine], inner: f64, sure: bool) {
    for i in 0..lines.len().saturating_sub(1) {
        let (line, next) = (&lines[i], &lines[i + 1]);
        let width = line.bbox[2] - line.bbox[0];
        let slack = 0.1 * line.size.max(1.0);
        // A soft hyphen is the typesetter's own break inside a word, whatever the width;
        // beside a digit or a capital it is a hyphen drawn as one (a producer that maps
        // its one hyphen glyph to U+00AD: `CO2` / `compensatie`).
        let soft = line.text.ends_with('\u{AD}');
        let own = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c.is_uppercase());
        let kind = if soft && !own(line.text.chars().rev().nth(1)) && !own(next.text.chars().next()) {
            BreakKind::Char
        } else if (soft || line.text.ends_with('-')) && line.text.chars().count() > 1 {
            BreakKind::Hyphen
        } else if !next.text.is_empty()
            && width + first_char_width(next) > inner + slack
            && !starts_new_item(&next.text)
        {
            BreakKind::Char
        } else if width + 0.3 * line.size + first_word_width(next) > inner + slack {
            BreakKind::Wrap
        } else {
            BreakKind::Hard
        };
        // Only a wrap or hard break is sure, and only where the width is known.
        lines[i].brk = Some(Break { kind, sure: soft || (sure && kind != BreakKind::Char) });
    }
}

/// Whether a line opens with what starts a new word on its own (a currency sign, an
/// opening bracket, an ampersand or plus between two words): never the tail of a broken
/// word.
fn starts_new_item(text: &str) -> bool {
    text.starts_with(['€', '(', '[', '$', '£', '&', '+'])
}

/// The lines joined as a person reads them: no space at a break inside a word (when sure)
/// or after a hyphen, a space elsewhere; soft hyphens (U+00AD) left out where they break
/// a word, a hyphen where one ends the cell or stands at a hyphen break (drawn, so a
/// hyphen mapped to U+00AD: `€ 385,`­ is `€ 385,-`).
pub fn join(lines: &[CellLine]) -> String {
    join_where(lines, |_| false)
}

/// As [`join`], also joining the unsure breaks inside a word after the lines `joined` names.
fn join_where(lines: &[CellLine], joined: impl Fn(usize) -> bool) -> String {
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            let glue = match lines[i - 1].brk {
                Some(Break { kind: BreakKind::Char, sure }) if sure || joined(i - 1) => "",
                Some(Break { kind: BreakKind::Hyphen, .. }) => "",
                _ => " ",
            };
            out.push_str(glue);
        }
        out.extend(l.text.chars().filter(|&c| c != '\u{AD}'));
        let drawn = i + 1 == lines.len() || matches!(l.brk, Some(Break { kind: BreakKind::Hyphen, .. }));
        if drawn && l.text.ends_with('\u{AD}') {
            out.push('-');
        }
    }
    out
}

/// The ways to read the lines, as [`join`] reads them first, then with the breaks that
/// may be inside a word but are not sure joined: each alone, then in pairs, and so on (the
/// first four such breaks). The interpreter takes the first that reads as what it needs.
pub fn readings(lines: &[CellLine]) -> Vec<String> {
    let unsure: Vec<usize> = (0..lines.len())
        .filter(|&i| matches!(lines[i].brk, Some(Break { kind: BreakKind::Char, sure: false })))
        .take(4)
        .collect();
    let mut masks: Vec<u32> = (0..1u32 << unsure.len()).collect();
    masks.sort_by_key(|m| m.count_ones());
    masks
        .into_iter()
        .map(|mask| {
            join_where(lines, |i| unsure.iter().position(|&u| u == i).is_some_and(|bit| mask & (1 << bit) != 0))
        })
        .collect()
}

/// Whether any break of the lines is inside a word but not sure.
pub fn has_unsure_char_break(lines: &[CellLine]) -> bool {
    lines.iter().any(|l| matches!(l.brk, Some(Break { kind: BreakKind::Char, sure: false })))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of text starting at `x0`, 5 pt a character.
    fn line(text: &str, x0: f64, y: f64) -> CellLine {
        let w = 5.0 * text.chars().count() as f64;
        CellLine { text: text.into(), bbox: [x0, y - 2.5, x0 + w, y + 8.0], size: 10.0, brk: None }
    }

    fn joined(texts: &[&str], inner: f64) -> String {
        let mut lines: Vec<CellLine> = texts.iter().enumerate().map(|(i, t)| line(t, 0.0, -12.0 * i as f64)).collect();
        classify_breaks(&mut lines, inner, true);
        join(&lines)
    }

    #[test]
    fn a_word_broken_by_a_narrow_cell_is_one_word_again() {
        let both = |texts: &[&str], inner: f64| {
            let mut lines: Vec<CellLine> =
                texts.iter().enumerate().map(|(i, t)| line(t, 0.0, -12.0 * i as f64)).collect();
            classify_breaks(&mut lines, inner, true);
            assert!(has_unsure_char_break(&lines));
            (join(&lines), readings(&lines).pop().unwrap_or_default())
        };
        assert_eq!(both(&["Dienstaut", "o"], 46.0), ("Dienstaut o".into(), "Dienstauto".into()));
        assert_eq!(both(&["14.872,3", "5"], 41.0), ("14.872,3 5".into(), "14.872,35".into()));
    }

    #[test]
    fn a_word_that_did_not_fit_is_set_apart_by_a_space() {
        // `€` alone on its line: `€ 1.845,50` did not fit, `€1` would have.
        assert_eq!(joined(&["€", "1.845,50"], 46.0), "€ 1.845,50");
        assert_eq!(joined(&["Vliegtuig en", "trein"], 62.0), "Vliegtuig en trein");
    }

    #[test]
    fn a_soft_hyphen_at_a_break_joins_the_word_and_is_dropped() {
        // The cell is wide enough for more: only the soft hyphen says the word goes on.
        assert_eq!(joined(&["Vervoers\u{AD}", "middel"], 200.0), "Vervoersmiddel");
        assert_eq!(joined(&["CO2-uit\u{AD}", "stoot (in", "tonnen)"], 200.0), "CO2-uitstoot (in tonnen)");
        // A producer that maps its one hyphen glyph to U+00AD: beside a digit it is drawn,
        // and so is one that ends the cell.
        assert_eq!(joined(&["CO2\u{AD}", "compensatie"], 200.0), "CO2-compensatie");
        assert_eq!(joined(&["€ 385,\u{AD}"], 200.0), "€ 385,-");
        // An ampersand opens a word of its own, however narrow the cell.
        assert_eq!(joined(&["Vliegtuig", "& trein"], 46.0), "Vliegtuig & trein");
    }

    #[test]
    fn readings_try_each_unsure_break_joined_fewest_first() {
        let mut lines: Vec<CellLine> = ["Reis- en", "verblijfkost", "en"]
            .iter()
            .enumerate()
            .map(|(i, t)| line(t, 0.0, -12.0 * i as f64))
            .collect();
        classify_breaks(&mut lines, 42.0, true);
        assert_eq!(
            readings(&lines),
            [
                "Reis- en verblijfkost en",
                "Reis- enverblijfkost en",
                "Reis- en verblijfkosten",
                "Reis- enverblijfkosten"
            ]
        );
    }

    #[test]
    fn hyphens_stay_and_join_without_space() {
        assert_eq!(joined(&["CO2-", "uitstoot", "(in", "tonnen)"], 45.0), "CO2-uitstoot (in tonnen)");
    }

    #[test]
    fn a_short_line_in_a_wide_cell_is_a_hard_break() {
        let mut lines = vec![line("12", 80.0, 0.0), line("34", 80.0, -12.0)];
        classify_breaks(&mut lines, 100.0, true);
        assert_eq!(lines[0].brk.map(|b| b.kind), Some(BreakKind::Hard));
        assert_eq!(join(&lines), "12 34");
    }

    #[test]
    fn an_unsure_break_is_joined_only_when_asked() {
        let mut lines = vec![line("CO2-compens", 0.0, 0.0), line("atie", 0.0, -12.0)];
        // The hyphen decides here; without one the break is unsure.
        lines[0].text = "compens".into();
        lines[0].bbox[2] = 35.0;
        classify_breaks(&mut lines, 35.0, false);
        assert!(has_unsure_char_break(&lines));
        assert_eq!(join(&lines), "compens atie");
        assert_eq!(readings(&lines).last().map(String::as_str), Some("compensatie"));
    }
}

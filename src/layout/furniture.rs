//! Running headers, footers and page numbers: text that belongs to the page, not to a trip.
//!
//! A line is furniture when it stands in the top or bottom margin band and either reads
//! as a page number (`3`, `- 3 -`, `Pagina 3 van 12`) or repeats, digits aside, on other
//! pages at about the same height.

use std::collections::HashMap;

use super::{Line, Settings};
use crate::scan;

/// Whether a text reads as a page number: `3`, `- 3 -`, `Pagina 3 van 12`, `p. 3`, `3/12`
/// (what `(?i)^(pagina|page|blz\.?|p\.)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*((van|of|/)\s*\d{1,4})?$`
/// matches, the text trimmed).
pub fn is_page_number(text: &str) -> bool {
    let text = text.trim();
    let rest = match scan::strip_prefix_folded(text, "blz") {
        Some(rest) => rest.strip_prefix('.').unwrap_or(rest),
        None => ["pagina", "page", "p."].iter().find_map(|w| scan::strip_prefix_folded(text, w)).unwrap_or(text),
    };
    // Spaces, at most one dash, spaces.
    fn dash(t: &str) -> &str {
        let t = t.trim_start();
        t.strip_prefix(['-', '–', '—']).unwrap_or(t).trim_start()
    }
    let number = |t: &str| -> Option<usize> { Some(scan::digits_len(t)).filter(|n| (1..=4).contains(n)) };
    let rest = dash(rest);
    let Some(n) = number(rest) else { return false };
    let rest = dash(&rest[n..]);
    if rest.is_empty() {
        return true;
    }
    let Some(total) = ["van", "of", "/"].iter().find_map(|w| scan::strip_prefix_folded(rest, w)) else { return false };
    let total = total.trim_start();
    number(total).is_some_and(|n| n == total.len())
}

fn in_band(line: &Line, height: f64, band: f64) -> bool {
    line.top() > height * (1.0 - band) || line.bottom() < height * band
}

fn shape(text: &str) -> String {
    text.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect::<String>().to_lowercase()
}

/// One page's input: its height, its lines, and which lines may be furniture at all
/// (table cells and trip headers may not).
pub struct Candidates<'a> {
    /// Page height in points.
    pub height: f64,
    /// The page's lines.
    pub lines: &'a [Line],
    /// Per line: may it be furniture?
    pub eligible: Vec<bool>,
}

/// Marks furniture lines, per page and line.
pub fn mark(pages: &[Candidates<'_>], settings: &Settings) -> Vec<Vec<bool>> {
    let band = settings.furniture_band;
    // Count on how many pages each (shape, height bucket) occurs in the margin bands.
    let mut seen: HashMap<(String, i64), Vec<u32>> = HashMap::new();
    for p in pages {
        let height = p.height;
        for (l, _) in p.lines.iter().zip(&p.eligible).filter(|(l, e)| **e && in_band(l, height, band)) {
            let key = (shape(l.text()), (l.y / 4.0).round() as i64);
            let pages = seen.entry(key).or_default();
            if !pages.contains(&l.page) {
                pages.push(l.page);
            }
        }
    }
    pages
        .iter()
        .map(|p| {
            p.lines
                .iter()
                .zip(&p.eligible)
                .map(|(l, eligible)| {
                    if !eligible || !in_band(l, p.height, band) {
                        return false;
                    }
                    let text = l.text();
                    let repeated = seen.get(&(shape(text), (l.y / 4.0).round() as i64)).is_some_and(|p| p.len() >= 2);
                    repeated || is_page_number(text)
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Word;

    fn line(page: u32, text: &str, y: f64) -> Line {
        let words = text.split(' ').map(|w| Word { text: w.into(), x0: 50.0, x1: 60.0, y, size: 9.0 }).collect();
        Line::new(page, words, 9.0, false, false)
    }

    #[test]
    fn page_numbers() {
        for t in ["3", "- 3 -", "Pagina 3 van 12", "pagina 12", "3/12", "Page 4 of 9"] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["2024 was een jaar", "€ 385,-", "Werkbezoek"] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    #[test]
    fn repeated_margin_text_is_furniture_body_text_is_not() {
        let p1 = vec![line(1, "Buitenlandse ambtsreizen 2023", 820.0), line(1, "Op 3 mei", 600.0), line(1, "1", 20.0)];
        let p2 = vec![line(2, "Buitenlandse ambtsreizen 2023", 820.0), line(2, "verder", 815.0), line(2, "2", 20.0)];
        let all = |lines: &[Line]| vec![true; lines.len()];
        let marks = mark(
            &[
                Candidates { height: 842.0, lines: &p1, eligible: all(&p1) },
                Candidates { height: 842.0, lines: &p2, eligible: all(&p2) },
            ],
            &Settings::default(),
        );
        assert_eq!(marks[0], [true, false, true]);
        // "verder" stands in the band but occurs once: a body line continuing at the top.
        assert_eq!(marks[1], [true, false, true]);
    }

    proptest::proptest! {
        /// `is_page_number` does what the regular expression it replaced did.
        #[test]
        fn page_numbers_agree_with_their_regular_expression(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "Pagina", "page", "PAGE", "blz", "Blz.", "p.", "p", "3", "12", "1234", "0", " ", "  ", "-", "–", "—",
                "van", "VAN", "of", "/", ".", "\n", "a",
            ]), 0..8)
        ) {
            let text = parts.concat();
            let re = regex::Regex::new(
                r"(?i)^(pagina|page|blz\.?|p\.)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*((van|of|/)\s*\d{1,4})?$",
            ).unwrap();
            proptest::prop_assert_eq!(is_page_number(&text), re.is_match(text.trim()));
        }
    }
}

//! Lines → blocks: paragraphs, headings and boxed text.
//!
//! Neighbouring lines of one column form a block when they follow each other at the
//! usual line pitch of their style (pdfminer's `line_margin`, poppler's block growing):
//! a wider gap, a change of font size, weight or slant, a drawn rule between them, or the
//! edge of a filled box starts a new block. Gutters need no test of their own: lines
//! never cross one, and lines of one block overlap horizontally.

use super::{Line, LineRole, Settings};
use crate::pdf::{Graphic, GraphicKind};

/// Where a block stands on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Region {
    /// In the main flow: a column of the page.
    #[default]
    Main,
    /// In a sidebar: a narrow column beside the main flow, read with the block it stands
    /// beside.
    Side,
}

/// A block of text lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Indexes into the page's lines, top to bottom.
    pub lines: Vec<usize>,
    /// Bounding box `[x0, y0, x1, y1]`.
    pub bbox: [f64; 4],
    /// Main flow or sidebar.
    pub region: Region,
}

/// Whether `next` directly continues `prev` in a block: tight leading, overlapping columns.
pub fn follows(prev: &Line, next: &Line, settings: &Settings) -> bool {
    let gap = prev.y - next.y;
    gap > 0.0 && gap <= settings.block_max_gap * prev.size.max(next.size) && overlaps(prev, next)
}

/// Whether two lines overlap horizontally.
pub fn overlaps(a: &Line, b: &Line) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1
}

/// Groups the page's `Text` lines into blocks.
pub fn blocks(lines: &[Line], roles: &[LineRole], graphics: &[Graphic], settings: &Settings) -> Vec<Block> {
    let text: Vec<usize> = (0..lines.len()).filter(|&i| roles[i] == LineRole::Text).collect();
    let pitch = usual_pitches(lines, &text, settings);
    let boxes: Vec<[f64; 4]> = graphics
        .iter()
        .filter(|g| matches!(g.kind, GraphicKind::Rect { filled: true, .. } | GraphicKind::Rect { stroked: true, .. }))
        .map(|g| g.bbox)
        .collect();
    let rules: Vec<[f64; 4]> = graphics.iter().filter(|g| g.is_horizontal_rule()).map(|g| g.bbox).collect();

    let mut out: Vec<Block> = Vec::new();
    // Open blocks: the index of their last line.
    for &i in &text {
        let l = &lines[i];
        let joined = out.iter_mut().rev().find(|b| {
            let last = b.lines.last().map(|&m| &lines[m]);
            let Some(prev) = last else { return false };
            if !follows(prev, l, settings) || prev.style() != l.style() || !aligned(prev, l) {
                return false;
            }
            let gap = prev.y - l.y;
            let usual = block_pitch(b, lines).or_else(|| pitch.iter().find(|(s, _)| *s == l.style()).map(|(_, p)| *p));
            if usual.is_some_and(|p| gap > settings.paragraph_gap * p) {
                return false;
            }
            let between = |r: &[f64; 4]| r[1] < prev.y && r[3] > l.y + 0.5 * l.size && r[0] < l.x1 && l.x0 < r[2];
            if rules.iter().any(between) {
                return false;
            }
            // A box edge between the two lines: one stands inside a box, the other not.
            boxes.iter().all(|b| inside(b, prev) == inside(b, l))
        });
        match joined {
            Some(b) => {
                b.lines.push(i);
                b.bbox = crate::model::bbox_union(b.bbox, l.bbox());
            }
            None => out.push(Block { lines: vec![i], bbox: l.bbox(), region: Region::Main }),
        }
    }
    out
}

/// Whether two lines share an edge or centre, as lines of one paragraph do (the first
/// line may be indented; a ragged paragraph shares only its left edge). A box beside a
/// paragraph shares none with the paragraph's lines under it.
fn aligned(a: &Line, b: &Line) -> bool {
    let em = a.size.max(b.size);
    (a.x0 - b.x0).abs() <= 2.0 * em
        || (a.x1 - b.x1).abs() <= 0.5 * em
        || ((a.x0 + a.x1) - (b.x0 + b.x1)).abs() / 2.0 <= 0.5 * em
}

fn inside(b: &[f64; 4], l: &Line) -> bool {
    let cx = (l.x0 + l.x1) / 2.0;
    cx > b[0] && cx < b[2] && l.y > b[1] && l.y < b[3]
}

/// The block's own line pitch, once it has two lines.
fn block_pitch(b: &Block, lines: &[Line]) -> Option<f64> {
    let mut gaps: Vec<f64> = b.lines.windows(2).map(|w| lines[w[0]].y - lines[w[1]].y).collect();
    gaps.sort_by(f64::total_cmp);
    gaps.get(gaps.len() / 2).copied()
}

/// The usual pitch of each style on the page: the median gap between a line and the next
/// one under it in the same style.
fn usual_pitches(lines: &[Line], text: &[usize], settings: &Settings) -> Vec<(super::Style, f64)> {
    let mut gaps: Vec<(super::Style, f64)> = Vec::new();
    for (k, &i) in text.iter().enumerate() {
        let a = &lines[i];
        if let Some(&j) = text[k + 1..].iter().find(|&&j| follows(a, &lines[j], settings)) {
            if lines[j].style() == a.style() {
                gaps.push((a.style(), a.y - lines[j].y));
            }
        }
    }
    let mut out: Vec<(super::Style, f64)> = Vec::new();
    let mut styles: Vec<super::Style> = gaps.iter().map(|(s, _)| *s).collect();
    styles.sort();
    styles.dedup();
    for s in styles {
        let mut g: Vec<f64> = gaps.iter().filter(|(t, _)| *t == s).map(|(_, g)| *g).collect();
        g.sort_by(f64::total_cmp);
        if let Some(m) = g.get(g.len() / 2) {
            out.push((s, *m));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Word;

    fn line(text: &str, x0: f64, y: f64, size: f64, bold: bool) -> Line {
        let words = vec![Word { text: text.into(), x0, x1: x0 + 200.0, y, size }];
        Line::new(1, words, size, bold, false)
    }

    #[test]
    fn paragraphs_split_at_wide_gaps_and_style_changes() {
        let lines = vec![
            line("Werkbezoek Gent", 50.0, 700.0, 14.0, true),
            line("door wethouder Buijt", 50.0, 684.0, 14.0, true),
            line("Eerste regel", 50.0, 660.0, 9.0, false),
            line("tweede regel", 50.0, 648.0, 9.0, false),
            line("derde regel", 50.0, 636.0, 9.0, false),
            line("Nieuwe alinea", 50.0, 618.0, 9.0, false),
            line("slot", 50.0, 606.0, 9.0, false),
        ];
        let roles = vec![LineRole::Text; lines.len()];
        let b = blocks(&lines, &roles, &[], &Settings::default());
        let groups: Vec<Vec<usize>> = b.iter().map(|b| b.lines.clone()).collect();
        assert_eq!(groups, [vec![0, 1], vec![2, 3, 4], vec![5, 6]]);
    }

    #[test]
    fn side_by_side_lines_are_separate_blocks() {
        let lines = vec![
            line("links een", 50.0, 700.0, 9.0, false),
            line("rechts een", 300.0, 700.0, 9.0, false),
            line("links twee", 50.0, 688.0, 9.0, false),
            line("rechts twee", 300.0, 688.0, 9.0, false),
        ];
        let roles = vec![LineRole::Text; lines.len()];
        let b = blocks(&lines, &roles, &[], &Settings::default());
        let groups: Vec<Vec<usize>> = b.iter().map(|b| b.lines.clone()).collect();
        assert_eq!(groups, [vec![0, 2], vec![1, 3]]);
    }
}

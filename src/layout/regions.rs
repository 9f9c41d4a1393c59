//! Columns, sidebars and reading order, from the whitespace between the text.
//!
//! **Gutters** are found with Breuel's whitespace cover ("Two geometric algorithms for
//! layout analysis", DAS 2002): a branch-and-bound search for the largest empty
//! rectangles among the page's text chunks, here ranked by height, so that the tall,
//! narrow gaps between columns come first. A rectangle is a gutter when it is at least
//! [`Settings::gutter_min_width`] wide and [`Settings::gutter_min_height`] tall, lies
//! inside the text area, and has text lines against it on both sides. A vertical rule in
//! a gap is a gutter too, however narrow the gap. Images are obstacles, so a photo across
//! two columns ends their gutter.
//!
//! **Reading order** is a recursive XY-cut (Nagy & Seth 1984; Ha, Haralick & Phillips
//! 1995) over blocks and tables, with one change that makes it safe for columns: a
//! horizontal cut may not cross a gutter's height. So a page is first cut into bands at
//! full-width headings, tables and photos; a band is cut into columns at its gutters and
//! read column by column, left to right. A column much narrower than its neighbour is a
//! **sidebar**: its blocks are read with the block they stand beside (before the first
//! block of the main column that starts below them), not after the whole column.

use super::{blocks, Item, Line, LineRole, PageLayout, Region, Settings};
use crate::model::bbox_union;
use crate::pdf::{Graphic, GraphicKind};

use super::lines::Chunk;

/// A column gutter: a band of whitespace between columns of text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gutter {
    /// Left edge.
    pub x0: f64,
    /// Right edge.
    pub x1: f64,
    /// Bottom of the text beside it.
    pub y0: f64,
    /// Top of the text beside it.
    pub y1: f64,
    /// Found from a drawn vertical rule rather than from whitespace.
    pub ruled: bool,
    /// Lines of text against it on its less crowded side.
    pub rows: usize,
    /// Lines of prose (chunks at least [`Settings::prose_min_width`] wide) against it on
    /// its less crowded side.
    pub prose_rows: usize,
    /// Separates columns of text (set by [`column_gutters`]): between columns by itself,
    /// or in line with a gutter that is, with prose on both sides.
    pub column: bool,
}

impl Gutter {
    /// Whether the gutter stands between text ending at `left` and text starting at
    /// `right` on the baseline `y`.
    pub fn separates(&self, left: f64, right: f64, y: f64) -> bool {
        y >= self.y0 && y <= self.y1 && left <= self.x0 + 0.5 && right >= self.x1 - 0.5
    }

    /// Whether it stands between columns of text rather than inside a table: many lines
    /// beside it, or a few lines of prose on both sides (a table's cells are short).
    pub fn between_columns(&self, settings: &Settings) -> bool {
        self.rows >= settings.column_min_rows || self.prose_rows >= settings.column_prose_rows
    }

    fn crossed_by(&self, b: &[f64; 4]) -> bool {
        b[0] < self.x1 - 0.5 && b[2] > self.x0 + 0.5
    }

    fn centre(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }
}

/// Most rectangles the whitespace search pops per page: a bound on its cost for pages of
/// scattered text (maps, charts), where it gives up with the gutters found so far.
const MAX_STEPS: usize = 20_000;
/// Most whitespace rectangles examined per page (most touch the text area's edge, beside
/// short lines and headings, and are no gutters).
const MAX_RESULTS: usize = 96;

/// Column gutters only (what line building and tables need to know): ruled ones and those
/// [between columns](Gutter::between_columns).
pub fn column_gutters(
    obstacles: &[[f64; 4]],
    chunks: &[Chunk],
    graphics: &[Graphic],
    body: f64,
    settings: &Settings,
) -> Vec<Gutter> {
    // Columns stand side by side on several lines, or prose does on a few; a page where
    // few lines hold text side by side a column gap apart (a cost table's row or two, a
    // justified line's widest spaces), and no prose does, has no column gutter.
    let gap = settings.column_min_gap * body;
    let tall = settings.column_min_rows.saturating_sub(1) as f64 * body;
    if rows_side_by_side(chunks, gap, |_, _| true) < settings.column_min_rows
        && rows_side_by_side(chunks, gap, |a, b| {
            prose_run(chunks, a, true, body, settings) && prose_run(chunks, b, false, body, settings)
        }) < settings.column_prose_rows
        && !edges_between_text(chunks, graphics, tall)
    {
        return Vec::new();
    }
    let mut found = gutters(obstacles, chunks, graphics, body, settings);
    // Columns run down the page: a gap in line with a column gutter elsewhere on the
    // page, with prose on both sides, separates the same columns, though few lines stand
    // beside it there (a table at the top of a column, beside the end of the previous
    // one). A table's own column gap under such a gutter has no prose beside it.
    let grid: Vec<(f64, f64)> =
        found.iter().filter(|g| !g.ruled && g.between_columns(settings)).map(|g| (g.x0, g.x1)).collect();
    let in_line = |g: &Gutter| grid.iter().any(|&(x0, x1)| (g.x0 - x0).abs() < body && (g.x1 - x1).abs() < body);
    for g in &mut found {
        g.column = g.between_columns(settings) || g.prose_rows > 0 && in_line(g);
    }
    found.retain(|g| g.ruled || g.column);
    found
}

/// The page's gutters, from its chunks (glyph runs), the extra `solid` boxes (tables),
/// and drawn rules and images.
pub fn gutters(
    obstacles: &[[f64; 4]],
    chunks: &[Chunk],
    graphics: &[Graphic],
    body: f64,
    settings: &Settings,
) -> Vec<Gutter> {
    if chunks.len() < settings.gutter_min_lines || side_by_side_pairs(chunks, settings.gutter_min_width * body) < 2 {
        // A gutter has text beside it on both sides at the same height: a page where no
        // two chunks stand side by side, gutter-wide apart, has none.
        return Vec::new();
    }
    let Some(bound) = obstacles.iter().copied().reduce(bbox_union) else { return Vec::new() };
    let min_w = settings.gutter_min_width * body;
    let min_h = settings.gutter_min_height * body;

    let mut solid: Vec<[f64; 4]> = obstacles.to_vec();
    // Horizontal rules are obstacles too: a rule across the columns (under a heading)
    // ends their gutter, as a photo does.
    for g in graphics.iter().filter(|g| g.is_horizontal_rule()) {
        let b = g.bbox;
        if b[0] < bound[2] && bound[0] < b[2] && b[1] <= bound[3] && bound[1] <= b[3] {
            let y = (b[1] + b[3]) / 2.0;
            solid.push([b[0].max(bound[0]), y - 0.25, b[2].min(bound[2]), y + 0.25]);
        }
    }
    for g in graphics.iter().filter(|g| g.kind == GraphicKind::Image) {
        let b = g.bbox;
        if b[0] < bound[2] && bound[0] < b[2] && b[1] < bound[3] && bound[1] < b[3] {
            solid.push([b[0].max(bound[0]), b[1].max(bound[1]), b[2].min(bound[2]), b[3].min(bound[3])]);
        }
    }

    let mut found: Vec<Gutter> = Vec::new();
    // A vertical rule standing in a gap is a gutter, whatever the gap's width; so is the
    // side of a box.
    for b in vertical_edges(graphics) {
        if b[3] - b[1] < settings.rule_gutter_min_length * body {
            continue;
        }
        let g = Gutter { x0: b[0], x1: b[2], y0: b[1], y1: b[3], ruled: true, rows: 0, prose_rows: 0, column: false };
        if chunks.iter().any(|c| c.y > b[1] && c.y < b[3] && g.crossed_by(&c.bbox)) {
            continue;
        }
        if let Some(g) = flanked(g, chunks, &found, body, min_h, settings) {
            found.push(g);
        }
    }

    for r in whitespace(bound, &solid, min_w, min_h) {
        let touches_bound = r[0] <= bound[0] + 0.5 || r[2] >= bound[2] - 0.5;
        if touches_bound {
            continue;
        }
        let g = Gutter { x0: r[0], x1: r[2], y0: r[1], y1: r[3], ruled: false, rows: 0, prose_rows: 0, column: false };
        if let Some(g) = flanked(g, chunks, &found, body, min_h, settings) {
            // A rule in the gap (a table's border beside a column) may cover part of it.
            if !found.iter().any(|f| f.x0 < g.x1 && g.x0 < f.x1 && f.y0 <= g.y0 + 0.5 && f.y1 >= g.y1 - 0.5) {
                found.push(g);
            }
        }
    }
    found
}

/// Drawn vertical lines that may bound a column: rules, and the sides of boxes (a tinted
/// sidebar's panel bounds the text inside it as a rule would).
fn vertical_edges(graphics: &[Graphic]) -> impl Iterator<Item = [f64; 4]> + '_ {
    let rules = graphics.iter().filter(|g| g.is_vertical_rule()).map(|g| g.bbox);
    let box_sides = graphics.iter().filter(|g| matches!(g.kind, GraphicKind::Rect { .. })).flat_map(|g| {
        let b = g.bbox;
        [[b[0], b[1], b[0], b[3]], [b[2], b[1], b[2], b[3]]]
    });
    rules.chain(box_sides)
}

/// Whether a drawn vertical line at least `tall` long stands between neighbouring text on
/// two baselines or more (a rule or a panel's side between columns, not a box around a
/// heading).
fn edges_between_text(chunks: &[Chunk], graphics: &[Graphic], tall: f64) -> bool {
    let edges: Vec<[f64; 4]> = vertical_edges(graphics).filter(|b| b[3] - b[1] >= tall).collect();
    if edges.is_empty() {
        return false;
    }
    // Neighbouring chunks (baseline by baseline, left to right) level with each other.
    let rows = chunks
        .windows(2)
        .filter(|p| {
            let (a, b) = (&p[0], &p[1]);
            a.bbox[1] < b.bbox[3]
                && b.bbox[1] < a.bbox[3]
                && edges.iter().any(|e| e[0] >= a.bbox[2] && e[2] <= b.bbox[0] && e[1] <= a.y && a.y <= e[3])
        })
        .count();
    rows >= 2
}

/// On how many baselines two neighbouring chunks stand at least `gap` apart, where `both`
/// holds of them (their indexes, left and right).
fn rows_side_by_side(chunks: &[Chunk], gap: f64, both: impl Fn(usize, usize) -> bool) -> usize {
    let mut rows: Vec<f64> = Vec::new();
    for (i, a) in chunks.iter().enumerate() {
        // Chunks come baseline by baseline, left to right: a neighbour on the same
        // baseline is the next chunk.
        if let Some(b) = chunks.get(i + 1) {
            // Level with each other: on one baseline, or (two columns whose baselines
            // are a little apart, grouped as one) standing mostly beside each other.
            let overlap = a.bbox[3].min(b.bbox[3]) - a.bbox[1].max(b.bbox[1]);
            let level = overlap >= 0.5 * (a.bbox[3] - a.bbox[1]).min(b.bbox[3] - b.bbox[1]);
            if level && b.bbox[0] - a.bbox[2] >= gap && rows.last() != Some(&a.y) && both(i, i + 1) {
                rows.push(a.y);
            }
        }
    }
    rows.len()
}

/// How many pairs of chunks stand side by side (overlapping vertically) at least `gap`
/// apart, up to 2 (all the caller needs to know).
fn side_by_side_pairs(chunks: &[Chunk], gap: f64) -> usize {
    let mut sorted: Vec<&Chunk> = chunks.iter().collect();
    sorted.sort_by(|a, b| b.bbox[3].total_cmp(&a.bbox[3]));
    let mut pairs = 0;
    for (i, a) in sorted.iter().enumerate() {
        for b in &sorted[i + 1..] {
            if b.bbox[3] <= a.bbox[1] {
                break;
            }
            if b.bbox[0] - a.bbox[2] >= gap || a.bbox[0] - b.bbox[2] >= gap {
                pairs += 1;
                if pairs >= 2 {
                    return pairs;
                }
            }
        }
    }
    pairs
}

/// Whether chunk `i` is prose: the run of chunks on its baseline, going away from a gutter
/// (`leftwards` or rightwards), with no gap wider than a plain word space unless another
/// gap of the run is as wide (a justified line spaces its words evenly; a table's cells
/// stand unevenly apart), at least [`Settings::prose_min_width`] wide and of
/// [`Settings::prose_min_words`] words.
fn prose_run(chunks: &[Chunk], i: usize, leftwards: bool, body: f64, settings: &Settings) -> bool {
    let mut run: Vec<usize> = vec![i];
    let mut gaps: Vec<f64> = Vec::new();
    loop {
        let at = run[run.len() - 1];
        let next = if leftwards { at.checked_sub(1) } else { Some(at + 1) };
        let Some(n) = next.filter(|&n| n < chunks.len()) else { break };
        let (a, c) = (&chunks[at], &chunks[n]);
        let gap = if leftwards { a.bbox[0] - c.bbox[2] } else { c.bbox[0] - a.bbox[2] };
        if (c.y - chunks[i].y).abs() >= 0.5 || gap < 0.0 || gap > settings.prose_even_gap * body {
            break;
        }
        run.push(n);
        gaps.push(gap);
    }
    let even = |k: usize| gaps.iter().enumerate().any(|(j, g)| j != k && (g - gaps[k]).abs() < 0.5);
    let len = (0..gaps.len()).find(|&k| gaps[k] > settings.prose_max_gap * body && !even(k)).unwrap_or(gaps.len());
    let run = &run[..=len];
    let span = run.iter().map(|&c| chunks[c].bbox).reduce(bbox_union).unwrap_or(chunks[i].bbox);
    let words: usize = run.iter().map(|&c| chunks[c].words).sum();
    span[2] - span[0] >= settings.prose_min_width * body && words >= settings.prose_min_words
}

/// The gutter shrunk to the text lines against it, when there are enough on both sides:
/// at least two lines each side, side by side at least twice (a justified line's wide
/// word gap under empty space is no gutter), together [`Settings::gutter_min_lines`], over
/// at least the gutter's minimum height.
fn flanked(
    g: Gutter,
    chunks: &[Chunk],
    found: &[Gutter],
    body: f64,
    min_h: f64,
    settings: &Settings,
) -> Option<Gutter> {
    let reach = 10.0 * body;
    let beside = |c: &Chunk| c.y >= g.y0 && c.y <= g.y1;
    // Text against the gutter: not beyond another gutter found before (the previous
    // column's lines beside a gap inside this column).
    let beyond =
        |c: &Chunk| found.iter().any(|f| f.x0 >= c.bbox[2] - 0.5 && f.x1 <= g.x0 + 0.5 && c.y >= f.y0 && c.y <= f.y1);
    let left: Vec<usize> = (0..chunks.len())
        .filter(|&i| {
            let c = &chunks[i];
            beside(c) && c.bbox[2] <= g.x0 + 0.5 && c.bbox[2] >= g.x0 - reach && !beyond(c)
        })
        .collect();
    // Text starts flush against a column's left edge; it may end ragged on the right.
    let flush = (reach / 10.0).max(1.0);
    let right: Vec<usize> = (0..chunks.len())
        .filter(|&i| beside(&chunks[i]) && chunks[i].bbox[0] >= g.x1 - 0.5 && chunks[i].bbox[0] <= g.x1 + flush)
        .collect();
    let is_prose = |i: usize, leftwards: bool| prose_run(chunks, i, leftwards, body, settings);
    // On how many baselines chunks (of prose only) stand.
    let rows = |cs: &[usize], prose_of: Option<bool>| {
        let mut ys: Vec<f64> =
            cs.iter().filter(|&&i| prose_of.is_none_or(|l| is_prose(i, l))).map(|&i| chunks[i].y).collect();
        ys.sort_by(f64::total_cmp);
        ys.dedup_by(|a, b| (*a - *b).abs() < 1.0);
        ys.len()
    };
    let side_by_side = left
        .iter()
        .filter(|&&l| {
            let l = chunks[l].bbox;
            right.iter().any(|&r| l[1] < chunks[r].bbox[3] && chunks[r].bbox[1] < l[3])
        })
        .count();
    let (left_rows, right_rows) = (rows(&left, None), rows(&right, None));
    if left_rows < 2 || right_rows < 2 || side_by_side < 2 || left.len() + right.len() < settings.gutter_min_lines {
        return None;
    }
    let prose_rows = rows(&left, Some(true)).min(rows(&right, Some(false)));
    let rows = left_rows.min(right_rows);
    // A gutter that only prose can make a column gutter (few lines beside it) reaches as
    // far as the prose does, not into a table's column gap above or below.
    let prose_only = rows < settings.column_min_rows && prose_rows > 0;
    let counted = || {
        let l = left.iter().filter(move |&&i| !prose_only || is_prose(i, true));
        l.chain(right.iter().filter(move |&&i| !prose_only || is_prose(i, false))).map(|&i| chunks[i].bbox)
    };
    let y0 = counted().map(|b| b[1]).fold(f64::INFINITY, f64::min).max(g.y0);
    let y1 = counted().map(|b| b[3]).fold(f64::NEG_INFINITY, f64::max).min(g.y1);
    (y1 - y0 >= min_h).then_some(Gutter { y0, y1, rows, prose_rows, ..g })
}

/// A candidate rectangle of the whitespace search with the obstacles inside it.
struct Node {
    rect: [f64; 4],
    obstacles: Vec<u32>,
    quality: f64,
}

impl PartialEq for Node {
    fn eq(&self, other: &Self) -> bool {
        self.quality == other.quality
    }
}
impl Eq for Node {}
impl PartialOrd for Node {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Node {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.quality.total_cmp(&other.quality)
    }
}

/// Breuel's branch and bound: the maximal empty rectangles inside `bound` among the
/// obstacles, best first (height first, then width), at least `min_w` × `min_h`. Each
/// rectangle found becomes an obstacle for the next, so they do not overlap.
fn whitespace(bound: [f64; 4], obstacles: &[[f64; 4]], min_w: f64, min_h: f64) -> Vec<[f64; 4]> {
    let quality = |r: &[f64; 4]| (r[3] - r[1]) + 0.01 * (r[2] - r[0]);
    let intersects = |r: &[f64; 4], o: &[f64; 4]| {
        o[0] < r[2] - 0.01 && r[0] < o[2] - 0.01 && o[1] < r[3] - 0.01 && r[1] < o[3] - 0.01
    };
    let mut found: Vec<[f64; 4]> = Vec::new();
    let mut heap = std::collections::BinaryHeap::new();
    let all: Vec<u32> = (0..obstacles.len() as u32).filter(|&i| intersects(&bound, &obstacles[i as usize])).collect();
    heap.push(Node { rect: bound, obstacles: all, quality: quality(&bound) });
    let mut steps = 0;
    while let Some(node) = heap.pop() {
        steps += 1;
        if steps > MAX_STEPS || found.len() >= MAX_RESULTS {
            break;
        }
        let r = node.rect;
        let centre = ((r[0] + r[2]) / 2.0, (r[1] + r[3]) / 2.0);
        let d = |o: &[f64; 4]| ((o[0] + o[2]) / 2.0 - centre.0).powi(2) + ((o[1] + o[3]) / 2.0 - centre.1).powi(2);
        // Rectangles found earlier are obstacles too.
        let pivot = node
            .obstacles
            .iter()
            .map(|&i| obstacles[i as usize])
            .chain(found.iter().copied().filter(|f| intersects(&r, f)))
            .min_by(|a, b| d(a).total_cmp(&d(b)));
        let Some(p) = pivot else {
            found.push(r);
            continue;
        };
        for child in
            [[r[0], r[1], p[0], r[3]], [p[2], r[1], r[2], r[3]], [r[0], r[1], r[2], p[1]], [r[0], p[3], r[2], r[3]]]
        {
            if child[2] - child[0] >= min_w && child[3] - child[1] >= min_h {
                let inside: Vec<u32> =
                    node.obstacles.iter().copied().filter(|&i| intersects(&child, &obstacles[i as usize])).collect();
                heap.push(Node { rect: child, obstacles: inside, quality: quality(&child) });
            }
        }
    }
    found
}

/// Completes a page after tables and furniture are known: blocks, the final gutters (with
/// tables as solid obstacles, so that a table's own column gaps are no gutters), and the
/// reading order.
pub fn finish(page: &mut PageLayout, settings: &Settings) {
    let body = page.body_size;
    page.blocks = blocks::blocks(&page.lines, &page.roles, &page.graphics, settings);

    let chunks: Vec<Chunk> = page
        .lines
        .iter()
        .zip(&page.roles)
        .filter(|(_, r)| **r == LineRole::Text)
        .flat_map(|(l, _)| super::lines::line_chunks(l, settings))
        .collect();
    let mut obstacles: Vec<[f64; 4]> = chunks.iter().map(|c| c.bbox).collect();
    obstacles.extend(page.tables.iter().map(|t| t.bbox));
    let table_boxes: Vec<[f64; 4]> = page.tables.iter().map(|t| t.bbox).collect();
    let graphics: Vec<Graphic> = page
        .graphics
        .iter()
        .filter(|g| {
            !table_boxes.iter().any(|t| g.bbox[0] < t[2] && t[0] < g.bbox[2] && g.bbox[1] < t[3] && t[1] < g.bbox[3])
        })
        .copied()
        .collect();
    page.gutters = gutters(&obstacles, &chunks, &graphics, body, settings);
    let others: Vec<[f64; 4]> = page
        .tables
        .iter()
        .map(|t| t.bbox)
        .chain(page.graphics.iter().filter(|g| g.kind == GraphicKind::Image).map(|g| g.bbox))
        .collect();
    clip_at_crossing_blocks(&mut page.gutters, &page.blocks, &others, &page.lines, body);

    let mut elements: Vec<Element> = page
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| Element { bbox: b.bbox, item: Some(Item::Block(i)), panel: None })
        .chain(page.tables.iter().enumerate().map(|(i, t)| Element {
            bbox: t.bbox,
            item: Some(Item::Table(i)),
            panel: None,
        }))
        .collect();
    // Photos take part in the cut (a photo across the columns ends them) but are not read.
    elements.extend(page.graphics.iter().filter(|g| g.kind == GraphicKind::Image).map(|g| Element {
        bbox: g.bbox,
        item: None,
        panel: None,
    }));
    // A block inside a box (a tinted or framed panel) that holds no table: evidence of a
    // sidebar, whatever its width.
    let panels: Vec<[f64; 4]> = graphics
        .iter()
        .filter(|g| matches!(g.kind, GraphicKind::Rect { .. }) && g.bbox[3] - g.bbox[1] >= 2.0 * body)
        .map(|g| g.bbox)
        .collect();
    for e in &mut elements {
        let inside = |p: &[f64; 4]| {
            e.bbox[0] >= p[0] - 0.5 && e.bbox[2] <= p[2] + 0.5 && e.bbox[1] >= p[1] - 0.5 && e.bbox[3] <= p[3] + 0.5
        };
        e.panel = matches!(e.item, Some(Item::Block(_))).then(|| panels.iter().position(inside)).flatten();
    }
    let all: Vec<usize> = (0..elements.len()).collect();
    let mut sides: Vec<usize> = Vec::new();
    let order = xy_cut(&elements, all, &page.gutters, settings, &mut sides);
    page.order = order.into_iter().filter_map(|e| elements[e].item).collect();
    for e in sides {
        if let Some(Item::Block(b)) = elements[e].item {
            page.blocks[b].region = Region::Side;
        }
    }
}

/// Text this many times the body size or larger is a heading.
const HEADING_SIZE: f64 = 1.15;

/// Ends each gutter at the blocks that cross it. A gutter is found among lines, and the
/// last line of a wrapped heading may stand beside the gap under it; but the heading's block
/// spans the columns, so the columns start below it (and the heading is read first). A
/// heading at the page's left margin, beside the gutter with nothing (text, table, photo)
/// beside it on the other side but text there above and below it, ends the columns too (a
/// short trip header over a grid of columns); a pull quote set in its column does not, nor
/// does a heading low in a column whose neighbour has ended.
fn clip_at_crossing_blocks(
    gutters: &mut Vec<Gutter>,
    blocks: &[blocks::Block],
    others: &[[f64; 4]],
    lines: &[Line],
    body: f64,
) {
    let margin = blocks.iter().map(|b| b.bbox[0]).fold(f64::INFINITY, f64::min);
    for g in gutters.iter_mut() {
        // A heading beside the gutter with nothing beside it on the other side ends the
        // columns as one across them would (a short trip header above two columns).
        let (x0, x1) = (g.x0, g.x1);
        let heading_alone = |b: &blocks::Block| {
            let heading =
                b.lines.first().is_some_and(|&l| lines[l].size >= HEADING_SIZE * body) && b.bbox[0] <= margin + body;
            let left = b.bbox[2] <= x0 + 0.5;
            let opposite = |o: &&[f64; 4]| if left { o[0] >= x1 - 0.5 } else { o[2] <= x0 + 0.5 };
            let across: Vec<&[f64; 4]> = blocks.iter().map(|o| &o.bbox).chain(others).filter(opposite).collect();
            // … while the other side holds text above and below it: columns end and
            // start again there, rather than one column running on past the other's end.
            heading
                && !across.iter().any(|o| o[1] < b.bbox[3] && b.bbox[1] < o[3])
                && across.iter().any(|o| o[1] >= b.bbox[3])
                && across.iter().any(|o| o[3] <= b.bbox[1])
        };
        for b in blocks {
            let beside_or_across = b.bbox[1] < g.y1 && g.y0 < b.bbox[3];
            if !(beside_or_across && (g.crossed_by(&b.bbox) || heading_alone(b))) {
                continue;
            }
            if (b.bbox[1] + b.bbox[3]) / 2.0 >= (g.y0 + g.y1) / 2.0 {
                g.y1 = g.y1.min(b.bbox[1]);
            } else {
                g.y0 = g.y0.max(b.bbox[3]);
            }
        }
    }
    // … and then reaches only as far as the blocks beside it.
    for g in gutters.iter_mut() {
        let beside = blocks
            .iter()
            .filter(|b| !g.crossed_by(&b.bbox) && b.bbox[1] < g.y1 && g.y0 < b.bbox[3])
            .map(|b| b.bbox)
            .reduce(bbox_union);
        if let Some(b) = beside {
            g.y0 = g.y0.max(b[1]);
            g.y1 = g.y1.min(b[3]);
        }
    }
    gutters.retain(|g| g.y1 > g.y0);
}

/// Something to order: a block, a table or a photo.
#[derive(Debug, Clone, Copy)]
struct Element {
    bbox: [f64; 4],
    item: Option<Item>,
    /// The box (panel) the element stands in, if any.
    panel: Option<usize>,
}

fn span(elements: &[Element], set: &[usize]) -> [f64; 4] {
    set.iter().map(|&e| elements[e].bbox).reduce(bbox_union).unwrap_or([0.0; 4])
}

/// Orders a set of elements: cut at a gutter into columns, else into bands, else top to
/// bottom. Sidebar elements found on the way are added to `sides`.
fn xy_cut(
    elements: &[Element],
    set: Vec<usize>,
    gutters: &[Gutter],
    settings: &Settings,
    sides: &mut Vec<usize>,
) -> Vec<usize> {
    if set.len() <= 1 {
        return set;
    }
    let area = span(elements, &set);
    let beside = |g: &Gutter| {
        let on = |e: &usize| {
            let b = elements[*e].bbox;
            b[1] < g.y1 && g.y0 < b[3]
        };
        set.iter().filter(|e| on(e)).any(|&e| elements[e].bbox[2] <= g.x0 + 0.5)
            && set.iter().filter(|e| on(e)).any(|&e| elements[e].bbox[0] >= g.x1 - 0.5)
    };
    let relevant: Vec<&Gutter> = gutters.iter().filter(|g| g.x0 > area[0] && g.x1 < area[2] && beside(g)).collect();

    // Columns: a gutter that no element of the set crosses.
    let mut cuts: Vec<&&Gutter> =
        relevant.iter().filter(|g| !set.iter().any(|&e| g.crossed_by(&elements[e].bbox))).collect();
    cuts.sort_by(|a, b| a.centre().total_cmp(&b.centre()));
    if let Some(g) = cuts.first() {
        let (left, right): (Vec<usize>, Vec<usize>) =
            set.iter().partition(|&&e| (elements[e].bbox[0] + elements[e].bbox[2]) / 2.0 < g.centre());
        if !left.is_empty() && !right.is_empty() {
            let (lw, rw) = (typical_width(elements, &left), typical_width(elements, &right));
            let (lp, rp) = (panel_of(elements, &left), panel_of(elements, &right));
            let left_order = xy_cut(elements, left, gutters, settings, sides);
            let right_order = xy_cut(elements, right, gutters, settings, sides);
            // A column much narrower than its neighbour is a sidebar, and so is one that
            // stands in a box of its own beside it.
            let boxed = |own: Option<usize>, other: Option<usize>| own.is_some() && own != other;
            return if rw <= settings.sidebar_max_ratio * lw || (boxed(rp, lp) && rw < lw) {
                with_sidebar(elements, left_order, right_order, sides)
            } else if lw <= settings.sidebar_max_ratio * rw || (boxed(lp, rp) && lw < rw) {
                with_sidebar(elements, right_order, left_order, sides)
            } else {
                left_order.into_iter().chain(right_order).collect()
            };
        }
    }

    // Bands: horizontal cuts at gaps that no element spans and no gutter runs through.
    let mut by_top = set.clone();
    by_top.sort_by(|&a, &b| elements[b].bbox[3].total_cmp(&elements[a].bbox[3]));
    let mut bands: Vec<Vec<usize>> = Vec::new();
    let mut low = f64::INFINITY;
    for e in by_top {
        let b = elements[e].bbox;
        let gap_at = (low + b[3]) / 2.0;
        let open_gap = b[3] <= low + 0.5 && !relevant.iter().any(|g| gap_at > g.y0 && gap_at < g.y1);
        match bands.last_mut() {
            Some(band) if !open_gap => band.push(e),
            _ => bands.push(vec![e]),
        }
        low = if bands.last().is_some_and(|band| band.len() == 1) { b[1] } else { low.min(b[1]) };
    }
    if bands.len() > 1 {
        return bands.into_iter().flat_map(|band| xy_cut(elements, band, gutters, settings, sides)).collect();
    }
    // A leaf: top to bottom, then left to right; a float (a box the text of a larger
    // block wraps around) is read right after that block.
    let host = |e: usize| {
        let b = elements[e].bbox;
        let area = (b[2] - b[0]) * (b[3] - b[1]);
        set.iter().copied().filter(|&o| o != e && elements[o].item.is_some()).find(|&o| {
            let h = elements[o].bbox;
            let overlap = (b[2].min(h[2]) - b[0].max(h[0])).max(0.0) * (b[3].min(h[3]) - b[1].max(h[1])).max(0.0);
            overlap >= 0.5 * area && (h[2] - h[0]) * (h[3] - h[1]) > 2.0 * area
        })
    };
    let floats: Vec<(usize, usize)> = set.iter().filter_map(|&e| host(e).map(|h| (e, h))).collect();
    let mut leaf: Vec<usize> = set.iter().copied().filter(|e| !floats.iter().any(|(f, _)| f == e)).collect();
    let by_position = |a: &usize, b: &usize| {
        let (x, y) = (elements[*a].bbox, elements[*b].bbox);
        ((y[3] * 2.0).round()).total_cmp(&(x[3] * 2.0).round()).then(x[0].total_cmp(&y[0]))
    };
    leaf.sort_by(by_position);
    let mut floats = floats;
    floats.sort_by(|a, b| by_position(&a.0, &b.0));
    for (f, h) in floats.into_iter().rev() {
        let at = leaf.iter().position(|&e| e == h).map_or(leaf.len(), |p| p + 1);
        leaf.insert(at, f);
        sides.push(f);
    }
    leaf
}

/// The box all the text of a set of elements stands in, if it is one box.
fn panel_of(elements: &[Element], set: &[usize]) -> Option<usize> {
    let mut text = set.iter().map(|&e| elements[e]).filter(|e| e.item.is_some());
    let first = text.next()?.panel?;
    text.all(|e| e.panel == Some(first)).then_some(first)
}

/// The width of the text of a set of elements: the median block width, each block
/// weighted by its height (about its number of lines). Photos do not count.
fn typical_width(elements: &[Element], set: &[usize]) -> f64 {
    let mut widths: Vec<(f64, f64)> = set
        .iter()
        .map(|&e| elements[e])
        .filter(|e| e.item.is_some())
        .map(|e| (e.bbox[2] - e.bbox[0], (e.bbox[3] - e.bbox[1]).max(1.0)))
        .collect();
    widths.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: f64 = widths.iter().map(|w| w.1).sum();
    let mut acc = 0.0;
    for (w, weight) in &widths {
        acc += weight;
        if acc >= total / 2.0 {
            return *w;
        }
    }
    0.0
}

/// Reads each sidebar element with the main element it stands beside: before the first
/// main element that starts below it.
fn with_sidebar(elements: &[Element], main: Vec<usize>, side: Vec<usize>, sides: &mut Vec<usize>) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(main.len() + side.len());
    let main_bottom = main.iter().map(|&m| elements[m].bbox[1]).fold(f64::INFINITY, f64::min);
    let mut pending = side.into_iter().peekable();
    for m in main {
        let top = elements[m].bbox[3];
        while let Some(&s) = pending.peek() {
            let s_top = elements[s].bbox[3];
            let size = (elements[s].bbox[3] - elements[s].bbox[1]).min(12.0);
            if top < s_top - 0.5 * size {
                out.push(s);
                sides.push(s);
                pending.next();
            } else {
                break;
            }
        }
        out.push(m);
    }
    // What the narrow column holds below the end of the main column stands beside nothing:
    // it is not a sidebar (text that wrapped under a box continues the flow there).
    for s in pending {
        out.push(s);
        if (elements[s].bbox[1] + elements[s].bbox[3]) / 2.0 >= main_bottom {
            sides.push(s);
        }
    }
    out
}
